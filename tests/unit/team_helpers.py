"""Shared helpers for the team tests: "laptops" as real encrypted projects, full dumps."""

from __future__ import annotations

import wave
from pathlib import Path

from app import demo
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf


def laptop(folder: Path, name: str) -> Project:
    """An empty real encrypted project (one auditor's laptop)."""
    return Project.create(folder / name, PASSPHRASE, audit_name=name, kdf=fast_kdf())


def demo_laptop(folder: Path, name: str, interviews: int, seed: int, words: int = 600) -> Project:
    project = laptop(folder, name)
    demo.create_demo(project.db, interviews=interviews, seed=seed, words_per_interview=words)
    return project


def dump(project: Project) -> list[str]:
    """The whole database as comparable lines: schema, version, every row of every table
    (including the full-text index's own tables), decrypted through the real connection."""
    db = project.db
    lines = [f"user_version {db.user_version}"]
    for r in db.query("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"):
        lines.append(f"{r[0]} {r[1]}: {r[2]}")
        if r[0] == "table" and not str(r[2] or "").upper().startswith("CREATE VIRTUAL"):
            rows = db.query(f'SELECT * FROM "{r[1]}"')
            lines += sorted(f"{r[1]} {tuple(row)!r}" for row in rows)
    return lines


#: A transcript's words: never in a package's bytes.
TRANSCRIPT_CANARY = "Rullatorn fastnade i hissdörren på Solgläntan"


def give_transcripts(project: Project, folder: Path, draft: bool = False) -> dict[str, str]:
    """Transcripts for the first two interviews (turns and timestamps), each after a real
    recording (a generated tone, encrypted into the project): the first one's audio deleted
    after transcription, the second one's kept. Returns {"deleted": code, "kept": code}."""
    from app.audio.records import delete_interview_audio, save_transcript
    from app.audio.service import import_into_interview
    from app.interview.records import find_interview
    from tests.unit.test_audio_chunks import tone

    codes = [
        str(r[0]) for r in project.db.query("SELECT participant_code FROM interview ORDER BY id")
    ]
    source = folder / f"{project.name}-diktafon.wav"
    with wave.open(str(source), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(16000)
        f.writeframes(tone(2).astype("<i2").tobytes())
    for n, code in enumerate(codes[:2]):
        import_into_interview(project, project.audio_key, code, source)
        interview = find_interview(project.db, code)
        save_transcript(
            project.db,
            interview.id,
            f"[00:00:01] I: Hur kom du dit?\n[00:00:04] IP: {TRANSCRIPT_CANARY} ({n}).\n"
            "Sedan tog jag trapporna.",
            origin="machine" if draft else "typed",
            machine_draft=draft,
        )
        if n == 0:
            delete_interview_audio(project.db, project.folder, interview.id, "AB", "transcribed")
    source.unlink()
    return {"deleted": codes[0], "kept": codes[1]}
