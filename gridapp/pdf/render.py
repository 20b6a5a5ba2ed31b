"""PDF pages as pixels, in-process with pdfium (pypdfium2): for the print preview and for
printing, on every platform (Windows laptops have no ``pdftoppm``).

The pages come out one at a time as plain RGB rows, so printing a 500-page visit book never
holds more than one page (an A4 page at 300 dpi is 26 MB) and the GUI turns them into images
without this module knowing Qt.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gridapp.services.common import ServiceError


@dataclass(frozen=True)
class PageImage:
    number: int  # 1-based
    width: int
    height: int
    stride: int  # bytes per row (rows may be padded)
    rgb: bytes  # height × stride bytes, three per pixel, red first


def _open(pdf: Path):  # type: ignore[no-untyped-def]
    import pypdfium2 as pdfium  # a native library: loaded when a PDF is first shown

    try:
        return pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        raise ServiceError(f"PDF 文件已损坏或无法读取：{Path(pdf).name}") from exc


def page_count(pdf: Path) -> int:
    doc = _open(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def pages(pdf: Path, dpi: int, first: int = 1, last: int | None = None) -> Iterator[PageImage]:
    """Pages ``first``…``last`` (1-based, inclusive; all by default) rendered at ``dpi``."""
    doc = _open(pdf)
    try:
        end = len(doc) if last is None else min(last, len(doc))
        for number in range(max(first, 1), end + 1):
            page = doc[number - 1]
            try:
                bitmap = page.render(scale=dpi / 72, rev_byteorder=True)  # RGB, not BGR
                try:
                    yield PageImage(
                        number, bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        doc.close()
