"""Household and person dialogs with live validation; their layouts are forms/person_dialog.ui
and forms/household_dialog.ui, the classes keep the behaviour.

The ID number fills gender, birth date and age while typing and flags a bad check character;
phones are checked as typed; required fields are marked with *; OK stays disabled until the
form is valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from gridapp.db import vocab
from gridapp.domain import idcard, phone, relations
from gridapp.services.history_text import Line
from gridapp.ui.generated.ui_household_dialog import Ui_HouseholdDialog
from gridapp.ui.generated.ui_person_dialog import Ui_PersonDialog

OK_STYLE = "color: #2e7d32;"
BAD_STYLE = "color: #c62828;"


def id_feedback(raw: str, today: dt.date | None = None) -> tuple[bool, str, idcard.IdInfo | None]:
    """(acceptable, message, parsed info) for what is typed so far in an ID field."""
    number = idcard.normalize(raw)
    if not number:
        return True, "", None
    if len(number) == 18 and number[:17].isdigit():
        try:
            info = idcard.parse(number, today)
        except idcard.IdNumberError as exc:
            if exc.problem == idcard.IdProblem.BAD_CHECK:
                expected = idcard.check_char(number[:17])
                return False, f"{exc}（末位应为 {expected}）", None
            return False, str(exc), None
        return True, "", info
    problem = idcard.problem(number, today)
    if problem is None:
        return True, "", None
    if len(number) < 18 and number.isdigit() and problem != idcard.IdProblem.LEGACY_15:
        return False, f"{len(number)}/18", None  # still typing
    return False, idcard.PROBLEM_TEXT[problem], None


def phone_feedback(raw: str) -> tuple[bool, str]:
    numbers = phone.split(raw) if raw.strip() else []
    bad = [n for n in numbers if not phone.is_valid(phone.normalize(n))]
    if bad:
        return False, f"号码格式不对：{'、'.join(bad)}"
    return True, ""


def date_feedback(raw: str) -> tuple[bool, dt.date | None]:
    text = raw.strip()
    if not text:
        return True, None
    try:
        return True, dt.date.fromisoformat(text)
    except ValueError:
        return False, None


def _combo(items: tuple[str, ...] | list[str], current: str, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.addItem("")
    box.addItems(list(items))
    box.setEditable(editable)
    if current and box.findText(current) < 0:
        box.addItem(current)
    box.setCurrentText(current or "")
    return box


def _text(values: dict[str, Any], key: str) -> str:
    return values.get(key) or ""


def form_rows(*rows: tuple[str, QWidget]) -> QFormLayout:
    """A form of (label, field) rows; an empty label gives the field the whole row."""
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    return form


def save_cancel_buttons(dialog: QDialog, save: str, cancel: str) -> QDialogButtonBox:
    """OK and Cancel, with the dialog's own words, accepting and rejecting the dialog."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def fill_combo(
    box: QComboBox, items: tuple[str, ...] | list[str], current: str, blank: bool = True
) -> None:
    """A form's combo box filled with a vocabulary (an empty first choice unless ``blank`` is
    False); a stored value outside it is kept as a choice of its own."""
    box.clear()
    if blank:
        box.addItem("")
    box.addItems(list(items))
    if current and box.findText(current) < 0:
        box.addItem(current)
    box.setCurrentText(current or "")


EMPTY_DATE = QDate(1900, 1, 1)  # a QDateEdit's minimum: shown as its "not recorded" text


class OptionalDate(QObject):
    """Makes a form's QDateEdit (calendar popup, yyyy-MM-dd, its minimum shown as the form's
    "not recorded" text) hold an optional date: ``value()`` is None at the minimum; an empty
    one opens its calendar on today's month rather than on 1900."""

    def __init__(self, edit: QDateEdit, value: dt.date | None, today: dt.date) -> None:
        super().__init__(edit)
        self.edit = edit
        self.today = today
        edit.setMinimumDate(EMPTY_DATE)
        last = max(today, value) if value else today  # a stored date is never changed by opening
        edit.setMaximumDate(QDate(last.year, last.month, last.day))
        self.set(value)
        calendar = edit.calendarWidget()
        popup = calendar.window() if calendar is not None else None
        if popup is not None:
            popup.installEventFilter(self)  # the calendar's popup window

    def set(self, value: dt.date | None) -> None:
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else EMPTY_DATE)

    def value(self) -> dt.date | None:
        d = self.edit.date()
        return None if d <= EMPTY_DATE else dt.date(d.year(), d.month(), d.day())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            calendar = self.edit.calendarWidget()
            if calendar is not None:
                calendar.setCurrentPage(self.today.year, self.today.month)
        return False


def name_buttons(dialog: QDialog, buttons: QDialogButtonBox, save: str, cancel: str) -> None:
    """A form's OK and Cancel, with the dialog's own words, accepting and rejecting it."""
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)


class PersonDialog(QDialog):
    """Edit or enter a person (``forms/person_dialog.ui``). ``values()`` gives the fields as the
    services take them."""

    def __init__(
        self, values: dict[str, Any] | None = None, parent: QWidget | None = None, new: bool = False
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        v = dict(values or {})
        self.original = v
        self.setWindowTitle(self.tr("New person") if new else self.tr("Edit person"))
        self.today = dt.date.today()
        self._adopt_widgets()
        self._fill(v)
        name_buttons(self, self.buttons, self.tr("Save"), self.tr("Cancel"))
        for edit in (self.name, self.id_number, self.phone, self.phone_other):
            edit.textChanged.connect(self.validate)
        self.birth.dateChanged.connect(self.validate)
        self.relation.currentTextChanged.connect(self.validate)
        self.validate()

    def _adopt_widgets(self) -> None:
        ui = self.ui
        self.name, self.former_name, self.id_number = ui.nameEdit, ui.formerNameEdit, ui.idEdit
        self.id_hint, self.gender, self.birth, self.age = (
            ui.idHint,
            ui.genderBox,
            ui.birthEdit,
            ui.ageLabel,
        )
        self.ethnicity, self.relation, self.category = (
            ui.ethnicityBox,
            ui.relationBox,
            ui.categoryBox,
        )
        self.moved_in = ui.movedInEdit
        self.phone, self.phone_hint, self.phone_other = (
            ui.phoneEdit,
            ui.phoneHint,
            ui.phoneOtherEdit,
        )
        self.political, self.education, self.marital = (
            ui.politicalBox,
            ui.educationBox,
            ui.maritalBox,
        )
        self.health, self.occupation, self.employer = (
            ui.healthBox,
            ui.occupationEdit,
            ui.employerEdit,
        )
        self.hukou_address, self.notes, self.buttons = ui.hukouEdit, ui.notesEdit, ui.buttons

    def _fill(self, v: dict[str, Any]) -> None:
        for edit, key in (
            (self.name, "name"), (self.former_name, "former_name"), (self.id_number, "id_number"),
            (self.phone, "phone"), (self.phone_other, "phone_other"),
            (self.occupation, "occupation"), (self.employer, "employer"),
            (self.hukou_address, "hukou_address"),
        ):  # fmt: skip
            edit.setText(_text(v, key))
        self.notes.setPlainText(_text(v, "notes"))
        fill_combo(self.gender, vocab.GENDERS, _text(v, "gender"))
        fill_combo(self.ethnicity, vocab.ETHNICITIES, v.get("ethnicity") or "汉族")
        fill_combo(self.relation, relations.RELATIONS, _text(v, "relation"))
        fill_combo(self.category, vocab.PERSON_CATEGORIES, v.get("category") or "户籍人口")
        fill_combo(self.political, vocab.POLITICAL, _text(v, "political"))
        fill_combo(self.education, vocab.EDUCATION, _text(v, "education"))
        fill_combo(self.marital, vocab.MARITAL, _text(v, "marital"))
        fill_combo(self.health, vocab.HEALTH, _text(v, "health"))
        self.birth_date = OptionalDate(self.birth, v.get("birth_date"), self.today)
        self.moved_in_on = OptionalDate(self.moved_in, v.get("moved_in_on"), self.today)

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def validate(self) -> bool:
        ok = bool(self.name.text().strip()) and bool(self.relation.currentText())
        id_ok, message, info = id_feedback(self.id_number.text(), self.today)
        if info is not None:
            self.gender.setCurrentText(info.gender)
            self.birth_date.set(info.birth_date)
            self.id_hint.setText(
                self.tr("Valid: %1, born %2")
                .replace("%1", info.gender)
                .replace("%2", info.birth_date.isoformat())
            )
            self.id_hint.setStyleSheet(OK_STYLE)
        else:
            self.id_hint.setText(message)
            self.id_hint.setStyleSheet(BAD_STYLE if not id_ok or message else "")
        derived = info is not None
        self.gender.setEnabled(not derived)
        self.birth.setReadOnly(derived)  # the ID number says it
        born = self.birth_date.value()
        self.age.setText(str(idcard.age_at(born, self.today)) if born else "")
        phone_ok, phone_msg = phone_feedback(self.phone.text())
        other_ok, other_msg = phone_feedback(self.phone_other.text())
        self.phone_hint.setText(phone_msg or other_msg)
        self.phone_hint.setStyleSheet(BAD_STYLE)
        ok = ok and id_ok and phone_ok and other_ok
        for hint in (self.id_hint, self.phone_hint):
            hint.setVisible(bool(hint.text()))
        self.ok_button().setEnabled(ok)
        return ok

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name.text().strip(),
            "former_name": self.former_name.text().strip(),
            "id_number": idcard.normalize(self.id_number.text()),
            "gender": self.gender.currentText(),
            "birth_date": self.birth_date.value(),
            "ethnicity": self.ethnicity.currentText(),
            "relation": self.relation.currentText(),
            "category": self.category.currentText(),
            "moved_in_on": self.moved_in_on.value(),
            "phone": self.phone.text().strip(),
            "phone_other": self.phone_other.text().strip(),
            "political": self.political.currentText(),
            "education": self.education.currentText(),
            "marital": self.marital.currentText(),
            "health": self.health.currentText(),
            "occupation": self.occupation.text().strip(),
            "employer": self.employer.text().strip(),
            "hukou_address": self.hukou_address.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
        if out["phone"]:
            out["phone"] = phone.normalize(out["phone"])
        return out

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the values the dialog was opened with."""
        return {
            k: v for k, v in self.values().items() if (self.original.get(k) or None) != (v or None)
        }


class HouseholdDialog(QDialog):
    """Edit a household, or enter a new one with its head (``forms/household_dialog.ui``).
    ``grids``: the grids a household can be put in, (id, "社区 › 网格") as
    ``services.choices.household_grid_choices`` names them."""

    def __init__(
        self,
        values: dict[str, Any] | None,
        grids: list[tuple[int, str]],
        parent: QWidget | None = None,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HouseholdDialog()
        self.ui.setupUi(self)
        v = dict(values or {})
        self.original = v
        self.new = new
        self.setWindowTitle(self.tr("New household") if new else self.tr("Edit household"))
        self._adopt_widgets()
        self._fill(v, grids)
        self.ui.headBox.setVisible(new)
        self.resize(self.width(), self.sizeHint().height())  # no gap where the head box was
        name_buttons(self, self.buttons, self.tr("Save"), self.tr("Cancel"))
        for edit in (
            self.address,
            self.landlord_phone,
            self.head_name,
            self.head_id,
            self.head_phone,
        ):
            edit.textChanged.connect(self.validate)
        self.grid.currentIndexChanged.connect(self.validate)
        self.validate()

    def _adopt_widgets(self) -> None:
        ui = self.ui
        self.number, self.grid, self.address = ui.numberEdit, ui.gridBox, ui.addressEdit
        self.kind, self.housing, self.owner = ui.kindBox, ui.housingBox, ui.ownerEdit
        self.landlord, self.landlord_phone = ui.landlordEdit, ui.landlordPhoneEdit
        self.phone_hint, self.hazards, self.notes = ui.phoneHint, ui.hazardsEdit, ui.notesEdit
        self.head_name, self.head_id = ui.headNameEdit, ui.headIdEdit
        self.head_hint, self.head_phone, self.buttons = ui.headHint, ui.headPhoneEdit, ui.buttons
        self.phone_hint.setStyleSheet(BAD_STYLE)

    def _fill(self, v: dict[str, Any], grids: list[tuple[int, str]]) -> None:
        self.grid.addItem("", None)
        for gid, name in grids:
            self.grid.addItem(name, gid)
            self.grid.setItemData(self.grid.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if v.get("grid_id") is not None:
            self.grid.setCurrentIndex(max(0, self.grid.findData(v["grid_id"])))
        for edit, key in (
            (self.number, "number"), (self.address, "address"), (self.owner, "owner"),
            (self.landlord, "landlord"), (self.landlord_phone, "landlord_phone"),
            (self.hazards, "hazards"),
        ):  # fmt: skip
            edit.setText(v.get(key) or "")
        self.notes.setPlainText(v.get("notes") or "")
        fill_combo(self.kind, vocab.HOUSEHOLD_KINDS, v.get("kind") or "家庭户")
        fill_combo(self.housing, vocab.HOUSING, v.get("housing") or "自住")

    def validate(self) -> bool:
        ok = bool(self.address.text().strip()) and self.grid.currentData() is not None
        phone_ok, msg = phone_feedback(self.landlord_phone.text())
        if self.new:
            ok = ok and bool(self.head_name.text().strip())
            id_ok, id_msg, _info = id_feedback(self.head_id.text())
            head_phone_ok, head_msg = phone_feedback(self.head_phone.text())
            self.head_hint.setText(id_msg or head_msg)
            self.head_hint.setStyleSheet(BAD_STYLE)
            ok = ok and id_ok and head_phone_ok
        self.phone_hint.setText(msg)
        for hint in (self.phone_hint, self.head_hint):
            hint.setVisible(bool(hint.text()))
        ok = ok and phone_ok
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def values(self) -> dict[str, Any]:
        return {
            "number": self.number.text().strip(),
            "grid_id": self.grid.currentData(),
            "address": self.address.text().strip(),
            "kind": self.kind.currentText(),
            "housing": self.housing.currentText(),
            "owner": self.owner.text().strip(),
            "landlord": self.landlord.text().strip(),
            "landlord_phone": self.landlord_phone.text().strip(),
            "hazards": self.hazards.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }

    def changes(self) -> dict[str, Any]:
        return {
            k: v for k, v in self.values().items() if (self.original.get(k) or None) != (v or None)
        }

    def head(self) -> dict[str, Any] | None:
        if not self.new or not self.head_name.text().strip():
            return None
        out: dict[str, Any] = {"name": self.head_name.text().strip(), "relation": relations.HEAD}
        if self.head_id.text().strip():
            out["id_number"] = idcard.normalize(self.head_id.text())
        if self.head_phone.text().strip():
            out["phone"] = phone.normalize(self.head_phone.text())
        return out


class HistoryDialog(QDialog):
    """Who changed what and when, for one person or household: the lines of
    ``services.history_text`` (names, 户号, Chinese labels and values), newest first."""

    MAX_COLUMN = 260  # px: a long action or value wraps instead of pushing the table wide

    def __init__(
        self,
        title: str,
        subject: str,
        lines: Sequence[Line],
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

        from gridapp.ui.generated.ui_history import Ui_HistoryDialog

        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.setObjectName("historyDialog")
        self.setWindowTitle(title)
        self.ui.subject.setText(subject)
        self.ui.subject.setVisible(bool(subject))
        close = self.ui.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.ui.buttons.rejected.connect(self.reject)
        table = self.table = self.ui.historyTable
        table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, value in enumerate(
                (line.when, line.who, line.what, line.field, line.old, line.new)
            ):
                item = QTableWidgetItem(value)
                item.setToolTip(value if len(value) > 20 else "")
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.resizeColumnsToContents()
        for c in range(table.columnCount() - 1):
            table.setColumnWidth(c, min(table.columnWidth(c), self.MAX_COLUMN))
        header.setStretchLastSection(True)
        table.resizeRowsToContents()

    def lines_shown(self) -> list[str]:
        """Each row as the user reads it (tests)."""
        table = self.table
        return [
            " ".join(
                item.text()
                for c in range(table.columnCount())
                if (item := table.item(r, c)) is not None and item.text()
            )
            for r in range(table.rowCount())
        ]
