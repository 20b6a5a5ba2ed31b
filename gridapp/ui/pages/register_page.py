"""The register page: navigation tree, filters, search as you type, the table, the detail pane."""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    Building,
    ChangeLog,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    Issue,
    Person,
    Room,
    ServiceRequest,
    Unit,
)
from gridapp.domain import idcard
from gridapp.services.search import household_uuid_from_qr
from gridapp.ui.pages import AppContext, Page, register_page
from gridapp.ui.register_model import HOUSEHOLDS, PERSONS, RegisterFilter, RegisterModel

NODE_ROLE = Qt.ItemDataRole.UserRole


class NavTree(QTreeWidget):
    """街道 > 社区 > 网格 > 小区 > 楼栋 > 单元, each with its household count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)

    def load(self, session: Session) -> None:
        self.clear()
        live = (Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE)
        per_grid: dict[int | None, int] = defaultdict(int)
        for gid, n in session.execute(
            select(Household.grid_id, func.count()).where(*live).group_by(Household.grid_id)
        ):
            per_grid[gid] = n
        per_unit: dict[tuple[int | None, int], int] = defaultdict(int)
        for gid, uid, n in session.execute(
            select(Household.grid_id, Room.unit_id, func.count())
            .join(Room, Household.room_id == Room.id)
            .where(*live)
            .group_by(Household.grid_id, Room.unit_id)
        ):
            per_unit[(gid, uid)] = n
        units = {
            u.id: (u.name, u.building_id)
            for u in session.execute(select(Unit.id, Unit.name, Unit.building_id))
        }
        buildings = {
            b.id: (b.name, b.compound_id, b.sort_order)
            for b in session.execute(
                select(Building.id, Building.name, Building.compound_id, Building.sort_order)
            )
        }
        compounds = {r[0]: r[1] for r in session.execute(select(Compound.id, Compound.name))}
        areas = session.execute(
            select(Area.id, Area.parent_id, Area.name, Area.level, Area.sort_order)
            .where(Area.deleted_at.is_(None))
            .order_by(Area.sort_order, Area.id)
        ).all()
        children: dict[int | None, list[Any]] = defaultdict(list)
        for a in areas:
            children[a.parent_id].append(a)

        # grid -> compound -> building -> unit -> count
        tree: dict[int | None, dict[Any, dict[Any, dict[Any, int]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(dict))
        )
        for (gid, uid), n in per_unit.items():
            _unit_name, bid = units.get(uid, ("", None))
            _b_name, cid, _order = buildings.get(bid, ("", None, 0)) if bid else ("", None, 0)
            tree[gid][cid][bid][uid] = n

        def subtotal(area_id: int) -> int:
            return per_grid.get(area_id, 0) + sum(subtotal(c.id) for c in children[area_id])

        def add_area(parent: QTreeWidgetItem | None, a: Any) -> None:
            item = QTreeWidgetItem([f"{a.name}  ({subtotal(a.id)})"])
            item.setData(0, NODE_ROLE, ("area", a.id))
            if parent is None:
                self.addTopLevelItem(item)
            else:
                parent.addChild(item)
            for child in children[a.id]:
                add_area(item, child)
            for cid, blds in sorted(
                tree.get(a.id, {}).items(), key=lambda kv: compounds.get(kv[0], "") or ""
            ):
                c_total = sum(sum(us.values()) for us in blds.values())
                c_item = QTreeWidgetItem([f"{compounds.get(cid, '—')}  ({c_total})"])
                c_item.setData(0, NODE_ROLE, ("compound", cid, a.id))
                item.addChild(c_item)
                for bid, us in sorted(
                    blds.items(), key=lambda kv: buildings.get(kv[0], ("", 0, 0))[2]
                ):
                    b_item = QTreeWidgetItem(
                        [f"{buildings.get(bid, ('—',))[0]}  ({sum(us.values())})"]
                    )
                    b_item.setData(0, NODE_ROLE, ("building", bid, a.id))
                    c_item.addChild(b_item)
                    if len(us) > 1 or any(units.get(u, ("",))[0] for u in us):
                        for uid, n in sorted(us.items(), key=lambda kv: units.get(kv[0], ("",))[0]):
                            u_item = QTreeWidgetItem([f"{units.get(uid, ('—',))[0] or '—'}  ({n})"])
                            u_item.setData(0, NODE_ROLE, ("unit", uid, a.id))
                            b_item.addChild(u_item)

        total = sum(per_grid.values())
        root = QTreeWidgetItem([self.tr("Whole register") + f"  ({total})"])
        root.setData(0, NODE_ROLE, ("all",))
        self.addTopLevelItem(root)
        for a in children[None]:
            add_area(root, a)
        root.setExpanded(True)
        for i in range(root.childCount()):
            street = root.child(i)
            if street is None:
                continue
            street.setExpanded(True)
            for j in range(street.childCount()):
                community = street.child(j)
                if community is not None:
                    community.setExpanded(True)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


@register_page("register", order=0)
class RegisterPage(Page):
    """Households and persons of the register."""

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RegisterModel(ctx.reader, self)
        self._area_children: dict[int, list[int]] = {}

        self.nav = NavTree()
        self.nav.itemSelectionChanged.connect(self.apply_filter)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, pinyin initials, ID number, phone, address, or scan a form")
        )
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)

        self.mode_box = QComboBox()
        self.mode_box.setObjectName("modeBox")
        self.mode_box.addItem(self.tr("Households"), HOUSEHOLDS)
        self.mode_box.addItem(self.tr("Persons"), PERSONS)
        self.mode_box.currentIndexChanged.connect(self.apply_filter)
        self.group_box = QComboBox()
        self.group_box.setObjectName("groupBox")
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("All categories"), "")
        for c in vocab.PERSON_CATEGORIES:
            self.category_box.addItem(c, c)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("All statuses"), "")
        for code, label in (
            (vocab.STATUS_ACTIVE, self.tr("Resident")),
            (vocab.STATUS_AWAY, self.tr("Away")),
            (vocab.STATUS_MOVED_OUT, self.tr("Moved out")),
            (vocab.STATUS_DECEASED, self.tr("Deceased")),
        ):
            self.status_box.addItem(label, code)
        self.age_min = QSpinBox()
        self.age_max = QSpinBox()
        for box in (self.age_min, self.age_max):
            box.setRange(-1, 130)
            box.setSpecialValueText(self.tr("any"))
            box.setValue(-1)
            box.setFixedWidth(64)
        self.archived_box = QCheckBox(self.tr("Show archived"))
        self.archived_box.setObjectName("showArchived")
        for w in (self.group_box, self.category_box, self.status_box):
            w.currentIndexChanged.connect(self.apply_filter)
        for s in (self.age_min, self.age_max):
            s.valueChanged.connect(self.apply_filter)
        self.archived_box.toggled.connect(self.apply_filter)

        self.view = QTableView()
        self.view.setObjectName("registerView")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # register order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.detail = QTextBrowser()
        self.detail.setObjectName("detailPane")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.setMinimumWidth(260)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.mode_box)
        top.addWidget(self.archived_box)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Filter:")))
        filters.addWidget(self.group_box)
        filters.addWidget(self.category_box)
        filters.addWidget(self.status_box)
        filters.addWidget(QLabel(self.tr("Age")))
        filters.addWidget(self.age_min)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.age_max)
        filters.addStretch(1)
        centre = QWidget()
        c_layout = QVBoxLayout(centre)
        c_layout.setContentsMargins(0, 0, 0, 0)
        c_layout.addLayout(top)
        c_layout.addLayout(filters)
        c_layout.addWidget(self.view, 1)
        c_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("registerSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([200, 760, 340])
        self.splitter.setCollapsible(1, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.load_lookups()
        self.apply_filter()

    def title(self) -> str:
        return self.tr("Register")

    # ------------------------------------------------------------ data

    def load_lookups(self) -> None:
        with Session(self.ctx.reader) as session:
            self.nav.load(session)
            groups = session.execute(
                select(GroupKind.code, GroupKind.name)
                .where(GroupKind.active.is_(True), GroupKind.deleted_at.is_(None))
                .order_by(GroupKind.sort_order, GroupKind.id)
            ).all()
            self._area_children = defaultdict(list)
            for aid, parent in session.execute(select(Area.id, Area.parent_id)):
                if parent is not None:
                    self._area_children[parent].append(aid)
        current = self.group_box.currentData()
        self.group_box.blockSignals(True)
        self.group_box.clear()
        self.group_box.addItem(self.tr("All groups"), "")
        for code, name in groups:
            self.group_box.addItem(name, code)
        self.group_box.setCurrentIndex(max(0, self.group_box.findData(current)))
        self.group_box.blockSignals(False)

    def _descendants(self, area_id: int) -> frozenset[int]:
        out = {area_id}
        stack = [area_id]
        while stack:
            for child in self._area_children.get(stack.pop(), []):
                out.add(child)
                stack.append(child)
        return frozenset(out)

    def current_filter(self) -> RegisterFilter:
        flt = RegisterFilter(
            mode=self.mode_box.currentData() or HOUSEHOLDS,
            text=self.search_edit.text(),
            group_code=self.group_box.currentData() or "",
            category=self.category_box.currentData() or "",
            status=self.status_box.currentData() or "",
            age_min=self.age_min.value() if self.age_min.value() >= 0 else None,
            age_max=self.age_max.value() if self.age_max.value() >= 0 else None,
            show_archived=self.archived_box.isChecked(),
        )
        items = self.nav.selectedItems()
        node = items[0].data(0, NODE_ROLE) if items else None
        if node and node[0] != "all":
            kind = node[0]
            grid_id = node[-1] if kind != "area" else node[1]
            flt.area_ids = self._descendants(grid_id)
            if kind == "compound":
                flt.compound_id = node[1]
            elif kind == "building":
                flt.building_id = node[1]
            elif kind == "unit":
                flt.unit_id = node[1]
        return flt

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        keep = self.current_id() if flt.mode == self.model.mode else None
        mode_changed = flt.mode != self.model.mode or not self._widths_set
        self.model.set_filter(flt)
        if mode_changed:
            self._set_widths()
        self._update_count()
        qr = household_uuid_from_qr(flt.text) if flt.text else None
        if qr is not None and self.model.rowCount():
            self.select_row(0)  # a scanned form: jump to that household
        elif keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.select_row(row)
        elif self.model.rowCount():
            self.select_row(0)
        else:
            self.show_detail()

    _widths_set = False

    def _set_widths(self) -> None:
        self._widths_set = True
        if self.model.mode == PERSONS:
            widths = [72, 44, 44, 150, 80, 108, 76, 86, 240, 120, 60]
        else:
            widths = [86, 220, 64, 44, 48, 130, 56]
        for col, width in enumerate(widths):
            self.view.setColumnWidth(col, width)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.mode == PERSONS:
            self.count_label.setText(self.tr("%n person(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n household(s)", "", n))

    def refresh(self) -> None:
        self.model.invalidate()
        self.load_lookups()
        keep = self.current_id()
        self.model.reload()
        self._update_count()
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.select_row(row)
        else:
            self.show_detail()

    def refresh_rows(self) -> None:
        """After an edit: repaint rows and the detail pane without losing the place."""
        self.model.refresh_rows()
        self.show_detail()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        self.show_detail()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_household_id(self) -> int | None:
        cid = self.current_id()
        if cid is None or self.model.mode == HOUSEHOLDS:
            return cid
        with Session(self.ctx.reader) as session:
            return session.scalar(select(Person.household_id).where(Person.id == cid))

    def current_person_id(self) -> int | None:
        return self.current_id() if self.model.mode == PERSONS else None

    def show_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(mode)))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_detail()
        self.selection_changed.emit()

    def _on_link(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("person:"):
            pid = int(text.split(":", 1)[1])
            self.show_mode(PERSONS)
            row = self.model.row_of(pid)
            if row < 0:
                self.archived_box.setChecked(True)
                row = self.model.row_of(pid)
            if row >= 0:
                self.select_row(row)

    # ------------------------------------------------------------ detail pane

    def show_detail(self) -> None:
        hid = self.current_household_id()
        if hid is None:
            hint = self.tr("Select a household or a person.")
            self.detail.setHtml(f"<p style='color:#777'>{_e(hint)}</p>")
            return
        self.detail.setHtml(self.household_html(hid, self.current_person_id()))

    def household_html(self, hid: int, pid: int | None) -> str:
        today = dt.date.today()
        label = {
            "Household no.": _e(self.tr("Household no.")),
            "Archived": _e(self.tr("Archived")),
            "Hazards": _e(self.tr("Hazards")),
            "Members": _e(self.tr("Members")),
            "Last visit": _e(self.tr("Last visit")),
            "Never visited": _e(self.tr("Never visited")),
            "Open issues": _e(self.tr("Open issues")),
            "Open proxy services": _e(self.tr("Open proxy services")),
            "Recent changes": _e(self.tr("Recent changes")),
            "No changes recorded": _e(self.tr("No changes recorded")),
        }
        with Session(self.ctx.reader) as session:
            h = session.get(Household, hid)
            if h is None:
                return ""
            grid = session.get(Area, h.grid_id) if h.grid_id else None
            members = session.scalars(
                select(Person)
                .where(Person.household_id == hid, Person.deleted_at.is_(None))
                .order_by(Person.sort_order, Person.id)
            ).all()
            ids = [m.id for m in members]
            groups = session.execute(
                select(GroupMembership.person_id, GroupKind.name)
                .join(GroupKind, GroupMembership.group_id == GroupKind.id)
                .where(
                    GroupMembership.person_id.in_(ids),
                    GroupMembership.left_on.is_(None),
                    GroupMembership.deleted_at.is_(None),
                )
            ).all()
            from gridapp.services.visits import last_visits

            last = last_visits(session, [hid]).get(hid)
            issues = session.execute(
                select(Issue.title, Issue.state, Issue.due_on)
                .where(Issue.household_id == hid, Issue.state.in_(vocab.ISSUE_OPEN_STATES))
                .order_by(Issue.id)
            ).all()
            services = session.execute(
                select(ServiceRequest.errand, ServiceRequest.state)
                .where(
                    ServiceRequest.household_id == hid,
                    ServiceRequest.state.in_(vocab.SERVICE_OPEN_STATES),
                )
                .order_by(ServiceRequest.id)
            ).all()
            history = session.execute(
                select(
                    ChangeLog.at, ChangeLog.actor, ChangeLog.field, ChangeLog.action, ChangeLog.new
                )
                .where(
                    ((ChangeLog.entity == "household") & (ChangeLog.entity_id == hid))
                    | ((ChangeLog.entity == "person") & ChangeLog.entity_id.in_(ids))
                )
                .order_by(ChangeLog.id.desc())
                .limit(6)
            ).all()
        by_person: dict[int, list[str]] = defaultdict(list)
        for person_id, name in groups:
            by_person[person_id].append(name)
        parts = [
            f"<h3 style='margin:0'>{_e(h.address)}</h3>",
            f"<p>{label['Household no.']} {_e(h.number)} · {_e(grid.name if grid else '')}"
            f" · {_e(h.housing)} · {_e(h.kind)}</p>",
        ]
        if h.status != vocab.HOUSEHOLD_ACTIVE:
            parts.append(f"<p style='color:#c62828'>{label['Archived']} {_e(h.archive_reason)}</p>")
        if h.hazards:
            parts.append(f"<p style='color:#c62828'>{label['Hazards']}: {_e(h.hazards)}</p>")
        parts.append(
            f"<h4>{label['Members']}</h4><table cellspacing='0' cellpadding='2' width='100%'>"
        )
        for m in members:
            age = idcard.age_at(m.birth_date, today) if m.birth_date else ""
            style = "color:#999;" if m.status in vocab.ARCHIVED_STATUSES else ""
            if m.id == pid:
                style += "background:#e3f0ff;font-weight:bold;"
            tags = "".join(
                f" <span style='color:#8a4b00'>[{_e(g)}]</span>" for g in by_person.get(m.id, [])
            )
            status = (
                ""
                if m.status == vocab.STATUS_ACTIVE
                else f" ({_e(vocab.STATUS_LABELS.get(m.status, m.status))})"
            )
            parts.append(
                f"<tr style='{style}'><td><a href='person:{m.id}'>{_e(m.name)}</a>{status}{tags}</td>"
                f"<td>{_e(m.relation)}</td><td>{_e(m.gender)}</td><td>{_e(age)}</td>"
                f"<td>{_e(m.phone)}</td></tr>"
            )
        parts.append("</table>")
        parts.append(f"<h4>{label['Last visit']}</h4>")
        if last is not None:
            parts.append(f"<p>{_e(last.visited_on)} {_e(last.way)} {_e(last.visitor)}</p>")
        else:
            parts.append(f"<p style='color:#c62828'>{label['Never visited']}</p>")
        if issues:
            parts.append(f"<h4>{label['Open issues']}</h4><ul>")
            for title, state, due in issues:
                overdue = due is not None and due < today
                color = "color:#c62828;" if overdue else ""
                parts.append(f"<li style='{color}'>{_e(title)} — {_e(state)}</li>")
            parts.append("</ul>")
        if services:
            parts.append(f"<h4>{label['Open proxy services']}</h4><ul>")
            for errand, state in services:
                parts.append(f"<li>{_e(errand)} — {_e(state)}</li>")
            parts.append("</ul>")
        parts.append(f"<h4>{label['Recent changes']}</h4>")
        if not history:
            parts.append(f"<p style='color:#777'>{label['No changes recorded']}</p>")
        from gridapp.services.register import HOUSEHOLD_LABELS, PERSON_LABELS
        from gridapp.ui.forms import action_label

        for at, actor, fld, action, new in history:
            field_label = PERSON_LABELS.get(fld) or HOUSEHOLD_LABELS.get(fld) or fld
            parts.append(
                f"<div style='color:#555'>{_e(at.strftime('%m-%d %H:%M'))} {_e(actor)} "
                f"{_e(action_label(action))} {_e(field_label)} {_e((new or '')[:24])}</div>"
            )
        return "".join(parts)

    # ------------------------------------------------------------ state

    def save_state(self) -> dict[str, object]:
        return {
            "mode": self.mode_box.currentData(),
            "splitter": self.splitter.saveState(),
        }

    def restore_state(self, state: dict[str, object]) -> None:
        mode = state.get("mode")
        if isinstance(mode, str):
            self.show_mode(mode)
        splitter = state.get("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]
