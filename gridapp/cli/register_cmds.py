"""``gridapp demo``, ``stats`` and ``search``."""

from __future__ import annotations

import argparse
import sys

from gridapp.cli.common import out, print_json, progress, register_path, unit_of_work
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


def cmd_demo(args: argparse.Namespace) -> int:
    from gridapp.services.demo import build_demo  # pypinyin is slow to load: only here

    with unit_of_work(args) as session:
        result = build_demo(session, households=args.households, seed=args.seed, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
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
    if args.json:
        print_json(
            [
                {
                    "name": h.name,
                    "gender": h.gender,
                    "id_number": h.id_number,  # scripts get the real number; screens mask
                    "phone": h.phone,
                    "household": h.household,
                    "address": h.address,
                    "grid": h.grid,
                    "status": h.status,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        out("没有找到匹配的居民")
        return 0
    for h in hits:
        number = h.id_number if args.full_id else idcard.mask(h.id_number)
        out(f"{h.name}\t{h.gender}\t{number}\t{h.phone}\t{h.household}\t{h.address}\t{h.grid}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo", help="在数据库中生成演示数据 / fill the register with a demo sub-district"
    )
    p.add_argument("--households", type=int, default=2000, help="户数（默认 2000）")
    p.add_argument("--seed", type=int, default=20260101, help="随机种子（相同种子生成相同数据）")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("stats", help="统计数据库规模 / counts of the register")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("search", help="查找居民 / find persons")
    p.add_argument("text", nargs="?", default="", help="姓名、拼音首字母、身份证号片段、电话或地址")
    p.add_argument("--limit", type=int, default=50, help="最多显示条数（默认 50）")
    p.add_argument("--json", action="store_true", help="以 JSON 输出")
    p.add_argument("--all", action="store_true", help="包括已迁出、已死亡人员")
    p.add_argument(
        "--full-id",
        action="store_true",
        help="显示完整身份证号（屏幕输出默认打码；JSON 输出为完整号码）",
    )
    p.set_defaults(func=cmd_search)
