"""Recordings and transcripts in the database, and the audited deletion of audio.

The chunk files live in the project folder (``app/audio/chunks.py``); the database knows which
recordings an interview has, how long they are, and whether and when their audio was deleted.
A deleted recording keeps its row (so the transcript can say that the audio was deleted, and
when) and the deletion leaves an append-only ``deletion_log`` row: participant code, time,
action, auditor code and reason — no content.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from app.audio.library import delete_recording
from app.errors import InvalidInput, NotFound
from app.store.database import Database, Row
from app.store.project import now_iso

log = logging.getLogger(__name__)

DELETION_ACTION = "deleted_audio"
#: The audio retention rule: audio is due for deletion this many days after the interview.
RETENTION_KEY = "audio_retention_days"
DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650


class AudioDeletionReason(StrEnum):
    TRANSCRIBED = "transcribed"
    RETENTION = "retention"
    WITHDRAWAL = "withdrawal"
    ERROR = "error"


class Origin(StrEnum):
    TYPED = "typed"
    IMPORTED = "imported"
    MACHINE = "machine"


@dataclass(frozen=True)
class Recording:
    id: int
    interview_id: int
    uuid: str
    source: str
    created_at: str
    duration_ms: int
    chunk_count: int
    finished: bool
    deleted_at: str | None
    deleted_by: str
    deleted_reason: str

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None

    @classmethod
    def from_row(cls, r: Row) -> Recording:
        return cls(
            r["id"],
            r["interview_id"],
            r["uuid"],
            r["source"],
            r["created_at"],
            r["duration_ms"],
            r["chunk_count"],
            bool(r["finished"]),
            r["deleted_at"],
            r["deleted_by"],
            r["deleted_reason"],
        )


@dataclass(frozen=True)
class Transcript:
    interview_id: int
    body: str
    origin: Origin
    machine_draft: bool
    revision: int
    updated_at: str


# -- recordings -----------------------------------------------------------------------------
def add_recording(db: Database, interview_id: int, uuid: str, source: str) -> Recording:
    if source not in ("recorded", "imported"):
        raise InvalidInput("source")
    db.insert(
        "INSERT INTO recording (interview_id, uuid, source, created_at) VALUES (?, ?, ?, ?)",
        (interview_id, uuid, source, now_iso()),
    )
    return get_recording(db, uuid)


def get_recording(db: Database, uuid: str) -> Recording:
    row = db.query_one("SELECT * FROM recording WHERE uuid = ?", (uuid,))
    if row is None:
        raise NotFound("recording")
    return Recording.from_row(row)


def recordings_for(db: Database, interview_id: int) -> list[Recording]:
    rows = db.query("SELECT * FROM recording WHERE interview_id = ? ORDER BY id", (interview_id,))
    return [Recording.from_row(r) for r in rows]


def audio_recordings(db: Database, interview_id: int) -> list[Recording]:
    """Recordings whose audio still exists."""
    return [r for r in recordings_for(db, interview_id) if not r.deleted]


def open_recording(db: Database, interview_id: int) -> Recording | None:
    """The interview's recording that can be continued (recorded here, not stopped)."""
    row = db.query_one(
        "SELECT * FROM recording WHERE interview_id = ? AND source = 'recorded'"
        " AND finished = 0 AND deleted_at IS NULL ORDER BY id DESC LIMIT 1",
        (interview_id,),
    )
    return None if row is None else Recording.from_row(row)


def update_recording(
    db: Database, uuid: str, duration_ms: int, chunk_count: int, finished: bool
) -> None:
    db.execute(
        "UPDATE recording SET duration_ms = ?, chunk_count = ?, finished = ? WHERE uuid = ?",
        (int(duration_ms), int(chunk_count), int(finished), uuid),
    )


def delete_audio(
    db: Database,
    project_folder: Path,
    recording: Recording,
    auditor_code: str,
    reason: AudioDeletionReason | str,
) -> int:
    """Remove every chunk of ``recording``, then record the deletion. Returns chunks removed.

    Files go first: the log says "deleted" only once nothing is left to read. Deleting again
    is harmless (0 chunks, no second log row).
    """
    from app.interview.records import check_auditor_code

    try:
        reason = AudioDeletionReason(reason)
    except ValueError:
        raise InvalidInput(f"reason: {', '.join(r.value for r in AudioDeletionReason)}") from None
    auditor = check_auditor_code(auditor_code)
    removed = delete_recording(project_folder, recording.uuid)
    if recording.deleted:
        return removed
    code = db.scalar(
        "SELECT participant_code FROM interview WHERE id = ?", (recording.interview_id,)
    )
    if code is None:
        raise NotFound("interview")
    with db.atomic():
        db.execute(
            "UPDATE recording SET deleted_at = ?, deleted_by = ?, deleted_reason = ? WHERE id = ?",
            (now_iso(), auditor, reason.value, recording.id),
        )
        db.execute(
            "INSERT INTO deletion_log (at, participant_code, action, auditor_code, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            (now_iso(), str(code), DELETION_ACTION, auditor, reason.value),
        )
    log.info("audio of interview %d deleted (%s)", recording.interview_id, reason.value)
    return removed


def delete_interview_audio(
    db: Database,
    project_folder: Path,
    interview_id: int,
    auditor_code: str,
    reason: AudioDeletionReason | str,
) -> int:
    """Delete the audio of every recording of an interview (before erasing it, or "Radera
    ljudet"). Returns the number of chunks removed."""
    return sum(
        delete_audio(db, project_folder, r, auditor_code, reason)
        for r in audio_recordings(db, interview_id)
    )


def remove_interview_audio_files(db: Database, project_folder: Path, interview_id: int) -> int:
    """Remove the chunk files of every recording of an interview, without log rows (for the
    erasure of the whole interview, whose own log row covers it). Returns chunks removed."""
    return sum(delete_recording(project_folder, r.uuid) for r in recordings_for(db, interview_id))


def audio_due(
    db: Database, keep_days: int | None = None, today: date | None = None
) -> list[tuple[str, int]]:
    """Interviews whose audio is older than ``keep_days`` days (the project's rule when not
    given): (participant code, id)."""
    days = audio_retention_days(db) if keep_days is None else keep_days
    limit = ((today or date.today()) - timedelta(days=max(0, days))).isoformat()
    rows = db.query(
        "SELECT DISTINCT i.participant_code, i.id FROM recording r"
        " JOIN interview i ON i.id = r.interview_id"
        " WHERE r.deleted_at IS NULL AND i.held_on < ? ORDER BY i.held_on, i.id",
        (limit,),
    )
    return [(str(r[0]), int(r[1])) for r in rows]


def audio_retention_days(db: Database) -> int:
    value = db.scalar("SELECT value FROM meta WHERE key = ?", (RETENTION_KEY,))
    try:
        return max(1, min(MAX_RETENTION_DAYS, int(value)))
    except (TypeError, ValueError):
        return DEFAULT_RETENTION_DAYS


def set_audio_retention_days(db: Database, days: int) -> None:
    if not 1 <= int(days) <= MAX_RETENTION_DAYS:
        raise InvalidInput(f"1–{MAX_RETENTION_DAYS}")
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (RETENTION_KEY, str(int(days))),
    )


@dataclass(frozen=True)
class AudioOverviewRow:
    interview_id: int
    participant_code: str
    held_on: str
    recording: Recording
    due: bool


def audio_overview(db: Database, today: date | None = None) -> list[AudioOverviewRow]:
    """Every recording with its interview, and whether its audio is due under the rule."""
    limit = ((today or date.today()) - timedelta(days=audio_retention_days(db))).isoformat()
    rows = db.query(
        "SELECT r.*, i.participant_code, i.held_on FROM recording r"
        " JOIN interview i ON i.id = r.interview_id ORDER BY i.held_on, i.id, r.id"
    )
    return [
        AudioOverviewRow(
            int(r["interview_id"]),
            str(r["participant_code"]),
            str(r["held_on"]),
            Recording.from_row(r),
            r["deleted_at"] is None and str(r["held_on"]) < limit,
        )
        for r in rows
    ]


def audio_deleted_at(db: Database, interview_id: int) -> str | None:
    """When the last audio of the interview was deleted (None: none deleted, or some left)."""
    recs = recordings_for(db, interview_id)
    if not recs or any(not r.deleted for r in recs):
        return None
    return max(r.deleted_at for r in recs if r.deleted_at)


# -- transcript -----------------------------------------------------------------------------
def get_transcript(db: Database, interview_id: int) -> Transcript | None:
    row = db.query_one("SELECT * FROM transcript WHERE interview_id = ?", (interview_id,))
    if row is None:
        return None
    return Transcript(
        row["interview_id"],
        row["body"],
        Origin(row["origin"]),
        bool(row["machine_draft"]),
        row["revision"],
        row["updated_at"],
    )


def save_transcript(
    db: Database,
    interview_id: int,
    body: str,
    *,
    origin: Origin | str | None = None,
    machine_draft: bool | None = None,
) -> int:
    """Write the transcript (insert or replace the text). Returns the new revision."""
    current = get_transcript(db, interview_id)
    new_origin = Origin(origin) if origin is not None else (current.origin if current else "typed")
    draft = machine_draft if machine_draft is not None else bool(current and current.machine_draft)
    revision = (current.revision if current else 0) + 1
    db.execute(
        "INSERT INTO transcript (interview_id, body, origin, machine_draft, revision, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(interview_id) DO UPDATE SET body = excluded.body,"
        " origin = excluded.origin, machine_draft = excluded.machine_draft,"
        " revision = excluded.revision, updated_at = excluded.updated_at",
        (interview_id, body, str(Origin(new_origin)), int(draft), revision, now_iso()),
    )
    return revision
