"""The key file: a random 256-bit data key wrapped by a passphrase-derived key.

Format (JSON, ``format_version`` 1)::

    {"format": "samtal-keyfile", "format_version": 1, "project_id": HEX,
     "kdf": {"name": "argon2id", "salt": B64, "time_cost": 3, "memory_kib": 65536,
             "parallelism": 4},
     "slots": [{"kind": "passphrase", "nonce": B64, "wrapped": B64}],
     "checksum": "sha256:HEX"}

The data key is wrapped with AES-256-GCM; the slot kind and the KDF parameters are the
associated data, so tampering with them fails like a wrong passphrase. Changing the
passphrase rewrites only this file (atomically): a crash leaves either the old or the new
file, never a mix. A recovery key is another slot (kind ``"recovery"``, see
:mod:`app.store.recovery`). ``project_id`` (random, content-free) is optional; it lets the
backups of a project be found even when its database is damaged. Readers ignore unknown keys.

``checksum`` is the SHA-256 of the document without it (canonical JSON: sorted keys, no
spaces). It tells a damaged file (a flipped bit, a torn copy) from a wrong passphrase: both
make the AES-GCM tag fail, but only damage breaks the checksum. Files written before the
checksum existed have none and are read as before; the next write adds it.

Argon2id parameters read from a file are capped to what this version writes
(:data:`MAX_TIME_COST`, :data:`MAX_MEMORY_KIB`, :data:`MAX_PARALLELISM`): a crafted file
cannot make one unlock attempt take minutes or gigabytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import DamagedProject, InvalidInput, UnsupportedFormat, WrongPassphrase
from app.store.atomic_file import write_atomic

FORMAT = "samtal-keyfile"
FORMAT_VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8
#: Upper bounds accepted from a key file: exactly what this version writes (the defaults of
#: :class:`KdfParams`). Anything larger is refused before Argon2 runs.
MAX_TIME_COST, MAX_PARALLELISM, MAX_MEMORY_KIB = 3, 4, 64 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (RFC 9106 second recommended set by default: 64 MiB, t=3, p=4)."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 4
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))

    def derive(self, passphrase: str) -> bytes:
        try:
            secret = normalise_passphrase(passphrase).encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: bytes that were not UTF-8 (an env var)
            raise InvalidInput("passphrase_not_utf8") from None
        return hash_secret_raw(
            secret=secret,
            salt=self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["salt"] = _b64(self.salt)
        return {"name": "argon2id", **d}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> KdfParams:
        if d.get("name") != "argon2id":
            raise UnsupportedFormat("kdf")
        params = cls(
            time_cost=int(d["time_cost"]),
            memory_kib=int(d["memory_kib"]),
            parallelism=int(d["parallelism"]),
            salt=_unb64(d["salt"]),
        )
        # A damaged or hostile file must not make unlock hang or exhaust memory.
        if not (
            1 <= params.time_cost <= MAX_TIME_COST
            and 1 <= params.parallelism <= MAX_PARALLELISM
            and 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
            and 8 <= len(params.salt) <= 64
        ):
            raise DamagedProject("keyfile_kdf")
        return params

    def fresh_salt(self) -> KdfParams:
        return KdfParams(self.time_cost, self.memory_kib, self.parallelism)


def normalise_passphrase(passphrase: str) -> str:
    """NFC, so "ö" typed as one or two code points unlocks the same project."""
    return unicodedata.normalize("NFC", passphrase)


def check_new_passphrase(passphrase: str) -> None:
    if len(normalise_passphrase(passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput("passphrase_too_short", minimum=MIN_PASSPHRASE_LENGTH)


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


@dataclass
class KeySlot:
    kind: str
    nonce: bytes
    wrapped: bytes
    kdf: KdfParams


class KeyFile:
    """Reads, writes and re-wraps the key file beside the database."""

    def __init__(self, path: Path, slots: list[KeySlot], project_id: str | None = None) -> None:
        self.path = path
        self.slots = slots
        self.project_id = project_id
        #: False for a file written before key files had a checksum (rewritten at open).
        self.checksummed = True

    # -- creation -------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        kdf: KdfParams | None = None,
        project_id: str | None = None,
    ) -> tuple[KeyFile, bytearray]:
        """Make a new data key, wrap it, write the file. Returns the file and the data key."""
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        kf = cls(path, [], project_id)
        kf.slots = kf._with_slot("passphrase", passphrase, data_key, kdf or KdfParams())
        kf.save()
        return kf, data_key

    def _with_slot(
        self, kind: str, secret: str, data_key: bytearray, kdf: KdfParams
    ) -> list[KeySlot]:
        """The slots with ``kind`` set (or replaced); ``self`` is not changed."""
        kek = kdf.derive(secret)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, bytes(data_key), self._aad(kind, kdf))
        return [*(s for s in self.slots if s.kind != kind), KeySlot(kind, nonce, wrapped, kdf)]

    @staticmethod
    def _aad(kind: str, kdf: KdfParams) -> bytes:
        return json.dumps(
            {"f": FORMAT_VERSION, "k": kind, "kdf": kdf.to_json()}, sort_keys=True
        ).encode()

    # -- reading ----------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise DamagedProject("keyfile_missing") from None
        except OSError as exc:
            raise DamagedProject(f"keyfile_unreadable: {exc.strerror}") from None
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc.get("format") != FORMAT:
                raise DamagedProject("keyfile_format")
            if int(doc.get("format_version", 0)) > FORMAT_VERSION:
                raise UnsupportedFormat("keyfile_version", version=doc.get("format_version"))
            checksum = doc.pop("checksum", None)
            if checksum is not None and checksum != _checksum(doc):
                raise DamagedProject("keyfile_checksum")
            kdf_default = doc.get("kdf")
            project_id = doc.get("project_id")
            if project_id is not None and not (
                isinstance(project_id, str) and project_id.isalnum()
            ):
                raise DamagedProject("keyfile_format")
            slots = []
            for s in doc["slots"]:
                kdf = KdfParams.from_json(s.get("kdf", kdf_default))
                if not isinstance(s["kind"], str):
                    raise DamagedProject("keyfile_format")
                slots.append(KeySlot(s["kind"], _unb64(s["nonce"]), _unb64(s["wrapped"]), kdf))
        except (DamagedProject, UnsupportedFormat):
            raise
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError):
            raise DamagedProject("keyfile_format") from None
        if not slots:
            raise DamagedProject("keyfile_no_slots")
        keyfile = cls(path, slots, project_id)
        keyfile.checksummed = checksum is not None
        return keyfile

    def unwrap(self, secret: str, kind: str = "passphrase") -> bytearray:
        """Return the data key, or raise ``WrongPassphrase``."""
        for slot in self.slots:
            if slot.kind != kind:
                continue
            try:
                kek = slot.kdf.derive(secret)
            except InvalidInput:
                raise
            except Exception:  # absurd parameters from a damaged file (argon2 rejects them)
                raise DamagedProject("keyfile_format") from None
            try:
                return bytearray(
                    AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(kind, slot.kdf))
                )
            except InvalidTag:
                raise WrongPassphrase() from None
        raise WrongPassphrase(f"no_{kind}_slot")

    def has_slot(self, kind: str) -> bool:
        return any(s.kind == kind for s in self.slots)

    # -- changing ---------------------------------------------------------------------
    def rewrap(
        self, kind: str, secret: str, data_key: bytearray, kdf: KdfParams | None = None
    ) -> None:
        """Set (or replace) the slot ``kind`` and write the file atomically.

        The in-memory slots change only once the file is written, so a failed write
        (disk full, read-only) leaves both the file and this object as they were.
        """
        template = kdf or next(
            (s.kdf for s in self.slots if s.kind == kind),
            next((s.kdf for s in self.slots if s.kind == "passphrase"), KdfParams()),
        )
        chosen = template.fresh_salt() if kdf is None else kdf
        slots = self._with_slot(kind, secret, data_key, chosen)
        self.save(slots)
        self.slots = slots

    def remove_slot(self, kind: str) -> None:
        slots = [s for s in self.slots if s.kind != kind]
        self.save(slots)
        self.slots = slots

    def set_project_id(self, project_id: str) -> None:
        if self.project_id != project_id:
            previous, self.project_id = self.project_id, project_id
            try:
                self.save()
            except BaseException:
                self.project_id = previous
                raise

    def to_bytes(self, slots: list[KeySlot] | None = None) -> bytes:
        doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
        if self.project_id:
            doc["project_id"] = self.project_id
        doc["slots"] = [
            {
                "kind": s.kind,
                "kdf": s.kdf.to_json(),
                "nonce": _b64(s.nonce),
                "wrapped": _b64(s.wrapped),
            }
            for s in (self.slots if slots is None else slots)
        ]
        doc["checksum"] = _checksum(doc)
        return (json.dumps(doc, indent=2) + "\n").encode("utf-8")

    def save(self, slots: list[KeySlot] | None = None) -> None:
        write_atomic(self.path, self.to_bytes(slots))
        self.checksummed = True


def _checksum(doc: dict[str, Any]) -> str:
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return "sha256:" + hashlib.sha256(canonical.encode("ascii")).hexdigest()


def peek_project_id(path: Path) -> str | None:
    """The ``project_id`` of a key file that may be damaged (to find its backups), or None."""
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
        value = doc.get("project_id") if isinstance(doc, dict) else None
    except (OSError, ValueError):
        return None
    return value if isinstance(value, str) and value.isalnum() else None


AUDIO_ROOT_INFO = b"samtal/audio/root/v1"


def audio_root_key(data_key: bytes | bytearray) -> bytes:
    """The key audio chunks are derived from (HKDF-SHA256 of the data key; docs/audio-format.md).

    Derived at unlock and kept while the project is open, so the data key itself is wiped.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    if len(data_key) < 32:
        raise ValueError("data key too short")
    return HKDF(hashes.SHA256(), 32, salt=None, info=AUDIO_ROOT_INFO).derive(bytes(data_key))


def wipe(buf: bytearray) -> None:
    """Best effort: overwrite a key buffer (Python may hold other copies)."""
    for i in range(len(buf)):
        buf[i] = 0


def random_bytes(n: int) -> bytes:
    return os.urandom(n)
