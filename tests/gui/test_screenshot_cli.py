"""`gridapp gui --screenshot` opens the real window on the register and saves a 1280x800 picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _gridapp(*args: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GRIDAPP_DATA_DIR=str(env_dir))
    return subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip


def test_screenshot_of_register_page(demo_db: Path, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    out = tmp_path / "shot.png"
    result = _gridapp("--db", str(demo_db), "gui", "--screenshot", str(out), env_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)


def test_unknown_page_is_a_clear_error(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = _gridapp(
        "--db", str(demo_db), "gui", "--page", "nope", "--screenshot", str(out), env_dir=tmp_path
    )
    assert result.returncode == 1
    assert "没有这个页面" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
