"""Starting the application: fonts, translations, the main window, the screenshot mode."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from gridapp import APP_TITLE, paths

log = logging.getLogger(__name__)


def load_fonts(app: QApplication) -> None:
    """Register the shipped CJK font so the UI renders on machines without Chinese fonts."""
    font_file = paths.resources_dir() / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0], 10)
        app.setFont(font)
    else:
        log.warning("shipped font could not be loaded")


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("gridapp")
    app.setOrganizationName("gridapp")
    app.setApplicationDisplayName(APP_TITLE)
    load_fonts(app)
    return app


def run(
    path: Path, screenshot: str | None = None, page: str = "register", lang: str | None = None
) -> int:
    app = make_app()
    from gridapp.ui.main_window import MainWindow

    window = MainWindow(path)
    if screenshot:
        window.resize(1280, 800)
        window.show_page(page)
        window.show()

        def grab() -> None:
            window.grab().save(screenshot)
            app.quit()

        QTimer.singleShot(300, grab)
        return app.exec()
    window.show()
    return app.exec()
