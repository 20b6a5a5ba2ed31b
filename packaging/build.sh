#!/usr/bin/env bash
# Build the one-folder bundle dist/gridapp/ with PyInstaller and, on Debian-like Linux, the .deb
# dist/gridapp_<version>_<arch>.deb. Usage: packaging/build.sh [--no-deb]
# Needs the venv with the `package` lock installed (packaging/lock/package.txt; make package does it).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
cd "$ROOT"

VERSION="$("$PY" -c 'import gridapp; print(gridapp.__version__)')"
start=$(date +%s)
echo "== PyInstaller: gridapp $VERSION -> dist/gridapp/"
rm -rf dist/gridapp
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/gridapp.spec
test -x dist/gridapp/gridapp || test -f dist/gridapp/gridapp.exe
echo "   built in $(( $(date +%s) - start )) s; size $(du -sh dist/gridapp | cut -f1)"

if [ "${1:-}" != "--no-deb" ] && [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null; then
  bash packaging/linux/build_deb.sh "$VERSION"
fi

echo "== What takes the room (KiB):"
du -s --block-size=1K dist/gridapp/_internal/* | sort -rn | awk 'NR <= 12'
echo "   total: $(du -s --block-size=1K dist/gridapp | cut -f1) KiB; built in $(( $(date +%s) - start )) s"
