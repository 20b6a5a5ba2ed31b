"""All Qt code lives here. Nothing outside ``gridapp.ui`` may import PySide6."""

from gridapp.ui.pyside_guard import keep_none_alive

# PySide6 6.12 on Python 3.11 leaks a reference to None per void Qt call; see pyside_guard.
keep_none_alive()
