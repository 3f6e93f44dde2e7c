"""A second copy of Samtal on a project that is open says so before asking for the passphrase
(in a message box, which sizes itself to its text)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


def say_if_in_use(lock_file: Path, parent: QWidget) -> bool:
    """True (after saying so) if another program holds the project's lock."""
    from app.errors import ProjectLocked
    from app.store.lock import held_elsewhere

    if not held_elsewhere(lock_file):
        return False
    from ui.errors import ErrorBox, message_for

    log.info("project open in another program")
    ErrorBox.show_message(
        parent,
        QCoreApplication.translate("AppController", "Projektet är redan öppet"),
        message_for(ProjectLocked(lock_file.parent.name)),
    )
    return True
