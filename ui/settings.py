"""User settings and window state in one allow-listed QSettings file.

Nothing about content may land here: no titles, no project paths, no search terms, no
participant codes. Only the keys registered below can be written (a test checks the file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from app.paths import config_dir


def _system_language() -> str:
    from ui.i18n import system_language

    return system_language()


@dataclass(frozen=True)
class Option:
    """A setting: its key, its default, its type, and (for a default that depends on the
    computer, like the language) a function giving the default until the user chooses."""

    key: str
    default: Any
    kind: type
    system_default: Callable[[], Any] | None = None


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("ui/language", "sv", str, _system_language),
        Option("ui/high_contrast", False, bool),
        Option("session/font_point_size", 16, int),
        Option("ui/font_point_size", 0, int),
        Option("session/autosave_ms", 800, int),
        Option("security/idle_lock_minutes", 5, int),
        Option("security/clipboard_clear_seconds", 30, int),
        # live co-listening: the address the interviewer's laptop listens on (all by default;
        # a loopback address also turns the mDNS announcement off)
        Option("live/bind", "0.0.0.0", str),
        Option("window/start_geometry", QByteArray(), QByteArray),
        Option("window/project_geometry", QByteArray(), QByteArray),
        Option("window/project_state", QByteArray(), QByteArray),
        Option("window/session_geometry", QByteArray(), QByteArray),
        Option("window/session_splitter", QByteArray(), QByteArray),
        Option("window/session_state", QByteArray(), QByteArray),
        Option("window/quote_window_geometry", QByteArray(), QByteArray),
        Option("window/analysis_geometry", QByteArray(), QByteArray),
        Option("window/analysis_state", QByteArray(), QByteArray),
        Option("window/transcription_geometry", QByteArray(), QByteArray),
        # Transcription keys ("play_pause=F4;back=F3;…"), jumps, and the speech-to-text
        # model folder the user chose (a program folder, never a project path).
        Option("audio/transcription_keys", "", str),
        Option("audio/step_ms", 3000, int),
        Option("audio/step_back_ms", 1500, int),
        Option("audio/stt_model_folder", "", str),
    )
}
ALLOWED_KEYS = frozenset(OPTIONS)

LIMITS: dict[str, tuple[int, int]] = {
    "session/font_point_size": (9, 48),
    "ui/font_point_size": (0, 32),
    "session/autosave_ms": (200, 1000),
    "security/idle_lock_minutes": (1, 30),
    "security/clipboard_clear_seconds": (5, 120),
    "audio/step_ms": (1000, 30000),
    "audio/step_back_ms": (0, 10000),
}


class Settings:
    """Typed access to the allow-listed settings."""

    def __init__(self) -> None:
        path = config_dir() / "samtal.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        if option.system_default is not None and not self._qs.contains(key):
            return option.system_default()
        value = self._qs.value(key, option.default)
        if option.kind is int:
            try:
                value = int(value)  # type: ignore[call-overload]  # QSettings.value is object
            except (TypeError, ValueError):
                return option.default
            lo, hi = LIMITS.get(key, (value, value))
            return min(max(value, lo), hi)
        if option.kind is bool:  # an INI file gives back "true"/"false"
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if option.kind is str:
            return str(value)
        return value if isinstance(value, option.kind) else option.default

    def set(self, key: str, value: Any) -> None:
        if key not in ALLOWED_KEYS:
            raise KeyError(f"not an allowed settings key: {key}")
        self._qs.setValue(key, value)

    def is_chosen(self, key: str) -> bool:
        """Has this setting been saved (by the user), rather than taking its default?"""
        return self._qs.contains(key)

    def sync(self) -> None:
        self._qs.sync()

    def all_keys(self) -> list[str]:
        return list(self._qs.allKeys())

    @property
    def file_name(self) -> str:
        return self._qs.fileName()


_settings: Settings | None = None


def settings() -> Settings:
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings


def reset_for_tests() -> None:
    global _settings
    _settings = None
