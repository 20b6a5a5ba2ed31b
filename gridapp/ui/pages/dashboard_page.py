"""概览: the month at a glance — register, changes, visit coverage, issues, groups, workers."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFrame, QLabel, QWidget
from sqlalchemy.orm import Session

from gridapp.services import monthly
from gridapp.ui.generated.ui_dashboard_page import Ui_DashboardPageForm
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import WorkPage, work_page
from gridapp.ui.widgets.charts import BarChart
from gridapp.ui.widgets.tables import RowTable

TILES = ("households", "persons", "changes", "coverage", "issues", "overdue", "services")


class Tile:
    """A figure of the form with its caption and a comparison line (the labels of one tile)."""

    def __init__(self, frame: QFrame, caption: QLabel, value: QLabel, note: QLabel) -> None:
        self.frame, self.caption, self.value, self.note = frame, caption, value, note

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


@work_page("dashboard", order=5, icon="dashboard")
class DashboardPage(WorkPage):
    """The month in figures."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_DashboardPageForm()
        ui.setupUi(self)
        self.month, self.heading = ui.dashboardMonth, ui.dashboardHeading
        self.month.setDate(QDate.currentDate())
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.tiles = {
            key: Tile(
                getattr(ui, f"{key}Tile"),
                getattr(ui, f"{key}Caption"),
                getattr(ui, f"{key}Value"),
                getattr(ui, f"{key}Note"),
            )
            for key in TILES
        }
        self.coverage_chart = self._chart(ui.coverageSlot, self.tr("Visit coverage per grid"))
        self.coverage_chart.setObjectName("coverageChart")
        self.issue_chart = self._chart(
            ui.issueSlot, self.tr("Issues raised this month, by state now")
        )
        self.issue_chart.setObjectName("issueChart")
        self.group_chart = self._chart(ui.groupSlot, self.tr("Special groups (members)"))
        self.group_chart.setObjectName("groupChart")
        self.category_chart = self._chart(ui.categorySlot, self.tr("Issues by category"))
        self.workers = RowTable("workerFigures")
        ui.workersSlotLayout.addWidget(self.workers)

    @staticmethod
    def _chart(slot: QWidget, title: str) -> BarChart:
        chart = BarChart(title)
        layout = slot.layout()
        assert layout is not None
        layout.addWidget(chart)
        return chart

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
