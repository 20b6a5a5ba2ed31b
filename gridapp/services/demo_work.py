"""Work records for the demo register: visits, issues, errands, group changes, a duty roster.

Three months of visits (``demo_visits``), issues in every state (``demo_issues``), proxy services
in every state (``demo_errands``), a few group changes and the duty roster of the current and the
next month. Issues, errands and group changes go through the services, so their steps and the
change log are what real use produces. Deterministic for a seed.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, GroupKind, GroupMembership, Household, Person, Worker
from gridapp.services import demo_errands, demo_issues, demo_visits, duty, groups
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, Progress, no_progress
from gridapp.services.demo_visits import ACTOR, month_start


class Teams:
    """The active workers by area; a grid's team is the nearest one up the area tree."""

    def __init__(self, session: Session) -> None:
        self.team: dict[int, list[Worker]] = {}
        for w in session.scalars(select(Worker).where(Worker.active.is_(True)).order_by(Worker.id)):
            self.team.setdefault(w.area_id, []).append(w)
        self.parent: dict[int, int | None] = dict(
            session.execute(select(Area.id, Area.parent_id)).all()
        )

    def any(self) -> bool:
        return any(self.team.values())

    def of(self, grid_id: int | None) -> list[Worker]:
        area = grid_id
        while area is not None:
            if self.team.get(area):
                return self.team[area]
            area = self.parent.get(area)
        return [w for ws in self.team.values() for w in ws]

    def by_id(self) -> dict[int, Worker]:
        return {w.id: w for ws in self.team.values() for w in ws}


def fill_work_records(
    session: Session,
    seed: int,
    today: dt.date,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> dict[str, int]:
    """The work records, in this order (one seeded generator draws for all); counts by kind."""
    rng = random.Random(seed * 7 + 4)
    counts: dict[str, int] = {}
    homes = session.execute(
        select(Household.id, Household.grid_id, Household.head_id, Household.address).where(
            Household.status == vocab.HOUSEHOLD_ACTIVE,
            Household.deleted_at.is_(None),
            Household.grid_id.is_not(None),
        ).order_by(Household.sort_key, Household.id)
    ).all()  # fmt: skip
    if not homes:
        return counts
    teams = Teams(session)
    if not teams.any():
        return counts

    progress(0, 0, "生成走访记录")
    cancel.check()
    counts["visits"] = demo_visits.add_visits(session, rng, today, homes, teams.of)

    progress(0, 0, "生成问题反馈")
    cancel.check()
    counts["issues"] = demo_issues.add_issues(session, rng, today, homes, teams.by_id())

    progress(0, 0, "生成全程代办")
    cancel.check()
    counts["services"] = demo_errands.add_errands(session, rng, homes, teams.of, today)

    writer = ChangeWriter(session, ACTOR)
    counts["group_changes"] = _group_changes(session, rng, today, writer)
    writer.flush()

    progress(0, 0, "生成值班表")
    counts["duty_shifts"] = _duty_rosters(session, today)
    session.flush()
    return counts


def _duty_rosters(session: Session, today: dt.date) -> int:
    """The duty roster of this month and the next; the number of shifts."""
    shifts = duty.generate_roster(session, today.year, today.month)
    following = month_start(today, -1)
    shifts += duty.generate_roster(session, following.year, following.month)
    return len(shifts)


def _group_changes(
    session: Session, rng: random.Random, today: dt.date, writer: ChangeWriter
) -> int:
    changes = 0
    window = today - dt.timedelta(days=80)
    live = list(
        session.scalars(
            select(Person.id).where(Person.status == vocab.STATUS_ACTIVE).order_by(Person.id)
        )
    )
    have = {
        (pid, gid)
        for pid, gid in session.execute(
            select(GroupMembership.person_id, GroupMembership.group_id).where(
                GroupMembership.left_on.is_(None)
            )
        )
    }
    rescue = groups.group_by_code(session, "jiuzhu")
    for pid in rng.sample(live, min(3, len(live))):
        if (pid, rescue.id) in have:
            continue
        groups.enter_group(session, pid, "jiuzhu", window + dt.timedelta(days=rng.randint(0, 79)),
                           {"困难类型": "因病致困", "救助原因": "家庭成员重病住院"}, "走访发现",
                           ACTOR, writer)  # fmt: skip
        changes += 1
    current = session.execute(
        select(GroupMembership.id, GroupMembership.joined_on, GroupKind.code)
        .join(GroupKind, GroupMembership.group_id == GroupKind.id)
        .where(GroupMembership.left_on.is_(None))
        .order_by(GroupMembership.id)
    ).all()
    leaving = [m for m in current if m.code in ("yunchan", "liushou")]
    for m in rng.sample(leaving, min(3, len(leaving))):
        day = max(m.joined_on or window, window + dt.timedelta(days=rng.randint(0, 79)))
        reason = "已分娩" if m.code == "yunchan" else "父母返乡照顾"
        groups.leave_group(session, m.id, min(day, today), reason, ACTOR, writer)
        changes += 1
    needs = ("助餐服务", "定期上门探访", "代购生活用品", "康复辅具", "就业帮扶", "医疗陪护")
    for m in current:
        if m.code in ("dibao", "tekun", "canji", "dujv", "kongchao") and rng.random() < 0.3:
            groups.set_needs(session, m.id, rng.choice(needs))
    return changes
