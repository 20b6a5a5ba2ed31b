"""``gridapp visits``: the monthly visit cycle (due list, entering visits, coverage)."""

from __future__ import annotations

import argparse
import datetime as dt

from gridapp.cli.common import out, parse_date_arg, parse_month_arg, print_json, unit_of_work
from gridapp.db import vocab


def _month(args: argparse.Namespace) -> tuple[int, int]:
    if args.month:
        year, month = args.month.split("-")
        return int(year), int(month)
    today = dt.date.today()
    return today.year, today.month


def cmd_due(args: argparse.Namespace) -> int:
    from gridapp.services.places import grid_by_name
    from gridapp.services.visits import due_households, session_cycle

    year, month = _month(args)
    with unit_of_work(args) as session:
        grid_id = grid_by_name(session, args.grid).id if args.grid else None
        due = due_households(session, year, month, grid_id)
        start, end = session_cycle(session, year, month)
    if args.json:
        print_json(
            [
                {
                    "household_id": d.household_id,
                    "household": d.number,
                    "address": d.address,
                    "grid": d.grid,
                    "every_cycle": d.every_cycle,
                    "groups": list(d.groups),
                    "never_visited": d.never_visited,
                    "last_visit": d.last_visit,
                }
                for d in due
            ]
        )
        return 0
    out(f"走访周期 {start.isoformat()} 至 {end.isoformat()}：待走访 {len(due)} 户")
    for d in due:
        marks = []
        if d.every_cycle:
            marks.append("每轮必访:" + "、".join(d.groups))
        if d.never_visited:
            marks.append("从未走访")
        last = d.last_visit.isoformat() if d.last_visit else "-"
        out(f"{d.number}\t{d.address}\t{d.grid}\t上次 {last}\t{' '.join(marks)}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from gridapp.services import settings
    from gridapp.services.visits import add_visit, household_by_number

    with unit_of_work(args) as session:
        household = household_by_number(session, args.household)
        fields = {
            "notes": args.note,
            "situation": args.situation,
            "met": args.met,
            "hazards": args.hazards,
            "visited_time": args.time,
            "companions": args.companions,
        }
        visit_id = add_visit(
            session,
            household.id,
            args.by,
            args.date or dt.date.today(),
            args.way,
            actor=settings.operator(session),
            **{k: v for k, v in fields.items() if v},
        )
        number = household.number
    if args.json:
        print_json({"id": visit_id, "household": number})
    else:
        out(f"已登记走访：户号 {number}（记录编号 {visit_id}）")
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from gridapp.services.visits import coverage

    year, month = _month(args)
    with unit_of_work(args) as session:
        report = coverage(session, year, month)
    if args.json:
        print_json(
            {
                "start": report.start,
                "end": report.end,
                "due": report.due,
                "visited": report.visited,
                "ratio": report.ratio,
                "grids": [
                    {"grid": g.name, "due": g.due, "visited": g.visited, "ratio": g.ratio}
                    for g in report.grids
                ],
                "workers": [
                    {
                        "worker": w.name,
                        "grid": w.grid,
                        "due": w.due,
                        "visited": w.visited,
                        "ratio": w.ratio,
                    }
                    for w in report.workers
                ],
            }
        )
        return 0
    out(f"走访周期 {report.start.isoformat()} 至 {report.end.isoformat()}：应访 {report.due} 户，"
        f"已访 {report.visited} 户，覆盖率 {report.ratio:.1%}")  # fmt: skip
    for g in report.grids:
        out(f"  {g.name}\t{g.visited}/{g.due}\t{g.ratio:.1%}")
    for w in report.workers:
        out(f"  {w.name}（{w.grid}）\t{w.visited}/{w.due}\t{w.ratio:.1%}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("visits", help="入户走访 / the monthly visit cycle")
    vsub = p.add_subparsers(dest="visits_command", metavar="ACTION", required=True)

    d = vsub.add_parser("due", help="本周期尚未走访的住户 / households not yet visited")
    d.add_argument("--month", type=parse_month_arg, help="月份 YYYY-MM（默认本月）")
    d.add_argument("--grid", help="网格名称")
    d.add_argument("--json", action="store_true", help="以 JSON 输出")
    d.set_defaults(func=cmd_due)

    a = vsub.add_parser("add", help="登记一次走访 / record a visit")
    a.add_argument("--household", required=True, help="户号")
    a.add_argument("--by", required=True, help="走访人（网格员姓名）")
    a.add_argument("--date", type=parse_date_arg, help="走访日期 YYYY-MM-DD（默认今天）")
    a.add_argument("--way", default="入户", choices=vocab.VISIT_WAYS, help="走访方式")
    a.add_argument("--note", default="", help="备注")
    a.add_argument("--time", default="", help="时间 HH:MM")
    a.add_argument("--met", default="", help="接待人")
    a.add_argument("--situation", default="", help="家庭情况")
    a.add_argument("--hazards", default="", help="发现的隐患，如 消防;燃气")
    a.add_argument("--companions", default="", help="同行人员")
    a.add_argument("--json", action="store_true", help="以 JSON 输出")
    a.set_defaults(func=cmd_add)

    c = vsub.add_parser("coverage", help="走访覆盖率 / coverage per grid and worker")
    c.add_argument("--month", type=parse_month_arg, help="月份 YYYY-MM（默认本月）")
    c.add_argument("--json", action="store_true", help="以 JSON 输出")
    c.set_defaults(func=cmd_coverage)
