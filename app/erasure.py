"""Erasure on withdrawal and retention (``reference/security-research.md`` §4.4–4.6).

Erasing an interview removes everything about the informant in ONE transaction: notes
(and their passage tags), quotes (and their themes), consent, the interview's name list,
question and follow-up states, and any row in any table that has an ``interview_id``
column (so tables added later, e.g. pseudonymisation review decisions, are erased even if
they forgot ``ON DELETE CASCADE``). The same transaction appends a ``deletion_log`` row:
participant code, time, action, auditor code and reason; no content, no counts.

Afterwards:

- ``secure_delete`` (on, asserted at open) has already overwritten the freed cells and pages
  with zeros, so the old ciphertext is gone from the database file once the WAL is
  checkpointed (a test decrypts every page of the file to prove it);
- ``PRAGMA wal_checkpoint(TRUNCATE)`` leaves the WAL at 0 bytes, so no old page images remain;
- ``VACUUM`` (default) rebuilds the file without free pages, then the WAL is truncated again.

What cannot be promised: physical erasure on SSDs and copy-on-write file systems, and
backups made before the erasure (rolling backups roll out after ``keep`` closes).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import InvalidInput, NotFound, StoreBug
from app.interviews import check_auditor_code
from app.store.database import Database
from app.store.project import now_iso

log = logging.getLogger(__name__)


class Reason(StrEnum):
    WITHDRAWAL = "withdrawal"
    RETENTION = "retention"
    ERROR = "error"


ACTIONS = {
    Reason.WITHDRAWAL: "erased_interview",
    Reason.RETENTION: "retention_purge",
    Reason.ERROR: "erased_interview",
}

#: Children of the interview, deleted explicitly before the interview row (order matters:
#: grandchildren first). Cascades would do it too; being explicit documents the promise.
_EXPLICIT = (
    "DELETE FROM quote_theme WHERE quote_id IN (SELECT id FROM quote WHERE interview_id = ?)",
    "DELETE FROM passage_tag WHERE note_id IN (SELECT id FROM note WHERE interview_id = ?)",
    "DELETE FROM quote WHERE interview_id = ?",
    "DELETE FROM note WHERE interview_id = ?",
    "DELETE FROM consent WHERE interview_id = ?",
    "DELETE FROM name_entry WHERE interview_id = ?",
    "DELETE FROM question_state WHERE interview_id = ?",
    "DELETE FROM follow_up_state WHERE interview_id = ?",
)
_NEVER_SWEPT = frozenset({"interview", "deletion_log"})


def erase_interview(
    db: Database,
    interview_id: int,
    auditor_code: str,
    reason: Reason | str,
    *,
    compact: bool = True,
) -> str:
    """Erase one interview and everything that belongs to it. Returns its participant code.

    Raises:
        NotFound: no such interview (nothing changes).
        InvalidInput: a bad auditor code or reason (nothing changes).
        StoreBug: called inside an open transaction with ``compact=True``.
    """
    reason = _reason(reason)
    auditor = check_auditor_code(auditor_code)
    if compact and db.in_transaction:
        # The WAL truncate and VACUUM cannot run inside a caller's transaction.
        raise StoreBug("erase inside a transaction")
    with db.atomic():
        code = db.scalar("SELECT participant_code FROM interview WHERE id = ?", (interview_id,))
        if code is None:
            raise NotFound("interview")
        for statement in _EXPLICIT:
            db.execute(statement, (interview_id,))
        for table in _tables_with_interview_id(db):
            db.execute(f'DELETE FROM "{table}" WHERE interview_id = ?', (interview_id,))
        db.execute("DELETE FROM interview WHERE id = ?", (interview_id,))
        db.execute(
            "INSERT INTO deletion_log (at, participant_code, action, auditor_code, reason)"
            " VALUES (?, ?, ?, ?, ?)",
            (now_iso(), str(code), ACTIONS[reason], auditor, reason.value),
        )
    log.info("interview %d erased (%s)", interview_id, reason.value)
    if compact:
        compact_after_erasure(db)
    return str(code)


def compact_after_erasure(db: Database, vacuum: bool = True) -> None:
    """Truncate the WAL (old page images), optionally VACUUM, and truncate it again."""
    db.checkpoint(truncate=True)
    if vacuum:
        db.execute("VACUUM")
        db.checkpoint(truncate=True)


# -- retention -----------------------------------------------------------------------------
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
    audit_date = db.scalar("SELECT keep_until FROM audit WHERE id = 1")
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


# -- helpers -------------------------------------------------------------------------------
def _reason(reason: Reason | str) -> Reason:
    try:
        return Reason(reason)
    except ValueError:
        raise InvalidInput("erase_reason") from None


def _tables_with_interview_id(db: Database) -> list[str]:
    tables = [
        str(r[0])
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return [
        t
        for t in tables
        if t not in _NEVER_SWEPT
        and any(str(c[1]) == "interview_id" for c in db.query(f'PRAGMA table_info("{t}")'))
    ]
