"""WCAG 2 contrast: relative luminance, the ratio of two colours, and a colour moved in
lightness (keeping its hue) until it reaches a ratio against one or more backgrounds.

AA asks 4.5:1 for text (hints, placeholders and selected text included) and 3:1 for the
parts of a control that show its state, such as the focus frame.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor

TEXT_RATIO = 4.5
FRAME_RATIO = 3.0


def luminance(colour: QColor) -> float:
    """Relative luminance (0 for black, 1 for white) of an opaque sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    c = colour.toRgb()
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def ratio(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def blend(top: QColor, bottom: QColor) -> QColor:
    """``top`` (with its alpha) painted over the opaque ``bottom``."""
    a = top.alphaF()
    t, b = top.toRgb(), bottom.toRgb()
    return QColor.fromRgbF(
        t.redF() * a + b.redF() * (1 - a),
        t.greenF() * a + b.greenF() * (1 - a),
        t.blueF() * a + b.blueF() * (1 - a),
    )


def min_ratio(colour: QColor, backgrounds: Iterable[QColor]) -> float:
    return min(ratio(colour, bg) for bg in backgrounds)


def ensure(colour: QColor, backgrounds: Iterable[QColor], target: float = TEXT_RATIO) -> QColor:
    """``colour`` itself if it has ``target`` contrast against every background; otherwise the
    same hue made darker (on light backgrounds) or lighter (on dark ones) until it does.

    Falls back to black or white, whichever is better, if no shade of the hue gets there.
    """
    bgs = [QColor(b) for b in backgrounds]
    if min_ratio(colour, bgs) >= target:
        return QColor(colour)
    darker = sum(luminance(b) for b in bgs) / len(bgs) > 0.18
    hsl = colour.toHsl()
    h, s, lightness = hsl.hslHueF(), hsl.hslSaturationF(), hsl.lightnessF()
    steps = 100
    for i in range(1, steps + 1):
        lig = lightness * (1 - i / steps) if darker else lightness + (1 - lightness) * i / steps
        candidate = QColor.fromHslF(max(h, 0.0), s, lig)
        if min_ratio(candidate, bgs) >= target:
            return candidate
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if min_ratio(black, bgs) >= min_ratio(white, bgs) else white
