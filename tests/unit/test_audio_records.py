"""Recordings and transcripts in the database; the audited deletion of audio."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from app.audio.chunks import recording_folder
from app.audio.keys import audio_root_key
from app.audio.library import import_audio_file
from app.audio.records import (
    DELETION_ACTION,
    Origin,
    add_recording,
    audio_deleted_at,
    audio_due,
    audio_recordings,
    delete_audio,
    delete_interview_audio,
    get_recording,
    get_transcript,
    open_recording,
    recordings_for,
    save_transcript,
    update_recording,
)
from app.errors import InvalidInput
from app.interview.records import create_interview
from app.store import Project
from tests.unit.test_audio_chunks import tone
from tests.unit.test_audio_library import write_wav


@pytest.fixture
def db_project(project: Project) -> Project:
    return project


def test_transcript_saves_like_notes(db_project: Project) -> None:
    db = db_project.db
    iv = create_interview(db)
    assert get_transcript(db, iv.id) is None
    assert save_transcript(db, iv.id, "[00:00:01] I: Hej.") == 1
    assert save_transcript(db, iv.id, "[00:00:01] I: Hej.\nIP: Hej!") == 2
    t = get_transcript(db, iv.id)
    assert t is not None and t.origin == Origin.TYPED and not t.machine_draft
    save_transcript(db, iv.id, "[00:00:00] maskin", origin="machine", machine_draft=True)
    save_transcript(db, iv.id, "[00:00:00] maskin rättad")  # keeps origin and draft mark
    t = get_transcript(db, iv.id)
    assert t is not None and t.origin == Origin.MACHINE and t.machine_draft and t.revision == 4


def test_delete_audio_removes_chunks_and_leaves_only_a_log_row(
    db_project: Project, tmp_path: Path
) -> None:
    db, folder = db_project.db, db_project.folder
    root = audio_root_key(bytes(32))
    iv = create_interview(db, held_on="2026-01-10")
    info = import_audio_file(folder, root, write_wav(tmp_path / "a.wav", tone(11), 16000, 1))
    rec = add_recording(db, iv.id, info.recording_id, "imported")
    update_recording(db, rec.uuid, info.duration_ms, info.chunk_count, True)
    assert open_recording(db, iv.id) is None  # imported, finished
    live = add_recording(db, iv.id, "ab" * 16, "recorded")
    assert open_recording(db, iv.id) == live
    assert audio_due(db, 30, today=date(2026, 2, 15)) == [(iv.participant_code, iv.id)]
    assert audio_due(db, 30, today=date(2026, 1, 20)) == []
    before = db.scalar("SELECT count(*) FROM deletion_log")

    assert delete_audio(db, folder, get_recording(db, rec.uuid), "AB", "transcribed") == 3
    assert not recording_folder(folder, rec.uuid).exists()
    gone = get_recording(db, rec.uuid)
    assert gone.deleted and gone.deleted_by == "AB" and gone.deleted_reason == "transcribed"
    rows = db.query("SELECT * FROM deletion_log ORDER BY id")[before:]
    assert [(r["participant_code"], r["action"], r["auditor_code"], r["reason"]) for r in rows] == [
        (iv.participant_code, DELETION_ACTION, "AB", "transcribed")
    ]
    assert audio_deleted_at(db, iv.id) is None  # one recording is left
    assert delete_interview_audio(db, folder, iv.id, "AB", "retention") == 0  # no chunks yet
    assert audio_recordings(db, iv.id) == []
    assert audio_deleted_at(db, iv.id) is not None
    assert len(recordings_for(db, iv.id)) == 2  # the rows stay, without audio
    assert db.scalar("SELECT count(*) FROM deletion_log") == before + 2
    # Deleting again neither fails nor logs twice.
    delete_audio(db, folder, get_recording(db, rec.uuid), "AB", "transcribed")
    assert db.scalar("SELECT count(*) FROM deletion_log") == before + 2
    with pytest.raises(InvalidInput):
        delete_audio(db, folder, live, "Anna Andersson Svensson", "transcribed")
    with pytest.raises(InvalidInput):
        delete_audio(db, folder, live, "AB", "för att")
    assert not np.any([p.suffix == ".sac" for p in folder.rglob("*")])


def test_erasing_an_interview_removes_its_audio_files(project: Project, tmp_path: Path) -> None:
    from app.security.erasure import erase_interview

    db, folder = project.db, project.folder
    iv = create_interview(db)
    other = create_interview(db)
    infos = []
    for owner in (iv, other):
        info = import_audio_file(
            folder, project.audio_key, write_wav(tmp_path / f"{owner.id}.wav", tone(3), 16000, 1)
        )
        add_recording(db, owner.id, info.recording_id, "imported")
        infos.append(info)
    erase_interview(db, iv.id, "AB", "withdrawal")
    assert not recording_folder(folder, infos[0].recording_id).exists()
    assert recording_folder(folder, infos[1].recording_id).exists()  # only that interview's
    assert db.scalar("SELECT count(*) FROM recording") == 1
    rows = db.query("SELECT action FROM deletion_log")
    assert [r[0] for r in rows] == ["erased_interview"]  # one content-free row
