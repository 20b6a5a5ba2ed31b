"""The visits page: coverage, households due, quick entry by scanning a printed form's QR."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import Household, Visit
from gridapp.services.search import qr_text
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _count_visits(win: Any, hid: int) -> int:
    with Session(win.engine) as s:
        return int(
            s.scalar(select(func.count()).select_from(Visit).where(Visit.household_id == hid)) or 0
        )


def test_scan_a_form_and_record_the_visit(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("visits")
    page = window.pages["visits"]
    assert page.due_table.rowCount() > 0
    assert page.cycle_label.text()
    # the first due household is one a group needs visited every cycle
    assert page.due_table.column_texts(3)[0]
    with Session(window.engine) as s:
        hid = page.due_table.row_keys()[0]
        h = s.get(Household, hid)
        assert h is not None
        uuid, number = h.uuid, h.number
    before = _count_visits(window, hid)

    qtbot.keyClicks(page.qr_edit, qr_text(uuid))
    qtbot.keyClick(page.qr_edit, Qt.Key.Key_Return)
    dialog = page.visit_dialog
    assert dialog is not None and dialog.isVisible()
    assert page.entry_household == hid
    assert number in dialog.ui.householdNumber.text()
    # Chinese arrives through the input method, not as key presses
    dialog.ui.visitNotes.insertPlainText("老人身体尚好")
    dialog.rows["requests"].boxes["有"].setChecked(True)
    dialog.rows["requests"].detail.setText("希望安装扶手")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveVisit"), Qt.MouseButton.LeftButton)

    assert answers.shown == []
    assert not dialog.isVisible()
    assert _count_visits(window, hid) == before + 1
    with Session(window.engine) as s:
        v = s.scalars(
            select(Visit).where(Visit.household_id == hid).order_by(Visit.id.desc())
        ).first()
        assert v is not None
        assert v.situation == "老人身体尚好" and v.requests == "有：希望安装扶手"
        assert v.visited_on == dt.date.today()
    # the household left the list of those due, and the history shows the visit
    assert hid not in page.due_table.row_keys()
    assert page.visit_dialog is None
    assert number in page.history.column_texts(1)


def test_unknown_or_garbled_scan_is_refused(qtbot: QtBot, window: Any, answers: Answers) -> None:
    window.show_page("visits")
    page = window.pages["visits"]
    for text in ("GRIDAPP:H:00000000-0000-0000-0000-000000000000", "GRIDAPP:H:nonsense", "x"):
        page.qr_edit.setText(text)
        qtbot.keyClick(page.qr_edit, Qt.Key.Key_Return)
    assert len(answers.kinds("warn")) == 3
    assert page.entry_household is None
    assert page.visit_dialog is None


def test_household_number_opens_the_entry_and_future_date_is_refused(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    window.show_page("visits")
    page = window.pages["visits"]
    hid = page.due_table.row_keys()[0]
    with Session(window.engine) as s:
        h = s.get(Household, hid)
        assert h is not None
        number = h.number
    page.qr_edit.setText(number)
    qtbot.keyClick(page.qr_edit, Qt.Key.Key_Return)
    assert page.entry_household == hid
    dialog = page.visit_dialog
    before = _count_visits(window, hid)
    # the calendar offers no day after today; no visitor chosen: the form says so and stays
    dialog.ui.visitDate.setDate(dialog.ui.visitDate.date().addDays(3))
    assert dialog.visit_date() <= dt.date.today()
    dialog.ui.visitVisitor.setCurrentIndex(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveVisit"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "visitor" in dialog.ui.problemLabel.text()
    assert _count_visits(window, hid) == before
    assert page.entry_household == hid  # the form stays open to correct


def test_coverage_and_filter_state_are_remembered(qtbot: QtBot, window: Any) -> None:
    from gridapp.ui.main_window import MainWindow

    window.show_page("visits")
    page = window.pages["visits"]
    assert page.bars_layout.count() > 3
    page.grid_box.setCurrentIndex(2)
    grid = page.grid_box.currentData()
    page.tabs.setCurrentIndex(1)
    window.save_window_state()
    other = MainWindow(window.path)
    qtbot.addWidget(other)
    other.show_page("visits")
    assert other.pages["visits"].grid_box.currentData() == grid
    assert other.pages["visits"].tabs.currentIndex() == 1
    other.close()


def test_record_a_visit_from_the_household_pane(qtbot: QtBot, window: Any) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTableView

    window.show_page("register")
    view = window.findChild(QTableView, "registerView")
    view.selectRow(3)
    hid = window.register_page.current_household_id()
    assert hid is not None
    action = window.findChild(QAction, "visit-record")
    assert action is not None and action.isEnabled()
    action.trigger()
    assert window.current_page() == "visits"
    assert window.pages["visits"].entry_household == hid


def test_page_refreshes_read_while_another_program_holds_the_write_lock(
    qtbot: QtBot, window: Any, demo_db: Path
) -> None:
    """A refresh reads on the read-only connection: a CLI import holding the write lock (here
    a plain sqlite3 BEGIN IMMEDIATE) neither blocks it nor makes it fail."""
    import sqlite3

    from gridapp.ui.pages.support import WorkPage

    pages = [window.pages[name] for name in list(window.pages)]
    work_pages = [p for p in pages if isinstance(p, WorkPage)]
    assert len(work_pages) >= 4
    writer = sqlite3.connect(demo_db, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        for page in work_pages:
            page.reload()  # on the write connection: "database is locked" after 5 s
    finally:
        writer.execute("ROLLBACK")
        writer.close()
