"""At 1366x768 the groups page shows the group's own columns (月保障金额) whole."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def test_own_columns_fit_at_1366(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("groups")
    page = window.pages["groups"]
    page.select_group("dibao")
    qtbot.wait(50)
    table = page.members
    header = table.horizontalHeader()
    labels = [table.model().headerData(c, header.orientation()) for c in range(table.columnCount())]
    assert labels[-1] == "Needs" and len(labels) > 9  # the group's own fields are there
    view = table.viewport().width()
    for c in range(table.columnCount() - 1):  # the last one stretches into what is left
        assert header.sectionViewportPosition(c) + table.columnWidth(c) <= view, labels[c]
        assert table.columnWidth(c) >= header.sectionSizeFromContents(c).width() - 1, labels[c]
