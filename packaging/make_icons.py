"""Render Samtal's app icon from its SVG source: ``python packaging/make_icons.py``.

Source: ``resources/icons/samtal.svg``. Writes
- ``resources/icons/samtal-<n>.png`` for the sizes a Linux desktop (hicolor theme) and the
  window icon use;
- ``packaging/icons/samtal.ico`` (Windows: 16–256 px in one file, for the .exe and the installer);
- ``packaging/icons/samtal.icns`` (macOS: 16–1024 px, for the .app).

Rendering is Qt's (QtSvg), packing into .ico/.icns is Pillow's (``pip install '.[dist]'``).
Below 32 px the note lines are left out: they would only blur. Run it after editing the SVG
and commit the results; the bundle build uses the committed files.
"""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "samtal.svg"
PNG_DIR = ROOT / "resources" / "icons"
OUT_DIR = ROOT / "packaging" / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
SMALL = 32  # below this, no note lines


def svg_for(size: int) -> bytes:
    text = SVG.read_text(encoding="utf-8")
    if size < SMALL:
        text = re.sub(r'<g id="lines".*?</g>', "", text, flags=re.S)
    return text.encode("utf-8")


def render(size: int) -> bytes:
    """The icon at ``size`` × ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg_for(size)))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))
    rendered = {size: render(size) for size in sizes}
    for size in PNG_SIZES:
        (PNG_DIR / f"samtal-{size}.png").write_bytes(rendered[size])
    OUT_DIR.mkdir(exist_ok=True)
    images = {size: Image.open(io.BytesIO(rendered[size])) for size in sizes}
    largest = max(ICO_SIZES)
    images[largest].save(
        OUT_DIR / "samtal.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest],
    )
    largest = max(ICNS_SIZES)
    images[largest].save(
        OUT_DIR / "samtal.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != largest],
    )
    print(
        f"wrote {len(PNG_SIZES)} PNGs to {PNG_DIR.relative_to(ROOT)}, .ico and .icns to "
        f"{OUT_DIR.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
