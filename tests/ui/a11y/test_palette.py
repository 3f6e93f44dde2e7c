"""Issue 21 item 4: every colour Samtal draws text or the focus ring in has the contrast WCAG
AA asks for, computed from the palette, on light and dark system palettes and in high
contrast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.a11y.palettes import DARK, LIGHT, SYSTEMS, system_palette
from ui.style.contrast import FRAME_RATIO, TEXT_RATIO, ensure, luminance, ratio
from ui.style.palette import TONES, derive, is_dark

ROOT = Path(__file__).resolve().parents[3]
Role = QPalette.ColorRole


def test_ratio_matches_wcag_examples() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert ratio(QColor("#777777"), QColor("#efefef")) == pytest.approx(3.9, abs=0.05)
    assert luminance(QColor("#ffffff")) == pytest.approx(1.0)


def test_ensure_keeps_good_colours_and_fixes_weak_ones() -> None:
    good = QColor("#222222")
    assert ensure(good, [QColor("#ffffff")]) == good
    weak = QColor("#308cc6")  # Fusion's selection: white on it is 3.6:1
    fixed = ensure(weak, [QColor("#ffffff")])
    assert ratio(fixed, QColor("#ffffff")) >= TEXT_RATIO
    assert fixed.hslHue() == pytest.approx(weak.hslHue(), abs=3)  # still blue
    on_dark = ensure(QColor("#3584e4"), [QColor("#1e1e1e")], 7.0)
    assert luminance(on_dark) > luminance(QColor("#3584e4"))


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_every_text_colour_has_enough_contrast(
    qapp: QApplication, system: str, high_contrast: bool
) -> None:
    palette = system_palette(system)
    assert is_dark(palette) == (system in DARK)
    look = derive(palette, high_contrast)
    weak = [
        f"{name}: {fg.name()} on {bg.name()} = {ratio(fg, bg):.2f}"
        for name, fg, bg in look.text_pairs
        if ratio(fg, bg) < TEXT_RATIO
    ]
    assert weak == []
    names = {name.split(" (")[0] for name, _fg, _bg in look.text_pairs}
    for must in (
        "PlaceholderText on Base",
        "HighlightedText on Highlight",
        "Text on AlternateBase",
        "tone hint on Window",
        "tone error on Base",
        "search mark text",
    ):
        assert must in names
    for tone in TONES:
        assert ratio(look.tone(tone), look.palette.color(Role.Window)) >= TEXT_RATIO


@pytest.mark.parametrize("system", SYSTEMS)
@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_focus_ring_is_wide_and_stands_out(
    qapp: QApplication, system: str, high_contrast: bool
) -> None:
    look = derive(system_palette(system), high_contrast)
    assert look.focus_width >= 2
    p = look.palette
    for name, bg in (
        ("window", p.color(Role.Window)),
        ("field", p.color(Role.Base)),
        ("button", p.color(Role.Button)),
        ("normal border", look.border),
    ):
        assert ratio(look.focus, bg) >= FRAME_RATIO, (name, look.focus.name(), bg.name())


def test_high_contrast_is_stronger(qapp: QApplication) -> None:
    for system in ("fusion-light", "windows-dark"):
        normal = derive(system_palette(system))
        high = derive(system_palette(system), high_contrast=True)
        assert high.high_contrast and high.focus_width > normal.focus_width
        text = ratio(high.palette.color(Role.Text), high.palette.color(Role.Base))
        assert text == pytest.approx(21.0)
        assert ratio(high.tone("hint"), high.palette.color(Role.Window)) >= 7.0
        assert high.dark == (system in DARK)


@pytest.mark.parametrize("system", ("fusion-light", "gnome-dark", "macos-light"))
def test_tinted_backgrounds_keep_text_readable(qapp: QApplication, system: str) -> None:
    """A theme's or finding kind's colour behind text: any colour the user picks."""
    look = derive(system_palette(system))
    text = look.palette.color(Role.Text)
    for colour in ("#ffe27a", "#2f6f9f", "#c62828", "#000000", "#ffffff", "#6a1b9a", "#9ccc65"):
        behind = look.tint(colour)
        assert ratio(text, behind) >= TEXT_RATIO, (colour, behind.name())
        if colour not in ("#ffffff",) and system in LIGHT:
            assert behind != look.palette.color(Role.Base)  # still shows the colour


#: a colour written into a widget outside ui/style: a hex value or a stylesheet colour
COLOUR_IN_CODE = re.compile(
    r"""["']#[0-9a-fA-F]{3,8}["']"""
    r"|\b(background(-color)?|color)\s*:\s*(#|palette\(|rgba?\(|[a-z]+\s*;)"
    r"|palette\([a-z-]+\)"
)


#: screens other helpers are rebuilding right now; they follow when those land (issue 21
#: phase 2), and this list is empty at the end
PENDING: tuple[str, ...] = ()


def test_no_colour_outside_the_style() -> None:
    """Colours are decided in one place (ui/style): elsewhere widgets use tones and tints."""
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(("ui/style/", *PENDING)):
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if COLOUR_IN_CODE.search(line) and "# colour ok:" not in line:
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == [], "\n".join(offenders)
