"""Household card, grid notice, duty roster and the monthly report PDF: fonts, text, figures."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from gridapp.db.engine import session_scope
from gridapp.db.models import Area, Household, Worker
from gridapp.domain import idcard
from gridapp.pdf import data
from gridapp.pdf.duty_roster import write_duty_roster
from gridapp.pdf.household_card import write_household_card
from gridapp.pdf.monthly_report import write_monthly_pdf
from gridapp.pdf.notice import write_notice
from gridapp.services import duty, places
from gridapp.services.common import CancelFlag, Cancelled, ServiceError
from gridapp.services.search import qr_text
from tests.core.test_pdf_visit_sheet import (
    assert_fonts_embedded,
    big_id,
    decode_qr,
    make_sample,
    pdf_pages,
    pdf_text,
)


def test_household_card_whole_family_on_one_page(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    with session_scope(engine) as s:
        h = make_sample(s)
        uuid = h.uuid
        sheet = next(data.iter_sheets(s, [h.id], full=True))
    write_household_card(sheet, out)
    assert pdf_pages(out) == 1
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert "居民户卡" in text and "BIG-0001" in text and "共 13 人" in text
    for k in range(3, 13):
        assert f"测试成员{k:02d}" in text  # 13 members, all of them on the page
    assert "1940-01-01" in text and "特殊人群：低保" in text and "状态：外出" in text
    assert big_id(0, 100) not in text and idcard.mask(big_id(0, 100)) in text
    assert not re.findall(r"\d{17}[\dX]", text)
    assert decode_qr(out, 1, tmp_path) == [qr_text(uuid)]

    full = tmp_path / "card-full.pdf"
    write_household_card(sheet, full, full_id=True)
    assert big_id(0, 100) in pdf_text(full)


def test_notice_in_large_type(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "notice.pdf"
    with session_scope(demo_engine) as s:
        notice = data.notice_data(s, "东方花园第一网格")
        hidden = s.scalars(
            select(Worker).where(Worker.area_id == places.grid_by_name(s, "东方花园第一网格").id)
        ).first()
        assert hidden is not None
        hidden.published = False  # a worker who does not publish is left out
    with session_scope(demo_engine) as s:
        notice = data.notice_data(s, "东方花园第一网格")
    write_notice(notice, out)
    assert pdf_pages(out) == 1
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert "网格员公示牌" in text and "东方花园第一网格" in text and "值班电话" in text
    assert notice.duty_phone and notice.duty_phone in text
    assert len(notice.workers) == 2 and hidden.name not in text
    for w in notice.workers:
        assert w.name in text and w.phone in text
    with session_scope(demo_engine) as s, pytest.raises(ServiceError, match="没有名为"):
        data.notice_data(s, "没有这个网格")


def test_notice_with_many_workers_long_names_and_photos(tmp_path: Path) -> None:
    import subprocess

    from PIL import Image

    photo = tmp_path / "photo.png"
    Image.new("RGB", (60, 80), (200, 120, 90)).save(photo)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not an image")
    names = ["欧阳纳兰容若慕容复令狐", "李敏", "王五", "赵六", "钱七", "孙八", "周九"]
    workers = tuple(
        data.WorkerRow(name, "专职网格员", f"1380013800{k}", str(photo) if k == 1 else str(broken))
        for k, name in enumerate(names)
    )
    notice = data.NoticeData(
        "很长很长的网格名称" * 4, "某社区", "某街道", "范围" * 80, "", "", workers
    )
    out = tmp_path / "notice.pdf"
    write_notice(notice, out)
    text = pdf_text(out)
    assert pdf_pages(out) == 1 and "孙八" in text and "周九" not in text  # six cards at most
    assert "13800138000" in text and "请拨打上方网格员电话" in text  # no duty phone given
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(images.stdout.strip().splitlines()) == 3  # header lines + the one good photo


def test_duty_roster_one_page_per_grid(demo_engine: Engine, tmp_path: Path) -> None:
    with session_scope(demo_engine) as s:
        duty.generate_roster(s, 2026, 10)
    with session_scope(demo_engine) as s:
        grid = places.grid_by_name(s, "东方花园第一网格")
        mine = duty.roster(s, 2026, 10, grid.id)
        everyone = duty.roster(s, 2026, 10)
        grids = {r.area for r in everyone}
    out = tmp_path / "duty.pdf"
    assert write_duty_roster(mine, out, year=2026, month=10, duty_phone="0371-1234") == 1
    text = pdf_text(out)
    assert_fonts_embedded(out)
    assert "2026年10月" in text and "10月1日" in text and "10月31日" in text and "国庆节" in text
    assert all(r.name in text and r.phone in text for r in mine)
    assert "调休上班" in text  # 2026-10-10
    all_out = tmp_path / "duty-all.pdf"
    assert (
        write_duty_roster(everyone, all_out, year=2026, month=10)
        == len(grids)
        == pdf_pages(all_out)
    )
    with pytest.raises(ServiceError, match="还没有排班"):
        write_duty_roster([], tmp_path / "none.pdf", year=2026, month=9)
    assert not (tmp_path / "none.pdf").exists()


def test_monthly_report_pdf_shows_the_workbook_figures(demo_engine: Engine, tmp_path: Path) -> None:
    from gridapp.services.monthly import monthly_figures, summary_rows

    today = dt.date.today()
    with session_scope(demo_engine) as s:
        figures = monthly_figures(s, today.year, today.month)
    out = tmp_path / "monthly.pdf"
    seen: list[int] = []
    write_monthly_pdf(figures, out, lambda d, t, m: seen.append(d), CancelFlag())
    assert seen and seen[-1] == 6
    assert pdf_pages(out) >= 2
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert f"{figures.area} 网格工作月报" in text and figures.this.label in text
    for _section, label, _now, _before in summary_rows(figures):
        assert label.split(" ")[0] in text, label
    assert f"{figures.this.coverage * 100:.1f}%" in text
    assert str(figures.this.households) in text and str(figures.this.issues.raised) in text
    for line in figures.this.grids:
        assert line.grid in text
    cancel = CancelFlag()
    cancel.cancel()
    with pytest.raises(Cancelled):
        write_monthly_pdf(figures, tmp_path / "cancelled.pdf", lambda *a: None, cancel)
    assert not (tmp_path / "cancelled.pdf").exists()


def test_missing_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics

    from gridapp.pdf import fonts

    monkeypatch.setattr(pdfmetrics, "getRegisteredFontNames", lambda: [])
    monkeypatch.setattr(fonts, "font_path", lambda: str(tmp_path / "missing.ttc"))
    with pytest.raises(ServiceError, match="中文字体"):
        fonts.ensure_font()


def test_area_without_grid_level_households(engine: Engine) -> None:
    with session_scope(engine) as s:
        s.add(Area(level="三级网格", name="空网格"))
    with session_scope(engine) as s, pytest.raises(ServiceError, match="没有在册的户"):
        data.select_households(s, grid="空网格")
    with session_scope(engine) as s:
        assert s.scalars(select(Household)).first() is None
