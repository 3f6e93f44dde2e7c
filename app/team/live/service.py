"""A live host for one interview of an open project: the server, the code, the announcement.

Used by the interviewer's window (through ``ui/team``) and by ``samtal colisten host``. Every
method returns at once; what happens arrives as events on the network thread.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from typing import Any

from app.store.database import Database
from app.team.live import events as ev
from app.team.live.discovery import Announcer, address_uri, local_addresses, qr_png
from app.team.live.host import LiveHost
from app.team.live.pairing_code import PairingCode
from app.team.live.project_store import (
    ProjectQuoteStore,
    end_session,
    remember_port,
    session_key,
)


class HostService:
    def __init__(
        self,
        db: Database,
        interview_id: int,
        on_event: Callable[[ev.Event], None],
        *,
        info: dict[str, Any] | None = None,
        bind: str = "0.0.0.0",
        port: int = 0,
        announce: bool | None = None,
        created_by: str = "",
    ) -> None:
        """``announce``: over mDNS; by default only when listening beyond this machine."""
        self._db = db
        self.interview_id = interview_id
        self.store = ProjectQuoteStore(db, interview_id, created_by=created_by)
        identity, last_port = session_key(db, interview_id)
        self._port_wanted = port or last_port
        self.host = LiveHost(self.store, on_event, info=info, identity=identity, bind=bind)
        self._bind = bind
        self._announce = (not _is_loopback(bind)) if announce is None else announce
        self._announcer: Announcer | None = None
        self.code: PairingCode | None = None
        self.port = 0

    def start(self, *, offer_code: bool = True) -> PairingCode | None:
        """Listen (on the port of an interrupted session, if free, so its co-listeners can
        resume), offer a first code and announce it. Returns the code."""
        try:
            self.port = self.host.start(self._port_wanted)
        except OSError:
            self.port = self.host.start(0)
        remember_port(self._db, self.interview_id, self.port)
        if not offer_code:
            return None
        self.code = self.host.offer_code()
        if self._announce:
            self._announcer = Announcer(self.port, self.code.nameplate, addresses=self.addresses())
        return self.code

    def offer_code(self) -> PairingCode:
        self.code = self.host.offer_code()
        if self._announcer is not None:
            self._announcer.set_nameplate(self.code.nameplate)
        elif self._announce:
            self._announcer = Announcer(self.port, self.code.nameplate, addresses=self.addresses())
        return self.code

    def addresses(self) -> list[str]:
        """Where a co-listener can reach this host (the first is the one to show)."""
        if self._bind not in ("0.0.0.0", ""):
            return [self._bind]
        return local_addresses() or ["127.0.0.1"]

    def qr(self, scale: int = 6) -> bytes:
        """A PNG QR code of the first address, the port and the code's nameplate."""
        assert self.code is not None
        return qr_png(self.addresses()[0], self.port, self.code.nameplate, scale=scale)

    def uri(self) -> str:
        assert self.code is not None
        return address_uri(self.addresses()[0], self.port, self.code.nameplate)

    def set_question(self, current: dict[str, Any] | None, clock_ms: int, running: bool) -> None:
        self.host.set_question(current, clock_ms, running)

    def set_clock(self, clock_ms: int, running: bool) -> None:
        self.host.set_clock(clock_ms, running)

    @property
    def announced(self) -> bool | None:
        """True once announced, False if multicast failed, None while trying or not asked."""
        if self._announcer is None or not self._announcer.registered.is_set():
            return None
        return self._announcer.failed is None

    def suspend(self, *, wait: bool = True) -> None:
        """Stop networking but keep the session (key, co-listeners): a later :meth:`start`
        for this interview lets them resume with everything they queued meanwhile."""
        if self._announcer is not None:
            self._announcer.close(wait=wait)
            self._announcer = None
        self.host.close(wait=wait)

    def end(self, *, wait: bool = True) -> None:
        """End live co-listening for this interview: nothing can resume it afterwards."""
        end_session(self._db, self.interview_id)
        if self._announcer is not None:
            self._announcer.close(wait=wait)
            self._announcer = None
        self.host.end(wait=wait)


def _is_loopback(bind: str) -> bool:
    try:
        return ipaddress.ip_address(bind).is_loopback
    except ValueError:
        return bind == "localhost"
