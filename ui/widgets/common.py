"""Small helpers shared by windows: the OK/Cancel box, the error label, bring to front."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget


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
    """A hidden, red, word-wrapped label for a dialog's one-line error message."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName("Felmeddelande")
    label.hide()
    return label
