"""Fill another office's Excel form (一表通): the column mapping dialog.

The page (``pages/reports_page.py``) asks for the template, reads it with
``export.template_fill.inspect_template`` and opens :class:`TemplateFillDialog`: the sheet and
header found, one row per template column with a combo box of what the register fills it with
(pre-set from the import's recognition and from the mapping remembered for this template), the
columns left empty marked, and the options (grid, special group, moved-out residents, full ID
numbers). OK asks for the output file; the page then fills it in the task runner. The user's
corrections go to ``fill_template`` as ``TemplateOptions.mapping``, which remembers them exactly
as ``gridapp export template --map`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from gridapp.export.template_fill import (
    EXTRA_PREFIX,
    FILLABLE,
    TemplateError,
    TemplateInfo,
    TemplateOptions,
)
from gridapp.ui import dialogs_io
from gridapp.ui.generated.ui_template_fill import Ui_TemplateFillDialog

TEMPLATE_FILTER = "Excel (*.xlsx *.xlsm);;Excel 97-2003 (*.xls);;CSV (*.csv);;*"
XLSX = "Excel (*.xlsx)"
EMPTY_TINT = QColor("#fff1d6")  # a column left empty
WARN_STYLE = "color: #b00020;"
EMPTY_STYLE = "color: #9a5b00; font-weight: bold;"

Inspect = Callable[[str | None], TemplateInfo]


def suffix_problem(path: Path) -> str | None:
    """Why a chosen file cannot be filled as a template, before opening it (None: it may)."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return None
    if suffix in (".xls", ".et"):
        text = QCoreApplication.translate(
            "TemplateFill",
            "“%1” is an old-format Excel file (.xls). Only .xlsx forms can be filled with their "
            "own styles kept: open it in Excel or WPS, save it as an Excel workbook (.xlsx) and "
            "choose that file.",
        )
    elif suffix in (".csv", ".txt"):
        text = QCoreApplication.translate(
            "TemplateFill",
            "“%1” is a CSV text file: it has no title, cell styles or footer to keep, so it "
            "cannot be filled as a form. Use “Export ledger…” for the register's data as a "
            "table, or save the form as .xlsx in Excel or WPS.",
        )
    else:
        text = QCoreApplication.translate(
            "TemplateFill", "“%1” is not an Excel workbook. Choose the form as an .xlsx file."
        )
    return text.replace("%1", path.name)


def problem_text(error: TemplateError) -> str:
    """A template or output problem in the user's language."""
    name = error.path.name
    if error.reason == "format":
        return suffix_problem(error.path) or str(error)
    texts = {
        "missing": QCoreApplication.translate("TemplateFill", "The file “%1” was not found."),
        "locked": QCoreApplication.translate(
            "TemplateFill",
            "“%1” cannot be read: it may be open in Excel or WPS, or you may not have "
            "permission to read it. Close it and try again.",
        ),
        "broken": QCoreApplication.translate(
            "TemplateFill", "“%1” is damaged or is not an Excel workbook."
        ),
        "no_header": QCoreApplication.translate(
            "TemplateFill",
            "No header was found in “%1”: the form needs a row of column headings such as "
            "姓名 or 身份证号 within its first 15 rows.",
        ),
        "no_fillable": QCoreApplication.translate(
            "TemplateFill", "The register has nothing to fill any column of “%1” with."
        ),
        "write_locked": QCoreApplication.translate(
            "TemplateFill",
            "“%1” cannot be written: it may be open in Excel or WPS, or the folder may not "
            "allow writing. Close the file (or choose another folder) and try again.",
        ),
    }
    text = texts.get(error.reason)
    return text.replace("%1", name) if text else str(error)


def open_folder(path: Path) -> None:
    """Show the folder holding ``path`` in the system's file manager (tests patch this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class TemplateFillDialog(QDialog):
    """The detected header and the column mapping of one template, and the fill options (laid
    out in ``forms/template_fill.ui``; this class fills it and keeps the behaviour)."""

    def __init__(
        self,
        info: TemplateInfo,
        inspect: Inspect,
        grids: list[str],
        groups: list[str],
        grid: str | None = None,
        group: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateFillDialog()
        self.ui.setupUi(self)
        self.info = info
        self.inspect = inspect
        self.output: Path | None = None
        self.touched: dict[str, str] = {}  # label → what the user chose in its combo
        self._filling = False
        self.boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Fill a template (一表通)") + f" — {info.path.name}")
        ui = self.ui
        self.found, self.table, self.summary = (
            ui.templateFound,
            ui.templateColumns,
            ui.templateSummary,
        )
        self.grid, self.group = ui.templateGrid, ui.templateGroup
        self.all_status, self.full_id = ui.templateAllStatus, ui.templateFullId
        self.full_id_warning, self.buttons = ui.fullIdWarning, ui.buttons
        self._set_up_table()
        self._fill_options(grids, groups, grid, group)
        self._set_up_buttons()
        self._show_info()

    def _set_up_table(self) -> None:
        """How the columns of the table share its width (the form has the headings)."""
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)

    def _fill_options(
        self, grids: list[str], groups: list[str], grid: str | None, group: str | None
    ) -> None:
        """Whom to list: the grid, the special group, who moved out, full ID numbers."""
        self.grid.addItem(self.tr("All grids"), None)
        for name in grids:
            self.grid.addItem(name, name)
        self.grid.setCurrentIndex(max(0, self.grid.findData(grid)))
        self.group.addItem(self.tr("All residents"), None)
        for name in groups:
            self.group.addItem(name, name)
        self.group.setCurrentIndex(max(0, self.group.findData(group)))
        self.group.currentIndexChanged.connect(self._group_changed)
        self.full_id_warning.setVisible(False)
        self.full_id.toggled.connect(self.full_id_warning.setVisible)

    def _set_up_buttons(self) -> None:
        """Fill and save, or cancel."""
        ok = self.ok_button()
        ok.setText(self.tr("Fill and save…"))
        ok.setObjectName("templateFillOk")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # ------------------------------------------------------------ filling the table

    def ok_button(self) -> QPushButton:
        button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return button

    def _choices(self) -> list[tuple[str, str]]:
        items = [(self.tr("(leave empty)"), "")]
        items += [(label, key) for key, label in FILLABLE.items()]
        items += [
            (self.tr("%1 (extra column)").replace("%1", name), EXTRA_PREFIX + name)
            for name in self.info.extra_names
        ]
        return items

    def _show_info(self) -> None:
        info = self.info
        last = info.header_row + info.header_rows - 1
        rows = (
            self.tr("row %1").replace("%1", str(info.header_row))
            if info.header_rows == 1
            else self.tr("rows %1–%2").replace("%1", str(info.header_row)).replace("%2", str(last))
        )
        self.found.setText(self._found_text(rows))
        self._filling = True
        self.table.setRowCount(len(info.columns))
        self.boxes.clear()
        choices = self._choices()
        for r, col in enumerate(info.columns):
            letter = QTableWidgetItem(col.letter)
            letter.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, 0, letter)
            label = QTableWidgetItem(col.label)
            label.setToolTip(col.label)
            self.table.setItem(r, 1, label)
            box = QComboBox()
            box.setObjectName(f"templateField_{col.letter}")
            box.setMaxVisibleItems(20)
            for text, key in choices:
                box.addItem(text, key)
            chosen = self.touched.get(col.label, col.target)
            if box.findData(chosen) < 0:  # a remembered field this list does not offer
                box.addItem(chosen.removeprefix(EXTRA_PREFIX), chosen)
            box.setCurrentIndex(box.findData(chosen))
            box.currentIndexChanged.connect(lambda _i, c=col.label: self._chosen(c))
            self.boxes[col.label] = box
            self.table.setCellWidget(r, 2, box)
            self.table.setItem(r, 3, QTableWidgetItem())
        self._filling = False
        self.table.resizeRowsToContents()
        self.table.setColumnWidth(2, 230)
        self._mark()

    def _found_text(self, rows: str) -> str:
        """Where the header is and where the residents go, with the form's own hint and example
        rows the fill writes over (as ``fill_template`` does)."""
        info = self.info
        if info.hint_range is None:
            text = self.tr("Sheet “%1”: header in %2; residents are written from row %3 on.")
        else:
            first, last = info.hint_range
            hints = (
                self.tr("row %1").replace("%1", str(first))
                if first == last
                else self.tr("rows %1–%2").replace("%1", str(first)).replace("%2", str(last))
            )
            text = self.tr(
                "Sheet “%1”: header in %2; residents are written from row %3 on, in place of "
                "the form's instructions and examples in %4."
            ).replace("%4", hints)
        return text.replace("%1", info.sheet).replace("%2", rows).replace("%3", str(info.data_row))

    def _chosen(self, label: str) -> None:
        if not self._filling:
            self.touched[label] = str(self.boxes[label].currentData())
            self._mark()

    def _mark(self) -> None:
        """The note of each row, the columns left empty tinted, the summary under the table."""
        empty: list[str] = []
        chosen = self.chosen()
        for r, col in enumerate(self.info.columns):
            target = chosen[col.label]
            if not target:
                note = self.tr("left empty")
                empty.append(col.label)
            elif col.label in self.touched and target != col.target:
                note = self.tr("changed by you")
            elif col.remembered is not None and col.remembered != col.detected:
                note = self.tr("remembered")
            else:
                note = self.tr("recognised")
            tint = QBrush(EMPTY_TINT) if not target else QBrush()
            for c in (0, 1, 3):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(tint)
                    font = item.font()
                    font.setBold(not target and c != 0)
                    item.setFont(font)
            status = self.table.item(r, 3)
            if status is not None:
                status.setText(note)
                status.setForeground(QBrush(QColor("#9a5b00" if not target else "#555555")))
        filled = len(self.info.columns) - len(empty)
        if not filled:
            self.summary.setText(self.tr("No column is filled: choose what fills at least one."))
            self.summary.setStyleSheet(WARN_STYLE)
        elif empty:
            self.summary.setText(
                self.tr("%1 columns filled; left empty (the register has nothing for them): %2")
                .replace("%1", str(filled))
                .replace("%2", "、".join(empty))
            )
            self.summary.setStyleSheet(EMPTY_STYLE)
        else:
            self.summary.setText(self.tr("All %1 columns are filled.").replace("%1", str(filled)))
            self.summary.setStyleSheet("")
        self.ok_button().setEnabled(filled > 0)

    def _group_changed(self) -> None:
        """Another group brings its own fields (低保证号 …): read the template again with them;
        the rows the user changed keep the user's choice."""
        try:
            info = self.inspect(self.group.currentData())
        except TemplateError as exc:
            dialogs_io.warn(self, self.tr("Fill a template"), problem_text(exc))
            return
        self.info = info
        self._show_info()

    # ------------------------------------------------------------ result

    def chosen(self) -> dict[str, str]:
        """Column label → what fills it ("" = left empty), as the combo boxes show it."""
        return {label: str(box.currentData() or "") for label, box in self.boxes.items()}

    def combo(self, label: str) -> QComboBox:
        return self.boxes[label]

    def options(self) -> TemplateOptions:
        return TemplateOptions(
            grid=self.grid.currentData(),
            group=self.group.currentData(),
            full_id=self.full_id.isChecked(),
            status="all" if self.all_status.isChecked() else "active",
            mapping=self.info.corrections(self.chosen()),
            sheet=self.info.sheet,
        )

    def accept(self) -> None:
        """Ask where to save; the dialog stays open (corrections kept) when that is cancelled."""
        template = self.info.path
        start = template.parent / (self.tr("%1-filled").replace("%1", template.stem) + ".xlsx")
        target = dialogs_io.ask_save_file(self, self.tr("Save the filled form"), XLSX, str(start))
        if not target:
            return
        out = Path(target if target.lower().endswith(".xlsx") else target + ".xlsx")
        if out.resolve() == template.resolve():
            dialogs_io.warn(
                self,
                self.tr("Fill a template"),
                self.tr("Save the filled form under another name: the template is kept for "
                        "next time."),
            )  # fmt: skip
            return
        self.output = out
        super().accept()
