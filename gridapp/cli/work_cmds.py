"""``gridapp groups``, ``duty`` and ``figures``: special groups, the duty roster, worker figures."""

from __future__ import annotations

import argparse
import datetime as dt

from gridapp.cli.common import out, parse_month_arg, print_json, unit_of_work


def _month(text: str | None) -> tuple[int, int]:
    if text:
        year, month = text.split("-")
        return int(year), int(month)
    today = dt.date.today()
    return today.year, today.month


def cmd_groups_counts(args: argparse.Namespace) -> int:
    from gridapp.services.groups import group_counts
    from gridapp.services.places import grid_by_name

    with unit_of_work(args) as session:
        grid_id = grid_by_name(session, args.grid).id if args.grid else None
        counts = group_counts(session, grid_id)
    if args.json:
        print_json([{"code": c.code, "group": c.name, "persons": c.persons,
                     "households": c.households, "every_cycle": c.every_cycle} for c in counts])  # fmt: skip
        return 0
    for c in counts:
        out(
            f"{c.name}\t{c.persons} 人\t{c.households} 户" + ("\t每轮必访" if c.every_cycle else "")
        )
    return 0


def cmd_groups_list(args: argparse.Namespace) -> int:
    from gridapp.domain import idcard
    from gridapp.services.groups import group_members
    from gridapp.services.places import grid_by_name

    with unit_of_work(args) as session:
        grid_id = grid_by_name(session, args.grid).id if args.grid else None
        rows = group_members(session, args.group, grid_id, include_left=args.all)
    if args.json:
        print_json(
            [
                {
                    "name": r.name,
                    "id_number": r.id_number,
                    "household": r.household,
                    "address": r.address,
                    "grid": r.grid,
                    "group": r.group,
                    "joined_on": r.joined_on,
                    "left_on": r.left_on,
                    "leave_reason": r.leave_reason,
                    "fields": r.fields,
                    "needs": r.needs,
                }
                for r in rows
            ]
        )
        return 0
    if not rows:
        out("没有成员")
    for r in rows:
        left = f"\t{r.left_on.isoformat()} 退出（{r.leave_reason}）" if r.left_on else ""
        out(f"{r.name}\t{idcard.mask(r.id_number)}\t{r.household}\t{r.address}\t{r.grid}{left}")
    return 0


def cmd_duty_generate(args: argparse.Namespace) -> int:
    from gridapp.services.duty import generate_roster
    from gridapp.services.places import grid_by_name

    year, month = _month(args.month)
    with unit_of_work(args) as session:
        grid_id = grid_by_name(session, args.grid).id if args.grid else None
        rows = generate_roster(session, year, month, grid_id, replace=args.replace)
    out(f"已生成 {year}年{month}月值班表：{len(rows)} 班")
    return 0


def cmd_duty_show(args: argparse.Namespace) -> int:
    from gridapp.services.duty import roster
    from gridapp.services.places import grid_by_name

    year, month = _month(args.month)
    with unit_of_work(args) as session:
        grid_id = grid_by_name(session, args.grid).id if args.grid else None
        rows = roster(session, year, month, grid_id)
    if args.json:
        print_json([{"id": r.id, "date": r.on, "shift": r.shift, "start": r.start_time,
                     "end": r.end_time, "grid": r.area, "name": r.name, "phone": r.phone,
                     "holiday": r.holiday, "swapped_from": r.swapped_from} for r in rows])  # fmt: skip
        return 0
    if not rows:
        out("本月还没有值班表（gridapp duty generate）")
    for r in rows:
        out(f"{r.on.isoformat()}\t{r.shift} {r.start_time}-{r.end_time}\t{r.area}\t{r.name}\t"
            f"{r.phone}\t{r.holiday}")  # fmt: skip
    return 0


def cmd_figures(args: argparse.Namespace) -> int:
    from gridapp.services.figures import worker_figures

    year, month = _month(args.month)
    with unit_of_work(args) as session:
        figs = worker_figures(session, year, month)
    if args.json:
        print_json([vars(f) | {} for f in figs])
        return 0
    out(
        "网格员\t网格\t走访\t覆盖户/应访\t覆盖率\t发现问题\t现场解决\t上报\t按时办结\t超期\t代办办结\t满意率"
    )
    for f in figs:
        sat = f"{f.satisfaction:.0%}" if f.satisfaction is not None else "-"
        out(f"{f.name}\t{f.grid}\t{f.visits}\t{f.households_visited}/{f.households_due}\t"
            f"{f.coverage:.1%}\t{f.issues_raised}\t{f.solved_on_spot}\t{f.escalated}\t"
            f"{f.done_in_time}\t{f.overdue}\t{f.proxy_completed}\t{sat}")  # fmt: skip
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("groups", help="重点人群 / special groups")
    gsub = p.add_subparsers(dest="groups_command", metavar="ACTION", required=True)
    c = gsub.add_parser("counts", help="各重点人群人数")
    c.add_argument("--grid", help="网格名称")
    c.add_argument("--json", action="store_true", help="以 JSON 输出")
    c.set_defaults(func=cmd_groups_counts)
    ls = gsub.add_parser("list", help="某一重点人群名单")
    ls.add_argument("group", help="人群代码或名称，如 dibao 或 低保")
    ls.add_argument("--grid", help="网格名称")
    ls.add_argument("--all", action="store_true", help="包括已退出的（历史）")
    ls.add_argument("--json", action="store_true", help="以 JSON 输出（身份证号完整）")
    ls.set_defaults(func=cmd_groups_list)

    p = sub.add_parser("duty", help="值班表 / duty roster")
    dsub = p.add_subparsers(dest="duty_command", metavar="ACTION", required=True)
    g = dsub.add_parser("generate", help="生成一个月的值班表")
    g.add_argument("--month", type=parse_month_arg, help="月份 YYYY-MM（默认本月）")
    g.add_argument("--grid", help="网格名称（默认所有有网格员的网格）")
    g.add_argument("--replace", action="store_true", help="覆盖已有的值班表")
    g.set_defaults(func=cmd_duty_generate)
    s = dsub.add_parser("show", help="查看值班表")
    s.add_argument("--month", type=parse_month_arg, help="月份 YYYY-MM（默认本月）")
    s.add_argument("--grid", help="网格名称")
    s.add_argument("--json", action="store_true", help="以 JSON 输出")
    s.set_defaults(func=cmd_duty_show)

    f = sub.add_parser("figures", help="网格员月度考评数据 / worker figures")
    f.add_argument("--month", type=parse_month_arg, help="月份 YYYY-MM（默认本月）")
    f.add_argument("--json", action="store_true", help="以 JSON 输出")
    f.set_defaults(func=cmd_figures)
