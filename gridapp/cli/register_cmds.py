"""``gridapp demo``, ``stats``, ``search`` and ``household move-out`` (整户迁出)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from gridapp.cli.common import (
    end_progress,
    out,
    parse_date_arg,
    print_json,
    progress,
    register_path,
    unit_of_work,
)
from gridapp.cli.listing import json_of, print_rows
from gridapp.cli.options import action_group, add_json
from gridapp.domain import idcard
from gridapp.services.search import search
from gridapp.services.stats import register_stats

STAT_LABELS = {
    "households": "在册户数",
    "households_archived": "已注销户数",
    "persons": "在册人数",
    "persons_away": "其中外出",
    "persons_moved_out": "已迁出",
    "persons_deceased": "已死亡",
    "grids": "网格数",
    "buildings": "楼栋数",
    "party_members": "党员",
    "visits": "走访记录",
    "issues": "问题总数",
    "issues_open": "未办结问题",
}
# Scripts get the real ID number; screens mask it unless --full-id.
HIT_JSON = json_of("name", "gender", "id_number", "phone", "household", "address", "grid", "status")


def cmd_demo(args: argparse.Namespace) -> int:
    from gridapp.services.demo import build_demo  # pypinyin is slow to load: only here

    with unit_of_work(args) as session:
        result = build_demo(session, households=args.households, seed=args.seed, progress=progress)
    end_progress()
    out(f"演示数据已写入 {register_path(args)}：{result.households} 户，{result.persons} 人，"
        f"{result.grids} 个网格，{result.party_members} 名党员")  # fmt: skip
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        stats = register_stats(session)
    if args.json:
        print_json(stats)
    else:
        for key, value in stats.items():
            out(f"{STAT_LABELS.get(key, key)}：{value}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        hits = search(session, args.text, limit=args.limit, include_archived=args.all)
    return print_rows(
        hits,
        lambda h: _hit_line(h, args.full_id),
        as_json=args.json,
        to_json=HIT_JSON,
        empty="没有找到匹配的居民",
    )


def _hit_line(h: Any, full_id: bool) -> str:
    number = h.id_number if full_id else idcard.mask(h.id_number)
    return f"{h.name}\t{h.gender}\t{number}\t{h.phone}\t{h.household}\t{h.address}\t{h.grid}"


def cmd_household_move_out(args: argparse.Namespace) -> int:
    """整户迁出: every member on the register moves out, the household is archived (one logged
    change batch: the history shows it as one step)."""
    from gridapp.services import settings
    from gridapp.services.life_events import move_out_household
    from gridapp.services.lookups import get_person
    from gridapp.services.visits import household_by_number

    on = args.on or dt.date.today()
    with unit_of_work(args) as session:
        household = household_by_number(session, args.household)
        number = household.number
        result = move_out_household(
            session, household.id, on, args.to, actor=settings.operator(session)
        )
        names = [get_person(session, pid).name for pid in result.person_ids]
    if args.json:
        print_json({"household": number, "destination": args.to.strip(), "on": on,
                    "persons": names, "batch": result.batch})  # fmt: skip
    else:
        out(
            f"户号 {number} 整户迁出至 {args.to.strip()}（{on.isoformat()}）：{'、'.join(names) or '无在册成员'}；该户已归档"
        )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo", help="在数据库中生成演示数据 / fill the register with a demo sub-district"
    )
    p.add_argument("--households", type=int, default=2000, help="户数（默认 2000）")
    p.add_argument("--seed", type=int, default=20260101, help="随机种子（相同种子生成相同数据）")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", help="统计数据库规模 / counts of the register")
    add_json(p)
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("search", help="查找居民 / find persons")
    p.add_argument("text", nargs="?", default="", help="姓名、拼音首字母、身份证号片段、电话或地址")
    p.add_argument("--limit", type=int, default=50, help="最多显示条数（默认 50）")
    add_json(p)
    p.add_argument("--all", action="store_true", help="包括已迁出、已死亡人员")
    p.add_argument(
        "--full-id",
        action="store_true",
        help="显示完整身份证号（屏幕输出默认打码；JSON 输出为完整号码）",
    )
    p.set_defaults(func=cmd_search)

    hsub = action_group(sub, "household", "住户的整户事项 / whole-household events")
    p = hsub.add_parser("move-out", help="整户迁出：全部在册成员迁出，该户归档")
    p.add_argument("household", help="户号")
    p.add_argument("--to", required=True, help="迁往地")
    p.add_argument("--on", type=parse_date_arg, help="迁出日期 YYYY-MM-DD（默认今天）")
    add_json(p)
    p.set_defaults(func=cmd_household_move_out)
