"""A history people can read: change-log entries as lines a grid leader understands.

One renderer for every place that shows the history (the register's detail pane, the
修改记录 dialog, ``gridapp audit history``): who, when (``yyyy-MM-dd HH:mm``), which record
(a person by name and 户号, a household by 户号 and head, an issue by its title …), what was
done (修改, 出生登记, 导入 ledger.xlsx 1,083 人, 撤销：去世（张三）…) and, for a field, its label
and old → new in words: vocabulary codes as their labels, foreign keys as 户号 and names,
dates as ``yyyy-MM-dd``, booleans 是/否, empty as 空, ID numbers masked. Never JSON, never ids.

Names are looked up in bulk (one query per kind of record for all the lines), through any
``rows(sql, params)`` reader: the window's ``RawReader.rows`` or ``session_rows(session)``.
The field labels are the register's own (``vocab.PERSON_LABELS`` …).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from typing import TYPE_CHECKING, Any

from gridapp.db import vocab
from gridapp.domain import idcard

if TYPE_CHECKING:  # the detail pane renders without SQLAlchemy (tests/gui/test_regdb.py)
    from sqlalchemy.orm import Session

    from gridapp.db.models import ChangeLog

Rows = Callable[[str, list[Any]], list[Any]]

EMPTY = "空"
UNNAMED = "（未记名）"
GONE = "（已不在台账中）"
MAX_VALUE = 60  # longer texts are cut with …

# Fields that point at another record, and the kind of record they point at.
FOREIGN: dict[str, str] = {
    "household_id": "household", "head_id": "person", "person_id": "person", "grid_id": "area",
    "area_id": "area", "room_id": "room", "worker_id": "worker", "group_id": "group",
    "issue_id": "issue", "request_id": "service_request", "visit_id": "visit",
}  # fmt: skip
# Bookkeeping a reader does not need (derived from other fields).
HIDDEN_FIELDS = frozenset({"sort_key", "search_text", "name_pinyin", "name_initials", "rev"})
# What a record's creation line sums up.
SUMMARY: dict[str, tuple[str, ...]] = {
    "person": ("relation", "gender", "birth_date"),
    "household": ("address", "grid_id"),
    "issue": ("category", "state"),
    "visit": ("visited_on", "way", "visitor"),
    "service_request": ("errand", "state"),
    "group_membership": ("group_id", "joined_on"),
    "issue_step": ("action", "note"),
    "service_step": ("action", "note"),
    "duty_shift": ("on", "shift", "name"),
    "worker": ("area_id", "role", "phone"),
}
ACTION_WORDS: dict[str, str] = {
    "update": "修改", "archive": "注销", "restore": "恢复", "delete": "删除",
    "event": "登记", "disclose": "导出完整身份证号",
}  # fmt: skip
CREATE_WORDS: dict[str, str] = {"person": "登记人员", "household": "建立户"}
# Life events named as the register's forms name them.
EVENT_TITLES: dict[str, str] = {
    **vocab.EVENT_LABELS, "birth": "出生登记", "death": "死亡登记", "move_out": "迁出登记",
    "move_in": "迁入登记",
}  # fmt: skip
# Stored value kinds by field (``test_history_text`` holds them to the models' column types).
BOOL_FIELDS = frozenset({"separated", "satisfied", "consultation", "active", "published"})
JSON_FIELDS = frozenset({"extra", "fields"})
# Fields whose log holds a digest (a worker's photo): said as 更新 / 删除, never the digest.
DIGEST_FIELDS = frozenset({"photo"})
CREATED = "created"  # CREATED: records created together, packed in one entry
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_IMPORT_NOTE = re.compile(r"导入 #(\d+)")
_REPLAY_NOTES = ("撤销", "重做")
_CHUNK = 500  # ids per IN (...): under SQLite's variable limit


@dataclass(frozen=True)
class Entry:
    """One change-log entry, plain (from the ORM or a raw row)."""

    at: dt.datetime | str
    actor: str
    entity: str
    entity_id: int
    action: str
    field: str = ""
    old: str | None = None
    new: str | None = None
    note: str = ""
    batch: str = ""


def entry_of(row: ChangeLog) -> Entry:
    """An ORM entry as plain data."""
    return Entry(
        row.at, row.actor or "", row.entity, int(row.entity_id), row.action, row.field or "",
        row.old, row.new, row.note or "", row.batch or "",
    )  # fmt: skip


@dataclass(frozen=True)
class Line:
    """One readable line: ``field`` empty for lines that are not a field's change (then
    ``new`` says what there is to say, if anything)."""

    when: str
    who: str
    record: str
    what: str
    field: str = ""
    old: str = ""
    new: str = ""
    entity: str = ""  # person, household, issue …
    short: str = ""  # the record's short name: a person's name, a household's 户号
    many: bool = False  # stands for many records (an import's creations, packed in one entry)

    @property
    def change(self) -> str:
        if self.field and not self.old:  # a change said in one word: 照片：更新
            return f"{self.field}：{self.new}"
        if self.field:
            return f"{self.field}：{self.old} → {self.new}"
        return self.new

    def text(self, record: bool = True) -> str:
        parts = [self.when, self.who, self.record if record else "", self.what, self.change]
        return " ".join(p for p in parts if p)


# ---------------------------------------------------------------- names, in bulk


def session_rows(session: Session) -> Rows:
    """A ``rows(sql, params)`` reader over a session's connection."""

    def rows(sql: str, params: list[Any]) -> list[Any]:
        return list(session.connection().exec_driver_sql(sql, tuple(params)).all())

    return rows


_NAME_SQL: dict[str, str] = {
    "person": "SELECT p.id, p.name, h.number FROM person p"
    " LEFT JOIN household h ON h.id = p.household_id WHERE p.id IN ({})",
    "household": "SELECT h.id, h.number, p.name FROM household h"
    " LEFT JOIN person p ON p.id = h.head_id WHERE h.id IN ({})",
    "area": "SELECT id, name, '' FROM area WHERE id IN ({})",
    "worker": "SELECT id, name, '' FROM worker WHERE id IN ({})",
    "group": "SELECT id, name, '' FROM group_kind WHERE id IN ({})",
    "room": "SELECT r.id, COALESCE(c.name, '') || COALESCE(b.name, '') || COALESCE(u.name, ''),"
    " r.number FROM room r LEFT JOIN unit u ON u.id = r.unit_id"
    " LEFT JOIN building b ON b.id = u.building_id"
    " LEFT JOIN compound c ON c.id = b.compound_id WHERE r.id IN ({})",
    "issue": "SELECT id, title, number FROM issue WHERE id IN ({})",
    "service_request": "SELECT s.id, s.errand, p.name FROM service_request s"
    " LEFT JOIN person p ON p.id = s.person_id WHERE s.id IN ({})",
    "visit": "SELECT v.id, v.visited_on, h.number FROM visit v"
    " LEFT JOIN household h ON h.id = v.household_id WHERE v.id IN ({})",
    "group_membership": "SELECT m.id, p.name, k.name FROM group_membership m"
    " LEFT JOIN person p ON p.id = m.person_id"
    " LEFT JOIN group_kind k ON k.id = m.group_id WHERE m.id IN ({})",
}


def _shown(kind: str, first: Any, second: Any) -> str:
    a, b = str(first or ""), str(second or "")
    if kind == "person":
        return f"{a}（户号 {b}）" if b else a
    if kind == "household":
        return f"户号 {a}（户主 {b}）" if b else f"户号 {a}"
    if kind == "room":
        return f"{a}{b}室"
    if kind == "issue":
        return f"问题“{a}”"
    if kind == "service_request":
        return f"{b}的代办“{a}”" if b else f"代办“{a}”"
    if kind == "visit":
        return f"{str(a)[:10]} 走访户号 {b}"
    if kind == "group_membership":
        return f"{a}的“{b}”记录"
    return a


@dataclass
class Names:
    """What the lines name: ``(kind, id) -> text``, and import batches by uuid and by id."""

    records: dict[tuple[str, int], str]
    imports: dict[str, tuple[str, int]]  # batch uuid -> (file name, persons)
    import_files: dict[int, str]
    titles: dict[str, str]  # batch uuid -> the life event it was
    shorts: dict[tuple[str, int], str] = dc_field(default_factory=dict)

    def name(self, kind: str, record_id: int) -> str:
        return self.records.get((kind, record_id), GONE)


def _ids(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None


def _snapshot(text: str | None) -> dict[str, Any]:
    if not text or not text.startswith("{"):
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _wanted(entries: Iterable[Entry]) -> tuple[dict[str, set[int]], set[str], set[int]]:
    wanted: dict[str, set[int]] = {}
    batches: set[str] = set()
    import_ids: set[int] = set()
    for e in entries:
        if e.entity in _NAME_SQL:
            wanted.setdefault(e.entity, set()).add(e.entity_id)
        pairs: list[tuple[str, Any]] = [(e.field, e.old), (e.field, e.new)]
        if e.action == "create":
            pairs += list(_snapshot(e.new).items())
        for name, value in pairs:
            rid = _ids(value if isinstance(value, str) else str(value))
            kind = FOREIGN.get(name)
            if kind is not None and rid is not None:
                wanted.setdefault(kind, set()).add(rid)
        if e.batch:
            batches.add(e.batch)
        found = _IMPORT_NOTE.search(e.note)
        if found:
            import_ids.add(int(found.group(1)))
    return wanted, batches, import_ids


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = sorted(values)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _persons_in(counts: Any) -> int:
    if isinstance(counts, str):
        try:
            counts = json.loads(counts)
        except ValueError:
            return 0
    if not isinstance(counts, dict):
        return 0
    keys = ("persons_created", "persons_updated", "persons_unchanged")
    return sum(int(counts.get(k) or 0) for k in keys)


def load_names(rows: Rows, entries: Sequence[Entry]) -> Names:
    """Every name the lines need, one query per kind of record (and chunk of ids)."""
    wanted, batches, import_ids = _wanted(entries)
    records: dict[tuple[str, int], str] = {}
    shorts: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        for chunk in _chunks(ids):
            sql = _NAME_SQL[kind].format(",".join("?" * len(chunk)))
            for rid, first, second in rows(sql, chunk):
                records[(kind, int(rid))] = _shown(kind, first, second)
                if kind in ("person", "household"):
                    shorts[(kind, int(rid))] = str(first or "")
    imports: dict[str, tuple[str, int]] = {}
    files: dict[int, str] = {}
    for chunk in _chunks(batches):
        sql = "SELECT id, uuid, file_name, counts FROM import_batch WHERE uuid IN ({})"
        for iid, uuid, file_name, counts in rows(sql.format(",".join("?" * len(chunk))), chunk):
            imports[str(uuid)] = (str(file_name), _persons_in(counts))
            files[int(iid)] = str(file_name)
    for chunk in _chunks(import_ids - set(files)):
        sql = "SELECT id, file_name FROM import_batch WHERE id IN ({})"
        for iid, file_name in rows(sql.format(",".join("?" * len(chunk))), chunk):
            files[int(iid)] = str(file_name)
    return Names(records, imports, files, _titles(rows, batches), shorts)


def _titles(rows: Rows, batches: set[str]) -> dict[str, str]:
    """Each batch's life event, from all its entries (a history shows only some of them)."""
    found: list[Entry] = []
    for chunk in _chunks(batches):
        for entity, action, fld, old, new, batch in rows(
            _TITLE_SQL.format(",".join("?" * len(chunk))), chunk
        ):
            found.append(Entry("", "", entity, 0, action, fld or "", old, new, "", batch))
    moved = sorted({e.batch for e in found if e.field == "household_id"})
    for chunk in _chunks(moved):
        for (batch,) in rows(_SPLIT_SQL.format(",".join("?" * len(chunk))), chunk):
            found.append(Entry("", "", "household", 0, "create", batch=batch))
    return batch_titles(found)


# ---------------------------------------------------------------- values


def field_label(entity: str, field: str) -> str:
    if entity == "person":
        label = vocab.PERSON_LABELS.get(field)
    elif entity == "household":
        label = vocab.HOUSEHOLD_LABELS.get(field)
    else:
        label = None
    return label or vocab.WORK_LABELS.get(field) or vocab.PERSON_LABELS.get(field) or field


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _json_text(value: Any) -> str:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            value = json.loads(value)
        except ValueError:
            return str(value)
    if isinstance(value, dict):
        return "，".join(f"{k}：{_json_text(v) or EMPTY}" for k, v in value.items())
    if isinstance(value, list):
        return "、".join(_json_text(v) for v in value)
    return "" if value is None else str(value)


def _status(entity: str, text: str) -> str:
    if entity == "household":
        return vocab.HOUSEHOLD_STATUS_LABELS.get(text, text)
    if entity == "person":
        return vocab.STATUS_LABELS.get(text, text)
    return text


def value_text(names: Names, entity: str, field: str, value: Any) -> str:
    """One stored value in words."""
    text = "" if value is None else str(value)
    if text == "":
        return EMPTY
    kind = FOREIGN.get(field)
    if kind is not None:
        rid = _ids(text)
        return names.name(kind, rid) if rid is not None else _cut(text)
    if field == "status":
        return _status(entity, text)
    if field == "id_number":
        return idcard.mask(text)
    if field in BOOL_FIELDS:
        return "是" if text.lower() in ("1", "true") else "否"
    if _DATE.match(text):
        return text
    if _DATETIME.match(text):
        return text[:16].replace("T", " ")
    if field in JSON_FIELDS or text[:1] in "{[":
        return _cut(_json_text(text)) or EMPTY
    return _cut(text)


def _summary(names: Names, entity: str, snapshot: dict[str, Any]) -> str:
    parts = [
        f"{field_label(entity, f)} {value_text(names, entity, f, snapshot[f])}"
        for f in SUMMARY.get(entity, ())
        if snapshot.get(f) not in (None, "")
    ]
    return "，".join(parts)


# ---------------------------------------------------------------- lines


def stamp(at: dt.datetime | str) -> str:
    """``yyyy-MM-dd HH:mm``."""
    if isinstance(at, dt.datetime):
        return at.strftime("%Y-%m-%d %H:%M")
    return str(at)[:16].replace("T", " ")


# The entries that say which life event a batch was (few: not its creations or edits), and
# the batches among them that created a household (a split).
_TITLE_SQL = (
    "SELECT entity, action, field, old, new, batch FROM change_log WHERE batch IN ({})"
    " AND batch NOT IN (SELECT uuid FROM import_batch) AND ((action = 'event' AND field != '')"
    " OR (field = 'status' AND new IN ('deceased', 'moved_out'))"
    " OR (field IN ('household_id', 'head_id') AND old IS NOT NULL))"
)
_SPLIT_SQL = (
    "SELECT DISTINCT batch FROM change_log WHERE batch IN ({})"
    " AND entity = 'household' AND action = 'create' AND field = ''"
)


def batch_titles(entries: Iterable[Entry]) -> dict[str, str]:
    """The life event each batch was, from what it changed (a death writes only fields)."""
    hints: dict[str, list[tuple[int, str]]] = {}
    creates: set[str] = set()
    moves: set[str] = set()
    for e in entries:
        if not e.batch:
            continue
        title = _title_hint(e)
        if title is not None:
            hints.setdefault(e.batch, []).append(title)
        if e.entity == "household" and e.action == "create" and not e.field:
            creates.add(e.batch)
        if e.entity == "person" and e.field == "household_id" and e.old:
            moves.add(e.batch)
    for batch in creates & moves:
        hints.setdefault(batch, []).append((2, EVENT_TITLES["split_household"]))
    return {batch: min(found)[1] for batch, found in hints.items()}


def _title_hint(e: Entry) -> tuple[int, str] | None:
    """(priority, title) this entry suggests for its batch; lower wins."""
    if e.action == "event" and e.field in EVENT_TITLES:
        return 0, EVENT_TITLES[e.field]
    if e.entity == "person" and e.field == "status":
        if e.new == vocab.STATUS_DECEASED:
            return 1, EVENT_TITLES["death"]
        if e.new == vocab.STATUS_MOVED_OUT:
            return 1, EVENT_TITLES["move_out"]
    if e.entity == "person" and e.field == "household_id" and e.old:
        return 3, EVENT_TITLES["move_person"]
    if e.entity == "household" and e.field == "head_id" and e.old:
        return 4, EVENT_TITLES["set_head"]
    return None


class _Renderer:
    def __init__(self, entries: Sequence[Entry], names: Names) -> None:
        self.names = names
        self.titles = {**batch_titles(entries), **names.titles}

    def record(self, e: Entry) -> str:
        if e.entity in _NAME_SQL and e.field != CREATED:  # a packed entry stands for many
            return self.names.name(e.entity, e.entity_id)
        return vocab.RECORD_LABELS.get(e.entity, "")

    def import_title(self, e: Entry) -> str | None:
        found = self.names.imports.get(e.batch)
        if found is None:
            return None
        file_name, persons = found
        return f"导入 {file_name} {persons:,} 人" if persons else f"导入 {file_name}"

    def note_text(self, note: str) -> str:
        """A note as written, with an import's number replaced by its file."""
        return _IMPORT_NOTE.sub(
            lambda m: f"导入 {self.names.import_files.get(int(m.group(1)), '')}".rstrip(), note
        )

    def what(self, e: Entry) -> str:
        if e.note.startswith(_REPLAY_NOTES):
            return self.note_text(e.note)
        title = self.import_title(e)
        if title is None and _IMPORT_NOTE.search(e.note):
            title = self.note_text(e.note)
        title = title or self.titles.get(e.batch)
        if title:
            return title
        if e.action == "create":
            return CREATE_WORDS.get(e.entity, f"新建{vocab.RECORD_LABELS.get(e.entity, '')}")
        return ACTION_WORDS.get(e.action, e.action)

    def line(self, e: Entry) -> Line | None:
        if e.field in HIDDEN_FIELDS:
            return None
        record = self.record(e)
        short = record
        if e.field != CREATED:  # a packed entry stands for many: no one's name
            short = self.names.shorts.get((e.entity, e.entity_id), record)
        if e.entity == "household" and short != record:
            short = f"户号 {short}"
        base = Line(stamp(e.at), e.actor or UNNAMED, record, self.what(e), entity=e.entity,
                    short=short, many=e.field == CREATED)  # fmt: skip
        if e.action == "update" and e.field in DIGEST_FIELDS:
            return _with(base, field_label(e.entity, e.field), new="更新" if e.new else "删除")
        if e.action == "update":
            return _with(
                base, field_label(e.entity, e.field),
                value_text(self.names, e.entity, e.field, e.old),
                value_text(self.names, e.entity, e.field, e.new),
            )  # fmt: skip
        if e.action == "create":
            return _with(base, new=self.created(e))
        if e.action == "event":
            return self.event(e, base)
        if e.action == "disclose":
            return _with(base, new=f"{self.note_text(e.note)}（{e.new or 0} 条）")
        return base

    def created(self, e: Entry) -> str:
        if e.field == CREATED:
            count = int(_snapshot(e.old).get("count") or 0)
            return f"新建 {count:,} {'户' if e.entity == 'household' else '人'}"
        snapshot = _snapshot(e.new)
        if snapshot.get("first") is not None and set(snapshot) == {"first", "last"}:
            count = int(snapshot["last"]) - int(snapshot["first"]) + 1
            return f"新建 {count:,} 处{vocab.RECORD_LABELS.get(e.entity, '')}"
        return _summary(self.names, e.entity, snapshot)

    def event(self, e: Entry, base: Line) -> Line:
        replay = e.note.startswith(_REPLAY_NOTES)
        if e.field == "group":
            joined = bool(e.new)
            if replay:
                return _with(base, new=f"{'纳入' if joined else '退出'}{e.new or e.old}")
            what = "纳入重点人群" if joined else "退出重点人群"
            return replace(base, what=what, new=e.note or (e.new or e.old or ""))
        if e.field == "birth":
            return _with(
                base, new=f"出生日期 {value_text(self.names, 'person', 'birth_date', e.new)}"
            )
        if e.field == "move_in":
            return _with(base, new=e.note)
        return base


def _with(line: Line, field: str = "", old: str = "", new: str = "") -> Line:
    return replace(line, field=field, old=old, new=new)


def render(entries: Sequence[Entry], names: Names) -> list[Line]:
    """The entries' lines, in the entries' order (bookkeeping fields left out, and an event's
    bare "this record was touched" line when the record's own changes in it are shown)."""
    renderer = _Renderer(entries, names)
    said = {
        (e.batch, e.entity, e.entity_id)
        for e in entries
        if e.batch and e.field and e.field not in HIDDEN_FIELDS
    }
    return [
        line
        for e in entries
        if not (e.action == "event" and not e.field and (e.batch, e.entity, e.entity_id) in said)
        and (line := renderer.line(e)) is not None
    ]


def describe(entries: Sequence[Entry], rows: Rows) -> list[Line]:
    """Names looked up in bulk through ``rows``, then the lines."""
    return render(entries, load_names(rows, entries))


def record_history(session: Session, entity: str, entity_id: int) -> list[Line]:
    """A person's or household's history, newest first (``changelog.history``, whose
    first entry is the record's creation, unpacked from an import's batch entry)."""
    from gridapp.services import changelog

    entries = [entry_of(e) for e in changelog.history(session, entity, entity_id)]
    return describe(entries[::-1], session_rows(session))


def recent_history(
    session: Session, household_id: int | None = None, limit: int = 50
) -> list[Line]:
    """The register's latest changes, newest first; with ``household_id`` those of the
    household and its members, present and past (what the detail pane shows, more of it)."""
    from sqlalchemy import and_, or_, select

    from gridapp.db.models import ChangeLog, Person

    query = select(ChangeLog).order_by(ChangeLog.id.desc()).limit(limit)
    if household_id is not None:
        key = str(household_id)
        moved = select(ChangeLog.entity_id).where(  # members since gone (a split, a move)
            ChangeLog.entity == "person",
            ChangeLog.field == "household_id",
            or_(ChangeLog.old == key, ChangeLog.new == key),
        )
        members = select(Person.id).where(
            or_(Person.household_id == household_id, Person.id.in_(moved))
        )
        query = query.where(
            or_(
                and_(ChangeLog.entity == "household", ChangeLog.entity_id == household_id),
                and_(ChangeLog.entity == "person", ChangeLog.entity_id.in_(members)),
            )
        )
    entries = [entry_of(e) for e in session.scalars(query)]
    return describe(entries, session_rows(session))
