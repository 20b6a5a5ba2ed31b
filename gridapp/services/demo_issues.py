"""The demo's issues (问题反馈), raised from the visits and taken through the services, so their
steps and the change log are what real use produces: every state (some overdue) and 16 settled
by consultation (有事好商量)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Issue, Visit, Worker
from gridapp.services import issues
from gridapp.services.demo_visits import ACTOR, month_start

CONSULTATIONS = 16
ISSUE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "矛盾纠纷": ("楼上漏水引发邻里纠纷", "楼道堆物邻里争执", "停车位占用纠纷", "养犬扰民纠纷"),
    "环境卫生": ("楼下垃圾堆积未清运", "绿化带杂物清理", "楼道小广告清理"),
    "设施维修": ("楼道声控灯损坏", "单元门禁损坏", "下水管道堵塞", "路灯不亮"),
    "安全隐患": ("电动车楼道充电", "燃气管道老化", "消防通道被占用", "外墙瓷砖松动"),
    "政策咨询": ("咨询医保缴费", "咨询低保申请条件", "咨询居住证办理"),
    "救助申请": ("困难家庭申请临时救助", "大病家庭申请救助"),
    "其他": ("居民反映快递柜位置不便", "建议增设健身器材"),
}
STATION_FOR = {
    "矛盾纠纷": "司法所", "环境卫生": "城管", "设施维修": "物业", "安全隐患": "消防",
    "政策咨询": "街道办", "救助申请": "民政", "其他": "街道办",
}  # fmt: skip
# Kinds still being handled: raised from a recent visit, so they are not overdue yet.
RECENT_KINDS = ("registered", "reported", "assigned", "progress")


def add_issues(
    session: Session,
    rng: random.Random,
    today: dt.date,
    homes: Sequence[Any],
    worker_by_id: dict[int, Worker],
) -> int:
    """Issues raised from the home visits of the last three months; their number."""
    visits = session.execute(
        select(Visit.id, Visit.household_id, Visit.visited_on, Visit.worker_id).where(
            Visit.visited_on >= month_start(today, 2), Visit.way == "入户"
        ).order_by(Visit.id)
    ).all()  # fmt: skip
    n_issues = max(40, min(len(homes) // 15, 200))  # capped: benchmark registers are huge
    plan = _issue_plan(rng, n_issues)  # drawn even when unused: the draws after it stay put
    if not visits:
        return 0  # no visit to raise an issue from: none
    grid_of = {h.id: h.grid_id for h in homes}
    recent = [v for v in visits if (today - v.visited_on).days <= 12] or list(visits)
    for kind in plan:
        v = rng.choice(recent if kind in RECENT_KINDS else visits)
        worker = worker_by_id.get(v.worker_id) if v.worker_id else None
        category = "矛盾纠纷" if kind == "consult" else rng.choice(tuple(ISSUE_TEMPLATES))
        _make_issue(session, rng, kind, v, worker, grid_of.get(v.household_id), category, today)
    return len(plan)


def _issue_plan(rng: random.Random, n: int) -> list[str]:
    plan = ["consult"] * CONSULTATIONS
    fixed = {"registered": 3, "reported": 3, "assigned": 3, "progress": 3, "overdue": 4,
             "done": 3, "revisited": 2, "reopened": 2}  # fmt: skip
    for kind, k in fixed.items():
        plan += [kind] * k
    while len(plan) < n:
        plan.append(rng.choices(("spot", "closed", "progress", "done"), (50, 35, 8, 7))[0])
    rng.shuffle(plan)
    return plan


def _make_issue(
    session: Session,
    rng: random.Random,
    kind: str,
    visit: Any,
    worker: Worker | None,
    grid_id: int | None,
    category: str,
    today: dt.date,
) -> int:
    """One issue of ``kind`` (its planned end state), registered then taken that far."""
    reported: dt.date = visit.visited_on
    if kind == "overdue":
        reported = min(reported, today - dt.timedelta(days=rng.randint(12, 30)))
    actor = worker.name if worker else ACTOR
    issue_id = issues.register_issue(
        session,
        title=rng.choice(ISSUE_TEMPLATES[category]),
        category=category,
        source="走访发现",
        urgency=rng.choices(vocab.URGENCY, (80, 17, 3))[0],
        household_id=visit.household_id,
        visit_id=visit.id if kind != "overdue" or visit.visited_on == reported else None,
        description="走访中居民反映，详见走访记录",
        reported_by=actor,
        reported_on=reported,
        actor=actor,
        today=today,
    )
    issue = session.get(Issue, issue_id)
    assert issue is not None
    issue.worker_id = worker.id if worker else None
    issue.grid_id = grid_id
    steps = _Steps(session, rng, issue_id, actor, reported, today)
    if kind == "spot":
        steps.solve_on_spot()
    elif kind != "registered":
        steps.escalated(kind, category)
    return issue_id


class _Steps:
    """The steps of one issue after it is registered, dated from ``reported``."""

    def __init__(
        self, session: Session, rng: random.Random, issue_id: int, actor: str,
        reported: dt.date, today: dt.date,
    ) -> None:  # fmt: skip
        self.session, self.rng, self.id, self.actor = session, rng, issue_id, actor
        self.reported, self.today = reported, today

    def at(self, days: int) -> dt.date:
        return min(self.today, self.reported + dt.timedelta(days=days))

    def solve_on_spot(self) -> None:
        issues.solve_on_spot(
            self.session, self.id, "网格员现场协调解决", actor=self.actor, on=self.reported
        )
        if self.rng.random() < 0.3:
            issues.return_visit(
                self.session, self.id, True, "居民满意", actor=self.actor, on=self.at(3)
            )

    def escalated(self, kind: str, category: str) -> None:
        """Escalated to the station for ``category``, then handled as far as ``kind`` goes."""
        session, rng, reported, today = self.session, self.rng, self.reported, self.today
        station = STATION_FOR[category]
        if kind == "overdue":
            due = reported + dt.timedelta(days=7)
        elif kind in ("reported", "assigned", "progress"):
            due = max(reported + dt.timedelta(days=7), today + dt.timedelta(days=rng.randint(2, 9)))
        else:
            due = reported + dt.timedelta(days=rng.choice((5, 7, 10, 15)))
        issues.escalate(session, self.id, station, "", due, actor=self.actor, on=reported)
        if kind == "reported":
            return
        issues.assign(session, self.id, None, f"{station}值班人员", actor=ACTOR, on=self.at(1))
        if kind == "assigned":
            return
        issues.record_progress(
            session, self.id, "已到现场查看，正在处理", actor=ACTOR, on=self.at(2)
        )
        if kind not in ("progress", "overdue"):
            self.finished(kind, due)

    def finished(self, kind: str, due: dt.date) -> None:
        """Finished (after a consultation for ``consult``), late now and then; return visit and
        closing as far as ``kind`` goes."""
        session, actor, reported, today = self.session, self.actor, self.reported, self.today
        if kind == "consult":
            issues.record_consultation(
                session,
                self.id,
                "组织双方“有事好商量”协商，达成一致意见",
                actor=actor,
                on=self.at(3),
            )
        late = self.rng.random() < 0.15
        finish_on = max(reported, self.at((due - reported).days + (2 if late else -1)))
        issues.finish(session, self.id, "已处理完毕", actor=ACTOR, on=finish_on)
        if kind == "done":
            return
        ok = kind != "reopened"
        issues.return_visit(session, self.id, ok, "居民满意" if ok else "居民不满意，要求重新处理",
                            actor=actor, on=min(today, finish_on + dt.timedelta(days=2)))  # fmt: skip
        if kind in ("revisited", "reopened"):
            return
        issues.close(session, self.id, "问题已解决，居民满意", actor=actor,
                     on=min(today, finish_on + dt.timedelta(days=3)))  # fmt: skip
