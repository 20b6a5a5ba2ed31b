"""The register table and its detail pane as users expect them (issue 16.7): double-click or Enter
opens the record, a context menu holds the record's actions, the pane shows the selected person's
own details, a filter that is on is plain to see and cleared with one click, a member link always
ends on that member; the edit forms offer only the grids a household can be in, dates from a
calendar; the navigation tree shows its counts at 1366x768."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QUrl
from PySide6.QtWidgets import QDateEdit, QDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import Area, GroupKind, GroupMembership, Household, Person
from gridapp.domain import idcard
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _grouped_person(win: Any, group: str = "低保") -> Person:
    """An active person in ``group`` with an ID number and a phone."""
    with Session(win.engine) as s:
        person = s.scalars(
            select(Person)
            .join(GroupMembership, GroupMembership.person_id == Person.id)
            .join(GroupKind, GroupMembership.group_id == GroupKind.id)
            .where(
                GroupKind.name == group,
                GroupMembership.left_on.is_(None),
                Person.status == "active",
                Person.id_number != "",
                Person.phone != "",
            )
            .order_by(Person.id)
            .limit(1)
        ).one()
        s.expunge(person)
        return person


def _select_person(win: Any, person: Person) -> None:
    page = win.register_page
    page.show_mode("persons")
    page.search_edit.setText(person.name)
    page.apply_filter()
    page.select_row(page.model.row_of(person.id))
    assert page.current_person_id() == person.id


def _opened(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog]) -> list[QDialog]:
    """Each dialog of the class that would have been shown, answered with Cancel."""
    seen: list[QDialog] = []

    def cancel(dialog: QDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(dialog_class, "exec", cancel)
    return seen


def _double_click(qtbot: QtBot, page: Any, row: int) -> None:
    """Press, release, then the double-click, as a real double-click arrives."""
    pos = _row_centre(page, row)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def _row_centre(page: Any, row: int) -> QPoint:
    page.view.scrollTo(page.model.index(row, 0))
    return page.view.visualRect(page.model.index(row, 1)).center()


# ------------------------------------------------------------ opening a record


def test_double_click_opens_the_persons_form_and_the_households(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import HouseholdDialog, PersonDialog

    persons = _opened(monkeypatch, PersonDialog)
    households = _opened(monkeypatch, HouseholdDialog)
    page = window.register_page
    page.show_mode("persons")
    row = 3
    pid = page.model.id_at(row)
    _double_click(qtbot, page, row)
    assert page.current_person_id() == pid
    assert [d.name.text() for d in persons] == [page.model.data(page.model.index(row, 0))]
    assert households == []

    page.show_mode("households")
    hid = page.model.id_at(5)
    _double_click(qtbot, page, 5)
    assert page.current_household_id() == hid
    assert [d.address.text() for d in households] == [page.model.data(page.model.index(5, 1))]


def test_enter_opens_the_selected_record(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import HouseholdDialog, PersonDialog

    households = _opened(monkeypatch, HouseholdDialog)
    persons = _opened(monkeypatch, PersonDialog)
    page = window.register_page
    page.select_row(2)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert [d.address.text() for d in households] == [page.model.data(page.model.index(2, 1))]
    page.show_mode("persons")
    page.select_row(4)
    qtbot.keyClick(page.view, Qt.Key.Key_Enter)
    assert [d.name.text() for d in persons] == [page.model.data(page.model.index(4, 0))]


def test_enter_on_an_empty_table_opens_nothing(
    qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import HouseholdDialog

    households = _opened(monkeypatch, HouseholdDialog)
    page = window.register_page
    page.search_edit.setText("zzzzqqq%_")
    page.apply_filter()
    assert page.model.rowCount() == 0
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    assert households == []


def test_context_menu_holds_the_records_actions(
    qtbot: QtBot, window: Any, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import PersonDialog

    persons = _opened(monkeypatch, PersonDialog)
    page = window.register_page
    page.show_mode("persons")
    page.select_row(0)
    row = 6
    page.view.customContextMenuRequested.emit(_row_centre(page, row))
    assert page.current_id() == page.model.id_at(row)  # the menu is for the row clicked
    menu = page.findChild(QMenu, "recordMenu")
    assert menu is not None and menu.isVisible()
    actions = menu.actions()
    for mine in (window.act_edit, window.act_history, window.act_record_visit):
        assert mine in actions and mine.isEnabled()
    events = page.findChild(QMenu, "recordEventsMenu")
    assert events is not None
    assert set(window.event_actions.values()) <= set(events.actions())
    assert window.event_actions["event-death"].isEnabled()  # a person is selected
    window.act_edit.trigger()
    assert [d.name.text() for d in persons] == [page.model.data(page.model.index(row, 0))]
    menu.close()

    # its household's card: printed by the reports page, for that household's number
    page.view.customContextMenuRequested.emit(_row_centre(page, row))
    menu = page.findChild(QMenu, "recordMenu")
    card = next(a for a in menu.actions() if a.objectName() == "printCardAction")
    answers.save_as.append(None)  # the user cancels the file dialog
    card.trigger()
    assert window.current_page() == "reports"
    assert window.pages["reports"].household_no.text() == page.model.data(page.model.index(row, 7))


def test_no_menu_off_the_rows(window: Any) -> None:
    page = window.register_page
    page.search_edit.setText("zzzzqqq%_")
    page.apply_filter()
    page.view.customContextMenuRequested.emit(QPoint(10, 10))
    assert page.findChild(QMenu, "recordMenu") is None


# ------------------------------------------------------------ the person's own details


def test_the_pane_shows_the_persons_own_details(window: Any) -> None:
    person = _grouped_person(window)
    _select_person(window, person)
    text = window.register_page.detail.toPlainText()
    assert idcard.mask(person.id_number) in text
    assert person.id_number not in text  # masked as the printed forms mask it
    assert person.birth_date is not None and person.birth_date.isoformat() in text
    age = idcard.age_at(person.birth_date, dt.date.today())
    assert f"Age\n{age}\n" in text or f"Age {age}" in text or f"Age\t{age}" in text
    assert "低保" in text and person.phone in text and person.relation in text
    for label in ("ID card", "Born", "Special groups", "Phones", "Remarks", "Register status"):
        assert label in text
    assert "Resident" in text
    # the household view of the same family shows no person block
    window.register_page.show_mode("households")
    assert "Born" not in window.register_page.detail.toPlainText()


def test_the_pane_shows_what_an_edit_of_notes_stored(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import PersonDialog

    person = _grouped_person(window)
    _select_person(window, person)

    def fill(dialog: PersonDialog) -> int:
        dialog.notes.setPlainText("行动不便，需上门")
        return PersonDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PersonDialog, "exec", fill)
    window.act_edit.trigger()
    with Session(window.engine) as s:
        household = s.get(Household, person.household_id)
        assert household is not None
        address = household.address
    own, _household = window.register_page.detail.toPlainText().split(address, 1)
    assert "行动不便，需上门" in own  # in the person's block, above the household


# ------------------------------------------------------------ the filter bar


def _choose(box: Any, text: str) -> None:
    index = box.findText(text)
    assert index >= 0, text
    box.setCurrentIndex(index)


def test_a_filter_left_on_is_shown_and_cleared_with_one_click(qtbot: QtBot, window: Any) -> None:
    page = window.register_page
    page.show_mode("persons")
    assert not page.filter_bar.isVisible()
    everyone = page.model.rowCount()
    _choose(page.group_box, "低保")
    grid = page.nav.topLevelItem(0).child(0)  # the sub-district
    page.nav.setCurrentItem(grid)
    assert page.filter_bar.isVisible()
    assert "低保" in page.filter_label.text() and grid.text(0) in page.filter_label.text()
    assert "filtered" in page.count_label.text()
    # a search for someone not in 低保: "0 persons", and plainly why
    with Session(window.engine) as s:
        outside = s.scalars(
            select(Person.name).where(
                Person.status == "active",
                ~Person.id.in_(select(GroupMembership.person_id)),
            )
        ).first()
    assert outside
    page.search_edit.setText(outside)
    page.apply_filter()
    assert page.model.rowCount() == 0 or all(
        outside != page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())
    )
    assert page.count_label.text().startswith("0 ") or "filtered" in page.count_label.text()
    assert "filtered" in page.count_label.text()
    assert page.filter_bar.isVisible() and page.clear_filters_button.isVisible()
    qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert not page.filter_bar.isVisible()
    assert page.group_box.currentData() == "" and page.search_edit.text() == outside
    assert outside in [
        page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())
    ]
    assert "filtered" not in page.count_label.text()
    page.search_edit.clear()
    page.apply_filter()
    assert page.model.rowCount() == everyone


def test_age_status_and_archived_count_as_filters(window: Any) -> None:
    page = window.register_page
    page.show_mode("persons")
    page.age_min.setValue(60)
    assert page.filter_bar.isVisible() and "60" in page.filter_label.text()
    page.clear_filters()
    assert page.age_min.value() == -1 and not page.filter_bar.isVisible()
    _choose(page.status_box, "Away")
    assert page.filter_bar.isVisible()
    page.clear_filters()
    page.archived_box.setChecked(True)
    assert page.filter_bar.isVisible() and "archived" in page.filter_label.text()
    page.clear_filters()
    assert not page.archived_box.isChecked() and not page.filter_bar.isVisible()


# ------------------------------------------------------------ member links


def _household_with(win: Any, status: str) -> tuple[Person, Person]:
    """(an active member, another member with ``status``) of one household: the first such
    pair in the register, whatever day the demo was built on."""
    from sqlalchemy.orm import aliased

    mate = aliased(Person)
    with Session(win.engine) as s:
        pair = s.execute(
            select(mate, Person)
            .join(mate, mate.household_id == Person.household_id)
            .where(
                Person.status == status,
                Person.household_id.is_not(None),
                mate.status == "active",
                mate.id != Person.id,
                mate.name != Person.name,
            )
            .order_by(Person.id, mate.id)
            .limit(1)
        ).first()
        assert pair is not None, f"no household with an active member and one {status}"
        s.expunge_all()
        return pair[0], pair[1]


def test_a_member_link_outside_the_search_selects_that_member(window: Any) -> None:
    page = window.register_page
    with Session(window.engine) as s:
        hid = s.scalar(
            select(Person.household_id)
            .where(Person.status == "active", Person.household_id.is_not(None))
            .group_by(Person.household_id)
            .having(__import__("sqlalchemy").func.count() >= 3)
        )
        members = s.scalars(
            select(Person).where(Person.household_id == hid, Person.status == "active")
        ).all()
        s.expunge_all()
    first, other = members[0], next(m for m in members[1:] if m.name not in members[0].name)
    _select_person(window, first)
    _choose(page.category_box, first.category)  # a filter on as well
    assert page.current_person_id() == first.id
    assert other.id in {int(h.split(":")[1]) for h in _links(page)}
    page.detail.anchorClicked.emit(QUrl(f"person:{other.id}"))
    assert page.current_person_id() == other.id
    assert not page.archived_box.isChecked()  # an active member: 显示已归档 stays off
    assert page.filter_bar.isVisible() and other.name in page.filter_label.text()
    assert other.name in page.detail.toPlainText().split("\n")[0]


def test_an_archived_members_link_shows_archived_and_says_so(window: Any) -> None:
    page = window.register_page
    first, gone = _household_with(window, "moved_out")
    _select_person(window, first)
    page.detail.anchorClicked.emit(QUrl(f"person:{gone.id}"))
    assert page.current_person_id() == gone.id
    assert page.archived_box.isChecked()
    assert gone.name in page.filter_label.text() and "archived" in page.filter_label.text()
    # the next change of the filters drops the note
    page.archived_box.setChecked(False)
    assert gone.name not in page.filter_label.text()


def test_a_link_to_someone_no_longer_there_leaves_nobody_selected(window: Any) -> None:
    page = window.register_page
    page.show_mode("persons")
    page.select_row(0)
    assert page.show_person(10_000_000) is False
    assert page.current_id() is None


def _links(page: Any) -> list[str]:
    import re

    return re.findall(r"href=['\"](person:\d+)['\"]", page.detail.toHtml())


# ------------------------------------------------------------ the edit forms


def _lowest_grids(win: Any) -> set[int]:
    with Session(win.engine) as s:
        areas = s.execute(select(Area.id, Area.parent_id, Area.level)).all()
    parents = {a.parent_id for a in areas if a.level in ("二级网格", "三级网格")}
    return {a.id for a in areas if a.level in ("二级网格", "三级网格") and a.id not in parents}


def test_the_household_form_offers_only_the_grids_a_household_can_be_in(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import HouseholdDialog

    seen = _opened(monkeypatch, HouseholdDialog)
    window.act_new_household.trigger()
    box = seen[0].grid
    offered = {box.itemData(i): box.itemText(i) for i in range(1, box.count())}
    assert set(offered) == _lowest_grids(window)
    with Session(window.engine) as s:
        for gid, label in offered.items():
            grid = s.get(Area, gid)
            assert grid is not None and grid.parent is not None
            community = grid.parent if grid.parent.level == "社区" else grid.parent.parent
            assert label == f"{community.name} › {grid.name}"
    assert box.itemData(0) is None  # nothing chosen yet: OK stays off
    assert not seen[0].buttons.button(seen[0].buttons.StandardButton.Ok).isEnabled()


def test_editing_a_household_keeps_the_grid_it_is_in(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import HouseholdDialog

    seen = _opened(monkeypatch, HouseholdDialog)
    page = window.register_page
    page.select_row(0)
    window.act_edit.trigger()
    with Session(window.engine) as s:
        household = s.get(Household, page.current_household_id())
        assert household is not None
        grid_id = household.grid_id
    assert seen[0].grid.currentData() == grid_id
    assert " › " in seen[0].grid.currentText()


def test_new_member_with_dates_from_the_calendar_and_none(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.ui.forms import PersonDialog

    page = window.register_page
    page.select_row(0)
    hid = page.current_household_id()
    born = dt.date(2019, 5, 4)

    def fill(dialog: PersonDialog) -> int:
        assert isinstance(dialog.birth, QDateEdit) and dialog.birth.calendarPopup()
        assert dialog.birth.displayFormat() == "yyyy-MM-dd"
        assert dialog.birth_date.value() is None  # nothing recorded yet
        dialog.name.setText("日历宝")
        _choose(dialog.relation, "孙子")
        dialog.birth.setDate(QDate(born.year, born.month, born.day))
        assert dialog.birth.text() == "2019-05-04"
        assert dialog.age.text() == str(idcard.age_at(born, dt.date.today()))
        dialog.moved_in.setDate(QDate(2024, 3, 1))
        assert dialog.ok_button().isEnabled()
        return PersonDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PersonDialog, "exec", fill)
    window.act_new_person.trigger()

    def no_dates(dialog: PersonDialog) -> int:
        dialog.name.setText("无日期")
        _choose(dialog.relation, "其他")
        return PersonDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PersonDialog, "exec", no_dates)
    window.act_new_person.trigger()
    with Session(window.engine) as s:
        rows = {
            p.name: (p.birth_date, p.moved_in_on)
            for p in s.scalars(select(Person).where(Person.household_id == hid))
        }
    assert rows["日历宝"] == (born, dt.date(2024, 3, 1))
    assert rows["无日期"] == (None, None)


def test_opening_and_saving_a_person_changes_no_date(qtbot: QtBot) -> None:
    from gridapp.ui.forms import PersonDialog

    later = dt.date.today() + dt.timedelta(days=30)  # a wrong stored date stays as stored
    dialog = PersonDialog(
        {
            "name": "张三",
            "relation": "户主",
            "ethnicity": "汉族",
            "category": "户籍人口",
            "birth_date": dt.date(1950, 1, 2),
            "moved_in_on": later,
        }
    )
    qtbot.addWidget(dialog)
    assert dialog.changes() == {}
    dialog.birth.setDate(dialog.birth.minimumDate())  # emptied
    assert dialog.changes() == {"birth_date": None}


# ------------------------------------------------------------ the tree at 1366x768


def test_the_tree_shows_every_count_at_1366x768(window: Any) -> None:
    page = window.register_page
    assert window.width() <= 1366
    tree = page.nav
    assert tree.columnCount() == 2
    header = tree.header()
    right = header.sectionPosition(1) + header.sectionSize(1)
    assert right <= tree.viewport().width()
    stack = [tree.topLevelItem(0)]
    while stack:
        item = stack.pop()
        assert item.text(1).isdigit()
        assert item.text(0) in item.toolTip(0)  # the whole name when elided
        needed = tree.fontMetrics().horizontalAdvance(item.text(1))
        assert needed <= header.sectionSize(1)
        stack.extend(item.child(i) for i in range(item.childCount()))


def test_an_empty_date_opens_its_calendar_on_this_month(qtbot: QtBot) -> None:
    from gridapp.ui.forms import PersonDialog

    dialog = PersonDialog({"name": "张三", "relation": "户主"}, new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.moved_in
    arrow = QPoint(edit.width() - 6, edit.height() // 2)  # the drop-down button
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert dialog.moved_in.text() == "not recorded"
