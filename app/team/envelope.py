"""The package file: a short plain header, then an age-encrypted, deflated record stream.

Layout (``docs/package-format.md``)::

    samtal-package\\n                                   magic line
    {"format_version": 2, "kind": "...", "to": [...], "passphrase": null | "-----BEGIN AGE…"}\\n
    <age v1 binary file to the end>                      the records (see app.team.stream)

The payload is encrypted with age (``pyrage``) to X25519 recipients: the analysts' project
keys, and, for the passphrase fallback, a fresh per-package identity whose secret is itself
an age scrypt file inside the header (``passphrase``). So both ways stream, and every byte
after the header is authenticated by age. The header is repeated inside the encrypted
stream as the first record and compared: a changed header byte is caught as well.

Errors are one :class:`~app.team.errors.PackageError` each: not a package, newer format,
damaged (any flipped or missing byte), for another recipient key, wrong passphrase.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from app.errors import InvalidInput
from app.store.atomic_file import fsync_dir, os_error_to_store_error
from app.team import keys
from app.team.errors import (
    DAMAGED,
    NEWER,
    NO_SECRET,
    NOT_A_PACKAGE,
    WRONG_KEY,
    WRONG_PASSPHRASE,
    PackageError,
)
from app.team.stream import Record, RecordSink, RecordSource

MAGIC = b"samtal-package\n"
FORMAT = "samtal-package"
#: The newest format this Samtal reads. 2: interviews packages carry background variables.
FORMAT_VERSION = 2
#: The version each kind is written in: the oldest that describes its records, so an older
#: Samtal (a co-listener's, say) still opens what did not change for it.
KIND_VERSIONS = {"interviews": 2, "colistener": 1, "quotes": 1}
KINDS = tuple(KIND_VERSIONS)
SUFFIX = ".samtalpkg"
MAX_HEADER_BYTES = 16 * 1024
MIN_PASSPHRASE_LENGTH = 8

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class OuterHeader:
    """What can be read without a key: format version, kind, who it is for."""

    format_version: int
    kind: str
    to: tuple[str, ...]
    passphrase_slot: str | None

    @property
    def has_passphrase(self) -> bool:
        return self.passphrase_slot is not None

    def for_key(self, key: str) -> bool:
        return keys.fingerprint(key) in self.to

    def line(self) -> bytes:
        doc: dict[str, Any] = {
            "format_version": self.format_version,
            "kind": self.kind,
            "to": list(self.to),
            "passphrase": self.passphrase_slot,
        }
        return json.dumps(doc, separators=(",", ":")).encode("ascii") + b"\n"

    def inner(self) -> Record:
        """The copy that travels encrypted as the first record (with a hash of the plain
        header line, so no byte of it can change unnoticed)."""
        return {
            "t": "header",
            "format": FORMAT,
            "format_version": self.format_version,
            "kind": self.kind,
            "to": list(self.to),
            "passphrase": self.has_passphrase,
            "outer_sha256": hashlib.sha256(MAGIC + self.line()).hexdigest(),
        }


def normalise_package_passphrase(passphrase: str) -> str:
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput("package_password_too_short", minimum=MIN_PASSPHRASE_LENGTH)
    return text


# -- writing --------------------------------------------------------------------------------
def write_package(
    dest: Path,
    kind: str,
    records: Iterator[Record],
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    header: Record | None = None,
    format_version: int | None = None,
) -> int:
    """Encrypt ``records`` into a new package file at ``dest``; returns its size in bytes.

    ``format_version`` is the kind's own (:data:`KIND_VERSIONS`) unless given.

    ``header`` adds fields to the inner header record (origin, sequence, time). The file is
    written to a hidden temporary name beside ``dest`` (ciphertext only) and renamed when
    complete, so ``dest`` is either absent or whole.

    Raises:
        PackageError: ``recipient_key`` (a bad key) or ``package_no_secret`` (neither a key
            nor a passphrase).
        InvalidInput: the passphrase is too short.
        DiskFull, ReadOnly: the file could not be written.
        Whatever ``records`` raises (the file is then removed).
    """
    if kind not in KINDS:
        raise ValueError(kind)
    targets: list[x25519.Recipient] = [keys.recipient(k) for k in recipients]
    slot = None
    if passphrase is not None:
        secret = normalise_package_passphrase(passphrase)
        package_identity = x25519.Identity.generate()
        targets.append(package_identity.to_public())
        slot = pyrage.passphrase.encrypt(
            str(package_identity).encode("ascii"), secret, armored=True
        ).decode("ascii")
    if not targets:
        raise PackageError(NO_SECRET)
    outer = OuterHeader(
        KIND_VERSIONS[kind] if format_version is None else format_version,
        kind,
        tuple(dict.fromkeys(keys.fingerprint(k) for k in recipients)),
        slot,
    )
    inner = {**(header or {}), **outer.inner()}
    source = RecordSource(_with_header(inner, records))
    tmp = dest.with_name(f".{dest.name}.tmp")
    try:
        with open(tmp, "xb") as out:
            with contextlib.suppress(OSError):
                os.chmod(tmp, 0o600)
            out.write(MAGIC)
            out.write(outer.line())
            try:
                pyrage.encrypt_io(source, out, targets)  # type: ignore[arg-type, unused-ignore]
            except (pyrage.EncryptError, OSError):
                if source.error is None:
                    raise
            if source.error is not None:
                raise source.error
            out.flush()
            os.fsync(out.fileno())
            size = out.tell()
        os.replace(tmp, dest)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error_to_store_error(exc, dest.name) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(dest.parent)
    return size


def _with_header(inner: Record, records: Iterator[Record]) -> Iterator[Record]:
    yield inner
    count = 0
    for record in records:
        count += 1
        yield record
    yield {"t": "end", "records": count}


# -- reading --------------------------------------------------------------------------------
def read_outer_header(path: Path) -> OuterHeader:
    """Read the plain header only (no key needed): kind, version, passphrase or key."""
    with _open(path) as f:
        return _read_outer(f)


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise PackageError(NOT_A_PACKAGE) from None
    except IsADirectoryError:
        raise PackageError(NOT_A_PACKAGE) from None
    except OSError as exc:
        raise os_error_to_store_error(exc, path.name) from None


def _read_outer(f: BinaryIO) -> OuterHeader:
    if f.read(len(MAGIC)) != MAGIC:
        raise PackageError(NOT_A_PACKAGE)
    line = f.readline(MAX_HEADER_BYTES)
    if not line.endswith(b"\n"):
        raise PackageError(DAMAGED)
    try:
        doc = json.loads(line.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(DAMAGED) from None
    if not isinstance(doc, dict):
        raise PackageError(DAMAGED)
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(DAMAGED)
    if version > FORMAT_VERSION:
        raise PackageError(NEWER, version=version)
    kind, to, slot = doc.get("kind"), doc.get("to"), doc.get("passphrase")
    if (
        kind not in KINDS
        or not isinstance(to, list)
        or not all(isinstance(x, str) for x in to)
        or not (slot is None or isinstance(slot, str))
    ):
        raise PackageError(DAMAGED)
    outer = OuterHeader(version, str(kind), tuple(to), slot)
    if outer.line() != line:  # not in the one canonical form Samtal writes
        raise PackageError(DAMAGED)
    return outer


def unlock_passphrase_slot(outer: OuterHeader, passphrase: str) -> x25519.Identity:
    """The package identity inside the header's passphrase slot.

    Raises:
        PackageError: ``package_wrong_passphrase`` (or ``package_damaged`` for a slot that
            is not an age file at all).
    """
    if outer.passphrase_slot is None:
        raise PackageError(NO_SECRET)
    secret = unicodedata.normalize("NFC", passphrase)
    try:
        raw = pyrage.passphrase.decrypt(outer.passphrase_slot.encode("ascii"), secret)
        return x25519.Identity.from_str(raw.decode("ascii"))
    except pyrage.DecryptError as exc:
        if "MAC" in str(exc) or "header" in str(exc).lower():
            raise PackageError(DAMAGED) from None
        raise PackageError(WRONG_PASSPHRASE) from None
    except (pyrage.IdentityError, UnicodeDecodeError, ValueError):
        raise PackageError(DAMAGED) from None


class _CountingReader(io.RawIOBase):
    def __init__(self, f: BinaryIO, total: int, progress: Progress | None) -> None:
        super().__init__()
        self._f = f
        self._total = total
        self._progress = progress
        self.done = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        n = self._f.readinto(b)  # type: ignore[attr-defined]
        self.done += int(n or 0)
        if self._progress is not None:
            self._progress(self.done, self._total)
        return int(n or 0)


def read_package(
    path: Path,
    on_record: Callable[[Record], None],
    *,
    identity: x25519.Identity | None = None,
    passphrase: str | None = None,
    package_identity: x25519.Identity | None = None,
    progress: Progress | None = None,
    on_header: Callable[[Record], None] | None = None,
) -> Record:
    """Decrypt ``path`` and hand each record after the header to ``on_record``; return the
    inner header.

    ``identity`` is the project's own identity, ``passphrase`` the package passphrase,
    ``package_identity`` an identity already unlocked from the passphrase slot (a second
    pass without running scrypt again). ``on_header`` gets the checked inner header before
    the first record. Records arrive
    as age authenticates them; only when this function returns has the whole file been
    authenticated, so a caller applying records does so in a transaction it commits after.

    Raises:
        PackageError: one reason per failure (see the module docstring).
        Whatever ``on_record`` raises.
    """
    with _open(path) as f:
        outer = _read_outer(f)
        identities: list[x25519.Identity] = []
        if package_identity is not None:
            identities.append(package_identity)
        elif passphrase is not None and outer.has_passphrase:
            identities.append(unlock_passphrase_slot(outer, passphrase))
        mine = identity is not None and outer.for_key(str(identity.to_public()))
        if identity is not None:
            identities.append(identity)
        if not identities:
            raise PackageError(NO_SECRET if outer.has_passphrase else WRONG_KEY)
        not_ours = NO_SECRET if outer.has_passphrase else WRONG_KEY
        state = _InnerCheck(outer, on_record, on_header)
        sink = RecordSink(state.record)
        total = _size(f)
        reader = _CountingReader(f, total, progress)
        try:
            pyrage.decrypt_io(reader, sink, identities)  # type: ignore[arg-type, unused-ignore]
        except pyrage.DecryptError as exc:
            if sink.error is not None:
                sink.finish()
            only_own_key = len(identities) == 1 and identities[0] is identity
            if "No matching keys" in str(exc) and only_own_key and not mine:
                raise PackageError(not_ours) from None
            # Every identity tried was one the header promised: a failure is damage.
            raise PackageError(DAMAGED) from None
        except OSError:
            sink.finish()  # raises the callback's own error if it was one
            raise PackageError(DAMAGED) from None
        sink.finish()
        return state.finish()


def _size(f: BinaryIO) -> int:
    try:
        return os.fstat(f.fileno()).st_size
    except OSError:
        return 0


class _InnerCheck:
    """The first record must repeat the outer header; the last must be ``end`` with a count."""

    def __init__(
        self,
        outer: OuterHeader,
        on_record: Callable[[Record], None],
        on_header: Callable[[Record], None] | None,
    ) -> None:
        self._expected = outer.inner()
        self._on_record = on_record
        self._on_header = on_header
        self._header: Record | None = None
        self._count = 0
        self._ended = False

    def record(self, record: Record) -> None:
        if self._ended:
            raise PackageError(DAMAGED)
        if self._header is None:
            if record.get("t") != "header" or any(
                record.get(k) != v for k, v in self._expected.items()
            ):
                raise PackageError(DAMAGED)
            self._header = record
            if self._on_header is not None:
                self._on_header(record)
            return
        if record.get("t") == "end":
            if record.get("records") != self._count:
                raise PackageError(DAMAGED)
            self._ended = True
            return
        self._count += 1
        self._on_record(record)

    def finish(self) -> Record:
        if self._header is None or not self._ended:
            raise PackageError(DAMAGED)
        return self._header
