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

This is THE erasure function: withdrawal (:mod:`app.security.withdrawal`), removing an
interview that was declined or never consented, retention, restore, the rolling backups and
other rooms (audio, team packages) all call :func:`erase_interview`. With ``schema`` it
erases in an attached database (a backup being re-made, :mod:`app.security.deletion_log`),
and ``logged`` copies a deletion-log row from elsewhere instead of writing a new one.

What cannot be promised: physical erasure on SSDs and copy-on-write file systems, and
copies made elsewhere (a USB stick, a share): when one of them is restored over this
project, the erasures in this project's deletion log are applied again
(:func:`app.security.restore.restore`). Rolling backups on this computer are re-made without
the erased interview (:func:`app.security.backup.erase_in_rolling_backups`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
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
    #: The informant declined, or consent was never given: the interview is removed.
    DECLINED = "declined"


ACTIONS = {
    Reason.WITHDRAWAL: "erased_interview",
    Reason.RETENTION: "retention_purge",
    Reason.ERROR: "erased_interview",
    Reason.DECLINED: "removed_interview",
}
#: Deletion-log actions that removed a whole interview (re-applied to backups and restores).
#: Other rooms may log other actions (e.g. audio deleted) that must not erase the interview.
INTERVIEW_ACTIONS = frozenset(ACTIONS.values())
#: An erasure made on another laptop and received in a team package is logged as this prefix
#: and the action there.
RECEIVED = "received:"


def is_interview_erasure(action: str) -> bool:
    """Whether a deletion-log action removed a whole interview (here or on another laptop)."""
    return action.removeprefix(RECEIVED) in INTERVIEW_ACTIONS


@dataclass(frozen=True)
class LogRow:
    """One deletion-log row: content-free by design (code, time, action, auditor, reason)."""

    at: str
    participant_code: str
    action: str
    auditor_code: str
    reason: str
    #: The interview's stable random id (lets an erasure travel in team packages).
    interview_uid: str | None = None


#: Children of the interview, deleted explicitly before the interview row (order matters:
#: grandchildren first). Cascades would do it too; being explicit documents the promise.
_EXPLICIT = (
    "DELETE FROM {s}.quote_theme WHERE quote_id IN"
    " (SELECT id FROM {s}.quote WHERE interview_id = ?)",
    "DELETE FROM {s}.passage_tag WHERE note_id IN (SELECT id FROM {s}.note WHERE interview_id = ?)",
    "DELETE FROM {s}.quote WHERE interview_id = ?",
    "DELETE FROM {s}.note WHERE interview_id = ?",
    "DELETE FROM {s}.consent WHERE interview_id = ?",
    "DELETE FROM {s}.name_entry WHERE interview_id = ?",
    "DELETE FROM {s}.question_state WHERE interview_id = ?",
    "DELETE FROM {s}.follow_up_state WHERE interview_id = ?",
    "DELETE FROM {s}.interview_background WHERE interview_id = ?",
)
_NEVER_SWEPT = frozenset({"interview", "deletion_log"})


def erase_interview(
    db: Database,
    interview_id: int,
    auditor_code: str,
    reason: Reason | str,
    *,
    compact: bool = True,
    schema: str = "main",
    logged: LogRow | None = None,
) -> str:
    """Erase one interview and everything that belongs to it. Returns its participant code.

    Args:
        schema: ``"main"``, or the name of an attached database to erase in.
        logged: copy this deletion-log row (from the project whose erasure is re-applied)
            instead of writing a new one.

    Raises:
        NotFound: no such interview (nothing changes).
        InvalidInput: a bad auditor code or reason (nothing changes).
        StoreBug: called inside an open transaction with ``compact=True``.
    """
    if logged is None:
        reason = _reason(reason)
        auditor = check_auditor_code(auditor_code)
    s = _schema(schema)
    if compact and db.in_transaction:
        # The WAL truncate and VACUUM cannot run inside a caller's transaction.
        raise StoreBug("erase inside a transaction")
    with db.atomic():
        has_uid = _has_column(db, s, "interview", "uid")
        row_found = db.query_one(
            f"SELECT participant_code, {'uid' if has_uid else 'NULL'} FROM {s}.interview"
            " WHERE id = ?",
            (interview_id,),
        )
        if row_found is None:
            raise NotFound("interview")
        code, uid = row_found[0], row_found[1]
        if s == "main":
            # The audio first: every chunk file of the interview's recordings (ciphertext)
            # goes before the rows that name them; the erasure's own log row covers it.
            # (Backups carry no audio.)
            remove_interview_audio_files(db, db.path.parent, interview_id)
        tables = _tables(db, s)  # a backup may be from an older schema: only its tables
        for statement in _EXPLICIT:
            if statement.split()[2].removeprefix("{s}.") in tables:
                db.execute(statement.format(s=s), (interview_id,))
        for table in _tables_with_interview_id(db, s):
            db.execute(f'DELETE FROM {s}."{table}" WHERE interview_id = ?', (interview_id,))
        db.execute(f"DELETE FROM {s}.interview WHERE id = ?", (interview_id,))
        if logged is None:
            reason = Reason(reason)
            row = LogRow(
                now_iso(),
                str(code),
                ACTIONS[reason],
                auditor,
                reason.value,
                None if uid is None else str(uid),
            )
        else:
            row = logged
        insert_log_row(db, row, s)
    log.info("interview %d erased (%s)", interview_id, row.action)
    if compact:
        compact_after_erasure(db, schema=s)
    return str(code)


def insert_log_row(db: Database, row: LogRow, schema: str = "main") -> None:
    """Append a deletion-log row (callers that delete something smaller, e.g. audio, too)."""
    s = _schema(schema)
    columns = ["at", "participant_code", "action", "auditor_code", "reason"]
    values: list[str | None] = [
        row.at,
        row.participant_code,
        row.action,
        row.auditor_code,
        row.reason,
    ]
    if _has_column(db, s, "deletion_log", "interview_uid"):
        columns.append("interview_uid")
        values.append(row.interview_uid)
    db.execute(
        f"INSERT INTO {s}.deletion_log ({', '.join(columns)})"
        f" VALUES ({', '.join('?' * len(columns))})",
        values,
    )


def deletion_log(db: Database, schema: str = "main") -> list[LogRow]:
    """Every deletion-log row, oldest first."""
    s = _schema(schema)
    uid = "interview_uid" if _has_column(db, s, "deletion_log", "interview_uid") else "NULL"
    return [
        LogRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), r[5])
        for r in db.query(
            f"SELECT at, participant_code, action, auditor_code, reason, {uid}"
            f" FROM {s}.deletion_log ORDER BY id"
        )
    ]


def compact_after_erasure(db: Database, vacuum: bool = True, schema: str = "main") -> None:
    """Truncate the WAL (old page images), optionally VACUUM, and truncate it again."""
    s = _schema(schema)
    db.execute(f"PRAGMA {s}.wal_checkpoint(TRUNCATE)")
    if vacuum:
        db.execute(f"VACUUM {s}")
        db.execute(f"PRAGMA {s}.wal_checkpoint(TRUNCATE)")


# -- helpers -------------------------------------------------------------------------------
def _reason(reason: Reason | str) -> Reason:
    try:
        return Reason(reason)
    except ValueError:
        raise InvalidInput("erase_reason") from None


def _has_column(db: Database, schema: str, table: str, column: str) -> bool:
    """Whether ``schema.table`` has ``column`` (a backup may be from an older schema)."""
    return any(str(c[1]) == column for c in db.query(f'PRAGMA {schema}.table_info("{table}")'))


def _schema(name: str) -> str:
    """A schema name is ours (``main`` or an alias we attached), never user input."""
    if not name.replace("_", "").isalnum():
        raise StoreBug("schema name")
    return name


def _tables(db: Database, schema: str) -> list[str]:
    return [
        str(r[0])
        for r in db.query(
            f"SELECT name FROM {schema}.sqlite_master"
            " WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]


def _tables_with_interview_id(db: Database, schema: str = "main") -> list[str]:
    tables = _tables(db, schema)
    return [
        t
        for t in tables
        if t not in _NEVER_SWEPT
        and any(str(c[1]) == "interview_id" for c in db.query(f'PRAGMA {schema}.table_info("{t}")'))
    ]
