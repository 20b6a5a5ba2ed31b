import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog, Person
from gridapp.domain import idcard
from gridapp.services import changelog, register
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import ServiceError
from gridapp.services.search import search

ID1 = idcard.make("410106", dt.date(1958, 3, 4), 21)
ID2 = idcard.make("410106", dt.date(1960, 5, 6), 42)


def _family(engine: Engine) -> None:
    with session_scope(engine) as s:
        w = ChangeWriter(s, "李敏")
        h = register.create_household(s, w, number="H001", address="东方花园5号楼2单元301室")
        register.create_person(
            s, w, h, name="张 慧敏", id_number=ID1.lower(), relation="本人", phone="138 0013 8000"
        )
        register.create_person(s, w, h, name="王秀英", id_number=ID2, relation="妻子")
        w.flush()


def test_create_derives_from_id_and_logs(engine: Engine) -> None:
    _family(engine)
    with session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == ID1)).one()
        assert p.name == "张慧敏"
        assert (p.gender, p.birth_date, p.relation) == ("男", dt.date(1958, 3, 4), "户主")
        assert p.phone == "13800138000"
        assert p.household is not None and p.household.head_id == p.id
        assert len(p.uuid) == 36 and p.rev == 1
        entries = s.scalars(select(ChangeLog)).all()
        assert [e.action for e in entries] == ["create"] * 3
        assert all(e.actor == "李敏" for e in entries)


def test_update_logs_old_and_new_and_bumps_rev(engine: Engine) -> None:
    _family(engine)
    with session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == ID2)).one()
        w = ChangeWriter(s, "李敏")
        diff = register.update_person(s, w, p, {"phone": "13900139000", "name": "王秀英"})
        w.flush()
        assert diff == {"phone": ("", "13900139000")}
        assert p.rev == 2
        entry = s.scalars(select(ChangeLog).where(ChangeLog.action == "update")).one()
        assert (entry.field, entry.old, entry.new) == ("phone", "", "13900139000")


def test_bad_input_refused_without_change(engine: Engine) -> None:
    _family(engine)
    with pytest.raises(ServiceError, match="校验位"), session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == ID2)).one()
        register.update_person(s, ChangeWriter(s, "x"), p, {"id_number": ID2[:-1] + "0"})
    with pytest.raises(ServiceError, match="已登记"), session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == ID2)).one()
        register.update_person(s, ChangeWriter(s, "x"), p, {"id_number": ID1})
    with pytest.raises(ServiceError, match="电话"), session_scope(engine) as s:
        p = s.scalars(select(Person).where(Person.id_number == ID2)).one()
        register.update_person(s, ChangeWriter(s, "x"), p, {"phone": "12345"})
    with session_scope(engine) as s:
        assert s.scalars(select(Person).where(Person.id_number == ID2)).one().rev == 1


def test_hash_chain_detects_edits(engine: Engine) -> None:
    _family(engine)
    with session_scope(engine) as s:
        assert changelog.verify(s) is None
    with engine.begin() as conn:
        conn.execute(update(ChangeLog).where(ChangeLog.id == 2).values(actor="someone else"))
    with session_scope(engine) as s:
        broken = changelog.verify(s)
        assert broken is not None and broken.entry_id == 2


def test_search_by_initials_pinyin_id_phone_address(engine: Engine) -> None:
    _family(engine)
    with session_scope(engine) as s:
        assert [h.name for h in search(s, "zhm")] == ["张慧敏"]
        assert [h.name for h in search(s, "zhang huimin")] == ["张慧敏"]
        assert [h.name for h in search(s, ID1[-8:])] == ["张慧敏"]
        assert [h.name for h in search(s, "8000")][:1] == ["张慧敏"]
        assert {h.name for h in search(s, "5号楼2单元")} == {"张慧敏", "王秀英"}
        assert search(s, "50%") == []


def test_search_by_household_number(engine: Engine) -> None:
    """The 户号 a form or a ledger shows finds the household's people, in the household's order."""
    _family(engine)
    with session_scope(engine) as s:
        household = s.scalars(select(Person).where(Person.id_number == ID1)).one().household
        assert household is not None and household.number  # numbered on creation
        hits = search(s, household.number)
        assert {h.household for h in hits} == {household.number}
        assert [h.name for h in hits] == ["张慧敏", "王秀英"]
        assert search(s, household.number + "9") == []


def test_a_person_with_a_nul_or_a_huge_name_is_refused_and_nothing_written(tmp_path: Path) -> None:
    from gridapp.db.engine import open_register

    engine = open_register(tmp_path / "r.db")
    try:
        for name, why in (("李\x00四", "控制字符"), ("李" * 100_000, "过长")):
            with pytest.raises(ServiceError, match=why), session_scope(engine) as session:
                writer = ChangeWriter(session, "测试")
                household = register.create_household(session, writer, address="1号楼101")
                register.create_person(session, writer, household, name=name, relation="户主")
            with session_scope(engine) as session:
                assert not session.scalars(select(Person)).all()
    finally:
        engine.dispose()
