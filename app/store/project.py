"""A Samtal project: a folder ``NAME.samtal`` holding the database, the key file and a lock file."""

from __future__ import annotations

import contextlib
import logging
import shutil
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.errors import (
    DamagedProject,
    ProjectExists,
    ProjectNotFound,
    ReadOnly,
    SavesLost,
    StoreError,
    WrongPassphrase,
)
from app.store.atomic_file import os_error_to_store_error
from app.store.database import Database
from app.store.folder import DB_NAME, KEY_NAME, LOCK_NAME, SUFFIX, is_project_folder, project_path
from app.store.keyfile import KdfParams, KeyFile, audio_root_key, check_new_passphrase, wipe
from app.store.lock import ProjectLock
from app.store.recovery import new_recovery_code, normalise_recovery_code
from app.store.rotation import finish_pending_rotation, rotation_pending
from app.store.savecounter import NAME as SAVES_NAME
from app.store.savecounter import SaveCounter, read_counter
from app.store.schema import MIGRATIONS

__all__ = [
    "DB_NAME",
    "KEY_NAME",
    "LOCK_NAME",
    "SAVES_NAME",
    "SUFFIX",
    "Project",
    "is_project_folder",
    "now_iso",
    "project_path",
    "remove_project",
]


log = logging.getLogger(__name__)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Project:
    """An open project. Create with :meth:`create`, open with :meth:`open`, then :meth:`close`."""

    def __init__(
        self,
        folder: Path,
        db: Database,
        keyfile: KeyFile,
        lock: ProjectLock,
        audio_key: bytes = b"",
    ) -> None:
        self.folder = folder
        self.db = db
        self.keyfile = keyfile
        self._lock = lock
        self._counter: SaveCounter | None = None
        #: Root of the audio chunk keys (docs/audio-format.md); dropped at close.
        self.audio_key = audio_key

    # -- paths ------------------------------------------------------------------------
    @staticmethod
    def db_path(folder: Path) -> Path:
        return folder / DB_NAME

    @staticmethod
    def key_path(folder: Path) -> Path:
        return folder / KEY_NAME

    @property
    def name(self) -> str:
        return self.folder.name.removesuffix(SUFFIX)

    # -- life cycle -----------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        passphrase: str,
        audit_name: str | None = None,
        kdf: KdfParams | None = None,
    ) -> Project:
        """Create a new, empty project. Nothing is left behind on failure."""
        check_new_passphrase(passphrase)
        folder = project_path(path)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise ProjectExists(folder.name)
        if not folder.parent.is_dir():
            raise ProjectNotFound(str(folder.parent.name or folder.parent))
        created_folder = not folder.exists()
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            (folder / LOCK_NAME).touch()
            lock = ProjectLock(folder / LOCK_NAME)
            lock.acquire()
            project_id = uuid.uuid4().hex
            keyfile, data_key = KeyFile.create(folder / KEY_NAME, passphrase, kdf, project_id)
            try:
                db = Database.create(folder / DB_NAME, data_key, MIGRATIONS)
                audio_key = audio_root_key(data_key)
            finally:
                wipe(data_key)
            # -wal and -shm were created before the chmod with the umask's mode; later
            # ones copy the database file's mode.
            for name in (DB_NAME, LOCK_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
                if (folder / name).exists():
                    (folder / name).chmod(0o600)
            project = cls(folder, db, keyfile, lock, audio_key)
            project.attach_save_counter()
            with db.atomic():
                db.execute("INSERT INTO meta VALUES ('project_id', ?)", (project_id,))
                db.execute("INSERT INTO meta VALUES ('created_with', ?)", (__version__,))
                db.execute(
                    "INSERT INTO audit (id, name, created_at) VALUES (1, ?, ?)",
                    (audit_name or folder.name.removesuffix(SUFFIX), now_iso()),
                )
        except OSError as exc:
            _cleanup(folder, created_folder)
            raise os_error_to_store_error(exc, folder.name) from None
        except BaseException:
            with contextlib.suppress(Exception):
                lock.release()
            _cleanup(folder, created_folder)
            raise
        return project

    @classmethod
    def create_filled(
        cls,
        path: str | Path,
        passphrase: str,
        fill: Callable[[Project], object],
        audit_name: str | None = None,
        kdf: KdfParams | None = None,
    ) -> Project:
        """Create a project and ``fill`` it; if filling fails, the project is closed and removed.

        Nothing half-made is left behind (and no lock is left held).
        """
        project = cls.create(path, passphrase, audit_name=audit_name, kdf=kdf)
        try:
            fill(project)
        except BaseException:
            project.close()
            with contextlib.suppress(OSError, StoreError):
                remove_project(project.folder)
            raise
        return project

    @classmethod
    def open(
        cls,
        path: str | Path,
        passphrase: str,
        *,
        secret_kind: str = "passphrase",
        read_only: bool = False,
        accept_lost_saves: bool = False,
    ) -> Project:
        """Open an existing project.

        The passphrase is checked against the key file before the database is touched, so a
        wrong passphrase changes no file at all (only a key rotation that a crash
        interrupted is finished or abandoned first, see :mod:`app.store.rotation`).
        ``secret_kind="recovery"`` opens with the recovery code instead (as typed: case,
        spaces and dashes do not matter).

        ``read_only``: write nothing (``samtal info``/``check`` on a copy on a read-only
        medium). ``accept_lost_saves``: open even though the save counter says
        acknowledged saves are missing (the user chose to go on with what is there).

        Raises:
            ProjectNotFound, WrongPassphrase, DamagedProject, SavesLost, ProjectLocked,
            UnsupportedFormat, ReadOnly.
        """
        folder = project_path(path, must_exist=True)
        if not folder.is_dir():
            raise ProjectNotFound(folder.name)
        if not (folder / DB_NAME).is_file() and not rotation_pending(folder):
            if not (folder / KEY_NAME).exists():
                raise ProjectNotFound(folder.name)
            raise DamagedProject("database_missing")
        lock = ProjectLock(folder / LOCK_NAME)
        lock.acquire(read_only=read_only)
        try:
            if rotation_pending(folder):
                if read_only:
                    raise ReadOnly("rotation_pending")
                finish_pending_rotation(folder)
            if not (folder / DB_NAME).is_file():
                raise DamagedProject("database_missing")
            keyfile = KeyFile.load(folder / KEY_NAME)
            data_key = keyfile.unwrap(_secret(passphrase, secret_kind), secret_kind)
            try:
                db = Database.open(folder / DB_NAME, data_key, MIGRATIONS, read_only=read_only)
                audio_key = audio_root_key(data_key)
            finally:
                wipe(data_key)
        except BaseException:
            lock.release()
            raise
        project = cls(folder, db, keyfile, lock, audio_key)
        try:
            project._check_saves(accept_lost_saves)
        except BaseException:
            project.close()
            raise
        if read_only:
            return project
        project.attach_save_counter()
        if keyfile.project_id is None and project.project_id:
            # Older key files lack the id that lets backups be found for a damaged project.
            with contextlib.suppress(StoreError):
                keyfile.set_project_id(project.project_id)
        if not keyfile.checksummed:  # written before key files had a checksum
            with contextlib.suppress(StoreError):
                keyfile.save()
        return project

    # -- the save counter outside the database ------------------------------------------
    def _check_saves(self, accept: bool) -> None:
        """Compare the database's save counter with the one kept beside it."""
        on_file = read_counter(self.folder / SAVES_NAME)
        in_db = self.db.save_counter
        if on_file is None or on_file <= in_db:
            return
        if not accept:
            raise SavesLost("saves_lost", lost=on_file - in_db)
        # The user goes on with what is there: the file follows the database from now on.
        if not self.db.read_only:
            counter = SaveCounter(self.folder / SAVES_NAME)
            try:
                counter.write(in_db)
            finally:
                counter.close()

    def attach_save_counter(self) -> None:
        """Write the save counter beside the database after every write transaction."""
        counter = SaveCounter(self.folder / SAVES_NAME)
        self._counter = counter

        def written(value: int) -> None:
            try:
                counter.write(value)
            except StoreError as exc:  # the file lags behind: harmless, the next write catches up
                log.warning("save counter not written: %s", exc.code)

        if read_counter(counter.path) != self.db.save_counter:
            written(self.db.save_counter)
        self.db.on_commit = written

    def reopen(self, data_key: bytearray) -> None:
        """Open the database again (after a key rotation replaced it); the lock stays held."""
        if not self.db.closed:
            self.db.close()
        self.keyfile = KeyFile.load(self.folder / KEY_NAME)
        self.db = Database.open(self.folder / DB_NAME, data_key, MIGRATIONS)
        self.audio_key = audio_root_key(data_key)
        self.attach_save_counter()

    def close_database(self) -> None:
        """Close the database but keep the project locked (key rotation replaces the file)."""
        self.db.on_commit = None
        self.db.close()
        if self._counter is not None:
            self._counter.close()
            self._counter = None

    def close(self) -> None:
        self.audio_key = b""
        try:
            self.close_database()
        finally:
            self._lock.release()

    @property
    def closed(self) -> bool:
        return self.db.closed

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- keys -------------------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, *, old_kind: str = "passphrase") -> None:
        """Re-wrap the data key with a new passphrase (the database is not rewritten).

        ``old`` is the current passphrase, or the recovery code with ``old_kind="recovery"``
        (a forgotten passphrase). Atomic: the key file is replaced in one rename, so a crash
        at any moment leaves exactly one of the old and the new passphrase working.

        Raises:
            WrongPassphrase: ``old`` does not unlock the project.
            InvalidInput: the new passphrase is too short (or the recovery code malformed).
            DiskFull, ReadOnly: the key file could not be written; nothing changed.
        """
        check_new_passphrase(new)
        data_key = self.keyfile.unwrap(_secret(old, old_kind), old_kind)
        try:
            self.keyfile.rewrap("passphrase", new, data_key)
        finally:
            wipe(data_key)

    def add_recovery_key(self, passphrase: str) -> str:
        """Make a new recovery code (replacing any earlier one) and return it, grouped for print.

        The code is shown once and never stored in readable form. The passphrase is asked
        again so that a project left open cannot be given a recovery code by someone else.
        """
        data_key = self.keyfile.unwrap(passphrase)
        try:
            code = new_recovery_code()
            self.keyfile.rewrap("recovery", normalise_recovery_code(code), data_key)
        finally:
            wipe(data_key)
        return code

    def remove_recovery_key(self, passphrase: str) -> None:
        wipe(self.keyfile.unwrap(passphrase))
        self.keyfile.remove_slot("recovery")

    @property
    def has_recovery_key(self) -> bool:
        return self.keyfile.has_slot("recovery")

    @property
    def project_id(self) -> str:
        return self.meta("project_id") or ""

    def verify_passphrase(self, passphrase: str) -> bool:
        try:
            wipe(self.keyfile.unwrap(passphrase))
            return True
        except WrongPassphrase:
            return False

    # -- checks -----------------------------------------------------------------------
    def integrity_problems(self) -> list[str]:
        return self.db.integrity_problems()

    def meta(self, key: str) -> str | None:
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)


def _secret(secret: str, kind: str) -> str:
    return normalise_recovery_code(secret) if kind == "recovery" else secret


def _cleanup(folder: Path, created_folder: bool) -> None:
    """Remove what a failed ``create`` made (only our own files)."""
    for name in (
        DB_NAME,
        DB_NAME + "-wal",
        DB_NAME + "-shm",
        KEY_NAME,
        LOCK_NAME,
        SAVES_NAME,
        f".{KEY_NAME}.tmp",
    ):
        with contextlib.suppress(OSError):
            (folder / name).unlink()
    if created_folder:
        with contextlib.suppress(OSError):
            folder.rmdir()


def remove_project(folder: Path) -> None:
    """Delete a whole project folder (used by tests and the 'discard demo' action)."""
    if not is_project_folder(folder):
        raise StoreError("not a project")
    shutil.rmtree(folder)
