"""Undo and redo of a life event (see ``services.life_events``), and the plain data they use.

An event runs with an :class:`EventRecorder`, which keeps every field change (old → new) and
every row created: :class:`EventUndo`. ``undo_event`` writes the old values back and tombstones
what was created; ``redo_event`` applies the same change again (same rows, created rows
revived). Both are one logged change batch of their own and refuse with :class:`UndoConflict`,
changing nothing, when a row was changed again since (the later change is never overwritten).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import GroupKind, GroupMembership, Household, PartyMember, Person, now
from gridapp.services import register
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import ServiceError

EVENT_LABELS = vocab.EVENT_LABELS

_MODELS: dict[str, type[Person] | type[Household] | type[GroupMembership] | type[PartyMember]] = {
    "person": Person,
    "household": Household,
    "group_membership": GroupMembership,
    "party_member": PartyMember,
}

_ENTITY_LABELS = vocab.RECORD_LABELS


class UndoConflict(ServiceError):
    """Undo / redo refused: a row the event changed was changed again since. Nothing changed."""


@dataclass(frozen=True)
class FieldChange:
    """One field an event changed: ``entity`` is person / household / group_membership /
    party_member."""

    entity: str
    entity_id: int
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class EventUndo:
    """Plain data to undo and redo one event.

    ``changes`` in the order they were made; ``created`` the rows the event added (undo
    tombstones them, redo revives them) with ``revs``, their modification counter after the
    last apply / undo / redo (``"entity:id" -> rev``): a created row changed since is a conflict.
    ``subject`` names the person (or household number) for messages and the undo menu,
    ``detail`` the group or target household.
    """

    event: str
    subject: str
    detail: str = ""
    changes: tuple[FieldChange, ...] = ()
    created: tuple[tuple[str, int], ...] = ()
    revs: Mapping[str, int] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return EVENT_LABELS.get(self.event, self.event)


@dataclass
class EventResult:
    batch: str
    person_ids: list[int] = field(default_factory=list)
    household_ids: list[int] = field(default_factory=list)
    archived_household: int | None = None
    undo: EventUndo | None = None


class EventRecorder(ChangeWriter):
    """A ChangeWriter that also keeps, typed, every field change and every row created: the
    inverse of the event. Changes the log does not carry (group / party rows) are ``record``-ed."""

    def __init__(self, session: Session, actor: str, event: str) -> None:
        super().__init__(session, actor)
        self.event = event
        self._changes: dict[tuple[str, int, str], list[Any]] = {}
        self.created: list[tuple[str, int]] = []

    def noted(
        self, entity: str, entity_id: int, action: str, field: str, old: Any, new: Any
    ) -> None:
        if action == "update" and field:
            self.record(entity, entity_id, field, old, new)
        elif action == "create":
            self.created.append((entity, entity_id))

    def record(self, entity: str, entity_id: int, field: str, old: Any, new: Any) -> None:
        key = (entity, entity_id, field)
        if key in self._changes:
            self._changes[key][1] = new
        else:
            self._changes[key] = [old, new]

    def undo_data(self, subject: str, detail: str = "") -> EventUndo:
        created = set(self.created)
        changes = tuple(
            FieldChange(e, i, f, old, new)
            for (e, i, f), (old, new) in self._changes.items()
            if old != new and (e, i) not in created  # a created row is tombstoned whole
        )
        return EventUndo(self.event, subject, detail, changes, tuple(self.created),
                         _revs(self.session, self.created))  # fmt: skip


def _revs(session: Session, rows: Iterable[tuple[str, int]]) -> dict[str, int]:
    out: dict[str, int] = {}
    for entity, eid in rows:
        obj = _row(session, entity, eid)
        if obj is not None:
            out[f"{entity}:{eid}"] = int(obj.rev)
    return out


# ---------------------------------------------------------------- undo and redo


def undo_event(session: Session, undo: EventUndo, *, actor: str = "") -> EventResult:
    """Take an event back: old values written back, created rows tombstoned, as one logged
    batch. Refused (:class:`UndoConflict`, nothing changed) when a row was changed since."""
    return _replay(session, undo, forward=False, actor=actor)


def redo_event(session: Session, undo: EventUndo, *, actor: str = "") -> EventResult:
    """Apply an undone event again: the same rows (created rows revived) get the same values."""
    return _replay(session, undo, forward=True, actor=actor)


def _row(session: Session, entity: str, entity_id: int) -> Any:
    return session.get(_MODELS[entity], entity_id)


def _owner(session: Session, entity: str, obj: Any) -> Person | Household | None:
    """The person or household whose history shows a change of ``obj``."""
    if entity in ("person", "household"):
        return obj  # type: ignore[no-any-return]
    return session.get(Person, obj.person_id)


def _describe(session: Session, entity: str, obj: Any) -> str:
    if entity == "household":
        return f"户号 {obj.number}"
    if entity == "group_membership":
        person = session.get(Person, obj.person_id)
        group = session.get(GroupKind, obj.group_id)
        return f"{person.name if person else ''}的“{group.name if group else ''}”记录"
    if entity == "party_member":
        person = session.get(Person, obj.person_id)
        return f"{person.name if person else ''}的党员记录"
    return str(obj.name)


def _field_label(entity: str, name: str) -> str:
    labels = register.HOUSEHOLD_LABELS if entity == "household" else register.PERSON_LABELS
    return labels.get(name) or vocab.WORK_LABELS.get(name, name)


# ---------------------------------------------------------------- what stands in the way


def _changed_since(session: Session, change: FieldChange, forward: bool) -> str | None:
    """Why ``change`` cannot be replayed: its row is gone or holds another value by now."""
    obj = _row(session, change.entity, change.entity_id)
    if obj is None or obj.deleted_at is not None:
        return f"{_ENTITY_LABELS[change.entity]}（编号 {change.entity_id}）已删除"
    current = getattr(obj, change.field)
    if current == (change.old if forward else change.new):
        return None
    shown = current
    if change.entity == "person" and change.field == "status":
        shown = vocab.STATUS_LABELS.get(current, current)
    who = ""
    if change.entity in ("person", "household"):
        who = register.last_change_note(session, change.entity, change.entity_id, change.field)
    return (
        f"{_describe(session, change.entity, obj)}的{_field_label(change.entity, change.field)}"
        f"已改为“{'' if shown is None else shown}”{who}"
    )


def _event_members(undo: EventUndo) -> dict[int, set[int]]:
    """Household id → the persons the event put there (created, or moved in)."""
    created_people = {eid for entity, eid in undo.created if entity == "person"}
    ours: dict[int, set[int]] = {}
    for change in undo.changes:
        if change.entity == "person" and change.field == "household_id" and change.new:
            ours.setdefault(int(change.new), set()).add(change.entity_id)
    for entity, eid in undo.created:
        if entity == "household":
            ours[eid] = ours.get(eid, set()) | created_people
    return ours


def _created_since(session: Session, undo: EventUndo, forward: bool) -> list[str]:
    """Rows the event created that were changed since, or a household it created that someone
    else moved into (undo would tombstone it under them)."""
    problems: list[str] = []
    ours = _event_members(undo)
    for entity, eid in undo.created:
        obj = _row(session, entity, eid)
        if obj is None:
            problems.append(f"{_ENTITY_LABELS[entity]}（编号 {eid}）不存在")
            continue
        gone = obj.deleted_at is not None
        if gone != forward or obj.rev != undo.revs.get(f"{entity}:{eid}", obj.rev):
            problems.append(f"{_describe(session, entity, obj)}在此之后又被修改过")
        if entity == "household" and not forward:
            problems += [
                f"{member.name} 在此之后迁入了户号 {obj.number}"
                for member in obj.members
                if member.deleted_at is None and member.id not in ours[eid]
            ]
    return problems


def _conflicts(session: Session, undo: EventUndo, forward: bool) -> list[str]:
    """What stands in the way: rows that are not as the event (or its undo) left them."""
    changed = (_changed_since(session, change, forward) for change in undo.changes)
    return [p for p in changed if p is not None] + _created_since(session, undo, forward)


def _check_revival(session: Session, entity: str, obj: Any) -> None:
    """Refuse to revive a person whose ID number, or a household whose number, is taken."""
    if entity == "person" and obj.id_number:
        clash = _live_other(session, Person, Person.name, Person.id_number == obj.id_number, obj)
        if clash is not None:
            raise UndoConflict(f"身份证号已登记在 {clash} 名下，不能恢复 {obj.name}")
    if entity == "household" and obj.number:
        same_number = Household.number == obj.number
        if _live_other(session, Household, Household.id, same_number, obj) is not None:
            raise UndoConflict(f"户号 {obj.number} 已被另一户使用，不能恢复")


def _live_other(
    session: Session, model: type[Person] | type[Household], column: Any, same: Any, obj: Any
) -> Any:
    """``column`` of a live row of ``model``, other than ``obj``, that matches ``same``."""
    return session.scalar(
        select(column).where(same, model.id != obj.id, model.deleted_at.is_(None))
    )


# ---------------------------------------------------------------- replaying


class _Replay:
    """One undo or redo in progress: every row it writes is logged under ``note``, and the
    persons and households it touches collected, so each history shows the step once."""

    def __init__(self, session: Session, actor: str, note: str) -> None:
        self.session = session
        self.writer = ChangeWriter(session, actor)
        self.note = note
        self.touched: dict[tuple[str, int], Person | Household] = {}

    def touch(self, entity: str, obj: Any) -> None:
        owner = _owner(self.session, entity, obj)
        if owner is not None:
            kind = "household" if isinstance(owner, Household) else "person"
            self.touched[(kind, owner.id)] = owner

    def revive(self, created: Iterable[tuple[str, int]]) -> None:
        for entity, eid in created:
            obj = _row(self.session, entity, eid)
            _check_revival(self.session, entity, obj)
            obj.deleted_at = None
            _log_rows(self.writer, self.session, entity, obj, "restore", self.note)
            self.touch(entity, obj)

    def tombstone(self, created: Iterable[tuple[str, int]]) -> None:
        stamp = now()
        for entity, eid in created:
            obj = _row(self.session, entity, eid)
            obj.deleted_at = stamp
            _log_rows(self.writer, self.session, entity, obj, "delete", self.note)
            self.touch(entity, obj)

    def write(self, change: FieldChange, target: Any) -> Any:
        """Set one field to ``target``; returns the row."""
        obj = _row(self.session, change.entity, change.entity_id)
        current = getattr(obj, change.field)
        if change.entity == "person" and change.field == "household_id":
            obj.household = self.session.get(Household, target) if target is not None else None
            for hid in (current, target):  # both households' histories show the move back
                household = self.session.get(Household, hid) if hid is not None else None
                if household is not None:
                    self.touched[("household", household.id)] = household
        else:
            setattr(obj, change.field, target)
        self.touch(change.entity, obj)
        if change.entity in ("person", "household"):
            self.writer.add(change.entity, obj.id, obj.uuid, "update", change.field, current,
                            target, note=self.note)  # fmt: skip
        return obj

    def apply(self, changes: Sequence[FieldChange], forward: bool) -> None:
        memberships: dict[int, Any] = {}
        for change in changes:
            obj = self.write(change, change.new if forward else change.old)
            if change.entity == "group_membership":
                memberships[obj.id] = obj
        for membership in memberships.values():  # one line per membership, on its person
            _log_rows(self.writer, self.session, "group_membership", membership, "event",
                      self.note)  # fmt: skip

    def log_touched(self, moved: set[int]) -> EventResult:
        """One event line in each touched history; search texts brought up to date."""
        result = EventResult(self.writer.batch)
        for (entity, _eid), obj in self.touched.items():
            self.writer.add(entity, obj.id, obj.uuid, "event", "", None, None, note=self.note)
            if isinstance(obj, Household) and obj.id in moved:
                register.refresh_search_text(self.session, obj)
            if isinstance(obj, Person):
                self.session.refresh(obj, ["household"])
                obj.search_text = register.search_text(
                    {f: getattr(obj, f) for f in register.PERSON_FIELDS},
                    obj.household.address if obj.household else "",
                )
                result.person_ids.append(obj.id)
            else:
                result.household_ids.append(obj.id)
        self.writer.flush()
        return result


def _replay(session: Session, undo: EventUndo, *, forward: bool, actor: str) -> EventResult:
    verb = "重做" if forward else "撤销"
    what = f"{undo.label}（{undo.subject}）"
    problems = _conflicts(session, undo, forward)
    if problems:
        raise UndoConflict(
            f"无法{verb}“{what}”：此后又有改动——" + "；".join(problems[:5])
            + ("……" if len(problems) > 5 else "")
            + "。为不覆盖后来的改动，什么也没有改；请核对后手工更正。"
        )  # fmt: skip
    replay = _Replay(session, actor, f"{verb}：{what}")
    if forward:  # revive before the changes that may point at the rows
        replay.revive(undo.created)
        replay.apply(undo.changes, forward)
    else:
        replay.apply(undo.changes[::-1], forward)
        replay.tombstone(undo.created[::-1])
    session.flush()
    moved = {c.entity_id for c in undo.changes if c.entity == "household" and c.field == "address"}
    result = replay.log_touched(moved)
    result.undo = replace(undo, revs=_revs(session, undo.created))
    return result


def _log_rows(
    writer: ChangeWriter, session: Session, entity: str, obj: Any, action: str, note: str
) -> None:
    """Log a revived / tombstoned row (a group membership: on its person, like the groups do)."""
    if entity in ("person", "household"):
        writer.add(entity, obj.id, obj.uuid, action, note=note)
        return
    person = session.get(Person, obj.person_id)
    if person is None:
        return
    if entity == "group_membership":
        group = session.get(GroupKind, obj.group_id)
        name = group.name if group else ""
        live = obj.deleted_at is None and obj.left_on is None
        writer.add("person", person.id, person.uuid, "event", "group",
                   None if live else name, name if live else None, note=note)  # fmt: skip
