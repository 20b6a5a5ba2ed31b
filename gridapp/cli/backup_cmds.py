"""``gridapp backup OUT`` and ``gridapp restore IN``."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path

from gridapp.cli.common import (
    out,
    password_for,
    read_password_file,
    register_engine,
    register_path,
    replacing_alone,
)
from gridapp.db import crypto
from gridapp.db.engine import PASSWORD_HINT, RegisterError
from gridapp.services.backup import (
    BackupSummary,
    backup_now,
    backup_to_folder,
    inspect_backup,
)
from gridapp.services.restore import restore_register


def _describe(summary: BackupSummary) -> list[str]:
    lines = [
        f"备份文件：{summary.path}{'（已加密）' if summary.encrypted else ''}",
        f"在册户数：{summary.households}  在册人数：{summary.persons}  "
        f"走访记录：{summary.visits}  问题：{summary.issues}",
        f"变更记录：{summary.changes} 条，最后一次变更：{summary.last_change or '无'}",
    ]
    if summary.verified:
        lines.append(f"校验：与制作时的校验值一致（网格台账 {summary.made_by} 制作）")
    else:
        lines.append("校验：这份备份没有校验清单（旧版本制作或单独复制），只检查了结构")
    if summary.needs_upgrade:
        lines.append(f"数据库版本：{summary.revision}（较旧，恢复时会升级到本程序的版本）")
    return lines


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.out)
    with register_engine(args) as engine:
        if target.is_dir() or args.out.endswith(("/", "\\")):
            made = backup_to_folder(engine, target)
        else:
            made = backup_now(engine, target)
    summary = inspect_backup(made, password_for(args))
    out(f"已备份到 {made}")
    for line in _describe(summary)[1:]:
        out(line)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.source)
    source_password = (
        read_password_file(args.backup_password_file) if args.backup_password_file else None
    )
    if args.check:
        key = source_password if source_password is not None else password_for(args)
        for line in _describe(inspect_backup(source, key)):
            out(line)
        out("备份完好，本程序可以恢复它（未恢复）")
        return 0
    register = register_path(args)
    with replacing_alone(register):  # the backup is checked in there, under the lock
        key = _register_key(register, password_for(args), source, source_password)
        result = restore_register(register, key, source, source_password)
    for line in _describe(result.summary):
        out(line)
    if result.safety_copy is not None:
        out(f"已从备份恢复。恢复前的数据已另存为 {result.safety_copy}")
    else:
        out(f"已从备份恢复到新的数据库 {register}")
    if result.swapped_file:
        out("（原数据库文件已损坏或无法识别，已原样另存后整体替换）")
    return 0


def _register_key(
    register: Path, password: str | None, source: Path, source_password: str | None
) -> str | None:
    """The key the restored register gets: the register's own (checked), or for a register
    that does not exist yet the given password, else the encrypted backup's."""
    if not register.exists() or register.stat().st_size == 0:
        if password is not None:
            return password
        return source_password if crypto.is_encrypted(source) else None
    if not crypto.is_encrypted(register):
        return None
    if password is None and not crypto.is_encrypted(source):
        return None  # no password, a plain backup: a damaged register, kept aside as it is
    if password is None:
        raise RegisterError(f"数据库已加密，恢复需要它的密码（{PASSWORD_HINT}）：{register}")
    try:
        crypto.open_raw(register, password, read_only=True).close()
    except crypto.WrongPassword:
        # A damaged register rejects every password: the key is trusted when it opens the
        # (encrypted) backup, else refused.
        backup_key = source_password if source_password is not None else password
        if backup_key != password or not crypto.is_encrypted(source):
            raise RegisterError(f"密码错误：{register}") from None
    except (crypto.CryptoError, sqlite3.DatabaseError, crypto.driver_module().DatabaseError):
        pass  # damaged in another way: restore_register copies it aside as files
    return password


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("backup", help="备份数据库到文件或文件夹（如U盘） / back up the register")
    p.add_argument("out", metavar="OUT", help="备份文件路径，或已存在的文件夹（自动命名）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="从备份恢复（先检查备份并备份当前数据） / restore a backup")
    p.add_argument("source", metavar="IN", help="备份文件")
    p.add_argument("--check", action="store_true", help="只检查备份、显示内容，不恢复")
    p.add_argument(
        "--backup-password-file",
        metavar="FILE",
        help="备份的密码与当前数据库不同时，备份密码所在的文件",
    )
    p.set_defaults(func=cmd_restore)
