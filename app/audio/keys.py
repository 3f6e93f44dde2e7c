"""Audio keys: one AES-256-GCM key per recording, derived from the project's data key.

HKDF-SHA256 (RFC 5869, from ``cryptography``) with the recording id as salt, so chunks of one
recording can never be opened with another recording's key, and a passphrase change (which
re-wraps the same data key) keeps every recording readable. The data key never leaves the
store; callers derive the *audio root* once at unlock and keep only that.
"""

from __future__ import annotations

import uuid

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.store.keyfile import audio_root_key

RECORDING_INFO = b"samtal/audio/recording-key/v1"
KEY_BYTES = 32


def recording_key(root: bytes, recording_id: str) -> bytes:
    """The chunk key of one recording (``recording_id`` is 32 hex digits)."""
    salt = recording_id_bytes(recording_id)
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=salt, info=RECORDING_INFO).derive(root)


__all__ = ["audio_root_key", "new_recording_id", "recording_id_bytes", "recording_key"]


def new_recording_id() -> str:
    return uuid.uuid4().hex


def recording_id_bytes(recording_id: str) -> bytes:
    """The 16 bytes of a recording id; raises ``ValueError`` for anything else."""
    raw = bytes.fromhex(recording_id)
    if len(raw) != 16 or raw.hex() != recording_id:
        raise ValueError("bad recording id")
    return raw
