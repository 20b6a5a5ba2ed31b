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


def test_first_start_fills_a_small_screen_and_later_starts_keep_the_size(
    qtbot: QtBot, demo_db: Path
) -> None:
    from PySide6.QtCore import Qt

    from gridapp.ui.main_window import MainWindow, settings

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.size_for_first_start()  # no remembered geometry; the offscreen screen is small
    free = window.screen().availableGeometry()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.size() == free.size()
    window.showNormal()
    window.resize(700, 500)
    window.save_window_state()
    assert settings().value("window/geometry") is not None
    again = MainWindow(demo_db)
    qtbot.addWidget(again)
    again.size_for_first_start()  # remembered: left as restored
    assert not again.windowState() & Qt.WindowState.WindowMaximized
