"""An OS-level lock on the project folder so a second program gets ``ProjectLocked``.

The lock file exists from project creation on and is never written to, so taking the
lock changes no file's bytes or mtime. The OS drops the lock when the process dies
(even on SIGKILL), so a crash never leaves a project locked.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import IO

from app.errors import ProjectLocked, ReadOnly
from app.store.atomic_file import os_error_to_store_error

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(f: IO[bytes]) -> bool:
        try:
            f.seek(0)
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(f: IO[bytes]) -> None:
        f.seek(0)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(f: IO[bytes]) -> bool:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(f: IO[bytes]) -> None:
        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


class ProjectLock:
    """Exclusive, non-blocking lock held for as long as the project is open."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self, *, read_only: bool = False) -> None:
        """Take the lock. ``read_only``: the folder may be read-only (a copy on a read-only
        medium); then the lock file is opened for reading, or not at all if it is missing or
        unreadable, since nobody can be writing to such a folder."""
        try:
            f: IO[bytes] = open(self.path, "a+b")  # noqa: SIM115 - held open while locked
        except OSError as exc:
            if read_only:
                try:
                    f = open(self.path, "rb")  # noqa: SIM115 - held open while locked
                except OSError:
                    return
            elif isinstance(exc, PermissionError):
                raise ReadOnly(self.path.name) from None
            else:  # EROFS (read-only medium), ENOSPC, …: typed, never raw
                raise os_error_to_store_error(exc, self.path.name) from None
        if not _try_lock(f):
            f.close()
            raise ProjectLocked(self.path.parent.name)
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            try:
                _unlock(self._file)
            finally:
                self._file.close()
                self._file = None

    @property
    def held(self) -> bool:
        return self._file is not None


def held_elsewhere(path: Path) -> bool:
    """Whether another program (or another open of it here) holds the lock at ``path``.

    Asked before the passphrase, so a second copy of Samtal says the project is open instead
    of asking for a passphrase it cannot use. Takes and at once releases the lock; a missing
    or unreadable lock file counts as not held (opening then says what is wrong).
    """
    if not path.is_file():
        return False
    try:
        f = open(path, "a+b")  # noqa: SIM115 - closed below
    except OSError:
        return False
    try:
        if not _try_lock(f):
            return True
        _unlock(f)
        return False
    finally:
        f.close()
