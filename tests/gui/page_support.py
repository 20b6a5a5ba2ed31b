"""Fixtures for the work-page tests: the real main window on a copy of the demo register, with
every message box and input dialog answered by the test (through ``gridapp.ui.dialogs_io``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot


@dataclass
class Answers:
    """What the patched dialogs saw, and what they answer next."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    items: list[Any] = field(default_factory=list)  # a label, or a callable choosing from items
    save_as: list[str | None] = field(default_factory=list)
    confirm: bool = True
    previews: list[Path] = field(default_factory=list)

    def kinds(self, kind: str) -> list[str]:
        return [text for k, text in self.shown if k == kind]


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    from gridapp.ui import dialogs_io
    from gridapp.ui.widgets import pdf_preview

    a = Answers()
    for name in ("info", "warn"):
        monkeypatch.setattr(dialogs_io, name, lambda _p, _t, x, n=name: a.shown.append((n, x)))
    monkeypatch.setattr(dialogs_io, "error", lambda _p, _t, x, d="": a.shown.append(("error", x)))
    monkeypatch.setattr(dialogs_io, "confirm", lambda *_a: a.confirm)
    monkeypatch.setattr(dialogs_io, "ask_text", lambda *_a, **_k: a.texts.pop(0))

    def ask_item(_p: Any, _t: str, _l: str, items: list[str]) -> str | None:
        answer = a.items.pop(0)
        return answer(items) if callable(answer) else answer

    monkeypatch.setattr(dialogs_io, "ask_item", ask_item)
    monkeypatch.setattr(dialogs_io, "ask_save_file", lambda *_a, **_k: a.save_as.pop(0))
    monkeypatch.setattr(pdf_preview, "show_pdf", lambda _p, pdf: a.previews.append(pdf))
    return a


@pytest.fixture
def window(qtbot: QtBot, demo_db: Path, answers: Answers) -> Iterator[Any]:
    from gridapp.ui.app import make_app
    from gridapp.ui.main_window import MainWindow

    make_app(lang="en")
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.tasks.running.clear()
    win.close()


def wait_tasks(qtbot: QtBot, win: Any) -> None:
    qtbot.waitUntil(lambda: not win.tasks.running, timeout=60_000)
