"""Keys that mean the same in every window that has them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent


def is_star_key(event: QKeyEvent) -> bool:
    """ "*" on a list of quotes: star the selected quote, or take its star away. Not Ctrl+8
    (Ctrl+1–9 tag with a theme in the analysis and co-listener windows) and not Alt+S (the
    interview window's Visa menu; the co-listener's star for the next quote)."""
    held = event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    return event.key() == Qt.Key.Key_Asterisk and held == Qt.KeyboardModifier.NoModifier
