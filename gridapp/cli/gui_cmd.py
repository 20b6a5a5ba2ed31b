"""``gridapp gui``: the graphical interface (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_gui(args: argparse.Namespace) -> int:
    from gridapp import paths
    from gridapp.cli.common import register_path

    if args.demo:
        path = Path(args.db) if args.db else paths.demo_register()
        ensure_demo(path)
    else:
        path = register_path(args)
    from gridapp.db import regdb

    regdb.prefetch(path)  # the first screen's queries run in SQLite while Qt loads
    regdb.start_integrity_check(path)  # and the opening's integrity check
    from gridapp.ui.app import run

    return run(path, screenshot=args.screenshot, page=args.page, lang=args.lang)


def ensure_demo(path: Path) -> None:
    """Create the demo register on first start."""
    from gridapp.db import regdb

    if regdb.at_head(path) and regdb.RawReader(path).rows("SELECT 1 FROM person LIMIT 1"):
        return  # there already (checked without loading SQLAlchemy)
    from sqlalchemy import func, select

    from gridapp.db.engine import open_register, session_scope
    from gridapp.db.models import Person
    from gridapp.services.demo import build_demo

    engine = open_register(path)
    try:
        with session_scope(engine) as session:
            if not session.scalar(select(func.count()).select_from(Person)):
                build_demo(session)
    finally:
        engine.dispose()


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="打开图形界面（默认） / open the window")
    p.add_argument("--demo", action="store_true", help="打开演示数据库（首次启动时自动生成）")
    p.add_argument("--screenshot", metavar="OUT.png", help="打开主窗口、截图后退出")
    p.add_argument("--page", default="register", help="截图的页面：register, visits, issues …")
    p.set_defaults(func=cmd_gui)
