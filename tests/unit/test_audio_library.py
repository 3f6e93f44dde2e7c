"""Import of audio files and Word/text transcripts, deletion, playback stream, STT."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import av
import docx
import numpy as np
import pytest

from app.audio.chunks import audio_root, recording_folder
from app.audio.errors import Cancelled, NotAudio, RecordingNotFound, SttModelInvalid
from app.audio.keys import audio_root_key
from app.audio.levels import Converter, peak_dbfs, rms_dbfs
from app.audio.library import (
    delete_recording,
    import_audio_file,
    recording_ids,
    recording_info,
)
from app.audio.playback import ArraySource, PlaybackStream, clamp_speed
from app.audio.reader import RecordingReader
from app.audio.transcript import (
    Turn,
    format_timestamp,
    normalise,
    parse_turns,
    read_transcript_file,
    timestamps,
)
from app.errors import InvalidInput
from tests.unit.test_audio_chunks import RATE, tone


@pytest.fixture
def root() -> bytes:
    return audio_root_key(bytes(range(1, 33)))


def write_wav(path: Path, pcm: np.ndarray, rate: int = 44100, channels: int = 2) -> Path:
    data = np.repeat(pcm[:, None], channels, axis=1) if channels > 1 else pcm
    with wave.open(str(path), "wb") as f:
        f.setnchannels(channels)
        f.setsampwidth(2)
        f.setframerate(rate)
        f.writeframes(np.ascontiguousarray(data, dtype="<i2").tobytes())
    return path


def write_compressed(path: Path, pcm: np.ndarray, codec: str, rate: int = 44100) -> Path:
    with av.open(str(path), "w") as c:
        s = c.add_stream(codec, rate=rate)
        s.layout = "mono"
        frame = av.AudioFrame.from_ndarray(pcm.reshape(1, -1), format="s16", layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=s.format.name, layout="mono", rate=rate)
        for f in resampler.resample(frame):
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return path


@pytest.mark.parametrize(
    ("name", "maker"),
    [
        ("intervju.wav", lambda p, x: write_wav(p, x)),
        ("intervju.mp3", lambda p, x: write_compressed(p, x, "libmp3lame")),
        ("intervju.m4a", lambda p, x: write_compressed(p, x, "aac")),
    ],
)
def test_import_audio_file(tmp_path: Path, root: bytes, name: str, maker) -> None:  # type: ignore[no-untyped-def]
    project = tmp_path / "p.samtal"
    project.mkdir()
    source = maker(tmp_path / name, _at(44100))
    progress: list[float] = []
    info = import_audio_file(project, root, source, on_progress=progress.append)
    assert abs(info.duration_ms - 7500) < 120  # codec padding at most a few frames
    assert info.chunk_count == 2 and info.finished and info.damaged_chunks == ()
    assert progress and progress[-1] > 0.9
    assert source.exists()  # the original is the user's to remove (the UI offers it)
    assert recording_ids(project) == [info.recording_id]
    pcm = RecordingReader(project, root, info.recording_id).read_all()
    assert peak_dbfs(pcm) > -20  # real sound came through
    assert info.to_json()["chunks"] == 2


def _at(rate: int) -> np.ndarray:
    t = np.arange(int(7.5 * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 330 * t) * 32767).astype(np.int16)


def test_import_refuses_non_audio_and_cancel_leaves_nothing(tmp_path: Path, root: bytes) -> None:
    project = tmp_path / "p.samtal"
    project.mkdir()
    text = tmp_path / "inte-ljud.mp3"
    text.write_text("det här är ingen ljudfil", encoding="utf-8")
    with pytest.raises(NotAudio):
        import_audio_file(project, root, text)
    with pytest.raises(NotAudio):
        import_audio_file(project, root, tmp_path / "finns-inte.wav")
    cancel = threading.Event()
    source = write_wav(tmp_path / "lång.wav", tone(30), rate=RATE, channels=1)

    def progress(f: float) -> None:
        if f > 0.3:
            cancel.set()

    with pytest.raises(Cancelled):
        import_audio_file(project, root, source, on_progress=progress, cancel=cancel)
    assert recording_ids(project) == []
    assert not any(audio_root(project).rglob("*.sac"))


def test_delete_recording_removes_every_chunk(tmp_path: Path, root: bytes) -> None:
    project = tmp_path / "p.samtal"
    project.mkdir()
    info = import_audio_file(
        project, root, write_wav(tmp_path / "a.wav", tone(12), rate=RATE, channels=1)
    )
    folder = recording_folder(project, info.recording_id)
    (folder / ".c000007.sac.tmp").write_bytes(b"rest")
    assert delete_recording(project, info.recording_id) == 3
    assert not folder.exists()
    assert recording_ids(project) == []
    assert delete_recording(project, info.recording_id) == 0
    with pytest.raises(RecordingNotFound):
        recording_info(project, root, info.recording_id)


def test_transcript_text_model() -> None:
    text = normalise(
        "(00:01:23) I: Hur var det?\r\n#00:01:27-4# IP: Det var bra.\nOch sen inget.\n\n"
        "[1:02:03] I: Tack.\nIntervjuare: Slut."
    )
    assert text.splitlines()[0] == "[00:01:23] I: Hur var det?"
    assert parse_turns(text) == [
        Turn("I", "Hur var det?", 83_000),
        Turn("IP", "Det var bra.\nOch sen inget.", 87_000),
        Turn("I", "Tack.", 3_723_000),
        Turn("Intervjuare", "Slut.", None),
    ]
    assert [ms for _s, _e, ms in timestamps(text)] == [83_000, 87_000, 3_723_000]
    assert format_timestamp(3_723_999) == "[01:02:03]"


def test_read_word_and_text_transcripts(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Transkription")
    d.add_paragraph("I: Berätta om första mötet.")
    d.add_paragraph("IP: Jag var nervös\tinnan.")
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "IP"
    table.rows[0].cells[1].text = "Sen gick det bättre."
    d.save(str(tmp_path / "t.docx"))
    text = read_transcript_file(tmp_path / "t.docx")
    turns = parse_turns(text)
    assert [t.speaker for t in turns] == ["", "I", "IP", "IP"]
    assert turns[2].text == "Jag var nervös\tinnan."
    (tmp_path / "t.txt").write_bytes("IP: Det kändes bättre på vårdcentralen.".encode("cp1252"))
    assert parse_turns(read_transcript_file(tmp_path / "t.txt"))[0].text.endswith("vårdcentralen.")
    (tmp_path / "tom.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "fel.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    for name in ("tom.txt", "fel.docx", "bin.txt", "saknas.txt"):
        with pytest.raises(InvalidInput):
            read_transcript_file(tmp_path / name)


def test_playback_stream_positions_and_speeds() -> None:
    x = (np.arange(RATE * 10) % 30000).astype(np.int16)  # the value tells the position
    stream = PlaybackStream(ArraySource(x, RATE))
    for speed in (1.0, 2.0, 0.5, 1.5):
        stream.set_speed(speed, RATE)
        out = np.concatenate([stream.read(1600) for _ in range(20)])
        assert len(out) == 32000
        assert stream.position(32000) == RATE + int(32000 * speed)
        # What was produced last is near that position (pitch kept: atempo, not resampling).
        expected = (RATE + int(32000 * speed)) % 30000
        assert abs(int(np.median(out[-1600:])) - expected) < 1600 * speed + 200
    assert clamp_speed(5) == 2.0 and clamp_speed(0.1) == 0.5
    stream.set_speed(1.0, len(x) - 1000)
    tail = stream.read(5000)
    assert len(tail) == 1000 and len(stream.read(100)) == 0 and stream.at_end


def test_levels_and_conversion() -> None:
    assert peak_dbfs(np.array([32767, -32768], dtype=np.int16)) > -0.01
    assert peak_dbfs(np.zeros(100, dtype=np.int16)) == -90.0
    half_sine = (0.5 * np.sin(np.arange(RATE) / 5) * 32767).astype(np.int16)
    assert abs(rms_dbfs(half_sine) - (-9.03)) < 0.1  # 20·log10(0.5/√2)
    stereo48 = np.repeat(tone(1)[:, None], 2, axis=1)
    up = np.repeat(stereo48, 3, axis=0)  # 48 kHz
    conv = Converter(48000, 2, "s16")
    out = np.concatenate(
        [conv.convert(up[i : i + 4800].tobytes()) for i in range(0, len(up), 4800)]
    )
    assert abs(len(out) - RATE) < 400
    assert Converter(16000, 1, "s16").passthrough


def test_stt_refuses_folders_that_would_download(tmp_path: Path) -> None:
    from app.audio.stt import check_model_folder

    with pytest.raises(SttModelInvalid):
        check_model_folder(tmp_path / "saknas")
    (tmp_path / "model.bin").write_bytes(b"x")
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SttModelInvalid, match="tokenizer.json"):
        check_model_folder(tmp_path)
