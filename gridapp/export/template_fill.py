"""Fill anyone's Excel template from the register (一表通).

The template's header is found and its columns mapped with the import's own machinery
(``gridapp.importer.headers``: title rows, two-level merged headers, the many wordings of each
label). Rows are written below the header in the style of the template's first data row; the
title, notes and the footer (填表人 / 审核人 …) are kept, the footer moved down when the rows
need more room. Columns the register cannot fill are left empty and listed. A correction of the
mapping is remembered for that template (by its header labels, so next month's copy of the same
form finds it, whatever the file is called).
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import GroupMembership
from gridapp.domain import idcard
from gridapp.export import template_hints as hints
from gridapp.export.ledger import (
    LedgerFilter,
    group_kind_by_name,
    group_names,
    ledger_query,
    person_filter,
)
from gridapp.export.style import FORMULA_STARTS, atomic_path
from gridapp.importer import profiles
from gridapp.importer.headers import FIELD_LABELS, SCAN_ROWS, HeaderMatch, find_header
from gridapp.importer.headers import field_for_label as import_field_for_label
from gridapp.importer.xlsx_guard import check_workbook
from gridapp.services import settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress

PROFILE_KIND = "template"
_FOOTER = re.compile(r"^(填表人|填报人|审核人|制表人|负责人|统计人|填表日期|填报日期|制表日期|"
                     r"合计|总计|共计|签字|盖章|单位负责人|联系电话：|备注：|说明：|注：)")  # fmt: skip
EXTRA_PREFIX = "extra:"  # a column filled from person.extra or the group's own fields

# Fields of the import vocabulary the register can fill, with the label shown to the user.
FILLABLE: dict[str, str] = {
    "seq": "序号", "grid": "网格", "compound": "小区", "building": "楼栋", "unit": "单元",
    "room": "房号", "address": "住址", "household_number": "户号", "household_kind": "户别",
    "housing": "住房类别", "relation": "与户主关系", "name": "姓名", "former_name": "曾用名",
    "gender": "性别", "ethnicity": "民族", "id_number": "公民身份号码", "birth_date": "出生日期",
    "age": "年龄", "phone": "联系电话", "phone_other": "其他电话", "category": "人员类别",
    "political": "政治面貌", "groups": "特殊人群", "is_key": "是否重点人员", "status": "状态",
    "status_date": "状态日期", "moved_out": "是否已迁出", "moved_out_on": "迁出日期",
    "destination": "迁往地/去向", "deceased": "是否已死亡", "died_on": "死亡日期",
    "notes": "备注", "native_place": "籍贯", "hukou_address": "户籍地址",
    "separated": "人户分离", "actual_address": "实际居住地", "education": "文化程度",
    "marital": "婚姻状况", "religion": "宗教信仰", "health": "健康状况", "military": "兵役状况",
    "occupation": "工作学习情况", "employer": "工作单位或就读学校", "moved_in_on": "迁入日期",
    "moved_from": "迁入来源",
}  # fmt: skip
DATE_FIELDS = {"birth_date", "status_date", "moved_out_on", "died_on", "moved_in_on"}
TEXT_FIELDS = {"id_number", "phone", "phone_other", "household_number", "room"}


@dataclass(frozen=True)
class TemplateOptions:
    grid: str | None = None
    group: str | None = None
    full_id: bool = False
    status: str = "active"
    mapping: Mapping[str, str] = field(default_factory=dict)  # label → field ("" = leave empty)
    sheet: str | None = None


@dataclass
class TemplateResult:
    path: Path
    sheet: str
    header_row: int  # 1-based, the (last) header row as Excel shows it
    rows: int = 0
    mapped: list[tuple[str, str]] = field(default_factory=list)  # (column label, what fills it)
    unfilled: list[str] = field(default_factory=list)
    profile: str = ""


class TemplateError(ServiceError):
    """A template that cannot be used, or an output that cannot be written; ``reason`` lets a
    caller word it in the user's language: ``format`` (not .xlsx: .xls, .csv …), ``missing``,
    ``locked`` (open in another program / no permission), ``broken``, ``no_header``,
    ``no_fillable``, ``write_locked`` (the output file is open or the folder not writable)."""

    def __init__(self, message: str, reason: str, path: Path) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


@dataclass(frozen=True)
class TemplateColumn:
    index: int  # 0-based column
    label: str  # as the import names it ("基本信息/姓名" under a merged group label)
    detected: str  # what the import's machinery fills it with; "" = nothing the register has
    remembered: str | None  # the remembered correction for this template; None = none

    @property
    def letter(self) -> str:
        return str(get_column_letter(self.index + 1))

    @property
    def target(self) -> str:
        """What fills the column unless the user changes it ("" = left empty)."""
        return self.detected if self.remembered is None else self.remembered


@dataclass(frozen=True)
class TemplateInfo:
    """What ``fill_template`` would find in a template, before anything is written."""

    path: Path
    sheet: str
    header_row: int  # 1-based first row of the header as shown (merged cells included)
    header_rows: int  # how many rows the header takes
    columns: list[TemplateColumn]
    profile: str  # the remembered mapping's key
    extra_names: list[str]  # person.extra keys and the chosen group's own fields
    # The form's instruction / example rows under the header (填写说明, 示例 …): the fill
    # writes its first residents over them (``template_hints``), so they are not left in.
    hint_rows: int = 0

    @property
    def data_row(self) -> int:
        """The first row the fill writes a resident into: right under the header, where the
        hint rows (if any) were."""
        return self.header_row + self.header_rows

    @property
    def hint_range(self) -> tuple[int, int] | None:
        """The first and last row of the hints the residents replace (None: there are none)."""
        if not self.hint_rows:
            return None
        return self.data_row, self.data_row + self.hint_rows - 1

    def corrections(self, chosen: Mapping[str, str]) -> dict[str, str]:
        """``TemplateOptions.mapping`` for the user's choice (label → field or "extra:KEY",
        "" = leave empty): the columns chosen otherwise than detected, and every column with a
        remembered correction (so the remembered mapping becomes the choice)."""
        out: dict[str, str] = {}
        for col in self.columns:
            if col.label not in chosen:
                continue
            target = chosen[col.label]
            if target != col.detected or col.remembered is not None:
                out[col.label] = target
        return out


@dataclass(frozen=True)
class _Plan:
    ws: Worksheet
    match: HeaderMatch
    fields: dict[int, str]  # 1-based column → field (or extra:KEY)
    unfilled: list[str]
    profile: str


def _merged(ws: Worksheet) -> list[tuple[int, int, int, int]]:
    return [
        (r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in ws.merged_cells.ranges
    ]


def _head_rows(ws: Worksheet) -> list[list[object]]:
    return [list(row) for row in ws.iter_rows(min_row=1, max_row=SCAN_ROWS + 2, values_only=True)]


def signature(match: HeaderMatch) -> str:
    """The remembered mapping's key: the template's header labels, not its file name."""
    labels = "|".join(c.label for c in match.columns)
    return "模板:" + hashlib.sha256(labels.encode("utf-8")).hexdigest()[:24]


def resolve_target(target: str, extra_names: set[str]) -> str:
    """What a user names in ``--map 列名=字段``: a field key, a label of it, or an extra field."""
    target = target.strip()
    if not target:
        return ""
    if target in FIELD_LABELS:
        return target
    found = import_field_for_label(target)
    if found is not None:
        return found
    if target.startswith(EXTRA_PREFIX):
        return target
    if target in extra_names:
        return EXTRA_PREFIX + target
    known = "、".join(FILLABLE.values())
    raise ServiceError(f"无法识别的字段：{target}。可填写的字段：{known}")


def load_mapping(session: Session, name: str) -> dict[str, str]:
    return profiles.stored_mapping(session, name, PROFILE_KIND) or {}


def save_mapping(session: Session, name: str, mapping: Mapping[str, str]) -> None:
    profiles.store_mapping(session, name, PROFILE_KIND, mapping)


def _extra_names(session: Session, group_fields: list[str]) -> set[str]:
    from gridapp.export.ledger import extra_keys

    return set(extra_keys(session)) | set(group_fields)


def _auto_target(field: str | None, label: str, extra_names: set[str]) -> str:
    """What fills a column nobody corrected: the import's field when the register has it, an
    extra field of the same name, else nothing."""
    target = field or ""
    if not target and label.split("/")[-1] in extra_names:
        target = EXTRA_PREFIX + label.split("/")[-1]
    return target if target in FILLABLE or target.startswith(EXTRA_PREFIX) else ""


def plan_template(
    session: Session, ws: Worksheet, options: TemplateOptions, group_fields: list[str]
) -> _Plan | None:
    rows = _head_rows(ws)
    merged = _merged(ws)
    first = find_header(rows, merged)
    if first is None:
        return None
    profile = signature(first)
    extra_names = _extra_names(session, group_fields)
    remembered = load_mapping(session, profile)
    given = {k.strip(): resolve_target(v, extra_names) for k, v in options.mapping.items()}
    labels = {c.label for c in first.columns}
    wrong = [k for k in given if k not in labels]
    if wrong:
        raise ServiceError(
            f"模板“{ws.title}”的表头中没有列：{'、'.join(wrong)}。表头各列：{'、'.join(sorted(labels))}"
        )
    overrides = remembered | given
    if given:
        save_mapping(session, profile, overrides)
    match = find_header(rows, merged, {k: v for k, v in overrides.items()
                                       if not v.startswith(EXTRA_PREFIX)}) or first  # fmt: skip
    fields: dict[int, str] = {}
    unfilled: list[str] = []
    for col in match.columns:
        target = overrides.get(col.label)
        if target is None:
            target = _auto_target(col.field, col.label, extra_names)
        if target and (target in FILLABLE or target.startswith(EXTRA_PREFIX)):
            fields[col.index + 1] = target
        else:
            unfilled.append(col.label)
    return _Plan(ws, match, fields, unfilled, profile)


TEMPLATE_MAX_CELLS = 2_000_000  # a template's own used range (the rows are filled in below)


def _open(template: Path) -> Workbook:
    if template.suffix.lower() not in (".xlsx", ".xlsm"):
        raise TemplateError(
            f"模板须为 .xlsx 文件：{template.name}（.xls 模板请先在 Excel/WPS 中另存为 .xlsx）",
            "format",
            template,
        )
    if template.is_file():
        try:  # a stray far cell would have openpyxl (and the fill) walk billions of cells
            check_workbook(template, TEMPLATE_MAX_CELLS, "模板")
        except ServiceError as exc:
            raise TemplateError(str(exc), "broken", template) from exc
    try:
        return load_workbook(template)
    except FileNotFoundError as exc:
        raise TemplateError(f"找不到模板文件：{template}", "missing", template) from exc
    except PermissionError as exc:
        raise TemplateError(
            f"无法读取模板 {template.name}：文件可能正在 Excel/WPS 中打开，或没有读取权限",
            "locked",
            template,
        ) from exc
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise TemplateError(
            f"模板文件已损坏或不是 Excel 工作簿：{template.name}", "broken", template
        ) from exc


def _sheets(wb: Workbook, sheet: str | None) -> list[Worksheet]:
    if sheet and sheet not in wb.sheetnames:
        raise ServiceError(f"模板中没有工作表“{sheet}”：现有 {'、'.join(wb.sheetnames)}")
    return [wb[sheet]] if sheet else list(wb.worksheets)


def _no_header(template: Path) -> TemplateError:
    return TemplateError(
        f"在模板 {template.name} 中找不到表头（需要含“姓名”或“身份证号”等列名）",
        "no_header",
        template,
    )


def inspect_template(
    session: Session, template: Path, group: str | None = None, sheet: str | None = None
) -> TemplateInfo:
    """The template's sheet, header and columns, each with what the import's machinery fills it
    with and the remembered correction — what the GUI shows before filling. Writes nothing."""
    template = Path(template)
    wb = _open(template)
    kind = group_kind_by_name(session, group) if group else None
    extra_names = _extra_names(session, list(kind.fields) if kind else [])
    for ws in _sheets(wb, sheet):
        match = find_header(_head_rows(ws), _merged(ws))
        if match is None:
            continue
        profile = signature(match)
        remembered = load_mapping(session, profile)
        columns = [
            TemplateColumn(
                c.index,
                c.label,
                _auto_target(c.field, c.label, extra_names),
                remembered.get(c.label),
            )
            for c in match.columns
        ]
        # As the user sees it: cells merged down into the header row (序号 over two rows) start
        # the header higher than the import's reading of it.
        top = match.header_row
        for r1, _c1, r2, _c2 in _merged(ws):
            if r1 < top <= r2:
                top = r1
        _start, _footer, hint_count = _data_area(
            ws, match.data_start, [c.index + 1 for c in columns]
        )
        return TemplateInfo(
            path=template,
            sheet=ws.title,
            header_row=top + 1,
            header_rows=match.data_start - top,
            columns=columns,
            profile=profile,
            extra_names=sorted(extra_names),
            hint_rows=hint_count,
        )
    raise _no_header(template)


def _data_area(ws: Worksheet, data_start: int, columns: Iterable[int]) -> tuple[int, int, int]:
    """Where the residents go, as both the preview and the fill see it: the first data row
    (1-based, right under the header), the footer's first row (0: none) and how many hint /
    example rows from the first data row on the residents replace."""
    start = data_start + 1
    footer = _footer_row(ws, start)
    width = max([ws.max_column, *columns])
    return start, footer, hints.hint_rows(ws, start, width, footer)


def fill_template(
    session: Session,
    template: Path,
    out: Path,
    options: TemplateOptions | None = None,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> TemplateResult:
    options = options or TemplateOptions()
    today = today or dt.date.today()
    template, out = Path(template), Path(out)
    wb = _open(template)
    kind = group_kind_by_name(session, options.group) if options.group else None
    plan = _plan_workbook(session, wb, template, options, list(kind.fields) if kind else [])
    flt = LedgerFilter(grid=options.grid, group=options.group, status=options.status)
    where = person_filter(session, flt)
    ws = plan.ws
    start, footer, hint_count = _data_area(ws, plan.match.data_start, plan.fields)
    width = max([ws.max_column, *plan.fields])
    conventions = _conventions(ws, plan, start, hint_count)
    style_row = _style_row(ws, start + hint_count, footer)
    _clear_hints(ws, start, hint_count, width, style_row)
    persons = list(session.execute(ledger_query(where)))
    cancel.check()
    _clear(ws, start, _make_room(ws, start, footer, len(persons)), plan.fields.keys(),
           keep_styles=True)  # fmt: skip
    memberships = _memberships(session, kind.id) if kind else {}
    groups = group_names(session)
    progress(0, len(persons), "填写模板")
    for n, person in enumerate(persons):  # a plain row with the person's columns and the place's
        for col, source in plan.fields.items():
            value = _value(source, n + 1, person, groups, memberships, options.full_id, today)
            value = hints.apply(value, source, conventions.get(col, hints.Convention()))
            _write(ws, start + n, col, value, style_row, source)
        if n % 500 == 0:
            cancel.check()
            progress(n, len(persons), "填写模板")
    cancel.check()
    _save(wb, out)
    if options.full_id and "id_number" in plan.fields.values() and persons:
        _log_disclosure(session, template, len(persons))
    progress(len(persons), len(persons), "完成")
    return _result(plan, out, len(persons))


def _plan_workbook(
    session: Session,
    wb: Any,
    template: Path,
    options: TemplateOptions,
    group_fields: list[str],
) -> _Plan:
    """The plan for the first sheet with a header we can read and a column we can fill."""
    plan = None
    for ws in _sheets(wb, options.sheet):
        plan = plan_template(session, ws, options, group_fields)
        if plan is not None:
            break
    if plan is None:
        raise _no_header(template)
    if not plan.fields:
        raise TemplateError(f"模板 {template.name} 的列都无法从底册填写", "no_fillable", template)
    return plan


def _conventions(
    ws: Worksheet, plan: _Plan, start: int, hint_count: int
) -> dict[int, hints.Convention]:
    """Each filled column's convention, from its header label and its hint / example cells."""
    labels = {c.index + 1: c.label for c in plan.match.columns}
    header_rows = range(plan.match.header_row + 1, start)
    out: dict[int, hints.Convention] = {}
    for col, source in plan.fields.items():
        heads = [labels.get(col, ""), *(ws.cell(r, col).value for r in header_rows)]
        below = [ws.cell(r, col).value for r in range(start, start + hint_count)]
        out[col] = hints.convention(heads, below, source)
    return out


def _clear_hints(
    ws: Worksheet, start: int, count: int, width: int, style_row: dict[int, Cell]
) -> None:
    """Empty the hint and example rows (the data goes there), merged hint cells split, their
    look (red italic …) replaced by the data rows' own."""
    if not count:
        return
    end = start + count - 1
    for rng in [CellRange(r.coord) for r in ws.merged_cells.ranges]:
        if rng.min_row >= start and rng.max_row <= end:
            ws.unmerge_cells(rng.coord)
    for r in range(start, end + 1):
        for c in range(1, width + 1):
            cell = ws.cell(r, c)
            if isinstance(cell, MergedCell):
                continue
            cell.value = None
            model = style_row.get(c)
            if model is not None and model.row != r:
                cell._style = copy.copy(model._style)


def _make_room(ws: Worksheet, start: int, footer: int, count: int) -> int:
    """Push a footer down when the rows between header and footer are too few for ``count``;
    returns the last row to clear (the sheet's last one when there is no footer)."""
    if not footer:
        return int(ws.max_row)
    slots = footer - start
    if count > slots:
        _move_down(ws, footer, count - slots)
    return start + max(count, slots) - 1


def _save(wb: Any, out: Path) -> None:
    try:
        with atomic_path(out) as tmp:
            wb.save(tmp)
    except PermissionError as exc:
        raise TemplateError(
            f"无法写入 {out.name}：文件可能正在 Excel/WPS 中打开，或该文件夹不允许写入。"
            "请关闭该文件后重试",
            "write_locked",
            out,
        ) from exc


def _log_disclosure(session: Session, template: Path, persons: int) -> None:
    """Full ID numbers left the register: the change log says how many, and into which form."""
    writer = ChangeWriter(session, settings.operator(session))
    writer.add("register", 0, "", "disclose", field="id_number", new=str(persons),
               note=f"按模板 {template.name} 填写（完整身份证号）{persons}人"[:200])  # fmt: skip
    writer.flush()


def _result(plan: _Plan, out: Path, rows: int) -> TemplateResult:
    mapped = [
        (col.label, _describe(plan.fields[col.index + 1]))
        for col in plan.match.columns
        if col.index + 1 in plan.fields
    ]
    return TemplateResult(
        path=out,
        sheet=plan.ws.title,
        header_row=plan.match.data_start,
        rows=rows,
        mapped=mapped,
        unfilled=plan.unfilled,
        profile=plan.profile,
    )


def _describe(source: str) -> str:
    if source.startswith(EXTRA_PREFIX):
        return source[len(EXTRA_PREFIX) :]
    return FILLABLE.get(source, source)


def _row_text(ws: Worksheet, r: int) -> list[str]:
    return [
        re.sub(r"\s+", "", str(c.value))
        for c in ws[r]
        if c.value is not None and str(c.value).strip()
    ]


def _footer_row(ws: Worksheet, start: int) -> int:
    """The first row of the footer below the data area (填表人 / 审核人 …), 0 when none."""
    for r in range(start, ws.max_row + 1):
        if any(_FOOTER.match(t) for t in _row_text(ws, r)):
            return r
    return 0


def _style_row(ws: Worksheet, start: int, footer: int) -> dict[int, Cell]:
    """The cells whose style new rows copy: the template's first (empty) data row.

    A template with no room between header and footer lends its header's borders instead.
    """
    has_data_row = start < footer if footer else start <= ws.max_row
    if has_data_row:
        return {c.column: c for c in ws[start] if isinstance(c, Cell)}
    plain: dict[int, Cell] = {}
    for c in ws[start - 1]:
        if isinstance(c, Cell):
            model = Cell(ws)
            model.border = copy.copy(c.border)
            model.alignment = copy.copy(c.alignment)
            plain[c.column] = model
    return plain


def _move_down(ws: Worksheet, footer: int, by: int) -> None:
    """Move the footer (and everything below it) ``by`` rows down, merged cells and heights too."""
    last_row, last_col = ws.max_row, ws.max_column
    moved = [CellRange(r.coord) for r in ws.merged_cells.ranges if r.min_row >= footer]
    for rng in moved:
        ws.unmerge_cells(rng.coord)
    heights = {
        r: ws.row_dimensions[r].height for r in range(footer, last_row + 1)
        if ws.row_dimensions[r].height is not None
    }  # fmt: skip
    ws.move_range(
        f"A{footer}:{get_column_letter(last_col)}{last_row}", rows=by, cols=0, translate=True
    )
    for r in range(footer, footer + by):
        ws.row_dimensions[r].height = None
    for r, h in heights.items():
        ws.row_dimensions[r + by].height = h
    for rng in moved:
        rng.shift(row_shift=by)
        ws.merge_cells(rng.coord)
    _stretch_print_area(ws, footer, by)


def _stretch_print_area(ws: Worksheet, footer: int, by: int) -> None:
    """A print area that reached the footer grows with the rows, so nothing is cut off."""
    area = ws.print_area
    if not area:
        return
    ranges = []
    for part in area if isinstance(area, list) else str(area).split(","):
        ref = str(part).split("!")[-1].replace("$", "")
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (TypeError, ValueError):
            return  # whole columns or something unusual: left as the template set it
        if max_row is not None and max_row >= footer:
            max_row += by
        ranges.append(
            f"{get_column_letter(min_col or 1)}{min_row or 1}:"
            f"{get_column_letter(max_col or 1)}{max_row or 1}"
        )
    ws.print_area = ranges


def _clear(ws: Worksheet, start: int, end: int, cols: Any, keep_styles: bool) -> None:
    for r in range(start, end + 1):
        for c in cols:
            cell = ws.cell(r, c)
            if not isinstance(cell, MergedCell):
                cell.value = None


def _memberships(session: Session, group_id: int) -> dict[int, dict[str, Any]]:
    return {
        pid: dict(fields or {})
        for pid, fields in session.execute(
            select(GroupMembership.person_id, GroupMembership.fields).where(
                GroupMembership.group_id == group_id,
                GroupMembership.left_on.is_(None),
                GroupMembership.deleted_at.is_(None),
            )
        )
    }


def _value(
    source: str,
    seq: int,
    p: Any,
    groups: dict[int, str],
    memberships: dict[int, dict[str, Any]],
    full_id: bool,
    today: dt.date,
) -> object:
    if source.startswith(EXTRA_PREFIX):
        key = source[len(EXTRA_PREFIX) :]
        value = memberships.get(p.id, {}).get(key)
        if value is None and isinstance(p.extra, dict):
            value = p.extra.get(key)
        return value
    simple: dict[str, object] = {
        "seq": seq,
        "id_number": p.id_number if full_id else idcard.mask(p.id_number),
        "age": idcard.age_at(p.birth_date, today) if p.birth_date else None,
        "groups": groups.get(p.id, ""),
        "is_key": "是" if "重点人员" in groups.get(p.id, "") else "",
        "status": vocab.STATUS_LABELS.get(p.status, p.status),
        "moved_out": "是" if p.status == vocab.STATUS_MOVED_OUT else "",
        "moved_out_on": p.status_date if p.status == vocab.STATUS_MOVED_OUT else None,
        "deceased": "是" if p.status == vocab.STATUS_DECEASED else "",
        "died_on": p.status_date if p.status == vocab.STATUS_DECEASED else None,
        "separated": "是" if p.separated else "",
    }
    if source in simple:
        return simple[source]
    if source in ("grid", "compound", "building", "unit", "room", "household_number", "address",
                  "household_kind", "housing"):  # fmt: skip
        return getattr(p, source)
    return getattr(p, source, None)


def _write(
    ws: Worksheet, r: int, c: int, value: object, style_row: dict[int, Cell], source: str
) -> None:
    cell = ws.cell(r, c)
    if isinstance(cell, MergedCell):
        return
    model = style_row.get(c)
    if model is not None and model.has_style and (model.row != r or model.parent is not ws):
        cell._style = copy.copy(model._style)
    if value is None or value == "":
        cell.value = None
        return
    if source in TEXT_FIELDS:
        write_text(cell, str(value))
        cell.number_format = "@"
    elif isinstance(value, dt.date):
        cell.value = value
        if cell.number_format in ("General", "@"):
            cell.number_format = "yyyy-mm-dd"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        if source in hints.BOOL_FIELDS:
            cell.number_format = "0"
    else:
        write_text(cell, str(value))


def write_text(cell: Cell, text: str) -> None:
    """Store ``text`` as a string cell, never a formula (openpyxl makes any value starting
    with ``=`` a formula); risky starts also get Excel's quote prefix, so editing the cell
    later does not turn it into one either."""
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
