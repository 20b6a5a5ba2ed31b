"""A generated resident ledger of realistic size, shared by the import benchmarks.

``python benchmarks/gen_ledger.py OUT.xlsx [PERSONS]`` writes one sheet: a title row, the header
and one row per person (about 2.8 persons per household), IDs as text.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.helpers.ledgers import homes  # noqa: E402

HEADER = ["序号", "网格", "小区", "楼栋", "单元", "房号", "户号", "与户主关系", "姓名", "性别",
          "民族", "公民身份号码", "出生日期", "联系电话", "人员类别", "政治面貌", "特殊人群", "备注",
          "户籍地址", "工作单位"]  # fmt: skip


def write_ledger(path: Path, persons: int = 50_000, seed: int = 5) -> int:
    """Write the ledger; returns the number of person rows."""
    import xlsxwriter

    data = homes(int(persons / 2.75) + 1, seed=seed, compound="锦绣华庭")
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = book.add_worksheet("居民台账")
    ws.write_string(0, 0, "锦绣社区居民台账")
    for c, label in enumerate(HEADER):
        ws.write_string(1, c, label)
    r = 2
    for i, home in enumerate(data):
        grid = f"第{1 + i // 2000}网格"
        for m in home.members:
            if r - 2 >= persons:
                break
            values = [str(r - 1), grid, home.compound, f"{home.building}号楼", f"{home.unit}单元",
                      str(home.room), home.number, m.relation, m.name, m.gender, m.ethnicity,
                      m.id_number, m.birth.isoformat(), m.phone, m.category, "群众",
                      ",".join(m.groups), "", "河南省郑州市二七区", "个体经营"]  # fmt: skip
            for c, value in enumerate(values):
                if value:
                    ws.write_string(r, c, value)
            r += 1
    book.close()
    return r - 2


if __name__ == "__main__":
    out = Path(sys.argv[1])
    count = write_ledger(out, int(sys.argv[2]) if len(sys.argv) > 2 else 50_000)
    print(f"{out}: {count} persons")
