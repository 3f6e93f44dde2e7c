"""A visible focus frame on every focusable widget, text areas, lists and tables included.

Styles draw focus very differently (Fusion a 1-px line, some nothing on a read-only text or a
table), so Samtal draws its own: one ring that follows ``QApplication.focusChanged``. It is a
child of the focus widget's window (or of the scroll area's viewport the widget sits in),
above the widget's siblings, transparent for the mouse, and lies
``width`` pixels outside the widget; where the window or viewport edge cuts that off, it lies
inside instead. Its colour and width come from :mod:`ui.style.palette` (≥ 3:1, ≥ 2 px).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

#: events on the focus widget or its ancestors that move or hide the ring
_FOLLOW = frozenset(
    {
        QEvent.Type.Move,
        QEvent.Type.Resize,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.ParentChange,
        QEvent.Type.ZOrderChange,
    }
)


class FocusRing(QWidget):
    """The ring itself; :class:`FocusRingManager` moves it to the focus widget."""

    def __init__(self, colour: QColor, width: int) -> None:
        super().__init__(None)
        self.setObjectName("SamtalFocusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.colour = QColor(colour)
        self.width_px = width
        self.target: QWidget | None = None
        self._watched: list[QWidget] = []

    def set_look(self, colour: QColor, width: int) -> None:
        self.colour = QColor(colour)
        self.width_px = width
        self.place()

    # -- following ----------------------------------------------------------------------
    def follow(self, widget: QWidget | None) -> None:
        self._unwatch()
        self.target = widget
        if widget is None or not _wants_ring(widget):
            self.target = None
            self.hide()
            return
        host = _host(widget)
        chain: list[QWidget] = []
        w: QWidget | None = widget
        while w is not None and w is not host:
            chain.append(w)
            w = w.parentWidget()
        for w in chain:
            w.installEventFilter(self)
        self._watched = chain
        if self.parentWidget() is not host:
            self.setParent(host)
        self.place()

    def _unwatch(self) -> None:
        for w in self._watched:
            if shiboken6.isValid(w):
                w.removeEventFilter(self)
        self._watched = []

    def place(self) -> None:
        target, host = self.target, self.parentWidget()
        if target is None or host is None or not shiboken6.isValid(target):
            self.hide()
            return
        if not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(host, target.rect().topLeft())
        inner = QRect(top_left, target.size())
        w = self.width_px
        outer = inner.adjusted(-w, -w, w, w).intersected(host.rect())
        if outer.width() < 2 * w or outer.height() < 2 * w:
            self.hide()
            return
        self.setGeometry(outer)
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _FOLLOW and self.target is not None:
            self.place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        w = self.width_px
        r = self.rect()
        for edge in (
            QRect(r.left(), r.top(), r.width(), w),
            QRect(r.left(), r.bottom() - w + 1, r.width(), w),
            QRect(r.left(), r.top(), w, r.height()),
            QRect(r.right() - w + 1, r.top(), w, r.height()),
        ):
            painter.fillRect(edge, self.colour)
        painter.end()


def _host(widget: QWidget) -> QWidget:
    """The window, or the viewport of the innermost scroll area around ``widget``."""
    previous = widget
    w = widget.parentWidget()
    while w is not None and not w.isWindow():
        if isinstance(w, QAbstractScrollArea) and previous is w.viewport():
            return previous
        previous, w = w, w.parentWidget()
    return w if w is not None else widget.window()


def _wants_ring(widget: QWidget) -> bool:
    """Not on windows themselves, popups (menus, a combo's list) or the ring."""
    if widget.isWindow() or isinstance(widget, FocusRing):
        return False
    return widget.window().windowType() != Qt.WindowType.Popup


class FocusRingManager(QObject):
    """Keeps one ring on ``QApplication.focusWidget()``."""

    def __init__(self, app: QApplication, colour: QColor, width: int) -> None:
        super().__init__(app)
        self.colour = QColor(colour)
        self.width_px = width
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    @property
    def ring(self) -> FocusRing:
        if self._ring is None or not shiboken6.isValid(self._ring):
            self._ring = FocusRing(self.colour, self.width_px)
        return self._ring

    def set_look(self, colour: QColor, width: int) -> None:
        self.colour, self.width_px = QColor(colour), width
        self.ring.set_look(colour, width)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        self.ring.follow(now)
