"""The demo register a first start opens (``gridapp gui --demo``, the start window's "try the
demo"). Light on purpose: checking that it is there loads neither SQLAlchemy nor the demo
builder, which only a first start needs."""

from __future__ import annotations

from pathlib import Path


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
