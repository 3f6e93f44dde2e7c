"""Display names of an interview's mode and status, in the UI language (every room shows them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def mode_name(mode: str) -> str:
    names = {
        "on_site": QCoreApplication.translate("Mode", "På plats"),
        "phone": QCoreApplication.translate("Mode", "Telefon"),
        "video": QCoreApplication.translate("Mode", "Video"),
        "written": QCoreApplication.translate("Mode", "Skriftligt"),
    }
    return names.get(mode, mode)


def status_name(status: str) -> str:
    names = {
        "new": QCoreApplication.translate("Status", "Ny"),
        "consented": QCoreApplication.translate("Status", "Samtycke klart"),
        "in_progress": QCoreApplication.translate("Status", "Pågår"),
        "paused": QCoreApplication.translate("Status", "Pausad"),
        "finished": QCoreApplication.translate("Status", "Avslutad"),
        "interrupted": QCoreApplication.translate("Status", "Avbruten"),
    }
    return names.get(status, status)
