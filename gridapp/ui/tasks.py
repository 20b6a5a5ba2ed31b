"""The one way to run long work off the GUI thread: a worker QThread, a progress dialog with a
Cancel button, the outcome in the GUI thread.

``TaskRunner.start(title, work, on_done)`` runs ``work(session, progress, cancel)`` inside one
``session_scope`` (a cancel or an error rolls everything back); ``start_job(title, job,
on_done)`` runs ``job(progress, cancel)`` that needs no session of the window's engine (a
backup, a restore, printing, the demo build). ``quiet=True`` shows no dialog and only logs a
failure (the daily backup). ``run_blocking`` is for work before any window exists (the start
window's demo, a restore offered at opening): it waits in a local event loop, so the progress
dialog still paints and cancels. ServiceError / Cancelled / unexpected errors reach the user as
a dialog.

Before a worker starts, ``prewarm_now`` creates the Qt types and imports the work modules in
the GUI thread (``ui/prewarm.py`` names the PySide6 crash this avoids), so no caller has to.

``TaskRunner.synchronous = True`` (the GUI tests' fixture) runs every task inline in the
calling thread with the same signals, so a test sees the outcome when ``start`` returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from gridapp.db.engine import session_scope
from gridapp.services.common import CancelFlag, Cancelled, Progress, ServiceError
from gridapp.ui import dialogs_io, readonly

log = logging.getLogger(__name__)

Work = Callable[[Session, Progress, CancelFlag], Any]
Job = Callable[[Progress, CancelFlag], Any]

DONE, CANCELLED, REFUSED, ERROR = "done", "cancelled", "refused", "error"


def in_session(engine: Engine, work: Work) -> Job:
    """``work`` as a job: inside one transaction of ``engine``, checked for a late cancel."""

    def job(progress: Progress, cancel: CancelFlag) -> Any:
        with session_scope(engine) as session:
            result = work(session, progress, cancel)
            cancel.check()  # a cancel during the last step still rolls back
        return result

    return job


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, str)  # kind: CANCELLED | REFUSED | ERROR, message

    def __init__(self, job: Job, cancel: CancelFlag) -> None:
        super().__init__()
        self.job = job
        self.cancel = cancel
        self.in_own_thread = False

    def run(self) -> None:
        try:
            self._run()
        finally:
            if self.in_own_thread:  # the thread ends with its job: ``wait()`` needs no loop
                thread = QThread.currentThread()
                if thread is not None:
                    thread.quit()

    def _run(self) -> None:
        try:
            result = self.job(self._progress, self.cancel)
        except Cancelled as exc:
            self.failed.emit(CANCELLED, str(exc))
        except ServiceError as exc:
            self.failed.emit(REFUSED, str(exc))
        except Exception as exc:  # shown to the user, logged with the traceback
            if readonly.write_refused(exc):  # a read-only window: a refusal, not a failure
                log.info("write refused: the register is open read-only")
                self.failed.emit(REFUSED, readonly.refusal_text())
                return
            log.exception("task failed")
            self.failed.emit(ERROR, f"{type(exc).__name__}: {exc}")
        else:
            self.finished.emit(result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progressed.emit(done, total, message)


class Task(QObject):
    """One running task; ``done`` / ``failed`` / ``ended`` are emitted in the GUI thread."""

    done = Signal(object)
    failed = Signal(str, str)
    ended = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Job,
        *,
        quiet: bool = False,
        prewarm: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.cancel_flag = CancelFlag()
        self.quiet = quiet
        self.prewarm = prewarm
        self.worker_thread = QThread()
        self.worker = _Worker(job, self.cancel_flag)
        self.dialog = None if quiet else self._progress_dialog(parent, title)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.result: Any = None
        self.outcome = ""  # DONE | CANCELLED | REFUSED | ERROR once ended

    def _progress_dialog(self, parent: QWidget | None, title: str) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> None:
        if TaskRunner.synchronous:
            self.worker.run()
            return
        from gridapp.ui.prewarm import prewarm_now

        # no first imports or Qt types in the worker thread (see ui/prewarm.py)
        (self.prewarm or prewarm_now)()
        self.worker.in_own_thread = True
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker_thread.start()

    def cancel(self) -> None:
        self.cancel_flag.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None or self.outcome:  # a late report after the end (re-entered)
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message and not self.cancel_flag.cancelled:
            self.dialog.setLabelText(message)

    def _finish_thread(self) -> None:
        self.worker_thread.quit()
        self.worker_thread.wait()
        self._close_dialog()

    def _close_dialog(self) -> None:
        """The progress dialog goes before any result or message box is shown, for good:
        QProgressDialog shows itself from a timer ``minimumDuration`` after it is made, so a
        task quicker than that would otherwise pop its dialog up over its own result (the
        message box's event loop runs that timer). ``reset`` stops the timer."""
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.canceled.disconnect(self.cancel)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def _on_finished(self, result: object) -> None:
        self.outcome = DONE
        self._finish_thread()
        self.result = result
        self.done.emit(result)
        self.ended.emit()

    def _on_failed(self, kind: str, message: str) -> None:
        self.outcome = kind
        self._finish_thread()
        if self.quiet:
            log.warning("background task ended: %s", kind)
        else:
            self._tell(kind, message)
        self.failed.emit(kind, message)
        self.ended.emit()

    def _tell(self, kind: str, message: str) -> None:
        parent = self.parent()
        widget = parent if isinstance(parent, QWidget) else None
        if kind == CANCELLED:
            dialogs_io.info(
                widget, self.tr("Cancelled"), self.tr("Cancelled; nothing was changed.")
            )
        elif kind == REFUSED:
            dialogs_io.warn(widget, self.tr("Not done"), message)
        else:
            dialogs_io.error(
                widget,
                self.tr("Error"),
                self.tr("The operation failed; nothing was changed."),
                message,
            )


class TaskRunner:
    """Starts tasks for a window; keeps them alive until they end."""

    synchronous: ClassVar[bool] = False  # tests: run inline, deterministically

    def __init__(self, parent: QWidget, engine: Engine | Callable[[], Engine]) -> None:
        """``engine``: the register the ``start`` tasks write to, or a callable opening it
        when first needed."""
        self.parent = parent
        self._engine = engine
        self.running: list[Task] = []

    @property
    def engine(self) -> Engine:
        if callable(self._engine):  # engines are not callable
            self._engine = self._engine()
        return self._engine

    def start(self, title: str, work: Work, on_done: Callable[[Any], None] | None = None) -> Task:
        return self.start_job(title, in_session(self.engine, work), on_done)

    def start_job(
        self,
        title: str,
        job: Job,
        on_done: Callable[[Any], None] | None = None,
        *,
        quiet: bool = False,
        on_failed: Callable[[str, str], None] | None = None,
        prewarm: Callable[[], None] | None = None,
    ) -> Task:
        """``prewarm``: what the job needs made in the GUI thread first, when it is less than
        everything (``prewarm.incarnate_qt_types`` for a job that imports nothing new)."""
        task = Task(self.parent, title, job, quiet=quiet, prewarm=prewarm)
        if on_done is not None:
            task.done.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        task.ended.connect(lambda: self.running.remove(task) if task in self.running else None)
        self.running.append(task)
        task.start()
        return task

    def busy(self) -> bool:
        """A task the user started (with its dialog) is still running."""
        return any(not task.quiet for task in self.running)

    def wait_quiet(self) -> None:
        """Let the quiet tasks (an automatic backup) finish, before the window closes; their
        outcomes are delivered at once."""
        waited = False
        for task in list(self.running):
            if task.quiet:
                task.worker_thread.wait()
                waited = True
        if waited:
            QCoreApplication.sendPostedEvents()


def run_blocking(parent: QWidget | None, title: str, job: Job) -> Task:
    """Run ``job`` off the GUI thread and return its ended task (``outcome``, ``result``),
    keeping the screen alive meanwhile; a refusal or error has been shown to the user."""
    task = Task(parent, title, job)
    loop = QEventLoop()
    task.ended.connect(loop.quit)
    task.start()
    if not task.outcome:  # not ended inline (synchronous runner)
        loop.exec()
    return task
