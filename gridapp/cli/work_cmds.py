"""``gridapp groups``, ``duty`` and ``figures``: special groups, the duty roster, worker figures."""

from __future__ import annotations

import argparse
from typing import Any

from gridapp.cli.common import grid_id, out, unit_of_work, year_month
from gridapp.cli.listing import json_of, print_rows
from gridapp.cli.options import action_group, add_grid, add_json, add_month

COUNT_JSON = json_of("code", "group=name", "persons", "households", "every_cycle")
# Scripts get the full ID number (the option's help says so); the screen masks it.
MEMBER_JSON = json_of(
    "name", "id_number", "household", "address", "grid", "group", "joined_on", "left_on",
    "leave_reason", "fields", "needs",
)  # fmt: skip
SHIFT_JSON = json_of(
    "id", "date=on", "shift", "start=start_time", "end=end_time", "grid=area", "name", "phone",
    "holiday", "swapped_from",
)  # fmt: skip
FIGURES_HEADER = "网格员\t网格\t走访\t覆盖户/应访\t覆盖率\t发现问题\t现场解决\t上报\t按时办结\t超期\t代办办结\t满意率"


def cmd_groups_counts(args: argparse.Namespace) -> int:
    from gridapp.services.groups import group_counts

    with unit_of_work(args) as session:
        counts = group_counts(session, grid_id(session, args.grid))
    return print_rows(counts, _count_line, as_json=args.json, to_json=COUNT_JSON)


def _count_line(c: Any) -> str:
    return f"{c.name}\t{c.persons} 人\t{c.households} 户" + ("\t每轮必访" if c.every_cycle else "")


def cmd_groups_list(args: argparse.Namespace) -> int:
    from gridapp.services.groups import group_members

    with unit_of_work(args) as session:
        rows = group_members(
            session, args.group, grid_id(session, args.grid), include_left=args.all
        )
    return print_rows(rows, _member_line, as_json=args.json, to_json=MEMBER_JSON, empty="没有成员")


def _member_line(r: Any) -> str:
    from gridapp.domain import idcard

    left = f"\t{r.left_on.isoformat()} 退出（{r.leave_reason}）" if r.left_on else ""
    return f"{r.name}\t{idcard.mask(r.id_number)}\t{r.household}\t{r.address}\t{r.grid}{left}"


def cmd_duty_generate(args: argparse.Namespace) -> int:
    from gridapp.services.duty import generate_roster

    year, month = year_month(args.month)
    with unit_of_work(args) as session:
        grid = grid_id(session, args.grid)
        rows = generate_roster(session, year, month, grid, replace=args.replace)
    out(f"已生成 {year}年{month}月值班表：{len(rows)} 班")
    return 0


def cmd_duty_show(args: argparse.Namespace) -> int:
    from gridapp.services.duty import roster

    year, month = year_month(args.month)
    with unit_of_work(args) as session:
        rows = roster(session, year, month, grid_id(session, args.grid))
    return print_rows(
        rows,
        _shift_line,
        as_json=args.json,
        to_json=SHIFT_JSON,
        empty="本月还没有值班表（gridapp duty generate）",
    )


def _shift_line(r: Any) -> str:
    return (f"{r.on.isoformat()}\t{r.shift} {r.start_time}-{r.end_time}\t{r.area}\t{r.name}\t"
            f"{r.phone}\t{r.holiday}")  # fmt: skip


def cmd_figures(args: argparse.Namespace) -> int:
    from gridapp.services.figures import worker_figures

    year, month = year_month(args.month)
    with unit_of_work(args) as session:
        figs = worker_figures(session, year, month)
    return print_rows(
        figs,
        _figures_line,
        as_json=args.json,
        to_json=lambda f: dict(vars(f)),
        header=FIGURES_HEADER,
    )


def _figures_line(f: Any) -> str:
    sat = f.satisfaction_rate.text(0) if f.satisfaction_rate is not None else "-"
    return (f"{f.name}\t{f.grid}\t{f.visits}\t{f.households_visited}/{f.households_due}\t"
            f"{f.coverage_rate.text()}\t{f.issues_raised}\t{f.solved_on_spot}\t{f.escalated}\t"
            f"{f.done_in_time}\t{f.overdue}\t{f.proxy_completed}\t{sat}")  # fmt: skip


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gsub = action_group(sub, "groups", "重点人群 / special groups")
    c = gsub.add_parser("counts", help="各重点人群人数")
    add_grid(c)
    add_json(c)
    c.set_defaults(func=cmd_groups_counts)
    ls = gsub.add_parser("list", help="某一重点人群名单")
    ls.add_argument("group", help="人群代码或名称，如 dibao 或 低保")
    add_grid(ls)
    ls.add_argument("--all", action="store_true", help="包括已退出的（历史）")
    add_json(ls, "以 JSON 输出（身份证号完整）")
    ls.set_defaults(func=cmd_groups_list)

    dsub = action_group(sub, "duty", "值班表 / duty roster")
    g = dsub.add_parser("generate", help="生成一个月的值班表")
    add_month(g)
    add_grid(g, "网格名称（默认所有有网格员的网格）")
    g.add_argument("--replace", action="store_true", help="覆盖已有的值班表")
    g.set_defaults(func=cmd_duty_generate)
    s = dsub.add_parser("show", help="查看值班表")
    add_month(s)
    add_grid(s)
    add_json(s)
    s.set_defaults(func=cmd_duty_show)

    f = sub.add_parser("figures", help="网格员月度考评数据 / worker figures")
    add_month(f)
    add_json(f)
    f.set_defaults(func=cmd_figures)
