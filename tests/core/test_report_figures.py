"""Issue 16.8's figures: last month's households, one rounding rule, 新增 and 退出 apart, a
deterministic category order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
from sqlalchemy import select, update

from gridapp.db.engine import session_scope
from gridapp.db.models import Area, Household, Person
from gridapp.services.changelog import ChangeWriter
from gridapp.services.figures import percent_text, rounded_rate
from gridapp.services.monthly import MonthlyFigures, monthly_figures, summary_rows
from gridapp.services.register import create_household


def _backdate_register(session: Any) -> None:
    """The demo was built a moment ago; make its records a year old, as a kept register's are."""
    long_ago = dt.datetime.now() - dt.timedelta(days=400)
    session.execute(update(Household).values(created_at=long_ago))
    session.execute(update(Person).values(created_at=long_ago))


def test_last_month_households_leave_out_todays_import(demo_engine: Any) -> None:
    today = dt.date.today()
    with session_scope(demo_engine) as s:
        _backdate_register(s)
    with session_scope(demo_engine) as s:
        before = monthly_figures(s, today.year, today.month, today=today)
    with session_scope(demo_engine) as s:
        writer = ChangeWriter(s, "测试")
        grid = s.scalar(select(Area.id).where(Area.level == "三级网格").limit(1))
        for n in range(30):
            create_household(s, writer, grid_id=grid, address=f"新楼 {n} 号")
    with session_scope(demo_engine) as s:
        after = monthly_figures(s, today.year, today.month, today=today)
    assert after.this.households == before.this.households + 30
    # Last month ended before the import: its count is the households that existed then.
    assert after.last.households == before.last.households
    assert after.last.households == after.this.households - 30 - _changed_this_month(before)


def _changed_this_month(fig: MonthlyFigures) -> int:
    return fig.this.households - fig.last.households


def test_rates_round_half_up_on_the_exact_fraction() -> None:
    assert percent_text(629, 2000) == "31.5%"  # float: f"{0.3145:.1%}" gives 31.4%
    assert percent_text(6289, 20000) == "31.4%"
    assert percent_text(1, 8, 0) == "13%" and percent_text(5, 8, 0) == "63%"  # 12.5, 62.5 up
    assert percent_text(0, 0) == "0.0%" and percent_text(2, 3) == "66.7%"
    assert rounded_rate(629, 2000) == 0.315


def _with_coverage(fig: MonthlyFigures, visited: int, due: int) -> MonthlyFigures:
    grid = dataclasses.replace(
        fig.this.grids[0], due=due, visited=visited, coverage=round(visited / due, 4)
    )
    this = dataclasses.replace(
        fig.this, visit_due=due, visit_visited=visited, coverage=round(visited / due, 4),
        grids=[grid, *fig.this.grids[1:]],
    )  # fmt: skip
    return dataclasses.replace(fig, this=this)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_and_workbook_print_the_same_coverage(demo_engine: Any, tmp_path: Path) -> None:
    from gridapp.export.monthly_xlsx import write_monthly_xlsx
    from gridapp.pdf.monthly_report import write_monthly_pdf

    today = dt.date.today()
    with session_scope(demo_engine) as s:
        fig = _with_coverage(monthly_figures(s, today.year, today.month, today=today), 629, 2000)
    pdf = write_monthly_pdf(fig, tmp_path / "m.pdf")
    book = write_monthly_xlsx(fig, tmp_path / "m.xlsx")
    text = _pdf_text(pdf)
    summary_line = next(line for line in text.splitlines() if "走访覆盖率" in line)
    assert "31.5%" in summary_line and "31.4%" not in text
    ws = openpyxl.load_workbook(book)["汇总"]
    cell = next(r[2] for r in ws.iter_rows() if r[1].value == "走访覆盖率")
    assert cell.value == 0.315 and cell.number_format == "0.0%"
    grid_ws = openpyxl.load_workbook(book)["走访"]
    first = next(r for r in grid_ws.iter_rows() if r[0].value == fig.this.grids[0].grid)
    assert first[4].value == 0.315


def test_groups_joined_and_left_are_two_lines(demo_engine: Any, tmp_path: Path) -> None:
    from gridapp.export.monthly_xlsx import write_monthly_xlsx
    from gridapp.pdf.monthly_report import write_monthly_pdf

    today = dt.date.today()
    with session_scope(demo_engine) as s:
        fig = monthly_figures(s, today.year, today.month, today=today)
    g = fig.this.groups[0]
    this = dataclasses.replace(
        fig.this, groups=[dataclasses.replace(g, joined=3, left=3), *fig.this.groups[1:]]
    )
    fig = dataclasses.replace(fig, this=this)
    rows = {label: now for _s, label, now, _b in summary_rows(fig)}
    assert rows[f"{g.name}新增"] == 3 and rows[f"{g.name}退出"] == 3
    assert not any("/" in label for label in rows)
    text = _pdf_text(write_monthly_pdf(fig, tmp_path / "g.pdf"))
    assert f"{g.name}新增" in text and f"{g.name}退出" in text
    ws = openpyxl.load_workbook(write_monthly_xlsx(fig, tmp_path / "g.xlsx"))["汇总"]
    values = {r[1].value: r[2].value for r in ws.iter_rows() if r[1].value}
    assert values[f"{g.name}新增"] == 3 and values[f"{g.name}退出"] == 3


def test_equal_count_categories_follow_the_vocabulary() -> None:
    from gridapp.db import vocab
    from gridapp.pdf.monthly_report import _category_order

    cats = list(vocab.ISSUE_CATEGORIES[:4])
    counts = {cats[0]: 1, cats[1]: 5, cats[2]: 1, cats[3]: 1, "其他杂项": 1}
    order = _category_order(set(reversed(list(counts))), counts.__getitem__)
    assert order == [cats[1], cats[0], cats[2], cats[3], "其他杂项"]
