"""代办: proxy services (全程代办) — accept, materials, submit, progress, finish, return."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from gridapp.ui.work_forms import ErrandDraft
    from gridapp.ui.work_forms_errand import NewErrandDialog

from gridapp.domain import issue_flow as flow
from gridapp.services import proxy
from gridapp.ui.generated.ui_services_page import Ui_ServicesPageForm
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.step_dialogs import (
    MaterialsDialog,
    StepDialog,
    StepStart,
    StepValues,
    errand_kinds,
    record_html,
)
from gridapp.ui.pages.support import fill_grids, fill_workers, work_page
from gridapp.ui.pages.workflow_page import (
    OPEN,
    OVERDUE,
    WorkflowPage,
    overdue_html,
    steps_html,
)
from gridapp.ui.readonly import mark_writes

ACTIONS = (
    flow.SV_MATERIALS, flow.SV_SUBMIT, flow.SV_PROGRESS, flow.SV_FINISH, flow.SV_RETURN,
    flow.SV_CANCEL,
)  # fmt: skip


@work_page("services", order=40, icon="service")
class ServicesPage(WorkflowPage):
    """Errands run for residents."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ServicesPageForm()
        self.ui.setupUi(self)
        self.rows: dict[int, proxy.RequestRow] = {}
        self.step_form: StepDialog | None = None
        self.materials_form: MaterialsDialog | None = None
        self.errand_dialog: NewErrandDialog | None = None
        self.worker_box = self.ui.serviceWorker  # who accepts a new errand
        box = self.ui.serviceShow
        box.addItem(self.tr("Not finished"), OPEN)
        box.addItem(self.tr("Overdue"), OVERDUE)
        box.addItem(self.tr("All"), "")
        # the choices first: filling them is no change of the filter (no reload)
        # each step asks what it needs in its own form (step_dialogs)
        self._adopt(self.ui, "service", ACTIONS, "serviceTable")
        self.ui.newService.clicked.connect(self.new_request)
        mark_writes(self.ui.newService)

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
            stretch=2,  # the errand takes the room; the dates and codes fit their text
        )
        self._show_current(session)

    def _show_current(self, session: Session | None = None) -> None:
        rid = self.table.current_key()
        row = self.rows.get(rid) if rid is not None else None
        if rid is None or row is None:
            self._show_nothing(self.tr("Choose an errand"))
            return
        if not isinstance(session, Session):
            with Session(self.ctx.reader) as s:
                self._show_current(s)
            return
        steps = proxy.request_steps(session, rid)
        e = html.escape
        parts = [
            f"<h3 style='margin:0'>{e(row.errand)}</h3>",
            f"<p>{e(row.number)} · {e(row.person)} · {e(row.household)} · <b>{e(row.state)}</b></p>",
        ]
        parts += self._materials_html(row)
        if row.office:
            office, by = self.tr("Office"), self.tr("Promised by")
            promised = row.promised_on.isoformat() if row.promised_on else "—"
            parts.append(f"<p>{e(office)}: {e(row.office)} · {e(by)}: {e(promised)}</p>")
        if row.result:
            result = self.tr("Result")
            parts.append(f"<p>{e(result)}: {e(row.result)}</p>")
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

    def _materials_html(self, row: proxy.RequestRow) -> list[str]:
        """The missing materials, one each, and how to record them received."""
        missing = proxy.missing_list(row.materials_missing)
        if not missing:
            return []
        e = html.escape
        heading = self.tr("Materials still missing")
        hint = self.tr("When they are handed in, tick them with “Materials received…”.")
        items = "".join(f"<li>{e(m)}</li>" for m in missing)
        return [
            f"<p style='color:#c62828'><b>{e(heading)}</b></p><ul>{items}</ul>",
            f"<p style='color:#777'>{e(hint)}</p>",
        ]

    def _update_buttons(self, state: str | None) -> None:
        rid = self.table.current_key()
        row = self.rows.get(rid) if rid is not None else None
        missing = bool(row and row.materials_missing)
        for action, btn in self.buttons.items():
            btn.setEnabled(bool(state) and state in flow.SERVICE_TRANSITIONS.get(action, {}))
        submit = self.buttons[flow.SV_SUBMIT]
        if missing and submit.isEnabled():  # 材料未齐: the materials first, the way is shown
            submit.setEnabled(False)
            submit.setToolTip(self.tr("Materials are missing: record them received first."))
        else:
            submit.setToolTip("")

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
        """Open the step's form (``step_form``, or ``materials_form`` for the materials); the
        step is written when it is accepted."""
        rid = self.table.current_key()
        row = self.rows.get(rid) if rid is not None else None
        if rid is None or row is None:
            return
        today = dt.date.today()
        record = record_html(row.number, f"{row.errand} · {row.person}", row.state)
        if action == flow.SV_MATERIALS:
            self.materials_form = MaterialsDialog(
                self,
                record,
                proxy.missing_list(row.materials_missing),
                today,
                lambda got, more, on: self._write_materials(rid, got, more, on),
            )
            self.materials_form.open()
            return
        offices = sorted({r.office for r in self.rows.values() if r.office})
        self.step_form = StepDialog(
            self,
            errand_kinds()[action],
            record,
            StepStart(today=today, choices=offices, to=row.office),
            lambda values: self._write_step(action, rid, values),
        )
        self.step_form.open()

    def _write_materials(self, rid: int, got: list[str], more: str, on: dt.date) -> bool:
        def work(s: Session) -> object:
            return proxy.receive_materials(s, rid, got, more, actor=self.actor(s), on=on)

        return self._done(self.change(work, self.tr("Not done")), rid)

    def _write_step(self, action: str, rid: int, v: StepValues) -> bool:
        """The step through the errand services (one transaction, its step logged by the
        tracker); a refusal is shown and the form stays open."""

        def work(s: Session) -> object:
            who = self.actor(s)
            if action == flow.SV_SUBMIT:
                return proxy.submit(s, rid, v.to, v.due, actor=who, on=v.on)
            if action == flow.SV_PROGRESS:
                return proxy.record_progress(s, rid, v.note, actor=who, on=v.on)
            if action == flow.SV_FINISH:
                return proxy.finish(s, rid, v.note, actor=who, on=v.on)
            if action == flow.SV_RETURN:
                return proxy.return_to_resident(s, rid, v.satisfaction, v.note, actor=who, on=v.on)
            return proxy.cancel(s, rid, v.note, actor=who, on=v.on)

        return self._done(self.change(work, self.tr("Not done")), rid)

    def _done(self, ok: bool, rid: int) -> bool:
        if ok:
            self.keep_chosen(rid)  # the page was reloaded by the change
        return ok
