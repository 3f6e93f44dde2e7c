"""Interviews: create, list, find by participant code, move through their status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from app.audit import audit_info
from app.errors import InvalidInput, NotFound
from app.guide.repository import default_guide_version_id
from app.interview.codes import new_participant_code, normalise_code
from app.store.database import Database, Row
from app.store.project import now_iso


class Mode(StrEnum):
    ON_SITE = "on_site"  # på plats
    PHONE = "phone"  # telefon
    VIDEO = "video"  # video
    WRITTEN = "written"  # skriftligt


class Status(StrEnum):
    NEW = "new"
    CONSENTED = "consented"
    IN_PROGRESS = "in_progress"
    PAUSED = "paused"
    FINISHED = "finished"
    INTERRUPTED = "interrupted"


AUDITOR_CODE_MAX = 12


@dataclass
class Interview:
    id: int
    participant_code: str
    guide_version_id: int | None
    held_on: str
    mode: Mode
    interviewer_code: str
    co_listener_code: str
    status: Status
    planned_minutes: int | None
    elapsed_ms: int
    current_question_id: int | None
    created_at: str
    started_at: str | None
    finished_at: str | None
    keep_until: str | None

    @classmethod
    def from_row(cls, r: Row) -> Interview:
        return cls(
            id=r["id"],
            participant_code=r["participant_code"],
            guide_version_id=r["guide_version_id"],
            held_on=r["held_on"],
            mode=Mode(r["mode"]),
            interviewer_code=r["interviewer_code"],
            co_listener_code=r["co_listener_code"],
            status=Status(r["status"]),
            planned_minutes=r["planned_minutes"],
            elapsed_ms=r["elapsed_ms"],
            current_question_id=r["current_question_id"],
            created_at=r["created_at"],
            started_at=r["started_at"],
            finished_at=r["finished_at"],
            keep_until=r["keep_until"],
        )


def check_auditor_code(code: str) -> str:
    """Auditor codes are initials or short codes, never full names."""
    code = code.strip()
    if len(code) > AUDITOR_CODE_MAX or " " in code:
        raise InvalidInput("auditor_code", maximum=AUDITOR_CODE_MAX)
    return code


def create_interview(
    db: Database,
    *,
    mode: Mode | str = Mode.ON_SITE,
    held_on: date | str | None = None,
    interviewer_code: str = "",
    co_listener_code: str = "",
    guide_version_id: int | None = None,
    planned_minutes: int | None = None,
    participant_code: str | None = None,
) -> Interview:
    """Create an interview with a fresh participant code (status ``new``)."""
    mode = Mode(mode)
    held = (
        held_on.isoformat() if isinstance(held_on, date) else (held_on or date.today().isoformat())
    )
    try:
        date.fromisoformat(held)
    except ValueError:
        raise InvalidInput("date") from None
    interviewer = check_auditor_code(interviewer_code)
    co_listener = check_auditor_code(co_listener_code)
    with db.atomic():
        audit = audit_info(db)
        if guide_version_id is None:
            guide_version_id = default_guide_version_id(db)
        if planned_minutes is None:
            planned_minutes = audit.planned_minutes or 60
        code = participant_code or new_participant_code(lambda c: exists(db, c))
        interview_id = db.insert(
            "INSERT INTO interview (participant_code, guide_version_id, held_on, mode,"
            " interviewer_code, co_listener_code, planned_minutes, created_at, keep_until)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                code,
                guide_version_id,
                held,
                mode.value,
                interviewer,
                co_listener,
                planned_minutes,
                now_iso(),
                audit.keep_until,
            ),
        )
    return get_interview(db, interview_id)


def exists(db: Database, code: str) -> bool:
    return bool(
        db.scalar("SELECT EXISTS (SELECT 1 FROM interview WHERE participant_code = ?)", (code,))
    )


def get_interview(db: Database, interview_id: int) -> Interview:
    row = db.query_one("SELECT * FROM interview WHERE id = ?", (interview_id,))
    if row is None:
        raise NotFound("interview")
    return Interview.from_row(row)


def find_interview(db: Database, participant_code: str) -> Interview:
    code = normalise_code(participant_code)
    row = db.query_one("SELECT * FROM interview WHERE participant_code = ?", (code,))
    if row is None:
        raise NotFound("participant_code", code=code)
    return Interview.from_row(row)


def list_interviews(db: Database) -> list[Interview]:
    return [Interview.from_row(r) for r in db.query("SELECT * FROM interview ORDER BY held_on, id")]


def set_status(db: Database, interview_id: int, status: Status) -> None:
    with db.atomic():
        if status is Status.IN_PROGRESS:
            db.execute(
                "UPDATE interview SET status = ?, started_at = coalesce(started_at, ?)"
                " WHERE id = ?",
                (status.value, now_iso(), interview_id),
            )
        elif status is Status.FINISHED:
            db.execute(
                "UPDATE interview SET status = ?, finished_at = ? WHERE id = ?",
                (status.value, now_iso(), interview_id),
            )
        else:
            db.execute("UPDATE interview SET status = ? WHERE id = ?", (status.value, interview_id))


def save_clock(
    db: Database, interview_id: int, elapsed_ms: int, current_question_id: int | None
) -> None:
    db.execute(
        "UPDATE interview SET elapsed_ms = ?, current_question_id = ? WHERE id = ?",
        (int(elapsed_ms), current_question_id, interview_id),
    )


def update_details(
    db: Database,
    interview_id: int,
    *,
    mode: Mode | str | None = None,
    held_on: str | None = None,
    interviewer_code: str | None = None,
    co_listener_code: str | None = None,
) -> None:
    fields: dict[str, object] = {}
    if mode is not None:
        fields["mode"] = Mode(mode).value
    if held_on is not None:
        try:
            date.fromisoformat(held_on)
        except ValueError:
            raise InvalidInput("date") from None
        fields["held_on"] = held_on
    if interviewer_code is not None:
        fields["interviewer_code"] = check_auditor_code(interviewer_code)
    if co_listener_code is not None:
        fields["co_listener_code"] = check_auditor_code(co_listener_code)
    if fields:
        sets = ", ".join(f"{k} = ?" for k in fields)
        db.execute(f"UPDATE interview SET {sets} WHERE id = ?", (*fields.values(), interview_id))


def interview_table(db: Database, newest_first: bool = True) -> list[dict[str, Any]]:
    """Every interview's code, date, mode and status with its counts of notes (with text) and
    quotes: what the project window lists and ``samtal info`` prints. Never content."""
    order = "i.held_on DESC, i.id DESC" if newest_first else "i.held_on, i.id"
    return [
        dict(r)
        for r in db.query(
            "SELECT i.id, i.participant_code, i.held_on, i.mode, i.status,"
            " (SELECT count(*) FROM note n WHERE n.interview_id = i.id AND n.body != '')"
            " AS notes,"
            " (SELECT count(*) FROM quote q WHERE q.interview_id = i.id) AS quotes"
            f" FROM interview i ORDER BY {order}"
        )
    ]
