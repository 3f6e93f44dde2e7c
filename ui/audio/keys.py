"""Transcription keys, the way transcribers know them (F4 play/pause, F3/F5 back/forward …),
configurable in the window's key dialog and kept in the settings file (no content there)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class KeyAction:
    name: str
    label: str  # translated with context "TranscriptionKeys"
    default: str


ACTIONS: tuple[KeyAction, ...] = (
    KeyAction("play_pause", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Spela/pausa")), "F4"),
    KeyAction("back", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Bakåt")), "F3"),
    KeyAction("forward", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Framåt")), "F5"),
    KeyAction("slower", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Långsammare")), "F2"),
    KeyAction("faster", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Snabbare")), "F6"),
    KeyAction("timestamp", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Infoga tidsstämpel")), "F7"),
    KeyAction("speaker_i", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Ny replik: I")), "Alt+I"),
    KeyAction("speaker_ip", str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Ny replik: IP")), "Alt+P"),
    KeyAction(
        "speaker_other",
        str(QT_TRANSLATE_NOOP("TranscriptionKeys", "Ny replik: annan talare")),
        "Alt+A",
    ),
)
#: Defaults of earlier versions that were given up because the key meant something else in
#: another window (Ctrl+1–9 tag with a theme in the analysis and co-listener windows): a saved
#: value equal to one of them is read as today's default.
RETIRED_DEFAULTS = {"speaker_i": "Ctrl+1", "speaker_ip": "Ctrl+2", "speaker_other": "Ctrl+3"}
DEFAULT_STEP_MS = 3000
DEFAULT_STEP_BACK_MS = 1500
SPEED_STEP = 0.1


def label(action: KeyAction) -> str:
    return QCoreApplication.translate("TranscriptionKeys", action.label)


@dataclass
class TranscriptionKeys:
    """The key of each action and the jump sizes."""

    keys: dict[str, str]
    step_ms: int = DEFAULT_STEP_MS
    step_back_ms: int = DEFAULT_STEP_BACK_MS

    @classmethod
    def defaults(cls) -> TranscriptionKeys:
        return cls({a.name: a.default for a in ACTIONS})

    def sequence(self, name: str) -> QKeySequence:
        return QKeySequence(self.keys.get(name, ""))

    # -- one settings value: "play_pause=F4;back=F3;…" -----------------------------------
    def encode(self) -> str:
        return ";".join(f"{a.name}={self.keys.get(a.name, '')}" for a in ACTIONS)

    @classmethod
    def decode(cls, text: str, step_ms: int, step_back_ms: int) -> TranscriptionKeys:
        keys = {a.name: a.default for a in ACTIONS}
        for part in (text or "").split(";"):
            name, _, seq = part.partition("=")
            if name in keys and RETIRED_DEFAULTS.get(name) != seq:
                keys[name] = QKeySequence(seq).toString() if seq else ""
        return cls(keys, step_ms, step_back_ms)

    def conflicts(self) -> list[str]:
        """Keys given to more than one action."""
        seen: dict[str, str] = {}
        clashes = []
        for a in ACTIONS:
            k = self.keys.get(a.name, "")
            if k and k in seen:
                clashes.append(k)
            seen[k] = a.name
        return clashes


def load_keys(get: Callable[[str], object]) -> TranscriptionKeys:
    return TranscriptionKeys.decode(
        str(get("audio/transcription_keys") or ""),
        int(str(get("audio/step_ms") or DEFAULT_STEP_MS)),
        int(str(get("audio/step_back_ms") or DEFAULT_STEP_BACK_MS)),
    )


def save_keys(keys: TranscriptionKeys, put: Callable[[str, object], None]) -> None:
    put("audio/transcription_keys", keys.encode())
    put("audio/step_ms", keys.step_ms)
    put("audio/step_back_ms", keys.step_back_ms)
