"""``gridapp import FILE`` and ``gridapp imports list|undo``: ledger import and its history."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from gridapp.cli.common import (
    UsageError,
    out,
    print_json,
    progress,
    register_engine,
    unit_of_work,
)
from gridapp.cli.listing import print_rows
from gridapp.cli.options import action_group, add_json

FIELD_NAMES = {
    "persons_created": "新增人员",
    "persons_updated": "更新人员",
    "persons_unchanged": "未变化",
    "households_created": "新增户",
    "households_updated": "更新户",
    "ignored_rows": "忽略行（空行、说明行、合计行）",
    "rejected_rows": "拒绝行",
}


def _done_line() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 30 + "\r")


def _mapping(items: list[str] | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items or []:
        label, sep, field = item.partition("=")
        if not sep or not label.strip():
            raise UsageError(f"--map 的格式应为 列名=字段，如 手机=phone：{item}")
        mapping[label.strip()] = field.strip()
    return mapping


def _print_report(report: Any, dry_run: bool) -> None:
    _print_summary(report, dry_run)
    _print_rows(report)


def _print_summary(report: Any, dry_run: bool) -> None:
    """What was read, what was assumed and the counts."""
    head = "预览（未写入）" if dry_run else f"已导入（导入编号 {report.import_id}）"
    out(f"{head}：{report.file_name}，工作表：{'、'.join(report.sheets)}")
    if report.skipped_sheets:
        out(f"跳过的工作表（没有台账表头）：{'、'.join(report.skipped_sheets)}")
    if report.mapping_remembered:
        out("沿用上次为此格式台账选择的列对应（要重新识别，请用 --map 或 --profile）")
    if report.grid_remembered:
        out(f"沿用上次为此格式台账选择的网格：{report.grid}")
    if report.compound:
        out(f"没有小区的户归入：{report.compound}")
    for key, value in report.counts().items():
        out(f"  {FIELD_NAMES.get(key, key)}：{value}")
    if report.unknown_columns:
        out(f"未识别的列（已保存在人员的其他信息中）：{'、'.join(report.unknown_columns)}")


def _print_rows(report: Any) -> None:
    """The rows updated, rejected and warned about (the first of each, to keep it readable)."""
    for diff in report.updates[:50]:
        parts = "；".join(f"{k}: {a or '（空）'} → {b}" for k, (a, b) in diff.changes.items())
        out(f"  更新 {diff.sheet} 第{diff.row}行 {diff.name}（{diff.id_masked}）：{parts}")
    if len(report.updates) > 50:
        out(f"  ……共 {len(report.updates)} 人有更新")
    for rejected in report.rejected[:100]:
        out(f"  拒绝 {rejected.sheet} 第{rejected.row}行 [{rejected.column}]：{rejected.reason}")
    if len(report.rejected) > 100:
        out(f"  ……共 {len(report.rejected)} 行被拒绝（用 --rejects 导出全部）")
    for warning in report.warnings[:30]:
        out(f"  提示 {warning['sheet']} 第{warning['row']}行 [{warning['column']}]："
            f"{warning['message']}")  # fmt: skip


def _options(args: argparse.Namespace) -> Any:
    from gridapp.importer.service import ImportOptions

    if args.rejects and Path(args.rejects).suffix.lower() != ".xlsx":
        raise UsageError(f"拒绝行文件应以 .xlsx 结尾：{args.rejects}")
    options = ImportOptions(
        sheets=args.sheet or None,
        mapping=_mapping(args.map),
        profile=args.mapping,
        grid=args.grid,
        new_grid=args.new_grid,
        community=args.community,
        compound=args.compound,
        use_remembered=True,
    )
    if args.new_grid and not args.grid:
        raise UsageError("--new-grid 需要用 --grid 给出新网格的名称")
    return options


def _report(args: argparse.Namespace, path: Path, options: Any) -> Any:
    """The import done, or with ``--dry-run`` only previewed (nothing is written)."""
    from gridapp.importer import profiles
    from gridapp.importer.service import preview_import, run_import
    from gridapp.services import settings

    if args.dry_run:
        with register_engine(args) as engine, Session(engine) as session:
            report = preview_import(session, path, options, progress)
            session.rollback()
        return report
    with unit_of_work(args) as session:
        options.actor = settings.operator(session)
        if args.save_mapping:
            profiles.save_profile(session, args.save_mapping, options.mapping)
        return run_import(session, path, options, progress)


def _show(args: argparse.Namespace, report: Any, *, dry_run: bool, imported: bool) -> None:
    """The rejected rows to ``--rejects`` (XlsxWriter is imported only then), the report to
    the screen; the rejects file is named only after an import that went through."""
    count = 0
    if args.rejects:
        from gridapp.importer.rejects import write_rejects

        count = write_rejects(report, args.rejects)
    if args.json:
        print_json(report.to_json())
        return
    _print_report(report, dry_run)
    if args.rejects and imported:
        out(f"拒绝行 {count} 行已写入 {args.rejects}")


def cmd_import(args: argparse.Namespace) -> int:
    from gridapp.importer.service import NothingToImport

    options = _options(args)
    try:
        report = _report(args, Path(args.file), options)
    except NothingToImport as exc:
        _done_line()
        _show(args, exc.report, dry_run=True, imported=False)
        raise
    _done_line()
    _show(args, report, dry_run=args.dry_run, imported=True)
    return 0


def _import_line(i: Any) -> str:
    state = f"已撤销 {i.undone_at:%Y-%m-%d %H:%M}" if i.undone_at else "有效"
    counts = i.counts
    return (f"{i.id}\t{i.at:%Y-%m-%d %H:%M}\t{i.file_name}\t新增 {counts.get('persons_created', 0)}"
            f" 人，更新 {counts.get('persons_updated', 0)} 人，新增 {counts.get('households_created', 0)}"
            f" 户\t{i.actor}\t{state}")  # fmt: skip


def cmd_list(args: argparse.Namespace) -> int:
    from gridapp.importer.service import list_imports

    with unit_of_work(args) as session:
        items = list_imports(session)
    return print_rows(
        items,
        _import_line,
        as_json=args.json,
        to_json=lambda i: i.to_json(),
        empty="还没有导入记录",
    )


def cmd_undo(args: argparse.Namespace) -> int:
    from gridapp.importer.service import undo_import
    from gridapp.services import settings

    with unit_of_work(args) as session:
        result = undo_import(session, args.id, settings.operator(session))
    if args.json:
        print_json(result.to_json())
        return 0
    out(f"已撤销导入 {result.import_id}：移除 {result.persons_removed} 人、"
        f"{result.households_removed} 户、{result.memberships_removed} 条人群记录、"
        f"{result.places_removed} 处新建地点（网格、小区、楼栋、单元、房屋），"
        f"恢复 {result.fields_restored} 个字段")  # fmt: skip
    if result.conflicts:
        out(f"以下 {len(result.conflicts)} 个字段在导入后又被修改过，保留现值：")
        for item in result.conflicts[:50]:
            out(f"  {item}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import", help="导入居民台账（Excel/CSV） / import a resident ledger")
    p.add_argument("file", help="台账文件：.xlsx .xlsm .xls .csv")
    p.add_argument("--sheet", action="append", metavar="NAME", help="只导入这些工作表（可多次）")
    p.add_argument("--mapping", metavar="PROFILE", help="使用已保存的列映射方案")
    p.add_argument(
        "--map", action="append", metavar="列名=字段", help="指定某列对应的字段（可多次）"
    )
    p.add_argument("--save-mapping", metavar="PROFILE", help="把 --map 的映射保存为方案")
    p.add_argument("--grid", metavar="NAME", help="没有所属网格的行归入的网格（现有网格）")
    p.add_argument("--new-grid", action="store_true", help="新建 --grid 指定的网格")
    p.add_argument("--community", metavar="NAME", help="新建网格所属的社区")
    p.add_argument("--compound", metavar="NAME", help="没有小区的行归入的小区")
    p.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    p.add_argument("--rejects", metavar="OUT.xlsx", help="把被拒绝的行写入此工作簿")
    add_json(p, "以 JSON 输出结果")
    p.set_defaults(func=cmd_import)

    isub = action_group(sub, "imports", "导入记录：列出、撤销 / import history")
    q = isub.add_parser("list", help="列出导入记录")
    add_json(q)
    q.set_defaults(func=cmd_list)
    q = isub.add_parser("undo", help="撤销一次导入")
    q.add_argument("id", type=int, help="导入编号（见 imports list）")
    add_json(q)
    q.set_defaults(func=cmd_undo)
