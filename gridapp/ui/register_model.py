"""The register table: a lazy Qt model over SQLite, never 100,000 ORM objects.

On ``reload`` the model runs ONE query for the ordered ids matching the filter (cheap: ints
only); rows are fetched by id in pages of ``PAGE`` when the view asks for them and kept in a
small cache. Sorting re-runs the id query with another ORDER BY.

The unfiltered register in register order (what the window opens on) and the rows are read
with plain SQL (``RawReader``); other filters and sorts are built with SQLAlchemy, imported
when first needed, so that opening the window does not load it.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from gridapp.db import regdb, vocab
from gridapp.db.regdb import RawReader
from gridapp.domain import idcard

if TYPE_CHECKING:
    from sqlalchemy import Engine, Select

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
CACHE_PAGES = 40
HOUSEHOLDS = "households"
PERSONS = "persons"


@dataclass
class RegisterFilter:
    """What the register table shows. Empty fields do not filter."""

    mode: str = HOUSEHOLDS
    text: str = ""
    area_ids: frozenset[int] | None = None  # grids (an area and its descendants)
    compound_id: int | None = None
    building_id: int | None = None
    unit_id: int | None = None
    group_code: str = ""
    category: str = ""
    status: str = ""  # a person status, or "" for all live ones
    age_min: int | None = None
    age_max: int | None = None
    show_archived: bool = False
    today: dt.date = field(default_factory=dt.date.today)


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


def _age_bounds(flt: RegisterFilter) -> list[Any]:
    from gridapp.db.models import Person

    where: list[Any] = []
    today = flt.today
    if flt.age_min is not None:  # born on or before today minus age_min years
        where.append(Person.birth_date <= _years_before(today, flt.age_min))
    if flt.age_max is not None:  # younger than age_max + 1
        where.append(Person.birth_date > _years_before(today, flt.age_max + 1))
    return where


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _place_where(flt: RegisterFilter) -> list[Any]:
    from sqlalchemy import select

    from gridapp.db.models import Building, Household, Room
    from gridapp.db.models import Unit as UnitRow

    where: list[Any] = []
    if flt.area_ids is not None:
        where.append(Household.grid_id.in_(flt.area_ids))
    room_units = None
    if flt.unit_id is not None:
        room_units = select(Room.id).where(Room.unit_id == flt.unit_id)
    elif flt.building_id is not None:
        room_units = (
            select(Room.id)
            .join(UnitRow, Room.unit_id == UnitRow.id)
            .where(UnitRow.building_id == flt.building_id)
        )
    elif flt.compound_id is not None:
        room_units = (
            select(Room.id)
            .join(UnitRow, Room.unit_id == UnitRow.id)
            .join(Building, UnitRow.building_id == Building.id)
            .where(Building.compound_id == flt.compound_id)
        )
    if room_units is not None:
        where.append(Household.room_id.in_(room_units))
    return where


def _person_where(flt: RegisterFilter) -> list[Any]:
    from sqlalchemy import select

    from gridapp.db.models import GroupKind, GroupMembership, Person
    from gridapp.domain.text import escape_like
    from gridapp.services.search import household_uuid_from_qr, normalize_query

    where: list[Any] = [Person.deleted_at.is_(None)]
    if flt.status:
        where.append(Person.status == flt.status)
    elif not flt.show_archived:
        where.append(Person.status.not_in(vocab.ARCHIVED_STATUSES))
    if flt.category:
        where.append(Person.category == flt.category)
    where += _age_bounds(flt)
    if flt.group_code:
        where.append(
            Person.id.in_(
                select(GroupMembership.person_id)
                .join(GroupKind, GroupMembership.group_id == GroupKind.id)
                .where(
                    GroupKind.code == flt.group_code,
                    GroupMembership.left_on.is_(None),
                    GroupMembership.deleted_at.is_(None),
                )
            )
        )
    q = normalize_query(flt.text)
    if q and household_uuid_from_qr(flt.text) is None:
        where.append(Person.search_text.like(f"%{escape_like(q)}%", escape="\\"))
    return where


def person_filtered(flt: RegisterFilter) -> bool:
    return bool(
        flt.text or flt.category or flt.status or flt.group_code
        or flt.age_min is not None or flt.age_max is not None
    )  # fmt: skip


class RegisterModel(QAbstractTableModel):
    """Households or persons of the register, filtered and sorted in SQL, fetched lazily."""

    def __init__(
        self,
        engine: Engine | Callable[[], Engine],
        parent: Any = None,
        raw: RawReader | None = None,
    ) -> None:
        """``engine``: the register (reads), or a callable opening it when first needed;
        ``raw``: plain SQL reads (default: the engine's raw connections)."""
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
        self._loading: tuple[int, threading.Thread, list[TextIndex]] | None = None
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

    def _household_sort(self) -> list[Any]:
        from sqlalchemy import select

        from gridapp.db.models import Household, Person

        head = select(Person.name).where(Person.id == Household.head_id).scalar_subquery()
        keys: dict[int, Any] = {
            0: Household.number,
            1: Household.sort_key,
            2: head,
            4: Household.housing,
            5: Household.grid_id,
            6: Household.status,
        }
        return self._order(keys, [Household.sort_key, Household.id])

    def _person_sort(self) -> list[Any]:
        from gridapp.db.models import Household, Person

        keys: dict[int, Any] = {
            0: Person.name_pinyin,
            1: Person.gender,
            2: Person.birth_date,
            3: Person.id_number,
            4: Person.relation,
            5: Person.phone,
            6: Person.category,
            7: Household.number,
            8: Household.sort_key,
            9: Household.grid_id,
            10: Person.status,
        }
        default = [Household.sort_key, Household.id, Person.sort_order, Person.id]
        if self.sort_column == 2:  # age: the youngest has the latest birth date
            col = Person.birth_date
            desc = self.sort_order == Qt.SortOrder.AscendingOrder
            return [col.desc() if desc else col.asc(), Person.id]
        return self._order(keys, default)

    def _order(self, keys: dict[int, Any], default: list[Any]) -> list[Any]:
        col = keys.get(self.sort_column)
        if col is None:
            return default
        desc = self.sort_order == Qt.SortOrder.DescendingOrder
        return [col.desc() if desc else col.asc(), *default]

    def id_query(self) -> Select[Any]:
        from sqlalchemy import and_, false, or_, select, true

        from gridapp.db.models import Household, Person
        from gridapp.domain.text import escape_like
        from gridapp.services.search import household_uuid_from_qr, normalize_query

        flt = self.filter
        qr = household_uuid_from_qr(flt.text) if flt.text else None
        if flt.mode == PERSONS:
            query = (
                select(Person.id)
                .outerjoin(Household, Person.household_id == Household.id)
                .where(*_person_where(flt), *_place_where(flt))
            )
            if qr is not None:
                query = query.where(Household.uuid == qr)
            return query.order_by(*self._person_sort())
        query = select(Household.id).where(Household.deleted_at.is_(None), *_place_where(flt))
        if qr is not None:
            query = query.where(Household.uuid == qr)
        elif not flt.show_archived:
            query = query.where(Household.status == vocab.HOUSEHOLD_ACTIVE)
        if person_filtered(flt) and qr is None:
            matching = select(Person.household_id).where(*_person_where(flt))
            q = normalize_query(flt.text)
            if q:
                like = f"%{escape_like(q)}%"
                query = query.where(
                    or_(
                        Household.id.in_(matching),
                        and_(
                            true() if not person_filtered_except_text(flt) else false(),
                            or_(
                                Household.number.like(like, escape="\\"),
                                Household.address.like(like, escape="\\"),
                            ),
                        ),
                    )
                )
            else:
                query = query.where(Household.id.in_(matching))
        return query.order_by(*self._household_sort())

    def _fetch_rows(self, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        """The display values of these rows: one plain SQL query (no ORM objects)."""
        marks = ",".join("?" * len(ids))
        if self.filter.mode == PERSONS:
            p_rows = self.raw.rows(
                "SELECT p.id, p.name, p.gender, p.birth_date, p.id_number, p.relation, p.phone,"
                " p.category, h.number, h.address, a.name, p.status"
                " FROM person p LEFT JOIN household h ON p.household_id = h.id"
                f" LEFT JOIN area a ON h.grid_id = a.id WHERE p.id IN ({marks})",
                ids,
            )
            today = self.filter.today
            labels = status_labels()
            return {
                r[0]: (
                    r[1], r[2],
                    idcard.age_at(_date(r[3]), today) if r[3] else None,
                    idcard.mask(r[4]), r[5], r[6], r[7], r[8], r[9], r[10],
                    labels.get(r[11], r[11]), r[11],
                )
                for r in p_rows
            }  # fmt: skip
        archived = ",".join("?" * len(vocab.ARCHIVED_STATUSES))
        h_rows = self.raw.rows(
            "SELECT h.id, h.number, h.address,"
            " (SELECT p.name FROM person p WHERE p.id = h.head_id),"
            " (SELECT count(*) FROM person p WHERE p.household_id = h.id"
            f"   AND p.status NOT IN ({archived}) AND p.deleted_at IS NULL),"
            " h.housing, a.name, h.status"
            f" FROM household h LEFT JOIN area a ON h.grid_id = a.id WHERE h.id IN ({marks})",
            [*vocab.ARCHIVED_STATUSES, *ids],
        )
        labels = status_labels()
        return {
            r[0]: (r[1], r[2], r[3], r[4], r[5], r[6], labels.get(r[7], r[7]), r[7]) for r in h_rows
        }

    def _plain_ids(self) -> list[int] | None:
        """The ids of the unfiltered register in register order by plain SQL; None when the
        filter or the sort needs the SQLAlchemy query (``id_query``)."""
        flt = self.filter
        if (
            self.sort_column != -1
            or flt.text
            or person_filtered_except_text(flt)
            or flt.area_ids is not None
            or flt.compound_id is not None
            or flt.building_id is not None
            or flt.unit_id is not None
        ):
            return None
        archived = list(vocab.ARCHIVED_STATUSES)
        if flt.mode == PERSONS:
            hide = (
                ""
                if flt.show_archived
                else f" AND p.status NOT IN ({','.join('?' * len(archived))})"
            )
            rows = self.raw.rows(
                "SELECT p.id FROM person p LEFT JOIN household h ON p.household_id = h.id"
                f" WHERE p.deleted_at IS NULL{hide}"
                " ORDER BY h.sort_key, h.id, p.sort_order, p.id",
                [] if flt.show_archived else archived,
            )
        elif flt.show_archived:
            rows = self.raw.rows(
                "SELECT id FROM household WHERE deleted_at IS NULL ORDER BY sort_key, id"
            )
        else:
            rows = self.raw.rows(*regdb.HOUSEHOLD_IDS)
        return [r[0] for r in rows]

    def matching_ids(self) -> list[int]:
        """The ordered ids of the filter: from the in-memory text index when only the search
        text filters (the common as-you-type case), else from SQL."""
        plain = self._plain_ids()
        if plain is not None:
            return plain
        from sqlalchemy.orm import Session

        from gridapp.services.search import household_uuid_from_qr, normalize_query

        flt = self.filter
        q = normalize_query(flt.text)
        fast = (
            q
            and household_uuid_from_qr(flt.text) is None
            and self.sort_column == -1
            and not person_filtered_except_text(flt)
            and flt.area_ids is None
            and flt.compound_id is None
            and flt.building_id is None
            and flt.unit_id is None
        )
        if fast:
            index = self.text_index or self._take_loaded_index()
            if index is not None:
                return index.match(q, flt.mode, flt.show_archived)
            self.load_index_in_background()  # meanwhile: SQL
        with Session(self.engine) as session:
            return list(session.scalars(self.id_query()))

    def load_index_in_background(self) -> None:
        """Build the text index in a daemon thread (its own connection); the first keystrokes
        use SQL until it is there."""
        if self._loading is not None or self.text_index is not None:
            return
        generation = self._generation
        box: list[TextIndex] = []
        engine = self.engine

        def work() -> None:
            try:
                box.append(TextIndex.load(engine))
            except Exception:  # the register went away; SQL keeps working
                logging.getLogger(__name__).warning("text index not built", exc_info=True)

        from gridapp.ui.prewarm import incarnate_qt_types

        incarnate_qt_types()  # no Qt type built while the thread runs (see ui/prewarm.py)
        thread = threading.Thread(target=work, name="gridapp-text-index", daemon=True)
        self._loading = (generation, thread, box)
        thread.start()

    def _take_loaded_index(self) -> TextIndex | None:
        if self._loading is None:
            return None
        generation, thread, box = self._loading
        if thread.is_alive():
            return None
        self._loading = None
        if generation == self._generation and box:
            self.text_index = box[0]
        return self.text_index

    def ensure_index(self) -> TextIndex:
        """Build the text index now (tests, benchmarks)."""
        if self.text_index is None:
            self.text_index = TextIndex.load(self.engine)
        return self.text_index

    def invalidate(self) -> None:
        """The register changed: the text index is rebuilt (in the background) when needed."""
        self.text_index = None
        self._loading = None
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


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


class TextIndex:
    """Every person's search text in register order, kept in memory by the window.

    Filtering 100,000 short strings with ``in`` takes a few milliseconds, several times faster
    than SQLite's LIKE scan over the wide person table, and keeps the register order without a
    sort. Same matches as the SQL path (``_person_where`` / ``id_query``): substring of the
    lower-cased search text; households also by number or address.
    """

    def __init__(
        self,
        persons: list[tuple[int, int | None, bool, str]],
        households: list[tuple[int, bool, str]],
    ) -> None:
        self.persons = persons  # (id, household id, archived, text)
        self.households = households  # (id, archived, number|address lower-cased)

    @classmethod
    def load(cls, engine: Engine) -> TextIndex:
        """Two plain SQL reads (no ORM rows: this is the hot start of a search)."""
        archived = "','".join(vocab.ARCHIVED_STATUSES)
        with engine.connect() as conn:
            persons = [
                (pid, hid, bool(gone), text or "")
                for pid, hid, gone, text in conn.exec_driver_sql(
                    "SELECT p.id, p.household_id, p.status IN ('" + archived + "'), p.search_text "
                    "FROM person p LEFT JOIN household h ON p.household_id = h.id "
                    "WHERE p.deleted_at IS NULL "
                    "ORDER BY h.sort_key, h.id, p.sort_order, p.id"
                )
            ]
            households = [
                (hid, status != vocab.HOUSEHOLD_ACTIVE, f"{number or ''}|{address or ''}".lower())
                for hid, status, number, address in conn.exec_driver_sql(
                    "SELECT id, status, number, address FROM household "
                    "WHERE deleted_at IS NULL ORDER BY sort_key, id"
                )
            ]
        return cls(persons, households)

    def match(self, q: str, mode: str, show_archived: bool) -> list[int]:
        hits = [
            (pid, hid)
            for pid, hid, archived, text in self.persons
            if q in text and (show_archived or not archived)
        ]
        if mode == PERSONS:
            return [pid for pid, _hid in hits]
        with_member = {hid for _pid, hid in hits}
        return [
            hid
            for hid, archived, text in self.households
            if (show_archived or not archived) and (hid in with_member or q in text)
        ]


def person_filtered_except_text(flt: RegisterFilter) -> bool:
    return bool(
        flt.category or flt.status or flt.group_code
        or flt.age_min is not None or flt.age_max is not None
    )  # fmt: skip
