"""The one class that owns the SQLCipher connection.

Open sequence (``reference/security-research.md`` §1.3): silence SQLCipher's own log, key
first (raw 256-bit hex key), pin the format, verify the key with a read, then the pragmas
(WAL, ``synchronous=FULL``, ``temp_store=MEMORY``, ``secure_delete``, foreign keys), which
are read back and asserted, then a quick check and the numbered migrations.

The connection may be used from more than one thread (autosave runs off the UI thread):
every statement and every ``atomic()`` block holds one re-entrant lock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlcipher3 import dbapi2 as dbapi

from app.errors import (
    DamagedProject,
    DiskFull,
    ProjectClosed,
    ProjectLocked,
    ProjectNotFound,
    ReadOnly,
    StoreBug,
    StoreError,
    UnsupportedFormat,
)
from app.store.atomic_file import fsync_file

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # sqlcipher3's Row is sqlite3's Row, compiled against SQLCipher
    from sqlite3 import Row as Row
else:
    Row = dbapi.Row
Migration = Callable[["Database"], None] | str

# SQLite primary result codes (https://www.sqlite.org/rescode.html)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26

EXPECTED_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "secure_delete": 1,
    "foreign_keys": 1,
}


def translate_error(exc: BaseException, what: str = "database") -> StoreError:
    """Split SQLite errors into what the user can act on and what is our bug.

    Never copies the SQLite message for constraint/SQL errors into the result: it can
    quote values, and values are content.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL:
        return DiskFull(what)
    if primary == SQLITE_READONLY:
        return ReadOnly(what)
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return ProjectLocked(what)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DamagedProject(what)
    if primary == SQLITE_CANTOPEN:
        return ProjectNotFound(what)
    if primary == SQLITE_IOERR:
        return StoreError(f"{what}: io error")
    name = getattr(exc, "sqlite_errorname", None) or exc.__class__.__name__
    return StoreBug(f"{what}: {name}")


class Database:
    """An open, keyed SQLCipher database.

    Use :meth:`open` or :meth:`create`; close with :meth:`close` (or a ``with`` block).
    """

    def __init__(self, conn: Any, path: Path, read_only: bool = False) -> None:
        self._conn: Any = conn
        self.path = path
        self.read_only = read_only
        self._lock = threading.RLock()
        self._depth = 0
        self._changes_at_begin = 0
        #: Called with the new save counter after each write transaction has committed
        #: (:mod:`app.store.savecounter`); None until the project attaches its counter file.
        self.on_commit: Callable[[int], None] | None = None

    # -- opening --------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path,
        key: bytes | bytearray,
        migrations: Sequence[Migration] = (),
        *,
        read_only: bool = False,
    ) -> Database:
        """Open an existing database; a missing path raises ``ProjectNotFound`` and creates
        nothing.

        ``read_only``: for looking at a copy on a read-only medium or folder (``samtal info``,
        ``check``). Nothing is written, not even the WAL index: the file is opened
        ``immutable`` when its folder cannot be written. Migrations are not run; a database
        whose schema is older than this version's raises ``ReadOnly``.
        """
        if not path.is_file():
            raise ProjectNotFound(path.name)
        if read_only:
            return cls._connect(path, key, "ro", migrations, read_only=True)
        return cls._connect(path, key, "rw", migrations)

    @classmethod
    def create(
        cls, path: Path, key: bytes | bytearray, migrations: Sequence[Migration] = ()
    ) -> Database:
        if path.exists():
            raise StoreError(f"{path.name} exists")
        return cls._connect(path, key, "rwc", migrations)

    @classmethod
    def _connect(
        cls,
        path: Path,
        key: bytes | bytearray,
        mode: str,
        migrations: Sequence[Migration],
        read_only: bool = False,
    ) -> Database:
        uri = f"{path.resolve().as_uri()}?mode={mode}"
        if read_only and not os.access(path.parent, os.W_OK):
            # SQLite cannot make the WAL index beside a file in a read-only folder; nobody
            # can be writing there, so the file may be treated as immutable.
            uri += "&immutable=1"
        try:
            conn = dbapi.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False, timeout=0.5
            )
        except dbapi.Error as exc:
            raise translate_error(exc, path.name) from None
        db = cls(conn, path, read_only=read_only)
        try:
            db._key_and_configure(key)
            if read_only:
                if db.user_version < len(migrations):
                    raise ReadOnly("schema_needs_update")
                if db.user_version > len(migrations):
                    raise UnsupportedFormat("schema_newer", version=db.user_version)
            else:
                db.migrate(migrations)
        except BaseException:
            conn.close()
            raise
        return db

    def _key_and_configure(self, key: bytes | bytearray) -> None:
        c = self._conn
        try:
            c.execute("PRAGMA cipher_log_level = NONE")
            c.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            c.execute("PRAGMA cipher_compatibility = 4")
            # The first read verifies the key: a wrong key or damaged page 1 fails here.
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.Error as exc:
            err = translate_error(exc, self.path.name)
            raise (DamagedProject(self.path.name) if isinstance(err, StoreBug) else err) from None
        try:
            c.execute("PRAGMA temp_store = MEMORY")
            c.execute("PRAGMA secure_delete = ON")
            c.execute("PRAGMA foreign_keys = ON")
            if self.read_only:
                c.execute("PRAGMA query_only = ON")
            else:
                c.execute("PRAGMA journal_mode = WAL")
            c.execute("PRAGMA synchronous = FULL")
            c.execute("PRAGMA trusted_schema = OFF")
            self._assert_settings()
            result = c.execute("PRAGMA quick_check").fetchone()[0]
        except dbapi.Error as exc:
            raise translate_error(exc, self.path.name) from None
        if result != "ok":
            raise DamagedProject(self.path.name)

    def _assert_settings(self) -> None:
        for name, expected in EXPECTED_PRAGMAS.items():
            if self.read_only and name == "journal_mode":
                continue  # an immutable file reports "delete"; nothing is written anyway
            value = self._conn.execute(f"PRAGMA {name}").fetchone()[0]
            if value != expected:
                raise StoreError(f"pragma {name} is {value!r}, expected {expected!r}")
        version = self._conn.execute("PRAGMA cipher_version").fetchone()[0]
        if not str(version).startswith("4."):
            raise UnsupportedFormat(f"sqlcipher {version}")

    # -- migrations -----------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def migrate(self, migrations: Sequence[Migration]) -> None:
        """Apply migrations ``user_version+1 …`` each in its own transaction."""
        current = self.user_version
        if current > len(migrations):
            raise UnsupportedFormat("schema_newer", version=current)
        for number in range(current + 1, len(migrations) + 1):
            step = migrations[number - 1]
            with self.atomic():
                if isinstance(step, str):
                    for statement in _split_sql(step):
                        self.execute(statement)
                else:
                    step(self)
                self.execute(f"PRAGMA user_version = {number:d}")
            log.info("migrated schema to %d", number)

    # -- statements -----------------------------------------------------------------
    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise ProjectClosed()
        return self._conn

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            try:
                return self.conn.execute(sql, params)
            except dbapi.Error as exc:
                raise translate_error(exc) from None

    def executemany(self, sql: str, rows: Any) -> Any:
        with self._lock:
            try:
                return self.conn.executemany(sql, rows)
            except dbapi.Error as exc:
                raise translate_error(exc) from None

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with self._lock:
            try:
                cur = self.conn.execute(sql, params)
                cur.row_factory = dbapi.Row
                return list(cur.fetchall())
            except dbapi.Error as exc:
                raise translate_error(exc) from None

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            try:
                row = self.conn.execute(sql, params).fetchone()
            except dbapi.Error as exc:
                raise translate_error(exc) from None
        return None if row is None else row[0]

    def insert(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> int:
        with self._lock:
            return int(self.execute(sql, params).lastrowid)

    # -- transactions ---------------------------------------------------------------
    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; nested calls become savepoints. Rolls back on any exception."""
        with self._lock:
            depth = self._depth
            name = f"sp{depth}"
            self.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            if depth == 0:
                self._changes_at_begin = self.conn.total_changes
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                with contextlib.suppress(StoreError):
                    if depth == 0:
                        self.execute("ROLLBACK")
                    else:
                        self.execute(f"ROLLBACK TO {name}")
                        self.execute(f"RELEASE {name}")
                raise
            self._depth -= 1
            counter: int | None = None
            try:
                if (
                    depth == 0
                    and self.on_commit is not None
                    and self.conn.total_changes != self._changes_at_begin
                ):
                    counter = self._bump_save_counter()
                self.execute("COMMIT" if depth == 0 else f"RELEASE {name}")
            except StoreError:
                if depth == 0:
                    with contextlib.suppress(StoreError, dbapi.Error):
                        self._conn.execute("ROLLBACK")
                raise
            if counter is not None and self.on_commit is not None:
                self.on_commit(counter)

    def _bump_save_counter(self) -> int:
        self.execute(
            "INSERT INTO meta (key, value) VALUES ('save_counter', '1') ON CONFLICT (key)"
            " DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        )
        return int(self.scalar("SELECT value FROM meta WHERE key = 'save_counter'"))

    @property
    def save_counter(self) -> int:
        """The number of write transactions committed (0 before the first, or before v1.x)."""
        value = self.scalar("SELECT value FROM meta WHERE key = 'save_counter'")
        return 0 if value is None else int(value)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # -- checks and maintenance -----------------------------------------------------
    def integrity_problems(self, schema: str = "main") -> list[str]:
        """Full check: SQLCipher page HMACs, then SQLite's b-tree check. Empty list = healthy.

        ``schema``: an attached database (a backup being re-made) instead of this one.
        """
        problems: list[str] = []
        with self._lock:
            try:
                c = self.conn
                problems += [
                    str(r[0]) for r in c.execute(f"PRAGMA {schema}.cipher_integrity_check")
                ]
                rows = [str(r[0]) for r in c.execute(f"PRAGMA {schema}.integrity_check")]
                problems += [r for r in rows if r != "ok"]
                problems += [
                    f"foreign key: {r[0]}" for r in c.execute(f"PRAGMA {schema}.foreign_key_check")
                ]
            except dbapi.Error as exc:
                problems.append(translate_error(exc).detail or "malformed")
        return problems

    @contextlib.contextmanager
    def locked(self) -> Iterator[Database]:
        """Hold the connection lock across several statements (no other thread writes between
        them); for work on attached databases."""
        with self._lock:
            yield self

    def table_counts(self, schema: str = "main") -> dict[str, int]:
        """Rows per table (our tables only), for comparing a copy with its source."""
        with self._lock:
            names = [
                str(r[0])
                for r in self.query(
                    f"SELECT name FROM {schema}.sqlite_master"
                    " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            return {n: int(self.scalar(f'SELECT count(*) FROM {schema}."{n}"')) for n in names}

    def export_copy(
        self,
        dest: Path,
        key: bytes | bytearray | None = None,
        *,
        source: Path | None = None,
        source_key: bytes | bytearray | None = None,
    ) -> dict[str, int]:
        """Write a verified, encrypted copy of the database to the new file ``dest``.

        The copy has the same key, or ``key`` (a new data key: key rotation). With
        ``source``, the database copied is that file (opened with ``source_key``, default
        this database's key) instead of this one: a backup re-encrypted under a new key.

        Uses ``sqlcipher_export`` (``reference/security-research.md`` §1.7), then detaches,
        fsyncs, attaches the copy again so it is read back from disk, and checks it:
        ``cipher_integrity_check`` empty, ``integrity_check`` ok, the same row count in every
        table and the same schema version. Holds the connection lock throughout, so no write
        from another thread lands between the export and the comparison.

        Returns:
            The row counts per table.

        Raises:
            StoreError: ``copy_failed``: the copy did not verify (``dest`` is removed).
            DamagedProject: ``source`` cannot be read with ``source_key``.
            DiskFull, ReadOnly: ``dest`` could not be written (``dest`` is removed).
        """
        if dest.exists():
            raise StoreError(f"{dest.name} exists")
        alias, src = "samtal_copy", "main"
        # Keys are hex digits only (never content), so they may be part of the SQL.
        keyed = "" if key is None else f" KEY \"x'{bytes(key).hex()}'\""
        with self._lock:
            if self._depth:
                raise StoreBug("export inside a transaction")
            if source is not None:
                src = "samtal_source"
                source_keyed = (
                    "" if source_key is None else f" KEY \"x'{bytes(source_key).hex()}'\""
                )
                self.execute(f"ATTACH DATABASE ? AS {src}{source_keyed}", (str(source),))
            try:
                if source is not None:
                    try:
                        self.scalar(f"SELECT count(*) FROM {src}.sqlite_master")
                    except StoreError:
                        raise DamagedProject(source.name) from None
                counts = self._export_verified(src, alias, keyed, dest)
            except BaseException:
                for suffix in ("", "-journal", "-wal", "-shm"):
                    with contextlib.suppress(OSError):
                        Path(str(dest) + suffix).unlink()
                raise
            finally:
                if source is not None:
                    self.execute(f"DETACH DATABASE {src}")
        return counts

    def _export_verified(self, src: str, alias: str, keyed: str, dest: Path) -> dict[str, int]:
        source_version = int(self.scalar(f"PRAGMA {src}.user_version"))
        try:
            self.execute(f"ATTACH DATABASE ? AS {alias}{keyed}", (str(dest),))
            try:
                self.execute(f"SELECT sqlcipher_export('{alias}', '{src}')")
                # sqlcipher_export copies schema and rows, not the user_version.
                self.execute(f"PRAGMA {alias}.user_version = {source_version:d}")
                # In WAL mode from the start, so opening the copy later does not rewrite
                # its header (which would break the backup's checksums).
                self.execute(f"PRAGMA {alias}.journal_mode = WAL")
            finally:
                self.execute(f"DETACH DATABASE {alias}")
            fsync_file(dest)
            self.execute(f"ATTACH DATABASE ? AS {alias}{keyed}", (str(dest),))
            try:
                problems = self._problems(alias)
                counts = self.table_counts(src)
                same = counts == self.table_counts(alias)
                version = int(self.scalar(f"PRAGMA {alias}.user_version"))
            finally:
                self.execute(f"DETACH DATABASE {alias}")
        except StoreError as exc:
            if isinstance(exc, DiskFull | ReadOnly):
                raise
            # sqlcipher_export reports a failed write as a generic SQLITE_ERROR.
            if _free_bytes(dest.parent) < self.path.stat().st_size:
                raise DiskFull(dest.parent.name) from None
            log.warning("copy failed: %s", exc.code)
            raise StoreError("copy_failed") from None
        if problems or not same or version != source_version:
            log.warning("copy failed verification: %d problems", len(problems))
            raise StoreError("copy_failed")
        return counts

    def _problems(self, schema: str) -> list[str]:
        problems = [str(r[0]) for r in self.query(f"PRAGMA {schema}.cipher_integrity_check")]
        rows = [str(r[0]) for r in self.query(f"PRAGMA {schema}.integrity_check")]
        return problems + [r for r in rows if r != "ok"]

    def checkpoint(self, truncate: bool = True) -> None:
        mode = "TRUNCATE" if truncate else "PASSIVE"
        self.execute(f"PRAGMA wal_checkpoint({mode})")

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            with contextlib.suppress(dbapi.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None

    @property
    def closed(self) -> bool:
        return self._conn is None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 0


def _split_sql(script: str) -> list[str]:
    """Split a migration script on ``;`` at line ends (triggers use ``END;`` on their own line)."""
    statements: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        buf.append(line)
        stripped = line.strip()
        if stripped.endswith(";") and dbapi.complete_statement("\n".join(buf)):
            statements.append("\n".join(buf).strip())
            buf = []
    tail = "\n".join(buf).strip()
    if tail:
        statements.append(tail)
    return [s for s in statements if _has_code(s)]


def _has_code(statement: str) -> bool:
    return any(
        line.strip() and not line.strip().startswith("--") for line in statement.splitlines()
    )
