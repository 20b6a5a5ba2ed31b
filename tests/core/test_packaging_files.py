"""Cheap checks of the packaging files (the build itself is `make package-check`)."""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "gridapp.spec"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def spec_constant(name: str) -> object:
    """The literal value of a top-level assignment in the spec (lists/tuples of strings)."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned in the spec")


def spec_excludes() -> set[str]:
    """Everything the spec leaves out: Qt modules and other packages."""
    qt = {f"PySide6.{name}" for name in spec_constant("QT_UNUSED")}  # type: ignore[union-attr]
    others: set[str] = set()
    for node in ast.walk(spec_tree()):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "excludes" for t in node.targets)
            and isinstance(node.value, ast.BinOp)
        ):
            others = set(ast.literal_eval(node.value.right))
    assert others, "the spec's excludes list was not found"
    return qt | others


def test_spec_bundles_the_whole_package_and_its_resources() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("gridapp"' in text
    assert 'collect_data_files("gridapp"' in text
    assert '"gridapp.db.migrations", include_py_files=True' in text
    assert spec_constant("RESOURCE_DIRS") == ("fonts", "translations", "icons")
    assert "gridapp.ico" in text and "icon=str(ICON)" in text
    assert "VERSION = gridapp.__version__" in text
    # Where the resources land is where the app looks for them when frozen.
    assert 'f"resources/{name}"' in text
    assert '/ "resources"' in (ROOT / "gridapp" / "paths.py").read_text(encoding="utf-8")
    for name in ("fonts/wqy-microhei.ttc", "icons/gridapp.png", "icons/gridapp.svg"):
        assert (ROOT / "resources" / name).is_file(), name


def test_spec_leaves_out_what_the_brief_names() -> None:
    excluded = spec_excludes()
    for module in ("QtWebEngineCore", "Qt3DCore", "QtMultimedia", "QtQuick", "QtQml"):
        assert f"PySide6.{module}" in excluded
    for package in ("pytest", "hypothesis", "tkinter", "mypy"):
        assert package in excluded


def imported_modules() -> dict[str, str]:
    """Every module imported anywhere in gridapp/ (absolute imports), with one file using it."""
    found: dict[str, str] = {}
    for path in (ROOT / "gridapp").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                found.setdefault(name, str(path.relative_to(ROOT)))
    return found


def test_the_app_imports_nothing_the_spec_leaves_out() -> None:
    """Catches a new module using e.g. QtNetwork or QtCharts while the spec excludes it."""
    excluded = spec_excludes()
    used = imported_modules()
    clashes = {
        name: where
        for name, where in used.items()
        if any(name == ex or name.startswith(ex + ".") for ex in excluded)
    }
    assert not clashes, f"imported by the app but excluded in {SPEC.name}: {clashes}"


def test_the_exclusion_check_sees_a_clash() -> None:
    excluded = spec_excludes()
    assert "PySide6.QtWebEngineCore" in excluded
    assert any(name == "PySide6.QtWidgets" for name in imported_modules())


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((PACKAGING / "linux" / "gridapp.desktop").read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_desktop_file_is_valid() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Name[zh_CN]"] == "网格台账"
    assert entry["Exec"].split()[0] == "gridapp"  # the /usr/bin link the .deb installs
    assert entry["Icon"] == "gridapp"
    assert entry["Terminal"] == "false"
    categories = entry["Categories"]
    assert categories.endswith(";") and "Office" in categories.split(";")
    assert entry["Keywords"].endswith(";")
    known = {
        "Type", "Version", "Name", "GenericName", "Comment", "Exec", "TryExec", "Icon",
        "Terminal", "Categories", "Keywords", "StartupNotify", "StartupWMClass",
    }  # fmt: skip
    assert {key.split("[")[0] for key in entry} <= known
    deb = (PACKAGING / "linux" / "build_deb.sh").read_text(encoding="utf-8")
    assert "ln -s /opt/gridapp/gridapp" in deb and "usr/bin/gridapp" in deb
    assert "hicolor" in deb and "gridapp.desktop" in deb
    icon = PACKAGING / "linux" / "gridapp.svg"  # a link to the one icon, not a copy to drift
    assert icon.resolve() == (ROOT / "resources" / "icons" / "gridapp.svg").resolve()


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "linux" / "gridapp.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_icons_have_the_sizes_windows_and_linux_use() -> None:
    icons = ROOT / "resources" / "icons"
    data = (icons / "gridapp.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    for size in (16, 32, 48, 128, 512):
        png = (icons / f"gridapp-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (size, size)
    assert "<svg" in (icons / "gridapp.svg").read_text(encoding="utf-8")


def iss_sections() -> dict[str, list[str]]:
    raw = (PACKAGING / "gridapp.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup needs UTF-8 with a BOM for the Chinese"
    sections: dict[str, list[str]] = {}
    current = ""
    for line in raw.decode("utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def test_inno_setup_script_has_shortcuts_and_keeps_user_data() -> None:
    sections = iss_sections()
    icons = "\n".join(sections["Icons"])
    assert 'Name: "{group}\\' in icons  # Start menu
    assert 'Name: "{autodesktop}\\' in icons and "Tasks: desktopicon" in icons
    assert "{uninstallexe}" in icons
    assert any(line.startswith('Name: "desktopicon"') for line in sections["Tasks"])
    files = "\n".join(sections["Files"])
    assert "{#BuildDir}\\*" in files and "recursesubdirs" in files
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["ChangesAssociations"] == "no"
    assert setup["AppId"].startswith("{{") and len(setup["AppId"]) == 39
    assert (PACKAGING / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    # Associates nothing, writes no registry keys, and uninstalling never touches user data.
    assert "Registry" not in sections
    removed = "\n".join(sections.get("UninstallDelete", []))
    for user_place in ("{localappdata}", "{userappdata}", "{userdocs}", "{commonappdata}"):
        assert user_place not in removed
    text = (PACKAGING / "gridapp.iss").read_text(encoding="utf-8-sig")
    assert 'dist\\gridapp"' in text and "gridapp.exe" in text


def test_build_scripts_are_wired() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\npackage:" in makefile and "packaging/build.sh" in makefile
    assert "\npackage-check:" in makefile and "packaging/smoke_test.sh" in makefile
    smoke = (PACKAGING / "smoke_test.sh").read_text(encoding="utf-8")
    assert "env -i" in smoke and "dpkg -i" in smoke and "dpkg -r" in smoke
    for step in ("--version", " demo ", "--screenshot", "print visit-sheets"):
        assert step in smoke, step
    for script in ("build.sh", "smoke_test.sh", "linux/build_deb.sh"):
        done = subprocess.run(["bash", "-n", str(PACKAGING / script)], check=False)
        assert done.returncode == 0, script
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(r.startswith("pyinstaller") for r in project["optional-dependencies"]["package"])
    assert not any(r.lower().startswith("pyinstaller") for r in project["dependencies"])
