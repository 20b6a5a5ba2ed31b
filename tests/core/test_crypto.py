"""Encryption at rest: SQLCipher registers, wrong passwords, no plaintext in any file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from gridapp.db import crypto
from gridapp.db.engine import (
    PasswordRequiredError,
    RegisterError,
    WrongPasswordError,
    copy_aside,
    engine_password,
    open_register,
    session_scope,
)
from gridapp.db.models import Person
from gridapp.services.changelog import ChangeWriter
from gridapp.services.demo import build_demo
from gridapp.services.register import create_household, create_person

PASSWORD = "网格长-2026'secret"  # a quote and CJK: the key must be escaped, not injected


def _files(path: Path) -> dict[str, bytes]:
    out = {}
    for candidate in path.parent.iterdir():
        if candidate.name.startswith(path.name):
            out[candidate.name] = candidate.read_bytes()
    return out


def _digest(path: Path) -> dict[str, str]:
    return {k: hashlib.sha256(v).hexdigest() for k, v in _files(path).items()}


def _secrets(engine: object) -> list[bytes]:
    with session_scope(engine) as session:  # type: ignore[arg-type]
        people = session.scalars(select(Person).limit(30)).all()
        values = [p.name for p in people if len(p.name) >= 2]
        values += [p.id_number for p in people if p.id_number]
        values += [p.phone for p in people if p.phone]
    assert len(values) > 30
    return [v.encode("utf-8") for v in values]


def test_encrypted_register_shows_nobody_in_its_files_wal_included(tmp_path: Path) -> None:
    path = tmp_path / "secret.db"
    engine = open_register(path, password=PASSWORD)
    with session_scope(engine) as session:
        build_demo(session, households=40, seed=3)
    secrets = _secrets(engine)
    # Write again and look while the connection (and so the WAL) is still open.
    with session_scope(engine) as session:
        writer = ChangeWriter(session, "测试")
        household = create_household(session, writer, number="H-SECRET-1", address="幸福路8号")
        create_person(session, writer, household, name="欧阳明月", id_number="11010519491231002X",
                      phone="13912345678", relation="户主")  # fmt: skip
        writer.flush()
    secrets += [s.encode() for s in ("欧阳明月", "11010519491231002X", "13912345678", "幸福路8号")]
    files = _files(path)
    assert path.name + "-wal" in files and len(files[path.name + "-wal"]) > 0
    engine.dispose()
    files.update(_files(path))
    assert not crypto.is_plain_sqlite(path)
    for name, raw in files.items():
        for secret in secrets:
            assert secret not in raw, f"{secret.decode()} in {name}"
    # The plaintext reference: the same data in a plain register IS visible (the test can fail).
    plain = tmp_path / "plain.db"
    eng = open_register(plain)
    with session_scope(eng) as session:
        build_demo(session, households=40, seed=3)
    eng.dispose()
    assert any(s in plain.read_bytes() for s in secrets)


def test_wrong_or_missing_password_is_refused_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    engine = open_register(path, password=PASSWORD)
    with session_scope(engine) as session:
        build_demo(session, households=10, seed=1)
    engine.dispose()
    before = _digest(path)
    with pytest.raises(WrongPasswordError, match="密码错误"):
        open_register(path, password="wrong-password")
    with pytest.raises(PasswordRequiredError, match="密码"):
        open_register(path)
    with pytest.raises(RegisterError):
        open_register(path, password=PASSWORD[:-1])
    assert _digest(path) == before
    engine = open_register(path, password=PASSWORD)
    assert engine_password(engine) == PASSWORD
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Person))
    engine.dispose()


def test_new_register_refuses_a_too_short_password(tmp_path: Path) -> None:
    with pytest.raises(RegisterError, match="至少"):
        open_register(tmp_path / "r.db", password="123")
    assert not (tmp_path / "r.db").exists() or (tmp_path / "r.db").stat().st_size == 0


def test_driver_errors_are_sqlalchemy_errors_on_encrypted_registers(tmp_path: Path) -> None:
    engine = open_register(tmp_path / "r.db", password=PASSWORD)
    with pytest.raises(IntegrityError), session_scope(engine) as session:
        session.execute(text("INSERT INTO setting(key, value) VALUES ('x', '1')"))
        session.execute(text("INSERT INTO setting(key, value) VALUES ('x', '2')"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM setting WHERE key='x'").scalar() == 0
        # FTS5 is compiled into the bundled SQLCipher
        conn.exec_driver_sql("CREATE VIRTUAL TABLE temp.t USING fts5(a)")
    engine.dispose()


def test_plain_register_keeps_working_with_a_password_set(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    open_register(path).dispose()
    engine = open_register(path, password=PASSWORD)
    assert engine_password(engine) is None
    engine.dispose()
    assert crypto.is_plain_sqlite(path)


def test_encrypt_existing_register_then_change_password(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    engine = open_register(path)
    with session_scope(engine) as session:
        build_demo(session, households=15, seed=2)
        count = session.scalar(select(func.count()).select_from(Person))
    engine.dispose()
    target = tmp_path / "enc.db"
    crypto.encrypt_file(path, target, PASSWORD)
    assert crypto.is_encrypted(target)
    with pytest.raises(WrongPasswordError):
        open_register(target, password="another-one")
    engine = open_register(target, password=PASSWORD)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Person)) == count
    engine.dispose()

    crypto.change_password(target, PASSWORD, "新的密码123456")
    with pytest.raises(WrongPasswordError):
        open_register(target, password=PASSWORD)
    engine = open_register(target, password="新的密码123456")
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Person)) == count
    engine.dispose()
    with pytest.raises(crypto.WrongPassword):
        crypto.change_password(target, "not-it", "whatever123")


def test_copy_aside_of_encrypted_register_is_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    open_register(path, password=PASSWORD).dispose()
    copy = copy_aside(path, "before-upgrade-x", PASSWORD)
    assert copy.name == "r.before-upgrade-x.db"
    assert crypto.is_encrypted(copy)
    open_register(copy, password=PASSWORD).dispose()


def test_log_file_never_holds_names_ids_phones_or_passwords(tmp_path: Path) -> None:
    import logging

    from gridapp.logs import RedactingFilter

    log_file = tmp_path / "gridapp.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.addFilter(RedactingFilter())
    log = logging.getLogger("gridapp.test_privacy")
    log.addHandler(handler)
    try:
        engine = open_register(tmp_path / "r.db")
        try:
            with session_scope(engine) as session:
                session.execute(
                    text("INSERT INTO person (name, id_number) VALUES (:n, :i)"),
                    {"n": "欧阳明月", "i": "11010519491231002X"},
                )
        except Exception:
            log.exception("unexpected error in command %s", "import")
        engine.dispose()
        try:
            raise KeyError("诸葛孔明 13912345678")
        except KeyError:
            log.exception("lookup failed")
        log.warning("keyed with PRAGMA key = 'topsecret99' for 110105194912310029, 13800138000")
    finally:
        log.removeHandler(handler)
        handler.close()
    written = log_file.read_text(encoding="utf-8")
    assert "IntegrityError" in written and "KeyError" in written and "test_crypto.py" in written
    for secret in ("欧阳明月", "11010519491231002X", "诸葛孔明", "13912345678", "topsecret99",
                   "110105194912310029", "13800138000"):  # fmt: skip
        assert secret not in written, secret


def test_cli_password_set_and_remove_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from gridapp.cli.main import main

    path = tmp_path / "r.db"
    engine = open_register(path)
    with session_scope(engine) as session:
        build_demo(session, households=5, seed=1)
        count = session.scalar(select(func.count()).select_from(Person))
    engine.dispose()
    monkeypatch.setenv("GRIDAPP_NEW_PASSWORD", PASSWORD)
    assert main(["--db", str(path), "password", "set"]) == 0
    assert crypto.is_encrypted(path)
    assert main(["--db", str(path), "password", "set"]) == 1  # already encrypted
    assert main(["--db", str(path), "password", "remove"]) == 2  # no current password given
    monkeypatch.setenv("GRIDAPP_PASSWORD", "wrong-password")
    assert main(["--db", str(path), "password", "remove"]) == 1
    assert crypto.is_encrypted(path)
    monkeypatch.setenv("GRIDAPP_PASSWORD", PASSWORD)
    assert main(["--db", str(path), "password", "remove"]) == 0
    assert crypto.is_plain_sqlite(path)
    err = capsys.readouterr().err
    assert "密码错误" in err and "Traceback" not in err
    engine = open_register(path)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(Person)) == count
    engine.dispose()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".enc", ".plain", ".part"))]
