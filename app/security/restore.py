"""Restore a backup, verified before it lands, without bringing erased informants back.

Restore copies a backup to a hidden folder beside the target, opens the copy with the
passphrase (quick check, migrations), **re-applies every erasure the current project
records** (its deletion log when its database opens with the passphrase, and its erasure
register, which needs no passphrase: :mod:`app.security.deletion_log`), copies the current
deletion-log rows into the copy, runs the full check, and only then renames it into place.
The restored project carries the union of both registers, so the record of who was erased
survives the restore too.

If a project is to be replaced whose erasures cannot be known (its database does not open
with the passphrase and it has no erasure register) the restore is refused with a clear
message and nothing changes.

An existing target is never overwritten: without ``replace`` it is an error, with
``replace`` the old folder is moved aside to ``NAME.damaged-<time>`` (or
``NAME.replaced-<time>`` when it was healthy) first.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.errors import (
    DamagedProject,
    InvalidInput,
    ProjectExists,
    ProjectNotFound,
    ReadOnly,
    WrongPassphrase,
)
from app.security.backup import MANIFEST, free_name, verify_backup_files
from app.security.deletion_log import Register, reapply, sync_register
from app.security.erasure import LogRow, compact_after_erasure, deletion_log
from app.store.atomic_file import fsync_dir, fsync_file, os_error_to_store_error, write_new_synced
from app.store.keyfile import peek_project_id
from app.store.lock import ProjectLock
from app.store.project import (
    DB_NAME,
    KEY_NAME,
    LOCK_NAME,
    SUFFIX,
    Project,
    is_project_folder,
    project_path,
)

log = logging.getLogger(__name__)

_STAMP = "%Y%m%dT%H%M%SZ"
#: (step, done, total) for a progress bar; steps: "copy", "check", "erasures", "done".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_backup` did."""

    folder: Path
    erased_again: tuple[str, ...]  # participant codes erased again in the restored copy
    moved_aside: Path | None


def restore(
    backup_folder: str | Path,
    target: str | Path,
    passphrase: str,
    *,
    replace: bool = False,
    secret_kind: str = "passphrase",
    current_log: list[LogRow] | None = None,
    progress: Progress | None = None,
) -> Path:
    """Restore a backup (or any project folder) to ``target``; see :func:`restore_backup`."""
    return restore_backup(
        backup_folder,
        target,
        passphrase,
        replace=replace,
        secret_kind=secret_kind,
        current_log=current_log,
        progress=progress,
    ).folder


def restore_backup(
    backup_folder: str | Path,
    target: str | Path,
    passphrase: str,
    *,
    replace: bool = False,
    secret_kind: str = "passphrase",
    current_log: list[LogRow] | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Restore a backup to ``target``, verified, with the current erasures applied again.

    Args:
        current_log: the deletion log of the project being replaced, when the caller has it
            open (the GUI reads it before closing); otherwise it is read from ``target``.

    Raises:
        ProjectExists: ``target`` exists and ``replace`` is False.
        ProjectLocked: ``target`` (or the backup) is open in another program.
        WrongPassphrase: the passphrase does not open the backup.
        DamagedProject: the backup fails verification (``target`` is left as it was).
        InvalidInput: ``restore_erasures_unknown``: what the project being replaced erased
            cannot be read (nothing changes).
    """
    report = progress or (lambda _s, _d, _t: None)
    source = project_path(backup_folder, must_exist=True)
    if not is_project_folder(source):
        raise ProjectNotFound(source.name)
    if (source / MANIFEST).is_file() and not verify_backup_files(source):
        raise DamagedProject("backup_damaged")
    dest = project_path(target)
    exists = dest.exists() and (not dest.is_dir() or any(dest.iterdir()))
    if exists and not replace:
        raise ProjectExists(dest.name)
    if not dest.parent.is_dir():
        raise ProjectNotFound(dest.parent.name or str(dest.parent))
    project_id = peek_project_id(source / KEY_NAME) or ""
    current = _Current(dest, passphrase, secret_kind, project_id, current_log) if exists else None
    if current is not None and current.rows is None and current.register is None:
        raise InvalidInput("restore_erasures_unknown")
    staging = dest.parent / f".{dest.name}.restoring-{secrets.token_hex(4)}"
    try:
        report("copy", 0, 3)
        _copy_project_files(source, staging)
        report("check", 1, 3)
        erased = _verify_and_reapply(staging, passphrase, secret_kind, current)
        report("erasures", 2, 3)
        aside = None
        if exists:
            assert current is not None
            aside = _move_aside(dest, current.damaged)
            log.info("existing project moved aside before restore")
        elif dest.exists():
            dest.rmdir()  # an empty folder
        os.rename(staging, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error_to_store_error(exc, "restore") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report("done", 3, 3)
    log.info("backup restored (%d erasures applied again)", len(erased))
    return Restored(dest, tuple(erased), aside)


class _Current:
    """What the project being replaced says was erased, and whether it is damaged."""

    def __init__(
        self,
        folder: Path,
        passphrase: str,
        secret_kind: str,
        project_id: str,
        rows: list[LogRow] | None,
    ) -> None:
        self.rows = rows
        self.damaged = False
        own_id = peek_project_id(folder / KEY_NAME) or project_id
        self.register = Register.load(folder, own_id)
        if is_project_folder(folder):
            try:
                with Project.open(
                    folder, passphrase, secret_kind=secret_kind, accept_lost_saves=True
                ) as old:
                    self.damaged = bool(old.integrity_problems())
                    if self.rows is None and not self.damaged:
                        self.rows = deletion_log(old.db)
            except DamagedProject:
                self.damaged = True
            except WrongPassphrase:
                pass  # another passphrase: we cannot tell; the register still says who
            # Another program having it open raises ProjectLocked: nothing is moved then.
            _wait_for_lock(folder)
        else:
            self.damaged = (folder / KEY_NAME).exists() or (folder / DB_NAME).exists()


def _wait_for_lock(folder: Path) -> None:
    if (folder / LOCK_NAME).is_file():
        lock = ProjectLock(folder / LOCK_NAME)
        lock.acquire()
        lock.release()


def _verify_and_reapply(
    folder: Path, passphrase: str, secret_kind: str, current: _Current | None
) -> list[str]:
    project = Project.open(folder, passphrase, secret_kind=secret_kind, accept_lost_saves=True)
    try:
        erased: list[str] = []
        if current is not None:
            register = current.register
            erased = reapply(project.db, current.rows or [], register)
            if erased:
                compact_after_erasure(project.db)
        problems = project.integrity_problems()
        if not problems:
            restored = sync_register(project.db, folder, project.project_id)
            if current is not None and current.register is not None:
                restored.merge(current.register)
                restored.save(folder)
    finally:
        project.close()
    if problems:
        raise DamagedProject("backup_damaged")
    return erased


def _copy_project_files(source: Path, staging: Path) -> None:
    staging.mkdir(mode=0o700)
    lock: ProjectLock | None = ProjectLock(source / LOCK_NAME)
    try:
        assert lock is not None
        lock.acquire()  # a project that is open elsewhere may be mid-write: refuse
    except ReadOnly:
        lock = None  # a backup on read-only media cannot be open for writing anywhere
    try:
        for name in (DB_NAME, DB_NAME + "-wal", KEY_NAME):
            if (source / name).is_file():
                shutil.copyfile(source / name, staging / name)
                (staging / name).chmod(0o600)
                fsync_file(staging / name)
        write_new_synced(staging / LOCK_NAME, b"")
    finally:
        if lock is not None:
            lock.release()
    fsync_dir(staging)


def _move_aside(dest: Path, damaged: bool) -> Path:
    """Rename an existing project out of the way; never delete it."""
    kind = "damaged" if damaged else "replaced"
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = free_name(dest.parent, f"{dest.name.removesuffix(SUFFIX)}.{kind}-{stamp}", suffix="")
    os.rename(dest, aside)
    return aside
