"""Name lists for pseudonymisation: per interview and for the whole project."""

from __future__ import annotations

from app.errors import InvalidInput
from app.store.database import Database
from app.store.project import now_iso

MAX_NAME_CHARS = 80


def add_name(db: Database, name: str, interview_id: int | None = None) -> bool:
    """Add a name (a no-op if it is already listed). Returns True when it was new."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME_CHARS:
        raise InvalidInput("name")
    cur = db.execute(
        "INSERT OR IGNORE INTO name_entry (interview_id, name, created_at) VALUES (?, ?, ?)",
        (interview_id, name, now_iso()),
    )
    return bool(cur.rowcount)


def remove_name(db: Database, name: str, interview_id: int | None = None) -> None:
    db.execute(
        "DELETE FROM name_entry WHERE ifnull(interview_id, 0) = ifnull(?, 0) AND name = ?",
        (interview_id, name),
    )


def project_names(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.query("SELECT name FROM name_entry WHERE interview_id IS NULL ORDER BY name")
    ]


def interview_names(db: Database, interview_id: int) -> list[str]:
    return [
        r[0]
        for r in db.query(
            "SELECT name FROM name_entry WHERE interview_id = ? ORDER BY name", (interview_id,)
        )
    ]


def names_for(db: Database, interview_id: int | None) -> list[str]:
    """Every name that applies to an interview: its own list plus the project's."""
    if interview_id is None:
        return project_names(db)
    return sorted(set(project_names(db)) | set(interview_names(db, interview_id)))
