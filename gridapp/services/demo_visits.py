"""The demo's visits (走访): three months, the two previous ones nearly complete, the current
month's cycle partly done with the every-cycle households first, a few doors where nobody
answered, and the households that moved in lately not visited yet."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from gridapp.db.models import Visit, Worker, now
from gridapp.services import recorder
from gridapp.services.changelog import ChangeWriter
from gridapp.services.demo_rows import Row, bulk_insert, fresh
from gridapp.services.visits import NOT_MET, every_cycle_households

ACTOR = "演示数据"
SITUATIONS = (
    "家庭和睦，生活正常", "老人身体尚可，子女每周探望", "租户按时登记，居住稳定",
    "家中有慢性病患者，按时服药", "新搬入，已登记家庭成员", "孩子上学正常，家长在外务工",
    "独居老人，精神状态良好", "家庭收入较低，生活困难", "户主住院治疗中，家属照顾",
)  # fmt: skip
DIFFICULTIES = ("看病报销手续不清楚", "楼道灯损坏", "下水道堵塞", "老人行动不便，买菜困难",
                "孩子入学咨询", "暖气不热", "邻里噪音")  # fmt: skip
REQUESTS = ("希望增设楼道扶手", "希望清理楼下杂物", "希望组织义诊", "希望加装电梯")
POLICIES = ("医保缴费政策", "高龄补贴申领", "电动车安全充电", "燃气安全常识", "反诈宣传")

WorkersOf = Callable[[int | None], list[Worker]]


def month_start(day: dt.date, back: int) -> dt.date:
    """The first of the month ``back`` months before ``day``'s (after it when negative)."""
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(start: dt.date) -> dt.date:
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def add_visits(
    session: Session,
    rng: random.Random,
    today: dt.date,
    homes: Sequence[Any],
    workers_of: WorkersOf,
) -> int:
    """Visit records for ``homes`` (rows with id and grid_id), logged as created; their number."""
    stamp = now()
    rows: list[Row] = []
    # Households that moved in lately and were never visited yet.
    newcomers = {h.id for h in rng.sample(list(homes), max(1, len(homes) // 100))}
    for back in (2, 1, 0):
        start = month_start(today, back)
        end = min(month_end(start), today)
        priority = every_cycle_households(session, start, month_end(start))
        if back:
            chosen = _past_month(rng, homes, newcomers)
        else:
            chosen, missed = _this_month(rng, today, homes, newcomers, priority)
            for h in missed:
                rows.append(_visit_row(rng, h, workers_of(h.grid_id), start, end, stamp, NOT_MET))
        for h in chosen:
            way = rng.choices(("入户", "电话", "微信"), (85, 10, 5))[0]
            rows.append(_visit_row(rng, h, workers_of(h.grid_id), start, end, stamp, way))
    bulk_insert(session, Visit, rows)
    visit_log = ChangeWriter(session, ACTOR)
    recorder.log_bulk_created(session, visit_log, Visit)
    visit_log.flush()
    return len(rows)


def _past_month(rng: random.Random, homes: Sequence[Any], newcomers: set[int]) -> list[Any]:
    share = rng.uniform(0.92, 0.98)
    return [h for h in homes if h.id not in newcomers and rng.random() < share]


def _this_month(
    rng: random.Random,
    today: dt.date,
    homes: Sequence[Any],
    newcomers: set[int],
    priority: dict[int, list[str]],
) -> tuple[list[Any], list[Any]]:
    """(visited, nobody at home): the share done grows with the day of the month."""
    days = calendar.monthrange(today.year, today.month)[1]
    share = 0.3 + 0.45 * (today.day - 1) / max(1, days - 1)
    first = [h for h in homes if h.id in priority and rng.random() < 0.85]
    rest = [h for h in homes if h.id not in priority and h.id not in newcomers]
    wanted = max(1, int(len(homes) * share)) - len(first)
    chosen = first + rng.sample(rest, max(0, min(len(rest), wanted)))
    # A few doors where nobody answered: the household stays due.
    taken = {h.id for h in chosen}
    missed = rng.sample([h for h in homes if h.id not in taken], min(5, len(homes) - len(taken)))
    return chosen, missed


def _visit_row(
    rng: random.Random,
    home: Any,
    workers: list[Worker],
    start: dt.date,
    end: dt.date,
    stamp: dt.datetime,
    way: str,
) -> Row:
    span = max(0, (end - start).days)
    day = start + dt.timedelta(days=rng.randint(0, span))
    worker = rng.choice(workers)
    others = [w.name for w in workers if w.id != worker.id]
    met = way != NOT_MET
    return {
        **fresh(stamp), "deleted_at": None,
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
