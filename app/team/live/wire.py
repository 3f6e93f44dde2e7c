"""Frames on the TCP stream and the messages inside them (``docs/colisten-protocol.md``).

A frame is a 4-byte big-endian length and a body. Handshake bodies are small JSON objects in
the clear (they carry nothing of the interview); every later body is sealed by
:mod:`app.team.live.secure` and holds one JSON message with a type field ``t``.
"""

from __future__ import annotations

import asyncio
import base64
import json
import struct
from typing import Any

from app.team.live.errors import ProtocolError
from app.team.live.secure import MAX_FRAME, Opener, Sealer

VERSION = 1
HEADER = struct.Struct(">I")

# The messages and the fields each must carry (name -> type). Extra fields are ignored, so a
# later version can add some; a missing or mistyped field is a protocol error.
_FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    # host -> co-listener
    "welcome": {
        "recipient": str,
        "stored_upto": int,
        "info": dict,
        "current": (dict, type(None)),
        "clock_ms": int,
        "running": bool,
    },
    "question": {"current": (dict, type(None)), "clock_ms": int, "running": bool},
    "stored": {"upto": int},
    "refused": {"seq": int, "reason": str},
    "ping": {"clock_ms": int, "running": bool},
    # co-listener -> host
    "quote": {"seq": int, "sealed": str},
    "pong": {},
    # both
    "bye": {"reason": str},
}
HOST_SENDS = frozenset({"welcome", "question", "stored", "refused", "ping", "bye"})
COLISTENER_SENDS = frozenset({"quote", "pong", "bye"})


async def read_frame(reader: asyncio.StreamReader) -> bytes:
    """One frame body. Raises ``asyncio.IncompleteReadError`` at end of stream."""
    header = await reader.readexactly(HEADER.size)
    (length,) = HEADER.unpack(header)
    if length > MAX_FRAME:
        raise ProtocolError("frame too large")
    return await reader.readexactly(length)


def frame(body: bytes) -> bytes:
    if len(body) > MAX_FRAME:
        raise ProtocolError("frame too large")
    return HEADER.pack(len(body)) + body


def encode_json(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_json(body: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ProtocolError("not json") from None
    if not isinstance(obj, dict):
        raise ProtocolError("not an object")
    return obj


def check(obj: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """Validate a decoded message: a known type from this side, fields of the right types."""
    kind = obj.get("t")
    if not isinstance(kind, str) or kind not in allowed:
        raise ProtocolError("unexpected message")
    for name, typ in _FIELDS[kind].items():
        value = obj.get(name)
        if typ is int and isinstance(value, bool):
            raise ProtocolError("bad field")
        if not isinstance(value, typ):
            raise ProtocolError("bad field")
    return obj


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, *, expect: int | None = None) -> bytes:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ProtocolError("bad base64") from None
    if expect is not None and len(data) != expect:
        raise ProtocolError("bad length")
    return data


class SecureStream:
    """A TCP stream after the handshake: sealed JSON messages in, sealed JSON messages out."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        sealer: Sealer,
        opener: Opener,
        accepts: frozenset[str],
    ) -> None:
        self.reader = reader
        self.writer = writer
        self._sealer = sealer
        self._opener = opener
        self._accepts = accepts
        self._send_lock = asyncio.Lock()

    async def send(self, message: dict[str, Any]) -> None:
        async with self._send_lock:  # the counter order is the order on the wire
            self.writer.write(frame(self._sealer.seal(encode_json(message))))
            await self.writer.drain()

    async def receive(self) -> dict[str, Any]:
        body = await read_frame(self.reader)
        return check(decode_json(self._opener.open(body)), self._accepts)

    def close(self) -> None:
        if not self.writer.is_closing():
            self.writer.close()
