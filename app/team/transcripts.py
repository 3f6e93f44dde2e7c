"""Transcripts in packages (format 2): never audio, only text and facts.

An ``interview`` record carries ``transcript`` (``null`` or the text with its speaker turns
and timestamps as transcribers write them, ``origin``, the ``machine_draft`` mark and
``updated_at``) and ``audio_deleted``: one content-free fact per recording whose audio was
deleted (when, by whom, why, how long it was), so "the recording was deleted on …" holds in
the analysts' project too. A recording whose audio still exists stays home entirely.

Merge (``docs/package-format.md``): the transcript is one item per interview, merged
three-way like a note; changed on both sides, theirs is appended under a marked paragraph
(both kept visibly, listed as a conflict), and a machine draft stays marked as one. A
deleted-audio fact is matched by the recording's id; a recording id that belongs to another
interview makes the package damaged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.audio.records import AudioDeletionReason, Origin, get_transcript, recordings_for
from app.store.database import Database
from app.team import validate as v
from app.team.sync import CONFLICT, TAKE

if TYPE_CHECKING:
    from app.team.merge_interview import _Merge

Item = dict[str, Any]
CONFLICT_MARKER = (
    "[Konflikt vid import {date}: en annan version av utskriften följer. "
    "Behåll det som stämmer och ta bort resten.]"
)
_FACT_FIELDS = ("source", "created_at", "duration_ms", "deleted_at", "deleted_by", "reason")


def transcript_fields(db: Database, interview_id: int) -> Item:
    """The interview record's ``transcript`` and ``audio_deleted`` (never audio)."""
    t = get_transcript(db, interview_id)
    return {
        "transcript": None
        if t is None
        else {
            "body": t.body,
            "origin": t.origin.value,
            "machine_draft": t.machine_draft,
            "updated_at": t.updated_at,
        },
        "audio_deleted": [
            {
                "uuid": r.uuid,
                "source": r.source,
                "created_at": r.created_at,
                "duration_ms": r.duration_ms,
                "deleted_at": r.deleted_at,
                "deleted_by": r.deleted_by,
                "reason": r.deleted_reason,
            }
            for r in recordings_for(db, interview_id)
            if r.deleted
        ],
    }


def _transcript_item(raw: object) -> tuple[Item, str]:
    if not isinstance(raw, dict):
        raise v.bad()
    item = {
        "body": v.text(raw, "body"),
        "origin": v.choice(raw, "origin", tuple(o.value for o in Origin)),
        "machine_draft": v.flag(raw, "machine_draft"),
    }
    return item, v.text(raw, "updated_at", limit=40)


def _fact_item(raw: Item) -> Item:
    return {
        "source": v.choice(raw, "source", ("recorded", "imported")),
        "created_at": v.text(raw, "created_at", limit=40),
        "duration_ms": v.integer(raw, "duration_ms"),
        "deleted_at": v.text(raw, "deleted_at", limit=40),
        "deleted_by": v.text(raw, "deleted_by", limit=12),
        "reason": v.choice(raw, "reason", tuple(r.value for r in AudioDeletionReason)),
    }


def merge_transcript(m: _Merge) -> None:
    """Merge an interview record's transcript and deleted-audio facts (format 2)."""
    if "transcript" not in m.rec and "audio_deleted" not in m.rec:
        return  # a format-1 package says nothing about them: nothing changes
    if m.ctx.format_version < 2:
        raise v.bad()
    _facts(m)
    _transcript(m)


def _facts(m: _Merge) -> None:
    for raw in v.items(m.rec, "audio_deleted"):
        uuid = v.uid(raw, "uuid")
        theirs = _fact_item(raw)
        row = m.db.query_one("SELECT * FROM recording WHERE uuid = ?", (uuid,))
        if row is not None and int(row["interview_id"]) != m.iid:
            raise v.bad()  # another interview's recording
        ours = None
        if row is not None:
            ours = {k: row["deleted_reason" if k == "reason" else k] for k in _FACT_FIELDS}
        result = m.step("audio_deleted", uuid, ours, theirs)
        if result == TAKE:
            m.db.execute(
                "INSERT INTO recording (interview_id, uuid, source, created_at, duration_ms,"
                " chunk_count, finished, deleted_at, deleted_by, deleted_reason)"
                " VALUES (?, ?, ?, ?, ?, 0, 1, ?, ?, ?) ON CONFLICT (uuid) DO UPDATE SET"
                " source = excluded.source, created_at = excluded.created_at, duration_ms ="
                " excluded.duration_ms, deleted_at = excluded.deleted_at, deleted_by ="
                " excluded.deleted_by, deleted_reason = excluded.deleted_reason",
                (m.iid, uuid, *(theirs[k] for k in _FACT_FIELDS)),
            )
        elif result == CONFLICT:
            m.conflict("audio_deleted", uuid, theirs)


def _transcript(m: _Merge) -> None:
    key = f"{m.uid}/transcript"
    local = get_transcript(m.db, m.iid)
    ours: Item | None = None
    if local is not None:
        ours = {
            "body": local.body,
            "origin": local.origin.value,
            "machine_draft": local.machine_draft,
        }
    raw = m.rec.get("transcript")
    if raw is None:  # they have none (any more): drop ours if it is what they sent before
        m.removed(
            "transcript",
            set(),
            {} if ours is None else {key: ours},
            lambda _key: m.db.execute("DELETE FROM transcript WHERE interview_id = ?", (m.iid,)),
        )
        return
    theirs, updated_at = _transcript_item(raw)
    result = m.step("transcript", key, ours, theirs)
    if result == TAKE:
        _write(m, theirs["body"], theirs["origin"], theirs["machine_draft"], updated_at)
    elif result == CONFLICT:
        assert ours is not None
        marker = CONFLICT_MARKER.format(date=m.ctx.now[:10])
        body = "\n".join(p for p in (ours["body"], marker, theirs["body"]) if p)
        draft = ours["machine_draft"] or theirs["machine_draft"]  # unchecked words stay marked
        _write(m, body, ours["origin"], draft, m.ctx.now)
        m.conflict("transcript", key, theirs)


def _write(m: _Merge, body: str, origin: str, draft: bool, updated_at: str) -> None:
    m.db.execute(
        "INSERT INTO transcript (interview_id, body, origin, machine_draft, revision, updated_at)"
        " VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (interview_id) DO UPDATE SET body ="
        " excluded.body, origin = excluded.origin, machine_draft = excluded.machine_draft,"
        " revision = transcript.revision + 1, updated_at = excluded.updated_at",
        (m.iid, body, origin, int(draft), updated_at),
    )
