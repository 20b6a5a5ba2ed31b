"""Compile the Qt Designer forms (forms/*.ui) into gridapp/ui/generated/ui_<name>.py.

`python .ci/forms.py` writes the compiled modules (`make forms`); `python .ci/forms.py --check`
(part of `make lint`) compiles each form into a temporary folder and fails when a committed module
is missing, stale (its .ui changed since it was compiled) or left over from a deleted form. Content
is compared, not file times: a fresh clone gives every file the same time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
OUT = ROOT / "gridapp" / "ui" / "generated"
UIC = Path(sys.executable).with_name("pyside6-uic")
INIT = '"""Modules compiled from forms/*.ui by `make forms` (pyside6-uic); never edit by hand."""\n'


def compiled_name(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path, target: Path) -> None:
    # --from-imports is not needed: the forms use stock widgets, or promoted ones by absolute path.
    subprocess.run([str(UIC), "-o", str(target), str(form)], check=True)


def write_all() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").write_text(INIT, encoding="utf-8")
    wanted = set()
    for form in sorted(FORMS.glob("*.ui")):
        wanted.add(compiled_name(form))
        compile_form(form, OUT / compiled_name(form))
    for stale in OUT.glob("ui_*.py"):
        if stale.name not in wanted:
            stale.unlink()
    return 0


def check_all() -> int:
    problems: list[str] = []
    forms = sorted(FORMS.glob("*.ui"))
    with tempfile.TemporaryDirectory() as tmp:
        for form in forms:
            fresh = Path(tmp) / compiled_name(form)
            compile_form(form, fresh)
            committed = OUT / compiled_name(form)
            if not committed.exists():
                problems.append(f"{form.name}: not compiled (run `make forms`)")
            elif committed.read_bytes() != fresh.read_bytes():
                problems.append(
                    f"{form.name}: {committed.name} is older than the form (run `make forms`)"
                )
    wanted = {compiled_name(f) for f in forms}
    problems += [
        f"{p.name}: left from a deleted form" for p in OUT.glob("ui_*.py") if p.name not in wanted
    ]
    for line in problems:
        print(line)
    print(f"forms: {len(forms)} checked, {len(problems)} problem(s)")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a compiled form is stale")
    return check_all() if parser.parse_args().check else write_all()


if __name__ == "__main__":
    raise SystemExit(main())
