"""The reports page (monthly report, lists, visit forms) and the settings page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import Area, Building, GroupKind, IssueStep
from gridapp.services import settings as app_settings
from tests.gui import page_support
from tests.gui import work_form_support as work_forms
from tests.gui.page_support import Answers, wait_tasks

answers = page_support.answers
window = page_support.window


def _click(qtbot: QtBot, page: Any, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_export_the_monthly_report(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    window.show_page("reports")
    page = window.pages["reports"]
    out = tmp_path / "月报"  # the suffix is added
    answers.save_as.append(str(out))
    _click(qtbot, page, "monthlyXlsx")
    wait_tasks(qtbot, window)
    target = tmp_path / "月报.xlsx"
    assert target.exists()
    assert answers.kinds("info") == [str(target)]
    book = openpyxl.load_workbook(target, read_only=True)
    assert len(book.sheetnames) >= 4
    today = dt.date.today()
    text = " ".join(
        str(v) for row in book[book.sheetnames[0]].iter_rows(values_only=True) for v in row if v
    )
    assert f"{today.year}" in text
    book.close()
    # a cancelled file dialog does nothing
    answers.save_as.append(None)
    _click(qtbot, page, "monthlyXlsx")
    assert not window.tasks.running and len(answers.shown) == 1


def test_building_is_a_list_of_the_registers_buildings(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    from gridapp.services.choices import building_choices

    window.show_page("reports")
    page = window.pages["reports"]
    with Session(window.engine) as s:
        names = [b.id for b in building_choices(s)]  # each building, not each name
    assert not page.building.isEditable()  # no free text: 楼栋 is picked
    assert page.building.currentData() is None  # all buildings by default
    assert [page.building.itemData(i) for i in range(1, page.building.count())] == names
    # choosing the grid to print leaves that grid's buildings only (another grid's building
    # would print nothing)
    with Session(window.engine) as s:
        first = building_choices(s)[0]
        grid_id = s.scalar(select(Building.grid_id).where(Building.id == first.id))
        own = [b.id for b in building_choices(s, grid_id)]
    assert first.id in own and len(own) < len(names)
    page.print_grid.setCurrentIndex(page.print_grid.findData(grid_id))
    assert [page.building.itemData(i) for i in range(1, page.building.count())] == own
    assert all(first.grid in page.building.itemText(i) for i in range(1, page.building.count()))
    page.print_grid.setCurrentIndex(0)  # all grids: every building again
    assert page.building.count() == len(names) + 1


def test_change_settings_and_see_them_used(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("settings")
    page = window.pages["settings"]
    page.operator.setText("测试员")
    page.cycle.setValue(2)
    # 残疾 no longer needs a visit every cycle
    for r in range(page.every_cycle.count()):
        item = page.every_cycle.item(r)
        if item.data(Qt.ItemDataRole.UserRole) == "canji":
            item.setCheckState(Qt.CheckState.Unchecked)
    page.lists["stations"].setPlainText("街道办\n城管\n城管\n新部门\n")
    _click(qtbot, page, "settingsSave")
    assert answers.kinds("warn") == []
    with Session(window.engine) as s:
        assert app_settings.get(s, "operator") == "测试员"
        assert app_settings.get(s, "cycle_months") == 2
        assert app_settings.get(s, "stations") == ["街道办", "城管", "新部门"]
        assert s.scalar(select(GroupKind.every_cycle).where(GroupKind.code == "canji")) is False

    # the visits page shows a two-month cycle
    window.show_page("visits")
    label = window.pages["visits"].cycle_label.text()
    start, end = (dt.date.fromisoformat(x) for x in label.split()[-3::2])
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == 1

    # the issues page offers the new station, and the operator is the actor of the steps
    window.show_page("issues")
    issues_page = window.pages["issues"]
    work_forms.register_issue(qtbot, issues_page, "新问题", "其他")
    iid = issues_page.current_issue()
    qtbot.mouseClick(issues_page.buttons["escalate"], Qt.MouseButton.LeftButton)
    form = issues_page.step_form
    stations = [form.ui.toBox.itemText(i) for i in range(form.ui.toBox.count())]
    assert stations == ["街道办", "城管", "新部门"]
    form.ui.toBox.setCurrentIndex(stations.index("新部门"))
    form.accept()
    with Session(window.engine) as s:
        actors = set(s.scalars(select(IssueStep.actor).where(IssueStep.issue_id == iid)))
    assert actors == {"测试员"}


def test_empty_list_is_refused(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("settings")
    page = window.pages["settings"]
    page.lists["errands"].setPlainText("  \n")
    page.operator.setText("不会保存")
    _click(qtbot, page, "settingsSave")
    assert len(answers.kinds("warn")) == 1
    with Session(window.engine) as s:
        assert app_settings.get(s, "operator") != "不会保存"


def test_new_grid_rename_and_move_a_building(qtbot: QtBot, window: Any, answers: Answers) -> None:
    from gridapp.db.models import Building, ChangeLog, Household, Room, Unit

    window.show_page("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentIndex(1)
    # choose a community and add a grid below it
    community = next(
        page.area_tree.topLevelItem(0).child(i)
        for i in range(page.area_tree.topLevelItem(0).childCount())
    )
    page.area_tree.setCurrentItem(community)
    community_id = page.current_area()
    answers.texts.append("新网格")
    _click(qtbot, page, "areaAdd")
    with Session(window.engine) as s:
        grid = s.scalars(select(Area).where(Area.name == "新网格")).one()
        grid_id, level = grid.id, grid.level
    assert level == "二级网格"
    # a duplicate name under the same community is refused (the tree kept the selection)
    assert page.current_area() == community_id
    answers.texts.append("新网格")
    _click(qtbot, page, "areaAdd")
    assert len(answers.kinds("warn")) == 1

    page.target_grid.setCurrentIndex(page.target_grid.findData(grid_id))
    page.building_box.setCurrentIndex(0)
    bid = page.building_box.currentData()
    _click(qtbot, page, "moveBuildingButton")
    with Session(window.engine) as s:
        rooms = select(Room.id).join(Unit, Room.unit_id == Unit.id).where(Unit.building_id == bid)
        hh = s.scalars(select(Household).where(Household.room_id.in_(rooms))).all()
        assert hh and all(h.grid_id == grid_id for h in hh)
        building = s.get(Building, bid)
        assert building is not None and building.grid_id == grid_id
        logged = s.scalars(
            select(ChangeLog.entity_id).where(
                ChangeLog.entity == "household", ChangeLog.field == "grid_id"
            )
        ).all()
        assert {h.id for h in hh} <= set(logged)
    assert answers.kinds("info")[-1].startswith(str(len(hh)))


def test_visit_forms_and_a_list_for_one_building(
    qtbot: QtBot, window: Any, answers: Answers, tmp_path: Path
) -> None:
    from gridapp.db.models import Building

    window.show_page("reports")
    page = window.pages["reports"]
    with Session(window.engine) as s:
        building = s.scalars(select(Building).order_by(Building.id)).first()
        assert building is not None
        key = building.id
    page.building.setCurrentIndex(page.building.findData(key))
    assert page.building.currentData() == key
    out = tmp_path / "forms.pdf"
    answers.save_as.append(str(out))
    _click(qtbot, page, "printSheets")
    wait_tasks(qtbot, window)
    assert answers.shown == []
    assert out.read_bytes().startswith(b"%PDF") and answers.previews == [out]

    page.list_kind.setCurrentIndex(page.list_kind.findData("elderly"))
    answers.save_as.append(str(tmp_path / "old.xlsx"))
    _click(qtbot, page, "exportList")
    wait_tasks(qtbot, window)
    assert answers.kinds("info") == [str(tmp_path / "old.xlsx")]
    book = openpyxl.load_workbook(tmp_path / "old.xlsx", read_only=True)
    assert book.sheetnames
    book.close()


def test_language_setting_is_used_at_next_start(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    from gridapp.ui.app import preferred_language

    assert preferred_language(None) is None  # Chinese by default
    window.show_page("settings")
    page = window.pages["settings"]
    page.language.setCurrentIndex(page.language.findData("en"))
    _click(qtbot, page, "settingsSave")
    assert answers.kinds("warn") == []
    with Session(window.engine) as s:
        assert app_settings.get(s, "language") == "en"
    assert preferred_language(None) == "en"
    assert preferred_language("zh") == "zh"  # --lang wins


def test_visit_forms_say_which_cycle_they_print(qtbot: QtBot, window: Any) -> None:
    """The visit forms take their cycle from the Month box: the print row names it."""
    from PySide6.QtCore import QDate

    window.show_page("reports")
    page = window.pages["reports"]
    page.month.setDate(QDate(2026, 11, 15))
    assert "2026-11" in page.due_only.text()
    page.month.setDate(QDate(2027, 1, 1))
    assert "2027-01" in page.due_only.text() and "2026-11" not in page.due_only.text()
