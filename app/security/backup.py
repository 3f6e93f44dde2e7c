"""Verified backups, rolling backups on close, and restore.

A backup is itself a project: a folder ``NAME-20260123T101500Z.samtal`` holding

- ``samtal.db``: an encrypted copy (same data key) made with ``sqlcipher_export``;
- ``samtal.key``: the project's key file as it was at backup time, so the backup opens with
  the passphrase (or recovery code) that was valid *then*;
- ``samtal.lock``: empty, so opening the backup creates no file;
- ``backup.json``: content-free manifest (format, project id, time, schema and app
  version, sha256 of the two files). No names, no counts.

A backup is verified before it gets its final name: the source passes the full integrity
check first (a damaged database is never backed up), and the copy is read back from disk
and checked (``cipher_integrity_check``, ``integrity_check``, equal row counts). It is
built in a hidden ``.NAME.partial-…`` folder and renamed into place in one step, so a
crash or a full disk never leaves something that looks like a backup but is not one.

Rolling backups go to ``paths.data_dir()/backups/<project_id>/``; the newest ``keep``
generations are kept, and older ones are removed only after a new one has verified, so a
damaged source can never push out the last good backup.

Restore copies a backup to a hidden folder beside the target, opens the copy with the
passphrase (quick check, migrations), runs the full check, and only then renames it into
place. An existing target is never overwritten: without ``replace`` it is an error, with
``replace`` the old folder is moved aside to ``NAME.damaged-<time>`` (or
``NAME.replaced-<time>`` when it was healthy) first.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import (
    DamagedProject,
    ProjectExists,
    ProjectNotFound,
    ReadOnly,
    SamtalError,
    StoreError,
    WrongPassphrase,
)
from app.paths import data_dir
from app.store.atomic_file import (
    fsync_dir,
    fsync_file,
    os_error_to_store_error,
    write_new_synced,
)
from app.store.keyfile import KeyFile
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

MANIFEST = "backup.json"
FORMAT = "samtal-backup"
FORMAT_VERSION = 1
DEFAULT_KEEP = 5
_STAMP = "%Y%m%dT%H%M%SZ"
_STAMPED = re.compile(r"(.+)-\d{8}T\d{6}Z(?:-\d+)?" + re.escape(SUFFIX))


# -- making backups --------------------------------------------------------------------------
def backup(project: Project, dest_folder: str | Path) -> Path:
    """Write a verified backup of an open project into ``dest_folder``; return its folder.

    Raises:
        DamagedProject: the project fails the full integrity check (nothing is written).
        DiskFull, ReadOnly: the destination could not be written (nothing is left there).
    """
    problems = project.integrity_problems()
    if problems:
        log.warning("backup refused: source has %d integrity problems", len(problems))
        raise DamagedProject("backup_source_damaged")
    dest = Path(dest_folder).expanduser()
    final = _free_name(dest, f"{project.name}-{datetime.now(UTC).strftime(_STAMP)}")
    partial = dest / f".{final.name}.partial-{secrets.token_hex(4)}"
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.mkdir(mode=0o700)
        project.db.export_copy(partial / DB_NAME)
        key_bytes = (project.folder / KEY_NAME).read_bytes()
        KeyFile.load(project.folder / KEY_NAME)  # the copy must be a loadable key file
        write_new_synced(partial / KEY_NAME, key_bytes)
        write_new_synced(partial / LOCK_NAME, b"")
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "project_id": project.project_id,
            "created_at": datetime.now(UTC).isoformat(timespec="microseconds"),
            "schema_version": project.db.user_version,
            "app_version": __version__,
            "sha256": {name: _sha256(partial / name) for name in (DB_NAME, KEY_NAME)},
        }
        write_new_synced(partial / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode())
        fsync_dir(partial)
        os.rename(partial, final)
        fsync_dir(dest)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise os_error_to_store_error(exc, "backup") from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    log.info("backup written")
    return final


def backups_dir(project_id: str) -> Path:
    """Where the rolling backups of one project live (local app data, never synced)."""
    return data_dir() / "backups" / project_id


def rolling_backup(project: Project, keep: int = DEFAULT_KEEP) -> Path:
    """Back up into :func:`backups_dir` and keep the newest ``keep`` generations.

    Older generations are removed only after the new one has been verified.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    folder = backups_dir(project.project_id or "unknown")
    made = backup(project, folder)
    # Left by a crash during an earlier backup or pruning: hidden, never listed, safe to remove.
    for stale in [*folder.glob(".*.partial-*"), *folder.glob(".*.pruning-*")]:
        shutil.rmtree(stale, ignore_errors=True)
    for old in list_backups(folder)[keep:]:
        # Rename out of sight first (atomic), then delete: a crash mid-delete must never leave
        # a half-deleted generation that still looks like a backup.
        doomed = folder / f".{old.name}.pruning-{secrets.token_hex(4)}"
        try:
            os.rename(old, doomed)
        except OSError:
            continue
        shutil.rmtree(doomed, ignore_errors=True)
    return made


@dataclass(frozen=True)
class CloseOutcome:
    """What :func:`close_with_backup` did: the backup made, or the error that prevented it."""

    backup: Path | None
    error: SamtalError | None = None


def close_with_backup(project: Project, keep: int = DEFAULT_KEEP) -> CloseOutcome:
    """Make a rolling backup, then close the project whatever happened.

    A failed backup never blocks closing; the caller shows ``error`` (a damaged project
    needs the user's attention: offer :func:`newest_good_backup`).
    """
    try:
        return CloseOutcome(rolling_backup(project, keep))
    except SamtalError as exc:
        log.warning("rolling backup failed: %s", exc.code)
        return CloseOutcome(None, exc)
    finally:
        project.close()


# -- finding backups -------------------------------------------------------------------------
def list_backups(folder: Path) -> list[Path]:
    """Complete backups (with a manifest) in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.is_dir() and not p.name.startswith(".") and (p / MANIFEST).is_file()
    ]
    return sorted(found, key=_created_at, reverse=True)


def verify_backup_files(folder: Path) -> bool:
    """Cheap check without the passphrase: the files are there and match the manifest.

    The full check (page HMACs, b-trees, schema) needs the key and happens in :func:`restore`.
    """
    try:
        manifest = _manifest(folder)
        sums = manifest["sha256"]
        return is_project_folder(folder) and all(
            _sha256(folder / name) == sums[name] for name in (DB_NAME, KEY_NAME)
        )
    except (OSError, KeyError, TypeError, ValueError, DamagedProject):
        return False


def newest_good_backup(project_folder: str | Path) -> Path | None:
    """The newest rolling backup of a (possibly damaged) project whose files verify, or None.

    The project is found by the ``project_id`` in its key file; if the key file is gone
    too, by the project's name.
    """
    folder = project_path(project_folder, must_exist=True)
    candidates: list[Path] = []
    try:
        project_id = KeyFile.load(folder / KEY_NAME).project_id
    except StoreError:
        project_id = None
    if project_id:
        candidates = list_backups(backups_dir(project_id))
    if not candidates:
        name = folder.name.removesuffix(SUFFIX)
        root = data_dir() / "backups"
        every = [b for d in _subfolders(root) for b in list_backups(d)]
        candidates = sorted(
            (b for b in every if (m := _STAMPED.fullmatch(b.name)) and m[1] == name),
            key=_created_at,
            reverse=True,
        )
    return next((b for b in candidates if verify_backup_files(b)), None)


# -- restoring -------------------------------------------------------------------------------
def restore(
    backup_folder: str | Path,
    target: str | Path,
    passphrase: str,
    *,
    replace: bool = False,
    secret_kind: str = "passphrase",
) -> Path:
    """Restore a backup (or any project folder) to ``target``, verified before it lands.

    Returns the restored project folder. The backup itself is never written to.

    Raises:
        ProjectExists: ``target`` exists and ``replace`` is False.
        ProjectLocked: ``target`` (or the backup) is open in another program.
        WrongPassphrase: the passphrase does not open the backup.
        DamagedProject: the backup fails verification (``target`` is left as it was).
    """
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
    staging = dest.parent / f".{dest.name}.restoring-{secrets.token_hex(4)}"
    try:
        _copy_project_files(source, staging)
        _verify_by_opening(staging, passphrase, secret_kind)
        if exists:
            _move_aside(dest, passphrase, secret_kind)
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
    log.info("backup restored")
    return dest


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


def _verify_by_opening(folder: Path, passphrase: str, secret_kind: str) -> None:
    project = Project.open(folder, passphrase, secret_kind=secret_kind)
    try:
        problems = project.integrity_problems()
    finally:
        project.close()
    if problems:
        raise DamagedProject("backup_damaged")


def _move_aside(dest: Path, passphrase: str, secret_kind: str) -> Path:
    """Rename an existing project out of the way; never delete it.

    It is opened once (if the passphrase fits) only to tell a damaged project from a
    healthy one; a damaged one fails before anything is written to it.
    """
    damaged = False
    if is_project_folder(dest):
        try:
            with Project.open(dest, passphrase, secret_kind=secret_kind) as old:
                damaged = bool(old.integrity_problems())
        except DamagedProject:
            damaged = True
        except WrongPassphrase:
            damaged = False  # a different passphrase: we cannot tell, keep it as "replaced"
        # Another program having it open raises ProjectLocked above: nothing is moved then.
        if (dest / LOCK_NAME).is_file():
            lock = ProjectLock(dest / LOCK_NAME)
            lock.acquire()
            lock.release()
    else:
        damaged = (dest / KEY_NAME).exists() or (dest / DB_NAME).exists()
    kind = "damaged" if damaged else "replaced"
    stamp = datetime.now(UTC).strftime(_STAMP)
    aside = _free_name(dest.parent, f"{dest.name.removesuffix(SUFFIX)}.{kind}-{stamp}", suffix="")
    os.rename(dest, aside)
    return aside


# -- helpers ---------------------------------------------------------------------------------
def _manifest(folder: Path) -> dict[str, Any]:
    doc = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DamagedProject("backup_manifest")
    return doc


def _subfolders(root: Path) -> list[Path]:
    return [d for d in root.iterdir() if d.is_dir()] if root.is_dir() else []


def backup_time(folder: Path) -> datetime | None:
    """When a backup was made, from its stamped name (``…-20260123T101500Z.samtal``), in UTC."""
    found = re.search(r"\d{8}T\d{6}Z", folder.name)
    if found is None:
        return None
    return datetime.strptime(found[0], _STAMP).replace(tzinfo=UTC)


def _created_at(folder: Path) -> str:
    try:
        return str(_manifest(folder).get("created_at", ""))
    except (OSError, ValueError, DamagedProject):
        return ""


def _free_name(folder: Path, stem: str, suffix: str = SUFFIX) -> Path:
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
