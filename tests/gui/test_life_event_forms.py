"""The life-event forms driven like a user (issue 16.1): each starts on the register page's
selection, nothing is saved by one Enter with a field left to choose, the relation of a newborn
follows from the parent chosen, archiving asks a confirmation that names the person(s), and the
split ticks its members in a list."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import Household, Person
from gridapp.domain import idcard
from tests.gui import life_forms_support, page_support
from tests.gui.life_forms_support import Forms, choose, choose_data, ok, pick
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window
forms = life_forms_support.forms

BORN = dt.date(2026, 1, 5)  # before any day the suite runs on (also under faketime)


class Confirms(list[str]):
    """Every confirmation text shown; ``yes`` is the answer."""

    yes = True


@pytest.fixture
def confirms(monkeypatch: pytest.MonkeyPatch) -> Confirms:
    from gridapp.ui import dialogs_io

    seen = Confirms()

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        seen.append(text)
        return seen.yes

    monkeypatch.setattr(dialogs_io, "confirm", confirm)
    return seen


def _household_with(win: Any, *relations: str) -> Household:
    """A live household whose members on the register include these relations."""
    live = (Person.deleted_at.is_(None), Person.status == "active")
    with Session(win.engine) as s:
        query = select(Household).where(Household.status == "active", Household.number != "")
        for rel in relations:
            query = query.where(
                Household.id.in_(select(Person.household_id).where(*live, Person.relation == rel))
            )
        sizes = select(Person.household_id).where(*live).group_by(Person.household_id)
        query = query.where(Household.id.in_(sizes.having(func.count() >= 3)))
        h = s.scalars(query.order_by(Household.id).limit(1)).one()
        s.expunge(h)
        return h


def _member(win: Any, household_id: int, relation: str) -> Person:
    with Session(win.engine) as s:
        p = s.scalars(
            select(Person).where(
                Person.household_id == household_id, Person.relation == relation,
                Person.status == "active", Person.deleted_at.is_(None),
            ).order_by(Person.id).limit(1)
        ).one()  # fmt: skip
        s.expunge(p)
        return p


def _members(win: Any, household_id: int) -> list[Person]:
    with Session(win.engine) as s:
        rows = list(
            s.scalars(
                select(Person).where(
                    Person.household_id == household_id, Person.status == "active",
                    Person.deleted_at.is_(None),
                ).order_by(Person.sort_order, Person.id)
            )
        )  # fmt: skip
        for p in rows:
            s.expunge(p)
        return rows


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
        s.expunge(row)
        return row


def _babies(win: Any, name: str) -> list[Person]:
    with Session(win.engine) as s:
        rows = list(s.scalars(select(Person).where(Person.name == name)))
        for p in rows:
            s.expunge(p)
        return rows


def _valid_id(born: dt.date, male: bool) -> str:
    first17 = f"110101{born:%Y%m%d}00{1 if male else 2}"
    return first17 + idcard.check_char(first17)


# ------------------------------------------------------------------ birth


def test_birth_enter_with_gender_unchosen_saves_nothing_and_names_what_is_missing(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    spouse = _member(window, h.id, "配偶")
    _select(window, spouse)

    def fill(d: Any) -> bool:
        assert d.picker.household_id() == h.id  # starts on the selected household
        assert d.ui.parentCombo.currentData() == spouse.id  # and parent
        d.ui.nameEdit.setText("小满")
        assert d.ui.genderCombo.currentData() is None  # no default gender
        assert d.ui.relationCombo.currentData() is None  # and so no relation yet: never 配偶
        assert not d.ok_button.isEnabled()
        assert "Gender" in d.ui.missingLabel.text() and d.ui.missingLabel.isVisible()
        QTest.keyClick(d, Qt.Key.Key_Return)  # the old trap: Enter saved a spouse
        QTest.keyClick(d.ui.nameEdit, Qt.Key.Key_Return)
        ok(d)
        assert d.isVisible() and not _babies(window, "小满")
        d.try_accept()  # even if OK were reached, the form names the missing field
        assert "Gender" in answers.kinds("warn")[-1]
        return False

    forms.next(fill)
    assert window.event_actions["event-birth"].isEnabled()
    window.event_actions["event-birth"].trigger()
    assert not _babies(window, "小满") and window.undo_stack.count() == 0


def test_birth_relation_follows_the_parent_chosen(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "子")
    son = _member(window, h.id, "子")
    head = _member(window, h.id, "户主")
    _select(window, son)
    shown: list[tuple[str, str]] = []

    def fill(d: Any) -> None:
        d.ui.nameEdit.setText("小芽")
        choose(d.ui.genderCombo, "女")
        shown.append(("son", d.ui.relationCombo.currentText()))
        choose_data(d.ui.parentCombo, head.id)
        shown.append(("head", d.ui.relationCombo.currentText()))
        choose(d.ui.genderCombo, "男")
        shown.append(("head boy", d.ui.relationCombo.currentText()))
        choose(d.ui.genderCombo, "女")
        choose_data(d.ui.parentCombo, son.id)
        d.ui.birthDate.setDate(BORN)
        assert d.ok_button.isEnabled(), d.ui.missingLabel.text()

    forms.next(fill)
    window.event_actions["event-birth"].trigger()
    assert shown == [("son", "孙女"), ("head", "女"), ("head boy", "子")]
    (baby,) = _babies(window, "小芽")
    assert (baby.household_id, baby.relation, baby.gender, baby.birth_date) == (
        h.id, "孙女", "女", BORN,
    )  # fmt: skip
    assert window.act_undo.text() == "Undo Birth of 小芽"


def test_birth_id_number_is_checked_and_fills_gender_and_date(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    _select(window, _member(window, h.id, "户主"))
    number = _valid_id(BORN, male=True)

    def fill(d: Any) -> None:
        d.ui.nameEdit.setText("小禾")
        bad = number[:-1] + ("0" if number[-1] != "0" else "1")
        d.ui.idEdit.setText(bad)
        assert d.ui.idHint.isVisible() and "ID number" in d.ui.missingLabel.text()
        assert not d.ok_button.isEnabled()
        d.ui.idEdit.setText(number)
        assert not d.ui.idHint.isVisible()
        assert d.ui.genderCombo.currentText() == "男"
        assert d.ui.birthDate.date().toPython() == BORN
        assert d.ui.relationCombo.currentText() == "子"  # the head's son
        assert d.ok_button.isEnabled(), d.ui.missingLabel.text()

    forms.next(fill)
    window.event_actions["event-birth"].trigger()
    (baby,) = _babies(window, "小禾")
    assert (baby.id_number, baby.gender, baby.birth_date, baby.relation) == (
        number, "男", BORN, "子",
    )  # fmt: skip


def test_a_refused_birth_says_why_and_keeps_the_form_open(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    _select(window, _member(window, h.id, "户主"))

    def fill(d: Any) -> bool:
        d.ui.nameEdit.setText("小雪")
        d.ui.idEdit.setText(_valid_id(BORN, male=False))
        d.ui.birthDate.setDate(BORN + dt.timedelta(days=1))  # not the ID's birth date
        ok(d)
        assert "出生日期与身份证号不一致" in answers.kinds("warn")[-1]
        assert d.isVisible() and d.ui.nameEdit.text() == "小雪"  # nothing typed is lost
        return False

    forms.next(fill)
    window.event_actions["event-birth"].trigger()
    assert not _babies(window, "小雪") and window.undo_stack.count() == 0


# ------------------------------------------------------------------ death, move out


def test_death_confirmation_names_the_person_and_no_keeps_them(
    window: Any, answers: Answers, forms: Forms, confirms: Confirms
) -> None:
    h = _household_with(window, "户主", "配偶")
    spouse = _member(window, h.id, "配偶")
    _select(window, spouse)
    confirms.yes = False

    def fill(d: Any) -> bool:
        assert d.picker.person_id() == spouse.id
        assert d.ui.newHeadCombo.isHidden()  # not the head: no new head asked
        assert d.ui.destinationEdit.isHidden()
        ok(d)
        assert d.isVisible()  # "No": the form stays
        return False

    forms.next(fill)
    window.event_actions["event-death"].trigger()
    assert f"{spouse.name} (household {h.number})" in confirms[-1]
    assert "deceased" in confirms[-1] and "archived" in confirms[-1]
    assert _get(window, Person, spouse.id).status == "active"


def test_death_of_the_head_requires_the_new_head_from_the_members_who_stay(
    window: Any, answers: Answers, forms: Forms, confirms: Confirms
) -> None:
    h = _household_with(window, "户主", "配偶")
    head = _member(window, h.id, "户主")
    spouse = _member(window, h.id, "配偶")
    _select(window, head)

    def fill(d: Any) -> None:
        combo = d.ui.newHeadCombo
        assert not combo.isHidden() and combo.currentData() is None
        offered = [combo.itemData(i) for i in range(1, combo.count())]
        assert head.id not in offered and spouse.id in offered
        assert not d.ok_button.isEnabled() and "New head" in d.ui.missingLabel.text()
        choose_data(combo, spouse.id)
        assert d.ok_button.isEnabled()

    forms.next(fill)
    window.event_actions["event-death"].trigger()
    assert spouse.name in confirms[-1] and head.name in confirms[-1]
    assert _get(window, Person, head.id).status == "deceased"
    assert _get(window, Household, h.id).head_id == spouse.id


def test_move_out_requires_the_destination_and_names_it(
    window: Any, answers: Answers, forms: Forms, confirms: Confirms
) -> None:
    h = _household_with(window, "户主", "配偶")
    spouse = _member(window, h.id, "配偶")
    _select(window, spouse)

    def fill(d: Any) -> None:
        assert not d.ok_button.isEnabled() and "Moved to" in d.ui.missingLabel.text()
        d.ui.destinationEdit.setText("   ")
        assert not d.ok_button.isEnabled()
        d.ui.destinationEdit.setText("浙江省杭州市")

    forms.next(fill)
    window.event_actions["event-move-out"].trigger()
    assert "浙江省杭州市" in confirms[-1] and spouse.name in confirms[-1]
    moved = _get(window, Person, spouse.id)
    assert (moved.status, moved.destination) == ("moved_out", "浙江省杭州市")


def test_the_form_acts_on_the_person_picked_not_on_a_stale_row(
    window: Any, answers: Answers, forms: Forms, confirms: Confirms
) -> None:
    h = _household_with(window, "户主", "配偶")
    other = _household_with(window, "户主", "子")
    spouse, son = _member(window, h.id, "配偶"), _member(window, other.id, "子")
    _select(window, spouse)

    def fill(d: Any) -> None:
        pick(d.picker, son.name, lambda hit: hit.person_id == son.id)
        assert str(other.number) in d.ui.householdText.text()
        d.ui.destinationEdit.setText("广州市")

    forms.next(fill)
    window.event_actions["event-move-out"].trigger()
    assert son.name in confirms[-1]
    assert _get(window, Person, son.id).status == "moved_out"
    assert _get(window, Person, spouse.id).status == "active"


# ------------------------------------------------------------------ whole household


def test_whole_household_move_out_from_the_menu_lists_confirms_and_undoes(
    window: Any, answers: Answers, forms: Forms, confirms: Confirms
) -> None:
    h = _household_with(window, "户主", "配偶")
    members = _members(window, h.id)
    _select(window, members[0])
    action = window.event_actions["event-move-out-household"]
    assert action in window.events_menu.actions() and action.isEnabled()
    day = max(p.birth_date for p in members if p.birth_date)

    def fill(d: Any) -> None:
        listed = [d.ui.membersList.item(i).text() for i in range(d.ui.membersList.count())]
        assert [t.split("（")[0] for t in listed] == [p.name for p in members]
        assert not d.ok_button.isEnabled()
        d.ui.destinationEdit.setText("四川省成都市")
        d.ui.dateEdit.setDate(day)

    forms.next(fill)
    action.trigger()
    text = confirms[-1]
    assert h.number in text and "四川省成都市" in text and day.isoformat() in text
    assert all(p.name in text for p in members)
    assert _get(window, Household, h.id).status == "archived"
    assert {_get(window, Person, p.id).status for p in members} == {"moved_out"}
    assert window.act_undo.text() == f"Undo Household {h.number} moves out"
    window.act_undo.trigger()
    assert _get(window, Household, h.id).status == "active"
    assert {_get(window, Person, p.id).status for p in members} == {"active"}


def test_whole_household_move_out_needs_a_household(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    _select(window, _member(window, h.id, "户主"))

    def fill(d: Any) -> bool:
        d.picker.edit.setText("某某")
        d.picker.edit.textEdited.emit("某某")  # typed, not picked
        d.ui.destinationEdit.setText("成都")
        assert d.picker.household_id() is None and not d.ok_button.isEnabled()
        assert "Household" in d.ui.missingLabel.text() and d.ui.membersList.count() == 0
        return False

    forms.next(fill)
    window.event_actions["event-move-out-household"].trigger()
    assert _get(window, Household, h.id).status == "active"


# ------------------------------------------------------------------ split


def test_split_ticks_members_and_the_new_head_is_one_of_them(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶", "子")
    head, spouse, son = (_member(window, h.id, r) for r in ("户主", "配偶", "子"))
    _select(window, son)
    with Session(window.engine) as s:
        from gridapp.services.places import leaf_grids

        grid_ids = [g.id for g in leaf_grids(s)]
    other_grid = next(g for g in grid_ids if g != h.grid_id)

    def item_of(d: Any, pid: int) -> Any:
        lst = d.ui.membersList
        return next(
            lst.item(i)
            for i in range(lst.count())
            if lst.item(i).data(Qt.ItemDataRole.UserRole) == pid
        )

    def fill(d: Any) -> None:
        assert item_of(d, son.id).checkState() == Qt.CheckState.Checked  # the selected one
        assert d.ui.newHeadCombo.currentData() == son.id
        assert d.ui.addressEdit.text() == h.address and d.ui.gridCombo.currentData() == h.grid_id
        assert d.ui.oldHeadCombo.isHidden()
        assert d.ok_button.isEnabled()  # 户号: the grid's next one unless typed
        for m in _members(window, h.id):  # everyone ticked: someone must stay
            item_of(d, m.id).setCheckState(Qt.CheckState.Checked)
        d.ui.numberEdit.setText("分户900")
        assert not d.ok_button.isEnabled() and "stays" in d.ui.missingLabel.text()
        for m in _members(window, h.id):
            if m.id not in (son.id, head.id):
                item_of(d, m.id).setCheckState(Qt.CheckState.Unchecked)
        offered = [d.ui.newHeadCombo.itemData(i) for i in range(1, d.ui.newHeadCombo.count())]
        assert sorted(offered) == sorted([son.id, head.id])
        assert not d.ui.oldHeadCombo.isHidden() and not d.ok_button.isEnabled()  # head leaves
        choose_data(d.ui.oldHeadCombo, spouse.id)
        choose_data(d.ui.gridCombo, other_grid)
        assert d.ok_button.isEnabled(), d.ui.missingLabel.text()

    forms.next(fill)
    window.event_actions["event-split"].trigger()
    assert not answers.kinds("warn"), answers.shown
    moved = _get(window, Person, son.id)
    new = _get(window, Household, moved.household_id)
    assert (new.number, new.head_id, new.grid_id, new.address) == (
        "分户900", son.id, other_grid, h.address,
    )  # fmt: skip
    assert _get(window, Person, head.id).household_id == new.id
    assert _get(window, Household, h.id).head_id == spouse.id
    window.act_undo.trigger()
    assert _get(window, Person, son.id).household_id == h.id
    assert _get(window, Household, h.id).head_id == head.id


# ------------------------------------------------------------------ the others


def test_move_in_requires_relation_and_gender(window: Any, answers: Answers, forms: Forms) -> None:
    h = _household_with(window, "户主", "配偶")
    _select(window, _member(window, h.id, "户主"))

    def fill(d: Any) -> None:
        d.ui.nameEdit.setText("新来的")
        missing = d.ui.missingLabel.text()
        assert "Gender" in missing and "Relation" in missing and not d.ok_button.isEnabled()
        assert d.ui.relationCombo.findText("户主") < 0  # the household has a head
        choose(d.ui.genderCombo, "男")
        choose(d.ui.relationCombo, "女婿")
        d.ui.originEdit.setText("河南省郑州市")

    forms.next(fill)
    window.event_actions["event-move-in"].trigger()
    (person,) = _babies(window, "新来的")
    assert (person.household_id, person.relation, person.gender, person.moved_from) == (
        h.id, "女婿", "男", "河南省郑州市",
    )  # fmt: skip


def test_move_to_the_own_household_is_not_offered(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    spouse = _member(window, h.id, "配偶")
    _select(window, spouse)

    def fill(d: Any) -> bool:
        pick(d.target, h.number, lambda hit: hit.household_id == h.id)
        choose(d.ui.relationCombo, "其他")
        assert not d.ok_button.isEnabled()
        assert "other than" in d.ui.missingLabel.text()
        return False

    forms.next(fill)
    window.event_actions["event-move-person"].trigger()
    assert _get(window, Person, spouse.id).household_id == h.id


def test_leave_group_needs_a_reason_and_a_group_the_person_is_in(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    spouse = _member(window, h.id, "配偶")
    _select(window, spouse)

    def fill(d: Any) -> bool:
        assert d.windowTitle() == "Leave a special group"
        assert not d.ok_button.isEnabled()
        assert "Reason" in d.ui.missingLabel.text()
        return False

    forms.next(fill)
    window.event_actions["event-leave-group"].trigger()
    assert window.undo_stack.count() == 0


def test_split_without_a_number_takes_the_grids_next_one(
    window: Any, answers: Answers, forms: Forms
) -> None:
    from gridapp.services.numbering import SEQUENCE_DIGITS

    h = _household_with(window, "户主", "配偶")
    spouse = _member(window, h.id, "配偶")
    _select(window, spouse)

    def fill(d: Any) -> None:
        assert d.ui.numberEdit.text() == "" and d.ok_button.isEnabled()
        d.ui.addressEdit.setText("")  # the address is required
        assert not d.ok_button.isEnabled() and "Address" in d.ui.missingLabel.text()
        d.ui.addressEdit.setText(h.address + "（东户）")

    forms.next(fill)
    window.event_actions["event-split"].trigger()
    assert not answers.kinds("warn"), answers.shown
    new = _get(window, Household, _get(window, Person, spouse.id).household_id)
    assert new.id != h.id and new.address == h.address + "（东户）"
    assert new.number[:-SEQUENCE_DIGITS] == h.number[:-SEQUENCE_DIGITS] and new.number != h.number


def test_death_of_someone_living_alone_says_the_household_is_archived_too(
    window: Any, answers: Answers, forms: Forms, confirms: Confirms
) -> None:
    from gridapp.ui.readonly import writes

    live = (Person.deleted_at.is_(None), Person.status == "active")
    with Session(window.engine) as s:
        alone = (
            select(Person.household_id).where(*live).group_by(Person.household_id)
            .having(func.count() == 1)
        )  # fmt: skip
        person = s.scalars(
            select(Person).where(*live, Person.household_id.in_(alone)).order_by(Person.id)
        ).first()
        assert person is not None
        s.expunge(person)
    number = _get(window, Household, person.household_id).number
    _select(window, person)

    def fill(d: Any) -> None:
        assert writes(d.ok_button)  # a read-only window disables it
        assert d.ui.newHeadCombo.isHidden()

    forms.next(fill)
    window.event_actions["event-death"].trigger()
    assert f"household {number}" in confirms[-1] and "archived too" in confirms[-1]
    assert _get(window, Household, person.household_id).status == "archived"


def test_move_in_with_an_id_number_takes_the_gender_from_it(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶")
    _select(window, _member(window, h.id, "户主"))
    number = _valid_id(dt.date(1990, 3, 8), male=False)

    def fill(d: Any) -> None:
        assert d.picker.household_id() == h.id
        d.ui.nameEdit.setText("迁入者")
        d.ui.idEdit.setText(number[:10])  # still typing
        assert not d.ok_button.isEnabled()
        d.ui.idEdit.setText(number)
        assert d.ui.genderCombo.currentText() == "女"
        choose(d.ui.relationCombo, "儿媳")

    forms.next(fill)
    window.event_actions["event-move-in"].trigger()
    (person,) = _babies(window, "迁入者")
    assert (person.id_number, person.gender, person.birth_date, person.relation) == (
        number, "女", dt.date(1990, 3, 8), "儿媳",
    )  # fmt: skip


def test_new_head_form_guesses_the_former_heads_relation(
    window: Any, answers: Answers, forms: Forms
) -> None:
    h = _household_with(window, "户主", "配偶", "子")
    head, spouse, son = (_member(window, h.id, r) for r in ("户主", "配偶", "子"))
    _select(window, spouse)
    guesses: list[str] = []

    def fill(d: Any) -> None:
        offered = [d.ui.headCombo.itemData(i) for i in range(1, d.ui.headCombo.count())]
        assert head.id not in offered and {spouse.id, son.id} <= set(offered)
        guesses.append(d.ui.oldHeadCombo.currentText())
        choose_data(d.ui.headCombo, son.id)
        guesses.append(d.ui.oldHeadCombo.currentText())

    forms.next(fill)
    window.event_actions["event-set-head"].trigger()
    father_or_mother = {"男": "父亲", "女": "母亲"}.get(head.gender, "— choose —")
    assert guesses == ["配偶", father_or_mother]
    if head.gender in ("男", "女"):
        assert _get(window, Household, h.id).head_id == son.id
        assert _get(window, Person, head.id).relation == father_or_mother
