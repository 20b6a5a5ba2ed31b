"""Every visible string of every page is Chinese in the zh_CN build (issue 16.6): the window is
opened in Chinese, each page shown, and each visible widget's text, tooltip, placeholder, header,
tab, menu and toolbar action is read. A run of Latin letters that is not a name users write in
Latin (PDF, Excel, QR …) means a string that missed tr() or the translation; a date not written
2026-12-02 means a date shown in Qt's locale format."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

# Words users write in Latin letters (file kinds, keys, units); anything else is English UI text.
LATIN_OK = {
    "pdf", "excel", "csv", "xlsx", "xls", "xlsm", "qr", "id", "ctrl", "shift", "alt", "del", "esc",
    "enter", "tab", "sqlite", "db", "png", "jpg", "jpeg", "gridapp", "wps", "utf", "ok", "kb", "mb",
    "gb", "app", "usb", "wifi", "http", "https", "www", "url", "ui", "zh", "cn", "en", "gridpkg",
    "postgresql", "hub", "pgup", "pgdown", "home", "end", "backspace", "space", "ins", "f1", "f2",
    "f3", "f5", "ymd", "yyyy", "mm", "dd", "english",
}  # fmt: skip
LATIN = re.compile(r"[A-Za-z]{3,}")
WRONG_DATE = re.compile(r"\b\d{1,2}[ /.]\d{1,2}[ /.]\d{4}\b|\b\d{4}/\d{1,2}/\d{1,2}\b")


def english_words(text: str) -> list[str]:
    plain = re.sub(r"&(?=\w)", "", text)  # mnemonics
    plain = re.sub(r"<[^>]+>", " ", plain)  # rich text tags
    plain = re.sub(r"\S+@\S+|\b\S+\.(?:xlsx|xls|csv|pdf|db|png|gridpkg)\b", " ", plain)  # files
    return [w for w in LATIN.findall(plain) if w.lower() not in LATIN_OK]


def widget_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QAbstractButton | QLabel):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QDateEdit):
        yield widget.text()
    if isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        rows = min(model.rowCount(root), 30)
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        yield from (
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)
        )
        for r in range(rows):  # the values shown (vocabulary codes must show as their labels)
            for c in range(columns):
                value = model.data(model.index(r, c, QModelIndex()))
                yield value if isinstance(value, str) else ""
    yield widget.toolTip()
    yield widget.windowTitle() if widget.isWindow() else ""


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield action.text()
        yield action.toolTip()
        if action.menu() is not None:
            yield from menu_texts(action.menu())


def visible_strings(win: Any) -> Iterator[tuple[str, str]]:
    for widget in win.findChildren(QWidget):
        if widget.isVisibleTo(win) or widget.isWindow():
            for text in widget_texts(widget):
                if text:
                    yield widget.objectName() or type(widget).__name__, text
    for action in win.menuBar().actions():
        if action.menu() is not None:
            yield from (("menu", t) for t in menu_texts(action.menu()) if t)
    for action in win.findChildren(QMenu):
        yield from (("menu", t) for t in menu_texts(action) if t)


def untranslated(win: Any) -> list[str]:
    bad = set()
    for where, text in visible_strings(win):
        words = english_words(text)
        if words or WRONG_DATE.search(text):
            bad.add(f"{where}: {text!r}")
    return sorted(bad)


def select_first_rows(win: Any) -> None:
    for view in win.findChildren(QTableView):
        model = view.model()
        if view.isVisibleTo(win) and model is not None and model.rowCount(QModelIndex()) > 0:
            view.setCurrentIndex(model.index(0, 0, QModelIndex()))


@pytest.fixture
def chinese_window(qtbot: QtBot, demo_db: Path) -> Iterator[Any]:
    from gridapp.ui.app import make_app
    from gridapp.ui.main_window import MainWindow

    make_app(lang=None)
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.tasks.running.clear()
    win.close()
    make_app(lang="en")


def test_the_check_sees_english_and_wrong_dates() -> None:
    assert english_words("Steps") == ["Steps"]
    assert english_words("导出 PDF（Excel）") == []
    assert english_words("<b>户号</b> ledger.xlsx") == []
    assert WRONG_DATE.search("2 12 2026") and WRONG_DATE.search("2026/12/2")
    assert not WRONG_DATE.search("2026-12-02")


def test_every_page_speaks_chinese(qtbot: QtBot, chinese_window: Any) -> None:
    from gridapp.ui.pages import page_names

    win = chinese_window
    found: dict[str, list[str]] = {}
    for name in page_names():
        win.show_page(name)
        qtbot.waitUntil(lambda: not win.tasks.running, timeout=60_000)
        select_first_rows(win)  # the detail panes fill in for the selected record
        bad = untranslated(win)
        if bad:
            found[name] = bad
    assert not found, "English or wrongly written dates in the Chinese UI:\n" + "\n".join(
        f"[{page}] {line}" for page, lines in found.items() for line in lines
    )


def test_qt_own_file_dialog_speaks_chinese(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFileDialog

    from gridapp.ui.app import make_app

    make_app(lang=None)
    try:
        dialog = QFileDialog(None, "导出")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert labels and all(not english_words(text) for text in labels), labels
    finally:
        make_app(lang="en")


def test_every_date_field_of_every_form_reads_year_month_day() -> None:
    """A QDateEdit laid out in a form shows 2026-12-02 (or 2026-12 for a month), never Qt's
    locale format ("2 12 2026", "2026/12/2")."""
    import xml.etree.ElementTree as ET

    forms = Path(__file__).resolve().parents[2] / "forms"
    wrong = []
    for ui in sorted(forms.glob("*.ui")):
        for widget in ET.parse(ui).getroot().iter("widget"):
            if widget.get("class") != "QDateEdit":
                continue
            shown = widget.find("property[@name='displayFormat']/string")
            if shown is None or shown.text not in ("yyyy-MM-dd", "yyyy-MM"):
                wrong.append(f"{ui.name}: {widget.get('name')}")
    assert not wrong, wrong
