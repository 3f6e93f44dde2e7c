"""The interviewer's side: offer a code, pair, push the current question, store arrivals.

:class:`LiveHost` runs an asyncio server on its own thread. Its public methods may be called
from any thread and return at once; what happens is told through ``on_event`` (called on the
network thread: keep it short, e.g. emit a queued Qt signal or put it on a queue). Storing a
quote runs on one more worker thread, so a slow disk slows neither the network nor the caller.

Nothing of the interview is sent to a connection before it has proved it knows the code
(SPAKE2 key confirmation); a wrong code is refused, counted and reported.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import pyrage
from pyrage import x25519

from app.errors import SamtalError
from app.team.live import events as ev
from app.team.live import handshake
from app.team.live.errors import ProtocolError, TamperError
from app.team.live.loop_thread import LoopThread
from app.team.live.pairing_code import PairingCode
from app.team.live.wire import COLISTENER_SENDS, SecureStream, unb64

log = logging.getLogger(__name__)
_UID = re.compile(r"[0-9a-f]{32}")

CODE_TTL_S = 300.0
MAX_FAILED_ATTEMPTS = 3
PING_INTERVAL_S = 2.0
IDLE_TIMEOUT_S = 8.0
OUTGOING_LIMIT = 200


@dataclass(frozen=True)
class Arrival:
    """A quote as it arrived, decrypted, before it is stored."""

    peer: str
    seq: int
    text: str
    starred: bool
    theme: str | None
    question_id: int | None
    at_ms: int
    themes: tuple[str, ...] = ()  # theme paths ("Bemötande/Väntan"), from co-listener mode
    uid: str | None = None  # the mark's own id: a later package of the same mark is no copy


class QuoteNotAccepted(SamtalError):
    """The host will not store this quote (no quote consent, empty text). Not retried."""

    code = "colisten_quote_refused"


class StoredRecord(Protocol):
    @property
    def id(self) -> int: ...


class HostStore(Protocol):
    """Where arrivals go. Called on one worker thread, in order.

    ``store`` must record ``(peer, seq)`` in the same transaction as the quote, so a quote
    sent again after a lost acknowledgement is never stored twice. When the session ends, the
    owner clears the store (the host only stops talking).
    """

    def add_peer(self, peer: str, resume_secret: bytes) -> None: ...

    def peer_secret(self, peer: str) -> bytes | None: ...

    def forget_peer(self, peer: str) -> None: ...

    def stored_upto(self, peer: str) -> int: ...

    def store(self, arrival: Arrival) -> StoredRecord:
        """Store and return what was stored (it has an ``id``), or raise
        :class:`QuoteNotAccepted`."""
        ...


@dataclass
class _Offer:
    code: PairingCode
    deadline: float
    failures: int = 0


class _Peer:
    def __init__(self, peer: str, upto: int) -> None:
        self.peer = peer
        self.upto = upto
        self.stream: SecureStream | None = None
        self.outgoing: asyncio.Queue[dict[str, Any]] | None = None
        self.gone = asyncio.Event()  # set when its current connection has ended


class LiveHost:
    def __init__(
        self,
        store: HostStore,
        on_event: Callable[[ev.Event], None],
        *,
        info: dict[str, Any] | None = None,
        identity: x25519.Identity | None = None,
        bind: str = "0.0.0.0",
        port: int = 0,
        code_ttl_s: float = CODE_TTL_S,
    ) -> None:
        self._store = store
        self._emit = on_event
        self._info = dict(info or {})
        self.identity = identity or x25519.Identity.generate()
        self._recipient = str(self.identity.to_public())
        self._bind = bind
        self._port = port
        self._code_ttl = code_ttl_s
        self._thread = LoopThread("samtal-colisten-host")
        self._worker = concurrent.futures.ThreadPoolExecutor(1, "samtal-colisten-store")
        self._lock = threading.Lock()  # guards _offer and _follow (caller and network thread)
        self._offer: _Offer | None = None
        self._follow: dict[str, Any] = {"current": None, "clock_ms": 0, "running": False}
        self._follow_at = time.monotonic()
        self._peers: dict[str, _Peer] = {}
        self._pairing = asyncio.Lock()
        self._server: asyncio.Server | None = None
        self.port = 0

    # -- called from any thread ------------------------------------------------------
    def start(self, port: int | None = None) -> int:
        """Listen; returns the port. Blocks only until the socket is bound.

        Raises:
            OSError: the port is taken (the host can be started again with another).
        """
        if not self._thread.running:
            self._thread.start()
        if port is not None:
            self._port = port
        self.port = self._thread.submit(self._listen()).result(timeout=10)
        return self.port

    def offer_code(self) -> PairingCode:
        """A fresh code, valid for ``code_ttl_s`` and a few wrong attempts; the old one ends."""
        code = PairingCode.generate()
        with self._lock:
            self._offer = _Offer(code, time.monotonic() + self._code_ttl)
        self._emit(ev.CodeOffered(code, self._code_ttl))
        return code

    def withdraw_code(self) -> None:
        with self._lock:
            self._offer = None

    def set_question(self, current: dict[str, Any] | None, clock_ms: int, running: bool) -> None:
        """The interviewer moved: push the current question (and the clock) to every peer."""
        with self._lock:
            self._follow = {"current": current, "clock_ms": int(clock_ms), "running": running}
            self._follow_at = time.monotonic()
            message = {"t": "question", **self._follow}
        self._thread.call(self._broadcast, message)

    def set_clock(self, clock_ms: int, running: bool) -> None:
        with self._lock:
            self._follow = {**self._follow, "clock_ms": int(clock_ms), "running": running}
            self._follow_at = time.monotonic()

    @property
    def peer_count(self) -> int:
        return sum(1 for p in list(self._peers.values()) if p.stream is not None)

    def close(self, timeout: float = 5.0, *, wait: bool = True) -> None:
        """Stop listening and drop the connections without ending the session: co-listeners
        keep their marks queued and resume when a host for this session listens again (the
        window was closed, or the project locked)."""
        if not wait:
            threading.Thread(target=self.close, args=(timeout,), daemon=True).start()
            return
        if self._thread.running:
            with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
                self._thread.submit(self._shutdown(say_bye=False)).result(timeout=timeout)
            self._thread.stop(timeout)
        self._worker.shutdown(wait=True)
        self.withdraw_code()

    def end(self, timeout: float = 5.0, *, wait: bool = True) -> None:
        """End the session: tell every peer, close everything, forget the peers.

        ``wait=False`` returns at once and finishes on a thread of its own (for a UI thread:
        a peer that does not answer may take the whole ``timeout``)."""
        if not wait:
            threading.Thread(target=self.end, args=(timeout,), daemon=True).start()
            return
        if self._thread.running:
            with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
                self._thread.submit(self._shutdown()).result(timeout=timeout)
            self._thread.stop(timeout)
        self._worker.shutdown(wait=True)
        self.withdraw_code()

    # -- network thread ---------------------------------------------------------------
    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._connection, self._bind, self._port)
        port = int(self._server.sockets[0].getsockname()[1])
        self._emit(ev.Listening(port))
        return port

    async def _shutdown(self, say_bye: bool = True) -> None:
        if self._server is not None:
            self._server.close()
        for peer in list(self._peers.values()):
            stream = peer.stream
            if stream is None:
                continue
            if say_bye:
                # bye, then end our half and let the co-listener close: closing on top of
                # bytes still in flight would reset the connection and could lose the bye
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(stream.send({"t": "bye", "reason": "ended"}), 2)
                    stream.writer.write_eof()
                    await asyncio.wait_for(peer.gone.wait(), 2)
            stream.close()
        self._peers.clear()  # the store forgets them too: see HostStore

    async def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._worker, fn, *args)

    def _snapshot(self) -> dict[str, Any]:
        with self._lock:
            follow = dict(self._follow)
            if follow["running"]:
                follow["clock_ms"] += int((time.monotonic() - self._follow_at) * 1000)
        return follow

    def _broadcast(self, message: dict[str, Any]) -> None:
        for peer in self._peers.values():
            self._enqueue(peer, message)

    def _enqueue(self, peer: _Peer, message: dict[str, Any]) -> None:
        if peer.outgoing is None or peer.stream is None:
            return
        if peer.outgoing.qsize() >= OUTGOING_LIMIT:  # a stuck peer: drop it, it will resume
            peer.stream.close()
            return
        peer.outgoing.put_nowait(message)

    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer: _Peer | None = None
        own: SecureStream | None = None  # this connection's stream (a resume may replace it)
        try:
            peer = await self._handshake(reader, writer)
            if peer is not None:
                own = peer.stream
                await self._serve(peer)
        except TamperError:
            self._emit(ev.Tampered(peer.peer if peer else None))
        except ProtocolError:
            self._emit(ev.PeerBrokeProtocol(peer.peer if peer else None))
        except (OSError, asyncio.IncompleteReadError, TimeoutError):
            pass
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug here must not take the server down
            # the type only: an exception's text could quote what it was handling
            log.error("co-listening connection failed: %s", type(exc).__name__)
        finally:
            if peer is not None and own is not None and peer.stream is own:
                peer.stream = None
                peer.outgoing = None
                peer.gone.set()
                if peer.peer in self._peers:
                    self._emit(ev.PeerDisconnected(peer.peer))
            if not writer.is_closing():
                writer.close()

    async def _handshake(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> _Peer | None:
        hello = await handshake.read_hello(reader)
        if hello.mode == "pair":
            async with self._pairing:  # one guess at a time, so failures are counted exactly
                return await self._pair(hello, reader, writer)
        return await self._resume(hello, reader, writer)

    async def _pair(
        self, hello: handshake.Hello, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> _Peer | None:
        with self._lock:
            offer = self._offer
            expired = offer is not None and time.monotonic() > offer.deadline
            if expired:
                offer = self._offer = None
        if expired:
            self._emit(ev.AttemptFailed("expired", 0))
            await handshake.refuse(writer, "expired")
            return None
        if offer is None:
            self._emit(ev.AttemptFailed("no_code", 0))
            await handshake.refuse(writer, "no_code")
            return None
        keys = await handshake.host_exchange(hello, offer.code.password(), reader, writer)
        if keys is None or hello.nameplate != offer.code.nameplate:
            with self._lock:
                offer.failures += 1
                left = max(0, MAX_FAILED_ATTEMPTS - offer.failures)
                if left == 0 and self._offer is offer:
                    self._offer = None
            self._emit(ev.AttemptFailed("code", left))
            if left == 0:
                self._emit(ev.CodeBurned())
            await handshake.refuse(writer, "code")
            return None
        with self._lock:
            if self._offer is offer:
                self._offer = None  # one code, one co-listener
        await handshake.send_host_proof(keys, writer)
        peer_id = keys.peer
        await self._run(self._store.add_peer, peer_id, keys.resume)
        peer = self._peers[peer_id] = _Peer(peer_id, 0)
        self._attach(peer, keys, reader, writer)
        self._emit(ev.PeerPaired(peer_id))
        return peer

    async def _resume(
        self, hello: handshake.Hello, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> _Peer | None:
        secret = await self._run(self._store.peer_secret, hello.peer)
        if secret is None:
            self._emit(ev.AttemptFailed("unknown_peer", 0))
            await handshake.refuse(writer, "unknown_peer")
            return None
        keys = await handshake.host_exchange(
            hello, handshake.resume_password(secret), reader, writer
        )
        if keys is None:
            self._emit(ev.AttemptFailed("resume", 0))
            await handshake.refuse(writer, "code")
            return None
        await handshake.send_host_proof(keys, writer)
        peer = self._peers.get(hello.peer)
        if peer is None:  # known to the store but not yet in this process (host restarted)
            upto = await self._run(self._store.stored_upto, hello.peer)
            peer = self._peers[hello.peer] = _Peer(hello.peer, upto)
        elif peer.stream is not None:  # a half-open old connection: the new one wins
            peer.stream.close()
        self._attach(peer, keys, reader, writer)
        self._emit(ev.PeerResumed(peer.peer))
        return peer

    def _attach(
        self,
        peer: _Peer,
        keys: handshake.SessionKeys,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        sealer, opener = handshake.channel_for(keys, host=True)
        peer.gone.clear()
        peer.stream = SecureStream(reader, writer, sealer, opener, COLISTENER_SENDS)
        peer.outgoing = asyncio.Queue()

    async def _serve(self, peer: _Peer) -> None:
        stream = peer.stream
        assert stream is not None and peer.outgoing is not None
        follow = self._snapshot()
        welcome = {
            "t": "welcome",
            "recipient": self._recipient,
            "stored_upto": peer.upto,
            "info": self._info,
            **follow,
        }
        await stream.send(welcome)
        writer_task = asyncio.create_task(self._write_loop(peer, stream, peer.outgoing))
        try:
            while True:
                message = await asyncio.wait_for(stream.receive(), IDLE_TIMEOUT_S)
                kind = message["t"]
                if kind == "quote":
                    await self._arrival(peer, message)
                elif kind == "bye":
                    self._peers.pop(peer.peer, None)
                    await self._run(self._store.forget_peer, peer.peer)
                    self._emit(ev.PeerLeft(peer.peer))
                    return
        finally:
            writer_task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await writer_task
            stream.close()

    async def _write_loop(
        self, peer: _Peer, stream: SecureStream, outgoing: asyncio.Queue[dict[str, Any]]
    ) -> None:
        try:
            while True:
                try:
                    message = await asyncio.wait_for(outgoing.get(), PING_INTERVAL_S)
                except TimeoutError:
                    message = {"t": "ping", **self._snapshot()}
                    message.pop("current", None)
                await stream.send(message)
        except (OSError, ProtocolError):
            stream.close()

    async def _arrival(self, peer: _Peer, message: dict[str, Any]) -> None:
        seq = int(message["seq"])
        if seq <= peer.upto:  # sent again after a lost acknowledgement: already stored
            self._enqueue(peer, {"t": "stored", "upto": peer.upto})
            return
        if seq != peer.upto + 1:
            raise ProtocolError("quote out of order")
        try:
            arrival = self._open_quote(peer.peer, seq, unb64(message["sealed"]))
            record = await self._run(self._store.store, arrival)
        except QuoteNotAccepted as exc:
            peer.upto = seq
            self._enqueue(peer, {"t": "refused", "seq": seq, "reason": exc.detail or "refused"})
            self._emit(ev.QuoteRefused(peer.peer, seq, exc.detail))
        except SamtalError as exc:  # disk full, project closed: keep it queued over there
            self._emit(ev.StoreFailed(peer.peer, seq, exc.code))
            raise OSError("store failed") from None
        else:
            peer.upto = seq
            event = ev.QuoteStored(peer.peer, seq, record.id, arrival.question_id, record)
            self._emit(event)
        self._enqueue(peer, {"t": "stored", "upto": peer.upto})

    def _open_quote(self, peer: str, seq: int, sealed: bytes) -> Arrival:
        # The channel already proved these bytes came from the paired co-listener: a mark that
        # does not open or parse is refused (and not asked for again), not a broken session.
        try:
            body = json.loads(pyrage.decrypt(sealed, [self.identity]).decode("utf-8"))
        except Exception:
            raise QuoteNotAccepted("unreadable") from None
        if not isinstance(body, dict):
            raise QuoteNotAccepted("unreadable")
        text, star, theme = body.get("text"), body.get("star"), body.get("theme")
        question, at_ms = body.get("question_id"), body.get("at_ms")
        themes, uid = body.get("themes", []), body.get("uid")
        if (
            not isinstance(themes, list)
            or not all(isinstance(t, str) and len(t) <= 400 for t in themes)
            or not (uid is None or (isinstance(uid, str) and _UID.fullmatch(uid)))
        ):
            raise QuoteNotAccepted("unreadable")
        if (
            not isinstance(text, str)
            or not isinstance(star, bool)
            or not isinstance(theme, str | None)
            or not (question is None or (type(question) is int and question > 0))
            or not isinstance(at_ms, int)
            or isinstance(at_ms, bool)
        ):
            raise QuoteNotAccepted("unreadable")
        return Arrival(
            peer, seq, text, star, theme, question, max(0, at_ms), tuple(themes[:20]), uid
        )
