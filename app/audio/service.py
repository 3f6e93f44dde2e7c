"""Audio operations on an open project, as the window and the command line use them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.audio import records
from app.audio.errors import RecordingNotFound
from app.audio.library import RecordingInfo, import_audio_file, recording_info
from app.store import Project


def _interview(project: Project, participant_code: str) -> Any:
    from app.interview.records import find_interview

    return find_interview(project.db, participant_code)


def import_into_interview(
    project: Project, root_key: bytes, participant_code: str, source: Path
) -> RecordingInfo:
    """Encrypt ``source`` into the project as a recording of the interview."""
    interview = _interview(project, participant_code)
    info = import_audio_file(project.folder, root_key, source)
    rec = records.add_recording(project.db, interview.id, info.recording_id, "imported")
    records.update_recording(project.db, rec.uuid, info.duration_ms, info.chunk_count, True)
    return info


def audio_facts(
    project: Project, root_key: bytes, participant_code: str | None = None
) -> list[dict[str, Any]]:
    """Duration, chunk count and state of each recording (never audio), per interview."""
    from app.interview.records import list_interviews

    interviews = (
        [_interview(project, participant_code)] if participant_code else list_interviews(project.db)
    )
    out: list[dict[str, Any]] = []
    for iv in interviews:
        for rec in records.recordings_for(project.db, iv.id):
            row: dict[str, Any] = {
                "interview": iv.participant_code,
                "recording": rec.uuid,
                "source": rec.source,
                "deleted_at": rec.deleted_at,
            }
            if rec.deleted:
                row.update(duration_ms=rec.duration_ms, chunks=0, finished=rec.finished)
            else:
                try:
                    info = recording_info(project.folder, root_key, rec.uuid)
                except RecordingNotFound:
                    row.update(duration_ms=0, chunks=0, finished=False, missing=True)
                else:
                    row.update(
                        duration_ms=info.duration_ms,
                        chunks=info.chunk_count,
                        bytes=info.bytes_on_disk,
                        finished=info.finished,
                        damaged_chunks=list(info.damaged_chunks),
                    )
            out.append(row)
    return out


def delete_for_interview(
    project: Project, participant_code: str, auditor_code: str, reason: str
) -> int:
    """ "Radera ljudet" for one interview; returns the chunk files removed."""
    interview = _interview(project, participant_code)
    return records.delete_interview_audio(
        project.db, project.folder, interview.id, auditor_code, reason
    )
