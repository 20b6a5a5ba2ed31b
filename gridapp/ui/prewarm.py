"""What worker threads would otherwise create lazily, created in the GUI thread before any
worker starts: the Python types of the Qt classes, and the modules the work code imports.

PySide6 builds a Qt class's Python type (with its enums, through Python's ``enum`` module) the
first time the class is used. When that happened in the GUI thread while a worker thread ran
Python code (an import preview, say), the process sometimes died with a segmentation fault
inside ``enum`` (seen in the GUI test suite, ~1 run in 3, once the window stopped building its
pages and importing the services at start). Modules first imported in a worker thread are
avoided for the same reason (PySide6 hooks ``import``). So ``prewarm_now`` (called before a
worker thread starts) creates all types of QtCore, QtGui and QtWidgets (~0.1 s) and imports the
work modules; ``prewarm_when_idle`` does the same a little at a time once the window is up.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Iterator

from PySide6.QtCore import QTimer

log = logging.getLogger(__name__)

# Third-party modules the work code imports inside functions, or that load parts lazily.
THIRD_PARTY = (
    "sqlalchemy.orm",
    "sqlalchemy.dialects.sqlite",
    "openpyxl",
    "openpyxl.chart",
    "xlsxwriter",
    "python_calamine",
    "reportlab.pdfgen.canvas",
    "reportlab.platypus",
    "reportlab.graphics.charts.barcharts",
    "reportlab.graphics.barcode.qr",
    "csv",
    # codecs are imported on first lookup: CSV ledgers, TrueType names, QR codes
    "encodings.utf_8_sig",
    "encodings.gb18030",
    "encodings.gbk",
    "encodings.utf_16_le",
    "encodings.utf_16_be",
    "encodings.mac_roman",
    "encodings.shift_jis",
)
# Our packages whose modules run in worker threads.
PACKAGES = ("gridapp.db", "gridapp.domain", "gridapp.services", "gridapp.importer",
            "gridapp.export", "gridapp.pdf")  # fmt: skip

_done = False
_pending: list[str] | None = None


def _names() -> Iterator[str]:
    yield from THIRD_PARTY
    for package in PACKAGES:
        module = importlib.import_module(package)
        yield package
        for info in pkgutil.iter_modules(module.__path__, package + "."):
            if not info.name.startswith("gridapp.db.migrations"):
                yield info.name


def _load(name: str) -> None:
    try:
        importlib.import_module(name)
    except ImportError:  # an optional part missing: the work that needs it says so itself
        log.warning("prewarm: %s not importable", name, exc_info=True)


_qt_done = False


def incarnate_qt_types() -> None:
    """Create the Python type of every class of the Qt modules we use (with their enums)."""
    global _qt_done
    if _qt_done:
        return
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            getattr(module, name)
    _qt_done = True


def prewarm_now() -> None:
    """Create the Qt types and import everything not yet imported (before a worker starts)."""
    global _done, _pending
    if _done:
        return
    incarnate_qt_types()
    for name in _pending if _pending is not None else list(_names()):
        _load(name)
    _pending = []
    _done = True


def prewarm_when_idle(delay_ms: int = 1500) -> None:
    """Import the modules a few at a time from the event loop, after ``delay_ms``, so the first
    screen is not delayed and the window stays responsive."""
    global _pending
    if _done or _pending is not None:
        return
    _pending = list(_names())

    def step() -> None:
        if _done or not _pending:
            return
        _load(_pending.pop(0))
        QTimer.singleShot(0, step)

    def first() -> None:
        if not _done:
            incarnate_qt_types()  # ~0.1 s; then one module per event-loop turn
            step()

    QTimer.singleShot(delay_ms, first)
