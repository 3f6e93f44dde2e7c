"""What a user with low vision sees: text contrast on a screen, and the focus frame.

Contrast is computed from the palette each widget really paints with (``ui.style`` gives
the application its palette and the tones of hints and messages; no widget hard-codes a
colour, which ``test_no_colour_outside_the_style`` keeps true): text on its background,
placeholders, selected text and the rows of item views (a model's own background and
foreground colours included), at least 4.5:1. Disabled controls are exempt, as in WCAG.

The focus frame is looked for in the pixels: with a widget focused the window is grabbed and
the frame must be there, in the focus colour, at least 2 px thick on every side.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from tests.ui.a11y.tree import describe
from ui.style.contrast import TEXT_RATIO, blend, ratio
from ui.style.look import current

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
ROWS_CHECKED = 40
COLUMNS_CHECKED = 12


def background(widget: QWidget) -> QColor:
    """The colour behind ``widget``'s text: the nearest filled ancestor (or viewport)."""
    w: QWidget | None = widget
    while w is not None:
        parent = w.parentWidget()
        if w.autoFillBackground() or w.isWindow():
            return w.palette().color(Group.Active, w.backgroundRole())
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is w:
            return w.palette().color(Group.Active, w.backgroundRole())
        w = parent
    return widget.palette().color(Group.Active, Role.Window)


def _pairs(widget: QWidget) -> list[tuple[str, QColor, QColor]]:
    p = widget.palette()

    def c(role: Role) -> QColor:
        return p.color(Group.Active, role)

    if isinstance(widget, QLabel):
        if not widget.text():
            return []
        return [("text", c(widget.foregroundRole()), background(widget))]
    if isinstance(widget, QPushButton | QToolButton) or (
        isinstance(widget, QComboBox) and not widget.isEditable()
    ):
        return [("button text", c(Role.ButtonText), c(Role.Button))]
    if isinstance(widget, QAbstractButton | QGroupBox):  # check boxes, radio buttons
        return [("text", c(widget.foregroundRole()), background(widget))]
    if isinstance(widget, QTabBar):
        return [("tab text", c(Role.WindowText), c(Role.Window))]
    pairs: list[tuple[str, QColor, QColor]] = []
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox | QComboBox):
        pairs.append(("text", c(Role.Text), c(Role.Base)))
        pairs.append(("selected text", c(Role.HighlightedText), c(Role.Highlight)))
        placeholder = getattr(widget, "placeholderText", lambda: "")()
        if placeholder:
            pairs.append(("placeholder", c(Role.PlaceholderText), c(Role.Base)))
    if isinstance(widget, QAbstractItemView):
        pairs.append(("text", c(Role.Text), c(Role.Base)))
        pairs.append(("selected row", c(Role.HighlightedText), c(Role.Highlight)))
        if widget.alternatingRowColors():
            pairs.append(("alternate row", c(Role.Text), c(Role.AlternateBase)))
        pairs += _model_pairs(widget)
    return pairs


def _model_pairs(view: QAbstractItemView) -> list[tuple[str, QColor, QColor]]:
    """A model's own colours (a finding's kind, a status) against the view's text."""
    model = view.model()
    if model is None:
        return []
    p = view.palette()
    pairs = []
    for row in range(ROWS_CHECKED):
        if not model.index(row, 0).isValid():
            break
        for col in range(COLUMNS_CHECKED):
            index = model.index(row, col)
            if not index.isValid():
                break
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            fg = index.data(Qt.ItemDataRole.ForegroundRole)
            if bg is None and fg is None:
                continue
            back = _colour(bg) or p.color(Group.Active, Role.Base)
            if back.alpha() < 255:
                back = blend(back, p.color(Group.Active, Role.Base))
            fore = _colour(fg) or p.color(Group.Active, Role.Text)
            pairs.append((f"row {row} column {col}", fore, back))
    return pairs


def _colour(value: object) -> QColor | None:
    if isinstance(value, QColor):
        return value
    brush_colour = getattr(value, "color", None)
    return brush_colour() if callable(brush_colour) else None


def check_contrast(window: QWidget) -> list[str]:
    problems = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled():
            continue
        for what, fg, bg in _pairs(widget):
            r = ratio(fg, bg)
            if r < TEXT_RATIO - 0.005:
                problems.append(
                    f"{describe(widget)}: {what} {fg.name()} on {bg.name()} is {r:.2f}:1 (< 4.5)"
                )
    return problems


def _near(a: QColor, b: QColor, tol: int = 24) -> bool:
    return (
        abs(a.red() - b.red()) <= tol
        and abs(a.green() - b.green()) <= tol
        and abs(a.blue() - b.blue()) <= tol
    )


def check_focus_frame(widget: QWidget, image: QImage | None = None) -> list[str]:
    """The focus frame around ``widget`` (which has focus) is visible: ≥ 2 px, focus colour,
    on every side, where the window is grabbed."""
    look = current()
    if look.focus_width < 2:
        return [f"the focus frame is {look.focus_width} px wide (< 2)"]
    window = widget.window()
    ring = next((w for w in window.findChildren(QWidget, "SamtalFocusRing") if w.isVisible()), None)
    if ring is None:
        return [f"{describe(widget)}: focused, but no focus frame is shown"]
    if image is None:
        image = window.grab().toImage()
    scale = image.devicePixelRatio()
    area = QRect(ring.mapTo(window, QPoint(0, 0)), ring.size())
    target = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not area.intersects(target):
        return [f"{describe(widget)}: the focus frame is somewhere else"]
    w = look.focus_width
    problems = []
    sides = {
        "top": [
            (x, area.top() + d)
            for x in _samples(area.left() + w, area.right() - w)
            for d in range(w)
        ],
        "bottom": [
            (x, area.bottom() - d)
            for x in _samples(area.left() + w, area.right() - w)
            for d in range(w)
        ],
        "left": [
            (area.left() + d, y)
            for y in _samples(area.top() + w, area.bottom() - w)
            for d in range(w)
        ],
        "right": [
            (area.right() - d, y)
            for y in _samples(area.top() + w, area.bottom() - w)
            for d in range(w)
        ],
    }
    for side, points in sides.items():
        if not points:
            continue
        hits = sum(
            _near(QColor(image.pixel(int(x * scale), int(y * scale))), look.focus)
            for x, y in points
            if 0 <= x * scale < image.width() and 0 <= y * scale < image.height()
        )
        if hits < 0.9 * len(points):
            problems.append(
                f"{describe(widget)}: focus frame on the {side} is {hits}/{len(points)} "
                "pixels of the focus colour"
            )
    return problems


def _samples(lo: int, hi: int, n: int = 12) -> list[int]:
    if hi < lo:
        return []
    step = max(1, (hi - lo) // n)
    return list(range(lo, hi + 1, step))
