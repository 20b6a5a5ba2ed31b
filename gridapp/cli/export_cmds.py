"""``gridapp export ledger|list|template``: Excel exports."""

from __future__ import annotations

import argparse
from pathlib import Path

from gridapp.cli.common import UsageError, end_progress, out, progress, unit_of_work
from gridapp.cli.options import action_group, add_month


def _xlsx(path: str) -> Path:
    p = Path(path)
    if p.suffix.lower() != ".xlsx":
        raise UsageError(f"导出文件应以 .xlsx 结尾：{path}")
    return p


def cmd_ledger(args: argparse.Namespace) -> int:
    from gridapp.export.ledger import LedgerFilter, export_ledger

    target = _xlsx(args.out)
    flt = LedgerFilter(grid=args.grid, building=args.building, group=args.group, status=args.status)
    with unit_of_work(args) as session:
        result = export_ledger(session, target, flt, full_id=args.full_id, progress=progress)
    end_progress()
    out(f"已导出 {result.persons} 人（{result.households} 户）到 {target}")
    if args.full_id:
        out("注意：文件含完整身份证号，已记入修改日志（信息披露）")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from gridapp.export.lists import ListOptions, export_list

    target = _xlsx(args.out)
    options = ListOptions(
        kind=args.kind,
        grid=args.grid,
        group=args.group,
        age=args.age,
        month=args.month,
        full_id=args.full_id,
    )
    with unit_of_work(args) as session:
        result = export_list(session, target, options, progress=progress)
    end_progress()
    out(f"已导出 {result.title}：{result.rows} 条，到 {target}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from gridapp.export.template_fill import TemplateOptions, fill_template

    template = Path(args.template)
    target = _xlsx(args.out)
    if not template.is_file():
        raise UsageError(f"找不到模板文件：{template}")
    if template.resolve() == target.resolve():
        raise UsageError("输出文件不能与模板相同（模板要留着下个月再用）")
    options = TemplateOptions(
        grid=args.grid,
        group=args.group,
        full_id=args.full_id,
        mapping=dict(_parse_map(m) for m in args.map or ()),
        status=args.status,
    )
    with unit_of_work(args) as session:
        result = fill_template(session, template, target, options, progress=progress)
    end_progress()
    out(f"已填写 {result.rows} 行到 {target}（表头在第 {result.header_row} 行）")
    for label, field in result.mapped:
        out(f"  {label} ← {field}")
    if result.unfilled:
        out("以下列无法从底册填写，已留空：" + "、".join(result.unfilled))
    return 0


def _parse_map(text: str) -> tuple[str, str]:
    label, sep, field = text.partition("=")
    if not sep or not label.strip():
        raise UsageError(f"--map 格式应为 列名=字段名（字段名留空表示不填）：{text}")
    return label.strip(), field.strip()


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ex = action_group(sub, "export", "导出 Excel：台账、名单、填写模板 / Excel exports", "WHAT")

    q = ex.add_parser("ledger", help="导出居民台账（可再导入）")
    q.add_argument("out", metavar="OUT.xlsx", help="输出文件")
    q.add_argument("--grid", help="只导出该网格（含下级网格）")
    q.add_argument("--building", help="只导出该楼栋")
    q.add_argument("--group", help="只导出该特殊人群（如 低保、残疾）")
    q.add_argument(
        "--status",
        choices=("active", "all"),
        default="active",
        help="active=在册（默认），all=含已迁出、已死亡",
    )
    q.add_argument("--full-id", action="store_true", help="完整身份证号（记入修改日志）")
    q.set_defaults(func=cmd_ledger)

    from gridapp.export import LIST_KINDS

    q = ex.add_parser(
        "list",
        help="导出名单：" + "，".join(f"{k}={v}" for k, v in LIST_KINDS.items()),
    )
    q.add_argument("kind", choices=tuple(LIST_KINDS), metavar="KIND", help="、".join(LIST_KINDS))
    q.add_argument("out", metavar="OUT.xlsx", help="输出文件")
    q.add_argument("--grid", help="只导出该网格")
    q.add_argument("--group", help="group 名单的人群名称（如 低保、残疾）")
    q.add_argument("--age", type=int, default=80, help="elderly 名单的年龄下限（默认 80）")
    add_month(q, "duty/unvisited 的月份 YYYY-MM（默认本月）")
    q.add_argument("--full-id", action="store_true", help="完整身份证号（记入修改日志）")
    q.set_defaults(func=cmd_list)

    q = ex.add_parser("template", help="按任意单位的 Excel 模板填写（一表通）")
    q.add_argument("template", metavar="TEMPLATE.xlsx", help="模板文件（不会被改动）")
    q.add_argument("out", metavar="OUT.xlsx", help="输出文件")
    q.add_argument("--grid", help="只填该网格的居民")
    q.add_argument("--group", help="只填该特殊人群")
    q.add_argument("--status", choices=("active", "all"), default="active", help="默认只填在册居民")
    q.add_argument("--full-id", action="store_true", help="完整身份证号（记入修改日志）")
    q.add_argument(
        "--map",
        action="append",
        metavar="列名=字段名",
        help="更正某列的对应（可多次；字段名留空表示该列不填）；更正会为该模板记住",
    )
    q.set_defaults(func=cmd_template)
