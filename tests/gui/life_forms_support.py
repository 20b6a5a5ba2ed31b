"""Driving the life-event forms in tests: the next form the window opens is filled by a
function (as a user would: setText, setCurrentIndex, setDate, ticks) and its OK clicked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from gridapp.ui.life_event_forms import EventDialog
from gridapp.ui.widgets.pickers import RecordPicker

Fill = Callable[[Any], Any]


class Forms:
    """Each ``fill`` answers one form, in order; ``seen`` keeps the forms shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.fills: list[Fill] = []
        self.seen: list[Any] = []
        monkeypatch.setattr(EventDialog, "exec", lambda dialog: self._exec(dialog))

    def next(self, fill: Fill) -> None:
        self.fills.append(fill)

    def _exec(self, dialog: Any) -> int:
        dialog.show()
        self.seen.append(dialog)
        fill = self.fills.pop(0)
        if fill(dialog) is not False:  # False: the user cancels (or the test clicks itself)
            ok(dialog)
        if dialog.isVisible():
            dialog.reject()
        return int(dialog.result())


def ok(dialog: Any) -> None:
    """Click OK like a user (a disabled OK does nothing)."""
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def choose_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, (data, [combo.itemData(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def pick(picker: RecordPicker, text: str, which: Callable[[Any], bool]) -> None:
    """Type into a picker and pick the first row of the drop-down that ``which`` accepts."""
    picker.edit.setText(text)
    picker.edit.textEdited.emit(text)
    picker.run_search()
    rows = [i for i, hit in enumerate(picker.hits()) if which(hit)]
    assert rows, [h.name for h in picker.hits()]
    picker.pick(rows[0])


@pytest.fixture
def forms(monkeypatch: pytest.MonkeyPatch) -> Forms:
    return Forms(monkeypatch)
