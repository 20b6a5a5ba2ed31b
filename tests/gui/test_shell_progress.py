"""Issue 16.4: a task's progress dialog is gone before its result or error box, for good: it
does not pop up over the message box later (QProgressDialog shows itself from a timer)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from gridapp.services.common import ServiceError


def _visible_progress() -> list[QProgressDialog]:
    return [
        w for w in QApplication.allWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
    ]


@pytest.fixture
def boxes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    """Each message box: kind, text, and whether a progress dialog was visible while it was
    open (the box stays open 0.6 s, longer than the progress dialog's 0.3 s show delay)."""
    from gridapp.ui import dialogs_io

    seen: list[tuple[str, str, bool]] = []

    def box(kind: str) -> Callable[..., Any]:
        def show(_parent: Any, _title: str, text: str, *_rest: Any) -> bool:
            covered = bool(_visible_progress())
            qtbot.wait(600)  # the modal box's own event loop runs meanwhile
            seen.append((kind, text, covered or bool(_visible_progress())))
            return False

        return show

    for kind in ("info", "warn", "error", "confirm"):
        monkeypatch.setattr(dialogs_io, kind, box(kind))
    return seen


def _runner(qtbot: QtBot, demo_db: Path) -> Any:
    from gridapp.db.engine import open_register
    from gridapp.ui.app import make_app
    from gridapp.ui.tasks import TaskRunner

    make_app(lang="en")
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return TaskRunner(parent, open_register(demo_db))


@pytest.mark.parametrize("threaded", [False, True])
def test_progress_is_gone_before_the_message(
    qtbot: QtBot, demo_db: Path, boxes: list[tuple[str, str, bool]], threaded: bool
) -> None:
    from gridapp.ui import dialogs_io
    from gridapp.ui.tasks import TaskRunner

    TaskRunner.synchronous = not threaded
    runner = _runner(qtbot, demo_db)

    def fails(progress: Any, _cancel: Any) -> None:
        progress(0, 0, "Reading the file")
        raise ServiceError("文件已损坏或不是真正的电子表格：台账.xlsx")

    def succeeds(progress: Any, _cancel: Any) -> int:
        for done in range(0, 100):
            progress(done, 100, "Filling")
        time.sleep(0.05)
        return 42

    runner.start_job("Reading the ledger…", fails)
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    runner.start_job(
        "Filling the form…", succeeds, lambda r: dialogs_io.info(None, "Done", f"{r} rows")
    )
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)

    def crashes(_progress: Any, _cancel: Any) -> None:
        raise RuntimeError("boom")

    runner.start_job("Working…", crashes)
    qtbot.waitUntil(lambda: not runner.running, timeout=10_000)
    assert [(k, t) for k, t, _c in boxes] == [
        ("warn", "文件已损坏或不是真正的电子表格：台账.xlsx"),
        ("info", "42 rows"),
        ("error", "The operation failed; nothing was changed."),
    ]
    assert [covered for _k, _t, covered in boxes] == [False, False, False]
    qtbot.wait(400)
    assert not _visible_progress()  # and it does not come back afterwards
    runner.engine.dispose()


def _pdf_renamed(tmp_path: Path) -> Path:
    from tests.core.test_pdf_render import two_pages

    target = tmp_path / "台账.xlsx"  # a PDF someone renamed
    return two_pages(target)


def _corrupt_xlsx(tmp_path: Path) -> Path:
    import zipfile

    target = tmp_path / "坏的台账.xlsx"
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("[Content_Types].xml", "<Types")  # a zip, but no workbook in it
        z.writestr("xl/workbook.xml", "not xml at all")
    return target


@pytest.mark.parametrize("make", [_pdf_renamed, _corrupt_xlsx])
def test_import_step_one_says_the_file_cannot_be_read(
    qtbot: QtBot,
    demo_db: Path,
    tmp_path: Path,
    boxes: list[tuple[str, str, bool]],
    make: Callable[[Path], Path],
) -> None:
    from gridapp.ui.app import make_app
    from gridapp.ui.import_wizard import ImportWizard
    from gridapp.ui.main_window import MainWindow

    make_app(lang="en")
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    path = make(tmp_path)
    wizard = ImportWizard(win.ctx, path, win)
    qtbot.addWidget(wizard)
    wizard.show()
    problem = wizard.file_problem
    assert problem.isVisible()
    assert path.name in problem.text() and "cannot be read" in problem.text()
    assert "损坏" in problem.text() or "不是" in problem.text()  # and why, in words
    sheets = wizard.findChild(QListWidget, "sheetList")
    assert sheets is not None and sheets.count() == 0
    next_button = wizard.findChild(QPushButton, "nextButton")
    assert next_button is not None and not next_button.isEnabled()
    next_button.click()
    assert wizard.step() == wizard.STEP_FILE
    assert not _visible_progress()
    assert wizard.findChild(QLineEdit, "newGridEdit") is not None
    win.close()
