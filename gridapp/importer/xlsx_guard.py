"""A workbook's real size, measured before anything allocates it.

A 28 KB .xlsx with one stray cell at XFD1048576 makes a reader allocate the whole used range
(17 billion cells: python-calamine aborts the process, openpyxl runs for minutes); a 3 MB
``sharedStrings.xml`` can inflate to gigabytes. ``check_workbook`` streams every part through
the decompressor, counting the bytes really produced (a zip header's sizes can lie), and
scans the worksheets for the farthest row and column actually referenced, whatever the
attribute order and whether cells carry an ``r`` reference or not. Only a workbook within
the limits reaches a reader; the others get a message saying what is too big.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from gridapp.services.common import ServiceError

CHUNK = 4 << 20
MAX_PART = 512 << 20  # one worksheet's XML, decompressed
MAX_STRINGS = 128 << 20  # sharedStrings.xml, decompressed: readers hold it all
MAX_TOTAL = 1 << 30  # the whole workbook, decompressed

# Tags with their attributes; cell references (r="AB12") and row numbers (r="12"); the fast
# path looks for what the slow path (tag by tag) must handle: a cell or a row without r.
_TAG = re.compile(rb"<(row|c)(?=[\s/>])([^>]*)>")
_ROW_REF = re.compile(rb'\sr="([0-9]{1,9})"')
_CELL_REF = re.compile(rb'\sr="([A-Z]{1,4})([0-9]{1,9})"')
_ROW_ONLY = re.compile(rb' r="([0-9]{1,9})"')  # digits alone: a row's number
_WIDE = re.compile(rb' r="([A-Z]{3,4})[0-9]')
_TWO = re.compile(rb' r="([A-Z]{2})[0-9]')


def _widest_column(body: bytes) -> int:
    """The farthest column of the cell references in ``body`` (every tag has one); 26 stands
    for any single-letter column."""
    wide = _WIDE.findall(body)
    if wide:
        return max(column_number(w) for w in wide)
    two = _TWO.findall(body)
    if two:
        return column_number(max(two))
    return 26 if b' r="' in body else 0  # a bound is enough below AA (listing costs ~0.06 s)


@dataclass(frozen=True)
class Extent:
    rows: int
    cols: int

    @property
    def cells(self) -> int:
        return self.rows * self.cols


def column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def check_workbook(path: Path, max_cells: int, what: str = "工作表") -> dict[str, Extent]:
    """Refuse (ServiceError) a workbook too big to read safely; the extent of each sheet."""
    name = Path(path).name
    extents: dict[str, Extent] = {}
    total = 0
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                part = info.filename
                is_sheet = part.startswith("xl/worksheets/") and part.endswith(".xml")
                limit = MAX_STRINGS if part.endswith("sharedStrings.xml") else MAX_PART
                if info.file_size > limit:
                    raise _too_big(name, part, info.file_size)
                scanner = _SheetScanner() if is_sheet else None
                size = 0
                with archive.open(info) as stream:
                    while chunk := stream.read(CHUNK):
                        size += len(chunk)
                        total += len(chunk)
                        if size > limit:
                            raise _too_big(name, part, size)
                        if total > MAX_TOTAL:
                            raise ServiceError(
                                f"工作簿解压后过大（超过 {MAX_TOTAL >> 20} MB），可能是恶意文件，"
                                f"无法读取：{name}"
                            )
                        if scanner is not None:
                            scanner.feed(chunk)
                if scanner is not None:
                    extent = scanner.extent()
                    extents[part] = extent
                    if extent.cells > max_cells:
                        raise ServiceError(
                            f"{what}的使用范围过大（{extent.rows} 行 × {extent.cols} 列），"
                            f"可能在很远的位置有多余的内容或格式：{name}。"
                            "请删除多余的行和列后另存再试"
                        )
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error) as exc:
        raise ServiceError(f"文件已损坏或不是 Excel 工作簿，无法读取：{name}") from exc
    except NotImplementedError as exc:  # a compression method zipfile does not know
        raise ServiceError(f"文件已损坏或不是 Excel 工作簿，无法读取：{name}") from exc
    return extents


def _too_big(name: str, part: str, size: int) -> ServiceError:
    return ServiceError(
        f"工作簿中的 {part} 解压后过大（{size >> 20} MB 以上），可能是恶意文件，无法读取：{name}"
    )


class _SheetScanner:
    """The farthest row and column a worksheet's XML refers to, fed in chunks."""

    def __init__(self) -> None:
        self.carry = b""
        self.max_row = 0
        self.max_col = 0
        self.rows_seen = 0
        self.row = 0  # the current row, for cells without r (slow path)
        self.col = 0

    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk
        cut = data.rfind(b"<")  # a tag may run into the next chunk: keep it for then
        if cut == -1:
            self.carry = b""
            return
        body, self.carry = data[:cut], data[cut:]
        if len(self.carry) > 1 << 20:  # one tag a megabyte long is no worksheet
            raise ServiceError("工作表的内容格式异常（单个标签过长），无法读取")
        if self._simple(body):
            self._fast(body)
        else:
            self._slow(body)

    def _simple(self, body: bytes) -> bool:
        """Every cell and row tag starts with its r reference, as Excel, WPS, XlsxWriter and
        openpyxl write them: checked with bytes.count (C speed), about a third of the read."""
        if b"<c>" in body or b"<c/" in body or b"<row>" in body or b"<row/" in body:
            return False
        return body.count(b"<c ") == body.count(b'<c r="') and body.count(b"<row ") == body.count(
            b'<row r="'
        )

    def _fast(self, body: bytes) -> None:
        numbers = _ROW_ONLY.findall(body)
        if numbers:
            self.rows_seen += len(numbers)
            self.row = int(numbers[-1])  # where a later row without r continues from
            self.max_row = max(self.max_row, max(map(int, numbers)))
        self.max_col = max(self.max_col, _widest_column(body))

    def _slow(self, body: bytes) -> None:
        for match in _TAG.finditer(body):
            attrs = match.group(2)
            if match.group(1) == b"row":
                found = _ROW_REF.search(attrs)
                self.rows_seen += 1
                self.row = int(found.group(1)) if found else self.row + 1
                self.col = 0
                self.max_row = max(self.max_row, self.row)
            else:
                cell = _CELL_REF.search(attrs)
                if cell:
                    self.col = column_number(cell.group(1))
                    self.max_row = max(self.max_row, int(cell.group(2)))
                else:
                    self.col += 1
                self.max_col = max(self.max_col, self.col)

    def extent(self) -> Extent:
        return Extent(max(self.max_row, self.rows_seen), self.max_col)
