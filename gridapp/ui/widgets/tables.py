"""A read-only table of plain rows, each row keyed by an id: a QTableView on a small model.

(Not QTableWidget: with PySide6 6.12 on Python 3.11 every ``setItem`` call drops a reference to
``None``; a table of a few thousand cells filled that way ends the process with
"none_dealloc". A model returns its values from ``data`` and makes no such calls.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor("#fde2e2")
HIGHLIGHT = QColor("#fff4d6")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class RowModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.texts: list[list[str]] = []
        self.numeric: list[list[bool]] = []
        self.keys: list[int | None] = []
        self.marks: list[QBrush | None] = []

    def load(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        keys: Sequence[int] | None,
        marked: Sequence[bool] | None,
        color: QColor,
    ) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.texts = [[cell_text(v) for v in row] for row in rows]
        self.numeric = [
            [isinstance(v, (int, float)) and not isinstance(v, bool) for v in row] for row in rows
        ]
        self.keys = list(keys) if keys is not None else [None] * len(rows)
        brush = QBrush(color)
        self.marks = [brush if marked is not None and marked[r] else None for r in range(len(rows))]
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.texts)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.texts[r]
            return row[c] if c < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.marks[r]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            row_n = self.numeric[r]
            return _RIGHT if c < len(row_n) and row_n[c] else _LEFT
        if role == KEY_ROLE:
            return self.keys[r]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class RowTable(QTableView):
    """Rows of plain values; ``current_key()`` gives the id of the selected row."""

    itemSelectionChanged = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.rows = RowModel(self)
        self.setModel(self.rows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        self.selectionModel().selectionChanged.connect(
            lambda _s, _d: self.itemSelectionChanged.emit()
        )

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[object]],
        keys: Sequence[int] | None = None,
        marked: Sequence[bool] | None = None,
        mark_color: QColor = OVERDUE,
    ) -> None:
        keep = self.current_key()
        blocked = self.blockSignals(True)  # a fill is not a user's selection
        self.rows.load(headers, rows, keys, marked, mark_color)
        self.resizeColumnsToContents()
        for c in range(self.rows.columnCount()):
            if self.columnWidth(c) > 260:
                self.setColumnWidth(c, 260)
        if keep is not None:
            self.select_key(keep)
        self.blockSignals(blocked)

    def rowCount(self) -> int:
        return self.rows.rowCount()

    def columnCount(self) -> int:
        return self.rows.columnCount()

    def text(self, row: int, column: int) -> str:
        if 0 <= row < len(self.rows.texts) and 0 <= column < len(self.rows.texts[row]):
            return self.rows.texts[row][column]
        return ""

    def is_marked(self, row: int) -> bool:
        return 0 <= row < len(self.rows.marks) and self.rows.marks[row] is not None

    def key_at(self, row: int) -> int | None:
        return self.rows.keys[row] if 0 <= row < len(self.rows.keys) else None

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def current_key(self) -> int | None:
        return self.key_at(self.currentRow())

    def select_key(self, key: int) -> bool:
        for r, k in enumerate(self.rows.keys):
            if k == key:
                self.selectionModel().setCurrentIndex(
                    self.rows.index(r, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def row_keys(self) -> list[int]:
        return [k for k in self.rows.keys if k is not None]

    def column_texts(self, column: int) -> list[str]:
        return [self.text(r, column) for r in range(self.rowCount())]
