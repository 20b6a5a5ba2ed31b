"""``gridapp report monthly --month YYYY-MM OUT.xlsx|OUT.pdf``: the monthly report."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import sys
from pathlib import Path

from gridapp.cli.common import UsageError, out, parse_month_arg, progress, unit_of_work
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
    month = args.month or dt.date.today().strftime("%Y-%m")
    year, mon = (int(x) for x in month.split("-"))
    with unit_of_work(args) as session:
        figures = monthly_figures(session, year, mon, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if writer is not None:
        from gridapp.services.common import NEVER

        writer(figures, target, progress, NEVER)
    else:
        from gridapp.export.monthly_xlsx import write_monthly_xlsx

        write_monthly_xlsx(figures, target)
    t = figures.this
    out(f"已生成 {t.label} 月报：{target}")
    out(f"  在册 {t.households} 户 {t.persons} 人；走访覆盖率 {t.coverage:.1%}；"
        f"登记问题 {t.issues.raised} 件，逾期 {t.issues.overdue} 件")  # fmt: skip
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help="报表：月报 / reports")
    rp = p.add_subparsers(dest="report_command", metavar="WHAT", required=True)
    q = rp.add_parser("monthly", help="网格工作月报（Excel 或 PDF）")
    q.add_argument("--month", type=parse_month_arg, help="月份 YYYY-MM（默认本月）")
    q.add_argument("out", metavar="OUT", help="输出文件：.xlsx（含图表）或 .pdf")
    q.set_defaults(func=cmd_monthly)
