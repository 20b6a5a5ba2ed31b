"""The duty page labels an ordinary weekend 周末 and only a real holiday 节假日."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _shift_cells(page: Any) -> set[str]:
    return set(page.day_table.column_texts(2))  # Date, Grid, Shift …


def test_weekend_shift_is_not_a_holiday(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("duty")
    page = window.pages["duty"]
    page.month.setDate(QDate(2026, 10, 1))  # 国庆 (1–7), 调休 Saturday the 10th
    qtbot.mouseClick(page.findChild(QPushButton, "dutyGenerate"), Qt.MouseButton.LeftButton)
    assert answers.kinds("warn") == [] and page.shifts
    page.select_day(dt.date(2026, 10, 17))  # an ordinary Saturday
    assert _shift_cells(page) == {"周末"}
    page.select_day(dt.date(2026, 10, 3))  # a Saturday in 国庆
    assert _shift_cells(page) == {"节假日"}
    page.select_day(dt.date(2026, 10, 10))  # 调休上班
    assert _shift_cells(page) == {"错时"}
