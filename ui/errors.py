"""The one error funnel: every caught error becomes a clear message in the UI language."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import SamtalError
from app.messages import error_message
from ui.settings import settings
from ui.widgets.common import message_box

log = logging.getLogger(__name__)


def message_for(exc: BaseException) -> str:
    return error_message(exc, settings().get("ui/language"))


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` to the user. Unknown errors are logged by type only (never their text)."""
    if not isinstance(exc, SamtalError):
        log.error("unexpected error: %s", exc.__class__.__name__)
    else:
        log.info("error shown: %s", exc.code)
    ErrorBox.show_message(parent, title or _title(), message_for(exc))


def _title() -> str:
    return "Samtal"


class ErrorBox:
    """Wraps the modal box so tests can capture messages instead of blocking on them."""

    captured: list[str] | None = None  # set to a list in tests

    @classmethod
    def show_message(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls.captured is not None:
            cls.captured.append(text)
            return
        message_box(parent, QMessageBox.Icon.Warning, title, text).exec()
