"""The change log: who changed what, when, old → new; append-only and hash-chained.

Each entry's hash covers its content and the previous entry's hash, so an edit to history
made outside the app (a SQLite browser) breaks the chain and ``verify`` finds it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, new_uuid, now

_HASHED = (
    "uuid",
    "at",
    "actor",
    "entity",
    "entity_id",
    "entity_uuid",
    "action",
    "field",
    "old",
    "new",
    "note",
    "batch",
)


def to_text(value: Any) -> str | None:
    """How a value is written into the log."""
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def entry_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    payload = json.dumps([prev_hash, *(to_text(row.get(k)) for k in _HASHED)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class ChangeWriter:
    """Collects entries for one operation and appends them, chained, in one insert."""

    def __init__(self, session: Session, actor: str, batch: str | None = None) -> None:
        self.session = session
        self.actor = actor
        self.batch = batch or new_uuid()
        self.rows: list[dict[str, Any]] = []
        self.at = now()

    def add(
        self,
        entity: str,
        entity_id: int,
        entity_uuid: str,
        action: str,
        field: str = "",
        old: Any = None,
        new: Any = None,
        note: str = "",
    ) -> None:
        self.rows.append(
            {
                "uuid": new_uuid(),
                "at": self.at,
                "actor": self.actor,
                "entity": entity,
                "entity_id": entity_id,
                "entity_uuid": entity_uuid,
                "action": action,
                "field": field,
                "old": to_text(old),
                "new": to_text(new),
                "note": note,
                "batch": self.batch,
            }
        )

    def changes(
        self, entity: str, entity_id: int, entity_uuid: str, diff: Mapping[str, tuple[Any, Any]]
    ) -> None:
        for field, (old, new) in diff.items():
            self.add(entity, entity_id, entity_uuid, "update", field, old, new)

    def flush(self) -> int:
        if not self.rows:
            return 0
        self.session.flush()
        prev = (
            self.session.scalar(select(ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)) or ""
        )
        for row in self.rows:
            row["prev_hash"] = prev
            row["hash"] = prev = entry_hash(prev, row)
        self.session.execute(insert(ChangeLog), self.rows)
        count = len(self.rows)
        self.rows = []
        return count


@dataclass(frozen=True)
class Broken:
    entry_id: int
    reason: str


def verify(session: Session, rows: Iterable[ChangeLog] | None = None) -> Broken | None:
    """Walk the chain; the first entry whose hash or link does not hold, or None."""
    prev = ""
    source = (
        rows
        if rows is not None
        else session.scalars(select(ChangeLog).order_by(ChangeLog.id)).yield_per(2000)
    )
    for entry in source:
        row = {k: getattr(entry, k) for k in _HASHED}
        if entry.prev_hash != prev:
            return Broken(entry.id, "与前一条记录的链接断开（记录被删除或插入）")
        if entry_hash(prev, row) != entry.hash:
            return Broken(entry.id, "记录内容被改动")
        prev = entry.hash
    return None


def history(session: Session, entity: str, entity_id: int) -> list[ChangeLog]:
    return list(
        session.scalars(
            select(ChangeLog)
            .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
            .order_by(ChangeLog.id)
        )
    )
