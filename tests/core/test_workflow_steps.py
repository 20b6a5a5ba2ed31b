"""The step functions behind the issue and errand forms: escalation keeps its note, a return
visit records the resident's word, 未办结 is the pending work, materials are ticked off."""

import datetime as dt

import pytest
from sqlalchemy import Engine

from gridapp.db.engine import session_scope
from gridapp.domain import issue_flow as flow
from gridapp.services import issues, proxy
from gridapp.services.common import ServiceError
from tests.core.work_helpers import TODAY, small_register

D = dt.date


def test_escalation_and_assignment_keep_the_note(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        iid = issues.register_issue(s, title="楼道堆物", household_id=small.households[0],
                                    today=TODAY)  # fmt: skip
        issues.escalate(s, iid, "消防", "刘队", D(2026, 11, 20), note="堵住安全出口",
                        on=D(2026, 11, 12))  # fmt: skip
        issues.assign(s, iid, None, "王", D(2026, 11, 22), note="换人", on=D(2026, 11, 13))
        notes = [x.note for x in issues.issue_steps(s, iid)]
        assert notes[1] == "上报消防（刘队），办理时限 2026-11-20；堵住安全出口"
        assert notes[2] == "交办消防（王），办理时限 2026-11-22；换人"
        assert issues.return_answer(issues.issue_steps(s, iid)) == ""


def test_return_visit_words(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        iid = issues.register_issue(s, title="噪音", household_id=small.households[0],
                                    today=TODAY)  # fmt: skip
        issues.solve_on_spot(s, iid, "已调解", on=D(2026, 11, 3))
        with pytest.raises(ServiceError, match="回访结果"):
            issues.return_visit(s, iid, "", on=D(2026, 11, 4))
        with pytest.raises(ServiceError, match="回访结果"):
            issues.return_visit(s, iid, "还行", on=D(2026, 11, 4))
        assert issues.return_visit(s, iid, "基本满意", "", on=D(2026, 11, 4)) == flow.SOLVED_ON_SPOT
        assert issues.get_issue(s, iid).satisfied is True
        assert issues.return_answer(issues.issue_steps(s, iid)) == "基本满意"
        assert (
            issues.return_visit(s, iid, "不满意", "又吵了", on=D(2026, 11, 6)) == flow.IN_PROGRESS
        )
        assert issues.get_issue(s, iid).satisfied is False
        assert issues.issue_steps(s, iid)[-1].note == "不满意；又吵了"
        assert issues.return_answer(issues.issue_steps(s, iid)) == "不满意"


def test_pending_leaves_out_finished(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        hid = small.households[0]
        done = issues.register_issue(s, title="灯", household_id=hid, today=TODAY)
        issues.escalate(s, done, "物业", on=D(2026, 11, 2))
        issues.assign(s, done, on=D(2026, 11, 2))
        issues.finish(s, done, "修好", on=D(2026, 11, 3))
        waiting = issues.register_issue(s, title="水", household_id=hid, today=TODAY)
        assert {r.id for r in issues.list_issues(s, open_only=True)} == {done, waiting}
        assert [r.id for r in issues.list_issues(s, pending_only=True)] == [waiting]


def test_materials_ticked_off(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        rid = proxy.register_request(s, person_id=small.heads[0], errand="残疾证办理",
                                     materials_missing="照片、户口本;身份证", today=TODAY)  # fmt: skip
        assert proxy.missing_list("照片、户口本;身份证") == ["照片", "户口本", "身份证"]
        with pytest.raises(ServiceError, match="勾选"):
            proxy.receive_materials(s, rid, [])
        with pytest.raises(ServiceError, match="不在尚缺"):
            proxy.receive_materials(s, rid, ["结婚证"])
        proxy.receive_materials(s, rid, ["照片"], "医院证明", on=D(2026, 11, 2))
        assert proxy.list_requests(s)[0].materials_missing == "户口本、身份证、医院证明"
        with pytest.raises(ServiceError, match="材料未齐"):
            proxy.submit(s, rid, "区残联", D(2026, 11, 10))
        proxy.receive_materials(s, rid, ["户口本", "身份证", "医院证明"], on=D(2026, 11, 3))
        notes = [n for *_x, n in proxy.request_steps(s, rid)]
        assert notes[-2] == "收到：照片；尚缺：户口本、身份证、医院证明"
        assert notes[-1] == "收到：户口本、身份证、医院证明；材料已齐"
        proxy.submit(s, rid, "区残联", D(2026, 11, 10), on=D(2026, 11, 3))
        proxy.finish(s, rid, "已办好", on=D(2026, 11, 8))
        with pytest.raises(ServiceError, match="居民评价"):
            proxy.return_to_resident(s, rid, "", on=D(2026, 11, 9))
        proxy.return_to_resident(s, rid, "满意", "送到家", on=D(2026, 11, 9))
        assert proxy.request_steps(s, rid)[-1][-1] == "满意；送到家"
        assert proxy.list_requests(s)[0].satisfied is True
