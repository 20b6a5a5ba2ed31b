"""问题: the issues by state; register, solve, escalate, progress, finish, return visit, close."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from gridapp.ui.work_forms import IssueDraft
    from gridapp.ui.work_forms_issue import NewIssueDialog

from gridapp.db import vocab
from gridapp.domain import issue_flow as flow
from gridapp.services import issues
from gridapp.services import settings as app_settings
from gridapp.ui.generated.ui_issues_page import Ui_IssuesPageForm
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.step_dialogs import (
    StepDialog,
    StepStart,
    StepValues,
    issue_kinds,
    record_html,
)
from gridapp.ui.pages.support import fill_grids, work_page
from gridapp.ui.pages.workflow_page import (
    OPEN,
    OVERDUE,
    WorkflowPage,
    overdue_html,
    steps_html,
)
from gridapp.ui.readonly import mark_writes

ACTIONS = (flow.SOLVE, flow.ESCALATE, flow.ASSIGN, flow.PROGRESS, flow.FINISH, "return", flow.CLOSE)


@work_page("issues", order=30, icon="issue")
class IssuesPage(WorkflowPage):
    """Problem feedback (问题反馈) and its steps."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_IssuesPageForm()
        self.ui.setupUi(self)
        self.stations: list[str] = list(vocab.STATIONS)
        self.default_days = 7
        self.step_form: StepDialog | None = None
        self.issue_dialog: NewIssueDialog | None = None
        box = self.ui.issueState
        box.addItem(self.tr("Not finished"), OPEN)  # 未办结: the work is not done yet
        box.addItem(self.tr("Overdue"), OVERDUE)
        box.addItem(self.tr("All states"), "")
        for s in vocab.ISSUE_STATES:
            box.addItem(s, s)
        # the choices first: filling them is no change of the filter (no reload)
        # each step asks what it needs in its own form (step_dialogs)
        self._adopt(self.ui, "issue", ACTIONS, "issueTable")
        self.ui.newIssue.clicked.connect(self.new_issue)
        mark_writes(self.ui.newIssue)

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
        self.stations = [str(s) for s in (stations or vocab.STATIONS)]
        days = app_settings.get(session, "issue_default_days")
        self.default_days = days if isinstance(days, int) and days > 0 else 7
        choice = self.state_box.currentData()
        rows = issues.list_issues(
            session,
            pending_only=choice == OPEN,
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
            stretch=2,  # the title takes the room; the dates and codes fit their text
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
            with Session(self.ctx.reader) as s:
                self._show_current(s, iid)
            return
        row = issues.get_issue(session, iid)
        steps = issues.issue_steps(session, iid)
        e = html.escape
        # the words outside the f-strings, where lupdate finds them
        reported, station, deadline = self.tr("Reported"), self.tr("Station"), self.tr("Deadline")
        parts = [
            f"<h3 style='margin:0'>{e(row.title)}</h3>",
            f"<p>{e(row.number)} · {e(row.category)} · {e(row.urgency)} · "
            f"<b>{e(row.state)}</b></p>",
            f"<p>{e(reported)}: {e(str(row.reported_on))} {e(row.reported_by)}"
            f" · {e(row.household)} {e(row.place)}</p>",
        ]
        if row.station:
            parts.append(
                f"<p>{e(station)}: {e(row.station)} {e(row.handler)}"
                f" · {e(deadline)}: {e(str(row.due or ''))}</p>"
            )
        if row.overdue:
            parts.append(overdue_html(self.tr("Overdue")))
        if row.result:  # reopened (不满意): the result stands as the earlier one, not as done
            reopened = row.state in flow.PENDING_STATES
            result = self.tr("Earlier result (reopened)") if reopened else self.tr("Result")
            parts.append(f"<p>{e(result)}: {e(row.result)}</p>")
        answer = issues.return_answer(steps)
        if answer:
            said = self.tr("Return visit")
            parts.append(f"<p>{e(said)}: <b>{e(answer)}</b></p>")
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
        """Open the step's form (``step_form``); the step is written when it is accepted."""
        iid = self.current_issue()
        if iid is None:
            return
        with Session(self.ctx.reader) as session:
            row = issues.get_issue(session, iid)
        start = StepStart(
            today=dt.date.today(),
            choices=self.stations,
            to=row.station if action == flow.ASSIGN else "",
            handler=row.handler if action == flow.ASSIGN else "",
            days=self._days_left(row.due) if action == flow.ASSIGN else self.default_days,
        )
        self.step_form = StepDialog(
            self,
            issue_kinds()[action],
            record_html(row.number, row.title, row.state),
            start,
            lambda values: self._write_step(action, iid, values),
        )
        self.step_form.open()

    def _days_left(self, due: dt.date | None) -> int:
        return max(0, (due - dt.date.today()).days) if due else self.default_days

    def _write_step(self, action: str, iid: int, v: StepValues) -> bool:
        """The step through the issue services (one transaction, its step logged by the
        tracker); a refusal is shown and the form stays open."""

        def work(s: Session) -> object:
            who = self.actor(s)
            if action == flow.SOLVE:
                return issues.solve_on_spot(s, iid, v.note, actor=who, on=v.on)
            if action in (flow.ESCALATE, flow.ASSIGN):
                step = issues.escalate if action == flow.ESCALATE else issues.assign
                return step(s, iid, v.to, v.handler, v.due, note=v.note, actor=who, on=v.on)
            if action == flow.PROGRESS:
                return issues.record_progress(s, iid, v.note, actor=who, on=v.on)
            if action == flow.FINISH:
                return issues.finish(s, iid, v.note, actor=who, on=v.on)
            if action == "return":
                return issues.return_visit(s, iid, v.satisfaction, v.note, actor=who, on=v.on)
            return issues.close(s, iid, v.note, actor=who, on=v.on)

        if not self.change(work, self.tr("Not done")):
            return False
        self.keep_chosen(iid)  # the page was reloaded by the change
        return True
