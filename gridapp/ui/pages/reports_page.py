"""报表与打印: the monthly report, ledger and list exports, visit forms, household cards and
the contact notice — all made in the task runner, PDFs previewed before printing."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from gridapp.export import LIST_KINDS
from gridapp.services import choices
from gridapp.services import settings as app_settings
from gridapp.services.common import CancelFlag, Progress, ServiceError
from gridapp.ui import dialogs_io
from gridapp.ui.generated.ui_reports_page import Ui_ReportsPage
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import WorkPage, fill_grids, work_page

if TYPE_CHECKING:
    from gridapp.ui.template_fill_dialog import TemplateFillDialog

XLSX = "Excel (*.xlsx)"
PDF = "PDF (*.pdf)"


def _with_suffix(target: str, suffix: str) -> Path:
    return Path(target if target.lower().endswith(suffix) else target + suffix)


def _pdf_writer() -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("gridapp.pdf.monthly_report")
    except ImportError:
        return None
    writer = getattr(module, "write_monthly_pdf", None)
    return writer if callable(writer) else None


@work_page("reports", order=70, icon="print")
class ReportsPage(WorkPage):
    """Reports and printing."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)  # the layout: forms/reports_page.ui
        ui = self.ui
        self.last_output: Path | None = None
        self.template_dialog: TemplateFillDialog | None = None
        self.month = ui.reportMonth
        self.month.setDate(QDate.currentDate())
        self.export_grid, self.list_group, self.full_id = ui.exportGrid, ui.listGroup, ui.fullId
        self.list_kind = ui.listKind
        for kind, label in LIST_KINDS.items():
            self.list_kind.addItem(label, kind)
        self.print_grid, self.due_only = ui.printGrid, ui.dueOnly
        self.building = ui.printBuilding  # the register's buildings, never free text
        self.household_no = ui.cardHousehold
        self.status = ui.reportStatus
        ui.monthlyPdf.setEnabled(_pdf_writer() is not None)
        for button, slot in (
            (ui.monthlyXlsx, lambda: self.monthly_report("xlsx")),
            (ui.monthlyPdf, lambda: self.monthly_report("pdf")),
            (ui.exportList, self.export_list),
            (ui.exportLedger, self.export_ledger),
            (ui.fillTemplate, self.fill_template),
            (ui.printSheets, self.print_visit_sheets),
            (ui.printNotice, self.print_notice),
            (ui.printCard, self.print_card),
        ):
            button.clicked.connect(slot)
        self.print_grid.currentIndexChanged.connect(lambda _i: self._grid_for_printing())
        self.month.dateChanged.connect(lambda _d: self._name_the_cycle())
        self._name_the_cycle()

    def _name_the_cycle(self) -> None:
        """The visit forms take their cycle from the Month box above: the box says which."""
        month = self.month.date().toString("yyyy-MM")
        text = self.tr("Only households not yet visited in the cycle of %1 (Month above)")
        self.due_only.setText(text.replace("%1", month))

    def _grid_for_printing(self) -> None:
        with Session(self.ctx.reader) as session:
            self._fill_buildings(session)

    def title(self) -> str:
        return self.tr("Reports")

    def load(self, session: Session) -> None:
        fill_grids(self.export_grid, session, self.tr("All grids"))
        fill_grids(self.print_grid, session, self.tr("All grids"))
        self._fill_buildings(session)
        keep = self.list_group.currentData()
        self.list_group.clear()
        self.list_group.addItem(self.tr("All groups"), None)
        for kind in choices.group_kind_choices(session):
            self.list_group.addItem(kind.name, kind.name)
        index = self.list_group.findData(keep)
        self.list_group.setCurrentIndex(max(index, 0))

    def _fill_buildings(self, session: Session) -> None:
        """The print section's 楼栋: the buildings of the grid chosen to print (all grids: every
        building), each named with its compound and grid."""
        keep = self.building.currentData()
        self.building.clear()
        self.building.addItem(self.tr("All buildings"), None)
        for b in choices.building_choices(session, self.print_grid.currentData()):
            label = " · ".join(p for p in (b.name, b.compound, b.grid) if p)
            self.building.addItem(label, b.id)  # the one picked, not every one so named
            self.building.setItemData(self.building.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.building.setCurrentIndex(max(self.building.findData(keep), 0))

    # ------------------------------------------------------------ helpers

    def _ask(self, title: str, filters: str, name: str, suffix: str) -> Path | None:
        target = dialogs_io.ask_save_file(self, title, filters, str(Path.home() / name))
        return _with_suffix(target, suffix) if target else None

    def _finished(self, out: Path, preview: bool) -> Callable[[Any], None]:
        def done(_result: Any) -> None:
            self.last_output = out
            self.status.setText(self.tr("Saved: %1").replace("%1", str(out)))
            if preview:
                from gridapp.ui.widgets import pdf_preview

                pdf_preview.show_pdf(self, out)
            else:
                dialogs_io.info(self, self.tr("Saved"), str(out))

        return done

    def _grid_name(self, box: QComboBox) -> str | None:
        return box.currentText() if box.currentData() is not None else None

    # ------------------------------------------------------------ monthly report

    def monthly_report(self, kind: str) -> None:
        d = self.month.date()
        year, month = d.year(), d.month()
        suffix = "." + kind
        out = self._ask(
            self.tr("Save the monthly report"),
            XLSX if kind == "xlsx" else PDF,
            f"月报-{year}-{month:02d}{suffix}",
            suffix,
        )
        if out is None:
            return
        writer = _pdf_writer() if kind == "pdf" else None
        if kind == "pdf" and writer is None:
            dialogs_io.warn(
                self, self.tr("Not available"), self.tr("PDF reports are not available")
            )
            return

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            from gridapp.services.monthly import monthly_figures

            figures = monthly_figures(session, year, month, progress=progress, cancel=cancel)
            cancel.check()
            if writer is not None:
                return writer(figures, out, progress, cancel)
            from gridapp.export.monthly_xlsx import write_monthly_xlsx

            return write_monthly_xlsx(figures, out)

        self.ctx.tasks.start(
            self.tr("Making the monthly report…"), work, self._finished(out, kind == "pdf")
        )

    # ------------------------------------------------------------ exports

    def export_list(self) -> None:
        kind = str(self.list_kind.currentData())
        out = self._ask(
            self.tr("Export list"), XLSX, f"{self.list_kind.currentText()}.xlsx", ".xlsx"
        )
        if out is None:
            return
        from gridapp.export.lists import ListOptions, export_list

        d = self.month.date()
        options = ListOptions(
            kind=kind,
            grid=self._grid_name(self.export_grid),
            group=self.list_group.currentData(),
            month=f"{d.year()}-{d.month():02d}",
            full_id=self.full_id.isChecked(),
        )

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            return export_list(session, out, options, progress=progress, cancel=cancel)

        self.ctx.tasks.start(self.tr("Exporting the list…"), work, self._finished(out, False))

    def export_ledger(self) -> None:
        out = self._ask(self.tr("Export ledger"), XLSX, "台账.xlsx", ".xlsx")
        if out is None:
            return
        from gridapp.export import ledger

        flt = ledger.LedgerFilter(
            grid=self._grid_name(self.export_grid), group=self.list_group.currentData()
        )
        full = self.full_id.isChecked()

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            return ledger.export_ledger(
                session, out, flt, full_id=full, progress=progress, cancel=cancel
            )

        self.ctx.tasks.start(self.tr("Exporting the ledger…"), work, self._finished(out, False))

    # ------------------------------------------------------------ other offices' forms

    def fill_template(self) -> None:
        """一表通: choose the form, check the column mapping, save the filled copy."""
        from gridapp.export.template_fill import TemplateError
        from gridapp.ui import template_fill_dialog as tfd

        title = self.tr("Fill a template")
        path = dialogs_io.ask_open_file(
            self, self.tr("Choose the form to fill"), tfd.TEMPLATE_FILTER
        )
        if not path:
            return
        template = Path(path)
        problem = tfd.suffix_problem(template)
        if problem is not None:
            dialogs_io.warn(self, title, problem)
            return

        def inspect(group: str | None) -> Any:
            from gridapp.export.template_fill import inspect_template

            with Session(self.ctx.reader) as session:
                return inspect_template(session, template, group)

        group = self.list_group.currentData()
        try:
            info = inspect(group)
        except TemplateError as exc:
            dialogs_io.warn(self, title, tfd.problem_text(exc))
            return
        except ServiceError as exc:
            dialogs_io.warn(self, title, str(exc))
            return
        grids = [
            self.export_grid.itemText(i)
            for i in range(self.export_grid.count())
            if self.export_grid.itemData(i) is not None
        ]
        groups = [
            str(self.list_group.itemData(i))
            for i in range(self.list_group.count())
            if self.list_group.itemData(i) is not None
        ]
        if self.template_dialog is not None:
            self.template_dialog.deleteLater()
        dialog = tfd.TemplateFillDialog(
            info, inspect, grids, groups, self._grid_name(self.export_grid), group, self
        )
        dialog.accepted.connect(lambda: self._fill_template(dialog))
        self.template_dialog = dialog
        dialog.open()

    def _fill_template(self, dialog: TemplateFillDialog) -> None:
        from gridapp.export import template_fill
        from gridapp.ui import template_fill_dialog as tfd

        out = dialog.output
        if out is None:
            return
        template = dialog.info.path
        options = dialog.options()
        # worded here, in the GUI thread, for the worker to raise
        reasons = ("missing", "locked", "broken", "no_header", "no_fillable", "write_locked")
        problems = {
            r: tfd.problem_text(
                template_fill.TemplateError("", r, out if r == "write_locked" else template)
            )
            for r in reasons
        }

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            try:
                return template_fill.fill_template(
                    session, template, out, options, progress=progress, cancel=cancel
                )
            except template_fill.TemplateError as exc:
                raise ServiceError(problems.get(exc.reason) or str(exc)) from exc

        def done(result: Any) -> None:
            self.last_output = out
            self.status.setText(self.tr("Saved: %1").replace("%1", str(out)))
            lines = [
                self.tr("%1 residents written into “%2” (sheet “%3”).")
                .replace("%1", str(result.rows))
                .replace("%2", str(out))
                .replace("%3", result.sheet)
            ]
            if not result.rows:
                lines.append(self.tr("Nobody in the register matches the grid and group chosen."))
            if result.unfilled:
                lines.append(
                    self.tr("Left empty (the register has nothing for them): %1").replace(
                        "%1", "、".join(result.unfilled)
                    )
                )
            ids = template_fill.FILLABLE["id_number"]
            if options.full_id and result.rows and any(f == ids for _l, f in result.mapped):
                lines.append(
                    self.tr("The file holds full ID numbers; this was recorded in the change log.")
                )
            lines.append(self.tr("Open the folder holding the file?"))
            if dialogs_io.confirm(self, self.tr("Form filled"), "\n\n".join(lines)):
                tfd.open_folder(out)

        self.ctx.tasks.start(self.tr("Filling the form…"), work, done)

    # ------------------------------------------------------------ printing

    def print_visit_sheets(self) -> None:
        out = self._ask(self.tr("Visit forms"), PDF, "入户走访记录表.pdf", ".pdf")
        if out is None:
            return
        grid = self._grid_name(self.print_grid)
        building_id = self.building.currentData()
        due_only = self.due_only.isChecked()
        full = self.full_id.isChecked()
        d = self.month.date()
        year, month = d.year(), d.month()

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            from gridapp.pdf import data
            from gridapp.pdf.visit_sheet import write_visit_sheets

            selection = data.select_households(
                session, grid, year=year, month=month, due_only=due_only,
                building_id=building_id,
            )  # fmt: skip
            ids = selection.household_ids
            sheets = data.iter_sheets(session, ids, every_cycle=selection.every_cycle)
            if full:
                sheets = self._disclosed(session, sheets, "打印入户走访记录表", out)
            return write_visit_sheets(
                sheets, len(ids), out, cycle=selection.cycle, full_id=full,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self.ctx.tasks.start(self.tr("Making the visit forms…"), work, self._finished(out, True))

    @staticmethod
    def _disclosed(session: Session, sheets: Any, what: str, out: Path) -> Iterator[Any]:
        """Full ID numbers printed: each household's disclosure goes into the change log."""
        from gridapp.services.changelog import ChangeWriter

        writer = ChangeWriter(session, app_settings.operator(session))
        for sheet in sheets:
            writer.add(
                "household", sheet.household_id, sheet.uuid, "disclose", field="id_number",
                note=f"{what}（完整身份证号）：{out.name}"[:200],
            )  # fmt: skip
            yield sheet
        writer.flush()

    def print_card(self) -> None:
        number = self.household_no.text().strip()
        if not number:
            dialogs_io.info(
                self, self.tr("Household card"), self.tr("Type the household number first.")
            )
            return
        out = self._ask(self.tr("Household card"), PDF, f"户卡-{number}.pdf", ".pdf")
        if out is None:
            return
        full = self.full_id.isChecked()

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            from gridapp.pdf import data
            from gridapp.pdf.household_card import write_household_card

            hid = data.household_by_number(session, number)
            sheets = data.iter_sheets(session, [hid], full=True)
            if full:
                sheets = self._disclosed(session, sheets, "打印户卡", out)
            sheet = next(iter(sheets))
            result = write_household_card(
                sheet, out, full_id=full, progress=progress, cancel=cancel
            )
            if full:
                for _rest in sheets:  # let the disclosure be written
                    pass
            return result

        self.ctx.tasks.start(self.tr("Making the household card…"), work, self._finished(out, True))

    def print_notice(self) -> None:
        grid = self._grid_name(self.print_grid)
        if grid is None:
            dialogs_io.info(self, self.tr("Contact notice"), self.tr("Choose a grid first."))
            return
        out = self._ask(self.tr("Contact notice"), PDF, f"公示牌-{grid}.pdf", ".pdf")
        if out is None:
            return

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            from gridapp.pdf.data import notice_data
            from gridapp.pdf.notice import write_notice

            return write_notice(notice_data(session, grid), out, progress=progress, cancel=cancel)

        self.ctx.tasks.start(self.tr("Making the contact notice…"), work, self._finished(out, True))

    # ------------------------------------------------------------ state

    def save_state(self) -> dict[str, object]:
        return {"list": self.list_kind.currentData(), "due_only": self.due_only.isChecked()}

    def restore_state(self, state: dict[str, object]) -> None:
        kind = state.get("list")
        if isinstance(kind, str):
            index = self.list_kind.findData(kind)
            if index >= 0:
                self.list_kind.setCurrentIndex(index)
        due = state.get("due_only")
        if due is not None:
            self.due_only.setChecked(str(due).lower() in ("true", "1"))
