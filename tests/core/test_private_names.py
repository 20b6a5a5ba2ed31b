"""No package reaches into another's private names (``from gridapp.services.search import
_escape``): what a package offers is what it names without an underscore. The layers and the
Qt boundary are import-linter contracts in pyproject.toml, checked by ``make lint``."""

from __future__ import annotations

import ast
from pathlib import Path

import gridapp


def private_imports_across_packages(root: Path) -> list[str]:
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        own = parts[1] if len(parts) > 2 else parts[-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith(
                "gridapp."
            ):
                continue
            target = (node.module or "").split(".")[1]
            found += [
                f"{'.'.join(parts)}: from {node.module} import {alias.name}"
                for alias in node.names
                if alias.name.startswith("_") and target != own
            ]
    return found


def test_no_private_name_is_imported_across_packages() -> None:
    assert private_imports_across_packages(Path(gridapp.__file__).parent) == []


def test_the_check_sees_a_private_import(tmp_path: Path) -> None:
    pkg = tmp_path / "gridapp"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "ui" / "page.py").write_text("from gridapp.services.search import _escape\n")
    (pkg / "services").mkdir()
    (pkg / "services" / "own.py").write_text("from gridapp.services.search import _escape\n")
    assert private_imports_across_packages(pkg) == [
        "gridapp.ui.page: from gridapp.services.search import _escape"
    ]
