"""Work records for the demo register: visits, issues, errands, group changes, a duty roster.

Three months of visits (the two previous months nearly complete, the current month's cycle
partly done, every-cycle households first), issues in every state (some overdue, 16 settled by
consultation 有事好商量), proxy services in every state, a few group changes and the duty roster
of the current and the next month. Issues, errands and group changes go through the services,
so their steps and the change log are what real use produces. Deterministic for a seed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    GroupKind,
    GroupMembership,
    Household,
    Issue,
    Person,
    Visit,
    Worker,
    new_uuid,
    now,
    table_of,
)
from gridapp.services import duty, groups, issues, proxy, recorder
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, Progress, no_progress
from gridapp.services.visits import every_cycle_households

ACTOR = "演示数据"
CONSULTATIONS = 16

SITUATIONS = (
    "家庭和睦，生活正常", "老人身体尚可，子女每周探望", "租户按时登记，居住稳定",
    "家中有慢性病患者，按时服药", "新搬入，已登记家庭成员", "孩子上学正常，家长在外务工",
    "独居老人，精神状态良好", "家庭收入较低，生活困难", "户主住院治疗中，家属照顾",
)  # fmt: skip
DIFFICULTIES = ("看病报销手续不清楚", "楼道灯损坏", "下水道堵塞", "老人行动不便，买菜困难",
                "孩子入学咨询", "暖气不热", "邻里噪音")  # fmt: skip
REQUESTS = ("希望增设楼道扶手", "希望清理楼下杂物", "希望组织义诊", "希望加装电梯")
POLICIES = ("医保缴费政策", "高龄补贴申领", "电动车安全充电", "燃气安全常识", "反诈宣传")
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


def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(start: dt.date) -> dt.date:
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def fill_work_records(
    session: Session,
    seed: int,
    today: dt.date,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> dict[str, int]:
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
    team: dict[int, list[Worker]] = {}
    for w in session.scalars(select(Worker).where(Worker.active.is_(True)).order_by(Worker.id)):
        team.setdefault(w.area_id, []).append(w)
    parent = dict(session.execute(select(Area.id, Area.parent_id)).all())

    def workers_of(grid_id: int) -> list[Worker]:
        area: int | None = grid_id
        while area is not None:
            if team.get(area):
                return team[area]
            area = parent.get(area)
        return [w for ws in team.values() for w in ws]

    if not any(team.values()):
        return counts

    # ---------------------------------------------------------------- visits
    progress(0, 0, "生成走访记录")
    cancel.check()
    stamp = now()
    rows: list[dict[str, Any]] = []
    # Households that moved in lately and were never visited yet.
    newcomers = {h.id for h in rng.sample(list(homes), max(1, len(homes) // 100))}
    for back in (2, 1, 0):
        start = _month_start(today, back)
        end = min(_month_end(start), today)
        priority = every_cycle_households(session, start, _month_end(start))
        if back:
            share = rng.uniform(0.92, 0.98)
            chosen = [h for h in homes if h.id not in newcomers and rng.random() < share]
        else:
            days = calendar.monthrange(today.year, today.month)[1]
            share = 0.3 + 0.45 * (today.day - 1) / max(1, days - 1)
            first = [h for h in homes if h.id in priority and rng.random() < 0.85]
            rest = [h for h in homes if h.id not in priority and h.id not in newcomers]
            wanted = max(1, int(len(homes) * share)) - len(first)
            chosen = first + rng.sample(rest, max(0, min(len(rest), wanted)))
            # A few doors where nobody answered: the household stays due.
            taken = {h.id for h in chosen}
            for h in rng.sample(
                [h for h in homes if h.id not in taken], min(5, len(homes) - len(taken))
            ):
                rows.append(
                    _visit_row(rng, h, workers_of(h.grid_id), start, end, stamp, "门口未遇")
                )
        for h in chosen:
            way = rng.choices(("入户", "电话", "微信"), (85, 10, 5))[0]
            rows.append(_visit_row(rng, h, workers_of(h.grid_id), start, end, stamp, way))
    for begin in range(0, len(rows), 5000):
        session.execute(insert(table_of(Visit)), rows[begin : begin + 5000])
    visit_log = ChangeWriter(session, ACTOR)
    recorder.log_bulk_created(session, visit_log, Visit)
    visit_log.flush()
    counts["visits"] = len(rows)

    # ---------------------------------------------------------------- issues
    progress(0, 0, "生成问题反馈")
    cancel.check()
    window = _month_start(today, 2)
    visits = session.execute(
        select(Visit.id, Visit.household_id, Visit.visited_on, Visit.worker_id).where(
            Visit.visited_on >= window, Visit.way == "入户"
        ).order_by(Visit.id)
    ).all()  # fmt: skip
    n_issues = max(40, min(len(homes) // 15, 200))  # capped: benchmark registers are huge
    plan = _issue_plan(rng, n_issues)
    worker_by_id = {w.id: w for ws in team.values() for w in ws}
    grid_of = {h.id: h.grid_id for h in homes}
    recent = [v for v in visits if (today - v.visited_on).days <= 12] or list(visits)
    made = 0
    for kind in plan if visits else []:  # no visit to raise an issue from: none
        pool = recent if kind in ("registered", "reported", "assigned", "progress") else visits
        v = rng.choice(pool)
        worker = worker_by_id.get(v.worker_id) if v.worker_id else None
        category = "矛盾纠纷" if kind == "consult" else rng.choice(tuple(ISSUE_TEMPLATES))
        _make_issue(session, rng, kind, v, worker, grid_of.get(v.household_id), category, today)
        made += 1
    counts["issues"] = made

    # ---------------------------------------------------------------- proxy services
    progress(0, 0, "生成全程代办")
    cancel.check()
    counts["services"] = _services(session, rng, homes, workers_of, today)

    # ---------------------------------------------------------------- group changes
    writer = ChangeWriter(session, ACTOR)
    counts["group_changes"] = _group_changes(session, rng, today, writer)
    writer.flush()

    # ---------------------------------------------------------------- duty roster
    progress(0, 0, "生成值班表")
    shifts = duty.generate_roster(session, today.year, today.month)
    following = _month_start(today, -1)
    shifts += duty.generate_roster(session, following.year, following.month)
    counts["duty_shifts"] = len(shifts)
    session.flush()
    return counts


def _visit_row(
    rng: random.Random,
    home: Any,
    workers: list[Worker],
    start: dt.date,
    end: dt.date,
    stamp: dt.datetime,
    way: str,
) -> dict[str, Any]:
    span = max(0, (end - start).days)
    day = start + dt.timedelta(days=rng.randint(0, span))
    worker = rng.choice(workers)
    others = [w.name for w in workers if w.id != worker.id]
    met = way != "门口未遇"
    return {
        "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "rev": 1, "deleted_at": None,
        "household_id": home.id, "visited_on": day,
        "visited_time": f"{rng.randint(9, 19):02d}:{rng.choice((0, 10, 20, 30, 40, 50)):02d}",
        "worker_id": worker.id, "visitor": worker.name,
        "companions": rng.choice(others) if others and rng.random() < 0.2 else "",
        "way": way, "met": ("户主" if rng.random() < 0.7 else "家属") if met else "",
        "situation": rng.choice(SITUATIONS) if met else "家中无人",
        "difficulties": rng.choice(DIFFICULTIES) if met and rng.random() < 0.12 else "",
        "requests": rng.choice(REQUESTS) if met and rng.random() < 0.06 else "",
        "hazards": rng.choice(("消防", "燃气", "电动车充电", "用电")) if met and rng.random() < 0.04 else "",
        "policy": rng.choice(POLICIES) if met and rng.random() < 0.3 else "",
        "measures": "", "follow_up": "下次走访时回访" if met and rng.random() < 0.05 else "",
        "notes": "",
    }  # fmt: skip


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
    reported: dt.date = visit.visited_on
    if kind == "overdue":
        reported = min(reported, today - dt.timedelta(days=rng.randint(12, 30)))

    def at(days: int) -> dt.date:
        return min(today, reported + dt.timedelta(days=days))

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
    if kind == "registered":
        return issue_id
    if kind == "spot":
        issues.solve_on_spot(session, issue_id, "网格员现场协调解决", actor=actor, on=reported)
        if rng.random() < 0.3:
            issues.return_visit(session, issue_id, True, "居民满意", actor=actor, on=at(3))
        return issue_id
    station = STATION_FOR[category]
    if kind == "overdue":
        due = reported + dt.timedelta(days=7)
    elif kind in ("reported", "assigned", "progress"):
        due = max(reported + dt.timedelta(days=7), today + dt.timedelta(days=rng.randint(2, 9)))
    else:
        due = reported + dt.timedelta(days=rng.choice((5, 7, 10, 15)))
    issues.escalate(session, issue_id, station, "", due, actor=actor, on=reported)
    if kind == "reported":
        return issue_id
    issues.assign(session, issue_id, None, f"{station}值班人员", actor=ACTOR, on=at(1))
    if kind == "assigned":
        return issue_id
    issues.record_progress(session, issue_id, "已到现场查看，正在处理", actor=ACTOR, on=at(2))
    if kind in ("progress", "overdue"):
        return issue_id
    if kind == "consult":
        issues.record_consultation(
            session, issue_id, "组织双方“有事好商量”协商，达成一致意见", actor=actor, on=at(3)
        )
    late = rng.random() < 0.15
    finish_on = at((due - reported).days + (2 if late else -1))
    issues.finish(session, issue_id, "已处理完毕", actor=ACTOR, on=max(reported, finish_on))
    if kind == "done":
        return issue_id
    ok = kind != "reopened"
    issues.return_visit(session, issue_id, ok, "居民满意" if ok else "居民不满意，要求重新处理",
                        actor=actor, on=min(today, max(reported, finish_on) + dt.timedelta(days=2)))  # fmt: skip
    if kind in ("revisited", "reopened"):
        return issue_id
    issues.close(session, issue_id, "问题已解决，居民满意", actor=actor,
                 on=min(today, max(reported, finish_on) + dt.timedelta(days=3)))  # fmt: skip
    return issue_id


def _services(
    session: Session, rng: random.Random, homes: Any, workers_of: Any, today: dt.date
) -> int:
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
    errand_for = {"canji": "残疾证办理", "gaoling": "高龄补贴", "dibao": "低保申请"}
    candidates = [pid for pid in members if members[pid] in errand_for]
    count = max(12, min(len(homes) // 40, 60))
    states = ["returned"] * 5 + ["done"] * 2 + ["progress", "progress", "submitted", "collecting",
                                                   "accepted", "cancelled", "overdue"]  # fmt: skip
    made = 0
    for n in range(count if heads else 0):
        if candidates and rng.random() < 0.6:
            pid = rng.choice(candidates)
            errand = errand_for[members[pid]]
        else:
            pid = rng.choice(heads)
            errand = rng.choice(("医保缴费", "社保缴费", "证件办理", "居住证办理"))
        person = session.get(Person, pid)
        if person is None or person.status != vocab.STATUS_ACTIVE or person.household_id is None:
            continue
        worker = rng.choice(workers_of(grid_of.get(person.household_id)))
        kind = states[n % len(states)]
        requested = today - dt.timedelta(days=rng.randint(0 if kind == "accepted" else 5, 80))

        def at(days: int, base: dt.date = requested) -> dt.date:
            return min(today, base + dt.timedelta(days=days))

        missing = "户口本复印件;一寸照片" if kind in ("collecting", "returned") else ""
        rid = proxy.register_request(
            session, person_id=pid, errand=errand, description=f"代{person.name}办理{errand}",
            materials_missing=missing if kind == "collecting" else "", accepted_by=worker.name,
            requested_on=requested, actor=worker.name, today=today,
        )  # fmt: skip
        made += 1
        if kind == "accepted":
            continue
        if kind in ("collecting", "returned"):
            proxy.note_materials(session, rid, missing, actor=worker.name, on=at(1))
            if kind == "collecting":
                continue
            proxy.note_materials(session, rid, "", actor=worker.name, on=at(4))
        if kind == "cancelled":
            proxy.cancel(session, rid, "居民自行办理", actor=worker.name, on=at(2))
            continue
        office = {"残疾证办理": "区残联", "高龄补贴": "街道民政所", "低保申请": "街道民政所"}.get(
            errand, "区政务服务中心"
        )
        promised = requested + dt.timedelta(days=10 if kind == "overdue" else rng.randint(10, 30))
        if kind in ("submitted", "progress"):
            promised = max(promised, today + dt.timedelta(days=3))
        proxy.submit(session, rid, office, promised, actor=worker.name, on=at(5))
        if kind == "submitted":
            continue
        proxy.record_progress(session, rid, "已受理，等待审批", actor=worker.name, on=at(7))
        if kind in ("progress", "overdue"):
            continue
        done_on = at(rng.randint(8, 25))
        proxy.finish(session, rid, "已办结", actor=worker.name, on=done_on)
        if kind == "done":
            continue
        proxy.return_to_resident(session, rid, True, "已送达本人", actor=worker.name,
                                 on=at(2, done_on))  # fmt: skip
    return made


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
