"""The import wizard: file and sheets, column mapping (saved as a profile), preview with
new / updated / unchanged / rejected counts, the per-field diff and the rejected rows, then the
import with progress and cancel, the rejects workbook and "undo this import".

All work runs through ``gridapp.importer.service`` in the window's TaskRunner (own thread, own
session, one transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.importer import headers as import_headers
from gridapp.importer import profiles, readers
from gridapp.importer import service as importer
from gridapp.importer import target as import_target
from gridapp.services import choices
from gridapp.services import settings as app_settings
from gridapp.services.common import ServiceError
from gridapp.services.register import HOUSEHOLD_LABELS, PERSON_LABELS
from gridapp.ui import dialogs_io
from gridapp.ui.generated.ui_import_wizard import Ui_ImportWizard
from gridapp.ui.pages import AppContext
from gridapp.ui.tasks import Task


def _fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """One of the preview's tables (its columns are the form's), read-only."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


class ImportWizard(QDialog):
    """The wizard's four pages are laid out in ``forms/import_wizard.ui``; this class keeps the
    behaviour: what each page is filled with, and the work behind Next."""

    STEP_FILE, STEP_COLUMNS, STEP_PREVIEW, STEP_DONE = range(4)

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.path = path
        self.report: importer.ImportReport | None = None
        self.imported: importer.ImportReport | None = None
        self.undone: importer.UndoResult | None = None
        self.task: Task | None = None
        self.mapping: dict[str, str] = {}
        self.setWindowTitle(self.tr("Import a ledger") + f" — {path.name}")
        self._adopt_widgets()
        self._fill_file_step(path)
        self._connect()
        self._show(self.STEP_FILE)

    def _adopt_widgets(self) -> None:
        ui = self.ui
        self.steps, self.step_label = ui.steps, ui.stepLabel
        self.sheet_list, self.file_problem = ui.sheetList, ui.fileProblem
        self.profile_box, self.grid_box = ui.profileBox, ui.gridBox
        self.new_grid_edit, self.community_box = ui.newGridEdit, ui.communityBox
        self.compound_edit = ui.compoundEdit
        self.column_table, self.save_profile_button = ui.columnTable, ui.saveProfileButton
        self.counts_label, self.places_label = ui.countsLabel, ui.placesLabel
        self.preview_tabs = ui.previewTabs
        self.rejected_table, self.diff_table = ui.rejectedTable, ui.diffTable
        self.warnings_table = ui.warningsTable
        self.done_label, self.rejects_button = ui.doneLabel, ui.rejectsButton
        self.undo_button = ui.undoImportButton
        self.back_button, self.next_button = ui.backButton, ui.nextButton
        self.close_button = ui.closeButton

    def _connect(self) -> None:
        self.save_profile_button.clicked.connect(self.save_profile)
        self.rejects_button.clicked.connect(self.save_rejects)
        self.undo_button.clicked.connect(self.undo_import)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.accept)

    def _fill_file_step(self, path: Path) -> None:
        """Step 1: the file, its sheets, and where rows go that do not say."""
        self.ui.fileLabel.setText(str(path))
        self._fill_sheet_list(path)
        self.file_problem.setText(self._unreadable_text(path))
        self.file_problem.setVisible(self.unreadable is not None)
        # no empty list when the file cannot be read
        self.ui.fileForm.setRowVisible(self.sheet_list, self.unreadable is None)
        self._fill_targets()

    def _unreadable_text(self, path: Path) -> str:
        if self.unreadable is None:
            return ""
        reason = self.unreadable  # the reader's own words name the file; else name it here
        if path.name not in reason:
            reason = f"{path.name}：{reason}"
        text = self.tr("This file cannot be read: %1").replace("%1", reason)
        if self.unreadable_says_what_to_do:  # a PDF, a photo …: re-saving it would not help
            return text
        return (
            text
            + "\n"
            + self.tr(
                "Open it in Excel or WPS, save it as an Excel workbook (.xlsx), and import that."
            )
        )

    def _fill_sheet_list(self, path: Path) -> None:
        """The file's sheets, all ticked (none when the file cannot be read: ``unreadable``
        says why, and the wizard goes no further)."""
        self.unreadable: str | None = None
        self.unreadable_says_what_to_do = False
        try:
            names = readers.sheet_names(path)
        except readers.NotASpreadsheet as exc:  # what the file really is, and what to do
            names, self.unreadable = [], str(exc)
            self.unreadable_says_what_to_do = True
        except ServiceError as exc:  # the reader's words: what is wrong with which file
            names, self.unreadable = [], str(exc)
        except Exception as exc:  # anything else the file does to the reader
            names, self.unreadable = [], f"{type(exc).__name__}: {exc}"
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sheet_list.addItem(item)

    def _fill_targets(self) -> None:
        """Where rows go that do not say: the column profile, grid, community, compound."""
        self.profile_box.addItem(self.tr("(recognise the columns)"), "")
        self.grid_box.addItem(self.tr("(from the ledger)"), "")
        with Session(self.ctx.engine) as session:
            for p in profiles.list_profiles(session):
                self.profile_box.addItem(p, p)
            for grid in choices.grid_names(session):
                self.grid_box.addItem(grid, grid)
            for community in import_target.communities(session):
                self.community_box.addItem(community.name, community.name)

    # ------------------------------------------------------------ navigation

    def _show(self, step: int) -> None:
        titles = [
            self.tr("Step 1 of 4: file and sheets"),
            self.tr("Step 2 of 4: columns"),
            self.tr("Step 3 of 4: preview"),
            self.tr("Step 4 of 4: imported"),
        ]
        self.steps.setCurrentIndex(step)
        self.step_label.setText(titles[step])
        self.back_button.setEnabled(step in (self.STEP_COLUMNS, self.STEP_PREVIEW))
        blocked = (
            step == self.STEP_PREVIEW
            and self.report is not None
            and bool(self.report.target_problem)
        )  # some rows have nowhere to go: the first step must say where
        blocked = blocked or self.unreadable is not None  # nothing to read: Close only
        self.next_button.setEnabled(step != self.STEP_DONE and not blocked)
        self.next_button.setText(
            self.tr("Import") if step == self.STEP_PREVIEW else self.tr("Next >")
        )

    def step(self) -> int:
        return int(self.steps.currentIndex())

    def back(self) -> None:
        self._show(max(0, self.step() - 1))

    def next(self) -> None:
        if self.unreadable is not None:
            return
        step = self.step()
        if step == self.STEP_FILE:
            self.mapping = {}
            self.preview(then=self.STEP_COLUMNS)
        elif step == self.STEP_COLUMNS:
            self.mapping = self.column_mapping()
            self.preview(then=self.STEP_PREVIEW)
        elif step == self.STEP_PREVIEW:
            self.run_import()

    # ------------------------------------------------------------ work

    def options(self) -> importer.ImportOptions:
        sheets = [
            self.sheet_list.item(i).text()
            for i in range(self.sheet_list.count())
            if self.sheet_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        with Session(self.ctx.engine) as session:
            actor = app_settings.operator(session)
        return importer.ImportOptions(
            sheets=sheets or None,
            mapping=dict(self.mapping),
            profile=self.profile_box.currentData() or None,
            grid=self.new_grid_edit.text().strip() or self.grid_box.currentData() or None,
            new_grid=bool(self.new_grid_edit.text().strip()),
            community=self.community_box.currentData() or None,
            compound=self.compound_edit.text().strip() or None,
            actor=actor,
        )

    def preview(self, then: int) -> None:
        options = self.options()
        path = self.path

        def work(session: Session, progress: Any, cancel: Any) -> importer.ImportReport:
            return importer.preview_import(session, path, options, progress, cancel)

        def done(report: importer.ImportReport) -> None:
            self.report = report
            self.offer_places(report)
            self.fill_columns(report)
            self.fill_preview(report)
            self._show(then)

        self.task = self.ctx.tasks.start(self.tr("Reading the ledger…"), work, done)

    def run_import(self) -> None:
        options = self.options()
        path = self.path

        def work(session: Session, progress: Any, cancel: Any) -> importer.ImportReport:
            return importer.run_import(session, path, options, progress, cancel)

        def done(report: importer.ImportReport) -> None:
            self.imported = report
            c = report.counts()
            self.done_label.setText(
                self.tr(
                    "Imported: %1 new, %2 updated, %3 unchanged persons; %4 new households; %5 rows rejected."
                )
                .replace("%1", str(c["persons_created"]))
                .replace("%2", str(c["persons_updated"]))
                .replace("%3", str(c["persons_unchanged"]))
                .replace("%4", str(c["households_created"]))
                .replace("%5", str(c["rejected_rows"]))
            )
            self.rejects_button.setEnabled(bool(report.rejected))
            self.undo_button.setEnabled(report.import_id is not None)
            self._show(self.STEP_DONE)
            self.ctx.notify_changed()

        self.task = self.ctx.tasks.start(self.tr("Importing…"), work, done)

    def fill_columns(self, report: importer.ImportReport) -> None:
        fields = [""] + [
            f for f in import_headers.FIELD_LABELS if f not in import_headers.IGNORED_FIELDS
        ]
        # The first read of a layout seen before: its columns as the user mapped them then.
        last: dict[str, str] = {}
        if not self.mapping and not self.profile_box.currentData():
            last = dict((report.remembered or {}).get("mapping") or {})
        rows = [
            (h.name, label, last.get(label, h.columns.get(label, "")))
            for h in report.headers
            for label in h.labels
            if label
        ]
        self.column_table.setRowCount(len(rows))
        for r, (sheet, label, field) in enumerate(rows):
            self.column_table.setItem(r, 0, QTableWidgetItem(sheet))
            self.column_table.setItem(r, 1, QTableWidgetItem(label))
            box = QComboBox()
            for f in fields:
                text = self._field_label(f)
                box.addItem(text, f)
            box.setCurrentIndex(max(0, box.findData(field or "")))
            self.column_table.setCellWidget(r, 2, box)
        self.column_table.resizeColumnsToContents()

    def _field_label(self, field: str) -> str:
        if not field:
            return self.tr("(keep as extra information)")
        label = PERSON_LABELS.get(field) or HOUSEHOLD_LABELS.get(field)
        if label is None:
            names = import_headers.FIELD_LABELS.get(field, ())
            label = names[0] if names else field
        return label

    def column_mapping(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for r in range(self.column_table.rowCount()):
            label_item = self.column_table.item(r, 1)
            box = self.column_table.cellWidget(r, 2)
            if label_item is not None and isinstance(box, QComboBox):
                out[label_item.text()] = box.currentData() or ""
        return out

    def offer_places(self, report: importer.ImportReport) -> None:
        """Pre-fill what was chosen last time for this layout, or what the title names."""
        last = report.remembered or {}
        if not self.grid_box.currentData() and not self.new_grid_edit.text().strip():
            at = self.grid_box.findData(last.get("grid") or "")
            if at > 0:
                self.grid_box.setCurrentIndex(at)
        if not self.compound_edit.text().strip():
            self.compound_edit.setText(last.get("compound") or report.title_compound)

    def fill_preview(self, report: importer.ImportReport) -> None:
        c = report.counts()
        self.counts_label.setText(
            self.tr("New: %1   Updated: %2   Unchanged: %3   Rejected: %4   New households: %5")
            .replace("%1", str(c["persons_created"]))
            .replace("%2", str(c["persons_updated"]))
            .replace("%3", str(c["persons_unchanged"]))
            .replace("%4", str(c["rejected_rows"]))
            .replace("%5", str(c["households_created"]))
        )
        diff_rows = [
            [u.sheet, str(u.row), u.name, PERSON_LABELS.get(k, k), str(a or ""), str(b or "")]
            for u in report.updates
            for k, (a, b) in u.changes.items()
        ]
        rejected_rows = [[r.sheet, str(r.row), r.column, r.reason] for r in report.rejected]
        warning_rows = [
            [str(w.get("sheet", "")), str(w.get("row", "")), str(w.get("column", "")),
             str(w.get("message", ""))]
            for w in report.warnings
        ]  # fmt: skip
        tabs = self.preview_tabs
        for table, rows, title in (
            (self.rejected_table, rejected_rows, self.tr("Rejected (%1)")),
            (self.diff_table, diff_rows, self.tr("Updates (%1)")),
            (self.warnings_table, warning_rows, self.tr("Warnings (%1)")),
        ):
            _fill_table(table, rows)
            tabs.setTabText(tabs.indexOf(table.parentWidget()), title.replace("%1", str(len(rows))))
        tabs.setCurrentIndex(0)
        self.places_label.setText(self.places_text(report))
        # Nowhere to put some rows: say so here and let the user go back to choose.
        self.places_label.setStyleSheet("color: #b00020;" if report.target_problem else "")

    def places_text(self, report: importer.ImportReport) -> str:
        """Where the households without a grid or a compound in the ledger will go."""
        if report.target_problem and not report.grid:
            return self.tr(
                "%1 rows name no grid: go back to the first step and choose a grid for them, "
                "or type the name of a new one."
            ).replace("%1", str(report.rows_without_grid))
        if report.target_problem:
            return report.target_problem
        parts: list[str] = []
        if report.rows_without_grid and report.grid:
            parts.append(
                self.tr("%1 rows without a grid go to the grid %2")
                .replace("%1", str(report.rows_without_grid))
                .replace("%2", report.grid)
            )
        if report.compound:
            parts.append(
                self.tr("households without a compound go to %1").replace("%1", report.compound)
            )
        return "; ".join(parts)

    def save_profile(self) -> None:
        name = dialogs_io.ask_text(self, self.tr("Save as profile"), self.tr("Profile name"))
        if not name:
            return
        try:
            with session_scope(self.ctx.engine) as session:
                profiles.save_profile(session, name.strip(), self.column_mapping())
        except ServiceError as exc:
            dialogs_io.warn(self, self.tr("Not saved"), str(exc))
            return
        if self.profile_box.findData(name.strip()) < 0:
            self.profile_box.addItem(name.strip(), name.strip())

    def save_rejects(self) -> None:
        from gridapp.importer.rejects import write_rejects

        if self.imported is None:
            return
        target = dialogs_io.ask_save_file(
            self,
            self.tr("Save the rejected rows"),
            "Excel (*.xlsx)",
            str(self.path.with_name(self.path.stem + "-未导入.xlsx")),
        )
        if not target:
            return
        try:
            count = write_rejects(self.imported, Path(target))
        except (ServiceError, OSError) as exc:
            dialogs_io.warn(self, self.tr("Not saved"), str(exc))
            return
        dialogs_io.info(
            self,
            self.tr("Saved"),
            self.tr("%1 rows saved to %2").replace("%1", str(count)).replace("%2", target),
        )

    def undo_import(self) -> None:
        if self.imported is None or self.imported.import_id is None:
            return
        if not dialogs_io.confirm(
            self, self.tr("Undo this import"), self.tr("Take back everything this import changed?")
        ):
            return
        import_id = self.imported.import_id

        def work(session: Session, progress: Any, cancel: Any) -> importer.UndoResult:
            # In the background like the import itself: undoing 50,000 residents takes a while.
            return importer.undo_import(session, import_id, app_settings.operator(session))

        def done(result: importer.UndoResult) -> None:
            self.undone = result
            self.undo_button.setEnabled(False)
            self.done_label.setText(
                self.done_label.text() + "\n" + self.tr("The import was undone.")
            )
            self.ctx.notify_changed()

        self.undo_button.setEnabled(False)  # one undo at a time
        self.task = self.ctx.tasks.start(self.tr("Undoing the import…"), work, done)
        self.task.ended.connect(
            lambda: self.undo_button.setEnabled(self.undone is None)  # a failure: try again
        )
