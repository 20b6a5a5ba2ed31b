"""``gridapp visits``: the monthly visit cycle (due list, entering visits, coverage)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from gridapp.cli.common import grid_id, out, parse_date_arg, print_json, unit_of_work, year_month
from gridapp.cli.listing import json_of, print_rows
from gridapp.cli.options import action_group, add_grid, add_json, add_month
from gridapp.db import vocab
from gridapp.services.figures import percent_text

DUE_JSON = json_of(
    "household_id", "household=number", "address", "grid", "every_cycle", "groups",
    "never_visited", "last_visit",
)  # fmt: skip
GRID_JSON = json_of("grid=name", "due", "visited", "ratio")
WORKER_JSON = json_of("worker=name", "grid", "due", "visited", "ratio")
COVERAGE_JSON = json_of("start", "end", "due", "visited", "ratio")  # then its grids and workers


def cmd_due(args: argparse.Namespace) -> int:
    from gridapp.services.visits import due_households, session_cycle

    year, month = year_month(args.month)
    with unit_of_work(args) as session:
        due = due_households(session, year, month, grid_id(session, args.grid))
        start, end = session_cycle(session, year, month)
    header = f"走访周期 {start.isoformat()} 至 {end.isoformat()}：待走访 {len(due)} 户"
    return print_rows(due, _due_line, as_json=args.json, to_json=DUE_JSON, header=header)


def _due_line(d: Any) -> str:
    marks = []
    if d.every_cycle:
        marks.append("每轮必访:" + "、".join(d.groups))
    if d.never_visited:
        marks.append("从未走访")
    last = d.last_visit.isoformat() if d.last_visit else "-"
    return f"{d.number}\t{d.address}\t{d.grid}\t上次 {last}\t{' '.join(marks)}"


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

    year, month = year_month(args.month)
    with unit_of_work(args) as session:
        report = coverage(session, year, month)
    if args.json:
        print_json(
            COVERAGE_JSON(report)
            | {
                "grids": [GRID_JSON(g) for g in report.grids],
                "workers": [WORKER_JSON(w) for w in report.workers],
            }
        )
        return 0
    out(f"走访周期 {report.start.isoformat()} 至 {report.end.isoformat()}：应访 {report.due} 户，"
        f"已访 {report.visited} 户，覆盖率 {percent_text(report.visited, report.due)}")  # fmt: skip
    for g in report.grids:
        out(f"  {g.name}\t{g.visited}/{g.due}\t{percent_text(g.visited, g.due)}")
    for w in report.workers:
        out(f"  {w.name}（{w.grid}）\t{w.visited}/{w.due}\t{percent_text(w.visited, w.due)}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    vsub = action_group(sub, "visits", "入户走访 / the monthly visit cycle")

    d = vsub.add_parser("due", help="本周期尚未走访的住户 / households not yet visited")
    add_month(d)
    add_grid(d)
    add_json(d)
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
    add_json(a)
    a.set_defaults(func=cmd_add)

    c = vsub.add_parser("coverage", help="走访覆盖率 / coverage per grid and worker")
    add_month(c)
    add_json(c)
    c.set_defaults(func=cmd_coverage)
