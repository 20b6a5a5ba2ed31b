"""The demo's households: a room row, a family that makes sense (ages, surnames, who lives with
whom) and the household row, for every room chosen; then the life events already past (moved
out, died, away, whole households gone). Rows only: ``demo`` writes them in bulk."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Household, Person, Room, now
from gridapp.domain import idcard
from gridapp.services import numbering
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import CancelFlag, Progress
from gridapp.services.demo_people import Gen, Home, Residents
from gridapp.services.demo_places import Slot
from gridapp.services.demo_rows import Row, fresh
from gridapp.services.places import room_sort_key

# (person id, group code, fields, joined): a membership to create
GroupEntry = tuple[int, str, dict[str, Any], dt.date]


@dataclass
class Rows:
    """What the households loop produces, before it goes into the register."""

    stamp: dt.datetime
    rooms: list[Row] = field(default_factory=list)
    households: list[Row] = field(default_factory=list)
    persons: list[Row] = field(default_factory=list)
    groups: list[GroupEntry] = field(default_factory=list)  # the 空巢 couples, found here
    elders_alone: list[int] = field(default_factory=list)  # person ids: 独居 candidates


def _next_id(session: Session, model: type[Person] | type[Household] | type[Room]) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def build_households(
    session: Session,
    gen: Gen,
    writer: ChangeWriter,
    chosen: list[Slot],
    unit_ids: dict[tuple[int, str], int],
    progress: Progress,
    cancel: CancelFlag,
) -> Rows:
    """A household in each chosen room, numbered like the app numbers them."""
    next_person = _next_id(session, Person)
    household_id = _next_id(session, Household)
    room_id = _next_id(session, Room)
    rows = Rows(stamp=now() - dt.timedelta(days=730))  # a register kept for two years: its
    # households and residents were there last month (the report's "上月" counts them)
    residents = Residents(gen, next_person, rows.stamp)
    numbers = numbering.HouseholdNumbers(
        session, on_code=lambda aid, old, new: writer.changes("area", aid, "", {"code": (old, new)})
    )
    for n, slot in enumerate(chosen):
        if n % 500 == 0:
            cancel.check()
            progress(n, len(chosen), "生成住户")
        rows.rooms.append({"id": room_id, **fresh(rows.stamp), "unit_id": unit_ids[(slot.building.id, slot.unit)],
                           "number": slot.room, "floor": slot.floor})  # fmt: skip
        _household(gen, residents, numbers, rows, slot, household_id, room_id)
        household_id += 1
        room_id += 1
    return rows


def _household(
    gen: Gen,
    residents: Residents,
    numbers: numbering.HouseholdNumbers,
    rows: Rows,
    slot: Slot,
    hid: int,
    rid: int,
) -> None:
    rng = gen.rng
    building = slot.building
    comp_name = building.compound.name if building.compound else ""
    address = f"{comp_name}{building.name}{slot.unit}{slot.room}室"
    rented = rng.random() < 0.12
    migrant = rented and rng.random() < 0.8
    home = Home(hid, address, gen.surname(), migrant)
    roll = rng.random()
    if roll < 0.19:  # one person, often elderly
        members = _one_person(residents, home, rows)
    else:
        members = _family(residents, home, rows, old_couple=roll < 0.44)
    row: Row = {
        "id": hid, **fresh(rows.stamp),
        "number": numbers.take(slot.grid.id), "grid_id": slot.grid.id, "room_id": rid, "address": address,
        "kind": "家庭户", "housing": "出租" if rented else "自住", "head_id": members[0]["id"],
        "owner": "" if not rented else gen.full_name("男", dt.date(1970, 1, 1)),
        "landlord": "", "landlord_phone": "", "hazards": "", "status": vocab.HOUSEHOLD_ACTIVE,
        "archived_on": None, "archive_reason": "",
        "sort_key": room_sort_key(building.sort_order, building.name, slot.unit, slot.room), "notes": "",
        "deleted_at": None,
    }  # fmt: skip
    if rented:
        row["landlord"] = row["owner"]
        row["landlord_phone"] = gen.phone()
    rows.households.append(row)
    rows.persons.extend(members)


def _one_person(residents: Residents, home: Home, rows: Rows) -> list[Row]:
    rng, gen, today = residents.rng, residents.gen, residents.today
    gender = rng.choice(("男", "女"))
    born = gen.born(66, 92) if rng.random() < 0.55 else gen.born(24, 60)
    head = residents.person(home, "户主", gender, born, home.surname, 0)
    if idcard.age_at(born, today) >= 65 and not home.migrant:
        rows.elders_alone.append(head["id"])
        head["marital"] = rng.choice(("丧偶", "丧偶", "离异", "未婚"))
    return [head]


def _family(residents: Residents, home: Home, rows: Rows, old_couple: bool) -> list[Row]:
    """A couple, their children (a married son's wife and child too), maybe a parent."""
    rng, gen, today = residents.rng, residents.gen, residents.today
    head_born = gen.born(62, 88) if old_couple else gen.born(27, 60)
    head_gender = "男" if rng.random() < 0.8 else "女"
    head = residents.person(home, "户主", head_gender, head_born, home.surname, 0)
    head["marital"] = "已婚"
    spouse_born = head_born + dt.timedelta(days=rng.randint(-1500, 1500))
    if spouse_born >= today - dt.timedelta(days=20 * 365):
        spouse_born = today - dt.timedelta(days=22 * 365)
    spouse_gender = "女" if head_gender == "男" else "男"
    spouse = residents.person(home, "配偶", spouse_gender, spouse_born, gen.surname(), 1)
    spouse["marital"] = "已婚"
    members = [head, spouse]
    mother_born = head_born if head_gender == "女" else spouse_born
    if not old_couple or rng.random() < 0.35:
        kids = rng.choice((0, 1, 1, 1, 1, 2, 2, 3)) if not old_couple else 1
        for k in range(kids):
            members += _child(residents, home, mother_born, head_gender, k, old_couple)
    if old_couple and len(members) == 2 and not home.migrant:
        rows.groups.append((head["id"], "kongchao", {"居住情况": "夫妻同住", "子女去向": "子女在外地工作"},
                            today - dt.timedelta(days=rng.randint(100, 2000))))  # fmt: skip
    if not old_couple and rng.random() < 0.12 and idcard.age_at(head_born, today) < 50:
        members += _parent(residents, home, head_born)
    return members


def _child(
    residents: Residents, home: Home, mother_born: dt.date, head_gender: str, k: int,
    old_couple: bool,
) -> list[Row]:  # fmt: skip
    """The k-th child, when the mother's age allows; a grown son may live here married."""
    rng, gen, today = residents.rng, residents.gen, residents.today
    low = today - mother_born
    latest = mother_born + dt.timedelta(days=int(rng.uniform(22, 38) * 365))
    kid_born = min(latest + dt.timedelta(days=k * 700), today - dt.timedelta(days=30))
    if (kid_born - mother_born).days < 18 * 365 or low.days < 19 * 365:
        return []
    g = rng.choice(("男", "女"))
    surname = home.surname if head_gender == "男" else gen.surname()
    kid = residents.person(home, "子" if g == "男" else "女", g, kid_born, surname, 2 + k)
    kid_age = idcard.age_at(kid_born, today)
    if kid_age >= 25 and rng.random() < 0.25 and not old_couple:
        return [kid, *_married_child(residents, home, kid_born, g, k)]
    return [kid]


def _married_child(
    residents: Residents, home: Home, kid_born: dt.date, g: str, k: int
) -> list[Row]:
    """A married son lives with his parents: daughter-in-law and a grandchild."""
    rng, gen, today = residents.rng, residents.gen, residents.today
    dil_born = kid_born + dt.timedelta(days=rng.randint(-700, 700))
    in_law = residents.person(home, "儿媳" if g == "男" else "女婿", "女" if g == "男" else "男",
                              dil_born, gen.surname(), 10 + k)  # fmt: skip
    gc_born = max(kid_born + dt.timedelta(days=int(rng.uniform(23, 34) * 365)),
                  today - dt.timedelta(days=rng.randint(200, 4000)))  # fmt: skip
    if gc_born >= today:
        return [in_law]
    gg = rng.choice(("男", "女"))
    grandchild = residents.person(home, "孙子" if gg == "男" else "孙女", gg, gc_born,
                                  home.surname, 20 + k)  # fmt: skip
    return [in_law, grandchild]


def _parent(residents: Residents, home: Home, head_born: dt.date) -> list[Row]:
    """A parent of the head lives with them."""
    rng, gen, today = residents.rng, residents.gen, residents.today
    p_born = head_born - dt.timedelta(days=rng.randint(22 * 365, 32 * 365))
    if idcard.age_at(p_born, today) >= 98:
        return []
    pg = rng.choice(("男", "女"))
    surname = home.surname if pg == "男" else gen.surname()
    return [residents.person(home, "父亲" if pg == "男" else "母亲", pg, p_born, surname, 30)]


def past_events(rng: random.Random, today: dt.date, rows: Rows) -> None:
    """Life events already in the past: some moved out, some died, a few whole households gone."""
    for person in rows.persons:
        _person_event(rng, today, person)
    for household in rows.households:
        if rng.random() < 0.008:
            _archive(rng, today, household, rows.persons)


def _person_event(rng: random.Random, today: dt.date, row: Row) -> None:
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


def _archive(rng: random.Random, today: dt.date, household: Row, persons: list[Row]) -> None:
    """The whole household moved out: its members still here go with it."""
    household["status"] = vocab.HOUSEHOLD_ARCHIVED
    household["archived_on"] = today - dt.timedelta(days=rng.randint(30, 600))
    household["archive_reason"] = "全户迁出"
    for person in persons:
        if person["household_id"] == household["id"] and person["status"] == vocab.STATUS_ACTIVE:
            person["status"] = vocab.STATUS_MOVED_OUT
            person["status_date"] = household["archived_on"]
            person["destination"] = "郑州市高新区"
