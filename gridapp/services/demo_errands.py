"""The demo's proxy services (全程代办) in every state, taken through the services like real
use: errands fitting the person's group (残疾证, 高龄补贴, 低保) or everyday ones for heads."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import GroupKind, GroupMembership, Person, Worker
from gridapp.services import proxy
from gridapp.services.demo_visits import WorkersOf

ERRAND_FOR = {"canji": "残疾证办理", "gaoling": "高龄补贴", "dibao": "低保申请"}
EVERYDAY_ERRANDS = ("医保缴费", "社保缴费", "证件办理", "居住证办理")
OFFICE_FOR = {"残疾证办理": "区残联", "高龄补贴": "街道民政所", "低保申请": "街道民政所"}
DEFAULT_OFFICE = "区政务服务中心"
# The end states, dealt round-robin.
STATES = ["returned"] * 5 + ["done"] * 2 + ["progress", "progress", "submitted", "collecting",
                                             "accepted", "cancelled", "overdue"]  # fmt: skip
MISSING = "户口本复印件;一寸照片"


def add_errands(
    session: Session,
    rng: random.Random,
    homes: Sequence[Any],
    workers_of: WorkersOf,
    today: dt.date,
) -> int:
    """Errands for the residents of ``homes`` (rows with id, grid_id, head_id); their number."""
    grid_of = {h.id: h.grid_id for h in homes}
    heads = [h.head_id for h in homes if h.head_id is not None]
    members: dict[int, str] = dict(
        session.execute(
            select(GroupMembership.person_id, GroupKind.code)
            .join(GroupKind, GroupMembership.group_id == GroupKind.id)
            .join(Person, GroupMembership.person_id == Person.id)
            .where(GroupMembership.left_on.is_(None), Person.status == vocab.STATUS_ACTIVE)
        ).all()
    )
    candidates = [pid for pid in members if members[pid] in ERRAND_FOR]
    count = max(12, min(len(homes) // 40, 60))
    made = 0
    for n in range(count if heads else 0):
        if candidates and rng.random() < 0.6:
            pid = rng.choice(candidates)
            errand = ERRAND_FOR[members[pid]]
        else:
            pid = rng.choice(heads)
            errand = rng.choice(EVERYDAY_ERRANDS)
        person = session.get(Person, pid)
        if person is None or person.status != vocab.STATUS_ACTIVE or person.household_id is None:
            continue
        worker = rng.choice(workers_of(grid_of.get(person.household_id)))
        _errand(session, rng, STATES[n % len(STATES)], person, worker, errand, today)
        made += 1
    return made


def _errand(
    session: Session, rng: random.Random, kind: str, person: Person, worker: Worker, errand: str,
    today: dt.date,
) -> None:  # fmt: skip
    """One errand registered and taken as far as ``kind`` (its planned end state) goes."""
    requested = today - dt.timedelta(days=rng.randint(0 if kind == "accepted" else 5, 80))
    missing = MISSING if kind in ("collecting", "returned") else ""
    rid = proxy.register_request(
        session, person_id=person.id, errand=errand, description=f"代{person.name}办理{errand}",
        materials_missing=missing if kind == "collecting" else "", accepted_by=worker.name,
        requested_on=requested, actor=worker.name, today=today,
    )  # fmt: skip
    steps = _Steps(session, rng, rid, worker.name, requested, today)
    if kind == "accepted":
        return
    if kind in ("collecting", "returned"):
        proxy.note_materials(session, rid, missing, actor=worker.name, on=steps.at(1))
        if kind == "collecting":
            return
        proxy.note_materials(session, rid, "", actor=worker.name, on=steps.at(4))
    if kind == "cancelled":
        proxy.cancel(session, rid, "居民自行办理", actor=worker.name, on=steps.at(2))
        return
    steps.submitted(kind, OFFICE_FOR.get(errand, DEFAULT_OFFICE))


class _Steps:
    """The steps of one errand once its materials are in, dated from ``requested``."""

    def __init__(
        self, session: Session, rng: random.Random, request_id: int, actor: str,
        requested: dt.date, today: dt.date,
    ) -> None:  # fmt: skip
        self.session, self.rng, self.id, self.actor = session, rng, request_id, actor
        self.requested, self.today = requested, today

    def at(self, days: int, base: dt.date | None = None) -> dt.date:
        return min(self.today, (base or self.requested) + dt.timedelta(days=days))

    def submitted(self, kind: str, office: str) -> None:
        session, rng, rid, actor = self.session, self.rng, self.id, self.actor
        promised = self.requested + dt.timedelta(
            days=10 if kind == "overdue" else rng.randint(10, 30)
        )
        if kind in ("submitted", "progress"):
            promised = max(promised, self.today + dt.timedelta(days=3))
        proxy.submit(session, rid, office, promised, actor=actor, on=self.at(5))
        if kind == "submitted":
            return
        proxy.record_progress(session, rid, "已受理，等待审批", actor=actor, on=self.at(7))
        if kind in ("progress", "overdue"):
            return
        done_on = self.at(rng.randint(8, 25))
        proxy.finish(session, rid, "已办结", actor=actor, on=done_on)
        if kind == "done":
            return
        proxy.return_to_resident(
            session, rid, True, "已送达本人", actor=actor, on=self.at(2, done_on)
        )
