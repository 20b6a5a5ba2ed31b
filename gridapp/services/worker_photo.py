"""A worker's photo for the notice board (网格员公示牌), kept in the register.

A photo comes from a phone or a scanner: JPEG or PNG, of any size, often turned by its EXIF
orientation. ``prepare`` refuses what is not such an image (a text file named .jpg, a
truncated JPEG, a decompression bomb, a file too big) with a message in the user's words,
turns it upright, crops it to the notice board's photo box (3:4, a little above the middle,
where a face is) and stores a JPEG of bounded size (``MAX_JPEG``). The photo is kept in the
worker's row (``worker.photo_jpeg``), so it travels when registers are combined; the older
``worker.photo`` (a file path) is only read, as a fallback.

Every change is recorded through the change writer as field ``photo``, old → new as a short
digest of the JPEG (never the image itself); the history reads "照片：更新".
"""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db.models import Area, Worker
from gridapp.services import settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NotFound, ServiceError
from gridapp.services.lookups import live_row

BOX = (300, 400)  # width, height: the notice board's photo box is about 3:4
MAX_FILE = 25 * 1024 * 1024  # a phone's photo is 2-12 MB; a scan at 600 dpi may be more
MAX_PIXELS = 64_000_000  # a 50-megapixel phone camera passes; a decompression bomb does not
MIN_SIDE = 60  # smaller than a stamp: nothing to print
MAX_JPEG = 80 * 1024  # what one stored photo may take in the register
FIELD = "photo"  # the change log's field for the photo (``vocab.WORK_LABELS``: 照片)
FORMATS = ("JPEG", "PNG")  # Pillow opens a phone's MPO (a JPEG with a second picture) as JPEG
DIGEST = "sha256:"


def digest(jpeg: bytes) -> str:
    """What the change log holds for a photo: a short digest, never the image."""
    return DIGEST + hashlib.sha256(jpeg).hexdigest()[:16]


def _open(data: bytes) -> Image.Image:
    if not data:
        raise ServiceError("图片文件是空的")
    if len(data) > MAX_FILE:
        raise ServiceError(
            f"图片文件太大（{len(data) / 1024 / 1024:.0f} MB），请选用不超过 "
            f"{MAX_FILE // 1024 // 1024} MB 的照片"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise ServiceError("图片的像素太多，不像一张照片，请换一张（如用手机重新拍摄）") from exc
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise ServiceError("这不是照片：请选用 JPEG（.jpg）或 PNG（.png）格式的图片") from exc
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise ServiceError(
            f"图片太大（{width}×{height} 像素），请选用不超过 {MAX_PIXELS // 1_000_000} "
            "百万像素的照片"
        )
    if min(width, height) < MIN_SIDE:
        raise ServiceError(f"图片太小（{width}×{height} 像素），打印出来看不清，请换一张")
    return image


def _decoded(image: Image.Image) -> Image.Image:
    """The pixels, read (a big JPEG at a fraction of its size: the box is small)."""
    try:
        if image.format in ("JPEG", "MPO"):
            image.draft("RGB", (BOX[0] * 2, BOX[1] * 2))
        image.load()
    except (OSError, ValueError, SyntaxError) as exc:  # a truncated or damaged file
        raise ServiceError("图片文件不完整或已损坏，请重新复制或重新拍摄") from exc
    try:
        upright = ImageOps.exif_transpose(image)
    except Exception:  # a damaged EXIF block: the picture as it is stored
        upright = image
    if upright.mode in ("RGBA", "LA", "P", "PA"):
        rgba = upright.convert("RGBA")
        plain = Image.new("RGB", rgba.size, (255, 255, 255))  # transparency prints white
        plain.paste(rgba, mask=rgba.getchannel("A"))
        return plain
    return upright.convert("RGB")


def _jpeg(image: Image.Image) -> bytes:
    for quality in (85, 75, 65, 55, 45):
        out = io.BytesIO()
        image.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= MAX_JPEG:
            break
    return out.getvalue()


def is_prepared(data: bytes) -> bool:
    """Already a photo as ``prepare`` makes it (a JPEG of the box's size, small enough)."""
    if len(data) > MAX_JPEG or not data.startswith(b"\xff\xd8"):
        return False
    try:
        with Image.open(io.BytesIO(data), formats=("JPEG",)) as image:
            return image.size == BOX
    except Exception:
        return False


def prepare(data: bytes) -> bytes:
    """The photo as stored: upright, cropped to 3:4, ``BOX`` pixels, a JPEG of at most
    ``MAX_JPEG`` bytes; or ``ServiceError`` saying why the file will not do."""
    image = _decoded(_open(data))
    fitted = ImageOps.fit(image, BOX, Image.Resampling.LANCZOS, centering=(0.5, 0.4))
    return _jpeg(fitted)


def read_file(path: str | Path) -> bytes:
    """A photo file's bytes (refusing a huge file before reading it)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE:
            raise ServiceError(
                f"图片文件太大（{size / 1024 / 1024:.0f} MB），请选用不超过 "
                f"{MAX_FILE // 1024 // 1024} MB 的照片"
            )
        return file.read_bytes()
    except OSError as exc:
        raise ServiceError(f"无法读取图片文件 {file.name}：{exc.strerror or exc}") from exc


# ---------------------------------------------------------------- the register


def _worker(session: Session, worker_id: int) -> Worker:
    return live_row(session, Worker, worker_id, "网格员")


def _old(worker: Worker) -> str | None:
    if worker.photo_jpeg:
        return digest(worker.photo_jpeg)
    return worker.photo or None  # an older register's file path


def set_photo(session: Session, worker_id: int, data: bytes, actor: str = "") -> bool:
    """Store ``data`` (any photo ``prepare`` accepts, or one it made) as the worker's photo;
    recorded in the change log. False: it was that photo already."""
    worker = _worker(session, worker_id)
    jpeg = data if is_prepared(data) else prepare(data)
    old = _old(worker)
    new = digest(jpeg)
    if old == new:
        return False
    worker.photo_jpeg = jpeg
    worker.photo = ""  # the stored photo replaces an older register's file
    writer = ChangeWriter(session, actor or settings.operator(session))
    writer.add("worker", worker.id, worker.uuid, "update", FIELD, old, new)
    writer.flush()
    session.flush()
    return True


def remove_photo(session: Session, worker_id: int, actor: str = "") -> None:
    """No photo for the worker any more (the notice board prints the empty box); logged."""
    worker = _worker(session, worker_id)
    old = _old(worker)
    if old is None:
        raise ServiceError(f"网格员“{worker.name}”还没有照片")
    worker.photo_jpeg = None
    worker.photo = ""
    writer = ChangeWriter(session, actor or settings.operator(session))
    writer.add("worker", worker.id, worker.uuid, "update", FIELD, old, None)
    writer.flush()
    session.flush()


def photo_of(session: Session, worker_id: int) -> bytes | None:
    """The worker's photo as the notice board prints it: the stored JPEG, else the file an
    older register named (if it is still there), else None."""
    worker = _worker(session, worker_id)
    return stored_or_file(worker.photo_jpeg, worker.photo)


def stored_or_file(jpeg: bytes | None, path: str) -> bytes | None:
    if jpeg:
        return jpeg
    if not path:
        return None
    from gridapp import paths

    for candidate in (Path(path), paths.data_dir() / path):
        try:
            if candidate.is_file() and candidate.stat().st_size <= MAX_FILE:
                return candidate.read_bytes()
        except OSError:
            continue
    return None


def find_worker(session: Session, name: str, grid_id: int | None = None) -> int:
    """The one worker of that name (in that grid, or a grid below it); a clear refusal when
    there is none or more than one."""
    clean = name.strip()
    query = (
        select(Worker.id, Area.name)
        .join(Area, Worker.area_id == Area.id)
        .where(Worker.name == clean, Worker.deleted_at.is_(None))
        .order_by(Worker.id)
    )
    rows = list(session.execute(query))
    if grid_id is not None:
        inside = _area_and_below(session, grid_id)
        rows = [r for r in rows if _area_of(session, int(r[0])) in inside]
    if not rows:
        where = "该网格" if grid_id is not None else "台账"
        raise NotFound(f"{where}中没有名叫“{clean}”的网格员")
    if len(rows) > 1:
        grids = "、".join(str(r[1]) for r in rows)
        raise ServiceError(f"有 {len(rows)} 名网格员叫“{clean}”（{grids}），请指明网格")
    return int(rows[0][0])


def _area_of(session: Session, worker_id: int) -> int:
    return int(_worker(session, worker_id).area_id)


def _area_and_below(session: Session, area_id: int) -> set[int]:
    parents: dict[int, int | None] = {
        int(a): b for a, b in session.execute(select(Area.id, Area.parent_id))
    }
    found = {area_id}
    changed = True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in found and child not in found:
                found.add(child)
                changed = True
    return found
