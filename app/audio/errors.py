"""Typed audio errors (codes only; never audio or content in a message)."""

from __future__ import annotations

from app.errors import InvalidInput, SamtalError, StoreError


class AudioError(SamtalError):
    code = "audio"


class DamagedChunk(StoreError):
    """A chunk failed authentication (wrong project, altered, truncated, or misplaced).

    ``params['index']`` is the chunk number.
    """

    code = "audio_damaged_chunk"


class NotAudio(InvalidInput):
    """A file given for import holds no decodable audio stream."""

    code = "audio_not_audio"


class RecordingNotFound(AudioError):
    code = "audio_recording_not_found"


class SttUnavailable(AudioError):
    """The optional speech-to-text extra (``pip install samtal[stt]``) is not installed."""

    code = "stt_unavailable"


class SttModelInvalid(InvalidInput):
    """The chosen folder is not a CTranslate2 Whisper model with its tokenizer."""

    code = "stt_model_invalid"


class Cancelled(AudioError):
    code = "cancelled"


class NoMicrophone(AudioError):
    """No audio input device, or it stopped delivering (unplugged, taken by another program)."""

    code = "audio_no_microphone"
