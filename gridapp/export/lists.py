"""The lists people ask for, print-ready: a special group, the elderly, party members by branch,
households not visited this cycle, open and overdue issues, a month's duty roster, the grid
contact list. Each comes from the service that shows the same list on screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gridapp.db import vocab
from gridapp.db.models import Area, Household, PartyBranch, Person, Worker
from gridapp.domain import idcard
from gridapp.export import LIST_KINDS
from gridapp.export.ledger import area_title, group_kind_by_name
from gridapp.export.style import Book, Column, Sheet, atomic_path, export_date_label
from gridapp.services import duty, groups, issues, party, places, settings, visits
from gridapp.services.changelog import ChangeWriter
from gridapp.services.common import NEVER, CancelFlag, Progress, ServiceError, no_progress


@dataclass(frozen=True)
class ListOptions:
    kind: str
    grid: str | None = None
    group: str | None = None
    age: int = 80
    month: str | None = None  # YYYY-MM; default this month
    full_id: bool = False


@dataclass(frozen=True)
class ListResult:
    path: Path
    title: str
    rows: int


def export_list(
    session: Session,
    out: Path,
    options: ListOptions,
    today: dt.date | None = None,
    progress: Progress = no_progress,
    cancel: CancelFlag = NEVER,
) -> ListResult:
    if options.kind not in LIST_KINDS:
        raise ServiceError(f"未知的名单：{options.kind}（可选：{'、'.join(LIST_KINDS)}）")
    today = today or dt.date.today()
    grid_id = places.grid_by_name(session, options.grid).id if options.grid else None
    year, month = today.year, today.month
    if options.month:
        year, month = (int(x) for x in options.month.split("-"))
    where = area_title(session, options.grid)
    progress(0, 1, LIST_KINDS[options.kind])
    out = Path(out)
    with atomic_path(out) as tmp:
        book = Book(tmp)
        try:
            builder = _BUILDERS[options.kind]
            title, count, shows_ids = builder(
                book, session, options, where, grid_id, year, month, today
            )
        finally:
            book.close()
    cancel.check()
    if options.full_id and shows_ids and count:
        writer = ChangeWriter(session, settings.operator(session))
        writer.add("register", 0, "", "disclose", field="id_number", new=str(count),
                   note=f"导出{title}（完整身份证号）{count}人"[:200])  # fmt: skip
        writer.flush()
    progress(1, 1, "完成")
    return ListResult(out, title, count)


def _id(number: str, full: bool) -> str:
    return number if full else idcard.mask(number)


def _age(born: dt.date | None, today: dt.date) -> int | None:
    return idcard.age_at(born, today) if born else None


def _dated(what: str, where: str, today: dt.date) -> str:
    return f"{where} {what}（{export_date_label(today)}）"


Result = tuple[str, int, bool]


def _group(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    _y: int, _m: int, today: dt.date,
) -> Result:  # fmt: skip
    if not o.group:
        raise ServiceError("请用 --group 指定人群，如 低保、残疾、独居老人")
    kind = group_kind_by_name(session, o.group)
    title = f"{kind.name}名单"
    members = groups.group_members(session, kind.code, grid_id)
    columns = [Column("序号", "int"), Column("网格"), Column("户号"), Column("姓名"),
               Column("性别"), Column("年龄", "int"), Column("公民身份号码"),
               Column("联系电话"), Column("住址"), Column("纳入日期", "date")]  # fmt: skip
    columns += [Column(f) for f in kind.fields] + [Column("服务需求")]
    sheet = Sheet(book, title, _dated(title, where, today), columns)
    for n, m in enumerate(members, 1):
        sheet.write([n, m.grid, m.household, m.name, m.gender, _age(m.birth_date, today),
                     _id(m.id_number, o.full_id), m.phone, m.address, m.joined_on,
                     *(_text(m.fields.get(f)) for f in kind.fields), m.needs])  # fmt: skip
    sheet.finish([f"共 {len(members)} 人"])
    return title, len(members), True


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _elderly(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    _y: int, _m: int, today: dt.date,
) -> Result:  # fmt: skip
    if not 0 < o.age < 130:
        raise ServiceError(f"年龄下限不合理：{o.age}")
    title = f"{o.age}岁以上老人名单"
    born_by = _years_before(today, o.age)
    query = (
        select(Person, Household.number, Household.address, Area.name)
        .join(Household, Person.household_id == Household.id)
        .outerjoin(Area, Household.grid_id == Area.id)
        .where(
            Person.deleted_at.is_(None),
            Person.status.not_in(vocab.ARCHIVED_STATUSES),
            Person.birth_date.is_not(None),
            Person.birth_date <= born_by,
        )
        .order_by(Area.sort_order, Household.sort_key, Person.sort_order, Person.id)
    )
    if grid_id is not None:
        query = query.where(Household.grid_id.in_(places.descendant_ids(session, grid_id)))
    live_groups = _group_names(session)
    sheet = Sheet(book, title, _dated(title, where, today),
                  [Column("序号", "int"), Column("网格"), Column("户号"), Column("姓名"),
                   Column("性别"), Column("出生日期", "date"), Column("年龄", "int"),
                   Column("公民身份号码"), Column("联系电话"), Column("住址"),
                   Column("特殊人群"), Column("健康状况")])  # fmt: skip
    n = 0
    for n, (p, number, address, grid) in enumerate(session.execute(query), 1):
        sheet.write([n, grid or "", number, p.name, p.gender, p.birth_date,
                     _age(p.birth_date, today), _id(p.id_number, o.full_id), p.phone, address,
                     live_groups.get(p.id, ""), p.health])  # fmt: skip
    sheet.finish([f"共 {n} 人"])
    return title, n, True


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _group_names(session: Session) -> dict[int, str]:
    from gridapp.export.ledger import group_names

    return group_names(session)


def _party(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    _y: int, _m: int, today: dt.date,
) -> Result:  # fmt: skip
    title = "党员名单（按支部）"
    sheet = Sheet(book, "党员名单", _dated(title, where, today),
                  [Column("序号", "int"), Column("党支部"), Column("姓名"), Column("性别"),
                   Column("联系电话"), Column("户号"), Column("住址"),
                   Column("入党时间", "date"), Column("转入支部时间", "date"),
                   Column("流动党员")])  # fmt: skip
    scope = places.descendant_ids(session, grid_id) if grid_id is not None else None
    area_of = dict(session.execute(select(PartyBranch.id, PartyBranch.area_id)).all())
    n = 0
    for branch in party.branches(session):
        if scope is not None and area_of.get(branch.id) not in scope:
            continue
        for m in party.branch_members(session, branch.id):
            n += 1
            sheet.write([n, branch.name, m.name, m.gender, m.phone, m.household, m.address,
                         m.joined_party_on, m.joined_branch_on, "是" if m.mobile else ""])  # fmt: skip
    sheet.finish([f"共 {n} 名党员"])
    return title, n, False


def _unvisited(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    year: int, month: int, today: dt.date,
) -> Result:  # fmt: skip
    start, end = visits.session_cycle(session, year, month)
    title = f"{year}年{month}月未走访户"
    due = visits.due_households(session, year, month, grid_id)
    sheet = Sheet(book, "未走访户", _dated(title, where, today),
                  [Column("序号", "int"), Column("网格"), Column("户号"), Column("住址"),
                   Column("重点人群"), Column("上次走访", "date"), Column("备注")])  # fmt: skip
    for n, d in enumerate(due, 1):
        sheet.write([n, d.grid, d.number, d.address, "、".join(d.groups), d.last_visit,
                     "从未走访" if d.never_visited else ""])  # fmt: skip
    sheet.finish([f"走访周期 {start.isoformat()} 至 {end.isoformat()}，未走访 {len(due)} 户；"
                  "重点人群户排在前面。"])  # fmt: skip
    return title, len(due), False


def _issues(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    _y: int, _m: int, today: dt.date,
) -> Result:  # fmt: skip
    title = "未办结及逾期问题"
    rows = issues.list_issues(session, pending_only=True, grid_id=grid_id, today=today)
    rows.sort(key=lambda i: (not i.overdue, i.due or dt.date.max, i.reported_on))
    sheet = Sheet(book, "问题", _dated(title, where, today),
                  [Column("序号", "int"), Column("编号"), Column("登记日期", "date"),
                   Column("标题", min_width=20), Column("类别"), Column("紧急程度"), Column("网格"),
                   Column("户号"), Column("状态"), Column("承办单位"), Column("承办人"),
                   Column("办理时限", "date"), Column("逾期")])  # fmt: skip
    for n, i in enumerate(rows, 1):
        sheet.write([n, i.number, i.reported_on, i.title, i.category, i.urgency, i.grid,
                     i.household, i.state, i.station, i.handler, i.due,
                     "逾期" if i.overdue else ""])  # fmt: skip
    overdue = sum(1 for i in rows if i.overdue)
    sheet.finish([f"未办结 {len(rows)} 件，其中逾期 {overdue} 件（逾期的排在前面）"])
    return title, len(rows), False


def _duty(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    year: int, month: int, today: dt.date,
) -> Result:  # fmt: skip
    title = f"{year}年{month}月值班表"
    rows = duty.roster(session, year, month, grid_id)
    sheet = Sheet(book, "值班表", _dated(title, where, today),
                  [Column("日期", "date"), Column("星期"), Column("班次"), Column("时间"),
                   Column("网格"), Column("值班人"), Column("联系电话"), Column("节假日"),
                   Column("换班")], landscape=False)  # fmt: skip
    for s in rows:
        sheet.write([s.on, "一二三四五六日"[s.on.weekday()], s.shift,
                     f"{s.start_time}-{s.end_time}" if s.start_time else "", s.area, s.name,
                     s.phone, s.holiday, f"原 {s.swapped_from}" if s.swapped_from else ""])  # fmt: skip
    sheet.finish([f"共 {len(rows)} 个班次"] if rows else ["本月尚未排班"])
    return title, len(rows), False


def _contacts(
    book: Book, session: Session, o: ListOptions, where: str, grid_id: int | None,
    _y: int, _m: int, today: dt.date,
) -> Result:  # fmt: skip
    title = "网格联系表"
    scope = places.descendant_ids(session, grid_id) if grid_id is not None else None
    query = (
        select(Worker, Area)
        .join(Area, Worker.area_id == Area.id)
        .where(Worker.deleted_at.is_(None), Worker.active.is_(True), Worker.published.is_(True),
               Area.deleted_at.is_(None))
        .order_by(Area.sort_order, Area.id, Worker.id)
    )  # fmt: skip
    sheet = Sheet(book, title, _dated(title, where, today),
                  [Column("网格"), Column("网格范围", min_width=16), Column("职务"), Column("姓名"),
                   Column("联系电话"), Column("值班电话"), Column("服务时间", min_width=16)])  # fmt: skip
    n = 0
    for w, area in session.execute(query):
        if scope is not None and area.id not in scope:
            continue
        n += 1
        sheet.write([area.name, area.scope, w.role, w.name, w.phone, area.duty_phone,
                     area.service_hours])  # fmt: skip
    sheet.finish([f"共 {n} 人"])
    return title, n, False


_BUILDERS = {
    "group": _group,
    "elderly": _elderly,
    "party": _party,
    "unvisited": _unvisited,
    "issues": _issues,
    "duty": _duty,
    "contacts": _contacts,
}
