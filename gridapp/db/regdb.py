"""Plain DB-API reads for the window's first screen, so it needs neither SQLAlchemy nor Alembic.

Opening the window must be quick (benchmarks/bench_open.py): the register page, the navigation
tree and the status bar read the register with a few plain SQL queries. SQLAlchemy, the ORM
models and the engine are loaded the first time something needs them (an edit, another page, a
filter other than the default one).

* ``at_head(path)``: a plain (unencrypted) register whose ``alembic_version`` is the newest
  revision of ``gridapp/db/migrations/versions``: opening it would change nothing, so the engine
  can be opened later. Anything else (new file, older schema, encrypted) goes through
  ``db.engine.open_register`` at once, as before.
* ``RawReader``: read-only connections; a plain file is opened with ``sqlite3`` directly
  (``mode=ro``, like the window's read engine), else the raw connection of a given engine
  (SQLCipher).
* ``prefetch(path)``: ``gridapp gui`` starts the first screen's queries (``FIRST_SCREEN``) in a
  thread before it loads Qt; SQLite runs them on another core while Qt loads (the driver lets go
  of the GIL). ``RawReader.rows`` takes a prefetched result once, if the register file has not
  changed since and it is fresh (``PREFETCH_TTL``); else it queries as usual.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gridapp.db import vocab

if TYPE_CHECKING:
    from sqlalchemy import Engine

_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)


_QUOTED = re.compile(r"""['"]([^'"]+)['"]""")


MIGRATION_VERSIONS = Path(__file__).with_name("migrations") / "versions"


@lru_cache(maxsize=1)
def head_revision() -> str | None:
    """The newest migration of the shipped revision files (see ``scan_head``)."""
    return scan_head(MIGRATION_VERSIONS)


def known_revisions(folder: Path = MIGRATION_VERSIONS) -> set[str]:
    """Every schema revision this app's migrations know (a backup at any of them can be read)."""
    found: set[str] = set()
    for file in sorted(folder.glob("*.py")):
        with_text = dict(_REVISION.findall(file.read_text(encoding="utf-8")))
        found.update(_QUOTED.findall(with_text.get("revision", "")))
    return found


def scan_head(folder: Path) -> str | None:
    """The newest migration in ``folder``, read from the revision files' ``revision`` /
    ``down_revision`` lines without Alembic (what its ScriptDirectory finds for a linear
    history); None when that does not give one head (then Alembic decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(folder.glob("*.py"))
    except OSError:
        return None
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError:
            return None
        found = dict(_REVISION.findall(text))
        rev = _QUOTED.findall(found.get("revision", ""))
        if len(rev) != 1:
            return None
        revisions.add(rev[0])
        parents.update(_QUOTED.findall(found.get("down_revision", "")))
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def is_plain(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def at_head(path: Path) -> bool:
    """A plain register already at the newest schema revision (opening it changes nothing)."""
    head = head_revision()
    if head is None or not path.is_file() or not is_plain(path):
        return False
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return False
    try:
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return False
    finally:
        con.close()
    return [r[0] for r in rows] == [head]


Query = tuple[str, tuple[Any, ...]]

# The first screen's queries (the register page, its navigation tree, the status bar): the
# callers use these very texts, so that a prefetched result is found.
LIVE_HOUSEHOLD = "h.deleted_at IS NULL AND h.status = ?"
STATUS_COUNTS: Query = (
    "SELECT (SELECT count(*) FROM household WHERE deleted_at IS NULL AND status = ?),"
    " (SELECT count(*) FROM person WHERE deleted_at IS NULL AND status IN (?, ?))",
    (vocab.HOUSEHOLD_ACTIVE, vocab.STATUS_ACTIVE, vocab.STATUS_AWAY),
)
PER_GRID: Query = (
    f"SELECT h.grid_id, count(*) FROM household h WHERE {LIVE_HOUSEHOLD} GROUP BY h.grid_id",
    (vocab.HOUSEHOLD_ACTIVE,),
)
PER_UNIT: Query = (
    "SELECT h.grid_id, r.unit_id, count(*) FROM household h"
    f" JOIN room r ON h.room_id = r.id WHERE {LIVE_HOUSEHOLD} GROUP BY h.grid_id, r.unit_id",
    (vocab.HOUSEHOLD_ACTIVE,),
)
UNITS: Query = ("SELECT id, name, building_id FROM unit", ())
BUILDINGS: Query = ("SELECT id, name, compound_id, sort_order FROM building", ())
COMPOUNDS: Query = ("SELECT id, name FROM compound", ())
AREAS: Query = (
    "SELECT id, parent_id, name, level, sort_order FROM area"
    " WHERE deleted_at IS NULL ORDER BY sort_order, id",
    (),
)
AREA_PARENTS: Query = ("SELECT id, parent_id FROM area", ())
GROUP_KINDS: Query = (
    "SELECT code, name FROM group_kind WHERE active = 1 AND deleted_at IS NULL"
    " ORDER BY sort_order, id",
    (),
)
HOUSEHOLD_IDS: Query = (
    "SELECT id FROM household WHERE deleted_at IS NULL AND status = ? ORDER BY sort_key, id",
    (vocab.HOUSEHOLD_ACTIVE,),
)
# the slowest first: they run while the main thread loads Qt
FIRST_SCREEN: tuple[Query, ...] = (
    STATUS_COUNTS, HOUSEHOLD_IDS, PER_UNIT, PER_GRID, AREAS, AREA_PARENTS, UNITS, BUILDINGS,
    COMPOUNDS, GROUP_KINDS,
)  # fmt: skip
PREFETCH_TTL = 5.0  # seconds


def _file_state(path: Path) -> tuple[int, ...]:
    state: list[int] = []
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            st = file.stat()
        except OSError:
            state += [0, 0]
        else:  # an empty WAL appears when a reader opens the file: no change
            state += [st.st_mtime_ns if st.st_size else 0, st.st_size]
    return tuple(state)


class _Prefetch:
    def __init__(self, path: Path, queries: tuple[Query, ...]) -> None:
        self.path = path
        self.started = time.monotonic()
        self.state = _file_state(path)
        self.pending = set(queries)
        self.results: dict[Query, list[Any]] = {}
        self.done = threading.Condition()
        self.thread = threading.Thread(
            target=self._run, args=(queries,), name="gridapp-prefetch", daemon=True
        )
        self.thread.start()

    def _run(self, queries: tuple[Query, ...]) -> None:
        try:
            if not at_head(self.path):
                return
            con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                for query in queries:
                    rows = con.execute(*query).fetchall()
                    with self.done:
                        self.results[query] = rows
                        self.pending.discard(query)
                        self.done.notify_all()
            finally:
                con.close()
        except sqlite3.Error:
            pass  # the window reads for itself
        finally:
            with self.done:
                self.pending.clear()
                self.done.notify_all()

    def take(self, query: Query) -> list[Any] | None:
        with self.done:
            while query in self.pending:
                self.done.wait()
            return self.results.pop(query, None)

    def usable(self) -> bool:
        fresh = time.monotonic() - self.started < PREFETCH_TTL
        return fresh and _file_state(self.path) == self.state


_prefetches: dict[Path, _Prefetch] = {}


def prefetch(path: Path, queries: tuple[Query, ...] = FIRST_SCREEN) -> None:
    """Start the first screen's queries on ``path`` in the background (see the module doc)."""
    try:
        key = path.resolve()
    except OSError:
        return
    if is_plain(key):
        _prefetches[key] = _Prefetch(key, queries)


class _IntegrityCheck:
    """``PRAGMA quick_check`` of a plain register in a thread (SQLite releases the GIL), started
    before Qt loads so that the check at opening costs no wall time on a second core."""

    def __init__(self, path: Path) -> None:
        self.state = _file_state(path)
        self.result: str | None = None
        self.thread = threading.Thread(
            target=self._run, args=(path,), name="gridapp-check", daemon=True
        )
        self.thread.start()

    def _run(self, path: Path) -> None:
        self.result = quick_check(path)


_checks: dict[Path, _IntegrityCheck] = {}


def start_integrity_check(path: Path) -> None:
    try:
        key = path.resolve()
    except OSError:
        return
    if is_plain(key):
        _checks[key] = _IntegrityCheck(key)


def quick_check(path: Path) -> str | None:
    """None when a plain register passes ``PRAGMA quick_check``, else what was found (or why it
    could not be checked: the caller then opens it the careful way, which reports it)."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return str(exc) or "error"
    return None if rows == ["ok"] else "; ".join(rows[:5])


def integrity_problem(path: Path) -> str | None:
    """The integrity check of ``path``: the one started in the background when it is of the
    file as it is now, else a fresh one."""
    key = path.resolve()
    started = _checks.pop(key, None)
    if started is not None:
        started.thread.join()
        if _file_state(key) == started.state:
            return started.result
    return quick_check(key)


def settle() -> None:
    """Wait for the background reads started before Qt loaded. Called once the Qt binding is imported
    and before any Qt object is made: no thread runs Python while the binding builds its types
    (see gridapp/ui/prewarm.py); the reads have usually finished by then."""
    for prefetch in _prefetches.values():
        prefetch.thread.join()
    for check in _checks.values():
        check.thread.join()


def forget_prefetch() -> None:
    """Drop what was prefetched and not used (the window is up)."""
    _prefetches.clear()


def _prefetched(path: Path, query: Query) -> list[Any] | None:
    if not _prefetches:
        return None
    found = _prefetches.get(path.resolve())
    if found is None:
        return None
    if not found.usable():
        _prefetches.pop(found.path, None)
        return None
    return found.take(query)


def _not_a_database(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB


class RawReader:
    """Read-only DB-API connections to the register, for quick reads in the GUI thread."""

    def __init__(self, path: Path | None, engine: Callable[[], Engine] | None = None) -> None:
        self.path = path if path is not None and is_plain(path) else None
        self._engine = engine
        self._held: Any = None  # the connection of a running ``batch``

    @contextmanager
    def batch(self) -> Iterator[RawReader]:
        """Several reads on one connection (``rows`` within the block use it)."""
        if self._held is not None:
            yield self
            return
        with self.connect() as con:
            self._held = con
            try:
                yield self
            finally:
                self._held = None

    @contextmanager
    def connect(self) -> Iterator[Any]:
        if self.path is not None:
            try:
                con = sqlite3.connect(
                    f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5
                )
            except sqlite3.Error:
                if self._engine is None:
                    raise
            else:
                try:
                    con.execute("PRAGMA busy_timeout=5000")
                    yield con
                finally:
                    con.close()
                return
        assert self._engine is not None
        raw = self._engine().raw_connection()
        try:
            yield raw
        finally:
            raw.close()

    def rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        if self.path is not None:
            hit = _prefetched(self.path, (sql, tuple(params)))
            if hit is not None:
                return hit
        if self._held is not None:
            return self._query(self._held, sql, params)
        try:
            with self.connect() as con:
                return self._query(con, sql, params)
        except sqlite3.DatabaseError as exc:
            if self.path is None or self._engine is None or not _not_a_database(exc):
                raise
            self.path = None  # encrypted since it was opened: read through the engine
        with self.connect() as con:
            return self._query(con, sql, params)

    @staticmethod
    def _query(con: Any, sql: str, params: tuple[Any, ...] | list[Any]) -> list[Any]:
        cursor = con.cursor()
        try:
            return list(cursor.execute(sql, params).fetchall())
        finally:
            cursor.close()
