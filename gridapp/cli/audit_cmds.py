"""``gridapp audit verify`` and ``audit disclosures``."""

from __future__ import annotations

import argparse
import sys

from gridapp.cli.common import out, print_json, unit_of_work
from gridapp.cli.listing import json_of, print_rows
from gridapp.cli.options import action_group, add_json
from gridapp.services.audit import disclosures, verify_history

REPORT_JSON = json_of(
    "intact", "entries", "broken_id", "reason", "anchor", "mismatches", "mismatch_examples"
)


def cmd_verify(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        report = verify_history(session)
    if args.json:
        print_json(REPORT_JSON(report))  # the examples' tuple is a JSON list
    elif report.intact:
        out(report.message())
    else:
        sys.stderr.write(report.message() + "\n")
    return 0 if report.intact else 1


def cmd_disclosures(args: argparse.Namespace) -> int:
    with unit_of_work(args) as session:
        rows = disclosures(session, limit=args.limit)
    return print_rows(
        rows,
        lambda row: f"{row.at:%Y-%m-%d %H:%M}\t{row.actor}\t{row.count}\t{row.what}",
        empty="没有导出或打印完整身份证号的记录",
    )


HISTORY_JSON = json_of("when", "who", "record", "what", "field", "old", "new")


def cmd_history(args: argparse.Namespace) -> int:
    from gridapp.services.history_text import recent_history
    from gridapp.services.visits import household_by_number

    with unit_of_work(args) as session:
        household_id = household_by_number(session, args.household).id if args.household else None
        lines = recent_history(session, household_id, limit=args.limit)
    return print_rows(
        lines,
        lambda line: line.text(),
        as_json=args.json,
        to_json=HISTORY_JSON,
        empty="没有变更记录",
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit_sub = action_group(sub, "audit", "审计：校验变更记录 / audit the change history")
    v = audit_sub.add_parser(
        "verify",
        help="校验变更记录：哈希链、本机签名、每条记录与变更记录是否相符（完整时退出码 0）",
    )
    add_json(v)
    v.set_defaults(func=cmd_verify)
    d = audit_sub.add_parser("disclosures", help="列出导出/打印完整身份证号的记录")
    d.add_argument("--limit", type=int, default=100, help="最多显示条数")
    d.set_defaults(func=cmd_disclosures)
    h = audit_sub.add_parser(
        "history", help="最近的变更记录（谁、何时、改了什么）；--household 只看一户及其成员"
    )
    h.add_argument("--household", help="户号")
    h.add_argument("--limit", type=int, default=50, help="最多显示条数（默认 50）")
    add_json(h)
    h.set_defaults(func=cmd_history)
