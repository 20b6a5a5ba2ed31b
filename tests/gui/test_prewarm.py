"""Worker threads create nothing lazily: before the first one starts, the Qt types and every
module the work code needs are in place (see gridapp/ui/prewarm.py: a PySide6 type created in
the GUI thread while a worker ran Python crashed the process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers import ledgers

# A fresh interpreter: prewarm, then run the long work of every screen (the same service calls
# the worker threads make) and report any module imported after the prewarm.
PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gridapp.ui import prewarm
prewarm.prewarm_now()
before = set(sys.modules)
from gridapp.db.engine import open_register, session_scope
from gridapp.export.ledger import LedgerFilter, export_ledger
from gridapp.export.monthly_xlsx import write_monthly_xlsx
from gridapp.importer import service as importer
from gridapp.pdf.monthly_report import write_monthly_pdf
from gridapp.services.monthly import monthly_figures
db, ledger, csv_ledger, out = sys.argv[1:5]
out = Path(out)
engine = open_register(Path(db))
with session_scope(engine) as s:
    export_ledger(s, out / "l.xlsx", LedgerFilter())
    importer.preview_import(s, Path(ledger), importer.ImportOptions())
    importer.preview_import(s, Path(csv_ledger), importer.ImportOptions())
    figures = monthly_figures(s, 2026, 11)
write_monthly_xlsx(figures, out / "m.xlsx")
write_monthly_pdf(figures, out / "m.pdf")
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_work_after_prewarm_imports_nothing_new(demo_db: Path, tmp_path: Path) -> None:
    data = ledgers.homes(20, seed=3)
    xlsx = ledgers.write_xlsx(tmp_path / "台账.xlsx", {"台账": ledgers.plain_rows(data)})
    csv = ledgers.write_csv(tmp_path / "台账.csv", ledgers.plain_rows(data))
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_db), str(xlsx), str(csv), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    new = json.loads(run.stdout.strip().splitlines()[-1])
    # The imports of the probe itself (already loaded by the prewarm) add nothing either.
    assert new == []
