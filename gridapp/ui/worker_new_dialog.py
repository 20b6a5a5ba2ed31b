"""A new worker for a grid (the settings page's Workers tab, "Add worker…"; forms/worker_new.ui):
the grid shown, the name (required), the phone (checked like a resident's) and the role from the
list, in one form. OK names what is missing or wrong; ``on_save`` writes the worker through
``services.areas.add_worker`` and a refusal keeps the form open as typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from gridapp.db import vocab
from gridapp.domain import phone
from gridapp.ui.checked_form import CheckedForm
from gridapp.ui.forms import phone_feedback
from gridapp.ui.readonly import mark_writes

DEFAULT_ROLE = "网格员"
# What on_save is given: the name, the phone (digits, several joined by 、) and the role.
SaveFn = Callable[[str, str, str], bool]


class WorkerNewDialog(CheckedForm):
    """Add a worker to the grid ``grid``; OK only saves a named worker with a valid phone."""

    def __init__(self, parent: QWidget | None, grid: str, on_save: SaveFn) -> None:
        from gridapp.ui.generated.ui_worker_new import Ui_WorkerNewDialog

        super().__init__(parent)
        self.ui = Ui_WorkerNewDialog()
        self.ui.setupUi(self)
        self.setObjectName("workerNewDialog")
        self.on_save = on_save
        self.ui.workerGridName.setText(grid)
        self.ui.workerName.setPlaceholderText(self.tr("Full name"))
        self.ui.workerRole.addItems(list(vocab.WORKER_ROLES))
        self.ui.workerRole.setCurrentText(DEFAULT_ROLE)
        self.ok: QPushButton = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        mark_writes(self.ok)
        self.ui.buttons.accepted.connect(self.try_accept)
        self.ui.buttons.rejected.connect(self.reject)

    def name(self) -> str:
        return " ".join(self.ui.workerName.text().split())

    def phone(self) -> str:
        return "、".join(phone.normalize(n) for n in phone.split(self.ui.workerPhone.text()))

    def role(self) -> str:
        return str(self.ui.workerRole.currentText())

    def problems(self) -> list[str]:
        found: list[str] = []
        if not self.name():
            found.append(self.tr("Enter the worker's name."))
        ok, message = phone_feedback(self.ui.workerPhone.text())
        if not ok:
            found.append(message)
        return found

    def save(self) -> bool:
        return self.on_save(self.name(), self.phone(), self.role())
