"""The change log is tamper-evident: any edit to history outside the app is found."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gridapp.db import anchor
from gridapp.db.engine import open_register, session_scope
from gridapp.db.models import ChangeLog
from gridapp.services.audit import disclosures, record_disclosure, verify_history


def _ids(path: Path) -> list[int]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM change_log ORDER BY id")]


def _verify(path: Path) -> object:
    engine = open_register(path)
    try:
        with session_scope(engine) as session:
            return verify_history(session)
    finally:
        engine.dispose()


def test_demo_history_is_intact(demo_db: Path) -> None:
    report = _verify(demo_db)
    assert report.intact and report.entries > 1000  # type: ignore[attr-defined]
    assert "完整" in report.message()  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("tamper", "reason"),
    [
        ("UPDATE change_log SET new = '张三' WHERE id = {mid}", "内容被改动"),
        ("UPDATE change_log SET actor = 'someone' WHERE id = {mid}", "内容被改动"),
        ("UPDATE change_log SET at = '2020-01-01 00:00:00.000000' WHERE id = {mid}", "内容被改动"),
        ("DELETE FROM change_log WHERE id = {mid}", "链接断开"),
        (
            "INSERT INTO change_log (id, uuid, at, actor, entity, entity_id, entity_uuid, action,"
            " field, old, new, note, batch, prev_hash, hash) SELECT {mid} * 1000, 'x', at, actor,"
            " entity, entity_id, entity_uuid, action, field, old, new, note, batch, prev_hash, hash"
            " FROM change_log WHERE id = {mid}",
            "链接断开",
        ),
    ],
)
def test_an_edited_history_entry_is_named(demo_db: Path, tamper: str, reason: str) -> None:
    ids = _ids(demo_db)
    mid = ids[len(ids) // 2]
    with sqlite3.connect(demo_db) as conn:
        conn.execute(tamper.format(mid=mid))
    report = _verify(demo_db)
    assert not report.intact  # type: ignore[attr-defined]
    expected = ids[ids.index(mid) + 1] if tamper.startswith("DELETE") else mid
    if tamper.startswith("INSERT"):
        expected = mid * 1000
    assert report.broken_id == expected  # type: ignore[attr-defined]
    assert reason in report.reason  # type: ignore[attr-defined]
    assert f"id={expected}" in report.message()  # type: ignore[attr-defined]


def test_disclosures_are_recorded_in_the_chain(tmp_path: Path) -> None:
    engine = open_register(tmp_path / "r.db")
    with session_scope(engine) as session:
        record_disclosure(session, "导出居民台账（完整身份证号）：第一网格", 120, actor="王网格长")
        record_disclosure(session, "打印入户走访单（完整身份证号）", 8, actor="王网格长")
    with session_scope(engine) as session:
        rows = disclosures(session)
        assert [r.count for r in rows] == [8, 120]
        assert rows[1].actor == "王网格长" and "第一网格" in rows[1].what
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == 2
        assert verify_history(session).intact
    engine.dispose()


def _rechain_v1(path: Path, upto: int) -> None:
    """Rewrite the first ``upto`` entries' hashes in format 1 (the JSON array of registers
    written before format 2), chained on to the entries after them."""
    import hashlib
    import json

    from gridapp.services.changelog import HASHED, entry_hash, entry_texts

    engine = open_register(path)
    with session_scope(engine) as session:
        entries = list(session.scalars(select(ChangeLog).order_by(ChangeLog.id)))
        prev = ""
        for n, entry in enumerate(entries):
            texts = entry_texts({k: getattr(entry, k) for k in HASHED})
            if n < upto:
                payload = json.dumps([prev, *texts], ensure_ascii=False)
                digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()
            else:
                digest = entry_hash(prev, {k: getattr(entry, k) for k in HASHED})
            entry.prev_hash, entry.hash, prev = prev, digest, digest
    engine.dispose()


def test_history_written_in_the_first_hash_format_still_verifies(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    engine = open_register(path)
    with session_scope(engine) as session:
        for n in range(6):
            note = f"导出 {n}" + ("\x1f" if n == 4 else "")  # a separator: format 1 again
            record_disclosure(session, note, n, actor="王网格长")
    engine.dispose()
    _rechain_v1(path, upto=3)  # an old register that went on being used
    anchor.reset(path, None)  # … by a version that did not sign the chain's head
    assert _verify(path).intact  # type: ignore[attr-defined]
    ids = _ids(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE change_log SET new = '99' WHERE id = ?", (ids[1],))
    report = _verify(path)
    assert not report.intact and report.broken_id == ids[1]  # type: ignore[attr-defined]


def test_format_two_cannot_move_text_across_fields() -> None:
    from gridapp.services.changelog import entry_hash, hash_matches

    row = {"uuid": "u", "at": None, "actor": "a", "entity": "person", "entity_id": 1,
           "entity_uuid": "", "action": "update", "field": "name", "old": "张\x1f三",
           "new": "李四", "note": "", "batch": "b"}  # fmt: skip
    digest = entry_hash("", row)
    assert hash_matches(digest, "", row)
    moved = {**row, "old": "张", "new": "三\x1f李四"}
    assert not hash_matches(digest, "", moved)
