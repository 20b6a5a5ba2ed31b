"""The duty page marks a day as a holiday (节假日) for the roster and takes the mark off again:
stored in the setting ``duty_extra_holidays``, recorded in the change log, the roster made again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog
from gridapp.services import settings
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window

WEDNESDAY = dt.date(2026, 10, 14)  # an ordinary working day
NATIONAL_DAY = dt.date(2026, 10, 3)  # 国庆: a holiday already


def _click(qtbot: QtBot, page: Any, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _stored(win: Any) -> Any:
    with Session(win.engine) as s:
        return settings.get(s, "duty_extra_holidays")


def _logged(win: Any) -> list[tuple[str | None, str | None, str]]:
    with Session(win.engine) as s:
        rows = s.scalars(
            select(ChangeLog)
            .where(ChangeLog.entity == "setting", ChangeLog.field == "duty_extra_holidays")
            .order_by(ChangeLog.id)
        )
        return [(r.old, r.new, r.note) for r in rows]


def _cell(page: Any, day: dt.date) -> Any:
    for line in page.month_model.cells:
        for cell in line:
            if cell is not None and cell.day == day:
                return cell
    raise AssertionError(day)


@pytest.fixture
def duty_page(qtbot: QtBot, window: Any, answers: Answers) -> Any:
    window.show_page("duty")
    page = window.pages["duty"]
    page.month.setDate(QDate(2026, 10, 1))
    _click(qtbot, page, "dutyGenerate")  # replaces a roster the demo may hold (confirm: yes)
    assert answers.kinds("warn") == [] and page.shifts
    page.select_day(WEDNESDAY)
    assert set(page.day_table.column_texts(2)) == {"错时"}
    return page


def test_mark_and_unmark_a_holiday(
    qtbot: QtBot, window: Any, answers: Answers, duty_page: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = duty_page
    button = page.findChild(QPushButton, "dutyHoliday")
    assert button.text() == "Mark holiday…" and not _cell(page, WEDNESDAY).off
    answers.texts.append("社区活动日")
    _click(qtbot, page, "dutyHoliday")  # the name asked, then: make the roster again? yes
    assert answers.kinds("warn") == []
    assert _stored(window) == {"2026-10-14": "社区活动日"}
    assert [(old, new) for old, new, _note in _logged(window)] == [(None, "社区活动日")]
    assert set(page.day_table.column_texts(2)) == {"节假日"}  # the roster follows the mark
    assert set(page.day_table.column_texts(6)) == {"社区活动日"}
    cell = _cell(page, WEDNESDAY)
    assert cell.off and "社区活动日" in cell.text.splitlines()[0]
    assert button.text() == "Unmark holiday" and page.holiday_action.text() == "Unmark holiday"

    # the calendar's context menu on another day: that day is chosen, the action offered
    shown: list[list[str]] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos: shown.append(
        [a.text() for a in menu.actions()]))  # fmt: skip
    other = page.month_model.index(0, 0)
    for r, line in enumerate(page.month_model.cells):
        for c, day_cell in enumerate(line):
            if day_cell is not None and day_cell.day == dt.date(2026, 10, 15):
                other = page.month_model.index(r, c)
    page.calendar.customContextMenuRequested.emit(page.calendar.visualRect(other).center())
    assert shown == [["Mark holiday…"]] and page._selected_day() == dt.date(2026, 10, 15)

    page.select_day(WEDNESDAY)
    assert button.text() == "Unmark holiday"
    page.holiday_action.trigger()  # confirm: yes, then the roster made again: yes
    assert answers.kinds("warn") == []
    assert _stored(window) == {}
    assert [(old, new) for old, new, _note in _logged(window)][-1] == ("社区活动日", None)
    assert set(page.day_table.column_texts(2)) == {"错时"}
    assert not _cell(page, WEDNESDAY).off and button.text() == "Mark holiday…"


def test_holiday_refusals_and_cancels(
    qtbot: QtBot, window: Any, answers: Answers, duty_page: Any
) -> None:
    page = duty_page
    page.calendar.setCurrentIndex(QModelIndex())  # no day chosen
    _click(qtbot, page, "dutyHoliday")
    assert answers.kinds("info") == ["Choose a day in the calendar first."]

    page.select_day(WEDNESDAY)
    answers.texts.append(None)  # the name asked, cancelled
    _click(qtbot, page, "dutyHoliday")
    answers.texts.append("   ")  # an empty name
    _click(qtbot, page, "dutyHoliday")
    answers.texts.append("很长" * 11)  # a name too long
    _click(qtbot, page, "dutyHoliday")
    page.select_day(NATIONAL_DAY)
    answers.texts.append("国庆")
    _click(qtbot, page, "dutyHoliday")
    warns = answers.kinds("warn")
    assert len(warns) == 3 and "名称" in warns[0] and "太长" in warns[1]
    assert "法定节假日" in warns[2]
    assert _stored(window) in ({}, None) and _logged(window) == []

    # marked, but the roster is not made again: the calendar shows the mark, the shifts stay
    page.select_day(WEDNESDAY)
    answers.texts.append("临时休息")
    answers.confirm = False
    _click(qtbot, page, "dutyHoliday")
    assert _stored(window) == {"2026-10-14": "临时休息"} and len(_logged(window)) == 1
    assert set(page.day_table.column_texts(2)) == {"错时"}
    assert _cell(page, WEDNESDAY).off and "临时休息" in _cell(page, WEDNESDAY).text
    _click(qtbot, page, "dutyHoliday")  # unmark asked, answered no: the mark stays
    assert _stored(window) == {"2026-10-14": "临时休息"} and len(_logged(window)) == 1
