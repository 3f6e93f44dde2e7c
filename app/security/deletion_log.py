"""Erasures that outlive the database: the erasure register, and re-applying erasures.

An informant who withdrew must not come back from a backup. Two records say who was erased:

- the **deletion log** in the encrypted database (``deletion_log``: time, participant code,
  action, auditor code, reason; append-only);
- the **erasure register** ``samtal.erased`` beside it: one entry per erased interview with
  the time, action, reason and auditor code, and the participant code only as an HMAC
  (keyed with the project id; a pseudonym, not a secret: participant codes are random and
  identify nobody). It is readable without the passphrase, so a restore over a damaged
  project, or with the passphrase of an older backup, still knows what to erase again.

:func:`reapply` erases, in a database restored or re-made from a backup, every interview
that either record lists, and copies the missing deletion-log rows into it, so the log
itself survives a restore. The register is brought up to date from the database at every
erasure the app makes and whenever a rolling backup is made (:func:`sync_register`); a crash
between the two only delays it to the next close.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.interview.codes import normalise_code
from app.security.erasure import (
    LogRow,
    deletion_log,
    erase_interview,
    insert_log_row,
    is_interview_erasure,
)
from app.store.atomic_file import write_atomic
from app.store.database import Database

log = logging.getLogger(__name__)

REGISTER_NAME = "samtal.erased"
FORMAT = "samtal-erasures"
FORMAT_VERSION = 1


def code_hash(project_id: str, code: str) -> str:
    key = f"samtal-erased:{project_id}".encode()
    return hmac.new(key, normalise_code(code).encode(), hashlib.sha256).hexdigest()[:32]


@dataclass
class Register:
    """The erasure register of one project (see the module docstring)."""

    project_id: str
    entries: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path, project_id: str) -> Register | None:
        """The register in ``folder``; None if there is none (or it is unreadable or belongs
        to another project)."""
        try:
            doc = json.loads((folder / REGISTER_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            return None
        if doc.get("project_id") != project_id or not isinstance(doc.get("entries"), dict):
            return None
        entries = {
            str(k): {str(a): str(b) for a, b in v.items()}
            for k, v in doc["entries"].items()
            if isinstance(v, dict)
        }
        return cls(project_id, entries)

    def add(self, rows: list[LogRow]) -> bool:
        """Add the interview erasures among ``rows``; True if something was new."""
        changed = False
        for row in rows:
            if not is_interview_erasure(row.action):
                continue
            key = code_hash(self.project_id, row.participant_code)
            if key not in self.entries:
                self.entries[key] = {
                    "at": row.at,
                    "action": row.action,
                    "reason": row.reason,
                    "auditor": row.auditor_code,
                }
                changed = True
        return changed

    def merge(self, other: Register | None) -> None:
        if other is not None and other.project_id == self.project_id:
            for key, value in other.entries.items():
                self.entries.setdefault(key, value)

    def row_for(self, code: str) -> LogRow | None:
        """The deletion-log row to re-apply for ``code``, if the register lists it."""
        entry = self.entries.get(code_hash(self.project_id, code))
        if entry is None:
            return None
        return LogRow(
            entry.get("at", ""),
            code,
            entry.get("action", "erased_interview"),
            entry.get("auditor", ""),
            entry.get("reason", "withdrawal"),
        )

    def save(self, folder: Path) -> None:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "project_id": self.project_id,
            "entries": dict(sorted(self.entries.items())),
        }
        write_atomic(folder / REGISTER_NAME, (json.dumps(doc, indent=1) + "\n").encode())


def sync_register(db: Database, folder: Path, project_id: str) -> Register:
    """Bring ``folder``'s register up to date with the database's deletion log."""
    register = Register.load(folder, project_id) or Register(project_id)
    existed = (folder / REGISTER_NAME).exists()
    if register.add(deletion_log(db)) or not existed:
        register.save(folder)
    return register


def _to_erase(
    db: Database, rows: list[LogRow], register: Register | None, schema: str
) -> list[tuple[int, LogRow]]:
    """The interviews in ``schema`` that ``rows`` (by participant code or stable id) or
    ``register`` list as erased, with the row to log for each."""
    erasures = [r for r in rows if is_interview_erasure(r.action)]
    by_code = {r.participant_code: r for r in erasures}
    by_uid = {r.interview_uid: r for r in erasures if r.interview_uid}
    has_uid = any(str(c[1]) == "uid" for c in db.query(f"PRAGMA {schema}.table_info(interview)"))
    uid = "uid" if has_uid else "NULL"
    found = []
    for r in db.query(f"SELECT id, participant_code, {uid} FROM {schema}.interview ORDER BY id"):
        code = str(r[1])
        row = by_code.get(code) or (by_uid.get(str(r[2])) if r[2] else None)
        if row is None and register is not None:
            row = register.row_for(code)
        if row is not None:
            found.append((int(r[0]), row))
    return found


def reapply(
    db: Database,
    rows: list[LogRow],
    register: Register | None,
    *,
    schema: str = "main",
) -> list[str]:
    """Erase in ``schema`` every interview ``rows`` or ``register`` list; copy missing rows.

    The caller compacts afterwards (:func:`app.security.erasure.compact_after_erasure`).
    Returns the participant codes erased here.
    """
    erased = [
        erase_interview(db, interview_id, "", "", compact=False, schema=schema, logged=row)
        for interview_id, row in _to_erase(db, rows, register, schema)
    ]
    present = {(x.at, x.participant_code, x.action) for x in deletion_log(db, schema)}
    with db.atomic():
        for row in rows:
            if (row.at, row.participant_code, row.action) not in present:
                insert_log_row(db, row, schema)
                present.add((row.at, row.participant_code, row.action))
    if erased:
        log.info("re-applied %d erasures", len(erased))
    return erased


def interviews_to_erase(
    db: Database, rows: list[LogRow], register: Register | None, schema: str
) -> int:
    """How many interviews in ``schema`` :func:`reapply` would erase (nothing changes)."""
    return len(_to_erase(db, rows, register, schema))
