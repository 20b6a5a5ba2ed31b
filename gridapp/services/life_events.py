"""Moves and life events on the register, each ONE change-log batch (shown and undone as one step).

Every function takes an ``actor`` and returns an :class:`EventResult` with the batch id. When
the head of a household dies or leaves while others remain, a new head must be named
(``new_head_id``); a household with nobody active left is archived (never deleted).

Every result also carries an :class:`EventUndo`: what the event changed (field by field, old →
new, on persons, households, group and party memberships) and what it created.
``undo_event`` / ``redo_event`` (in ``services.life_events_undo``, importable from here) take
it back and apply it again, each as one logged batch, refusing with :class:`UndoConflict` when
a row was changed again since.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import GroupKind, GroupMembership, Household, PartyMember, Person
from gridapp.domain import relations
from gridapp.services import groups, register
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.life_events_undo import EVENT_LABELS as EVENT_LABELS
from gridapp.services.life_events_undo import EventRecorder
from gridapp.services.life_events_undo import EventResult as EventResult
from gridapp.services.life_events_undo import EventUndo as EventUndo
from gridapp.services.life_events_undo import FieldChange as FieldChange
from gridapp.services.life_events_undo import UndoConflict as UndoConflict
from gridapp.services.life_events_undo import redo_event as redo_event
from gridapp.services.life_events_undo import undo_event as undo_event
from gridapp.services.lookups import get_household, get_person, live_person


def _others(household: Household, leaving: set[int]) -> list[Person]:
    return [m for m in register.active_members(household) if m.id not in leaving]


def _move_member(writer: ChangeWriter, person: Person, target: Household | None) -> None:
    old = person.household_id
    new = target.id if target is not None else None
    if old == new:
        return
    person.household = target
    writer.add("person", person.id, person.uuid, "update", "household_id", old, new)


def _after_leaving(
    session: Session,
    writer: ChangeWriter,
    household: Household,
    leaving: set[int],
    new_head_id: int | None,
    on: dt.date,
    reason: str,
    relations_map: Mapping[int, str] | None = None,
) -> int | None:
    """Fix the head of a household some members leave; archive it when nobody is left.
    Returns the id of an archived household."""
    others = _others(household, leaving)
    if not others:
        register.update_household(
            session,
            writer,
            household,
            {"status": vocab.HOUSEHOLD_ARCHIVED, "archived_on": on, "archive_reason": reason},
        )
        return household.id
    if household.head_id in leaving or household.head_id is None:
        if new_head_id is None:
            names = "、".join(f"{m.name}（编号 {m.id}）" for m in others)
            raise ServiceError(f"户号 {household.number} 的户主{reason}，请选择新户主：{names}")
        _set_head(session, writer, household, new_head_id, relations_map or {})
    elif new_head_id is not None and new_head_id != household.head_id:
        _set_head(session, writer, household, new_head_id, relations_map or {})
    return None


def _check_new_head(
    session: Session, household: Household, leaving: set[int], new_head_id: int | None, reason: str
) -> None:
    """Refuse, before anything changes, a departure that leaves the household without a head."""
    others = _others(household, leaving)
    if new_head_id is not None:
        if new_head_id in leaving:
            raise ServiceError("新户主不能是离开本户的人")
        if new_head_id not in {m.id for m in others}:
            raise ServiceError(
                f"新户主（编号 {new_head_id}）不是户号 {household.number} 的在册成员"
            )
        return
    if others and household.head_id in leaving:
        names = "、".join(f"{m.name}（编号 {m.id}）" for m in others)
        raise ServiceError(f"户号 {household.number} 的户主{reason}，请选择新户主：{names}")


def _set_head(
    session: Session,
    writer: ChangeWriter,
    household: Household,
    head_id: int,
    relations_map: Mapping[int, str],
) -> None:
    head = live_person(session, head_id)
    if head.household_id != household.id:
        raise ServiceError(f"{head.name} 不是户号 {household.number} 的成员，不能当户主")
    old_head = session.get(Person, household.head_id) if household.head_id else None
    register.update_household(session, writer, household, {"head_id": head.id})
    register.update_person(session, writer, head, {"relation": relations.HEAD})
    if (
        old_head is not None
        and old_head.id != head.id
        and old_head.status not in vocab.ARCHIVED_STATUSES
        and old_head.household_id == household.id
    ):
        register.update_person(
            session, writer, old_head, {"relation": relations_map.get(old_head.id, "其他")}
        )
    for pid, relation in relations_map.items():
        if pid in (head.id, old_head.id if old_head else None):
            continue
        member = get_person(session, pid)
        if member.household_id == household.id:
            register.update_person(session, writer, member, {"relation": relation})


def _leave_groups(
    session: Session, writer: EventRecorder, person: Person, on: dt.date, reason: str
) -> None:
    for m in session.scalars(
        select(GroupMembership).where(
            GroupMembership.person_id == person.id,
            GroupMembership.left_on.is_(None),
            GroupMembership.deleted_at.is_(None),
        )
    ):
        writer.record("group_membership", m.id, "left_on", m.left_on,
                      max(on, m.joined_on) if m.joined_on else on)  # fmt: skip
        writer.record("group_membership", m.id, "leave_reason", m.leave_reason, reason)
        m.left_on = max(on, m.joined_on) if m.joined_on else on
        m.leave_reason = reason
        group = session.get(GroupKind, m.group_id)
        writer.add("person", person.id, person.uuid, "event", "group", group.name if group else "",
                   None, note=f"退出{group.name if group else ''}（{reason}）")  # fmt: skip
    for pm in session.scalars(
        select(PartyMember).where(
            PartyMember.person_id == person.id,
            PartyMember.left_on.is_(None),
            PartyMember.deleted_at.is_(None),
        )
    ):
        writer.record("party_member", pm.id, "left_on", pm.left_on, on)
        writer.record("party_member", pm.id, "notes", pm.notes, (pm.notes + f" {reason}").strip())
        pm.left_on = on
        pm.notes = (pm.notes + f" {reason}").strip()


def _finish(
    writer: EventRecorder, result: EventResult, subject: str, detail: str = ""
) -> EventResult:
    writer.flush()
    result.undo = writer.undo_data(subject, detail)
    return result


# ---------------------------------------------------------------- moves


def move_person(
    session: Session,
    person_id: int,
    household_id: int,
    relation: str,
    *,
    on: dt.date | None = None,
    new_head_id: int | None = None,
    actor: str = "",
) -> EventResult:
    """Move a person into another household of the register (with their relation there)."""
    person = live_person(session, person_id)
    target = get_household(session, household_id)
    if person.household_id == target.id:
        raise ServiceError(f"{person.name} 已在户号 {target.number} 中")
    if relations.normalize(relation) == relations.HEAD and target.head_id is not None:
        raise ServiceError(f"户号 {target.number} 已有户主；请先更换户主")
    day = on or dt.date.today()
    source = session.get(Household, person.household_id) if person.household_id else None
    if source is not None:
        _check_new_head(session, source, {person.id}, new_head_id, "迁往本辖区其他户")
    writer = EventRecorder(session, actor, "move_person")
    result = EventResult(writer.batch, [person.id], [target.id])
    _move_member(writer, person, target)
    register.update_person(session, writer, person, {"relation": relation})
    register.refresh_search_text(session, target)
    if relations.normalize(relation) == relations.HEAD:
        register.update_household(session, writer, target, {"head_id": person.id})
    if source is not None:
        session.refresh(source, ["members"])
        result.household_ids.append(source.id)
        result.archived_household = _after_leaving(
            session, writer, source, {person.id}, new_head_id, day, "迁往本辖区其他户"
        )
    return _finish(writer, result, person.name, target.number)


def move_household(
    session: Session,
    household_id: int,
    address: str,
    *,
    room_id: int | None = None,
    grid_id: int | None = None,
    sort_key: str | None = None,
    actor: str = "",
) -> EventResult:
    """The whole household moves to another address (and room / grid) of the register."""
    household = get_household(session, household_id)
    if not address.strip():
        raise ServiceError("新住址不能为空")
    changes: dict[str, Any] = {"address": address.strip()}
    if room_id is not None:
        changes["room_id"] = room_id
    if grid_id is not None:
        changes["grid_id"] = grid_id
    if sort_key is not None:
        changes["sort_key"] = sort_key
    writer = EventRecorder(session, actor, "move_household")
    diff = register.update_household(session, writer, household, changes)
    if not diff:
        raise ServiceError("新住址与原住址相同")
    return _finish(writer, EventResult(writer.batch, [], [household.id]), household.number)


def split_household(
    session: Session,
    household_id: int,
    person_ids: list[int],
    head_id: int,
    number: str,
    *,
    address: str | None = None,
    grid_id: int | None = None,
    relations_map: Mapping[int, str] | None = None,
    new_head_of_old: int | None = None,
    actor: str = "",
    on: dt.date | None = None,
) -> EventResult:
    """分户: some members form a new household (户号 ``number``; empty: the grid's next number)
    with ``head_id`` as its head; its address and grid are the old household's unless given."""
    household = get_household(session, household_id)
    if not person_ids:
        raise ServiceError("请选择分出的成员")
    if head_id not in person_ids:
        raise ServiceError("新户的户主必须是分出的成员之一")
    members = [live_person(session, pid) for pid in dict.fromkeys(person_ids)]
    for m in members:
        if m.household_id != household.id:
            raise ServiceError(f"{m.name} 不是户号 {household.number} 的成员")
    if len(members) >= len(register.active_members(household)):
        raise ServiceError("不能把全部成员分出；整户搬迁请用“户迁址”")
    day = on or dt.date.today()
    _check_new_head(session, household, {m.id for m in members}, new_head_of_old, "分户")
    writer = EventRecorder(session, actor, "split_household")
    new = register.create_household(
        session,
        writer,
        number=number.strip(),
        grid_id=household.grid_id if grid_id is None else grid_id,
        room_id=household.room_id if address is None else None,
        address=address.strip() if address else household.address,
        kind=household.kind,
        housing=household.housing,
        sort_key=household.sort_key,
    )
    leaving = {m.id for m in members}
    rel = dict(relations_map or {})
    for m in members:
        _move_member(writer, m, new)
        wanted = relations.HEAD if m.id == head_id else rel.get(m.id, m.relation or "其他")
        register.update_person(session, writer, m, {"relation": wanted})
    register.update_household(session, writer, new, {"head_id": head_id})
    register.refresh_search_text(session, new)
    session.refresh(household, ["members"])
    _after_leaving(session, writer, household, leaving, new_head_of_old, day, "分户")
    return _finish(
        writer,
        EventResult(writer.batch, list(leaving), [household.id, new.id]),
        household.number,
        new.number,
    )


def set_head(
    session: Session,
    household_id: int,
    person_id: int,
    relations_map: Mapping[int, str] | None = None,
    *,
    actor: str = "",
) -> EventResult:
    """Choose a new head; the others' relations to the new head may be given."""
    household = get_household(session, household_id)
    if household.head_id == person_id:
        raise ServiceError("此人已是户主")
    writer = EventRecorder(session, actor, "set_head")
    _set_head(session, writer, household, person_id, relations_map or {})
    head = get_person(session, person_id)
    return _finish(
        writer, EventResult(writer.batch, [person_id], [household.id]), head.name, household.number
    )


# ---------------------------------------------------------------- life events


def birth(
    session: Session,
    household_id: int,
    name: str,
    gender: str,
    birth_date: dt.date,
    relation: str,
    *,
    actor: str = "",
    today: dt.date | None = None,
    **fields: Any,
) -> EventResult:
    """A baby is registered in a household."""
    household = get_household(session, household_id)
    day = today or dt.date.today()
    if birth_date > day:
        raise ServiceError(f"出生日期 {birth_date.isoformat()} 晚于今天")
    if relations.normalize(relation) == relations.HEAD:
        raise ServiceError("新生儿不能登记为户主")
    if fields.get("id_number"):
        from gridapp.domain import idcard

        try:
            info = idcard.parse(str(fields["id_number"]), day)
        except idcard.IdNumberError as exc:
            raise ServiceError(str(exc)) from exc
        if info.birth_date != birth_date:
            raise ServiceError("出生日期与身份证号不一致")
    writer = EventRecorder(session, actor, "birth")
    person = register.create_person(
        session, writer, household, name=name, gender=gender, birth_date=birth_date,
        relation=relation, **fields,
    )  # fmt: skip
    writer.add("person", person.id, person.uuid, "event", "birth", None, birth_date, note="出生")
    return _finish(
        writer, EventResult(writer.batch, [person.id], [household.id]), person.name,
        household.number,
    )  # fmt: skip


def death(
    session: Session,
    person_id: int,
    on: dt.date,
    *,
    new_head_id: int | None = None,
    relations_map: Mapping[int, str] | None = None,
    actor: str = "",
    today: dt.date | None = None,
) -> EventResult:
    """A resident died: status 已死亡 with the date; groups left; a new head if needed."""
    return _leave(session, person_id, on, vocab.STATUS_DECEASED, "", new_head_id, relations_map,
                  actor, today, "去世", "death")  # fmt: skip


def move_out(
    session: Session,
    person_id: int,
    on: dt.date,
    destination: str,
    *,
    new_head_id: int | None = None,
    relations_map: Mapping[int, str] | None = None,
    actor: str = "",
    today: dt.date | None = None,
) -> EventResult:
    """A resident moves away (迁出) to ``destination``; the household is archived when empty."""
    if not destination.strip():
        raise ServiceError("请填写迁往地")
    return _leave(session, person_id, on, vocab.STATUS_MOVED_OUT, destination.strip(),
                  new_head_id, relations_map, actor, today, "迁出", "move_out")  # fmt: skip


def move_out_household(
    session: Session,
    household_id: int,
    on: dt.date,
    destination: str,
    *,
    actor: str = "",
    today: dt.date | None = None,
) -> EventResult:
    """The whole household moves away: every active member 迁出, the household archived."""
    household = get_household(session, household_id)
    if not destination.strip():
        raise ServiceError("请填写迁往地")
    if on > (today or dt.date.today()):
        raise ServiceError(f"日期 {on.isoformat()} 晚于今天")
    writer = EventRecorder(session, actor, "move_out_household")
    members = register.active_members(household)
    for m in members:
        register.update_person(session, writer, m, {"status": vocab.STATUS_MOVED_OUT,
                                                    "status_date": on, "destination": destination.strip()})  # fmt: skip
        _leave_groups(session, writer, m, on, "迁出")
    register.update_household(
        session, writer, household,
        {"status": vocab.HOUSEHOLD_ARCHIVED, "archived_on": on, "archive_reason": f"全户迁出：{destination.strip()}"},
    )  # fmt: skip
    return _finish(
        writer,
        EventResult(writer.batch, [m.id for m in members], [household.id], household.id),
        household.number,
        destination.strip(),
    )


def _leave(
    session: Session,
    person_id: int,
    on: dt.date,
    status: str,
    destination: str,
    new_head_id: int | None,
    relations_map: Mapping[int, str] | None,
    actor: str,
    today: dt.date | None,
    reason: str,
    event: str,
) -> EventResult:
    person = live_person(session, person_id)
    if on > (today or dt.date.today()):
        raise ServiceError(f"日期 {on.isoformat()} 晚于今天")
    if person.birth_date is not None and on < person.birth_date:
        raise ServiceError(f"日期 {on.isoformat()} 早于出生日期")
    if new_head_id == person.id:
        raise ServiceError("新户主不能是本人")
    household = session.get(Household, person.household_id) if person.household_id else None
    writer = EventRecorder(session, actor, event)
    result = EventResult(writer.batch, [person.id], [household.id] if household else [])
    changes: dict[str, Any] = {"status": status, "status_date": on}
    if destination:
        changes["destination"] = destination
    if household is not None:  # the head question is settled before anything changes
        _check_new_head(session, household, {person.id}, new_head_id, reason)
    register.update_person(session, writer, person, changes)
    _leave_groups(session, writer, person, on, reason)
    if household is not None:
        result.archived_household = _after_leaving(
            session, writer, household, {person.id}, new_head_id, on,
            f"{reason}" + (f"：{destination}" if destination else ""), relations_map,
        )  # fmt: skip
    return _finish(writer, result, person.name, destination)


def move_in(
    session: Session,
    household_id: int,
    on: dt.date,
    moved_from: str,
    *,
    actor: str = "",
    today: dt.date | None = None,
    **fields: Any,
) -> EventResult:
    """A person moves in (迁入) to a household of the register."""
    household = get_household(session, household_id)
    if on > (today or dt.date.today()):
        raise ServiceError(f"迁入日期 {on.isoformat()} 晚于今天")
    if relations.normalize(fields.get("relation", "")) == relations.HEAD and household.head_id:
        raise ServiceError(f"户号 {household.number} 已有户主；迁入人员请填写与户主关系")
    writer = EventRecorder(session, actor, "move_in")
    head_before = household.head_id
    person = register.create_person(
        session, writer, household, moved_in_on=on, moved_from=moved_from.strip(), **fields
    )
    if household.head_id != head_before:  # the first head of a household without one
        writer.add("household", household.id, household.uuid, "update", "head_id", head_before,
                   household.head_id)  # fmt: skip
    writer.add(
        "person",
        person.id,
        person.uuid,
        "event",
        "move_in",
        None,
        on,
        note=f"迁入：{moved_from.strip()}"[:200],
    )
    return _finish(
        writer, EventResult(writer.batch, [person.id], [household.id]), person.name,
        household.number,
    )  # fmt: skip


# ---------------------------------------------------------------- special groups


def enter_group(
    session: Session,
    person_id: int,
    group_code: str,
    joined_on: dt.date | None = None,
    fields: Mapping[str, Any] | None = None,
    reason: str = "",
    *,
    actor: str = "",
) -> EventResult:
    """``groups.enter_group`` as an undoable event (undo tombstones the new membership)."""
    writer = EventRecorder(session, actor, "enter_group")
    mid = groups.enter_group(session, person_id, group_code, joined_on, fields, reason, actor,
                             writer)  # fmt: skip
    writer.created.append(("group_membership", mid))
    person = get_person(session, person_id)
    name = groups.group_by_code(session, group_code).name
    return _finish(writer, EventResult(writer.batch, [person.id]), person.name, name)


def leave_group(
    session: Session,
    membership_id: int,
    left_on: dt.date | None = None,
    reason: str = "",
    *,
    actor: str = "",
) -> EventResult:
    """``groups.leave_group`` as an undoable event (undo clears the end date and reason)."""
    membership = session.get(GroupMembership, membership_id)
    if membership is None or membership.deleted_at is not None:
        raise NotFound(f"重点人群记录不存在（编号 {membership_id}）")
    before = (membership.left_on, membership.leave_reason)
    writer = EventRecorder(session, actor, "leave_group")
    groups.leave_group(session, membership_id, left_on, reason, actor, writer)
    writer.record("group_membership", membership.id, "left_on", before[0], membership.left_on)
    writer.record("group_membership", membership.id, "leave_reason", before[1],
                  membership.leave_reason)  # fmt: skip
    person = get_person(session, membership.person_id)
    group = session.get(GroupKind, membership.group_id)
    return _finish(writer, EventResult(writer.batch, [person.id]), person.name,
                   group.name if group else "")  # fmt: skip
