"""Life events on the undo stack: done from the Residents menu, undone with the Edit menu's Undo
(Ctrl+Z) and done again with Redo (Ctrl+Shift+Z); every step is in the person's history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, GroupKind, GroupMembership, Household, Person
from gridapp.services.changelog import verify
from tests.gui import life_forms_support, page_support
from tests.gui.life_forms_support import Forms, choose, pick
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window
forms = life_forms_support.forms


def _family_member(win: Any, head: bool = False) -> Person:
    """An active adult of a household with at least three active members (head or not)."""
    with Session(win.engine) as s:
        live = (Person.deleted_at.is_(None), Person.status == "active")
        big = (
            select(Person.household_id)
            .where(*live)
            .group_by(Person.household_id)
            .having(func.count() >= 3)
        )
        query = select(Person).where(
            *live,
            Person.household_id.in_(big),
            Person.birth_date < dt.date(2000, 1, 1),
            (Person.relation == "户主") if head else (Person.relation != "户主"),
        )
        person = s.scalars(query.order_by(Person.id).limit(1)).one()
        s.expunge(person)
        return person


def _select(win: Any, person: Person) -> None:
    page = win.register_page
    page.show_mode("persons")
    page.search_edit.setText(person.name)
    page.apply_filter()
    page.select_row(page.model.row_of(person.id))
    assert page.current_person_id() == person.id


def _get(win: Any, model: Any, row_id: int) -> Any:
    with Session(win.engine) as s:
        row = s.get(model, row_id)
        assert row is not None
        s.expunge(row)
        return row


def _history(win: Any, entity: str, row_id: int) -> list[Any]:
    return list(win.history_rows(entity, row_id))  # history_text.Line, newest first


def _chain_ok(win: Any) -> None:
    with Session(win.engine) as s:
        assert verify(s) is None


def test_death_undone_with_ctrl_z_and_redone_with_ctrl_shift_z(
    qtbot: QtBot, window: Any, answers: Answers, forms: Forms
) -> None:
    person = _family_member(window)
    _select(window, person)
    page = window.register_page
    forms.next(lambda d: d.ui.dateEdit.setDate(dt.date.today()))
    window.event_actions["event-death"].trigger()
    assert not answers.kinds("warn"), answers.shown
    assert _get(window, Person, person.id).status == "deceased"
    assert page.model.row_of(person.id) == -1  # archived rows are hidden
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == f"Undo Death of {person.name}"

    # Ctrl+Z in the register table (a line edit with focus would undo its own text)
    window.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = _get(window, Person, person.id)
    assert (back.status, back.status_date) == ("active", None)
    assert page.model.row_of(person.id) >= 0  # the register shows them again
    assert window.act_redo.text() == f"Redo Death of {person.name}"

    page.view.setFocus()
    qtbot.keyClick(
        page.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    again = _get(window, Person, person.id)
    assert (again.status, again.status_date) == ("deceased", dt.date.today())
    assert page.model.row_of(person.id) == -1

    rows = _history(window, "person", person.id)  # newest first
    notes = [r.what for r in rows]
    assert any(n.startswith("撤销：去世") for n in notes)
    assert any(n.startswith("重做：去世") for n in notes)
    status = [(r.old, r.new) for r in rows if r.field == "状态"]
    assert status[:3] == [("在册", "已死亡"), ("已死亡", "在册"), ("在册", "已死亡")]
    _chain_ok(window)


def test_death_of_the_head_asks_the_new_head_and_undo_restores_it(
    window: Any, answers: Answers, forms: Forms
) -> None:
    head = _family_member(window, head=True)
    _select(window, head)
    forms.next(lambda d: d.ui.newHeadCombo.setCurrentIndex(1))  # the first member who stays
    window.event_actions["event-death"].trigger()
    assert not answers.kinds("warn"), answers.shown
    household = _get(window, Household, head.household_id)
    assert household.head_id != head.id
    new_head = household.head_id
    assert _get(window, Person, new_head).relation == "户主"
    window.act_undo.trigger()
    assert _get(window, Household, head.household_id).head_id == head.id
    assert _get(window, Person, new_head).relation != "户主"
    assert _get(window, Person, head.id).relation == "户主"


def test_birth_undo_takes_the_baby_away_and_redo_brings_the_same_row(
    window: Any, answers: Answers, forms: Forms
) -> None:
    parent = _family_member(window)
    _select(window, parent)
    page = window.register_page

    def fill(d: Any) -> None:
        d.ui.nameEdit.setText("小宝宝")
        choose(d.ui.genderCombo, "女")
        d.ui.birthDate.setDate(dt.date(2026, 1, 5))

    forms.next(fill)
    window.event_actions["event-birth"].trigger()
    with Session(window.engine) as s:
        baby_id = s.scalar(select(Person.id).where(Person.name == "小宝宝"))
    assert baby_id is not None
    assert window.act_undo.text() == "Undo Birth of 小宝宝"
    window.act_undo.trigger()
    assert _get(window, Person, baby_id).deleted_at is not None
    page.search_edit.setText("小宝宝")
    page.apply_filter()
    assert page.model.row_of(baby_id) == -1
    window.act_redo.trigger()
    baby = _get(window, Person, baby_id)
    assert baby.deleted_at is None and baby.household_id == parent.household_id
    assert page.model.row_of(baby_id) >= 0


def test_move_out_undo_and_redo(window: Any, answers: Answers, forms: Forms) -> None:
    person = _family_member(window)
    _select(window, person)
    forms.next(lambda d: d.ui.destinationEdit.setText("北京市海淀区"))
    window.event_actions["event-move-out"].trigger()
    assert _get(window, Person, person.id).destination == "北京市海淀区"
    assert window.act_undo.text() == f"Undo Move out of {person.name}"
    window.act_undo.trigger()
    back = _get(window, Person, person.id)
    assert (back.status, back.destination, back.status_date) == (
        "active",
        person.destination,
        person.status_date,
    )
    window.act_redo.trigger()
    assert _get(window, Person, person.id).status == "moved_out"


def test_move_to_another_household_undo_and_redo(
    window: Any, answers: Answers, forms: Forms
) -> None:
    person = _family_member(window)
    with Session(window.engine) as s:
        target = s.scalars(
            select(Household).where(
                Household.id != person.household_id,
                Household.status == "active",
                Household.number != "",
            )
        ).first()
        assert target is not None
        number, target_id = target.number, target.id
    _select(window, person)

    def fill(d: Any) -> None:
        pick(d.target, number, lambda hit: hit.household_id == target_id)
        choose(d.ui.relationCombo, "其他亲属")

    forms.next(fill)
    window.event_actions["event-move-person"].trigger()
    assert not answers.kinds("warn"), answers.shown
    moved = _get(window, Person, person.id)
    assert (moved.household_id, moved.relation) == (target_id, "其他亲属")
    assert window.act_undo.text() == f"Undo Move of {person.name} to household {number}"
    window.act_undo.trigger()
    back = _get(window, Person, person.id)
    assert (back.household_id, back.relation) == (person.household_id, person.relation)
    assert window.register_page.model.row_of(person.id) >= 0
    window.act_redo.trigger()
    assert _get(window, Person, person.id).household_id == target_id
    # both households' histories show the undo and the redo
    for hid in (person.household_id, target_id):
        notes = [r.what for r in _history(window, "household", hid)]
        assert any(n.startswith("撤销：迁往本辖区其他户") for n in notes)
        assert any(n.startswith("重做：迁往本辖区其他户") for n in notes)
    _chain_ok(window)


def test_new_head_undo_and_redo(window: Any, answers: Answers, forms: Forms) -> None:
    person = _family_member(window)
    old_head = _get(window, Household, person.household_id).head_id
    _select(window, person)

    def fill(d: Any) -> None:
        assert d.ui.headCombo.currentData() == person.id  # starts on the selected person
        choose(d.ui.oldHeadCombo, "其他亲属")

    forms.next(fill)
    window.event_actions["event-set-head"].trigger()
    assert _get(window, Household, person.household_id).head_id == person.id
    assert _get(window, Person, old_head).relation == "其他亲属"
    assert window.act_undo.text() == f"Undo {person.name} made head of household"
    window.act_undo.trigger()
    assert _get(window, Household, person.household_id).head_id == old_head
    assert _get(window, Person, person.id).relation == person.relation
    assert _get(window, Person, old_head).relation == "户主"
    window.act_redo.trigger()
    assert _get(window, Household, person.household_id).head_id == person.id


def test_split_household_undo_and_redo(window: Any, answers: Answers, forms: Forms) -> None:
    person = _family_member(window)
    _select(window, person)
    forms.next(lambda d: d.ui.numberEdit.setText("分户001"))
    window.event_actions["event-split"].trigger()
    assert not answers.kinds("warn"), answers.shown
    moved = _get(window, Person, person.id)
    new_id = moved.household_id
    assert new_id != person.household_id and moved.relation == "户主"
    assert _get(window, Household, new_id).number == "分户001"
    window.act_undo.trigger()
    assert _get(window, Household, new_id).deleted_at is not None
    back = _get(window, Person, person.id)
    assert (back.household_id, back.relation) == (person.household_id, person.relation)
    window.act_redo.trigger()
    assert _get(window, Household, new_id).deleted_at is None
    assert _get(window, Person, person.id).household_id == new_id


def test_enter_and_leave_a_group_undo_and_redo(window: Any, answers: Answers, forms: Forms) -> None:
    person = _family_member(window)
    with Session(window.engine) as s:
        group = s.scalars(select(GroupKind).where(GroupKind.code == "tekun")).one()
        name, gid = group.name, group.id

    def memberships() -> list[tuple[Any, Any]]:
        with Session(window.engine) as s:
            return [
                (m.left_on, m.deleted_at)
                for m in s.scalars(
                    select(GroupMembership).where(
                        GroupMembership.person_id == person.id, GroupMembership.group_id == gid
                    )
                )
            ]

    _select(window, person)
    forms.next(lambda d: choose(d.ui.groupCombo, name))
    window.act_group_enter.trigger()
    assert memberships() == [(None, None)], answers.shown
    assert window.act_undo.text() == f"Undo {person.name} enters {name}"
    window.act_undo.trigger()
    assert len(memberships()) == 1 and memberships()[0][1] is not None  # tombstoned
    window.act_redo.trigger()
    assert memberships() == [(None, None)]

    def leave(d: Any) -> None:
        choose(d.ui.groupCombo, name)
        d.ui.reasonEdit.setText("已脱困")

    forms.next(leave)
    window.event_actions["event-leave-group"].trigger()
    assert memberships() == [(dt.date.today(), None)]
    assert window.act_undo.text() == f"Undo {person.name} leaves {name}"
    window.act_undo.trigger()
    assert memberships() == [(None, None)]
    window.act_redo.trigger()
    assert memberships() == [(dt.date.today(), None)]
    group_rows = [
        r for r in _history(window, "person", person.id)
        if name in r.new and r.new.startswith(("纳入", "退出"))
    ]  # fmt: skip
    assert len(group_rows) >= 5  # enter, undo, redo, leave, undo, redo
    _chain_ok(window)


def test_undo_refused_when_the_person_was_changed_since(
    window: Any, answers: Answers, forms: Forms
) -> None:
    from gridapp.db.engine import session_scope
    from gridapp.services import register
    from gridapp.services.changelog import ChangeWriter

    person = _family_member(window)
    _select(window, person)
    forms.next(lambda d: d.ui.destinationEdit.setText("上海市"))
    window.event_actions["event-move-out"].trigger()
    assert window.undo_stack.count() == 1
    # someone corrects the destination outside the undo stack (another page, the CLI …)
    with session_scope(window.engine) as s:
        writer = ChangeWriter(s, "王五")
        p = s.get(Person, person.id)
        assert p is not None
        register.update_person(s, writer, p, {"destination": "上海市浦东新区"})
        writer.flush()
    with Session(window.engine) as s:
        log_size = s.scalar(select(func.count()).select_from(ChangeLog))
    window.act_undo.trigger()
    warning = answers.kinds("warn")[-1]
    assert "上海市浦东新区" in warning and "王五" in warning and person.name in warning
    kept = _get(window, Person, person.id)
    assert (kept.status, kept.destination) == ("moved_out", "上海市浦东新区")
    with Session(window.engine) as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == log_size
    # the refused command left the stack: nothing to redo, nothing more to undo
    assert window.undo_stack.count() == 0
    assert not window.act_redo.isEnabled()


def test_groups_page_enter_and_leave_are_undoable_too(
    qtbot: QtBot, window: Any, answers: Answers, forms: Forms
) -> None:
    from PySide6.QtWidgets import QPushButton

    window.show_page("groups")
    page = window.pages["groups"]
    page.select_group("tekun")
    with Session(window.engine) as s:
        gid = s.scalar(select(GroupKind.id).where(GroupKind.code == "tekun"))
        inside = select(GroupMembership.person_id).where(GroupMembership.group_id == gid)
        person = s.scalars(
            select(Person)
            .where(Person.status == "active", Person.id_number != "", Person.id.not_in(inside))
            .limit(1)
        ).one()
        pid, id_number, name = person.id, person.id_number, person.name
    forms.next(
        lambda form: life_forms_support.pick(form.picker, id_number, lambda h: h.person_id == pid)
    )
    qtbot.mouseClick(page.findChild(QPushButton, "groupEnter"), Qt.MouseButton.LeftButton)
    assert name in page.members.column_texts(0)
    assert window.act_undo.text().startswith(f"Undo {name} enters ")
    window.act_undo.trigger()
    assert name not in page.members.column_texts(0)  # the page follows the undo
    with Session(window.engine) as s:
        m = s.scalars(
            select(GroupMembership).where(
                GroupMembership.person_id == pid, GroupMembership.group_id == gid
            )
        ).one()
        assert m.deleted_at is not None
        mid = m.id
    window.act_redo.trigger()
    assert name in page.members.column_texts(0)
    assert page.members.select_key(mid)
    forms.next(lambda form: form.ui.reasonEdit.setText("已脱困"))
    qtbot.mouseClick(page.findChild(QPushButton, "groupLeave"), Qt.MouseButton.LeftButton)
    assert name not in page.members.column_texts(0)
    window.act_undo.trigger()
    assert name in page.members.column_texts(0)
    assert _get(window, GroupMembership, mid).left_on is None


def test_undo_of_an_edit_refused_when_the_field_was_changed_since(
    window: Any, answers: Answers
) -> None:
    """The GUI undo must not silently write back over a newer value from elsewhere."""
    from gridapp.db.engine import engine_path, open_register, session_scope
    from gridapp.services import register
    from gridapp.services.changelog import ChangeWriter
    from gridapp.services.edits import person_values
    from gridapp.ui.editing import EditCommand

    person = _family_member(window)
    with Session(window.engine) as s:
        old = person_values(s, person.id)
    command = EditCommand(window.engine, "person", person.id, old, {"phone": "13912345678"}, "edit")
    assert window._push(command)
    assert _get(window, Person, person.id).phone == "13912345678"
    # another program (a command, another laptop's window) corrects the phone meanwhile
    path = engine_path(window.engine)
    other = open_register(path) if path is not None else window.engine
    try:
        with session_scope(other) as s:
            writer = ChangeWriter(s, "赵六")
            p = s.get(Person, person.id)
            assert p is not None
            register.update_person(s, writer, p, {"phone": "13800001111"})
            writer.flush()
    finally:
        if other is not window.engine:
            other.dispose()
    window.act_undo.trigger()
    warning = answers.kinds("warn")[-1]
    assert "13800001111" in warning and "赵六" in warning
    assert _get(window, Person, person.id).phone == "13800001111"  # the newer value stays
    assert window.undo_stack.count() == 0

    # without a change in between, undo and redo work as before
    with Session(window.engine) as s:
        old = person_values(s, person.id)
    command = EditCommand(window.engine, "person", person.id, old, {"phone": "13955556666"}, "edit")
    assert window._push(command)
    window.act_undo.trigger()
    assert _get(window, Person, person.id).phone == "13800001111"
    window.act_redo.trigger()
    assert _get(window, Person, person.id).phone == "13955556666"
    _chain_ok(window)
