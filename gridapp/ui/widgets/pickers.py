"""Searchable pickers for a person or a household: the user types a name, pinyin (full or
initials), a 户号, part of an ID number, a phone or an address, and picks one of the persons the
register's own search lists (``services.search.search``: the same matches and ranking as the
search box). Typing never stores a guess: until a row is picked, ``current()`` is None, and the
field says so in red.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from gridapp.services import search
from gridapp.services.search import Hit

_DEBOUNCE_MS = 150  # a search per pause in typing, not per key
_LIMIT = 30


def hit_label(hit: Hit, households: bool) -> str:
    """One line that tells two look-alike records apart: 户号, name, address (and ID tail)."""
    tail = f"…{hit.id_number[-4:]}" if len(hit.id_number) >= 4 else ""
    if households:
        return "  ".join(p for p in (hit.household or "—", hit.name, hit.address) if p)
    return "  ".join(p for p in (hit.name, tail, hit.household, hit.address) if p)


class RecordPicker(QWidget):
    """A line edit with a drop-down of matching persons (or households, one line each).

    ``picked`` is emitted with the chosen ``Hit`` (None when the text no longer names one)."""

    picked = Signal(object)

    def __init__(
        self,
        reader: Callable[[], Engine],
        households: bool = False,
        include_archived: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._households = households
        self._include_archived = include_archived
        self._hits: list[Hit] = []
        self._current: Hit | None = None
        self.edit = QLineEdit(self)
        self.edit.setObjectName("picker_edit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Type 户号, name, pinyin or address") if households
            else self.tr("Type name, pinyin, ID, phone or 户号")
        )  # fmt: skip
        self.hint = QLabel(self)
        self.hint.setObjectName("picker_hint")
        self.hint.setWordWrap(True)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[str].connect(self._on_activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.edit.textEdited.connect(self._on_edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.hint)
        self.hint.hide()

    # ------------------------------------------------------------ reading

    def current(self) -> Hit | None:
        return self._current

    def person_id(self) -> int | None:
        return self._current.person_id if self._current else None

    def household_id(self) -> int | None:
        return self._current.household_id if self._current else None

    def hits(self) -> list[Hit]:
        """What the drop-down lists now (tests and the keyboard pick from it)."""
        return list(self._hits)

    # ------------------------------------------------------------ choosing

    def set_person(self, person_id: int | None) -> None:
        """Start on this person (the selected row), or on nothing."""
        with Session(self._reader()) as session:
            hit = search.hit_of_person(session, person_id) if person_id else None
        self.set_hit(hit)

    def set_household(self, household_id: int | None) -> None:
        with Session(self._reader()) as session:
            hit = search.hit_of_household(session, household_id) if household_id else None
        self.set_hit(hit)

    def set_hit(self, hit: Hit | None) -> None:
        self._current = hit
        self.edit.setText(hit_label(hit, self._households) if hit else "")
        self._show_state()
        self.picked.emit(hit)

    def pick(self, row: int) -> None:
        """Choose the drop-down's row ``row`` (what a click or Enter on it does)."""
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()
        self.set_hit(self._hits[row])

    def _on_activated(self, text: str) -> None:
        labels = [hit_label(h, self._households) for h in self._hits]
        if text in labels:
            # Deferred: QCompleter writes the row's text into the edit after this signal.
            row = labels.index(text)
            QTimer.singleShot(0, lambda: self.pick(row))

    def _on_edited(self, _text: str) -> None:
        if self._current is not None:
            self._current = None
            self.picked.emit(None)
        self._show_state()
        self._timer.start()

    def run_search(self) -> None:
        """Search now for what is typed (the timer does this after a pause)."""
        self._timer.stop()
        text = self.edit.text().strip()
        hits: list[Hit] = []
        if text:
            with Session(self._reader()) as session:
                found = search.search(session, text, _LIMIT * 3, self._include_archived)
            hits = self._one_per_household(found) if self._households else found[:_LIMIT]
        self._hits = hits
        self._model.setStringList([hit_label(h, self._households) for h in hits])
        self._show_state()
        if hits and self.edit.hasFocus():
            self.completer.complete()

    @staticmethod
    def _one_per_household(found: list[Hit]) -> list[Hit]:
        seen: set[int] = set()
        out: list[Hit] = []
        for hit in found:
            if hit.household_id is None or hit.household_id in seen:
                continue
            seen.add(hit.household_id)
            out.append(hit)
        return out[:_LIMIT]

    def _show_state(self) -> None:
        typed = bool(self.edit.text().strip())
        if self._current is not None or not typed:
            self.hint.hide()
            self.edit.setStyleSheet("")
            return
        self.hint.setText(
            self.tr("Nothing found for this text") if not self._hits and not self._timer.isActive()
            else self.tr("Pick one from the list")
        )  # fmt: skip
        self.hint.setStyleSheet("color: #b00020;")
        self.hint.show()
