"""The register table: a lazy Qt model over SQLite, never 100,000 ORM objects.

On ``reload`` the model runs ONE query for the ordered ids matching the filter (cheap: ints
only); rows are fetched by id in pages of ``PAGE`` when the view asks for them and kept in a
small cache. Sorting re-runs the id query with another ORDER BY.

Which ids and which values: ``services/register_list.py`` (no Qt), whose unfiltered path and
row reads are plain SQL (``RawReader``), so that opening the window loads no SQLAlchemy.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from gridapp.db import vocab
from gridapp.db.regdb import RawReader
from gridapp.domain.text import search_key
from gridapp.services import register_list
from gridapp.services.common import CancelFlag, Progress
from gridapp.services.register_list import HOUSEHOLDS, PERSONS, RegisterFilter, Sort, TextIndex

if TYPE_CHECKING:
    from sqlalchemy import Engine

# (job, on_done, on_failed): a quiet background task (``TaskRunner.start_job`` with quiet=True)
QuietRunner = Callable[
    [Callable[[Progress, CancelFlag], Any], Callable[[Any], None], Callable[[str, str], None]],
    None,
]

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
CACHE_PAGES = 40


def household_headers() -> list[str]:
    return [
        QCoreApplication.translate("RegisterModel", "Household no."),
        QCoreApplication.translate("RegisterModel", "Address"),
        QCoreApplication.translate("RegisterModel", "Head"),
        QCoreApplication.translate("RegisterModel", "Size"),
        QCoreApplication.translate("RegisterModel", "Housing"),
        QCoreApplication.translate("RegisterModel", "Grid"),
        QCoreApplication.translate("RegisterModel", "Status"),
    ]


def person_headers() -> list[str]:
    return [
        QCoreApplication.translate("RegisterModel", "Name"),
        QCoreApplication.translate("RegisterModel", "Gender"),
        QCoreApplication.translate("RegisterModel", "Age"),
        QCoreApplication.translate("RegisterModel", "ID number"),
        QCoreApplication.translate("RegisterModel", "Relation"),
        QCoreApplication.translate("RegisterModel", "Phone"),
        QCoreApplication.translate("RegisterModel", "Category"),
        QCoreApplication.translate("RegisterModel", "Household no."),
        QCoreApplication.translate("RegisterModel", "Address"),
        QCoreApplication.translate("RegisterModel", "Grid"),
        QCoreApplication.translate("RegisterModel", "Status"),
    ]


def status_labels() -> dict[str, str]:
    return {
        vocab.STATUS_ACTIVE: QCoreApplication.translate("RegisterModel", "Resident"),
        vocab.STATUS_AWAY: QCoreApplication.translate("RegisterModel", "Away"),
        vocab.STATUS_MOVED_OUT: QCoreApplication.translate("RegisterModel", "Moved out"),
        vocab.STATUS_DECEASED: QCoreApplication.translate("RegisterModel", "Deceased"),
        vocab.HOUSEHOLD_ARCHIVED: QCoreApplication.translate("RegisterModel", "Archived"),
    }


def status_label(status: str) -> str:
    return status_labels().get(status, status)


# data() runs for every visible cell and role: plain ints and ready values
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_ROLES = frozenset((_DISPLAY, _FOREGROUND, _USER, _ALIGNMENT))
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_GREYED = frozenset((*vocab.ARCHIVED_STATUSES, vocab.HOUSEHOLD_ARCHIVED))


class RegisterModel(QAbstractTableModel):
    """Households or persons of the register, filtered and sorted in SQL, fetched lazily."""

    def __init__(
        self,
        engine: Engine | Callable[[], Engine],
        parent: Any = None,
        raw: RawReader | None = None,
        run_quiet: QuietRunner | None = None,
    ) -> None:
        """``engine``: the register (reads), or a callable opening it when first needed;
        ``raw``: plain SQL reads (default: the engine's raw connections); ``run_quiet``: how to
        build the text index off the GUI thread (the window's task runner), else inline."""
        super().__init__(parent)
        self._engine = engine
        self.raw = raw if raw is not None else RawReader(None, lambda: self.engine)
        self.filter = RegisterFilter()
        self.ids: list[int] = []
        self._cache: OrderedDict[int, dict[int, tuple[Any, ...]]] = OrderedDict()
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._headers = household_headers()
        self.text_index: TextIndex | None = None
        self.run_quiet = run_quiet
        self._loading = False
        self._generation = 0

    # ------------------------------------------------------------ queries

    @property
    def engine(self) -> Engine:
        if callable(self._engine):  # engines are not callable
            self._engine = self._engine()
        return self._engine

    @property
    def mode(self) -> str:
        return self.filter.mode

    def _sort(self) -> Sort:
        return Sort(self.sort_column, self.sort_order == Qt.SortOrder.DescendingOrder)

    def _fetch_rows(self, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        return register_list.fetch_rows(self.raw, self.filter, ids, status_labels())

    def matching_ids(self) -> list[int]:
        """The ordered ids of the filter: plain SQL for the unfiltered register, the in-memory
        text index when only the search text filters (the common as-you-type case), else the
        SQLAlchemy query (``services/register_list.py``)."""
        flt, sort = self.filter, self._sort()
        plain = register_list.plain_ids(self.raw, flt, sort)
        if plain is not None:
            return plain
        if register_list.index_answers(flt, sort):
            index = self.text_index
            if index is not None:
                return index.match(search_key(flt.text), flt.mode, flt.show_archived)
            self.load_index_in_background()  # meanwhile: SQL
        return register_list.sql_ids(self.engine, flt, sort)

    def load_index_in_background(self) -> None:
        """Build the text index as a quiet task (its own connection); the first keystrokes use
        SQL until it is there. A change meanwhile (``invalidate``) discards what it built."""
        if self._loading or self.text_index is not None:
            return
        generation = self._generation
        engine = self.engine

        def job(_progress: Progress, _cancel: CancelFlag) -> TextIndex:
            return TextIndex.load(engine)

        def done(index: TextIndex) -> None:
            self._loading = False
            if generation == self._generation:
                self.text_index = index

        if self.run_quiet is None:
            done(job(lambda *_a: None, CancelFlag()))
            return
        self._loading = True
        self.run_quiet(job, done, self._index_failed)

    def _index_failed(self, _kind: str, _message: str) -> None:
        self._loading = False  # the register went away; SQL keeps working

    def ensure_index(self) -> TextIndex:
        """Build the text index now (tests, benchmarks)."""
        if self.text_index is None:
            self.text_index = TextIndex.load(self.engine)
        return self.text_index

    def invalidate(self) -> None:
        """The register changed: the text index is rebuilt (in the background) when needed."""
        self.text_index = None
        self._loading = False
        self._generation += 1

    def reload(self) -> None:
        ids = self.matching_ids()
        self.beginResetModel()
        self._headers = person_headers() if self.filter.mode == PERSONS else household_headers()
        self.ids = ids
        self._cache.clear()
        self.endResetModel()

    def set_filter(self, flt: RegisterFilter) -> None:
        self.filter = flt
        if flt.mode == HOUSEHOLDS and self.sort_column >= len(household_headers()):
            self.sort_column = -1
        self.reload()

    def refresh_rows(self) -> None:
        """Forget cached rows (after an edit) and repaint."""
        self._cache.clear()
        if self.ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.ids) - 1, self.columnCount() - 1)
            )

    def row_values(self, row: int) -> tuple[Any, ...] | None:
        if row < 0 or row >= len(self.ids):
            return None
        page_no = row // PAGE
        page = self._cache.get(page_no)
        if page is None:
            chunk = self.ids[page_no * PAGE : (page_no + 1) * PAGE]
            page = self._fetch_rows(chunk)
            self._cache[page_no] = page
            if len(self._cache) > CACHE_PAGES:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(page_no)
        return page.get(self.ids[row])

    def id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, entity_id: int) -> int:
        try:
            return self.ids.index(entity_id)
        except ValueError:
            return -1

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if column >= len(self._headers):
            return None
        if role == _USER:
            return self.id_at(index.row())
        values = self.row_values(index.row())
        if values is None:
            return None
        if role == _FOREGROUND:
            return QColor("#888888") if values[-1] in _GREYED else None
        if role == _ALIGNMENT:
            numeric = column == (2 if self.filter.mode == PERSONS else 3)
            return _RIGHT if numeric else None
        value = values[column]
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self.sort_column and order == self.sort_order:
            return  # the view re-announces its sort indicator: nothing to do
        self.layoutAboutToBeChanged.emit()
        self.sort_column = column
        self.sort_order = order
        self.ids = self.matching_ids()
        self._cache.clear()
        self.changePersistentIndexList(
            self.persistentIndexList(), [QModelIndex()] * len(self.persistentIndexList())
        )
        self.layoutChanged.emit()
