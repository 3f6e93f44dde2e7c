"""Samtal's colours, derived from the system palette (light or dark) or high contrast.

Every colour a window shows beside the system's own comes from here: quiet hints,
placeholders, the selection, errors, warnings, success, the outline's question states,
search marks, tinted backgrounds (a theme's or a finding kind's colour behind text) and
the focus ring. Each is checked against the backgrounds it is drawn on: at least 4.5:1 for
text, 3:1 for the focus ring (against the window, a field and a control's normal border).
``tests/ui/a11y`` checks the result for light and dark system palettes and high contrast.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QPalette

from ui.style.contrast import FRAME_RATIO, TEXT_RATIO, blend, ensure, luminance, ratio

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

#: the tones a label or message can have (``ui.style.set_tone``)
HINT = "hint"
ERROR = "error"
WARNING = "warning"
SUCCESS = "success"
TONES = (HINT, ERROR, WARNING, SUCCESS)

#: hues before they are checked against the palette (light backgrounds; dark ones lighten)
_BASE_TONES = {
    ERROR: "#b00020",
    WARNING: "#8a4b00",
    SUCCESS: "#2e7d32",
}
_MARK = "#ffe27a"  # a search hit's background, before it is checked
FOCUS_WIDTH = 2
HIGH_CONTRAST_FOCUS_WIDTH = 3
#: how strongly a theme's or finding's colour tints the text background (0–255)
TINT_ALPHA = 90
#: a theme without a colour of its own
NEUTRAL = "#7f8c8d"


@dataclass(frozen=True)
class Look:
    """One complete set of colours for the application.

    ``palette`` is what ``QApplication.setPalette`` gets; ``tones`` the foreground of quiet,
    error, warning and success text on the window or a field; ``focus`` the focus ring
    (``focus_width`` pixels wide); ``border`` the normal border of a control (the ring must
    stand out from it); ``mark``/``mark_text`` a search hit.
    """

    palette: QPalette
    tones: dict[str, QColor]
    focus: QColor
    focus_width: int
    border: QColor
    mark: QColor
    mark_text: QColor
    high_contrast: bool = False
    dark: bool = False
    text_pairs: list[tuple[str, QColor, QColor]] = field(default_factory=list)

    def tone(self, name: str) -> QColor:
        return QColor(self.tones[name])

    def mark_style(self) -> str:
        """The inline style of a search hit's words in rich text (its own text colour, so the
        words stay readable inside a selected row too)."""
        return (
            f"background-color:{self.mark.name()}; color:{self.mark_text.name()}; font-weight:600"
        )

    def tint(self, colour: str | QColor, alpha: int = TINT_ALPHA) -> QColor:
        """A background of ``colour`` behind normal text on a field, as opaque as it can be
        while the text keeps 4.5:1 (less opaque if needed, never the plain colour)."""
        base = self.palette.color(Group.Active, Role.Base)
        text = self.palette.color(Group.Active, Role.Text)
        c = QColor(colour)
        for a in range(alpha, -1, -5):
            c.setAlpha(a)
            behind = blend(c, base)
            if ratio(text, behind) >= TEXT_RATIO:
                return behind
        return QColor(base)


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(Role.Window)) < luminance(palette.color(Role.WindowText))


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * (1 - share_of_b) + b.redF() * share_of_b,
        a.greenF() * (1 - share_of_b) + b.greenF() * share_of_b,
        a.blueF() * (1 - share_of_b) + b.blueF() * share_of_b,
    )


def high_contrast_palette(dark: bool) -> QPalette:
    """Black on white (or white on black), a strong selection, black (white) borders."""
    fg, bg = (
        (QColor("#ffffff"), QColor("#000000")) if dark else (QColor("#000000"), QColor("#ffffff"))
    )
    sel, sel_text = (
        (QColor("#ffff00"), QColor("#000000")) if dark else (QColor("#00006e"), QColor("#ffffff"))
    )
    link = QColor("#8fd3ff") if dark else QColor("#0000b0")
    p = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in (
            (Role.Window, bg),
            (Role.WindowText, fg),
            (Role.Base, bg),
            (Role.AlternateBase, QColor("#1a1a1a") if dark else QColor("#f0f0f0")),
            (Role.Text, fg),
            (Role.Button, bg),
            (Role.ButtonText, fg),
            (Role.BrightText, sel),
            (Role.Light, fg),
            (Role.Midlight, fg),
            (Role.Mid, fg),
            (Role.Dark, fg),
            (Role.Shadow, fg),
            (Role.Highlight, sel),
            (Role.HighlightedText, sel_text),
            (Role.Link, link),
            (Role.LinkVisited, link),
            (Role.ToolTipBase, bg),
            (Role.ToolTipText, fg),
            (Role.PlaceholderText, QColor("#d0d0d0") if dark else QColor("#303030")),
        ):
            p.setColor(group, role, colour)
    grey = QColor("#a0a0a0") if dark else QColor("#595959")
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        p.setColor(Group.Disabled, role, grey)
    return p


def derive(system: QPalette, high_contrast: bool = False) -> Look:
    """The look for a system palette: its own colours where they are clear enough, ours
    (same hue, darker or lighter) where they are not; or the high-contrast palette."""
    dark = is_dark(system)
    p = high_contrast_palette(dark) if high_contrast else QPalette(system)
    # high contrast aims at AAA (7:1) where it can
    target = 7.0 if high_contrast else TEXT_RATIO
    pairs: list[tuple[str, QColor, QColor]] = []

    def fix(role: Role, backgrounds: list[Role], name: str) -> None:
        for group in (Group.Active, Group.Inactive):
            bgs = [p.color(group, b) for b in backgrounds]
            colour = p.color(group, role)
            if colour.alpha() < 255:  # Qt's placeholder is the text colour, half transparent
                colour = blend(colour, bgs[0])
            colour = ensure(colour, bgs, target)
            p.setColor(group, role, colour)
            for b, bg in zip(backgrounds, bgs, strict=True):
                pairs.append((f"{name} on {b.name} ({group.name})", colour, bg))

    fix(Role.WindowText, [Role.Window], "WindowText")
    fix(Role.Text, [Role.Base, Role.AlternateBase], "Text")
    fix(Role.ButtonText, [Role.Button], "ButtonText")
    fix(Role.PlaceholderText, [Role.Base], "PlaceholderText")
    fix(Role.Link, [Role.Base, Role.Window], "Link")
    fix(Role.LinkVisited, [Role.Base, Role.Window], "LinkVisited")
    fix(Role.ToolTipText, [Role.ToolTipBase], "ToolTipText")
    # The selection: keep the selected text's colour, move the highlight until they differ.
    for group in (Group.Active, Group.Inactive):
        text = p.color(group, Role.HighlightedText)
        highlight = ensure(p.color(group, Role.Highlight), [text], target)
        p.setColor(group, Role.Highlight, highlight)
        pairs.append((f"HighlightedText on Highlight ({group.name})", text, highlight))

    window, base = p.color(Role.Window), p.color(Role.Base)
    button = p.color(Role.Button)
    text_bgs = [window, base, button]
    tones: dict[str, QColor] = {}
    hint_start = _mix(p.color(Role.WindowText), window, 0.45)
    tones[HINT] = ensure(hint_start, text_bgs, target)
    for name, hue in _BASE_TONES.items():
        tones[name] = ensure(QColor(hue), text_bgs, target)
    for name, colour in tones.items():
        for bg_name, bg in (("Window", window), ("Base", base), ("Button", button)):
            pairs.append((f"tone {name} on {bg_name}", colour, bg))

    # A control's normal border, as Fusion and most styles draw it.
    border = p.color(Role.Mid) if high_contrast else window.darker(140)
    focus_start = QColor("#c83c00") if high_contrast else p.color(Role.Highlight)
    focus = ensure(focus_start, [window, base, button, border], FRAME_RATIO)
    mark = QColor(_MARK) if not dark else QColor("#6b5300")
    mark_text = ensure(p.color(Role.Text), [mark], target)
    pairs.append(("search mark text", mark_text, mark))
    return Look(
        palette=p,
        tones=tones,
        focus=focus,
        focus_width=HIGH_CONTRAST_FOCUS_WIDTH if high_contrast else FOCUS_WIDTH,
        border=border,
        mark=mark,
        mark_text=mark_text,
        high_contrast=high_contrast,
        dark=dark,
        text_pairs=pairs,
    )
