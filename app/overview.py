"""What ``samtal info`` shows: counts and participant codes, never content."""

from __future__ import annotations

from typing import Any

from app.audit import audit_info
from app.interview.records import interview_table
from app.store.project import Project


def project_info(project: Project) -> dict[str, Any]:
    db = project.db
    audit = audit_info(db)

    def count(table: str) -> int:
        return int(db.scalar(f"SELECT count(*) FROM {table}"))  # table names are ours, not input

    interviews = [
        {
            "participant_code": r["participant_code"],
            "held_on": r["held_on"],
            "mode": r["mode"],
            "status": r["status"],
            "notes": r["notes"],
            "quotes": r["quotes"],
        }
        for r in interview_table(db, newest_first=False)
    ]
    return {
        "project": project.name,
        "audit": audit.name,
        "created_at": audit.created_at,
        "keep_until": audit.keep_until,
        "schema_version": db.user_version,
        "counts": {
            "guides": count("guide"),
            "guide_versions": count("guide_version"),
            "questions": count("question"),
            "interviews": count("interview"),
            "notes": int(db.scalar("SELECT count(*) FROM note WHERE body != ''")),
            "quotes": count("quote"),
            "themes": count("theme"),
            "names": count("name_entry"),
            "deletions": count("deletion_log"),
        },
        "interviews": interviews,
    }
