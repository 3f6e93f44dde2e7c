"""The pairing code the interviewer reads aloud: nine digits in three groups, ``274-819-035``.

The first group is the *nameplate*: public, announced over mDNS so the co-listener's app finds
the right interviewer when several are on the network. The whole code is the SPAKE2 password,
so an attacker who knows the nameplate still has to guess six digits, one guess per attempt
(the host allows a few attempts per code, then makes a new one).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from app.team.live.errors import BadCode

NAMEPLATE_DIGITS = 3
SECRET_DIGITS = 6
DIGITS = NAMEPLATE_DIGITS + SECRET_DIGITS
#: Characters a person may type between the digit groups.
_SEPARATORS = frozenset(" -–—.\u00a0\t")


@dataclass(frozen=True)
class PairingCode:
    digits: str

    def __post_init__(self) -> None:
        if len(self.digits) != DIGITS or not self.digits.isascii() or not self.digits.isdigit():
            raise BadCode()

    @classmethod
    def generate(cls) -> PairingCode:
        return cls("".join(str(secrets.randbelow(10)) for _ in range(DIGITS)))

    @classmethod
    def parse(cls, text: str) -> PairingCode:
        """Accept what a person types: groups separated by spaces or dashes, or none.

        Raises:
            BadCode: not exactly nine digits (letters, too few, too many).
        """
        digits = []
        for ch in text.strip():
            if ch in _SEPARATORS:
                continue
            if not ("0" <= ch <= "9"):
                raise BadCode()
            digits.append(ch)
        return cls("".join(digits))

    @property
    def nameplate(self) -> str:
        return self.digits[:NAMEPLATE_DIGITS]

    @property
    def text(self) -> str:
        """Three groups of three, easy to read aloud."""
        d = self.digits
        return f"{d[0:3]}-{d[3:6]}-{d[6:9]}"

    def password(self) -> bytes:
        """The SPAKE2 password for this code."""
        return b"samtal-colisten-v1 code " + self.digits.encode("ascii")

    def __repr__(self) -> str:  # never print the secret part in a log or traceback
        return f"PairingCode({self.nameplate}-***-***)"

    __str__ = __repr__
