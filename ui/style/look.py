"""Applying the look: the palette, the tones of labels, and the focus ring.

``apply(app, high_contrast)`` runs once at start and again when the user switches high
contrast in Inställningar or the system switches between light and dark. Widgets never
hard-code a colour: a label gets a tone (``set_tone(label, HINT)``) and keeps it through
every switch; tinted backgrounds ask :func:`current` for ``tint(colour)``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from ui.style.focus_ring import FocusRingManager
from ui.style.palette import Look, derive

TONE_PROPERTY = "samtalTone"
_state: dict[str, object] = {}


def current() -> Look:
    """The look in use (derived from the application's palette until :func:`apply` runs)."""
    look = _state.get("look")
    if isinstance(look, Look):
        return look
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return derive(palette)


def apply(app: QApplication, high_contrast: bool = False, system: QPalette | None = None) -> Look:
    """Give the whole application Samtal's look (idempotent). ``system`` stands in for the
    system's palette (tests check a dark one on a light machine)."""
    if "native_style" not in _state:
        _state["native_style"] = app.style().name()
        _state["native_palette"] = QPalette(app.palette())
        _state["system_palette"] = QPalette(app.palette())
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _scheme: _system_changed(app))
    if system is not None:
        _state["system_palette"] = QPalette(system)
    style_name = "Fusion" if high_contrast else str(_state["native_style"])
    if app.style().name().lower() != style_name.lower():
        style = QStyleFactory.create(style_name)
        if style is not None:
            app.setStyle(style)
    base = _state["system_palette"]
    assert isinstance(base, QPalette)
    look = derive(base, high_contrast)
    _state["look"] = look
    _state["high_contrast"] = high_contrast
    app.setPalette(look.palette)
    for widget in app.allWidgets():
        tone = widget.property(TONE_PROPERTY)
        if isinstance(tone, str) and tone:
            _paint_tone(widget, look.tone(tone))
    _repaint_panels(app, look)
    manager = _state.get("focus")
    if isinstance(manager, FocusRingManager):
        manager.set_look(look.focus, look.focus_width)
    else:
        _state["focus"] = FocusRingManager(app, look.focus, look.focus_width)
    return look


def restore(app: QApplication) -> None:
    """Back to the system's style and palette (tests that look at one screen use this)."""
    if "native_style" not in _state:
        return
    manager = _state.pop("focus", None)
    if isinstance(manager, FocusRingManager):
        app.focusChanged.disconnect(manager._focus_changed)
        manager.ring.follow(None)
        manager.deleteLater()
    style = QStyleFactory.create(str(_state["native_style"]))
    if style is not None and app.style().name().lower() != style.name().lower():
        app.setStyle(style)
    native = _state["native_palette"]
    assert isinstance(native, QPalette)
    _state["system_palette"] = QPalette(native)
    app.setPalette(native)
    for widget in app.allWidgets():
        tone = widget.property(TONE_PROPERTY)
        if isinstance(tone, str) and tone:
            _paint_tone(widget, derive(native).tone(tone))
    _repaint_panels(app, derive(native))
    _state.pop("look", None)
    _state.pop("high_contrast", None)


def _system_changed(app: QApplication) -> None:
    """The system switched light/dark: start again from its new palette."""
    app.setPalette(QPalette())
    _state["native_palette"] = QPalette(app.palette())
    _state["system_palette"] = QPalette(app.palette())
    apply(app, bool(_state.get("high_contrast")))


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Show ``widget``'s text in a tone (``palette.HINT``, ``ERROR``, …) or, with None, in the
    normal text colour. The tone follows every change of look."""
    widget.setProperty(TONE_PROPERTY, tone or "")
    if tone:
        _paint_tone(widget, current().tone(tone))
    else:
        palette = widget.palette()
        app_palette = QApplication.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, app_palette.color(role))
        widget.setPalette(palette)


def _paint_tone(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(group, role, colour)
    widget.setPalette(palette)


def high_contrast_active() -> bool:
    return bool(_state.get("high_contrast"))


def focus_manager() -> FocusRingManager | None:
    manager = _state.get("focus")
    return manager if isinstance(manager, FocusRingManager) else None


def badge_style(tone: str) -> str:
    """A status badge ("SPELAR IN"): the field colour on the tone (the tone is checked against
    the field colour, so the pair keeps 4.5:1 in every look). Set it again after a change of
    look (a badge is repainted whenever its state changes)."""
    look = current()
    base = look.palette.color(QPalette.ColorRole.Base).name()
    return (
        f"background: {look.tone(tone).name()}; color: {base}; font-weight: bold;"
        " border-radius: 4px; padding: 2px 8px;"
    )


PANEL_PROPERTY = "samtalPanel"


def set_panel(widget: QWidget, selector: str, kind: str) -> None:
    """Give a panel (a banner, a section's introduction) its background as a style sheet rule
    that follows every change of look. ``kind`` is a tone (the tone's tint behind normal
    text) or ``"intro"`` (the alternate background with an accent line on the left)."""
    widget.setProperty(PANEL_PROPERTY, f"{kind}|{selector}")
    widget.setStyleSheet(_panel_css(current(), selector, kind))


def _panel_css(look: Look, selector: str, kind: str) -> str:
    p = look.palette
    text = p.color(QPalette.ColorRole.Text).name()
    if kind == "intro":
        behind = p.color(QPalette.ColorRole.AlternateBase).name()
        accent = look.focus.name()
        return (
            f"{selector} {{ background: {behind}; border-left: 4px solid {accent}; }}"
            f" {selector} QLabel {{ color: {text}; }}"
        )
    behind = look.tint(look.tone(kind)).name()
    return (
        f"{selector} {{ background: {behind}; color: {text}; padding: 6px; }}"
        f" {selector} QLabel {{ color: {text}; }}"
    )


def _repaint_panels(app: QApplication, look: Look) -> None:
    for widget in app.allWidgets():
        panel = widget.property(PANEL_PROPERTY)
        if isinstance(panel, str) and "|" in panel:
            kind, selector = panel.split("|", 1)
            widget.setStyleSheet(_panel_css(look, selector, kind))


def paint_colour(name: str) -> QColor:
    """Colours for what a widget paints itself (a level meter, a timeline): the palette's
    roles and the tones, so they follow light, dark and high contrast."""
    look = current()
    p = look.palette
    colours = {
        "border": look.border,
        "base": p.color(QPalette.ColorRole.Base),
        "text": p.color(QPalette.ColorRole.Text),
        "highlight": p.color(QPalette.ColorRole.Highlight),
        "link": p.color(QPalette.ColorRole.Link),
    }
    return QColor(colours[name]) if name in colours else look.tone(name)
