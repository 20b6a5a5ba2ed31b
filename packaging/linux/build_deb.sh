#!/usr/bin/env bash
# Build dist/gridapp_<version>_<arch>.deb from the one-folder bundle dist/gridapp/.
# Installs the bundle under /opt/gridapp, a /usr/bin/gridapp link, the menu entry and icons.
# Usage: packaging/linux/build_deb.sh VERSION   (called by packaging/build.sh)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VERSION="$1"
ARCH="$(dpkg --print-architecture)"
BUNDLE="$ROOT/dist/gridapp"
STAGE="$ROOT/build/deb/gridapp_${VERSION}_${ARCH}"
OUT="$ROOT/dist/gridapp_${VERSION}_${ARCH}.deb"
[ -x "$BUNDLE/gridapp" ] || { echo "no bundle at $BUNDLE: run packaging/build.sh first" >&2; exit 1; }

echo "== .deb: $OUT"
rm -rf "$STAGE" "$OUT"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/gridapp" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/gridapp"
ln -s /opt/gridapp/gridapp "$STAGE/usr/bin/gridapp"
install -m 644 "$ROOT/packaging/linux/gridapp.desktop" "$STAGE/usr/share/applications/gridapp.desktop"
install -m 644 "$ROOT/resources/icons/gridapp.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/gridapp.svg"
for size in 16 32 48 128 512; do
  dir="$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 644 "$ROOT/resources/icons/gridapp-$size.png" "$dir/gridapp.png"
done
mkdir -p "$STAGE/usr/share/icons/hicolor/256x256/apps"
install -m 644 "$ROOT/resources/icons/gridapp.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/gridapp.png"
{
  echo "网格台账 (gridapp) $VERSION"
  echo
  echo "The program's own licence and the licences of the bundled libraries are shown in its"
  echo "About dialog (帮助 > 关于). The bundled CJK font:"
  echo
  cat "$ROOT/resources/fonts/LICENSE-wqy-microhei.txt"
} > "$STAGE/usr/share/doc/gridapp/copyright"
chmod 644 "$STAGE/usr/share/doc/gridapp/copyright"

# The oldest C library the bundled binaries accept (the build machine's libraries come along).
GLIBC="$(find "$BUNDLE" -type f \( -name '*.so*' -o -name gridapp \) -exec objdump -T {} + 2>/dev/null \
  | grep -oE 'GLIBC_[0-9]+\.[0-9]+' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -u | tail -1)"
# What the bundle does not carry: OpenGL/EGL (from the graphics driver), the X and Wayland client
# libraries and fontconfig's configuration with the system's fonts (.ci/system-deps names the same).
DEPENDS="libc6 (>= ${GLIBC:-2.34}), libgl1, libegl1, libx11-6, libxcb1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libfontconfig1, libfreetype6, libdrm2, libwayland-client0, libwayland-cursor0, libwayland-egl1"
SIZE_KB="$(du -s --block-size=1K "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: gridapp
Version: $VERSION
Section: misc
Priority: optional
Architecture: $ARCH
Maintainer: gridapp project <gridapp@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Description: 网格台账 — offline resident register and work ledger for grid leaders
 An offline desktop application for urban grid leaders (网格长) and grid workers: the resident
 register, door visits, issues, proxy services, special groups, duty roster, Excel exports and
 printed forms. Registers are SQLite files in the user's data folder; removing the package
 leaves them in place.
CONTROL
find "$STAGE" -type d -exec chmod 755 {} +
dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "$OUT" >/dev/null
echo "   $(du -h "$OUT" | cut -f1) ($OUT); Depends: $DEPENDS"
