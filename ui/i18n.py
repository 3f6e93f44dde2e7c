"""Loading the UI translation. Source strings are Swedish; English comes from a .qm file.

The first time Samtal starts, the language follows the operating system: Swedish when the
system's display language is Swedish (or says nothing, like the "C" locale), English for any
other. Once the user picks a language (start window or Inställningar) that choice wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource

LANGUAGES = {"sv": "Svenska", "en": "English"}
_installed: list[QTranslator] = []
_current = "sv"


def language_for(ui_languages: Sequence[str]) -> str:
    """Return "sv" or "en" for the system's preferred display languages (first = most preferred)."""
    for tag in ui_languages:
        code = tag.replace("_", "-").split("-")[0].casefold()
        if code in ("", "c", "posix"):
            continue
        return "sv" if code == "sv" else "en"
    return "sv"


def system_language() -> str:
    """The language the operating system asks for (see :func:`language_for`)."""
    return language_for(QLocale.system().uiLanguages())


def current() -> str:
    """The language installed last ("sv" until :func:`install` says otherwise)."""
    return _current


def install(language: str) -> bool:
    """Install the translators for ``language`` ("sv" or "en"). Returns True on success."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    _current = language if language in LANGUAGES else "sv"
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
