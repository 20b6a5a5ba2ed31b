"""Who may touch a register, with operating-system locks on ``register.db.lock``.

Three one-byte ranges of the lock file, locked with fcntl record locks (POSIX) or LockFileEx
(Windows). The system drops a lock the moment its process ends, however it ends, so a killed
holder never leaves a register locked and a reused process id cannot keep one locked.

- SESSION, exclusive: a window that edits the register, and every operation that replaces the
  register's file or all of its content (password set/change/remove, restore). A second window
  is refused and may open the register read-only. The holder writes its pid, host and start
  time into the file, only so the refusal can say who holds it.
- GATE: every command that opens the register holds it *shared* for its whole run; replacing
  operations hold it *exclusive*. So a replacement waits for running commands to finish, and a
  command started meanwhile waits for the replacement: no write can land in a file that is
  being swapped, and no write is copied into a backup that is then thrown away.
- TURN: taken just before the gate (shared by commands, exclusive by a replacement that waits),
  so a steady stream of new commands cannot starve a waiting replacement.
- ANCHOR: exclusive for the few milliseconds it takes to update the change log's signed head
  (``db.anchor``), so two writers never overwrite each other's.

Locks are per process: one open file per register, counted, so a replacement that then opens
the register itself does not wait for itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from gridapp.db.errors import RegisterError

# Far beyond any content: Windows locks are mandatory, and the owner record must stay readable.
_BASE = 0x4000_0000
SESSION, GATE, TURN, ANCHOR = _BASE, _BASE + 1, _BASE + 2, _BASE + 3
SHARED, EXCLUSIVE = "shared", "exclusive"

WRITER_WAIT = 120.0  # seconds a command waits for a password change or a restore to finish
REPLACE_WAIT = 60.0  # seconds a password change or a restore waits for running commands
_POLL = 0.05


class RegisterLockedError(RegisterError):
    """Another running instance holds the register."""

    def __init__(self, register: Path, owner: LockOwner) -> None:
        self.owner = owner
        super().__init__(
            f"数据库正被另一个网格台账程序使用（{owner.describe()}）：{register}。"
            "请先关闭那个程序，或以只读方式打开。"
        )


class RegisterBusyError(RegisterError):
    """A writer and a file replacement met; the one that waited too long gives up, unchanged."""


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    since: str
    token: str

    def describe(self) -> str:
        if not self.host or self.host == "?":
            return "另一个进程"
        return f"计算机 {self.host}，进程 {self.pid}，自 {self.since[:16].replace('T', ' ')}"


def lock_path(register: Path) -> Path:
    return Path(register).with_name(Path(register).name + ".lock")


def read_owner(path: Path) -> LockOwner | None:
    """The session holder's record (None when empty or unreadable).

    Read through this process's own descriptor when it has one: on POSIX, closing *any*
    descriptor of a file drops all of the process's record locks on it.
    """
    try:
        data = json.loads(_read_lock_file(Path(path)).decode("utf-8"))
        return LockOwner(
            int(data["pid"]), str(data["host"]), str(data["since"]), str(data["token"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _read_lock_file(path: Path) -> bytes:
    with _FILES_GUARD:
        file = _FILES.get(os.path.normcase(str(path.resolve())))
    if file is None:
        return path.read_bytes()
    return file.read_all()


# -- the operating system's byte-range locks -------------------------------------------------


def _os_try_lock(fd: int, offset: int, mode: str) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _win_lock(fd, offset, mode == EXCLUSIVE)
    import fcntl

    flag = fcntl.LOCK_EX if mode == EXCLUSIVE else fcntl.LOCK_SH
    try:
        fcntl.lockf(fd, flag | fcntl.LOCK_NB, 1, offset, os.SEEK_SET)
    except OSError:  # EACCES / EAGAIN: held by another process
        return False
    return True


def _os_unlock(fd: int, offset: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        _win_unlock(fd, offset)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, offset, os.SEEK_SET)


def _win_overlapped(offset: int) -> Any:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_size_t),
            ("InternalHigh", ctypes.c_size_t),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    return Overlapped(0, 0, offset & 0xFFFFFFFF, offset >> 32, None)


def _win_lock(fd: int, offset: int, exclusive: bool) -> bool:  # pragma: no cover - Windows only
    import ctypes
    import msvcrt

    flags = 0x1 | (0x2 if exclusive else 0)  # LOCKFILE_FAIL_IMMEDIATELY | EXCLUSIVE_LOCK
    handle = msvcrt.get_osfhandle(fd)  # type: ignore[attr-defined]
    overlapped = _win_overlapped(offset)
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return bool(kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))


def _win_unlock(fd: int, offset: int) -> None:  # pragma: no cover - Windows only
    import ctypes
    import msvcrt

    handle = msvcrt.get_osfhandle(fd)  # type: ignore[attr-defined]
    overlapped = _win_overlapped(offset)
    ctypes.windll.kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped))  # type: ignore[attr-defined]


# -- one open lock file per register in this process, with counted holds ----------------------


class _LockFile:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self.shared: dict[int, int] = {}
        self.exclusive: dict[int, int] = {}
        self.guard = threading.RLock()

    def mode(self, offset: int) -> str | None:
        if self.exclusive.get(offset):
            return EXCLUSIVE
        return SHARED if self.shared.get(offset) else None

    def try_take(self, offset: int, mode: str) -> bool:
        """One attempt; counts a hold this process already has that covers ``mode``."""
        with self.guard:
            held = self.mode(offset)
            covered = held == EXCLUSIVE or (held == SHARED and mode == SHARED)
            if not covered and not _os_try_lock(self.fd, offset, mode):
                return False
            counts = self.exclusive if mode == EXCLUSIVE else self.shared
            counts[offset] = counts.get(offset, 0) + 1
            return True

    def put_back(self, offset: int, mode: str) -> None:
        with self.guard:
            counts = self.exclusive if mode == EXCLUSIVE else self.shared
            counts[offset] = max(0, counts.get(offset, 0) - 1)
            if self.exclusive.get(offset):
                return
            if self.shared.get(offset):
                if mode == EXCLUSIVE and sys.platform == "win32":  # pragma: no cover
                    _os_unlock(self.fd, offset)  # Windows cannot convert a lock in place
                _os_try_lock(self.fd, offset, SHARED)  # POSIX converts back to shared
                return
            _os_unlock(self.fd, offset)

    def write_owner(self, record: dict[str, object]) -> None:
        data = json.dumps(record).encode("utf-8")
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
            if hasattr(os, "pwrite"):
                os.pwrite(self.fd, data, 0)
            else:  # pragma: no cover - Windows only
                self._write_at_start(data)

    def _write_at_start(self, data: bytes) -> None:  # pragma: no cover - Windows only
        os.lseek(self.fd, 0, os.SEEK_SET)
        os.write(self.fd, data)

    def read_all(self) -> bytes:
        size = os.fstat(self.fd).st_size
        if hasattr(os, "pread"):
            return os.pread(self.fd, size, 0)
        os.lseek(self.fd, 0, os.SEEK_SET)  # pragma: no cover - Windows only
        return os.read(self.fd, size)  # pragma: no cover

    def clear_owner(self) -> None:
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)


_FILES: dict[str, _LockFile] = {}
_FILES_GUARD = threading.Lock()


def _lock_file(register: Path) -> _LockFile:
    path = lock_path(Path(register).resolve())
    key = os.path.normcase(str(path))
    with _FILES_GUARD:
        found = _FILES.get(key)
        if found is None:
            found = _FILES[key] = _LockFile(path)
        return found


def _take(
    file: _LockFile,
    offset: int,
    mode: str,
    wait: float,
    on_wait: Callable[[], None] | None = None,
) -> bool:
    """Take a range, polling for up to ``wait`` seconds; ``on_wait`` is called once if it must."""
    deadline = time.monotonic() + wait
    told = False
    while not file.try_take(offset, mode):
        if time.monotonic() >= deadline:
            return False
        if on_wait is not None and not told:
            on_wait()
            told = True
        time.sleep(_POLL)
    return True


# -- the session lock (a window, a replacement) ------------------------------------------------


class RegisterLock:
    """Hold the register's session for this process: ``acquire()`` … ``release()`` or ``with``.

    Refused (RegisterLockedError) while any other holder, in this process or another, has it.
    """

    def __init__(self, register: Path) -> None:
        self.register = Path(register)
        self.path = lock_path(self.register)
        self.token = uuid.uuid4().hex
        self.held = False

    def owner(self) -> LockOwner | None:
        return read_owner(self.path) if self.path.exists() else None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the session; raise RegisterLockedError if someone else holds it."""
        if self.held:
            return
        file = _lock_file(self.register)
        with file.guard:
            in_this_process = file.mode(SESSION) is not None
            if in_this_process or not _take(file, SESSION, EXCLUSIVE, wait):
                raise RegisterLockedError(self.register, self.owner() or _UNKNOWN)
            file.write_owner(
                {
                    "pid": os.getpid(),
                    "host": socket.gethostname(),
                    "since": dt.datetime.now().isoformat(timespec="seconds"),
                    "token": self.token,
                }
            )
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        file = _lock_file(self.register)
        with file.guard:
            file.clear_owner()
            file.put_back(SESSION, EXCLUSIVE)
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


_UNKNOWN = LockOwner(0, "?", "", "")


_ANCHOR_GUARD = threading.Lock()


@contextlib.contextmanager
def anchor_turn(register: Path, wait: float) -> Iterator[None]:
    """Hold ANCHOR exclusively (across processes and threads) for one short update."""
    file = _lock_file(register)
    with _ANCHOR_GUARD:
        if not _take(file, ANCHOR, EXCLUSIVE, wait):
            raise RegisterBusyError(f"登记簿的签名文件被占用：{register}")
        try:
            yield
        finally:
            file.put_back(ANCHOR, EXCLUSIVE)


# -- the writers' gate ------------------------------------------------------------------------


def hold_for_writing(
    register: Path, wait: float | None = None, on_wait: Callable[[], None] | None = None
) -> None:
    """Hold the gate shared (every command, before opening the register; ``cli.main`` gives
    it back when the command ends, the system at the latest when the process ends).

    Waits while a password change or a restore runs; gives up with RegisterBusyError.
    """
    file = _lock_file(register)
    limit = WRITER_WAIT if wait is None else wait
    deadline = time.monotonic() + limit
    if not _take(file, TURN, SHARED, limit, on_wait):
        raise _busy_writer(register)
    try:
        if not _take(file, GATE, SHARED, max(0.0, deadline - time.monotonic()), on_wait):
            raise _busy_writer(register)
    finally:
        file.put_back(TURN, SHARED)


def release_writing(register: Path) -> None:
    """Put back one shared hold of the gate (tests and long-lived callers)."""
    file = _lock_file(register)
    if file.shared.get(GATE):
        file.put_back(GATE, SHARED)


def _busy_writer(register: Path) -> RegisterBusyError:
    return RegisterBusyError(
        f"数据库正在加密、更改密码或从备份恢复，等待超时，本次操作未进行：{register}。请稍后重试。"
    )


@contextlib.contextmanager
def replacing(
    register: Path,
    session: RegisterLock | None = None,
    wait: float | None = None,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Hold the register alone, to replace its file or content: the session (``session`` if
    this process already holds it, e.g. the window's own) and the gate exclusive.

    Waits up to ``wait`` seconds for running commands to finish, then RegisterBusyError.
    """
    limit = REPLACE_WAIT if wait is None else wait
    own = session is None or not session.held
    lock = RegisterLock(register) if own else session
    assert lock is not None
    if own:
        lock.acquire()
    file = _lock_file(register)
    try:
        if not _take(file, TURN, EXCLUSIVE, limit, on_wait):
            raise _busy_replacer(register)
        try:
            if not _take(file, GATE, EXCLUSIVE, limit, on_wait):
                raise _busy_replacer(register)
            try:
                yield
            finally:
                file.put_back(GATE, EXCLUSIVE)
        finally:
            file.put_back(TURN, EXCLUSIVE)
    finally:
        if own:
            lock.release()


def _busy_replacer(register: Path) -> RegisterBusyError:
    return RegisterBusyError(
        f"数据库正被另一个命令使用（导入、登记、导出等），等待超时，本次操作未进行，"
        f"数据库未改变：{register}。请等那个命令完成后重试。"
    )
