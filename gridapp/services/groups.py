"""Special groups (低保, 残疾, 独居老人 …): entering, leaving (history kept), lists and needs.

Entering and leaving are logged in the change log on the person (action ``event``), so the
person's history shows when they joined or left a group and why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, GroupKind, GroupMembership, Household, Person
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.lookups import live_person, on_register
from gridapp.services.places import descendant_ids


def group_by_code(session: Session, code: str) -> GroupKind:
    group = session.scalars(
        select(GroupKind).where(
            or_(GroupKind.code == code, GroupKind.name == code), GroupKind.deleted_at.is_(None)
        )
    ).first()
    if group is None:
        known = "、".join(f"{g.name}({g.code})" for g in session.scalars(select(GroupKind)))
        raise NotFound(f"没有“{code}”这个重点人群。现有：{known}")
    return group


def enter_group(
    session: Session,
    person_id: int,
    group_code: str,
    joined_on: dt.date | None = None,
    fields: Mapping[str, Any] | None = None,
    reason: str = "",
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> int:
    """A person joins a group (纳入关注). Returns the membership id."""
    person = live_person(session, person_id, "纳入重点人群")
    group = group_by_code(session, group_code)
    if not group.active:
        raise ServiceError(f"重点人群“{group.name}”已停用")
    values = dict(fields or {})
    unknown = set(values) - set(group.fields)
    if unknown:
        raise ServiceError(
            f"“{group.name}”没有这些字段：{'、'.join(sorted(unknown))}（可填：{'、'.join(group.fields)}）"
        )
    current = session.scalar(
        select(GroupMembership.id).where(
            GroupMembership.person_id == person.id,
            GroupMembership.group_id == group.id,
            GroupMembership.left_on.is_(None),
            GroupMembership.deleted_at.is_(None),
        )
    )
    if current is not None:
        raise ServiceError(f"{person.name} 已在“{group.name}”中")
    day = joined_on or dt.date.today()
    membership = GroupMembership(
        person_id=person.id,
        group_id=group.id,
        joined_on=day,
        join_reason=reason.strip(),
        fields=values,
    )
    session.add(membership)
    session.flush()
    own = writer is None
    log = writer or ChangeWriter(session, actor)
    log.add("person", person.id, person.uuid, "event", "group", None, group.name,
            note=f"纳入{group.name}（{day.isoformat()}）{reason.strip()}"[:200])  # fmt: skip
    if own:
        log.flush()
    return membership.id


def leave_group(
    session: Session,
    membership_id: int,
    left_on: dt.date | None = None,
    reason: str = "",
    actor: str = "",
    writer: ChangeWriter | None = None,
) -> None:
    """取消关注: the membership gets its end date and reason; the row stays as history."""
    membership = session.get(GroupMembership, membership_id)
    if membership is None or membership.deleted_at is not None:
        raise NotFound(f"重点人群记录不存在（编号 {membership_id}）")
    group = session.get(GroupKind, membership.group_id)
    name = group.name if group else ""
    if membership.left_on is not None:
        raise ServiceError(f"该人员已于 {membership.left_on.isoformat()} 退出“{name}”")
    if not reason.strip():
        raise ServiceError("请填写退出原因")
    day = left_on or dt.date.today()
    if membership.joined_on is not None and day < membership.joined_on:
        raise ServiceError(
            f"退出日期 {day.isoformat()} 早于纳入日期 {membership.joined_on.isoformat()}"
        )
    membership.left_on = day
    membership.leave_reason = reason.strip()
    session.flush()
    person = session.get(Person, membership.person_id)
    assert person is not None
    own = writer is None
    log = writer or ChangeWriter(session, actor)
    log.add("person", person.id, person.uuid, "event", "group", name, None,
            note=f"退出{name}（{day.isoformat()}）{reason.strip()}"[:200])  # fmt: skip
    if own:
        log.flush()


def set_needs(session: Session, membership_id: int, needs: str) -> None:
    """服务需求 gathered for a member (the article's fourth step)."""
    membership = session.get(GroupMembership, membership_id)
    if membership is None or membership.deleted_at is not None:
        raise NotFound(f"重点人群记录不存在（编号 {membership_id}）")
    membership.needs = needs.strip()
    session.flush()


@dataclass(frozen=True)
class MemberRow:
    membership_id: int
    person_id: int
    name: str
    gender: str
    birth_date: dt.date | None
    id_number: str  # full; screens and prints mask it
    phone: str
    household: str
    address: str
    grid: str
    group: str
    joined_on: dt.date | None
    join_reason: str
    left_on: dt.date | None
    leave_reason: str
    fields: dict[str, Any] = field(default_factory=dict)
    needs: str = ""


def _members_query(session: Session, grid_id: int | None, include_left: bool) -> Any:
    query = (
        select(
            GroupMembership, Person, Household.number, Household.address, Area.name, GroupKind.name
        )
        .join(Person, GroupMembership.person_id == Person.id)
        .join(GroupKind, GroupMembership.group_id == GroupKind.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .outerjoin(Area, Household.grid_id == Area.id)
        .where(GroupMembership.deleted_at.is_(None), Person.deleted_at.is_(None))
    )
    if not include_left:
        query = query.where(
            GroupMembership.left_on.is_(None), Person.status.not_in(vocab.ARCHIVED_STATUSES)
        )
    if grid_id is not None:
        query = query.where(Household.grid_id.in_(descendant_ids(session, grid_id)))
    return query


def group_members(
    session: Session, group_code: str, grid_id: int | None = None, include_left: bool = False
) -> list[MemberRow]:
    """Members of a group (current ones, or with ``include_left`` the whole history)."""
    group = group_by_code(session, group_code)
    query = _members_query(session, grid_id, include_left).where(
        GroupMembership.group_id == group.id
    )
    return _member_rows(
        session, query.order_by(Household.sort_key, Person.sort_order, GroupMembership.id)
    )


def person_groups(session: Session, person_id: int, include_left: bool = True) -> list[MemberRow]:
    query = _members_query(session, None, include_left).where(
        GroupMembership.person_id == person_id
    )
    return _member_rows(session, query.order_by(GroupMembership.id))


def _member_rows(session: Session, query: Any) -> list[MemberRow]:
    return [
        MemberRow(
            membership_id=m.id,
            person_id=p.id,
            name=p.name,
            gender=p.gender,
            birth_date=p.birth_date,
            id_number=p.id_number,
            phone=p.phone,
            household=number or "",
            address=address or "",
            grid=grid or "",
            group=gname,
            joined_on=m.joined_on,
            join_reason=m.join_reason,
            left_on=m.left_on,
            leave_reason=m.leave_reason,
            fields=dict(m.fields or {}),
            needs=m.needs,
        )
        for m, p, number, address, grid, gname in session.execute(query)
    ]


@dataclass(frozen=True)
class GroupCount:
    code: str
    name: str
    persons: int
    households: int
    every_cycle: bool


def group_counts(session: Session, grid_id: int | None = None) -> list[GroupCount]:
    """Current members per group (every group, zero included), in the groups' order."""
    query = (
        select(
            GroupMembership.group_id,
            func.count(func.distinct(Person.id)),
            func.count(func.distinct(Person.household_id)),
        )
        .join(Person, GroupMembership.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(
            GroupMembership.deleted_at.is_(None),
            GroupMembership.left_on.is_(None),
            *on_register(),
        )
        .group_by(GroupMembership.group_id)
    )
    if grid_id is not None:
        query = query.where(Household.grid_id.in_(descendant_ids(session, grid_id)))
    counts = {gid: (int(p), int(h)) for gid, p, h in session.execute(query)}
    return [
        GroupCount(g.code, g.name, *counts.get(g.id, (0, 0)), g.every_cycle)
        for g in session.scalars(
            select(GroupKind).where(GroupKind.deleted_at.is_(None)).order_by(GroupKind.sort_order)
        )
    ]


def service_needs(
    session: Session, group_code: str | None = None, grid_id: int | None = None
) -> dict[str, list[MemberRow]]:
    """Service needs gathered, per group name: current members whose needs are recorded."""
    codes = [group_code] if group_code else [
        g.code for g in session.scalars(select(GroupKind).order_by(GroupKind.sort_order))
    ]  # fmt: skip
    found: dict[str, list[MemberRow]] = {}
    for code in codes:
        rows = [m for m in group_members(session, code, grid_id) if m.needs]
        if rows:
            found[rows[0].group] = rows
    return found
