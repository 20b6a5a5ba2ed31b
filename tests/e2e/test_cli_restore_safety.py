"""A restore never leaves the register worse: unknown schemas, damaged registers, byte flips."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from gridapp.services import backup_manifest
from tests.e2e.test_cli_register import gridapp

PASSWORD = "restore-pass-1"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("restore") / "demo.db"
    done = gridapp("--db", str(db), "demo", "--households", "40")
    assert done.returncode == 0, done.stderr
    return db


def _setup(demo: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    db = tmp_path / "r.db"
    shutil.copy(demo, db)
    saved = tmp_path / "saved.db"
    env = {"GRIDAPP_DATA_DIR": str(tmp_path / "data")}
    done = gridapp("--db", str(db), "backup", str(saved), env=env)
    assert done.returncode == 0, done.stderr
    assert backup_manifest.manifest_path(saved).exists()
    return db, saved, env


def _encrypted_backup(db: Path, tmp_path: Path, env: dict[str, str]) -> tuple[Path, dict[str, str]]:
    """Encrypt the register, back it up; the backup and the environment that opens both."""
    env = {**env, "GRIDAPP_PASSWORD": PASSWORD}
    done = gridapp("--db", str(db), "password", "set",
                   env={**env, "GRIDAPP_NEW_PASSWORD": PASSWORD})  # fmt: skip
    assert done.returncode == 0, done.stderr
    saved = tmp_path / "saved-enc.db"
    assert gridapp("--db", str(db), "backup", str(saved), env=env).returncode == 0
    return saved, env


def _stats(db: Path, env: dict[str, str]) -> dict[str, int]:
    done = gridapp("--db", str(db), "stats", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _as_if_from_a_newer_app(backup: Path) -> None:
    """What a backup made by a later version looks like: a schema revision we do not know,
    and a manifest (valid for its bytes) that names the version that made it."""
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0009_from_the_future'")
    conn.close()
    with sqlite3.connect(backup) as conn:
        backup_manifest.write_manifest(backup, conn, encrypted=False)
    conn.close()
    data = json.loads(backup_manifest.manifest_path(backup).read_text("utf-8"))
    data["app_version"] = "9.1.0"
    backup_manifest.manifest_path(backup).write_text(json.dumps(data), "utf-8")


def test_a_backup_from_a_newer_app_is_refused_and_the_register_still_opens(
    demo: Path, tmp_path: Path
) -> None:
    db, saved, env = _setup(demo, tmp_path)
    _as_if_from_a_newer_app(saved)
    before = db.read_bytes()
    for extra in (["--check"], []):
        done = gridapp("--db", str(db), "restore", str(saved), *extra, env=env)
        assert done.returncode == 1, done.stdout
        assert "9.1.0" in done.stderr and "0009_from_the_future" in done.stderr
        assert "备份完好" not in done.stdout and "Traceback" not in done.stderr
    assert "恢复未进行，数据库未改变" in done.stderr
    assert db.read_bytes() == before
    assert _stats(db, env)["persons"] > 0


def test_a_register_left_unopenable_can_still_be_restored(demo: Path, tmp_path: Path) -> None:
    """What the old restore left behind: a register at an unknown revision that nothing
    opens. Restoring a good backup must still work (it does not open the current register)."""
    db, saved, env = _setup(demo, tmp_path)
    persons = _stats(db, env)["persons"]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0009_from_the_future'")
    conn.close()
    assert gridapp("--db", str(db), "stats", env=env).returncode == 1
    done = gridapp("--db", str(db), "restore", str(saved), env=env)
    assert done.returncode == 0, done.stderr
    assert _stats(db, env)["persons"] == persons
    (safety,) = (tmp_path / "data").rglob("r-before-restore-*.db")
    with sqlite3.connect(safety) as conn:  # the unopenable state was kept too, as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0009_from_the_future"
        )
    conn.close()


def test_a_damaged_register_file_is_kept_aside_and_replaced(demo: Path, tmp_path: Path) -> None:
    db, saved, env = _setup(demo, tmp_path)
    persons = _stats(db, env)["persons"]
    damaged = b"\x00" * 100 + db.read_bytes()[100:]  # the header is gone
    db.write_bytes(damaged)
    done = gridapp("--db", str(db), "restore", str(saved), env=env)
    assert done.returncode == 0, done.stderr
    assert _stats(db, env)["persons"] == persons
    (safety,) = (tmp_path / "data").rglob("r-before-restore-*.db")
    assert safety.read_bytes() == damaged


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_every_flipped_byte_is_refused(demo: Path, tmp_path: Path, encrypted: bool) -> None:
    db, saved, env = _setup(demo, tmp_path)
    if encrypted:
        saved, env = _encrypted_backup(db, tmp_path, env)
    raw = saved.read_bytes()
    rng = random.Random(7)
    flipped = tmp_path / "flipped.db"
    shutil.copy(backup_manifest.manifest_path(saved), backup_manifest.manifest_path(flipped))
    before = db.read_bytes()
    for _ in range(12):
        at = rng.randrange(len(raw))
        flipped.write_bytes(raw[:at] + bytes([raw[at] ^ (1 << rng.randrange(8))]) + raw[at + 1 :])
        for extra in (["--check"], []):
            done = gridapp("--db", str(db), "restore", str(flipped), *extra, env=env)
            assert done.returncode == 1, f"byte {at} flipped was accepted"
            assert "校验值不符" in done.stderr and "Traceback" not in done.stderr
    assert db.read_bytes() == before


def test_a_backup_without_manifest_is_checked_by_structure_and_said_so(
    demo: Path, tmp_path: Path
) -> None:
    db, saved, env = _setup(demo, tmp_path)
    backup_manifest.manifest_path(saved).unlink()
    done = gridapp("--db", str(db), "restore", str(saved), "--check", env=env)
    assert done.returncode == 0, done.stderr
    assert "没有校验清单" in done.stdout
    assert gridapp("--db", str(db), "restore", str(saved), env=env).returncode == 0


def test_a_truncated_encrypted_backup_is_not_called_a_wrong_password(
    demo: Path, tmp_path: Path
) -> None:
    db, _saved, env = _setup(demo, tmp_path)
    saved, env = _encrypted_backup(db, tmp_path, env)
    raw = saved.read_bytes()
    for cut, manifest in ((len(raw) // 2 + 100, True), (len(raw) // 2 + 100, False)):
        short = tmp_path / f"short-{manifest}.db"
        short.write_bytes(raw[:cut])
        if manifest:
            shutil.copy(backup_manifest.manifest_path(saved), backup_manifest.manifest_path(short))
        done = gridapp("--db", str(db), "restore", str(short), "--check", env=env)
        assert done.returncode == 1
        assert "不完整" in done.stderr and "密码错误" not in done.stderr


@pytest.mark.real_clock
def test_leftovers_of_killed_runs_are_cleaned(demo: Path, tmp_path: Path) -> None:
    db, saved, env = _setup(demo, tmp_path)
    staged = db.with_name(db.name + ".restore.part")
    staged.write_bytes(b"half a restore")
    folder = tmp_path / "data" / "backups" / "r"
    folder.mkdir(parents=True, exist_ok=True)
    dead = folder / "r-auto-20261101-080000.db.part"
    dead.write_bytes(b"half a backup")
    old = time.time() - 3600
    os.utime(dead, (old, old))
    live = folder / "r-auto-20261201-080000.db.part"
    live.write_bytes(b"being written right now")
    done = gridapp("--db", str(db), "restore", str(saved), env=env)
    assert done.returncode == 0, done.stderr
    assert not staged.exists() and not dead.exists() and live.exists()
