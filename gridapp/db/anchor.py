"""The change log's head, signed and kept outside the register.

A hash chain alone proves only that its entries agree with each other: deleting the last
entries, or rewriting the whole chain with the (public) hash function, leaves a chain that
checks. So after every transaction that appends to the log, the chain's head (the last
entry's id and hash, and the first entry's uuid, which names the register's history) is
signed with a key that belongs to this installation and is kept in the data folder, never in
the register, and written to ``anchors/<register>.json`` in the data folder. ``audit verify``
compares the chain with it: a shorter chain, or one whose entry at the anchored id has
another hash, is found, and a forger without the key cannot sign a new head.

Writing is two-phase because the anchor file cannot be part of the database transaction:
just before the commit (while SQLite's write lock is held, so writers take turns) the new head
is written as *pending* next to the *confirmed* one; after the commit it becomes the confirmed
head. A crash in between leaves a chain that matches one of the two. Every update is a short
read-modify-write under an operating-system lock, so concurrent commands never overwrite each
other's head.

The threat this answers is an edit of the register file (a SQLite browser, a copied-in file).
Someone who can also read this installation's key (the same OS account) can forge it too; the
anchors in backups and, later, at the hub are the other witnesses.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from gridapp import paths
from gridapp.db import lock
from gridapp.db.errors import RegisterError

log = logging.getLogger(__name__)

_KEY_FILE = "install.key"
_DIR = "anchors"
_TURN_WAIT = 10.0


@dataclass(frozen=True)
class Head:
    """Where a register's change log ends: its last entry, and which history it is."""

    first_uuid: str
    last_id: int
    last_hash: str
    count: int

    def payload(self) -> bytes:
        return f"gridapp-anchor-1|{self.first_uuid}|{self.last_id}|{self.last_hash}".encode()


@dataclass(frozen=True)
class Checkpoint:
    head: Head
    mac: str

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self.head), "mac": self.mac}

    @staticmethod
    def from_json(data: Any) -> Checkpoint | None:
        if not isinstance(data, dict):
            return None
        try:
            head = Head(
                first_uuid=str(data["first_uuid"]),
                last_id=int(data["last_id"]),
                last_hash=str(data["last_hash"]),
                count=int(data["count"]),
            )
            return Checkpoint(head, str(data["mac"]))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class Anchor:
    confirmed: Checkpoint | None
    pending: Checkpoint | None

    def checkpoints(self) -> list[Checkpoint]:
        return [c for c in (self.pending, self.confirmed) if c is not None]


def raw_head(conn: Any) -> Head | None:
    """The chain's head read with plain SQL on a DB-API connection (None: no entries, no table)."""
    try:
        last = conn.execute("SELECT id, hash FROM change_log ORDER BY id DESC LIMIT 1").fetchone()
        if last is None:
            return None
        first = conn.execute("SELECT uuid FROM change_log ORDER BY id LIMIT 1").fetchone()
        count = conn.execute("SELECT count(*) FROM change_log").fetchone()
    except Exception:  # a register without the table (or not a register): nothing to anchor
        return None
    return Head(str(first[0]), int(last[0]), str(last[1]), int(count[0]))


# -- the installation's key ----------------------------------------------------------------------


def install_key() -> bytes:
    """This installation's signing key, created (owner-only) the first time it is needed."""
    path = paths.data_dir() / _KEY_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if len(text) == 64:
            return bytes.fromhex(text)
    except (OSError, ValueError):
        pass
    key = secrets.token_bytes(32)
    staged = path.with_name(path.name + ".part")
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
    try:  # another process may have made one meanwhile: the first one wins
        os.link(staged, path)
    except FileExistsError:
        staged.unlink(missing_ok=True)
        return install_key()
    except OSError:  # a file system without hard links
        os.replace(staged, path)
    else:
        staged.unlink(missing_ok=True)
    return key


def sign(head: Head) -> Checkpoint:
    return Checkpoint(head, hmac.new(install_key(), head.payload(), hashlib.sha256).hexdigest())


def is_signed_here(checkpoint: Checkpoint) -> bool:
    """Was this checkpoint signed by this installation (and not altered since)?"""
    expected = hmac.new(install_key(), checkpoint.head.payload(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, checkpoint.mac)


# -- the anchor file -------------------------------------------------------------------------------


def anchor_path(register: Path) -> Path:
    resolved = os.path.normcase(str(Path(register).resolve()))
    name = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:32]
    return paths.data_dir() / _DIR / f"{name}.json"


def read(register: Path) -> Anchor | None:
    """The register's anchor; None when this installation has none (or it is unreadable)."""
    path = anchor_path(register)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        log.warning("anchor file unreadable: %s", path)
        return None
    if not isinstance(data, dict):
        return None
    anchor = Anchor(
        Checkpoint.from_json(data.get("confirmed")), Checkpoint.from_json(data.get("pending"))
    )
    return anchor if anchor.checkpoints() else None


def _write(register: Path, anchor: Anchor) -> None:
    path = anchor_path(register)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "register": str(Path(register).resolve()),
        "confirmed": anchor.confirmed.to_json() if anchor.confirmed else None,
        "pending": anchor.pending.to_json() if anchor.pending else None,
    }
    staged = path.with_name(path.name + ".part")
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(staged, path)


@contextlib.contextmanager
def _turn(register: Path) -> Iterator[None]:
    with lock.anchor_turn(register, _TURN_WAIT):
        yield


def propose(register: Path, before: Head | None, after: Head) -> bool:
    """Before a commit: sign ``after`` as pending, if the chain still ended at a signed head.

    ``before`` is where the chain ended when this transaction began to append. If the anchor
    does not know that head (the chain was cut or rewritten outside the app since), the anchor
    is left as it is, so the next write cannot bless the tampering; ``verify`` reports it.
    A register this installation has never anchored is anchored now (trust on first use).
    """
    try:
        with _turn(register):
            anchor = read(register)
            if anchor is not None and not _knows(anchor, before):
                log.warning("change log does not continue from the signed head; anchor kept")
                return False
            if anchor is None:  # first use: the chain as found is trusted, and is the fallback
                confirmed = None if before is None else sign(before)
            else:
                confirmed = anchor.confirmed
            if anchor is not None and anchor.pending is not None and _same(anchor.pending, before):
                confirmed = anchor.pending  # the last writer committed but had no time to confirm
            _write(register, Anchor(confirmed, sign(after)))
            return True
    except (OSError, RegisterError) as exc:
        log.warning("anchor not written: %s", exc)
        return False


def confirm(register: Path, after: Head) -> None:
    """After the commit: the pending head is the confirmed one (unless a later writer moved on)."""
    _settle(register, after, lambda anchor: anchor.pending, "confirmed")


def withdraw(register: Path, after: Head) -> None:
    """After a rollback: the pending head never came to be."""
    _settle(register, after, lambda anchor: anchor.confirmed, "withdrawn")


def _settle(
    register: Path, after: Head, kept: Callable[[Anchor], Checkpoint | None], done: str
) -> None:
    """Clear the pending head ``after``, ``kept`` choosing what stays confirmed; a pending head
    that is no longer ``after`` is a later writer's and is left alone."""
    try:
        with _turn(register):
            anchor = read(register)
            if anchor is None or anchor.pending is None or anchor.pending.head != after:
                return
            _write(register, Anchor(kept(anchor), None))
    except (OSError, RegisterError) as exc:
        log.warning("anchor not %s: %s", done, exc)


def reset(register: Path, head: Head | None) -> None:
    """A register whose whole content was replaced on purpose (a restore, a new demo): anchor
    what it holds now, or forget the old anchor when it has no history yet."""
    with contextlib.suppress(OSError, RegisterError), _turn(register):
        if head is None:
            anchor_path(register).unlink(missing_ok=True)
        else:
            _write(register, Anchor(sign(head), None))


def _same(checkpoint: Checkpoint, head: Head | None) -> bool:
    return head is not None and checkpoint.head == head and is_signed_here(checkpoint)


def _knows(anchor: Anchor, head: Head | None) -> bool:
    if head is None:  # an empty log: only a log that was never anchored may be empty
        return False
    return any(_same(c, head) for c in anchor.checkpoints())
