"""The project's recipient identity: packages are encrypted so only this project can open them.

Each project has one age X25519 identity. The private half (``AGE-SECRET-KEY-1…``) is kept
in the project's encrypted database and nowhere else: not in the key file, not in settings,
never on screen. The public half is the **mottagarnyckel** (``age1…``, 62 characters), shown
as copyable text and as a QR code; interviewers add it once and encrypt packages to it. A
short **kontrollkod** (``7KQM-2XH9``) derived from it lets two people compare keys aloud.
"""

from __future__ import annotations

import hashlib
import io

import pyrage
from pyrage import x25519

from app.interview.codes import ALPHABET
from app.store.database import Database
from app.team.errors import RECIPIENT_KEY, PackageError

_META_KEY = "team_identity"
RECIPIENT_PREFIX = "age1"
RECIPIENT_LENGTH = 62


def project_identity(db: Database) -> x25519.Identity:
    """The project's identity, made on first use (inside the encrypted database)."""
    with db.atomic():
        secret = db.scalar("SELECT value FROM meta WHERE key = ?", (_META_KEY,))
        if secret is None:
            identity = x25519.Identity.generate()
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (_META_KEY, str(identity)))
            return identity
    return x25519.Identity.from_str(str(secret))


def recipient_key(db: Database) -> str:
    """The project's mottagarnyckel (``age1…``): public, safe to e-mail or print."""
    return str(project_identity(db).to_public())


def normalise_recipient_key(text: str) -> str:
    """Accept a key as pasted (spaces, line breaks, upper case) or raise a one-line error.

    Raises:
        PackageError: ``recipient_key``: not a valid mottagarnyckel.
    """
    cleaned = "".join(text.split()).lower()
    if not cleaned.startswith(RECIPIENT_PREFIX) or len(cleaned) != RECIPIENT_LENGTH:
        raise PackageError(RECIPIENT_KEY)
    try:
        x25519.Recipient.from_str(cleaned)
    except (pyrage.RecipientError, ValueError):
        raise PackageError(RECIPIENT_KEY) from None
    return cleaned


def recipient(key: str) -> x25519.Recipient:
    return x25519.Recipient.from_str(normalise_recipient_key(key))


def check_code(key: str) -> str:
    """The kontrollkod of a mottagarnyckel: 8 symbols to compare aloud (``7KQM-2XH9``).

    40 bits of SHA-256 over the key, written in the participant-code alphabet (no 0/O, 1/I/L).
    """
    digest = hashlib.sha256(normalise_recipient_key(key).encode("ascii")).digest()
    value = int.from_bytes(digest[:8], "big")
    symbols = []
    for _ in range(8):
        value, index = divmod(value, len(ALPHABET))
        symbols.append(ALPHABET[index])
    return f"{''.join(symbols[:4])}-{''.join(symbols[4:])}"


def fingerprint(key: str) -> str:
    """A short content-free id of a recipient key, written into a package's outer header.

    It lets an importer say "this package is for another project" instead of "damaged".
    """
    return hashlib.sha256(normalise_recipient_key(key).encode("ascii")).hexdigest()[:16]


def recipient_qr_png(key: str, scale: int = 6) -> bytes:
    """The mottagarnyckel as a QR code (PNG bytes, made in memory; segno)."""
    import segno  # only the key dialog needs it

    buffer = io.BytesIO()
    segno.make(normalise_recipient_key(key), error="m").save(
        buffer, kind="png", scale=scale, border=2
    )
    return buffer.getvalue()
