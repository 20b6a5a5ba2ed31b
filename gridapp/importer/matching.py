"""The plan against the register: who is there already (by ID number), which households
the ledger's match, what changes for each person, and where rows without a grid or compound
go. The report then says what the import would do; nothing is written here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import GroupKind, GroupMembership, Household, Person, table_of
from gridapp.domain import address as addr
from gridapp.domain import idcard, relations
from gridapp.importer import target
from gridapp.importer.plan import Group, Plan, Row, read
from gridapp.importer.report import ImportOptions, ImportReport, PersonDiff
from gridapp.services.common import CancelFlag, Progress, ServiceError
from gridapp.services.register import PERSON_FIELDS

_PERSON_COLUMNS = ("id", "uuid", "household_id", "rev", *PERSON_FIELDS)


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _load_existing(session: Session, plan: Plan, cancel: CancelFlag) -> None:
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


def _match_households(session: Session, plan: Plan) -> None:
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
        head = head_row(group)
        stored = plan.existing.get(head.clean.person["id_number"])
        if stored is None or stored["id"] not in head_households:
            continue
        hid, address = head_households[stored["id"]]
        new_address = household_address(group.place)
        if not new_address or new_address == address:
            group.household_id = hid


def head_row(group: Group) -> Row:
    for row in group.rows:
        if row.clean.person.get("relation") == relations.HEAD:
            return row
    return group.rows[0]


def household_address(place: dict[str, str]) -> str:
    if place.get("address"):
        return place["address"]
    return addr.Address(
        place.get("compound", ""), place.get("building", ""), place.get("unit", ""),
        place.get("room", ""),
    ).text()  # fmt: skip


def kind_ids(plan: Plan, row: Row, warn: bool = False) -> list[int]:
    """The group kinds a row names; with ``warn`` (once, when planning) an unknown name is
    warned about and kept in the person's other information."""
    out: list[int] = []
    for name in row.clean.groups:
        kind = plan.kinds.get(name) or plan.kinds.get(name.removesuffix("人员"))
        if kind is None:
            if warn:
                _unknown_kind(plan, row, name)
        elif kind not in out:
            out.append(kind)
    return out


def _unknown_kind(plan: Plan, row: Row, name: str) -> None:
    plan.report.warnings.append(
        {"sheet": row.sheet, "row": row.row, "column": "特殊人群",
         "message": f"未知的特殊人群类别“{name}”，已记入其他信息"}
    )  # fmt: skip
    row.extra["特殊人群（未识别）"] = "、".join(
        filter(None, [row.extra.get("特殊人群（未识别）", ""), name])
    )


def person_changes(
    plan: Plan, row: Row, stored: dict[str, Any], household_id: int | None
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


def compare(session: Session, plan: Plan, cancel: CancelFlag) -> None:
    report = plan.report
    _load_existing(session, plan, cancel)
    _match_households(session, plan)
    for group in plan.groups:
        if group.household_id is None:
            report.households_created += 1
        for row in group.rows:
            stored = plan.existing.get(row.clean.person["id_number"])
            kinds = kind_ids(plan, row, warn=True)
            if stored is None:
                report.persons_created += 1
                continue
            diff = person_changes(plan, row, stored, group.household_id)
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


def read_remembered(
    session: Session, path: Path, options: ImportOptions, progress: Progress, cancel: CancelFlag
) -> Plan:
    """``read``; with ``use_remembered`` and no mapping or profile given, read again under
    the column mapping chosen last time for this layout if it reads some column otherwise."""
    plan = read(session, path, options, progress, cancel)
    if not options.use_remembered or options.mapping or options.profile:
        return plan
    choice = target.remembered(session, plan.report.layout_key)
    if choice is None or not choice.mapping or not _reads_otherwise(plan.report, choice.mapping):
        return plan
    options.mapping = dict(choice.mapping)
    plan = read(session, path, options, progress, cancel)
    plan.report.mapping_remembered = True
    return plan


def _reads_otherwise(report: ImportReport, mapping: dict[str, str]) -> bool:
    return any(
        h.columns.get(label, "") != field
        for h in report.headers
        for label, field in mapping.items()
        if label in h.labels
    )


def choose_target(session: Session, plan: Plan, options: ImportOptions) -> None:
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
