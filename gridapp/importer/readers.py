"""Reading a ledger file into plain rows: xlsx/xlsm/xls through python-calamine, CSV by hand.

Everything a bad file can be (random bytes, empty, a corrupt zip, a password-protected
workbook) becomes a ``ServiceError`` saying so in words a clerk understands.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gridapp.importer import xlsx_guard
from gridapp.services.common import ServiceError

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Merged = tuple[int, int, int, int]  # first_row, first_col, last_row, last_col (0-based, inclusive)


@dataclass
class SheetData:
    name: str
    rows: list[list[object]]
    merged: list[Merged] = field(default_factory=list)
    is_csv: bool = False


def _sniff_kind(path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ServiceError(f"文件不存在：{path}") from exc
    if path.is_dir():
        raise ServiceError(f"这是一个文件夹，不是台账文件：{path}")
    if size == 0:
        raise ServiceError(f"文件是空的（0 字节）：{path.name}")
    with path.open("rb") as fh:
        head = fh.read(8)
        if head.startswith(_OLE):
            fh.seek(0)
            blob = fh.read(min(size, 4 << 20))
            if "EncryptedPackage".encode("utf-16-le") in blob or b"E\x00n\x00c\x00r\x00y" in blob:
                raise ServiceError(
                    f"工作簿设有打开密码，无法读取：{path.name}。请在 Excel/WPS 中取消密码后另存再导入"
                )
            return "xls"
    if head.startswith(_ZIP):
        return "xlsx"
    if path.suffix.lower() in (".csv", ".txt"):
        return "csv"
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".et", ".ods"):
        raise ServiceError(f"文件已损坏或不是真正的电子表格：{path.name}")
    return "csv?"


def read_csv(path: Path, strict: bool = True) -> SheetData:
    """A CSV (or tab-separated) ledger, decoded and split as it is read: neither the file's
    bytes nor its whole text are held, and repeated values (性别, 小区, 楼栋 …) share one
    string, so a million rows fit in a fraction of what the text would take."""
    with path.open("rb") as fh:
        head = fh.read(_SNIFF)
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ServiceError(f"文件不是电子表格或 CSV 文本：{path.name}")
    encoding = _encoding_of(head, path.name)
    try:
        return _read_csv_as(path, encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ServiceError(f"文件的文字编码有误，无法读取：{path.name}") from None
    try:  # UTF-8 at the start, something else later: a GBK file with an ASCII first part
        return _read_csv_as(path, "gb18030")
    except UnicodeDecodeError as exc:
        raise ServiceError(
            f"无法识别文件的文字编码（不是 UTF-8 也不是 GBK/GB18030），或不是表格文件：{path.name}"
        ) from exc


_SNIFF = 64 << 10
_SHARED_UP_TO = 24  # characters: longer values (addresses, notes) rarely repeat exactly


def _encoding_of(head: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 or GB18030, from the file's first bytes (which may
    end inside a character: the incremental decoders wait for the rest)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for encoding in ("utf-8", "gb18030"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return encoding
    raise ServiceError(
        f"无法识别文件的文字编码（不是 UTF-8 也不是 GBK/GB18030），或不是表格文件：{name}"
    )


def _read_csv_as(path: Path, encoding: str) -> SheetData:
    with path.open("r", encoding=encoding, newline="") as text:
        sample = text.read(8192)
        text.seek(0)
        delimiter = ","
        if sample.count("\t") > sample.count(",") and sample.count("\t") > 0:
            delimiter = "\t"
        elif sample.count(";") > sample.count(",") * 2:
            delimiter = ";"
        csv.field_size_limit(max(csv.field_size_limit(), 16 << 20))
        shared: dict[str, str] = {}
        rows: list[list[object]] = []
        try:
            for record in csv.reader(text, delimiter=delimiter):
                rows.append(
                    [shared.setdefault(v, v) if len(v) <= _SHARED_UP_TO else v for v in record]
                )
        except csv.Error as exc:
            raise ServiceError(f"CSV 文件格式有误，无法读取：{path.name}（{exc}）") from exc
    if not any(any(v.strip() for v in row if isinstance(v, str)) for row in rows):
        raise ServiceError(f"文件中没有任何内容：{path.name}")
    return SheetData(path.stem, rows, [], is_csv=True)


def sheet_names(path: Path) -> list[str]:
    kind = _sniff_kind(path)
    if kind.startswith("csv"):
        return [path.stem]
    return list(_open_book(path).sheet_names)


def _open_book(path: Path):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own error types for every broken file
        raise ServiceError(
            f"文件已损坏或不是 Excel 工作簿，无法读取：{path.name}（{exc}）"
        ) from exc


# python-calamine holds a sheet's whole used range in memory (~80 bytes a cell with the Python
# rows): 6 million cells is 100,000 residents × 60 columns, about 500 MB at most.
MAX_CELLS = 6_000_000


def read_book(path: Path, sheets: Sequence[str] | None = None) -> list[SheetData]:
    """Every (or the named) sheet of a workbook, or the one table of a CSV file."""
    kind = _sniff_kind(path)
    if kind.startswith("csv"):
        return [read_csv(path)]
    if kind == "xlsx":
        xlsx_guard.check_workbook(path, MAX_CELLS)
    book = _open_book(path)
    names = list(book.sheet_names)
    wanted = list(sheets) if sheets else names
    missing = [s for s in wanted if s not in names]
    if missing:
        raise ServiceError(
            f"工作簿中没有工作表：{'、'.join(missing)}。现有工作表：{'、'.join(names)}"
        )
    out: list[SheetData] = []
    for name in wanted:
        try:
            sheet = book.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged_raw = sheet.merged_cell_ranges or []
        except Exception as exc:
            raise ServiceError(f"工作表“{name}”已损坏，无法读取：{exc}") from exc
        merged = [(a[0], a[1], b[0], b[1]) for a, b in merged_raw]
        out.append(SheetData(name, rows, merged))
    return out


def fill_merged(sheet: SheetData) -> None:
    """Give every cell of a merged range the value of its top-left cell (in place)."""
    rows = sheet.rows
    for r0, c0, r1, c1 in sheet.merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if value is None or value == "":
            continue
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([""] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value
