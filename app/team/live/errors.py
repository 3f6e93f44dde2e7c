"""Errors of live co-listening. Codes only; never quote or question text in a message."""

from __future__ import annotations

from app.errors import SamtalError


class LiveError(SamtalError):
    """Something about a live co-listening session."""

    code = "colisten"


class BadCode(LiveError):
    """The typed pairing code is not nine digits."""

    code = "colisten_code_format"


class ProtocolError(LiveError):
    """The peer broke the protocol: a malformed frame or message, a frame too large."""

    code = "colisten_protocol"


class TamperError(ProtocolError):
    """A frame failed authentication: changed, replayed, reordered or dropped on the way."""

    code = "colisten_tamper"


class PairingRefused(LiveError):
    """The host refused the pairing: wrong code, expired code, or no code offered."""

    code = "colisten_refused"


class NotHost(LiveError):
    """The other side did not prove it knows the code (not the interviewer's laptop)."""

    code = "colisten_not_host"
