"""The settings page's Workers tab: a worker's photo for the notice board chosen, previewed,
saved and removed (照片…); what is not a photo is refused in the dialog and nothing is saved.
The General tab's "shared laptop: ask the operator at every start" tick box."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, Worker
from gridapp.services import operator, worker_photo
from gridapp.services import settings as app_settings
from gridapp.ui import dialogs_io
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def _click(qtbot: QtBot, widget: Any, name: str) -> None:
    button = widget.findChild(QPushButton, name)
    assert button is not None, name
    assert button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _workers_tab(window: Any) -> Any:
    window.show_page("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.ui.workersTab))
    return page


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    asked: list[str] = []

    def ask(_parent: Any, title: str, _filters: str, _start: str = "") -> str | None:
        asked.append(title)
        return str(path) if path is not None else None

    monkeypatch.setattr(dialogs_io, "ask_open_file", ask)
    return asked


def _photo(wid: int, window: Any) -> bytes | None:
    with Session(window.engine) as s:
        return s.scalar(select(Worker.photo_jpeg).where(Worker.id == wid))


def _bad_files(tmp_path: Path) -> list[tuple[Path, str]]:
    text = tmp_path / "照片.jpg"
    text.write_text("这不是图片", encoding="utf-8")
    good = io.BytesIO()
    Image.new("RGB", (1200, 1600), (30, 30, 200)).save(good, "JPEG", quality=95)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(good.getvalue()[: len(good.getvalue()) // 3])
    bomb = tmp_path / "huge.png"
    Image.new("1", (12000, 12000)).save(bomb, "PNG")  # 144 megapixels in a small file
    return [(text, "这不是照片"), (cut, "不完整"), (bomb, "像素")]


def test_photo_chosen_previewed_saved_and_removed(
    qtbot: QtBot, window: Any, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _workers_tab(window)
    assert page.workers.rowCount() > 0
    wid = page.workers.key_at(0)
    name = page.workers.text(0, 0)
    page.workers.select_key(wid)
    assert page.workers.text(0, 5) == ""  # no photo yet
    picture = tmp_path / "phone.jpg"
    Image.new("RGB", (3000, 4000), (200, 30, 30)).save(picture, "JPEG")
    asked = _pick(monkeypatch, picture)

    _click(qtbot, page, "workerPhoto")
    dialog = page.photo_dialog
    assert dialog is not None and dialog.isVisible() and name in dialog.ui.workerName.text()
    assert not dialog.save.isEnabled()  # nothing chosen yet
    assert not dialog.ui.photoRemove.isEnabled()
    _click(qtbot, dialog, "photoChoose")
    assert asked and dialog.ui.problem.text() == ""
    preview = dialog.ui.photoPreview.pixmap()
    assert not preview.isNull() and preview.height() == 200 and preview.width() == 150
    assert dialog.save.isEnabled()
    assert _photo(wid, window) is None  # not before Save
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and answers.kinds("warn") == []

    stored = _photo(wid, window)
    assert stored is not None and worker_photo.is_prepared(stored)
    with Session(window.engine) as s:
        entry = s.scalars(select(ChangeLog).where(ChangeLog.entity == "worker")).one()
        assert entry.field == "photo" and entry.new == worker_photo.digest(stored)
        assert entry.actor == app_settings.operator(s)
    page.workers.select_key(wid)
    assert page.workers.text(page.workers.currentRow(), 5) != ""  # the Photo column says so

    # opened again: the stored photo shown; removed, and Save takes it off
    _click(qtbot, page, "workerPhoto")
    dialog = page.photo_dialog
    assert not dialog.ui.photoPreview.pixmap().isNull() and not dialog.save.isEnabled()
    _click(qtbot, dialog, "photoRemove")
    assert dialog.ui.photoPreview.pixmap().isNull() and dialog.save.isEnabled()
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    assert _photo(wid, window) is None
    with Session(window.engine) as s:
        fields = s.scalars(select(ChangeLog.new).where(ChangeLog.entity == "worker")).all()
    assert len(fields) == 2 and fields[-1] is None


def test_what_is_not_a_photo_is_refused_in_the_dialog(
    qtbot: QtBot, window: Any, answers: Answers, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _workers_tab(window)
    wid = page.workers.key_at(0)
    page.workers.select_key(wid)
    _click(qtbot, page, "workerPhoto")
    dialog = page.photo_dialog
    for bad, words in _bad_files(tmp_path):
        _pick(monkeypatch, bad)
        _click(qtbot, dialog, "photoChoose")
        assert words in dialog.ui.problem.text(), (bad.name, dialog.ui.problem.text())
        assert dialog.ui.photoPreview.pixmap().isNull()
        assert not dialog.save.isEnabled()
    _pick(monkeypatch, None)  # the file dialog cancelled: nothing happens
    _click(qtbot, dialog, "photoChoose")
    assert not dialog.save.isEnabled()
    dialog.reject()
    assert _photo(wid, window) is None
    with Session(window.engine) as s:
        assert s.scalars(select(ChangeLog).where(ChangeLog.entity == "worker")).all() == []


def test_photo_without_a_worker_chosen_says_so(qtbot: QtBot, window: Any, answers: Answers) -> None:
    page = _workers_tab(window)
    page.workers.clearSelection()
    page.workers.setCurrentIndex(page.workers.model().index(-1, -1))
    _click(qtbot, page, "workerPhoto")
    assert answers.kinds("info") == ["Choose a worker in the list first."]
    assert page.photo_dialog is None


def test_shared_laptop_tick_box_on_the_settings_page(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    window.show_page("settings")
    page = window.pages["settings"]
    box = page.ui.setAskOperator
    with Session(window.engine) as s:
        assert operator.current(s)[1] is False
    assert not box.isChecked()
    page.operator.setText("测试员")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    _click(qtbot, page, "settingsSave")
    assert answers.kinds("warn") == []
    with Session(window.engine) as s:
        assert operator.current(s) == ("测试员", True)
    assert operator.needs_asking(window.ctx.raw)  # the next start asks who is working

    # the operator dialog's own tick box and the page's are one setting
    with Session(window.engine) as s:
        operator.set_operator(s, "测试员", False)
        s.commit()
    page.reload()
    assert not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)  # ticked and unticked again
    _click(qtbot, page, "settingsSave")
    with Session(window.engine) as s:
        assert operator.current(s) == ("测试员", False)
    assert not operator.needs_asking(window.ctx.raw)
