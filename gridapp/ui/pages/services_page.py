"""代办: proxy services (全程代办) — accept, materials, submit, progress, finish, return."""

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
from gridapp.domain import idcard
from gridapp.domain import issue_flow as flow
from gridapp.services import proxy, search
from gridapp.services import settings as app_settings
from gridapp.ui import dialogs_io
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import (
    WorkPage,
    date_edit,
    fill_grids,
    fill_workers,
    flow_layout,
    py_date,
    work_page,
)
from gridapp.ui.widgets.tables import RowTable

OPEN = "__open"
OVERDUE = "__overdue"


@work_page("services", order=40, icon="service")
class ServicesPage(WorkPage):
    """Errands run for residents."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.show_box = QComboBox()
        self.show_box.setObjectName("serviceShow")
        self.show_box.addItem(self.tr("Open"), OPEN)
        self.show_box.addItem(self.tr("Overdue"), OVERDUE)
        self.show_box.addItem(self.tr("All"), "")
        self.grid_box = QComboBox()
        self.grid_box.setObjectName("serviceGrid")
        for box in (self.show_box, self.grid_box):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.counts = QLabel()
        new_btn = QPushButton(self.tr("Accept an errand…"))
        new_btn.setObjectName("newService")
        new_btn.clicked.connect(self.new_request)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_box)
        top.addWidget(QLabel(self.tr("Grid")))
        top.addWidget(self.grid_box)
        top.addWidget(self.counts, 1)
        self.worker_box = QComboBox()
        self.worker_box.setObjectName("serviceWorker")
        top.addWidget(QLabel(self.tr("Accepted by")))
        top.addWidget(self.worker_box)
        top.addWidget(new_btn)

        self.table = RowTable("serviceTable")
        self.table.itemSelectionChanged.connect(self._show_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("serviceDetail")
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
        self.buttons, self.splitter = flow_layout(
            self,
            top=top,
            table=self.table,
            detail=self.detail,
            form=form,
            steps=(
                (flow.SV_MATERIALS, self.tr("Materials missing")),
                (flow.SV_SUBMIT, self.tr("Submitted")),
                (flow.SV_PROGRESS, self.tr("Record progress")),
                (flow.SV_FINISH, self.tr("Finished")),
                (flow.SV_RETURN, self.tr("Told the resident")),
                (flow.SV_CANCEL, self.tr("Cancel errand")),
            ),
            act=self.act,
            prefix="service",
            splitter_name="servicesSplitter",
        )
        self._update_buttons(None)

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
        self.table.set_rows(
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
            [r.id for r in rows],
            [r.overdue for r in rows],
        )
        self.counts.setText(
            self.tr("%1 errands, %2 overdue (red)")
            .replace("%1", str(len(rows)))
            .replace("%2", str(sum(1 for r in rows if r.overdue)))
        )
        self._show_current(session)

    def _show_current(self, session: Session | None = None) -> None:
        rid = self.table.current_key()
        row = getattr(self, "rows", {}).get(rid) if rid is not None else None
        if rid is None or row is None:
            self.detail.setHtml(
                "<p style='color:#777'>" + html.escape(self.tr("Choose an errand")) + "</p>"
            )
            self._update_buttons(None)
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
            parts.append(f"<p style='color:#c62828'><b>{e(self.tr('Overdue'))}</b></p>")
        parts.append(f"<h4>{e(self.tr('Steps'))}</h4><table cellpadding='2'>")
        for at, actor, action, _from, to, note in steps:
            label = flow.SERVICE_ACTION_LABELS.get(action, action)
            parts.append(
                f"<tr><td>{e(at.strftime('%Y-%m-%d %H:%M'))}</td><td>{e(actor)}</td>"
                f"<td>{e(label)}</td><td>{e(to)}</td><td>{e(note)}</td></tr>"
            )
        parts.append("</table>")
        self.detail.setHtml("".join(parts))
        self._update_buttons(row.state)

    def _update_buttons(self, state: str | None) -> None:
        for action, btn in self.buttons.items():
            btn.setEnabled(bool(state) and state in flow.SERVICE_TRANSITIONS.get(action, {}))

    def new_request(self) -> None:
        text = dialogs_io.ask_text(
            self, self.tr("Accept an errand"), self.tr("For whom? Name, pinyin initials or ID")
        )
        if not text or not text.strip():
            return
        with Session(self.ctx.engine) as session:
            hits = search.search(session, text, limit=30)
            errands = app_settings.get(session, "errands") or list(vocab.ERRANDS)
        if not hits:
            dialogs_io.warn(
                self, self.tr("Not found"), self.tr("Nobody matches: %1").replace("%1", text)
            )
            return
        pid = hits[0].person_id
        if len(hits) > 1:
            labels = [
                f"{h.name}  {h.household}  {h.address}  {idcard.mask(h.id_number)}" for h in hits
            ]
            chosen = dialogs_io.ask_item(self, self.tr("Accept an errand"), self.tr("Who?"), labels)
            if not chosen:
                return
            pid = hits[labels.index(chosen)].person_id
        errand = dialogs_io.ask_item(
            self, self.tr("Accept an errand"), self.tr("Errand"), [str(e) for e in errands]
        )
        if not errand:
            return
        worker = self.worker_box.currentText() if self.worker_box.currentData() else ""
        self.change(
            lambda s: proxy.register_request(
                s, person_id=pid, errand=errand, accepted_by=worker, actor=self.actor(s)
            ),
            self.tr("Not accepted"),
        )

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

    def save_state(self) -> dict[str, object]:
        return {"show": self.show_box.currentData(), "splitter": self.splitter.saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        show = state.get("show")
        if isinstance(show, str):
            index = self.show_box.findData(show)
            if index >= 0:
                self.show_box.blockSignals(True)
                self.show_box.setCurrentIndex(index)
                self.show_box.blockSignals(False)
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
