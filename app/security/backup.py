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

A backup also carries the project's erasure register (``samtal.erased``, see
:mod:`app.security.deletion_log`). When an interview is erased, the rolling backups that
still hold it are re-made without it (:func:`erase_in_rolling_backups`: copied to a hidden
``.NAME.erasing-…`` folder, erased there, verified, swapped in by renames), at once by the
erasure flows and again whenever a rolling backup is made; a backup under another data key
(made before a key rotation) or one that fails its check is left as it is.

Restoring is :mod:`app.security.restore`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import DamagedProject, DiskFull, SamtalError, StoreError
from app.paths import data_dir
from app.security.deletion_log import (
    Register,
    interviews_to_erase,
    reapply,
    sync_register,
)
from app.security.erasure import LogRow, compact_after_erasure, deletion_log
from app.store.atomic_file import (
    fsync_dir,
    fsync_file,
    os_error_to_store_error,
    write_new_synced,
)
from app.store.keyfile import KeyFile, peek_project_id
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
    made_dest = not dest.exists()
    try:
        dest.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.mkdir(mode=0o700)
        project.db.export_copy(partial / DB_NAME)
        key_bytes = (project.folder / KEY_NAME).read_bytes()
        KeyFile.load(project.folder / KEY_NAME)  # the copy must be a loadable key file
        register = sync_register(project.db, project.folder, project.project_id)
        write_backup_files(
            partial, key_bytes, project.project_id, project.db.user_version, register
        )
        os.rename(partial, final)
        fsync_dir(dest)
    except OSError as exc:
        _remove_partial(partial, dest if made_dest else None)
        raise os_error_to_store_error(exc, final.name) from None
    except DiskFull:
        _remove_partial(partial, dest if made_dest else None)
        raise DiskFull(final.name) from None
    except BaseException:
        _remove_partial(partial, dest if made_dest else None)
        raise
    log.info("backup written")
    return final


def _remove_partial(partial: Path, made_dest: Path | None) -> None:
    """Nothing is left behind: the hidden folder, and the destination if we made it."""
    shutil.rmtree(partial, ignore_errors=True)
    if made_dest is not None:
        with contextlib.suppress(OSError):
            made_dest.rmdir()


def write_backup_files(
    partial: Path,
    key_bytes: bytes,
    project_id: str,
    schema_version: int,
    register: Register | None,
    created_at: str | None = None,
) -> None:
    """Beside a verified ``samtal.db`` in ``partial``: the key file, the empty lock file, the
    erasure register and the manifest, all synced (the caller renames ``partial`` into place).
    """
    write_new_synced(partial / KEY_NAME, key_bytes)
    write_new_synced(partial / LOCK_NAME, b"")
    if register is not None:
        register.save(partial)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "project_id": project_id,
        "created_at": created_at or datetime.now(UTC).isoformat(timespec="microseconds"),
        "schema_version": schema_version,
        "app_version": __version__,
        "sha256": {name: _sha256(partial / name) for name in (DB_NAME, KEY_NAME)},
    }
    write_new_synced(partial / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode())
    fsync_dir(partial)


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
    # Left by a crash during an earlier backup, pruning or re-making: hidden, never listed,
    # safe to remove (a rotation's prepared backups are finished when the project opens).
    for pattern in (".*.partial-*", ".*.pruning-*", ".*.erasing-*", ".*.rekeyed-*"):
        for stale in folder.glob(pattern):
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
    try:
        erase_in_rolling_backups(project)
    except StoreError as exc:  # the new backup is good; older ones are tried again next time
        log.warning("re-making older backups failed: %s", exc.code)
    return made


def erase_in_rolling_backups(project: Project) -> int:
    """Re-make every rolling backup that still holds an erased interview. Returns how many.

    Each is copied to a hidden folder, the erasures are applied there (deletion-log rows
    copied too), the copy is compacted and checked, and renames swap it in; a crash leaves
    either the old or the new backup, and a hidden folder the next rolling backup removes.
    """
    rows = deletion_log(project.db)
    register = Register.load(project.folder, project.project_id)
    if not rows and register is None:
        return 0
    remade = 0
    for old in list_backups(backups_dir(project.project_id)):
        if not verify_backup_files(old):
            continue
        with project.db.locked():
            try:
                with _attached(project, old / DB_NAME) as alias:
                    due = interviews_to_erase(project.db, rows, register, alias)
            except StoreError:
                continue  # another data key (before a key rotation) or unreadable: left alone
            if due:
                _remake_without_erased(project, old, rows, register)
                remade += 1
    if remade:
        log.info("re-made %d rolling backups without erased interviews", remade)
    return remade


@contextlib.contextmanager
def _attached(project: Project, path: Path) -> Iterator[str]:
    """``path`` attached to the project's connection (same data key) as ``samtal_backup``."""
    alias = "samtal_backup"
    project.db.execute(f"ATTACH DATABASE ? AS {alias}", (str(path),))
    try:
        project.db.scalar(f"SELECT count(*) FROM {alias}.sqlite_master")
        yield alias
    finally:
        project.db.execute(f"DETACH DATABASE {alias}")


def _remake_without_erased(
    project: Project, old: Path, rows: list[LogRow], register: Register | None
) -> None:
    staging = old.parent / f".{old.name}.erasing-{secrets.token_hex(4)}"
    try:
        staging.mkdir(mode=0o700)
        shutil.copyfile(old / DB_NAME, staging / DB_NAME)
        (staging / DB_NAME).chmod(0o600)
        with _attached(project, staging / DB_NAME) as alias:
            reapply(project.db, rows, register, schema=alias)
            compact_after_erasure(project.db, schema=alias)
            problems = project.db.integrity_problems(alias)
            version = int(project.db.scalar(f"PRAGMA {alias}.user_version"))
        if problems:
            raise StoreError("copy_failed")
        fsync_file(staging / DB_NAME)
        merged = Register(project.project_id)
        merged.merge(register)
        merged.merge(Register.load(old, project.project_id))
        write_backup_files(
            staging,
            (old / KEY_NAME).read_bytes(),
            project.project_id,
            version,
            merged,
            created_at=str(_manifest(old).get("created_at", "")) or None,
        )
        doomed = old.parent / f".{old.name}.pruning-{secrets.token_hex(4)}"
        os.rename(old, doomed)
        os.rename(staging, old)
        fsync_dir(old.parent)
        shutil.rmtree(doomed, ignore_errors=True)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error_to_store_error(exc, "backup") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


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
    project_id = peek_project_id(folder / KEY_NAME)  # the key file itself may be damaged
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


def free_name(folder: Path, stem: str, suffix: str = SUFFIX) -> Path:
    """``folder/stem+suffix``, or with ``-2``, ``-3``, … if that exists."""
    return _free_name(folder, stem, suffix)


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
