"""Household and person dialogs with live validation (built in code; no Designer file needed).

The ID number fills gender, birth date and age while typing and flags a bad check character;
phones are checked as typed; required fields are marked with *; OK stays disabled until the
form is valid.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gridapp.db import vocab
from gridapp.domain import idcard, phone, relations
from gridapp.services.history_text import Line

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


class PersonDialog(QDialog):
    """Edit or enter a person. ``values()`` gives the fields as the services take them."""

    def __init__(
        self, values: dict[str, Any] | None = None, parent: QWidget | None = None, new: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        v = dict(values or {})
        self.original = v
        self.setWindowTitle(self.tr("New person") if new else self.tr("Edit person"))
        self.today = dt.date.today()

        self._build_left(v)
        self._build_right(v)
        self.notes = QPlainTextEdit(_text(v, "notes"))
        self.notes.setFixedHeight(60)
        grid = QGridLayout()
        grid.addLayout(self._left_form(), 0, 0)
        grid.addLayout(self._right_form(), 0, 1)
        grid.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes)
        self.buttons = save_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        for edit in (self.name, self.id_number, self.birth, self.phone, self.phone_other):
            edit.textChanged.connect(self.validate)
        self.relation.currentTextChanged.connect(self.validate)
        self.setMinimumWidth(760)
        self.validate()

    def _build_left(self, v: dict[str, Any]) -> None:
        """Who the person is: name, ID number (with its hint), birth, relation to the head."""
        self.name = QLineEdit(_text(v, "name"))
        self.name.setObjectName("nameEdit")
        self.former_name = QLineEdit(_text(v, "former_name"))
        self.id_number = QLineEdit(_text(v, "id_number"))
        self.id_number.setObjectName("idEdit")
        self.id_number.setMaxLength(20)
        self.id_hint = QLabel()
        self.id_hint.setObjectName("idHint")
        self.gender = _combo(vocab.GENDERS, _text(v, "gender"))
        born = v.get("birth_date")
        self.birth = QLineEdit(born.isoformat() if born else "")
        self.birth.setPlaceholderText("YYYY-MM-DD")
        self.age = QLabel()
        self.age.setObjectName("ageLabel")
        self.ethnicity = _combo(vocab.ETHNICITIES, v.get("ethnicity") or "汉族")
        self.relation = _combo(relations.RELATIONS, _text(v, "relation"), editable=False)
        self.relation.setObjectName("relationBox")
        self.category = _combo(vocab.PERSON_CATEGORIES, v.get("category") or "户籍人口")

    def _build_right(self, v: dict[str, Any]) -> None:
        """How to reach the person, and the rest of the register's fields."""
        self.phone = QLineEdit(_text(v, "phone"))
        self.phone.setObjectName("phoneEdit")
        self.phone_hint = QLabel()
        self.phone_hint.setObjectName("phoneHint")
        self.phone_other = QLineEdit(_text(v, "phone_other"))
        self.political = _combo(vocab.POLITICAL, _text(v, "political"))
        self.education = _combo(vocab.EDUCATION, _text(v, "education"))
        self.marital = _combo(vocab.MARITAL, _text(v, "marital"))
        self.health = _combo(vocab.HEALTH, _text(v, "health"), editable=True)
        self.occupation = QLineEdit(_text(v, "occupation"))
        self.employer = QLineEdit(_text(v, "employer"))
        self.hukou_address = QLineEdit(_text(v, "hukou_address"))

    def _left_form(self) -> QFormLayout:
        return form_rows(
            (self.tr("Name *"), self.name),
            (self.tr("Former name"), self.former_name),
            (self.tr("ID number"), self.id_number),
            ("", self.id_hint),
            (self.tr("Gender"), self.gender),
            (self.tr("Birth date"), self.birth),
            (self.tr("Age"), self.age),
            (self.tr("Ethnicity"), self.ethnicity),
            (self.tr("Relation to head *"), self.relation),
            (self.tr("Category"), self.category),
        )

    def _right_form(self) -> QFormLayout:
        return form_rows(
            (self.tr("Phone"), self.phone),
            ("", self.phone_hint),
            (self.tr("Other phones"), self.phone_other),
            (self.tr("Political status"), self.political),
            (self.tr("Education"), self.education),
            (self.tr("Marital status"), self.marital),
            (self.tr("Health"), self.health),
            (self.tr("Occupation"), self.occupation),
            (self.tr("Employer or school"), self.employer),
            (self.tr("Registered address"), self.hukou_address),
        )

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def validate(self) -> bool:
        ok = bool(self.name.text().strip()) and bool(self.relation.currentText())
        id_ok, message, info = id_feedback(self.id_number.text(), self.today)
        if info is not None:
            self.gender.setCurrentText(info.gender)
            self.birth.setText(info.birth_date.isoformat())
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
        self.birth.setReadOnly(derived)
        date_ok, born = date_feedback(self.birth.text())
        self.birth.setStyleSheet("" if date_ok else "background: #ffebee;")
        self.age.setText(str(idcard.age_at(born, self.today)) if born else "")
        phone_ok, phone_msg = phone_feedback(self.phone.text())
        other_ok, other_msg = phone_feedback(self.phone_other.text())
        self.phone_hint.setText(phone_msg or other_msg)
        self.phone_hint.setStyleSheet(BAD_STYLE)
        ok = ok and id_ok and date_ok and phone_ok and other_ok
        for hint in (self.id_hint, self.phone_hint):
            hint.setVisible(bool(hint.text()))
        self.ok_button().setEnabled(ok)
        return ok

    def values(self) -> dict[str, Any]:
        _, born = date_feedback(self.birth.text())
        out: dict[str, Any] = {
            "name": self.name.text().strip(),
            "former_name": self.former_name.text().strip(),
            "id_number": idcard.normalize(self.id_number.text()),
            "gender": self.gender.currentText(),
            "birth_date": born,
            "ethnicity": self.ethnicity.currentText(),
            "relation": self.relation.currentText(),
            "category": self.category.currentText(),
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
    """Edit a household, or enter a new one with its head."""

    def __init__(
        self,
        values: dict[str, Any] | None,
        grids: list[tuple[int, str]],
        parent: QWidget | None = None,
        new: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("householdDialog")
        v = dict(values or {})
        self.original = v
        self.new = new
        self.setWindowTitle(self.tr("New household") if new else self.tr("Edit household"))
        self.number = QLineEdit(v.get("number") or "")
        self.grid = QComboBox()
        self.grid.addItem("", None)
        for gid, name in grids:
            self.grid.addItem(name, gid)
        if v.get("grid_id") is not None:
            self.grid.setCurrentIndex(max(0, self.grid.findData(v["grid_id"])))
        self.address = QLineEdit(v.get("address") or "")
        self.address.setObjectName("addressEdit")
        self.kind = _combo(vocab.HOUSEHOLD_KINDS, v.get("kind") or "家庭户")
        self.housing = _combo(vocab.HOUSING, v.get("housing") or "自住")
        self.owner = QLineEdit(v.get("owner") or "")
        self.landlord = QLineEdit(v.get("landlord") or "")
        self.landlord_phone = QLineEdit(v.get("landlord_phone") or "")
        self.phone_hint = QLabel()
        self.phone_hint.setStyleSheet(BAD_STYLE)
        self.hazards = QLineEdit(v.get("hazards") or "")
        self.notes = QPlainTextEdit(v.get("notes") or "")
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Household no."), self.number)
        form.addRow(self.tr("Grid *"), self.grid)
        form.addRow(self.tr("Address *"), self.address)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Housing"), self.housing)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Landlord"), self.landlord)
        form.addRow(self.tr("Landlord phone"), self.landlord_phone)
        form.addRow("", self.phone_hint)
        form.addRow(self.tr("Hazards"), self.hazards)
        form.addRow(self.tr("Notes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.head_name = QLineEdit()
        self.head_name.setObjectName("headNameEdit")
        self.head_id = QLineEdit()
        self.head_hint = QLabel()
        self.head_phone = QLineEdit()
        if new:
            box = QGroupBox(self.tr("Head of household"))
            head_form = QFormLayout(box)
            head_form.addRow(self.tr("Name *"), self.head_name)
            head_form.addRow(self.tr("ID number"), self.head_id)
            head_form.addRow("", self.head_hint)
            head_form.addRow(self.tr("Phone"), self.head_phone)
            layout.addWidget(box)
        self.buttons = save_cancel_buttons(self, self.tr("Save"), self.tr("Cancel"))
        layout.addWidget(self.buttons)
        for edit in (
            self.address,
            self.landlord_phone,
            self.head_name,
            self.head_id,
            self.head_phone,
        ):
            edit.textChanged.connect(self.validate)
        self.grid.currentIndexChanged.connect(self.validate)
        self.setMinimumWidth(520)
        self.validate()

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
