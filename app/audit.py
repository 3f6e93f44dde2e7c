"""The audit (one per project): its settings row as :class:`AuditInfo`.

Every module reads the ``audit`` row through :func:`audit_info`; nothing else spells out
``SELECT … FROM audit``.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.store.database import Database


@dataclass(frozen=True)
class AuditInfo:
    """The ``audit`` row; the defaults are what a project without one reads as."""

    name: str = ""
    organisation: str = ""
    service: str = ""
    commissioner: str = ""
    information_text: str = ""
    information_version: str = "1"
    planned_minutes: int = 60
    keep_until: str | None = None
    settings: str = "{}"
    created_at: str = ""


def audit_info(db: Database) -> AuditInfo:
    """The audit's name, dates, information text and settings."""
    row = db.query_one(
        "SELECT name, organisation, service, commissioner, information_text,"
        " information_version, planned_minutes, keep_until, settings, created_at"
        " FROM audit WHERE id = 1"
    )
    if row is None:
        return AuditInfo()
    return AuditInfo(
        name=row["name"],
        organisation=row["organisation"],
        service=row["service"],
        commissioner=row["commissioner"],
        information_text=row["information_text"],
        information_version=row["information_version"],
        planned_minutes=int(row["planned_minutes"]),
        keep_until=row["keep_until"],
        settings=row["settings"],
        created_at=row["created_at"],
    )
