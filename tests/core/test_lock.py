"""One writer per register: the lock file, refusal with a message, stale-lock takeover."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gridapp.db.lock import RegisterLock, RegisterLockedError, lock_path, read_owner


def test_second_instance_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    first = RegisterLock(reg)
    first.acquire()
    assert lock_path(reg).exists()
    second = RegisterLock(reg)
    with pytest.raises(RegisterLockedError, match="正被另一个") as info:
        second.acquire()
    assert str(os.getpid()) in str(info.value)
    assert not second.held
    # the refused one does not remove the holder's lock
    second.release()
    assert lock_path(reg).exists()
    first.release()
    assert not lock_path(reg).exists()
    with RegisterLock(reg) as third:
        assert third.held


def _child_holding_lock(reg: Path) -> subprocess.Popen[str]:
    code = (
        "import sys, time; from pathlib import Path; from gridapp.db.lock import RegisterLock;"
        f"RegisterLock(Path({str(reg)!r})).acquire(); print('held', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_lock_of_a_killed_process_is_stale_and_taken_over(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    proc = _child_holding_lock(reg)
    try:
        with pytest.raises(RegisterLockedError):
            RegisterLock(reg).acquire()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.kill()
        proc.wait(10)
        assert proc.stdout is not None
        proc.stdout.close()
    owner = read_owner(lock_path(reg))
    assert owner is not None and owner.pid == proc.pid  # kill -9 left it behind
    lock = RegisterLock(reg)
    lock.acquire()
    assert read_owner(lock_path(reg)).token == lock.token  # type: ignore[union-attr]
    lock.release()


def _write_lock(reg: Path, host: str, pid: int, age: float) -> None:
    path = lock_path(reg)
    path.write_text(
        json.dumps({"pid": pid, "host": host, "since": "2026-01-01T08:00:00", "token": "t"})
    )
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))


def test_other_hosts_lock_is_respected_until_it_is_old(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    _write_lock(reg, "another-laptop", 1234, age=60)
    with pytest.raises(RegisterLockedError, match="another-laptop"):
        RegisterLock(reg).acquire()
    _write_lock(reg, "another-laptop", 1234, age=2 * 3600)
    with RegisterLock(reg) as lock:
        assert lock.held


def test_dead_pid_on_this_host_and_garbage_lock_are_stale(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    _write_lock(reg, socket.gethostname(), int(done.stdout), age=1)
    with RegisterLock(reg):
        pass
    lock_path(reg).write_bytes(b"\x00garbage")
    with pytest.raises(RegisterLockedError):  # maybe being written right now
        RegisterLock(reg).acquire()
    old = time.time() - 60
    os.utime(lock_path(reg), (old, old))
    with RegisterLock(reg):
        pass


def test_cli_restore_and_password_refuse_a_register_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from gridapp.cli.main import main
    from gridapp.db.engine import open_register
    from gridapp.services.backup import backup_now

    reg = tmp_path / "r.db"
    engine = open_register(reg)
    saved = backup_now(engine, tmp_path / "saved.db")
    engine.dispose()
    before = reg.read_bytes()
    monkeypatch.setenv("GRIDAPP_NEW_PASSWORD", "new-password-1")
    with RegisterLock(reg):  # the window has it open
        assert main(["--db", str(reg), "restore", str(saved)]) == 1
        assert main(["--db", str(reg), "password", "set"]) == 1
    err = capsys.readouterr().err
    assert err.count("正被另一个") == 2 and "Traceback" not in err
    assert reg.read_bytes() == before
