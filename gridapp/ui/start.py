"""First start: create a new register (sub-district, community, grids), open one, or the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

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
    """The new register's sub-district, community, grids and file (forms/new_register.ui)."""

    def __init__(self, parent: QWidget | None = None, file: Path | None = None) -> None:
        """``file``: where the register goes (``gridapp --db NEW.db``), else the data folder."""
        from gridapp.ui.generated.ui_new_register import Ui_NewRegisterDialog

        super().__init__(parent)
        self.ui = Ui_NewRegisterDialog()
        self.ui.setupUi(self)
        self.setObjectName("newRegisterDialog")
        self.street = self.ui.streetEdit
        self.community = self.ui.communityEdit
        self.grids = self.ui.gridsEdit
        self.file = self.ui.newRegisterFile
        self.file.setText(str(file if file is not None else paths.default_register()))
        self.buttons = self.ui.buttons
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.street, self.community, self.file):
            w.textChanged.connect(self.validate)
        self.grids.textChanged.connect(self.validate)
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
        from gridapp.ui.generated.ui_start import Ui_StartDialog

        super().__init__(parent)
        self.ui = Ui_StartDialog()
        self.ui.setupUi(self)
        self.setObjectName("startDialog")
        self.wanted = wanted
        self.setWindowTitle(APP_TITLE)
        self.chosen: Path | None = None
        self.password: str | None = None  # set when a new register is created encrypted
        self.ui.titleLabel.setText(f"<h2>{APP_TITLE}</h2>")
        self.ui.wantedLabel.setVisible(wanted is not None)
        self.ui.introLabel.setVisible(wanted is None)
        if wanted is not None:
            self.ui.wantedLabel.setText(
                self.tr(
                    "The register %1 does not exist yet. Create a new register there, or open "
                    "another one?"
                ).replace("%1", str(wanted))
            )
        self.ui.newButton.clicked.connect(self.new_register)
        self.ui.openButton.clicked.connect(self.open_existing)
        self.ui.demoButton.clicked.connect(self.open_demo)
        self.recent = self.ui.recentList
        existing = [r for r in recent if Path(r).exists()]
        self.recent.addItems(existing)
        self.recent.itemActivated.connect(lambda item: self._choose(Path(item.text())))
        self.ui.recentLabel.setVisible(bool(existing))
        self.recent.setVisible(bool(existing))

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
