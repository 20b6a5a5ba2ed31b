"""Which buttons and actions write to the register. A window on a read-only copy of a register
(a second window on the same file) disables every one of them; a widget is marked once, where it
is made, so a new button cannot be forgotten by a list kept elsewhere."""

from __future__ import annotations

from PySide6.QtCore import QObject

WRITES = "gridapp_writes"


def mark_writes(*objects: QObject) -> None:
    """Mark buttons / actions whose use changes the register."""
    for obj in objects:
        obj.setProperty(WRITES, True)


def writes(obj: QObject) -> bool:
    return bool(obj.property(WRITES))
