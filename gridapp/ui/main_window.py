"""The main window (first version: open the register and list its households)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

from gridapp import APP_TITLE
from gridapp.db.engine import open_register
from gridapp.ui.register_model import HouseholdTableModel


class MainWindow(QMainWindow):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.engine = open_register(path)
        self.setWindowTitle(f"{APP_TITLE} — {path.name}")
        central = QWidget()
        layout = QVBoxLayout(central)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText("搜索：姓名、拼音首字母、身份证号、电话、地址")
        layout.addWidget(self.search_edit)
        self.model = HouseholdTableModel(self.engine)
        self.view = QTableView()
        self.view.setObjectName("registerView")
        self.view.setModel(self.model)
        layout.addWidget(self.view)
        self.setCentralWidget(central)
        self.model.reload()
        self.view.resizeColumnsToContents()
        self.statusBar().showMessage(f"{path}    {self.model.rowCount()} 户")

    def show_page(self, name: str) -> None:
        """Pages arrive with the work-screens issue; the register is the only page yet."""

    def closeEvent(self, event: object) -> None:
        self.engine.dispose()
        super().closeEvent(event)  # type: ignore[arg-type]
