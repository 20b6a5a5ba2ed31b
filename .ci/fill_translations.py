"""Fill the unfinished entries of gridapp_zh_CN.ts from resources/translations/pending/*.tsv.

Each helper branch lists the Chinese of its new strings in a TSV (`context<TAB>source<TAB>Chinese`;
`\\n` for a line break), so parallel branches never conflict in the .ts. `make translations` runs
lupdate, then this; every line used is removed from its TSV (an emptied TSV is deleted). Prints what
is still unfinished; `--strict` fails then.
"""

from __future__ import annotations

import argparse
import html
import re
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "gridapp_zh_CN.ts"
PENDING = TS.parent / "pending"
TRANSLATION = re.compile(r"<translation[^>]*>(.*?)</translation>", re.S)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def read_pending() -> dict[tuple[str, str], tuple[str, Path]]:
    found: dict[tuple[str, str], tuple[str, Path]] = {}
    for tsv in sorted(PENDING.glob("*.tsv")):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3 and parts[2].strip():
                found[(parts[0], _unescape(parts[1]))] = (_unescape(parts[2]), tsv)
    return found


def fill() -> list[tuple[str, str]]:
    """Edit the text lupdate wrote in place (its own layout stays, so diffs stay small)."""
    pending = read_pending()
    left: list[tuple[str, str]] = []
    used: set[tuple[str, str]] = set()

    def one_context(match: re.Match[str]) -> str:
        name = html.unescape(match.group(1))

        def one_message(msg: re.Match[str]) -> str:
            body = msg.group(0)
            source = re.search(r"<source>(.*?)</source>", body, re.S)
            current = TRANSLATION.search(body)
            if current is None or source is None:
                return body
            key = (name, html.unescape(source.group(1)))
            unfinished = 'type="unfinished"' in current.group(0)
            if key in pending:  # the branch's own Chinese wins over lupdate's same-text guess
                used.add(key)
                text = escape(pending[key][0])
            elif unfinished and current.group(1).strip() and "numerusform" not in current.group(1):
                text = current.group(1)  # lupdate's guess: the same source translated elsewhere
            elif unfinished:
                left.append(key)
                return body
            else:
                return body
            if 'numerus="yes"' in body.split(">", 1)[0]:
                text = f"<numerusform>{text}</numerusform>"  # Chinese has one plural form
            return body.replace(current.group(0), f"<translation>{text}</translation>")

        return re.sub(r"<message[^>]*>.*?</message>", one_message, match.group(0), flags=re.S)

    text = TS.read_text(encoding="utf-8")
    text = re.sub(r"<context>\s*<name>(.*?)</name>.*?</context>", one_context, text, flags=re.S)
    TS.write_text(text, encoding="utf-8")
    _drop_used(pending, used)
    return left


def _drop_used(
    pending: dict[tuple[str, str], tuple[str, Path]], used: set[tuple[str, str]]
) -> None:
    by_file: dict[Path, set[tuple[str, str]]] = {}
    for key in used:
        by_file.setdefault(pending[key][1], set()).add(key)
    for tsv, keys in by_file.items():
        kept = [
            line for line in tsv.read_text(encoding="utf-8").splitlines()
            if len(parts := line.split("\t")) != 3 or (parts[0], _unescape(parts[1])) not in keys
        ]  # fmt: skip
        if any(line.strip() for line in kept):
            tsv.write_text("\n".join(kept) + "\n", encoding="utf-8")
        else:
            tsv.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="fail when entries stay unfinished")
    left = fill()
    for context, source in left:
        print(f"unfinished: [{context}] {source!r}")
    for (context, source), (_text, tsv) in read_pending().items():
        print(f"not in the UI (left in {tsv.name}): [{context}] {source!r}")
    return 1 if left and parser.parse_args().strict else 0


if __name__ == "__main__":
    raise SystemExit(main())
