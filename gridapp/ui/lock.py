"""Auto-lock after an idle period, and the window's other safety duties.

``install_auto_lock(window, minutes, password)`` covers the window with a lock screen after
``minutes`` without keyboard or mouse input; the register stays hidden until the password is
given again (a plain register unlocks with a click). ``install_safety`` adds the daily backup
and the backup on close (and gives the register lock back on close).
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)
DEFAULT_MINUTES = 15.0  # the seeded default of ``auto_lock_minutes``

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockScreen(QWidget):
    """Covers the whole window; asks for the password."""

    def __init__(
        self, window: QWidget, needs_password: bool, unlock: Callable[[str], bool]
    ) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #f2f2f2; }")
        self._unlock = unlock
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("<h2>" + self.tr("Locked") + "</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hint = QLabel(
            self.tr("The register was locked after a long idle time. Enter the password to unlock.")
            if needs_password
            else self.tr("The register was hidden after a long idle time.")
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        self.edit = QLineEdit()
        self.edit.setObjectName("unlockPasswordEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setMaximumWidth(280)
        self.edit.setVisible(needs_password)
        self.edit.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignCenter)
        self.error = QLabel("")
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #b00020")
        layout.addWidget(self.error, 0, Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.clicked.connect(self.try_unlock)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)

    def try_unlock(self) -> None:
        if self._unlock(self.edit.text()):
            self.edit.clear()
            self.error.clear()
        else:
            self.error.setText(self.tr("Wrong password"))
            self.edit.selectAll()


class AutoLock(QObject):
    """Watches input application-wide; locks the window after ``minutes`` idle."""

    def __init__(self, window: QWidget, minutes: float, password: str | None) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self._password = password
        self.last_activity = time.monotonic()
        self.locked = False
        self.hidden: list[QWidget] = []
        self.screen = LockScreen(window, password is not None, self.unlock)
        self.screen.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.check_idle)
        if minutes > 0:
            self.timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and not self.locked:
            self.last_activity = time.monotonic()
        if watched is self.window and event.type() == QEvent.Type.Resize and self.locked:
            self.screen.setGeometry(self.window.rect())
        return False

    def check_idle(self) -> None:
        idle = time.monotonic() - self.last_activity
        if not self.locked and self.minutes > 0 and idle >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        for child in self.window.findChildren(QWidget):  # hide open dialogs too
            if child.isWindow() and child.isVisible() and child is not self.window:
                child.hide()
        # Hide every part of the window (central widget, docks, bars), not only cover it.
        self.hidden = [
            w
            for w in self.window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if w is not self.screen and w.isVisible() and not w.isWindow()
        ]
        for w in self.hidden:
            w.hide()
        self.screen.setGeometry(self.window.rect())
        self.screen.show()
        self.screen.raise_()
        self.screen.edit.setFocus()
        log.info("window locked after idle")

    def unlock(self, password: str) -> bool:
        if self._password is not None and not hmac.compare_digest(
            password.encode("utf-8"), self._password.encode("utf-8")
        ):
            return False
        self.locked = False
        self.last_activity = time.monotonic()
        self.screen.hide()
        for w in self.hidden:
            w.show()
        self.hidden = []
        return True


def install_auto_lock(window: QWidget, minutes: float, password: str | None = None) -> AutoLock:
    """Lock ``window`` after ``minutes`` without input (0 = never)."""
    auto = AutoLock(window, minutes, password)
    window.setProperty("autoLock", True)
    window._auto_lock = auto  # type: ignore[attr-defined]  # keep it alive with the window
    return auto


class _CloseBackup(QObject):
    """Makes the automatic backup when the window closes (before it disposes the engine)."""

    def __init__(self, window: QWidget, backup: Callable[[], None]) -> None:
        super().__init__(window)
        self._backup = backup
        self.done = False
        self.backing_up = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Close:
            return False
        if self.backing_up:  # the close box clicked again while the backup runs
            event.ignore()
            return True
        if self.done:
            return False
        tasks = getattr(watched, "tasks", None)
        if tasks is not None and tasks.busy():
            return False  # the window refuses to close while a task runs
        if tasks is not None:
            tasks.wait_quiet()  # a daily backup still writing
        self.done = True
        self.backing_up = True
        try:
            self._backup()
        finally:
            self.backing_up = False
        return False


def install_safety(window: QWidget, opened: object) -> AutoLock:
    """Auto-lock (setting ``auto_lock_minutes``), daily backup, backup on close, lock release.

    ``opened`` is the ``OpenedRegister`` from ``password_dialog.open_interactive``.
    """
    opened_engine = opened.engine  # type: ignore[attr-defined]

    def engine() -> Any:
        # A plain register at the newest schema comes without an engine: the window opens
        # it when first needed, so the first screen does not wait for SQLAlchemy.
        return opened_engine if opened_engine is not None else window.ctx.engine  # type: ignore[attr-defined]

    # Locks after the default time until the setting is read, just after the first screen.
    auto = install_auto_lock(window, DEFAULT_MINUTES, opened.password)  # type: ignore[attr-defined]
    read_only = opened.read_only  # type: ignore[attr-defined]
    lock = opened.lock  # type: ignore[attr-defined]

    def read_setting() -> None:
        from gridapp.db.engine import session_scope
        from gridapp.services import settings

        try:
            with session_scope(engine()) as session:
                minutes = float(settings.get(session, "auto_lock_minutes") or 0)
        except Exception:
            log.exception("reading auto_lock_minutes failed")
            return
        if minutes != auto.minutes:
            auto.set_minutes(minutes)

    def daily() -> None:
        if read_only:
            return
        from gridapp.services import backup

        register = engine()  # opened here, in the GUI thread
        title = QCoreApplication.translate("AutoLock", "Automatic backup")
        window.tasks.start_job(  # type: ignore[attr-defined]
            title, lambda _progress, _cancel: backup.backup_if_due(register), quiet=True
        )

    def on_close() -> None:
        if not read_only:
            from gridapp.services import backup
            from gridapp.ui.tasks import run_blocking

            register = engine()
            title = QCoreApplication.translate("AutoLock", "Backing up the register…")
            run_blocking(window, title, lambda _progress, _cancel: backup.auto_backup(register))
        if lock is not None:
            lock.release()

    timer = QTimer(window)
    timer.setInterval(10 * 60 * 1000)
    timer.timeout.connect(daily)
    timer.start()
    QTimer.singleShot(300, window, read_setting)  # not after the window is gone
    QTimer.singleShot(2_000, window, daily)
    _CloseBackup(window, on_close)
    return auto
