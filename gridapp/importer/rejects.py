"""The rejects workbook: rejected rows with their original cells and the reason, to fix and
import again. Every cell is written as text (ID numbers keep all their digits)."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import xlsxwriter

from gridapp.importer.cleaning import cell_text
from gridapp.importer.report import ImportReport, RejectedRow

REASON_LABEL = "错误原因"


def write_rejects(report: ImportReport, out: Path | str) -> int:
    """Write the rejected rows, one worksheet per source sheet; returns the number of rows."""
    out = Path(out)
    by_sheet: dict[str, list[RejectedRow]] = {}
    for rejected in report.rejected:
        by_sheet.setdefault(rejected.sheet, []).append(rejected)
    labels = {h.name: h.labels for h in report.headers}
    tmp = out.with_name(f".{out.name}.tmp")
    parts = Path(str(tmp) + ".parts")  # XlsxWriter's spill files: beside the output, removed
    parts.mkdir(mode=0o700, exist_ok=True)
    book = xlsxwriter.Workbook(str(tmp), {"tmpdir": str(parts)})
    try:
        text = book.add_format({"num_format": "@"})
        head = book.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        reason = book.add_format({"bg_color": "#FFEB9C", "font_color": "#9C0006", "bold": True})
        bad = book.add_format({"bg_color": "#FFC7CE", "num_format": "@"})
        used: set[str] = set()
        sheets = by_sheet or {"导入错误": []}
        for name, rows in sheets.items():
            title = _sheet_title(name, used)
            ws = book.add_worksheet(title)
            header: Sequence[str] = labels.get(name, [])
            width = max([len(header), *(len(r.cells) for r in rows)])
            for c in range(width):
                ws.write_string(0, c, header[c] if c < len(header) else "", head)
                ws.set_column(c, c, 20 if "身份" in (header[c] if c < len(header) else "") else 12,
                              text)  # fmt: skip
            ws.write_string(0, width, REASON_LABEL, head)
            ws.write_string(0, width + 1, "原行号", head)
            ws.set_column(width, width, 48)
            for r, rejected in enumerate(rows, 1):
                for c in range(width):
                    value = rejected.cells[c] if c < len(rejected.cells) else None
                    fmt = bad if c == rejected.column_index else text
                    ws.write_string(r, c, cell_text(value), fmt)
                ws.write_string(r, width, f"{rejected.column}：{rejected.reason}", reason)
                ws.write_number(r, width + 1, rejected.row)
            ws.freeze_panes(1, 0)
        book.close()
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
        shutil.rmtree(parts, ignore_errors=True)
    return len(report.rejected)


def _sheet_title(name: str, used: set[str]) -> str:
    base = "".join(ch for ch in name if ch not in "[]:*?/\\")[:28] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        title, n = f"{base}{n}", n + 1
    used.add(title.lower())
    return title
