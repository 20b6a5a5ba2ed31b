"""``gridapp print …`` as scripts and users run it: real processes on real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.test_pdf_visit_sheet import assert_fonts_embedded, pdf_pages, pdf_text
from tests.e2e.test_cli_register import gridapp


@pytest.fixture(scope="module")
def register_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("print") / "r.db"
    done = gridapp("--db", str(db), "demo", "--households", "30")
    assert done.returncode == 0, done.stderr
    return db


def _demo_month() -> str:
    """The demo's current cycle: it is built relative to the day it runs, so the month must be too
    (a pinned month is fully visited once the demo is built a month later)."""
    import datetime as dt

    return dt.date.today().strftime("%Y-%m")


def _copy(db: Path, tmp_path: Path) -> str:
    target = tmp_path / "r.db"
    with sqlite3.connect(db) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return str(target)


def _disclosures(db: str) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as c:
        return c.execute(
            "SELECT entity, field, note FROM change_log WHERE action = 'disclose'"
        ).fetchall()


def test_visit_sheets_masked_by_default(register_file: Path, tmp_path: Path) -> None:
    db = _copy(register_file, tmp_path)
    out = tmp_path / "forms.pdf"
    done = gridapp("--db", db, "print", "visit-sheets", str(out))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as c:
        active = c.execute("SELECT count(*) FROM household WHERE status = 'active'").fetchone()[0]
        ids = [r[0] for r in c.execute("SELECT id_number FROM person WHERE id_number != ''")]
    assert f"{active} 页" in done.stdout and pdf_pages(out) == active
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert not any(number in text for number in ids)
    assert _disclosures(db) == []


def test_visit_sheets_by_grid_building_and_due(register_file: Path, tmp_path: Path) -> None:
    db = _copy(register_file, tmp_path)
    with sqlite3.connect(db) as c:
        grid, building, count = c.execute(
            "SELECT a.name, b.name, count(*) FROM household h JOIN room r ON h.room_id = r.id "
            "JOIN unit u ON r.unit_id = u.id JOIN building b ON u.building_id = b.id "
            "JOIN area a ON b.grid_id = a.id WHERE h.status = 'active' "
            "GROUP BY b.id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        # One household of the building is made due whatever the day (on a month's last day the
        # demo has visited everyone): the test must not depend on the date it runs.
        due_id, due_number = c.execute(
            "SELECT h.id, h.number FROM household h JOIN room r ON h.room_id = r.id "
            "JOIN unit u ON r.unit_id = u.id JOIN building b ON u.building_id = b.id "
            "WHERE b.name = ? AND h.status = 'active' ORDER BY h.id LIMIT 1",
            (building,),
        ).fetchone()
        c.execute("DELETE FROM visit WHERE household_id = ?", (due_id,))
        (count,) = c.execute(  # every building of that name in the grid (compounds repeat names)
            "SELECT count(*) FROM household h JOIN room r ON h.room_id = r.id "
            "JOIN unit u ON r.unit_id = u.id JOIN building b ON u.building_id = b.id "
            "JOIN area a ON b.grid_id = a.id WHERE h.status = 'active' AND b.name = ? "
            "AND a.name = ?",
            (building, grid),
        ).fetchone()
    out = tmp_path / "b.pdf"
    done = gridapp(
        "--db",
        db,
        "print",
        "visit-sheets",
        str(out),
        "--grid",
        grid,
        "--building",
        building,
        "--due-only",
        "--month",
        _demo_month(),
    )
    assert done.returncode == 0, done.stderr
    pages = pdf_pages(out)
    assert 1 <= pages <= count
    assert building in pdf_text(out, 1)
    assert due_number in pdf_text(out)


def test_full_id_is_recorded_as_disclosure(register_file: Path, tmp_path: Path) -> None:
    db = _copy(register_file, tmp_path)
    with sqlite3.connect(db) as c:
        grid = c.execute("SELECT name FROM area WHERE level = '三级网格' ORDER BY id").fetchone()[0]
    out = tmp_path / "full.pdf"
    done = gridapp("--db", db, "print", "visit-sheets", str(out), "--grid", grid, "--full-id")
    assert done.returncode == 0, done.stderr
    logged = _disclosures(db)
    assert len(logged) == pdf_pages(out) > 0
    assert all(e == "household" and f == "id_number" and "full.pdf" in n for e, f, n in logged)
    assert "修改记录" in done.stdout


def test_household_notice_duty(register_file: Path, tmp_path: Path) -> None:
    db = _copy(register_file, tmp_path)
    with sqlite3.connect(db) as c:
        number = c.execute("SELECT number FROM household WHERE status = 'active'").fetchone()[0]
        grid = c.execute("SELECT name FROM area WHERE level = '三级网格' ORDER BY id").fetchone()[0]
    card = tmp_path / "card.pdf"
    done = gridapp("--db", db, "print", "household", number, str(card))
    assert done.returncode == 0, done.stderr
    assert pdf_pages(card) == 1 and number in pdf_text(card)
    notice = tmp_path / "notice.pdf"
    done = gridapp("--db", db, "print", "notice", "--grid", grid, str(notice))
    assert done.returncode == 0, done.stderr
    assert grid in pdf_text(notice)

    import datetime as dt

    from gridapp.db.engine import open_register, session_scope
    from gridapp.services.duty import generate_roster

    engine = open_register(Path(db))
    with session_scope(engine) as s:
        generate_roster(s, 2026, 10)
    engine.dispose()
    roster = tmp_path / "duty.pdf"
    done = gridapp("--db", db, "print", "duty", "--month", "2026-10", "--grid", grid, str(roster))
    assert done.returncode == 0, done.stderr
    assert pdf_pages(roster) == 1 and "国庆节" in pdf_text(roster)
    assert dt.date(2026, 10, 1)  # the roster month is fixed: holidays are known for 2026


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["visit-sheets", "x.txt"], 2, "应以 .pdf 结尾"),
        (["visit-sheets", "{tmp}/no/such/dir/x.pdf"], 1, "输出文件夹不存在"),
        (["visit-sheets", "{tmp}/x.pdf", "--grid", "没有这个网格"], 1, "没有名为"),
        (["visit-sheets", "{tmp}/x.pdf", "--building", "999号楼"], 1, "没有名为"),
        (["visit-sheets", "{tmp}/x.pdf", "--month", "2026-13"], 2, "YYYY-MM"),
        (["household", "NO-SUCH", "{tmp}/x.pdf"], 1, "没有户号"),
        (["notice", "{tmp}/x.pdf"], 2, "--grid"),
        (["duty", "--month", "2031-02", "{tmp}/x.pdf"], 1, "还没有排班"),
    ],
)
def test_bad_input_is_a_message_not_a_traceback(
    register_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    code: int,
    message: str,
) -> None:
    from gridapp.cli.main import main

    db = _copy(register_file, tmp_path)
    argv = ["--db", db, "print", *[a.format(tmp=tmp_path) for a in args]]
    try:
        result = main(argv)
    except SystemExit as exc:  # argparse: usage errors
        result = int(exc.code or 0)
    err = capsys.readouterr().err
    assert result == code, err
    assert message in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".gridapp-*"))


def test_error_in_a_real_process(register_file: Path, tmp_path: Path) -> None:
    done = gridapp(
        "--db",
        _copy(register_file, tmp_path),
        "print",
        "household",
        "NO-SUCH",
        str(tmp_path / "x.pdf"),
    )
    assert done.returncode == 1 and "没有户号" in done.stderr and "Traceback" not in done.stderr


def test_monthly_report_as_pdf(register_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "monthly.pdf"
    done = gridapp(
        "--db", _copy(register_file, tmp_path), "report", "monthly", "--month", "2026-11", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert "网格工作月报" in text and "2026年11月" in text and "各网格走访覆盖率" in text


def test_a_character_the_font_lacks_is_printed_as_a_box_not_dropped(
    register_file: Path, tmp_path: Path
) -> None:
    db = _copy(register_file, tmp_path)
    with sqlite3.connect(db) as c:
        pid, number = c.execute(
            "SELECT p.id, h.number FROM person p JOIN household h ON p.household_id = h.id "
            "WHERE p.status = 'active' AND h.number != '' ORDER BY p.id LIMIT 1"
        ).fetchone()
        c.execute("UPDATE person SET name = '张😀三' WHERE id = ?", (pid,))
    out = tmp_path / "card.pdf"
    done = gridapp("--db", db, "print", "household", number, str(out))
    assert done.returncode == 0, done.stderr
    assert "张□三" in pdf_text(out, 1)
