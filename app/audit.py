"""What `samtal info` shows: counts and participant codes, never content."""

from __future__ import annotations

from typing import Any

from app.store.project import Project


def project_info(project: Project) -> dict[str, Any]:
    db = project.db
    audit = db.query_one("SELECT name, keep_until, created_at FROM audit WHERE id = 1")

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
        for r in db.query(
            "SELECT i.participant_code, i.held_on, i.mode, i.status,"
            " (SELECT count(*) FROM note n WHERE n.interview_id = i.id AND n.body != '') AS notes,"
            " (SELECT count(*) FROM quote q WHERE q.interview_id = i.id) AS quotes"
            " FROM interview i ORDER BY i.held_on, i.id"
        )
    ]
    return {
        "project": project.name,
        "audit": audit["name"] if audit else "",
        "created_at": audit["created_at"] if audit else "",
        "keep_until": audit["keep_until"] if audit else None,
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
