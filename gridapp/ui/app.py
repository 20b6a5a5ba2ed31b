"""Starting the application: fonts, translations, the main window, the screenshot mode."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from gridapp import APP_TITLE, paths
from gridapp.db import regdb

log = logging.getLogger(__name__)
_keep: list[Any] = []  # translators and windows that must outlive their creating function


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


def install_translation(app: QApplication, lang: str | None) -> str:
    """Chinese by default; ``en`` keeps the English source strings. Returns the language used."""
    for old in [t for t in _keep if isinstance(t, QTranslator)]:
        app.removeTranslator(old)
        _keep.remove(old)
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    folder = paths.resources_dir() / "translations"
    translator = QTranslator(app)
    if translator.load(str(folder / "gridapp_zh_CN.qm")):
        app.installTranslator(translator)
        _keep.append(translator)
    else:
        log.warning("Chinese translation not found in %s", folder)
    qt_translator = QTranslator(app)
    from PySide6.QtCore import QLibraryInfo

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qt_translator)
        _keep.append(qt_translator)
    # Installed last, so searched first: Qt's own strings its catalogue leaves in English.
    gaps = QTranslator(app)
    if gaps.load(str(folder / "qt_gaps_zh_CN.qm")):
        app.installTranslator(gaps)
        _keep.append(gaps)
    return "zh"


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        install_translation(existing, lang)
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("gridapp")
    app.setOrganizationName("gridapp")
    app.setApplicationDisplayName(APP_TITLE)
    icon_file = paths.resources_dir() / "icons" / "gridapp.png"
    if icon_file.exists():
        app.setWindowIcon(QIcon(str(icon_file)))
    load_fonts(app)
    install_translation(app, lang)
    return app


def open_window(path: Path, password: str | None = None) -> Any:
    """Open the register (password, lock, integrity check) in a window; None if cancelled."""
    from gridapp.ui.lock import install_safety
    from gridapp.ui.main_window import MainWindow
    from gridapp.ui.password_dialog import open_interactive

    opened = open_interactive(None, path, password=password)
    if opened is None:
        return None
    window = MainWindow(path, engine=opened.engine, read_only=opened.read_only, lock=opened.lock)
    install_safety(window, opened)
    window.size_for_first_start()
    window.show()
    if not opened.read_only:  # no operator yet for this register, or a shared laptop
        from gridapp.ui.operator_dialog import ask_at_start

        QTimer.singleShot(0, lambda: ask_at_start(window))  # just after the first screen
    QTimer.singleShot(0, regdb.forget_prefetch)
    from gridapp.ui.prewarm import prewarm_when_idle

    prewarm_when_idle()
    _keep.append(window)
    return window


def remember_language(lang: str) -> None:
    """The settings page's language choice, used from the next start on (``--lang`` wins)."""
    from gridapp.ui.main_window import settings

    settings().setValue("ui/language", lang)


def preferred_language(lang: str | None) -> str | None:
    if lang:
        return lang
    from gridapp.ui.main_window import settings

    saved = settings().value("ui/language")
    return saved if saved in ("zh", "en") else None


def run(
    path: Path,
    screenshot: str | None = None,
    page: str = "register",
    lang: str | None = None,
    *,
    given: bool = False,
) -> int:
    """``given``: the register was named (``--db`` or GRIDAPP_DB): a missing one is created
    there, after the same questions as a first start."""
    regdb.settle()
    app = make_app(lang=preferred_language(lang))
    from gridapp.ui import errors
    from gridapp.ui.main_window import MainWindow, recent_registers, remember_register

    if screenshot:
        # The same integrity check as a real start (its cost belongs to opening the window).
        problem = regdb.integrity_problem(path) if regdb.at_head(path) else None
        if problem:
            log.warning("integrity check of %s: %s", path.name, problem)
        window = MainWindow(path)
        window.resize(1280, 800)
        window.show_page(page)
        window.show()

        def grab() -> None:
            regdb.forget_prefetch()
            window.grab().save(screenshot)
            window.close()
            app.quit()

        QTimer.singleShot(0, grab)
        return app.exec()
    errors.install()
    password = None
    if not path.exists():
        from gridapp.ui.start import StartDialog

        start = StartDialog(recent_registers(), wanted=path.absolute() if given else None)
        if start.exec() != StartDialog.DialogCode.Accepted or start.chosen is None:
            return 0
        path = start.chosen
        password = getattr(start, "password", None)
    remember_register(path)
    if open_window(path, password) is None:
        return 0
    return app.exec()
