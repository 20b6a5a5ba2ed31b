"""The register table: a Qt model over plain rows fetched from SQLite, never ORM objects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, Person

Index = QModelIndex | QPersistentModelIndex


class HouseholdTableModel(QAbstractTableModel):
    HEADERS = ("户号", "住址", "户主", "人数", "住房", "网格")

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.rows: list[tuple[Any, ...]] = []

    def reload(self) -> None:
        head = select(Person.name).where(Person.id == Household.head_id).scalar_subquery()
        members = (
            select(func.count())
            .where(
                Person.household_id == Household.id,
                Person.status.not_in(vocab.ARCHIVED_STATUSES),
                Person.deleted_at.is_(None),
            )
            .scalar_subquery()
        )
        query = (
            select(
                Household.number,
                Household.address,
                head,
                members,
                Household.housing,
                Area.name,
                Household.id,
            )
            .outerjoin(Area, Household.grid_id == Area.id)
            .where(Household.deleted_at.is_(None), Household.status == vocab.HOUSEHOLD_ACTIVE)
            .order_by(Household.sort_key, Household.id)
        )
        self.beginResetModel()
        with Session(self.engine) as session:
            self.rows = [tuple(r) for r in session.execute(query)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None
