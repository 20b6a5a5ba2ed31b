"""A worker's photo kept in the register: what a phone or a scanner gives is turned upright,
cropped to the notice board's 3:4 box and stored as a small JPEG; what is not a photo (a text
file named .jpg, a truncated JPEG, a decompression bomb, a huge file) is refused in words.
Each change is in the change log as a digest (never the image); the history reads 照片：更新.
The notice board prints the stored photo; migration 0004 upgrades an older register."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, inspect, select

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, Worker
from gridapp.pdf import data
from gridapp.pdf.notice import write_notice
from gridapp.services import history_text, worker_photo
from gridapp.services.audit import verify_history
from gridapp.services.changelog import verify
from gridapp.services.common import ServiceError
from tests.core.work_helpers import small_register


def image_bytes(
    size: tuple[int, int], fmt: str = "JPEG", color: tuple[int, ...] = (200, 60, 60), **kw: object
) -> bytes:
    mode = "RGBA" if len(color) == 4 else "RGB"
    out = io.BytesIO()
    Image.new(mode, size, color).save(out, fmt, **kw)
    return out.getvalue()


def portrait_on_its_side() -> bytes:
    """A phone photo stored landscape with EXIF orientation 6 (turn 90° clockwise to view):
    its left half red, right half blue; upright, the red is on top."""
    img = Image.new("RGB", (800, 600), (0, 0, 255))
    img.paste((255, 0, 0), (0, 0, 400, 600))
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def opened(jpeg: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(jpeg))
    img.load()
    return img


# ---------------------------------------------------------------- prepare: good input


@pytest.mark.parametrize(
    ("size", "fmt"), [((4000, 3000), "JPEG"), ((1200, 1600), "PNG"), ((295, 413), "JPEG")]
)
def test_phone_and_scanner_images_become_a_small_3_by_4_jpeg(
    size: tuple[int, int], fmt: str
) -> None:
    jpeg = worker_photo.prepare(image_bytes(size, fmt))
    img = opened(jpeg)
    assert img.format == "JPEG" and img.size == worker_photo.BOX
    assert len(jpeg) <= worker_photo.MAX_JPEG
    assert worker_photo.is_prepared(jpeg)


def test_phone_jpeg_with_a_second_picture_mpo_is_accepted() -> None:
    first, second = Image.new("RGB", (1200, 1600), (200, 0, 0)), Image.new("RGB", (320, 240))
    out = io.BytesIO()
    first.save(out, "MPO", save_all=True, append_images=[second])
    assert Image.open(io.BytesIO(out.getvalue())).format == "MPO"
    assert opened(worker_photo.prepare(out.getvalue())).size == worker_photo.BOX


def test_exif_orientation_is_corrected() -> None:
    img = opened(worker_photo.prepare(portrait_on_its_side()))
    assert img.size == (300, 400)
    top, bottom = img.getpixel((150, 40)), img.getpixel((150, 360))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 200 and top[2] < 60  # red above
    assert bottom[2] > 200 and bottom[0] < 60  # blue below


def test_transparent_png_prints_white_and_noise_stays_bounded() -> None:
    img = opened(worker_photo.prepare(image_bytes((600, 800), "PNG", (0, 0, 0, 0))))
    assert img.getpixel((10, 10)) == pytest.approx((255, 255, 255), abs=3)
    noisy = Image.effect_noise((1500, 2000), 120).convert("RGB")  # hard to compress
    out = io.BytesIO()
    noisy.save(out, "PNG")
    assert len(worker_photo.prepare(out.getvalue())) <= worker_photo.MAX_JPEG


# ---------------------------------------------------------------- prepare: bad input


def test_text_file_named_jpg_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "照片.jpg"
    fake.write_text("这不是图片，是一段文字", encoding="utf-8")
    with pytest.raises(ServiceError, match="这不是照片"):
        worker_photo.prepare(worker_photo.read_file(fake))


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"", "空"),
        (b"GIF89a" + b"\0" * 100, "这不是照片"),  # an image, but not JPEG or PNG
        (b"%PDF-1.4 not a photo", "这不是照片"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "这不是照片"),  # a PNG signature and nothing
    ],
)
def test_what_is_not_a_photo_is_refused(payload: bytes, words: str) -> None:
    with pytest.raises(ServiceError, match=words):
        worker_photo.prepare(payload)


def test_truncated_jpeg_is_refused() -> None:
    good = image_bytes((1200, 1600), "JPEG", quality=95)
    with pytest.raises(ServiceError, match="不完整或已损坏"):
        worker_photo.prepare(good[: len(good) // 2])


def test_decompression_bomb_png_is_refused_before_decoding() -> None:
    bomb = image_bytes((12000, 12000), "PNG", (0, 0, 0))  # 144 megapixels, a few hundred KB
    assert len(bomb) < 2 * 1024 * 1024
    with pytest.raises(ServiceError, match="像素"):
        worker_photo.prepare(bomb)


def test_huge_file_and_tiny_image_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    with big.open("wb") as f:
        f.truncate(worker_photo.MAX_FILE + 1)
    with pytest.raises(ServiceError, match="太大"):
        worker_photo.read_file(big)
    with pytest.raises(ServiceError, match="太大"):
        worker_photo.prepare(b"\xff\xd8" + b"\0" * worker_photo.MAX_FILE)
    with pytest.raises(ServiceError, match="太小"):
        worker_photo.prepare(image_bytes((40, 50)))
    with pytest.raises(ServiceError, match="无法读取"):
        worker_photo.read_file(tmp_path / "missing.jpg")


# ---------------------------------------------------------------- the register and the log


def test_set_replace_remove_logged_as_digests(engine: Engine) -> None:
    with session_scope(engine) as s:
        wid = small_register(s).workers["张网格"]
    first = image_bytes((900, 1200), color=(10, 200, 10))
    with session_scope(engine) as s:
        assert worker_photo.set_photo(s, wid, first, actor="王站长")
    with session_scope(engine) as s:
        stored = worker_photo.photo_of(s, wid)
        assert stored is not None and worker_photo.is_prepared(stored)
        assert not worker_photo.set_photo(s, wid, stored)  # the same photo: nothing logged
        worker_photo.set_photo(s, wid, image_bytes((900, 1200), "PNG", (10, 10, 200)))
    with session_scope(engine) as s:
        worker_photo.remove_photo(s, wid, actor="王站长")
        assert worker_photo.photo_of(s, wid) is None
        with pytest.raises(ServiceError, match="还没有照片"):
            worker_photo.remove_photo(s, wid)
    with session_scope(engine) as s:
        entries = s.scalars(
            select(ChangeLog).where(ChangeLog.entity == "worker").order_by(ChangeLog.id)
        ).all()
        assert [(e.field, e.old is None, e.new is None) for e in entries] == [
            ("photo", True, False), ("photo", False, False), ("photo", False, True),
        ]  # fmt: skip
        assert entries[0].actor == "王站长" and entries[0].new == worker_photo.digest(stored)
        assert all(len(e.old or "") < 40 and len(e.new or "") < 40 for e in entries)
        assert verify(s) is None
        lines = history_text.describe(
            [history_text.entry_of(e) for e in entries], history_text.session_rows(s)
        )
        texts = [line.text() for line in lines]
        assert "张网格 修改 照片：更新" in texts[0] and "王站长" in texts[0]
        assert texts[2].endswith("照片：删除")
        assert not any("sha256" in t for t in texts)
        assert verify_history(s).intact


def test_older_registers_file_path_is_the_fallback(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "old_photo.jpg"
    path.write_bytes(image_bytes((300, 400)))
    with session_scope(engine) as s:
        wid = small_register(s).workers["李网格"]
        s.get(Worker, wid).photo = str(path)  # type: ignore[union-attr]
    with session_scope(engine) as s:
        assert worker_photo.photo_of(s, wid) == path.read_bytes()
        worker_photo.set_photo(s, wid, path.read_bytes())  # now kept in the register
        worker = s.get(Worker, wid)
        assert worker is not None and worker.photo == "" and worker.photo_jpeg
        entry = s.scalars(select(ChangeLog).where(ChangeLog.entity == "worker")).one()
        assert entry.old == str(path)


def test_find_worker_by_name_and_grid(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        s.add(Worker(area_id=small.grid2, name="张网格"))
        s.flush()
        with pytest.raises(ServiceError, match="有 2 名网格员叫“张网格”"):
            worker_photo.find_worker(s, "张网格")
        assert worker_photo.find_worker(s, "张网格", small.grid1) == small.workers["张网格"]
        assert worker_photo.find_worker(s, " 王网格 ") == small.workers["王网格"]
        with pytest.raises(ServiceError, match="没有名叫“赵网格”"):
            worker_photo.find_worker(s, "赵网格")
        with pytest.raises(ServiceError, match="该网格中没有"):
            worker_photo.find_worker(s, "王网格", small.grid1)


# ---------------------------------------------------------------- the notice board


def test_notice_board_prints_the_stored_photo(engine: Engine, tmp_path: Path) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        worker_photo.set_photo(s, small.workers["张网格"], image_bytes((900, 1200)))
    with session_scope(engine) as s:
        notice = data.notice_data(s, "一网格")
    with_photo = [w for w in notice.workers if w.photo_jpeg]
    assert [w.name for w in with_photo] == ["张网格"]
    out = tmp_path / "notice.pdf"
    write_notice(notice, out)
    listed = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    rows = listed.stdout.strip().splitlines()[2:]
    assert len(rows) == 1 and rows[0].split()[3:5] == ["300", "400"]  # one photo, as stored
    page = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(page)], check=True)
    picture = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    raw = picture.tobytes()
    reds = sum(
        1 for i in range(0, len(raw), 3) if raw[i] > 170 and raw[i + 1] < 100 and raw[i + 2] < 100
    )
    assert reds > 300  # the red photo is on the page, not the grey 照片 box


def test_migration_0004_upgrades_a_register_without_loss(tmp_path: Path) -> None:
    """An existing register (at 0003) upgrades: its workers stay, with no stored photo."""
    from gridapp.db import migrate
    from gridapp.db.engine import open_register
    from gridapp.services.demo import build_demo
    from tests.helpers.revisions import downgrade

    path = tmp_path / "old.db"
    engine = open_register(path)
    with session_scope(engine) as s:
        build_demo(s, households=20, seed=3)
    downgrade(engine, "0003")
    assert migrate.current_revision(engine) == "0003"
    assert "photo_jpeg" not in {c["name"] for c in inspect(engine).get_columns("worker")}
    with engine.connect() as conn:
        before = conn.exec_driver_sql("SELECT id, uuid, name, phone, photo FROM worker").fetchall()
    engine.dispose()
    assert before

    engine = open_register(path)
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        after = conn.exec_driver_sql(
            "SELECT id, uuid, name, phone, photo, photo_jpeg FROM worker"
        ).fetchall()
    assert [tuple(r[:5]) for r in after] == [tuple(r) for r in before]
    assert all(r[5] is None for r in after)
    with session_scope(engine) as s:
        assert verify_history(s).intact
        worker_photo.set_photo(s, int(after[0][0]), image_bytes((600, 800)))
    engine.dispose()
