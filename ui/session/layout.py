"""The session window's sizes: where its parts were left, and the text size of each part
(a seam of :mod:`ui.session.window`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.settings import settings
from ui.widgets.common import fit_to_screen

if TYPE_CHECKING:
    from ui.session.window import SessionWindow


def restore_geometry(w: SessionWindow) -> None:
    """The window, the outline/question split and the quote panel as they were left."""
    geometry = settings().get("window/session_geometry")
    if not geometry.isEmpty():
        w.restoreGeometry(geometry)
    else:
        w.resize(1360, 820)
    fit_to_screen(w)  # never larger than the screen (a laptop at 150 % is 1280×720)
    state = settings().get("window/session_splitter")
    if not state.isEmpty():
        w.page.splitter.restoreState(state)
    else:
        w.page.splitter.setSizes([300, 700])
    docks = settings().get("window/session_state")
    if docks.isEmpty() or not w.restoreState(docks):
        w.resizeDocks([w.quote_dock], [380], Qt.Orientation.Horizontal)


def apply_font_size(w: SessionWindow, points: int) -> None:
    """The question large, the rest in proportion (Ctrl+= / Ctrl+− in the interview)."""
    w.page.apply_font_size(points)
    font = w.consent_page.font()
    font.setPointSize(max(9, points - 3))
    w.consent_page.setFont(font)
    w.summary.setFont(font)
    small = w.page.font()
    small.setPointSizeF(max(9.0, points * 0.85))
    w.quote_panel.setFont(small)
    w.page.outline.update_states(w.runner)
