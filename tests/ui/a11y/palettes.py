"""System palettes Samtal meets, light and dark, as the platforms hand them to Qt.

Values from Qt's own palettes (Fusion, the Windows 11 light and dark palettes in
``qwindowstheme.cpp``) and the colours GNOME (Adwaita) and macOS use for windows, fields,
the selection and placeholders (macOS gives text and placeholders as translucent black or
white, which is why they are written with an alpha here).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

Role = QPalette.ColorRole

_SYSTEMS: dict[str, dict[str, str]] = {
    "windows-light": {
        "Window": "#f0f0f0",
        "WindowText": "#000000",
        "Base": "#ffffff",
        "AlternateBase": "#e9e7e3",
        "Text": "#000000",
        "Button": "#f0f0f0",
        "ButtonText": "#000000",
        "Highlight": "#0078d7",
        "HighlightedText": "#ffffff",
        "PlaceholderText": "#80000000",
        "Link": "#0000ff",
        "LinkVisited": "#ff00ff",
        "ToolTipBase": "#ffffdc",
        "ToolTipText": "#000000",
        "Mid": "#a0a0a0",
    },
    "windows-dark": {
        "Window": "#1e1e1e",
        "WindowText": "#ffffff",
        "Base": "#2d2d2d",
        "AlternateBase": "#004272",
        "Text": "#ffffff",
        "Button": "#3c3c3c",
        "ButtonText": "#ffffff",
        "Highlight": "#0078d4",
        "HighlightedText": "#ffffff",
        "PlaceholderText": "#80ffffff",
        "Link": "#005b9f",
        "LinkVisited": "#004272",
        "ToolTipBase": "#3c3c3c",
        "ToolTipText": "#d4d4d4",
        "Mid": "#282828",
    },
    "gnome-light": {
        "Window": "#fafafa",
        "WindowText": "#000000",
        "Base": "#ffffff",
        "AlternateBase": "#f6f5f4",
        "Text": "#000000",
        "Button": "#f6f5f4",
        "ButtonText": "#2e3436",
        "Highlight": "#3584e4",
        "HighlightedText": "#ffffff",
        "PlaceholderText": "#80000000",
        "Link": "#1b6acb",
        "LinkVisited": "#1a5fb4",
        "ToolTipBase": "#353535",
        "ToolTipText": "#ffffff",
        "Mid": "#cdc7c2",
    },
    "gnome-dark": {
        "Window": "#242424",
        "WindowText": "#ffffff",
        "Base": "#1e1e1e",
        "AlternateBase": "#2a2a2a",
        "Text": "#ffffff",
        "Button": "#303030",
        "ButtonText": "#eeeeec",
        "Highlight": "#3584e4",
        "HighlightedText": "#ffffff",
        "PlaceholderText": "#80ffffff",
        "Link": "#3584e4",
        "LinkVisited": "#1a5fb4",
        "ToolTipBase": "#000000",
        "ToolTipText": "#ffffff",
        "Mid": "#1b1b1b",
    },
    "macos-light": {
        "Window": "#ececec",
        "WindowText": "#d8000000",
        "Base": "#ffffff",
        "AlternateBase": "#f4f5f5",
        "Text": "#d8000000",
        "Button": "#ececec",
        "ButtonText": "#d8000000",
        "Highlight": "#b3d7ff",
        "HighlightedText": "#000000",
        "PlaceholderText": "#3f000000",
        "Link": "#0068da",
        "LinkVisited": "#0068da",
        "ToolTipBase": "#ffffff",
        "ToolTipText": "#000000",
        "Mid": "#c4c4c4",
    },
    "macos-dark": {
        "Window": "#323232",
        "WindowText": "#d8ffffff",
        "Base": "#1e1e1e",
        "AlternateBase": "#2b2b2b",
        "Text": "#d8ffffff",
        "Button": "#505050",
        "ButtonText": "#d8ffffff",
        "Highlight": "#3f638b",
        "HighlightedText": "#ffffff",
        "PlaceholderText": "#3fffffff",
        "Link": "#419cff",
        "LinkVisited": "#419cff",
        "ToolTipBase": "#2b2b2b",
        "ToolTipText": "#ffffff",
        "Mid": "#3a3a3a",
    },
}


def _opaque(colour: QColor, behind: QColor) -> QColor:
    a = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * a + behind.redF() * (1 - a),
        colour.greenF() * a + behind.greenF() * (1 - a),
        colour.blueF() * a + behind.blueF() * (1 - a),
    )


def system_palette(name: str) -> QPalette:
    if name == "fusion-light":
        style = QStyleFactory.create("Fusion")
        return style.standardPalette()
    if name == "qt-generated-dark":
        return QPalette(QColor("#353535"))
    spec = _SYSTEMS[name]
    p = QPalette()
    window = QColor(spec["Window"])
    for role_name, value in spec.items():
        colour = QColor(value)
        if role_name in ("WindowText", "Text", "ButtonText") and colour.alpha() < 255:
            colour = _opaque(colour, window)  # the text itself is drawn opaque enough
        p.setColor(getattr(Role, role_name), colour)
    return p


LIGHT = ("fusion-light", "windows-light", "gnome-light", "macos-light")
DARK = ("qt-generated-dark", "windows-dark", "gnome-dark", "macos-dark")
SYSTEMS = LIGHT + DARK
