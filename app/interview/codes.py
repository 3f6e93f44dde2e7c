"""Participant codes: short, random, easy to read aloud and to write on a receipt.

No 0/O, 1/I/L, and none of the pairs that are easy to mishear or misread (B/8, S/5, Z/2).
Six symbols from an alphabet of 24 give about 190 million codes, written ``K7Q-XMA``.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable

ALPHABET = "ACDEFGHJKMNPQRTUVWXY3479"
LENGTH = 6
_CODE_RE = re.compile(rf"^[{ALPHABET}]{{3}}-[{ALPHABET}]{{3}}$")


def new_participant_code(exists: Callable[[str], bool] = lambda _c: False) -> str:
    """A fresh random code that ``exists`` does not know yet."""
    while True:
        raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
        code = f"{raw[:3]}-{raw[3:]}"
        if not exists(code):
            return code


def normalise_code(text: str) -> str:
    """Accept what a person types: lower case, spaces, no dash, O for 0 and the like."""
    cleaned = re.sub(r"[\s\-_.]", "", text.upper())
    if len(cleaned) == LENGTH:
        return f"{cleaned[:3]}-{cleaned[3:]}"
    return text.strip().upper()


def is_participant_code(text: str) -> bool:
    return bool(_CODE_RE.match(text))


def spoken(code: str) -> str:
    """The code spelled for reading aloud: "K 7 Q – X M A"."""
    return " – ".join(" ".join(part) for part in code.split("-"))
