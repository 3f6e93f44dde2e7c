"""Find plaintext where it must not be: a reusable scanner for leak and canary tests.

``scan_folders`` looks through every file under some folders (raw bytes, in UTF-8 in NFC
and NFD, and in UTF-16 LE/BE) and through the file names for marker strings.
``sqlcipher_pages`` decrypts every page of an SQLCipher 4 file opened with a raw key, so a
test can look inside free pages too (what ``secure_delete`` must have wiped).
``plaintext_export`` makes a plaintext copy of an open database inside a test.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 16 + 64  # IV + HMAC-SHA512 at the end of every page (SQLCipher 4 defaults)
SALT_SIZE = 16


@dataclass(frozen=True)
class Hit:
    path: Path
    marker: str
    encoding: str

    def __str__(self) -> str:
        return f"{self.marker!r} ({self.encoding}) in {self.path}"


def encodings(marker: str) -> dict[str, bytes]:
    """The byte forms a marker can take on disk."""
    forms = {
        "utf-8": unicodedata.normalize("NFC", marker).encode("utf-8"),
        "utf-8-nfd": unicodedata.normalize("NFD", marker).encode("utf-8"),
        "utf-16-le": marker.encode("utf-16-le"),
        "utf-16-be": marker.encode("utf-16-be"),
    }
    with contextlib.suppress(UnicodeEncodeError):
        forms["latin-1"] = marker.encode("latin-1")
    return forms


def scan_bytes(data: bytes, markers: Iterable[str]) -> list[tuple[str, str]]:
    return [(m, enc) for m in markers for enc, form in encodings(m).items() if form in data]


def scan_folders(folders: Iterable[Path], markers: Iterable[str]) -> list[Hit]:
    """Every (file, marker, encoding) hit under ``folders``; file names count too."""
    markers = list(markers)
    hits: list[Hit] = []
    for folder in folders:
        if not folder.exists():
            continue
        paths = [folder] if folder.is_file() else sorted(folder.rglob("*"))
        for path in paths:
            hits += [Hit(path, m, "file name") for m in markers if m in path.name]
            if path.is_file():
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                hits += [Hit(path, m, enc) for m, enc in scan_bytes(data, markers)]
    return hits


def sqlcipher_pages(path: Path, raw_key: bytes) -> list[bytes]:
    """Decrypt every page of an SQLCipher 4 database keyed with a raw 256-bit key.

    HMACs are not checked: the point is to see what the file holds, free pages included.
    """
    data = path.read_bytes()
    pages = []
    for offset in range(0, len(data) - len(data) % PAGE_SIZE, PAGE_SIZE):
        page = data[offset : offset + PAGE_SIZE]
        start = SALT_SIZE if offset == 0 else 0
        iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(raw_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize())
    return pages


def plaintext_export(db: object, dest: Path) -> Path:
    """A plaintext copy of an open ``Database`` (only ever inside a test's temp folder)."""
    execute = db.execute  # type: ignore[attr-defined]
    execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
    try:
        execute("SELECT sqlcipher_export('plain')")
    finally:
        execute("DETACH DATABASE plain")
    assert dest.read_bytes()[:16] == b"SQLite format 3\x00"
    return dest
