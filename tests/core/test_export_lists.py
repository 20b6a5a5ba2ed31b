"""The print-ready lists agree with the services that show them on screen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from gridapp.db.engine import session_scope
from gridapp.db.models import ChangeLog
from gridapp.domain import idcard
from gridapp.export import LIST_KINDS
from gridapp.export.lists import ListOptions, export_list
from gridapp.services import duty, groups, issues, party, places, visits
from gridapp.services.common import NotFound, ServiceError
from tests.core.test_monthly import add_work_records

TODAY = dt.date.today()


def rows_of(path: Path) -> tuple[Any, list[Any], list[tuple[Any, ...]]]:
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[2]]
    body = [r for r in ws.iter_rows(min_row=3, values_only=True) if any(v is not None for v in r)]
    data = [r for r in body if r[1] is not None]  # notes below the table fill column A only
    return ws, header, data


@pytest.fixture
def worked(demo_engine: Any) -> Any:
    with session_scope(demo_engine) as session:
        add_work_records(session)
        duty.generate_roster(session, TODAY.year, TODAY.month, replace=True)
    return demo_engine


def test_every_list_is_print_ready(worked: Any, tmp_path: Path) -> None:
    for kind in LIST_KINDS:
        out = tmp_path / f"{kind}.xlsx"
        with session_scope(worked) as session:
            result = export_list(session, out, ListOptions(kind=kind, group="低保"))
        ws, _, data = rows_of(out)
        assert result.rows == len(data), kind
        assert result.rows > 0, kind
        assert ws.freeze_panes == "A3" and ws.print_title_rows == "$2:$2", kind
        assert ws.page_setup.paperSize == 9 and ws.auto_filter.ref, kind
        assert result.title.split("（")[0] in ws["A1"].value, kind


def test_lists_match_their_services(worked: Any, tmp_path: Path) -> None:
    with session_scope(worked) as session:
        due = visits.due_households(session, TODAY.year, TODAY.month)
        pending = issues.list_issues(session, pending_only=True)
        roster = duty.roster(session, TODAY.year, TODAY.month)
        dibao = groups.group_members(session, "dibao")
        members = sum(b.members for b in party.branches(session))
        grid = places.grid_by_name(session, "东方花园第一网格")
        due_grid = visits.due_households(session, TODAY.year, TODAY.month, grid.id)
        for kind, options in {
            "unvisited": ListOptions("unvisited"),
            "unvisited_grid": ListOptions("unvisited", grid="东方花园第一网格"),
            "issues": ListOptions("issues"),
            "duty": ListOptions("duty"),
            "group": ListOptions("group", group="低保户"),
            "party": ListOptions("party"),
            "elderly": ListOptions("elderly", age=90),
        }.items():
            export_list(session, tmp_path / f"{kind}.xlsx", options)
    assert len(rows_of(tmp_path / "unvisited.xlsx")[2]) == len(due)
    assert len(rows_of(tmp_path / "unvisited_grid.xlsx")[2]) == len(due_grid) < len(due)
    _, header, data = rows_of(tmp_path / "issues.xlsx")
    assert len(data) == len(pending)
    overdue = [r[header.index("逾期")] == "逾期" for r in data]
    assert any(overdue) and overdue == sorted(overdue, reverse=True)  # overdue first
    assert len(rows_of(tmp_path / "duty.xlsx")[2]) == len(roster) > 20
    _, header, data = rows_of(tmp_path / "group.xlsx")
    assert {r[header.index("姓名")] for r in data} == {m.name for m in dibao}
    assert "低保证号" in header and all(r[header.index("低保证号")] for r in data)
    assert all("*" in r[header.index("公民身份号码")] for r in data)
    assert len(rows_of(tmp_path / "party.xlsx")[2]) == members
    _, header, data = rows_of(tmp_path / "elderly.xlsx")
    assert data and all(r[header.index("年龄")] >= 90 for r in data)


def test_full_id_list_is_a_disclosure(worked: Any, tmp_path: Path) -> None:
    with session_scope(worked) as session:
        result = export_list(
            session, tmp_path / "g.xlsx", ListOptions("group", group="残疾", full_id=True)
        )
        logged = session.scalars(select(ChangeLog).where(ChangeLog.action == "disclose")).all()
    assert len(logged) == 1 and logged[0].new == str(result.rows)
    _, header, data = rows_of(tmp_path / "g.xlsx")
    assert all(idcard.is_valid(r[header.index("公民身份号码")]) for r in data)


def test_bad_list_requests(demo_engine: Any, tmp_path: Path) -> None:
    with session_scope(demo_engine) as session:
        with pytest.raises(ServiceError, match="--group"):
            export_list(session, tmp_path / "x.xlsx", ListOptions("group"))
        with pytest.raises(ServiceError, match="未知的名单"):
            export_list(session, tmp_path / "x.xlsx", ListOptions("birthdays"))
        with pytest.raises(NotFound):
            export_list(session, tmp_path / "x.xlsx", ListOptions("contacts", grid="火星"))
        with pytest.raises(ServiceError, match="年龄"):
            export_list(session, tmp_path / "x.xlsx", ListOptions("elderly", age=0))
    assert not list(tmp_path.glob("*.xlsx"))
