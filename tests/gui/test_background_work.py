"""Long work runs off the GUI thread through the one task runner (issue 15.3): the demo build
of the start window, printing, the automatic backups; the synchronous runner the GUI tests use
gives the same outcomes inline."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.core.test_pdf_render import two_pages

pytestmark = pytest.mark.threaded_tasks  # these tests need the real worker threads

GUI_THREAD = threading.get_ident()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    from gridapp.ui import dialogs_io

    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs_io, "warn", lambda _p, _t, text: seen.append(("warn", text)))
    monkeypatch.setattr(
        dialogs_io, "error", lambda _p, _t, text, detail="": seen.append(("error", detail))
    )
    monkeypatch.setattr(dialogs_io, "info", lambda _p, _t, text: seen.append(("info", text)))
    return seen


def test_the_demo_is_made_off_the_gui_thread(
    qtbot: QtBot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp import paths
    from gridapp.services import demo_register
    from gridapp.ui.start import StartDialog

    target = tmp_path / "demo-here.db"
    threads: list[int] = []

    def make_demo(path: Path) -> None:
        threads.append(threading.get_ident())
        shutil.copy(demo_db, path)

    monkeypatch.setattr(paths, "demo_register", lambda: target)
    monkeypatch.setattr(demo_register, "ensure_demo", make_demo)
    dialog = StartDialog([])
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton, "demoButton").click()
    assert threads and threads[0] != GUI_THREAD
    assert dialog.chosen == target and target.is_file()


def test_a_failed_demo_build_says_so_and_opens_nothing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[Any]
) -> None:
    from gridapp import paths
    from gridapp.services import demo_register
    from gridapp.ui.start import StartDialog

    def full_disk(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths, "demo_register", lambda: tmp_path / "demo.db")
    monkeypatch.setattr(demo_register, "ensure_demo", full_disk)
    dialog = StartDialog([])
    qtbot.addWidget(dialog)
    dialog.open_demo()
    assert dialog.chosen is None
    assert shown and shown[-1][0] == "error" and "No space left" in shown[-1][1]


def test_printing_runs_off_the_gui_thread_and_sends_every_page(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    from PySide6.QtGui import QPageSize, QPdfWriter

    from gridapp.ui.widgets import pdf_preview

    threads: list[int] = []
    real = pdf_preview.print_to

    def spy(*args: Any) -> int:
        threads.append(threading.get_ident())
        return real(*args)

    monkeypatch.setattr(pdf_preview, "print_to", spy)
    pdf = two_pages(tmp_path / "走访表.pdf")
    preview = pdf_preview.PdfPreview(pdf)
    qtbot.addWidget(preview)
    out = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    task = preview.print_on(writer)
    assert task.outcome == "done" and task.result == 2
    assert threads and threads[0] != GUI_THREAD
    del writer
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True)
    pages = [line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:")]
    assert pages == ["2"]


def test_a_cancelled_print_stops_between_pages(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    from gridapp.services.common import CancelFlag, Cancelled
    from gridapp.ui.widgets.pdf_preview import print_to

    flag = CancelFlag()
    sent: list[int] = []

    def progress(done: int, _total: int, _message: str) -> None:
        sent.append(done)
        if done == 1:
            flag.cancel()

    writer = QPdfWriter(str(tmp_path / "out.pdf"))
    with pytest.raises(Cancelled):
        print_to(writer, two_pages(tmp_path / "a.pdf"), progress, flag, 2)
    assert sent == [0, 1]


def test_a_quiet_task_logs_its_failure_and_the_window_waits_for_it(
    qtbot: QtBot, tmp_path: Path, shown: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    from PySide6.QtWidgets import QWidget

    from gridapp.ui.tasks import TaskRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent, lambda: pytest.fail("no engine needed"))

    def broken(_progress: Any, _cancel: Any) -> None:
        raise OSError("backup folder gone")

    task = runner.start_job("backup", broken, quiet=True)
    qtbot.waitUntil(lambda: task.outcome != "", timeout=10_000)
    assert task.outcome == "error" and shown == []  # no dialog for an automatic backup
    assert "task failed" in caplog.text and "OSError" in caplog.text  # the message withheld
    assert not runner.busy()

    done: list[str] = []

    def slow(_progress: Any, _cancel: Any) -> str:
        time.sleep(0.3)
        done.append("written")
        return "ok"

    task = runner.start_job("backup", slow, quiet=True)
    assert not runner.busy() and runner.running  # a quiet task does not hold the window
    runner.wait_quiet()
    assert done == ["written"] and task.outcome == "done" and not runner.running


def test_the_synchronous_runner_ends_the_task_inline(
    qtbot: QtBot, demo_engine: Any, monkeypatch: pytest.MonkeyPatch, shown: list[Any]
) -> None:
    from PySide6.QtWidgets import QWidget
    from sqlalchemy import func, select

    from gridapp.db.models import Person
    from gridapp.services.common import ServiceError
    from gridapp.ui.tasks import TaskRunner

    monkeypatch.setattr(TaskRunner, "synchronous", True)
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent, demo_engine)
    results: list[Any] = []
    task = runner.start(
        "count",
        lambda s, _p, _c: s.scalar(select(func.count()).select_from(Person)),
        results.append,
    )
    assert task.outcome == "done" and results == [task.result] and task.result > 100
    assert not runner.running

    def refuse(_s: Any, _p: Any, _c: Any) -> None:
        raise ServiceError("第 3 行：身份证号不对")

    task = runner.start("refuse", refuse)
    assert task.outcome == "refused" and shown == [("warn", "第 3 行：身份证号不对")]
