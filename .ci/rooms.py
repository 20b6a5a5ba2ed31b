"""Rooms a newcomer can hold in their head (issue 15.7): no function in gridapp/ over
MAX_LINES lines or over MAX_COMPLEXITY cyclomatic complexity (radon's measure). Alembic
revisions are data written as code and are left out. Exit 1 with the list when any is over."""

from __future__ import annotations

import sys
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

MAX_LINES = 80
MAX_COMPLEXITY = 20
SKIP = ("migrations/versions", "ui/generated")


def _functions(blocks: list) -> list[Function]:
    found: list[Function] = []
    for block in blocks:
        if isinstance(block, Function):
            found.append(block)
            found += _functions(block.closures)
        else:  # a class: its methods, and the classes and functions nested in them
            found += _functions(block.methods) + _functions(getattr(block, "inner_classes", []))
    return found


def over_limits(root: Path) -> list[str]:
    over: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if any(part in path.as_posix() for part in SKIP):
            continue
        seen: set[tuple[int, str]] = set()
        for fn in _functions(cc_visit(path.read_text(encoding="utf-8"))):
            if (fn.lineno, fn.fullname) in seen:  # radon lists a method under its class too
                continue
            seen.add((fn.lineno, fn.fullname))
            lines = fn.endline - fn.lineno + 1
            if lines > MAX_LINES or fn.complexity > MAX_COMPLEXITY:
                over.append(
                    f"{path}:{fn.lineno} {fn.fullname}: {lines} lines, complexity {fn.complexity}"
                )
    return over


def main() -> int:
    roots = [Path(arg) for arg in sys.argv[1:]] or [Path("gridapp")]
    over = [line for root in roots for line in over_limits(root)]
    for line in over:
        print(line)
    if over:
        print(f"{len(over)} functions over {MAX_LINES} lines or complexity {MAX_COMPLEXITY}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
