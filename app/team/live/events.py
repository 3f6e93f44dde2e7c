"""What the network thread tells the owner of a host or a co-listener. Content-free except
:class:`Question` (the guide's question, which the co-listener is meant to see) and
:class:`Welcome` (what the host chose to share about the interview).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.team.live.pairing_code import PairingCode


class Event:
    """Base class of every event."""


# -- host ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Listening(Event):
    port: int


@dataclass(frozen=True)
class CodeOffered(Event):
    code: PairingCode
    valid_s: float


@dataclass(frozen=True)
class AttemptFailed(Event):
    """Someone tried to pair or resume and was refused. ``reason``: code, expired, no_code,
    unknown_peer, resume. ``attempts_left``: for the current code (0 when it has ended)."""

    reason: str
    attempts_left: int


@dataclass(frozen=True)
class CodeBurned(Event):
    """Too many wrong attempts: the code no longer works; offer a new one."""


@dataclass(frozen=True)
class PeerPaired(Event):
    peer: str


@dataclass(frozen=True)
class PeerResumed(Event):
    peer: str


@dataclass(frozen=True)
class PeerDisconnected(Event):
    peer: str


@dataclass(frozen=True)
class PeerLeft(Event):
    peer: str


@dataclass(frozen=True)
class QuoteStored(Event):
    """``record``: what the store returned (for a project, the stored ``QuoteMark``), so a
    window can show it without reading the database on its own thread."""

    peer: str
    seq: int
    quote_id: int
    question_id: int | None
    record: Any = None


@dataclass(frozen=True)
class QuoteRefused(Event):
    peer: str
    seq: int
    reason: str


@dataclass(frozen=True)
class StoreFailed(Event):
    peer: str
    seq: int
    code: str


@dataclass(frozen=True)
class Tampered(Event):
    """A frame failed authentication (changed, replayed, reordered); the connection closed."""

    peer: str | None


@dataclass(frozen=True)
class PeerBrokeProtocol(Event):
    peer: str | None


# -- co-listener --------------------------------------------------------------------------
@dataclass(frozen=True)
class Connecting(Event):
    attempt: int


@dataclass(frozen=True)
class Welcome(Event):
    """Paired (or resumed): what the host shares about the interview."""

    info: dict[str, Any] = field(default_factory=dict)
    resumed: bool = False


@dataclass(frozen=True)
class Question(Event):
    current: dict[str, Any] | None
    clock_ms: int
    running: bool


@dataclass(frozen=True)
class Queued(Event):
    """A mark is safe in the encrypted outbox. ``pending``: how many wait for the host."""

    seq: int
    pending: int


@dataclass(frozen=True)
class NotQueued(Event):
    """A mark could not be written to the outbox (``code``: e.g. disk_full): not sent."""

    code: str


@dataclass(frozen=True)
class Delivered(Event):
    """The host has stored everything up to ``upto``."""

    upto: int
    pending: int


@dataclass(frozen=True)
class Refused(Event):
    seq: int
    reason: str


@dataclass(frozen=True)
class Disconnected(Event):
    """The connection dropped or could not be made; trying again. ``reason``: network,
    session (it had been up), tamper, protocol, not_found (no host announces the code)."""

    reason: str


@dataclass(frozen=True)
class WrongCode(Event):
    """The host refused the code (``reason`` as the host said it). Final: no retry."""

    reason: str


@dataclass(frozen=True)
class NotTheHost(Event):
    """The other side does not know the code. Final: no retry."""


@dataclass(frozen=True)
class Ended(Event):
    """The interviewer ended the session (or the co-listener left)."""

    by_host: bool
