"""Issue 16.3: a second window on the same register opens it read-only, says so (title and
status bar) and keeps every write off; a write that still reaches the database is told in words."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from gridapp.ui.readonly import mark_writes, writes
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers


@pytest.fixture
def two_windows(
    qtbot: QtBot, demo_db: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Any, Any]]:
    from gridapp.ui import app, password_dialog
    from gridapp.ui.app import make_app, open_window

    make_app(lang="en")
    asked: list[str] = []
    monkeypatch.setattr(
        password_dialog, "ask_read_only", lambda _p, message: asked.append(message) or True
    )
    first = open_window(demo_db)
    second = open_window(demo_db)  # the register is held by the first: read-only
    assert asked and second is not None
    for win in (first, second):
        qtbot.addWidget(win)
        win.resize(1366, 768)
    yield first, second
    for win in (second, first):
        win.close()
        if win in app._keep:
            app._keep.remove(win)


def _marked(root: QWidget) -> list[Any]:
    found = [*root.findChildren(QAction), *root.findChildren(QPushButton)]
    return [o for o in found if writes(o)]


def test_second_window_is_read_only_and_says_so(
    qtbot: QtBot, two_windows: tuple[Any, Any], demo_db: Path
) -> None:
    first, second = two_windows
    assert not first.read_only and second.read_only
    # the title is the register's name (Qt adds the application's name), 只读 when read-only
    assert first.windowTitle() == demo_db.name
    assert second.windowTitle() == f"{demo_db.name} (read-only)"
    assert "网格台账" not in first.windowTitle()
    label = second.statusBar().findChild(QLabel, "readOnlyLabel")
    assert label is not None and label.isVisible()
    assert "Read-only" in label.text()
    assert "close the other window" in label.toolTip()
    assert first.statusBar().findChild(QLabel, "readOnlyLabel") is None

    for win in (first, second):  # a household selected: the edit actions would be on
        win.show_page("register")
        win.register_page.select_row(0)
        win._update_actions()
    events = second.event_actions  # the life events menu, made when first needed
    assert events and first.event_actions
    names = {"household-new", "person-new", "edit", "import", "undo", "redo", "restore"}
    for win, enabled in ((first, True), (second, False)):
        acts = {a.objectName(): a for a in _marked(win) if isinstance(a, QAction)}
        assert names <= set(acts)
        for name in ("household-new", "person-new", "edit", "import", "restore"):
            assert acts[name].isEnabled() is enabled, (name, enabled)
    assert any(a.isEnabled() for a in first.event_actions.values())
    assert not any(a.isEnabled() for a in events.values())
    assert not second.events_menu.menuAction().isEnabled()
    assert not second.act_undo.isEnabled() and not second.act_redo.isEnabled()

    # every page, built lazily: its marked buttons are off from the start and stay off
    for name in list(second.pages):
        second.show_page(name)
    marked = _marked(second)
    assert any(isinstance(o, QPushButton) for o in marked)  # the settings page's, at least
    assert not any(o.isEnabled() for o in marked)
    save = second.pages["settings"].findChild(QPushButton, "settingsSave")
    assert save is not None and writes(save) and not save.isEnabled()
    save.setEnabled(True)  # a page enabling it on a selection cannot switch it back on
    assert not save.isEnabled()
    second._update_actions()
    assert not second.act_edit.isEnabled()
    late = QPushButton("later", second.pages["settings"])  # marked after the page was built
    mark_writes(late)
    assert not late.isEnabled()
    first_save = first.pages["settings"].findChild(QPushButton, "settingsSave")
    assert first_save is not None and first_save.isEnabled()


def test_a_write_in_the_read_only_window_is_told_not_a_crash(
    qtbot: QtBot, two_windows: tuple[Any, Any], answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.orm import Session

    from gridapp.services import settings as app_settings
    from gridapp.services.edits import person_values
    from gridapp.ui import errors
    from gridapp.ui.editing import EditCommand

    _first, second = two_windows
    second.show_page("register")
    second.register_page.select_row(0)
    pid = second.register_page.current_person_id()
    if pid is None:
        second.register_page.show_mode("persons")
        second.register_page.select_row(0)
        pid = second.register_page.current_person_id()
    assert pid is not None
    with Session(second.read_engine) as session:
        old = person_values(session, pid)
    command = EditCommand(second.engine, "person", pid, old, {"phone": "13900001111"}, "edit")
    assert second._push(command) is False
    assert answers.kinds("warn")[-1].startswith("This register is open read-only")
    assert second.undo_stack.count() == 0

    def work(session: Any, _progress: Any, _cancel: Any) -> None:
        app_settings.put(session, "operator", "someone")

    second.tasks.start("Saving", work)  # a task writing: a refusal in words
    assert answers.kinds("warn")[-1].startswith("This register is open read-only")
    assert not answers.kinds("error")

    # a page's own write (WorkPage.change) reaches the window's exception hook
    page = second.pages["settings"]
    with pytest.raises(Exception) as caught:
        page.change(lambda s: app_settings.put(s, "operator", "someone"))
    monkeypatch.setattr(errors, "_shown", False)
    errors.handle(caught.type, caught.value, caught.tb)
    assert answers.kinds("warn")[-1].startswith("This register is open read-only")
    assert not answers.kinds("error")
    assert sys.excepthook is not None
    # the import refuses before asking for a file; an edit reached without its action (a
    # double-click) before its form is opened
    second.import_file()
    assert answers.kinds("warn")[-1].startswith("This register is open read-only")
    shown = len(answers.shown)
    monkeypatch.setattr(
        "gridapp.ui.forms.PersonDialog.exec", lambda *_a: pytest.fail("form opened")
    )
    assert second.edit_person(pid) is False
    assert len(answers.shown) == shown + 1
    assert answers.kinds("warn")[-1].startswith("This register is open read-only")
