"""The new-errand dialog (forms/errand_new.ui): the household picked from the register, the
person among its members, the errand from the list, the date on a calendar, who accepts it.
When the person already has an open errand of the same kind it says so at once and offers to
open that one instead (``open_instead`` is then its id); OK asks before registering a second."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.services import household_glance, proxy
from gridapp.services.search import Hit
from gridapp.ui.checked_form import CheckedForm
from gridapp.ui.generated.ui_errand_new import Ui_NewErrandDialog
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.pickers import RecordPicker
from gridapp.ui.work_forms import (
    ErrandDraft,
    errand_kinds,
    fill_combo,
    py_date,
    set_date,
    worker_items,
)

if TYPE_CHECKING:
    from gridapp.ui.pages import AppContext


class NewErrandDialog(CheckedForm):
    """Accept an errand. ``household_id`` / ``person_id`` start the choice (``fixed``: the
    visit form's household); ``worker_id`` who accepts it."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        household_id: int | None = None,
        person_id: int | None = None,
        worker_id: int | None = None,
        description: str = "",
        fixed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed = fixed
        self.draft: ErrandDraft | None = None
        # registers the draft when OK is pressed; False (refused, shown) keeps the form open
        self.on_save: Callable[[ErrandDraft], bool] | None = None
        self.open_instead: int | None = None
        self._same: proxy.SameErrand | None = None
        self._wanted_person = person_id
        self.ui = Ui_NewErrandDialog()
        self.ui.setupUi(self)
        self.picker = RecordPicker(lambda: ctx.reader, households=True, parent=self)
        self.picker.setObjectName("errandHousehold")
        self.ui.householdLayout.addWidget(self.picker)
        with Session(ctx.reader) as session:
            kinds = errand_kinds(session)
            fill_combo(
                self.ui.errandKind, [(self.tr("— choose —"), None)] + [(k, k) for k in kinds]
            )
            none: list[tuple[str, object]] = [("—", None)]
            fill_combo(self.ui.errandWorker, none + worker_items(session), worker_id)
        set_date(self.ui.errandDate, dt.date.today())
        self.ui.errandDate.setMaximumDate(self.ui.errandDate.date())
        self.ui.errandDescription.setPlainText(description)
        self.ui.openExisting.setVisible(False)
        self.ui.sameErrand.setVisible(False)
        self.picker.picked.connect(self._on_picked)
        self.ui.errandPerson.currentIndexChanged.connect(lambda _i: self.check_same())
        self.ui.errandKind.currentIndexChanged.connect(lambda _i: self.check_same())
        self.ui.openExisting.clicked.connect(self._open_existing)
        mark_writes(self.ok_button())
        self.ui.buttonBox.accepted.connect(self.try_accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if household_id is not None:
            self.picker.set_household(household_id)
        else:
            self._on_picked(None)
        self.picker.setEnabled(not fixed)

    def ok_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        return button

    def _on_picked(self, hit: Hit | None) -> None:
        """The household's members on the register (moved-out and dead ones are not offered)."""
        items: list[tuple[str, object]] = [(self.tr("— choose —"), None)]
        hid = hit.household_id if hit is not None else None
        if hid is not None:
            glance = household_glance.household_glance(self.ctx.raw, hid, dt.date.today())
            for m in glance.members if glance else []:
                if m.status in (vocab.STATUS_ACTIVE, vocab.STATUS_AWAY):
                    items.append((f"{m.name}（{m.relation or '—'}）", m.id))
        fill_combo(self.ui.errandPerson, items, self._wanted_person)
        self.check_same()

    def person_id(self) -> int | None:
        data = self.ui.errandPerson.currentData()
        return int(data) if data is not None else None

    def check_same(self) -> proxy.SameErrand | None:
        """Warn at once when the person has an open errand of this kind."""
        pid, kind = self.person_id(), self.ui.errandKind.currentData()
        same = None
        if pid is not None and kind:
            with Session(self.ctx.reader) as session:
                same = proxy.open_same_errand(session, pid, str(kind))
        self._same = same
        self.ui.sameErrand.setVisible(same is not None)
        self.ui.openExisting.setVisible(same is not None and not self.fixed)
        if same is not None:
            self.ui.sameErrand.setText(
                self.tr("%1 already has an open errand of this kind: %2 (%3, since %4).")
                .replace("%1", self.ui.errandPerson.currentText().split("（")[0])
                .replace("%2", same.number)
                .replace("%3", same.state)
                .replace("%4", same.requested_on.isoformat())
            )
        return same

    def _open_existing(self) -> None:
        if self._same is not None:
            self.open_instead = self._same.id
            self.reject()

    def problems(self) -> list[str]:
        out: list[str] = []
        if self.picker.household_id() is None:
            out.append(self.tr("Pick the household from the list."))
        elif self.person_id() is None:
            out.append(self.tr("Choose the person the errand is for."))
        if not self.ui.errandKind.currentData():
            out.append(self.tr("Choose the errand."))
        return out

    def confirmation(self) -> str:
        """A second open errand of the same kind for the same person is asked about."""
        if self.check_same() is None:
            return ""
        return (
            str(self.ui.sameErrand.text()) + "\n\n" + self.tr("Register a second one all the same?")
        )

    def save(self) -> bool:
        pid = self.person_id()
        assert pid is not None
        self.draft = ErrandDraft(
            person_id=pid,
            person=self.ui.errandPerson.currentText().split("（")[0],
            errand=str(self.ui.errandKind.currentData()),
            requested_on=py_date(self.ui.errandDate),
            accepted_by=self.ui.errandWorker.currentText()
            if self.ui.errandWorker.currentData() is not None
            else "",
            materials_missing=self.ui.errandMissing.text().strip(),
            description=self.ui.errandDescription.toPlainText().strip(),
        )
        return self.on_save is None or self.on_save(self.draft)
