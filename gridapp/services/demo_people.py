"""The demo's residents one by one: names, ID numbers and phones drawn from one seeded random
generator (each unique in the register), schooling and work fitting the age, and the person row
itself. The order of the draws is the demo: changing it changes every register built."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from gridapp.db import vocab
from gridapp.domain import idcard, names, pinyin
from gridapp.services.demo_rows import Row, fresh
from gridapp.services.register import search_text

LOCAL_AREA_CODES = ("410106", "410106", "410106", "410102", "410103", "410105", "410122")
MIGRANT_AREA_CODES = ("411421", "412724", "411722", "410923", "341221", "130426", "411381")
PHONE_PREFIXES = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152",
                  "155", "156", "157", "158", "159", "166", "176", "177", "180", "182", "186", "187",
                  "188", "189", "199")  # fmt: skip


class Gen:
    """Names, birth dates, ID numbers and phones, drawn from ``rng``."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.used_ids: set[str] = set()
        self.used_phones: set[str] = set()

    def surname(self) -> str:
        if self.rng.random() < 0.004:
            return self.rng.choice(names.COMPOUND_SURNAMES)
        # Earlier surnames are more frequent.
        idx = int(self.rng.triangular(0, len(names.SURNAMES), 0))
        return names.SURNAMES[min(idx, len(names.SURNAMES) - 1)]

    def given(self, gender: str, born: dt.date) -> str:
        if born.year < 1965 and self.rng.random() < 0.6:
            return self.rng.choice(names.ELDER_MALE if gender == "男" else names.ELDER_FEMALE)
        pool = names.MALE_CHARS if gender == "男" else names.FEMALE_CHARS
        if self.rng.random() < 0.25:
            return self.rng.choice(pool)
        return self.rng.choice(pool) + self.rng.choice(pool)

    def full_name(self, gender: str, born: dt.date) -> str:
        """A new surname and a given name (workers, owners, contacts)."""
        return self.surname() + self.given(gender, born)

    def born(self, low_age: int, high_age: int) -> dt.date:
        age_days = self.rng.randint(low_age * 365 + 1, high_age * 365 + 300)
        return self.today - dt.timedelta(days=age_days)

    def id_number(self, born: dt.date, gender: str, migrant: bool) -> str:
        codes = MIGRANT_AREA_CODES if migrant else LOCAL_AREA_CODES
        while True:
            seq = self.rng.randrange(0, 500) * 2 + (1 if gender == "男" else 0)
            number = idcard.make(self.rng.choice(codes), born, seq)
            if number not in self.used_ids:
                self.used_ids.add(number)
                return number

    def phone(self) -> str:
        while True:
            number = self.rng.choice(PHONE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number


def education(rng: random.Random, age: int) -> str:
    if age < 6:
        return "学龄前"
    if age < 12:
        return "小学"
    if age < 15:
        return "初中"
    if age < 18:
        return "高中"
    if age >= 70:
        return rng.choice(("小学", "小学", "初中", "文盲或半文盲"))
    if age >= 50:
        return rng.choice(("小学", "初中", "初中", "高中", "中专"))
    return rng.choice(("初中", "高中", "中专", "大专", "本科", "本科", "研究生"))


def occupation(rng: random.Random, age: int) -> tuple[str, str]:
    if age < 3:
        return "", ""
    if age < 6:
        return "学前儿童", "工业路幼儿园"
    if age < 12:
        return "在校学生", rng.choice(("上街区实验小学", "工业路小学", "朱寨小学"))
    if age < 18:
        return "在校学生", rng.choice(("上街区实验中学", "上街区第一中学", "郑州市第八十五中学"))
    if age < 23 and rng.random() < 0.6:
        return "在校学生", rng.choice(
            ("郑州大学", "河南工业大学", "郑州航空工业管理学院", "郑州职业技术学院")
        )
    if age >= 60:
        return "退休", ""
    return rng.choice(
        (("在职", "中铝河南分公司"), ("在职", "上街区人民医院"), ("个体经营", ""), ("在职", "郑州上街机场"),
         ("灵活就业", ""), ("在职", "上街区教育局"), ("无业", ""), ("在职", "宇通客车"), ("务工", "富士康郑州园区"))
    )  # fmt: skip


@dataclass(frozen=True)
class Home:
    """The household a person row is made for."""

    id: int
    address: str
    surname: str  # the family name the head and the head's children carry
    migrant: bool


class Residents:
    """Person rows with consecutive ids from ``next_id``, all stamped ``stamp``."""

    def __init__(self, gen: Gen, next_id: int, stamp: dt.datetime) -> None:
        self.gen = gen
        self.rng = gen.rng
        self.today = gen.today
        self.next_id = next_id
        self.stamp = stamp

    def person(
        self, home: Home, relation: str, gender: str, born: dt.date, surname: str, order: int
    ) -> Row:
        gen, rng, migrant = self.gen, self.rng, home.migrant
        name = surname + gen.given(gender, born)
        age = idcard.age_at(born, self.today)
        id_number = gen.id_number(born, gender, migrant)
        job, employer = occupation(rng, age)
        full, initials = pinyin.full_and_initials(name)
        row: Row = {
            "id": self.next_id, **fresh(self.stamp),
            "household_id": home.id, "name": name, "former_name": "", "name_pinyin": full,
            "name_initials": initials, "gender": gender,
            "ethnicity": "回族" if rng.random() < 0.015 else ("满族" if rng.random() < 0.005 else "汉族"),
            "id_number": id_number, "birth_date": born, "relation": relation,
            "native_place": "河南郑州" if not migrant else rng.choice(("河南周口", "河南驻马店", "河南商丘", "安徽阜阳", "河北邯郸")),
            "hukou_address": "" if not migrant else "外省市户籍",
            "category": "流动人口" if migrant else ("户籍人口" if rng.random() < 0.85 else "常住人口"),
            "separated": (not migrant) and rng.random() < 0.04, "actual_address": "",
            "political": "群众" if age >= 28 else ("共青团员" if age >= 14 else ""),
            "education": education(rng, age),
            "marital": ("未婚" if age < 24 else rng.choice(("已婚", "已婚", "已婚", "离异"))) if age >= 18 else "",
            "religion": "", "health": "健康" if age < 60 else rng.choice(("健康", "良好", "一般", "慢性病")),
            "military": "", "occupation": job, "employer": employer,
            "phone": gen.phone() if age >= 16 else "", "phone_other": "",
            "status": vocab.STATUS_ACTIVE, "status_date": None, "destination": "",
            "moved_in_on": None, "moved_from": "", "notes": "", "extra": {},
            "sort_order": order, "deleted_at": None,
        }  # fmt: skip
        row["search_text"] = search_text(row, home.address)
        self.next_id += 1
        return row
