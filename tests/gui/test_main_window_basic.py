from pathlib import Path

from pytestqt.qtbot import QtBot


def test_main_window_lists_households(qtbot: QtBot, demo_db: Path) -> None:
    from PySide6.QtWidgets import QLineEdit, QTableView

    from gridapp.ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    view = window.findChild(QTableView, "registerView")
    assert view is not None and view.model().rowCount() > 350
    assert window.findChild(QLineEdit, "searchEdit") is not None
