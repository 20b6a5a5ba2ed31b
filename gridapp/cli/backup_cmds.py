"""``gridapp backup OUT`` and ``gridapp restore IN``."""

from __future__ import annotations

import argparse
from pathlib import Path

from gridapp.cli.common import (
    engine_for,
    out,
    password_for,
    read_password_file,
    register_path,
)
from gridapp.db.lock import RegisterLock
from gridapp.services.backup import (
    BackupSummary,
    backup_now,
    backup_to_folder,
    inspect_backup,
    restore,
)


def _describe(summary: BackupSummary) -> list[str]:
    return [
        f"备份文件：{summary.path}{'（已加密）' if summary.encrypted else ''}",
        f"在册户数：{summary.households}  在册人数：{summary.persons}  "
        f"走访记录：{summary.visits}  问题：{summary.issues}",
        f"变更记录：{summary.changes} 条，最后一次变更：{summary.last_change or '无'}",
    ]


def cmd_backup(args: argparse.Namespace) -> int:
    target = Path(args.out)
    engine = engine_for(args)
    try:
        if target.is_dir() or args.out.endswith(("/", "\\")):
            made = backup_to_folder(engine, target)
        else:
            made = backup_now(engine, target)
    finally:
        engine.dispose()
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
    key = source_password if source_password is not None else password_for(args)
    summary = inspect_backup(source, key)
    for line in _describe(summary):
        out(line)
    if args.check:
        out("备份完好（未恢复）")
        return 0
    with RegisterLock(register_path(args)):
        engine = engine_for(args)
        try:
            result = restore(engine, source, source_password)
        finally:
            engine.dispose()
    out(f"已从备份恢复。恢复前的数据已另存为 {result.safety_copy}")
    return 0


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
