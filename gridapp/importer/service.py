"""The ledger import: preview (dry run), run (one transaction), undo, list.

Reading and cleaning build a *plan* (who is new, who changes which fields, which households
and places to create) without touching the register; ``run_import`` then writes the plan
with Core bulk inserts in the caller's transaction, logging every change in the hash-chained
change log under the import's batch id, so that ``undo_import`` can restore it as a whole.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import operator
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, bindparam, func, select, update
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    Base,
    Building,
    ChangeLog,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    ImportBatch,
    Person,
    Room,
    Unit,
    new_uuid,
    now,
    table_of,
)
from gridapp.domain import address as addr
from gridapp.domain import idcard, pinyin, relations
from gridapp.importer import cleaning, headers, layouts, profiles, readers, target, wide
from gridapp.importer.cleaning import CleanRow, RowRejected
from gridapp.importer.households import resolve_relations
from gridapp.services import created_batch, numbering, places
from gridapp.services.changelog import ChangeWriter, to_text
from gridapp.services.common import (
    NEVER,
    CancelFlag,
    NotFound,
    Progress,
    ServiceError,
    no_progress,
)
from gridapp.services.register import PERSON_FIELDS, search_text

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
class ImportOptions:
    sheets: list[str] | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # column label → field ("" = unknown)
    profile: str | None = None
    grid: str | None = None  # target grid for rows without a grid of their own
    new_grid: bool = False  # ``grid`` names a grid to create (under ``community``)
    community: str | None = None
    compound: str | None = None  # target compound for rows without one
    use_remembered: bool = False  # take the grid and compound chosen last time for this layout
    actor: str = ""
    today: dt.date | None = None


@dataclass
class RejectedRow:
    sheet: str
    row: int  # 1-based as Excel shows it (CSV: line number with the header as line 1)
    column: str
    reason: str
    cells: list[object] = field(default_factory=list)
    column_index: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason}


@dataclass
class PersonDiff:
    sheet: str
    row: int
    name: str
    id_masked: str
    changes: dict[str, tuple[Any, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "name": self.name,
            "id_number": self.id_masked,
            "changes": {k: [to_text(a), to_text(b)] for k, (a, b) in self.changes.items()},
        }


@dataclass
class SheetHeader:
    name: str
    header_row: int  # 1-based
    labels: list[str]  # by column position ("" for a column without label)
    columns: dict[str, str]  # label → field ("" = unknown → person.extra)


@dataclass
class ImportReport:
    file_name: str = ""
    file_hash: str = ""
    dry_run: bool = True
    committed: bool = False
    import_id: int | None = None
    batch: str = ""
    sheets: list[str] = field(default_factory=list)
    skipped_sheets: list[str] = field(default_factory=list)
    persons_created: int = 0
    persons_updated: int = 0
    persons_unchanged: int = 0
    households_created: int = 0
    households_updated: int = 0
    ignored_rows: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    updates: list[PersonDiff] = field(default_factory=list)
    unknown_columns: list[str] = field(default_factory=list)
    headers: list[SheetHeader] = field(default_factory=list)
    title: str = ""  # the first sheet's title row
    title_compound: str = ""  # the compound the title names (target.compound_from_title)
    rows_without_grid: int = 0
    grid: str = ""  # where rows without a grid went
    target_problem: str = ""  # why the import would be refused as chosen (no grid …), or ""
    compound: str = ""  # where rows without a compound went
    remembered: dict[str, Any] | None = None  # what was chosen last time for this layout
    grid_remembered: bool = False  # ``grid`` came from there
    mapping_remembered: bool = False  # the columns were read as mapped last time

    @property
    def layout_key(self) -> str:
        return target.layout_key([h.labels for h in self.headers])

    def counts(self) -> dict[str, int]:
        return {
            "persons_created": self.persons_created,
            "persons_updated": self.persons_updated,
            "persons_unchanged": self.persons_unchanged,
            "households_created": self.households_created,
            "households_updated": self.households_updated,
            "ignored_rows": self.ignored_rows,
            "rejected_rows": len(self.rejected),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "dry_run": self.dry_run,
            "committed": self.committed,
            "import_id": self.import_id,
            **self.counts(),
            "rejected": [r.to_dict() for r in self.rejected],
            "warnings": self.warnings,
            "updates": [u.to_dict() for u in self.updates],
            "unknown_columns": self.unknown_columns,
            "sheets": self.sheets,
            "skipped_sheets": self.skipped_sheets,
            "headers": [asdict(h) for h in self.headers],
            "title_compound": self.title_compound,
            "rows_without_grid": self.rows_without_grid,
            "grid": self.grid,
            "compound": self.compound,
            "remembered": self.remembered,
            "mapping_remembered": self.mapping_remembered,
        }


@dataclass
class _Row:
    sheet: str
    row: int
    clean: CleanRow
    extra: dict[str, str]
    group: int = -1  # index into _Plan.groups


@dataclass
class _Group:
    rows: list[_Row] = field(default_factory=list)
    place: dict[str, str] = field(default_factory=dict)
    household_id: int | None = None  # existing household matched
    grid_name: str = ""


@dataclass
class _Plan:
    report: ImportReport
    rows: list[_Row] = field(default_factory=list)
    groups: list[_Group] = field(default_factory=list)
    existing: dict[str, dict[str, Any]] = field(default_factory=dict)  # id_number → stored row
    memberships: dict[int, set[int]] = field(default_factory=dict)  # person id → group kind ids
    kinds: dict[str, int] = field(default_factory=dict)  # group name/code → kind id
    by_number: dict[str, int] = field(default_factory=dict)  # 户号 → group index
    kind_names: dict[int, str] = field(default_factory=dict)
    refusal: ServiceError | None = None  # why the rows cannot go where chosen (target)


class NothingToImport(ServiceError):
    """Every row was rejected or ignored: nothing is written; the report says why."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__(
            f"文件“{report.file_name}”中没有可导入的行（拒绝 {len(report.rejected)} 行，"
            f"忽略 {report.ignored_rows} 行），未导入任何数据"
        )
        self.report = report


# ------------------------------------------------------------------------------------ reading


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_hint_row(cells: Sequence[object]) -> bool:
    texts = [str(c) for c in cells if isinstance(c, str) and c.strip()]
    hits = sum(1 for t in texts if any(w in t for w in _HINT_WORDS))
    return hits >= 2 or (hits >= 1 and len(texts) <= 2)


def _is_footer(cells: Sequence[object]) -> bool:
    for cell in cells:
        if _blank(cell):
            continue
        text = re.sub(r"\s+", "", str(cell))
        if _FOOTER.match(text) or _SUBTOTAL.match(text):
            return True
    return False


def _household_row(
    report: ImportReport, sheet: str, rownum: int, cells: list[object], layout: wide.WideLayout
) -> list[tuple[dict[str, object], dict[str, int], dict[str, str], dict[str, str], bool]]:
    """A household-per-row ledger's row as one entry per person (``wide``); the members it
    cannot place are rejected or warned about here, with their row and column."""
    people, problems = layout.entries(cells)
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


def _overrides(session: Session, options: ImportOptions) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if options.profile:
        mapping.update(profiles.load_profile(session, options.profile))
    mapping.update(profiles.check_mapping(options.mapping))
    return {headers.normalize_label(k) or k: v for k, v in mapping.items()} | dict(mapping)


def _read(
    session: Session,
    path: Path,
    options: ImportOptions,
    progress: Progress,
    cancel: CancelFlag,
) -> _Plan:
    path = Path(path)
    report = ImportReport(file_name=path.name)
    plan = _Plan(report)
    progress(0, 0, "读取文件")
    book = readers.read_book(path, options.sheets)
    report.file_hash = file_hash(path)
    overrides = _overrides(session, options)
    seen_ids: dict[str, tuple[str, int]] = {}
    today = options.today or dt.date.today()
    unknown: list[str] = []
    total = sum(len(s.rows) for s in book)
    done = 0
    for sheet in book:
        cancel.check()
        readers.fill_merged(sheet)
        match = headers.find_header(sheet.rows[: headers.SCAN_ROWS + 1], sheet.merged, overrides)
        fields = match.field_columns() if match else {}
        # One household a row, members in column groups (户主姓名 … 成员1姓名 …): ``wide``
        layout = wide.find_layout(match, sheet.rows[match.header_row], overrides) if match else None
        if match is None or not ({"name", "id_number"} & set(fields) or layout):
            if (
                options.sheets
                and sheet.name in options.sheets
                and not _SKIP_SHEETS.search(sheet.name)
            ):
                raise ServiceError(
                    f"工作表“{sheet.name}”中没有找到可识别的表头（需要“姓名”“身份证号”等列）"
                )
            report.skipped_sheets.append(sheet.name)
            continue
        report.sheets.append(sheet.name)
        sheet_title = target.title_text(sheet.rows[: match.header_row])
        report.title = report.title or sheet_title
        # A 流动人口 register: 登记日期 is the date moved in, everyone is 流动人口 unless a
        # 人员类别 column says otherwise.
        floating = layouts.is_floating(sheet.name, sheet_title)
        if floating:
            match = layouts.floating_columns(match)
            fields = match.field_columns()
        category = layouts.FLOATING if floating and "category" not in fields else ""
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
        unknown_cols = [(c.index, c.label) for c in match.columns if c.field is None]
        shown_unknown = layout.unknown_labels() if layout else [lab for _, lab in unknown_cols]
        unknown += [lab for lab in shown_unknown
                    if lab not in unknown and not layouts.is_kept_as_extra(lab)]  # fmt: skip
        ignore_idx = {c.index for c in match.columns if c.field in headers.IGNORED_FIELDS}
        label_of = {c.field: c.label for c in match.columns if c.field}
        report.warnings += layouts.hidden_warnings(sheet, match, ignore_idx)
        sheet_building = ""
        if "building" not in fields and "address" not in fields:
            found = addr.building_label(sheet.name)
            if (found.endswith(("号楼", "座")) and found != sheet.name) or re.search(
                r"(号楼|栋|幢|座)$", sheet.name
            ):
                sheet_building = found
        has_number = "household_number" in fields
        has_relation = "relation" in fields or layout is not None
        last_place: dict[str, str] = {}
        field_items = list(fields.items())
        group_index = -1
        prev_place_key: tuple[str, ...] | None = None
        for r in range(match.data_start, len(sheet.rows)):
            done += 1
            if done % CHUNK == 0:
                cancel.check()
                progress(done, total, "检查数据")
            cells = sheet.rows[r]
            rownum = r - match.header_row + 1 if sheet.is_csv else r + 1
            if not cleaning.has_data(cells, ignore_idx):
                report.ignored_rows += 1
                continue
            width = len(cells)
            entries: Sequence[tuple[dict[str, object], dict[str, int], dict[str, str],
                                    dict[str, str] | None, bool]]  # fmt: skip
            if layout is None:
                # Only the filled cells (what clean_row keeps of them anyway).
                values = {f: v for f, i in field_items if i < width
                          and (v := cells[i]) is not None and v != ""}  # fmt: skip
                entries = ((values, fields, label_of, None, False),)
            else:
                entries = _household_row(report, sheet.name, rownum, cells, layout)
            for values, col_of, labels, own_extra, new_household in entries:
                if sheet_building and _blank(values.get("building")):
                    values["building"] = sheet_building
                if category and "category" not in values:
                    values["category"] = category
                try:
                    clean = cleaning.clean_present(values, today)
                except RowRejected as exc:
                    # Hint rows under the header and footer rows (填表人, 合计) are not residents.
                    if _is_footer(cells) or (r - match.data_start < 3 and _is_hint_row(cells)):
                        report.ignored_rows += 1
                        break  # the whole row, whoever else a household row names
                    if relations.is_head(values.get("relation")):
                        group_index = -1  # its members must not join the household above
                    column = labels.get(exc.field, headers.FIELD_LABELS[exc.field][0])
                    reason = exc.reason
                    if exc.field == "id_number" and "*" in str(values.get("id_number") or ""):
                        reason = "身份证号已打码（含*），请填写完整的18位身份证号"
                    report.rejected.append(
                        RejectedRow(sheet.name, rownum, column, reason, list(cells),
                                    col_of.get(exc.field))
                    )  # fmt: skip
                    continue
                number = clean.person["id_number"]
                if number in seen_ids:
                    first_sheet, first_row = seen_ids[number]
                    where = f"第 {first_row} 行" if first_sheet == sheet.name else (
                        f"工作表“{first_sheet}”第 {first_row} 行")  # fmt: skip
                    report.rejected.append(
                        RejectedRow(sheet.name, rownum, labels.get("id_number", "身份证号"),
                                    f"身份证号与本文件{where}重复（已保留前一行）", list(cells),
                                    col_of.get("id_number"))
                    )  # fmt: skip
                    continue
                seen_ids[number] = (sheet.name, rownum)
                for key, message in clean.warnings:
                    report.warnings.append(
                        {"sheet": sheet.name, "row": rownum,
                         "column": labels.get(key, key), "message": message}
                    )  # fmt: skip
                # Household-grouped ledgers: household values stand on the first row only.
                is_head = clean.person.get("relation") == relations.HEAD
                place = clean.place
                # Not from a row of another household (户号 given and different: the ledger
                # lists by 户号, e.g. sorted by name, and the rows above belong elsewhere).
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
                last_place = place  # never changed after this
                extra = own_extra if own_extra is not None else {
                    label: cleaning.cell_text(cells[i])
                    for i, label in unknown_cols
                    if i < width and not _blank(cells[i])
                } if unknown_cols else {}  # fmt: skip
                row = _Row(sheet.name, rownum, clean, extra)
                get = place.get
                place_key = (get("compound", ""), get("building", ""), get("unit", ""),
                             get("room", ""), get("address", ""))  # fmt: skip
                number_key = get("household_number", "")
                if has_number and number_key:
                    group_index = _group_by_number(plan, number_key)
                elif (
                    group_index < 0
                    or is_head
                    or new_household
                    or (has_number and not number_key and prev_place_key != place_key)
                    or (not has_relation and prev_place_key != place_key)
                ):
                    plan.groups.append(_Group())
                    group_index = len(plan.groups) - 1
                prev_place_key = place_key
                row.group = group_index
                plan.groups[group_index].rows.append(row)
                plan.rows.append(row)
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


def _group_by_number(plan: _Plan, number: str) -> int:
    if number not in plan.by_number:
        plan.groups.append(_Group())
        plan.by_number[number] = len(plan.groups) - 1
    return plan.by_number[number]


# ------------------------------------------------------------------------------------ planning

_PERSON_COLUMNS = ("id", "uuid", "household_id", "rev", *PERSON_FIELDS)


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _load_existing(session: Session, plan: _Plan, cancel: CancelFlag) -> None:
    t = table_of(Person)
    cols = [t.c[c] for c in _PERSON_COLUMNS]
    numbers = [r.clean.person["id_number"] for r in plan.rows]
    if session.scalar(select(t.c.id).limit(1)) is None:
        numbers = []  # the first import into a register: nobody to look up (100 queries less)
    for part in _chunks(numbers):
        cancel.check()
        for row in session.execute(
            select(*cols).where(t.c.id_number.in_(part), t.c.deleted_at.is_(None))
        ):
            plan.existing[row.id_number] = row._asdict()
    ids = [int(v["id"]) for v in plan.existing.values()]
    m = table_of(GroupMembership)
    for start in range(0, len(ids), 500):
        for person_id, group_id in session.execute(
            select(m.c.person_id, m.c.group_id).where(
                m.c.person_id.in_(ids[start : start + 500]),
                m.c.left_on.is_(None),
                m.c.deleted_at.is_(None),
            )
        ):
            plan.memberships.setdefault(person_id, set()).add(group_id)
    for kind in session.execute(select(GroupKind.id, GroupKind.name, GroupKind.code)):
        plan.kind_names[kind.id] = kind.name
        plan.kinds.setdefault(kind.name, kind.id)
        plan.kinds.setdefault(kind.code, kind.id)
        plan.kinds.setdefault(kind.name.removesuffix("户"), kind.id)
        plan.kinds.setdefault(kind.name + "户", kind.id)
        plan.kinds.setdefault(kind.name + "人员", kind.id)


def _match_households(session: Session, plan: _Plan) -> None:
    h = table_of(Household)
    numbers = sorted({g.place["household_number"] for g in plan.groups
                      if g.place.get("household_number")})  # fmt: skip
    by_number: dict[str, int] = {}
    for part in _chunks(numbers):
        for hid, number in session.execute(
            select(h.c.id, h.c.number).where(h.c.number.in_(part), h.c.deleted_at.is_(None))
        ):
            by_number[number] = hid
    head_households: dict[int, tuple[int, str]] = {}
    wanted = {
        int(stored["household_id"])
        for stored in plan.existing.values()
        if stored.get("household_id") is not None
    }
    wanted_list = sorted(wanted)
    for start in range(0, len(wanted_list), 500):
        for hid, head_id, address in session.execute(
            select(h.c.id, h.c.head_id, h.c.address).where(
                h.c.id.in_(wanted_list[start : start + 500]), h.c.deleted_at.is_(None)
            )
        ):
            if head_id is not None:
                head_households[head_id] = (hid, address)
    for group in plan.groups:
        number = group.place.get("household_number", "")
        if number:
            group.household_id = by_number.get(number)
            continue
        head = _head_row(group)
        stored = plan.existing.get(head.clean.person["id_number"])
        if stored is None or stored["id"] not in head_households:
            continue
        hid, address = head_households[stored["id"]]
        new_address = _household_address(group.place)
        if not new_address or new_address == address:
            group.household_id = hid


def _head_row(group: _Group) -> _Row:
    for row in group.rows:
        if row.clean.person.get("relation") == relations.HEAD:
            return row
    return group.rows[0]


def _household_address(place: dict[str, str]) -> str:
    if place.get("address"):
        return place["address"]
    return addr.Address(
        place.get("compound", ""), place.get("building", ""), place.get("unit", ""),
        place.get("room", ""),
    ).text()  # fmt: skip


def _kind_ids(plan: _Plan, row: _Row) -> list[int]:
    out: list[int] = []
    for name in row.clean.groups:
        kind = plan.kinds.get(name) or plan.kinds.get(name.removesuffix("人员"))
        if kind is None:
            plan.report.warnings.append(
                {"sheet": row.sheet, "row": row.row, "column": "特殊人群",
                 "message": f"未知的特殊人群类别“{name}”，已记入其他信息"}
            )  # fmt: skip
            row.extra["特殊人群（未识别）"] = "、".join(
                filter(None, [row.extra.get("特殊人群（未识别）", ""), name])
            )
        elif kind not in out:
            out.append(kind)
    return out


def _person_changes(
    plan: _Plan, row: _Row, stored: dict[str, Any], household_id: int | None
) -> dict[str, tuple[Any, Any]]:
    diff: dict[str, tuple[Any, Any]] = {}
    for key, new in row.clean.person.items():
        old = stored.get(key)
        if new != old and new not in ("", None):
            diff[key] = (old, new)
    if row.extra:
        old_extra = stored.get("extra") if isinstance(stored.get("extra"), dict) else {}
        merged = dict(old_extra or {}) | row.extra
        if merged != (old_extra or {}):
            diff["extra"] = (old_extra or {}, merged)
    if household_id is not None and household_id != stored.get("household_id"):
        diff["household_id"] = (stored.get("household_id"), household_id)
    return diff


def _plan(session: Session, plan: _Plan, cancel: CancelFlag) -> None:
    report = plan.report
    _load_existing(session, plan, cancel)
    _match_households(session, plan)
    for group in plan.groups:
        if group.household_id is None:
            report.households_created += 1
        for row in group.rows:
            stored = plan.existing.get(row.clean.person["id_number"])
            kinds = _kind_ids(plan, row)
            if stored is None:
                report.persons_created += 1
                continue
            diff = _person_changes(plan, row, stored, group.household_id)
            if group.household_id is None and stored.get("household_id") is not None:
                diff["household_id"] = (stored["household_id"], "新户")
            have = plan.memberships.get(int(stored["id"]), set())
            added = [k for k in kinds if k not in have]
            if added:
                diff["groups"] = ("", ";".join(plan.kind_names[k] for k in added))
            if diff:
                report.persons_updated += 1
                report.updates.append(
                    PersonDiff(row.sheet, row.row, row.clean.person["name"],
                               idcard.mask(row.clean.person["id_number"]), diff)
                )  # fmt: skip
            else:
                report.persons_unchanged += 1


def preview_import(
    session: Session,
    path: Path | str,
    options: ImportOptions | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> ImportReport:
    """Dry run: what the import would do, nothing written."""
    options = options or ImportOptions()
    with _no_gc():
        plan = _read_remembered(session, Path(path), options, progress, cancel)
        _place(session, plan, options)
        _plan(session, plan, cancel)
    progress(1, 1, "预览完成")
    return plan.report


def _read_remembered(
    session: Session, path: Path, options: ImportOptions, progress: Progress, cancel: CancelFlag
) -> _Plan:
    """``_read``; with ``use_remembered`` and no mapping or profile given, read again under
    the column mapping chosen last time for this layout if it reads some column otherwise."""
    plan = _read(session, path, options, progress, cancel)
    if not options.use_remembered or options.mapping or options.profile:
        return plan
    choice = target.remembered(session, plan.report.layout_key)
    if choice is None or not choice.mapping or not _reads_otherwise(plan.report, choice.mapping):
        return plan
    options.mapping = dict(choice.mapping)
    plan = _read(session, path, options, progress, cancel)
    plan.report.mapping_remembered = True
    return plan


def _reads_otherwise(report: ImportReport, mapping: dict[str, str]) -> bool:
    return any(
        h.columns.get(label, "") != field
        for h in report.headers
        for label, field in mapping.items()
        if label in h.labels
    )


def _place(session: Session, plan: _Plan, options: ImportOptions) -> None:
    """The compound and grid of rows whose ledger does not say (``importer.target``)."""
    report = plan.report
    choice = target.remembered(session, report.layout_key)
    if choice is not None:
        report.remembered = choice.to_json()
        if options.use_remembered and not options.grid and choice.grid:
            options.grid = choice.grid
            report.grid_remembered = True
        if options.use_remembered and not options.compound and choice.compound:
            options.compound = choice.compound
    report.title_compound = target.compound_from_title(report.title)
    target.fill_compound(plan, options)
    report.compound = (options.compound or "").strip() or report.title_compound
    report.rows_without_grid = target.rows_without_grid(plan)
    report.grid = options.grid or ""
    try:  # what the import would refuse, said already in the preview
        target.check_target(session, plan, options)
    except ServiceError as exc:
        plan.refusal = exc
        report.target_problem = str(exc)


# ------------------------------------------------------------------------------------ writing


class _Ids:
    """Primary keys handed out in the transaction (BEGIN IMMEDIATE holds the write lock)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.next: dict[str, int] = {}

    def peek(self, model: type[Any]) -> int:
        """The id ``take`` hands out next."""
        name = model.__tablename__
        if name not in self.next:
            t = table_of(model)
            self.next[name] = int(self.session.scalar(select(func.max(t.c.id))) or 0) + 1
        return self.next[name]

    def take(self, model: type[Any]) -> int:
        value = self.peek(model)
        self.next[model.__tablename__] = value + 1
        return value


def _column_defaults(model: type[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col in table_of(model).c:
        default = col.default
        if default is None:
            out[col.name] = None
        elif getattr(default, "is_scalar", False):
            out[col.name] = default.arg  # type: ignore[attr-defined]
        else:
            out[col.name] = None
    return out


class _Places:
    """Grids, compounds, buildings, units and rooms: reused by name, created when missing."""

    def __init__(
        self,
        session: Session,
        ids: _Ids,
        stamp: dt.datetime,
        numbers: numbering.HouseholdNumbers,
    ) -> None:
        self.session = session
        self.numbers = numbers
        self.ids = ids
        self.stamp = stamp
        self.stamp_text = stamp.strftime("%Y-%m-%d %H:%M:%S.%f")
        self.default_grid: int | None = None  # rows without a grid (``target_grid``)
        self.grids: dict[str, int] = {}
        for area in session.execute(
            select(Area.id, Area.name, Area.level).where(Area.deleted_at.is_(None))
            .order_by(Area.id)
        ):  # fmt: skip
            if area.level in vocab.GRID_LEVELS:
                self.grids.setdefault(area.name, area.id)
        self.compounds: dict[str, int] = {}
        for cid, name in session.execute(
            select(Compound.id, Compound.name).where(Compound.deleted_at.is_(None))
        ):
            self.compounds.setdefault(name, cid)
        self.buildings: dict[tuple[int | None, str], tuple[int, int]] = {}
        for b in session.execute(
            select(Building.id, Building.compound_id, Building.name, Building.sort_order).where(
                Building.deleted_at.is_(None)
            )
        ):
            self.buildings.setdefault((b.compound_id, b.name), (b.id, b.sort_order))
        self.units: dict[tuple[int, str], int] = {}
        for u in session.execute(
            select(Unit.id, Unit.building_id, Unit.name).where(Unit.deleted_at.is_(None))
        ):
            self.units.setdefault((u.building_id, u.name), u.id)
        self.rooms: dict[tuple[int, str], int] = {}
        for r in session.execute(
            select(Room.id, Room.unit_id, Room.number).where(Room.deleted_at.is_(None))
        ):
            self.rooms.setdefault((r.unit_id, r.number), r.id)
        self.new: dict[str, list[dict[str, Any]]] = {
            "area": [], "compound": [], "building": [], "unit": [], "room": []
        }  # fmt: skip
        # table → (first id, last id) of the places created: ids are handed out one after the
        # other under the write lock, so the range holds exactly this import's new places.
        self.created: dict[str, tuple[int, int]] = {}

    def _row(self, model: type[Any], **values: Any) -> int:
        new_id = self.ids.take(model)
        first, _ = self.created.get(model.__tablename__, (new_id, new_id))
        self.created[model.__tablename__] = (first, new_id)
        self.new[model.__tablename__].append(
            {"id": new_id, "uuid": _uuid4(), "created_at": self.stamp_text,
             "updated_at": self.stamp_text, "rev": 1, **values}
        )  # fmt: skip
        return new_id

    def grid(self, name: str) -> int:
        if not name:
            if self.default_grid is None:  # checked by ``target_grid`` before anything is written
                raise ServiceError("导入的行没有网格，请选择导入到哪个网格")
            return self.default_grid
        if name in self.grids:
            return self.grids[name]
        return self.new_grid(name, target.first_community(self.session))

    def new_grid(self, name: str, parent: int | None) -> int:
        code = self.numbers.new_area(self.ids.peek(Area), parent, "三级网格")
        new_id = self._row(Area, parent_id=parent, level="三级网格", name=name, code=code,
                           scope="", service_hours="", duty_phone="", sort_order=0)  # fmt: skip
        self.grids[name] = new_id
        return new_id

    def room(self, place: dict[str, str], grid_id: int) -> tuple[int | None, str]:
        """The room of a household (None when the ledger does not say) and its sort key."""
        compound, building = place.get("compound", ""), place.get("building", "")
        unit, room = place.get("unit", ""), place.get("room", "")
        if not building and place.get("address"):
            parsed = addr.parse(place["address"])
            compound = compound or parsed.compound
            building, unit, room = parsed.building, unit or parsed.unit, room or parsed.room
        if not building:
            return None, places.room_sort_key(9999, "", unit, room) if room else ""
        compound_id: int | None = None
        if compound:
            compound_id = self.compounds.get(compound)
            if compound_id is None:
                compound_id = self._row(Compound, area_id=grid_id, name=compound, kind="小区",
                                        management="物业", manager="", manager_phone="",
                                        notes="")  # fmt: skip
                self.compounds[compound] = compound_id
        key = (compound_id, building)
        if key not in self.buildings:
            digits = "".join(ch for ch in building if ch.isdigit())
            order = int(digits) if digits else 0
            new_id = self._row(Building, compound_id=compound_id, grid_id=grid_id, name=building,
                               floors=None, sort_order=order, notes="")  # fmt: skip
            self.buildings[key] = (new_id, order)
        building_id, order = self.buildings[key]
        sort_key = places.room_sort_key(order, building, unit, room)
        if not room:
            return None, sort_key
        unit_key = (building_id, unit)
        if unit_key not in self.units:
            self.units[unit_key] = self._row(Unit, building_id=building_id, name=unit)
        unit_id = self.units[unit_key]
        room_key = (unit_id, room)
        if room_key not in self.rooms:
            digits = room if room.isdigit() else ""
            floor = int(digits) // 100 if len(digits) >= 3 else None
            self.rooms[room_key] = self._row(Room, unit_id=unit_id, number=room, floor=floor)
        return self.rooms[room_key], sort_key

    def statements(self) -> list[tuple[str, list[Any]]]:
        """The INSERTs of the places made since the last call."""
        out: list[tuple[str, list[Any]]] = []
        for model in (Area, Compound, Building, Unit, Room):
            rows = self.new[model.__tablename__]
            if rows:
                out.append(_insert(model, rows))
                rows.clear()
        return out


_HOUSEHOLD_KIND = {"家庭户": "家庭户", "家庭": "家庭户", "集体户": "集体户", "集体": "集体户"}
_HOUSING = {"自住": "自住", "自有": "自住", "出租": "出租", "租住": "出租", "闲置": "闲置"}


def _household_values(place: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    kind = _HOUSEHOLD_KIND.get(place.get("household_kind", ""))
    if kind:
        out["kind"] = kind
    housing = _HOUSING.get(place.get("housing", ""))
    if housing:
        out["housing"] = housing
    return out


def _insert(model: type[Any], rows: list[dict[str, Any]]) -> tuple[str, list[Any]]:
    """An INSERT for rows of one table, run with ``executemany`` on the session's own DBAPI
    connection (same transaction): SQLAlchemy's per-row parameter processing costs more than
    the insert itself at 50,000 rows. Values are converted the way SQLAlchemy stores them."""
    table = table_of(model)
    keys = list(rows[0])
    sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})"
    for key in keys:  # column by column: most values are already text or None
        convert = _converter(table.c[key].type)
        if convert is None:
            continue
        for row in rows:
            value = row[key]
            if value is not None and type(value) is not str:
                row[key] = convert(value)
    return sql, list(map(operator.itemgetter(*keys), rows))


def _dbapi(session: Session) -> Any:
    return session.connection().connection.dbapi_connection


def _converter(col_type: Any) -> Any:
    if isinstance(col_type, DateTime):
        return lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(col_type, Date):
        return lambda v: v.isoformat()
    if isinstance(col_type, JSON):
        return json.dumps
    if isinstance(col_type, Boolean):
        return int
    return None


_HOUSEHOLD_SNAPSHOT = ("number", "grid_id", "room_id", "address", "kind", "housing", "sort_key")
_SNAPSHOT_DEFAULTS = ("ethnicity", "category", "status")
_UUIDS: list[str] = []  # pre-made random ids, taken from the end
if hasattr(os, "register_at_fork"):  # POSIX: a forked child must not repeat them
    os.register_at_fork(after_in_child=_UUIDS.clear)


def _uuid4() -> str:
    """A random (version 4) UUID as text, made 4,096 at a time from one ``os.urandom`` call:
    ~4x cheaper than ``str(uuid.uuid4())`` per row, and as random."""
    if not _UUIDS:
        h = os.urandom(16 * 4096).hex()
        _UUIDS.extend(
            f"{h[i:i + 8]}-{h[i + 8:i + 12]}-4{h[i + 13:i + 16]}-{_VARIANT[h[i + 16]]}"
            f"{h[i + 17:i + 20]}-{h[i + 20:i + 32]}"
            for i in range(0, len(h), 32)
        )  # fmt: skip
    return _UUIDS.pop()


_VARIANT = {c: "89ab"[int(c, 16) & 3] for c in "0123456789abcdef"}


def _apply(
    session: Session, plan: _Plan, options: ImportOptions, progress: Progress, cancel: CancelFlag
) -> None:
    report = plan.report
    stamp = now()
    stamp_text = stamp.strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores DateTime
    batch = new_uuid()
    report.batch = batch
    session.flush()
    # A bigger page cache for this connection (discarded after the import): index inserts in
    # random order (uuid, id number) otherwise spill the default 2 MB cache again and again.
    _dbapi(session).execute("PRAGMA cache_size = -32768")
    writer = ChangeWriter(session, options.actor, batch)
    ids = _Ids(session)
    numbers = numbering.HouseholdNumbers(
        session,
        on_code=lambda area_id, old, new: writer.add(
            "area", area_id, "", "update", "code", old, new
        ),
    )
    for group in plan.groups:  # the ledger's own numbers are never handed out again
        if group.place.get("household_number"):
            numbers.reserve(group.place["household_number"])
    place_book = _Places(session, ids, stamp, numbers)
    place_book.default_grid = target.target_grid(session, plan, options, place_book)
    person_defaults = {
        k: v
        for k, v in _column_defaults(Person).items()
        if k in PERSON_FIELDS or k == "search_text"
    }
    household_defaults = _column_defaults(Household)
    h_table, p_table = table_of(Household), table_of(Person)

    new_households: list[dict[str, Any]] = []
    head_updates: list[tuple[int, int]] = []
    new_persons: list[dict[str, Any]] = []
    person_updates: dict[frozenset[str], list[dict[str, Any]]] = {}
    household_updates: dict[frozenset[str], list[dict[str, Any]]] = {}
    new_memberships: list[dict[str, Any]] = []
    counts = {"created": 0, "updated": 0, "unchanged": 0, "households": 0}
    report.updates = []
    total = len(plan.rows)
    done = 0

    connection = _dbapi(session)

    def flush_chunk() -> None:
        cancel.check()
        job = place_book.statements()
        if new_households:
            job.append(_insert(Household, new_households))
        if new_persons:
            job.append(_insert(Person, new_persons))
        if head_updates:
            job.append(("UPDATE household SET head_id = ? WHERE id = ?",
                        [(pid, hid) for hid, pid in head_updates]))  # fmt: skip
        if new_memberships:
            job.append(_insert(GroupMembership, new_memberships))
        for sql, data in job:
            connection.executemany(sql, data)
        writer.flush()  # the chunk's log entries, chained (one batch entry per kind at the end)
        counts["households"] += len(new_households)
        for items in (new_households, new_persons, head_updates, new_memberships):
            items.clear()

    stored_households: dict[int, dict[str, Any]] = {}
    existing_ids = sorted({g.household_id for g in plan.groups if g.household_id is not None})
    for start in range(0, len(existing_ids), 500):
        for hrow in session.execute(
            select(h_table.c.id, h_table.c.uuid, h_table.c.head_id, h_table.c.address,
                   h_table.c.room_id, h_table.c.grid_id, h_table.c.kind, h_table.c.housing,
                   h_table.c.sort_key)
            .where(h_table.c.id.in_(existing_ids[start : start + 500]))
        ):  # fmt: skip
            stored_households[int(hrow.id)] = hrow._asdict()

    for group in plan.groups:
        grid_id = place_book.grid(group.place.get("grid", ""))
        room_id, sort_key = place_book.room(group.place, grid_id)
        kind_housing = _household_values(group.place)
        hh_address = _household_address(group.place)
        head = _head_row(group)
        if group.household_id is None:
            hid = ids.take(Household)
            values = household_defaults | {
                "id": hid, "uuid": _uuid4(), "created_at": stamp_text, "updated_at": stamp_text,
                "rev": 1, "number": group.place.get("household_number") or numbers.take(grid_id),
                "grid_id": grid_id,
                "room_id": room_id, "address": hh_address, "sort_key": sort_key,
                "status": vocab.HOUSEHOLD_ACTIVE, "head_id": None, **kind_housing,
            }  # fmt: skip
            new_households.append(values)
            snapshot = {k: v if type(v) is str else to_text(v) for k in _HOUSEHOLD_SNAPSHOT
                        if (v := values[k]) is not None and v != ""}  # fmt: skip
            writer.batch_created("household", hid, values["uuid"], snapshot)
            head_id_now: int | None = None
            household_uuid = values["uuid"]
        else:
            hid = group.household_id
            stored_h = stored_households[hid]
            household_uuid = stored_h["uuid"]
            head_id_now = stored_h["head_id"]
            changes: dict[str, Any] = {}
            wanted = {"address": hh_address if group.place.get("address") or room_id else "",
                      "room_id": room_id, "grid_id": grid_id if group.place.get("grid") else None,
                      "sort_key": sort_key if room_id else "", **kind_housing}  # fmt: skip
            for key, new in wanted.items():
                if new not in (None, "") and new != stored_h[key]:
                    changes[key] = new
            if changes:
                household_updates.setdefault(frozenset(changes), []).append(
                    {"hid": hid, **{f"v_{k}": v for k, v in changes.items()}}
                )
                writer.changes("household", hid, household_uuid,
                               {k: (stored_h[k], v) for k, v in changes.items()})  # fmt: skip
                report.households_updated += 1
        for order, row in enumerate(group.rows):
            done += 1
            person = row.clean.person
            stored = plan.existing.get(person["id_number"])
            kinds = _kind_ids_quiet(plan, row)
            have: set[int] = set()
            if stored is None:
                pid = ids.take(Person)
                values = person_defaults | person
                full, initials = pinyin.full_and_initials(person["name"])
                values.update(
                    id=pid, uuid=_uuid4(), created_at=stamp_text, updated_at=stamp_text, rev=1,
                    household_id=hid, name_pinyin=full, name_initials=initials,
                    extra=json.dumps(row.extra) if row.extra else "{}", sort_order=order,
                )  # fmt: skip
                values["search_text"] = search_text(values, hh_address, (full, initials))
                new_persons.append(values)
                snapshot = {
                    k: v if type(v) is str else to_text(v)
                    for k, v in person.items()
                    if v not in ("", None, False)
                }
                for k in _SNAPSHOT_DEFAULTS:
                    snapshot.setdefault(k, values[k])
                if row.extra:
                    snapshot["extra"] = to_text(row.extra)
                writer.batch_created("person", pid, values["uuid"], snapshot)
                counts["created"] += 1
            else:
                pid = int(stored["id"])
                diff = _person_changes(plan, row, stored, hid)
                have = plan.memberships.get(pid, set())
                added = [k for k in kinds if k not in have]
                if diff:
                    merged = {**stored, **{k: v for k, (_, v) in diff.items()}}
                    changed = {k: v for k, (_, v) in diff.items()}
                    if "name" in diff:
                        changed["name_pinyin"], changed["name_initials"] = pinyin.full_and_initials(
                            merged["name"]
                        )
                    changed["search_text"] = search_text(merged, hh_address)
                    person_updates.setdefault(frozenset(changed), []).append(
                        {"pid": pid, "v_rev": int(stored["rev"]) + 1,
                         **{f"v_{k}": v for k, v in changed.items()}}
                    )  # fmt: skip
                    writer.changes("person", pid, stored["uuid"], diff)
                if diff or added:
                    counts["updated"] += 1
                    shown = dict(diff)
                    if added:
                        shown["groups"] = ("", ";".join(plan.kind_names[k] for k in added))
                    report.updates.append(
                        PersonDiff(row.sheet, row.row, person["name"],
                                   idcard.mask(person["id_number"]), shown)
                    )  # fmt: skip
                else:
                    counts["unchanged"] += 1
            for kind in kinds:
                if kind in have:
                    continue
                mid = ids.take(GroupMembership)
                m_uuid = _uuid4()
                new_memberships.append(
                    {"id": mid, "uuid": m_uuid, "created_at": stamp_text, "updated_at": stamp_text,
                     "rev": 1, "person_id": pid, "group_id": kind, "joined_on": None,
                     "join_reason": "台账导入", "left_on": None, "leave_reason": "",
                     "fields": {}, "needs": "", "notes": ""}
                )  # fmt: skip
                writer.add("group_membership", mid, m_uuid, "create",
                           new=plan.kind_names[kind], note=f"person {pid}")  # fmt: skip
            if row is head and head_id_now is None:
                head_updates.append((hid, pid))
                if group.household_id is not None:
                    writer.add("household", hid, household_uuid, "update", "head_id", None, pid)
                head_id_now = pid
        if len(new_persons) >= CHUNK:
            flush_chunk()
            progress(done, total, "写入数据")
    for table, (first, last) in place_book.created.items():
        # One entry per kind of place: the ids created, for undo (see PLACE_RANGE).
        writer.add(table, first, "", "create", PLACE_RANGE, new={"first": first, "last": last},
                   note="导入（新建地点）")  # fmt: skip
    writer.finish_created()
    flush_chunk()
    for keys, rows in person_updates.items():
        session.execute(
            update(p_table)
            .where(p_table.c.id == bindparam("pid"))
            .values(rev=bindparam("v_rev"), updated_at=stamp,
                    **{k: bindparam(f"v_{k}") for k in keys}),
            rows,
        )  # fmt: skip
    for keys, rows in household_updates.items():
        session.execute(
            update(h_table)
            .where(h_table.c.id == bindparam("hid"))
            .values(rev=h_table.c.rev + 1, updated_at=stamp,
                    **{k: bindparam(f"v_{k}") for k in keys}),
            rows,
        )  # fmt: skip
    report.persons_created, report.persons_updated = counts["created"], counts["updated"]
    report.persons_unchanged = counts["unchanged"]
    report.households_created = counts["households"]
    batch_row = ImportBatch(
        uuid=batch,
        file_name=report.file_name,
        file_hash=report.file_hash,
        sheets=list(report.sheets),
        actor=options.actor,
        counts=report.counts(),
    )
    session.add(batch_row)
    session.flush()
    report.import_id = batch_row.id


def _kind_ids_quiet(plan: _Plan, row: _Row) -> list[int]:
    out: list[int] = []
    for name in row.clean.groups:
        kind = plan.kinds.get(name) or plan.kinds.get(name.removesuffix("人员"))
        if kind is not None and kind not in out:
            out.append(kind)
    return out


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: the plan holds a few hundred thousand small
    objects (rows, dicts) and no cycles; its collections walked them all again and again
    (~20% of an import)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def run_import(
    session: Session,
    path: Path | str,
    options: ImportOptions | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> ImportReport:
    """Import the ledger in the caller's transaction (``session_scope``): all or nothing.

    Raises ``ServiceError`` (nothing written) for a bad file or when no row can be imported.
    """
    options = options or ImportOptions()
    with _no_gc():
        plan = _read_remembered(session, Path(path), options, progress, cancel)
        _place(session, plan, options)
        if plan.rows and plan.refusal is not None:
            raise plan.refusal  # rows with nowhere to go (no grid chosen …): nothing written
        _plan(session, plan, cancel)
        if not plan.rows:
            raise NothingToImport(plan.report)
        _apply(session, plan, options, progress, cancel)
    target.remember(
        session,
        plan.report.layout_key,
        target.LayoutChoice(options.grid or "", (options.compound or "").strip(),
                            options.profile or "", options.mapping or None),
    )  # fmt: skip
    plan.report.dry_run = False
    plan.report.committed = True
    progress(1, 1, "导入完成")
    return plan.report


# ------------------------------------------------------------------------------------ history


@dataclass
class ImportInfo:
    id: int
    at: dt.datetime
    file_name: str
    file_hash: str
    sheets: list[str]
    actor: str
    counts: dict[str, int]
    undone_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def list_imports(session: Session) -> list[ImportInfo]:
    rows = session.scalars(
        select(ImportBatch).where(ImportBatch.deleted_at.is_(None)).order_by(ImportBatch.id.desc())
    )
    return [
        ImportInfo(b.id, b.created_at, b.file_name, b.file_hash, list(b.sheets or []), b.actor,
                   dict(b.counts or {}), b.undone_at)
        for b in rows
    ]  # fmt: skip


@dataclass
class UndoResult:
    import_id: int
    persons_removed: int = 0
    households_removed: int = 0
    memberships_removed: int = 0
    places_removed: int = 0  # grids, compounds, buildings, units, rooms the import created
    fields_restored: int = 0
    conflicts: list[str] = field(default_factory=list)  # fields changed again since the import

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_MODELS: dict[str, type[Any]] = {
    "person": Person, "household": Household, "group_membership": GroupMembership,
}  # fmt: skip


def _from_text(model: type[Any], column: str, text: str | None) -> Any:
    if text is None:
        return None
    col_type = table_of(model).c[column].type
    if isinstance(col_type, Date):
        return dt.date.fromisoformat(text)
    if isinstance(col_type, Boolean):
        return text == "1"
    if isinstance(col_type, JSON):
        return json.loads(text)
    if isinstance(col_type, Integer):
        return int(text)
    return text


PLACE_RANGE = "ids"  # change-log field of an import's "places created" entry
_PLACES: tuple[type[Any], ...] = (Room, Unit, Building, Compound, Area)  # leaves first


def _remove_places(
    session: Session,
    created: dict[str, tuple[int, int]],
    writer: ChangeWriter,
    stamp: dt.datetime,
    note: str,
) -> int:
    """Tombstone the places an import created that nothing live refers to any more (a room
    of a household added by hand since stays, and so do its unit, building, compound, grid).
    Leaves first, so that a building whose units all went can go too."""
    removed = 0
    for model in _PLACES:
        t = table_of(model)
        if t.name not in created:
            continue
        first, last = created[t.name]
        candidates = select(t.c.id).where(t.c.id.between(first, last), t.c.deleted_at.is_(None))
        for other in Base.metadata.tables.values():  # every live row that points at one
            for fk in other.foreign_keys:
                if fk.column.table is not t:
                    continue
                used = select(fk.parent).where(fk.parent.is_not(None))
                if "deleted_at" in other.c:
                    used = used.where(other.c.deleted_at.is_(None))
                candidates = candidates.where(t.c.id.not_in(used))
        gone = session.execute(select(t.c.id, t.c.uuid).where(t.c.id.in_(candidates))).all()
        removed += _tombstone(session, t, t.name, gone, writer, stamp, note)
    return removed


def _tombstone(
    session: Session, t: Any, entity: str, rows: Sequence[Any], writer: ChangeWriter,
    stamp: dt.datetime, note: str,
) -> int:  # fmt: skip
    """Mark ``rows`` (id, uuid) deleted, 500 at a time, each logged; how many."""
    for start in range(0, len(rows), 500):
        part = [row.id for row in rows[start : start + 500]]
        session.execute(
            update(t).where(t.c.id.in_(part))
            .values(deleted_at=stamp, updated_at=stamp, rev=t.c.rev + 1)
        )  # fmt: skip
    for row in rows:
        writer.add(entity, row.id, row.uuid, "delete", note=note)
    return len(rows)


def _remove_created(
    session: Session, entry: ChangeLog, writer: ChangeWriter, stamp: dt.datetime, note: str
) -> int:
    """Tombstone the live records of a ``created_batch`` entry (a row id since reused by
    another record, told by its uuid, stays)."""
    model = _MODELS.get(entry.entity)
    if model is None:
        return 0
    t = table_of(model)
    items = list(created_batch.expand(entry))
    gone: list[Any] = []
    for start in range(0, len(items), 500):
        part = {rid: uuid for rid, uuid, _ in items[start : start + 500]}
        live = session.execute(
            select(t.c.id, t.c.uuid).where(t.c.id.in_(part), t.c.deleted_at.is_(None))
        ).all()
        gone += [row for row in live if part[row.id] == row.uuid]
    return _tombstone(session, t, entry.entity, gone, writer, stamp, note)


def undo_import(session: Session, import_id: int, actor: str = "") -> UndoResult:
    """Restore what an import changed: its new persons, households and group memberships are
    tombstoned, the fields it updated get their old values back. A field changed again since
    the import is left as it is now and reported as a conflict. Logged like any change."""
    batch = session.get(ImportBatch, import_id)
    if batch is None or batch.deleted_at is not None:
        raise NotFound(f"没有编号为 {import_id} 的导入记录")
    if batch.undone_at is not None:
        raise ServiceError(f"导入 {import_id}（{batch.file_name}）已于 {batch.undone_at} 撤销")
    entries = list(
        session.scalars(
            select(ChangeLog).where(ChangeLog.batch == batch.uuid).order_by(ChangeLog.id.desc())
        )
    )
    result = UndoResult(import_id)
    writer = ChangeWriter(session, actor)
    stamp = now()
    note = f"撤销导入 #{import_id}"
    created_places: dict[str, tuple[int, int]] = {}
    for entry in entries:
        if entry.action == "create" and entry.field == PLACE_RANGE and entry.new:
            span = json.loads(entry.new)
            created_places[entry.entity] = (int(span["first"]), int(span["last"]))
            continue
        if entry.action == "create" and entry.field == created_batch.CREATED:
            removed = _remove_created(session, entry, writer, stamp, note)
            if entry.entity == "person":
                result.persons_removed += removed
            elif entry.entity == "household":
                result.households_removed += removed
            continue
        model = _MODELS.get(entry.entity)
        if model is None:
            continue
        t = table_of(model)
        current = session.execute(select(t).where(t.c.id == entry.entity_id)).first()
        if current is None:
            continue
        if entry.action == "create":
            if current.deleted_at is not None:
                continue
            session.execute(
                update(t).where(t.c.id == entry.entity_id)
                .values(deleted_at=stamp, updated_at=stamp, rev=t.c.rev + 1)
            )  # fmt: skip
            writer.add(entry.entity, entry.entity_id, entry.entity_uuid, "delete", note=note)
            if entry.entity == "person":
                result.persons_removed += 1
            elif entry.entity == "household":
                result.households_removed += 1
            else:
                result.memberships_removed += 1
        elif entry.action == "update" and entry.field:
            now_value = getattr(current, entry.field)
            if to_text(now_value) != entry.new:
                result.conflicts.append(f"{entry.entity} {entry.entity_id} {entry.field}")
                continue
            old = _from_text(model, entry.field, entry.old)
            if old is None and not t.c[entry.field].nullable:
                old = ""
            values: dict[str, Any] = {entry.field: old}
            if entry.entity == "person" and entry.field == "name":
                values["name_pinyin"], values["name_initials"] = pinyin.full_and_initials(old)
            session.execute(
                update(t).where(t.c.id == entry.entity_id)
                .values(updated_at=stamp, rev=t.c.rev + 1, **values)
            )  # fmt: skip
            writer.add(entry.entity, entry.entity_id, entry.entity_uuid, "update", entry.field,
                       now_value, old, note=note)  # fmt: skip
            result.fields_restored += 1
    result.places_removed = _remove_places(session, created_places, writer, stamp, note)
    batch.undone_at = stamp
    writer.flush()
    from gridapp.services.register import rebuild_all_search_text

    if result.fields_restored:
        rebuild_all_search_text(session)
    return result
