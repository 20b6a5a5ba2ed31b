"""The security commands as scripts use them: encrypted registers, backup, restore, audit."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

PASSWORD = "e2e-secret-密码"


def gridapp(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "GRIDAPP_PASSWORD"}
    return subprocess.run([sys.executable, "-m", "gridapp.cli.main", *args], capture_output=True,
                          text=True, env={**base, **(env or {})}, check=False, timeout=300)  # fmt: skip


def _persons(db: str, *extra: str, env: dict[str, str] | None = None) -> int:
    done = gridapp("--db", db, *extra, "stats", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["persons"])


def test_encrypted_register_backup_change_restore(tmp_path: Path) -> None:
    db = str(tmp_path / "enc.db")
    pw_file = tmp_path / "pw.txt"
    pw_file.write_text(PASSWORD + "\n", encoding="utf-8")
    env = {"GRIDAPP_PASSWORD": PASSWORD}
    done = gridapp("--db", db, "demo", "--households", "60", env=env)
    assert done.returncode == 0, done.stderr
    persons = _persons(db, "--password-file", str(pw_file))

    # wrong and missing passwords: a message, exit 1, no traceback, nothing written
    raw = Path(db).read_bytes()
    for extra, extra_env in (((), {"GRIDAPP_PASSWORD": "wrong-password"}), ((), {})):
        bad = gridapp("--db", db, *extra, "stats", env=extra_env)
        assert bad.returncode == 1
        assert "密码" in bad.stderr and "Traceback" not in bad.stderr
    assert Path(db).read_bytes() == raw

    usb = tmp_path / "usb"
    usb.mkdir()
    done = gridapp("--db", db, "backup", str(usb), env=env)
    assert done.returncode == 0, done.stderr
    (made,) = usb.glob("enc-manual-*.db")
    assert made.read_bytes()[:16] != b"SQLite format 3\x00"  # the copy is encrypted too

    done = gridapp("--db", db, "restore", str(made), "--check", env=env)
    assert done.returncode == 0 and "备份完好" in done.stdout, done.stderr
    assert f"在册人数：{persons}" in done.stdout

    done = gridapp("--db", db, "restore", str(made), env=env)
    assert done.returncode == 0, done.stderr
    assert "恢复前的数据已另存为" in done.stdout
    assert _persons(db, env=env) == persons

    done = gridapp("--db", db, "restore", str(tmp_path / "missing.db"), env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_restore_brings_back_the_backed_up_content(tmp_path: Path) -> None:
    db = str(tmp_path / "plain.db")
    assert gridapp("--db", db, "demo", "--households", "40").returncode == 0
    saved = tmp_path / "saved.db"
    assert gridapp("--db", db, "backup", str(saved)).returncode == 0
    query = "SELECT name, id_number, phone FROM person ORDER BY id"
    with sqlite3.connect(db) as conn:
        before = conn.execute(query).fetchall()
        conn.execute("UPDATE person SET name = '改动'")
        conn.execute("DELETE FROM visit")
    done = gridapp("--db", db, "restore", str(saved))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute(query).fetchall() == before
        assert conn.execute("SELECT count(*) FROM visit").fetchone()[0] > 0


def test_audit_verify_catches_an_edited_history_entry(tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    assert gridapp("--db", db, "demo", "--households", "30").returncode == 0
    done = gridapp("--db", db, "audit", "verify")
    assert done.returncode == 0 and "完整" in done.stdout, done.stderr
    with sqlite3.connect(db) as conn:
        target = conn.execute(
            "SELECT id FROM change_log ORDER BY id LIMIT 1 OFFSET 100"
        ).fetchone()[0]
        conn.execute("UPDATE change_log SET new = '伪造' WHERE id = ?", (target,))
    done = gridapp("--db", db, "audit", "verify")
    assert done.returncode == 1
    assert f"id={target}" in done.stderr and "Traceback" not in done.stderr
    report = json.loads(gridapp("--db", db, "audit", "verify", "--json").stdout)
    assert report["broken_id"] == target and report["intact"] is False


def test_password_set_change_and_no_plaintext(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert gridapp("--db", str(db), "demo", "--households", "20").returncode == 0
    someone = json.loads(gridapp("--db", str(db), "search", "", "--json", "--limit", "1").stdout)[0]
    assert someone["id_number"].encode() in db.read_bytes()
    done = gridapp("--db", str(db), "password", "set", env={"GRIDAPP_NEW_PASSWORD": "short"})
    assert done.returncode == 2 and "至少" in done.stderr
    done = gridapp("--db", str(db), "password", "set", env={"GRIDAPP_NEW_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr
    assert "无法找回" in done.stdout
    for f in tmp_path.iterdir():
        if f.name.startswith("p.db"):
            raw = f.read_bytes()
            assert someone["id_number"].encode() not in raw, f.name
            assert someone["name"].encode() not in raw, f.name
    assert not list(tmp_path.glob("p.plain-*"))
    assert gridapp("--db", str(db), "stats").returncode == 1
    assert _persons(str(db), env={"GRIDAPP_PASSWORD": PASSWORD}) > 0
    done = gridapp("--db", str(db), "password", "change",
                   env={"GRIDAPP_PASSWORD": PASSWORD, "GRIDAPP_NEW_PASSWORD": "another-pass-2"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _persons(str(db), env={"GRIDAPP_PASSWORD": "another-pass-2"}) > 0


def test_what_the_app_writes_is_readable_by_its_user_alone(tmp_path: Path) -> None:
    """Registers, backups, exports and PDFs hold the residents' personal data: 0600."""
    db = tmp_path / "r.db"
    env = {"GRIDAPP_DATA_DIR": str(tmp_path / "data"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    assert gridapp("--db", str(db), "demo", "--households", "20", env=env).returncode == 0
    made = [db, tmp_path / "b.db", tmp_path / "ledger.xlsx", tmp_path / "cards.pdf"]
    for command in (["backup", str(made[1])], ["export", "ledger", str(made[2])],
                    ["print", "visit-sheets", str(made[3])]):  # fmt: skip
        done = gridapp("--db", str(db), *command, env=env)
        assert done.returncode == 0, done.stderr
    made += list((tmp_path / "data").rglob("*.db"))  # automatic and safety backups
    for path in made:
        assert path.stat().st_mode & 0o777 == 0o600, (path, oct(path.stat().st_mode))
    assert not list((tmp_path / "tmp").iterdir())  # nothing spilled into the temp folder
    assert not list(tmp_path.glob(".*"))  # no temporary parts left beside the outputs

    # a register an older version left readable by everyone is tightened when opened
    db.chmod(0o644)
    assert gridapp("--db", str(db), "stats", env=env).returncode == 0
    assert db.stat().st_mode & 0o777 == 0o600


def test_password_set_encrypts_the_plain_automatic_backups_too(tmp_path: Path) -> None:
    from gridapp.db import crypto
    from gridapp.services import backup_manifest

    db = tmp_path / "r.db"
    env = {"GRIDAPP_DATA_DIR": str(tmp_path / "data")}
    assert gridapp("--db", str(db), "demo", "--households", "10", env=env).returncode == 0
    folder = tmp_path / "data" / "backups" / "r"
    for _ in range(2):  # what the window's backups on close left, plain like the register
        done = gridapp("--db", str(db), "backup", str(folder) + "/", env=env)
        assert done.returncode == 0, done.stderr
    made = sorted(folder.glob("r-*.db"))
    assert len(made) == 2 and all(crypto.is_plain_sqlite(p) for p in made)
    done = gridapp("--db", str(db), "password", "set",
                   env={**env, "GRIDAPP_NEW_PASSWORD": PASSWORD})  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 份自动备份也已改用新密码加密" in done.stdout and "U盘" in done.stdout
    for path in made:
        assert crypto.is_encrypted(path)
        assert backup_manifest.read_manifest(path).encrypted  # type: ignore[union-attr]
        check = gridapp("--db", str(db), "restore", str(path), "--check",
                        env={**env, "GRIDAPP_PASSWORD": PASSWORD})  # fmt: skip
        assert check.returncode == 0 and "与制作时的校验值一致" in check.stdout, check.stderr
