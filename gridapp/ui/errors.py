"""Unexpected exceptions: logged to a file in the data folder and shown once to the user."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from gridapp import paths
from gridapp.ui import dialogs_io, readonly

log = logging.getLogger("gridapp.ui")
_shown = False


def log_file() -> str:
    return str(paths.logs_dir() / "gui-errors.log")


def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    global _shown
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    text = "".join(traceback.format_exception(kind, value, tb))
    try:
        with open(log_file(), "a", encoding="utf-8") as out:
            out.write(text + "\n")
    except OSError:
        pass
    if readonly.write_refused(value):  # a write in a read-only window: told, not a crash
        log.info("write refused: the register is open read-only")
        dialogs_io.warn(
            None, QCoreApplication.translate("errors", "Not saved"), readonly.refusal_text()
        )
        return
    log.error("unexpected error in the window: %s", kind.__name__)
    if _shown:
        return
    _shown = True
    dialogs_io.error(
        None,
        QCoreApplication.translate("errors", "Unexpected error"),
        QCoreApplication.translate(
            "errors",
            "Something went wrong inside the program. Your register is safe: every change is "
            "saved in one piece or not at all. The details were written to:",
        )
        + "\n"
        + log_file(),
        text,
    )


def install() -> None:
    sys.excepthook = handle
