#!/bin/sh
# Audio for the tests: a PulseAudio daemon the tests start themselves (null sink + remapped
# source as a virtual microphone), pacat/parec to play into it, espeak-ng for speech-like
# test audio, and libpulse0, which QtMultimedia needs on Linux. On Debian/Ubuntu as root they
# are installed; otherwise the exact apt-get line is printed.
set -u
NEEDED="libpulse0 pulseaudio pulseaudio-utils espeak-ng"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian-like: nothing to check
missing=""
for p in $NEEDED; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
line="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing audio packages for the tests:$missing"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >/dev/null 2>&1 \
    || { echo "Could not install them. Run as root: $line"; exit 1; }
else
  echo "The audio tests need packages that are missing. Run:"
  echo "  sudo $line"
  exit 1
fi
