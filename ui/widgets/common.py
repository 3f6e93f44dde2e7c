"""Small helpers shared by windows: the OK/Cancel box, the error label, bring to front, fit to
the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

#: room left for a window's title bar and frame, which Qt cannot know before it is shown
FRAME_ALLOWANCE = (16, 48)


def fit_to_screen(window: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Give ``window`` the size ``width``×``height`` (or keep its own), but never larger than
    the available area of its screen (a laptop at 150 % text is 1280×720), and inside it."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else None) or window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    w = min(width or window.width(), area.width() - FRAME_ALLOWANCE[0])
    h = min(height or window.height(), area.height() - FRAME_ALLOWANCE[1])
    window.resize(max(w, 200), max(h, 150))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() - window.width() - FRAME_ALLOWANCE[0] + 1)
    y = min(max(frame.y(), area.y()), area.bottom() - window.height() - FRAME_ALLOWANCE[1] + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def window_title(*parts: str) -> str:
    """A window's title: what it shows, then the project ("Intervju K7Q-XMA – Ekonomiskt
    bistånd 2026"). Qt adds the application's name itself (" — Samtal"), so no title starts
    with it and the project is named once."""
    return " – ".join(p.strip() for p in parts if p and p.strip())


def bring_to_front(window: QWidget) -> None:
    """Show, raise and activate (raise is not supported by the offscreen platform)."""
    window.show()
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        window.raise_()
        window.activateWindow()


def ok_cancel_buttons(
    dialog: QDialog, ok_text: str, on_ok: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """An OK/Cancel box whose OK button says ``ok_text`` and is the default (Enter).

    Standard buttons keep Enter on the right button (an added AcceptRole button does not),
    and both get Swedish/English text and accessible names even where Qt's own
    translation is missing.
    """
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel_text = QCoreApplication.translate("Dialog", "Avbryt")
    cancel.setText(cancel_text)
    cancel.setAccessibleName(cancel_text)
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    return box, ok


def error_label() -> QLabel:
    """A hidden, red, word-wrapped label for a dialog's one-line error message.

    Its name is the message itself (what is shown); "Felmeddelande" is its description.
    Show messages with :func:`ui.widgets.a11y.show_field_error`, which ties them to the field.
    """
    from ui.style.look import set_tone
    from ui.style.palette import ERROR

    label = QLabel()
    label.setWordWrap(True)
    set_tone(label, ERROR)
    label.setAccessibleDescription(QCoreApplication.translate("Dialog", "Felmeddelande"))
    label.hide()
    return label


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, question: bool = False
) -> QMessageBox:
    """A message box whose buttons say "Stäng" (or "Ja"/"Nej" for a question) in the UI's
    language, as text and accessible name, never Qt's English "OK"."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    picture = box.findChild(QLabel, "qt_msgboxex_icon_label")
    if picture is not None:
        picture.setAccessibleName(
            {
                QMessageBox.Icon.Warning: QCoreApplication.translate("Dialog", "Varning"),
                QMessageBox.Icon.Critical: QCoreApplication.translate("Dialog", "Fel"),
                QMessageBox.Icon.Question: QCoreApplication.translate("Dialog", "Fråga"),
            }.get(icon, QCoreApplication.translate("Dialog", "Information"))
        )
    if question:
        yes = box.addButton(QMessageBox.StandardButton.Yes)
        no = box.addButton(QMessageBox.StandardButton.No)
        for button, label in (
            (yes, QCoreApplication.translate("Dialog", "Ja")),
            (no, QCoreApplication.translate("Dialog", "Nej")),
        ):
            button.setText(label)
            button.setAccessibleName(label)
        box.setDefaultButton(no)
    else:
        close = box.addButton(QMessageBox.StandardButton.Close)
        label = QCoreApplication.translate("Dialog", "Stäng")
        close.setText(label)
        close.setAccessibleName(QCoreApplication.translate("Dialog", "Stäng meddelandet"))
        box.setDefaultButton(close)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or no, in the UI's language (No is the default)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, question=True)
    return box.exec() == QMessageBox.StandardButton.Yes
