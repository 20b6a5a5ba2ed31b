"""Records created together, logged as one change-log entry (an import's new persons and
households).

An import of 50,000 residents used to write 55,000 ``create`` entries: a uuid, a hash and an
indexed row each, a third of the import's time. It writes one entry per kind of record
instead: ``field`` is ``CREATED``, ``old`` the id range and count, ``new`` every created row's
canonical snapshot (id, uuid, the JSON a single ``create`` entry would hold), one per line,
compressed. The entry is hashed into the chain like any other, so changing the batch, or a
created row's first values against it, is found by ``audit verify`` as before; updates keep
one entry per changed field with old → new.

Readers of the log expand a batch back into one creation per record: ``expand`` (in id
order, streamed, for the state check and undo) and ``creation_of`` (one record's, for its
history).
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import ChangeLog, ImportBatch

CREATED = "created"  # change-log field of a "records created together" entry
_FORMAT = "z1:"  # zlib over UTF-8 lines "id<TAB>uuid<TAB>snapshot JSON", base64


@dataclass(frozen=True)
class Span:
    first: int
    last: int
    count: int

    def text(self) -> str:
        return json.dumps({"first": self.first, "last": self.last, "count": self.count})


class Packer:
    """Collects the snapshots of records created in id order; ``finish`` gives the entry's
    ``old`` (the span) and ``new`` (the packed snapshots). Compressed as it goes, so an
    import holds a few megabytes, not every snapshot."""

    def __init__(self) -> None:
        self._zip = zlib.compressobj(1)  # fast: the text is repetitive enough
        self._parts: list[bytes] = []
        self._lines: list[str] = []
        self.first = self.last = 0
        self.count = 0

    def add(self, entity_id: int, entity_uuid: str, snapshot_json: str) -> None:
        if not self.count:
            self.first = entity_id
        elif entity_id <= self.last:
            raise ValueError("records of a batch must come in increasing id order")
        self.last = entity_id
        self.count += 1
        self._lines.append(f"{entity_id}\t{entity_uuid}\t{snapshot_json}\n")
        if len(self._lines) >= 2000:
            self._compress()

    def _compress(self) -> None:
        self._parts.append(self._zip.compress("".join(self._lines).encode("utf-8")))
        self._lines = []

    def finish(self) -> tuple[str, str]:
        self._compress()
        self._parts.append(self._zip.flush())
        packed = base64.b64encode(b"".join(self._parts)).decode("ascii")
        self._parts = []
        return Span(self.first, self.last, self.count).text(), _FORMAT + packed


_quote = json.encoder.encode_basestring


def snapshot_json(snapshot: Mapping[str, Any]) -> str:
    """``json.dumps(snapshot, ensure_ascii=False, sort_keys=True)`` for a dict of texts, at
    half its cost (checked against it in tests/core/test_import_service.py)."""
    try:
        return "{" + ", ".join([f'"{k}": {_quote(snapshot[k])}' for k in sorted(snapshot)]) + "}"
    except TypeError:  # a value that is not text
        return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)


def span_of(old: str | None) -> Span | None:
    try:
        data = json.loads(old or "")
        return Span(int(data["first"]), int(data["last"]), int(data["count"]))
    except (ValueError, TypeError, KeyError):
        return None


def records(new: str | None) -> Iterator[tuple[int, str, str]]:
    """(id, uuid, snapshot JSON) of every record of a batch, in id order. A batch that cannot
    be read (tampered with) yields nothing; the chain check reports the entry itself."""
    if not new or not new.startswith(_FORMAT):
        return
    try:
        raw = base64.b64decode(new[len(_FORMAT) :], validate=True)
    except ValueError:
        return
    unzip = zlib.decompressobj()
    carry = ""
    try:
        for start in range(0, len(raw), 1 << 16):
            text = carry + unzip.decompress(raw[start : start + (1 << 16)]).decode(
                "utf-8", "replace"
            )
            *lines, carry = text.split("\n")
            yield from _parsed(lines)
        text = carry + unzip.flush().decode("utf-8", "replace")
    except zlib.error:
        return
    yield from _parsed(text.split("\n"))


def _parsed(lines: list[str]) -> Iterator[tuple[int, str, str]]:
    for line in lines:
        entity_id, _, rest = line.partition("\t")
        entity_uuid, _, snapshot = rest.partition("\t")
        if entity_id.isdigit() and snapshot:
            yield int(entity_id), entity_uuid, snapshot


def batches(session: Session, entity: str) -> list[ChangeLog]:
    """The batch entries of one kind of record, oldest first (one per import: few)."""
    return list(
        session.scalars(
            select(ChangeLog)
            .where(
                ChangeLog.entity == entity,
                ChangeLog.action == "create",
                ChangeLog.field == CREATED,
            )
            .order_by(ChangeLog.id)
        )
    )


def expand(entry: ChangeLog) -> Iterator[tuple[int, str, str]]:
    return records(entry.new)


def creation_of(session: Session, entity: str, entity_id: int) -> ChangeLog | None:
    """The ``create`` entry one record would have had, unpacked from the batch that holds it
    (not added to the session: a view for the record's history). Only the spans are read
    to find the batch; one batch is unpacked."""
    spans = session.execute(
        select(ChangeLog.id, ChangeLog.old)
        .where(
            ChangeLog.entity == entity,
            ChangeLog.action == "create",
            ChangeLog.field == CREATED,
            ChangeLog.entity_id <= entity_id,  # a batch's entity_id is its first record
        )
        .order_by(ChangeLog.id.desc())
    )
    for log_id, old in spans:
        span = span_of(old)
        if span is None or entity_id > span.last:
            continue
        entry = session.get(ChangeLog, log_id)
        assert entry is not None
        for rid, uuid, snapshot in expand(entry):
            if rid == entity_id:
                return _view(session, entry, rid, uuid, snapshot)
            if rid > entity_id:
                break
    return None


def _view(
    session: Session, entry: ChangeLog, entity_id: int, entity_uuid: str, snapshot: str
) -> ChangeLog:
    batch = session.scalars(select(ImportBatch).where(ImportBatch.uuid == entry.batch)).first()
    note = f"导入 #{batch.id}（{batch.file_name}）" if batch is not None else entry.note
    values: dict[str, Any] = {
        "id": entry.id, "uuid": entry.uuid, "at": entry.at, "actor": entry.actor,
        "entity": entry.entity, "entity_id": entity_id, "entity_uuid": entity_uuid,
        "action": "create", "field": "", "old": None, "new": snapshot, "note": note,
        "batch": entry.batch, "prev_hash": entry.prev_hash, "hash": entry.hash,
    }  # fmt: skip
    return ChangeLog(**values)
