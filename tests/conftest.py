"""Shared fixtures. Every data folder lives in the test's temp dir; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("GRIDAPP_DB", None)


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("GRIDAPP_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("GRIDAPP_DB", raising=False)
    monkeypatch.delenv("GRIDAPP_PASSWORD", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.db"


@pytest.fixture
def engine(db_path: Path) -> Iterator[object]:
    from gridapp.db.engine import open_register

    eng = open_register(db_path)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register built once per run; tests copy it (``demo_db``) before changing it."""
    from gridapp.db.engine import open_register, session_scope
    from gridapp.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    eng = open_register(path)
    with session_scope(eng) as session:
        build_demo(session, households=400, seed=7)
    eng.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    import sqlite3

    target = tmp_path / "demo.db"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


@pytest.fixture
def demo_engine(demo_db: Path) -> Iterator[object]:
    from gridapp.db.engine import open_register

    eng = open_register(demo_db)
    yield eng
    eng.dispose()
