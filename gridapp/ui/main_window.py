"""The main window: a side bar of pages (register first), menus, toolbar, undo, window state.

Opening it is quick (benchmarks/bench_open.py): the first screen reads the register with plain
SQL (``regdb``); SQLAlchemy, the engine, the ORM models, the services, the other pages and the
dialogs are imported the first time they are used.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from gridapp import APP_TITLE
from gridapp.db import regdb
from gridapp.services.common import ServiceError
from gridapp.ui import dialogs_io, readonly
from gridapp.ui.icons import icon
from gridapp.ui.pages import PAGES, AppContext, Page, PageInfo
from gridapp.ui.readonly import mark_writes

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from gridapp.db.lock import RegisterLock
    from gridapp.services.history_text import Line
    from gridapp.ui.editing import ServiceCommand
    from gridapp.ui.operator_dialog import OperatorDialog
    from gridapp.ui.pages.register_page import RegisterPage
    from gridapp.ui.tasks import TaskRunner

IMPORT_SUFFIXES = (".xlsx", ".xls", ".xlsm", ".csv")


def settings() -> QSettings:
    """Window state and recent registers (an INI file in the data folder, so tests stay isolated)."""
    from gridapp import paths

    return QSettings(str(paths.data_dir() / "gui.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(
        self,
        path: Path,
        engine: Engine | None = None,
        *,
        read_only: bool = False,
        lock: RegisterLock | None = None,
    ) -> None:
        """``read_only``: the register was opened read-only (another window holds it; see
        ``password_dialog.open_interactive``); ``lock``: the window's hold on the register
        (a restore replaces the content under it)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.path = path
        self.read_only = read_only
        self.register_lock = lock
        # ``engine``: opened by ui/password_dialog.open_interactive (password, lock, checks).
        # Without one, a plain register already at the newest schema is opened when first
        # needed (opening it would change nothing); any other file is opened (and upgraded) now.
        if engine is None and not regdb.at_head(path):
            from gridapp.db.engine import open_register

            engine = open_register(path)
        self._set_title()
        self.setAcceptDrops(True)
        self.undo_stack = QUndoStack(self)
        self.ctx = AppContext(
            engine if engine is not None else self._open_engine,
            path,
            self.undo_stack,
            self._make_tasks,
            read_engine=self._open_read_engine,
        )
        self.ctx.changed.append(self._on_register_changed)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("pageBar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(112)
        self.sidebar.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages = LazyPages(self)
        for info in sorted(PAGES, key=lambda p: (p.order, p.name)):
            self.pages.add(info)
            holder = QScrollArea()  # a page wider than the screen scrolls instead of growing it
            holder.setObjectName(f"holder-{info.name}")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(holder)
            item = QListWidgetItem(icon(info.icon), info.translated_title())
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setSizeHint(QSize(104, 40))
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._on_page_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.register_page: RegisterPage = self.pages["register"]  # type: ignore[assignment]
        self.register_page.selection_changed.connect(self._update_actions)
        self.stack.setCurrentIndex(0)
        self._event_actions: dict[str, QAction] = {}
        self.operator_dialog: OperatorDialog | None = None  # the last one opened (tests)
        self._make_actions()
        self._make_menus()
        self._mark_writes()
        self._update_status()
        self.sidebar.setCurrentRow(0)
        self._restore()
        self._update_actions()

    # ------------------------------------------------------------ register access

    def _open_engine(self) -> Engine:
        from gridapp.db.engine import open_register

        return open_register(self.path)

    def _open_read_engine(self) -> Engine:
        if self.ctx.engine_opened:
            return open_read_engine(self.path, self.ctx.engine)
        from gridapp.db.engine import RegisterError, open_register

        try:
            return open_register(self.path, read_only=True)
        except RegisterError:
            return self.ctx.engine

    def _set_title(self) -> None:
        """The register's name (Qt adds the application's name), and 只读 when read-only."""
        name = self.path.name
        if self.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(name)

    def _mark_writes(self) -> None:
        """The window's own actions that change the register; a read-only window keeps them
        (and every marked button of its pages) off and says why in the status bar."""
        mark_writes(
            self.act_new_household, self.act_new_person, self.act_edit, self.act_import,
            self.act_record_visit, self.act_group_enter, self.act_undo, self.act_redo,
            self.act_restore, self.events_menu.menuAction(),
        )  # fmt: skip
        if not self.read_only:
            return
        readonly.protect(self)
        label = QLabel(self.tr("Read-only: this register is open in another window"))
        label.setObjectName("readOnlyLabel")
        label.setStyleSheet("color: #b00020; font-weight: bold; padding: 0 6px;")
        label.setToolTip(self.read_only_reason())
        self.statusBar().addPermanentWidget(label)
        self.read_only_label = label

    def read_only_reason(self) -> str:
        """Why the window is read-only and how to get write access."""
        from gridapp.db.lock import RegisterLock

        owner = RegisterLock(self.path).owner()
        who = owner.describe() if owner is not None else ""
        return self.tr(
            "Another window of the program has this register open (%1) and may change it; "
            "this window can only show it. To make changes here, close the other window "
            "and open this register again (File > Open register…)."
        ).replace("%1", who or self.tr("another window"))

    def _make_tasks(self) -> TaskRunner:
        from gridapp.ui.tasks import TaskRunner

        return TaskRunner(self, lambda: self.ctx.engine)  # the write engine opened when needed

    @property
    def engine(self) -> Engine:
        """The register (writes); opened on first use."""
        return self.ctx.engine

    @property
    def read_engine(self) -> Engine:
        """Read-only engine for browsing (falls back to the main one); opened on first use."""
        return self.ctx.reader

    @property
    def tasks(self) -> TaskRunner:
        return self.ctx.tasks

    # ------------------------------------------------------------ actions

    def _action(
        self, name: str, text: str, slot: Any, shortcut: Any = None, icon_name: str = ""
    ) -> QAction:
        action = QAction(icon(icon_name) if icon_name else icon(name), text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(
                f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.act_search = self._action("search", self.tr("Search"), self.focus_search, "Ctrl+F")
        self.act_new_household = self._action(
            "household-new", self.tr("New household"), self.new_household, "Ctrl+N"
        )
        self.act_new_person = self._action(
            "person-new", self.tr("New member"), self.new_person, "Ctrl+Shift+N"
        )
        self.act_edit = self._action("edit", self.tr("Edit"), self.edit_current, "Ctrl+E")
        self.act_history = self._action("history", self.tr("History"), self.show_history, "Ctrl+H")
        self.act_import = self._action(
            "import", self.tr("Import ledger…"), self.import_file, "Ctrl+I"
        )
        self.act_print = self._action("print", self.tr("Print…"), self.print_current, "Ctrl+P")
        self.act_export = self._action("export", self.tr("Export register…"), self.export_register)
        self.act_open = self._action("open", self.tr("Open register…"), self.open_other, S.Open)
        self.act_refresh = self._action("refresh", self.tr("Refresh"), self.refresh_all, "F5")
        self.act_record_visit = self._action(
            "visit-record", self.tr("Record a visit…"), self.record_visit, icon_name="visit"
        )
        self.act_group_enter = self._action(
            "group-enter", self.tr("Enter a special group…"), self.enter_group, icon_name="group"
        )
        self.act_backup = self._action(
            "backup", self.tr("Back up the register…"), self.backup_now, icon_name="export"
        )
        self.act_restore = self._action(
            "restore", self.tr("Restore from a backup…"), self.restore_backup, icon_name="open"
        )
        self.act_quit = self._action("quit", self.tr("Quit"), self.close, "Ctrl+Q")
        self.act_operator = self._action(
            "operator", self.tr("Switch operator…"), self.switch_operator, icon_name="person-new"
        )
        mark_writes(self.act_operator)
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setObjectName("undo")
        self.act_undo.setIcon(icon("undo"))
        self.act_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setObjectName("redo")
        self.act_redo.setIcon(icon("redo"))
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_import.setEnabled(self._importer_available())
        if not self.act_import.isEnabled():
            self.act_import.setToolTip(
                self.tr("The ledger importer is not installed in this build")
            )

    def record_visit(self) -> None:
        """From the household pane to the visits page's quick entry for that household."""
        hid = self.register_page.current_household_id()
        if hid is None:
            return
        self.show_page("visits")
        open_household = getattr(self.pages.get("visits"), "open_household", None)
        if open_household is not None:
            open_household(hid)

    def _show_about(self) -> None:
        from gridapp.ui.about import show_about

        show_about(self)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        m_file = bar.addMenu(self.tr("&File"))
        for a in (self.act_open, self.act_import, self.act_export, self.act_print):
            m_file.addAction(a)
        m_file.addSeparator()
        m_file.addAction(self.act_backup)
        m_file.addAction(self.act_restore)
        m_file.addSeparator()
        m_file.addAction(self.act_operator)
        m_file.addSeparator()
        m_file.addAction(self.act_quit)
        m_edit = bar.addMenu(self.tr("&Edit"))
        for a in (self.act_undo, self.act_redo):
            m_edit.addAction(a)
        m_edit.addSeparator()
        for a in (self.act_new_household, self.act_new_person, self.act_edit, self.act_search):
            m_edit.addAction(a)
        m_res = bar.addMenu(self.tr("&Residents"))
        for a in (self.act_history, self.act_record_visit, self.act_group_enter):
            m_res.addAction(a)
        m_res.addSeparator()
        self.events_menu = m_res.addMenu(icon("event"), self.tr("Life events"))
        self.events_menu.aboutToShow.connect(self._fill_events_menu)
        m_view = bar.addMenu(self.tr("&View"))
        m_view.addAction(self.act_refresh)
        self.page_menu = m_view.addMenu(self.tr("Pages"))
        for row in range(self.sidebar.count()):
            entry = self.sidebar.item(row)
            name = entry.data(Qt.ItemDataRole.UserRole)
            act = self.page_menu.addAction(entry.icon(), entry.text())
            act.triggered.connect(lambda _c=False, n=name: self.show_page(n))
        m_help = bar.addMenu(self.tr("&Help"))
        act_about = m_help.addAction(self.tr("About gridapp"))
        act_about.setObjectName("aboutAction")
        act_about.triggered.connect(self._show_about)
        tools = self.addToolBar(self.tr("Main"))
        tools.setObjectName("mainToolBar")
        tools.setIconSize(QSize(20, 20))
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar_actions: tuple[QAction | None, ...] = (
            self.act_new_household, self.act_new_person, self.act_edit, self.act_history,
            None, self.act_undo, self.act_redo, None, self.act_import, self.act_export,
            self.act_print,
        )  # fmt: skip
        for item in toolbar_actions:
            if item is None:
                tools.addSeparator()
            else:
                tools.addAction(item)
        for item in (self.act_undo, self.act_redo):  # "Undo <what>" grows: shown as tooltip only
            button = tools.widgetForAction(item)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    @property
    def event_actions(self) -> dict[str, QAction]:
        """The life event actions (Residents > Life events), made when first needed."""
        self._fill_events_menu()
        return self._event_actions

    def _fill_events_menu(self) -> None:
        if self._event_actions:
            return
        from gridapp.ui import life_events_ui

        menu: QMenu = self.events_menu
        for name, label, handler, needs_person in life_events_ui.events():
            act = QAction(label, self)
            act.setObjectName(name)
            act.triggered.connect(lambda _c=False, h=handler: h(self))
            act.setProperty("needsPerson", needs_person)
            mark_writes(act)
            menu.addAction(act)
            self._event_actions[name] = act
        self._update_actions()

    def _importer_available(self) -> bool:
        import importlib.util

        try:
            return importlib.util.find_spec("gridapp.importer.service") is not None
        except ModuleNotFoundError:
            return False

    def _update_actions(self) -> None:
        page = self.register_page
        has_household = page.current_household_id() is not None
        on_register = self.current_page() == "register"
        self.act_new_person.setEnabled(has_household and on_register)
        self.act_edit.setEnabled(has_household and on_register)
        self.act_history.setEnabled(has_household and on_register)
        self.act_record_visit.setEnabled(has_household and on_register)
        has_person = page.current_person_id() is not None and on_register
        self.act_group_enter.setEnabled(has_person)
        for act in self._event_actions.values():
            act.setEnabled(
                has_person if act.property("needsPerson") else has_household and on_register
            )

    def _update_status(self) -> None:
        """The register's counts, as ``stats.register_stats`` counts them (plain SQL)."""
        households, persons = self.ctx.raw.rows(*regdb.STATUS_COUNTS)[0]
        self.statusBar().showMessage(
            f"{self.path}    "
            + self.tr("%1 households, %2 persons")
            .replace("%1", str(households))
            .replace("%2", str(persons))
        )

    # ------------------------------------------------------------ pages

    def _on_page_row(self, row: int) -> None:
        name = self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[name]  # built on first use
        self.stack.setCurrentIndex(row)
        page.activated()
        self._update_actions()

    def _install_page(self, name: str, page: Page) -> None:
        """Put a freshly built page into its place in the stack and restore its state."""
        names = list(self.pages)
        holder = self.stack.widget(names.index(name))
        if isinstance(holder, QScrollArea):
            holder.setWidget(page)
        readonly.apply(page)  # a read-only window: the page's write buttons off from the start
        s = settings()
        s.beginGroup(f"page-{name}")
        state = {k: s.value(k) for k in s.childKeys()}
        s.endGroup()
        if state:
            page.restore_state(state)

    def show_page(self, name: str) -> None:
        names = list(self.pages)
        if name not in names:
            raise ServiceError(f"没有这个页面：{name}（可选：{', '.join(names)}）")
        self.sidebar.setCurrentRow(names.index(name))

    def current_page(self) -> str:
        row = self.sidebar.currentRow()
        return str(self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)) if row >= 0 else ""

    def _on_register_changed(self) -> None:
        for page in self.pages.built().values():
            page.refresh()
        self._update_status()
        self._update_actions()

    def refresh_all(self) -> None:
        self.ctx.notify_changed()

    def _after_edit(self) -> None:
        self.register_page.refresh()
        self._update_status()
        self._update_actions()

    def focus_search(self) -> None:
        self.show_page("register")
        self.register_page.search_edit.setFocus()
        self.register_page.search_edit.selectAll()

    # ------------------------------------------------------------ editing

    def _push(self, command: ServiceCommand) -> bool:
        from gridapp.ui.editing import apply_and_push

        return apply_and_push(self.undo_stack, command, self, self.tr("Not saved"))

    def grid_choices(self, keep: int | None = None) -> list[tuple[int, str]]:
        """The grids a household can be put in, named 社区 › 网格 (``keep``: its current one)."""
        from sqlalchemy.orm import Session

        from gridapp.services.choices import household_grid_choices

        with Session(self.read_engine) as session:
            return [(c.id, c.name) for c in household_grid_choices(session, keep)]

    def writable(self) -> bool:
        """False (and said) in a read-only window: an edit reached without its action (a
        double-click, a link) stops before its form is filled in for nothing."""
        if self.read_only:
            dialogs_io.warn(self, self.tr("Not saved"), readonly.refusal_text())
        return not self.read_only

    def new_household(self) -> None:
        if not self.writable():
            return
        from gridapp.ui.editing import CreateHouseholdCommand
        from gridapp.ui.forms import HouseholdDialog

        dialog = HouseholdDialog(None, self.grid_choices(), self, new=True)
        if dialog.exec() != HouseholdDialog.DialogCode.Accepted:
            return
        command = CreateHouseholdCommand(
            self.engine, {k: v for k, v in dialog.values().items() if v not in ("", None)},
            dialog.head(), self._after_edit,
        )  # fmt: skip
        if self._push(command) and command.household_id is not None:
            page = self.register_page
            page.show_mode("households")
            page.search_edit.clear()
            page.apply_filter()
            row = page.model.row_of(command.household_id)
            if row >= 0:
                page.select_row(row)

    def new_person(self) -> None:
        hid = self.register_page.current_household_id()
        if hid is None or not self.writable():
            return
        from gridapp.ui.editing import CreatePersonCommand
        from gridapp.ui.forms import PersonDialog

        dialog = PersonDialog({}, self, new=True)
        if dialog.exec() != PersonDialog.DialogCode.Accepted:
            return
        fields = {k: v for k, v in dialog.values().items() if v not in ("", None)}
        if fields.get("id_number"):
            fields.pop("gender", None)
            fields.pop("birth_date", None)
        self._push(CreatePersonCommand(self.engine, hid, fields, self._after_edit))

    def edit_current(self) -> None:
        page = self.register_page
        pid = page.current_person_id()
        if pid is not None:
            self.edit_person(pid)
        elif (hid := page.current_household_id()) is not None:
            self.edit_household(hid)

    def edit_person(self, pid: int) -> bool:
        if not self.writable():
            return False
        from sqlalchemy.orm import Session

        from gridapp.services.edits import person_values
        from gridapp.ui.editing import EditCommand
        from gridapp.ui.forms import PersonDialog

        with Session(self.read_engine) as session:
            old = person_values(session, pid)
        dialog = PersonDialog(old, self)
        if dialog.exec() != PersonDialog.DialogCode.Accepted:
            return False
        changes = dialog.changes()
        if changes.get("id_number"):
            changes.pop("gender", None)
            changes.pop("birth_date", None)
        if not changes:
            return False
        text = self.tr("Edit %1").replace("%1", str(old.get("name") or ""))
        return self._push(
            EditCommand(self.engine, "person", pid, old, changes, text, self._after_edit)
        )

    def edit_household(self, hid: int) -> bool:
        if not self.writable():
            return False
        from sqlalchemy.orm import Session

        from gridapp.services.edits import household_values
        from gridapp.ui.editing import EditCommand
        from gridapp.ui.forms import HouseholdDialog

        with Session(self.read_engine) as session:
            old = household_values(session, hid)
        dialog = HouseholdDialog(old, self.grid_choices(old.get("grid_id")), self)
        if dialog.exec() != HouseholdDialog.DialogCode.Accepted:
            return False
        changes = dialog.changes()
        if not changes:
            return False
        text = self.tr("Edit household %1").replace("%1", str(old.get("number") or ""))
        return self._push(
            EditCommand(self.engine, "household", hid, old, changes, text, self._after_edit)
        )

    def history_rows(self, entity: str, entity_id: int) -> list[Line]:
        """A record's history in words (``services.history_text``), newest first."""
        from sqlalchemy.orm import Session

        from gridapp.services import history_text

        with Session(self.read_engine) as session:
            return history_text.record_history(session, entity, entity_id)

    def household_history_rows(self, household_id: int) -> list[Line]:
        """The household's history with its members' (a birth, a death, a move in), newest
        first: what a grid worker means by the household's history."""
        from dataclasses import replace

        from sqlalchemy.orm import Session

        from gridapp.services import history_text

        with Session(self.read_engine) as session:
            lines = history_text.recent_history(session, household_id, limit=2000)
        return [  # one table for several records: a member's line names the member
            replace(line, what=f"{line.short}：{line.what}")
            if line.entity == "person" and line.short
            else line
            for line in lines
        ]

    def show_history(self) -> None:
        from gridapp.ui.forms import HistoryDialog

        page = self.register_page
        pid = page.current_person_id()
        if pid is not None:
            rows = self.history_rows("person", pid)
            title = self.tr("History of the person")
        else:
            hid = page.current_household_id()
            if hid is None:
                return
            own = self.history_rows("household", hid)
            subject = own[-1].record if own else ""
            rows = self.household_history_rows(hid) or own  # its members' events too
            title = self.tr("History of the household")
        if pid is not None:
            subject = rows[-1].record if rows else ""
        self.history_dialog = HistoryDialog(title, subject, rows, self)
        self.history_dialog.open()

    def switch_operator(self) -> None:
        """File → Switch operator: whose name the next changes are recorded under."""
        from gridapp.ui.operator_dialog import ask_operator

        ask_operator(self)

    def enter_group(self) -> None:
        if not self.writable():
            return
        from gridapp.ui import life_events_ui

        life_events_ui.enter_group(self)  # undoable, like the other life events

    # ------------------------------------------------------------ long work

    def export_register(self) -> None:
        from gridapp.export import ledger

        target = dialogs_io.ask_save_file(
            self, self.tr("Export register"), "Excel (*.xlsx)", str(Path.home() / "台账.xlsx")
        )
        if not target:
            return
        out = Path(target if target.endswith(".xlsx") else target + ".xlsx")

        def work(session: Any, progress: Any, cancel: Any) -> Any:
            return ledger.export_ledger(
                session, out, ledger.LedgerFilter(), progress=progress, cancel=cancel
            )

        self.tasks.start(
            self.tr("Exporting the register…"), work,
            lambda _r: dialogs_io.info(self, self.tr("Exported"), str(out)),
        )  # fmt: skip

    def print_current(self) -> None:
        dialogs_io.info(
            self,
            self.tr("Print"),
            self.tr("Visit forms, household cards and reports are printed from the Reports page."),
        )
        if "reports" in self.pages:
            self.show_page("reports")

    def import_file(self, path: str | None = None) -> None:
        if self.read_only:  # a dropped file, too
            dialogs_io.warn(self, self.tr("Import"), readonly.refusal_text())
            return
        if not self._importer_available():
            dialogs_io.warn(
                self,
                self.tr("Import"),
                self.tr("The ledger importer is not installed in this build"),
            )
            return
        if not path:
            path = dialogs_io.ask_open_file(
                self, self.tr("Import a ledger"), dialogs_io.EXCEL_FILTER
            )
        if not path:
            return
        from gridapp.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, Path(path), self)
        wizard.exec()
        self.ctx.notify_changed()

    def backup_now(self) -> None:
        from gridapp.ui import backup_ui

        backup_ui.backup_now(self)

    def restore_backup(self) -> None:
        from gridapp.ui import backup_ui

        backup_ui.restore_backup(self)

    def after_restore(self) -> None:
        """The register's content was replaced: undo history and connections are of the old."""
        self.undo_stack.clear()
        ctx = self.ctx
        if ctx.read_engine_opened and ctx.read_engine is not None:
            ctx.read_engine.dispose()
        ctx.notify_changed()

    def open_other(self) -> None:
        target = dialogs_io.ask_open_file(
            self, self.tr("Open register"), dialogs_io.REGISTER_FILTER
        )
        if target:
            from gridapp.ui.app import open_window

            remember_register(Path(target))
            open_window(Path(target))
            self.close()

    # ------------------------------------------------------------ drag and drop

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and urls[0].toLocalFile().lower().endswith(IMPORT_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if urls:
            event.acceptProposedAction()
            self.import_file(urls[0].toLocalFile())

    # ------------------------------------------------------------ window state

    def _restore(self) -> None:
        s = settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("window/state")
        if state is not None:
            self.restoreState(state)

    def size_for_first_start(self) -> None:
        """No remembered geometry (first start): 1280x800 centred on the screen, or maximised
        on a small one (the 1366x768 of many old laptops)."""
        if settings().value("window/geometry") is not None:
            return
        screen = self.screen()
        if screen is None:
            return
        free = screen.availableGeometry()
        if free.width() < 1400 or free.height() < 860:
            self.setGeometry(free)  # also where no window manager maximises
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        self.resize(1280, 800)
        self.move(free.center() - self.rect().center())

    def save_window_state(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/page", self.current_page())
        for name, page in self.pages.built().items():
            s.beginGroup(f"page-{name}")
            for key, value in page.save_state().items():
                s.setValue(key, value)
            s.endGroup()
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.tasks_made and self.tasks.busy():
            event.ignore()
            dialogs_io.warn(self, APP_TITLE, self.tr("Please wait until the running task ends."))
            return
        if self.ctx.tasks_made:
            self.tasks.wait_quiet()
        self.save_window_state()
        self.undo_stack.clear()
        ctx = self.ctx
        reader = ctx.read_engine if ctx.read_engine_opened else None
        if reader is not None and (not ctx.engine_opened or reader is not ctx.engine):
            reader.dispose()
        if ctx.engine_opened:
            ctx.engine.dispose()
        super().closeEvent(event)


def open_read_engine(path: Path, engine: Engine) -> Engine:
    """A second, read-only engine for browsing (falls back to the main one)."""
    from gridapp.db.engine import RegisterError, engine_password, is_read_only, open_register

    if is_read_only(engine):
        return engine
    try:
        return open_register(path, read_only=True, password=engine_password(engine))
    except (RegisterError, TypeError):
        return engine


class LazyPages(Mapping[str, Page]):
    """name -> page; a page (and its module) is loaded the first time it is asked for."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.infos: dict[str, PageInfo] = {}
        self._built: dict[str, Page] = {}

    def add(self, info: PageInfo) -> None:
        self.infos[info.name] = info

    def __getitem__(self, name: str) -> Page:
        page = self._built.get(name)
        if page is None:
            page = self.infos[name].load()(self.window.ctx)
            self._built[name] = page
            self.window._install_page(name, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self.infos)

    def __len__(self) -> int:
        return len(self.infos)

    def __contains__(self, name: object) -> bool:
        return name in self.infos

    def built(self) -> dict[str, Page]:
        return dict(self._built)


def recent_registers() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        items: list[object] = [value]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        items = []
    return [str(v) for v in items if v]


def remember_register(path: Path) -> None:
    items = [str(path.resolve())] + [p for p in recent_registers() if p != str(path.resolve())]
    s = settings()
    s.setValue("recent", items[:8])
    s.sync()
