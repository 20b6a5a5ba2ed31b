"""``gridapp report monthly --month YYYY-MM OUT.xlsx|OUT.pdf``: the monthly report."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from gridapp.cli.common import (
    UsageError,
    end_progress,
    out,
    print_json,
    progress,
    unit_of_work,
    year_month,
)
from gridapp.cli.options import action_group, add_json, add_month
from gridapp.services.common import ServiceError


def cmd_monthly(args: argparse.Namespace) -> int:
    from gridapp.services.monthly import monthly_figures

    target = Path(args.out)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise UsageError(f"月报文件应以 .xlsx 或 .pdf 结尾：{args.out}")
    writer = None
    if suffix == ".pdf":
        try:
            module = importlib.import_module("gridapp.pdf.monthly_report")
            writer = module.write_monthly_pdf
        except (ImportError, AttributeError) as exc:
            raise ServiceError("这个版本还不能生成 PDF 月报，请导出 .xlsx") from exc
    year, mon = year_month(args.month)
    with unit_of_work(args) as session:
        figures = monthly_figures(session, year, mon, progress=progress)
    end_progress()
    if writer is not None:
        from gridapp.services.common import NEVER

        writer(figures, target, progress, NEVER)
    else:
        from gridapp.export.monthly_xlsx import write_monthly_xlsx

        write_monthly_xlsx(figures, target)
    t = figures.this
    if args.json:
        print_json(report_json(figures, target))
        return 0
    out(f"已生成 {t.label} 月报：{target}")
    out(f"  在册 {t.households} 户 {t.persons} 人；走访覆盖率 {t.coverage_rate.text()}；"
        f"登记问题 {t.issues.raised} 件，逾期 {t.issues.overdue} 件")  # fmt: skip
    return 0


def report_json(figures: Any, target: Path) -> dict[str, Any]:
    """The report's main figures for scripts. Each group's ``net`` is the old signed 新增/退出;
    ``joined`` (新增) and ``left`` (退出) are the two numbers; rates come with their text, rounded
    the way the documents print them."""
    from gridapp.services.figures import Rate

    def value(v: Any) -> Any:
        return {"part": v.part, "whole": v.whole, "text": v.text()} if isinstance(v, Rate) else v

    from gridapp.services.monthly import summary_rows

    t = figures.this
    return {
        "month": f"{t.year:04d}-{t.month:02d}",
        "file": str(target),
        "households": t.households,
        "persons": t.persons,
        "coverage": t.coverage,
        "coverage_text": t.coverage_rate.text(),
        "issues_raised": t.issues.raised,
        "issues_overdue": t.issues.overdue,
        "groups": [
            {
                "code": g.code,
                "group": g.name,
                "members": g.members,
                "net": g.joined - g.left,
                "joined": g.joined,
                "left": g.left,
            }
            for g in t.groups
        ],
        "summary": [
            {"section": section, "label": label, "this": value(now), "last": value(before)}
            for section, label, now, before in summary_rows(figures)
        ],
    }


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rp = action_group(sub, "report", "报表：月报 / reports", "WHAT")
    q = rp.add_parser("monthly", help="网格工作月报（Excel 或 PDF）")
    add_month(q)
    q.add_argument("out", metavar="OUT", help="输出文件：.xlsx（含图表）或 .pdf")
    add_json(q, "生成后以 JSON 输出主要数字（各人群的新增 joined、退出 left 分开）")
    q.set_defaults(func=cmd_monthly)
