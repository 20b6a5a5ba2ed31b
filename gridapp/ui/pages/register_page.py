"""The register page: navigation tree, filters, search as you type, the table, the detail pane.

It is the window's first screen: everything it shows is read with plain SQL (``ctx.raw``), so
opening the window loads neither SQLAlchemy nor the ORM models.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from gridapp.db import regdb, vocab
from gridapp.db.regdb import RawReader
from gridapp.domain import idcard
from gridapp.services import register_list
from gridapp.services.household_glance import (
    Glance,
    PersonGlance,
    household_glance,
    person_glance,
)
from gridapp.services.register_list import HOUSEHOLDS, PERSONS, RegisterFilter
from gridapp.ui.generated.ui_register_page import Ui_RegisterPage
from gridapp.ui.pages import AppContext, Page, register_page
from gridapp.ui.register_model import RegisterModel, status_label

NODE_ROLE = Qt.ItemDataRole.UserRole


class NavTree:
    """Fills the page's tree (``navTree`` of the form): 街道 > 社区 > 网格 > 小区 > 楼栋 > 单元,
    the name in the first column (elided in the middle, the whole name as a tooltip), its
    household count in a second column sized to its contents, so that 1366x768 shows both."""

    @staticmethod
    def prepare(tree: QTreeWidget) -> None:
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    @staticmethod
    def item(name: str, count: int, node: tuple[Any, ...]) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, str(count)])
        item.setData(0, NODE_ROLE, node)
        item.setToolTip(0, f"{name}  ({count})")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    @classmethod
    def load(cls, tree: QTreeWidget, raw: RawReader) -> None:
        tree.clear()
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
        tree_of: dict[int | None, dict[Any, dict[Any, dict[Any, int]]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(dict))
        )
        for (gid, uid), n in per_unit.items():
            _unit_name, bid = units.get(uid, ("", None))
            _b_name, cid, _order = buildings.get(bid, ("", None, 0)) if bid else ("", None, 0)
            tree_of[gid][cid][bid][uid] = n

        def subtotal(area_id: int) -> int:
            return per_grid.get(area_id, 0) + sum(subtotal(c.id) for c in children[area_id])

        def add_area(parent: QTreeWidgetItem, a: Any) -> None:
            item = cls.item(a.name, subtotal(a.id), ("area", a.id))
            parent.addChild(item)
            for child in children[a.id]:
                add_area(item, child)
            for cid, blds in sorted(
                tree_of.get(a.id, {}).items(), key=lambda kv: compounds.get(kv[0], "") or ""
            ):
                c_total = sum(sum(us.values()) for us in blds.values())
                c_item = cls.item(compounds.get(cid, "—"), c_total, ("compound", cid, a.id))
                item.addChild(c_item)
                for bid, us in sorted(
                    blds.items(), key=lambda kv: buildings.get(kv[0], ("", 0, 0))[2]
                ):
                    b_name = buildings.get(bid, ("—",))[0]
                    b_item = cls.item(b_name, sum(us.values()), ("building", bid, a.id))
                    c_item.addChild(b_item)
                    if len(us) > 1 or any(units.get(u, ("",))[0] for u in us):
                        for uid, n in sorted(us.items(), key=lambda kv: units.get(kv[0], ("",))[0]):
                            u_name = units.get(uid, ("—",))[0] or "—"
                            b_item.addChild(cls.item(u_name, n, ("unit", uid, a.id)))

        whole = QCoreApplication.translate("NavTree", "Whole register")
        root = cls.item(whole, sum(per_grid.values()), ("all",))
        tree.addTopLevelItem(root)
        for a in children[None]:
            add_area(root, a)
        root.setExpanded(True)
        for street in _children(root):
            street.setExpanded(True)
            for community in _children(street):
                community.setExpanded(True)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (item.child(i) for i in range(item.childCount())) if c is not None]


def _all_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    out = []
    stack = [i for i in (tree.topLevelItem(n) for n in range(tree.topLevelItemCount())) if i]
    while stack:
        item = stack.pop()
        out.append(item)
        stack.extend(_children(item))
    return out


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


def _person_html(person: PersonGlance, label: dict[str, str], status: str) -> list[str]:
    """The selected person's own details, above their household."""
    born = person.birth_date.isoformat() if person.birth_date else ""
    rows = [
        (label["ID number"], person.id_number),
        (label["Birth date"], born),
        (label["Age"], "" if person.age is None else str(person.age)),
        (label["Gender"], person.gender),
        (label["Relation"], person.relation),
        (label["Phone"], "；".join(p for p in (person.phone, person.phone_other) if p)),
        (label["Groups"], "、".join(person.groups)),
        (label["Category"], person.category),
        (label["Status"], status),
        (label["Notes"], person.notes),
    ]
    style = "color:#c62828;" if person.archived else ""
    parts = [
        f"<h3 style='margin:0;{style}'>{_e(person.name)}</h3>",
        "<table cellspacing='0' cellpadding='2'>",
    ]
    for name, value in rows:
        parts.append(
            f"<tr><td style='color:#666;padding-right:8px'>{name}</td>"
            f"<td>{_e(value) if value else '—'}</td></tr>"
        )
    parts.append("</table><hr/>")
    return parts


@register_page("register", order=0)
class RegisterPage(Page):
    """Households and persons of the register. The layout is ``forms/register_page.ui``."""

    selection_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_RegisterPage()
        self.ui.setupUi(self)
        self.model = RegisterModel(lambda: ctx.reader, self, raw=ctx.raw, run_quiet=self._run_quiet)
        self._area_children: dict[int, list[int]] = {}
        self._notice = ""
        self._adopt_widgets()
        self._fill_choices()
        self._connect()
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([230, 730, 340])
        self.splitter.setCollapsible(1, False)
        self.load_lookups()
        self.apply_filter()

    def _adopt_widgets(self) -> None:
        """The form's widgets under the names the window and the tests use."""
        ui = self.ui
        self.nav, self.search_edit, self.mode_box = ui.navTree, ui.searchEdit, ui.modeBox
        self.group_box, self.category_box, self.status_box = (
            ui.groupBox,
            ui.categoryBox,
            ui.statusBox,
        )
        self.age_min, self.age_max, self.archived_box = ui.ageMin, ui.ageMax, ui.showArchived
        self.view, self.count_label, self.detail = ui.registerView, ui.countLabel, ui.detailPane
        self.splitter, self.filter_bar, self.filter_label = (
            ui.registerSplitter,
            ui.filterBar,
            ui.filterLabel,
        )
        self.clear_filters_button = ui.clearFiltersButton
        self.filter_bar.setVisible(False)
        NavTree.prepare(self.nav)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)  # register order until a header is clicked
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _fill_choices(self) -> None:
        self.mode_box.addItem(self.tr("Households"), HOUSEHOLDS)
        self.mode_box.addItem(self.tr("Persons"), PERSONS)
        self.category_box.addItem(self.tr("All categories"), "")
        for c in vocab.PERSON_CATEGORIES:
            self.category_box.addItem(c, c)
        self.status_box.addItem(self.tr("All statuses"), "")
        for code, label in (
            (vocab.STATUS_ACTIVE, self.tr("Resident")),
            (vocab.STATUS_AWAY, self.tr("Away")),
            (vocab.STATUS_MOVED_OUT, self.tr("Moved out")),
            (vocab.STATUS_DECEASED, self.tr("Deceased")),
        ):
            self.status_box.addItem(label, code)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.nav.itemSelectionChanged.connect(self.apply_filter)
        for w in (self.mode_box, self.group_box, self.category_box, self.status_box):
            w.currentIndexChanged.connect(self.apply_filter)
        for s in (self.age_min, self.age_max):
            s.valueChanged.connect(self.apply_filter)
        self.archived_box.toggled.connect(self.apply_filter)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.doubleClicked.connect(lambda _i: self.open_current())
        self.view.installEventFilter(self)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.detail.anchorClicked.connect(self._on_link)

    def _run_quiet(self, job: Any, done: Any, failed: Any) -> None:
        """The search index, built by the window's task runner: no dialog, only the Qt types
        made first (the job imports nothing new)."""
        from gridapp.ui.prewarm import incarnate_qt_types

        title = self.tr("Search index")
        self.ctx.tasks.start_job(
            title, job, done, quiet=True, on_failed=failed, prewarm=incarnate_qt_types
        )

    def title(self) -> str:
        return self.tr("Register")

    # ------------------------------------------------------------ data

    def load_lookups(self) -> None:
        raw = self.ctx.raw
        selected = self._selected_node()
        self.nav.blockSignals(True)
        NavTree.load(self.nav, raw)
        self._reselect_node(selected)
        self.nav.blockSignals(False)
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

    def _selected_node(self) -> Any:
        items = self.nav.selectedItems()
        return items[0].data(0, NODE_ROLE) if items else None

    def _reselect_node(self, node: Any) -> None:
        """After the tree is rebuilt: the place that was chosen stays chosen (the filter bar
        and the table keep agreeing)."""
        if node is None or node == ("all",):
            return
        for item in _all_items(self.nav):
            if item.data(0, NODE_ROLE) == node:
                self.nav.setCurrentItem(item)
                return

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
        node = self._selected_node()
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

    def apply_filter(self, _changed: object = None, *, keep_notice: bool = False) -> None:
        self._search_timer.stop()
        if not keep_notice:
            self._notice = ""
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

    # ------------------------------------------------------------ the filter bar

    def filter_parts(self) -> list[str]:
        """What filters the table besides the search text, as the filter bar names it."""
        parts = []
        node = self._selected_node()
        if node and node[0] != "all":
            parts.append(self.nav.selectedItems()[0].text(0))
        for box in (self.group_box, self.category_box, self.status_box):
            if box.currentData():
                parts.append(box.currentText())
        low, high = self.age_min.value(), self.age_max.value()
        if low >= 0 or high >= 0:
            ages = f"{low if low >= 0 else ''}–{high if high >= 0 else ''}"
            parts.append(self.tr("age %1").replace("%1", ages))
        if self.archived_box.isChecked():
            parts.append(self.tr("archived shown"))
        return parts

    def _update_count(self) -> None:
        n = self.model.rowCount()
        if self.model.mode == PERSONS:
            text = self.tr("%n person(s)", "", n)
        else:
            text = self.tr("%n household(s)", "", n)
        if self.filter_parts():
            text += self.tr(" (filtered)")
        self.count_label.setText(text)
        self._update_filter_bar()

    def _update_filter_bar(self) -> None:
        parts = self.filter_parts()
        lines = [self.tr("Filtering: %1").replace("%1", " · ".join(parts))] if parts else []
        if self._notice:
            lines.append(self._notice)
        self.filter_label.setText("\n".join(lines))
        self.clear_filters_button.setVisible(bool(parts))
        self.filter_bar.setVisible(bool(lines))

    def clear_filters(self) -> None:
        """Every filter back to "all" (the search text stays): one click, one reload."""
        self._reset_filters()
        self.apply_filter()

    def _reset_filters(self) -> None:
        widgets = (self.nav, self.group_box, self.category_box, self.status_box,
                   self.age_min, self.age_max, self.archived_box)  # fmt: skip
        for w in widgets:
            w.blockSignals(True)
        self.nav.clearSelection()
        root = self.nav.topLevelItem(0)
        if root is not None:
            self.nav.setCurrentItem(root)
        for box in (self.group_box, self.category_box, self.status_box):
            box.setCurrentIndex(0)
        self.age_min.setValue(-1)
        self.age_max.setValue(-1)
        self.archived_box.setChecked(False)
        for w in widgets:
            w.blockSignals(False)

    # ------------------------------------------------------------ rows

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

    # ------------------------------------------------------------ opening a record

    def _window_action(self, name: str) -> QAction | None:
        action = getattr(self.window(), name, None)
        return action if isinstance(action, QAction) else None

    def open_current(self) -> None:
        """Double-click or Enter: the record's edit form (the person's in person mode, the
        household's in household mode), by the window's own Edit action."""
        action = self._window_action("act_edit")
        if self.current_id() is not None and action is not None and action.isEnabled():
            action.trigger()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def record_menu(self) -> QMenu:
        """The selected record's actions: the window's own QActions (they act on the selection
        and are enabled as the window decides: read-only, person or household)."""
        menu = QMenu(self)
        menu.setObjectName("recordMenu")
        for name in ("act_edit", "act_history", "act_record_visit", "act_group_enter"):
            action = self._window_action(name)
            if action is not None:
                menu.addAction(action)
        events = getattr(self.window(), "event_actions", None)
        if events:
            sub = menu.addMenu(QCoreApplication.translate("MainWindow", "Life events"))
            sub.setObjectName("recordEventsMenu")
            for action in events.values():
                sub.addAction(action)
        menu.addSeparator()
        card = menu.addAction(self.tr("Print the household card…"))
        card.setObjectName("printCardAction")
        card.setEnabled(self.current_household_id() is not None and "reports" in self._pages())
        card.triggered.connect(self.print_card)
        return menu

    def _pages(self) -> Any:
        return getattr(self.window(), "pages", {})

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        self.select_row(index.row())
        menu = self.record_menu()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def print_card(self) -> None:
        """The household card of the selected record, by the reports page's own printing."""
        hid = self.current_household_id()
        pages = self._pages()
        if hid is None or "reports" not in pages:
            return
        glance = household_glance(self.ctx.raw, hid, dt.date.today())
        if glance is None:
            return
        reports = pages["reports"]
        self.window().show_page("reports")  # type: ignore[attr-defined]
        reports.household_no.setText(glance.number)
        reports.print_card()

    # ------------------------------------------------------------ member links

    def _on_link(self, url: Any) -> None:
        text = url.toString()
        if text.startswith("person:"):
            self.show_person(int(text.split(":", 1)[1]))

    def show_person(self, pid: int) -> bool:
        """Select the person in the table, whatever the search and filters: what hides them
        is cleared and the filter bar says so; 显示已归档 is ticked only for an archived
        person. Never leaves another person selected: False (and nothing selected) when the
        person is not on the register at all."""
        self.show_mode(PERSONS)
        row = self.model.row_of(pid)
        if row >= 0:
            self.select_row(row)
            return True
        person = person_glance(self.ctx.raw, pid, dt.date.today())
        if person is None:
            self.view.selectionModel().clear()
            self.show_detail()
            return False
        cleared = bool(self.search_edit.text()) or bool(self.filter_parts())
        self._reset_filters()
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        if person.archived:
            self.archived_box.blockSignals(True)
            self.archived_box.setChecked(True)
            self.archived_box.blockSignals(False)
        self._notice = self._link_notice(person, cleared)
        self.view.selectionModel().clear()
        self.apply_filter(keep_notice=True)
        row = self.model.row_of(pid)
        if row < 0:
            self.view.selectionModel().clear()
            self.show_detail()
            return False
        self.select_row(row)
        return True

    def _link_notice(self, person: PersonGlance, cleared: bool) -> str:
        said = []
        if cleared:
            said.append(self.tr("the search and filters were cleared to show %1"))
        if person.archived:
            status = vocab.STATUS_LABELS.get(person.status, person.status)
            said.append(
                self.tr("%1 is archived (%2): Show archived was ticked").replace("%2", status)
            )
        return "；".join(s.replace("%1", person.name) for s in said)

    # ------------------------------------------------------------ detail pane

    def show_detail(self) -> None:
        hid = self.current_household_id()
        if hid is None:
            hint = self.tr("Select a household or a person.")
            self.detail.setHtml(f"<p style='color:#777'>{_e(hint)}</p>")
            return
        self.detail.setHtml(self.household_html(hid, self.current_person_id()))

    def _labels(self) -> dict[str, str]:
        labels = {
            "Household no.": self.tr("Household no."),
            "Archived": self.tr("Archived"),
            "Hazards": self.tr("Hazards"),
            "Members": self.tr("Members"),
            "Last visit": self.tr("Last visit"),
            "Never visited": self.tr("Never visited"),
            "Open issues": self.tr("Open issues"),
            "Open proxy services": self.tr("Open proxy services"),
            "Recent changes": self.tr("Recent changes"),
            "No changes recorded": self.tr("No changes recorded"),
            "This household": self.tr("This household"),
            "ID number": self.tr("ID card"),
            "Birth date": self.tr("Born"),
            "Age": self.tr("Age"),
            "Gender": self.tr("Sex"),
            "Relation": self.tr("Relation to the head"),
            "Phone": self.tr("Phones"),
            "Groups": self.tr("Special groups"),
            "Category": self.tr("Category"),
            "Status": self.tr("Register status"),
            "Notes": self.tr("Remarks"),
        }
        return {key: _e(text) for key, text in labels.items()}

    def household_html(self, hid: int, pid: int | None) -> str:
        today = dt.date.today()
        label = self._labels()
        with self.ctx.raw.batch() as raw:
            parts = []
            if pid is not None and (person := person_glance(raw, pid, today)) is not None:
                parts += _person_html(person, label, status_label(person.status))
            return "".join(parts) + self._household_html(raw, hid, pid, label, today)

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
            self.splitter.restoreState(splitter)
