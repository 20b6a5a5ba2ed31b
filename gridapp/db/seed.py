"""Defaults every register starts with: the special groups and the configurable lists."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import GroupKind, Setting

# code, name, own fields, visit every cycle, household-level
DEFAULT_GROUPS: tuple[tuple[str, str, tuple[str, ...], bool, bool], ...] = (
    ("dibao", "低保", ("低保证号", "保障人口", "月保障金额"), True, True),
    ("tekun", "特困", ("供养方式", "特困证号"), True, False),
    ("canji", "残疾", ("残疾类别", "残疾等级", "残疾证号", "监护人", "监护人电话"), True, False),
    ("dujv", "独居老人", ("居住情况", "子女去向", "紧急联系人", "紧急联系电话"), True, False),
    ("kongchao", "空巢老人", ("居住情况", "子女去向", "紧急联系人", "紧急联系电话"), True, False),
    ("gaoling", "高龄老人", ("高龄补贴",), False, False),
    ("liushou", "留守儿童", ("监护人", "监护人电话", "父母去向"), True, False),
    ("tuiyi", "退役军人", ("类别", "优待证号"), False, False),
    ("youfu", "优抚对象", ("类别", "优待证号"), False, False),
    ("zhongdian", "重点人员", ("类别", "管控措施"), False, False),
    ("yunchan", "孕产妇", ("预产期",), False, False),
    ("jiuzhu", "需要救助", ("困难类型", "救助原因"), True, True),
)

DEFAULT_SETTINGS: dict[str, Any] = {
    "sub_district": "",
    "operator": "",
    "ask_operator": False,  # a shared laptop: the window asks the operator at every start
    "cycle_months": 1,
    "issue_categories": list(vocab.ISSUE_CATEGORIES),
    "issue_sources": list(vocab.ISSUE_SOURCES),
    "stations": list(vocab.STATIONS),
    "errands": list(vocab.ERRANDS),
    "issue_default_days": 7,
    "mask_ids": True,
    "language": "zh",
    "backup_dir": "",
    "auto_lock_minutes": 15,
}


def seed_defaults(engine: Engine) -> None:
    with Session(engine) as session, session.begin():
        have = set(session.scalars(select(GroupKind.code)))
        for order, (code, name, fields, every_cycle, household_level) in enumerate(DEFAULT_GROUPS):
            if code not in have:
                session.add(
                    GroupKind(
                        code=code,
                        name=name,
                        fields=list(fields),
                        every_cycle=every_cycle,
                        household_level=household_level,
                        sort_order=order,
                    )
                )
        keys = set(session.scalars(select(Setting.key)))
        for key, value in DEFAULT_SETTINGS.items():
            if key not in keys:
                session.add(Setting(key=key, value=value))
