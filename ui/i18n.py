"""Loading the UI translation. Source strings are Swedish; English comes from a .qm file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource

LANGUAGES = {"sv": "Svenska", "en": "English"}
_installed: list[QTranslator] = []


def install(language: str) -> bool:
    """Install the translators for ``language`` ("sv" or "en"). Returns True on success."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if language == "en" else QLocale.Language.Swedish,
            QLocale.Country.UnitedKingdom if language == "en" else QLocale.Country.Sweden,
        )
    )
    qt = QTranslator()
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    if language == "sv":
        return True
    ours = QTranslator()
    if ours.load(str(resource("translations", f"samtal_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
        return True
    return False
