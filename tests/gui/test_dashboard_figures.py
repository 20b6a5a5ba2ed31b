"""The dashboard's 上月 figures are last month's, and its rates are the report's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gridapp.db.models import Area, Household, Person
from gridapp.services.changelog import ChangeWriter
from gridapp.services.monthly import monthly_figures
from gridapp.services.register import create_household
from tests.gui import page_support
from tests.gui.page_support import Answers

answers = page_support.answers
window = page_support.window


def test_last_month_households_exclude_todays_new_ones(
    qtbot: QtBot, window: Any, answers: Answers
) -> None:
    long_ago = dt.datetime.now() - dt.timedelta(days=400)
    with Session(window.engine) as s, s.begin():
        s.execute(update(Household).values(created_at=long_ago))
        s.execute(update(Person).values(created_at=long_ago))
        writer = ChangeWriter(s, "测试")
        grid = s.scalar(select(Area.id).where(Area.level == "三级网格").limit(1))
        for n in range(30):
            create_household(s, writer, grid_id=grid, address=f"新楼 {n} 号")
    page = window.pages["dashboard"]
    window.show_page("dashboard")
    page.reload()
    today = dt.date.today()
    with Session(window.engine) as s:
        fig = monthly_figures(s, today.year, today.month, today=today)
    tile = page.tiles["households"]
    assert tile.value.text() == str(fig.this.households)
    assert f"last month {fig.this.households}" not in tile.note.text()
    assert f"last month {fig.last.households}" in tile.note.text()
    assert fig.this.households - fig.last.households >= 30
    assert page.tiles["coverage"].value.text() == fig.this.coverage_rate.text()
