"""问题: the issues by state; register, solve, escalate, progress, finish, return visit, close."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from gridapp.ui.work_forms import IssueDraft
    from gridapp.ui.work_forms_issue import NewIssueDialog

from gridapp.db import vocab
from gridapp.domain import issue_flow as flow
from gridapp.services import issues
from gridapp.services import settings as app_settings
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import action_button, date_edit, fill_grids, py_date, work_page
from gridapp.ui.pages.workflow_page import (
    OPEN,
    OVERDUE,
    WorkflowPage,
    overdue_html,
    steps_html,
)


@work_page("issues", order=30, icon="issue")
class IssuesPage(WorkflowPage):
    """Problem feedback (问题反馈) and its steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.issue_dialog: NewIssueDialog | None = None
        top = self._build_top()
        self._build_list("issueTable", "issueDetail")
        self._build_flow(
            top,
            self._build_form(),
            (
                (flow.SOLVE, self.tr("Solved on the spot")),
                (flow.ESCALATE, self.tr("Escalate")),
                (flow.ASSIGN, self.tr("Assign")),
                (flow.PROGRESS, self.tr("Record progress")),
                (flow.FINISH, self.tr("Finish")),
                ("return", self.tr("Return visit")),
                (flow.CLOSE, self.tr("Close")),
            ),
            "issue",
            "issuesSplitter",
        )

    def _build_top(self) -> QHBoxLayout:
        """Which issues (open, overdue, all, one state) of which grid; register a new one."""
        state_box = QComboBox()
        state_box.setObjectName("issueState")
        state_box.addItem(self.tr("Open"), OPEN)
        state_box.addItem(self.tr("Overdue"), OVERDUE)
        state_box.addItem(self.tr("All states"), "")
        for s in vocab.ISSUE_STATES:
            state_box.addItem(s, s)
        top = self._build_filters(state_box, "issueGrid", self.tr("Show"), self.tr("Grid"))
        self.counts.setObjectName("issueCounts")
        top.addWidget(action_button(self.tr("Register an issue…"), "newIssue", self.new_issue))
        return top

    def _build_form(self) -> QFormLayout:
        """What the next step needs: a note, the station and handler, the deadline."""
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
        return form

    @property
    def state_box(self) -> QComboBox:
        """The show filter, by the name the issue page has always given it."""
        return self.show_box

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
        self._fill_table(
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
            rows,
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
            self.tr("%1 issues, %2 overdue (red)"),
        )
        self._show_current(session)

    def current_issue(self) -> int | None:
        return self.table.current_key()

    def _show_current(self, session: Session | None = None, iid: int | None = None) -> None:
        """The detail of the selected issue (or of ``iid``, e.g. one just closed that left
        the list of open issues)."""
        iid = iid if iid is not None else self.current_issue()
        if iid is None:
            self._show_nothing(self.tr("Choose an issue"))
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
            parts.append(overdue_html(self.tr("Overdue")))
        if row.result:
            result = self.tr("Result")
            parts.append(f"<p>{e(result)}: {e(row.result)}</p>")
        labels = flow.ACTION_LABELS
        heading = self.tr("Steps")  # outside the f-string, where lupdate finds it
        parts.append(f"<h4>{e(heading)}</h4>")
        parts.append(
            steps_html(
                (
                    (s.at, s.actor, labels.get(s.action, s.action), s.to_state, s.note)
                    for s in steps
                ),
            )
        )
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
        """The new-issue form (window-modal); registered on OK, undoable."""
        from gridapp.ui.work_forms_issue import NewIssueDialog

        self.issue_dialog = NewIssueDialog(self.ctx, self, grid_id=self.grid_box.currentData())
        self.issue_dialog.on_save = self._register_drafted
        self.issue_dialog.open()

    def _register_drafted(self, draft: IssueDraft) -> bool:
        """Register the form's issue (undoable); False: refused, the form stays open."""
        from gridapp.ui.work_forms import push_records, register_issue

        command = push_records(
            self.ctx, self.issue_dialog, self.tr("New issue “%1”").replace("%1", draft.title),
            lambda s, actor: [register_issue(s, draft, actor)], self.tr("Issue not registered"),
        )  # fmt: skip
        if command is None:
            return False
        self.issue_dialog = None
        self.state_box.setCurrentIndex(0)  # reloads when it changes the filter
        self.reload()
        made = command.first("issue")
        if made is not None:
            self.table.select_key(made)
        return True

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
