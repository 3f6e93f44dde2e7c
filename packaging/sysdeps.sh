#!/bin/sh
# System libraries Qt needs (offscreen and under Xvfb), Xvfb for the end-to-end test,
# desktop-file-utils for the bundle check (make dist-check validates the desktop entry),
# and LibreOffice + poppler for rendering exports (optional). On Debian/Ubuntu as root
# they are installed; otherwise the exact apt-get line is printed.
set -u
NEEDED="libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 libxcb-xkb1 libglib2.0-0 xvfb xauth x11-utils fonts-dejavu-core \
desktop-file-utils"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to check
missing=""
for p in $NEEDED; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    # libglib2.0-0 is libglib2.0-0t64 on newer releases
    alt=$(printf '%s' "$p" | sed 's/-0$/-0t64/')
    dpkg-query -W -f='${Status}' "$alt" 2>/dev/null | grep -q "install ok installed" && continue
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
line="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system libraries for Qt:$missing"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/dev/null 2>&1 \
    || { echo "Could not install them. Run as root: $line"; exit 1; }
else
  echo "Qt needs system libraries that are missing. Run:"
  echo "  sudo $line"
  exit 1
fi
