"""Display names of an interview's mode and status, and counts with the right plural, in the UI
language (every room shows them)."""

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


def count_text(n: int, one: str, many: str) -> str:
    """A count with the right plural in both languages: ``one`` ("1 träff") for 1, else
    ``many`` with ``{n}`` ("{n} träffar"). Both are passed through ``tr()`` by the caller,
    so each is translated as a whole (Swedish is the source language and has no plural forms
    of its own in Qt's translator)."""
    return one if n == 1 else many.replace("{n}", str(n))
