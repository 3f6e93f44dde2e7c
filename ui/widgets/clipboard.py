"""Copies of interview content: marked as secret, forgotten after a while.

Every copy from our widgets carries the formats clipboard managers and the OS clipboard
history honour (``reference/security-research.md`` §1.10):

- KDE/Klipper and others on Linux: ``x-kde-passwordManagerHint: secret``;
- macOS (nspasteboard.org convention): ``application/x-nspasteboard-concealed-type``;
- Windows: ``ExcludeClipboardContentFromMonitorProcessing`` (any data),
  ``CanIncludeInClipboardHistory`` = 0 and ``CanUploadToCloudClipboard`` = 0 (DWORDs), so
  Win+V history and the cloud clipboard skip them.

All formats are set on every platform; each OS reads only its own. :class:`ClipboardGuard`
remembers a hash of what we copied (not the text) and clears the clipboard after
``security/clipboard_clear_seconds`` and on lock and quit, but only if it still holds our
copy: what the user copied from another program afterwards is left alone.

Copies reach the guard three ways: :func:`copy_text` (our own copy actions), widgets that
build their mime data with :func:`secret_mime_data` (the note editor), and a catch-all: a
plain copy made while one of our widgets has focus (a ``QLineEdit``'s Ctrl+C or context
menu) is replaced at once by a marked copy of the same text.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

from ui.settings import settings

log = logging.getLogger(__name__)

KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
_WIN = 'application/x-qt-windows-mime;value="{}"'
WIN_EXCLUDE_MONITOR = _WIN.format("ExcludeClipboardContentFromMonitorProcessing")
WIN_NO_HISTORY = _WIN.format("CanIncludeInClipboardHistory")
WIN_NO_CLOUD = _WIN.format("CanUploadToCloudClipboard")

#: format → data; the text itself is never duplicated into these.
EXCLUSION_FORMATS: dict[str, bytes] = {
    KDE_HINT: b"secret",
    MAC_CONCEALED: b"1",
    WIN_EXCLUDE_MONITOR: b"\x01\x00\x00\x00",
    WIN_NO_HISTORY: b"\x00\x00\x00\x00",
    WIN_NO_CLOUD: b"\x00\x00\x00\x00",
}


def secret_mime_data(text: str) -> QMimeData:
    """Plain text plus every exclusion format."""
    mime = QMimeData()
    mime.setText(text)
    for fmt, data in EXCLUSION_FORMATS.items():
        mime.setData(fmt, data)
    return mime


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(KDE_HINT)


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """Watches the clipboard for our copies and clears them in time (one per application)."""

    _instance: ClipboardGuard | None = None
    #: tests shrink time (10 → a 30 s setting clears after 0.3 s)
    ms_per_second = 1000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: bytes | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._changed)

    @classmethod
    def instance(cls) -> ClipboardGuard:
        if cls._instance is None:
            cls._instance = ClipboardGuard(QApplication.instance())
            cls._instance.destroyed.connect(cls._forget_instance)
        return cls._instance

    @classmethod
    def _forget_instance(cls) -> None:
        cls._instance = None

    # -- copying --------------------------------------------------------------------------
    def copy(self, text: str) -> None:
        if text:
            self._clipboard.setMimeData(secret_mime_data(text))
            self._remember(text)

    def _remember(self, text: str) -> None:
        self._ours = _digest(text)
        seconds = int(settings().get("security/clipboard_clear_seconds"))
        self._timer.start(seconds * self.ms_per_second)
        log.info("content copied to the clipboard")

    def _changed(self) -> None:
        mime = self._clipboard.mimeData()
        if mime is None or not mime.hasText():
            return
        if is_marked(mime):
            if _digest(mime.text()) != self._ours:
                self._remember(mime.text())
            return
        if self._copied_from_our_widget():
            text = mime.text()
            # Not inside the signal: replacing the data re-enters the clipboard.
            QTimer.singleShot(0, lambda: self._mark_unmarked(text))

    def _mark_unmarked(self, text: str) -> None:
        mime = self._clipboard.mimeData()
        if mime is not None and not is_marked(mime) and mime.text() == text:
            self.copy(text)

    @staticmethod
    def _copied_from_our_widget() -> bool:
        app = QGuiApplication.instance()
        if (
            app is None
            or QGuiApplication.applicationState() != Qt.ApplicationState.ApplicationActive
        ):
            return False
        return QApplication.focusWidget() is not None

    # -- clearing -------------------------------------------------------------------------
    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard.text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds our copy. True if it did."""
        self._timer.stop()
        cleared = False
        if self.holds_ours():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
            log.info("clipboard cleared")
        self._ours = None
        # X11's primary selection: what is selected in our widgets, not a copy; drop it too.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        return cleared

    @property
    def pending(self) -> bool:
        return self._timer.isActive()


def copy_text(text: str) -> None:
    """Put ``text`` on the clipboard, marked and remembered for clearing."""
    ClipboardGuard.instance().copy(text)


def clear_if_ours() -> bool:
    """Clear our copy now (lock, quit). Cheap if nothing was copied."""
    guard = ClipboardGuard._instance
    return guard.clear_if_ours() if guard is not None else False
