"""A realistic demo register modelled on 工业路街道 (the article in shared/context).

One sub-district, three communities, 3 second-level and 6 third-level grids with leaders and
workers, the compound 东方花园 and 8 unmanaged courtyards run by a self-management committee,
about 2,000 households / 5,000 persons by default with valid ID numbers and consistent
families, 102 party members in 6 temporary branches and special groups in realistic
proportions. Deterministic for a given seed. Bulk rows go in through Core inserts so that a
whole sub-district (100,000 persons) builds in seconds for the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import (
    Area,
    Building,
    ChangeLog,
    Compound,
    GroupKind,
    GroupMembership,
    Household,
    PartyBranch,
    PartyMember,
    Person,
    Room,
    Unit,
    Worker,
    new_uuid,
    now,
    table_of,
)
from gridapp.domain import idcard, names, pinyin
from gridapp.services import demo_work, numbering, recorder, settings
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress
from gridapp.services.places import room_sort_key
from gridapp.services.register import HOUSEHOLD_FIELDS, PERSON_FIELDS, search_text, snapshot

LOCAL_AREA_CODES = ("410106", "410106", "410106", "410102", "410103", "410105", "410122")
MIGRANT_AREA_CODES = ("411421", "412724", "411722", "410923", "341221", "130426", "411381")

# (grid, [(compound, kind, management, manager, buildings)], leader)
GridPlan = tuple[str, list[tuple[str, str, str, str, list[str]]], str]


def _plan() -> list[tuple[str, str, list[GridPlan]]]:
    courtyards = [
        "机械厂家属院", "铝厂一号院", "粮站家属院", "供电所家属院",
        "老邮局家属院", "纺织厂家属院", "商业局家属院", "建材厂家属院",
    ]  # fmt: skip

    def yard(n: str) -> tuple[str, str, str, str, list[str]]:
        return (n, "楼院", "自管会", f"{n}红色自管会", ["1号楼", "2号楼"])

    return [
        ("工业路社区", "工业路社区网格", [
            ("东方花园第一网格", [("东方花园", "小区", "物业", "郑州安居物业", [f"{i}号楼" for i in range(1, 6)])], ""),
            ("东方花园第二网格", [("东方花园", "小区", "物业", "郑州安居物业", [f"{i}号楼" for i in range(6, 11)]),
                                  *[yard(n) for n in courtyards[:4]]], ""),
            ("东方花园第三网格", [("东方花园", "小区", "物业", "郑州安居物业", [f"{i}号楼" for i in range(11, 16)]),
                                  *[yard(n) for n in courtyards[4:]]], "李敏"),
        ]),
        ("朱寨社区", "朱寨社区网格", [
            ("朱寨第一网格", [("朱寨新村", "小区", "物业", "朱寨物业服务中心", [f"{i}号楼" for i in range(1, 9)])], ""),
            ("朱寨第二网格", [("朱寨安置小区", "小区", "物业", "朱寨物业服务中心", [f"{i}号楼" for i in range(1, 9)])], ""),
        ]),
        ("金华社区", "金华社区网格", [
            ("金华路网格", [("金华苑", "小区", "物业", "金华物业", [f"{i}号楼" for i in range(1, 7)]),
                            ("锦绣华庭", "小区", "物业", "锦绣物业", ["A座", "B座", "C座"])], ""),
        ]),
    ]  # fmt: skip


@dataclass
class _Ids:
    person: int
    household: int
    room: int


@dataclass
class DemoResult:
    households: int = 0
    persons: int = 0
    grids: int = 0
    party_members: int = 0
    memberships: int = 0
    extra: dict[str, int] = field(default_factory=dict)


class _Gen:
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
        prefixes = ("130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152",
                    "155", "156", "157", "158", "159", "166", "176", "177", "180", "182", "186", "187", "188", "189", "199")  # fmt: skip
        while True:
            number = self.rng.choice(prefixes) + f"{self.rng.randrange(10**8):08d}"
            if number not in self.used_phones:
                self.used_phones.add(number)
                return number


def _education(rng: random.Random, age: int) -> str:
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


def _occupation(rng: random.Random, age: int) -> tuple[str, str]:
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


def build_demo(
    session: Session,
    households: int = 2000,
    seed: int = 20260101,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> DemoResult:
    """Fill an empty register with the demo sub-district. Refuses a register holding residents."""
    if households < 1:
        raise ServiceError("户数至少为 1")
    if session.scalar(select(func.count()).select_from(Person)):
        raise ServiceError("该数据库已有居民数据，演示数据只能写入空数据库")
    rng = random.Random(seed)
    today = today or dt.date.today()
    gen = _Gen(rng, today)
    result = DemoResult()
    writer = ChangeWriter(session, "演示数据", batch=new_uuid())

    settings.put(session, "sub_district", "工业路街道")
    top = Area(level="街道", name="工业路街道", code="410106002", service_hours="周一至周五 8:30-12:00 14:30-18:00",
               duty_phone="0371-68921234")  # fmt: skip
    session.add(top)
    leaf_grids: list[tuple[Area, list[tuple[str, str, str, str, list[str]]]]] = []
    worker_names: dict[int, list[Worker]] = {}
    for c_order, (community, grid2, grid3s) in enumerate(_plan()):
        comm = Area(level="社区", name=community, parent=top, sort_order=c_order,
                    code=f"410106002{c_order + 1:03d}")  # fmt: skip
        g2 = Area(level="二级网格", name=grid2, parent=comm, sort_order=c_order,
                  scope=f"{community}全域", service_hours="周一至周日 8:30-18:00",
                  duty_phone=gen.phone())  # fmt: skip
        session.add_all([comm, g2])
        session.add(Worker(area=g2, name=gen.surname() + gen.given("男", dt.date(1975, 1, 1)),
                           phone=gen.phone(), role="网格长"))  # fmt: skip
        for g_order, (grid3, places, leader) in enumerate(grid3s):
            g3 = Area(level="三级网格", name=grid3, parent=g2, sort_order=c_order * 10 + g_order,
                      scope="、".join(sorted({p[0] for p in places})),
                      service_hours="工作日 8:30-18:00，错时服务至 20:00；周末轮流值班",
                      duty_phone=gen.phone())  # fmt: skip
            session.add(g3)
            team = [
                Worker(area=g3, name=leader or gen.surname() + gen.given("女", dt.date(1985, 1, 1)),
                       phone=gen.phone(), role="网格长"),
                Worker(area=g3, name=gen.surname() + gen.given("男", dt.date(1990, 1, 1)),
                       phone=gen.phone(), role="专职网格员"),
                Worker(area=g3, name=gen.surname() + gen.given("女", dt.date(1992, 1, 1)),
                       phone=gen.phone(), role="兼职网格员"),
            ]  # fmt: skip
            session.add_all(team)
            leaf_grids.append((g3, places))
    session.flush()
    for g3, _ in leaf_grids:
        worker_names[g3.id] = list(session.scalars(select(Worker).where(Worker.area_id == g3.id)))
    result.grids = (
        session.scalar(
            select(func.count()).select_from(Area).where(Area.level.in_(vocab.GRID_LEVELS))
        )
        or 0
    )

    # Places: compounds (shared across grids by name), buildings with units and rooms.
    compounds: dict[str, Compound] = {}
    slots: list[tuple[Area, Building, str, int, str]] = []  # grid, building, unit, floor, room
    b_order = 0
    for g3, places in leaf_grids:
        for name, kind, management, manager, buildings in places:
            comp = compounds.get(name)
            if comp is None:
                comp = Compound(name=name, kind=kind, management=management, manager=manager,
                                manager_phone=gen.phone(), area_id=g3.parent.parent_id if g3.parent else None)  # fmt: skip
                compounds[name] = comp
                session.add(comp)
            for b_name in buildings:
                floors = 6 if kind == "楼院" else rng.choice((6, 7, 11, 18))
                b = Building(
                    compound=comp, name=b_name, grid_id=g3.id, floors=floors, sort_order=b_order
                )
                b_order += 1
                session.add(b)
                units = 2 if kind == "楼院" else rng.choice((2, 3, 4))
                for u in range(1, units + 1):
                    for f in range(1, floors + 1):
                        for r in range(1, 3):
                            slots.append((g3, b, f"{u}单元", f, f"{f}{r:02d}"))
    session.flush()
    if households > len(slots):
        # Larger demos (benchmarks) get more buildings per compound, cloned round-robin.
        base = list(slots)
        extra_round = 0
        while len(slots) < households:
            extra_round += 1
            for g3, b, unit, floor, room in base:
                slots.append((g3, b, unit, floor + 100 * extra_round, f"{extra_round}{room}"))
                if len(slots) >= households:
                    break
    rng.shuffle(slots)
    chosen = slots[:households]
    chosen.sort(key=lambda s: room_sort_key(s[1].sort_order, s[1].name, s[2], s[4]))

    unit_ids: dict[tuple[int, str], int] = {}
    for _g, b, unit, _f, _r in chosen:
        if (b.id, unit) not in unit_ids:
            unit_row = Unit(building_id=b.id, name=unit)
            session.add(unit_row)
            session.flush()
            unit_ids[(b.id, unit)] = unit_row.id

    start = _Ids(
        person=(session.scalar(select(func.max(Person.id))) or 0) + 1,
        household=(session.scalar(select(func.max(Household.id))) or 0) + 1,
        room=(session.scalar(select(func.max(Room.id))) or 0) + 1,
    )
    ids = _Ids(start.person, start.household, start.room)
    stamp = now()
    room_rows: list[dict[str, Any]] = []
    household_rows: list[dict[str, Any]] = []
    numbers = numbering.HouseholdNumbers(
        session, on_code=lambda aid, old, new: writer.changes("area", aid, "", {"code": (old, new)})
    )
    person_rows: list[dict[str, Any]] = []
    group_plan: list[
        tuple[int, str, dict[str, Any], dt.date]
    ] = []  # person id, code, fields, joined
    elders_alone: list[int] = []

    def person_row(hid: int, address: str, relation: str, gender: str, born: dt.date, surname: str,
                   migrant: bool, order: int) -> dict[str, Any]:  # fmt: skip
        name = surname + gen.given(gender, born)
        age = idcard.age_at(born, today)
        id_number = gen.id_number(born, gender, migrant)
        occupation, employer = _occupation(rng, age)
        full, initials = pinyin.full_and_initials(name)
        row: dict[str, Any] = {
            "id": ids.person, "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "rev": 1,
            "household_id": hid, "name": name, "former_name": "", "name_pinyin": full,
            "name_initials": initials, "gender": gender,
            "ethnicity": "回族" if rng.random() < 0.015 else ("满族" if rng.random() < 0.005 else "汉族"),
            "id_number": id_number, "birth_date": born, "relation": relation,
            "native_place": "河南郑州" if not migrant else rng.choice(("河南周口", "河南驻马店", "河南商丘", "安徽阜阳", "河北邯郸")),
            "hukou_address": "" if not migrant else "外省市户籍",
            "category": "流动人口" if migrant else ("户籍人口" if rng.random() < 0.85 else "常住人口"),
            "separated": (not migrant) and rng.random() < 0.04, "actual_address": "",
            "political": "群众" if age >= 28 else ("共青团员" if age >= 14 else ""),
            "education": _education(rng, age),
            "marital": ("未婚" if age < 24 else rng.choice(("已婚", "已婚", "已婚", "离异"))) if age >= 18 else "",
            "religion": "", "health": "健康" if age < 60 else rng.choice(("健康", "良好", "一般", "慢性病")),
            "military": "", "occupation": occupation, "employer": employer,
            "phone": gen.phone() if age >= 16 else "", "phone_other": "",
            "status": vocab.STATUS_ACTIVE, "status_date": None, "destination": "",
            "moved_in_on": None, "moved_from": "", "notes": "", "extra": {},
            "sort_order": order, "deleted_at": None,
        }  # fmt: skip
        row["search_text"] = search_text(row, address)
        ids.person += 1
        return row

    total = len(chosen)
    for n, (grid, building, unit, floor, room) in enumerate(chosen):
        if n % 500 == 0:
            cancel.check()
            progress(n, total, "生成住户")
        comp_name = building.compound.name if building.compound else ""
        address = f"{comp_name}{building.name}{unit}{room}室"
        hid = ids.household
        ids.household += 1
        rid = ids.room
        ids.room += 1
        room_rows.append({"id": rid, "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "rev": 1,
                          "unit_id": unit_ids[(building.id, unit)], "number": room, "floor": floor})  # fmt: skip
        rented = rng.random() < 0.12
        migrant = rented and rng.random() < 0.8
        surname = gen.surname()
        roll = rng.random()
        members: list[dict[str, Any]] = []
        if roll < 0.19:  # one person, often elderly
            gender = rng.choice(("男", "女"))
            born = gen.born(66, 92) if rng.random() < 0.55 else gen.born(24, 60)
            members.append(person_row(hid, address, "户主", gender, born, surname, migrant, 0))
            if idcard.age_at(born, today) >= 65 and not migrant:
                elders_alone.append(members[0]["id"])
                members[0]["marital"] = rng.choice(("丧偶", "丧偶", "离异", "未婚"))
        else:
            old_couple = roll < 0.44
            head_born = gen.born(62, 88) if old_couple else gen.born(27, 60)
            members.append(person_row(hid, address, "户主", "男" if rng.random() < 0.8 else "女",
                                      head_born, surname, migrant, 0))  # fmt: skip
            members[0]["marital"] = "已婚"
            spouse_born = head_born + dt.timedelta(days=rng.randint(-1500, 1500))
            if spouse_born >= today - dt.timedelta(days=20 * 365):
                spouse_born = today - dt.timedelta(days=22 * 365)
            spouse_gender = "女" if members[0]["gender"] == "男" else "男"
            members.append(
                person_row(
                    hid, address, "配偶", spouse_gender, spouse_born, gen.surname(), migrant, 1
                )
            )
            members[1]["marital"] = "已婚"
            mother_born = head_born if members[0]["gender"] == "女" else spouse_born
            if not old_couple or rng.random() < 0.35:
                kids = rng.choice((0, 1, 1, 1, 1, 2, 2, 3)) if not old_couple else 1
                for k in range(kids):
                    low = today - mother_born
                    latest = mother_born + dt.timedelta(days=int(rng.uniform(22, 38) * 365))
                    kid_born = min(
                        latest + dt.timedelta(days=k * 700), today - dt.timedelta(days=30)
                    )
                    if (kid_born - mother_born).days < 18 * 365 or low.days < 19 * 365:
                        continue
                    g = rng.choice(("男", "女"))
                    kid = person_row(hid, address, "子" if g == "男" else "女", g, kid_born,
                                     surname if members[0]["gender"] == "男" else gen.surname(), migrant, 2 + k)  # fmt: skip
                    members.append(kid)
                    kid_age = idcard.age_at(kid_born, today)
                    if kid_age >= 25 and rng.random() < 0.25 and not old_couple:
                        # A married son lives with his parents: daughter-in-law and a grandchild.
                        dil_born = kid_born + dt.timedelta(days=rng.randint(-700, 700))
                        members.append(person_row(hid, address, "儿媳" if g == "男" else "女婿",
                                                  "女" if g == "男" else "男", dil_born, gen.surname(),
                                                  migrant, 10 + k))  # fmt: skip
                        gc_born = max(kid_born + dt.timedelta(days=int(rng.uniform(23, 34) * 365)),
                                      today - dt.timedelta(days=rng.randint(200, 4000)))  # fmt: skip
                        if gc_born < today:
                            gg = rng.choice(("男", "女"))
                            members.append(person_row(hid, address, "孙子" if gg == "男" else "孙女", gg, gc_born,
                                                      surname, migrant, 20 + k))  # fmt: skip
            elif old_couple:
                pass
            if old_couple and len(members) == 2 and not migrant:
                group_plan.append((members[0]["id"], "kongchao", {"居住情况": "夫妻同住", "子女去向": "子女在外地工作"},
                                   today - dt.timedelta(days=rng.randint(100, 2000))))  # fmt: skip
            if not old_couple and rng.random() < 0.12 and idcard.age_at(head_born, today) < 50:
                # A parent of the head lives with them.
                p_born = head_born - dt.timedelta(days=rng.randint(22 * 365, 32 * 365))
                if idcard.age_at(p_born, today) < 98:
                    pg = rng.choice(("男", "女"))
                    members.append(person_row(hid, address, "父亲" if pg == "男" else "母亲", pg, p_born,
                                              surname if pg == "男" else gen.surname(), migrant, 30))  # fmt: skip
        household_rows.append({
            "id": hid, "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "rev": 1,
            "number": numbers.take(grid.id), "grid_id": grid.id, "room_id": rid, "address": address,
            "kind": "家庭户", "housing": "出租" if rented else "自住", "head_id": members[0]["id"],
            "owner": "" if not rented else gen.surname() + gen.given("男", dt.date(1970, 1, 1)),
            "landlord": "", "landlord_phone": "", "hazards": "", "status": vocab.HOUSEHOLD_ACTIVE,
            "archived_on": None, "archive_reason": "",
            "sort_key": room_sort_key(building.sort_order, building.name, unit, room), "notes": "",
            "deleted_at": None,
        })  # fmt: skip
        if rented:
            household_rows[-1]["landlord"] = household_rows[-1]["owner"]
            household_rows[-1]["landlord_phone"] = gen.phone()
        person_rows.extend(members)

    # Life events already in the past: some moved out, some died, a few whole households gone.
    for row in person_rows:
        roll = rng.random()
        age = idcard.age_at(row["birth_date"], today)
        if row["relation"] != "户主" and roll < 0.03 and age >= 18:
            row["status"] = vocab.STATUS_MOVED_OUT
            row["status_date"] = today - dt.timedelta(days=rng.randint(10, 900))
            row["destination"] = rng.choice(
                ("郑州市金水区", "郑州市中原区", "北京市海淀区", "广东省深圳市", "河南省洛阳市")
            )
        elif row["relation"] != "户主" and age >= 70 and roll < 0.06:
            row["status"] = vocab.STATUS_DECEASED
            row["status_date"] = today - dt.timedelta(days=rng.randint(10, 700))
        elif 18 <= age < 50 and roll > 0.985:
            row["status"] = vocab.STATUS_AWAY
            row["destination"] = rng.choice(("广东省东莞市", "浙江省杭州市", "上海市"))
    for hrow in household_rows:
        if rng.random() < 0.008:
            hrow["status"] = vocab.HOUSEHOLD_ARCHIVED
            hrow["archived_on"] = today - dt.timedelta(days=rng.randint(30, 600))
            hrow["archive_reason"] = "全户迁出"
            for prow in person_rows:
                if prow["household_id"] == hrow["id"] and prow["status"] == vocab.STATUS_ACTIVE:
                    prow["status"] = vocab.STATUS_MOVED_OUT
                    prow["status_date"] = hrow["archived_on"]
                    prow["destination"] = "郑州市高新区"
    live = [p for p in person_rows if p["status"] in (vocab.STATUS_ACTIVE, vocab.STATUS_AWAY)]

    # Party: 102 members at the default size, proportionally otherwise; the 党员 get 中共党员.
    adults = [p for p in live if idcard.age_at(p["birth_date"], today) >= 25]
    party_size = max(6, round(102 * households / 2000))
    party = rng.sample(adults, min(party_size, len(adults)))
    for p in party:
        p["political"] = "中共党员"

    progress(total, total, "写入数据库")
    cancel.check()
    _bulk(session, Room, room_rows)
    # Households first without heads (the persons do not exist yet), then persons, then heads.
    heads = {h["id"]: h["head_id"] for h in household_rows}
    for h in household_rows:
        h["head_id"] = None
    _bulk(session, Household, household_rows)
    _bulk(session, Person, person_rows)
    from sqlalchemy import bindparam, update

    session.execute(
        update(table_of(Household))
        .where(table_of(Household).c.id == bindparam("hid"))
        .values(head_id=bindparam("head")),
        [{"hid": k, "head": v} for k, v in heads.items()],
    )
    result.households = sum(1 for h in household_rows if h["status"] == vocab.HOUSEHOLD_ACTIVE)
    result.persons = len(live)

    # Temporary party branches, one per third-level grid.
    grid_of_household = {h["id"]: h["grid_id"] for h in household_rows}
    branches: dict[int, PartyBranch] = {}
    for g3, _ in leaf_grids:
        branch = PartyBranch(name=f"{g3.name}临时党支部", area_id=g3.id,
                             secretary=worker_names[g3.id][0].name, founded_on=dt.date(today.year - 2, 7, 1))  # fmt: skip
        session.add(branch)
        branches[g3.id] = branch
    session.flush()
    party_rows = []
    for p in party:
        born = p["birth_date"]
        joined = born + dt.timedelta(days=int(rng.uniform(19, 40) * 365))
        joined = min(joined, today - dt.timedelta(days=400))
        party_rows.append({
            "uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "rev": 1,
            "person_id": p["id"], "branch_id": branches[grid_of_household[p["household_id"]]].id,
            "joined_party_on": joined, "joined_branch_on": dt.date(today.year - 2, 7, 1),
            "mobile": rng.random() < 0.08, "left_on": None, "notes": "", "deleted_at": None,
        })  # fmt: skip
    _bulk(session, PartyMember, party_rows)
    result.party_members = len(party_rows)

    # Special groups in realistic proportions.
    groups = {g.code: g.id for g in session.scalars(select(GroupKind))}
    households_live = [h for h in household_rows if h["status"] == vocab.HOUSEHOLD_ACTIVE]
    by_id = {p["id"]: p for p in person_rows}

    def since() -> dt.date:
        return today - dt.timedelta(days=rng.randint(60, 2500))

    for h in rng.sample(households_live, max(1, int(len(households_live) * 0.03))):
        head = heads[h["id"]]
        size = sum(1 for p in live if p["household_id"] == h["id"]) if len(live) < 20000 else 2
        group_plan.append((head, "dibao", {"低保证号": f"DB4101060{rng.randrange(10**5):05d}", "保障人口": size,
                                           "月保障金额": size * rng.choice((520, 560, 600))}, since()))  # fmt: skip
    for h in rng.sample(households_live, max(1, int(len(households_live) * 0.004))):
        group_plan.append((heads[h["id"]], "tekun", {"供养方式": "分散供养"}, since()))
    for pid in elders_alone:
        if by_id[pid]["status"] == vocab.STATUS_ACTIVE:
            group_plan.append((pid, "dujv", {"居住情况": "独居", "子女去向": rng.choice(("本市", "外地", "无子女")),
                                             "紧急联系人": gen.surname() + gen.given("男", dt.date(1980, 1, 1)),
                                             "紧急联系电话": gen.phone()}, since()))  # fmt: skip
    for p in rng.sample(live, max(1, int(len(live) * 0.035))):
        group_plan.append((p["id"], "canji", {"残疾类别": rng.choice(("肢体", "视力", "听力", "智力", "精神", "言语")),
                                              "残疾等级": rng.choice(("一级", "二级", "三级", "四级")),
                                              "残疾证号": p["id_number"] + rng.choice(("11", "12", "23", "44")),
                                              "监护人": "", "监护人电话": ""}, since()))  # fmt: skip
    for p in live:
        age = idcard.age_at(p["birth_date"], today)
        if age >= 80:
            group_plan.append((p["id"], "gaoling", {"高龄补贴": "已发放"}, p["birth_date"].replace(year=p["birth_date"].year + 80)
                               if not (p["birth_date"].month == 2 and p["birth_date"].day == 29) else today))  # fmt: skip
        elif 20 <= age < 60 and p["gender"] == "男" and rng.random() < 0.035:
            group_plan.append(
                (
                    p["id"],
                    "tuiyi",
                    {"类别": "退役士兵", "优待证号": f"YD41{rng.randrange(10**8):08d}"},
                    since(),
                )
            )
        elif 2 <= age < 16 and rng.random() < 0.02:
            group_plan.append(
                (
                    p["id"],
                    "liushou",
                    {"监护人": "祖父母", "监护人电话": gen.phone(), "父母去向": "外出务工"},
                    since(),
                )
            )
        elif 22 <= age < 38 and p["gender"] == "女" and rng.random() < 0.02:
            group_plan.append((p["id"], "yunchan", {"预产期": (today + dt.timedelta(days=rng.randint(20, 200))).isoformat()},
                               today - dt.timedelta(days=rng.randint(30, 200))))  # fmt: skip
        elif age >= 18 and rng.random() < 0.002:
            group_plan.append(
                (p["id"], "zhongdian", {"类别": "社区矫正", "管控措施": "每月走访"}, since())
            )
    membership_rows: list[dict[str, Any]] = [
        {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, "rev": 1, "person_id": pid,
         "group_id": groups[code], "joined_on": joined, "join_reason": "", "left_on": None, "leave_reason": "",
         "fields": fields, "needs": "", "notes": "", "deleted_at": None}
        for pid, code, fields, joined in group_plan
    ]  # fmt: skip
    # Some left a group already: the history stays.
    for left in rng.sample(membership_rows, len(membership_rows) // 25):
        left["left_on"] = min(today, left["joined_on"] + dt.timedelta(days=rng.randint(30, 600)))
        left["leave_reason"] = rng.choice(("情况好转", "迁出", "不再符合条件"))
    _bulk(session, GroupMembership, membership_rows)
    recorder.log_bulk_created(session, writer, GroupMembership)
    result.memberships = len(membership_rows)

    # The change log starts with one "create" entry per household and person, holding its
    # first content like every other creation (the tamper check replays it).
    for h in household_rows:
        writer.add("household", h["id"], h["uuid"], "create", new=snapshot(h, HOUSEHOLD_FIELDS),
                   note="演示数据")  # fmt: skip
    for p in person_rows:
        writer.add("person", p["id"], p["uuid"], "create", new=snapshot(p, PERSON_FIELDS),
                   note="演示数据")  # fmt: skip
    writer.flush()
    result.extra.update(demo_work.fill_work_records(session, seed, today, progress, cancel))
    progress(total, total, "完成")
    return result


def _bulk(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    table = table_of(model)
    for start in range(0, len(rows), 5000):
        session.execute(insert(table), rows[start : start + 5000])


__all__ = ["ChangeLog", "DemoResult", "build_demo"]
