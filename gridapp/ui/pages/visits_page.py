"""走访: the cycle's coverage per grid and worker, households due, quick entry, history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from gridapp.ui.work_forms_visit import VisitEntryDialog

from gridapp.db import vocab
from gridapp.services import choices, visits
from gridapp.ui.generated.ui_visits_page import Ui_VisitsPageForm
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import (
    WorkPage,
    fill_grids,
    fill_workers,
    py_date,
    set_combo_data,
    work_page,
)
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.charts import CoverageBar
from gridapp.ui.widgets.tables import HIGHLIGHT, RowTable


def _plain(label: str) -> str:
    """The household no. of the form's heading, without its markup."""
    return label.replace("<b>", "").replace("</b>", "").strip()


@work_page("visits", order=20, icon="visit")
class VisitsPage(WorkPage):
    """The visit cycle."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_VisitsPageForm()
        ui.setupUi(self)
        self.entry_household: int | None = None
        self.visit_dialog: VisitEntryDialog | None = None
        self.tabs, self.splitter = ui.visitTabs, ui.visitsSplitter
        self.month, self.grid_box, self.cycle_label = ui.visitMonth, ui.visitGrid, ui.cycleLabel
        self.month.setDate(QDate.currentDate())
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.grid_box.currentIndexChanged.connect(lambda _i: self.reload())
        # one coverage bar per grid and worker (filled on load)
        self.bars, self.bars_layout, self.bars_scroll = ui.bars, ui.barsLayout, ui.barsScroll
        self._adopt_due()
        self._adopt_history()
        # quick entry: scan the printed form (or type the household no.): the visit form opens
        # on that household (``open_household``)
        self.qr_edit, self.entry_title = ui.qrEdit, ui.entryHousehold
        self.qr_edit.returnPressed.connect(self.open_scanned)
        mark_writes(self.qr_edit)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 660, 240])

    def _adopt_due(self) -> None:
        """The households not yet visited this cycle."""
        self.due_table = RowTable("dueTable")
        self.due_table.doubleClicked.connect(lambda index: self._due_double_clicked(index.row()))
        self.ui.dueSlotLayout.addWidget(self.due_table)
        self.due_label = self.ui.dueLabel
        self.ui.recordVisit.clicked.connect(self._record_selected)
        mark_writes(self.ui.recordVisit)

    def _adopt_history(self) -> None:
        """The visits made, by worker, way and dates."""
        ui = self.ui
        self.history = RowTable("visitHistory")
        ui.historySlotLayout.addWidget(self.history)
        self.h_worker, self.h_way, self.h_from, self.h_to = (
            ui.historyWorker,
            ui.historyWay,
            ui.historyFrom,
            ui.historyTo,
        )
        self.h_way.addItem(self.tr("All ways"), "")
        for way in vocab.VISIT_WAYS:
            self.h_way.addItem(way, way)
        self.h_from.setDate(QDate(dt.date.today() - dt.timedelta(days=90)))
        self.h_to.setDate(QDate.currentDate())
        for combo in (self.h_worker, self.h_way):
            combo.currentIndexChanged.connect(lambda _i: self._load_history())
        for d in (self.h_from, self.h_to):
            d.dateChanged.connect(lambda _d: self._load_history())

    def title(self) -> str:
        return self.tr("Visits")

    # ------------------------------------------------------------ data

    def _ym(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()

    def load(self, session: Session) -> None:
        fill_grids(self.grid_box, session, self.tr("All grids"))
        fill_workers(self.h_worker, session, self.tr("All workers"))
        year, month = self._ym()
        start, end = visits.session_cycle(session, year, month)
        self.cycle_label.setText(
            self.tr("Cycle: %1 to %2")
            .replace("%1", start.isoformat())
            .replace("%2", end.isoformat())
        )
        report = visits.coverage(session, year, month)
        # a fresh column of bars; the scroll area deletes the old one
        self.bars = QWidget()
        self.bars_layout = QVBoxLayout(self.bars)
        self.bars_layout.setContentsMargins(4, 4, 4, 4)
        self.bars_layout.addWidget(CoverageBar(self.tr("All"), report.visited, report.due))
        self.bars_layout.addWidget(QLabel("<b>" + self.tr("Per grid") + "</b>"))
        for (
            line
        ) in report.grids:  # "东方花园第一网格": the end tells grids apart; all in the tooltip
            self.bars_layout.addWidget(
                CoverageBar(line.name, line.visited, line.due, elide=Qt.TextElideMode.ElideLeft)
            )
        self.bars_layout.addWidget(QLabel("<b>" + self.tr("Per worker") + "</b>"))
        for line in report.workers:
            self.bars_layout.addWidget(CoverageBar(line.name, line.visited, line.due))
        self.bars_layout.addStretch(1)
        self.bars_scroll.setWidget(self.bars)

        due = visits.due_households(session, year, month, self.grid_box.currentData())
        self.due_table.set_rows(
            [
                self.tr("Household no."),
                self.tr("Address"),
                self.tr("Grid"),
                self.tr("Every cycle"),
                self.tr("Last visit"),
            ],
            [
                [
                    d.number,
                    d.address,
                    d.grid,
                    "、".join(d.groups),
                    d.last_visit or (self.tr("never") if d.never_visited else ""),
                ]
                for d in due
            ],
            [d.household_id for d in due],
            [d.every_cycle for d in due],
            HIGHLIGHT,
        )
        never = sum(1 for d in due if d.never_visited)
        first = sum(1 for d in due if d.every_cycle)
        self.due_label.setText(
            self.tr("%1 households still to visit; %2 need a visit every cycle; %3 never visited")
            .replace("%1", str(len(due)))
            .replace("%2", str(first))
            .replace("%3", str(never))
        )
        self._load_history(session)

    def _load_history(self, session: Session | None = None) -> None:
        if session is None:
            with Session(self.ctx.engine) as s:
                self._load_history(s)
            return
        flt = visits.VisitFilter(
            grid_id=self.grid_box.currentData(),
            worker_id=self.h_worker.currentData(),
            way=self.h_way.currentData() or None,
            date_from=py_date(self.h_from),
            date_to=py_date(self.h_to),
            limit=2000,
        )
        rows = visits.visit_history(session, flt)
        self.history.set_rows(
            [
                self.tr("Date"),
                self.tr("Household no."),
                self.tr("Address"),
                self.tr("Visitor"),
                self.tr("Way"),
                self.tr("Situation"),
                self.tr("Requests"),
            ],
            [
                [r.visited_on, r.household, r.address, r.visitor, r.way, r.situation, r.requests]
                for r in rows
            ],
            [r.id for r in rows],
        )

    # ------------------------------------------------------------ entry

    def open_household(self, household_id: int) -> None:
        """Open the visit form on the household (window-modal; saved on OK by ``save_visit``)."""
        from gridapp.ui.work_forms_visit import VisitEntryDialog

        with Session(self.ctx.reader) as session:
            if choices.household_head(session, household_id) is None:
                return
        self.entry_household = household_id
        dialog = VisitEntryDialog(self.ctx, household_id, self)
        self.visit_dialog = dialog
        dialog.on_save = self.save_visit
        dialog.finished.connect(lambda _r: self.qr_edit.setFocus())
        dialog.open()

    def open_scanned(self) -> None:
        """The scanner types the QR text and Enter; a household number works too."""
        text = self.qr_edit.text().strip()
        if not text:
            return
        with Session(self.ctx.reader) as session:
            hid = choices.scanned_household(session, text)
        if hid is None:
            from gridapp.ui import dialogs_io

            dialogs_io.warn(
                self,
                self.tr("Not found"),
                self.tr("No household matches the scanned text: %1").replace("%1", text[:60]),
            )
            return
        self.qr_edit.clear()
        self.open_household(hid)

    def _record_selected(self) -> None:
        key = self.due_table.current_key()
        if key is not None:
            self.open_household(key)

    def _due_double_clicked(self, row: int) -> None:
        key = self.due_table.key_at(row)
        if key is not None:
            self.open_household(key)

    def save_visit(self, dialog: VisitEntryDialog) -> bool:
        """Store the visit form's visit with the issues and errands raised from it: one
        transaction, one undoable command. False: refused (shown), the form stays open."""
        from gridapp.ui.editing import VISIT, WorkRecord
        from gridapp.ui.work_forms import IssueDraft, push_records, register_errand, register_issue

        hid, worker, on, way = (
            dialog.household_id,
            dialog.visitor(),
            dialog.visit_date(),
            dialog.way(),
        )
        fields, drafts = dialog.fields(), list(dialog.drafts)
        assert worker is not None  # the form refuses OK without one

        def create(s: Session, actor: str) -> list[WorkRecord]:
            vid = visits.add_visit(s, hid, worker, on, way, actor=actor, **fields)
            made: list[WorkRecord] = [(VISIT, vid)]
            for d in drafts:
                if isinstance(d, IssueDraft):
                    made.append(register_issue(s, d, actor, vid))
                else:
                    made.append(register_errand(s, d, actor, vid))
            return made

        number = dialog.ui.householdNumber.text()
        text = self.tr("New visit to %1").replace("%1", _plain(number))
        if push_records(self.ctx, dialog, text, create, self.tr("Visit not saved")) is None:
            return False
        self.visit_dialog = None
        self.entry_household = None
        self.entry_title.setText(
            self.tr("Saved: %1. Scan the next form.").replace("%1", _plain(number))
        )
        return True

    # ------------------------------------------------------------ state

    def save_state(self) -> dict[str, object]:
        return {
            "grid": self.grid_box.currentData(),
            "tab": self.tabs.currentIndex(),
            "splitter": self.splitter.saveState(),
        }

    def restore_state(self, state: dict[str, object]) -> None:
        grid = state.get("grid")
        if grid not in (None, ""):
            try:
                self._wanted_grid: int | None = int(str(grid))
            except ValueError:
                self._wanted_grid = None
            with Session(self.ctx.engine) as session:
                fill_grids(self.grid_box, session, self.tr("All grids"))
            self.grid_box.blockSignals(True)
            set_combo_data(self.grid_box, self._wanted_grid)
            self.grid_box.blockSignals(False)
        tab = state.get("tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(str(tab)))
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
