"""Recordings as a whole: import a file, facts without audio, delete every chunk."""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.audio.chunks import audio_root, chunk_files, recording_folder
from app.audio.codec import decode_file
from app.audio.errors import Cancelled, NotAudio, RecordingNotFound
from app.audio.keys import new_recording_id, recording_key
from app.audio.reader import scan_recording
from app.audio.writer import ChunkWriter
from app.store.atomic_file import fsync_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordingInfo:
    """Facts about a recording; never audio."""

    recording_id: str
    duration_ms: int
    chunk_count: int
    bytes_on_disk: int
    finished: bool
    damaged_chunks: tuple[int, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "recording": self.recording_id,
            "duration_ms": self.duration_ms,
            "duration_s": round(self.duration_ms / 1000, 1),
            "chunks": self.chunk_count,
            "bytes": self.bytes_on_disk,
            "finished": self.finished,
            "damaged_chunks": list(self.damaged_chunks),
        }


def recording_info(project_folder: Path, root_key: bytes, recording_id: str) -> RecordingInfo:
    folder = recording_folder(project_folder, recording_id)
    if not folder.is_dir():
        raise RecordingNotFound(recording_id)
    scan = scan_recording(folder, recording_key(root_key, recording_id), recording_id)
    return RecordingInfo(
        recording_id,
        scan.duration_ms,
        len(scan.audio_chunks),
        scan.bytes_on_disk,
        scan.finished,
        tuple(scan.damaged),
    )


def recording_ids(project_folder: Path) -> list[str]:
    """Recording folders present on disk (whatever the database says)."""
    root = audio_root(project_folder)
    if not root.is_dir():
        return []
    out = []
    for entry in os.scandir(root):
        with contextlib.suppress(ValueError):
            recording_folder(project_folder, entry.name)
            out.append(entry.name)
    return sorted(out)


def import_audio_file(
    project_folder: Path,
    root_key: bytes,
    source: Path,
    *,
    clock_ms: int = 0,
    on_progress: Callable[[float], None] | None = None,
    cancel: threading.Event | None = None,
    recording_id: str | None = None,
) -> RecordingInfo:
    """Decode ``source`` (wav, mp3, m4a, …) and store it as a new encrypted recording.

    The source file is only read. On failure or cancel, nothing of the new recording remains.

    Raises:
        NotAudio: the file holds no audio; Cancelled; DiskFull / ReadOnly.
    """
    if not source.is_file():
        raise NotAudio(source.name)
    rid = recording_id or new_recording_id()
    writer = ChunkWriter(project_folder, root_key, rid, threaded=False)
    try:
        writer.start_segment(clock_ms)
        for block in decode_file(source, on_progress=on_progress):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            writer.append(block)
        if writer.total_samples == 0:
            raise NotAudio(source.name)
        writer.close(final=True)
    except BaseException:
        with contextlib.suppress(Exception):
            writer.close(final=False)
        delete_recording(project_folder, rid)
        raise
    log.info("audio imported: recording %s", rid[:8])
    return recording_info(project_folder, root_key, rid)


def delete_recording(project_folder: Path, recording_id: str) -> int:
    """Remove every chunk (and leftover temp file) of a recording and its folder.

    Returns the number of chunk files removed. The chunks are ciphertext; removing them is
    what can be promised (no overwrite: on SSDs and copy-on-write file systems it would not
    reach the old blocks anyway).
    """
    folder = recording_folder(project_folder, recording_id)
    if not folder.is_dir():
        return 0
    removed = len(chunk_files(folder))
    for entry in os.scandir(folder):
        if entry.is_file() or entry.is_symlink():
            os.unlink(entry.path)
    folder.rmdir()
    fsync_dir(folder.parent)
    log.info("audio deleted: recording %s, %d chunks", recording_id[:8], removed)
    return removed


def delete_source_file(path: Path) -> None:
    """Remove an imported original when the user asks (a plain unlink; other copies — cloud,
    recorder, e-mail — are the user's to delete)."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


__all__ = [
    "NotAudio",
    "RecordingInfo",
    "delete_recording",
    "delete_source_file",
    "import_audio_file",
    "recording_ids",
    "recording_info",
]
