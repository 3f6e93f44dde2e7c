"""Conflicts from merges: both sides changed the same item; both versions were kept.

A note keeps the other version in its text under a marked paragraph and a quote is kept
twice, so no words are lost even if nobody looks here; this list is where they are found
and marked as dealt with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.store.database import Database
from app.store.project import now_iso


@dataclass(frozen=True)
class Conflict:
    id: int
    participant_code: str
    kind: str  # note, quote, state, consent, decision, interview
    key: str
    theirs: dict[str, Any]
    detected_at: str
    resolved_at: str | None


def list_conflicts(db: Database, include_resolved: bool = False) -> list[Conflict]:
    rows = db.query(
        "SELECT c.*, i.participant_code FROM team_conflict c JOIN interview i"
        " ON i.id = c.interview_id"
        + ("" if include_resolved else " WHERE c.resolved_at IS NULL")
        + " ORDER BY c.detected_at, c.id"
    )
    return [
        Conflict(
            int(r["id"]),
            str(r["participant_code"]),
            str(r["kind"]),
            str(r["key"]),
            json.loads(r["theirs"]),
            str(r["detected_at"]),
            r["resolved_at"],
        )
        for r in rows
    ]


def open_conflict_count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM team_conflict WHERE resolved_at IS NULL") or 0)


def resolve_conflict(db: Database, conflict_id: int) -> None:
    db.execute(
        "UPDATE team_conflict SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
        (now_iso(), conflict_id),
    )
