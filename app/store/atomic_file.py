"""Durable writes, in one place: atomic replace (temp file in the same folder, fsync, rename,
fsync the folder), a new file written and synced, fsync of a file or a folder, and the mapping
of ``OSError`` to typed store errors. Every module that writes a file uses these."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from app.errors import DiskFull, ReadOnly, StoreError


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file.

    Raises:
        DiskFull: no space left; the old file is untouched.
        ReadOnly: the folder cannot be written.
    """
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        _write_fd(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), data)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_store_error(exc, path.name) from None
    fsync_dir(path.parent)


def write_new_synced(path: Path, data: bytes) -> None:
    """Create ``path`` (it must not exist; mode 0600) with ``data`` and fsync it. The caller
    fsyncs the folder once all files are written (:func:`fsync_dir`)."""
    _write_fd(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), data)


def fsync_file(path: Path) -> None:
    """Flush a file someone else wrote (a copy, an exported database) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_fd(fd: int, data: bytes) -> None:
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def os_error_to_store_error(exc: OSError, what: str) -> StoreError:
    """Map an ``OSError`` to a typed store error without copying content into it."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFull(what)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnly(what)
    return StoreError(f"{what}: {exc.strerror or exc.__class__.__name__}")
