"""Three-way merge bookkeeping: what each origin sent last time, per item (``team_sync``).

An item is anything with a key inside an interview (a note, a quote, a consent record, …).
Its *base* is the hash of the version the same origin sent last time. Against the base:

=============================  =========  ==============================================
ours                           theirs     result
=============================  =========  ==============================================
same as theirs                 —          ``same``
absent, no base                present    ``take`` (new)
absent, base = theirs          present    ``keep`` (we removed it; they did not change it)
absent, base ≠ theirs          present    ``take`` (they changed what we removed)
= base                         ≠ base     ``take``
≠ base                         = base     ``keep``
≠ base (or no base)            ≠ base     ``conflict`` (both changed: keep both)
=============================  =========  ==============================================
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from app.store.database import Database

SAME, TAKE, KEEP, CONFLICT = "same", "take", "keep", "conflict"


def item_hash(item: Any) -> str:
    text = json.dumps(item, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def decide(base: str | None, ours: str | None, theirs: str) -> str:
    if ours == theirs:
        return SAME
    if ours is None:
        return KEEP if base == theirs else TAKE
    if base is None:
        return CONFLICT
    if ours == base:
        return TAKE
    if theirs == base:
        return KEEP
    return CONFLICT


class SyncState:
    """``team_sync`` rows of one origin."""

    def __init__(self, db: Database, origin: str) -> None:
        self.db = db
        self.origin = origin
        self._pending: list[tuple[int, str, str, str, str, int]] = []

    def base(self, kind: str, key: str) -> str | None:
        value = self.db.scalar(
            "SELECT hash FROM team_sync WHERE origin = ? AND kind = ? AND key = ?",
            (self.origin, kind, key),
        )
        return None if value is None else str(value)

    def seq(self, key: str) -> int | None:
        value = self.db.scalar(
            "SELECT seq FROM team_sync WHERE origin = ? AND kind = 'interview' AND key = ?",
            (self.origin, key),
        )
        return None if value is None else int(value)

    def remember(self, interview_id: int, kind: str, key: str, hash_: str, seq: int = 0) -> None:
        """Make ``hash_`` the new base; written in one batch by :meth:`flush`."""
        self._pending.append((interview_id, self.origin, kind, key, hash_, seq))

    def flush(self) -> None:
        """Write the remembered bases (once per interview; bases are read before this)."""
        if self._pending:
            self.db.executemany(
                "INSERT INTO team_sync (interview_id, origin, kind, key, hash, seq)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (origin, kind, key) DO UPDATE SET"
                " interview_id = excluded.interview_id, hash = excluded.hash, seq = excluded.seq"
                " WHERE hash != excluded.hash OR seq != excluded.seq"
                " OR interview_id != excluded.interview_id",
                self._pending,
            )
            self._pending.clear()

    def known(self, interview_id: int, kind: str) -> dict[str, str]:
        """Keys and base hashes of one kind that this origin sent for the interview."""
        return {
            str(r[0]): str(r[1])
            for r in self.db.query(
                "SELECT key, hash FROM team_sync"
                " WHERE origin = ? AND kind = ? AND interview_id = ?",
                (self.origin, kind, interview_id),
            )
        }

    def forget(self, kind: str, key: str) -> None:
        self.db.execute(
            "DELETE FROM team_sync WHERE origin = ? AND kind = ? AND key = ?",
            (self.origin, kind, key),
        )
