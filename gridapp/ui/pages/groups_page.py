"""人群: the special groups, their members with their own fields, enter / leave, needs."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget
from sqlalchemy.orm import Session

from gridapp.domain import idcard
from gridapp.services import choices, groups
from gridapp.services import settings as app_settings
from gridapp.ui import dialogs_io
from gridapp.ui.generated.ui_groups_page import Ui_GroupsPageForm
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import WorkPage, fill_grids, work_page
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.tables import RowTable

ADDRESS_WIDTH = 170

CODE_ROLE = Qt.ItemDataRole.UserRole


@work_page("groups", order=50, icon="group")
class GroupsPage(WorkPage):
    """Special groups (特殊人群)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_GroupsPageForm()
        ui.setupUi(self)
        self.group_list, self.grid_box, self.with_left = (
            ui.groupList,
            ui.groupGrid,
            ui.groupWithLeft,
        )
        self.tabs, self.needs, self.splitter = ui.groupTabs, ui.groupNeedsView, ui.groupsSplitter
        self.person_of: dict[int, int] = {}  # membership → person, of the rows shown
        self.group_form: QDialog | None = None  # the entry / leave form last opened
        self.group_list.currentRowChanged.connect(lambda _r: self._load_members())
        self.grid_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.with_left.toggled.connect(lambda _c: self._load_members())
        for button, slot in (
            (ui.groupEnter, self.enter_person),
            (ui.groupLeave, self.leave_selected),
            (ui.groupNeeds, self.edit_needs),
        ):
            button.clicked.connect(slot)
            mark_writes(button)
        self.members = RowTable("groupMembers")
        ui.membersLayout.addWidget(self.members)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1100])  # the list's lines are short: the table gets the room
        self.members.horizontalHeader().setStretchLastSection(True)  # 服务需求 takes what is left

    def title(self) -> str:
        return self.tr("Groups")

    def current_code(self) -> str | None:
        item = self.group_list.currentItem()
        return str(item.data(CODE_ROLE)) if item is not None else None

    def select_group(self, code: str) -> None:
        for r in range(self.group_list.count()):
            item = self.group_list.item(r)
            if item is not None and item.data(CODE_ROLE) == code:
                self.group_list.setCurrentRow(r)
                return

    def load(self, session: Session) -> None:
        fill_grids(self.grid_box, session, self.tr("All grids"))
        keep = self.current_code()
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for g in groups.group_counts(session, self.grid_box.currentData()):
            mark = " ★" if g.every_cycle else ""
            text = self.tr("%1%4\n%2 persons, %3 households")
            item = QListWidgetItem(
                text.replace("%1", g.name)
                .replace("%2", str(g.persons))
                .replace("%3", str(g.households))
                .replace("%4", mark)
            )
            item.setData(CODE_ROLE, g.code)
            self.group_list.addItem(item)
        if keep:
            self.select_group(keep)
        if self.group_list.currentRow() < 0 and self.group_list.count():
            self.group_list.setCurrentRow(0)
        self.group_list.blockSignals(False)
        self._load_members(session)

    def _load_members(self, session: Session | None = None) -> None:
        code = self.current_code()
        if code is None:
            return
        if session is None:
            with Session(self.ctx.engine) as s:
                self._load_members(s)
            return
        own = choices.group_fields(session, code)
        mask = bool(app_settings.get(session, "mask_ids"))
        rows = groups.group_members(
            session, code, self.grid_box.currentData(), include_left=self.with_left.isChecked()
        )
        headers = [
            self.tr("Name"),
            self.tr("Gender"),
            self.tr("ID number"),
            self.tr("Phone"),
            self.tr("Household no."),
            self.tr("Address"),
            self.tr("Joined"),
            self.tr("Left"),
            *own,
            self.tr("Needs"),
        ]
        self.person_of = {m.membership_id: m.person_id for m in rows}
        self.members.set_rows(
            headers,
            [
                [
                    m.name,
                    m.gender,
                    idcard.mask(m.id_number) if mask else m.id_number,
                    m.phone,
                    m.household,
                    m.address,
                    m.joined_on,
                    m.left_on,
                    *[m.fields.get(f, "") for f in own],
                    m.needs,
                ]
                for m in rows
            ],
            [m.membership_id for m in rows],
            [m.left_on is not None for m in rows],
        )
        self._fit_columns(headers.index(self.tr("Address")))
        gathered = groups.service_needs(session, code, self.grid_box.currentData())
        e = html.escape
        parts: list[str] = []
        for group_name, members in gathered.items():
            parts.append(f"<h4>{e(group_name)}</h4><ul>")
            for m in members:
                parts.append(f"<li><b>{e(m.name)}</b> {e(m.address)}：{e(m.needs)}</li>")
            parts.append("</ul>")
        none = self.tr("No service needs recorded")  # outside the f-string, where lupdate finds it
        self.needs.setHtml("".join(parts) or f"<p style='color:#777'>{e(none)}</p>")

    def _fit_columns(self, address: int) -> None:
        """At 1366x768 every column of the group's own (月保障金额 …) stays in view: the address
        is kept to a width (the cell's tooltip has it whole), the dates to their text."""
        table = self.members
        if table.columnWidth(address) > ADDRESS_WIDTH:
            table.setColumnWidth(address, ADDRESS_WIDTH)
        header = table.horizontalHeader()
        for c in range(table.columnCount()):  # headers (月保障金额) never cut
            need = header.sectionSizeFromContents(c).width()
            if table.columnWidth(c) < need and c != address:
                table.setColumnWidth(c, need)

    # ------------------------------------------------------------ actions

    def enter_person(self) -> None:
        """The group-entry form, on this page's group: the person picked, the group's own
        fields (低保证号, 月保障金额 …) asked."""
        code = self.current_code()
        if code is None:
            return
        from gridapp.ui.life_event_forms import done
        from gridapp.ui.life_event_forms_people import GroupDialog

        self.group_form = GroupDialog(self.ctx, None, leave=False, parent=self, chosen=code)
        done(self.group_form)

    def leave_selected(self) -> None:
        mid = self.members.current_key()
        if mid is None:
            dialogs_io.info(self, self.tr("Leave the group"), self.tr("Choose a member first."))
            return
        from gridapp.ui.life_event_forms import done
        from gridapp.ui.life_event_forms_people import GroupDialog

        person = self.person_of.get(mid)
        self.group_form = GroupDialog(self.ctx, person, leave=True, parent=self, chosen=mid)
        done(self.group_form)

    def edit_needs(self) -> None:
        mid = self.members.current_key()
        if mid is None:
            dialogs_io.info(self, self.tr("Service needs"), self.tr("Choose a member first."))
            return
        row = self.members.currentRow()
        needs = dialogs_io.ask_text(
            self,
            self.tr("Service needs"),
            self.tr("What does this person need?"),
            self.members.text(row, self.members.columnCount() - 1),
        )
        if needs is None:
            return
        self.change(lambda s: groups.set_needs(s, mid, needs), self.tr("Not saved"))

    # ------------------------------------------------------------ state

    def save_state(self) -> dict[str, object]:
        return {"group": self.current_code() or "", "splitter": self.splitter.saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        self._wanted = state.get("group")
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def activated(self) -> None:
        super().activated()
        wanted = getattr(self, "_wanted", None)
        if isinstance(wanted, str) and wanted and wanted != self.current_code():
            self.select_group(wanted)
            self._wanted = None
