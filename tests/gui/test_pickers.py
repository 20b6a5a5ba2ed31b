"""The person and household pickers: typing lists the register's own search, nothing counts as
chosen until a row is picked, and editing the text after a pick drops the choice."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import Household, Person
from gridapp.ui.widgets.pickers import RecordPicker


def _picker(qtbot: QtBot, engine: Any, households: bool = False) -> RecordPicker:
    picker = RecordPicker(lambda: engine, households=households)
    qtbot.addWidget(picker)
    picker.show()
    return picker


def _someone(engine: Any) -> Person:
    with Session(engine) as s:
        person = s.scalars(
            select(Person).where(Person.household_id.is_not(None), Person.status == "active")
            .order_by(Person.id).limit(1)
        ).one()  # fmt: skip
        s.expunge(person)
        return person


def test_typing_a_name_lists_matches_and_picking_one_chooses_it(
    qtbot: QtBot, demo_engine: Any
) -> None:
    person = _someone(demo_engine)
    picker = _picker(qtbot, demo_engine)
    chosen: list[Any] = []
    picker.picked.connect(chosen.append)
    picker.edit.setFocus()
    picker.edit.setText(person.name)
    picker.edit.textEdited.emit(person.name)
    assert picker.current() is None  # typed, not picked
    picker.run_search()
    names = [h.name for h in picker.hits()]
    assert person.name in names
    row = [h.person_id for h in picker.hits()].index(person.id)
    picker.pick(row)
    assert picker.person_id() == person.id
    assert chosen[-1].person_id == person.id
    assert picker.hint.isHidden()
    # Editing the text again drops the choice: a half-typed name is never taken for a person.
    picker.edit.setText(person.name + "x")
    picker.edit.textEdited.emit(person.name + "x")
    assert picker.current() is None and chosen[-1] is None


def test_household_picker_lists_each_household_once_by_its_number(
    qtbot: QtBot, demo_engine: Any
) -> None:
    with Session(demo_engine) as s:
        household = s.scalars(
            select(Household).where(Household.head_id.is_not(None)).limit(1)
        ).one()
        number, hid = household.number, household.id
    picker = _picker(qtbot, demo_engine, households=True)
    picker.edit.setText(number)
    picker.run_search()
    ids = [h.household_id for h in picker.hits()]
    assert ids == [hid]  # all its members match by 户号; one line for the household
    picker.pick(0)
    assert picker.household_id() == hid
    assert number in picker.edit.text()


def test_unknown_text_says_nothing_was_found(qtbot: QtBot, demo_engine: Any) -> None:
    picker = _picker(qtbot, demo_engine)
    picker.edit.setText("不存在的人名字")
    picker.edit.textEdited.emit("不存在的人名字")
    picker.run_search()
    assert picker.hits() == [] and picker.current() is None
    assert not picker.hint.isHidden() and picker.hint.text() == "Nothing found for this text"


def test_starting_on_a_person_shows_them_chosen(qtbot: QtBot, demo_engine: Any) -> None:
    person = _someone(demo_engine)
    picker = _picker(qtbot, demo_engine)
    picker.set_person(person.id)
    assert picker.person_id() == person.id and person.name in picker.edit.text()
    picker.set_household(person.household_id)
    assert picker.household_id() == person.household_id
