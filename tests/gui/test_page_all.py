"""Every page opens in the window, renders, and the screenshot command reaches each one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window

PAGES = (
    "register", "dashboard", "visits", "issues", "services", "groups", "duty", "reports",
    "settings",
)  # fmt: skip


def test_every_page_opens(qtbot: QtBot, window: Any, answers: Answers) -> None:
    assert set(PAGES) <= set(window.pages)
    for name in PAGES:
        window.show_page(name)
        assert window.current_page() == name
        page = window.pages[name]
        assert page.title() and page.title() != name
        image = window.grab().toImage()
        assert not image.isNull() and image.width() >= 1280
    assert answers.shown == []
    # the dashboard shows the register's figures
    from sqlalchemy.orm import Session

    from gridapp.services.stats import register_stats

    with Session(window.engine) as s:
        stats = register_stats(s)
    tiles = window.pages["dashboard"].tiles
    assert tiles["households"].value.text() == str(stats["households"])
    # after a change every page refreshes without complaint
    window.ctx.notify_changed()
    assert answers.shown == []


def test_screenshot_command_opens_a_work_page(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "groups.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "gridapp.cli.main", "--db", str(demo_db), "gui", "--page", "groups",
         "--screenshot", str(out)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(out))
    assert not image.isNull() and image.width() == 1280
