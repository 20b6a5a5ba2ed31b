"""代办: proxy services (全程代办) — accept, materials, submit, progress, finish, return."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from gridapp.ui.work_forms import ErrandDraft
    from gridapp.ui.work_forms_errand import NewErrandDialog

from gridapp.domain import issue_flow as flow
from gridapp.services import proxy
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import (
    action_button,
    date_edit,
    fill_grids,
    fill_workers,
    py_date,
    work_page,
)
from gridapp.ui.pages.workflow_page import (
    OPEN,
    OVERDUE,
    WorkflowPage,
    overdue_html,
    steps_html,
)


@work_page("services", order=40, icon="service")
class ServicesPage(WorkflowPage):
    """Errands run for residents."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.errand_dialog: NewErrandDialog | None = None
        top = self._build_top()
        self._build_list("serviceTable", "serviceDetail")
        self._build_flow(
            top,
            self._build_form(),
            (
                (flow.SV_MATERIALS, self.tr("Materials missing")),
                (flow.SV_SUBMIT, self.tr("Submitted")),
                (flow.SV_PROGRESS, self.tr("Record progress")),
                (flow.SV_FINISH, self.tr("Finished")),
                (flow.SV_RETURN, self.tr("Told the resident")),
                (flow.SV_CANCEL, self.tr("Cancel errand")),
            ),
            "service",
            "servicesSplitter",
        )

    def _build_top(self) -> QHBoxLayout:
        """Which errands (open, overdue, all) of which grid; who accepts a new one."""
        show_box = QComboBox()
        show_box.setObjectName("serviceShow")
        show_box.addItem(self.tr("Open"), OPEN)
        show_box.addItem(self.tr("Overdue"), OVERDUE)
        show_box.addItem(self.tr("All"), "")
        top = self._build_filters(show_box, "serviceGrid", self.tr("Show"), self.tr("Grid"))
        self.worker_box = QComboBox()
        self.worker_box.setObjectName("serviceWorker")
        top.addWidget(QLabel(self.tr("Accepted by")))
        top.addWidget(self.worker_box)
        top.addWidget(action_button(self.tr("Accept an errand…"), "newService", self.new_request))
        return top

    def _build_form(self) -> QFormLayout:
        """What the next step needs: a note, the office, the promised date."""
        self.note = QLineEdit()
        self.note.setObjectName("serviceNote")
        self.note.setPlaceholderText(self.tr("Missing materials, progress, result or reason"))
        self.office = QLineEdit()
        self.office.setObjectName("serviceOffice")
        self.promised = date_edit("servicePromised", dt.date.today() + dt.timedelta(days=7))
        self.satisfied = QCheckBox(self.tr("Resident satisfied"))
        self.satisfied.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Office"), self.office)
        form.addRow(self.tr("Promised by"), self.promised)
        form.addRow("", self.satisfied)
        return form

    def title(self) -> str:
        return self.tr("Services")

    def load(self, session: Session) -> None:
        fill_grids(self.grid_box, session, self.tr("All grids"))
        fill_workers(self.worker_box, session, "—")
        choice = self.show_box.currentData()
        rows = proxy.list_requests(
            session,
            open_only=choice == OPEN,
            overdue_only=choice == OVERDUE,
            grid_id=self.grid_box.currentData(),
        )
        self.rows = {r.id: r for r in rows}
        self._fill_table(
            [
                self.tr("No."),
                self.tr("Accepted"),
                self.tr("Errand"),
                self.tr("Person"),
                self.tr("Household no."),
                self.tr("Grid"),
                self.tr("State"),
                self.tr("Office"),
                self.tr("Promised by"),
            ],
            rows,
            [
                [
                    r.number,
                    r.requested_on,
                    r.errand,
                    r.person,
                    r.household,
                    r.grid,
                    r.state,
                    r.office,
                    r.promised_on,
                ]
                for r in rows
            ],
            self.tr("%1 errands, %2 overdue (red)"),
        )
        self._show_current(session)

    def _show_current(self, session: Session | None = None) -> None:
        rid = self.table.current_key()
        row = getattr(self, "rows", {}).get(rid) if rid is not None else None
        if rid is None or row is None:
            self._show_nothing(self.tr("Choose an errand"))
            return
        if not isinstance(session, Session):
            with Session(self.ctx.engine) as s:
                self._show_current(s)
            return
        steps = proxy.request_steps(session, rid)
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(row.errand)}</h3>",
            f"<p>{e(row.number)} · {e(row.person)} · {e(row.household)} · <b>{e(row.state)}</b></p>",
        ]
        if row.materials_missing:
            parts.append(f"<p>{e(self.tr('Materials missing'))}: {e(row.materials_missing)}</p>")
        if row.overdue:
            parts.append(overdue_html(self.tr("Overdue")))
        labels = flow.SERVICE_ACTION_LABELS
        heading = self.tr("Steps")  # outside the f-string, where lupdate finds it
        parts.append(f"<h4>{e(heading)}</h4>")
        parts.append(
            steps_html(
                (
                    (at, actor, labels.get(action, action), to, note)
                    for at, actor, action, _from, to, note in steps
                ),
            )
        )
        self.detail.setHtml("".join(parts))
        self._update_buttons(row.state)

    def _update_buttons(self, state: str | None) -> None:
        for action, btn in self.buttons.items():
            btn.setEnabled(bool(state) and state in flow.SERVICE_TRANSITIONS.get(action, {}))

    def new_request(self) -> None:
        """The new-errand form (window-modal); registered on OK, undoable. When the person has
        an open errand of that kind, the form may open that one instead."""
        from gridapp.ui.work_forms_errand import NewErrandDialog

        self.errand_dialog = NewErrandDialog(
            self.ctx, self, worker_id=self.worker_box.currentData()
        )
        self.errand_dialog.on_save = self._register_drafted
        self.errand_dialog.rejected.connect(self._open_instead)
        self.errand_dialog.open()

    def _open_instead(self) -> None:
        rid = self.errand_dialog.open_instead if self.errand_dialog is not None else None
        if rid is None:
            return
        self.show_box.setCurrentIndex(0)  # open errands
        self.reload()
        self.table.select_key(rid)

    def _register_drafted(self, draft: ErrandDraft) -> bool:
        """Register the form's errand (undoable); False: refused, the form stays open."""
        from gridapp.ui.work_forms import push_records, register_errand

        text = self.tr("New errand %1 for %2").replace("%1", draft.errand)
        command = push_records(
            self.ctx, self.errand_dialog, text.replace("%2", draft.person),
            lambda s, actor: [register_errand(s, draft, actor)], self.tr("Not accepted"),
        )  # fmt: skip
        if command is None:
            return False
        self.errand_dialog = None
        self.show_box.setCurrentIndex(0)
        self.reload()
        made = command.first("errand")
        if made is not None:
            self.table.select_key(made)
        return True

    def act(self, action: str) -> None:
        rid = self.table.current_key()
        if rid is None:
            return
        note = self.note.text().strip()
        office = self.office.text().strip()
        promised = py_date(self.promised)
        satisfied = self.satisfied.isChecked()

        def work(s: Session) -> object:
            who = self.actor(s)
            if action == flow.SV_MATERIALS:
                return proxy.note_materials(s, rid, note, actor=who)
            if action == flow.SV_SUBMIT:
                return proxy.submit(s, rid, office, promised, actor=who)
            if action == flow.SV_PROGRESS:
                return proxy.record_progress(s, rid, note, actor=who)
            if action == flow.SV_FINISH:
                return proxy.finish(s, rid, note, actor=who)
            if action == flow.SV_RETURN:
                return proxy.return_to_resident(s, rid, satisfied, note, actor=who)
            return proxy.cancel(s, rid, note, actor=who)

        if self.change(work, self.tr("Not done")):
            self.note.clear()  # the page was reloaded by the change
            self.table.select_key(rid)
