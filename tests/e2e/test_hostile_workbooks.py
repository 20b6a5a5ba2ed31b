"""Hostile spreadsheets: refused with a message, in bounded memory, for import and template fill.

Each file is generated here. The command runs in a child process that reports its own peak
memory (ru_maxrss), so the bound is measured where the allocation would happen.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gridapp.importer import xlsx_guard

PEAK_LIMIT_KB = 500 * 1024
_NS = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def make_xlsx(path: Path, sheet_xml: str, shared: str | None = None) -> Path:
    """The smallest workbook a reader accepts, with the given sheet (and shared strings)."""
    ct = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
          'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
          'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
          'worksheet+xml"/></Types>')  # fmt: skip
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')  # fmt: skip
    book = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships"><sheets><sheet name="居民" sheetId="1" r:id="rId1"/></sheets>'
            '</workbook>')  # fmt: skip
    book_rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                 'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                 'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                 'Target="worksheets/sheet1.xml"/>'
                 + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                    if shared is not None else '')
                 + '</Relationships>')  # fmt: skip
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", book)
        z.writestr("xl/_rels/workbook.xml.rels", book_rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    return path


def _header() -> str:
    cells = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{t}</t></is></c>'
                    for c, t in zip("ABCD", ("姓名", "身份证号", "性别", "联系电话"), strict=True))  # fmt: skip
    return f'<row r="1">{cells}</row>'


def hostile_files(folder: Path) -> dict[str, Path]:
    far = '<row r="{r}"><c t="inlineStr" r="{ref}"><is><t>x</t></is></c></row>'
    files = {
        # attribute order that slipped past the old check: t before r
        "stray-XFD1048576": _NS + "<sheetData>" + _header()
        + far.format(r=1048576, ref="XFD1048576") + "</sheetData></worksheet>",
        "stray-XFD8000": _NS + "<sheetData>" + _header()
        + far.format(r=8000, ref="XFD8000") + "</sheetData></worksheet>",
        # no r on the cells at all: 20,000 of them in one row, then a far row
        "no-refs-wide": _NS + "<sheetData>" + _header() + "<row>"
        + '<c t="inlineStr"><is><t>x</t></is></c>' * 20_000
        + '</row><row r="5000"><c t="n"><v>1</v></c></row></sheetData></worksheet>',
    }  # fmt: skip
    out = {name: make_xlsx(folder / f"{name}.xlsx", xml) for name, xml in files.items()}
    bomb = "<sst>" + "<si><t>" + "啊" * 1_000_000 + "</t></si>" * 1 + "</sst>"
    bomb = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + ("<si><t>" + "a" * 4096 + "</t></si>") * 60_000
        + "</sst>"
    )  # ~250 MB inflated, under 1 MB on disk
    out["shared-strings-bomb"] = make_xlsx(
        folder / "bomb.xlsx",
        _NS + '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
        shared=bomb,
    )
    return out


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile_files(tmp_path_factory.mktemp("hostile"))


def _run_measured(args: list[str]) -> tuple[int, str, int]:
    """``gridapp ARGS`` in a child that prints its own peak memory (KB) last on stderr."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec from the forked (pytest) parent.
    code = ("import sys; from gridapp.cli.main import main; rc = main(sys.argv[1:]);"
            "peak_kb = lambda: int(next(l for l in open('/proc/self/status')"
            " if l.startswith('VmHWM')).split()[1]);"
            "print(peak_kb(), file=sys.stderr);"
            "sys.exit(rc)")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    *lines, peak = done.stderr.strip().splitlines()
    return done.returncode, "\n".join(lines), int(peak)


@pytest.mark.parametrize(
    "name", ["stray-XFD1048576", "stray-XFD8000", "no-refs-wide", "shared-strings-bomb"]
)
def test_hostile_workbook_import_is_refused_in_bounded_memory(
    hostile: dict[str, Path], tmp_path: Path, name: str
) -> None:
    db = tmp_path / "r.db"
    code, err, peak = _run_measured(
        ["--db", str(db), "import", str(hostile[name]), "--grid", "一网格"]
    )
    assert code == 1 and "Traceback" not in err
    assert "过大" in err and hostile[name].name in err, err
    assert peak < PEAK_LIMIT_KB, f"{name}: peak {peak // 1024} MB"


@pytest.mark.parametrize("name", ["stray-XFD1048576", "stray-XFD8000", "shared-strings-bomb"])
def test_hostile_workbook_as_template_is_refused_in_bounded_memory(
    hostile: dict[str, Path], tmp_path: Path, name: str
) -> None:
    db = tmp_path / "r.db"
    out = tmp_path / "out.xlsx"
    code, err, peak = _run_measured(
        ["--db", str(db), "export", "template", str(hostile[name]), str(out)]
    )
    assert code == 1 and "Traceback" not in err and "过大" in err, err
    assert peak < PEAK_LIMIT_KB, f"{name}: peak {peak // 1024} MB"
    assert not out.exists()


def test_the_scan_finds_the_farthest_cell_whatever_the_writer(tmp_path: Path) -> None:
    xml = (_NS + "<sheetData>" + _header()
           + '<row r="7" spans="1:3"><c s="1" r="C7"><v>1</v></c><c><v>2</v></c></row>'
           + "<row><c/><c/><c/><c/><c/></row></sheetData></worksheet>")  # fmt: skip
    path = make_xlsx(tmp_path / "odd.xlsx", xml)
    (extent,) = xlsx_guard.check_workbook(path, 10_000).values()
    assert (extent.rows, extent.cols) == (8, 5)  # no r on some cells: counted tag by tag
    ordinary = make_xlsx(tmp_path / "ordinary.xlsx", _NS + "<sheetData>" + _header()
                         + '<row r="9"><c r="AC9"><v>1</v></c></row></sheetData></worksheet>')  # fmt: skip
    (found,) = xlsx_guard.check_workbook(ordinary, 10_000).values()
    assert (found.rows, found.cols) == (9, 29)
    # split across chunks anywhere, the extent found is never smaller (single-letter columns
    # of an ordinary chunk count as 26)
    for size in (7, 64, 1000):
        xlsx_guard.CHUNK, saved = size, xlsx_guard.CHUNK
        try:
            (again,) = xlsx_guard.check_workbook(path, 10_000).values()
        finally:
            xlsx_guard.CHUNK = saved
        assert again.rows == extent.rows and extent.cols <= again.cols <= 26
