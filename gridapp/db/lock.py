"""One writer per register: a lock file next to it, with stale-lock detection.

``register.db.lock`` holds the owner's process id, host and start time. A lock whose process
is gone (same host) or that has not been refreshed for ``STALE_AFTER`` (another host, e.g.
a shared folder) is stale and taken over; a live one is refused with a message saying who
holds it, and the caller may open the register read-only instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from gridapp.db.errors import RegisterError

STALE_AFTER = 3600.0  # seconds without a refresh after which another host's lock is stale


class RegisterLockedError(RegisterError):
    """Another running instance holds the register."""

    def __init__(self, register: Path, owner: LockOwner) -> None:
        self.owner = owner
        super().__init__(
            f"数据库正被另一个网格台账程序使用（{owner.describe()}）：{register}。"
            "请先关闭那个程序，或以只读方式打开。"
        )


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: str
    token: str

    def describe(self) -> str:
        return f"计算机 {self.host}，进程 {self.pid}，自 {self.since[:16].replace('T', ' ')}"


def lock_path(register: Path) -> Path:
    return Path(register).with_name(Path(register).name + ".lock")


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped) is dead for our purpose.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(
            int(data["pid"]), str(data["host"]), str(data["since"]), str(data["token"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(path: Path, owner: LockOwner | None) -> bool:
    if owner is None:  # unreadable or half-written: stale once it is a few seconds old
        try:
            return time.time() - path.stat().st_mtime > 5
        except OSError:
            return True
    if owner.host == socket.gethostname():
        return not _pid_alive(owner.pid)
    try:
        return time.time() - path.stat().st_mtime > STALE_AFTER
    except OSError:
        return True


class RegisterLock:
    """Hold the register for this process: ``acquire()`` … ``release()`` or ``with``."""

    def __init__(self, register: Path) -> None:
        self.register = Path(register)
        self.path = lock_path(self.register)
        self.token = uuid.uuid4().hex
        self.held = False

    def owner(self) -> LockOwner | None:
        return read_owner(self.path) if self.path.exists() else None

    def _create(self) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return False
        record = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
            "token": self.token,
        }
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(record, fh)
        return True

    def acquire(self) -> None:
        """Take the lock, taking over a stale one; raise RegisterLockedError if it is held."""
        if self.held:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for _ in range(3):
            if self._create():
                self.held = True
                return
            owner = read_owner(self.path)
            if owner is not None and owner.token == self.token:
                self.held = True
                return
            if not is_stale(self.path, owner):
                assert owner is not None or self.path.exists()
                raise RegisterLockedError(self.register, owner or LockOwner(0, "?", "", ""))
            # Move the stale lock aside under a unique name, so two takers cannot both win.
            aside = self.path.with_name(f"{self.path.name}.stale-{self.token}")
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
                aside.unlink()
        owner = read_owner(self.path)
        raise RegisterLockedError(self.register, owner or LockOwner(0, "?", "", ""))

    def refresh(self) -> None:
        """Touch the lock file (the GUI calls this now and then: other hosts see it alive)."""
        if self.held:
            with contextlib.suppress(OSError):
                os.utime(self.path)

    def release(self) -> None:
        if not self.held:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.token == self.token:
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False

    def __enter__(self) -> RegisterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        self.release()
