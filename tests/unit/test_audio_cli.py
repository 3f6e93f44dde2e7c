"""``samtal audio import|export-info|delete|transcript`` as a real subprocess."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import docx
import numpy as np

from app.audio.chunks import audio_root
from app.interview.records import create_interview
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.unit.test_audio_chunks import tone
from tests.unit.test_cli import samtal


def _project(tmp_path: Path) -> tuple[Path, str]:
    p = Project.create(tmp_path / "cli", PASSPHRASE, kdf=fast_kdf())
    code = create_interview(p.db).participant_code
    p.close()
    return p.folder, code


def test_audio_commands(tmp_path: Path) -> None:
    folder, code = _project(tmp_path)
    source = tmp_path / "diktafon.wav"
    with wave.open(str(source), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(16000)
        f.writeframes(tone(12).astype("<i2").tobytes())

    result = samtal("audio", "import", folder, source, "--interview", code)
    assert result.returncode == 0, result.stderr
    assert "12.0 s i 3 krypterade delar" in result.stdout and source.exists()
    info = json.loads(samtal("audio", "export-info", folder, "--json").stdout)
    assert [(i["interview"], i["duration_ms"], i["chunks"], i["finished"]) for i in info] == [
        (code, 12_000, 3, True)
    ]
    text = samtal("audio", "export-info", folder, "--interview", code).stdout
    assert code in text and "3 delar" in text and "avslutad" in text
    assert b"RIFF" not in b"".join(p.read_bytes() for p in audio_root(folder).rglob("*.sac"))

    # bad input: one line, nothing changed
    bad = samtal("audio", "import", folder, tmp_path / "saknas.wav", "--interview", code)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "inget ljud" in bad.stderr
    bad = samtal("audio", "delete", folder, "--interview", code, "--auditor", "AB")
    assert bad.returncode != 0  # no terminal, no --yes: refused
    assert len(list(audio_root(folder).rglob("*.sac"))) == 3
    bad = samtal("audio", "import", folder, source, "--interview", "ZZZ-ZZZ")
    assert bad.returncode == 1 and "Hittades inte" in bad.stderr

    word = docx.Document()
    word.add_paragraph("I: Hur var det?")
    word.add_paragraph("IP: Bra.")
    word.save(str(tmp_path / "utskrift.docx"))
    result = samtal("audio", "transcript", folder, tmp_path / "utskrift.docx", "--interview", code)
    assert result.returncode == 0, result.stderr

    result = samtal("audio", "delete", folder, "--interview", code, "--auditor", "AB", "--yes")
    assert result.returncode == 0, result.stderr
    assert "3 filer" in result.stdout
    assert not list(audio_root(folder).rglob("*.sac"))
    info = json.loads(samtal("audio", "export-info", folder, "--json").stdout)
    assert info[0]["deleted_at"] and info[0]["chunks"] == 0
    with Project.open(folder, PASSPHRASE) as p:
        rows = p.db.query("SELECT participant_code, action, auditor_code, reason FROM deletion_log")
        assert [tuple(r) for r in rows] == [(code, "deleted_audio", "AB", "transcribed")]
        assert p.db.scalar("SELECT body FROM transcript") == "I: Hur var det?\nIP: Bra."

    result = samtal("audio", "import", folder, source, "--interview", code, "--delete-original")
    assert result.returncode == 0 and not source.exists()
    assert "Andra kopior" in result.stdout
    assert np.all([p.suffix == ".sac" for p in audio_root(folder).rglob("*") if p.is_file()])
