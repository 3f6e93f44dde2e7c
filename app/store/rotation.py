"""Finishing (or abandoning) a data-key rotation that a crash interrupted.

Rotation itself (:mod:`app.security.rotation`) builds everything new beside the old in a
hidden folder ``.rotation.partial`` in the project folder: the re-encrypted database, the
new key file, the recordings re-sealed under the new key (``audio/``, whose chunk keys derive
from the data key) and ``backups.json``, the list of rolling backups re-made under the new key
(each prepared as a hidden ``.NAME.rekeyed-…`` folder beside the backup it replaces). Then
one rename, ``.rotation.partial`` → ``.rotation``, is the commit point.

:func:`finish_pending_rotation` runs at every open, before the key file is read, holding
the project lock:

- a ``.rotation.partial`` (no commit): it and the backups it prepared are removed; the old
  database and key file were never touched, so the old passphrase opens the project;
- a ``.rotation`` (committed): the old WAL files are removed, the new database and key file
  are renamed into place, the re-sealed ``audio`` folder replaces the old one (the old one is
  first renamed to ``.rotation/audio.old``, then removed), each re-made backup replaces its
  old one, and the folder goes.
  Every step is a rename that can simply be repeated, so a crash during this leaves a
  ``.rotation`` that the next open finishes. Afterwards only the new passphrase opens it.

No key is needed for either; nothing here reads content.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from pathlib import Path

from app.store.atomic_file import fsync_dir, os_error_to_store_error
from app.store.folder import DB_NAME, KEY_NAME

PARTIAL = ".rotation.partial"
COMMITTED = ".rotation"
BACKUPS = "backups.json"
REKEYED = ".rekeyed-"
AUDIO = "audio"
OLD_AUDIO = "audio.old"


def rotation_pending(folder: Path) -> bool:
    return (folder / PARTIAL).exists() or (folder / COMMITTED).exists()


def finish_pending_rotation(folder: Path) -> bool:
    """Abandon an uncommitted rotation or finish a committed one. True if one was finished.

    Raises:
        ReadOnly, DiskFull, StoreError: a rename failed (the next open tries again).
    """
    try:
        if (folder / PARTIAL).exists():
            for pair in _backup_pairs(folder / PARTIAL):
                shutil.rmtree(pair[1], ignore_errors=True)
            shutil.rmtree(folder / PARTIAL)
            fsync_dir(folder)
        journal = folder / COMMITTED
        if not journal.is_dir():
            return False
        if (journal / DB_NAME).exists():
            # The old database's WAL must never be applied to the new file.
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    (folder / (DB_NAME + suffix)).unlink()
            os.replace(journal / DB_NAME, folder / DB_NAME)
            fsync_dir(folder)
        if (journal / KEY_NAME).exists():
            os.replace(journal / KEY_NAME, folder / KEY_NAME)
            fsync_dir(folder)
        _swap_audio(folder, journal)
        for old, new in _backup_pairs(journal):
            _swap_backup(old, new)
        with contextlib.suppress(FileNotFoundError):
            (journal / BACKUPS).unlink()
        shutil.rmtree(journal)
        fsync_dir(folder)
    except OSError as exc:
        raise os_error_to_store_error(exc, "rotation") from None
    return True


def _swap_audio(folder: Path, journal: Path) -> None:
    """The re-sealed recordings replace the old ones; every step can be repeated."""
    if (journal / AUDIO).is_dir():
        if (folder / AUDIO).exists() and not (journal / OLD_AUDIO).exists():
            os.rename(folder / AUDIO, journal / OLD_AUDIO)
        if not (folder / AUDIO).exists():
            os.rename(journal / AUDIO, folder / AUDIO)
        fsync_dir(folder)
    if (journal / OLD_AUDIO).exists():
        shutil.rmtree(journal / OLD_AUDIO)


def _backup_pairs(journal: Path) -> list[tuple[Path, Path]]:
    """(old backup, re-made backup) pairs from the journal; only names rotation makes."""
    try:
        doc = json.loads((journal / BACKUPS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    pairs = []
    for item in doc if isinstance(doc, list) else []:
        try:
            old, new = Path(item["old"]), Path(item["new"])
        except (KeyError, TypeError):
            continue
        if new.parent == old.parent and new.name.startswith(f".{old.name}{REKEYED}"):
            pairs.append((old, new))
    return pairs


def _swap_backup(old: Path, new: Path) -> None:
    if not new.exists():
        return  # swapped already
    if old.exists():
        doomed = old.parent / f".{old.name}.pruning-{secrets.token_hex(4)}"
        os.rename(old, doomed)
        os.rename(new, old)
        shutil.rmtree(doomed, ignore_errors=True)
    else:
        os.rename(new, old)
    fsync_dir(old.parent)
