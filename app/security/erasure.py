"""Erasure on withdrawal and retention (``reference/security-research.md`` §4.4–4.6).

Erasing an interview removes everything about the informant in ONE transaction: notes
(and their passage tags), quotes (and their themes), consent, the interview's name list,
question and follow-up states, and any row in any table that has an ``interview_id``
column (so tables added later, e.g. pseudonymisation review decisions, are erased even if
they forgot ``ON DELETE CASCADE``). The same transaction appends a ``deletion_log`` row:
participant code, time, action, auditor code and reason, and the interview's random stable
id (so the erasure can travel in packages to other laptops); no content, no counts.

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
from enum import StrEnum

from app.audio.records import remove_interview_audio_files
from app.errors import InvalidInput, NotFound, StoreBug
from app.interview.records import check_auditor_code
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
    "DELETE FROM interview_background WHERE interview_id = ?",
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
        row = db.query_one(
            "SELECT participant_code, uid FROM interview WHERE id = ?", (interview_id,)
        )
        if row is None:
            raise NotFound("interview")
        code, uid = row[0], row[1]
        # The audio first: every chunk file of the interview's recordings (ciphertext) goes
        # before the rows that name them; the erasure's own log row covers it.
        remove_interview_audio_files(db, db.path.parent, interview_id)
        for statement in _EXPLICIT:
            db.execute(statement, (interview_id,))
        for table in _tables_with_interview_id(db):
            db.execute(f'DELETE FROM "{table}" WHERE interview_id = ?', (interview_id,))
        db.execute("DELETE FROM interview WHERE id = ?", (interview_id,))
        db.execute(
            "INSERT INTO deletion_log (at, participant_code, action, auditor_code, reason,"
            " interview_uid) VALUES (?, ?, ?, ?, ?, ?)",
            (now_iso(), str(code), ACTIONS[reason], auditor, reason.value, uid),
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
