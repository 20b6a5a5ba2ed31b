"""The monthly report workbook (月报): summary first, detail sheets, native Excel charts.

Renders a ``gridapp.services.monthly.MonthlyFigures``; every number comes from there, so the
workbook, the PDF report and ``gridapp stats`` agree.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gridapp.db import vocab
from gridapp.export.style import Book, Column, Sheet, atomic_path, export_date_label
from gridapp.services.figures import Rate
from gridapp.services.monthly import MonthlyFigures, summary_rows

SUMMARY = "汇总"


def write_monthly_xlsx(fig: MonthlyFigures, out: Path) -> Path:
    out = Path(out)
    with atomic_path(out) as tmp:
        book = Book(tmp, constant_memory=False)
        try:
            _summary(book, fig)
            _changes(book, fig)
            _coverage(book, fig)
            _issues(book, fig)
            _groups(book, fig)
            _workers(book, fig)
        finally:
            book.close()
    return out


def _title(fig: MonthlyFigures, what: str) -> str:
    return f"{fig.area} {fig.this.label} {what}"


def _summary(book: Book, fig: MonthlyFigures) -> None:
    t, p = fig.this, fig.last
    wb = book.workbook
    sheet = Sheet(
        book,
        SUMMARY,
        _title(fig, "网格工作月报"),
        [Column("类别"), Column("指标", min_width=18), Column(f"本月（{t.label}）", "number", 14),
         Column(f"上月（{p.label}）", "number", 14), Column("增减", "number", 8)],
        landscape=False,
    )  # fmt: skip
    ws = sheet.ws
    pct = book.formats["percent"]
    for section, label, now_v, before_v in summary_rows(fig):
        row = sheet.row
        if isinstance(now_v, Rate) and isinstance(before_v, Rate):
            sheet.write([section, label, None, None, None])
            change = float((now_v.percent() - before_v.percent()) / 100)
            for col, value in ((2, now_v.cell()), (3, before_v.cell()), (4, change)):
                ws.write_number(row, col, value, pct)
        else:
            assert isinstance(now_v, int) and isinstance(before_v, int)
            sheet.write([section, label, now_v, before_v, now_v - before_v])
    sheet.finish(
        [
            f"生成日期：{export_date_label(fig.generated_on)}。户数、人数为月末数；本月为截至生成日。",
            "走访覆盖率 = 本走访周期内已走访（门口未遇不计）户数 ÷ 在册户数。",
        ]
    )
    # Per-grid table under the summary, with the coverage chart beside it.
    row = sheet.row + 1
    ws.write_string(row, 0, "各网格情况", book.bold)
    row += 1
    header = ["网格", "户数", "人数", "应走访", "已走访", "本月覆盖率", "上月覆盖率"]
    for col, label in enumerate(header):
        ws.write_string(row, col, label, book.header)
    first = row + 1
    last_cov = {g.grid: g.coverage_rate.cell() for g in p.grids}
    for line in t.grids:
        row += 1
        ws.write_string(row, 0, line.grid, book.text_format(line.grid))
        for col, value in enumerate((line.households, line.persons, line.due, line.visited), 1):
            ws.write_number(row, col, value, book.formats["int"])
        ws.write_number(row, 5, line.coverage_rate.cell(), pct)
        ws.write_number(row, 6, last_cov.get(line.grid, 0.0), pct)
    ws.set_column(5, 6, 12)
    if t.grids:
        chart = wb.add_chart({"type": "column"})
        for col, name in ((5, f"本月（{t.label}）"), (6, f"上月（{p.label}）")):
            chart.add_series(
                {
                    "name": name,
                    "categories": [SUMMARY, first, 0, row, 0],
                    "values": [SUMMARY, first, col, row, col],
                    "data_labels": {"value": True, "num_format": "0%"},
                }
            )
        chart.set_title({"name": "各网格走访覆盖率", "name_font": {"size": 12}})
        chart.set_y_axis({"num_format": "0%", "min": 0, "max": 1})
        chart.set_legend({"position": "bottom"})
        chart.set_size({"width": 620, "height": 300})
        ws.insert_chart(row + 2, 0, chart)
        row += 18  # the chart's height in rows
    ws.autofilter(sheet.header_row, 0, sheet.header_row, 4)  # header row only: keep print tidy
    _issue_charts(book, fig, ws, row + 2)


def _issue_charts(book: Book, fig: MonthlyFigures, ws: Any, row: int) -> None:
    """Issues by category and by state (this month beside last month), tables and bar charts."""
    t, p = fig.this, fig.last
    ws.set_h_pagebreaks([row])
    blocks = (
        ("问题按类别（按登记月份）", "类别",
         list(vocab.ISSUE_CATEGORIES) + sorted(set(t.issues.by_category) - set(vocab.ISSUE_CATEGORIES)),
         t.issues.by_category, p.issues.by_category),
        ("问题按当前状态（按登记月份）", "状态", list(vocab.ISSUE_STATES), t.issues.by_state,
         p.issues.by_state),
    )  # fmt: skip
    for title, what, keys, now, before in blocks:
        ws.write_string(row, 0, title, book.bold)
        row += 1
        for col, label in enumerate((what, t.label, p.label)):
            ws.write_string(row, col, label, book.header)
        first = row + 1
        for key in keys:
            row += 1
            ws.write_string(row, 0, key, book.text_format(key))
            ws.write_number(row, 1, now.get(key, 0), book.formats["int"])
            ws.write_number(row, 2, before.get(key, 0), book.formats["int"])
        chart = book.workbook.add_chart({"type": "bar"})
        for col, name in ((1, t.label), (2, p.label)):
            chart.add_series(
                {
                    "name": name,
                    "categories": [SUMMARY, first, 0, row, 0],
                    "values": [SUMMARY, first, col, row, col],
                    "data_labels": {"value": True},
                }
            )
        chart.set_title({"name": title, "name_font": {"size": 11}})
        chart.set_legend({"position": "bottom"})
        chart.set_x_axis({"min": 0, "major_gridlines": {"visible": True}})
        chart.set_size({"width": 400, "height": 260})
        ws.insert_chart(first - 1, 3, chart, {"x_offset": 10})
        row = max(row, first + 13) + 2


def _changes(book: Book, fig: MonthlyFigures) -> None:
    sheet = Sheet(
        book,
        "人口变动",
        _title(fig, "人口变动明细"),
        [Column("月份"), Column("变动"), Column("日期", "date"), Column("姓名"), Column("性别"),
         Column("网格"), Column("户号"), Column("迁入来源 / 迁往地")],
    )  # fmt: skip
    for month in (fig.this, fig.last):
        for c in month.changes:
            sheet.write(
                [month.label, c.kind, c.on, c.name, c.gender, c.grid, c.household, c.detail]
            )
    sheet.finish([f"本月：迁入 {fig.this.moved_in}，迁出 {fig.this.moved_out}，"
                  f"出生 {fig.this.births}，死亡 {fig.this.deaths}"])  # fmt: skip


def _coverage(book: Book, fig: MonthlyFigures) -> None:
    t, p = fig.this, fig.last
    sheet = Sheet(
        book,
        "走访",
        _title(fig, "走访覆盖（按网格、按网格员）"),
        [Column("网格 / 网格员", min_width=16), Column("所属网格"), Column("应走访", "int"),
         Column("本月已走访", "int"), Column("本月覆盖率", "percent"),
         Column("上月已走访", "int"), Column("上月覆盖率", "percent"), Column("本月走访记录", "int")],
    )  # fmt: skip
    last_grid = {g.grid: g for g in p.grids}
    for g in t.grids:
        before = last_grid.get(g.grid)
        sheet.write([g.grid, "", g.due, g.visited, g.coverage_rate.cell(),
                     before.visited if before else 0,
                     before.coverage_rate.cell() if before else 0.0, None])  # fmt: skip
    last_worker = {w.worker_id: w for w in p.workers}
    for w in t.workers:
        bw = last_worker.get(w.worker_id)
        sheet.write([w.name, w.grid, w.households_due, w.households_visited, w.coverage_rate.cell(),
                     bw.households_visited if bw else 0,
                     bw.coverage_rate.cell() if bw else 0.0, w.visits])  # fmt: skip
    sheet.finish(
        [
            f"合计：应走访 {t.visit_due} 户，已走访 {t.visit_visited} 户，覆盖率 {t.coverage_rate.text()}"
        ]
    )


def _issues(book: Book, fig: MonthlyFigures) -> None:
    t, p = fig.this, fig.last
    sheet = Sheet(
        book,
        "问题",
        _title(fig, "问题反馈"),
        [Column("编号"), Column("登记日期", "date"), Column("标题", min_width=20), Column("类别"),
         Column("来源"), Column("网格"), Column("状态"), Column("承办单位"), Column("办理时限", "date"),
         Column("办结日期", "date"), Column("逾期")],
    )  # fmt: skip
    for i in t.issue_rows:
        sheet.write([i.number, i.reported_on, i.title, i.category, i.source, i.grid, i.state,
                     i.station, i.due, i.done_on, "逾期" if i.overdue else ""])  # fmt: skip
    sheet.finish(
        [
            f"本月登记 {t.issues.raised} 件（上月 {p.issues.raised} 件）；按类别、按状态的统计图见“汇总”。"
        ]
    )


def _groups(book: Book, fig: MonthlyFigures) -> None:
    t, p = fig.this, fig.last
    sheet = Sheet(
        book,
        "特殊人群",
        _title(fig, "特殊人群"),
        [Column("人群"), Column("本月人数", "int"), Column("本月新增", "int"), Column("本月退出", "int"),
         Column("上月人数", "int"), Column("上月新增", "int"), Column("上月退出", "int")],
        landscape=False,
    )  # fmt: skip
    last = {g.code: g for g in p.groups}
    for g in t.groups:
        b = last.get(g.code)
        sheet.write([g.name, g.members, g.joined, g.left,
                     b.members if b else 0, b.joined if b else 0, b.left if b else 0])  # fmt: skip
    sheet.finish()


def _workers(book: Book, fig: MonthlyFigures) -> None:
    t = fig.this
    sheet = Sheet(
        book,
        "网格员工作量",
        _title(fig, "网格员工作量"),
        [Column("姓名"), Column("职务"), Column("网格"), Column("走访记录", "int"),
         Column("走访户数", "int"), Column("应走访", "int"), Column("覆盖率", "percent"),
         Column("登记问题", "int"), Column("现场解决", "int"), Column("上报", "int"),
         Column("按时办结", "int"), Column("结案", "int"), Column("逾期", "int"),
         Column("代办办结", "int"), Column("回访", "int"), Column("满意率", "percent")],
    )  # fmt: skip
    for w in t.workers:
        sheet.write([w.name, w.role, w.grid, w.visits, w.households_visited, w.households_due,
                     w.coverage_rate.cell(), w.issues_raised, w.solved_on_spot, w.escalated,
                     w.done_in_time, w.closed, w.overdue, w.proxy_completed, w.return_visits,
                     w.satisfaction_rate.cell() if w.satisfaction_rate else None])  # fmt: skip
    sheet.finish()
