"""Driving the work-record forms like a user: pick a household in a RecordPicker, fill the
new-issue and new-errand dialogs, click their buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


def pick_household(picker: Any, number: str) -> None:
    """Type the 户号 (setText: the search runs on what is typed) and pick the first hit."""
    picker.edit.setText(number)
    picker.edit.textEdited.emit(number)
    picker.run_search()
    assert picker.hits(), f"no household found for {number}"
    picker.pick(0)


def click(qtbot: QtBot, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_new_issue(qtbot: QtBot, page: Any) -> Any:
    click(qtbot, page.findChild(QPushButton, "newIssue"))
    dialog = page.issue_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def register_issue(
    qtbot: QtBot, page: Any, title: str, category: str, number: str | None = None
) -> Any:
    """Fill the new-issue form (a household by 户号, or a public area in the first grid)."""
    dialog = open_new_issue(qtbot, page)
    if number is not None:
        pick_household(dialog.picker, number)
    else:
        dialog.ui.publicArea.setChecked(True)
        dialog.ui.issueGrid.setCurrentIndex(1)
    dialog.ui.issueTitle.setText(title)
    dialog.ui.issueCategory.setCurrentIndex(dialog.ui.issueCategory.findText(category))
    click(qtbot, dialog.ok_button())
    return dialog


def open_new_errand(qtbot: QtBot, page: Any) -> Any:
    click(qtbot, page.findChild(QPushButton, "newService"))
    dialog = page.errand_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_errand(dialog: Any, number: str, person_id: int, errand: str) -> None:
    pick_household(dialog.picker, number)
    person = dialog.ui.errandPerson.findData(person_id)
    assert person > 0, "the person is not offered among the household's members"
    dialog.ui.errandPerson.setCurrentIndex(person)
    dialog.ui.errandKind.setCurrentIndex(dialog.ui.errandKind.findData(errand))
