"""Consent records: what the informant was told and agreed to, and the gates they open.

Fields follow ``reference/security-research.md`` §4.2. No name or signature is stored; a
written consent form, if any, is kept on paper outside the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum
from typing import Any

from app.errors import ConsentRequired, InvalidInput, NotFound
from app.interview.records import Status, check_auditor_code, get_interview, set_status
from app.store.database import Database, Row
from app.store.project import now_iso


class ConsentMethod(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


@dataclass(frozen=True)
class ConsentItem:
    """One line of the checklist. ``required``: the session cannot start without it.
    ``recording``: about an audio recording (offered only where the app can record)."""

    key: str
    required: bool
    recording: bool = False


#: The checklist, in the order the interviewer goes through it with the informant.
CONSENT_ITEMS: tuple[ConsentItem, ...] = (
    ConsentItem("informed_purpose", True),
    ConsentItem("informed_confidentiality", True),
    ConsentItem("informed_voluntary", True),
    ConsentItem("informed_withdraw", True),
    ConsentItem("informed_no_effect", True),
    ConsentItem("consent_notes", True),
    ConsentItem("consent_audio", False, recording=True),
    ConsentItem("informed_audio_deleted", False, recording=True),
    ConsentItem("consent_quotes", False),
    ConsentItem("quotes_after_review", False),
    ConsentItem("consent_special_category", False),
)
REQUIRED_ITEMS = tuple(i.key for i in CONSENT_ITEMS if i.required)

#: Samtal records interviews (``app/audio``, issue 18). Where a computer cannot (no microphone)
#: the consent page leaves the recording lines out (``recording=False``): the consent record
#: never promises what the app does not do, and a transcript names a recording only when the
#: informant consented to one.
RECORDING_AVAILABLE = True


def offered_items(recording: bool = RECORDING_AVAILABLE) -> tuple[ConsentItem, ...]:
    """The checklist as the informant meets it (the recording lines only where it can record)."""
    return tuple(i for i in CONSENT_ITEMS if recording or not i.recording)


@dataclass
class ConsentRecord:
    auditor_code: str
    method: ConsentMethod = ConsentMethod.ORAL
    information_version: str = ""
    informed_purpose: bool = False
    informed_confidentiality: bool = False
    informed_voluntary: bool = False
    informed_withdraw: bool = False
    informed_no_effect: bool = False
    consent_notes: bool = False
    consent_audio: bool = False
    informed_audio_deleted: bool = False
    consent_quotes: bool = False
    quotes_after_review: bool = False
    consent_special_category: bool = False
    retention_date: str | None = None
    recorded_at: str = ""
    withdrawn_at: str | None = None
    withdrawn_by: str | None = None
    id: int | None = field(default=None, compare=False)

    @classmethod
    def all_required(cls, auditor_code: str, **extra: Any) -> ConsentRecord:
        """Every required item ticked, as after a full walk-through; ``extra`` sets the rest."""
        fields: dict[str, Any] = dict.fromkeys(REQUIRED_ITEMS, True)
        fields.update(extra)
        return cls(auditor_code=auditor_code, **fields)

    def missing_required(self) -> list[str]:
        return [k for k in REQUIRED_ITEMS if not getattr(self, k)]

    @property
    def complete(self) -> bool:
        return not self.missing_required()

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None

    def allows(self, what: str) -> bool:
        """``what``: "notes", "quotes" or "audio"."""
        if not self.active:
            return False
        if what == "audio":
            return self.consent_audio and self.informed_audio_deleted
        return bool(getattr(self, f"consent_{what}"))

    @classmethod
    def from_row(cls, r: Row) -> ConsentRecord:
        kwargs = {}
        for f in fields(cls):
            if f.name in r.keys():  # noqa: SIM118  sqlite3.Row: `in` tests values, not keys
                value = r[f.name]
                if f.type in ("bool",):
                    value = bool(value)
                kwargs[f.name] = value
        kwargs["method"] = ConsentMethod(kwargs["method"])
        return cls(**kwargs)


_BOOL_COLUMNS = [i.key for i in CONSENT_ITEMS]


def record_consent(db: Database, interview_id: int, record: ConsentRecord) -> ConsentRecord:
    """Store a consent record. The interview moves to ``consented`` if the required items hold.

    Raises:
        ConsentRequired: a required item is not ticked (``params['missing']``).
    """
    check_auditor_code(record.auditor_code)
    if not record.auditor_code:
        raise InvalidInput("auditor_code_missing")
    missing = record.missing_required()
    if missing:
        raise ConsentRequired("required_items", missing=missing)
    if record.retention_date:
        try:
            date.fromisoformat(record.retention_date)
        except ValueError:
            raise InvalidInput("date") from None
    record.recorded_at = record.recorded_at or now_iso()
    with db.atomic():
        interview = get_interview(db, interview_id)
        columns = [
            "interview_id",
            "recorded_at",
            "auditor_code",
            "information_version",
            *_BOOL_COLUMNS,
            "retention_date",
            "method",
        ]
        values = [
            interview_id,
            record.recorded_at,
            record.auditor_code,
            record.information_version,
            *(int(getattr(record, c)) for c in _BOOL_COLUMNS),
            record.retention_date,
            record.method.value,
        ]
        record.id = db.insert(
            f"INSERT INTO consent ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            values,
        )
        if interview.status is Status.NEW:
            set_status(db, interview_id, Status.CONSENTED)
    return record


def current_consent(db: Database, interview_id: int) -> ConsentRecord | None:
    """The newest consent record of the interview (withdrawn or not), or None."""
    row = db.query_one(
        "SELECT * FROM consent WHERE interview_id = ? ORDER BY id DESC LIMIT 1", (interview_id,)
    )
    return None if row is None else ConsentRecord.from_row(row)


def withdraw_consent(db: Database, interview_id: int, auditor_code: str) -> None:
    """Record that the informant withdrew. Erasing the data is a separate, explicit step."""
    check_auditor_code(auditor_code)
    with db.atomic():
        consent = current_consent(db, interview_id)
        if consent is None or consent.id is None:
            raise NotFound("consent")
        db.execute(
            "UPDATE consent SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?",
            (now_iso(), auditor_code, consent.id),
        )


#: The interviews whose newest consent record is withdrawn: never exported, searched, listed
#: in analysis views or quote reports (a subquery; use as ``i.id NOT IN (WITHDRAWN_SQL)``).
WITHDRAWN_SQL = (
    "SELECT c.interview_id FROM consent c WHERE c.withdrawn_at IS NOT NULL"
    " AND c.id = (SELECT max(c2.id) FROM consent c2 WHERE c2.interview_id = c.interview_id)"
)


def not_withdrawn(alias: str = "i") -> str:
    """An SQL condition: the interview ``alias`` is not withdrawn."""
    return f"{alias}.id NOT IN ({WITHDRAWN_SQL})"


def withdrawn_ids(db: Database) -> set[int]:
    """Ids of the interviews whose consent is withdrawn (and that are not erased yet)."""
    return {int(r[0]) for r in db.query(WITHDRAWN_SQL)}


def require(db: Database, interview_id: int, what: str) -> None:
    """Raise ``ConsentRequired`` unless the interview's consent allows ``what``."""
    consent = current_consent(db, interview_id)
    if consent is None or not consent.allows(what):
        raise ConsentRequired(what, consent=what)


def allows(db: Database, interview_id: int, what: str) -> bool:
    consent = current_consent(db, interview_id)
    return consent is not None and consent.allows(what)
