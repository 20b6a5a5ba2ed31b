"""A template's own hints (一表通): the instruction / example rows under its header, and the
conventions its columns ask for (1/0 or 是/否 for yes-no, YYYYMMDD or yyyy-mm-dd for dates).

Forms handed down from above often carry a row such as "填写说明：必填 | 格式：YYYYMMDD | 是=1
否=0" and an example row ("示例 | 张三 | 19800101 | 1") under the header. The fill writes its
rows where those were (the header stays), and writes each value the way the column asks.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from openpyxl.worksheet.worksheet import Worksheet

MAX_HINT_ROWS = 6  # instruction rows and example rows under a header, at most

_HINT = re.compile(
    r"(填写说明|填表说明|填报说明|说明[:：]|示例|样例|范例|例[:：]|例如|必填|选填|非必填|"
    r"格式[:：]|yyyy|请填写|请选择|下拉选择|是\s*[=＝]\s*1|1\s*[=＝]\s*是|\d+\s*位数?字?)",
    re.IGNORECASE,
)
_DATE_PATTERN = re.compile(r"yyyy\s*([-/.年]?)\s*mm\s*([-/.月]?)\s*dd", re.IGNORECASE)
_DATE_FORMATS = {
    "": "%Y%m%d",
    "-": "%Y-%m-%d",
    "/": "%Y/%m/%d",
    ".": "%Y.%m.%d",
    "年": "%Y年%m月%d日",
}  # fmt: skip  (applied by ``date_text``, not strftime)
_ONE_ZERO = re.compile(
    r"(是\s*[=＝:：]\s*1|1\s*[=＝:：]\s*是|否\s*[=＝:：]\s*0|0\s*[=＝:：]\s*否|"
    r"(?<!\d)1\s*/\s*0(?!\d)|(?<!\d)0\s*/\s*1(?!\d)|填\s*1\s*或\s*0|1\s*表示\s*是)"
)
_YES_NO = re.compile(r"(是\s*/\s*否|否\s*/\s*是|是或否|填\s*[“\"']?是[”\"']?\s*或\s*[“\"']?否)")
_EXAMPLE_DATE = re.compile(r"^\s*(\d{4})([-/.年])(\d{1,2})[-/.月](\d{1,2})日?\s*$")
BOOL_FIELDS = {"is_key", "moved_out", "deceased", "separated"}
ONE_ZERO, YES_NO = "1/0", "是/否"


@dataclass(frozen=True)
class Convention:
    """How a column wants its values: ``boolean`` is ``ONE_ZERO``, ``YES_NO`` or "" (the
    register's 是 / empty); ``date`` a strftime pattern, "" for a date cell."""

    boolean: str = ""
    date: str = ""


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def is_hint_row(values: Iterable[object]) -> bool:
    """A row of instructions or an example: a cell saying 填写说明 / 示例 / 必填 / 格式：… ."""
    return any(_HINT.search(_text(v)) for v in values if _text(v))


def hint_rows(ws: Worksheet, start: int, last_col: int, footer: int) -> int:
    """How many rows from ``start`` (1-based) are hints or examples, stopping at the footer."""
    count = 0
    while count < MAX_HINT_ROWS:
        r = start + count
        if (footer and r >= footer) or r > ws.max_row:
            break
        values = [ws.cell(r, c).value for c in range(1, last_col + 1)]
        if not is_hint_row(values):
            break
        count += 1
    return count


def convention(heads: Iterable[object], hints: Iterable[object], source: str) -> Convention:
    """What the column's header cells and hint / example cells ask for."""
    head = " ".join(_text(h) for h in heads)
    texts = [head, *(_text(h) for h in hints)]
    joined = " ".join(t for t in texts if t)
    boolean = ""
    if _ONE_ZERO.search(joined):
        boolean = ONE_ZERO
    elif _YES_NO.search(joined):
        boolean = YES_NO
    elif source in BOOL_FIELDS:  # an example cell alone: 1 / 0, or 是 / 否
        examples = {t for t in texts[1:] if t}
        if examples and examples <= {"1", "0"}:
            boolean = ONE_ZERO
        elif examples and examples <= {"是", "否"}:
            boolean = YES_NO
    return Convention(boolean, _date_convention(joined, texts[1:]))


def _date_convention(joined: str, hints: list[str]) -> str:
    found = _DATE_PATTERN.search(joined)
    if found:
        sep = found.group(1) or ""
        return _DATE_FORMATS.get(sep, "%Y-%m-%d")
    for hint in hints:  # an example date: 19800101, 1980-01-01, 1980/1/1, 1980.01.01
        if re.fullmatch(r"(19|20)\d{6}", hint) and _parses(hint, "%Y%m%d"):
            return "%Y%m%d"
        m = _EXAMPLE_DATE.match(hint)
        if m:
            return _DATE_FORMATS.get(m.group(2), "%Y-%m-%d")
    return ""


def _parses(text: str, pattern: str) -> bool:
    try:
        dt.datetime.strptime(text, pattern)
    except ValueError:
        return False
    return True


def apply(value: object, source: str, conv: Convention) -> object:
    """``value`` written the column's way: 1/0 or 是/否 for yes-no fields, dates as text in the
    asked pattern; anything else unchanged."""
    if source in BOOL_FIELDS and conv.boolean:
        yes = value == "是"
        if conv.boolean == ONE_ZERO:
            return 1 if yes else 0
        return "是" if yes else "否"
    if isinstance(value, dt.date) and conv.date:
        return date_text(value, conv.date)
    return value


def date_text(day: dt.date, pattern: str) -> str:
    """``day`` in one of the ``_DATE_FORMATS`` patterns (by hand: strftime on Windows mangles
    the 年月日 of a Chinese pattern)."""
    return (
        pattern.replace("%Y", f"{day.year:04d}")
        .replace("%m", f"{day.month:02d}")
        .replace("%d", f"{day.day:02d}")
    )
