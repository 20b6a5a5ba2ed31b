"""问题: the issues by state; register, solve, escalate, progress, finish, return visit, close."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.domain import issue_flow as flow
from gridapp.services import issues
from gridapp.services import settings as app_settings
from gridapp.ui import dialogs_io
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import (
    WorkPage,
    date_edit,
    fill_grids,
    flow_layout,
    py_date,
    work_page,
)
from gridapp.ui.widgets.tables import RowTable

OPEN = "__open"
OVERDUE = "__overdue"


@work_page("issues", order=30, icon="issue")
class IssuesPage(WorkPage):
    """Problem feedback (问题反馈) and its steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.state_box = QComboBox()
        self.state_box.setObjectName("issueState")
        self.state_box.addItem(self.tr("Open"), OPEN)
        self.state_box.addItem(self.tr("Overdue"), OVERDUE)
        self.state_box.addItem(self.tr("All states"), "")
        for s in vocab.ISSUE_STATES:
            self.state_box.addItem(s, s)
        self.grid_box = QComboBox()
        self.grid_box.setObjectName("issueGrid")
        for box in (self.state_box, self.grid_box):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.counts = QLabel()
        self.counts.setObjectName("issueCounts")
        new_btn = QPushButton(self.tr("Register an issue…"))
        new_btn.setObjectName("newIssue")
        new_btn.clicked.connect(self.new_issue)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.state_box)
        top.addWidget(QLabel(self.tr("Grid")))
        top.addWidget(self.grid_box)
        top.addWidget(self.counts, 1)
        top.addWidget(new_btn)

        self.table = RowTable("issueTable")
        self.table.itemSelectionChanged.connect(self._show_current)

        self.detail = QTextBrowser()
        self.detail.setObjectName("issueDetail")
        self.note = QLineEdit()
        self.note.setObjectName("issueNote")
        self.note.setPlaceholderText(self.tr("Result, progress or reason"))
        self.station = QComboBox()
        self.station.setObjectName("issueStation")
        self.handler = QLineEdit()
        self.handler.setObjectName("issueHandler")
        self.due = date_edit("issueDue", dt.date.today() + dt.timedelta(days=7))
        self.satisfied = QCheckBox(self.tr("Resident satisfied"))
        self.satisfied.setObjectName("issueSatisfied")
        self.satisfied.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Station"), self.station)
        form.addRow(self.tr("Handler"), self.handler)
        form.addRow(self.tr("Deadline"), self.due)
        form.addRow("", self.satisfied)
        self.buttons, self.splitter = flow_layout(
            self,
            top=top,
            table=self.table,
            detail=self.detail,
            form=form,
            steps=(
                (flow.SOLVE, self.tr("Solved on the spot")),
                (flow.ESCALATE, self.tr("Escalate")),
                (flow.ASSIGN, self.tr("Assign")),
                (flow.PROGRESS, self.tr("Record progress")),
                (flow.FINISH, self.tr("Finish")),
                ("return", self.tr("Return visit")),
                (flow.CLOSE, self.tr("Close")),
            ),
            act=self.act,
            prefix="issue",
            splitter_name="issuesSplitter",
        )
        self._update_buttons(None)

    def title(self) -> str:
        return self.tr("Issues")

    # ------------------------------------------------------------ data

    def load(self, session: Session) -> None:
        fill_grids(self.grid_box, session, self.tr("All grids"))
        stations = app_settings.get(session, "stations")
        keep = self.station.currentText()
        self.station.clear()
        self.station.addItems([str(s) for s in (stations or vocab.STATIONS)])
        if keep:
            self.station.setCurrentText(keep)
        choice = self.state_box.currentData()
        rows = issues.list_issues(
            session,
            open_only=choice == OPEN,
            overdue_only=choice == OVERDUE,
            state=choice if choice not in (OPEN, OVERDUE, "", None) else None,
            grid_id=self.grid_box.currentData(),
        )
        self.table.set_rows(
            [
                self.tr("No."),
                self.tr("Reported"),
                self.tr("Title"),
                self.tr("Category"),
                self.tr("State"),
                self.tr("Household no."),
                self.tr("Grid"),
                self.tr("Station"),
                self.tr("Deadline"),
            ],
            [
                [
                    r.number,
                    r.reported_on,
                    r.title,
                    r.category,
                    r.state,
                    r.household,
                    r.grid,
                    r.station,
                    r.due,
                ]
                for r in rows
            ],
            [r.id for r in rows],
            [r.overdue for r in rows],
        )
        overdue = sum(1 for r in rows if r.overdue)
        self.counts.setText(
            self.tr("%1 issues, %2 overdue (red)")
            .replace("%1", str(len(rows)))
            .replace("%2", str(overdue))
        )
        self._show_current(session)

    def current_issue(self) -> int | None:
        return self.table.current_key()

    def _show_current(self, session: Session | None = None, iid: int | None = None) -> None:
        """The detail of the selected issue (or of ``iid``, e.g. one just closed that left
        the list of open issues)."""
        iid = iid if iid is not None else self.current_issue()
        if iid is None:
            self.detail.setHtml(
                "<p style='color:#777'>" + html.escape(self.tr("Choose an issue")) + "</p>"
            )
            self._update_buttons(None)
            return
        if not isinstance(session, Session):
            with Session(self.ctx.engine) as s:
                self._show_current(s, iid)
            return
        row = issues.get_issue(session, iid)
        steps = issues.issue_steps(session, iid)
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(row.title)}</h3>",
            f"<p>{e(row.number)} · {e(row.category)} · {e(row.urgency)} · "
            f"<b>{e(row.state)}</b></p>",
            f"<p>{e(self.tr('Reported'))}: {e(str(row.reported_on))} {e(row.reported_by)}"
            f" · {e(row.household)} {e(row.place)}</p>",
        ]
        if row.station:
            parts.append(
                f"<p>{e(self.tr('Station'))}: {e(row.station)} {e(row.handler)}"
                f" · {e(self.tr('Deadline'))}: {e(str(row.due or ''))}</p>"
            )
        if row.overdue:
            parts.append(f"<p style='color:#c62828'><b>{e(self.tr('Overdue'))}</b></p>")
        if row.result:
            parts.append(f"<p>{e(self.tr('Result'))}: {e(row.result)}</p>")
        parts.append(f"<h4>{e(self.tr('Steps'))}</h4><table cellpadding='2'>")
        for step in steps:
            label = flow.ACTION_LABELS.get(step.action, step.action)
            parts.append(
                f"<tr><td>{e(step.at.strftime('%Y-%m-%d %H:%M'))}</td><td>{e(step.actor)}</td>"
                f"<td>{e(label)}</td><td>{e(step.to_state)}</td><td>{e(step.note)}</td></tr>"
            )
        parts.append("</table>")
        self.detail.setHtml("".join(parts))
        self._update_buttons(row.state)

    def _update_buttons(self, state: str | None) -> None:
        allowed = set(flow.allowed_actions(state)) if state else set()
        for action, btn in self.buttons.items():
            if action == "return":
                btn.setEnabled(bool({flow.RETURN_OK, flow.RETURN_BAD} & allowed))
            elif action == flow.CLOSE:  # closing records the implied steps (services.close)
                btn.setEnabled(bool(state) and state != vocab.ISSUE_CLOSED)
            else:
                btn.setEnabled(action in allowed)

    # ------------------------------------------------------------ actions

    def new_issue(self) -> None:
        title = dialogs_io.ask_text(self, self.tr("Register an issue"), self.tr("What is it?"))
        if not title or not title.strip():
            return
        with Session(self.ctx.engine) as session:
            cats = app_settings.get(session, "issue_categories") or list(vocab.ISSUE_CATEGORIES)
        category = dialogs_io.ask_item(
            self, self.tr("Register an issue"), self.tr("Category"), [str(c) for c in cats]
        )
        if not category:
            return
        number = dialogs_io.ask_text(
            self,
            self.tr("Register an issue"),
            self.tr("Household no. (leave empty for a public place)"),
        )
        if number is None:
            return

        def work(s: Session) -> int:
            from gridapp.services.visits import household_by_number

            hid = household_by_number(s, number).id if number.strip() else None
            return issues.register_issue(
                s,
                title=title.strip(),
                category=category,
                household_id=hid,
                grid_id=None if hid else self.grid_box.currentData(),
                actor=self.actor(s),
                reported_by=self.actor(s),
            )

        ok = self.change(work, self.tr("Issue not registered"))
        if ok and isinstance(self.last_result, int):
            self.state_box.setCurrentIndex(0)  # reloads when it changes the filter
            self.table.select_key(self.last_result)

    def act(self, action: str) -> None:
        iid = self.current_issue()
        if iid is None:
            return
        note = self.note.text().strip()
        station = self.station.currentText()
        handler = self.handler.text()
        due = py_date(self.due)
        satisfied = self.satisfied.isChecked()

        def work(s: Session) -> object:
            who = self.actor(s)
            if action == flow.SOLVE:
                return issues.solve_on_spot(s, iid, note, actor=who)
            if action == flow.ESCALATE:
                return issues.escalate(s, iid, station, handler, due, actor=who)
            if action == flow.ASSIGN:
                return issues.assign(s, iid, station, handler, due, actor=who)
            if action == flow.PROGRESS:
                return issues.record_progress(s, iid, note, actor=who)
            if action == flow.FINISH:
                return issues.finish(s, iid, note, actor=who)
            if action == "return":
                return issues.return_visit(s, iid, satisfied, note, actor=who)
            return issues.close(s, iid, note, actor=who)

        if self.change(work, self.tr("Not done")):
            self.note.clear()  # the page was reloaded by the change
            if not self.table.select_key(iid):
                self._show_current(None, iid)

    # ------------------------------------------------------------ state

    def save_state(self) -> dict[str, object]:
        return {"show": self.state_box.currentData(), "splitter": self.splitter.saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        show = state.get("show")
        if isinstance(show, str):
            index = self.state_box.findData(show)
            if index >= 0:
                self.state_box.blockSignals(True)
                self.state_box.setCurrentIndex(index)
                self.state_box.blockSignals(False)
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
