"""``gridapp print``: door-visit forms, household cards, the grid contact notice, duty rosters."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from gridapp.cli.common import UsageError, out, progress, unit_of_work, year_month
from gridapp.cli.options import action_group, add_month
from gridapp.services.common import ServiceError


def _target(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise UsageError(f"输出文件应以 .pdf 结尾：{text}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(f"输出文件夹不存在：{folder}")
    if path.is_dir():
        raise ServiceError(f"输出路径是一个文件夹：{path}")
    return path


def _disclose(
    session: Session, households: Iterable[tuple[int, str]], what: str, target: Path
) -> int:
    """Unmasked ID numbers went onto paper: record it per household in the change log."""
    from gridapp.services import settings
    from gridapp.services.changelog import ChangeWriter

    writer = ChangeWriter(session, settings.operator(session))
    note = f"{what}（完整身份证号）：{target.name}"[:200]
    for hid, uuid in households:
        writer.add("household", hid, uuid, "disclose", field="id_number", note=note)
    return writer.flush()


def cmd_visit_sheets(args: argparse.Namespace) -> int:
    from gridapp.pdf import data
    from gridapp.pdf.visit_sheet import write_visit_sheets

    target = _target(args.out)
    year, month = year_month(args.month)
    printed: list[tuple[int, str]] = []

    def tracked(sheets: Iterable[data.HouseholdSheet]) -> Iterator[data.HouseholdSheet]:
        for sheet in sheets:
            printed.append((sheet.household_id, sheet.uuid))
            yield sheet

    with unit_of_work(args) as session:
        selection = data.select_households(
            session, args.grid, args.building, year=year, month=month, due_only=args.due_only
        )
        ids = selection.household_ids
        sheets = data.iter_sheets(session, ids, every_cycle=selection.every_cycle)
        pages = write_visit_sheets(
            tracked(sheets), len(ids), target, cycle=selection.cycle, full_id=args.full_id,
            progress=progress,
        )  # fmt: skip
        if args.full_id:
            _disclose(session, printed, "打印入户走访记录表", target)
    if not ids:
        out(f"{selection.description}：没有需要打印的户（已生成一页说明）：{target}")
        return 0
    out(
        f"已生成入户走访记录表 {pages} 页（{selection.description}，走访周期 {selection.cycle}）：{target}"
    )
    if args.full_id:
        out(f"注意：表上印有完整身份证号，已在修改记录中登记 {len(printed)} 户的信息披露")
    return 0


def cmd_household(args: argparse.Namespace) -> int:
    from gridapp.pdf import data
    from gridapp.pdf.household_card import write_household_card

    target = _target(args.out)
    with unit_of_work(args) as session:
        hid = data.household_by_number(session, args.number)
        sheet = next(data.iter_sheets(session, [hid], full=True))
        write_household_card(sheet, target, full_id=args.full_id, progress=progress)
        if args.full_id:
            _disclose(session, [(sheet.household_id, sheet.uuid)], "打印户卡", target)
    out(f"已生成户号 {sheet.number} 的户卡（{len(sheet.members)} 人）：{target}")
    return 0


def cmd_notice(args: argparse.Namespace) -> int:
    from gridapp.pdf.data import notice_data
    from gridapp.pdf.notice import write_notice

    target = _target(args.out)
    with unit_of_work(args) as session:
        notice = notice_data(session, args.grid)
        write_notice(notice, target, progress=progress)
    out(f"已生成 {notice.grid} 的网格员公示牌（{len(notice.workers)} 名网格员）：{target}")
    return 0


def cmd_duty(args: argparse.Namespace) -> int:
    from gridapp.pdf.duty_roster import write_duty_roster
    from gridapp.services import duty, places

    target = _target(args.out)
    year, month = year_month(args.month)
    with unit_of_work(args) as session:
        grid = places.grid_by_name(session, args.grid) if args.grid else None
        shifts = duty.roster(session, year, month, grid.id if grid else None)
        pages = write_duty_roster(
            shifts, target, year=year, month=month, duty_phone=grid.duty_phone if grid else "",
            progress=progress,
        )  # fmt: skip
    out(f"已生成 {year}年{month}月值班表 {pages} 页（{len(shifts)} 个班次）：{target}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pp = action_group(sub, "print", "打印：入户走访记录表、户卡、公示牌、值班表（PDF）", "WHAT")

    q = pp.add_parser(
        "visit-sheets",
        help="入户走访记录表，每户一页，按楼栋、单元、房号排序，带二维码",
        description="每户一页 A4 入户走访记录表；身份证号默认打码。",
    )
    q.add_argument("out", metavar="OUT.pdf", help="输出的 PDF 文件")
    q.add_argument("--grid", metavar="NAME", help="只打印这个网格（含下级网格）")
    q.add_argument("--building", metavar="NAME", help="只打印这个楼栋，例如 5号楼")
    q.add_argument("--due-only", action="store_true", help="只打印本走访周期还没走访的户")
    add_month(q, "走访周期所在月份 YYYY-MM（默认本月）")
    q.add_argument(
        "--full-id", action="store_true", help="印完整身份证号（会记入修改记录，谨慎使用）"
    )
    q.set_defaults(func=cmd_visit_sheets)

    q = pp.add_parser("household", help="户卡（居民底册页）：一户的全部信息一页")
    q.add_argument("number", metavar="户号")
    q.add_argument("out", metavar="OUT.pdf", help="输出的 PDF 文件")
    q.add_argument(
        "--full-id", action="store_true", help="印完整身份证号（会记入修改记录，谨慎使用）"
    )
    q.set_defaults(func=cmd_household)

    q = pp.add_parser("notice", help="网格员公示牌（大字，张贴用）")
    q.add_argument("--grid", metavar="NAME", required=True, help="网格名称")
    q.add_argument("out", metavar="OUT.pdf", help="输出的 PDF 文件")
    q.set_defaults(func=cmd_notice)

    q = pp.add_parser("duty", help="一个月的值班表")
    add_month(q, "月份 YYYY-MM", required=True)
    q.add_argument("--grid", metavar="NAME", help="只打印这个网格（含下级网格）")
    q.add_argument("out", metavar="OUT.pdf", help="输出的 PDF 文件")
    q.set_defaults(func=cmd_duty)
