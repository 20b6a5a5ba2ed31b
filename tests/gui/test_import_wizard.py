"""The import wizard on a generated ledger with rejects: preview, import, rejects, undo, cancel."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gridapp.domain import idcard


def _ledger(path: Path, grid: str, existing_id: str) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "花园小区"
    ws.append(["户号", "网格", "住址", "姓名", "与户主关系", "身份证号", "联系电话", "爱好"])
    good1 = idcard.make("110105", dt.date(1960, 5, 1), 21)
    good2 = idcard.make("110105", dt.date(1988, 7, 9), 22)
    bad = good2[:17] + ("0" if good2[17] != "0" else "1")
    ws.append(["T0001", grid, "测试小区1号楼101室", "测试甲", "户主", good1, "13900000001", "书法"])
    ws.append(["T0001", grid, "测试小区1号楼101室", "测试乙", "配偶", good2, "13900000002", ""])
    ws.append(["T0002", grid, "测试小区1号楼102室", "测试丙", "户主", bad, "13900000003", ""])
    ws.append(["", grid, "", "老住户", "户主", existing_id, "13911112222", ""])
    wb.save(path)


@pytest.fixture
def window(qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from gridapp.ui import dialogs_io
    from gridapp.ui.app import make_app
    from gridapp.ui.main_window import MainWindow

    monkeypatch.setattr(dialogs_io, "info", lambda *_a: None)
    monkeypatch.setattr(dialogs_io, "warn", lambda *_a: None)
    monkeypatch.setattr(dialogs_io, "confirm", lambda *_a: True)

    def error(_p: Any, _t: str, text: str, details: str = "") -> None:
        raise AssertionError(f"{text} {details}")

    monkeypatch.setattr(dialogs_io, "error", error)
    make_app(lang="en")
    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    yield win
    win.close()


@pytest.fixture
def ledger(tmp_path: Path, demo_db: Path) -> tuple[Path, str]:
    con = sqlite3.connect(demo_db)
    grid = con.execute(
        "SELECT name FROM area WHERE level IN ('二级网格','三级网格') LIMIT 1"
    ).fetchone()[0]
    existing = con.execute(
        "SELECT id_number FROM person WHERE id_number != '' AND status='active' LIMIT 1"
    ).fetchone()[0]
    con.close()
    path = tmp_path / "台账.xlsx"
    _ledger(path, grid, existing)
    return path, existing


def _count(db: Path, sql: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


def test_import_wizard_preview_import_rejects_and_undo(
    qtbot: QtBot, window: Any, ledger: tuple[Path, str], demo_db: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from gridapp.ui import dialogs_io
    from gridapp.ui.import_wizard import ImportWizard

    path, existing = ledger
    before = _count(demo_db, "SELECT count(*) FROM person WHERE deleted_at IS NULL")
    wizard = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(wizard)
    assert wizard.sheet_list.count() == 1
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_COLUMNS, timeout=20000)
    mapping = wizard.column_mapping()
    assert mapping["身份证号"] == "id_number" and mapping["爱好"] == ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_PREVIEW, timeout=20000)
    assert wizard.rejected_table.rowCount() == 1
    assert "校验" in wizard.rejected_table.item(0, 3).text()
    assert wizard.diff_table.rowCount() >= 1  # the old resident's new phone
    assert "Rejected: 1" in wizard.counts_label.text()
    # nothing written by the preview
    assert _count(demo_db, "SELECT count(*) FROM person WHERE deleted_at IS NULL") == before
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_DONE, timeout=20000)
    assert _count(demo_db, "SELECT count(*) FROM person WHERE deleted_at IS NULL") == before + 2
    assert (
        _count(
            demo_db,
            f"SELECT count(*) FROM person WHERE id_number='{existing}' AND phone='13911112222'",
        )
        == 1
    )
    # the new persons are found by the search box at once
    page = window.register_page
    page.show_mode("persons")
    page.search_edit.setText("测试甲")
    page.apply_filter()
    assert page.model.rowCount() == 1
    # the rejects workbook
    out = tmp_path / "rejects.xlsx"
    monkeypatch.setattr(dialogs_io, "ask_save_file", lambda *_a: str(out))
    wizard.save_rejects()
    from openpyxl import load_workbook

    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert any("测试丙" in [str(c) for c in r] for r in rows)
    # undo this import
    wizard.undo_import()  # in the background, like the import
    assert not wizard.undo_button.isEnabled()  # not twice while it runs
    qtbot.waitUntil(lambda: wizard.undone is not None, timeout=20000)
    assert _count(demo_db, "SELECT count(*) FROM person WHERE deleted_at IS NULL") == before
    assert (
        _count(
            demo_db,
            f"SELECT count(*) FROM person WHERE id_number='{existing}' AND phone='13911112222'",
        )
        == 0
    )


@pytest.mark.threaded_tasks  # cancels mid-way: needs the real worker thread
def test_cancelled_import_leaves_register_unchanged(
    qtbot: QtBot, window: Any, ledger: tuple[Path, str], demo_db: Path
) -> None:
    from gridapp.ui.import_wizard import ImportWizard

    path, _ = ledger
    snapshot = (
        _count(demo_db, "SELECT count(*) FROM person"),
        _count(demo_db, "SELECT count(*) FROM change_log"),
        _count(demo_db, "SELECT count(*) FROM import_batch"),
    )
    wizard = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_COLUMNS, timeout=20000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_PREVIEW, timeout=20000)
    wizard.next()  # import …
    assert wizard.task is not None
    wizard.task.cancel()  # … and cancel at once
    qtbot.waitUntil(lambda: wizard.task is not None and wizard.task.outcome != "", timeout=20000)
    assert wizard.task.outcome == "cancelled"
    assert wizard.step() == wizard.STEP_PREVIEW
    assert snapshot == (
        _count(demo_db, "SELECT count(*) FROM person"),
        _count(demo_db, "SELECT count(*) FROM change_log"),
        _count(demo_db, "SELECT count(*) FROM import_batch"),
    )


def test_drop_and_ctrl_i_are_wired(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.act_import.isEnabled()
    assert window.act_import.shortcut() == QKeySequence("Ctrl+I")
    assert window.acceptDrops()
    opened: list[str] = []
    monkeypatch.setattr(window, "import_file", lambda p=None: opened.append(p))
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile("/tmp/x.xlsx")])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert opened == ["/tmp/x.xlsx"]


def test_wizard_places_a_ledger_without_grid_in_a_new_grid_and_the_titled_compound(
    qtbot: QtBot, window: Any, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No 网格 column, no 小区 column: the user types a new grid, the compound comes from the
    title; every household gets a number under the new grid's code; next time both are offered."""
    from openpyxl import Workbook

    from gridapp.ui import dialogs_io
    from gridapp.ui.import_wizard import ImportWizard

    path = tmp_path / "东方花园.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["工业路社区东方花园小区居民信息台账"])
    ws.append(["楼栋", "单元", "房号", "姓名", "与户主关系", "身份证号"])
    ws.append(
        ["9号楼", "1单元", "101", "东方甲", "户主", idcard.make("410105", dt.date(1970, 3, 1), 31)]
    )
    ws.append(
        ["9号楼", "1单元", "102", "东方乙", "户主", idcard.make("410105", dt.date(1972, 4, 2), 32)]
    )
    wb.save(path)

    def run(wizard: Any) -> None:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_COLUMNS, timeout=20000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_PREVIEW, timeout=20000)

    errors: list[str] = []
    monkeypatch.setattr(dialogs_io, "error", lambda _p, _t, text, details="": errors.append(text))
    wizard = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(wizard)
    wizard.new_grid_edit.setText("东方花园新网格")  # keyClicks cannot type CJK
    wizard.community_box.setCurrentIndex(wizard.community_box.findData("工业路社区"))
    run(wizard)
    assert wizard.compound_edit.text() == "东方花园小区"  # from the title
    wizard.next()
    qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_DONE or bool(errors), timeout=20000)
    assert errors == []
    con = sqlite3.connect(demo_db)
    try:
        code, parent = con.execute(
            "SELECT g.code, c.name FROM area g JOIN area c ON c.id = g.parent_id"
            " WHERE g.name = '东方花园新网格'"
        ).fetchone()
        rows = con.execute(
            "SELECT h.number, c.name FROM household h JOIN room r ON r.id = h.room_id"
            " JOIN unit u ON u.id = r.unit_id JOIN building b ON b.id = u.building_id"
            " JOIN compound c ON c.id = b.compound_id JOIN area g ON g.id = h.grid_id"
            " WHERE g.name = '东方花园新网格' ORDER BY h.number"
        ).fetchall()
    finally:
        con.close()
    assert parent == "工业路社区" and code.startswith("410106002001")
    prefix = code.removeprefix("410106002")
    assert rows == [(prefix + "0001", "东方花园小区"), (prefix + "0002", "东方花园小区")]

    again = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(again)
    run(again)  # the same layout: last time's grid and compound are offered
    assert again.grid_box.currentData() == "东方花园新网格"
    assert again.compound_edit.text() == "东方花园小区"


def test_wizard_preview_says_where_rows_go_and_what_it_warns(
    qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    """Rows without a grid and none chosen: the preview says so and Import waits; once a grid
    is chosen it says where they go, and an address it cannot split is listed as a warning."""
    from openpyxl import Workbook

    from gridapp.ui.import_wizard import ImportWizard

    path = tmp_path / "门牌.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["门牌", "姓名", "与户主关系", "身份证号"])
    ws.append(["幸福里3-2-301", "门牌甲", "户主", idcard.make("410105", dt.date(1971, 3, 1), 41)])
    ws.append(
        ["老街后面那间平房", "门牌乙", "户主", idcard.make("410105", dt.date(1961, 3, 1), 43)]
    )
    wb.save(path)

    wizard = ImportWizard(window.ctx, path, window)
    qtbot.addWidget(wizard)

    def to_preview() -> None:
        wizard.next()
        qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_COLUMNS, timeout=20000)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.step() == wizard.STEP_PREVIEW, timeout=20000)

    to_preview()
    assert "2" in wizard.places_label.text() and not wizard.next_button.isEnabled()
    wizard.back()
    wizard.back()
    assert wizard.step() == wizard.STEP_FILE
    wizard.grid_box.setCurrentIndex(1)
    grid = wizard.grid_box.currentData()
    to_preview()
    assert wizard.next_button.isEnabled() and grid in wizard.places_label.text()
    warnings = wizard.warnings_table
    assert warnings.rowCount() == 1
    assert warnings.item(0, 1).text() == "3" and "老街后面那间平房" in warnings.item(0, 3).text()


def test_wizard_offers_last_times_column_mapping_for_the_same_layout(
    qtbot: QtBot, window: Any, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    from gridapp.ui.import_wizard import ImportWizard

    def ledger(name: str, seed: int) -> Path:
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.append(["网格", "住址", "姓名", "与户主关系", "身份证号", "爱好"])
        born = dt.date(1970 + seed, 3, 1)
        ws.append([window_grid, "测试小区1号楼101室", f"爱好{seed}", "户主",
                   idcard.make("410105", born, 60 + seed), "下棋"])  # fmt: skip
        path = tmp_path / name
        wb.save(path)
        return path

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from gridapp.db import vocab
    from gridapp.db.models import Area

    with Session(window.ctx.engine) as session:
        window_grid = session.scalars(
            select(Area.name).where(Area.level.in_(vocab.GRID_LEVELS))
        ).first()
    assert window_grid

    def hobby_box(wizard: Any) -> Any:
        table = wizard.column_table
        for r in range(table.rowCount()):
            if table.item(r, 1).text() == "爱好":
                return table.cellWidget(r, 2)
        raise AssertionError("no 爱好 row")

    first = ImportWizard(window.ctx, ledger("十月.xlsx", 1), window)
    qtbot.addWidget(first)
    first.next()
    qtbot.waitUntil(lambda: first.step() == first.STEP_COLUMNS, timeout=20000)
    box = hobby_box(first)
    assert box.currentData() == ""  # unknown: kept as extra information
    box.setCurrentIndex(box.findData("notes"))
    first.next()
    qtbot.waitUntil(lambda: first.step() == first.STEP_PREVIEW, timeout=20000)
    first.next()
    qtbot.waitUntil(lambda: first.step() == first.STEP_DONE, timeout=20000)

    second = ImportWizard(window.ctx, ledger("十一月.xlsx", 2), window)
    qtbot.addWidget(second)
    second.next()
    qtbot.waitUntil(lambda: second.step() == second.STEP_COLUMNS, timeout=20000)
    assert hobby_box(second).currentData() == "notes"
