"""The handshake on a fresh connection: hello, SPAKE2, key confirmation (both sides).

Co-listener                                   Host
  hello {v, mode, nameplate|peer, spake A}  ->
                                            <- hello {v, spake B}     (or refused {reason})
  proof HMAC(confirm_c, transcript)         ->
                                            <- proof HMAC(confirm_h, transcript)
                                               (or refused "code": a wrong code, counted)

``mode`` is ``pair`` (password: the spoken code) or ``resume`` (password: the 32-byte resume
secret both sides derived when they paired). The host answers a proof only after checking
the co-listener's, and sends nothing of the interview before its own proof.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass
from typing import Any

from app.team.live.errors import NotHost, PairingRefused, ProtocolError
from app.team.live.secure import (
    MAC_BYTES,
    Exchange,
    SessionKeys,
    channel_for,
    transcript_hash,
)
from app.team.live.wire import VERSION, b64, decode_json, encode_json, frame, read_frame, unb64

__all__ = ["Hello", "SessionKeys", "channel_for", "resume_password"]

HANDSHAKE_TIMEOUT_S = 10.0
SPAKE_BYTES = 33
_PEER_ID = re.compile(r"[0-9a-f]{32}")
_NAMEPLATE = re.compile(r"[0-9]{3}")


@dataclass(frozen=True)
class Hello:
    raw: bytes
    mode: str
    spake: bytes
    nameplate: str = ""
    peer: str = ""


def resume_password(secret: bytes) -> bytes:
    return b"samtal-colisten-v1 resume " + secret


async def _read(reader: asyncio.StreamReader) -> tuple[bytes, dict[str, Any]]:
    raw = await asyncio.wait_for(read_frame(reader), HANDSHAKE_TIMEOUT_S)
    return raw, decode_json(raw)


async def _write(writer: asyncio.StreamWriter, obj: dict[str, Any]) -> bytes:
    raw = encode_json(obj)
    writer.write(frame(raw))
    await writer.drain()
    return raw


# -- host ---------------------------------------------------------------------------------
async def read_hello(reader: asyncio.StreamReader) -> Hello:
    raw, obj = await _read(reader)
    if obj.get("v") != VERSION:
        raise ProtocolError("version")
    mode, spake = obj.get("mode"), obj.get("spake")
    if not isinstance(spake, str):
        raise ProtocolError("hello")
    if mode == "pair":
        nameplate = obj.get("nameplate")
        if not isinstance(nameplate, str) or not _NAMEPLATE.fullmatch(nameplate):
            raise ProtocolError("hello")
        return Hello(raw, "pair", unb64(spake, expect=SPAKE_BYTES), nameplate=nameplate)
    if mode == "resume":
        peer = obj.get("peer")
        if not isinstance(peer, str) or not _PEER_ID.fullmatch(peer):
            raise ProtocolError("hello")
        return Hello(raw, "resume", unb64(spake, expect=SPAKE_BYTES), peer=peer)
    raise ProtocolError("hello")


async def refuse(writer: asyncio.StreamWriter, reason: str) -> None:
    """Tell the co-listener no (no key material, nothing of the interview), then close."""
    try:
        await _write(writer, {"v": VERSION, "refused": reason})
    except OSError:
        pass
    finally:
        writer.close()


async def host_exchange(
    hello: Hello, password: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> SessionKeys | None:
    """Run SPAKE2 as the host; the keys if the co-listener proved the same password, else None."""
    exchange = Exchange(password, host=True)
    reply = await _write(writer, {"v": VERSION, "spake": b64(exchange.message)})
    shared = exchange.finish(hello.spake)
    keys = SessionKeys.derive(shared, transcript_hash(hello.raw, reply))
    _, obj = await _read(reader)
    proof = obj.get("proof")
    if not isinstance(proof, str):
        raise ProtocolError("proof")
    return keys if keys.check_colistener(unb64(proof, expect=MAC_BYTES)) else None


async def send_host_proof(keys: SessionKeys, writer: asyncio.StreamWriter) -> None:
    await _write(writer, {"proof": b64(keys.host_proof())})


# -- co-listener ----------------------------------------------------------------------------
async def colistener_exchange(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    password: bytes,
    *,
    nameplate: str = "",
    peer: str = "",
) -> SessionKeys:
    """Run SPAKE2 as the co-listener (``nameplate`` to pair, ``peer`` to resume).

    Raises:
        PairingRefused: the host said no (wrong or expired code, no code offered, unknown peer).
        NotHost: the other side did not prove it knows the same password.
    """
    exchange = Exchange(password, host=False)
    hello: dict[str, Any] = {"v": VERSION, "spake": b64(exchange.message)}
    hello.update({"mode": "pair", "nameplate": nameplate} if not peer else {})
    hello.update({"mode": "resume", "peer": peer} if peer else {})
    sent = await _write(writer, hello)
    raw, obj = await _read(reader)
    if isinstance(obj.get("refused"), str):
        raise PairingRefused(str(obj["refused"]))
    spake = obj.get("spake")
    if obj.get("v") != VERSION or not isinstance(spake, str):
        raise ProtocolError("hello")
    shared = exchange.finish(unb64(spake, expect=SPAKE_BYTES))
    keys = SessionKeys.derive(shared, transcript_hash(sent, raw))
    await _write(writer, {"proof": b64(keys.colistener_proof())})
    _, obj = await _read(reader)
    if isinstance(obj.get("refused"), str):
        raise PairingRefused(str(obj["refused"]))
    proof = obj.get("proof")
    if not isinstance(proof, str) or not keys.check_host(unb64(proof, expect=MAC_BYTES)):
        raise NotHost()
    return keys
