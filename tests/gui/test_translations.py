"""The Chinese translation is complete, compiled, and the UI shows it by default."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "gridapp_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def test_no_unfinished_or_empty_translation() -> None:
    bad = []
    for key, msg in _messages(TS).items():
        tr = msg.find("translation")
        assert tr is not None
        forms = [f.text for f in tr.findall("numerusform")]
        text = "".join(t or "" for t in forms) if forms else (tr.text or "")
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            bad.append(key)
    assert not bad, f"untranslated entries (run `make translations` and translate): {bad}"


def test_every_ui_string_is_in_the_translation(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate not installed")
        lupdate = Path(found)
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gridapp" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    missing = set(_messages(fresh)) - set(_messages(TS))
    assert not missing, f"strings missing from {TS.name} (run `make translations`): {missing}"


def test_compiled_translation_is_shipped_and_current() -> None:
    assert QM.exists(), "run `make translations`"
    assert QM.stat().st_mtime >= TS.stat().st_mtime - 1, "the .qm is older than the .ts"


def test_ui_is_chinese_by_default_and_english_on_request(qtbot: object, demo_db: Path) -> None:
    from gridapp.ui.app import make_app
    from gridapp.ui.register_model import household_headers

    make_app(lang=None)
    assert household_headers()[0] == "户号"
    make_app(lang="en")
    assert household_headers()[0] == "Household no."
    make_app(lang=None)
    assert household_headers()[0] == "户号"
    make_app(lang="en")
