"""The one-page "Kom igång" help, shown from the start window (F1 or its button).

The page is a Markdown resource per language (``resources/help/kom-igang-sv.md`` and
``-en.md``); the folders it names are this computer's, filled in when it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.paths import data_dir, resource
from app.store.keyfile import MIN_PASSPHRASE_LENGTH


def help_text(language: str, projects_dir: Path) -> str:
    """The page in ``language`` ("sv" or "en"; Swedish for anything else), as Markdown."""
    path = resource("help", f"kom-igang-{language}.md")
    if not path.is_file():
        path = resource("help", "kom-igang-sv.md")
    return (
        path.read_text(encoding="utf-8")
        .replace("{projects_dir}", QDir.toNativeSeparators(str(projects_dir)))
        .replace("{data_dir}", QDir.toNativeSeparators(str(data_dir())))
        .replace("{min_length}", str(MIN_PASSPHRASE_LENGTH))
    )


class HelpDialog(QDialog):
    """The "Kom igång" page in a scrollable, keyboard-friendly window (Esc closes it)."""

    def __init__(self, parent: QWidget | None, language: str, projects_dir: Path) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(self.tr("Kom igång med Samtal"))
        self.resize(640, 720)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Kom igång"))
        self.browser.setMarkdown(help_text(language, projects_dir))
        self._space_headings()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Stäng"))
        close.setAccessibleName(self.tr("Stäng hjälpen"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.browser.setFocus()

    def _space_headings(self) -> None:
        """Air above each section heading (Markdown gives headings almost none)."""
        document = self.browser.document()
        document.setDocumentMargin(18)
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() > 1:
                fmt.setTopMargin(18)
                fmt.setBottomMargin(6)
                QTextCursor(block).setBlockFormat(fmt)
            block = block.next()
