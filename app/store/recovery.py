"""Recovery keys: a random code, printed once and kept locked away, that also unlocks a project.

The code is 40 symbols of Crockford's base32 (no I, L, O, U), shown as 8 groups of 5:
``7KQ2M-…``. That is 200 random bits, so it needs no slow key derivation to be safe, but
it is wrapped with the same Argon2id parameters as the passphrase all the same. When a
code is typed back, case, spaces and dashes do not matter, and the letters people confuse
with digits (O, I, L) are read as 0, 1, 1.
"""

from __future__ import annotations

import secrets

from app.errors import InvalidInput

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS, GROUP_SIZE = 8, 5
LENGTH = GROUPS * GROUP_SIZE
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_recovery_code() -> str:
    """A fresh code, grouped for printing."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP_SIZE] for i in range(0, len(raw), GROUP_SIZE))


def normalise_recovery_code(text: str) -> str:
    """The canonical form (40 symbols, no separators) of what a person typed.

    Raises:
        InvalidInput: wrong length or a character outside the alphabet.
    """
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_CONFUSABLE)
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        raise InvalidInput("recovery_code", length=LENGTH)
    return cleaned
