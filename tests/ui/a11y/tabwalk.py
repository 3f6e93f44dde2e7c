"""Walk a window with Tab and Shift+Tab, as a keyboard user does, using only key events.

Problems reported:
- a control keeps Tab (focus does not move: a text area typing a tab, a table moving between
  cells, a date field moving between its parts);
- Tab goes round in a loop that never comes back to where it started;
- a visible, enabled control that takes focus is never reached (a radio button counts as
  reached when another button of its group is: arrows move inside a group);
- the order jumps back up, or back left on the same row, against the visual reading order
  (left column before right column, top to bottom, left to right in a row);
- Shift+Tab does not visit the same stops in reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QWidget

from tests.ui.a11y.tree import describe, tab_stop

#: pixels of overlap that still count as "the same row" or "beside"
TOLERANCE = 4


@dataclass
class TabWalk:
    stops: list[QWidget] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def window_rect(widget: QWidget) -> QRect:
    window = widget.window()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def focus() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = focus()
    assert target is not None, "nothing has keyboard focus"
    QTest.keyClick(target, key, modifiers)


def activate(qtbot: object, window: QWidget) -> None:
    """Show ``window``, make it the active window and wait until it is."""
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window), f"{describe(window)} did not become active"


def walk_tabs(window: QWidget, start: QWidget | None = None, max_steps: int = 150) -> TabWalk:
    """Tab from ``start`` (or the current focus) until focus comes back to it."""
    result = TabWalk()
    if start is not None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
    first = focus()
    if first is None:
        result.problems.append(f"{describe(window)}: nothing has focus when the window opens")
        return result
    result.stops.append(first)
    seen = {id(first)}
    for _ in range(max_steps):
        before = focus()
        press(Qt.Key.Key_Tab)
        now = focus()
        if now is None:
            result.problems.append(f"Tab from {describe(before)} leaves nothing focused")
            return result
        if now is before:
            others = [w for w in window.findChildren(QWidget) if w is not now and tab_stop(w)]
            if not others:
                return result  # the only control (a message box's one button)
            result.problems.append(f"{describe(now)} keeps Tab (focus does not move on)")
            return result
        if now.window() is not window:
            result.problems.append(f"Tab from {describe(before)} leaves the window")
            return result
        if now is first:
            break
        if id(now) in seen:
            loop = [describe(w) for w in result.stops[result.stops.index(now) :]]
            result.problems.append(f"Tab loops without coming back: {loop}")
            return result
        seen.add(id(now))
        result.stops.append(now)
    else:
        result.problems.append(f"Tab did not come back to {describe(first)}")
        return result
    result.problems += _unreached(window, result.stops)
    result.problems += _order(result.stops)
    result.problems += _reverse(result.stops)
    return result


def _unreached(window: QWidget, stops: list[QWidget]) -> list[str]:
    reached = {id(w) for w in stops}
    missing = []
    for w in window.findChildren(QWidget):
        if id(w) in reached or not tab_stop(w) or w.window() is not window:
            continue
        if w.objectName().startswith("qt_") and not isinstance(w, QAbstractButton):
            continue  # Qt's own inner parts (scroll bars, a dock's title buttons)
        if isinstance(w, QRadioButton) and _group_reached(w, reached):
            continue
        missing.append(describe(w))
    return [f"never reached by Tab: {m}" for m in missing]


def _group_reached(button: QRadioButton, reached: set[int]) -> bool:
    group = button.group()
    if group is not None:
        return any(id(b) in reached for b in group.buttons())
    parent = button.parentWidget()
    siblings = parent.findChildren(QRadioButton) if parent else []
    return button.autoExclusive() and any(id(b) in reached for b in siblings)


def backwards(a: QRect, b: QRect) -> bool:
    """Going from ``a`` to ``b`` reads backwards: up in the same column, or left in a row."""
    tol = TOLERANCE
    rows_overlap = b.top() < a.bottom() - tol and a.top() < b.bottom() - tol
    if rows_overlap:
        return b.right() <= a.left() + tol and not _contains(b, a)
    above = b.bottom() <= a.top() + tol
    if not above:
        return False
    to_the_right = b.left() >= a.right() - tol
    return not to_the_right


def _contains(outer: QRect, inner: QRect) -> bool:
    return outer.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(inner)


def _order(stops: list[QWidget]) -> list[str]:
    """Tab goes round the window once: in reading order there is exactly one step back (from
    the last control to the first), wherever the walk started."""
    if len(stops) < 3:
        return []
    steps = list(zip(stops, stops[1:] + stops[:1], strict=True))
    back = [(a, b) for a, b in steps if backwards(window_rect(a), window_rect(b))]
    if len(back) <= 1:
        return []
    return [
        f"Tab order goes back from {describe(a)} {_xy(a)} to {describe(b)} {_xy(b)}"
        for a, b in back
    ]


def _xy(w: QWidget) -> str:
    r = window_rect(w)
    return f"({r.x()},{r.y()} {r.width()}×{r.height()})"


def _reverse(stops: list[QWidget]) -> list[str]:
    """Shift+Tab from the first stop visits the stops in reverse order."""
    if len(stops) < 2:
        return []
    stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    expected = [stops[0], *reversed(stops[1:])]
    for want in expected[1:]:
        before = focus()
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        now = focus()
        if now is not want:
            return [
                f"Shift+Tab from {describe(before)} goes to {describe(now)}, "
                f"not back to {describe(want)}"
            ]
    return []
