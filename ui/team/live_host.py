"""The interviewer's live co-listening session, seen from the UI thread.

:class:`LiveHostBridge` owns an :class:`app.team.live.service.HostService` and turns its
events (which arrive on the network thread) into Qt signals delivered on the UI thread. It
never waits for the network: starting binds a socket (milliseconds), ending runs on a thread
of its own.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.store.database import Database
from app.team.live import events as ev
from app.team.live.service import HostService


class LiveHostBridge(QObject):
    """Signals:
    code_offered(str): a new code, as shown ("274-819-035").
    attempt_failed(str, int): someone was refused (reason, attempts left on the code).
    code_burned(): too many wrong attempts; the code no longer works.
    connected_changed(int): how many co-listeners are connected now.
    quote_stored(object, int): a quote was stored (the ``QuoteMark``, quotes this session).
    problem(str): tamper, protocol or store_failed: shown quietly, the session goes on.
    """

    code_offered = Signal(str)
    attempt_failed = Signal(str, int)
    code_burned = Signal()
    connected_changed = Signal(int)
    quote_stored = Signal(object, int)
    problem = Signal(str)
    _relay = Signal(object)

    def __init__(
        self,
        db: Database,
        interview_id: int,
        *,
        info: dict[str, Any] | None = None,
        created_by: str = "",
        bind: str = "0.0.0.0",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._relay.connect(self._on_event)  # queued: emitted on the network thread
        self.service = HostService(
            db, interview_id, self._from_network, info=info, bind=bind, created_by=created_by
        )
        self.stored = 0
        self.connected: set[str] = set()
        self.running = False

    def start(self, *, offer_code: bool = True) -> str:
        """Listen; with ``offer_code`` also offer a code (else only co-listeners who paired
        before can come back). Returns the code's text ("" without one)."""
        code = self.service.start(offer_code=offer_code)
        self.running = True
        return code.text if code else ""

    def new_code(self) -> str:
        return self.service.offer_code().text

    def set_question(self, current: dict[str, Any] | None, clock_ms: int, running: bool) -> None:
        if self.running:
            self.service.set_question(current, clock_ms, running)

    def set_clock(self, clock_ms: int, running: bool) -> None:
        if self.running:
            self.service.set_clock(clock_ms, running)

    def end(self) -> None:
        """End live co-listening: the co-listeners are told, nothing can resume it."""
        if self.running:
            self.running = False
            self.service.end(wait=False)
            self.connected.clear()
            self.connected_changed.emit(0)

    def suspend(self) -> None:
        """Stop networking but keep the session (the window closes, the project locks)."""
        if self.running:
            self.running = False
            self.service.suspend(wait=False)
            self.connected.clear()

    def _from_network(self, event: ev.Event) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone; the session is ending
            self._relay.emit(event)

    def _on_event(self, event: ev.Event) -> None:
        match event:
            case ev.CodeOffered(code, _):
                self.code_offered.emit(code.text)
            case ev.AttemptFailed(reason, left):
                self.attempt_failed.emit(reason, left)
            case ev.CodeBurned():
                self.code_burned.emit()
            case ev.PeerPaired(peer) | ev.PeerResumed(peer):
                self.connected.add(peer)
                self.connected_changed.emit(len(self.connected))
            case ev.PeerDisconnected(peer) | ev.PeerLeft(peer):
                self.connected.discard(peer)
                self.connected_changed.emit(len(self.connected))
            case ev.QuoteStored(_, _, _, _, record):
                self.stored += 1
                self.quote_stored.emit(record, self.stored)
            case ev.Tampered(_):
                self.problem.emit("tamper")
            case ev.PeerBrokeProtocol(_):
                self.problem.emit("protocol")
            case ev.StoreFailed(_, _, _):
                self.problem.emit("store_failed")
