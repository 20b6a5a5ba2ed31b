"""Generators of messy resident ledgers, the way communities really keep them.

Each writer takes a list of generated households and produces a file; every layout and every
kind of dirt the import must survive is here (title rows, two-level merged headers, household-
grouped rows with merged 户号, one sheet per building, hint and footer rows, GBK CSV, .xls, the
real peer template), so tests and benchmarks share one source of truth.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from gridapp.domain import idcard
from gridapp.domain.names import FEMALE_CHARS, MALE_CHARS, SURNAMES

TEMPLATE = (
    Path(__file__).resolve().parents[2].parent / "shared/samples/peer-template-person-import.xlsx"
)
AREAS = ("410102", "410103", "410105", "410106", "411381")


@dataclass
class Member:
    name: str
    id_number: str
    gender: str
    birth: dt.date
    relation: str
    phone: str = ""
    ethnicity: str = "汉族"
    category: str = "户籍人口"
    groups: list[str] = field(default_factory=list)


@dataclass
class Home:
    number: str
    compound: str
    building: int
    unit: int
    room: int
    members: list[Member] = field(default_factory=list)

    @property
    def address(self) -> str:
        return f"{self.compound}{self.building}号楼{self.unit}单元{self.room}室"


def _name(rng: random.Random, male: bool) -> str:
    chars = MALE_CHARS if male else FEMALE_CHARS
    return rng.choice(SURNAMES) + "".join(rng.choice(chars) for _ in range(rng.choice((1, 2))))


def _person(rng: random.Random, used: set[str], born: dt.date, male: bool, relation: str) -> Member:
    while True:
        seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
        number = idcard.make(rng.choice(AREAS), born, seq)
        if number not in used:
            used.add(number)
            break
    phone = f"1{rng.choice('3578')}{rng.randrange(10**8, 10**9)}"
    return Member(_name(rng, male), number, "男" if male else "女", born, relation, phone)


def homes(
    count: int, seed: int = 1, compound: str = "东方花园", first_number: int = 1
) -> list[Home]:
    """Generated households: a head, often a spouse, children, sometimes a parent."""
    rng = random.Random(seed)
    used: set[str] = set()
    out: list[Home] = []
    for i in range(count):
        building = 1 + i // 40
        unit = 1 + (i // 10) % 4
        room = (1 + (i % 10) // 2) * 100 + 1 + i % 2
        home = Home(f"H{first_number + i:06d}", compound, building, unit, room)
        head_born = dt.date(rng.randrange(1940, 1995), rng.randrange(1, 13), rng.randrange(1, 29))
        male = rng.random() < 0.7
        home.members.append(_person(rng, used, head_born, male, "户主"))
        if rng.random() < 0.75:
            spouse_born = head_born + dt.timedelta(days=rng.randrange(-1500, 1500))
            home.members.append(_person(rng, used, spouse_born, not male, "配偶"))
        for _ in range(rng.choice((0, 1, 1, 2))):
            child_born = dt.date(min(head_born.year + rng.randrange(22, 35), 2024),
                                 rng.randrange(1, 13), rng.randrange(1, 29))  # fmt: skip
            son = rng.random() < 0.5
            home.members.append(_person(rng, used, child_born, son, "子" if son else "女"))
        if head_born.year < 1950 and rng.random() < 0.5:
            home.members[0].groups.append("独居老人" if len(home.members) == 1 else "高龄老人")
        out.append(home)
    return out


# ------------------------------------------------------------------------------- writers


def write_xlsx(
    path: Path,
    sheets: dict[str, list[list[object]]],
    merges: dict[str, list[tuple[int, int, int, int]]] | None = None,
) -> Path:
    """Cells: str written as text, int/float as numbers, dates as dates; merges inclusive."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    date_fmt = book.add_format({"num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, dt.date):
                    ws.write_datetime(r, c, dt.datetime.combine(value, dt.time()), date_fmt)
                elif isinstance(value, (int, float)):
                    ws.write_number(r, c, value)
                else:
                    ws.write_string(r, c, str(value))
        for r0, c0, r1, c1 in (merges or {}).get(name, []):
            first = rows[r0][c0] if r0 < len(rows) and c0 < len(rows[r0]) else ""
            ws.merge_range(r0, c0, r1, c1, "" if first is None else str(first))
    book.close()
    return path


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "gb18030",
              bom: bool = False) -> Path:  # fmt: skip
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    data = buf.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_xls(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    date_style = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    for name, rows in sheets.items():
        ws = book.add_sheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, dt.date):
                    ws.write(r, c, value, date_style)
                else:
                    ws.write(r, c, value)
    book.save(str(path))
    return path


# ------------------------------------------------------------------------------- layouts

PLAIN_HEADER = ["序号", "姓名", "性别", "身份证号", "出生日期", "与户主关系", "联系电话",
                "小区", "楼栋", "单元", "房号", "户号", "特殊人群"]  # fmt: skip


def plain_rows(data: Sequence[Home]) -> list[list[object]]:
    """One header row, one row per person, every household value on every row."""
    rows: list[list[object]] = [list(PLAIN_HEADER)]
    n = 0
    for home in data:
        for m in home.members:
            n += 1
            rows.append([n, m.name, m.gender, m.id_number, m.birth.isoformat(), m.relation,
                         m.phone, home.compound, f"{home.building}号楼", f"{home.unit}单元",
                         str(home.room), home.number, ",".join(m.groups)])  # fmt: skip
    return rows


def messy_two_level(path: Path, data: Sequence[Home]) -> Path:
    """Merged title, 填报单位 line, two-level header with merged group labels, dirty cells,
    blank and 序号-only rows, footer rows."""
    rows: list[list[object]] = [
        ["东方社区居民信息登记表"] + [None] * 10,
        ["填报单位：东方社区居委会      填报日期：2026年11月1日"] + [None] * 10,
        ["序号", "基本信息", None, None, None, "居住信息", None, None, "联系方式", None, "备注"],
        [None, "姓  名", "性别", "公民身份号码", "出生年月", "楼号", "单元", "门牌号", "手机号码",
         "固定电话", None],
    ]  # fmt: skip
    merges = [(0, 0, 0, 10), (1, 0, 1, 10), (2, 0, 3, 0), (2, 1, 2, 4), (2, 5, 2, 7),
              (2, 8, 2, 9), (2, 10, 3, 10)]  # fmt: skip
    n = 0
    for home in data:
        for m in home.members:
            n += 1
            number = m.id_number
            if n % 3 == 0:
                number = "".join(chr(ord(ch) + 0xFEE0) for ch in number)  # full-width
            elif n % 3 == 1:
                number = "'" + number.lower() if number.endswith("X") else f" {number}\t"
            name = m.name if n % 4 else f" {m.name[0]}\u3000{m.name[1:]} "
            birth: object = m.birth if n % 2 else f"{m.birth.year}.{m.birth.month}"
            phone: object = f"+86 {m.phone[:3]}-{m.phone[3:7]}-{m.phone[7:]}"
            if n % 5 == 0:
                phone = int(m.phone)
            rows.append([n, name, m.gender if n % 6 else "", number, birth, home.building,
                         home.unit, float(home.room) if n % 2 else f"{home.room}室", phone,
                         "0371-6789123" if n % 7 == 0 else "", "老党员" if n % 9 == 0 else ""])  # fmt: skip
        rows.append([None] * 11)
        rows.append([n + 1000] + [None] * 10)
    rows.append(["合计", f"{n}人"] + [None] * 9)
    rows.append(["填表人：张三", None, None, "审核人：李四"] + [None] * 7)
    return write_xlsx(path, {"居民信息": rows}, {"居民信息": merges})


def household_grouped(path: Path, data: Sequence[Home], merged: bool = True) -> Path:
    """户号 and 住址 only on each household's first row (merged vertically or left blank)."""
    rows: list[list[object]] = [["户号", "住址", "姓名", "与户主关系", "身份证号码", "联系方式"]]
    merges: list[tuple[int, int, int, int]] = []
    for home in data:
        first = len(rows)
        for i, m in enumerate(home.members):
            relation = {"户主": "本人", "配偶": "妻子" if m.gender == "女" else "丈夫",
                        "子": "长子", "女": "长女"}.get(m.relation, m.relation)  # fmt: skip
            rows.append([home.number if i == 0 else None, home.address if i == 0 else None,
                         m.name, relation, m.id_number, m.phone])  # fmt: skip
        last = len(rows) - 1
        if merged and last > first:
            merges += [(first, 0, last, 0), (first, 1, last, 1)]
    return write_xlsx(path, {"户籍信息": rows}, {"户籍信息": merges})


def per_building(path: Path, data: Sequence[Home]) -> Path:
    """One sheet per building named ``3号楼`` (no building column) plus a 说明 sheet."""
    sheets: dict[str, list[list[object]]] = {
        "说明": [["本表按楼栋分页"], ["请勿修改表头"], ["身份证号请设为文本格式"]]
    }
    for home in data:
        rows = sheets.setdefault(f"{home.building}号楼",
                                 [["单元", "房号", "姓名", "与户主关系", "身份证号", "电话"]])  # fmt: skip
        for m in home.members:
            rows.append([f"{home.unit}单元", home.room, m.name, m.relation, m.id_number, m.phone])
    return write_xlsx(path, sheets)


def fill_template(path: Path, data: Sequence[Home], grid: str = "") -> Path:
    """The real peer template (hint row kept under its header) filled with generated people."""
    import openpyxl

    book = openpyxl.load_workbook(TEMPLATE)
    ws = book["Person"]
    r = 3
    for home in data:
        for m in home.members:
            values = {
                "姓名": m.name, "与其他人员关系": m.relation, "身份证号": m.id_number,
                "性别": m.gender, "出生日期": m.birth.strftime("%Y%m%d"), "联系电话": m.phone,
                "现住小区/建筑": home.compound,
                "门牌地址": f"{home.building}号楼{home.unit}单元{home.room}室",
                "所属网格": grid, "人员类型": "常住人口", "是否重点人员": "1" if m.groups else "0",
                "重点类别": ",".join(m.groups), "户编号": home.number, "民族": "汉",
                "政治面貌": "群众", "是否已迁出": "0", "是否已死亡": "0",
            }  # fmt: skip
            for c, cell in enumerate(ws[1], 1):
                if cell.value in values and values[str(cell.value)]:
                    target = ws.cell(row=r, column=c)
                    target.value = values[str(cell.value)]
                    target.number_format = "@"
            r += 1
    book.save(path)
    return path


def bad_files(tmp_path: Path) -> dict[str, Path]:
    """Files that are not ledgers: random bytes, empty, corrupt zip, encrypted, foreign."""
    files = {
        "random.xlsx": bytes(range(256)) * 40,
        "random.bin": bytes((i * 37) % 256 for i in range(5000)),
        "empty.xlsx": b"",
        "empty.csv": b"",
        "blank.csv": b"\r\n\r\n",
    }
    out = {name: tmp_path / name for name in files}
    for name, blob in files.items():
        out[name].write_bytes(blob)
    good = write_xlsx(tmp_path / "good.xlsx", {"s": plain_rows(homes(2))})
    out["corrupt.xlsx"] = tmp_path / "corrupt.xlsx"
    out["corrupt.xlsx"].write_bytes(good.read_bytes()[:600])
    out["notbook.xlsx"] = tmp_path / "notbook.xlsx"
    with zipfile.ZipFile(out["notbook.xlsx"], "w") as z:
        z.writestr("hello.txt", "not a workbook")
    out["encrypted.xlsx"] = tmp_path / "encrypted.xlsx"
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1016)
    ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
    ole += "EncryptedPackage".encode("utf-16-le") + b"\x00" * 2000
    out["encrypted.xlsx"].write_bytes(bytes(ole))
    out["foreign.xlsx"] = write_xlsx(
        tmp_path / "foreign.xlsx", {"价格": [["产品", "单价"], ["苹果", 3.5]]}
    )
    return out
