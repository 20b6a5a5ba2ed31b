"""What every life-event form shares (the forms themselves: ``life_event_forms_people`` and
``life_event_forms_households``; their layouts: ``forms/life_*.ui``).

A form starts on the person or household selected on the register page, picked with a
searchable ``RecordPicker``; required fields are marked with * and OK stays disabled while one
is missing (the form says which, in red). OK asks a confirmation naming the person(s) when the
event archives someone, then does the event through ``life_events_ui.push_event`` (one
undoable step); a refused event says why and leaves the form open with what was typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QLabel, QWidget
from sqlalchemy.orm import Session

from gridapp.domain import relations
from gridapp.ui import dialogs_io
from gridapp.ui.checked_form import CheckedForm
from gridapp.ui.life_events_ui import push_event
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.pickers import RecordPicker

if TYPE_CHECKING:
    from gridapp.services.life_event_choices import Member
    from gridapp.services.life_events import EventResult
    from gridapp.ui.pages import AppContext

Work = Callable[[Session, str], "EventResult"]
T = TypeVar("T")
EMPTY = None  # the data of a combo's "— choose —" row


def member_label(member: Member) -> str:
    return f"{member.name}（{member.relation or '-'}）"


def fill_combo(combo: QComboBox, items: Sequence[tuple[str, Any]], choose: bool = True) -> None:
    """Items as (text, data); with ``choose`` a first "— choose —" row whose data is None, so
    nothing counts as chosen until the user chooses."""
    combo.blockSignals(True)
    combo.clear()
    if choose:
        combo.addItem(QCoreApplication.translate("LifeEvents", "— choose —"), EMPTY)
    for text, data in items:
        combo.addItem(text, data)
    combo.blockSignals(False)


def select_data(combo: QComboBox, data: Any) -> None:
    """Choose the row holding ``data`` (the "— choose —" row when none does)."""
    index = combo.findData(data) if data is not None else -1
    combo.setCurrentIndex(max(index, 0))


def relation_items(with_head: bool = False) -> list[tuple[str, str]]:
    words = relations.RELATIONS if with_head else relations.RELATIONS[1:]
    return [(word, word) for word in words]


def setup_date(edit: QDateEdit, earliest: dt.date | None = None) -> None:
    """A calendar that starts today and offers no day after it (nor before ``earliest``)."""
    today = QDate.currentDate()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(today)
    edit.setMinimumDate(QDate(earliest) if earliest else QDate(1900, 1, 1))
    edit.setDate(today)


def date_of(edit: QDateEdit) -> dt.date:
    value: dt.date = edit.date().toPython()  # type: ignore[assignment]
    return value


def missing_text(missing: list[str]) -> str:
    return QCoreApplication.translate("LifeEvents", ", ").join(missing)


def field_name(label: QLabel) -> str:
    """A form label without its required mark: what the "still needed" line names."""
    return label.text().rstrip(" *:：")


class EventDialog(CheckedForm):
    """A life-event form: ``missing`` names what is still needed, ``confirmation`` what an
    archiving event will do, ``event`` the undo text and the service call."""

    def __init__(self, ctx: AppContext, form: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = form
        form.setupUi(self)
        self.ok_button = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
        mark_writes(self.ok_button)
        form.buttons.accepted.connect(self.try_accept)
        form.buttons.rejected.connect(self.reject)
        self.done_event = False

    # ------------------------------------------------------------ building

    def read(self, query: Callable[..., T], *args: Any) -> T:
        """One read through the services on the read engine."""
        with Session(self.ctx.reader) as session:
            return query(session, *args)

    def add_picker(self, slot: QWidget, households: bool) -> RecordPicker:
        picker = RecordPicker(lambda: self.ctx.reader, households=households, parent=slot)
        picker.setObjectName("householdPicker" if households else "personPicker")
        layout = slot.layout()
        assert layout is not None
        layout.addWidget(picker)
        picker.picked.connect(lambda _hit: self.on_picked())
        picker.picked.connect(lambda _hit: picker.edit.home(False))  # 户号 and name first
        return picker

    def show_row(self, field: QWidget, shown: bool) -> None:
        self.ui.form.setRowVisible(field, shown)

    def watch(self, *widgets: QWidget) -> None:
        """Re-check the form whenever one of these changes."""
        for w in widgets:
            for signal in ("textChanged", "currentIndexChanged", "dateChanged", "itemChanged"):
                if hasattr(w, signal):
                    getattr(w, signal).connect(lambda *_a: self.refresh())
                    break

    # ------------------------------------------------------------ behaviour

    def on_picked(self) -> None:
        self.refresh()

    def missing(self) -> list[str]:
        return []

    def confirmation(self) -> str:
        return ""

    def life_event(self) -> tuple[str, Work]:
        raise NotImplementedError

    def refresh(self) -> None:
        missing = self.missing()
        self.ok_button.setEnabled(not missing)
        label: QLabel = self.ui.missingLabel
        label.setText(
            QCoreApplication.translate("LifeEvents", "Still needed: %1").replace(
                "%1", missing_text(missing)
            )
            if missing
            else ""
        )
        label.setVisible(bool(missing))

    def problems(self) -> list[str]:
        missing = self.missing()
        if not missing:
            return []
        text = QCoreApplication.translate("LifeEvents", "Still needed: %1")
        return [text.replace("%1", missing_text(missing))]

    def show_problems(self, problems: list[str]) -> None:
        if problems:  # the red line already shows them as they are typed
            dialogs_io.warn(self, self.windowTitle(), "\n".join(problems))

    def save(self) -> bool:
        undo_text, work = self.life_event()
        if push_event(self.ctx, self, self.windowTitle(), undo_text, work):
            self.done_event = True
            return True
        return False


def done(dialog: EventDialog) -> bool:
    """Show the form; True when its event was done."""
    dialog.exec()
    return dialog.done_event


def undo_note() -> str:
    return QCoreApplication.translate("LifeEvents", "This can be undone (Edit > Undo).")
