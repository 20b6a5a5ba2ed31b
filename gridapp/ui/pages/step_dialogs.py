"""The forms of the issue and errand steps: one dialog per kind of step (上报 / 交办 with the
station, handler, deadline and 说明; 反馈 / 答复 and 办结 with their text; 回访 with the resident's
explicit answer; 递交 with the office and the promised date), all on one Designer form
(forms/workflow_step.ui) whose rows each kind shows or hides, and the materials of an errand
(forms/errand_materials.ui): the missing ones ticked off as they come in.

A dialog checks what it needs before OK, then hands its values to ``on_ok``; it closes only
when that returns True (a refusal by the service leaves what was typed in place)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from gridapp.db import vocab
from gridapp.ui.checked_form import CheckedForm
from gridapp.ui.generated.ui_errand_materials import Ui_ErrandMaterialsDialog
from gridapp.ui.generated.ui_workflow_step import Ui_WorkflowStepDialog


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


@dataclass(frozen=True)
class StepKind:
    """Which rows a step's form shows and what they are called. ``note_missing``: the message
    when the note is left empty ("" = the note is optional)."""

    title: str
    note_label: str
    note_missing: str = ""
    to_label: str = ""  # "" = no 'to' row
    to_editable: bool = False  # an office typed in (errands) rather than one of the stations
    handler: bool = False
    due_label: str = ""  # "" = no deadline row
    satisfaction: bool = False


def issue_kinds() -> dict[str, StepKind]:
    """The issue steps' forms, by the flow's action (``return`` = the return visit)."""
    from gridapp.domain import issue_flow as flow

    result = QCoreApplication.translate("StepDialog", "Result")
    return {
        flow.SOLVE: StepKind(
            QCoreApplication.translate("StepDialog", "Solved on the spot"),
            result,
            QCoreApplication.translate("StepDialog", "Write down how it was solved."),
        ),
        flow.ESCALATE: StepKind(
            QCoreApplication.translate("StepDialog", "Escalate"),
            QCoreApplication.translate("StepDialog", "Note"),
            to_label=QCoreApplication.translate("StepDialog", "To *"),
            handler=True,
            due_label=QCoreApplication.translate("StepDialog", "Deadline *"),
        ),
        flow.ASSIGN: StepKind(
            QCoreApplication.translate("StepDialog", "Assign"),
            QCoreApplication.translate("StepDialog", "Note"),
            to_label=QCoreApplication.translate("StepDialog", "Station *"),
            handler=True,
            due_label=QCoreApplication.translate("StepDialog", "Deadline *"),
        ),
        flow.PROGRESS: StepKind(
            QCoreApplication.translate("StepDialog", "Record progress"),
            QCoreApplication.translate("StepDialog", "Progress / reply"),
            QCoreApplication.translate("StepDialog", "Write down the progress or the reply."),
        ),
        flow.FINISH: StepKind(
            QCoreApplication.translate("StepDialog", "Finish"),
            result,
            QCoreApplication.translate("StepDialog", "Write down the result."),
        ),
        "return": StepKind(
            QCoreApplication.translate("StepDialog", "Return visit"),
            QCoreApplication.translate("StepDialog", "Note"),
            satisfaction=True,
        ),
        flow.CLOSE: StepKind(
            QCoreApplication.translate("StepDialog", "Close"),
            result,
            QCoreApplication.translate("StepDialog", "Write down the result."),
        ),
    }


def errand_kinds() -> dict[str, StepKind]:
    """The errand steps' forms (the materials have their own dialog)."""
    from gridapp.domain import issue_flow as flow

    return {
        flow.SV_SUBMIT: StepKind(
            QCoreApplication.translate("StepDialog", "Submitted"),
            QCoreApplication.translate("StepDialog", "Note"),
            to_label=QCoreApplication.translate("StepDialog", "Office *"),
            to_editable=True,
            due_label=QCoreApplication.translate("StepDialog", "Promised by *"),
        ),
        flow.SV_PROGRESS: StepKind(
            QCoreApplication.translate("StepDialog", "Record progress"),
            QCoreApplication.translate("StepDialog", "Progress / reply"),
            QCoreApplication.translate("StepDialog", "Write down the progress or the reply."),
        ),
        flow.SV_FINISH: StepKind(
            QCoreApplication.translate("StepDialog", "Finished"),
            QCoreApplication.translate("StepDialog", "Result"),
            QCoreApplication.translate("StepDialog", "Write down the result."),
        ),
        flow.SV_RETURN: StepKind(
            QCoreApplication.translate("StepDialog", "Told the resident"),
            QCoreApplication.translate("StepDialog", "Note"),
            satisfaction=True,
        ),
        flow.SV_CANCEL: StepKind(
            QCoreApplication.translate("StepDialog", "Cancel errand"),
            QCoreApplication.translate("StepDialog", "Reason"),
            QCoreApplication.translate("StepDialog", "Write down why."),
        ),
    }


@dataclass(frozen=True)
class StepValues:
    """What the form gives: the day of the step, the note, and each shown row's value."""

    on: dt.date
    note: str = ""
    to: str = ""
    handler: str = ""
    due: dt.date | None = None
    satisfaction: str = ""


@dataclass(frozen=True)
class StepStart:
    """What a form opens with: the choices of the 'to' row and the current values."""

    today: dt.date
    choices: Sequence[str] = ()
    to: str = ""
    handler: str = ""
    days: int = 7  # the deadline's default: this many days after the step


class StepDialog(CheckedForm):
    """One step of an issue or an errand: the rows ``kind`` asks for, checked before OK."""

    def __init__(
        self,
        parent: QWidget | None,
        kind: StepKind,
        record: str,
        start: StepStart,
        on_ok: Callable[[StepValues], bool],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WorkflowStepDialog()
        self.ui.setupUi(self)
        self.kind, self.start, self.on_ok = kind, start, on_ok
        self.setWindowTitle(kind.title)
        self.ui.recordLabel.setText(record)
        self._rows(kind)
        self._fill(start)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.noteEdit.setFixedHeight(90)
        self.resize(500, self.sizeHint().height())

    def _rows(self, kind: StepKind) -> None:
        ui = self.ui
        form = ui.formLayout
        form.setRowVisible(ui.toBox, bool(kind.to_label))
        form.setRowVisible(ui.handlerEdit, kind.handler)
        form.setRowVisible(ui.dueRow, bool(kind.due_label))
        form.setRowVisible(ui.satisfactionBox, kind.satisfaction)
        ui.toLabel.setText(kind.to_label)
        ui.dueLabel.setText(kind.due_label)
        ui.noteLabel.setText(kind.note_label + (" *" if kind.note_missing else ""))
        ui.toBox.setEditable(kind.to_editable)

    def _fill(self, start: StepStart) -> None:
        ui = self.ui
        ui.toBox.addItems(list(start.choices))
        # nothing chosen until the user chooses (Enter cannot send it to the first station)
        ui.toBox.setCurrentIndex(ui.toBox.findText(start.to) if start.to else -1)
        if start.to and ui.toBox.isEditable():
            ui.toBox.setCurrentText(start.to)
        ui.handlerEdit.setText(start.handler)
        today = _qdate(start.today)
        ui.onEdit.setMaximumDate(today)
        ui.onEdit.setDate(today)
        ui.daysBox.setValue(start.days)
        ui.dueEdit.setDate(today.addDays(start.days))
        ui.onEdit.dateChanged.connect(lambda _d: self._days_changed(ui.daysBox.value()))
        ui.daysBox.valueChanged.connect(self._days_changed)
        ui.dueEdit.dateChanged.connect(self._due_changed)
        ui.satisfactionBox.addItem(QCoreApplication.translate("StepDialog", "— choose —"), "")
        for word in vocab.SATISFACTION:
            ui.satisfactionBox.addItem(word, word)

    def _days_changed(self, days: int) -> None:
        blocked = self.ui.dueEdit.blockSignals(True)
        self.ui.dueEdit.setDate(self.ui.onEdit.date().addDays(days))
        self.ui.dueEdit.blockSignals(blocked)

    def _due_changed(self, due: QDate) -> None:
        blocked = self.ui.daysBox.blockSignals(True)
        self.ui.daysBox.setValue(max(0, self.ui.onEdit.date().daysTo(due)))
        self.ui.daysBox.blockSignals(blocked)

    def values(self) -> StepValues:
        ui, kind = self.ui, self.kind
        on = _pydate(ui.onEdit.date())
        return StepValues(
            on=on,
            note=ui.noteEdit.toPlainText().strip(),
            to=ui.toBox.currentText().strip() if kind.to_label else "",
            handler=ui.handlerEdit.text().strip() if kind.handler else "",
            due=_pydate(ui.dueEdit.date()) if kind.due_label else None,
            satisfaction=str(ui.satisfactionBox.currentData() or "") if kind.satisfaction else "",
        )

    def problem(self) -> str:
        """What keeps OK from going on, in the user's words ("" = nothing)."""
        v, kind = self.values(), self.kind
        if kind.to_label and not v.to:
            return QCoreApplication.translate("StepDialog", "Choose where it goes.")
        if kind.due_label and v.due is not None and v.due < v.on:
            return QCoreApplication.translate(
                "StepDialog", "The deadline is before the day of the step."
            )
        if kind.satisfaction and not v.satisfaction:
            return QCoreApplication.translate(
                "StepDialog",
                "Choose what the resident said: satisfied, fairly satisfied or not satisfied.",
            )
        if kind.note_missing and not v.note:
            return kind.note_missing
        return ""

    def problems(self) -> list[str]:
        problem = self.problem()
        return [problem] if problem else []

    def save(self) -> bool:
        return bool(self.on_ok(self.values()))

    def accept(self) -> None:  # OK, Enter and a test's accept() all check first
        self.try_accept()


class MaterialsDialog(CheckedForm):
    """An errand's missing materials, each ticked as it is handed in, and what else is missing."""

    def __init__(
        self,
        parent: QWidget | None,
        record: str,
        missing: Sequence[str],
        today: dt.date,
        on_ok: Callable[[list[str], str, dt.date], bool],
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ErrandMaterialsDialog()
        self.ui.setupUi(self)
        self.on_ok = on_ok
        self.ui.recordLabel.setText(record)
        for material in missing:
            item = QListWidgetItem(material)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.materialList.addItem(item)
        self.ui.materialList.setVisible(bool(missing))
        self.ui.tickLabel.setVisible(bool(missing))
        self.ui.noneLabel.setVisible(not missing)
        self.ui.onEdit.setMaximumDate(_qdate(today))
        self.ui.onEdit.setDate(_qdate(today))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def tick(self, material: str, received: bool = True) -> None:
        """Tick (or untick) one material, as a click on its box does."""
        for item in self._items():
            if item.text() == material:
                item.setCheckState(Qt.CheckState.Checked if received else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.ui.materialList.item(i) for i in range(self.ui.materialList.count())]

    def received(self) -> list[str]:
        return [i.text() for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def problems(self) -> list[str]:
        if self.received() or self.ui.moreEdit.text().strip():
            return []
        return [
            QCoreApplication.translate(
                "StepDialog", "Tick the materials handed in, or write what is still missing."
            )
        ]

    def save(self) -> bool:
        more = self.ui.moreEdit.text().strip()
        return bool(self.on_ok(self.received(), more, _pydate(self.ui.onEdit.date())))

    def accept(self) -> None:  # OK, Enter and a test's accept() all check first
        self.try_accept()


def record_html(number: str, title: str, state: str) -> str:
    """The record a form acts on, at its top."""
    e = html.escape
    return f"<b>{e(number)}</b> {e(title)} · {e(state)}"
