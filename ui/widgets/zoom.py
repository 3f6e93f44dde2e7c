"""Text size in every window: Ctrl++ (also Ctrl+=), Ctrl+− and Ctrl+0.

One size for the whole application, kept in the settings (``ui/font_point_size``; 0 is the
system's size): changing it in one window changes it in all of them, since every widget
without a font of its own takes the application's font. The interview window keeps a size
of its own (``session/font_point_size``, the same keys there).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ui.settings import LIMITS, settings

KEY = "ui/font_point_size"
MIN_POINTS = 8
_system_points: float | None = None


def _system() -> float:
    global _system_points
    if _system_points is None:
        _system_points = QGuiApplication.font().pointSizeF()
    return _system_points


def current_points() -> float:
    saved = int(settings().get(KEY))
    return float(saved) if saved > 0 else _system()


def apply_saved_size() -> None:
    """At start-up: the size the user chose last time (nothing if they never chose one)."""
    if int(settings().get(KEY)) > 0:
        set_points(current_points())


def set_points(points: float) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    _system()  # remember the system's size before the first change
    points = min(float(LIMITS[KEY][1]), max(float(MIN_POINTS), points))
    font = app.font()
    font.setPointSizeF(points)
    app.setFont(font)


def zoom(step: int) -> None:
    """One point larger (1) or smaller (−1); 0 back to the system's size."""
    if step == 0:
        settings().set(KEY, 0)
        set_points(_system())
        return
    points = int(round(min(LIMITS[KEY][1], max(MIN_POINTS, current_points() + step))))
    settings().set(KEY, points)
    set_points(points)


def install_zoom(window: QWidget) -> list[QAction]:
    """The three keys on ``window`` (and in its menus, if any are passed the actions)."""
    actions = []
    for text, keys, step in (
        (QCoreApplication.translate("Zoom", "Större text"), ["Ctrl++", "Ctrl+="], 1),
        (QCoreApplication.translate("Zoom", "Mindre text"), ["Ctrl+-"], -1),
        (QCoreApplication.translate("Zoom", "Normal textstorlek"), ["Ctrl+0"], 0),
    ):
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, s=step: zoom(s))
        window.addAction(action)
        actions.append(action)
    return actions
