"""What every transaction records, whoever wrote it: the session hooks of the change log.

Two jobs, both at commit time, both through the one change writer:

- **Work records** (visits, issues and their steps, errands and their steps, group entries,
  duty shifts) are logged from the ORM's own view of what changed in the transaction: a
  ``create`` entry with the new row's snapshot, an ``update`` entry per changed column
  (old → new), a ``delete`` entry. The services that write them need not remember to.
  (Persons and households are logged by ``services.register`` and the importer themselves,
  with the wording their history shows.)
- **The signed head** (``db.anchor``): when the transaction appended to the change log, the
  chain's new head is signed as pending just before the commit and confirmed after it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, event, func, inspect, select
from sqlalchemy.orm import Session

from gridapp.db import anchor
from gridapp.db.engine import engine_path, is_read_only
from gridapp.db.models import (
    ChangeLog,
    DutyShift,
    GroupMembership,
    Issue,
    IssueStep,
    ServiceRequest,
    ServiceStep,
    Visit,
)

# The work records logged by the hooks, by the entity name their entries carry.
AUTO_LOGGED: dict[type[Any], str] = {
    Visit: "visit",
    Issue: "issue",
    IssueStep: "issue_step",
    ServiceRequest: "service_request",
    ServiceStep: "service_step",
    GroupMembership: "group_membership",
    DutyShift: "duty_shift",
}
# Bookkeeping columns: not part of what a record says.
UNLOGGED_COLUMNS = frozenset({"id", "uuid", "rev", "created_at", "updated_at"})

_PENDING_ROWS = "gridapp.recorder.rows"
WROTE_LOG = "gridapp.recorder.wrote_log"
_BEFORE = "gridapp.recorder.head_before"
_PROPOSED = "gridapp.recorder.proposed"
ACTOR = "gridapp.recorder.actor"  # set by the transaction's first change writer


def before_log_write(session: Session) -> None:
    """Called by every writer of change-log rows just before it appends: remember where the
    chain ended, and sign its new head at commit."""
    if WROTE_LOG not in session.info:
        session.info[_BEFORE] = read_head(session)
        session.info[WROTE_LOG] = True


def read_head(session: Session) -> anchor.Head | None:
    last = session.execute(
        select(ChangeLog.id, ChangeLog.hash).order_by(ChangeLog.id.desc()).limit(1)
    ).first()
    if last is None:
        return None
    first = session.scalar(select(ChangeLog.uuid).order_by(ChangeLog.id).limit(1)) or ""
    count = session.scalar(select(func.count(ChangeLog.id))) or 0
    return anchor.Head(first, int(last.id), str(last.hash), int(count))


def snapshot_of(obj: Any) -> dict[str, str]:
    """A work record's logged content: its columns' texts, empty ones left out."""
    from gridapp.services.changelog import to_text

    values: dict[str, str] = {}
    for attr in inspect(obj).mapper.column_attrs:
        if attr.key in UNLOGGED_COLUMNS:
            continue
        text = to_text(getattr(obj, attr.key))
        if text not in (None, "", "{}", "[]"):
            values[attr.key] = text
    return values


def log_bulk_created(session: Session, writer: Any, model: type[Any]) -> int:
    """Log, as created, the rows of a work-record type that have no entry yet: rows written in
    bulk with Core inserts (the demo's visits), which the ORM hooks do not see."""
    entity = AUTO_LOGGED[model]
    logged = select(ChangeLog.entity_id).where(
        ChangeLog.entity == entity, ChangeLog.action == "create"
    )
    rows = session.scalars(select(model).where(model.id.not_in(logged)).order_by(model.id))
    count = 0
    for obj in rows:
        writer.add(entity, obj.id, obj.uuid, "create", new=snapshot_of(obj))
        count += 1
    return count


def _after_flush(session: Session, _context: Any) -> None:
    rows: list[tuple[Any, ...]] = session.info.setdefault(_PENDING_ROWS, [])
    for obj in session.new:
        entity = AUTO_LOGGED.get(type(obj))
        if entity is not None:
            rows.append((entity, obj.id, obj.uuid, "create", "", None, snapshot_of(obj)))
    for obj in session.dirty:
        entity = AUTO_LOGGED.get(type(obj))
        if entity is not None and session.is_modified(obj, include_collections=False):
            rows.extend(_column_changes(entity, obj))
    for obj in session.deleted:
        entity = AUTO_LOGGED.get(type(obj))
        if entity is not None:
            rows.append((entity, obj.id, obj.uuid, "delete", "", None, None))


def _column_changes(entity: str, obj: Any) -> list[tuple[Any, ...]]:
    state = inspect(obj)
    changes: list[tuple[Any, ...]] = []
    for attr in state.mapper.column_attrs:
        if attr.key in UNLOGGED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if not history.added:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0]
        if old == new or (old is None and new in ("", {}, [])):
            continue
        changes.append((entity, obj.id, obj.uuid, "update", attr.key, old, new))
    return changes


def _before_commit(session: Session) -> None:
    session.flush()  # the commit's own flush comes after this hook: its changes count too
    rows = session.info.pop(_PENDING_ROWS, None)
    if rows:
        _log_work_records(session, rows)
    path = _register_of(session)
    if path is None or not session.info.get(WROTE_LOG):
        return
    head = read_head(session)
    if head is None:
        return
    if anchor.propose(path, session.info.get(_BEFORE), head):
        session.info[_PROPOSED] = (path, head)


def _log_work_records(session: Session, rows: list[tuple[Any, ...]]) -> None:
    from gridapp.services import settings
    from gridapp.services.changelog import ChangeWriter

    writer = ChangeWriter(session, session.info.get(ACTOR) or settings.operator(session))
    for entity, entity_id, entity_uuid, action, field, old, new in rows:
        writer.add(entity, entity_id, entity_uuid, action, field, old, new)
    writer.flush()


def _after_commit(session: Session) -> None:
    proposed = session.info.get(_PROPOSED)
    _clear(session)
    if proposed is not None:
        anchor.confirm(*proposed)


def _after_rollback(session: Session) -> None:
    proposed = session.info.get(_PROPOSED)
    _clear(session)
    if proposed is not None:
        anchor.withdraw(*proposed)


def _clear(session: Session) -> None:
    for key in (_PENDING_ROWS, WROTE_LOG, _BEFORE, _PROPOSED, ACTOR):
        session.info.pop(key, None)


def _register_of(session: Session) -> Path | None:
    """The register file a session writes to (None: in memory, or opened read-only)."""
    engine = bound_engine(session)
    if engine is None or is_read_only(engine):
        return None
    return engine_path(engine)


def bound_engine(session: Session) -> Engine | None:
    bind = session.get_bind()
    engine = bind.engine if isinstance(bind, Connection) else bind
    return engine if isinstance(engine, Engine) else None


_installed = False


def install() -> None:
    """Hook every session (once per process)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_rollback", _after_rollback)
    _installed = True


install()  # importing the recorder is enough: every session of the process is hooked

__all__ = [
    "AUTO_LOGGED",
    "before_log_write",
    "install",
    "log_bulk_created",
    "read_head",
    "snapshot_of",
]
