"""The groups page (enter and leave a group) and the duty page (generate, swap, print)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import DutyShift, GroupKind, GroupMembership, Person
from tests.gui import life_forms_support as life_forms
from tests.gui import page_support
from tests.gui.page_support import Answers, wait_tasks

answers = page_support.answers
window = page_support.window
forms = life_forms.forms


def _click(qtbot: QtBot, page: Any, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_enter_and_leave_a_group(
    qtbot: QtBot, window: Any, answers: Answers, forms: life_forms.Forms
) -> None:
    window.show_page("groups")
    page = window.pages["groups"]
    page.select_group("tekun")
    assert page.current_code() == "tekun"
    with Session(window.engine) as s:
        group_id = s.scalar(select(GroupKind.id).where(GroupKind.code == "tekun"))
        inside = select(GroupMembership.person_id).where(GroupMembership.group_id == group_id)
        person = s.scalars(
            select(Person)
            .where(Person.status == "active", Person.id_number != "", Person.id.not_in(inside))
            .limit(1)
        ).one()
        pid, id_number, name = person.id, person.id_number, person.name
    rows_before = page.members.rowCount()

    def enter(form: Any) -> None:  # the page's group is chosen; the person is picked by ID
        assert form.ui.groupCombo.currentData() == "tekun"
        life_forms.pick(form.picker, id_number, lambda hit: hit.person_id == pid)

    forms.next(enter)
    _click(qtbot, page, "groupEnter")
    assert answers.shown == []
    assert page.members.rowCount() == rows_before + 1
    assert name in page.members.column_texts(0)
    # the ID column is masked (setting mask_ids is on by default)
    assert id_number not in page.members.column_texts(2)

    with Session(window.engine) as s:
        mid = s.scalar(
            select(GroupMembership.id).where(
                GroupMembership.person_id == pid, GroupMembership.group_id == group_id
            )
        )
    assert mid is not None and page.members.select_key(mid)

    def leave(form: Any) -> None:  # the selected member and membership, a reason required
        assert form.picker.person_id() == pid and form.ui.groupCombo.currentData() == mid
        assert not form.ok_button.isEnabled()
        form.ui.reasonEdit.setText("已脱困")

    forms.next(leave)
    _click(qtbot, page, "groupLeave")
    with Session(window.engine) as s:
        m = s.get(GroupMembership, mid)
        assert m is not None and m.left_on == dt.date.today() and m.leave_reason == "已脱困"
    assert name not in page.members.column_texts(0)
    page.with_left.setChecked(True)
    assert name in page.members.column_texts(0)

    # a search that matches nobody offers nobody: OK stays off, nothing entered
    def nobody(form: Any) -> bool:
        form.picker.edit.setText("zzzzzzzz")
        form.picker.edit.textEdited.emit("zzzzzzzz")
        form.picker.run_search()
        assert form.picker.hits() == [] and not form.ok_button.isEnabled()
        return False

    rows = page.members.rowCount()
    forms.next(nobody)
    _click(qtbot, page, "groupEnter")
    assert page.members.rowCount() == rows


def test_generate_swap_and_print_a_roster(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Any
) -> None:
    window.show_page("duty")
    page = window.pages["duty"]
    page.month.setDate(page.month.date().addMonths(3))
    assert page.shifts == []
    _click(qtbot, page, "dutyGenerate")
    assert answers.shown == []
    assert len(page.shifts) > 20
    with Session(window.engine) as s:
        d = page.month.date()
        first = dt.date(d.year(), d.month(), 1)
        stored = s.scalar(select(func.count()).select_from(DutyShift).where(DutyShift.on >= first))
    assert stored == len(page.shifts)
    day = page.shifts[0].on
    page.select_day(day)
    assert page.day_table.rowCount() >= 1
    page.day_table.select_key(page.day_table.row_keys()[0])
    sid = page.day_table.current_key()
    answers.items.append(lambda items: items[0])
    _click(qtbot, page, "dutySwap")
    with Session(window.engine) as s:
        shift = s.get(DutyShift, sid)
        assert shift is not None and shift.swapped_from
    assert any(s.id == sid and s.swapped_from for s in page.shifts)

    # generating again asks first; "no" keeps the roster
    answers.confirm = False
    _click(qtbot, page, "dutyGenerate")
    assert any(s.id == sid for s in page.shifts)

    out = tmp_path / "roster.pdf"
    answers.save_as.append(str(out))
    _click(qtbot, page, "dutyPrint")
    wait_tasks(qtbot, window)
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert answers.previews == [out]
