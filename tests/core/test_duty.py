import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import Engine

from gridapp.db.engine import session_scope
from gridapp.domain import holidays
from gridapp.services import duty, settings
from gridapp.services.common import ServiceError
from tests.core.work_helpers import small_register

D = dt.date


def test_holiday_table() -> None:
    assert holidays.holiday_name(D(2026, 10, 1)) == "国庆节"
    assert holidays.holiday_name(D(2025, 10, 6)) == "国庆节、中秋节"
    assert holidays.holiday_name(D(2026, 2, 17)) == "春节"
    assert holidays.holiday_name(D(2026, 3, 3)) == ""
    assert holidays.is_day_off(D(2026, 10, 5))  # a Monday within 国庆
    assert not holidays.is_day_off(D(2026, 10, 10))  # Saturday, 调休上班
    assert not holidays.is_day_off(D(2026, 2, 14))
    assert holidays.is_day_off(D(2026, 11, 21)) and holidays.is_day_off(D(2026, 11, 22))
    assert not holidays.is_day_off(D(2026, 11, 23))
    assert holidays.day_label(D(2026, 10, 10)) == "调休上班"
    assert holidays.is_day_off(D(2026, 11, 23), {D(2026, 11, 23): "测试假"})
    assert not holidays.is_day_off(D(2026, 11, 22), None, {D(2026, 11, 22)})
    for day in holidays.ADJUSTED_WORKDAYS:
        assert day.weekday() >= 5, day  # 调休 working days are weekends
        assert not holidays.holiday_name(day)
    for year in holidays.KNOWN_YEARS:
        assert any(d.year == year and n == "春节" for d, n in holidays.HOLIDAYS.items())


def test_roster_covers_every_day_fairly(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        rows = duty.generate_roster(s, 2026, 10, small.grid1)
        assert [r.on for r in rows] == [D(2026, 10, d) for d in range(1, 32)]
        assert all(r.area == "一网格" and r.phone for r in rows)
        off = [r for r in rows if r.shift in duty.DAY_OFF_SHIFTS]
        # 7 days of 国庆 + the weekends of 3–4, 11, 17–18, 24–25, 31 (10 October is worked)
        assert {r.on for r in off} == {
            D(2026, 10, d) for d in (1, 2, 3, 4, 5, 6, 7, 11, 17, 18, 24, 25, 31)
        }
        assert next(r for r in rows if r.on == D(2026, 10, 1)).holiday == "国庆节"
        assert next(r for r in rows if r.on == D(2026, 10, 10)).shift == "错时"
        for kinds in (duty.DAY_OFF_SHIFTS, ("错时",)):
            c = Counter(r.worker_id for r in rows if r.shift in kinds)
            assert set(c) == {small.workers["张网格"], small.workers["李网格"]}
            assert max(c.values()) - min(c.values()) <= 1
        with pytest.raises(ServiceError, match="已有值班表"):
            duty.generate_roster(s, 2026, 10, small.grid1)
        again = duty.generate_roster(s, 2026, 10, small.grid1, replace=True)
        assert len(again) == 31 and len(duty.roster(s, 2026, 10)) == 31


def test_roster_all_grids_extra_days_and_swaps(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        settings.put(s, "duty_extra_holidays", {"2026-11-23": "临时休息", "bad": "x"})
        s.flush()
        rows = duty.generate_roster(s, 2026, 11)
        assert len(rows) == 60  # two grids × 30 days
        extra = [r for r in rows if r.on == D(2026, 11, 23)]
        assert {r.shift for r in extra} == {"节假日"} and extra[0].holiday == "临时休息"
        g2 = [r for r in rows if r.area_id == small.grid2]
        assert {r.worker_id for r in g2} == {small.workers["王网格"]}
        shift = next(r for r in rows if r.area_id == small.grid1)
        other = small.workers["李网格"] if shift.name == "张网格" else small.workers["张网格"]
        swapped = duty.swap(s, shift.id, other, "测试")
        assert swapped.worker_id == other and swapped.swapped_from == shift.name
        with pytest.raises(ServiceError, match="已是"):
            duty.swap(s, shift.id, other)
        with pytest.raises(ServiceError, match="不存在"):
            duty.swap(s, shift.id, 99999)
        with pytest.raises(ServiceError, match="不存在"):
            duty.swap(s, 99999, other)
        # 王网格 is on duty in grid 2 the same day: cannot also take grid 1's shift.
        with pytest.raises(ServiceError, match="已有值班"):
            duty.swap(s, shift.id, small.workers["王网格"])
        with pytest.raises(ServiceError, match="月份"):
            duty.generate_roster(s, 2026, 13)


def test_ordinary_weekends_are_weekends_not_holidays(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        settings.put(s, "duty_extra_holidays", {"2026-10-14": "社区活动日补休"})
        s.flush()
        rows = {r.on: r for r in duty.generate_roster(s, 2026, 10, small.grid1)}
        assert rows[D(2026, 10, 17)].shift == "周末"  # a plain Saturday
        assert rows[D(2026, 10, 18)].shift == "周末"  # a plain Sunday
        assert rows[D(2026, 10, 17)].holiday == "周六"
        assert rows[D(2026, 10, 3)].shift == "节假日"  # 国庆, a Saturday too
        assert rows[D(2026, 10, 5)].shift == "节假日"  # 国庆, a Monday
        assert rows[D(2026, 10, 10)].shift == "错时"  # 调休上班
        assert rows[D(2026, 10, 14)].shift == "节假日"  # marked by the user
        assert rows[D(2026, 10, 14)].holiday == "社区活动日补休"
        assert rows[D(2026, 10, 13)].shift == "错时"
        assert {r.start_time for r in rows.values() if r.shift == "周末"} == {"09:00"}


def test_mark_and_unmark_a_holiday_is_stored_and_logged(engine: Engine) -> None:
    from sqlalchemy import select

    from gridapp.db.models import ChangeLog

    with session_scope(engine) as s:
        small_register(s)
        settings.put(s, "duty_extra_holidays", {"2026-11-23": "临时休息", "bad": "x"})
        duty.mark_holiday(s, D(2026, 11, 24), "  社区  活动日 ", actor="测试")
        duty.mark_holiday(s, D(2026, 11, 24), "社区 活动日", actor="测试")  # unchanged: no entry
        assert duty.extra_holidays(s) == {
            D(2026, 11, 23): "临时休息",
            D(2026, 11, 24): "社区 活动日",
        }
        duty.unmark_holiday(s, D(2026, 11, 23), actor="测试")
        assert duty.extra_holidays(s) == {D(2026, 11, 24): "社区 活动日"}
        assert "bad" in settings.get(s, "duty_extra_holidays")  # other entries are kept as they are
        for bad_name in ("", "   ", "长" * 21):
            with pytest.raises(ServiceError, match="名称"):
                duty.mark_holiday(s, D(2026, 11, 25), bad_name)
        with pytest.raises(ServiceError, match="法定节假日"):
            duty.mark_holiday(s, D(2026, 10, 1), "国庆")
        with pytest.raises(ServiceError, match="没有标为节假日"):
            duty.unmark_holiday(s, D(2026, 11, 25))
        rows = s.scalars(
            select(ChangeLog).where(ChangeLog.entity == "setting").order_by(ChangeLog.id)
        ).all()
        assert [(r.actor, r.field, r.old, r.new) for r in rows] == [
            ("测试", "duty_extra_holidays", None, "社区 活动日"),
            ("测试", "duty_extra_holidays", "临时休息", None),
        ]
        assert "2026-11-23" in rows[1].note
