"""The manifest written beside every backup: what made it, and a checksum of every byte.

``X.db.manifest.json`` holds the file's size and SHA-256, the app and schema versions and the
change log's length and last hash at the time of the backup. ``restore --check`` and every
restore compare the file with it, so a flipped byte in a plain backup (which, unlike an
encrypted one, has no per-page MAC) is always refused. The manifest holds no personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from gridapp.db import anchor
from gridapp.services.common import ServiceError

SUFFIX = ".manifest.json"
FORMAT = 1
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Manifest:
    format: int
    size: int
    sha256: str
    app_version: str
    schema_revision: str | None
    encrypted: bool
    created_at: str
    changes: int
    last_change_hash: str | None
    # The chain's head signed with this installation's key (db.anchor): a witness, outside the
    # register, of where its history ended when the backup was made.
    head: dict[str, Any] | None = None


def manifest_path(backup: Path) -> Path:
    return Path(backup).with_name(Path(backup).name + SUFFIX)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def schema_revision(conn: Any) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception:
        return None
    return str(row[0]) if row else None


def write_manifest(backup: Path, conn: Any, encrypted: bool) -> Manifest:
    """Describe a finished backup file (``conn`` reads the backup's source, for the versions)."""
    from gridapp import __version__

    backup = Path(backup)
    head = anchor.raw_head(conn)
    changes, last_hash = (0, None) if head is None else (head.count, head.last_hash)
    manifest = Manifest(
        format=FORMAT,
        size=backup.stat().st_size,
        sha256=file_sha256(backup),
        app_version=__version__,
        schema_revision=schema_revision(conn),
        encrypted=encrypted,
        created_at=dt.datetime.now().isoformat(timespec="seconds"),
        changes=changes,
        last_change_hash=last_hash,
        head=None if head is None else anchor.sign(head).to_json(),
    )
    target = manifest_path(backup)
    staged = target.with_name(target.name + ".part")
    staged.write_text(json.dumps(asdict(manifest), ensure_ascii=False, indent=1), "utf-8")
    os.replace(staged, target)
    return manifest


def read_manifest(backup: Path) -> Manifest | None:
    """The backup's manifest; None when there is none (an older backup, a file copied alone)."""
    path = manifest_path(backup)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Manifest(
            format=int(data["format"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            app_version=str(data["app_version"]),
            schema_revision=(
                None if data.get("schema_revision") is None else str(data["schema_revision"])
            ),
            encrypted=bool(data["encrypted"]),
            created_at=str(data["created_at"]),
            changes=int(data.get("changes", 0)),
            last_change_hash=(
                None if data.get("last_change_hash") is None else str(data["last_change_hash"])
            ),
            head=data["head"] if isinstance(data.get("head"), dict) else None,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ServiceError(f"备份的校验清单无法读取（已损坏）：{path}") from exc


def check_against_manifest(backup: Path) -> Manifest | None:
    """Refuse a backup whose bytes differ from its manifest; None when it has none."""
    manifest = read_manifest(backup)
    if manifest is None:
        return None
    size = Path(backup).stat().st_size
    if size != manifest.size:
        what = "不完整（比制作时短）" if size < manifest.size else "大小与制作时不同"
        raise ServiceError(
            f"备份文件{what}：{backup}（现在 {size} 字节，制作时 {manifest.size} 字节）。"
            "请换一份备份。"
        )
    if file_sha256(backup) != manifest.sha256:
        raise ServiceError(
            f"备份文件的内容与制作时的校验值不符（已损坏或被改动）：{backup}。请换一份备份。"
        )
    return manifest


def remove_manifest(backup: Path) -> None:
    manifest_path(backup).unlink(missing_ok=True)
