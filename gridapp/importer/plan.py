"""Reading a ledger into a plan: its sheets' headers found, every row cleaned (or rejected,
or ignored) and grouped into households. Nothing here touches the register's persons; the
plan is compared with them in ``importer.matching`` and written by ``importer.write``."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from gridapp.domain import address as addr
from gridapp.domain import relations
from gridapp.importer import cleaning, headers, layouts, profiles, readers, target, wide
from gridapp.importer.cleaning import CleanRow, RowRejected
from gridapp.importer.households import resolve_relations
from gridapp.importer.report import ImportOptions, ImportReport, RejectedRow, SheetHeader
from gridapp.services.common import CancelFlag, Progress, ServiceError

CHUNK = 2000
_FOOTER = re.compile(r"^(填表人|填报人|审核人|制表人|负责人|统计人|合计|总计|共计|小计|签字|盖章)")
_HINT_WORDS = ("必填", "选填", "可选", "如：", "如:", "YYYY", "分隔", "1=是", "填写", "格式")
_SKIP_SHEETS = re.compile(r"(说明|注意事项|填表说明|填写说明|字典|代码表|示例)")
# Subtotals between buildings or units: 1号楼小计, 二单元合计, 本页小计, 东方花园合计：32人
_SUBTOTAL = re.compile(
    r"^(本页|本楼|本栋|本单元|本小区|[0-9一二三四五六七八九十]+(号楼|栋|幢|单元|层)"
    r"|[\u4e00-\u9fff0-9]{1,12}(小区|花园|号楼|栋|幢|单元))(小计|合计|总计|共计)"
)


@dataclass
class Row:
    sheet: str
    row: int
    clean: CleanRow
    extra: dict[str, str]
    group: int = -1  # index into Plan.groups


@dataclass
class Group:
    rows: list[Row] = field(default_factory=list)
    place: dict[str, str] = field(default_factory=dict)
    household_id: int | None = None  # existing household matched
    grid_name: str = ""


@dataclass
class Plan:
    report: ImportReport
    rows: list[Row] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    existing: dict[str, dict[str, Any]] = field(default_factory=dict)  # id_number → stored row
    memberships: dict[int, set[int]] = field(default_factory=dict)  # person id → group kind ids
    kinds: dict[str, int] = field(default_factory=dict)  # group name/code → kind id
    by_number: dict[str, int] = field(default_factory=dict)  # 户号 → group index
    kind_names: dict[int, str] = field(default_factory=dict)
    refusal: ServiceError | None = None  # why the rows cannot go where chosen (target)


# One person's cells as a sheet offers them: (field → raw cell, field → column, field →
# label, the person's own other information or None, whether a household starts here).
Entry = tuple[dict[str, object], dict[str, int], dict[str, str], dict[str, str] | None, bool]


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_hint_row(cells: Sequence[object]) -> bool:
    texts = [str(c) for c in cells if isinstance(c, str) and c.strip()]
    hits = sum(1 for t in texts if any(w in t for w in _HINT_WORDS))
    return hits >= 2 or (hits >= 1 and len(texts) <= 2)


def _is_footer(cells: Sequence[object]) -> bool:
    for cell in cells:
        if blank(cell):
            continue
        text = re.sub(r"\s+", "", str(cell))
        if _FOOTER.match(text) or _SUBTOTAL.match(text):
            return True
    return False


def _overrides(session: Session, options: ImportOptions) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if options.profile:
        mapping.update(profiles.load_profile(session, options.profile))
    mapping.update(profiles.check_mapping(options.mapping))
    return {headers.normalize_label(k) or k: v for k, v in mapping.items()} | dict(mapping)


# ------------------------------------------------------------------------- a sheet's columns


@dataclass
class SheetColumns:
    """What a sheet's header says about its columns, worked out once before its rows."""

    match: headers.HeaderMatch
    fields: dict[str, int]  # field → first column holding it
    layout: wide.WideLayout | None  # one household a row (``wide``), or None
    title: str  # the rows above the header, as text
    category: str  # 人员类别 every row gets (a 流动人口 register), or ""
    building: str = ""  # the building the sheet's name gives (``3号楼``), or ""
    label_of: dict[str, str] = field(default_factory=dict)  # field → its column's label
    unknown: list[tuple[int, str]] = field(default_factory=list)  # (index, label), no field
    ignore: set[int] = field(default_factory=set)  # columns never read (序号 …)


def _sheet_columns(
    sheet: readers.SheetData, overrides: dict[str, str], options: ImportOptions
) -> SheetColumns | None:
    """The sheet's columns, or None for a sheet without a ledger header (skipped); a sheet
    the user named that has none is an error."""
    readers.fill_merged(sheet)
    match = headers.find_header(sheet.rows[: headers.SCAN_ROWS + 1], sheet.merged, overrides)
    fields = match.field_columns() if match else {}
    # One household a row, members in column groups (户主姓名 … 成员1姓名 …): ``wide``
    layout = wide.find_layout(match, sheet.rows[match.header_row], overrides) if match else None
    if match is None or not ({"name", "id_number"} & set(fields) or layout):
        if options.sheets and sheet.name in options.sheets and not _SKIP_SHEETS.search(sheet.name):
            raise ServiceError(
                f"工作表“{sheet.name}”中没有找到可识别的表头（需要“姓名”“身份证号”等列）"
            )
        return None
    title = target.title_text(sheet.rows[: match.header_row])
    # A 流动人口 register: 登记日期 is the date moved in, everyone is 流动人口 unless a
    # 人员类别 column says otherwise.
    floating = layouts.is_floating(sheet.name, title)
    if floating:
        match = layouts.floating_columns(match)
        fields = match.field_columns()
    return SheetColumns(
        match, fields, layout, title,
        category=layouts.FLOATING if floating and "category" not in fields else "",
        building=_sheet_building(sheet.name, fields),
        label_of={c.field: c.label for c in match.columns if c.field},
        unknown=[(c.index, c.label) for c in match.columns if c.field is None],
        ignore={c.index for c in match.columns if c.field in headers.IGNORED_FIELDS},
    )  # fmt: skip


def _sheet_building(sheet_name: str, fields: dict[str, int]) -> str:
    """A sheet named after its building (``3号楼``) places rows without building or address."""
    if "building" in fields or "address" in fields:
        return ""
    found = addr.building_label(sheet_name)
    if (found.endswith(("号楼", "座")) and found != sheet_name) or re.search(
        r"(号楼|栋|幢|座)$", sheet_name
    ):
        return found
    return ""


def _describe_sheet(
    report: ImportReport, sheet: readers.SheetData, columns: SheetColumns, unknown: list[str]
) -> None:
    """The sheet's header in the report: its labels, its unknown columns, hidden columns."""
    match = columns.match
    report.sheets.append(sheet.name)
    report.title = report.title or columns.title
    header_labels = [""] * (max((c.index for c in match.columns), default=-1) + 1)
    for col in match.columns:
        header_labels[col.index] = col.label
    report.headers.append(
        SheetHeader(
            sheet.name,
            match.header_row + 1,
            header_labels,
            {c.label: c.field or "" for c in match.columns},
        )
    )
    layout = columns.layout
    shown_unknown = layout.unknown_labels() if layout else [lab for _, lab in columns.unknown]
    unknown += [lab for lab in shown_unknown
                if lab not in unknown and not layouts.is_kept_as_extra(lab)]  # fmt: skip
    report.warnings += layouts.hidden_warnings(sheet, match, columns.ignore)


# ------------------------------------------------------------------------------ the rows


class _SheetRows:
    """Reading one sheet's rows into the plan: each person cleaned, checked against the
    file's other rows, its household values filled down and joined to a household."""

    def __init__(
        self, reading: _Reading, sheet: readers.SheetData, columns: SheetColumns
    ) -> None:  # fmt: skip
        self.plan = reading.plan
        self.report = reading.plan.report
        self.seen_ids = reading.seen_ids
        self.today = reading.today
        self.sheet = sheet
        self.columns = columns
        self.has_number = "household_number" in columns.fields
        self.has_relation = "relation" in columns.fields or columns.layout is not None
        self.last_place: dict[str, str] = {}
        self.group_index = -1
        self.prev_place_key: tuple[str, ...] | None = None

    def read(self, reading: _Reading) -> None:
        sheet, columns, report = self.sheet, self.columns, self.report
        match, layout, ignore = columns.match, columns.layout, columns.ignore
        field_items = list(columns.fields.items())
        fields, label_of = columns.fields, columns.label_of
        done, total = reading.done, reading.total
        for r in range(match.data_start, len(sheet.rows)):
            done += 1
            if done % CHUNK == 0:
                reading.cancel.check()
                reading.progress(done, total, "检查数据")
            cells = sheet.rows[r]
            rownum = r - match.header_row + 1 if sheet.is_csv else r + 1
            if not cleaning.has_data(cells, ignore):
                report.ignored_rows += 1
                continue
            entries: Sequence[Entry]
            if layout is None:
                # Only the filled cells (what clean_row keeps of them anyway).
                width = len(cells)
                values = {f: v for f, i in field_items if i < width
                          and (v := cells[i]) is not None and v != ""}  # fmt: skip
                entries = ((values, fields, label_of, None, False),)
            else:
                entries = self._household_row(rownum, cells, layout)
            for entry in entries:
                if not self._person(r, rownum, cells, entry):
                    break  # the whole row, whoever else a household row names
        reading.done = done

    def _household_row(
        self, rownum: int, cells: list[object], layout: wide.WideLayout
    ) -> list[Entry]:
        """A household-per-row ledger's row as one entry per person (``wide``); the members
        it cannot place are rejected or warned about here, with their row and column."""
        people, problems = layout.entries(cells)
        report, sheet = self.report, self.sheet.name
        for problem in problems:
            if problem.reject:
                report.rejected.append(
                    RejectedRow(sheet, rownum, problem.column, problem.message, list(cells),
                                problem.index)
                )  # fmt: skip
            else:
                report.warnings.append(
                    {"sheet": sheet, "row": rownum, "column": problem.column,
                     "message": problem.message}
                )  # fmt: skip
        return [(p.values, p.columns, p.labels, p.extra, p.new_household) for p in people]

    def _person(self, r: int, rownum: int, cells: list[object], entry: Entry) -> bool:
        """One person into the plan (or the report's rejected rows); False when the whole
        row is no resident's (a hint or footer row)."""
        values, col_of, labels, own_extra, new_household = entry
        columns = self.columns
        if columns.building and blank(values.get("building")):
            values["building"] = columns.building
        if columns.category and "category" not in values:
            values["category"] = columns.category
        try:
            clean = cleaning.clean_present(values, self.today)
        except RowRejected as exc:
            return self._rejected(exc, r, rownum, cells, values, col_of, labels)
        sheet = self.sheet.name
        number = clean.person["id_number"]
        if number in self.seen_ids:
            self._repeated(number, rownum, cells, col_of, labels)
            return True
        self.seen_ids[number] = (sheet, rownum)
        for key, message in clean.warnings:
            self.report.warnings.append(
                {"sheet": sheet, "row": rownum, "column": labels.get(key, key), "message": message}
            )
        is_head = clean.person.get("relation") == relations.HEAD
        place = self._fill_down(clean, is_head)
        unknown = columns.unknown
        extra = own_extra if own_extra is not None else {
            label: cleaning.cell_text(cells[i])
            for i, label in unknown
            if i < len(cells) and not blank(cells[i])
        } if unknown else {}  # fmt: skip
        row = Row(sheet, rownum, clean, extra)
        row.group = self._group_of(place, is_head, new_household)
        self.plan.groups[row.group].rows.append(row)
        self.plan.rows.append(row)
        return True

    def _rejected(
        self, exc: RowRejected, r: int, rownum: int, cells: list[object],
        values: dict[str, object], col_of: dict[str, int], labels: dict[str, str],
    ) -> bool:  # fmt: skip
        # Hint rows under the header and footer rows (填表人, 合计) are not residents.
        if _is_footer(cells) or (r - self.columns.match.data_start < 3 and _is_hint_row(cells)):
            self.report.ignored_rows += 1
            return False
        if relations.is_head(values.get("relation")):
            self.group_index = -1  # its members must not join the household above
        column = labels.get(exc.field, headers.FIELD_LABELS[exc.field][0])
        reason = exc.reason
        if exc.field == "id_number" and "*" in str(values.get("id_number") or ""):
            reason = "身份证号已打码（含*），请填写完整的18位身份证号"
        self.report.rejected.append(
            RejectedRow(self.sheet.name, rownum, column, reason, list(cells),
                        col_of.get(exc.field))
        )  # fmt: skip
        return True

    def _repeated(
        self, number: str, rownum: int, cells: list[object], col_of: dict[str, int],
        labels: dict[str, str],
    ) -> None:  # fmt: skip
        sheet = self.sheet.name
        first_sheet, first_row = self.seen_ids[number]
        where = f"第 {first_row} 行" if first_sheet == sheet else (
            f"工作表“{first_sheet}”第 {first_row} 行")  # fmt: skip
        self.report.rejected.append(
            RejectedRow(sheet, rownum, labels.get("id_number", "身份证号"),
                        f"身份证号与本文件{where}重复（已保留前一行）", list(cells),
                        col_of.get("id_number"))
        )  # fmt: skip

    def _fill_down(self, clean: CleanRow, is_head: bool) -> dict[str, str]:
        """Household-grouped ledgers: household values stand on the first row only."""
        place = clean.place
        last_place = self.last_place
        # Not from a row of another household (户号 given and different: the ledger lists by
        # 户号, e.g. sorted by name, and the rows above belong elsewhere).
        own_number = place.get("household_number", "")
        foreign = bool(own_number) and (
            last_place.get("household_number", own_number) != own_number
        )
        if not is_head and not foreign:
            place = clean.place = last_place | place  # the row's own values win
        else:  # a household's first row: only the grid and compound carry over
            for key in ("grid", "compound"):
                if key in last_place:
                    place.setdefault(key, last_place[key])
        self.last_place = place  # never changed after this
        return place

    def _group_of(self, place: dict[str, str], is_head: bool, new_household: bool) -> int:
        """The household (index into the plan's groups) a person joins, a new one if need be:
        by 户号 where the ledger has them, else a head, a new household row or a new place
        starts one."""
        get = place.get
        place_key = (get("compound", ""), get("building", ""), get("unit", ""),
                     get("room", ""), get("address", ""))  # fmt: skip
        number_key = get("household_number", "")
        has_number, new_place = self.has_number, self.prev_place_key != place_key
        if has_number and number_key:
            self.group_index = _group_by_number(self.plan, number_key)
        elif (
            self.group_index < 0
            or is_head
            or new_household
            or (has_number and not number_key and new_place)
            or (not self.has_relation and new_place)
        ):
            self.plan.groups.append(Group())
            self.group_index = len(self.plan.groups) - 1
        self.prev_place_key = place_key
        return self.group_index


def _group_by_number(plan: Plan, number: str) -> int:
    if number not in plan.by_number:
        plan.groups.append(Group())
        plan.by_number[number] = len(plan.groups) - 1
    return plan.by_number[number]


# ------------------------------------------------------------------------------ the file


@dataclass
class _Reading:
    """What reading a file carries from sheet to sheet."""

    plan: Plan
    today: dt.date
    total: int  # rows in the file, for the progress
    progress: Progress
    cancel: CancelFlag
    done: int = 0
    seen_ids: dict[str, tuple[str, int]] = field(default_factory=dict)  # id → (sheet, row)


def read(
    session: Session, path: Path, options: ImportOptions, progress: Progress, cancel: CancelFlag
) -> Plan:
    """The file's rows as a plan of households and persons (the report says what was
    skipped, ignored, rejected or warned about)."""
    path = Path(path)
    report = ImportReport(file_name=path.name)
    plan = Plan(report)
    progress(0, 0, "读取文件")
    book = readers.read_book(path, options.sheets)
    report.file_hash = file_hash(path)
    overrides = _overrides(session, options)
    today = options.today or dt.date.today()
    reading = _Reading(plan, today, sum(len(s.rows) for s in book), progress, cancel)
    unknown: list[str] = []
    for sheet in book:
        cancel.check()
        columns = _sheet_columns(sheet, overrides, options)
        if columns is None:
            report.skipped_sheets.append(sheet.name)
            continue
        _describe_sheet(report, sheet, columns, unknown)
        _SheetRows(reading, sheet, columns).read(reading)
    if not report.sheets:
        raise ServiceError(
            f"文件“{path.name}”中没有找到可识别的台账表头（需要“姓名”“身份证号”等列），"
            "未导入任何数据"
        )
    report.unknown_columns = unknown
    for group in plan.groups:
        resolve_relations([r.clean for r in group.rows])  # 兄弟姐妹 → 兄/弟/姐/妹 (the head)
        for row in reversed(group.rows):  # the first row that says it wins
            group.place.update(row.clean.place)
    return plan
