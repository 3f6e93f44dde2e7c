"""Co-listener mode, live: the same window as the offline round trip, fed over the network.

:class:`LiveColistenBackend` is a :class:`app.team.colisten_store.ColistenBackend`: its
briefing came in the host's welcome, its current question and clock are the interviewer's,
and its :class:`LiveMarks` sink sends each mark at once (through the encrypted outbox, so
marks made while the network is away are sent when it returns). Nothing is written to a
project on the co-listener's laptop; the only copy is the outbox, erased when the session
ends, unless the co-listener keeps a quotes package (:func:`write_quotes_package`).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import ConsentRequired, InvalidInput, NotFound
from app.interview.runner import SessionClock
from app.store.project import now_iso
from app.team.colisten_store import (
    MAX_QUOTE_CHARS,
    Briefing,
    ColistenMark,
    QuoteSink,
    briefing_from_doc,
)
from app.team.live.colistener import LiveColistener
from app.team.live.errors import LiveError


class AlreadySent(LiveError):
    """A live mark is already with the interviewer: change it there."""

    code = "colisten_already_sent"


class FollowedClock(SessionClock):
    """The interviewer's clock as the co-listener's laptop knows it (read-only here)."""

    def __init__(self, client: LiveColistener) -> None:
        super().__init__(0)
        self._client = client

    @property
    def running(self) -> bool:
        return self._client.following[1]

    def start(self) -> None:  # the interviewer starts and pauses it
        pass

    def pause(self) -> None:
        pass

    def toggle(self) -> bool:
        return self.running

    def elapsed_ms(self) -> int:
        return self._client.position()[1]


class LiveMarks:
    """A :class:`~app.team.colisten_store.QuoteSink` that sends each mark to the interviewer.

    Quote consent is enforced here as well as on the interviewer's laptop.
    """

    def __init__(self, client: LiveColistener, briefing: Briefing, refs: dict[str, int]) -> None:
        self._client = client
        self._briefing = briefing
        self._refs = refs
        self._marks: list[ColistenMark] = []
        self.sent_at: dict[str, float] = {}

    def add(
        self, text: str, question: str | None, at_ms: int, starred: bool, themes: list[str]
    ) -> ColistenMark:
        if not self._briefing.may_quote:
            raise ConsentRequired("quotes", consent="quotes")
        text = text.strip()
        if not text:
            raise InvalidInput("quote_empty")
        if len(text) > MAX_QUOTE_CHARS:
            raise InvalidInput("quote_too_long", maximum=MAX_QUOTE_CHARS)
        mark = ColistenMark(
            secrets.token_hex(16),
            question,
            max(0, int(at_ms)),
            text,
            bool(starred),
            tuple(dict.fromkeys(themes)),
            now_iso(),
        )
        self._client.mark(
            mark.text,
            star=mark.starred,
            themes=list(mark.themes),
            question_id=self._refs.get(question or ""),
            at_ms=mark.at_ms,
            uid=mark.uid,
        )
        self._marks.append(mark)
        self.sent_at[mark.uid] = time.monotonic()
        return mark

    def update(
        self, uid: str, *, starred: bool | None = None, themes: list[str] | None = None
    ) -> ColistenMark:
        if any(m.uid == uid for m in self._marks):
            raise AlreadySent()
        raise NotFound("quote")

    def remove(self, uid: str) -> None:
        self.update(uid)

    def marks(self) -> list[ColistenMark]:
        return sorted(self._marks, key=lambda m: m.at_ms)

    def forget(self) -> None:
        """The session ended: drop this laptop's copy of the words."""
        self._marks.clear()
        self.sent_at.clear()


class LiveColistenBackend:
    """What co-listener mode needs, from a live session (see the module docstring)."""

    def __init__(self, client: LiveColistener, info: dict[str, Any]) -> None:
        self.client = client
        doc = info.get("briefing")
        if not isinstance(doc, dict):
            raise LiveError("no briefing")
        self.briefing = briefing_from_doc(doc)
        raw = info.get("refs")
        refs = (
            {str(k): int(v) for k, v in raw.items() if type(v) is int}
            if isinstance(raw, dict)
            else {}
        )
        self.ids = {v: k for k, v in refs.items()}
        self.marks = LiveMarks(client, self.briefing, refs)
        self.sink: QuoteSink = self.marks

    def clock(self) -> SessionClock:
        return FollowedClock(self.client)

    def ref_of(self, current: dict[str, Any] | None) -> str | None:
        """The guide place of the host's current question."""
        if not isinstance(current, dict):
            return None
        ref = current.get("ref")
        if isinstance(ref, str) and self.briefing.question(ref) is not None:
            return ref
        qid = current.get("id")
        return self.ids.get(qid) if type(qid) is int else None

    @property
    def elapsed_ms(self) -> int:
        return self.client.position()[1]

    @property
    def current_question(self) -> str | None:
        return self.ref_of(self.client.following[0])

    def clock_started(self) -> None:
        pass  # the interviewer's clock

    def save_position(self, elapsed_ms: int, question: str | None) -> None:
        pass  # nothing of the session is kept on this laptop


def write_quotes_package(
    backend: LiveColistenBackend, dest: Path, *, passphrase: str | None = None
) -> int:
    """Keep this session's marks as a quotes package for the interviewer (the same format as
    the offline round trip, encrypted to the interviewer's project and/or a passphrase).
    Importing it where the marks already arrived live adds nothing: the marks keep their ids.
    """
    from app.team.envelope import write_package

    briefing = backend.briefing

    def records() -> Iterator[dict[str, Any]]:
        yield {
            "t": "quotes",
            "uid": briefing.uid,
            "code": briefing.code,
            "guide_sha256": briefing.guide_sha256,
            "clock_started_at": None,
            "by": briefing.co_listener,
            "quotes": [
                {
                    "uid": m.uid,
                    "q": m.question,
                    "at_ms": m.at_ms,
                    "text": m.text,
                    "starred": m.starred,
                    "themes": [t.split("/") for t in m.themes],
                    "created_at": m.created_at,
                }
                for m in backend.marks.marks()
            ],
        }

    from app import __version__
    from app.team.export import now_ms_iso

    header = {
        "origin": "live-" + (backend.client.peer or "colistener"),
        "seq": 1,
        "created_at": now_ms_iso(),
        "app": __version__,
    }
    return write_package(
        dest,
        "quotes",
        records(),
        recipients=[briefing.reply_to] if briefing.reply_to else [],
        passphrase=passphrase,
        header=header,
    )
