"""The tamper check means it: truncation, a rewritten chain, a forged append and a record
edited without a log entry are all found; the app's own work never looks like tampering."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from gridapp.db import anchor, vocab
from gridapp.db.engine import open_register, session_scope
from gridapp.db.models import ChangeLog, GroupMembership, Household, Person
from gridapp.services import backup, groups, issues, proxy, visits
from gridapp.services.audit import AuditReport, verify_history
from gridapp.services.changelog import HASHED, ChangeWriter, entry_hash
from gridapp.services.register import update_person
from gridapp.services.restore import restore_register

DAY = dt.date(2026, 11, 16)


def _verify(path: Path) -> AuditReport:
    engine = open_register(path)
    try:
        with session_scope(engine) as session:
            return verify_history(session)
    finally:
        engine.dispose()


def _work(path: Path, n: int = 0) -> dict[str, int]:
    """A morning's work through the services: a visit, an issue taken up the chain, an errand,
    a group entry and a person's phone corrected. Returns the ids it made."""
    engine = open_register(path)
    try:
        with session_scope(engine) as session:
            # A resident still living here and in no group yet (the demo's moves and group
            # entries depend on the day it is built)
            in_a_group = select(GroupMembership.person_id).where(
                GroupMembership.left_on.is_(None), GroupMembership.deleted_at.is_(None)
            )
            person = session.scalars(
                select(Person)
                .join(Household, Household.id == Person.household_id)
                .where(
                    Household.status == vocab.HOUSEHOLD_ACTIVE,
                    Person.status == vocab.STATUS_ACTIVE,
                    Person.id.not_in(in_a_group),
                )
                .order_by(Household.id, Person.id)
                .offset(n * 7)
                .limit(1)
            ).first()
            assert person is not None
            household = session.get(Household, person.household_id)
            assert household is not None
            worker = visits.find_worker(session, _a_worker(session), household.grid_id)
            visit_id = visits.add_visit(session, household.id, worker.id, DAY, situation="正常")
            issue_id = issues.register_issue(
                session, title="楼道堆物", household_id=household.id, reported_on=DAY, today=DAY
            )
            issues.escalate(session, issue_id, "消防", on=DAY)
            errand_id = proxy.register_request(
                session, person_id=person.id, errand="医保缴费", requested_on=DAY, today=DAY
            )
            membership = groups.enter_group(session, person.id, "dibao", joined_on=DAY)
            writer = ChangeWriter(session, "王网格长")
            update_person(session, writer, person, {"phone": "13812345678"})
            writer.flush()
            return {
                "visit": visit_id,
                "issue": issue_id,
                "errand": errand_id,
                "membership": membership,
                "person": person.id,
                "household": household.id,
            }
    finally:
        engine.dispose()


def _a_worker(session: Any) -> str:
    from gridapp.db.models import Worker

    name = session.scalar(select(Worker.name).order_by(Worker.id))
    assert name
    return str(name)


def _sql(path: Path, statement: str, *params: object) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(statement, params)
    conn.close()


def test_work_records_are_in_the_change_log_and_the_register_verifies(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as conn:
        start = conn.execute("SELECT max(id) FROM change_log").fetchone()[0]
    conn.close()
    made = _work(demo_db)
    with sqlite3.connect(demo_db) as conn:
        logged = set(conn.execute("SELECT entity, action FROM change_log WHERE id > ?", (start,)))
        visit_entry = conn.execute(
            "SELECT new FROM change_log WHERE entity = 'visit' AND entity_id = ?"
            " AND action = 'create'",
            (made["visit"],),
        ).fetchone()
    conn.close()
    assert {("visit", "create"), ("issue", "create"), ("issue", "update"),
            ("issue_step", "create"), ("service_request", "create"),
            ("group_membership", "create"), ("person", "update")} <= logged  # fmt: skip
    assert json.loads(visit_entry[0])["situation"] == "正常"
    report = _verify(demo_db)
    assert report.intact, report.message()
    assert report.anchor == "ok"
    assert "与本机签名一致" in report.message()


@pytest.mark.parametrize(
    ("table", "column", "value", "entity"),
    [
        ("person", "phone", "13900000000", "person"),
        ("person", "name", "王五", "person"),
        ("household", "address", "别处1号", "household"),
        ("visit", "situation", "伪造的情况", "visit"),
        ("issue", "title", "改过的标题", "issue"),
        ("service_request", "errand", "改过的事项", "service_request"),
    ],
)
def test_a_record_edited_outside_the_app_is_named(
    demo_db: Path, table: str, column: str, value: str, entity: str
) -> None:
    made = _work(demo_db)
    key = {"service_request": "errand"}.get(table, table)
    _sql(demo_db, f"UPDATE {table} SET {column} = ? WHERE id = ?", value, made[key])
    report = _verify(demo_db)
    assert not report.intact
    assert report.mismatches == 1
    assert f"{entity} {made[key]} 的 {column}" in report.message()
    assert value in report.message()


def test_a_demo_record_never_changed_since_creation_is_checked_too(demo_db: Path) -> None:
    _sql(demo_db, "UPDATE person SET id_number = '110101199003078515' WHERE id = 7")
    report = _verify(demo_db)
    assert not report.intact and "person 7 的 id_number" in report.message()


def test_the_last_entries_cut_off_are_found(demo_db: Path) -> None:
    _work(demo_db)
    _sql(demo_db, "DELETE FROM change_log WHERE id > (SELECT max(id) - 3 FROM change_log)")
    report = _verify(demo_db)
    assert not report.intact and report.anchor == "broken"
    assert "末尾的变更记录被删除" in report.message()


def test_an_emptied_log_is_found(demo_db: Path) -> None:
    _work(demo_db)
    _sql(demo_db, "DELETE FROM change_log")
    report = _verify(demo_db)
    assert not report.intact and "变更记录被清空" in report.message()
    assert report.entries == 0


def _rechain(path: Path, edit: str) -> None:
    """What a forger with the app's own (public) hash function does: change an entry and
    recompute every hash after it, so the chain checks again."""
    with sqlite3.connect(path) as conn:
        conn.execute(edit)
        rows = conn.execute(f"SELECT id, {', '.join(HASHED)} FROM change_log ORDER BY id")
        prev = ""
        fixed = []
        for row in rows.fetchall():
            values = dict(zip(HASHED, row[1:], strict=True))
            values["at"] = dt.datetime.fromisoformat(values["at"])
            digest = entry_hash(prev, values)
            fixed.append((prev, digest, row[0]))
            prev = digest
        conn.executemany("UPDATE change_log SET prev_hash = ?, hash = ? WHERE id = ?", fixed)
    conn.close()


def test_a_chain_rewritten_with_the_public_hash_is_found(demo_db: Path) -> None:
    made = _work(demo_db)
    _rechain(
        demo_db,
        "UPDATE change_log SET new = '13900000000' WHERE entity = 'person' AND field = 'phone'"
        f" AND entity_id = {made['person']}",
    )
    _sql(demo_db, "UPDATE person SET phone = '13900000000' WHERE id = ?", made["person"])
    report = _verify(demo_db)
    assert report.broken_id is None  # every link and hash checks: only the signature can tell
    assert not report.intact and "变更记录被改写" in report.message()


def test_a_forged_entry_appended_is_found(demo_db: Path) -> None:
    made = _work(demo_db)
    with sqlite3.connect(demo_db) as conn:
        last = conn.execute(
            f"SELECT id, {', '.join(HASHED)}, hash FROM change_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        values = dict(zip(HASHED, last[1:-1], strict=True))
        values.update(uuid="forged", entity="person", entity_id=made["person"],
                      action="update", field="phone", old=None, new="13900000000")  # fmt: skip
        values["at"] = dt.datetime.fromisoformat(values["at"])
        digest = entry_hash(last[-1], values)
        conn.execute(
            f"INSERT INTO change_log (id, {', '.join(HASHED)}, prev_hash, hash)"
            f" VALUES ({', '.join('?' * (len(HASHED) + 3))})",
            (last[0] + 1, *[values[k] if k != "at" else last[2] for k in HASHED], last[-1],
             digest),
        )  # fmt: skip
        conn.execute("UPDATE person SET phone = '13900000000' WHERE id = ?", (made["person"],))
    conn.close()
    report = _verify(demo_db)
    assert report.broken_id is None and report.mismatches == 0
    assert not report.intact and "没有本机签名" in report.message()


def test_an_edited_anchor_is_refused(demo_db: Path) -> None:
    _work(demo_db)
    path = anchor.anchor_path(demo_db)
    data = json.loads(path.read_text("utf-8"))
    data["confirmed"]["last_id"] -= 5  # pretend the log was shorter
    path.write_text(json.dumps(data), "utf-8")
    report = _verify(demo_db)
    assert not report.intact and "签名与密钥不符" in report.message()


def test_without_an_anchor_the_message_says_what_cannot_be_checked(demo_db: Path) -> None:
    report = _verify(demo_db)  # a copied register: this installation never signed it
    assert report.intact and report.anchor == "unanchored"
    assert "无法确认末尾" in report.message()


def test_a_write_does_not_bless_a_cut_chain(demo_db: Path) -> None:
    _work(demo_db)
    _sql(demo_db, "DELETE FROM change_log WHERE id > (SELECT max(id) - 2 FROM change_log)")
    _work(demo_db, 1)  # the app goes on writing: the anchor must not move to the cut chain
    report = _verify(demo_db)
    assert not report.intact and report.anchor == "broken"


def test_a_commit_that_never_happened_leaves_a_verifiable_register(demo_db: Path) -> None:
    _work(demo_db)
    engine = open_register(demo_db)
    try:
        with pytest.raises(RuntimeError), session_scope(engine) as session:
            person = session.get(Person, 3)
            assert person is not None
            writer = ChangeWriter(session, "王网格长")
            update_person(session, writer, person, {"phone": "13700000000"})
            writer.flush()
            session.flush()
            raise RuntimeError("the laptop's battery dies")
    finally:
        engine.dispose()
    assert _verify(demo_db).intact


def test_a_crash_between_commit_and_confirmation_is_not_tampering(demo_db: Path) -> None:
    _work(demo_db)
    before = json.loads(anchor.anchor_path(demo_db).read_text("utf-8"))
    _work(demo_db, 1)
    after = json.loads(anchor.anchor_path(demo_db).read_text("utf-8"))
    # What a process killed right after its commit leaves: the new head still pending.
    crashed = {**after, "confirmed": before["confirmed"], "pending": after["confirmed"]}
    anchor.anchor_path(demo_db).write_text(json.dumps(crashed), "utf-8")
    assert _verify(demo_db).intact
    _work(demo_db, 2)  # the next writer takes the pending head as confirmed and goes on
    assert _verify(demo_db).intact


def test_restoring_an_older_backup_is_not_truncation(demo_db: Path, tmp_path: Path) -> None:
    _work(demo_db)
    engine = open_register(demo_db)
    saved = backup.backup_now(engine, tmp_path / "saved.db")
    engine.dispose()
    _work(demo_db, 1)
    restore_register(demo_db, None, saved)
    report = _verify(demo_db)
    assert report.intact and report.anchor == "ok", report.message()


def test_the_backup_manifest_holds_the_signed_head(demo_db: Path, tmp_path: Path) -> None:
    _work(demo_db)
    engine = open_register(demo_db)
    saved = backup.backup_now(engine, tmp_path / "saved.db")
    with session_scope(engine) as session:
        count = len(session.scalars(select(ChangeLog.id)).all())
    engine.dispose()
    manifest = json.loads(Path(str(saved) + ".manifest.json").read_text("utf-8"))
    assert manifest["changes"] == count and manifest["last_change_hash"]
    checkpoint = anchor.Checkpoint.from_json(manifest["head"])
    assert checkpoint is not None and checkpoint.head.count == count
    assert anchor.is_signed_here(checkpoint)


def test_an_orm_update_outside_the_services_is_logged_not_flagged(demo_db: Path) -> None:
    """A work record changed by any code path through the ORM is logged by the recorder."""
    made = _work(demo_db)
    engine = open_register(demo_db)
    try:
        with session_scope(engine) as session:
            from gridapp.db.models import Visit

            session.execute(
                update(Visit).where(Visit.id == made["visit"]).values(situation="补记")
            )  # a Core update: not seen by the ORM, so this one *is* unlogged
        with session_scope(engine) as session:
            visit = session.get(Visit, made["visit"])
            assert visit is not None
            visit.situation = "再补记"  # an ORM change: logged
    finally:
        engine.dispose()
    assert _verify(demo_db).intact
