"""Backups: online copy encrypted like the register, rotation, verification, restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from gridapp.db import crypto
from gridapp.db.engine import RegisterError, open_register, session_scope
from gridapp.db.models import Household, Person
from gridapp.services import backup
from gridapp.services.backup import BackupFile
from gridapp.services.common import ServiceError
from gridapp.services.demo import build_demo
from gridapp.services.restore import restore

PASSWORD = "backup-pass-01"


def _persons(engine: object) -> int:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def _rename_all(engine: object, name: str) -> None:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        for person in session.scalars(select(Person)):
            person.name = name


@pytest.fixture(params=["plain", "encrypted"])
def small(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[object, str | None]:
    password = PASSWORD if request.param == "encrypted" else None
    engine = open_register(tmp_path / "reg.db", password=password)
    with session_scope(engine) as session:
        build_demo(session, households=12, seed=4)
    yield engine, password
    engine.dispose()


def test_backup_change_restore_gives_back_the_content(
    small: tuple[object, str | None], tmp_path: Path
) -> None:
    engine, password = small
    names_before = _names(engine)
    made = backup.backup_to_folder(engine, tmp_path / "usb")  # type: ignore[arg-type]
    assert made.parent == tmp_path / "usb" and made.name.startswith("reg-manual-")
    assert crypto.is_encrypted(made) == (password is not None)
    summary = backup.inspect_backup(made, password)
    assert summary.persons > 0 and summary.changes > 0

    _rename_all(engine, "改过的名字")
    with session_scope(engine) as session:  # type: ignore[arg-type]
        session.add(Household(number="NEW-1", address="新加的户"))
    assert _names(engine) == {"改过的名字"}

    result = restore(engine, made)  # type: ignore[arg-type]
    assert _names(engine) == names_before
    with session_scope(engine) as session:  # type: ignore[arg-type]
        assert session.scalar(select(Household).where(Household.number == "NEW-1")) is None
    # the state before the restore was kept, encrypted like the register
    assert result.safety_copy.exists()
    assert crypto.is_encrypted(result.safety_copy) == (password is not None)
    kept = open_register(result.safety_copy, password=password)
    assert _names(kept) == {"改过的名字"}
    kept.dispose()


def _names(engine: object) -> set[str]:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        return set(session.scalars(select(Person.name)))


@pytest.mark.parametrize(
    "damage",
    ["random", "truncated", "empty", "pdf", "wrong-password", "not-a-register"],
)
def test_a_bad_backup_is_refused_and_the_register_unchanged(
    small: tuple[object, str | None], tmp_path: Path, damage: str
) -> None:
    engine, password = small
    good = backup.backup_now(engine, tmp_path / "good.db")  # type: ignore[arg-type]
    bad = tmp_path / "bad.db"
    raw = good.read_bytes()
    key = password
    if damage == "random":
        import random

        bad.write_bytes(random.Random(1).randbytes(len(raw)))
    elif damage == "truncated":
        bad.write_bytes(raw[: len(raw) // 3])
    elif damage == "empty":
        bad.write_bytes(b"")
    elif damage == "pdf":
        bad.write_bytes(b"%PDF-1.4\n" + raw[:2000])
    elif damage == "wrong-password":
        bad.write_bytes(raw)
        key = "not-the-password" if password else None
        if password is None:  # a plain backup has no password to get wrong: damage a page
            bad.write_bytes(raw[:4096] + b"\xff" * 8192 + raw[4096 + 8192 :])
    else:
        other = open_register(tmp_path / "x.db", password=password, upgrade=False)
        with other.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE notes(x)")
        other.dispose()
        bad = tmp_path / "x.db"
    _rename_all(engine, "之后的名字")
    expected = {
        "random": "损坏|需要密码|密码错误",
        "truncated": "损坏|密码错误",
        "empty": "为空",
        "pdf": "损坏|需要密码|密码错误",
        "wrong-password": "密码错误|损坏",
        "not-a-register": "不是网格台账",
    }[damage]
    with pytest.raises(ServiceError, match=expected):
        restore(engine, bad, key)  # type: ignore[arg-type]
    assert _names(engine) == {"之后的名字"}
    assert not list(tmp_path.glob("*.part"))


def test_rotation_keeps_seven_days_and_four_weeks() -> None:
    today = dt.date(2026, 11, 27)
    made = [
        BackupFile(Path(f"r-auto-{i}.db"), "auto", dt.datetime(2026, 11, 27, 18) - dt.timedelta(hours=12 * i))
        for i in range(120)
    ]  # fmt: skip
    keep = backup.rotation_keeps(made, today)
    kept = sorted((b.at for b in made if b.path in keep), reverse=True)
    days = {at.date() for at in kept}
    # the newest of each of the last 7 days …
    assert {today - dt.timedelta(days=d) for d in range(7)} <= days
    for day in range(7):
        newest = max(b.at for b in made if b.at.date() == today - dt.timedelta(days=day))
        assert newest in kept
    # … and one per ISO week for 4 weeks; nothing else
    weeks = {at.isocalendar()[:2] for at in kept}
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4
    assert min(kept).date() >= today - dt.timedelta(days=28)


def test_auto_backup_rotates_files_on_disk(tmp_path: Path) -> None:
    engine = open_register(tmp_path / "reg.db")
    start = dt.datetime(2026, 10, 1, 20, 0)
    for day in range(40):
        backup.auto_backup(engine, start + dt.timedelta(days=day))
    folder = backup.backup_dir(engine)
    left = backup.list_backups(folder, "reg")
    assert 7 <= len(left) <= 11
    assert left[0].at == start + dt.timedelta(days=39)
    assert backup.backup_if_due(engine, start + dt.timedelta(days=39, hours=1)) is None
    assert backup.backup_if_due(engine, start + dt.timedelta(days=40)) is not None
    engine.dispose()


def test_latest_good_backup_skips_damaged_ones(tmp_path: Path) -> None:
    engine = open_register(tmp_path / "reg.db", password=PASSWORD)
    folder = tmp_path / "b"
    good = backup.backup_to_folder(engine, folder, "auto", dt.datetime(2026, 1, 1, 9))
    newest = backup.backup_to_folder(engine, folder, "auto", dt.datetime(2026, 1, 2, 9))
    newest.write_bytes(newest.read_bytes()[:5000])
    found = backup.latest_good_backup(folder, "reg", PASSWORD)
    assert found is not None and found.path == good
    assert backup.latest_good_backup(folder, "reg", "wrong-one") is None
    engine.dispose()


def test_backup_never_overwrites(tmp_path: Path) -> None:
    engine = open_register(tmp_path / "reg.db")
    target = tmp_path / "b.db"
    target.write_bytes(b"keep me")
    with pytest.raises(ServiceError, match="已存在"):
        backup.backup_now(engine, target)
    assert target.read_bytes() == b"keep me"
    engine.dispose()


def test_restore_across_passwords(tmp_path: Path) -> None:
    """A backup made under another password (or none) is restored keyed like the register."""
    old = open_register(tmp_path / "old.db", password="old-password-1")
    with session_scope(old) as session:
        build_demo(session, households=6, seed=8)
    names = _names(old)
    made = backup.backup_now(old, tmp_path / "old-backup.db")
    old.dispose()

    plain = open_register(tmp_path / "reg.db")
    with pytest.raises(ServiceError, match="密码"):
        restore(plain, made)  # encrypted backup, no password given
    restore(plain, made, "old-password-1")
    assert _names(plain) == names
    plain.dispose()
    assert crypto.is_plain_sqlite(tmp_path / "reg.db")

    enc = open_register(tmp_path / "enc.db", password=PASSWORD)
    restore(enc, made, "old-password-1")
    assert _names(enc) == names
    enc.dispose()
    with pytest.raises(RegisterError):
        open_register(tmp_path / "enc.db", password="old-password-1")
