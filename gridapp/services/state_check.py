"""Does every record say what its history says? The replay half of the tamper check.

The change log holds, for each record, a ``create`` entry with the record's first content (a
snapshot) and an ``update`` entry for every later change of a field. Replaying them gives
the value each field should have now; a record whose stored value differs was edited
outside the app (a SQLite browser), since every change made by the app passes the change
writer. Records are identified by their uuid, so a reused row id cannot borrow another
record's history.

Checked: persons and households (their fields as the register logs them), and the work
records the recorder logs (visits, issues, errands, their steps, group entries, duty shifts).
A record created before its type was logged with a snapshot (an older register, the demo's
bulk records) is checked on the fields changed since. The work is streamed, one entity type
at a time, in id order, so memory stays flat on a register of 100,000 residents.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Table, select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, Household, Person, table_of
from gridapp.services import created_batch
from gridapp.services.changelog import to_text
from gridapp.services.common import Progress, no_progress
from gridapp.services.recorder import AUTO_LOGGED, UNLOGGED_COLUMNS
from gridapp.services.register import HOUSEHOLD_FIELDS, PERSON_FIELDS

# Fields a person's or household's log speaks for: what the register logs at creation, and
# the links the life events log when they change them.
_LOGGED_FIELDS: dict[str, tuple[type[Any], frozenset[str]]] = {
    "person": (Person, frozenset(PERSON_FIELDS) | {"household_id"}),
    "household": (Household, frozenset(HOUSEHOLD_FIELDS)),
}
# Links set at creation without being part of the snapshot: checked once a change logged them.
_CHANGES_ONLY = frozenset({"household_id"})
_EMPTY = frozenset({"", "{}", "[]"})
_BATCH = 2000


@dataclass(frozen=True)
class Mismatch:
    entity: str
    entity_id: int
    field: str
    expected: str | None
    actual: str | None

    def describe(self) -> str:
        return (
            f"{self.entity} {self.entity_id} 的 {self.field}：记录应为 {_show(self.expected)}，"
            f"实际为 {_show(self.actual)}"
        )


def _show(text: str | None) -> str:
    if text is None:
        return "（空）"
    return f"“{text[:40]}”" + ("…" if len(text) > 40 else "")


@dataclass
class _Implied:
    """What the log says about one record."""

    has_snapshot: bool = False
    values: dict[str, str | None] | None = None
    touched: set[str] | None = None


def checked_entities() -> dict[str, tuple[type[Any], frozenset[str]]]:
    entities = dict(_LOGGED_FIELDS)
    for model, entity in AUTO_LOGGED.items():
        columns = {c.key for c in table_of(model).columns} - UNLOGGED_COLUMNS - {"deleted_at"}
        entities[entity] = (model, frozenset(columns))
    return entities


def find_mismatches(
    session: Session, limit: int = 20, progress: Progress = no_progress
) -> tuple[int, list[Mismatch]]:
    """(how many fields differ from their history, the first ``limit`` of them)."""
    total = 0
    found: list[Mismatch] = []
    entities = checked_entities()
    for done, (entity, (model, fields)) in enumerate(entities.items()):
        progress(done, len(entities), "核对记录与变更记录")
        for mismatch in _entity_mismatches(session, entity, table_of(model), fields):
            total += 1
            if len(found) < limit:
                found.append(mismatch)
    return total, found


def _entity_mismatches(
    session: Session, entity: str, table: Table, fields: frozenset[str]
) -> Iterator[Mismatch]:
    booleans = {c.key for c in table.columns if isinstance(c.type, Boolean)}
    histories = _histories(session, entity, fields)
    pending: tuple[int, dict[str, _Implied]] | None = next(histories, None)
    columns = [table.c.id, table.c.uuid, *(table.c[f] for f in sorted(fields) if f in table.c)]
    rows = session.execute(
        select(*columns).order_by(table.c.id).execution_options(yield_per=_BATCH)
    )
    for row in rows:
        while pending is not None and pending[0] < row.id:
            pending = next(histories, None)
        if pending is None:
            return
        if pending[0] != row.id:
            continue
        implied = pending[1].get(row.uuid)
        if implied is None:
            continue
        record = row._mapping
        for field in sorted(fields):
            if field not in record:
                continue
            touched = field in (implied.touched or ())
            if not touched and (not implied.has_snapshot or field in _CHANGES_ONLY):
                continue
            expected = _norm((implied.values or {}).get(field), field in booleans)
            actual = _norm(to_text(record[field]), field in booleans)
            if expected != actual:
                yield Mismatch(entity, int(row.id), field, expected, actual)


def _histories(
    session: Session, entity: str, fields: frozenset[str]
) -> Iterator[tuple[int, dict[str, _Implied]]]:
    """Per record id, in id order: what the log implies, per uuid that held the id."""
    current_id: int | None = None
    records: dict[str, _Implied] = {}
    for entity_id, _, uuid, action, field, new in _entries(session, entity):
        if entity_id != current_id:
            if current_id is not None:
                yield current_id, records
            current_id, records = entity_id, {}
        if not uuid:
            continue
        implied = records.setdefault(uuid, _Implied())
        if action == "create":
            snapshot = _snapshot(new) if not field else None
            if snapshot is not None:
                implied.has_snapshot = True
                implied.values = {k: v for k, v in snapshot.items() if k in fields}
                implied.touched = set()
        elif field in fields:
            if implied.values is None:
                implied.values = {}
            if implied.touched is None:
                implied.touched = set()
            implied.values[field] = new
            implied.touched.add(field)
    if current_id is not None:
        yield current_id, records


_Entry = tuple[int, int, str, str, str, str | None]  # entity id, log id, uuid, action, field, new


def _entries(session: Session, entity: str) -> Iterator[_Entry]:
    """The entity's create and update entries in (record id, log id) order, with the
    creations packed in batch entries unpacked in their place (each batch is in id order, so
    the streams merge without holding them)."""
    logged = session.execute(
        select(
            ChangeLog.entity_id, ChangeLog.id, ChangeLog.entity_uuid, ChangeLog.action,
            ChangeLog.field, ChangeLog.new,
        )
        .where(ChangeLog.entity == entity, ChangeLog.action.in_(("create", "update")))
        .where(ChangeLog.field != created_batch.CREATED)
        .order_by(ChangeLog.entity_id, ChangeLog.id)
        .execution_options(yield_per=_BATCH)
    )  # fmt: skip
    streams: list[Iterator[_Entry]] = [(tuple(row) for row in logged)]  # type: ignore[misc]
    for batch in created_batch.batches(session, entity):
        streams.append(_unpacked(batch.id, created_batch.expand(batch)))
    return heapq.merge(*streams, key=lambda e: (e[0], e[1]))


def _unpacked(log_id: int, items: Iterator[tuple[int, str, str]]) -> Iterator[_Entry]:
    for entity_id, uuid, snapshot in items:
        yield entity_id, log_id, uuid, "create", "", snapshot


def _snapshot(new: str | None) -> dict[str, str | None] | None:
    if not new or not new.startswith("{"):
        return None
    try:
        data = json.loads(new)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): v if isinstance(v, str) or v is None else to_text(v) for k, v in data.items()}


def _norm(text: str | None, boolean: bool) -> str | None:
    if text is None or text in _EMPTY or (boolean and text == "0"):
        return None
    return text
