import datetime as dt
import itertools

import pytest
from sqlalchemy import Engine

from gridapp.db.engine import session_scope
from gridapp.db.models import Person
from gridapp.domain import issue_flow as flow
from gridapp.services import proxy
from gridapp.services.common import ServiceError
from tests.core.work_helpers import TODAY, small_register

D = dt.date


def test_full_errand(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        rid = proxy.register_request(s, person_id=small.heads[0], errand="残疾证办理",
                                     materials_missing="照片", accepted_by="张网格",
                                     requested_on=D(2026, 11, 1), actor="张网格", today=TODAY)  # fmt: skip
        with pytest.raises(ServiceError, match="材料未齐"):
            proxy.submit(s, rid, "区残联", D(2026, 11, 10))
        proxy.note_materials(s, rid, "照片;户口本", on=D(2026, 11, 2))
        proxy.note_materials(s, rid, "", on=D(2026, 11, 3))
        proxy.submit(s, rid, "区残联", D(2026, 11, 10), actor="张网格", on=D(2026, 11, 3))
        row = proxy.list_requests(s, today=TODAY)[0]
        assert row.state == "已递交" and row.overdue and row.office == "区残联"
        assert row.worker_id == small.workers["张网格"] and row.household == small.numbers[0]
        assert [r.id for r in proxy.list_requests(s, overdue_only=True, today=TODAY)] == [rid]
        assert proxy.list_requests(s, overdue_only=True, today=D(2026, 11, 10)) == []
        proxy.record_progress(s, rid, "审核中")
        proxy.finish(s, rid, "证已办好", on=D(2026, 11, 15))
        proxy.return_to_resident(s, rid, True, "送到家", on=D(2026, 11, 16))
        row = proxy.list_requests(s, today=TODAY)[0]
        assert row.state == "已反馈" and not row.overdue and row.satisfied is True
        assert (row.done_on, row.returned_on) == (D(2026, 11, 15), D(2026, 11, 16))
        assert proxy.list_requests(s, open_only=True, today=TODAY) == []
        steps = proxy.request_steps(s, rid)
        assert [x[4] for x in steps] == ["受理", "材料收集", "材料收集", "已递交", "办理中",
                                         "已办结", "已反馈"]  # fmt: skip
        for before, after in itertools.pairwise(steps):
            assert after[3] == before[4]


def test_refusals(engine: Engine) -> None:
    with session_scope(engine) as s:
        small = small_register(s)
        with pytest.raises(ServiceError, match="可选列表"):
            proxy.register_request(s, person_id=small.heads[0], errand="代买彩票", today=TODAY)
        with pytest.raises(ServiceError, match="不存在"):
            proxy.register_request(s, person_id=99999, errand="医保缴费", today=TODAY)
        with pytest.raises(ServiceError, match="晚于"):
            proxy.register_request(s, person_id=small.heads[0], errand="医保缴费",
                                   requested_on=D(2026, 12, 1), today=TODAY)  # fmt: skip
        with pytest.raises(ServiceError, match="网格员"):
            proxy.register_request(s, person_id=small.heads[0], errand="医保缴费",
                                   accepted_by="无名氏", today=TODAY)  # fmt: skip
        dead = s.get(Person, small.heads[1])
        assert dead is not None
        dead.status = "deceased"
        with pytest.raises(ServiceError, match="已死亡"):
            proxy.register_request(s, person_id=dead.id, errand="医保缴费", today=TODAY)
        rid = proxy.register_request(s, person_id=small.heads[0], errand="医保缴费", today=TODAY)
        with pytest.raises(ServiceError, match="不能“办结”"):
            proxy.finish(s, rid, "完")
        with pytest.raises(ServiceError, match="不能“反馈居民”"):
            proxy.return_to_resident(s, rid, True)
        with pytest.raises(ServiceError, match="部门"):
            proxy.submit(s, rid, " ")
        with pytest.raises(ServiceError, match="原因"):
            proxy.cancel(s, rid, "")
        proxy.cancel(s, rid, "居民自己去办了")
        with pytest.raises(ServiceError, match="已撤销"):
            proxy.submit(s, rid, "区政务服务中心")
        assert proxy.list_requests(s, open_only=True) == []


@pytest.mark.parametrize("state", flow.SERVICE_STATES)
def test_every_state_has_a_way_on_or_is_final(state: str) -> None:
    moves = [a for a, m in flow.SERVICE_TRANSITIONS.items() if state in m]
    if state in flow.SERVICE_OPEN_STATES:
        assert flow.SV_CANCEL in moves
        assert flow.service_next_state(state, flow.SV_CANCEL) == "已撤销"
    elif state in ("已撤销", "已反馈"):
        assert moves == []
        with pytest.raises(flow.TransitionError):
            flow.service_next_state(state, flow.SV_FINISH)
