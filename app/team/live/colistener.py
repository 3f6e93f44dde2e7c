"""The co-listener's side: pair with the code, follow the question, send marks, never lose one.

:class:`LiveColistener` runs on its own network thread and one outbox thread; :meth:`mark`
returns at once. A mark is sealed and written to the encrypted :class:`Outbox` first, then
sent; it leaves the outbox when the host says it has stored it. When the connection drops the
co-listener reconnects on its own (``resume``, no code needed) and sends what is left, in
order. A restarted process does the same from the outbox folder.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from app.errors import SamtalError
from app.team.live import events as ev
from app.team.live import handshake
from app.team.live.discovery import find_hosts
from app.team.live.errors import LiveError, NotHost, PairingRefused, ProtocolError, TamperError
from app.team.live.loop_thread import LoopThread
from app.team.live.outbox import Outbox
from app.team.live.pairing_code import PairingCode
from app.team.live.wire import HOST_SENDS, SecureStream, b64

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5.0
DISCOVERY_S = 3.0
IDLE_TIMEOUT_S = 8.0
BACKOFF_S = (0.1, 0.25, 0.5, 1.0, 2.0)


class NotPaired(LiveError):
    code = "colisten_not_paired"


class LiveColistener:
    def __init__(
        self,
        outbox: Outbox,
        on_event: Callable[[ev.Event], None],
        *,
        address: tuple[str, int] | None = None,
        code: PairingCode | None = None,
    ) -> None:
        """``code`` (and ``address``, else it is looked up over mDNS) to pair; an outbox that
        already holds a session resumes (address and code are then not needed)."""
        self._outbox = outbox
        self._emit = on_event
        self._address = address
        self._code = code
        self._thread = LoopThread("samtal-colisten")
        self._worker = concurrent.futures.ThreadPoolExecutor(1, "samtal-colisten-outbox")
        self._lock = threading.Lock()  # guards _follow (network thread and caller)
        self._follow: dict[str, Any] = {"current": None, "clock_ms": 0, "running": False}
        self._follow_at = time.monotonic()
        self._wake: asyncio.Event | None = None
        self._closed = asyncio.Event()  # set when a connection has ended
        self._stream: SecureStream | None = None
        self._stopping = False
        self._main: concurrent.futures.Future[None] | None = None
        self.paired = threading.Event()
        self.peer: str | None = None  # this co-listener's name at the host, once paired
        self.finished = threading.Event()

    # -- called from any thread ------------------------------------------------------
    def start(self) -> None:
        self._thread.start()
        self._main = self._thread.submit(self._run())

    def mark(
        self,
        text: str,
        *,
        star: bool = False,
        theme: str | None = None,
        themes: list[str] | None = None,
        question_id: int | None = None,
        at_ms: int | None = None,
        uid: str | None = None,
    ) -> None:
        """Queue a quote mark, tied to the question and the interview clock of this moment
        (or to ``question_id`` and ``at_ms`` when the caller knows better, e.g. when typing
        began)."""
        if not self.paired.is_set():
            raise NotPaired()
        here, now = self.position()
        body: dict[str, Any] = {
            "text": text,
            "star": bool(star),
            "theme": theme,
            "question_id": here if question_id is None else question_id,
            "at_ms": now if at_ms is None else int(at_ms),
        }
        if themes:
            body["themes"] = list(themes)
        if uid is not None:
            body["uid"] = uid
        future = self._worker.submit(self._queue, body)
        future.add_done_callback(self._queued)

    def position(self) -> tuple[int | None, int]:
        """The current question's id and the interviewer's clock now, as far as known."""
        with self._lock:
            current, clock, running = (
                self._follow["current"],
                self._follow["clock_ms"],
                self._follow["running"],
            )
            if running:
                clock += int((time.monotonic() - self._follow_at) * 1000)
        question = current.get("id") if isinstance(current, dict) else None
        return (question if type(question) is int else None), int(clock)

    @property
    def following(self) -> tuple[dict[str, Any] | None, bool]:
        """The current question as the host sent it, and whether the interviewer's clock runs."""
        with self._lock:
            return self._follow["current"], bool(self._follow["running"])

    def pending_count(self) -> int:
        return int(self._worker.submit(self._outbox.pending_count).result())

    def leave(self, timeout: float = 5.0) -> None:
        """Say goodbye to the host (it forgets this co-listener) and stop."""
        if self._thread.running:
            with contextlib.suppress(concurrent.futures.TimeoutError, RuntimeError):
                self._thread.submit(self._say_bye()).result(timeout)
        self.stop()

    def stop(self) -> None:
        """Stop networking; the outbox stays as it is (a later start resumes)."""
        self._stopping = True
        if self._wake is not None:
            self._thread.call(self._wake.set)
        self._thread.stop()  # cancels the connection tasks
        self._worker.shutdown(wait=True)

    # -- outbox thread -------------------------------------------------------------------
    def _queue(self, body: dict[str, Any]) -> tuple[int, int]:
        seq = self._outbox.add(body)
        return seq, self._outbox.pending_count()

    def _queued(self, future: concurrent.futures.Future[tuple[int, int]]) -> None:
        exc = future.exception()
        if exc is not None:
            log.error("could not queue a mark: %s", type(exc).__name__)
            code = exc.code if isinstance(exc, LiveError | SamtalError) else "error"
            self._emit(ev.NotQueued(code))
            return
        seq, pending = future.result()
        self._emit(ev.Queued(seq, pending))
        if self._wake is not None:
            self._thread.call(self._wake.set)

    # -- network thread ------------------------------------------------------------------
    async def _db(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._worker, fn, *args)

    async def _run(self) -> None:
        self._wake = asyncio.Event()
        attempt = 0
        try:
            while not self._stopping:
                self._emit(ev.Connecting(attempt))
                reason = await self._connect_once()
                if reason is None:
                    break
                self._emit(ev.Disconnected(reason))
                attempt = 0 if reason == "session" else attempt + 1
                await asyncio.sleep(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
        finally:
            self.finished.set()

    async def _connect_once(self) -> str | None:
        """One connection from connect to close. None: finished for good; else why it broke."""
        session = await self._db(lambda: self._outbox.session)
        if session is not None:
            host, port = session.host, session.port
        elif self._address is not None:
            host, port = self._address
        elif self._code is not None:  # no address typed: look for the code's nameplate
            found = await asyncio.get_running_loop().run_in_executor(
                None, find_hosts, self._code.nameplate, DISCOVERY_S
            )
            if not found:
                return "not_found"
            host, port = found[0]
        else:
            self._emit(ev.WrongCode("no_code"))
            return None
        writer: asyncio.StreamWriter | None = None
        established = False
        try:
            reader, conn = await asyncio.wait_for(
                asyncio.open_connection(host, port), CONNECT_TIMEOUT_S
            )
            writer = conn
            if session is not None:
                password = handshake.resume_password(session.resume)
                keys = await handshake.colistener_exchange(
                    reader, conn, password, peer=session.peer
                )
            else:
                if self._code is None:
                    raise PairingRefused("no_code")
                keys = await handshake.colistener_exchange(
                    reader, conn, self._code.password(), nameplate=self._code.nameplate
                )
            if session is None:  # paired: remember it before anything else can go wrong
                await self._db(self._outbox.begin_session, host, port, keys.peer, keys.resume)
            self.peer = keys.peer if session is None else session.peer
            sealer, opener = handshake.channel_for(keys, host=False)
            stream = self._stream = SecureStream(reader, conn, sealer, opener, HOST_SENDS)
            self._closed.clear()
            welcome = await asyncio.wait_for(stream.receive(), IDLE_TIMEOUT_S)
            if welcome["t"] != "welcome":
                raise ProtocolError("expected welcome")
            if session is None or session.recipient != welcome["recipient"]:
                await self._db(self._outbox.set_recipient, welcome["recipient"])
            established = True
            self._follow_update(welcome, announce=False)
            self.paired.set()
            self._emit(ev.Welcome(welcome["info"], resumed=session is not None))
            self._emit(ev.Question(welcome["current"], welcome["clock_ms"], welcome["running"]))
            await self._delivered(int(welcome["stored_upto"]))
            return await self._serve(stream)
        except PairingRefused as exc:
            if session is not None and exc.detail in ("unknown_peer", "code"):
                self._emit(ev.Ended(by_host=True))  # the host has ended this session
                return None
            self._emit(ev.WrongCode(exc.detail))
            return None
        except NotHost:
            self._emit(ev.NotTheHost())
            return None
        except TamperError:
            return "tamper"
        except ProtocolError:
            return "protocol"
        except (OSError, asyncio.IncompleteReadError, TimeoutError):
            return "session" if established else "network"
        finally:
            self._stream = None
            self._closed.set()
            if writer is not None and not writer.is_closing():
                writer.close()

    async def _serve(self, stream: SecureStream) -> str | None:
        sender = asyncio.create_task(self._send_loop(stream))
        sender.add_done_callback(lambda _t: stream.close())  # a failed send ends the connection
        try:
            while True:
                message = await asyncio.wait_for(stream.receive(), IDLE_TIMEOUT_S)
                kind = message["t"]
                if kind in ("question", "ping"):
                    self._follow_update(message)
                    if kind == "ping":
                        await stream.send({"t": "pong"})
                elif kind == "stored":
                    await self._delivered(int(message["upto"]))
                elif kind == "refused":
                    self._emit(ev.Refused(int(message["seq"]), str(message["reason"])))
                elif kind == "bye":
                    self._emit(ev.Ended(by_host=True))
                    return None
        finally:
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await sender

    def _follow_update(self, message: dict[str, Any], *, announce: bool = True) -> None:
        moved = message["t"] in ("question", "welcome")
        with self._lock:
            if moved:
                self._follow["current"] = message["current"]
            self._follow["clock_ms"] = int(message["clock_ms"])
            self._follow["running"] = bool(message["running"])
            self._follow_at = time.monotonic()
            current = self._follow["current"]
        if moved and announce:
            self._emit(ev.Question(current, int(message["clock_ms"]), bool(message["running"])))

    async def _delivered(self, upto: int) -> None:
        await self._db(self._outbox.delivered, upto)
        pending = await self._db(self._outbox.pending_count)
        self._emit(ev.Delivered(upto, pending))

    async def _send_loop(self, stream: SecureStream) -> None:
        """Send every queued mark once per connection, in order, as soon as it is queued."""
        assert self._wake is not None
        sent = 0
        while True:
            self._wake.clear()
            for seq, sealed in await self._db(self._outbox.pending, sent):
                await stream.send({"t": "quote", "seq": seq, "sealed": b64(sealed)})
                sent = seq
            await self._wake.wait()

    async def _say_bye(self) -> None:
        self._stopping = True
        stream = self._stream
        if stream is not None:
            # bye, end our half, and wait for the host to close: closing with bytes in flight
            # would reset the connection and could lose the bye
            with contextlib.suppress(OSError, ProtocolError, TimeoutError):
                await stream.send({"t": "bye", "reason": "left"})
                stream.writer.write_eof()
                await asyncio.wait_for(self._closed.wait(), 2)
