"""设置: sub-district, communities and grids, buildings between grids, workers, the lists
(issue categories, stations, errands), groups visited every cycle, cycle length, ID masking,
operator, backup folder and language — stored in the register through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.services import areas, choices
from gridapp.services import settings as app_settings
from gridapp.ui import dialogs_io
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import (
    WorkPage,
    action_button,
    fill_grids,
    set_combo_data,
    widget_row,
    work_page,
)
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.tables import RowTable

AREA_ROLE = Qt.ItemDataRole.UserRole
LIST_KEYS = ("issue_categories", "stations", "errands")


def _lines(text: str) -> list[str]:
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


@work_page("settings", order=90, icon="settings")
class SettingsPage(WorkPage):
    """The register's settings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        general_tab = self._build_general_tab()
        places_tab = self._build_places_tab()
        workers_tab = self._build_workers_tab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(general_tab, self.tr("General"))
        self.tabs.addTab(places_tab, self.tr("Communities and grids"))
        self.tabs.addTab(workers_tab, self.tr("Workers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)

    def _build_general_box(self) -> QGroupBox:
        """The register's general settings, one row each."""
        self.sub_district = QLineEdit()
        self.sub_district.setObjectName("setSubDistrict")
        self.operator = QLineEdit()
        self.operator.setObjectName("setOperator")
        self.cycle = QSpinBox()
        self.cycle.setObjectName("setCycle")
        self.cycle.setRange(1, 12)
        self.cycle.setSuffix(self.tr(" month(s)"))
        self.issue_days = QSpinBox()
        self.issue_days.setObjectName("setIssueDays")
        self.issue_days.setRange(1, 365)
        self.issue_days.setSuffix(self.tr(" days"))
        self.mask_box = QCheckBox(self.tr("Mask ID numbers on screens, prints and exports"))
        self.mask_box.setObjectName("setMask")
        self.backup = QLineEdit()
        self.backup.setObjectName("setBackup")
        self.backup.setPlaceholderText(self.tr("Folder for automatic backups"))
        self.language = QComboBox()
        self.language.setObjectName("setLanguage")
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        general = QGroupBox(self.tr("General"))
        g_form = QFormLayout(general)
        g_form.addRow(self.tr("Sub-district"), self.sub_district)
        g_form.addRow(self.tr("Operator name"), self.operator)
        g_form.addRow(self.tr("Visit cycle"), self.cycle)
        g_form.addRow(self.tr("Default issue deadline"), self.issue_days)
        g_form.addRow("", self.mask_box)
        g_form.addRow(self.tr("Backup folder"), self._build_backup_row())
        g_form.addRow(self.tr("Language (after restart)"), self.language)
        return general

    def _build_backup_row(self) -> QWidget:
        """The backup folder with Browse…, and backing up / restoring now."""
        browse = action_button(self.tr("Browse…"), "setBackupBrowse", self.browse_backup)
        backup_now = action_button(self.tr("Back up now…"), "backupNow", self.backup_now)
        restore = action_button(
            self.tr("Restore from a backup…"), "restoreBackup", self.restore_backup
        )
        mark_writes(restore)
        row = QWidget()
        box = QVBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        folder = QHBoxLayout()
        folder.addWidget(self.backup, 1)
        folder.addWidget(browse)
        box.addLayout(folder)
        box.addLayout(widget_row(backup_now, restore))
        return row

    def browse_backup(self) -> None:
        from gridapp.ui import backup_ui

        start = self.backup.text().strip() or str(backup_ui.backup_folder(self.window()).parent)
        folder = dialogs_io.ask_folder(self, self.tr("Folder for automatic backups"), start)
        if folder:
            self.backup.setText(folder)

    def backup_now(self) -> None:
        from gridapp.ui import backup_ui

        backup_ui.backup_now(self.window())

    def restore_backup(self) -> None:
        from gridapp.ui import backup_ui

        backup_ui.restore_backup(self.window())

    def _build_general_tab(self) -> QWidget:
        """General settings, the groups visited every cycle, the lists, Save."""
        general = self._build_general_box()
        self.every_cycle = QListWidget()
        self.every_cycle.setObjectName("setEveryCycle")
        groups_box = QGroupBox(self.tr("Groups whose households are visited every cycle"))
        QVBoxLayout(groups_box).addWidget(self.every_cycle)
        self.lists: dict[str, QPlainTextEdit] = {}
        lists_row = QHBoxLayout()
        for key, label in zip(
            LIST_KEYS,
            (self.tr("Issue categories"), self.tr("Stations"), self.tr("Errands")),
            strict=True,
        ):
            edit = QPlainTextEdit()
            edit.setObjectName(f"set_{key}")
            edit.setToolTip(self.tr("One per line"))
            box = QGroupBox(label + " " + self.tr("(one per line)"))
            QVBoxLayout(box).addWidget(edit)
            self.lists[key] = edit
            lists_row.addWidget(box)
        save = action_button(self.tr("Save settings"), "settingsSave", self.save_settings)
        mark_writes(save)
        general_tab = QWidget()
        gt = QVBoxLayout(general_tab)
        top_row = QHBoxLayout()
        top_row.addWidget(general, 3)
        top_row.addWidget(groups_box, 2)
        gt.addLayout(top_row)
        gt.addLayout(lists_row, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(save)
        gt.addLayout(save_row)
        return general_tab

    def _build_places_tab(self) -> QWidget:
        """The area tree, new and renamed areas, buildings moved between grids."""
        self.area_tree = QTreeWidget()
        self.area_tree.setObjectName("areaTree")
        self.area_tree.setHeaderLabels([self.tr("Area"), self.tr("Level")])
        self.area_tree.setColumnWidth(0, 260)
        add_area = action_button(self.tr("New area below…"), "areaAdd", self.new_area)
        rename = action_button(self.tr("Rename…"), "areaRename", self.rename_area)
        self.building_box = QComboBox()
        self.building_box.setObjectName("moveBuilding")
        self.building_box.setMinimumWidth(220)
        self.target_grid = QComboBox()
        self.target_grid.setObjectName("moveTarget")
        move = action_button(self.tr("Move building"), "moveBuildingButton", self.move_building)
        mark_writes(add_area, rename, move)
        buttons = widget_row(add_area, rename)
        move_row = widget_row(
            QLabel(self.tr("Building")),
            self.building_box,
            QLabel(self.tr("to grid")),
            self.target_grid,
            move,
        )
        places_tab = QWidget()
        pt = QVBoxLayout(places_tab)
        pt.addLayout(buttons)
        pt.addWidget(self.area_tree, 1)
        pt.addWidget(QLabel(self.tr("Move a building (and its households) to another grid:")))
        pt.addLayout(move_row)
        return places_tab

    def _build_workers_tab(self) -> QWidget:
        """The workers of a grid, added and put on or off duty."""
        self.workers = RowTable("workerTable")
        self.worker_grid = QComboBox()
        self.worker_grid.setObjectName("workerGrid")
        add_worker = action_button(self.tr("Add worker…"), "workerAdd", self.add_worker)
        toggle = action_button(self.tr("On / off duty"), "workerToggle", self.toggle_worker)
        mark_writes(add_worker, toggle)
        w_row = widget_row(QLabel(self.tr("Grid")), self.worker_grid, add_worker, toggle)
        workers_tab = QWidget()
        wt = QVBoxLayout(workers_tab)
        wt.addLayout(w_row)
        wt.addWidget(self.workers, 1)
        return workers_tab

    def title(self) -> str:
        return self.tr("Settings")

    # ------------------------------------------------------------ loading

    def load(self, session: Session) -> None:
        get = app_settings.get
        self.sub_district.setText(str(get(session, "sub_district") or ""))
        self.operator.setText(str(get(session, "operator") or ""))
        self.cycle.setValue(int(get(session, "cycle_months") or 1))
        self.issue_days.setValue(int(get(session, "issue_default_days") or 7))
        self.mask_box.setChecked(bool(get(session, "mask_ids")))
        self.backup.setText(str(get(session, "backup_dir") or ""))
        set_combo_data(self.language, get(session, "language") or "zh")
        for key in LIST_KEYS:
            values = get(session, key) or []
            self.lists[key].setPlainText("\n".join(str(v) for v in values))
        self.every_cycle.clear()
        for kind in choices.group_kind_choices(session):
            item = QListWidgetItem(kind.name)
            item.setData(AREA_ROLE, kind.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if kind.every_cycle else Qt.CheckState.Unchecked
            )
            self.every_cycle.addItem(item)
        self._load_areas(session)
        fill_grids(self.target_grid, session, None, leaf_only=True)
        fill_grids(self.worker_grid, session, None)
        keep = self.building_box.currentData()
        self.building_box.clear()
        for b in choices.building_choices(session):
            self.building_box.addItem(f"{b.compound}{b.name}（{b.grid}）", b.id)
        set_combo_data(self.building_box, keep)
        rows = choices.worker_rows(session)
        self.workers.set_rows(
            [self.tr("Name"), self.tr("Grid"), self.tr("Role"), self.tr("Phone"),
             self.tr("On duty")],
            [[w.name, w.area, w.role, w.phone, w.active] for w in rows],
            [w.id for w in rows],
            [not w.active for w in rows],
        )  # fmt: skip

    def _load_areas(self, session: Session) -> None:
        keep = self.current_area()
        self.area_tree.clear()
        rows = choices.area_nodes(session)
        items: dict[int, QTreeWidgetItem] = {}
        pending = list(rows)
        while pending:
            rest = []
            for a in pending:
                parent = items.get(a.parent_id) if a.parent_id is not None else None
                if (
                    a.parent_id is not None
                    and parent is None
                    and any(p.id == a.parent_id for p in pending)
                ):
                    rest.append(a)
                    continue
                item = QTreeWidgetItem([a.name, a.level])
                item.setData(0, AREA_ROLE, a.id)
                if parent is None:
                    self.area_tree.addTopLevelItem(item)
                else:
                    parent.addChild(item)
                items[a.id] = item
            if len(rest) == len(pending):
                break
            pending = rest
        self.area_tree.expandAll()
        if keep is not None and keep in items:
            self.area_tree.setCurrentItem(items[keep])

    def current_area(self) -> int | None:
        item = self.area_tree.currentItem()
        value = item.data(0, AREA_ROLE) if item is not None else None
        return int(value) if value is not None else None

    # ------------------------------------------------------------ saving

    def save_settings(self) -> None:
        values: dict[str, object] = {
            "sub_district": self.sub_district.text().strip(),
            "operator": self.operator.text().strip(),
            "cycle_months": self.cycle.value(),
            "issue_default_days": self.issue_days.value(),
            "mask_ids": self.mask_box.isChecked(),
            "backup_dir": self.backup.text().strip(),
            "language": self.language.currentData(),
        }
        from gridapp.ui.app import remember_language

        remember_language(str(self.language.currentData()))
        for key in LIST_KEYS:
            items = _lines(self.lists[key].toPlainText())
            if not items:
                dialogs_io.warn(self, self.tr("Not saved"), self.tr("A list cannot be empty."))
                return
            values[key] = items
        codes = {
            str(item.data(AREA_ROLE))
            for r in range(self.every_cycle.count())
            if (item := self.every_cycle.item(r)) is not None
            and item.checkState() == Qt.CheckState.Checked
        }

        def work(session: Session) -> None:
            for key, value in values.items():
                app_settings.put(session, key, value)
            areas.set_every_cycle(session, codes)
            street = choices.sub_districts(session)
            name = str(values["sub_district"])
            if name and len(street) == 1 and street[0].name != name:
                areas.rename_area(session, street[0].id, name)

        if self.change(work, self.tr("Settings not saved")):
            dialogs_io.info(self, self.tr("Settings"), self.tr("Settings saved."))

    def new_area(self) -> None:
        parent_id = self.current_area()
        with Session(self.ctx.engine) as session:
            parent_level = choices.area_level(session, parent_id)
        levels = list(vocab.AREA_LEVELS)
        if parent_level in levels:
            index = min(levels.index(parent_level) + 1, len(levels) - 1)
            level = levels[index]
        else:
            level = levels[0]
        name = dialogs_io.ask_text(
            self, self.tr("New area"), self.tr("Name of the new %1").replace("%1", level)
        )
        if not name:
            return
        self.change(lambda s: areas.create_area(s, name, level, parent_id), self.tr("Not created"))

    def rename_area(self) -> None:
        area_id = self.current_area()
        item = self.area_tree.currentItem()
        if area_id is None or item is None:
            dialogs_io.info(self, self.tr("Rename"), self.tr("Choose an area first."))
            return
        name = dialogs_io.ask_text(self, self.tr("Rename"), self.tr("New name"), item.text(0))
        if not name:
            return
        self.change(lambda s: areas.rename_area(s, area_id, name), self.tr("Not renamed"))

    def move_building(self) -> None:
        building = self.building_box.currentData()
        grid = self.target_grid.currentData()
        if building is None or grid is None:
            return
        if not dialogs_io.confirm(
            self,
            self.tr("Move building"),
            self.tr("Move %1 and its households to %2?")
            .replace("%1", self.building_box.currentText())
            .replace("%2", self.target_grid.currentText()),
        ):
            return
        if self.change(
            lambda s: areas.move_building(s, int(building), int(grid), self.actor(s)),
            self.tr("Not moved"),
        ):
            moved = self.last_result
            dialogs_io.info(
                self,
                self.tr("Move building"),
                self.tr("%1 households moved.").replace("%1", str(moved)),
            )

    def add_worker(self) -> None:
        grid = self.worker_grid.currentData()
        if grid is None:
            return
        name = dialogs_io.ask_text(self, self.tr("Add worker"), self.tr("Name"))
        if not name:
            return
        phone = dialogs_io.ask_text(self, self.tr("Add worker"), self.tr("Phone")) or ""
        self.change(lambda s: areas.add_worker(s, name, int(grid), phone), self.tr("Not added"))

    def toggle_worker(self) -> None:
        wid = self.workers.current_key()
        if wid is None:
            return
        row = self.workers.currentRow()
        active = self.workers.text(row, 4) != ""
        self.change(lambda s: areas.set_worker_active(s, wid, not active), self.tr("Not changed"))

    def save_state(self) -> dict[str, object]:
        return {"tab": self.tabs.currentIndex()}

    def restore_state(self, state: dict[str, object]) -> None:
        tab = state.get("tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(str(tab)))
