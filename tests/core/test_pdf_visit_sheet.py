"""Door-visit forms: one page per household, CJK text, masking, QR round trip, odd households."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import (
    Area,
    GroupKind,
    GroupMembership,
    Household,
    Issue,
    Person,
    ServiceRequest,
    Visit,
)
from gridapp.domain import idcard
from gridapp.pdf import data
from gridapp.pdf.layout import ellipsize, width, wrap
from gridapp.pdf.visit_sheet import write_visit_sheets
from gridapp.services import register
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import CancelFlag, Cancelled
from gridapp.services.search import qr_text, search

LONG_NAMES = ("阿卜杜热合曼·买买提艾力", "欧阳纳兰容若慕容复令狐冲", "Alexandra Konstantinopoulou")


def big_id(k: int, seq: int) -> str:
    return idcard.make("410106", dt.date(1940 + 5 * k, 1 + k % 12, 1 + k), seq + k)


def make_sample(
    session: Session, members: int = 13, number: str = "BIG-0001", seq: int = 100
) -> Household:
    """A household made to stress the forms: many members, long names and address, missing
    data, a long last visit, several open issues and an open proxy service."""
    w = ChangeWriter(session, "测试")
    grid = session.scalars(select(Area).where(Area.level.in_(vocab.GRID_LEVELS))).first()
    if grid is None:
        top = Area(level="社区", name="测试社区")
        grid = Area(
            level="三级网格",
            name="测试社区第一网格（长名称示例网格）",
            parent=top,
            service_hours="工作日 8:30-18:00",
            duty_phone="0371-68920000",
        )
        session.add_all([top, grid])
        session.flush()
    h = register.create_household(
        session,
        w,
        number=number,
        grid_id=grid.id,
        housing="出租",
        address="郑州市中原区工业路街道东方花园小区东区12号楼3单元1702室（西户，靠近北门垃圾站旁边）",
        hazards="楼道堆放杂物；电动车飞线充电",
    )
    relations_cycle = (
        "户主",
        "配偶",
        "子",
        "女",
        "儿媳",
        "孙子",
        "孙女",
        "母亲",
        "兄弟姐妹",
        "其他",
    )
    for k in range(members):
        fields: dict[str, object] = {
            "name": LONG_NAMES[k] if k < 3 else f"测试成员{k:02d}",
            "relation": "户主" if k == 0 else relations_cycle[1 + (k - 1) % 9],
        }
        if k != 4:  # one member without ID number, phone or birth date
            fields["id_number"] = big_id(k, seq)
            fields["phone"] = f"1380013{k:04d}"
        if k == 5:
            fields["status"] = vocab.STATUS_AWAY
        register.create_person(session, w, h, **fields)
    session.flush()
    head = h.members[0]
    for code in ("dibao", "canji", "dujv"):
        kind = session.scalars(select(GroupKind).where(GroupKind.code == code)).first()
        if kind is not None:
            session.add(GroupMembership(person_id=head.id, group_id=kind.id))
    session.add(
        Visit(
            household_id=h.id,
            visited_on=dt.date(2026, 10, 12),
            visitor="李敏",
            way="入户",
            situation="老人腿脚不便，" * 12,
            difficulties="残疾证到期需要换证",
            requests="希望加装楼道扶手",
        )
    )
    for k in range(5):
        session.add(
            Issue(
                title=f"楼道照明损坏第{k + 1}处，需要物业维修并回访确认",
                household_id=h.id,
                reported_on=dt.date(2026, 11, 1 + k),
                state=vocab.ISSUE_ASSIGNED,
                due_on=dt.date(2026, 11, 8 + k),
            )
        )
    session.add(
        ServiceRequest(
            household_id=h.id,
            errand="残疾证办理",
            requested_on=dt.date(2026, 11, 3),
            state="材料收集",
            materials_missing="一寸照片两张",
        )
    )
    w.flush()
    return h


# ---------------------------------------------------------------- looking at PDFs as a user would


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    done = subprocess.run([*cmd, str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in done.stdout.splitlines()[2:] if line.strip()]


def assert_fonts_embedded(path: Path) -> None:
    fonts = pdf_fonts(path)
    assert fonts, "no font in the PDF"
    for row in fonts:
        # name type encoding emb sub uni ...: the CJK font, embedded as a subset, with ToUnicode
        assert "WenQuanYiMicroHei" in row[0], row
        assert row[-5:-2] == ["yes", "yes", "yes"], row


def decode_qr(path: Path, page: int, tmp: Path) -> list[str]:
    from PIL import Image
    from pyzbar.pyzbar import decode

    prefix = tmp / f"qr-{path.stem}-{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "150",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(prefix),
        ],
        check=True,
    )
    with Image.open(f"{prefix}.png") as image:
        return [d.data.decode("utf-8") for d in decode(image)]


def _print(session: Session, out: Path, full_id: bool = False, **select: object) -> int:
    selection = data.select_households(session, **select)  # type: ignore[arg-type]
    ids = selection.household_ids
    return write_visit_sheets(
        data.iter_sheets(session, ids, every_cycle=selection.every_cycle),
        len(ids),
        out,
        cycle=selection.cycle,
        full_id=full_id,
    )


# ---------------------------------------------------------------- the demo register


def test_demo_register_one_masked_page_per_household(demo_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    with session_scope(demo_engine) as s:
        pages = _print(s, out)
        active = s.scalar(
            select(func.count(Household.id)).where(
                Household.status == vocab.HOUSEHOLD_ACTIVE, Household.deleted_at.is_(None)
            )
        )
        numbers = [n for n in s.scalars(select(Person.id_number)) if n]
        households = list(
            s.scalars(
                select(Household.number).where(
                    Household.number != "", Household.status == vocab.HOUSEHOLD_ACTIVE
                )
            )
        )
    assert pages == active and pdf_pages(out) == active > 300
    assert_fonts_embedded(out)
    text = pdf_text(out)
    assert text.count("入户走访记录表") == active  # selectable, searchable Chinese
    assert "家庭成员" in text and "安全隐患" in text and "居民（签字）" in text
    assert not re.findall(r"\d{17}[\dX]", text)  # never a whole ID number
    assert len(numbers) > 900
    assert idcard.mask(numbers[0]) in text
    assert sum(1 for n in households if n in text) == len(households)
    assert not list(tmp_path.glob(".gridapp-*"))  # no temporary file left


# ---------------------------------------------------------------- a small register


@pytest.fixture
def sample(engine: Engine) -> Engine:
    with session_scope(engine) as s:
        make_sample(s)  # 13 members
        make_sample(s, members=9, number="BIG-0002", seq=300)
        w = ChangeWriter(s, "测试")
        grid = s.scalars(select(Area).where(Area.level == "三级网格")).one()
        bare = register.create_household(s, w, number="EMPTY-01", grid_id=grid.id)
        register.create_person(s, w, bare, name="李四", relation="户主")  # nothing else known
        w.flush()
    return engine


def _uuids(engine: Engine) -> dict[str, str]:
    with session_scope(engine) as s:
        return {n: u for n, u in s.execute(select(Household.number, Household.uuid))}


def test_qr_code_decodes_to_what_the_search_box_accepts(sample: Engine, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    with session_scope(sample) as s:
        assert _print(s, out) == 3
    uuids = _uuids(sample)
    by_page = {}
    for page in (1, 2, 3):
        (decoded,) = decode_qr(out, page, tmp_path)
        by_page[page] = decoded
    assert sorted(by_page.values()) == sorted(qr_text(u) for u in uuids.values())
    with session_scope(sample) as s:
        for number, uuid in uuids.items():
            hits = search(s, qr_text(uuid))
            assert hits and {h.household for h in hits} == {number}


def test_big_households_long_names_and_missing_data(sample: Engine, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    with session_scope(sample) as s:
        _print(s, out)
    assert pdf_pages(out) == 3
    pages = [pdf_text(out, k) for k in (1, 2, 3)]
    big13 = next(p for p in pages if "BIG-0001" in p)
    big9 = next(p for p in pages if "BIG-0002" in p)
    empty = next(p for p in pages if "EMPTY-01" in p)
    assert "共 13 人" in big13 and "另有 2 人未列出" in big13  # 11 rows + the note
    assert all(f"测试成员{k:02d}" in big9 for k in range(3, 9))  # 9 members: all listed
    assert "另有" not in big9.split("二、")[0]
    assert "阿卜杜" in big9 and "Alexandra" in big9  # long names shrunk / wrapped, not dropped
    assert "本周期必访" in big13  # 低保 needs a visit every cycle
    assert "楼道照明损坏第1处" in big13 and "另有 4 项" in big13
    assert "2026-10-12" in big13 and "本户尚无走访记录" in empty
    assert "李四" in empty and "None" not in "".join(pages)
    for p in pages:
        assert "410106" not in p or "********" in p


def test_full_id_when_asked(sample: Engine, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    with session_scope(sample) as s:
        _print(s, out, full_id=True)
        number = s.scalars(select(Person.id_number).where(Person.id_number != "")).first()
    assert number and number in pdf_text(out)
    assert "完整身份证号" in pdf_text(out, 1)


def test_due_only_skips_visited_households_and_keeps_walk_order(
    sample: Engine, tmp_path: Path
) -> None:
    with session_scope(sample) as s:
        big = s.scalars(select(Household).where(Household.number == "BIG-0002")).one()
        s.add(
            Visit(household_id=big.id, visited_on=dt.date(2026, 11, 5), visitor="李敏", way="入户")
        )
    with session_scope(sample) as s:
        due = data.select_households(s, year=2026, month=11, due_only=True)
        every = data.select_households(s, year=2026, month=11)
        assert len(every.household_ids) == 3 and len(due.household_ids) == 2
        assert big.id not in due.household_ids
        assert due.household_ids == [i for i in every.household_ids if i != big.id]
        assert due.cycle == "2026年11月"
        october = data.select_households(s, year=2026, month=10, due_only=True)
        empty = s.scalars(select(Household.id).where(Household.number == "EMPTY-01")).one()
        assert october.household_ids == [empty]  # the big ones were visited on 10-12


def test_cancel_between_pages_leaves_no_file(sample: Engine, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    out.write_bytes(b"the previous print")
    cancel = CancelFlag()
    seen: list[int] = []

    def progress(done: int, total: int, _message: str) -> None:
        seen.append(done)
        if done == 1:
            cancel.cancel()

    with session_scope(sample) as s, pytest.raises(Cancelled):
        ids = data.select_households(s).household_ids
        write_visit_sheets(
            data.iter_sheets(s, ids), len(ids), out, cycle="x", progress=progress, cancel=cancel
        )
    assert seen == [1]
    assert out.read_bytes() == b"the previous print"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forms.pdf", "register.db"] or not list(
        tmp_path.glob(".gridapp-*")
    )
    assert not list(tmp_path.glob(".gridapp-*"))


def test_nothing_to_print_gives_one_explaining_page(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "forms.pdf"
    with session_scope(engine) as s:
        assert _print(s, out) == 0
    assert pdf_pages(out) == 1 and "没有需要打印的户" in pdf_text(out)


# ---------------------------------------------------------------- layout helpers


@pytest.mark.parametrize(
    "text",
    [
        "",
        "短",
        "老人腿脚不便，需要帮助。" * 9,
        "Alexandra Konstantinopoulou " * 5,
        "1" * 300,
        "第一行\n\n第三行，很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长",
    ],
)
def test_wrap_fits_the_width_and_keeps_the_text(text: str) -> None:
    lines = wrap(text, 9, 120)
    assert all(width(line, 9) <= 120 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "").replace("\n", "")
    assert not any(line[:1] in "，。、；：！？）" for line in lines if line)
    cut = wrap(text, 9, 120, max_lines=2)
    assert len(cut) <= 2 and all(width(line, 9) <= 120 for line in cut)


def test_ellipsize() -> None:
    assert ellipsize("网格", 10, 100) == "网格"
    cut = ellipsize("很长的名字" * 10, 10, 60)
    assert cut.endswith("…") and width(cut, 10) <= 60
