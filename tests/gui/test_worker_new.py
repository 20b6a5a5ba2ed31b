"""The settings page's "Add worker…": one form (forms/worker_new.ui) with the grid shown, the name
required, the phone checked and the role from the list; what is missing or wrong is named in the
form and nothing is saved; a good worker is added to the chosen grid and listed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db.models import Worker
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _open_form(qtbot: QtBot, window: Any) -> tuple[Any, Any]:
    window.show_page("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.ui.workersTab))
    page.worker_grid.setCurrentIndex(page.worker_grid.count() - 1)
    button = page.findChild(QPushButton, "workerAdd")
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.worker_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.workerGridName.text() == page.worker_grid.currentText()
    return page, dialog


def _ok(qtbot: QtBot, dialog: Any) -> None:
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _count(window: Any) -> int:
    with Session(window.engine) as s:
        return int(s.scalar(select(func.count()).select_from(Worker)) or 0)


def test_a_worker_is_added_with_name_phone_and_role(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    page, dialog = _open_form(qtbot, window)
    grid = page.worker_grid.currentData()
    roles = [dialog.ui.workerRole.itemText(i) for i in range(dialog.ui.workerRole.count())]
    assert {"网格长", "网格员", "专职网格员"} <= set(roles)
    assert dialog.ui.workerRole.currentText() == "网格员"
    dialog.ui.workerName.setText(" 新来的 ")
    dialog.ui.workerPhone.setText("138-0000-1234")
    dialog.ui.workerRole.setCurrentIndex(roles.index("专职网格员"))
    _ok(qtbot, dialog)
    assert not dialog.isVisible() and answers.kinds("warn") == []
    with Session(window.engine) as s:
        worker = s.scalars(select(Worker).where(Worker.name == "新来的")).one()
        assert (worker.area_id, worker.phone, worker.role) == (grid, "13800001234", "专职网格员")
    names = [page.workers.text(r, 0) for r in range(page.workers.rowCount())]
    assert "新来的" in names


def test_no_name_or_a_bad_phone_is_named_and_nothing_saved(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    before = _count(window)
    _page, dialog = _open_form(qtbot, window)
    _ok(qtbot, dialog)  # nothing typed
    assert dialog.isVisible() and "name" in dialog.ui.problemLabel.text()
    dialog.ui.workerName.setText("   ")
    dialog.ui.workerPhone.setText("12345")
    _ok(qtbot, dialog)
    problem = dialog.ui.problemLabel.text()
    assert dialog.isVisible() and "name" in problem and "12345" in problem
    dialog.ui.workerName.setText("新来的")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "name" not in dialog.ui.problemLabel.text()
    assert _count(window) == before
    dialog.ui.workerPhone.setText("")  # the phone may be left empty
    _ok(qtbot, dialog)
    assert not dialog.isVisible() and _count(window) == before + 1
    assert answers.kinds("warn") == []


def test_cancel_adds_nobody(qtbot: QtBot, window: Any, answers: Answers) -> None:
    before = _count(window)
    _page, dialog = _open_form(qtbot, window)
    dialog.ui.workerName.setText("新来的")
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and _count(window) == before
