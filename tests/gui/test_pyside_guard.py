"""The None-refcount guard (``gridapp/ui/pyside_guard.py``) is still needed, and it works: with
the pinned PySide6 on Python 3.11 every call of a Qt method returning nothing drops a reference
to ``None``; some tens of thousands of them abort the process ("none_dealloc"). When an
upgrade fixes PySide6, the first test fails: drop the guard then."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

VOID_CALLS = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
if sys.argv[1] == "guarded":
    from gridapp.ui.pyside_guard import keep_none_alive
    keep_none_alive()
app = QApplication([])
label = QLabel()
for _ in range(40_000):
    label.setText("x")  # a void Qt call
print("survived")
"""

needs_311 = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12")


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", VOID_CALLS, mode],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


@needs_311
def test_without_the_guard_void_qt_calls_abort_the_process() -> None:
    done = _run("bare")
    assert done.returncode != 0 and "none_dealloc" in done.stderr


@needs_311
def test_with_the_guard_they_do_not() -> None:
    done = _run("guarded")
    assert done.returncode == 0 and done.stdout.strip() == "survived", done.stderr
