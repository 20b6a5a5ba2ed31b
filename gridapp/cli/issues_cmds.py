"""``gridapp issues``: 问题反馈 from registration to closure."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from gridapp.cli.common import out, parse_date_arg, print_json, unit_of_work
from gridapp.cli.listing import json_of, print_rows
from gridapp.cli.options import action_group, add_json
from gridapp.db import vocab

if TYPE_CHECKING:
    from gridapp.cli.options import Actions, Command


ROW_JSON = json_of(
    "id", "number", "title", "category", "state", "due", "overdue", "household", "grid",
    "station", "reported_on", "reported_by", "result", "satisfied", "consultation",
)  # fmt: skip
STEP_JSON = json_of("at", "actor", "action", "from=from_state", "to=to_state", "note")


def cmd_add(args: argparse.Namespace) -> int:
    from gridapp.services import settings
    from gridapp.services.issues import register_issue
    from gridapp.services.visits import household_by_number

    with unit_of_work(args) as session:
        household_id = household_by_number(session, args.household).id if args.household else None
        issue_id = register_issue(
            session,
            title=args.title,
            category=args.category,
            source=args.source,
            urgency=args.urgency,
            household_id=household_id,
            description=args.description,
            reported_by=args.by or "",
            actor=settings.operator(session),
        )
    if args.json:
        print_json({"id": issue_id})
    else:
        out(f"已登记问题，编号 {issue_id}")
    return 0


def cmd_solve(args: argparse.Namespace) -> int:
    from gridapp.services import settings
    from gridapp.services.issues import solve_on_spot

    with unit_of_work(args) as session:
        solve_on_spot(session, args.id, args.result, actor=settings.operator(session))
    out(f"问题 {args.id} 已现场解决")
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    from gridapp.services import settings
    from gridapp.services.issues import escalate

    with unit_of_work(args) as session:
        escalate(
            session,
            args.id,
            args.to,
            args.handler,
            args.due,
            note=args.note,
            actor=settings.operator(session),
        )
    out(f"问题 {args.id} 已上报{args.to}")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from gridapp.services import settings
    from gridapp.services.issues import close

    with unit_of_work(args) as session:
        passed = close(session, args.id, args.result, actor=settings.operator(session))
    out(f"问题 {args.id} 已结案（经过：{' → '.join(passed)}）")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from gridapp.services.issues import list_issues

    with unit_of_work(args) as session:
        rows = list_issues(session, pending_only=args.open, overdue_only=args.overdue)
    return print_rows(
        rows, _issue_line, as_json=args.json, to_json=ROW_JSON, empty="没有符合条件的问题"
    )


def _issue_line(r: Any) -> str:
    due = r.due.isoformat() if r.due else "-"
    flag = "【超期】" if r.overdue else ""
    return f"{r.id}\t{r.state}\t{r.title}\t{r.category}\t{r.household}\t时限 {due}{flag}"


def cmd_show(args: argparse.Namespace) -> int:
    from gridapp.services.issues import get_issue, issue_steps

    with unit_of_work(args) as session:
        row = get_issue(session, args.id)
        steps = issue_steps(session, args.id)
    if args.json:
        print_json(ROW_JSON(row) | {"steps": [STEP_JSON(s) for s in steps]})
        return 0
    out(f"{row.number}  {row.title}  [{row.state}]")
    for s in steps:
        out(
            f"  {s.at:%Y-%m-%d %H:%M}  {s.actor}  {s.action}  {s.from_state}→{s.to_state}  {s.note}"
        )
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    isub = action_group(sub, "issues", "问题反馈 / issues from report to closure")

    a = isub.add_parser("add", help="登记问题 / register an issue")
    a.add_argument("--household", help="户号")
    a.add_argument("--title", required=True, help="标题")
    a.add_argument(
        "--category", default="其他", help=f"类别（{'、'.join(vocab.ISSUE_CATEGORIES)}）"
    )
    a.add_argument("--source", default="走访发现", help="来源")
    a.add_argument("--urgency", default="一般", choices=vocab.URGENCY, help="紧急程度")
    a.add_argument("--description", default="", help="描述")
    a.add_argument("--by", help="发现/登记的网格员姓名")
    add_json(a, "以 JSON 输出编号")
    a.set_defaults(func=cmd_add)

    _add_ending(isub, "solve", "现场解决（自办自结）", "处理结果", cmd_solve)

    e = isub.add_parser("escalate", help="上报部门")
    e.add_argument("id", type=int, help="问题编号")
    e.add_argument("--to", required=True, help=f"部门（{'、'.join(vocab.STATIONS)}）")
    e.add_argument("--due", type=parse_date_arg, help="办理时限 YYYY-MM-DD")
    e.add_argument("--handler", default="", help="承办人")
    e.add_argument("--note", default="", help="说明（记入办理过程）")
    e.set_defaults(func=cmd_escalate)

    _add_ending(isub, "close", "结案（从任一未结状态，补记各步骤）", "结果", cmd_close)

    ls = isub.add_parser("list", help="问题列表")
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--open", action="store_true", help="只列未办结的")
    which.add_argument("--overdue", action="store_true", help="只列超期的")
    add_json(ls)
    ls.set_defaults(func=cmd_list)

    sh = isub.add_parser("show", help="问题详情与办理步骤")
    sh.add_argument("id", type=int, help="问题编号")
    add_json(sh)
    sh.set_defaults(func=cmd_show)


def _add_ending(isub: Actions, name: str, text: str, result: str, func: Command) -> None:
    """An action that ends an issue: ``ACTION ID --result TEXT``."""
    p = isub.add_parser(name, help=text)
    p.add_argument("id", type=int, help="问题编号")
    p.add_argument("--result", required=True, help=result)
    p.set_defaults(func=func)
