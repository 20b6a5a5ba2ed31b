"""``gridapp password set|change|remove``: encrypt a register, change or remove its password.

New passwords are read from a file (``--new-password-file``) or env ``GRIDAPP_NEW_PASSWORD``;
with neither and a terminal, they are asked for twice. A password cannot be recovered.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path

from gridapp.cli.common import (
    UsageError,
    out,
    password_for,
    read_password_file,
    register_path,
    replacing_alone,
)
from gridapp.cli.options import action_group
from gridapp.db import crypto
from gridapp.db.engine import RegisterError, open_register

WARNING = "注意：密码无法找回。忘记密码，数据库就再也打不开了。请把密码记在安全的地方。"


def _new_password(args: argparse.Namespace) -> str:
    if args.new_password_file:
        return read_password_file(args.new_password_file)
    env = os.environ.get("GRIDAPP_NEW_PASSWORD")
    if env:
        return env
    if not sys.stdin.isatty():
        raise UsageError("请用 --new-password-file 或环境变量 GRIDAPP_NEW_PASSWORD 提供新密码")
    sys.stderr.write(WARNING + "\n")
    first = getpass.getpass("新密码：")
    if first != getpass.getpass("再输入一次：") or not first:
        raise UsageError("两次输入的密码不一致")
    return first


def _valid_new_password(args: argparse.Namespace) -> str:
    new = _new_password(args)
    try:
        crypto.validate_new_password(new)
    except crypto.CryptoError as exc:
        raise UsageError(str(exc)) from exc
    return new


def _encrypted_register(args: argparse.Namespace, if_plain: str) -> tuple[Path, str]:
    """The register and its current password, for a command that needs both (else refused)."""
    path = register_path(args)
    password = password_for(args)
    if not crypto.is_encrypted(path):
        raise RegisterError(if_plain)
    if password is None:
        raise UsageError("请用 --password-file 或环境变量 GRIDAPP_PASSWORD 提供当前密码")
    return path, password


def _check(path: Path, password: str | None) -> None:
    """Open once (upgrade included) so a wrong password or a broken file is refused first."""
    open_register(path, password=password).dispose()


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d%H%M%S")


def _remove_leftovers(path: Path) -> None:
    """Staged copies a killed password command left beside the register (it held the lock)."""
    for suffix in (".enc", ".enc.part", ".plain", ".plain.part"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def cmd_set(args: argparse.Namespace) -> int:
    path = register_path(args)
    if not path.exists():
        raise RegisterError(f"数据库文件不存在：{path}")
    if crypto.is_encrypted(path):
        raise RegisterError("数据库已经加密；要换密码请用 gridapp password change")
    new = _valid_new_password(args)
    with replacing_alone(path):
        # No plaintext copy is made: the encrypted one is written straight from the register.
        _rewrite(path, None, new, ".enc", lambda staged: crypto.encrypt_file(path, staged, new))
        changed, folder = _encrypt_old_backups(path, new)
    out(f"数据库已加密：{path}")
    if changed:
        out(f"原来未加密的 {len(changed)} 份自动备份也已改用新密码加密（{folder}）。")
    out("此前复制到其他位置（如U盘）的备份仍未加密，请删除它们，或重新备份。")
    out(WARNING)
    return 0


def _encrypt_old_backups(path: Path, password: str) -> tuple[list[Path], Path]:
    """The register's plain automatic backups would keep it readable: encrypt them too."""
    from gridapp.services import backup

    engine = open_register(path, password=password)
    try:
        folder = backup.backup_dir(engine)
    finally:
        engine.dispose()
    return backup.encrypt_plain_backups(folder, path.stem, password), folder


def _rewrite(
    path: Path, old: str | None, new: str | None, suffix: str, write: Callable[[Path], object]
) -> None:
    """Give the register a new key (``None``: none): ``write`` makes the re-keyed copy beside
    it (``path`` + ``suffix``), swapped in atomically, so a crash leaves the register as it was.
    Opened with each key, before and after, so a wrong one or a broken file is refused."""
    _remove_leftovers(path)
    _check(path, old)
    _checkpoint(path, old)
    staged = path.with_name(path.name + suffix)
    write(staged)
    _replace(path, staged)
    _check(path, new)


def _checkpoint(path: Path, password: str | None) -> None:
    """Move everything from the WAL into the file (so the WAL can go with the old file)."""
    conn = crypto.open_raw(path, password)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy:
        raise RegisterError("数据库正在被使用，请关闭其他打开它的程序后重试")


def _replace(path: Path, new_file: Path) -> None:
    """Swap in the new file; the old WAL and shared-memory files must not outlive it."""
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)
    os.replace(new_file, path)


def cmd_change(args: argparse.Namespace) -> int:
    path, old = _encrypted_register(args, "数据库没有加密；要加密请用 gridapp password set")
    new = _valid_new_password(args)
    with replacing_alone(path):
        _check(path, old)
        try:
            crypto.change_password(path, old, new)
        except crypto.WrongPassword as exc:
            raise RegisterError(f"密码错误：{path}") from exc
        _check(path, new)
    out("密码已更改。旧密码做的备份仍然用旧密码打开。")
    out(WARNING)
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    path, password = _encrypted_register(args, "数据库没有加密")
    with replacing_alone(path):
        _rewrite(
            path,
            password,
            None,
            ".plain",
            lambda staged: crypto.decrypt_file(path, staged, password),
        )
    out(f"已取消加密：{path}。数据库中的居民信息现在可被任何人读取。")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ps = action_group(sub, "password", "加密数据库、更改或取消密码 / encrypt, change password")
    for name, func, text in (
        ("set", cmd_set, "加密未加密的数据库"),
        ("change", cmd_change, "更改密码（当前密码用 --password-file 或 GRIDAPP_PASSWORD）"),
        ("remove", cmd_remove, "取消加密（不推荐）"),
    ):
        q = ps.add_parser(name, help=text)
        if name != "remove":
            q.add_argument(
                "--new-password-file",
                metavar="FILE",
                help="新密码所在的文件（也可用环境变量 GRIDAPP_NEW_PASSWORD）",
            )
        q.set_defaults(func=func)
