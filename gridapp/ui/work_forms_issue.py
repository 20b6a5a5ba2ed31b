"""The new-issue dialog (forms/issue_new.ui): a household picked from the register, or a public
area in a grid chosen from the list (an issue is never stored without a grid; a household's
issue takes the household's grid), title, category and urgency from the lists, the deadline on a
calendar. OK checks the required fields; ``draft`` is then what to register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.services import choices
from gridapp.services.search import Hit
from gridapp.ui.checked_form import CheckedForm
from gridapp.ui.generated.ui_issue_new import Ui_NewIssueDialog
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.pickers import RecordPicker
from gridapp.ui.work_forms import (
    IssueDraft,
    fill_combo,
    issue_categories,
    leaf_grid_items,
    py_date,
    set_date,
)

if TYPE_CHECKING:
    from gridapp.ui.pages import AppContext

DEADLINE_DAYS = 7


class NewIssueDialog(CheckedForm):
    """Register an issue. ``household_id`` starts on that household (``fixed``: the visit form's
    household, which cannot be changed here); ``grid_id`` the grid offered for a public area."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        household_id: int | None = None,
        grid_id: int | None = None,
        title: str = "",
        category: str = "",
        description: str = "",
        fixed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed = fixed
        self.draft: IssueDraft | None = None
        # registers the draft when OK is pressed; False (refused, shown) keeps the form open
        self.on_save: Callable[[IssueDraft], bool] | None = None
        self.ui = Ui_NewIssueDialog()
        self.ui.setupUi(self)
        self.picker = RecordPicker(lambda: ctx.reader, households=True, parent=self)
        self.picker.setObjectName("issueHousehold")
        self.ui.householdLayout.addWidget(self.picker)
        self._household_grid: int | None = None
        with Session(ctx.reader) as session:
            cats = issue_categories(session)
            # no category until one is chosen: Enter must not file every issue as the first kind
            no_category: list[tuple[str, object]] = [(self.tr("— choose the category —"), None)]
            items = no_category + [(c, c) for c in cats]
            fill_combo(self.ui.issueCategory, items, category or None)
            grid_items: list[tuple[str, object]] = [(self.tr("— choose the grid —"), None)]
            fill_combo(self.ui.issueGrid, grid_items + leaf_grid_items(session), grid_id)
        fill_combo(self.ui.issueUrgency, [(u, u) for u in vocab.URGENCY])
        self._public_grid = self.ui.issueGrid.currentData()
        set_date(self.ui.issueDeadline, dt.date.today() + dt.timedelta(days=DEADLINE_DAYS))
        self.ui.issueTitle.setText(title)
        self.ui.issueDescription.setPlainText(description)
        self.picker.picked.connect(self._on_picked)
        self.ui.publicArea.toggled.connect(lambda _on: self._sync())
        self.ui.issueGrid.currentIndexChanged.connect(lambda _i: self._remember_grid())
        mark_writes(self.ok_button())
        self.ui.buttonBox.accepted.connect(self.try_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if household_id is not None:
            self.picker.set_household(household_id)
        self._sync()

    def ok_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        return button

    def _on_picked(self, hit: Hit | None) -> None:
        self._household_grid = None
        if hit is not None and hit.household_id is not None:
            with Session(self.ctx.reader) as session:
                head = choices.household_head(session, hit.household_id)
            self._household_grid = head.grid_id if head else None
        self._sync()

    def _remember_grid(self) -> None:
        if self.ui.publicArea.isChecked():
            self._public_grid = self.ui.issueGrid.currentData()

    def _sync(self) -> None:
        """A public area: choose the grid; a household: its grid, shown, not chosen."""
        public = self.ui.publicArea.isChecked()
        self.picker.setEnabled(not public and not self.fixed)
        self.ui.publicArea.setEnabled(not self.fixed)
        self.ui.issueGrid.setEnabled(public)
        box = self.ui.issueGrid
        box.blockSignals(True)
        wanted = self._public_grid if public else self._household_grid
        index = box.findData(wanted)
        box.setCurrentIndex(index if index >= 0 else 0)
        box.blockSignals(False)

    def problems(self) -> list[str]:
        """What is missing before the issue can be stored (empty: nothing)."""
        out: list[str] = []
        if self.ui.publicArea.isChecked():
            if self.ui.issueGrid.currentData() is None:
                out.append(self.tr("Choose the grid of the public area."))
        elif self.picker.household_id() is None:
            out.append(self.tr("Pick the household from the list, or tick Public area."))
        if not self.ui.issueTitle.text().strip():
            out.append(self.tr("Say what the issue is (title)."))
        if self.ui.issueCategory.currentData() is None:
            out.append(self.tr("Choose the category."))
        if py_date(self.ui.issueDeadline) < dt.date.today():
            out.append(self.tr("The deadline is before today."))
        return out

    def save(self) -> bool:
        public = self.ui.publicArea.isChecked()
        self.draft = IssueDraft(
            title=self.ui.issueTitle.text().strip(),
            category=str(self.ui.issueCategory.currentData()),
            urgency=self.ui.issueUrgency.currentText(),
            household_id=None if public else self.picker.household_id(),
            grid_id=self.ui.issueGrid.currentData(),
            due_on=py_date(self.ui.issueDeadline),
            description=self.ui.issueDescription.toPlainText().strip(),
        )
        return self.on_save is None or self.on_save(self.draft)
