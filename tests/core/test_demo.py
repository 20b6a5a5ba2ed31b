import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import Engine, func, select

from gridapp.db import vocab
from gridapp.db.engine import session_scope
from gridapp.db.models import Area, Compound, GroupMembership, Household, PartyBranch, Person
from gridapp.domain import idcard
from gridapp.services.common import ServiceError
from gridapp.services.demo import build_demo
from gridapp.services.stats import register_stats


def test_demo_models_the_article(engine: Engine) -> None:
    with session_scope(engine) as s:
        build_demo(s, households=2000, seed=1)
    with session_scope(engine) as s:
        stats = register_stats(s)
        assert 1900 <= stats["households"] <= 2000
        assert 4500 <= stats["persons"] <= 6000
        assert stats["party_members"] == 102
        levels = Counter(s.scalars(select(Area.level)))
        assert levels["二级网格"] == 3 and levels["三级网格"] == 6
        assert s.scalar(select(func.count()).select_from(PartyBranch)) == 6
        assert (
            s.scalar(
                select(func.count()).select_from(Compound).where(Compound.management == "自管会")
            )
            == 8
        )
        assert s.scalar(select(Compound.id).where(Compound.name == "东方花园")) is not None
        assert stats["persons_moved_out"] > 0 and stats["persons_deceased"] > 0


def test_demo_people_are_consistent(demo_engine: Engine) -> None:
    with session_scope(demo_engine) as s:
        persons = s.scalars(select(Person)).all()
        assert len({p.id_number for p in persons}) == len(persons)
        for p in persons:
            info = idcard.parse(p.id_number)
            assert (info.birth_date, info.gender) == (p.birth_date, p.gender)
            assert p.birth_date <= dt.date.today()
        for h in s.scalars(select(Household)):
            head = s.get(Person, h.head_id)
            assert head is not None and head.household_id == h.id and head.relation == "户主"
            for member in h.members:
                if member.relation in ("子", "女"):
                    assert member.birth_date > head.birth_date or member.relation != "子"
        codes = Counter(s.scalars(select(GroupMembership.group_id)))
        assert len(codes) >= 6  # several groups, realistic mix


def test_demo_refuses_a_register_with_residents(demo_engine: Engine) -> None:
    with pytest.raises(ServiceError), session_scope(demo_engine) as s:
        build_demo(s, households=10)


def test_demo_is_deterministic(tmp_path: object) -> None:
    from gridapp.db.engine import open_register

    names = []
    for i in range(2):
        eng = open_register(None)
        with session_scope(eng) as s:
            build_demo(s, households=50, seed=3, today=dt.date(2026, 11, 1))
            names.append([p.name for p in s.scalars(select(Person).order_by(Person.id))])
        eng.dispose()
        del i
    assert names[0] == names[1]
    assert vocab.STATUS_ACTIVE
