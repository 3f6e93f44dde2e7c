"""The cryptography of a live session, without any I/O (``docs/colisten-protocol.md``).

Composed from well-kept libraries only: SPAKE2 (``spake2``) turns the spoken code into a shared
key, HKDF-SHA256 and HMAC-SHA256 (``cryptography``, ``hmac``) derive and confirm the keys, and
ChaCha20-Poly1305 (``cryptography``) seals every frame after the handshake. Each direction has
its own key and its own frame counter, used as the nonce: a frame changed, replayed, reordered
or dropped fails authentication, and the connection is closed.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass

import spake2
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.team.live.errors import ProtocolError, TamperError

PROTOCOL = b"samtal-colisten-v1"
ID_COLISTENER = PROTOCOL + b" colistener"
ID_HOST = PROTOCOL + b" host"
KEY_BYTES = 32
MAC_BYTES = 32
TAG_BYTES = 16
#: Largest frame body either side accepts (a 10,000-character quote sealed and encoded is
#: about 60 KiB).
MAX_FRAME = 256 * 1024
#: A direction stops after this many frames (the nonce never wraps; a session sends thousands).
MAX_FRAMES = 2**40

C2H = b"c>h"
H2C = b"h>c"


def transcript_hash(hello_c: bytes, hello_h: bytes) -> bytes:
    """SHA-256 over both handshake messages, each length-prefixed."""
    h = hashlib.sha256(PROTOCOL)
    for part in (hello_c, hello_h):
        h.update(struct.pack(">I", len(part)))
        h.update(part)
    return h.digest()


@dataclass(frozen=True)
class SessionKeys:
    """Keys of one connection, derived from the SPAKE2 key and the handshake transcript."""

    c2h: bytes
    h2c: bytes
    confirm_c: bytes
    confirm_h: bytes
    resume: bytes
    peer: str
    transcript: bytes

    @classmethod
    def derive(cls, shared: bytes, transcript: bytes) -> SessionKeys:
        okm = HKDF(
            algorithm=hashes.SHA256(),
            length=5 * KEY_BYTES + 16,
            salt=transcript,
            info=PROTOCOL + b" keys",
        ).derive(shared)
        parts = [okm[i * KEY_BYTES : (i + 1) * KEY_BYTES] for i in range(5)]
        peer = okm[5 * KEY_BYTES :].hex()  # names the co-listener from here on; not secret
        return cls(parts[0], parts[1], parts[2], parts[3], parts[4], peer, transcript)

    def colistener_proof(self) -> bytes:
        return hmac.new(self.confirm_c, b"colistener" + self.transcript, "sha256").digest()

    def host_proof(self) -> bytes:
        return hmac.new(self.confirm_h, b"host" + self.transcript, "sha256").digest()

    def check_colistener(self, proof: bytes) -> bool:
        return hmac.compare_digest(proof, self.colistener_proof())

    def check_host(self, proof: bytes) -> bool:
        return hmac.compare_digest(proof, self.host_proof())


class Exchange:
    """One side of one SPAKE2 exchange. ``message`` goes to the peer; ``finish`` takes theirs."""

    def __init__(self, password: bytes, *, host: bool) -> None:
        cls = spake2.SPAKE2_B if host else spake2.SPAKE2_A
        self._spake = cls(password, idA=ID_COLISTENER, idB=ID_HOST)
        self.message: bytes = self._spake.start()

    def finish(self, peer_message: bytes) -> bytes:
        try:
            return bytes(self._spake.finish(peer_message))
        except Exception as exc:  # spake2 raises several types for a malformed message
            raise ProtocolError("spake2 message") from exc


class Sealer:
    """Seals frames in one direction: ChaCha20-Poly1305, nonce = frame counter."""

    def __init__(self, key: bytes, direction: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._direction = direction
        self._counter = 0

    def seal(self, plaintext: bytes) -> bytes:
        if self._counter >= MAX_FRAMES:
            raise ProtocolError("too many frames")
        body_len = len(plaintext) + TAG_BYTES
        if body_len > MAX_FRAME:
            raise ProtocolError("frame too large")
        nonce = _nonce(self._counter)
        self._counter += 1
        return self._aead.encrypt(nonce, plaintext, _aad(self._direction, body_len))


class Opener:
    """Opens frames in one direction; the next frame must carry the next counter."""

    def __init__(self, key: bytes, direction: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)
        self._direction = direction
        self._counter = 0
        self.broken = False

    def open(self, body: bytes) -> bytes:
        if self.broken:
            raise TamperError("channel already broken")
        try:
            plain = self._aead.decrypt(
                _nonce(self._counter), body, _aad(self._direction, len(body))
            )
        except InvalidTag:
            self.broken = True  # nothing after a bad frame is trusted
            raise TamperError() from None
        self._counter += 1
        return plain


def _nonce(counter: int) -> bytes:
    return b"\0\0\0\0" + struct.pack(">Q", counter)


def _aad(direction: bytes, body_len: int) -> bytes:
    return PROTOCOL + direction + struct.pack(">I", body_len)


def channel_for(keys: SessionKeys, *, host: bool) -> tuple[Sealer, Opener]:
    """The (sending, receiving) halves for one side."""
    if host:
        return Sealer(keys.h2c, H2C), Opener(keys.c2h, C2H)
    return Sealer(keys.c2h, C2H), Opener(keys.h2c, H2C)
