"""The demo's special groups (特殊人群) in realistic proportions: 低保 and 特困 households,
独居 elders, 残疾, then by age and sex 高龄, 退役, 留守, 孕产 and a few 重点; a few have left a
group already. The 空巢 couples were found with their households (``demo_households``)."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import GroupKind, GroupMembership
from gridapp.domain import idcard
from gridapp.services import recorder
from gridapp.services.changelog import ChangeWriter
from gridapp.services.demo_households import GroupEntry, Rows
from gridapp.services.demo_people import Gen
from gridapp.services.demo_rows import Row, bulk_insert, fresh


def _since(rng: random.Random, today: dt.date) -> dt.date:
    return today - dt.timedelta(days=rng.randint(60, 2500))


def plan_groups(gen: Gen, rows: Rows, live: list[Row], heads: dict[int, int]) -> None:
    """Add the memberships to create to ``rows.groups``, after the 空巢 already there."""
    rng, today, plan = gen.rng, gen.today, rows.groups
    households_live = [h for h in rows.households if h["status"] == vocab.HOUSEHOLD_ACTIVE]
    by_id = {p["id"]: p for p in rows.persons}
    for h in rng.sample(households_live, max(1, int(len(households_live) * 0.03))):
        head = heads[h["id"]]
        size = sum(1 for p in live if p["household_id"] == h["id"]) if len(live) < 20000 else 2
        plan.append((head, "dibao", {"低保证号": f"DB4101060{rng.randrange(10**5):05d}", "保障人口": size,
                                     "月保障金额": size * rng.choice((520, 560, 600))}, _since(rng, today)))  # fmt: skip
    for h in rng.sample(households_live, max(1, int(len(households_live) * 0.004))):
        plan.append((heads[h["id"]], "tekun", {"供养方式": "分散供养"}, _since(rng, today)))
    for pid in rows.elders_alone:
        if by_id[pid]["status"] == vocab.STATUS_ACTIVE:
            plan.append((pid, "dujv", {"居住情况": "独居", "子女去向": rng.choice(("本市", "外地", "无子女")),
                                       "紧急联系人": gen.full_name("男", dt.date(1980, 1, 1)),
                                       "紧急联系电话": gen.phone()}, _since(rng, today)))  # fmt: skip
    for p in rng.sample(live, max(1, int(len(live) * 0.035))):
        plan.append((p["id"], "canji", {"残疾类别": rng.choice(("肢体", "视力", "听力", "智力", "精神", "言语")),
                                        "残疾等级": rng.choice(("一级", "二级", "三级", "四级")),
                                        "残疾证号": p["id_number"] + rng.choice(("11", "12", "23", "44")),
                                        "监护人": "", "监护人电话": ""}, _since(rng, today)))  # fmt: skip
    for p in live:
        entry = _by_age(gen, p)
        if entry is not None:
            plan.append(entry)


def _by_age(gen: Gen, p: Row) -> GroupEntry | None:
    """The one age-and-sex group a resident may be in, if any."""
    rng, today = gen.rng, gen.today
    born: dt.date = p["birth_date"]
    age = idcard.age_at(born, today)
    if age >= 80:
        # A 29 February birthday has no 80th anniversary date: counted from today.
        eighty = (
            today if (born.month == 2 and born.day == 29) else born.replace(year=born.year + 80)
        )
        return (p["id"], "gaoling", {"高龄补贴": "已发放"}, eighty)
    if 20 <= age < 60 and p["gender"] == "男" and rng.random() < 0.035:
        return (p["id"], "tuiyi", {"类别": "退役士兵", "优待证号": f"YD41{rng.randrange(10**8):08d}"},
                _since(rng, today))  # fmt: skip
    if 2 <= age < 16 and rng.random() < 0.02:
        return (p["id"], "liushou", {"监护人": "祖父母", "监护人电话": gen.phone(), "父母去向": "外出务工"},
                _since(rng, today))  # fmt: skip
    if 22 <= age < 38 and p["gender"] == "女" and rng.random() < 0.02:
        return (p["id"], "yunchan", {"预产期": (today + dt.timedelta(days=rng.randint(20, 200))).isoformat()},
                today - dt.timedelta(days=rng.randint(30, 200)))  # fmt: skip
    if age >= 18 and rng.random() < 0.002:
        return (
            p["id"],
            "zhongdian",
            {"类别": "社区矫正", "管控措施": "每月走访"},
            _since(rng, today),
        )
    return None


def add_memberships(
    session: Session,
    writer: ChangeWriter,
    rng: random.Random,
    today: dt.date,
    stamp: dt.datetime,
    plan: list[GroupEntry],
) -> int:
    """The planned memberships, a few already left, written and logged; their number."""
    groups = {g.code: g.id for g in session.scalars(select(GroupKind))}
    rows: list[Row] = [
        {**fresh(stamp), "person_id": pid, "group_id": groups[code], "joined_on": joined,
         "join_reason": "", "left_on": None, "leave_reason": "", "fields": fields, "needs": "",
         "notes": "", "deleted_at": None}
        for pid, code, fields, joined in plan
    ]  # fmt: skip
    # Some left a group already: the history stays.
    for left in rng.sample(rows, len(rows) // 25):
        left["left_on"] = min(today, left["joined_on"] + dt.timedelta(days=rng.randint(30, 600)))
        left["leave_reason"] = rng.choice(("情况好转", "迁出", "不再符合条件"))
    bulk_insert(session, GroupMembership, rows)
    recorder.log_bulk_created(session, writer, GroupMembership)
    return len(rows)
