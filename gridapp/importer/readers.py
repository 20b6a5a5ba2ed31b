"""Reading a ledger file into plain rows: xlsx/xlsm/xls/ods through python-calamine, CSV by hand.

Everything a bad file can be (random bytes, empty, a corrupt zip, a password-protected
workbook) becomes a ``ServiceError`` saying so in words a clerk understands.
"""

from __future__ import annotations

import codecs
import csv
import posixpath
import re
import threading
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

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
    # Hidden rows and columns (0-based; xlsx/xlsm only: calamine does not say, see
    # ``_hidden_parts``) and a sheet hidden as a whole. They are read like the others.
    hidden_rows: list[int] = field(default_factory=list)
    hidden_cols: list[int] = field(default_factory=list)
    hidden: bool = False


class NotASpreadsheet(ServiceError):
    """The file is something else under a spreadsheet's name (a PDF, a Word document, a photo,
    an archive, a web page, nothing at all): the message says what it is and what to do, so no
    "save it as .xlsx" advice is added to it. ``kind``: pdf, word, image, archive, zip, html,
    xml (Excel 2003 XML), empty."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


_ORIGINAL = "请用原始的 Excel 台账导入"
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_ARCHIVE_MAGIC = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b")
_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<table|<meta|<style|<\?xml[^>]*>\s*<html)",
                   re.IGNORECASE)  # fmt: skip


def _foreign(path: Path, head: bytes, size: int) -> NotASpreadsheet | None:
    """What a file that is not a spreadsheet really is, by its first bytes (None: it may be one)."""
    name = path.name
    text = head.removeprefix(codecs.BOM_UTF8)
    if head.startswith(b"%PDF-"):
        return NotASpreadsheet(f"这是一个 PDF 文件，不是 Excel 表格：{name}。{_ORIGINAL}", "pdf")
    is_bmp = (
        head.startswith(b"BM") and len(head) >= 6 and int.from_bytes(head[2:6], "little") == size
    )
    is_webp = head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    if head.startswith(_IMAGE_MAGIC) or is_bmp or is_webp:
        return NotASpreadsheet(
            f"这是一张图片（照片或截图），不是 Excel 表格：{name}。图片里的表格无法导入，{_ORIGINAL}",
            "image",
        )
    if head.startswith(_ARCHIVE_MAGIC):
        return NotASpreadsheet(
            f"这是一个压缩包，不是 Excel 表格：{name}。请先解压，再导入其中的 Excel 台账", "archive"
        )
    if _HTML.match(text) or (text.lstrip().startswith(b"<") and b"<table" in text.lower()):
        return NotASpreadsheet(
            f"这是一个网页（HTML）文件，只是扩展名像 Excel，不是真正的 Excel 表格：{name}。"
            "请用 Excel 或 WPS 打开它，另存为 Excel 工作簿（.xlsx）后再导入",
            "html",
        )
    if (
        text.lstrip().startswith(b"<?xml")
        and b"urn:schemas-microsoft-com:office:spreadsheet" in text
    ):
        return NotASpreadsheet(
            f"这是 Excel 2003 XML 格式的表格，无法直接读取：{name}。"
            "请用 Excel 或 WPS 打开它，另存为 Excel 工作簿（.xlsx）后再导入",
            "xml",
        )
    return None


def _zip_kind(path: Path) -> str:
    """A zip: an .ods, an .xlsx, or (refused) a Word document or some other archive. A zip that
    cannot be opened is left to the workbook reader, which says it is damaged."""
    if _is_ods(path):
        return "ods"
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except Exception:  # a broken zip of any kind: the workbook reader says it is damaged
        return "xlsx"
    if any(n.startswith("xl/") or n.lower().endswith("workbook.xml") for n in names):
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        raise NotASpreadsheet(
            f"这是一个 Word 文档（.docx），不是 Excel 表格：{path.name}。{_ORIGINAL}", "word"
        )
    if any(n.startswith("ppt/") for n in names):
        raise NotASpreadsheet(
            f"这是一个 PowerPoint 演示文稿，不是 Excel 表格：{path.name}。{_ORIGINAL}", "word"
        )
    raise NotASpreadsheet(
        f"这是一个压缩包（ZIP），里面没有 Excel 工作簿，不是 Excel 表格（或工作簿已损坏）：{path.name}。"
        "如果是压缩的台账，请先解压，再导入其中的 Excel 文件",
        "zip",
    )


def _sniff_kind(path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ServiceError(f"文件不存在：{path}") from exc
    if path.is_dir():
        raise ServiceError(f"这是一个文件夹，不是台账文件：{path}")
    if size == 0:
        raise NotASpreadsheet(f"文件是空的（0 字节）：{path.name}。{_ORIGINAL}", "empty")
    with path.open("rb") as fh:
        head = fh.read(1024)
        if head.startswith(_OLE):
            fh.seek(0)
            blob = fh.read(min(size, 4 << 20))
            if "EncryptedPackage".encode("utf-16-le") in blob or b"E\x00n\x00c\x00r\x00y" in blob:
                raise ServiceError(
                    f"工作簿设有打开密码，无法读取：{path.name}。请在 Excel/WPS 中取消密码后另存再导入"
                )
            if _is_word_ole(blob):
                raise NotASpreadsheet(
                    f"这是一个 Word 文档（.doc），不是 Excel 表格：{path.name}。{_ORIGINAL}", "word"
                )
            return "xls"
    if head.startswith(_ZIP):
        return _zip_kind(path)
    foreign = _foreign(path, head, size)
    if foreign is not None:
        raise foreign
    if path.suffix.lower() in (".csv", ".txt"):
        return "csv"
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".et", ".ods"):
        raise ServiceError(f"文件已损坏或不是真正的电子表格：{path.name}")
    return "csv?"


def _is_word_ole(blob: bytes) -> bool:
    """An old Word document (.doc): an OLE container with a WordDocument stream and no workbook."""
    has_book = "Workbook".encode("utf-16-le") in blob or "Book".encode("utf-16-le") in blob
    return "WordDocument".encode("utf-16-le") in blob and not has_book


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
        delimiter, directive = _delimiter(sample)
        if directive:
            text.readline()  # Excel's "sep=;" line names the separator; it is no row
        csv.field_size_limit(max(csv.field_size_limit(), 16 << 20))
        shared: dict[str, str] = {}
        rows: list[list[object]] = []
        try:
            for record in csv.reader(text, delimiter=delimiter):
                rows.append(
                    [
                        shared.setdefault(v, v) if len(v) <= _SHARED_UP_TO else v
                        for v in map(_excel_text, record)
                    ]
                )
        except csv.Error as exc:
            raise ServiceError(f"CSV 文件格式有误，无法读取：{path.name}（{exc}）") from exc
    if not any(any(v.strip() for v in row if isinstance(v, str)) for row in rows):
        raise ServiceError(f"文件中没有任何内容：{path.name}")
    return SheetData(path.stem, rows, [], is_csv=True)


def _excel_text(value: str) -> str:
    """A CSV field as Excel shows it: web-platform exports write IDs and phones as ``="410…"``
    (and every field quoted) so that Excel keeps the digits as text, not as a number."""
    if value.startswith('="') and value.endswith('"') and len(value) >= 3:
        return value[2:-1]
    return value


_SEP_LINE = re.compile(r'^"?sep=(.)"?\r?$')


def _delimiter(sample: str) -> tuple[str, bool]:
    """The separator of a CSV text (comma, tab as in Excel's "Unicode text", semicolon as in
    European-locale exports) and whether the first line is Excel's ``sep=`` directive."""
    first = sample.lstrip("\ufeff").split("\n", 1)[0]
    found = _SEP_LINE.match(first)
    if found:
        return found.group(1), True
    if sample.count("\t") > sample.count(",") and sample.count("\t") > 0:
        return "\t", False
    if sample.count(";") > sample.count(",") * 2:
        return ";", False
    return ",", False


def sheet_names(path: Path) -> list[str]:
    kind = _sniff_kind(path)
    if kind.startswith("csv"):
        return [path.stem]
    return list(_open_book(path, kind).sheet_names)


def _open_book(path: Path, kind: str = "xlsx"):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    try:
        if kind == "ods" and path.suffix.lower() != ".ods":
            # calamine picks the format by the file name's ending; from bytes it looks inside
            with path.open("rb") as fh:
                return CalamineWorkbook.from_filelike(fh)
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
    if kind in ("xlsx", "ods"):
        xlsx_guard.check_workbook(path, MAX_CELLS)  # for .ods: every part's size (zip bombs)
    if kind == "ods":
        check_ods(path, MAX_CELLS)
    book = _open_book(path, kind)
    names = list(book.sheet_names)
    wanted = list(sheets) if sheets else names
    missing = [s for s in wanted if s not in names]
    if missing:
        raise ServiceError(
            f"工作簿中没有工作表：{'、'.join(missing)}。现有工作表：{'、'.join(names)}"
        )
    hidden_sheets = _hidden_sheets(book)
    # Hidden rows and columns are looked up beside calamine's read: zlib lets the GIL go
    # while it inflates the sheet's XML, so on two cores it costs next to no time.
    scan = _HiddenScan(path, wanted) if kind == "xlsx" else None
    out: list[SheetData] = []
    for name in wanted:
        try:
            sheet = book.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged_raw = sheet.merged_cell_ranges or []
        except Exception as exc:
            raise ServiceError(f"工作表“{name}”已损坏，无法读取：{exc}") from exc
        merged = [(a[0], a[1], b[0], b[1]) for a, b in merged_raw]
        out.append(SheetData(name, rows, merged, hidden=name in hidden_sheets))
    if scan is not None:
        found = scan.result()
        for sheet in out:
            sheet.hidden_rows, sheet.hidden_cols = found.get(sheet.name, ([], []))
    return out


def _hidden_sheets(book) -> set[str]:  # type: ignore[no-untyped-def]
    from python_calamine import SheetVisibleEnum

    try:
        return {m.name for m in book.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
    except Exception:
        return set()


# ----------------------------------------------------------------- hidden rows and columns

_HIDDEN = b'hidden="'
_ROW_TAG = re.compile(rb"<row(?=[\s/>])([^>]*)>")
_COL_TAG = re.compile(rb"<col(?=[\s/>])([^>]*)>")
_IS_HIDDEN = re.compile(rb'\shidden="(?:1|true)"')
_ATTR_R = re.compile(rb'\sr="([0-9]{1,9})"')
_ATTR_MIN = re.compile(rb'\smin="([0-9]{1,9})"')
_ATTR_MAX = re.compile(rb'\smax="([0-9]{1,9})"')
_MAX_HIDDEN_COLS = 16384  # Excel's last column: "hide every column to the right" is one <col>


class _HiddenScan:
    """The hidden rows and columns of an xlsx's sheets, found in a thread (best effort: a part
    it cannot read just has none)."""

    def __init__(self, path: Path, names: Sequence[str]) -> None:
        self.found: dict[str, tuple[list[int], list[int]]] = {}
        self._thread = threading.Thread(target=self._run, args=(path, list(names)), daemon=True)
        self._thread.start()

    def result(self) -> dict[str, tuple[list[int], list[int]]]:
        self._thread.join()
        return self.found

    def _run(self, path: Path, names: list[str]) -> None:
        try:
            with zipfile.ZipFile(path) as archive:
                parts = _sheet_parts(archive)
                for name in names:
                    part = parts.get(name)
                    if part is not None:
                        self.found[name] = _hidden_in_part(archive, part)
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, zlib.error,
                ElementTree.ParseError):  # fmt: skip
            return


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → its worksheet part (``xl/worksheets/sheet1.xml``), from the workbook."""
    book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") or "" for rel in rels}
    parts: dict[str, str] = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rid, "")
        if target:
            part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            parts[sheet.get("name") or ""] = posixpath.normpath(part)
    return parts


def _hidden_in_part(archive: zipfile.ZipFile, part: str) -> tuple[list[int], list[int]]:
    rows: list[int] = []
    cols: list[int] = []
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(4 << 20):
            data = carry + chunk
            cut = data.rfind(b"<")  # a tag may run into the next chunk
            body, carry = data[:cut], data[cut:]
            if _HIDDEN in body:  # the usual case: not one hidden row, skipped at C speed
                _hidden_tags(body, rows, cols)
    if _HIDDEN in carry:
        _hidden_tags(carry, rows, cols)
    return rows, cols


def _hidden_tags(body: bytes, rows: list[int], cols: list[int]) -> None:
    for tag in _ROW_TAG.finditer(body):
        attrs = tag.group(1)
        number = _ATTR_R.search(attrs)
        if number and _IS_HIDDEN.search(attrs):
            rows.append(int(number.group(1)) - 1)
    for tag in _COL_TAG.finditer(body):
        attrs = tag.group(1)
        low, high = _ATTR_MIN.search(attrs), _ATTR_MAX.search(attrs)
        if low and high and _IS_HIDDEN.search(attrs):
            first, last = int(low.group(1)), min(int(high.group(1)), _MAX_HIDDEN_COLS)
            cols.extend(range(first - 1, last))


# ----------------------------------------------------------------------------- OpenDocument

_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def _is_ods(path: Path) -> bool:
    """An OpenDocument spreadsheet (LibreOffice, WPS "另存为 .ods"): a zip whose ``mimetype``
    entry says so."""
    try:
        with zipfile.ZipFile(path) as archive:
            if "mimetype" in archive.namelist():
                return archive.read("mimetype")[:100].strip() == _ODS_MIME
    except (zipfile.BadZipFile, OSError, zlib.error, NotImplementedError):
        return False
    return False


_ODS_TAG = re.compile(
    rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])([^>]*?)(/?)>"
)
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]{1,10})"')
_COLS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]{1,10})"')


def check_ods(path: Path, max_cells: int) -> None:
    """Refuse an .ods whose repeated rows or cells would unfold into more than ``max_cells``
    (a 1 KB file can say "this row 200,000 times, 100 cells each": calamine builds them all).
    Trailing empty repeats (LibreOffice writes the rest of the sheet so) cost nothing."""
    scanner = _OdsScanner(path.name, max_cells)
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            carry = b""
            while chunk := stream.read(4 << 20):
                data = carry + chunk
                cut = data.rfind(b"<")
                scanner.feed(data[:cut])
                carry = data[cut:]
            scanner.feed(carry)
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error, NotImplementedError) as exc:
        raise ServiceError(f"文件已损坏或不是电子表格，无法读取：{path.name}") from exc


class _OdsScanner:
    """The extent of each table in content.xml: last row and column holding anything."""

    def __init__(self, name: str, max_cells: int) -> None:
        self.name = name
        self.max_cells = max_cells
        self.row = self.repeat = self.col = self.last = self.max_row = self.max_col = 0

    def feed(self, body: bytes) -> None:
        for tag in _ODS_TAG.finditer(body):
            closing, kind, attrs, empty = tag.groups()
            if kind == b"table":
                self.end_table()
            elif kind == b"table-row":
                self._row(closing == b"/", attrs, empty == b"/")
            elif not closing:
                found = _COLS_REPEATED.search(attrs)
                self.col += int(found.group(1)) if found else 1
                if not empty or b"value-type" in attrs:
                    self.last = self.col

    def _row(self, closing: bool, attrs: bytes, empty: bool) -> None:
        if not closing:
            found = _ROWS_REPEATED.search(attrs)
            self.repeat, self.col, self.last = int(found.group(1)) if found else 1, 0, 0
            if not empty:
                return
        if self.last:
            self.max_row = self.row + self.repeat
            self.max_col = max(self.max_col, self.last)
            if self.max_row * self.max_col > self.max_cells:
                raise ServiceError(
                    f"工作表的使用范围过大（{self.max_row} 行 × {self.max_col} 列），"
                    f"可能有大量重复的行或单元格：{self.name}。请删除多余的行和列后另存再试"
                )
        self.row += self.repeat
        self.repeat = self.last = 0

    def end_table(self) -> None:
        self.row = self.repeat = self.col = self.last = self.max_row = self.max_col = 0


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
