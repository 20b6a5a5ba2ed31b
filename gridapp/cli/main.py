"""Entry point of the ``gridapp`` command."""

from __future__ import annotations

import argparse
import importlib
import logging
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
    "gridapp.cli.backup_cmds",
    "gridapp.cli.audit_cmds",
    "gridapp.cli.password_cmds",
    "gridapp.cli.export_cmds",
    "gridapp.cli.report_cmds",
    "gridapp.cli.import_cmds",
    "gridapp.cli.print_cmds",
)

log = logging.getLogger("gridapp")


def build_parser() -> argparse.ArgumentParser:
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
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from gridapp.cli.common import UsageError
    from gridapp.db.engine import RegisterError
    from gridapp.logs import setup_logging
    from gridapp.services.common import Cancelled, ServiceError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "gui"])
    setup_logging()
    try:
        code: int = args.func(args)
        return code
    except UsageError as exc:
        sys.stderr.write(f"gridapp: {exc}\n")
        return 2
    except (ServiceError, RegisterError, Cancelled) as exc:
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


if __name__ == "__main__":
    sys.exit(main())
