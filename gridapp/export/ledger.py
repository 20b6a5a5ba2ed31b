"""The resident ledger (居民台账) as a print-ready workbook that our own import reads back.

One row per person, grouped by household with the head first, in walk order. The register is
read with a streaming query (``yield_per``) and written row by row (constant-memory XlsxWriter),
so the size of the register does not matter. ID numbers are masked unless ``full_id``; an export
with full IDs is recorded in the change log as a disclosure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    Building,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    Person,
    Room,
    Unit,
)
from gridapp.domain import idcard, relations
from gridapp.export.style import Book, Column, Sheet, atomic_path, export_date_label
from gridapp.services import places, settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, NotFound, Progress, ServiceError, no_progress
from gridapp.services.monthly import area_name

CHUNK = 2000
PRINTED_COLUMNS = 19  # 网格 … 备注: what fits on A4 landscape; the file keeps every column

# (label, kind, source): the order first, then the rest of the model's fields.
LEDGER_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("网格", "text", "grid"),
    ("小区", "text", "compound"),
    ("楼栋", "text", "building"),
    ("单元", "text", "unit"),
    ("房号", "text", "room"),
    ("户号", "text", "household_number"),
    ("与户主关系", "text", "relation"),
    ("姓名", "text", "name"),
    ("性别", "text", "gender"),
    ("民族", "text", "ethnicity"),
    ("公民身份号码", "text", "id_number"),
    ("出生日期", "date", "birth_date"),
    ("年龄", "int", "age"),
    ("联系电话", "text", "phone"),
    ("人员类别", "text", "category"),
    ("政治面貌", "text", "political"),
    ("特殊人群", "text", "groups"),
    ("状态", "text", "status"),
    ("备注", "text", "notes"),
    ("曾用名", "text", "former_name"),
    ("籍贯", "text", "native_place"),
    ("户籍地址", "text", "hukou_address"),
    ("人户分离", "text", "separated"),
    ("实际居住地", "text", "actual_address"),
    ("文化程度", "text", "education"),
    ("婚姻状况", "text", "marital"),
    ("宗教信仰", "text", "religion"),
    ("健康状况", "text", "health"),
    ("兵役状况", "text", "military"),
    ("工作学习情况", "text", "occupation"),
    ("工作单位或就读学校", "text", "employer"),
    ("其他电话", "text", "phone_other"),
    ("状态日期", "date", "status_date"),
    ("迁往地/去向", "text", "destination"),
    ("迁入日期", "date", "moved_in_on"),
    ("迁入来源", "text", "moved_from"),
    ("住址", "text", "address"),
    ("户别", "text", "household_kind"),
    ("住房类别", "text", "housing"),
)


@dataclass(frozen=True)
class LedgerFilter:
    grid: str | None = None
    building: str | None = None
    group: str | None = None
    status: str = "active"  # active (在册 and 外出) | all

    def describe(self) -> str:
        parts = [
            f"网格={self.grid}" if self.grid else "",
            f"楼栋={self.building}" if self.building else "",
            f"人群={self.group}" if self.group else "",
            "含已迁出/已死亡" if self.status == "all" else "",
        ]
        return "，".join(p for p in parts if p) or "全部在册居民"


@dataclass
class LedgerResult:
    path: Path
    persons: int = 0
    households: int = 0
    columns: list[str] = field(default_factory=list)
    full_id: bool = False


def area_title(session: Session, grid: str | None) -> str:
    """The area the export covers, for the title row: the grid, else the sub-district."""
    return grid or area_name(session)


def group_kind_by_name(session: Session, name: str) -> GroupKind:
    kinds = list(session.scalars(select(GroupKind).order_by(GroupKind.sort_order)))
    wanted = name.strip().removesuffix("名单").removesuffix("人员")
    for kind in kinds:
        if wanted in (kind.name, kind.code) or kind.name.removesuffix("户") == wanted.removesuffix(
            "户"
        ):
            return kind
    known = "、".join(k.name for k in kinds) or "（无）"
    raise NotFound(f"没有名为“{name}”的特殊人群。现有：{known}")


def person_filter(session: Session, flt: LedgerFilter) -> list[Any]:
    """WHERE clauses for the persons a filter selects."""
    if flt.status not in ("active", "all"):
        raise ServiceError(f"状态只能是 active 或 all：{flt.status}")
    where: list[Any] = [Person.deleted_at.is_(None)]
    if flt.status == "active":
        where.append(Person.status.not_in(vocab.ARCHIVED_STATUSES))
    if flt.grid:
        area = places.grid_by_name(session, flt.grid)
        where.append(Household.grid_id.in_(places.descendant_ids(session, area.id)))
    if flt.building:
        buildings = [b.id for b in places.building_by_name(session, flt.building)]
        where.append(
            Household.room_id.in_(
                select(Room.id)
                .join(Unit, Room.unit_id == Unit.id)
                .where(Unit.building_id.in_(buildings))
            )
        )
    if flt.group:
        kind = group_kind_by_name(session, flt.group)
        where.append(
            Person.id.in_(
                select(GroupMembership.person_id).where(
                    GroupMembership.group_id == kind.id,
                    GroupMembership.left_on.is_(None),
                    GroupMembership.deleted_at.is_(None),
                )
            )
        )
    return where


def group_names(session: Session) -> dict[int, str]:
    """Person id → the special groups they are in now ("低保;残疾")."""
    rows = session.execute(
        select(GroupMembership.person_id, GroupKind.name)
        .join(GroupKind, GroupMembership.group_id == GroupKind.id)
        .where(GroupMembership.left_on.is_(None), GroupMembership.deleted_at.is_(None))
        .order_by(GroupMembership.person_id, GroupKind.sort_order)
    )
    out: dict[int, str] = {}
    for person_id, name in rows:
        out[person_id] = f"{out[person_id]};{name}" if person_id in out else name
    return out


def extra_keys(session: Session) -> list[str]:
    """Keys of unknown ledger columns kept in ``person.extra``, in first-seen order."""
    rows = session.execute(
        text(
            "SELECT j.key FROM person, json_each(person.extra) AS j "
            "WHERE person.deleted_at IS NULL AND json_valid(person.extra) "
            "GROUP BY j.key ORDER BY MIN(person.id)"
        )
    )
    return [str(r[0]) for r in rows if r[0]]


# Person columns the ledger and the template fill read (plain rows: no ORM objects to build).
PERSON_COLUMNS: tuple[str, ...] = (
    "id", "household_id", "name", "former_name", "gender", "ethnicity", "id_number",
    "birth_date", "relation", "native_place", "hukou_address", "category", "separated",
    "actual_address", "political", "education", "marital", "religion", "health", "military",
    "occupation", "employer", "phone", "phone_other", "status", "status_date", "destination",
    "moved_in_on", "moved_from", "notes", "extra",
)  # fmt: skip


def ledger_query(where: Sequence[Any]) -> Any:
    order = {rel: i for i, rel in enumerate(relations.RELATIONS)}
    head_first = case((Person.id == Household.head_id, 0), else_=1)
    return (
        select(
            *(getattr(Person, name) for name in PERSON_COLUMNS),
            Area.name.label("grid"),
            Compound.name.label("compound"),
            Building.name.label("building"),
            Unit.name.label("unit"),
            Room.number.label("room"),
            Household.number.label("household_number"),
            Household.address.label("address"),
            Household.kind.label("household_kind"),
            Household.housing.label("housing"),
        )
        .select_from(Person)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Area, Household.grid_id == Area.id)
        .outerjoin(Room, Household.room_id == Room.id)
        .outerjoin(Unit, Room.unit_id == Unit.id)
        .outerjoin(Building, Unit.building_id == Building.id)
        .outerjoin(Compound, Building.compound_id == Compound.id)
        .where(*where)
        .order_by(
            Area.sort_order,
            Household.sort_key,
            Household.id,
            head_first,
            case(order, value=Person.relation, else_=len(order)),
            Person.sort_order,
            Person.id,
        )
    )


def export_ledger(
    session: Session,
    out: Path,
    flt: LedgerFilter | None = None,
    full_id: bool = False,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> LedgerResult:
    flt = flt or LedgerFilter()
    today = today or dt.date.today()
    out = Path(out)
    where = person_filter(session, flt)
    total = int(
        session.scalar(
            select(func.count())
            .select_from(Person)
            .outerjoin(Household, Person.household_id == Household.id)
            .where(*where)
        )
        or 0
    )
    groups = group_names(session)
    extras = extra_keys(session)
    known = {label for label, _, _ in LEDGER_COLUMNS}
    extras = [k for k in extras if k not in known]
    columns = [Column(label, kind) for label, kind, _ in LEDGER_COLUMNS]  # type: ignore[arg-type]
    columns += [Column(k) for k in extras]
    result = LedgerResult(path=out, columns=[c.label for c in columns], full_id=full_id)
    scope = " ".join(p for p in (area_title(session, flt.grid), flt.building, flt.group) if p)
    title = f"{scope} 居民台账（导出日期：{export_date_label(today)}）"
    households: set[int] = set()
    progress(0, total, "导出台账")
    with atomic_path(out) as tmp:
        book = Book(tmp)
        try:
            sheet = Sheet(book, "居民台账", title, columns)
            stream = session.execute(ledger_query(where).execution_options(yield_per=CHUNK))
            for n, row in enumerate(stream, 1):
                sheet.write(_values(row, groups, extras, full_id, today))
                if row.household_id is not None:
                    households.add(row.household_id)
                if n % CHUNK == 0:
                    cancel.check()
                    progress(n, total, "导出台账")
            count = sheet.row - sheet.header_row - 1
            note = f"合计 {count} 人。" + ("" if full_id else "身份证号已隐去中间位。")
            result.persons = sheet.finish([note], print_columns=PRINTED_COLUMNS)
        finally:
            book.close()
    result.households = len(households)
    if full_id:
        writer = ChangeWriter(session, settings.operator(session))
        writer.add(
            "register",
            0,
            "",
            "disclose",
            field="id_number",
            new=str(result.persons),
            note=f"导出居民台账（完整身份证号）{result.persons}人：{flt.describe()}"[:200],
        )
        writer.flush()
    progress(total, total, "完成")
    return result


def _values(
    person: Any,
    groups: dict[int, str],
    extras: list[str],
    full_id: bool,
    today: dt.date,
) -> list[object]:
    born = person.birth_date
    number = person.id_number
    values: list[object] = [
        person.grid, person.compound, person.building, person.unit, person.room,
        person.household_number, person.relation, person.name, person.gender, person.ethnicity,
        number if full_id else idcard.mask(number), born,
        (today.year - born.year - ((today.month, today.day) < (born.month, born.day)))
        if born else None,
        person.phone, person.category, person.political, groups.get(person.id, ""),
        vocab.STATUS_LABELS.get(person.status, person.status), person.notes,
        *[getattr(person, source) for source in _PLAIN_TAIL],
    ]  # fmt: skip
    values[_SEPARATED] = "是" if values[_SEPARATED] else ""
    if extras:
        extra = person.extra if isinstance(person.extra, dict) else {}
        for key in extras:
            value = extra.get(key)
            values.append("" if value is None else str(value))
    return values


# The columns after 备注 are read as they are (人户分离 then shown as 是 / blank).
_PLAIN_TAIL = tuple(source for _, _, source in LEDGER_COLUMNS[19:])
_SEPARATED = [source for _, _, source in LEDGER_COLUMNS].index("separated")
assert [source for _, _, source in LEDGER_COLUMNS[:19]] == [
    "grid", "compound", "building", "unit", "room", "household_number", "relation", "name",
    "gender", "ethnicity", "id_number", "birth_date", "age", "phone", "category", "political",
    "groups", "status", "notes",
]  # fmt: skip
