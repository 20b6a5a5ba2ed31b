"""Temporary party branches (临时党支部) and their members (persons of the register)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, PartyBranch, PartyMember, Person
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.lookups import live_person, live_row


def create_branch(
    session: Session,
    name: str,
    area_id: int | None = None,
    secretary: str = "",
    founded_on: dt.date | None = None,
) -> int:
    name = name.strip()
    if not name:
        raise ServiceError("党支部名称不能为空")
    if session.scalar(
        select(PartyBranch.id).where(PartyBranch.name == name, PartyBranch.deleted_at.is_(None))
    ):
        raise ServiceError(f"党支部“{name}”已存在")
    if area_id is not None and session.get(Area, area_id) is None:
        raise NotFound(f"网格不存在（编号 {area_id}）")
    branch = PartyBranch(
        name=name, area_id=area_id, secretary=secretary.strip(), founded_on=founded_on
    )
    session.add(branch)
    session.flush()
    return branch.id


def add_member(
    session: Session,
    person_id: int,
    branch_id: int,
    joined_branch_on: dt.date | None = None,
    joined_party_on: dt.date | None = None,
    mobile: bool = False,
) -> int:
    """A person of the register joins a branch. A person is in at most one branch at a time."""
    person = live_person(session, person_id, "加入党支部")
    branch = live_row(session, PartyBranch, branch_id, "党支部")
    current = session.scalars(
        select(PartyMember).where(
            PartyMember.person_id == person.id,
            PartyMember.left_on.is_(None),
            PartyMember.deleted_at.is_(None),
        )
    ).first()
    if current is not None:
        raise ServiceError(f"{person.name} 已是党支部成员（编号 {current.branch_id}），请先转出")
    if joined_party_on and joined_branch_on and joined_branch_on < joined_party_on:
        raise ServiceError("加入支部日期早于入党日期")
    member = PartyMember(
        person_id=person.id,
        branch_id=branch.id,
        joined_party_on=joined_party_on,
        joined_branch_on=joined_branch_on or dt.date.today(),
        mobile=mobile,
    )
    session.add(member)
    session.flush()
    return member.id


def leave_branch(
    session: Session, member_id: int, left_on: dt.date | None = None, note: str = ""
) -> None:
    member = session.get(PartyMember, member_id)
    if member is None or member.deleted_at is not None:
        raise NotFound(f"党员记录不存在（编号 {member_id}）")
    if member.left_on is not None:
        raise ServiceError(f"该党员已于 {member.left_on.isoformat()} 转出")
    day = left_on or dt.date.today()
    if member.joined_branch_on and day < member.joined_branch_on:
        raise ServiceError("转出日期早于加入日期")
    member.left_on = day
    member.notes = (member.notes + " " + note.strip()).strip()
    session.flush()


@dataclass(frozen=True)
class BranchRow:
    id: int
    name: str
    area: str
    secretary: str
    members: int
    mobile: int


def branches(session: Session) -> list[BranchRow]:
    counts = {
        bid: (int(n), int(m or 0))
        for bid, n, m in session.execute(
            select(PartyMember.branch_id, func.count(), func.sum(PartyMember.mobile))
            .join(Person, PartyMember.person_id == Person.id)
            .where(
                PartyMember.left_on.is_(None),
                PartyMember.deleted_at.is_(None),
                Person.status.not_in(vocab.ARCHIVED_STATUSES),
            )
            .group_by(PartyMember.branch_id)
        )
    }
    return [
        BranchRow(b.id, b.name, area or "", b.secretary, *counts.get(b.id, (0, 0)))
        for b, area in session.execute(
            select(PartyBranch, Area.name)
            .outerjoin(Area, PartyBranch.area_id == Area.id)
            .where(PartyBranch.deleted_at.is_(None))
            .order_by(PartyBranch.id)
        )
    ]


@dataclass(frozen=True)
class PartyMemberRow:
    member_id: int
    person_id: int
    name: str
    gender: str
    phone: str
    household: str
    address: str
    joined_party_on: dt.date | None
    joined_branch_on: dt.date | None
    mobile: bool
    left_on: dt.date | None


def branch_members(
    session: Session, branch_id: int, include_left: bool = False
) -> list[PartyMemberRow]:
    if session.get(PartyBranch, branch_id) is None:
        raise NotFound(f"党支部不存在（编号 {branch_id}）")
    query = (
        select(PartyMember, Person, Household.number, Household.address)
        .join(Person, PartyMember.person_id == Person.id)
        .outerjoin(Household, Person.household_id == Household.id)
        .where(PartyMember.branch_id == branch_id, PartyMember.deleted_at.is_(None))
    )
    if not include_left:
        query = query.where(
            PartyMember.left_on.is_(None), Person.status.not_in(vocab.ARCHIVED_STATUSES)
        )
    return [
        PartyMemberRow(
            m.id,
            p.id,
            p.name,
            p.gender,
            p.phone,
            number or "",
            address or "",
            m.joined_party_on,
            m.joined_branch_on,
            m.mobile,
            m.left_on,
        )
        for m, p, number, address in session.execute(query.order_by(Household.sort_key, Person.id))
    ]
