"""Long work in a worker thread with its own session, a progress dialog and a cancel button.

``TaskRunner.start(title, work, on_done)`` runs ``work(session, progress, cancel)`` in a
QThread inside one ``session_scope`` (so a cancel or an error rolls everything back), shows a
QProgressDialog whose Cancel sets the ``CancelFlag``, and calls ``on_done(result)`` in the GUI
thread. ServiceError / Cancelled / unexpected errors reach the user as a dialog.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.services.common import CancelFlag, Cancelled, Progress, ServiceError
from gridapp.ui import dialogs_io

log = logging.getLogger(__name__)

Work = Callable[[Session, Progress, CancelFlag], Any]


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # kind: "cancelled" | "refused" | "error", message

    def __init__(self, engine: Engine, work: Work, cancel: CancelFlag) -> None:
        super().__init__()
        self.engine = engine
        self.work = work
        self.cancel = cancel

    def run(self) -> None:
        try:
            with session_scope(self.engine) as session:
                result = self.work(session, self._progress, self.cancel)
                self.cancel.check()
        except Cancelled as exc:
            self.failed.emit("cancelled", str(exc))
        except ServiceError as exc:
            self.failed.emit("refused", str(exc))
        except Exception as exc:  # shown to the user, logged with the traceback
            log.exception("task failed")
            self.failed.emit("error", f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)


class Task(QObject):
    """One running task; ``done`` / ``failed`` are emitted in the GUI thread."""

    done = Signal(object)
    failed = Signal(str, str)
    ended = Signal()

    def __init__(self, parent: QWidget | None, engine: Engine, title: str, work: Work) -> None:
        super().__init__(parent)
        self.cancel_flag = CancelFlag()
        self.worker_thread = QThread()
        self.worker = _Worker(engine, work, self.cancel_flag)
        self.worker.moveToThread(self.worker_thread)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("taskProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setMinimumWidth(420)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.result: Any = None
        self.outcome = ""  # "done" | "cancelled" | "refused" | "error"

    def start(self) -> None:
        from gridapp.ui.prewarm import prewarm_now

        prewarm_now()  # no first imports in the worker thread (see ui/prewarm.py)
        self.worker_thread.start()

    def cancel(self) -> None:
        self.cancel_flag.cancel()
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message and not self.cancel_flag.cancelled:
            self.dialog.setLabelText(message)

    def _finish_thread(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self._finish_thread()
        self.result = result
        self.outcome = "done"
        self.done.emit(result)
        self.ended.emit()

    def _on_failed(self, kind: str, message: str) -> None:
        self._finish_thread()
        self.outcome = kind
        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        if kind == "cancelled":
            dialogs_io.info(
                widget, self.tr("Cancelled"), self.tr("Cancelled; nothing was changed.")
            )
        elif kind == "refused":
            dialogs_io.warn(widget, self.tr("Not done"), message)
        else:
            dialogs_io.error(
                widget,
                self.tr("Error"),
                self.tr("The operation failed; nothing was changed."),
                message,
            )
        self.failed.emit(kind, message)
        self.ended.emit()


class TaskRunner:
    """Starts tasks for a window; keeps them alive until they end."""

    def __init__(self, parent: QWidget, engine: Engine) -> None:
        self.parent = parent
        self.engine = engine
        self.running: list[Task] = []

    def start(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None) -> Task:
        task = Task(self.parent, self.engine, title, work)
        if on_done is not None:
            task.done.connect(on_done)
        task.ended.connect(lambda: self.running.remove(task) if task in self.running else None)
        self.running.append(task)
        task.start()
        return task
