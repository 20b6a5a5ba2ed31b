"""Who is working: the operator's name, under which every change is recorded.

Asked at the window's first start on a register (no operator set), at every start on a shared
laptop (the dialog's tick box), and from File → Switch operator. The name is picked from the
grid's workers (``services.choices.worker_choices``) or typed; ``services.operator`` stores it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from gridapp.services.common import ServiceError

if TYPE_CHECKING:
    from gridapp.ui.main_window import MainWindow


class OperatorDialog(QDialog):
    """The operator's name: a worker of the grid or a typed name; OK only with a name."""

    def __init__(
        self,
        workers: list[str],
        current: str,
        shared: bool,
        first_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        from gridapp.ui.generated.ui_operator import Ui_OperatorDialog

        super().__init__(parent)
        self.ui = Ui_OperatorDialog()
        self.ui.setupUi(self)
        self.setObjectName("operatorDialog")
        box = self.ui.nameBox
        box.addItems(list(dict.fromkeys(workers)))
        box.setEditText(current)
        line = box.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Your name"))
        self.ui.sharedBox.setChecked(shared)
        self.ui.problem.setVisible(False)
        self.ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("OK"))
        cancel = self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Later") if first_start else self.tr("Cancel"))
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        box.editTextChanged.connect(self._check)
        self._check()

    def name(self) -> str:
        return " ".join(self.ui.nameBox.currentText().split())

    def shared(self) -> bool:
        return bool(self.ui.sharedBox.isChecked())

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.name()))

    def show_problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.setVisible(True)


def ask_operator(window: MainWindow, first_start: bool = False) -> OperatorDialog:
    """Open the dialog (non-modal to the code: ``open()``); OK stores the name in one
    transaction and says so in the status bar."""
    from sqlalchemy.orm import Session

    from gridapp.services import choices, operator

    with Session(window.read_engine) as session:
        workers = [w.name for w in choices.worker_choices(session)]
        current, shared = operator.current(session)
    dialog = OperatorDialog(workers, current, shared, first_start, window)
    if first_start:
        dialog.setWindowTitle(
            QCoreApplication.translate("OperatorDialog", "Who is working? (first start)")
        )
    dialog.accepted.connect(lambda: _save(window, dialog))
    window.operator_dialog = dialog
    dialog.open()
    return dialog


def _save(window: MainWindow, dialog: OperatorDialog) -> None:
    from gridapp.db.engine import session_scope
    from gridapp.services import operator
    from gridapp.ui import dialogs_io

    try:
        with session_scope(window.engine) as session:
            name = operator.set_operator(session, dialog.name(), dialog.shared())
    except ServiceError as exc:
        dialogs_io.warn(window, QCoreApplication.translate("OperatorDialog", "Not saved"), str(exc))
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("OperatorDialog", "Operator: %1").replace("%1", name), 8000
    )


def ask_at_start(window: MainWindow) -> OperatorDialog | None:
    """At a window's start (``app.open_window``, never for a read-only copy, which records
    nothing): ask when this register has no operator yet, or asks at every start."""
    from gridapp.services import operator

    if not operator.needs_asking(window.ctx.raw):
        return None
    return ask_operator(window, first_start=True)
