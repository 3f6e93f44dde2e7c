"""The co-listener's outbox: marks not yet stored by the host, encrypted on disk, twice.

- The folder holds a small SQLCipher database (``outbox.db``) under a random 256-bit key kept
  in ``outbox.key`` beside it (owner-only permissions). It holds the session (host address,
  peer id, resume secret, the host's public age recipient) and the queue.
- Each queued mark is also sealed with age (``pyrage``) to the **host's** recipient before it
  is written: once marked, a quote can be read only by the interviewer's project. A copy of
  the folder (key included) gives the session's address and resume secret, never quote text.

A mark is written (and fsynced) before it is sent; it leaves the queue only when the host
says it has stored it. Sequence numbers start at 1 and never repeat within a session, which is
what lets the host store each mark exactly once.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from app.store.atomic_file import write_atomic
from app.store.database import Database

DB_NAME = "outbox.db"
KEY_NAME = "outbox.key"

MIGRATIONS = [
    """
    CREATE TABLE session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        host TEXT NOT NULL,
        port INTEGER NOT NULL,
        peer TEXT NOT NULL,
        resume BLOB NOT NULL,
        recipient TEXT NOT NULL DEFAULT '',  -- the host's age key, from its welcome
        last_seq INTEGER NOT NULL DEFAULT 0,
        delivered_upto INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE pending (
        seq INTEGER PRIMARY KEY,
        sealed BLOB NOT NULL
    );
    """
]


@dataclass(frozen=True)
class OutboxSession:
    host: str
    port: int
    peer: str
    resume: bytes
    recipient: str
    last_seq: int
    delivered_upto: int


class Outbox:
    """One co-listening session's queue. Methods are not thread-safe: use one thread."""

    def __init__(self, folder: Path, db: Database) -> None:
        self.folder = folder
        self._db = db

    @classmethod
    def open(cls, folder: Path) -> Outbox:
        """Open the outbox in ``folder``, or create an empty one."""
        folder.mkdir(parents=True, exist_ok=True)
        key_path, db_path = folder / KEY_NAME, folder / DB_NAME
        if key_path.is_file() and db_path.is_file():
            key = key_path.read_bytes()
            return cls(folder, Database.open(db_path, key, MIGRATIONS))
        for stale in (db_path, key_path, *folder.glob(DB_NAME + "-*")):
            stale.unlink(missing_ok=True)  # a half-made outbox holds nothing sendable
        key = secrets.token_bytes(32)
        write_atomic(key_path, key)
        with contextlib.suppress(OSError):
            os.chmod(key_path, 0o600)
        return cls(folder, Database.create(db_path, key, MIGRATIONS))

    @staticmethod
    def exists(folder: Path) -> bool:
        return (folder / KEY_NAME).is_file() and (folder / DB_NAME).is_file()

    # -- the session -------------------------------------------------------------------
    @property
    def session(self) -> OutboxSession | None:
        row = self._db.query_one("SELECT * FROM session WHERE id = 1")
        if row is None:
            return None
        return OutboxSession(
            row["host"],
            int(row["port"]),
            row["peer"],
            bytes(row["resume"]),
            row["recipient"],
            int(row["last_seq"]),
            int(row["delivered_upto"]),
        )

    def begin_session(self, host: str, port: int, peer: str, resume: bytes) -> None:
        """Paired: from now on this outbox resumes that session (before any sealed frame)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM pending")
            self._db.execute("DELETE FROM session")
            self._db.execute(
                "INSERT INTO session (id, host, port, peer, resume) VALUES (1, ?, ?, ?, ?)",
                (host, port, peer, resume),
            )

    def set_recipient(self, recipient: str) -> None:
        """The host's public age key (from its welcome); marks are sealed to it."""
        x25519.Recipient.from_str(recipient)  # refuse a bad key now, not at the first mark
        self._db.execute("UPDATE session SET recipient = ? WHERE id = 1", (recipient,))

    def set_address(self, host: str, port: int) -> None:
        self._db.execute("UPDATE session SET host = ?, port = ? WHERE id = 1", (host, port))

    # -- the queue ---------------------------------------------------------------------
    def add(self, mark: dict[str, Any]) -> int:
        """Seal ``mark`` to the host and queue it; returns its sequence number."""
        session = self.session
        if session is None or not session.recipient:
            raise RuntimeError("outbox has no session")
        recipient = x25519.Recipient.from_str(session.recipient)
        sealed = pyrage.encrypt(json.dumps(mark, ensure_ascii=False).encode("utf-8"), [recipient])
        with self._db.atomic():
            seq = int(self._db.scalar("SELECT last_seq FROM session WHERE id = 1")) + 1
            self._db.execute("UPDATE session SET last_seq = ? WHERE id = 1", (seq,))
            self._db.execute("INSERT INTO pending (seq, sealed) VALUES (?, ?)", (seq, sealed))
        return seq

    def pending(self, after: int = 0) -> list[tuple[int, bytes]]:
        rows = self._db.query(
            "SELECT seq, sealed FROM pending WHERE seq > ? ORDER BY seq", (after,)
        )
        return [(int(r["seq"]), bytes(r["sealed"])) for r in rows]

    def pending_count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM pending"))

    def delivered(self, upto: int) -> None:
        """The host has stored everything up to ``upto``."""
        with self._db.atomic():
            self._db.execute("DELETE FROM pending WHERE seq <= ?", (upto,))
            self._db.execute(
                "UPDATE session SET delivered_upto = max(delivered_upto, ?) WHERE id = 1", (upto,)
            )

    # -- the end -----------------------------------------------------------------------
    def close(self) -> None:
        if not self._db.closed:
            self._db.close()

    def erase(self) -> None:
        """Close and remove the outbox: the key first, so a left-over database is unreadable."""
        self.close()
        erase_folder(self.folder)


def erase_folder(folder: Path) -> None:
    key_path = folder / KEY_NAME
    if key_path.is_file():
        with contextlib.suppress(OSError), key_path.open("r+b") as fh:
            fh.write(b"\0" * max(32, key_path.stat().st_size))
            fh.flush()
            os.fsync(fh.fileno())
        key_path.unlink(missing_ok=True)
    for path in sorted(folder.glob(DB_NAME + "*")):
        path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        folder.rmdir()
