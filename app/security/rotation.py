"""Key rotation: "my passphrase may have been exposed".

A routine passphrase change re-wraps the data key (:meth:`Project.change_passphrase`): cheap,
but the old passphrase together with any older copy of ``samtal.key`` (a rolling backup, a
copy on a stick) still opens the live database, since the data key never changed.
:func:`rotate_key` also replaces the data key:

1. the database is checked, then copied with ``sqlcipher_export`` under a new random data key
   into ``.rotation.partial/`` and verified (page HMACs, b-trees, equal row counts);
2. a new key file wraps the new key with the new passphrase only (a recovery key wrapped the
   old key and cannot be re-wrapped without its code: it stops working and the user is told
   to make a new one); every recording's chunks are re-sealed under keys derived from the new
   data key into ``.rotation.partial/audio/`` (docs/audio-format.md: chunk keys derive from
   the data key);
3. every rolling backup on this computer is re-encrypted under the new key, each into a
   hidden ``.NAME.rekeyed-…`` folder beside it, with the new key file, and listed in
   ``.rotation.partial/backups.json``;
4. the live database is closed (the project stays locked) and ``.rotation.partial`` is renamed
   to ``.rotation``: **the commit point**;
5. :func:`app.store.rotation.finish_pending_rotation` renames the new files into place (and
   does so at the next open if a crash comes first), and the database is opened again.

A SIGKILL at any point leaves exactly one of the old and the new passphrase working: before
the commit point nothing old was touched and the next open removes what was prepared; after
it, the next open finishes the renames. Copies made elsewhere (a USB stick, a share) still
open with the old passphrase: the user is told so.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.audio.chunks import audio_root, chunk_files, open_sealed, seal
from app.audio.errors import DamagedChunk
from app.audio.keys import audio_root_key, recording_id_bytes, recording_key
from app.errors import DamagedProject
from app.security.backup import (
    _manifest,
    backups_dir,
    list_backups,
    verify_backup_files,
    write_backup_files,
)
from app.security.deletion_log import Register
from app.store.atomic_file import fsync_dir, os_error_to_store_error, write_new_synced
from app.store.folder import DB_NAME, KEY_NAME
from app.store.keyfile import DATA_KEY_BYTES, KdfParams, KeyFile, check_new_passphrase, wipe
from app.store.project import Project
from app.store.rotation import (
    AUDIO,
    BACKUPS,
    COMMITTED,
    PARTIAL,
    REKEYED,
    finish_pending_rotation,
)

log = logging.getLogger(__name__)

#: (step, done, total): "check", "database", "backup" (one per rolling backup), "commit"
#: (just before the commit point), "committed" (just after it), "done".
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Rotation:
    """What :func:`rotate_key` did."""

    backups_rekeyed: int
    recovery_key_dropped: bool


def rotate_key(
    project: Project,
    old_secret: str,
    new_passphrase: str,
    *,
    old_kind: str = "passphrase",
    progress: Progress | None = None,
) -> Rotation:
    """Re-encrypt the project (and its rolling backups) under a new data key.

    The caller stops every other writer first (the GUI closes the interview window).

    Raises:
        WrongPassphrase: ``old_secret`` does not open the project (nothing changes).
        InvalidInput: the new passphrase is too short (nothing changes).
        DamagedProject: the project fails its full check (nothing changes).
        DiskFull, ReadOnly: something could not be written (the old key stays in force).
    """
    report = progress or (lambda _s, _d, _t: None)
    check_new_passphrase(new_passphrase)
    folder = project.folder
    old_key = project.keyfile.unwrap(_secret(old_secret, old_kind), old_kind)
    kdf = next(
        (s.kdf for s in project.keyfile.slots if s.kind == "passphrase"), KdfParams()
    ).fresh_salt()
    new_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
    had_recovery = project.has_recovery_key
    partial = folder / PARTIAL
    backups = list_backups(backups_dir(project.project_id)) if project.project_id else []
    total = 3 + len(backups)
    try:
        report("check", 0, total)
        if project.integrity_problems():
            raise DamagedProject("rotation_source_damaged")
        finish_pending_rotation(folder)  # a left-over partial from a crash goes first
        partial.mkdir(mode=0o700)
        with project.db.locked():
            report("database", 1, total)
            project.db.export_copy(partial / DB_NAME, key=new_key)
            keyfile = KeyFile(partial / KEY_NAME, [], project.project_id or None)
            keyfile.rewrap("passphrase", new_passphrase, new_key, kdf)
            _reseal_audio(folder, partial / AUDIO, old_key, new_key)
            pairs = [
                (b, b.parent / f".{b.name}{REKEYED}{secrets.token_hex(4)}")
                for b in backups
                if verify_backup_files(b)
            ]
            _write_pairs(partial, pairs)  # before the folders exist: a crash can clean them up
            rekeyed = 0
            for n, (old, new) in enumerate(pairs):
                report("backup", 2 + n, total)
                if _rekey_backup(project, old, new, old_key, new_key, keyfile.to_bytes()):
                    rekeyed += 1
            fsync_dir(partial)
            report("commit", total - 1, total)
            project.close_database()
            os.rename(partial, folder / COMMITTED)  # the commit point
            fsync_dir(folder)
        report("committed", total - 1, total)
        finish_pending_rotation(folder)
        project.reopen(new_key)
    except BaseException:
        if not (folder / COMMITTED).exists():
            with contextlib.suppress(Exception):
                finish_pending_rotation(folder)  # abandons the partial rotation
        if project.db.closed:
            with contextlib.suppress(Exception):
                project.reopen(new_key if (folder / COMMITTED).exists() else old_key)
        raise
    finally:
        wipe(old_key)
        wipe(new_key)
    report("done", total, total)
    log.info("data key rotated; %d rolling backups re-encrypted", rekeyed)
    return Rotation(rekeyed, had_recovery)


def _secret(secret: str, kind: str) -> str:
    from app.store.recovery import normalise_recovery_code

    return normalise_recovery_code(secret) if kind == "recovery" else secret


def _reseal_audio(folder: Path, target: Path, old_key: bytearray, new_key: bytearray) -> None:
    """Every recording's chunks, opened with the old data key's chunk keys and sealed with the
    new one's, into ``target`` (the audio folder as it will be). A chunk that does not open
    (damaged) is copied as it is: it stays damaged, and is reported as such when played."""
    source = audio_root(folder)
    if not source.is_dir():
        return
    old_root, new_root = audio_root_key(old_key), audio_root_key(new_key)
    target.mkdir(mode=0o700)
    for entry in sorted(source.iterdir()):
        try:
            recording_id_bytes(entry.name)
        except ValueError:
            continue  # not a recording folder
        if not entry.is_dir():
            continue
        old, new = recording_key(old_root, entry.name), recording_key(new_root, entry.name)
        (target / entry.name).mkdir(mode=0o700)
        for index, path in chunk_files(entry):
            data = path.read_bytes()
            try:
                meta, encoded = open_sealed(old, entry.name, index, data)
                data = seal(new, entry.name, meta, encoded)
            except DamagedChunk:
                pass
            write_new_synced(target / entry.name / path.name, data)
        fsync_dir(target / entry.name)
    fsync_dir(target)


def _write_pairs(partial: Path, pairs: list[tuple[Path, Path]]) -> None:
    doc = [{"old": str(old), "new": str(new)} for old, new in pairs]
    write_new_synced(partial / BACKUPS, json.dumps(doc, indent=1).encode())


def _rekey_backup(
    project: Project,
    old: Path,
    new: Path,
    old_key: bytearray,
    new_key: bytearray,
    key_bytes: bytes,
) -> bool:
    """Prepare ``new``: the backup ``old`` under the new data key and the new key file.

    A backup that does not open with the old data key (made before an earlier rotation, or
    damaged) gets no re-made copy; it is left as it is.
    """
    try:
        new.mkdir(mode=0o700)
        try:
            project.db.export_copy(
                new / DB_NAME, key=new_key, source=old / DB_NAME, source_key=old_key
            )
        except DamagedProject:
            shutil.rmtree(new, ignore_errors=True)
            return False
        manifest = _manifest(old)
        register = Register.load(old, project.project_id)
        write_backup_files(
            new,
            key_bytes,
            project.project_id,
            int(manifest.get("schema_version", project.db.user_version)),
            register,
            created_at=str(manifest.get("created_at", "")) or None,
        )
    except OSError as exc:
        shutil.rmtree(new, ignore_errors=True)
        raise os_error_to_store_error(exc, old.name) from None
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    return True
