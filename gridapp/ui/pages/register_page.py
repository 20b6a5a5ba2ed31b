"""The register page: navigation tree, filters, search as you type, the table, the detail pane.

It is the window's first screen: everything it shows is read with plain SQL (``ctx.raw``), so
opening the window loads neither SQLAlchemy nor the ORM models.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from typing import Any, NamedTuple

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

from gridapp.db import regdb, vocab
from gridapp.db.regdb import RawReader
from gridapp.domain import idcard
from gridapp.services import register_list
from gridapp.services.household_glance import Glance, household_glance
from gridapp.services.register_list import HOUSEHOLDS, PERSONS, RegisterFilter
from gridapp.ui.pages import AppContext, Page, register_page
from gridapp.ui.register_model import RegisterModel

NODE_ROLE = Qt.ItemDataRole.UserRole


class NavTree(QTreeWidget):
    """街道 > 社区 > 网格 > 小区 > 楼栋 > 单元, each with its household count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)

    def load(self, raw: RawReader) -> None:
        self.clear()
        per_grid: dict[int | None, int] = defaultdict(int)
        for gid, n in raw.rows(*regdb.PER_GRID):
            per_grid[gid] = n
        per_unit: dict[tuple[int | None, int], int] = defaultdict(int)
        for gid, uid, n in raw.rows(*regdb.PER_UNIT):
            per_unit[(gid, uid)] = n
        units = {r[0]: (r[1], r[2]) for r in raw.rows(*regdb.UNITS)}
        buildings = {r[0]: (r[1], r[2], r[3]) for r in raw.rows(*regdb.BUILDINGS)}
        compounds = {r[0]: r[1] for r in raw.rows(*regdb.COMPOUNDS)}
        areas = [_Area(*r) for r in raw.rows(*regdb.AREAS)]
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


class _Area(NamedTuple):
    id: int
    parent_id: int | None
    name: str
    level: str
    sort_order: int


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _members_html(
    glance: Glance, pid: int | None, label: dict[str, str], today: dt.date
) -> list[str]:
    parts = [f"<h4>{label['Members']}</h4><table cellspacing='0' cellpadding='2' width='100%'>"]
    for m in glance.members:
        age = idcard.age_at(m.birth_date, today) if m.birth_date else ""
        style = "color:#999;" if m.status in vocab.ARCHIVED_STATUSES else ""
        if m.id == pid:
            style += "background:#e3f0ff;font-weight:bold;"
        tags = "".join(f" <span style='color:#8a4b00'>[{_e(g)}]</span>" for g in m.groups)
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
    return parts


def _work_html(glance: Glance, label: dict[str, str]) -> list[str]:
    """The last visit, then the open issues (late ones in red) and errands."""
    parts = [f"<h4>{label['Last visit']}</h4>"]
    if glance.last_visit is not None:
        parts.append(f"<p>{' '.join(_e(v) for v in glance.last_visit)}</p>")
    else:
        parts.append(f"<p style='color:#c62828'>{label['Never visited']}</p>")
    for heading, items in (
        (label["Open issues"], glance.issues),
        (label["Open proxy services"], glance.errands),
    ):
        if items:
            parts.append(f"<h4>{heading}</h4><ul>")
            for item in items:
                color = "color:#c62828;" if item.overdue else ""
                parts.append(f"<li style='{color}'>{_e(item.title)} — {_e(item.state)}</li>")
            parts.append("</ul>")
    return parts


def _changes_html(glance: Glance, label: dict[str, str]) -> list[str]:
    """The latest changes, in words (``services.history_text``): when and who in grey, then
    the record, what was done and old → new."""
    parts = [f"<h4>{label['Recent changes']}</h4>"]
    if not glance.changes:
        parts.append(f"<p style='color:#777'>{label['No changes recorded']}</p>")
    heading: tuple[str, str, str] | None = None
    for line in glance.changes:  # one heading per operation, its changes under it
        if (line.when, line.who, line.what) != heading:
            heading = (line.when, line.who, line.what)
            parts.append(
                f"<div style='margin-top:4px'><span style='color:#777'>{_e(line.when)}"
                f" {_e(line.who)}</span> {_e(line.what)}</div>"
            )
        ours = line.entity == "household" and not line.many
        whose = label["This household"] if ours else _e(line.short)
        said = " ".join(p for p in (whose, _e(line.change)) if p)
        parts.append(f"<div style='margin-left:12px'>{said}</div>")
    return parts


@register_page("register", order=0)
class RegisterPage(Page):
    """Households and persons of the register."""

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = RegisterModel(lambda: ctx.reader, self, raw=ctx.raw, run_quiet=self._run_quiet)
        self._area_children: dict[int, list[int]] = {}
        self.nav = NavTree()
        self.nav.itemSelectionChanged.connect(self.apply_filter)
        self._build_search()
        self._build_filters()
        self._build_table()
        self._build_detail()
        self._lay_out()
        self.load_lookups()
        self.apply_filter()

    def _run_quiet(self, job: Any, done: Any, failed: Any) -> None:
        """The search index, built by the window's task runner: no dialog, only the Qt types
        made first (the job imports nothing new)."""
        from gridapp.ui.prewarm import incarnate_qt_types

        title = self.tr("Search index")
        self.ctx.tasks.start_job(
            title, job, done, quiet=True, on_failed=failed, prewarm=incarnate_qt_types
        )

    def _build_search(self) -> None:
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

    def _build_filters(self) -> None:
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

    def _build_table(self) -> None:
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

    def _build_detail(self) -> None:
        self.detail = QTextBrowser()
        self.detail.setObjectName("detailPane")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.setMinimumWidth(260)

    def _lay_out(self) -> None:
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

    def title(self) -> str:
        return self.tr("Register")

    # ------------------------------------------------------------ data

    def load_lookups(self) -> None:
        raw = self.ctx.raw
        self.nav.load(raw)
        groups = raw.rows(*regdb.GROUP_KINDS)
        self._area_children = defaultdict(list)
        for aid, parent in raw.rows(*regdb.AREA_PARENTS):
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
        qr = None
        if flt.text:
            from gridapp.services.search import household_uuid_from_qr

            qr = household_uuid_from_qr(flt.text)
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
        before = self.view.currentIndex()
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if before.isValid() and before.row() == row:  # else _on_current has shown it
            self.show_detail()

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_household_id(self) -> int | None:
        cid = self.current_id()
        if cid is None or self.model.mode == HOUSEHOLDS:
            return cid
        return register_list.household_of(self.ctx.raw, cid)

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
            "This household": _e(self.tr("This household")),
        }
        with self.ctx.raw.batch() as raw:
            return self._household_html(raw, hid, pid, label, today)

    def _household_html(
        self, raw: RawReader, hid: int, pid: int | None, label: dict[str, str], today: dt.date
    ) -> str:
        glance = household_glance(raw, hid, today)
        if glance is None:
            return ""
        parts = [
            f"<h3 style='margin:0'>{_e(glance.address)}</h3>",
            f"<p>{label['Household no.']} {_e(glance.number)} · {_e(glance.grid_name)}"
            f" · {_e(glance.housing)} · {_e(glance.kind)}</p>",
        ]
        if glance.status != vocab.HOUSEHOLD_ACTIVE:
            parts.append(
                f"<p style='color:#c62828'>{label['Archived']} {_e(glance.archive_reason)}</p>"
            )
        if glance.hazards:
            parts.append(f"<p style='color:#c62828'>{label['Hazards']}: {_e(glance.hazards)}</p>")
        parts += _members_html(glance, pid, label, today)
        parts += _work_html(glance, label)
        parts += _changes_html(glance, label)
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
