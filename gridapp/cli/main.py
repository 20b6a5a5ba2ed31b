"""Entry point of the ``gridapp`` command."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from gridapp import __version__

# Each module has ``register(subparsers)``; later features add their module here.
COMMAND_MODULES = (
    "gridapp.cli.gui_cmd",
    "gridapp.cli.register_cmds",
    "gridapp.cli.visits_cmds",
    "gridapp.cli.issues_cmds",
    "gridapp.cli.work_cmds",
    "gridapp.cli.workers_cmds",
    "gridapp.cli.backup_cmds",
    "gridapp.cli.audit_cmds",
    "gridapp.cli.password_cmds",
    "gridapp.cli.export_cmds",
    "gridapp.cli.report_cmds",
    "gridapp.cli.import_cmds",
    "gridapp.cli.print_cmds",
)

log = logging.getLogger("gridapp")


GUI_ONLY = ("gridapp.cli.gui_cmd",)
_VALUE_OPTIONS = ("--db", "--password-file", "--lang")


def wants_gui(argv: Sequence[str]) -> bool:
    """``gridapp [options] [gui …]``: the window. The other commands (and their services)
    are then not imported, so the window opens sooner (benchmarks/bench_open.py)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-h", "--help", "--version"):
            return False
        if arg in _VALUE_OPTIONS:
            i += 2
        elif arg.startswith("-"):
            i += 1
        else:
            return arg == "gui" and not any(a in ("-h", "--help") for a in argv[i + 1 :])
    return True


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gridapp",
        description="网格台账：网格长、网格员的居民底册与工作台账（离线）。不带子命令时打开图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"gridapp {__version__}")
    parser.add_argument("--db", metavar="PATH", help="数据库文件（也可用环境变量 GRIDAPP_DB）")
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        help="数据库密码所在的文件（第一行；也可用环境变量 GRIDAPP_PASSWORD）",
    )
    parser.add_argument("--lang", choices=("zh", "en"), default=None, help="界面语言 zh|en")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from gridapp.cli.common import release_command_locks

    try:
        return _run(argv)
    finally:
        release_command_locks()


def _run(argv: Sequence[str] | None) -> int:
    from gridapp.cli.common import UsageError
    from gridapp.logs import setup_logging
    from gridapp.services.common import Cancelled, ServiceError

    owner_only_files()
    words = list(argv if argv is not None else sys.argv[1:])
    parser = build_parser(GUI_ONLY if wants_gui(words) else COMMAND_MODULES)
    args = parser.parse_args(words)
    if args.command is None:
        args = parser.parse_args([*words, "gui"])
    setup_logging()
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        sys.stderr.write(f"gridapp: {exc}\n")
        return 2
    except (ServiceError, _register_error(), Cancelled) as exc:
        sys.stderr.write(f"错误：{exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("已中断，数据未改变\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"错误：无法读写文件 {exc.filename or ''}：{exc.strerror or exc}\n")
        return 1
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        from gridapp import paths

        sys.stderr.write(
            f"错误：程序内部错误，操作未完成，数据未改变。详情已记录在 {paths.logs_dir()}\n"
        )
        return 1


def owner_only_files() -> None:
    """Everything the app creates (registers, backups, exports, PDFs, logs) is readable by
    its user alone: they hold residents' ID numbers, phones and health (PIPL). POSIX only;
    on Windows the files inherit the user profile's private ACLs."""
    if os.name == "posix":
        os.umask(0o077)


def _register_error() -> type[Exception]:
    """``db.engine.RegisterError``, imported only when an error is being handled (the module
    loads SQLAlchemy, which ``gridapp gui`` does not need before its window is up)."""
    from gridapp.db.engine import RegisterError

    return RegisterError


if __name__ == "__main__":
    sys.exit(main())
