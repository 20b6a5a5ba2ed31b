"""概览: the month at a glance — register, changes, visit coverage, issues, groups, workers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.services import monthly
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import WorkPage, month_edit, work_page
from gridapp.ui.widgets.charts import BarChart
from gridapp.ui.widgets.tables import RowTable


class Tile(QFrame):
    """A figure with its caption and a comparison line."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "Tile { background: #f5f8fc; border: 1px solid #d5dde8; border-radius: 6px; }"
        )
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 20pt; font-weight: bold; color: #1f3b63;")
        self.caption = QLabel(caption)
        self.note = QLabel("")
        self.note.setStyleSheet("color: #666;")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


@work_page("dashboard", order=5, icon="dashboard")
class DashboardPage(WorkPage):
    """The month in figures."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.month = month_edit("dashboardMonth")
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.heading = QLabel()
        self.heading.setObjectName("dashboardHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)

        self.tiles = {
            "households": Tile(self.tr("Households")),
            "persons": Tile(self.tr("Persons")),
            "changes": Tile(self.tr("Changes this month")),
            "coverage": Tile(self.tr("Visit coverage")),
            "issues": Tile(self.tr("Issues raised")),
            "overdue": Tile(self.tr("Overdue issues")),
            "services": Tile(self.tr("Open errands")),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.coverage_chart = BarChart(self.tr("Visit coverage per grid"))
        self.coverage_chart.setObjectName("coverageChart")
        self.issue_chart = BarChart(self.tr("Issues raised this month, by state now"))
        self.issue_chart.setObjectName("issueChart")
        self.group_chart = BarChart(self.tr("Special groups (members)"))
        self.group_chart.setObjectName("groupChart")
        self.category_chart = BarChart(self.tr("Issues by category"))
        charts = QGridLayout()
        top_aligned = Qt.AlignmentFlag.AlignTop
        charts.addWidget(self.coverage_chart, 0, 0, top_aligned)
        charts.addWidget(self.issue_chart, 0, 1, top_aligned)
        charts.addWidget(self.group_chart, 1, 0, top_aligned)
        charts.addWidget(self.category_chart, 1, 1, top_aligned)

        self.workers = RowTable("workerFigures")
        self.workers.setMinimumHeight(200)
        body = QWidget()
        b_layout = QVBoxLayout(body)
        b_layout.addLayout(tiles)
        b_layout.addLayout(charts)
        b_layout.addWidget(QLabel("<b>" + self.tr("Worker figures") + "</b>"))
        b_layout.addWidget(self.workers)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def load(self, session: Session) -> None:
        d = self.month.date()
        fig = monthly.monthly_figures(session, d.year(), d.month())
        t, last = fig.this, fig.last
        self.heading.setText(
            self.tr("%1 — %2-%3").replace("%1", fig.area)
            .replace("%2", str(t.year)).replace("%3", f"{t.month:02d}")
        )  # fmt: skip

        def delta(now: float, before: float) -> str:
            diff = now - before
            return self.tr("last month %1").replace("%1", f"{before:g}") + (
                f" ({diff:+g})" if diff else ""
            )

        self.tiles["households"].set(str(t.households), delta(t.households, last.households))
        self.tiles["persons"].set(str(t.persons), delta(t.persons, last.persons))
        self.tiles["changes"].set(
            str(t.moved_in + t.moved_out + t.births + t.deaths),
            self.tr("in %1 · out %2 · births %3 · deaths %4")
            .replace("%1", str(t.moved_in)).replace("%2", str(t.moved_out))
            .replace("%3", str(t.births)).replace("%4", str(t.deaths)),
        )  # fmt: skip
        self.tiles["coverage"].set(
            t.coverage_rate.text(),
            f"{t.visit_visited}/{t.visit_due} · "
            + self.tr("last month %1").replace("%1", last.coverage_rate.text()),
        )
        self.tiles["issues"].set(str(t.issues.raised), delta(t.issues.raised, last.issues.raised))
        self.tiles["overdue"].set(
            str(t.issues.overdue), self.tr("open %1").replace("%1", str(t.issues.open_at_end))
        )
        self.tiles["services"].set(
            str(t.proxy.open), self.tr("overdue %1").replace("%1", str(t.proxy.overdue))
        )
        self.tiles["overdue"].value.setStyleSheet(
            "font-size: 20pt; font-weight: bold; color: %s;"
            % ("#c62828" if t.issues.overdue else "#1f3b63")
        )
        self.coverage_chart.set_items(
            [(g.grid, g.coverage) for g in t.grids], percent=True, colors=True
        )
        self.issue_chart.set_items([(k, float(v)) for k, v in t.issues.by_state.items()])
        self.category_chart.set_items([(k, float(v)) for k, v in t.issues.by_category.items()])
        self.group_chart.set_items([(g.name, float(g.members)) for g in t.groups if g.members])
        self.workers.set_rows(
            [
                self.tr("Worker"),
                self.tr("Grid"),
                self.tr("Visits"),
                self.tr("Households visited"),
                self.tr("Coverage"),
                self.tr("Issues raised"),
                self.tr("Solved on the spot"),
                self.tr("Escalated"),
                self.tr("Overdue"),
                self.tr("Errands done"),
                self.tr("Satisfaction"),
            ],
            [
                [
                    w.name,
                    w.grid,
                    w.visits,
                    w.households_visited,
                    w.coverage_rate.text(),
                    w.issues_raised,
                    w.solved_on_spot,
                    w.escalated,
                    w.overdue,
                    w.proxy_completed,
                    "" if w.satisfaction_rate is None else w.satisfaction_rate.text(),
                ]
                for w in t.workers
            ],
            [w.worker_id for w in t.workers],
        )

    def save_state(self) -> dict[str, object]:
        return {}
