"""Entering a special group asks the group's own fields (低保: 低保证号, 保障人口, 月保障金额 …)
and stores what is typed with the membership."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import GroupKind, GroupMembership, Person
from tests.gui import life_forms_support, page_support
from tests.gui.life_forms_support import Forms, choose
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window
forms = life_forms_support.forms


def _outsider(win: Any, code: str) -> tuple[Person, GroupKind]:
    """An active person who is not (and never was) in the group."""
    with Session(win.engine) as s:
        group = s.scalars(select(GroupKind).where(GroupKind.code == code)).one()
        inside = select(GroupMembership.person_id).where(GroupMembership.group_id == group.id)
        person = s.scalars(
            select(Person)
            .where(Person.deleted_at.is_(None), Person.status == "active", Person.id.not_in(inside))
            .order_by(Person.id)
            .limit(1)
        ).one()
        s.expunge_all()
        return person, group


def _select(win: Any, person: Person) -> None:
    page = win.register_page
    page.show_mode("persons")
    page.search_edit.setText(person.name)
    page.apply_filter()
    page.select_row(page.model.row_of(person.id))
    assert page.current_person_id() == person.id


def _memberships(win: Any, person: Person, group: GroupKind) -> list[dict[str, Any]]:
    with Session(win.engine) as s:
        rows = s.scalars(
            select(GroupMembership).where(
                GroupMembership.person_id == person.id,
                GroupMembership.group_id == group.id,
                GroupMembership.deleted_at.is_(None),
            )
        )
        return [dict(m.fields or {}) for m in rows]


def test_entering_dibao_asks_and_stores_its_own_fields(
    window: Any, answers: Answers, forms: Forms
) -> None:
    person, dibao = _outsider(window, "dibao")
    _other, gaoling = _outsider(window, "gaoling")
    seen: dict[str, Any] = {}

    def fill(d: Any) -> None:
        assert not d.ui.fieldsBox.isVisible()  # no group chosen yet: nothing to ask
        choose(d.ui.groupCombo, dibao.name)
        assert d.ui.fieldsBox.isVisible()
        assert list(d.field_edits) == list(dibao.fields)
        d.field_edits["低保证号"].setText(" DB410106000001 ")
        d.field_edits["月保障金额"].setText("560")
        # another group asks its own fields; coming back keeps what was typed
        choose(d.ui.groupCombo, gaoling.name)
        assert list(d.field_edits) == ["高龄补贴"] and d.field_edits["高龄补贴"].text() == ""
        choose(d.ui.groupCombo, dibao.name)
        assert d.field_edits["月保障金额"].text() == "560"
        seen["labels"] = [
            d.ui.fieldsForm.itemAt(r, d.ui.fieldsForm.ItemRole.LabelRole).widget().text()
            for r in range(d.ui.fieldsForm.rowCount())
        ]

    _select(window, person)
    forms.next(fill)
    window.act_group_enter.trigger()
    assert answers.shown == []
    assert seen["labels"] == list(dibao.fields)
    # the empty 保障人口 is left out; the typed values are stored trimmed
    assert _memberships(window, person, dibao) == [
        {"低保证号": "DB410106000001", "月保障金额": "560"}
    ]
    # the groups page shows them in the group's own columns
    window.show_page("groups")
    page = window.pages["groups"]
    page.select_group("dibao")
    table = page.members
    orientation = table.horizontalHeader().orientation()
    labels = [table.model().headerData(c, orientation) for c in range(table.columnCount())]
    row = table.column_texts(0).index(person.name)
    assert table.text(row, labels.index("月保障金额")) == "560"
    assert table.text(row, labels.index("低保证号")) == "DB410106000001"


def test_leaving_a_group_asks_no_fields(window: Any, answers: Answers, forms: Forms) -> None:
    person, dibao = _outsider(window, "dibao")
    _select(window, person)
    forms.next(lambda d: choose(d.ui.groupCombo, dibao.name))
    window.act_group_enter.trigger()
    assert _memberships(window, person, dibao) == [{}]  # nothing typed: no fields stored

    def leave(d: Any) -> None:
        choose(d.ui.groupCombo, dibao.name)
        d.ui.reasonEdit.setText("收入提高")
        assert not d.ui.fieldsBox.isVisible() and d.field_edits == {}

    forms.next(leave)
    window.event_actions["event-leave-group"].trigger()
    assert answers.shown == []
