"""The sealed chunk: one file per few seconds of audio, AES-256-GCM with its place bound in.

File ``<project>/audio/<recording-id>/c000042.sac``::

    magic  "SAC1"                  4 bytes   (Samtal Audio Chunk, format 1)
    nonce                          12 bytes  (random)
    AES-256-GCM(key, nonce, payload, aad)    ciphertext + 16-byte tag

    aad     = "samtal-audio-chunk/v1" || recording id (16 bytes) || index (u32, big-endian)
    payload = header (32 bytes, below) || Ogg/Opus stream
    header  = version u8 | codec u8 | channels u8 | flags u8 | sample_rate u32 | samples u32
              | reserved u32 | clock_ms i64 | start_sample u64        (big-endian)

A chunk renamed to another index, moved to another recording or project, truncated or altered
fails authentication (:class:`DamagedChunk`). See ``docs/audio-format.md``.
"""

from __future__ import annotations

import os
import re
import struct
from dataclasses import dataclass
from enum import IntFlag
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.audio.errors import DamagedChunk
from app.audio.keys import recording_id_bytes

MAGIC = b"SAC1"
AAD_PREFIX = b"samtal-audio-chunk/v1"
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER = struct.Struct(">BBBBIIIqQ")
PAYLOAD_VERSION = 1
CODEC_OGG_OPUS = 1
SUFFIX = ".sac"
AUDIO_DIR = "audio"
_NAME = re.compile(r"^c(\d{6})\.sac$")


class ChunkFlags(IntFlag):
    NONE = 0
    #: The last chunk before a pause (the interview clock jumps after it).
    SEGMENT_END = 1
    #: The last chunk of a recording that was stopped (absent after a crash).
    FINAL = 2


@dataclass(frozen=True)
class ChunkMeta:
    """What a chunk says about itself (from its authenticated header)."""

    index: int
    sample_rate: int
    channels: int
    samples: int
    clock_ms: int
    start_sample: int
    flags: ChunkFlags
    codec: int = CODEC_OGG_OPUS

    @property
    def duration_ms(self) -> int:
        return self.samples * 1000 // self.sample_rate

    @property
    def end_sample(self) -> int:
        return self.start_sample + self.samples


def audio_root(project_folder: Path) -> Path:
    return project_folder / AUDIO_DIR


def recording_folder(project_folder: Path, recording_id: str) -> Path:
    recording_id_bytes(recording_id)  # refuses anything that could climb out of the folder
    return audio_root(project_folder) / recording_id


def chunk_name(index: int) -> str:
    return f"c{index:06d}{SUFFIX}"


def chunk_files(folder: Path) -> list[tuple[int, Path]]:
    """The chunk files of a recording folder, by index (leftover temp files are not chunks)."""
    if not folder.is_dir():
        return []
    found = []
    for entry in os.scandir(folder):
        m = _NAME.match(entry.name)
        if m and entry.is_file():
            found.append((int(m.group(1)), Path(entry.path)))
    return sorted(found)


def _aad(recording_id: str, index: int) -> bytes:
    return AAD_PREFIX + recording_id_bytes(recording_id) + struct.pack(">I", index)


def seal(key: bytes, recording_id: str, meta: ChunkMeta, encoded: bytes) -> bytes:
    """The bytes of a chunk file for ``encoded`` audio described by ``meta``."""
    header = HEADER.pack(
        PAYLOAD_VERSION,
        meta.codec,
        meta.channels,
        int(meta.flags),
        meta.sample_rate,
        meta.samples,
        0,
        meta.clock_ms,
        meta.start_sample,
    )
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(key).encrypt(nonce, header + encoded, _aad(recording_id, meta.index))
    return MAGIC + nonce + sealed


def open_sealed(key: bytes, recording_id: str, index: int, data: bytes) -> tuple[ChunkMeta, bytes]:
    """Authenticate and decrypt a chunk (in memory). Returns its header and the encoded audio.

    Raises:
        DamagedChunk: wrong magic, too short, or authentication failed.
    """
    if len(data) < len(MAGIC) + NONCE_BYTES + TAG_BYTES + HEADER.size or not data.startswith(MAGIC):
        raise DamagedChunk(f"chunk {index}", index=index)
    nonce = data[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        payload = AESGCM(key).decrypt(
            nonce, data[len(MAGIC) + NONCE_BYTES :], _aad(recording_id, index)
        )
    except InvalidTag:
        raise DamagedChunk(f"chunk {index}", index=index) from None
    version, codec, channels, flags, rate, samples, _r, clock_ms, start = HEADER.unpack_from(
        payload
    )
    if version != PAYLOAD_VERSION or codec != CODEC_OGG_OPUS or rate <= 0 or channels != 1:
        raise DamagedChunk(f"chunk {index} format", index=index)
    meta = ChunkMeta(index, rate, channels, samples, clock_ms, start, ChunkFlags(flags), codec)
    return meta, payload[HEADER.size :]
