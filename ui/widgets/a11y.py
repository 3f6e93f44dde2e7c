"""Small accessibility helpers every room uses: field errors, announcements, menu names.

A label shows a value or a message: its accessible name stays what it shows (Qt's default),
context goes in the description. An error is tied to the field it is about (the field's
description says it, so a screen reader reads it with the field) and focus moves there.
Announcements (Qt's ``QAccessibleAnnouncementEvent``) tell a screen reader something it would
not otherwise notice: a failed save, the time when asked for. Nothing with interview content
is ever announced.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QResizeEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QToolButton,
    QWidget,
)

#: the last announcements made (newest last), for the tests: no AT-SPI bus runs there
announced: deque[tuple[str, bool]] = deque(maxlen=20)

_DESCRIPTION_BEFORE_ERROR = "samtalDescription"


def announce(source: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` (politely, or at once when ``assertive``)."""
    announced.append((text, assertive))
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)


def show_field_error(label: QLabel, text: str, field: QWidget | None = None) -> None:
    """Show ``text`` in ``label``, tie it to ``field`` (its description) and focus the field."""
    label.setText(text)
    label.show()
    if field is not None:
        if field.property(_DESCRIPTION_BEFORE_ERROR) is None:
            field.setProperty(_DESCRIPTION_BEFORE_ERROR, field.accessibleDescription())
        field.setAccessibleDescription(text)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    announce(label, text, assertive=True)


def clear_field_error(label: QLabel, *fields: QWidget) -> None:
    label.hide()
    label.clear()
    for field in fields:
        before = field.property(_DESCRIPTION_BEFORE_ERROR)
        if isinstance(before, str):
            field.setAccessibleDescription(before)
            field.setProperty(_DESCRIPTION_BEFORE_ERROR, None)


def describe_as(widget: QWidget, context: str) -> None:
    """Context for a value label: read after what it shows (never instead of it)."""
    widget.setAccessibleDescription(context)


def name_menus(window: QWidget) -> None:
    """Give every menu of ``window`` its own name (its title), so a screen reader does not
    call each popup by the application's name."""
    for bar in window.findChildren(QMenuBar):
        _name_overflow_menu(bar)
    for menu in window.findChildren(QMenu):
        title = menu.title().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if title:
            menu.setAccessibleName(title)
            menu.setWindowTitle(title)
        elif not menu.accessibleName():
            name = QCoreApplication.translate("A11y", "Meny")
            menu.setAccessibleName(name)


def _name_overflow_menu(bar: QMenuBar) -> None:
    """The menu behind "»" that a menu bar too narrow for its menus shows (Qt makes it without
    a name, the first time it is needed, unless it is already there)."""
    name = QCoreApplication.translate("A11y", "Fler menyer")
    for button in bar.findChildren(QToolButton, "qt_menubar_ext_button"):
        button.setAccessibleName(name)
        button.setToolTip(name)
        menu = button.menu()
        if menu is None:
            menu = QMenu(bar)
            button.setMenu(menu)
        menu.setAccessibleName(name)
        menu.setWindowTitle(name)


def name_clear_button(field: QLineEdit, name: str) -> None:
    """Name the clear button Qt puts in ``field`` (``setClearButtonEnabled``)."""
    for action in field.findChildren(QAction):
        if action.objectName() == "_q_qlineeditclearaction":
            action.setText(name)
            action.setToolTip(name)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


class DateField(QDateEdit):
    """A date field where Tab leaves the field (QDateEdit moves between year, month and day
    on Tab); the arrow keys still change the part under the cursor."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's signature
        return QWidget.focusNextPrevChild(self, next)


class WrappedLabel(QLabel):
    """A word-wrapped label that is never made lower than its text needs at its width (a box
    layout between stretching text fields can squeeze a wrapped label to one line)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(max(1, self.width())) if self.text() else 0
        if need != self.minimumHeight():
            self.setMinimumHeight(max(0, need))
