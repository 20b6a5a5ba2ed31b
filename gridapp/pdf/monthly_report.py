"""The monthly report as PDF (月报): the same figures as the workbook, charts drawn by reportlab.

Renders a ``gridapp.services.monthly.MonthlyFigures``. The summary table is
``services.monthly.summary_rows``, the workbook's too, so the two documents cannot disagree. The report is a few pages: a small
platypus story is fine here (the big batches are the visit forms).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from gridapp.db import vocab
from gridapp.pdf.fonts import FONT, ensure_font, printable
from gridapp.pdf.layout import ACCENT, GREY, SHADE, atomic_output
from gridapp.services.common import NEVER, CancelFlag, Progress, no_progress
from gridapp.services.figures import Rate, points_text
from gridapp.services.monthly import MonthFigures, MonthlyFigures, SummaryValue, summary_rows

BLUE = colors.Color(*ACCENT)
LIGHT = colors.Color(0.62, 0.74, 0.88)
SHADE_C = colors.Color(*SHADE)
GREY_C = colors.Color(*GREY)
PAGE_W, PAGE_H = A4
FRAME_W = PAGE_W - 30 * mm
MAX_LIST_ROWS = 200  # long lists: the workbook has them all

TITLE = ParagraphStyle(
    "t", fontName=FONT, fontSize=18, leading=24, alignment=TA_CENTER, textColor=BLUE
)
SUB = ParagraphStyle(
    "s", fontName=FONT, fontSize=9, leading=13, alignment=TA_CENTER, textColor=GREY_C
)
H2 = ParagraphStyle(
    "h2", fontName=FONT, fontSize=12.5, leading=18, textColor=BLUE, spaceBefore=8, spaceAfter=4
)
CELL = ParagraphStyle("c", fontName=FONT, fontSize=8.5, leading=11)
NOTE = ParagraphStyle("n", fontName=FONT, fontSize=8, leading=11, textColor=GREY_C)


def _num(value: SummaryValue) -> str:
    return value.text() if isinstance(value, Rate) else str(value)


def _delta(now: SummaryValue, before: SummaryValue) -> str:
    if isinstance(now, Rate) and isinstance(before, Rate):
        a, b = now.percent(), before.percent()
        return f"{points_text(a, b)} 个百分点" if a != b else "—"
    assert isinstance(now, int) and isinstance(before, int)
    return f"{now - before:+d}" if now != before else "—"


def _category_order(keys: set[str], counts: Callable[[str], int]) -> list[str]:
    """Count descending, then the vocabulary's order, then the name: the same order every run."""
    known = {c: i for i, c in enumerate(vocab.ISSUE_CATEGORIES)}
    return sorted(keys, key=lambda c: (-counts(c), known.get(c, len(known)), c))


def _table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric_from: int = 1,
    zebra: bool = True,
    span_first: bool = False,
) -> LongTable:
    table = LongTable([list(r) for r in rows], colWidths=list(widths), repeatRows=1)
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE_C),
        ("TEXTCOLOR", (0, 0), (-1, 0), BLUE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, GREY_C),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if zebra:
        style.append(
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.Color(0.97, 0.98, 0.99)])
        )
    if span_first:  # merge repeated section names in the first column
        start = 1
        for i in range(2, len(rows) + 1):
            if i == len(rows) or rows[i][0] != rows[start][0]:
                if i - start > 1:
                    style.append(("SPAN", (0, start), (0, i - 1)))
                style.append(("LINEABOVE", (0, start), (-1, start), 0.4, GREY_C))
                start = i
    table.setStyle(TableStyle(style))
    return table


def _p(text: str) -> Paragraph:
    return Paragraph(printable(text).replace("&", "&amp;").replace("<", "&lt;"), CELL)


def _bar_chart(
    title: str,
    labels: list[str],
    series: list[tuple[str, list[float]]],
    percent: bool = False,
    horizontal: bool = False,
    height: float = 190,
) -> Drawing:
    width = FRAME_W
    d = Drawing(width, height)
    d.initialFontName = FONT  # renderPDF would otherwise start with an unembedded Helvetica
    d.add(
        String(
            width / 2,
            height - 12,
            title,
            fontName=FONT,
            fontSize=10.5,
            textAnchor="middle",
            fillColor=BLUE,
        )
    )
    chart: Any = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 110 if horizontal else 40
    angled = not horizontal and len(labels) > 5
    bottom = 30 if horizontal else (70 if angled else 36)
    chart.x, chart.y = left, bottom
    chart.width = width - left - 20
    chart.height = height - bottom - 40
    chart.data = [values for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = labels or ["—"]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    if not horizontal:
        chart.categoryAxis.labels.angle = 30 if angled else 0
        chart.categoryAxis.labels.boxAnchor = "ne" if angled else "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.valueMin = 0
    top = max([max(v) for _, v in series if v] + [0])
    if percent:
        chart.valueAxis.valueMax = 1
        chart.valueAxis.valueStep = 0.25
        chart.valueAxis.labelTextFormat = lambda v: f"{v * 100:.0f}%"
    else:
        chart.valueAxis.valueMax = max(4, top * 1.15)
        chart.valueAxis.labelTextFormat = lambda v: f"{v:.0f}"
    palette = [BLUE, LIGHT, colors.Color(0.85, 0.55, 0.2)]
    for i in range(len(series)):
        chart.bars[i].fillColor = palette[i % len(palette)]
        chart.bars[i].strokeColor = None
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = (lambda v: f"{v * 100:.0f}%") if percent else (lambda v: f"{v:.0f}")
    chart.barLabels.nudge = 6
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.fontName = FONT
        legend.fontSize = 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.x, legend.y = width - 150, height - 24
        legend.dx = legend.dy = 7
        legend.deltax = 60
        legend.colorNamePairs = [(palette[i], name) for i, (name, _) in enumerate(series)]
        d.add(legend)
    return d


def _story(fig: MonthlyFigures, progress: Progress, cancel: CancelFlag) -> list[Any]:
    t, p = fig.this, fig.last
    story: list[Any] = [
        Paragraph(f"{fig.area} 网格工作月报", TITLE),
        Paragraph(
            f"{t.label}（{t.start:%Y-%m-%d} 至 {t.end:%Y-%m-%d}）· 对比 {p.label} · "
            f"生成于 {fig.generated_on:%Y-%m-%d}",
            SUB,
        ),
        Spacer(1, 8),
    ]
    for k, (section, done) in enumerate(SECTIONS, start=1):
        if k > 1:
            cancel.check()
        story += section(fig)
        progress(k, len(SECTIONS), done)
    return story


def _summary(fig: MonthlyFigures) -> list[Any]:
    t, p = fig.this, fig.last
    rows: list[list[Any]] = [["项目", "指标", t.label, p.label, "增减"]]
    for section, label, now_v, before_v in summary_rows(fig):
        rows.append(
            [section, label, _num(now_v), _num(before_v), _delta(now_v, before_v)]
        )  # fmt: skip
    widths = [60, 150, 80, 80, FRAME_W - 370]
    return [
        Paragraph("一、汇总", H2),
        _table(rows, widths, numeric_from=2, zebra=False, span_first=True),
    ]


def _coverage(fig: MonthlyFigures) -> list[Any]:
    t, p = fig.this, fig.last
    last_cov = {g.grid: g.coverage for g in p.grids}
    last_rate = {g.grid: g.coverage_rate for g in p.grids}
    names = [g.grid for g in t.grids]
    chart = _bar_chart(
        "各网格走访覆盖率",
        names,
        [
            (t.label, [g.coverage for g in t.grids]),
            (p.label, [last_cov.get(n, 0.0) for n in names]),
        ],
        percent=True,
        height=240,
    )
    rows: list[list[Any]] = [
        ["网格", "户数", "人数", "应走访", "已走访", "覆盖率", f"{p.label}覆盖率"]
    ]
    for g in t.grids:
        rows.append(
            [_p(g.grid), g.households, g.persons, g.due, g.visited, g.coverage_rate.text(),
             last_rate.get(g.grid, Rate(0, 0)).text()]
        )  # fmt: skip
    rows.append(
        ["合计", t.households, t.persons, t.visit_due, t.visit_visited, t.coverage_rate.text(),
         p.coverage_rate.text()]
    )  # fmt: skip
    return [
        CondPageBreak(300),
        Paragraph("二、各网格走访覆盖", H2),
        chart,
        _table(rows, [FRAME_W - 340, 50, 50, 55, 55, 60, 70]),
    ]


def _counts_chart(
    fig: MonthlyFigures,
    title: str,
    keys: list[str],
    counts: Callable[[MonthFigures], Mapping[str, int]],
    height: float,
) -> Drawing:
    """Bars of this month's and last month's counts by key, side by side."""
    series = [(m.label, [float(counts(m).get(k, 0)) for k in keys]) for m in (fig.this, fig.last)]
    return _bar_chart(title, keys, series, horizontal=True, height=height)


def _issues(fig: MonthlyFigures) -> list[Any]:
    t, p = fig.this, fig.last
    cats = _category_order(
        set(t.issues.by_category) | set(p.issues.by_category),
        lambda c: t.issues.by_category.get(c, 0) + p.issues.by_category.get(c, 0),
    )
    height = max(150, 40 + 24 * len(cats) + 40)
    story: list[Any] = [
        CondPageBreak(300),
        Paragraph("三、问题反馈", H2),
        _counts_chart(fig, "各类问题登记数", cats, lambda m: m.issues.by_category, height),
    ]
    states = [s for s in t.issues.by_state if t.issues.by_state.get(s)]
    if states:
        rows: list[list[Any]] = [["状态（本月登记的问题，现在）", "件数"]]
        rows += [[s, t.issues.by_state[s]] for s in states]
        story += [Spacer(1, 4), _table(rows, [200, 60])]
    if t.issue_rows:
        story.append(Paragraph(f"本月登记问题（{len(t.issue_rows)} 件）", H2))
        rows = [["编号", "登记日期", "问题", "类别", "网格", "状态"]]
        for i in t.issue_rows[:MAX_LIST_ROWS]:
            state = i.state + ("（逾期）" if i.overdue else "")
            rows.append(
                [i.number, f"{i.reported_on:%m-%d}", _p(i.title), i.category, _p(i.grid), state]
            )
        story.append(_table(rows, [70, 50, FRAME_W - 370, 60, 110, 80], numeric_from=99))
        story += _more_in_workbook(len(t.issue_rows), "件")
    return story


def _more_in_workbook(count: int, unit: str) -> list[Any]:
    """The note under a list cut at MAX_LIST_ROWS."""
    if count <= MAX_LIST_ROWS:
        return []
    return [Paragraph(f"另有 {count - MAX_LIST_ROWS} {unit}，见月报工作簿", NOTE)]


def _proxy(fig: MonthlyFigures) -> list[Any]:
    t, p = fig.this, fig.last
    errands = sorted(set(t.proxy.by_errand) | set(p.proxy.by_errand))
    story: list[Any] = [CondPageBreak(260), Paragraph("四、全程代办", H2)]
    if not errands:
        return [*story, Paragraph("本月和上月均无代办事项。", NOTE)]
    height = max(140, 80 + 22 * len(errands))
    chart = _counts_chart(fig, "各类代办事项受理数", errands, lambda m: m.proxy.by_errand, height)
    return [*story, chart]


def _people(fig: MonthlyFigures) -> list[Any]:
    """Special groups, then the month's population changes."""
    t, p = fig.this, fig.last
    last_groups = {g.code: g for g in p.groups}
    rows: list[list[Any]] = [["人群", "月末人数", "本月新增", "本月退出", f"{p.label}人数"]]
    for group in t.groups:
        before = last_groups.get(group.code)
        rows.append(
            [group.name, group.members, group.joined, group.left, before.members if before else 0]
        )
    story: list[Any] = [
        CondPageBreak(200),
        Paragraph("五、特殊人群", H2),
        _table(rows, [FRAME_W - 300, 75, 75, 75, 75]),
        CondPageBreak(200),
        Paragraph(f"六、人口变动明细（{len(t.changes)} 条）", H2),
    ]
    if not t.changes:
        return [*story, Paragraph("本月无人口变动。", NOTE)]
    rows = [["类别", "日期", "姓名", "性别", "网格", "户号", "来源 / 去向"]]
    for ch in t.changes[:MAX_LIST_ROWS]:
        rows.append(
            [ch.kind, f"{ch.on:%m-%d}", _p(ch.name), ch.gender, _p(ch.grid), ch.household,
             _p(ch.detail)]
        )  # fmt: skip
    return [*story, _table(rows, [40, 40, 70, 30, 100, 70, FRAME_W - 350], numeric_from=99)]


def _workers(fig: MonthlyFigures) -> list[Any]:
    rows: list[list[Any]] = [
        ["网格员", "网格", "走访次数", "走访户数", "应走访", "覆盖率", "登记问题", "现场解决",
         "逾期", "代办办结"]
    ]  # fmt: skip
    for w in fig.this.workers:
        rows.append(
            [_p(w.name), _p(w.grid), w.visits, w.households_visited, w.households_due,
             w.coverage_rate.text(), w.issues_raised, w.solved_on_spot, w.overdue, w.proxy_completed]
        )  # fmt: skip
    table = _table(rows, [50, FRAME_W - 385, 40, 40, 40, 45, 45, 45, 35, 45], numeric_from=2)
    return [
        CondPageBreak(200),
        Paragraph("七、网格员工作量", H2),
        KeepTogether([table]) if len(rows) < 30 else table,  # a short table is not split
    ]


# The report's sections in order, each with what progress says once it is built.
SECTIONS: tuple[tuple[Callable[[MonthlyFigures], list[Any]], str], ...] = (
    (_summary, "月报：汇总"),
    (_coverage, "月报：走访"),
    (_issues, "月报：问题"),
    (_proxy, "月报：代办"),
    (_people, "月报：人口与人群"),
    (_workers, "月报：网格员"),
)


def write_monthly_pdf(
    figures: MonthlyFigures,
    out_path: Path,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> Path:
    """Write the monthly report PDF; returns the path written."""
    ensure_font()
    out_path = Path(out_path)
    story = _story(figures, progress, cancel)
    title = f"{figures.area} 网格工作月报 {figures.this.label}"

    def on_page(c: Canvas, doc: Any) -> None:
        cancel.check()
        c.saveState()
        c.setFont(FONT, 7.5)
        c.setFillColor(GREY_C)
        c.drawString(15 * mm, 9 * mm, f"网格台账 · {title}")
        c.drawRightString(PAGE_W - 15 * mm, 9 * mm, f"第 {doc.page} 页")
        c.restoreState()

    with atomic_output(out_path) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=14 * mm,
            bottomMargin=16 * mm,
            title=title,
            author="网格台账",
            creator="gridapp",
            initialFontName=FONT,
        )
        doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out_path
