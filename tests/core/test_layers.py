"""The core never imports Qt: every module outside gridapp.ui imports with PySide6 blocked."""

import subprocess
import sys
from pathlib import Path

import gridapp

SCRIPT = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("Qt is blocked in the core: " + name)
        return None

sys.meta_path.insert(0, Block())
import gridapp
count = 0
for info in pkgutil.walk_packages(gridapp.__path__, "gridapp."):
    if info.name.startswith("gridapp.ui") or ".migrations" in info.name:
        continue
    importlib.import_module(info.name)
    count += 1
assert not any(m.startswith("PySide6") for m in sys.modules), "PySide6 was imported"
print(count)
"""


def test_core_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) > 15


def test_only_ui_mentions_pyside() -> None:
    root = Path(gridapp.__file__).parent
    offenders = [
        p.relative_to(root).as_posix()
        for p in root.rglob("*.py")
        if "PySide6" in p.read_text(encoding="utf-8") and p.relative_to(root).parts[0] != "ui"
    ]
    assert offenders == []
