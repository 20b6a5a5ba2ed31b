"""Who may touch a register: the session lock, the writers' gate, what a dead holder leaves."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gridapp.db.lock import (
    RegisterBusyError,
    RegisterLock,
    RegisterLockedError,
    hold_for_writing,
    lock_path,
    read_owner,
    release_writing,
    replacing,
)


def test_second_instance_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    first = RegisterLock(reg)
    first.acquire()
    assert read_owner(lock_path(reg)).pid == os.getpid()  # type: ignore[union-attr]
    second = RegisterLock(reg)
    with pytest.raises(RegisterLockedError, match="正被另一个") as info:
        second.acquire()
    assert str(os.getpid()) in str(info.value)
    assert not second.held
    second.release()  # the refused one does not release the holder's lock
    with pytest.raises(RegisterLockedError):
        RegisterLock(reg).acquire()
    first.release()
    assert read_owner(lock_path(reg)) is None
    with RegisterLock(reg) as third:
        assert third.held


def _child(code: str) -> subprocess.Popen[str]:
    """A process that runs ``code`` (holding some lock), says 'held' and sleeps."""
    full = (
        "import sys, time; from pathlib import Path; from gridapp.db import lock;"
        f"{code}; print('held', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", full], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.wait(10)
    assert proc.stdout is not None
    proc.stdout.close()


def test_another_process_is_refused_and_a_killed_holder_frees_the_register(
    tmp_path: Path,
) -> None:
    reg = tmp_path / "r.db"
    proc = _child(f"lock.RegisterLock(Path({str(reg)!r})).acquire()")
    try:
        with pytest.raises(RegisterLockedError, match=f"进程 {proc.pid}"):
            RegisterLock(reg).acquire()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        _stop(proc)
    owner = read_owner(lock_path(reg))
    assert owner is not None and owner.pid == proc.pid  # kill -9 left its record behind …
    lock = RegisterLock(reg)
    lock.acquire()  # … but the system dropped its lock with the process
    assert read_owner(lock_path(reg)).token == lock.token  # type: ignore[union-attr]
    lock.release()


def test_a_record_naming_a_live_unrelated_process_does_not_lock_anything(tmp_path: Path) -> None:
    """After a reboot the pid in a leftover record may belong to anything that runs now."""
    reg = tmp_path / "r.db"
    record = {"pid": os.getppid(), "host": os.uname().nodename, "since": "2026-01-01T08:00:00",
              "token": "t"}  # fmt: skip
    lock_path(reg).write_text(json.dumps(record))
    with RegisterLock(reg) as lock:
        assert lock.held
    lock_path(reg).write_bytes(b"\x00garbage")
    with RegisterLock(reg):
        pass


def test_a_replacement_waits_for_a_running_command_then_gives_up_unchanged(
    tmp_path: Path,
) -> None:
    reg = tmp_path / "r.db"
    proc = _child(f"lock.hold_for_writing(Path({str(reg)!r}))")  # a command that runs on
    try:
        started = time.monotonic()
        told: list[bool] = []
        with (
            pytest.raises(RegisterBusyError, match="正被另一个命令使用"),
            replacing(reg, wait=0.5, on_wait=lambda: told.append(True)),
        ):
            pytest.fail("must not get the register while a command writes")
        assert time.monotonic() - started >= 0.5 and told == [True]
        assert RegisterLock(reg).owner() is None  # the session was given back
    finally:
        _stop(proc)
    with replacing(reg, wait=5):  # the command has ended: the replacement goes ahead
        pass


def test_a_command_waits_for_a_replacement_and_goes_on_once_it_is_done(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    code = f"cm = lock.replacing(Path({str(reg)!r})); cm.__enter__()"  # a password change running
    proc = _child(code)
    try:
        with pytest.raises(RegisterBusyError, match="等待超时，本次操作未进行"):
            hold_for_writing(reg, wait=0.3)
        with pytest.raises(RegisterLockedError):  # and no window can open it either
            RegisterLock(reg).acquire()
    finally:
        _stop(proc)
    hold_for_writing(reg, wait=5)
    release_writing(reg)


def test_a_waiting_replacement_is_not_starved_by_new_commands(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    first = _child(f"lock.hold_for_writing(Path({str(reg)!r}))")
    waiter = subprocess.Popen(
        [sys.executable, "-c",
         "import time; from pathlib import Path; from gridapp.db import lock;"
         f"cm = lock.replacing(Path({str(reg)!r}), wait=30); cm.__enter__();"
         "print('replacing', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        time.sleep(1.0)  # the replacement now waits for the first command, holding its turn
        with pytest.raises(RegisterBusyError):  # a new command waits behind it
            hold_for_writing(reg, wait=0.3)
        _stop(first)
        assert waiter.stdout is not None
        assert waiter.stdout.readline().strip() == "replacing"
    finally:
        _stop(first)
        _stop(waiter)


def test_in_one_process_a_replacement_may_open_the_register_itself(tmp_path: Path) -> None:
    reg = tmp_path / "r.db"
    with replacing(reg, wait=1):
        hold_for_writing(reg, wait=0)  # e.g. restore opening the register it replaces
        release_writing(reg)
    window = RegisterLock(reg)
    window.acquire()
    with replacing(reg, session=window, wait=1):  # the window's own restore
        pass
    assert window.held and read_owner(lock_path(reg)).token == window.token  # type: ignore[union-attr]
    window.release()


def test_reading_the_record_does_not_drop_this_process_locks(tmp_path: Path) -> None:
    """POSIX drops a process's record locks when it closes *any* descriptor of the file."""
    reg = tmp_path / "r.db"
    hold_for_writing(reg)
    try:
        for _ in range(3):
            read_owner(lock_path(reg))
            RegisterLock(reg).owner()
        other = subprocess.run(
            [sys.executable, "-c",
             "from pathlib import Path; from gridapp.db import lock;"
             f"cm = lock.replacing(Path({str(reg)!r}), wait=0.2); cm.__enter__()"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert other.returncode != 0 and "RegisterBusyError" in other.stderr
    finally:
        release_writing(reg)


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
