"""Work-around for PySide6 6.12 on Python 3.11: calls of Qt methods that return nothing give back
``None`` without the reference they owe it (harmless from Python 3.12, where ``None`` is immortal).
After some thousands of such calls the count of ``None`` reaches zero and the process aborts with
"Fatal Python error: none_dealloc" (a long session, or the GUI test suite at exit).

``keep_none_alive()`` lends ``None`` a very large reference count once, as 3.12 does. Nothing to do
on 3.12 and later. ``tests/gui/test_pyside_guard.py`` shows the abort still happens with the
pinned PySide6 (40,000 ``QLabel.setText`` calls) and that the guard prevents it; when an upgrade
fixes PySide6 that test fails, and the guard can go.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def keep_none_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True
