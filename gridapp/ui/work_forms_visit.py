"""The visit entry dialog (forms/visit_entry.ui): the printed door-visit form on the screen.

The same sections and tick boxes as the paper (``services.visits.PAPER_FORM``, the definition
``pdf/visit_sheet.py`` prints): the household and its members, the last visit and what is still
open, then the way, the tick rows and the notes. A ticked finding (difficulty, request, hazard)
has two buttons beside it: each opens the new-issue or new-errand dialog on the household with
the finding filled in; what they give back is registered with the visit, linked to it, in the
same transaction (``VisitEntryDialog.drafts``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.domain import idcard
from gridapp.domain import visit_form as paper
from gridapp.services import choices, household_glance
from gridapp.services.visits import PAPER_FORM
from gridapp.ui.checked_form import CheckedForm
from gridapp.ui.generated.ui_visit_entry import Ui_VisitEntryDialog
from gridapp.ui.readonly import mark_writes
from gridapp.ui.work_forms import (
    ErrandDraft,
    IssueDraft,
    fill_combo,
    py_date,
    set_date,
    worker_items,
)

if TYPE_CHECKING:
    from gridapp.ui.pages import AppContext

BOXES_PER_LINE = 5
HEAD = "户主"


@dataclass
class TickRow:
    """The widgets of one printed row."""

    row: paper.FormRow
    boxes: dict[str, QCheckBox] = field(default_factory=dict)
    detail: QLineEdit | None = None
    to_issue: QToolButton | None = None
    to_errand: QToolButton | None = None

    def ticked(self) -> list[str]:
        return [choice for choice, box in self.boxes.items() if box.isChecked()]

    def written(self) -> str:
        return self.detail.text().strip() if self.detail is not None else ""

    def text(self) -> str:
        return paper.compose(self.row, self.ticked(), self.written())


class VisitEntryDialog(CheckedForm):
    """Enter one visit to ``household_id``; ``values()`` after OK is what to store."""

    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.grid_id: int | None = None
        self.drafts: list[IssueDraft | ErrandDraft] = []
        self.followup_dialog: QDialog | None = None
        # stores the visit when OK is pressed; False (refused, shown) keeps the form open
        self.on_save: Callable[[VisitEntryDialog], bool] | None = None
        self.ui = Ui_VisitEntryDialog()
        self.ui.setupUi(self)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveVisit")
        mark_writes(save)
        self._titles()
        self._fill_household()
        self.way_buttons = self._build_ways()
        self.rows = {row.key: self._build_row(k + 1, row) for k, row in enumerate(PAPER_FORM.rows)}
        self.ui.visitDate.setMaximumDate(QDate.currentDate())
        set_date(self.ui.visitDate, dt.date.today())
        self.ui.buttonBox.accepted.connect(self.try_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_followups()

    # ------------------------------------------------------------ building

    def _titles(self) -> None:
        """The paper form's own headings (its words, in any language of the window)."""
        self.ui.membersBox.setTitle(paper.MEMBERS)
        self.ui.historyBox.setTitle(paper.HISTORY)
        self.ui.ticksBox.setTitle(paper.TICKS)
        self.ui.notesBox.setTitle(paper.NOTES)
        self.ui.notesCaption.setText(paper.NOTES_LABEL)
        self.ui.measuresCaption.setText(paper.MEASURES_LABEL)

    def _fill_household(self) -> None:
        glance = household_glance.household_glance(self.ctx.raw, self.household_id, dt.date.today())
        with Session(self.ctx.reader) as session:
            head = choices.household_head(session, self.household_id)
            self.grid_id = head.grid_id if head else None
            workers = worker_items(session)
            wid = choices.grid_worker(session, self.grid_id) if self.grid_id is not None else None
        none: list[tuple[str, object]] = [(self.tr("— choose —"), None)]
        fill_combo(self.ui.visitVisitor, none + workers, wid)
        if glance is None:
            return
        self.ui.householdNumber.setText(f"<b>{glance.number or '—'}</b>  {glance.grid_name}")
        self.ui.householdAddress.setText(glance.address)
        members = list(glance.members)
        heads = [m.name for m in members if m.relation == HEAD]
        self.ui.householdHead.setText(heads[0] if heads else "—")
        table = self.ui.membersTable
        table.setRowCount(len(members))
        today = dt.date.today()
        for r, m in enumerate(members):
            age = idcard.age_at(m.birth_date, today) if m.birth_date else None
            cells = (m.name, m.relation, "" if age is None else str(age), "、".join(m.groups))
            for c, text in enumerate(cells):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.historyText.setText(self._history_text(glance))

    def _history_text(self, glance: household_glance.Glance) -> str:
        if glance.last_visit is not None:
            lines = [self.tr("Last visit: %1").replace("%1", " ".join(glance.last_visit))]
        else:
            lines = [self.tr("Never visited")]
        items = [f"{i.title}（{i.state}）" for i in glance.issues + glance.errands]
        lines.append(self.tr("Open: %1").replace("%1", "；".join(items) if items else "—"))
        if glance.hazards:
            lines.append(self.tr("Known hazards: %1").replace("%1", glance.hazards))
        return "\n".join(lines)

    def _build_ways(self) -> dict[str, QRadioButton]:
        grid: QGridLayout = self.ui.ticksGrid
        grid.addWidget(QLabel(paper.WAY_LABEL), 0, 0)
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        buttons: dict[str, QRadioButton] = {}
        for way in PAPER_FORM.ways:
            button = QRadioButton(way)
            buttons[way] = button
            line.addWidget(button)
        buttons[PAPER_FORM.ways[0]].setChecked(True)
        self.met = QLineEdit()
        self.met.setObjectName("visitMet")
        self.met.setPlaceholderText(self.tr("who was met"))
        line.addWidget(QLabel(paper.MET_BLANK))
        line.addWidget(self.met, 1)
        grid.addWidget(holder, 0, 1)
        return buttons

    def _build_row(self, at: int, row: paper.FormRow) -> TickRow:
        grid: QGridLayout = self.ui.ticksGrid
        tick = TickRow(row)
        grid.addWidget(QLabel(row.label), at, 0)
        holder = QWidget()
        inner = QGridLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setHorizontalSpacing(10)
        inner.setVerticalSpacing(2)
        for k, choice in enumerate(row.choices):
            box = QCheckBox(choice)
            box.setObjectName(f"tick_{row.key}_{k}")
            box.toggled.connect(lambda on, c=choice, t=tick: self._ticked(t, c, on))
            tick.boxes[choice] = box
            inner.addWidget(box, k // BOXES_PER_LINE, k % BOXES_PER_LINE)
        lines = (len(row.choices) + BOXES_PER_LINE - 1) // BOXES_PER_LINE
        if row.blank:
            tick.detail = QLineEdit()
            tick.detail.setObjectName(f"detail_{row.key}")
            tick.detail.setPlaceholderText(row.blank.rstrip("："))
            tick.detail.textChanged.connect(lambda _t, t=tick: self._sync_row(t))
            inner.addWidget(tick.detail, lines, 0, 1, BOXES_PER_LINE)
        grid.addWidget(holder, at, 1)
        if row.finding:
            grid.addWidget(self._finding_buttons(tick), at, 2)
        self._sync_row(tick)
        return tick

    def _finding_buttons(self, tick: TickRow) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        tick.to_issue = QToolButton()
        tick.to_issue.setText(self.tr("Issue…"))
        tick.to_issue.setObjectName(f"issue_{tick.row.key}")
        tick.to_issue.setToolTip(self.tr("Register this finding as an issue of the household"))
        tick.to_issue.clicked.connect(lambda: self.finding_to_issue(tick.row.key))
        tick.to_errand = QToolButton()
        tick.to_errand.setText(self.tr("Errand…"))
        tick.to_errand.setObjectName(f"errand_{tick.row.key}")
        tick.to_errand.setToolTip(self.tr("Accept an errand for a member from this finding"))
        tick.to_errand.clicked.connect(lambda: self.finding_to_errand(tick.row.key))
        column.addWidget(tick.to_issue)
        column.addWidget(tick.to_errand)
        return holder

    # ------------------------------------------------------------ ticking

    def _ticked(self, tick: TickRow, choice: str, on: bool) -> None:
        """ "Nothing" and the other boxes of a row exclude each other, as on paper."""
        none = tick.row.none
        if on and none:
            others = [c for c in tick.boxes if c != none] if choice == none else [none]
            for other in others:
                box = tick.boxes[other]
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
        self._sync_row(tick)

    def _sync_row(self, tick: TickRow) -> None:
        found = paper.has_finding(tick.row, tick.ticked(), tick.written())
        for button in (tick.to_issue, tick.to_errand):
            if button is not None:
                button.setEnabled(found)

    # ------------------------------------------------------------ findings

    def _finding(self, key: str) -> tuple[str, str]:
        tick = self.rows[key]
        title = paper.finding_title(tick.row, tick.ticked(), tick.written())
        return title, f"{tick.row.label}：{tick.text()}"

    def finding_to_issue(self, key: str) -> None:
        from gridapp.ui.work_forms_issue import NewIssueDialog

        title, described = self._finding(key)
        dialog = NewIssueDialog(
            self.ctx, self, household_id=self.household_id, title=title,
            category=self.rows[key].row.category, description=described, fixed=True,
        )  # fmt: skip
        self._open_followup(dialog)

    def finding_to_errand(self, key: str) -> None:
        from gridapp.ui.work_forms_errand import NewErrandDialog

        _title, described = self._finding(key)
        dialog = NewErrandDialog(
            self.ctx, self, household_id=self.household_id,
            worker_id=self.ui.visitVisitor.currentData(), description=described, fixed=True,
        )  # fmt: skip
        self._open_followup(dialog)

    def _open_followup(self, dialog: Any) -> None:
        self.followup_dialog = dialog

        def taken() -> None:
            if dialog.draft is not None:
                self.drafts.append(dialog.draft)
                self._show_followups()

        dialog.accepted.connect(taken)
        dialog.open()

    def _show_followups(self) -> None:
        parts = []
        for d in self.drafts:
            if isinstance(d, IssueDraft):
                parts.append(self.tr("issue “%1”").replace("%1", d.title))
            else:
                parts.append(
                    self.tr("errand %1 for %2").replace("%1", d.errand).replace("%2", d.person)
                )
        self.ui.followUps.setVisible(bool(parts))
        self.ui.followUps.setText(
            self.tr("Registered with the visit: %1").replace("%1", "；".join(parts))
        )

    # ------------------------------------------------------------ result

    def way(self) -> str:
        return next((w for w, b in self.way_buttons.items() if b.isChecked()), "")

    def visitor(self) -> int | None:
        data = self.ui.visitVisitor.currentData()
        return int(data) if data is not None else None

    def visit_date(self) -> dt.date:
        return py_date(self.ui.visitDate)

    def fields(self) -> dict[str, str]:
        """The visit's columns, as the form says them."""
        values = {tick.row.field: tick.text() for tick in self.rows.values()}
        notes = self.ui.visitNotes.toPlainText().strip()
        situation = values.get("situation", "")
        values["situation"] = "；".join(p for p in (situation, notes) if p)
        values["measures"] = self.ui.visitMeasures.toPlainText().strip()
        values["met"] = self.met.text().strip()
        return values

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.visitor() is None:
            out.append(self.tr("Choose the visitor."))
        if not self.way():
            out.append(self.tr("Tick the way of the visit."))
        if self.visit_date() > dt.date.today():
            out.append(self.tr("The date is after today."))
        return out

    def save(self) -> bool:
        """Stored by ``on_save``; a refusal keeps the form open as typed."""
        return self.on_save is None or self.on_save(self)
