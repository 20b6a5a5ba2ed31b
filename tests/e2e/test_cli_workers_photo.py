"""``gridapp workers photo NAME FILE`` as a user runs it: a real phone-sized JPEG goes into the
register and onto the notice board; a text file named .jpg, a truncated JPEG and a missing
file are refused in words; ``--remove`` takes it off again."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
from pathlib import Path

from PIL import Image

from tests.e2e.test_cli_register import gridapp


def _workers(db: str) -> list[dict[str, object]]:
    done = gridapp("--db", db, "workers", "list", "--json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def test_photo_set_printed_refused_and_removed(tmp_path: Path) -> None:
    db = str(tmp_path / "r.db")
    assert gridapp("--db", db, "demo", "--households", "20").returncode == 0
    worker = next(w for w in _workers(db) if w["active"])
    name, grid = str(worker["name"]), str(worker["grid"])
    assert worker["photo"] is False

    photo = tmp_path / "手机照片.jpg"
    img = Image.new("RGB", (3000, 4000), (220, 30, 30))
    img.save(photo, "JPEG", quality=92)
    done = gridapp("--db", db, "workers", "photo", name, str(photo), "--grid", grid)
    assert done.returncode == 0, done.stderr
    assert f"已保存网格员 {name} 的照片" in done.stdout
    assert next(w for w in _workers(db) if w["name"] == name)["photo"] is True
    with sqlite3.connect(db) as c:
        (jpeg,) = c.execute("SELECT photo_jpeg FROM worker WHERE id = ?", [worker["id"]]).fetchone()
        logged = c.execute(
            "SELECT field, old, new FROM change_log WHERE entity = 'worker'"
        ).fetchall()
    assert Image.open(io.BytesIO(jpeg)).size == (300, 400)
    assert logged and logged[-1][0] == "photo" and logged[-1][1] is None
    assert logged[-1][2].startswith("sha256:") and len(logged[-1][2]) < 40

    again = gridapp("--db", db, "workers", "photo", name, str(photo), "--grid", grid)
    assert again.returncode == 0 and "未改变" in again.stdout

    notice = tmp_path / "notice.pdf"
    done = gridapp("--db", db, "print", "notice", "--grid", grid, str(notice))
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(["pdfimages", "-list", str(notice)], capture_output=True, text=True)
    assert any(line.split()[3:5] == ["300", "400"] for line in listed.stdout.splitlines()[2:])

    fake = tmp_path / "假照片.jpg"
    fake.write_text("这是一段文字", encoding="utf-8")
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(photo.read_bytes()[:4000])
    for bad, words in ((fake, "这不是照片"), (cut, "不完整"), (tmp_path / "无.jpg", "无法读取")):
        refused = gridapp("--db", db, "workers", "photo", name, str(bad), "--grid", grid)
        assert refused.returncode == 1 and words in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    nobody = gridapp("--db", db, "workers", "photo", "没有此人", str(photo))
    assert nobody.returncode == 1 and "没有名叫“没有此人”的网格员" in nobody.stderr
    both = gridapp("--db", db, "workers", "photo", name, str(photo), "--remove")
    assert both.returncode == 2 and "二者选一" in both.stderr

    removed = gridapp("--db", db, "workers", "photo", name, "--grid", grid, "--remove")
    assert removed.returncode == 0, removed.stderr
    assert next(w for w in _workers(db) if w["name"] == name)["photo"] is False
    twice = gridapp("--db", db, "workers", "photo", name, "--grid", grid, "--remove")
    assert twice.returncode == 1 and "还没有照片" in twice.stderr
    verified = gridapp("--db", db, "audit", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    history = gridapp("--db", db, "audit", "history")
    assert history.returncode == 0, history.stderr
    said = [line for line in history.stdout.splitlines() if "照片" in line]
    assert len(said) == 2 and "照片：删除" in said[0] and "照片：更新" in said[1], said
    assert name in said[1] and "sha256" not in history.stdout
