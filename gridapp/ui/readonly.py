"""Which buttons and actions write to the register. A window on a read-only copy of a register
(a second window on the same file) disables every one of them; a widget is marked once, where it
is made, so a new button cannot be forgotten by a list kept elsewhere.

``protect(window)`` (the window, when it opened the register read-only) disables every marked
widget and action below the window and keeps them disabled (a page enabling its buttons on a
selection cannot switch one back on); the window calls it again for what it builds later (a
page, the life events menu), and a widget marked later below such a window is disabled at once.
A write that still reaches the database (``write_refused``) is told as ``refusal_text``.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

WRITES = "gridapp_writes"
READ_ONLY = "gridapp_read_only"  # on the window: it shows a read-only register
_KEPT = "gridapp_kept_off"


def mark_writes(*objects: QObject) -> None:
    """Mark buttons / actions whose use changes the register."""
    for obj in objects:
        obj.setProperty(WRITES, True)
        if _under_read_only(obj):
            _keep_off(obj)


def writes(obj: QObject) -> bool:
    return bool(obj.property(WRITES))


def is_read_only(obj: QObject) -> bool:
    """``obj`` is (below) a window showing a read-only register."""
    return _under_read_only(obj)


def _under_read_only(obj: QObject | None) -> bool:
    while obj is not None:
        if obj.property(READ_ONLY):
            return True
        obj = obj.parent()
    return False


def protect(root: QObject) -> None:
    """``root`` shows a read-only register: its marked widgets and actions are off for good."""
    root.setProperty(READ_ONLY, True)
    apply(root)


def apply(root: QObject) -> None:
    """Disable what is marked below ``root`` when it is read-only (again after new parts)."""
    if not _under_read_only(root):
        return
    for obj in [root, *root.findChildren(QObject)]:
        if writes(obj):
            _keep_off(obj)


class _KeepOff(QObject):
    """Switches a marked widget off again whenever something enables it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False


_keeper: _KeepOff | None = None


def _keep_off(obj: QObject) -> None:
    global _keeper
    if isinstance(obj, QAction):
        obj.setEnabled(False)
        if not obj.property(_KEPT):
            obj.setProperty(_KEPT, True)
            obj.enabledChanged.connect(lambda on, a=obj: a.setEnabled(False) if on else None)
        obj.setToolTip(refusal_short())
    elif isinstance(obj, QWidget):
        obj.setEnabled(False)
        if not obj.property(_KEPT):
            obj.setProperty(_KEPT, True)
            if _keeper is None:
                _keeper = _KeepOff()
            obj.installEventFilter(_keeper)
        obj.setToolTip(refusal_short())


def write_refused(exc: BaseException | None) -> bool:
    """``exc`` (or what caused it) is SQLite refusing a write to a read-only register."""
    seen = 0
    while exc is not None and seen < 8:
        orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
        for candidate in (exc, orig):
            if candidate is None:
                continue
            code = getattr(candidate, "sqlite_errorcode", None)
            if isinstance(code, int) and code & 0xFF == sqlite3.SQLITE_READONLY:
                return True
            if isinstance(candidate, Exception) and "readonly database" in str(candidate):
                return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def refusal_short() -> str:
    return QCoreApplication.translate("readonly", "Read-only: this register is open elsewhere")


def refusal_text() -> str:
    """What a write refused by a read-only register tells the user."""
    return QCoreApplication.translate(
        "readonly",
        "This register is open read-only (another window is using it), so nothing was saved. "
        "To make changes, close the other window and open this register again.",
    )
