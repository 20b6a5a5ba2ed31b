"""``gridapp gui``: the graphical interface (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path


def cmd_gui(args: argparse.Namespace) -> int:
    from gridapp import paths
    from gridapp.cli.common import register_path

    if args.demo:
        from gridapp.services.demo_register import ensure_demo

        path = Path(args.db) if args.db else paths.demo_register()
        ensure_demo(path)
    else:
        path = register_path(args)
    from gridapp.db import regdb

    regdb.prefetch(path)  # the first screen's queries run in SQLite while Qt loads
    regdb.start_integrity_check(path)  # and the opening's integrity check
    from gridapp.ui.app import run

    given = bool(args.db or os.environ.get("GRIDAPP_DB"))
    return run(path, screenshot=args.screenshot, page=args.page, lang=args.lang, given=given)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="打开图形界面（默认） / open the window")
    # Also after ``gui`` (``gridapp gui --db NEW.db``); SUPPRESS keeps the one given before it.
    p.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="数据库文件（不存在时在此新建）"
    )
    p.add_argument("--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="界面语言 zh|en")
    p.add_argument("--demo", action="store_true", help="打开演示数据库（首次启动时自动生成）")
    p.add_argument("--screenshot", metavar="OUT.png", help="打开主窗口、截图后退出")
    p.add_argument("--page", default="register", help="截图的页面：register, visits, issues …")
    p.set_defaults(func=cmd_gui)
