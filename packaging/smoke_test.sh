#!/usr/bin/env bash
# Smoke test of the built bundle (and the .deb when there is one), run the way a user's machine runs
# it: with an empty environment (`env -i`, so no Python, no PYTHONPATH, no venv), from a copy of the
# bundle outside the checkout, with a fresh HOME.
#   1. `gridapp --version` prints the version of the sources;
#   2. `gridapp demo` creates a demo register, `stats` reads it back;
#   3. `gridapp gui --screenshot` opens the main window offscreen and saves a picture of it, and
#      again on a real X server (Xvfb, the bundled xcb plugin) when Xvfb is installed;
#   4. `gridapp print visit-sheets` prints the door-visit forms to a PDF with the font embedded —
#      only when the build has the `print` command (it is skipped, saying so, otherwise);
#   5. the .deb: `dpkg -i`, the same checks through /usr/bin/gridapp, the menu entry and icon, then
#      `dpkg -r`, which must remove /opt/gridapp and leave the user's registers in place.
#      Needs root; skipped (saying so) otherwise or with --no-deb. It leaves gridapp uninstalled,
#      even when it was installed before the test.
# Usage: packaging/smoke_test.sh [--no-deb] [BUNDLE_DIR]     (default: dist/gridapp)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WANT_DEB=1
if [ "${1:-}" = "--no-deb" ]; then WANT_DEB=0; shift; fi
BUNDLE="${1:-$ROOT/dist/gridapp}"
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/gridapp/__init__.py")"
ARCH="$(dpkg --print-architecture 2>/dev/null || echo none)"
DEB="$ROOT/dist/gridapp_${VERSION}_${ARCH}.deb"
[ -x "$BUNDLE/gridapp" ] || { echo "FAIL: no bundle at $BUNDLE (run make package)" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0
ok() { echo "  ok    $*"; }
bad() {
  echo "  FAIL  $*"
  failures=$((failures + 1))
  # The program's own log says why (the user sees only a short message).
  tail -n 12 "$WORK"/home/.local/share/gridapp/logs/*.log 2>/dev/null | sed 's/^/        log: /' || true
  rm -f "$WORK"/home/.local/share/gridapp/logs/*.log
}
skip() { echo "  skip  $*"; }

# run EXE ARGS...: the program with an empty environment, a fresh HOME, Qt offscreen.
run() {
  env -i HOME="$WORK/home" QT_QPA_PLATFORM=offscreen "$@"
}

check_program() {  # check_program LABEL EXE
  local label="$1" exe="$2" out reg="$WORK/$1.db"
  echo "== $label: $exe"
  out="$(run "$exe" --version 2>&1)" || true
  [ "$out" = "gridapp $VERSION" ] && ok "--version: $out" || bad "--version printed: $out"

  if run "$exe" --db "$reg" demo --households 60 >"$WORK/demo.out" 2>&1; then
    ok "demo: $(head -c 200 "$WORK/demo.out")"
  else
    bad "demo failed: $(cat "$WORK/demo.out")"
  fi
  out="$(run "$exe" --db "$reg" stats --json 2>&1)" || true
  echo "$out" | grep -Eq '"households": [1-9]' && ok "stats reads the register back" \
    || bad "stats: $out"

  rm -f "$WORK/shot.png"
  if run "$exe" --db "$reg" gui --screenshot "$WORK/shot.png" >"$WORK/gui.out" 2>&1 \
    && [ "$(head -c 4 "$WORK/shot.png" 2>/dev/null | tail -c 3)" = PNG ] \
    && [ "$(stat -c %s "$WORK/shot.png")" -gt 20000 ]; then
    ok "gui --screenshot: $(stat -c %s "$WORK/shot.png") bytes"
    cp "$WORK/shot.png" "$ROOT/dist/smoke-$label.png" 2>/dev/null || true
  else
    bad "gui --screenshot: $(tail -5 "$WORK/gui.out")"
  fi

  # On a real X server (Xvfb) through the bundled xcb platform plugin, as on a user's desktop.
  if command -v Xvfb >/dev/null; then
    local display=":$((90 + RANDOM % 100))"
    Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    rm -f "$WORK/x11.png"
    if env -i HOME="$WORK/home" DISPLAY="$display" QT_QPA_PLATFORM=xcb \
      "$exe" --db "$reg" gui --screenshot "$WORK/x11.png" >"$WORK/gui.out" 2>&1 \
      && [ -s "$WORK/x11.png" ]; then
      ok "gui on X11 (Xvfb, xcb plugin): $(stat -c %s "$WORK/x11.png") bytes"
    else
      bad "gui on X11 (Xvfb $display): $(tail -5 "$WORK/gui.out")"
    fi
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
  else
    skip "gui on X11: no Xvfb (apt-get install xvfb)"
  fi

  if run "$exe" print --help 2>/dev/null | grep -q visit-sheets; then
    rm -f "$WORK/visits.pdf"
    if run "$exe" --db "$reg" print visit-sheets "$WORK/visits.pdf" >"$WORK/print.out" 2>&1 \
      && [ "$(head -c 4 "$WORK/visits.pdf" 2>/dev/null)" = "%PDF" ]; then
      ok "print visit-sheets: $(stat -c %s "$WORK/visits.pdf") bytes"
      if command -v pdffonts >/dev/null; then
        pdffonts "$WORK/visits.pdf" | grep -qi wenquanyi && ok "the CJK font is embedded" \
          || bad "pdffonts does not list the shipped font"
      fi
      # The print preview and printing render pages with the bundled pdfium, not pdftoppm.
      find "$(dirname "$(readlink -f "$exe")")" -name 'libpdfium*' -o -name 'pdfium*.dll' \
        | grep -q . \
        && ok "pdfium is bundled (print preview)" || bad "no pdfium library in the bundle"
      if command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 60 -f 1 -l 1 "$WORK/visits.pdf" "$WORK/page" \
          && ok "page 1 renders ($(ls "$WORK"/page*.png | head -1 | xargs stat -c %s) bytes PNG)" \
          || bad "pdftoppm could not render the PDF"
        cp "$WORK"/page*.png "$ROOT/dist/smoke-$label-visit-sheet.png" 2>/dev/null || true
        rm -f "$WORK"/page*.png
      fi
    else
      bad "print visit-sheets: $(tail -5 "$WORK/print.out")"
    fi
  else
    skip "print visit-sheets: this build has no \`print\` command yet"
  fi
}

# Other commands, when the build has them: their libraries must be in the bundle too.
check_more() {  # check_more EXE REGISTER
  local exe="$1" reg="$2"
  if run "$exe" export --help >/dev/null 2>&1; then
    run "$exe" --db "$reg" export ledger "$WORK/ledger.xlsx" >"$WORK/more.out" 2>&1 \
      && [ "$(head -c 2 "$WORK/ledger.xlsx" 2>/dev/null)" = PK ] \
      && ok "export ledger: $(stat -c %s "$WORK/ledger.xlsx") bytes" \
      || bad "export ledger: $(tail -3 "$WORK/more.out")"
  fi
  if run "$exe" report --help >/dev/null 2>&1; then
    run "$exe" --db "$reg" report monthly "$WORK/monthly.xlsx" >"$WORK/more.out" 2>&1 \
      && [ "$(head -c 2 "$WORK/monthly.xlsx" 2>/dev/null)" = PK ] \
      && ok "report monthly: $(stat -c %s "$WORK/monthly.xlsx") bytes" \
      || bad "report monthly: $(tail -3 "$WORK/more.out")"
  fi
  if run "$exe" import --help >/dev/null 2>&1 && [ -f "$WORK/ledger.xlsx" ]; then
    run "$exe" --db "$WORK/import.db" import "$WORK/ledger.xlsx" --dry-run >"$WORK/more.out" 2>&1 \
      && ok "import --dry-run reads the exported ledger" \
      || bad "import --dry-run: $(tail -3 "$WORK/more.out")"
  fi
}

# 1-4: the bundle, copied away from the checkout so nothing can come from the sources.
cp -a "$BUNDLE" "$WORK/bundle"
check_program bundle "$WORK/bundle/gridapp"
check_more "$WORK/bundle/gridapp" "$WORK/bundle.db"
rm -rf "$WORK/bundle"

# 5: the .deb
if [ "$WANT_DEB" = 0 ]; then
  skip ".deb (--no-deb)"
elif [ ! -f "$DEB" ]; then
  skip ".deb: $DEB not built"
elif [ "$(id -u)" != 0 ]; then
  skip ".deb: installing needs root (sudo packaging/smoke_test.sh)"
else
  echo "== .deb: dpkg -i $DEB"
  installed=0
  if dpkg -i "$DEB" >"$WORK/dpkg.out" 2>&1; then
    ok "dpkg -i"
    installed=1
  elif grep -q "dependency problems" "$WORK/dpkg.out" && command -v apt-get >/dev/null \
    && DEBIAN_FRONTEND=noninteractive apt-get install -f -y -qq >"$WORK/apt.out" 2>&1 \
    && dpkg -s gridapp 2>/dev/null | grep -q "Status: install ok installed"; then
    ok "dpkg -i, then apt-get -f install for the missing Depends: $(grep -o 'depends on [^;]*' "$WORK/dpkg.out" | sort -u | paste -sd, -)"
    installed=1
  fi
  if [ "$installed" = 1 ]; then
    check_program deb /usr/bin/gridapp
    [ -f /usr/share/applications/gridapp.desktop ] && ok "menu entry installed" \
      || bad "no /usr/share/applications/gridapp.desktop"
    if command -v desktop-file-validate >/dev/null; then
      desktop-file-validate /usr/share/applications/gridapp.desktop && ok "desktop-file-validate" \
        || bad "desktop-file-validate"
    fi
    [ -f /usr/share/icons/hicolor/256x256/apps/gridapp.png ] && ok "icon installed" \
      || bad "no icon in hicolor"
    data="$WORK/home/.local/share/gridapp"
    run /usr/bin/gridapp gui --demo --screenshot "$WORK/demo-shot.png" >/dev/null 2>&1 || true
    if dpkg -r gridapp >"$WORK/dpkg.out" 2>&1 && [ ! -e /opt/gridapp ] && [ ! -e /usr/bin/gridapp ]; then
      ok "dpkg -r removed /opt/gridapp and /usr/bin/gridapp"
    else
      bad "dpkg -r: $(cat "$WORK/dpkg.out")"
    fi
    [ -f "$data/demo.db" ] && ok "the user's register is left in place ($data/demo.db)" \
      || bad "the user's data folder is gone after dpkg -r ($data)"
  else
    bad "dpkg -i: $(tail -5 "$WORK/dpkg.out")"
    dpkg -r gridapp >/dev/null 2>&1 || true
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "smoke test: $failures failure(s)"
  exit 1
fi
echo "smoke test: all passed"
