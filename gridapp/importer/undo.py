"""The imports made (``list_imports``) and undoing one as a whole (``undo_import``): what it
created is tombstoned, the fields it updated get their old values back, all logged."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Integer, select, update
from sqlalchemy.orm import Session

from gridapp.db.models import (
    Area,
    Base,
    Building,
    ChangeLog,
    Compound,
    GroupMembership,
    Household,
    ImportBatch,
    Person,
    Room,
    Unit,
    now,
    table_of,
)
from gridapp.domain import pinyin
from gridapp.importer.place_book import PLACE_RANGE
from gridapp.services import created_batch
from gridapp.services.changelog import ChangeWriter, to_text
from gridapp.services.common import NotFound, ServiceError


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


# What an entity's removal counts as in the result.
_REMOVED = {
    "person": "persons_removed", "household": "households_removed",
    "group_membership": "memberships_removed",
}  # fmt: skip


def undo_import(session: Session, import_id: int, actor: str = "") -> UndoResult:
    """Restore what an import changed: its new persons, households and group memberships are
    tombstoned, the fields it updated get their old values back. A field changed again since
    the import is left as it is now and reported as a conflict. Logged like any change."""
    batch = _batch_to_undo(session, import_id)
    entries = list(
        session.scalars(
            select(ChangeLog).where(ChangeLog.batch == batch.uuid).order_by(ChangeLog.id.desc())
        )
    )
    undo = _Undo(session, ChangeWriter(session, actor), now(), f"撤销导入 #{import_id}",
                 UndoResult(import_id))  # fmt: skip
    for entry in entries:
        undo.entry(entry)
    result = undo.result
    result.places_removed = _remove_places(
        session, undo.created_places, undo.writer, undo.stamp, undo.note
    )
    batch.undone_at = undo.stamp
    undo.writer.flush()
    from gridapp.services.register import rebuild_all_search_text

    if result.fields_restored:
        rebuild_all_search_text(session)
    return result


def _batch_to_undo(session: Session, import_id: int) -> ImportBatch:
    batch = session.get(ImportBatch, import_id)
    if batch is None or batch.deleted_at is not None:
        raise NotFound(f"没有编号为 {import_id} 的导入记录")
    if batch.undone_at is not None:
        raise ServiceError(f"导入 {import_id}（{batch.file_name}）已于 {batch.undone_at} 撤销")
    return batch


@dataclass
class _Undo:
    """Undoing one import's change-log entries, newest first."""

    session: Session
    writer: ChangeWriter
    stamp: dt.datetime
    note: str
    result: UndoResult
    created_places: dict[str, tuple[int, int]] = field(default_factory=dict)  # see PLACE_RANGE

    def entry(self, entry: ChangeLog) -> None:
        if entry.action == "create" and entry.field == PLACE_RANGE and entry.new:
            span = json.loads(entry.new)
            self.created_places[entry.entity] = (int(span["first"]), int(span["last"]))
            return
        if entry.action == "create" and entry.field == created_batch.CREATED:
            removed = _remove_created(self.session, entry, self.writer, self.stamp, self.note)
            self._count_removed(entry.entity, removed)
            return
        model = _MODELS.get(entry.entity)
        if model is None:
            return
        t = table_of(model)
        current = self.session.execute(select(t).where(t.c.id == entry.entity_id)).first()
        if current is None:
            return
        if entry.action == "create":
            self._remove(entry, t, current)
        elif entry.action == "update" and entry.field:
            self._restore(entry, entry.field, model, t, current)

    def _count_removed(self, entity: str, removed: int) -> None:
        name = _REMOVED[entity]
        setattr(self.result, name, getattr(self.result, name) + removed)

    def _remove(self, entry: ChangeLog, t: Any, current: Any) -> None:
        """Tombstone one record the import created, unless it is gone already."""
        if current.deleted_at is not None:
            return
        self.session.execute(
            update(t).where(t.c.id == entry.entity_id)
            .values(deleted_at=self.stamp, updated_at=self.stamp, rev=t.c.rev + 1)
        )  # fmt: skip
        self.writer.add(entry.entity, entry.entity_id, entry.entity_uuid, "delete",
                        note=self.note)  # fmt: skip
        self._count_removed(entry.entity, 1)

    def _restore(
        self, entry: ChangeLog, column: str, model: type[Any], t: Any, current: Any
    ) -> None:
        """A field the import updated back to its old value, unless it changed again since."""
        now_value = getattr(current, column)
        if to_text(now_value) != entry.new:
            self.result.conflicts.append(f"{entry.entity} {entry.entity_id} {column}")
            return
        old = _from_text(model, column, entry.old)
        if old is None and not t.c[column].nullable:
            old = ""
        values: dict[str, Any] = {column: old}
        if entry.entity == "person" and column == "name":
            values["name_pinyin"], values["name_initials"] = pinyin.full_and_initials(old)
        self.session.execute(
            update(t).where(t.c.id == entry.entity_id)
            .values(updated_at=self.stamp, rev=t.c.rev + 1, **values)
        )  # fmt: skip
        self.writer.add(entry.entity, entry.entity_id, entry.entity_uuid, "update", column,
                        now_value, old, note=self.note)  # fmt: skip
        self.result.fields_restored += 1
