"""设置: sub-district, communities and grids, buildings between grids, workers, the lists
(issue categories, stations, errands), groups visited every cycle, cycle length, ID masking,
operator, backup folder and language — stored in the register through the services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidgetItem,
    QPlainTextEdit,
    QTreeWidgetItem,
    QWidget,
)
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.services import areas, choices, operator, worker_photo
from gridapp.services import settings as app_settings
from gridapp.services.common import ServiceError
from gridapp.ui import dialogs_io
from gridapp.ui.generated.ui_settings_page import Ui_SettingsPage
from gridapp.ui.pages import AppContext
from gridapp.ui.pages.support import (
    WorkPage,
    fill_grids,
    set_combo_data,
    work_page,
)
from gridapp.ui.readonly import mark_writes
from gridapp.ui.widgets.tables import RowTable
from gridapp.ui.worker_new_dialog import WorkerNewDialog
from gridapp.ui.worker_photo_dialog import WorkerPhotoDialog

AREA_ROLE = Qt.ItemDataRole.UserRole
LIST_KEYS = ("issue_categories", "stations", "errands")


def _lines(text: str) -> list[str]:
    return list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))


@work_page("settings", order=90, icon="settings")
class SettingsPage(WorkPage):
    """The register's settings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)  # the layout: forms/settings_page.ui
        ui = self.ui
        self.tabs = ui.settingsTabs
        self.sub_district, self.operator = ui.setSubDistrict, ui.setOperator
        self.ask_operator = ui.setAskOperator  # a shared laptop: ask the name at every start
        self.cycle, self.issue_days, self.mask_box = ui.setCycle, ui.setIssueDays, ui.setMask
        self.backup, self.language = ui.setBackup, ui.setLanguage
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.every_cycle = ui.setEveryCycle
        self.lists: dict[str, QPlainTextEdit] = {
            "issue_categories": ui.set_issue_categories,
            "stations": ui.set_stations,
            "errands": ui.set_errands,
        }
        self.area_tree = ui.areaTree
        self.area_tree.setColumnWidth(0, 260)
        self.building_box, self.target_grid = ui.moveBuilding, ui.moveTarget
        self.worker_grid = ui.workerGrid
        self.workers = RowTable("workerTable")
        ui.workerTableLayout.addWidget(self.workers)
        for button, slot in (
            (ui.settingsSave, self.save_settings),
            (ui.setBackupBrowse, self.browse_backup),
            (ui.backupNow, self.backup_now),
            (ui.restoreBackup, self.restore_backup),
            (ui.areaAdd, self.new_area),
            (ui.areaRename, self.rename_area),
            (ui.moveBuildingButton, self.move_building),
            (ui.workerAdd, self.add_worker),
            (ui.workerToggle, self.toggle_worker),
            (ui.workerPhoto, self.edit_photo),
        ):
            button.clicked.connect(slot)
        mark_writes(
            ui.settingsSave, ui.restoreBackup, ui.areaAdd, ui.areaRename,
            ui.moveBuildingButton, ui.workerAdd, ui.workerToggle, ui.workerPhoto,
        )  # fmt: skip
        self.photo_dialog: WorkerPhotoDialog | None = None
        self.worker_dialog: WorkerNewDialog | None = None

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

    def title(self) -> str:
        return self.tr("Settings")

    # ------------------------------------------------------------ loading

    def load(self, session: Session) -> None:
        get = app_settings.get
        self.sub_district.setText(str(get(session, "sub_district") or ""))
        self.operator.setText(str(get(session, "operator") or ""))
        self.ask_operator.setChecked(bool(get(session, operator.ASK_EACH_START)))
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
             self.tr("On duty"), self.tr("Photo")],
            [[w.name, w.area, w.role, w.phone, w.active, w.has_photo] for w in rows],
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
            operator.ASK_EACH_START: self.ask_operator.isChecked(),
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
        """The new-worker form (``worker_dialog``, opened window-modal) for the chosen grid;
        OK adds the worker through ``services.areas``, logged."""
        grid = self.worker_grid.currentData()
        if grid is None:
            dialogs_io.info(self, self.tr("Add worker"), self.tr("Choose the grid first."))
            return
        self.worker_dialog = WorkerNewDialog(
            self,
            self.worker_grid.currentText(),
            lambda name, phone, role: self.change(
                lambda s: areas.add_worker(s, name, int(grid), phone, role), self.tr("Not added")
            ),
        )
        self.worker_dialog.open()

    def toggle_worker(self) -> None:
        wid = self.workers.current_key()
        if wid is None:
            return
        row = self.workers.currentRow()
        active = self.workers.text(row, 4) != ""
        self.change(lambda s: areas.set_worker_active(s, wid, not active), self.tr("Not changed"))

    def edit_photo(self) -> None:
        """The chosen worker's photo dialog (``photo_dialog``, opened window-modal); Save
        writes the photo through ``services.worker_photo``, logged."""
        wid = self.workers.current_key()
        if wid is None:
            dialogs_io.info(self, self.tr("Photo"), self.tr("Choose a worker in the list first."))
            return
        row = self.workers.currentRow()
        who = f"{self.workers.text(row, 0)}（{self.workers.text(row, 1)}）"
        with Session(self.ctx.reader) as session:
            current = worker_photo.photo_of(session, wid)
        if current is not None and not worker_photo.is_prepared(current):
            try:  # an older register's file: shown as the notice board prints it
                current = worker_photo.prepare(current)
            except ServiceError:
                current = None
        self.photo_dialog = WorkerPhotoDialog(
            self, who, current, lambda jpeg: self._save_photo(wid, jpeg)
        )
        self.photo_dialog.open()

    def _save_photo(self, wid: int, jpeg: bytes | None) -> bool:
        def work(s: Session) -> object:
            if jpeg is None:
                worker_photo.remove_photo(s, wid, self.actor(s))
                return None
            return worker_photo.set_photo(s, wid, jpeg, self.actor(s))

        return self.change(work, self.tr("Photo not saved"))

    def save_state(self) -> dict[str, object]:
        return {"tab": self.tabs.currentIndex()}

    def restore_state(self, state: dict[str, object]) -> None:
        tab = state.get("tab")
        if tab is not None:
            self.tabs.setCurrentIndex(int(str(tab)))
