"""户号 and grid codes: every household has a number, unique across the sub-district.

A household number is its grid's prefix and a sequence: ``0010101`` + ``0001``. The prefix is
the grid's code without the sub-district's own code (街道 codes are the nine-digit national
ones; a community adds three digits, each grid level two), so the registers of a sub-district's
grids — kept on different laptops — never hand out the same number as long as their grids carry
the codes the street office issued. A grid without a code gets one the same way (its parent's
code and the next free sequence among its siblings) when it first numbers a household.

Numbers are never reused: the sequence continues after the highest one ever given under the
prefix, archived and removed households included. Written with SQLAlchemy Core over the few
columns that have existed since the first schema, so the upgrade that numbers the households
of older registers (migration 0002) runs this same code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from gridapp.domain.text import escape_like

SEQUENCE_DIGITS = 4
NO_GRID_PREFIX = "000"  # households placed in no grid (rare: a register without grids)
_CHILD_DIGITS = {"社区": 3}  # every other level below the top adds two digits
_DEFAULT_CHILD_DIGITS = 2

_area = sa.table(
    "area",
    sa.column("id", sa.Integer),
    sa.column("parent_id", sa.Integer),
    sa.column("level", sa.String),
    sa.column("code", sa.String),
    sa.column("deleted_at", sa.DateTime),
)
_household = sa.table(
    "household",
    sa.column("id", sa.Integer),
    sa.column("uuid", sa.String),
    sa.column("number", sa.String),
    sa.column("grid_id", sa.Integer),
    sa.column("deleted_at", sa.DateTime),
)

# (area id, old code, new code): reported to the caller, which logs the change.
CodeAssigned = Callable[[int, str, str], None]


def _ignore(_area_id: int, _old: str, _new: str) -> None:
    return None


@dataclass
class _Area:
    id: int
    parent_id: int | None
    level: str
    code: str


def _areas(conn: Any) -> dict[int, _Area]:
    rows = conn.execute(
        sa.select(_area.c.id, _area.c.parent_id, _area.c.level, _area.c.code).where(
            _area.c.deleted_at.is_(None)
        )
    )
    return {int(r.id): _Area(int(r.id), r.parent_id, str(r.level), str(r.code or "")) for r in rows}


@dataclass
class HouseholdNumbers:
    """Hands out household numbers for one transaction (an import numbers thousands at once:
    the prefixes and sequences are read once)."""

    conn: Any  # a Session or a Connection
    on_code: CodeAssigned = _ignore
    _areas: dict[int, _Area] | None = None
    _prefix: dict[int | None, str] = field(default_factory=dict)
    _next: dict[str, int] = field(default_factory=dict)
    _taken: set[str] = field(default_factory=set)

    def take(self, grid_id: int | None) -> str:
        """The next free number in the grid."""
        prefix = self.prefix(grid_id)
        seq = self._next.get(prefix)
        if seq is None:
            seq = self._highest(prefix) + 1
        while True:
            number = f"{prefix}{seq:0{SEQUENCE_DIGITS}d}"
            seq += 1
            # Above the highest number stored under the prefix: only this transaction's own
            # reserved numbers can be in the way.
            if number not in self._taken:
                break
        self._next[prefix] = seq
        self._taken.add(number)
        return number

    def reserve(self, number: str) -> None:
        """A number the caller uses as given (a ledger's own 户号): never handed out again."""
        self._taken.add(number)

    def prefix(self, grid_id: int | None) -> str:
        if grid_id not in self._prefix:
            self._prefix[grid_id] = (
                NO_GRID_PREFIX if grid_id is None else _prefix_of(self._code(grid_id), self._top())
            )
        return self._prefix[grid_id]

    def new_area(self, area_id: int, parent_id: int | None, level: str) -> str:
        """The code for an area the caller is about to insert (an import's new grid)."""
        areas = self._all()
        parent_code = self._code(parent_id) if parent_id is not None else ""
        area = _Area(area_id, parent_id, level, "")
        area.code = _next_child_code(areas, area, parent_code)
        areas[area_id] = area
        return area.code

    # ---------------------------------------------------------------- codes

    def _all(self) -> dict[int, _Area]:
        if self._areas is None:
            self._areas = _areas(self.conn)
        return self._areas

    def _top(self) -> str:
        """The code of the top area (the sub-district), removed from every prefix."""
        tops = [a for a in self._all().values() if a.parent_id is None]
        return tops[0].code if len(tops) == 1 else ""

    def _code(self, area_id: int) -> str:
        areas = self._all()
        area = areas.get(area_id)
        if area is None:
            return ""
        if area.code or area.parent_id is None:
            return area.code
        parent_code = self._code(area.parent_id)
        area.code = _next_child_code(areas, area, parent_code)
        self.conn.execute(sa.update(_area).where(_area.c.id == area.id).values(code=area.code))
        self.on_code(area.id, "", area.code)
        return area.code

    # ---------------------------------------------------------------- sequences

    def _highest(self, prefix: str) -> int:
        width = len(prefix) + SEQUENCE_DIGITS
        rows = self.conn.execute(
            sa.select(_household.c.number).where(
                _household.c.number.like(escape_like(prefix) + "%", escape="\\"),
                sa.func.length(_household.c.number) >= width,
            )
        )
        best = 0
        for (number,) in rows:
            tail = str(number)[len(prefix) :]
            if tail.isdigit():
                best = max(best, int(tail))
        return best


def _prefix_of(code: str, top: str) -> str:
    if top and code.startswith(top) and len(code) > len(top):
        return code[len(top) :]
    return code


def _next_child_code(areas: dict[int, _Area], area: _Area, parent_code: str) -> str:
    digits = _CHILD_DIGITS.get(area.level, _DEFAULT_CHILD_DIGITS)
    used = set()
    for other in areas.values():
        if other.parent_id == area.parent_id and other.code.startswith(parent_code):
            tail = other.code[len(parent_code) :]
            if tail.isdigit():
                used.add(int(tail))
    seq = 1
    while seq in used:
        seq += 1
    return f"{parent_code}{seq:0{digits}d}"


def unnumbered(conn: Any) -> list[tuple[int, str, int | None]]:
    """Live households without a number: (id, uuid, grid id), in id order."""
    rows = conn.execute(
        sa.select(_household.c.id, _household.c.uuid, _household.c.grid_id)
        .where(_household.c.number == "", _household.c.deleted_at.is_(None))
        .order_by(_household.c.id)
    )
    return [(int(r.id), str(r.uuid), r.grid_id) for r in rows]


def number_households(conn: Any, on_code: CodeAssigned = _ignore) -> list[tuple[int, str, str]]:
    """Give every live household without a number one: [(id, uuid, number)] as written."""
    numbers = HouseholdNumbers(conn, on_code)
    done: list[tuple[int, str, str]] = []
    for household_id, uuid, grid_id in unnumbered(conn):
        number = numbers.take(grid_id)
        conn.execute(
            sa.update(_household).where(_household.c.id == household_id).values(number=number)
        )
        done.append((household_id, uuid, number))
    return done
