"""The save counter kept outside the database, so that lost acknowledged saves are noticed.

Every write transaction (:meth:`app.store.database.Database.atomic`) adds one to the counter
in the database's ``meta`` table in the same transaction, and after the commit has returned
(and so reached the disk, ``synchronous=FULL``) writes the same number to ``samtal.saves``
beside the database. At open the two are compared: a database *behind* its file means saves
that were acknowledged are gone, e.g. a WAL frame damaged after a crash, which SQLite treats
as the end of the log without a word, or an older copy of ``samtal.db`` put in place by hand.
The database ahead of the file is normal (a crash between the commit and the file write).

The file holds two 32-byte slots, written in turn, each ``b"SCNT"``, a sequence number and
the counter (unsigned 64-bit, little-endian), four zero bytes and the first 8 bytes of the
SHA-256 of the 24 bytes before. A torn or damaged write spoils one slot; the other still
holds the previous value. No content, only a number.
"""

from __future__ import annotations

import hashlib
import os
import struct
from pathlib import Path

from app.store.atomic_file import os_error_to_store_error

NAME = "samtal.saves"
_MAGIC = b"SCNT"
_SLOT = 32
_HEAD = struct.Struct("<4sQQ4x")  # 24 bytes


def _pack(seq: int, value: int) -> bytes:
    head = _HEAD.pack(_MAGIC, seq, value)
    return head + hashlib.sha256(head).digest()[:8]


def _unpack(raw: bytes) -> tuple[int, int] | None:
    if len(raw) != _SLOT or hashlib.sha256(raw[:24]).digest()[:8] != raw[24:]:
        return None
    magic, seq, value = _HEAD.unpack(raw[:24])
    return (seq, value) if magic == _MAGIC else None


def read_counter(path: Path) -> int | None:
    """The newest valid value in ``path``; None if there is no file or no valid slot."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return None
    slots = [_unpack(data[i : i + _SLOT]) for i in (0, _SLOT)]
    valid = [s for s in slots if s is not None]
    return max(valid)[1] if valid else None


def _datasync(fd: int) -> None:
    sync = getattr(os, "fdatasync", os.fsync)  # fdatasync is POSIX; Windows has fsync
    sync(fd)


class SaveCounter:
    """The open counter file of a project (one per open project, written after each commit)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        self._seq = 0
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        seqs = [s[0] for i in (0, _SLOT) if (s := _unpack(data[i : i + _SLOT])) is not None]
        self._seq = max(seqs, default=0)

    def write(self, value: int) -> None:
        """Store ``value`` durably (one slot write and an fsync).

        Raises:
            DiskFull, ReadOnly, StoreError: the file could not be written.
        """
        try:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._seq += 1
            os.lseek(self._fd, (self._seq % 2) * _SLOT, os.SEEK_SET)
            os.write(self._fd, _pack(self._seq, value))
            # The data only (an overwrite inside the file: no size change to record).
            _datasync(self._fd)
        except OSError as exc:
            raise os_error_to_store_error(exc, self.path.name) from None

    def close(self) -> None:
        if self._fd is not None:
            try:
                os.close(self._fd)
            finally:
                self._fd = None
