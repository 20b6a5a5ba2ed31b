"""A household at a glance, for the register's detail pane: its row, members with their
groups, the last visit, open issues and errands, the latest changes. Plain SQL through
``RawReader`` (the pane follows the selection, and opening the window loads no SQLAlchemy);
``tests/core/test_household_glance.py`` holds it equal to the ORM services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from gridapp.db import vocab
from gridapp.db.regdb import RawReader
from gridapp.domain import idcard, issue_flow
from gridapp.domain.dates import stored_date
from gridapp.services import history_text
from gridapp.services.history_text import Line

RECENT_CHANGES = 10


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    status: str
    relation: str
    gender: str
    birth_date: dt.date | None
    phone: str
    groups: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenItem:
    """An open issue (its title) or errand (its kind), its state, and whether it is late."""

    title: str
    state: str
    overdue: bool = False


@dataclass(frozen=True)
class Glance:
    address: str
    number: str
    grid_name: str
    housing: str
    kind: str
    status: str
    archive_reason: str
    hazards: str
    members: list[Member] = field(default_factory=list)
    last_visit: tuple[str, str, str] | None = None  # date, way, visitor
    issues: list[OpenItem] = field(default_factory=list)
    errands: list[OpenItem] = field(default_factory=list)
    changes: list[Line] = field(default_factory=list)  # newest first, in words


def _marks(values: list[Any] | tuple[Any, ...]) -> str:
    return ",".join("?" * len(values))


def _members(raw: RawReader, household_id: int) -> list[Member]:
    rows = raw.rows(
        "SELECT id, name, status, relation, gender, birth_date, phone FROM person"
        " WHERE household_id = ? AND deleted_at IS NULL ORDER BY sort_order, id",
        (household_id,),
    )
    ids = [r[0] for r in rows]
    groups: dict[int, list[str]] = {pid: [] for pid in ids}
    for person_id, name in raw.rows(
        "SELECT m.person_id, k.name FROM group_membership m"
        " JOIN group_kind k ON m.group_id = k.id"
        f" WHERE m.person_id IN ({_marks(ids)}) AND m.left_on IS NULL AND m.deleted_at IS NULL"
        " ORDER BY m.id",
        ids,
    ):
        groups[person_id].append(name)
    return [
        Member(
            r[0],
            r[1],
            r[2],
            r[3] or "",
            r[4] or "",
            stored_date(r[5]),
            r[6] or "",
            tuple(groups[r[0]]),
        )
        for r in rows
    ]


def _last_visit(raw: RawReader, household_id: int) -> tuple[str, str, str] | None:
    rows = raw.rows(  # the latest, as visits.last_visits orders them
        "SELECT visited_on, way, visitor FROM visit"
        " WHERE household_id = ? AND deleted_at IS NULL"
        " ORDER BY visited_on DESC, visited_time DESC, id DESC LIMIT 1",
        (household_id,),
    )
    return (str(rows[0][0])[:10], rows[0][1] or "", rows[0][2] or "") if rows else None


def _open_issues(raw: RawReader, household_id: int, today: dt.date) -> list[OpenItem]:
    states = list(vocab.ISSUE_OPEN_STATES)
    rows = raw.rows(
        "SELECT title, state, due_on FROM issue WHERE household_id = ? AND deleted_at IS NULL"
        f" AND state IN ({_marks(states)}) ORDER BY id",
        [household_id, *states],
    )
    return [OpenItem(t, s, issue_flow.is_overdue(s, stored_date(due), today)) for t, s, due in rows]


def _open_errands(raw: RawReader, household_id: int) -> list[OpenItem]:
    states = list(vocab.SERVICE_OPEN_STATES)
    rows = raw.rows(
        "SELECT errand, state FROM service_request WHERE household_id = ?"
        f" AND deleted_at IS NULL AND state IN ({_marks(states)}) ORDER BY id",
        [household_id, *states],
    )
    return [OpenItem(errand, state) for errand, state in rows]


def _changes(raw: RawReader, household_id: int, member_ids: list[int]) -> list[Line]:
    rows = raw.rows(
        "SELECT at, actor, entity, entity_id, action, field, old, new, note, batch FROM change_log"
        " WHERE (entity = 'household' AND entity_id = ?)"
        f" OR (entity = 'person' AND entity_id IN ({_marks(member_ids)}))"
        f" ORDER BY id DESC LIMIT {RECENT_CHANGES}",
        [household_id, *member_ids],
    )
    entries = [
        history_text.Entry(str(at), actor or "", entity, int(eid), action, fld or "", old, new,
                           note or "", batch or "")
        for at, actor, entity, eid, action, fld, old, new, note, batch in rows
    ]  # fmt: skip
    with raw.batch() as held:  # the names, in bulk, on one connection
        return history_text.describe(entries, held.rows)


def household_glance(raw: RawReader, household_id: int, today: dt.date) -> Glance | None:
    """The household's glance, or None when there is no such household."""
    found = raw.rows(
        "SELECT h.address, h.number, a.name, h.housing, h.kind, h.status, h.archive_reason,"
        " h.hazards FROM household h LEFT JOIN area a ON h.grid_id = a.id WHERE h.id = ?",
        (household_id,),
    )
    if not found:
        return None
    address, number, grid, housing, kind, status, reason, hazards = (v or "" for v in found[0])
    members = _members(raw, household_id)
    return Glance(
        address, number, grid, housing, kind, status, reason, hazards,
        members=members,
        last_visit=_last_visit(raw, household_id),
        issues=_open_issues(raw, household_id, today),
        errands=_open_errands(raw, household_id),
        changes=_changes(raw, household_id, [m.id for m in members]),
    )  # fmt: skip


@dataclass(frozen=True)
class PersonGlance:
    """One person's own details for the pane: the ID number masked as printed forms print it
    (``idcard.mask``; the register keeps no setting to show it whole), the groups they are in."""

    id: int
    name: str
    id_number: str  # masked
    birth_date: dt.date | None
    age: int | None
    gender: str
    relation: str
    ethnicity: str
    phone: str
    phone_other: str
    category: str
    status: str  # the stored code (vocab.PERSON_STATUSES)
    status_date: dt.date | None
    notes: str
    household_id: int | None
    groups: tuple[str, ...] = ()

    @property
    def archived(self) -> bool:
        return self.status in vocab.ARCHIVED_STATUSES


def person_glance(raw: RawReader, person_id: int, today: dt.date) -> PersonGlance | None:
    """The person's glance, or None when there is no such person (or they were deleted)."""
    found = raw.rows(
        "SELECT id, name, id_number, birth_date, gender, relation, ethnicity, phone,"
        " phone_other, category, status, status_date, notes, household_id FROM person"
        " WHERE id = ? AND deleted_at IS NULL",
        (person_id,),
    )
    if not found:
        return None
    r = found[0]
    groups = tuple(
        name
        for (name,) in raw.rows(
            "SELECT k.name FROM group_membership m JOIN group_kind k ON m.group_id = k.id"
            " WHERE m.person_id = ? AND m.left_on IS NULL AND m.deleted_at IS NULL ORDER BY m.id",
            (person_id,),
        )
    )
    born = stored_date(r[3])
    return PersonGlance(
        r[0], r[1] or "", idcard.mask(r[2]), born,
        idcard.age_at(born, today) if born else None,
        r[4] or "", r[5] or "", r[6] or "", r[7] or "", r[8] or "", r[9] or "",
        r[10] or "", stored_date(r[11]), r[12] or "", r[13], groups,
    )  # fmt: skip
