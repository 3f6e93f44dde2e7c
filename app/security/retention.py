"""Retention: when each interview is due for erasure, which are overdue, erasing them.

An interview's date is the earliest of its own ``keep_until`` and the date the informant was
told in a (not withdrawn) consent; the audit's ``keep_until`` when neither is set. Nothing
is erased without the caller asking the user first (``ui/security/retention.py``,
``samtal retention --erase``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.audit import audit_info
from app.errors import InvalidInput
from app.interview.records import check_auditor_code
from app.security.erasure import Reason, compact_after_erasure, erase_interview
from app.store.database import Database


@dataclass(frozen=True)
class Overdue:
    interview_id: int
    participant_code: str
    keep_until: str


def due_dates(db: Database) -> list[Overdue]:
    """Every interview with its retention date, if it has one.

    The date is the earliest of the interview's own ``keep_until`` and the retention date
    the informant was told in a (not withdrawn) consent; the audit's ``keep_until`` when
    neither is set.
    """
    audit_date = audit_info(db).keep_until
    told: dict[int, list[str]] = {}
    for r in db.query(
        "SELECT interview_id, retention_date FROM consent"
        " WHERE withdrawn_at IS NULL AND retention_date IS NOT NULL"
    ):
        told.setdefault(int(r[0]), []).append(str(r[1]))
    result = []
    for r in db.query("SELECT id, participant_code, keep_until FROM interview ORDER BY id"):
        own = [str(r["keep_until"])] if r["keep_until"] else []
        dates = own + told.get(int(r["id"]), [])
        due = min(dates) if dates else audit_date
        if due:
            result.append(Overdue(int(r["id"]), str(r["participant_code"]), str(due)))
    return result


def overdue_interviews(db: Database, today: date) -> list[Overdue]:
    """Interviews whose retention date is before ``today``, oldest date first."""
    limit = today.isoformat()
    overdue = [o for o in due_dates(db) if o.keep_until[:10] < limit]
    return sorted(overdue, key=lambda o: (o.keep_until, o.interview_id))


def erase_overdue(
    db: Database, interview_ids: list[int], auditor_code: str, today: date
) -> list[str]:
    """Erase the given interviews, each of which must still be overdue on ``today``.

    The caller lists :func:`overdue_interviews` and asks the user first; this function
    re-checks so nothing that is not overdue can be erased by mistake.

    Raises:
        InvalidInput: one of the ids is not overdue (nothing is erased).
    """
    check_auditor_code(auditor_code)
    due = {o.interview_id for o in overdue_interviews(db, today)}
    if any(i not in due for i in interview_ids):
        raise InvalidInput("not_overdue")
    codes = [
        erase_interview(db, i, auditor_code, Reason.RETENTION, compact=False)
        for i in dict.fromkeys(interview_ids)
    ]
    if codes:
        compact_after_erasure(db)
    return codes
