#!/bin/sh
# Put dist/Samtal.app (built by `python3 packaging/dist.py build` on a Mac) into a compressed
# disk image with a shortcut to Applications: dist/Samtal-<version>-macos-<arch>.dmg.
#
# macOS only (hdiutil). Written on Linux, where it cannot run: the CI workflow
# .github/workflows/bundles.yml runs it on a hosted macOS runner. The .app is ad-hoc signed by
# PyInstaller, not signed with a Developer ID nor notarised: see packaging/README.md.
set -eu
cd "$(dirname "$0")/../.."
[ -d dist/Samtal.app ] || { echo "make_dmg.sh: no dist/Samtal.app (build it first)" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -n 1)
arch=$(uname -m)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R dist/Samtal.app "$stage/"
ln -s /Applications "$stage/Applications"
out="dist/Samtal-$version-macos-$arch.dmg"
rm -f "$out"
hdiutil create -volname "Samtal $version" -srcfolder "$stage" -fs HFS+ -format UDZO "$out"
hdiutil verify "$out"
echo "wrote $out"
