"""File dialogs that remember nothing (research §2, rows 2 and 3).

Qt's own dialog, never the native one: the Windows common dialog keeps an MRU list of full
paths per extension in the registry that we cannot clear. Qt's widget dialog writes
``history`` and ``lastVisited`` into the user's ``QtProject`` settings (group
``FileDialog``) in its destructor; we start with an empty history, destroy the dialog as soon
as it is answered and then remove that group.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

QT_SETTINGS_GROUP = "FileDialog"


def qt_project_settings() -> QSettings:
    """Where Qt's widget file dialog stores its state (user scope, organisation QtProject)."""
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def forget_history() -> None:
    """Remove Qt's file-dialog state (history, last visited folder, sidebar, view)."""
    qs = qt_project_settings()
    qs.remove(QT_SETTINGS_GROUP)
    qs.sync()


def make_dialog(
    parent: QWidget | None, caption: str, directory: str | Path = "", name_filter: str = ""
) -> QFileDialog:
    dialog = QFileDialog(parent, caption, str(directory), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    return dialog


def run(dialog: QFileDialog) -> list[str]:
    """Show the dialog modally; the chosen paths (empty if cancelled). History is removed after."""
    try:
        dialog.setHistory([])
        chosen = dialog.selectedFiles() if dialog.exec() else []
    finally:
        # QFileDialog's destructor writes history and lastVisited: destroy it now, then forget.
        shiboken6.delete(dialog)
        forget_history()
    return chosen


def save_file_name(
    parent: QWidget | None,
    caption: str,
    directory: str | Path = "",
    name_filter: str = "",
    default_suffix: str = "",
) -> str:
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    chosen = run(dialog)
    return chosen[0] if chosen else ""


def open_file_name(
    parent: QWidget | None, caption: str, directory: str | Path = "", name_filter: str = ""
) -> str:
    dialog = make_dialog(parent, caption, directory, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = run(dialog)
    return chosen[0] if chosen else ""


def existing_directory(parent: QWidget | None, caption: str, directory: str | Path = "") -> str:
    dialog = make_dialog(parent, caption, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = run(dialog)
    return chosen[0] if chosen else ""
