"""First start: create a new register (sub-district, community, grids), open one, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridapp import APP_TITLE, paths
from gridapp.ui import dialogs_io


def create_register(
    path: Path, street: str, community: str, grids: list[str], password: str | None = None
) -> None:
    """A new register file with its area tree: 街道 > 社区 > 网格 (encrypted with a password)."""
    from gridapp.db.engine import open_register, session_scope
    from gridapp.db.models import Area

    engine = open_register(path, password=password)
    try:
        with session_scope(engine) as session:
            top = Area(level="街道", name=street)
            session.add(top)
            session.flush()
            comm = Area(level="社区", name=community, parent_id=top.id)
            session.add(comm)
            session.flush()
            for order, name in enumerate(grids):
                session.add(Area(level="二级网格", name=name, parent_id=comm.id, sort_order=order))
    finally:
        engine.dispose()


class NewRegisterDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, file: Path | None = None) -> None:
        """``file``: where the register goes (``gridapp --db NEW.db``), else the data folder."""
        super().__init__(parent)
        self.setObjectName("newRegisterDialog")
        self.setWindowTitle(self.tr("New register"))
        self.street = QLineEdit()
        self.street.setPlaceholderText("工业路街道")
        self.community = QLineEdit()
        self.community.setPlaceholderText("幸福社区")
        self.grids = QPlainTextEdit()
        self.grids.setPlaceholderText("第一网格\n第二网格")
        self.file = QLineEdit(str(file if file is not None else paths.default_register()))
        self.file.setObjectName("newRegisterFile")
        form = QFormLayout(self)
        form.addRow(self.tr("Sub-district *"), self.street)
        form.addRow(self.tr("Community *"), self.community)
        form.addRow(self.tr("Grids (one per line) *"), self.grids)
        form.addRow(self.tr("File"), self.file)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for w in (self.street, self.community, self.file):
            w.textChanged.connect(self.validate)
        self.grids.textChanged.connect(self.validate)
        self.setMinimumWidth(480)
        self.validate()

    def grid_names(self) -> list[str]:
        return [g.strip() for g in self.grids.toPlainText().splitlines() if g.strip()]

    def validate(self) -> None:
        ok = bool(
            self.street.text().strip() and self.community.text().strip() and self.grid_names()
        )
        file = Path(self.file.text().strip()) if self.file.text().strip() else None
        # a new file, in a folder that exists (``--db`` may name one that does not)
        ok = ok and file is not None and not file.exists() and file.parent.is_dir()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class StartDialog(QDialog):
    """Shown when there is no register yet. ``chosen`` is the register to open."""

    def __init__(
        self, recent: list[str], parent: QWidget | None = None, wanted: Path | None = None
    ) -> None:
        """``wanted``: a register asked for (``--db NEW.db``) that does not exist yet; a new
        register is made there."""
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.wanted = wanted
        self.setWindowTitle(APP_TITLE)
        self.chosen: Path | None = None
        self.password: str | None = None  # set when a new register is created encrypted
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{APP_TITLE}</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if wanted is not None:
            missing = QLabel(
                self.tr(
                    "The register %1 does not exist yet. Create a new register there, or open "
                    "another one?"
                ).replace("%1", str(wanted))
            )
            missing.setObjectName("wantedLabel")
            missing.setWordWrap(True)
            layout.addWidget(missing)
        else:
            layout.addWidget(QLabel(self.tr("No register is open yet. What would you like to do?")))
        for name, text, slot in (
            ("newButton", self.tr("Create a new register…"), self.new_register),
            ("openButton", self.tr("Open an existing register…"), self.open_existing),
            ("demoButton", self.tr("Open the demo register"), self.open_demo),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setMinimumHeight(36)
            button.clicked.connect(slot)
            layout.addWidget(button)
        self.recent = QListWidget()
        self.recent.setObjectName("recentList")
        existing = [r for r in recent if Path(r).exists()]
        if existing:
            layout.addWidget(QLabel(self.tr("Recent registers")))
            self.recent.addItems(existing)
            self.recent.itemActivated.connect(lambda item: self._choose(Path(item.text())))
            layout.addWidget(self.recent)
        self.setMinimumWidth(460)

    def _choose(self, path: Path) -> None:
        self.chosen = path
        self.accept()

    def new_register(self) -> None:
        dialog = NewRegisterDialog(self, self.wanted)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = Path(dialog.file.text().strip())
        from gridapp.ui.password_dialog import ask_password

        self.password = ask_password(self, path, create=True)  # encrypted by default
        if self.password is None:
            return
        create_register(
            path, dialog.street.text().strip(), dialog.community.text().strip(), dialog.grid_names(),
            self.password,
        )  # fmt: skip
        self._choose(path)

    def open_existing(self) -> None:
        target = dialogs_io.ask_open_file(
            self, self.tr("Open register"), dialogs_io.REGISTER_FILTER
        )
        if target:
            self._choose(Path(target))

    def open_demo(self) -> None:
        from gridapp.services.demo_register import ensure_demo
        from gridapp.ui.tasks import DONE, run_blocking

        path = paths.demo_register()
        title = self.tr("Making the demo register…")
        task = run_blocking(self, title, lambda _progress, _cancel: ensure_demo(path))
        if task.outcome == DONE:
            self._choose(path)
