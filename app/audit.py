"""The audit (one per project): its settings row as :class:`AuditInfo`.

Every module reads the ``audit`` row through :func:`audit_info`; nothing else spells out
``SELECT … FROM audit``. The per-project settings the auditors fill in (the organisation, its
contact person, the interview's length, the thank-you gift, how long data is kept) are
written by :func:`update_audit_settings`. The contact details are the organisation's, never
an informant's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.errors import InvalidInput
from app.store.database import Database

#: Interviews run 45–90 minutes; a plan outside these bounds is a typing error.
MINUTES_RANGE = (5, 240)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-/]{4,24}$")


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
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    gift: str = ""


def audit_info(db: Database) -> AuditInfo:
    """The audit's name, dates, information text, contact details and settings."""
    row = db.query_one("SELECT * FROM audit WHERE id = 1")
    if row is None:
        return AuditInfo()
    keys = row.keys()

    def text(column: str) -> str:
        return str(row[column]) if column in keys else ""

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
        contact_name=text("contact_name"),
        contact_phone=text("contact_phone"),
        contact_email=text("contact_email"),
        gift=text("gift"),
    )


@dataclass(frozen=True)
class AuditSettings:
    """What the project settings dialog edits (all shown to informants)."""

    organisation: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    planned_minutes: int = 60
    gift: str = ""
    keep_until: str | None = None  # ISO date: everything is erased no later than this

    @classmethod
    def of(cls, audit: AuditInfo) -> AuditSettings:
        return cls(
            audit.organisation,
            audit.contact_name,
            audit.contact_phone,
            audit.contact_email,
            audit.planned_minutes,
            audit.gift,
            audit.keep_until,
        )


def check_settings(settings: AuditSettings, today: date | None = None) -> AuditSettings:
    """Trimmed settings, or ``InvalidInput`` naming the first field that is wrong."""
    clean = AuditSettings(
        settings.organisation.strip(),
        settings.contact_name.strip(),
        settings.contact_phone.strip(),
        settings.contact_email.strip(),
        int(settings.planned_minutes),
        settings.gift.strip(),
        (settings.keep_until or "").strip()[:10] or None,
    )
    for value in (clean.organisation, clean.contact_name, clean.gift):
        if len(value) > 200 or "\n" in value:
            raise InvalidInput("settings_text_too_long", maximum=200)
    if clean.contact_phone and not _PHONE.match(clean.contact_phone):
        raise InvalidInput("settings_phone")
    if clean.contact_email and not _EMAIL.match(clean.contact_email):
        raise InvalidInput("settings_email")
    lo, hi = MINUTES_RANGE
    if not lo <= clean.planned_minutes <= hi:
        raise InvalidInput("settings_minutes", minimum=lo, maximum=hi)
    if clean.keep_until is not None:
        try:
            until = date.fromisoformat(clean.keep_until)
        except ValueError:
            raise InvalidInput("date") from None
        if until < (today or date.today()):
            raise InvalidInput("settings_keep_until_past")
    return clean


def update_audit_settings(db: Database, settings: AuditSettings) -> AuditInfo:
    """Store the project settings. A change to what informants are told gives the information
    text a new version (each consent record names the version the informant heard).

    Raises:
        InvalidInput: a field is wrong (nothing is changed).
    """
    clean = check_settings(settings)
    with db.atomic():
        before = audit_info(db)
        version = before.information_version
        if AuditSettings.of(before) != clean:
            version = str(int(version) + 1) if version.isdigit() else version + "+1"
        db.execute(
            "UPDATE audit SET organisation = ?, contact_name = ?, contact_phone = ?,"
            " contact_email = ?, planned_minutes = ?, gift = ?, keep_until = ?,"
            " information_version = ? WHERE id = 1",
            (
                clean.organisation,
                clean.contact_name,
                clean.contact_phone,
                clean.contact_email,
                clean.planned_minutes,
                clean.gift,
                clean.keep_until,
                version,
            ),
        )
        return audit_info(db)
