"""A live host and co-listener in one process over real loopback sockets, with a real encrypted
project: the failure cases of pairing, consent, ending, and a peer that breaks the protocol.
Every wait is for an event."""

from __future__ import annotations

import asyncio
import queue
import socket
import struct
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.interview.consent import ConsentRecord, record_consent
from app.interview.quotes import quotes_for_interview
from app.interview.records import create_interview
from app.store import Project
from app.team.live import events as ev
from app.team.live import handshake, wire
from app.team.live.colistener import LiveColistener, NotPaired
from app.team.live.errors import PairingRefused
from app.team.live.host import LiveHost
from app.team.live.outbox import Outbox
from app.team.live.pairing_code import PairingCode
from app.team.live.project_store import ProjectQuoteStore

SECRET_INFO = "DELTAGARE-K7-hemlig"
QUESTION_TEXT = "Hur upplevde du bemötandet? FRÅGA-hemlig"


class Events:
    def __init__(self) -> None:
        self.queue: queue.Queue[ev.Event] = queue.Queue()
        self.seen: list[ev.Event] = []

    def __call__(self, event: ev.Event) -> None:
        self.queue.put(event)

    def wait(
        self, kind: type[ev.Event], where: Callable[[Any], bool] = lambda e: True, timeout=30.0
    ) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {kind.__name__}; saw {self.seen}")
            try:
                event = self.queue.get(timeout=left)
            except queue.Empty:
                continue
            self.seen.append(event)
            if isinstance(event, kind) and where(event):
                return event


def _interview(project: Project, quotes: bool) -> int:
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record = ConsentRecord.all_required("AB", consent_quotes=quotes)
    record_consent(project.db, interview.id, record)
    return interview.id


class Session:
    def __init__(self, project: Project, tmp: Path, *, quotes: bool = True, ttl: float = 300):
        self.interview_id = _interview(project, quotes)
        self.store = ProjectQuoteStore(project.db, self.interview_id)
        self.host_events = Events()
        self.host = LiveHost(
            self.store,
            self.host_events,
            bind="127.0.0.1",
            info={"participant": SECRET_INFO},
            code_ttl_s=ttl,
        )
        self.port = self.host.start()
        self.host.set_question({"id": None, "text": QUESTION_TEXT}, 0, False)
        self.tmp = tmp
        self.clients: list[LiveColistener] = []

    def colistener(self, code: PairingCode | None, name: str = "utkorg") -> tuple[Any, Events]:
        events = Events()
        client = LiveColistener(
            Outbox.open(self.tmp / name), events, address=("127.0.0.1", self.port), code=code
        )
        client.start()
        self.clients.append(client)
        return client, events

    def close(self) -> None:
        for client in self.clients:
            client.stop()
        self.host.end()


@pytest.fixture
def session(project_with_guide: Project, tmp_path: Path) -> Iterator[Session]:
    s = Session(project_with_guide, tmp_path)
    yield s
    s.close()


def test_an_expired_code_is_refused_and_the_host_is_told(project, tmp_path):
    s = Session(project, tmp_path, ttl=0.0)
    try:
        code = s.host.offer_code()
        _client, events = s.colistener(code)
        assert events.wait(ev.WrongCode).reason == "expired"
        assert s.host_events.wait(ev.AttemptFailed).reason == "expired"
    finally:
        s.close()


def test_three_wrong_codes_end_the_code_then_even_the_right_one_is_refused(session):
    code = session.host.offer_code()
    wrong = PairingCode(code.digits[:3] + f"{(int(code.digits[3:]) + 7) % 10**6:06d}")
    for left in (2, 1, 0):
        _client, events = session.colistener(wrong, name=f"fel{left}")
        assert events.wait(ev.WrongCode).reason == "code"
        failed = session.host_events.wait(ev.AttemptFailed)
        assert (failed.reason, failed.attempts_left) == ("code", left)
    session.host_events.wait(ev.CodeBurned)
    _client, events = session.colistener(code, name="ratt")
    assert events.wait(ev.WrongCode).reason == "no_code"
    fresh = session.host.offer_code()  # the interviewer offers a new one
    client, events = session.colistener(fresh, name="ny")
    events.wait(ev.Welcome)
    assert client.paired.is_set()


def test_without_an_offered_code_nobody_pairs_and_a_code_pairs_only_once(session):
    _c, events = session.colistener(PairingCode.generate(), name="ingen")
    assert events.wait(ev.WrongCode).reason == "no_code"
    code = session.host.offer_code()
    _first, first_events = session.colistener(code, name="forsta")
    first_events.wait(ev.Welcome)
    _second, second_events = session.colistener(code, name="andra")
    assert second_events.wait(ev.WrongCode).reason == "no_code"


def test_marks_without_quote_consent_are_refused_and_leave_the_outbox(project, tmp_path):
    s = Session(project, tmp_path, quotes=False)
    try:
        client, events = s.colistener(s.host.offer_code())
        events.wait(ev.Welcome)
        client.mark("ett citat utan samtycke")
        assert events.wait(ev.Refused).reason == "consent"
        assert events.wait(ev.Delivered, lambda e: e.upto == 1).pending == 0
        assert s.host_events.wait(ev.QuoteRefused).reason == "consent"
        assert quotes_for_interview(project.db, s.interview_id) == []
    finally:
        s.close()


def test_marks_carry_the_question_the_clock_the_star_and_the_theme(session, project):
    from app.analysis.themes import add_theme

    theme_id = add_theme(project.db, "Bemötande")
    guide_question = int(project.db.scalar("SELECT max(id) FROM question"))
    client, events = session.colistener(session.host.offer_code())
    events.wait(ev.Welcome)
    session.host.set_question({"id": guide_question, "text": "x"}, 125_000, True)
    events.wait(ev.Question, lambda e: e.clock_ms == 125_000)
    client.mark("hon sa att det blev bättre", star=True, theme="bemötande")
    stored = session.host_events.wait(ev.QuoteStored)
    (quote,) = quotes_for_interview(project.db, session.interview_id)
    assert stored.quote_id == quote.id and quote.starred and quote.theme_ids == [theme_id]
    assert quote.question_id == guide_question
    assert 125_000 <= quote.at_ms < 125_000 + 30_000


def test_mark_before_pairing_is_refused_at_once(session):
    client, _events = session.colistener(PairingCode.generate())
    with pytest.raises(NotPaired):
        client.mark("för tidigt")


def test_ending_the_session_ends_it_for_the_colistener_and_forgets_it(session):
    client, events = session.colistener(session.host.offer_code())
    events.wait(ev.Welcome)
    session.host.end()
    assert events.wait(ev.Ended).by_host
    assert client.finished.wait(30)


def test_a_resume_with_an_unknown_peer_is_refused(session):
    async def attempt() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", session.port)
        try:
            await handshake.colistener_exchange(
                reader, writer, handshake.resume_password(b"x" * 32), peer="0" * 32
            )
        finally:
            writer.close()

    with pytest.raises(PairingRefused, match="unknown_peer"):
        asyncio.run(attempt())
    assert session.host_events.wait(ev.AttemptFailed).reason == "unknown_peer"


def _raw(port: int, data: bytes, read: bool = True) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(data)
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        while read and (chunk := sock.recv(65536)):
            chunks.append(chunk)
        return b"".join(chunks)


def test_garbage_and_oversized_frames_are_dropped_and_the_host_keeps_serving(session):
    _raw(session.port, struct.pack(">I", 5) + b"nonse")
    session.host_events.wait(ev.PeerBrokeProtocol)
    _raw(session.port, struct.pack(">I", 2**31) + b"x" * 100)
    session.host_events.wait(ev.PeerBrokeProtocol)
    _raw(session.port, b"\x00\x00")  # a half header, then end of stream
    client, events = session.colistener(session.host.offer_code())
    events.wait(ev.Welcome)
    assert client.paired.is_set()


def test_a_wrong_code_gets_nothing_of_the_interview(session):
    """Everything the host sends to a wrong-code attempt: two small handshake frames."""
    session.host.offer_code()
    exchange = handshake.Exchange(b"samtal-colisten-v1 code 000000000", host=False)

    async def attempt() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", session.port)
        hello = {"v": 1, "mode": "pair", "nameplate": "000", "spake": ""}
        hello["spake"] = wire.b64(exchange.message)
        writer.write(wire.frame(wire.encode_json(hello)))
        received = await wire.read_frame(reader)
        writer.write(wire.frame(wire.encode_json({"proof": wire.b64(b"0" * 32)})))
        received += await wire.read_frame(reader)
        received += await reader.read()  # and then the host closes
        writer.close()
        return received

    received = asyncio.run(attempt())
    assert b'"refused":"code"' in received
    for secret in (SECRET_INFO, QUESTION_TEXT, "participant"):
        assert secret.encode() not in received
    assert session.host_events.wait(ev.AttemptFailed).reason == "code"
