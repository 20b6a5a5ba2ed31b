"""Issue 16.5: the history reads as words (the detail pane's 最近修改 and the 修改记录 dialog),
and every change is recorded under the operator's name, asked at the first start."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _person(demo_db: Path) -> dict[str, Any]:
    con = sqlite3.connect(demo_db)
    con.row_factory = sqlite3.Row
    row = con.execute(
        "SELECT p.id, p.name, p.phone, h.number FROM person p JOIN household h"
        " ON h.id = p.household_id WHERE p.status = 'active' AND p.phone != ''"
        " ORDER BY p.id LIMIT 1 OFFSET 11"
    ).fetchone()
    con.close()
    return dict(row)


def _set_operator(qtbot: QtBot, window: Any, name: str) -> None:
    """File → Switch operator, type the name, OK."""
    window.act_operator.trigger()
    dialog = window.operator_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.nameBox.setEditText(name)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _edit_phone(window: Any, person: dict[str, Any], phone: str, monkeypatch: Any) -> None:
    from gridapp.ui.forms import PersonDialog

    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText(person["name"])
    page.apply_filter()
    page.select_row(page.model.row_of(person["id"]))
    assert page.current_person_id() == person["id"]

    def fill(dialog: PersonDialog) -> int:
        dialog.phone.setText(phone)
        return PersonDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PersonDialog, "exec", fill)
    window.act_edit.trigger()


def test_detail_pane_and_history_dialog_read_as_words(
    qtbot: QtBot, window: Any, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = _person(demo_db)
    _set_operator(qtbot, window, "测试员")
    _edit_phone(window, person, "13812345678", monkeypatch)
    page = window.register_page
    page.select_row(page.model.row_of(person["id"]))
    pane = page.detail.toPlainText()
    recent = pane.split("Recent changes", 1)[1].splitlines()
    at = next(i for i, line in enumerate(recent) if line.endswith(" 测试员 修改"))
    assert recent[at + 1].strip() == f"{person['name']} 联系电话：{person['phone']} → 13812345678"
    recent = "\n".join(recent)
    assert not re.search(r"[{}]|\bupdate\b|\bcreate\b|\bphone\b", recent)

    window.act_history.trigger()  # 修改记录, as the user opens it
    dialog = window.history_dialog
    assert dialog.isVisible()
    assert dialog.ui.subject.text() == f"{person['name']}（户号 {person['number']}）"
    table = dialog.table
    newest = [table.item(0, c).text() for c in range(table.columnCount())]
    assert newest[1:] == ["测试员", "修改", "联系电话", person["phone"], "13812345678"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", newest[0])
    shown = dialog.lines_shown()
    assert len(shown) == table.rowCount() >= 2
    assert shown[-1].split(" ", 2)[2].startswith("演示数据 登记人员 与户主关系 ")
    for line in shown:
        assert not re.search(r"[{}\[\]]|[a-z]{4,}", line), line
    dialog.close()


def test_first_start_asks_the_operator_and_the_next_change_is_theirs(
    qtbot: QtBot, demo_db: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui import app
    from gridapp.ui.operator_dialog import ask_at_start

    app.make_app(lang="en")
    window = app.open_window(demo_db)
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.operator_dialog is not None, timeout=5000)
    dialog = window.operator_dialog
    assert dialog.isVisible() and dialog.isModal()
    box = dialog.ui.nameBox
    assert box.count() > 0  # the grid's workers
    box.setEditText("   ")
    assert not dialog.ok.isEnabled()  # no name, no OK
    box.setCurrentIndex(2)
    worker = box.currentText()
    assert worker and dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "Operator: " + worker in window.statusBar().currentMessage()

    person = _person(demo_db)
    _edit_phone(window, person, "13812345670", monkeypatch)
    with Session(window.engine) as s:
        last = s.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    assert (last.entity_id, last.field, last.actor) == (person["id"], "phone", worker)

    # the next start does not ask again; a shared laptop asks at every start
    window.operator_dialog = None
    assert ask_at_start(window) is None
    window.act_operator.trigger()
    again = window.operator_dialog
    assert again.ui.nameBox.currentText() == worker
    again.ui.sharedBox.setChecked(True)
    qtbot.mouseClick(again.ok, Qt.MouseButton.LeftButton)
    asked = ask_at_start(window)
    assert asked is not None and asked.isVisible()
    asked.ui.nameBox.setEditText("王大姐")
    qtbot.mouseClick(asked.ok, Qt.MouseButton.LeftButton)
    _edit_phone(window, person, "13812345671", monkeypatch)
    with Session(window.engine) as s:
        last = s.scalars(select(ChangeLog).order_by(ChangeLog.id.desc()).limit(1)).one()
    assert last.actor == "王大姐"
    assert answers.shown == []
    window.close()


def test_a_name_too_long_is_refused_in_words(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.act_operator.trigger()
    dialog = window.operator_dialog
    dialog.ui.nameBox.setEditText("长" * 40)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert answers.kinds("warn") == ["操作员姓名太长（最多 32 个字）"]
