"""The sealed chunk format, the writer and the reader (no Qt, no sound card)."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from app.audio.chunks import (
    ChunkFlags,
    ChunkMeta,
    chunk_files,
    chunk_name,
    open_sealed,
    recording_folder,
    seal,
)
from app.audio.codec import decode_bytes, encode_opus
from app.audio.errors import DamagedChunk, RecordingNotFound
from app.audio.keys import audio_root_key, new_recording_id, recording_key
from app.audio.reader import RecordingReader, scan_recording
from app.audio.writer import ChunkWriter, bytes_per_hour, enough_space
from app.store import Project
from tests.conftest import PASSPHRASE
from tests.fixtures.audio_leaks import pcm_needles, scan_audio

RATE = 16000


def tone(seconds: float, freq: float = 220.0, seed: int = 0) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    rng = np.random.default_rng(seed)
    x = 0.3 * np.sin(2 * np.pi * freq * t) * (1 + np.sin(2 * np.pi * 2.5 * t)) / 2
    return ((x + 0.02 * rng.standard_normal(len(t))) * 32767).astype(np.int16)


@pytest.fixture
def root() -> bytes:
    return audio_root_key(bytes(range(32)))


def test_keys_differ_per_recording_and_project(root: bytes) -> None:
    a, b = new_recording_id(), new_recording_id()
    assert recording_key(root, a) != recording_key(root, b)
    assert recording_key(root, a) == recording_key(root, a)
    assert recording_key(audio_root_key(bytes(32)), a) != recording_key(root, a)
    with pytest.raises(ValueError):
        recording_key(root, "../../etc")


def test_passphrase_change_keeps_audio_readable(project: Project) -> None:
    before = audio_root_key(project.keyfile.unwrap(PASSPHRASE))
    project.change_passphrase(PASSPHRASE, "ett helt annat lösenord")
    assert audio_root_key(project.keyfile.unwrap("ett helt annat lösenord")) == before


def test_sealed_chunk_binds_key_recording_and_index(root: bytes) -> None:
    rid, other = new_recording_id(), new_recording_id()
    key = recording_key(root, rid)
    meta = ChunkMeta(3, RATE, 1, 100, 1500, 300, ChunkFlags.SEGMENT_END)
    data = seal(key, rid, meta, b"opus bytes")
    assert data[:4] == b"SAC1" and b"opus bytes" not in data
    assert open_sealed(key, rid, 3, data) == (meta, b"opus bytes")
    for bad in (
        lambda: open_sealed(key, rid, 4, data),  # renamed to another place
        lambda: open_sealed(key, other, 3, data),  # moved to another recording
        lambda: open_sealed(recording_key(root, other), rid, 3, data),  # wrong key
        lambda: open_sealed(key, rid, 3, data[:-1]),  # truncated
        lambda: open_sealed(key, rid, 3, data[:20] + bytes([data[20] ^ 1]) + data[21:]),
        lambda: open_sealed(key, rid, 3, b"RIFF" + data[4:]),
    ):
        with pytest.raises(DamagedChunk):
            bad()


def test_opus_round_trip_keeps_length_and_sound() -> None:
    x = tone(5)
    encoded = encode_opus(x)
    assert encoded.startswith(b"OggS")
    y = decode_bytes(encoded)
    assert len(y) == len(x)
    # Perceptual codec: compare loudness envelopes, not samples.
    ex = np.sqrt((x[: 78 * 1000].astype(float).reshape(78, 1000) ** 2).mean(axis=1))
    ey = np.sqrt((y[: 78 * 1000].astype(float).reshape(78, 1000) ** 2).mean(axis=1))
    assert np.corrcoef(ex, ey)[0, 1] > 0.95


def test_writer_cuts_chunks_pauses_and_finishes(tmp_path: Path, root: bytes) -> None:
    rid = new_recording_id()
    x = tone(12.3)
    written: list[int] = []
    w = ChunkWriter(
        tmp_path, root, rid, chunk_seconds=5, on_chunk=lambda m: written.append(m.index)
    )
    w.start_segment(10_000)
    for i in range(0, len(x), 1234):  # odd block sizes, as a device delivers them
        w.append(x[i : i + 1234].tobytes())
    w.end_segment()  # pause: the 2.3 s tail becomes a chunk at once
    w.start_segment(60_000)
    w.append(x[:RATE])
    w.close()
    assert written == [0, 1, 2, 3]
    scan = scan_recording(recording_folder(tmp_path, rid), recording_key(root, rid), rid)
    assert [c.samples for c in scan.chunks] == [80000, 80000, len(x) - 160000, RATE]
    assert [c.clock_ms for c in scan.chunks] == [10_000, 15_000, 20_000, 60_000]
    assert scan.chunks[2].flags == ChunkFlags.SEGMENT_END
    assert scan.chunks[3].flags == ChunkFlags.SEGMENT_END | ChunkFlags.FINAL
    assert scan.finished and scan.damaged == []

    reader = RecordingReader(tmp_path, root, rid)
    assert reader.total_samples == len(x) + RATE
    across = reader.read(80000 - 500, 1000)  # across a chunk boundary
    assert len(across) == 1000
    assert reader.clock_ms_at(0) == 10_000
    assert reader.clock_ms_at(len(x) + RATE // 2) == 60_500
    assert reader.sample_at_clock(15_000) == 80000
    assert reader.sample_at_clock(40_000) == len(x)  # inside the pause → after it
    assert reader.duration_ms == (len(x) + RATE) * 1000 // RATE


def test_writer_continues_a_recording_and_an_empty_stop_marks_it_final(
    tmp_path: Path, root: bytes
) -> None:
    rid = new_recording_id()
    w = ChunkWriter(tmp_path, root, rid, chunk_seconds=1, threaded=False)
    w.start_segment(0)
    w.append(tone(2))
    w.close(final=False)  # a lock mid-recording: not finished
    folder = recording_folder(tmp_path, rid)
    (folder / ".c000009.sac.tmp").write_bytes(b"\x00" * 10)  # a write cut by a crash
    w2 = ChunkWriter(tmp_path, root, rid, chunk_seconds=1, threaded=False)
    assert not (folder / ".c000009.sac.tmp").exists()
    assert w2.total_samples == 2 * RATE
    w2.start_segment(5000)
    w2.append(tone(1))
    w2.end_segment()
    w2.close()  # nothing buffered: an empty terminator chunk carries the final mark
    scan = scan_recording(folder, recording_key(root, rid), rid)
    assert [c.index for c in scan.chunks] == [0, 1, 2, 3]
    assert scan.chunks[-1].samples == 0 and scan.finished
    assert [c.start_sample for c in scan.chunks] == [0, RATE, 2 * RATE, 3 * RATE]


def test_missing_and_damaged_chunks_are_reported(tmp_path: Path, root: bytes) -> None:
    rid = new_recording_id()
    w = ChunkWriter(tmp_path, root, rid, chunk_seconds=1, threaded=False)
    w.start_segment(0)
    w.append(tone(4))
    w.close()
    folder = recording_folder(tmp_path, rid)
    (folder / chunk_name(1)).unlink()
    p = folder / chunk_name(2)
    p.write_bytes(p.read_bytes()[:-3])
    scan = scan_recording(folder, recording_key(root, rid), rid)
    assert scan.damaged == [1, 2]
    assert [c.index for c in scan.chunks] == [0, 3, 4]  # 4: the empty final mark
    with pytest.raises(RecordingNotFound):
        RecordingReader(tmp_path, root, new_recording_id())


def test_no_plaintext_audio_on_disk_and_the_scanner_would_see_it(
    tmp_path: Path, root: bytes
) -> None:
    rid = new_recording_id()
    x = tone(11, seed=4)
    w = ChunkWriter(tmp_path, root, rid)
    w.start_segment(0)
    w.append(x)
    w.close()
    assert len(chunk_files(recording_folder(tmp_path, rid))) == 3
    needles = pcm_needles(x)
    assert scan_audio([tmp_path], needles) == []
    # Positive controls: a WAV, an Ogg stream and raw PCM are all caught.
    leak = tmp_path / "leak"
    leak.mkdir()
    with wave.open(str(leak / "a.wav"), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(tone(0.2).tobytes())
    (leak / "b.bin").write_bytes(b"xx" + encode_opus(tone(0.5)))
    (leak / "c.raw").write_bytes(x[RATE : 3 * RATE].tobytes())
    (leak / "d.f32").write_bytes((x[RATE : 3 * RATE].astype(np.float32) / 32768).tobytes())
    found = {(h.path.name, h.what.split(" (")[0]) for h in scan_audio([leak], needles)}
    assert ("a.wav", "RIFF/WAVE") in found
    assert ("b.bin", "OggS") in found
    assert ("c.raw", "raw PCM of the test signal") in found
    assert ("d.f32", "raw PCM of the test signal") in found


def test_size_per_hour_estimate_and_disk_check(tmp_path: Path) -> None:
    assert 8_000_000 < bytes_per_hour() < 16_000_000
    ok, free = enough_space(tmp_path, minutes=1)
    assert free > 0 and ok
    assert enough_space(tmp_path, minutes=10**9)[0] is False
