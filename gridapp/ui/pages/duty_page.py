"""值班: the month's duty roster as a calendar; generate, swap, print, mark a day as a holiday."""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget
from sqlalchemy.orm import Session

from gridapp.services import choices, duty
from gridapp.services.common import CancelFlag, Progress
from gridapp.ui import dialogs_io
from gridapp.ui.generated.ui_duty_page import Ui_DutyPage
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import WorkPage, fill_grids, work_page
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.tables import RowTable

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()

HOLIDAY = QColor("#fdecea")


@dataclass(frozen=True)
class Cell:
    day: dt.date
    text: str
    tip: str
    off: bool  # weekend or holiday


class MonthModel(QAbstractTableModel):
    """The month as weeks x 7 days (a model: no per-cell calls into Qt when refilled)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.cells: list[list[Cell | None]] = []
        self.off = QBrush(HOLIDAY)

    def load(self, cells: list[list[Cell | None]]) -> None:
        self.beginResetModel()
        self.cells = cells
        self.endResetModel()

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self.cells) and 0 <= column < len(self.cells[row]):
            return self.cells[row][column]
        return None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else 7

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.cell(index.row(), index.column()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell(index.row(), index.column()) if index.isValid() else None
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.off if cell.off else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < 7 else None
        return None


@work_page("duty", order=60, icon="duty")
class DutyPage(WorkPage):
    """Duty (值班) roster."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DutyPage()
        self.ui.setupUi(self)  # the layout: forms/duty_page.ui
        ui = self.ui
        self.shifts: list[duty.ShiftRow] = []
        self.holidays: dict[dt.date, str] = {}  # the days the user marked (duty_extra_holidays)
        self.month, self.grid_box, self.summary = ui.dutyMonth, ui.dutyGrid, ui.dutySummary
        self.month.setDate(QDate.currentDate())
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.grid_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.holiday_button = ui.dutyHoliday
        for button, slot in (
            (ui.dutyHoliday, self.toggle_holiday),
            (ui.dutyGenerate, self.generate),
            (ui.dutySwap, self.swap_selected),
            (ui.dutyPrint, self.print_roster),
        ):
            button.clicked.connect(slot)
        self.holiday_action = QAction(self.tr("Mark holiday…"), self)
        self.holiday_action.setObjectName("dutyHolidayAction")
        self.holiday_action.triggered.connect(self.toggle_holiday)
        mark_writes(ui.dutyHoliday, self.holiday_action, ui.dutyGenerate, ui.dutySwap)
        self.month_model = MonthModel(
            [
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            ],
            self,
        )
        self.calendar = ui.dutyCalendar
        self.calendar.setModel(self.month_model)
        self.calendar.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.calendar.selectionModel().currentChanged.connect(lambda _c, _p: self._show_day())
        self.calendar.customContextMenuRequested.connect(self._calendar_menu)
        self.day_table = RowTable("dutyShifts")
        ui.dutyShiftsLayout.addWidget(self.day_table)
        self.splitter = ui.dutySplitter
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

    def title(self) -> str:
        return self.tr("Duty")

    def _ym(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()

    def load(self, session: Session) -> None:
        fill_grids(self.grid_box, session, self.tr("All grids"))
        year, month = self._ym()
        self.shifts = duty.roster(session, year, month, self.grid_box.currentData())
        self.holidays = duty.extra_holidays(session)
        by_day: dict[dt.date, list[duty.ShiftRow]] = defaultdict(list)
        for s in self.shifts:
            by_day[s.on].append(s)
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
        cells: list[list[Cell | None]] = []
        for week in weeks:
            line: list[Cell | None] = []
            for c, day in enumerate(week):
                if day.month != month:
                    line.append(None)
                    continue
                shifts = by_day.get(day, [])
                label = self.holidays.get(day) or (shifts[0].holiday if shifts else "")
                lines = [str(day.day) + (f"  {label}" if label else "")]
                # U+2060 (word joiner) keeps each name whole when the cell wraps
                names = ["\u2060".join(s.name + ("*" if s.swapped_from else "")) for s in shifts]
                if names:
                    lines.append(" ".join(names))  # wraps in the cell
                tip = "\n".join(
                    f"{s.area} {s.shift} {s.start_time}-{s.end_time} {s.name} {s.phone}"
                    for s in shifts
                )
                off = (
                    day in self.holidays
                    or any(s.shift in duty.DAY_OFF_SHIFTS for s in shifts)
                    or (c >= 5 and not shifts)
                )
                line.append(Cell(day, "\n".join(lines), tip, off))
            cells.append(line)
        keep = self._selected_day()
        self.month_model.load(cells)
        if keep is not None:
            self.select_day(keep)
        self.summary.setText(
            self.tr("%1 shifts this month (* swapped)").replace("%1", str(len(self.shifts)))
        )
        self._show_day()

    def _selected_day(self) -> dt.date | None:
        index = self.calendar.currentIndex()
        cell = self.month_model.cell(index.row(), index.column()) if index.isValid() else None
        return cell.day if cell is not None else None

    def select_day(self, day: dt.date) -> None:
        for r, line in enumerate(self.month_model.cells):
            for c, cell in enumerate(line):
                if cell is not None and cell.day == day:
                    self.calendar.setCurrentIndex(self.month_model.index(r, c))
                    return

    def _show_day(self) -> None:
        day = self._selected_day()
        marked = day is not None and day in self.holidays
        text = self.tr("Unmark holiday") if marked else self.tr("Mark holiday…")
        self.holiday_button.setText(text)
        self.holiday_action.setText(text)
        rows = [s for s in self.shifts if day is None or s.on == day]
        self.day_table.set_rows(
            [
                self.tr("Date"),
                self.tr("Grid"),
                self.tr("Shift"),
                self.tr("Time"),
                self.tr("On duty"),
                self.tr("Phone"),
                self.tr("Holiday"),
                self.tr("Swapped from"),
            ],
            [
                [
                    s.on,
                    s.area,
                    s.shift,
                    f"{s.start_time}-{s.end_time}",
                    s.name,
                    s.phone,
                    s.holiday,
                    s.swapped_from,
                ]
                for s in rows
            ],
            [s.id for s in rows],
        )

    # ------------------------------------------------------------ actions

    def _calendar_menu(self, pos: QPoint) -> None:
        index = self.calendar.indexAt(pos)
        if self.month_model.cell(index.row(), index.column()) is None:
            return
        self.calendar.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.holiday_action)
        menu.popup(self.calendar.viewport().mapToGlobal(pos))

    def toggle_holiday(self) -> None:
        """Mark the chosen day as a holiday (节假日) for the roster, or take the mark off."""
        day = self._selected_day()
        title = self.tr("Holiday")
        if day is None:
            dialogs_io.info(self, title, self.tr("Choose a day in the calendar first."))
            return
        when = day.isoformat()
        if day in self.holidays:
            ask = self.tr("Take the holiday mark “%1” off %2?")
            if not dialogs_io.confirm(
                self, title, ask.replace("%1", self.holidays[day]).replace("%2", when)
            ):
                return
            done = self.change(lambda s: duty.unmark_holiday(s, day, actor=self.actor(s)))
        else:
            name = dialogs_io.ask_text(
                self, title, self.tr("%1 is a holiday. Its name:").replace("%1", when),
                self.tr("Holiday"),
            )  # fmt: skip
            if name is None:
                return
            done = self.change(lambda s: duty.mark_holiday(s, day, name, actor=self.actor(s)))
        if done and any(s.on == day for s in self.shifts):
            self._offer_regenerate(day)

    def _offer_regenerate(self, day: dt.date) -> None:
        """The month's roster was made before the change: made again, the day's shifts follow
        (changes of hands in the month are made again too)."""
        if dialogs_io.confirm(
            self,
            self.tr("Generate roster"),
            self.tr(
                "The roster of this month was made before. Make it again so that %1 gets "
                "the right shifts? Shifts swapped this month will have to be swapped again."
            ).replace("%1", day.isoformat()),
        ):
            year, month = self._ym()
            grid = self.grid_box.currentData()
            self.change(
                lambda s: duty.generate_roster(s, year, month, grid, replace=True),
                self.tr("Roster not generated"),
            )

    def generate(self) -> None:
        year, month = self._ym()
        replace = False
        if self.shifts:
            if not dialogs_io.confirm(
                self,
                self.tr("Generate roster"),
                self.tr("This month already has a roster. Replace it?"),
            ):
                return
            replace = True
        grid = self.grid_box.currentData()
        self.change(
            lambda s: duty.generate_roster(s, year, month, grid, replace=replace),
            self.tr("Roster not generated"),
        )

    def swap_selected(self) -> None:
        sid = self.day_table.current_key()
        if sid is None:
            dialogs_io.info(
                self, self.tr("Swap shift"), self.tr("Choose a shift in the list below first.")
            )
            return
        shift = next((s for s in self.shifts if s.id == sid), None)
        with Session(self.ctx.engine) as session:
            workers = choices.worker_grid_choices(session)
        others = [w for w in workers if shift is None or w.id != shift.worker_id]
        labels = [f"{w.name}（{w.area}）" for w in others]
        chosen = dialogs_io.ask_item(
            self, self.tr("Swap shift"), self.tr("Hand the shift to"), labels
        )
        if not chosen:
            return
        other = others[labels.index(chosen)].id
        self.change(lambda s: duty.swap(s, sid, other, actor=self.actor(s)), self.tr("Not swapped"))

    def print_roster(self) -> None:
        year, month = self._ym()
        target = dialogs_io.ask_save_file(
            self,
            self.tr("Print roster"),
            "PDF (*.pdf)",
            str(Path.home() / f"值班表-{year}-{month:02d}.pdf"),
        )
        if not target:
            return
        out = Path(target if target.lower().endswith(".pdf") else target + ".pdf")
        grid_id = self.grid_box.currentData()

        def work(session: Session, progress: Progress, cancel: CancelFlag) -> Any:
            from gridapp.pdf.duty_roster import write_duty_roster

            phone = choices.grid_duty_phone(session, grid_id)
            shifts = duty.roster(session, year, month, grid_id)
            return write_duty_roster(
                shifts, out, year=year, month=month, duty_phone=phone,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        def done(_pages: object) -> None:
            from gridapp.ui.widgets.pdf_preview import show_pdf

            show_pdf(self, out)

        self.ctx.tasks.start(self.tr("Printing the duty roster…"), work, done)

    # ------------------------------------------------------------ state

    def save_state(self) -> dict[str, object]:
        return {"grid": self.grid_box.currentData(), "splitter": self.splitter.saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
