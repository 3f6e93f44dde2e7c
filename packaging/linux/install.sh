#!/bin/sh
# Install Samtal for this user, without root: the program into ~/.local/opt/Samtal, the
# `samtal` command into ~/.local/bin, a menu entry and the icons into ~/.local/share.
#   sh install.sh              install (or update: the old program folder is replaced)
#   sh install.sh --uninstall  remove all of that again
# Projects, settings and backups live in Samtal's data folder (~/.local/share/Samtal) and are
# never touched by this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=${SAMTAL_PREFIX:-$HOME/.local/opt/Samtal}
bindir=$HOME/.local/bin
desktop=$data/applications/samtal.desktop

refresh() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  rm -f "$desktop"
  [ -L "$bindir/samtal" ] && rm -f "$bindir/samtal"
  rm -f "$data"/icons/hicolor/*/apps/samtal.png "$data"/icons/hicolor/scalable/apps/samtal.svg
  refresh
  echo "Samtal är avinstallerat. Dina projekt finns kvar i $data/Samtal."
  exit 0
fi

[ -x "$here/Samtal/Samtal" ] || { echo "install.sh: hittar inte $here/Samtal/Samtal" >&2; exit 1; }
mkdir -p "$(dirname "$prefix")" "$data/applications" "$bindir"
rm -rf "$prefix.new"
cp -R "$here/Samtal" "$prefix.new"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"
sed -e "s|^Exec=.*|Exec=\"$prefix/Samtal\"|" -e "s|^TryExec=.*|TryExec=$prefix/Samtal|" \
  "$here/share/applications/samtal.desktop" > "$desktop.new"
mv "$desktop.new" "$desktop"
for dir in "$here"/share/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  mkdir -p "$data/icons/hicolor/$size/apps"
  cp "$dir"/* "$data/icons/hicolor/$size/apps/"
done
ln -sf "$prefix/samtal" "$bindir/samtal"
refresh
echo "Samtal är installerat i $prefix och finns i programmenyn."
echo "Kommandot samtal finns i $bindir (lägg mappen i PATH om den inte redan är där)."
