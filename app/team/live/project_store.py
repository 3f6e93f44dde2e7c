"""Where a live host stores arrivals: quote marks in the interview, in the encrypted project.

The quote is stored with the question the co-listener was following and the interview clock
at the moment of the mark; a theme is matched by name to the project's themes. The
exactly-once bookkeeping (which ``(peer, seq)`` are stored) is kept with the session.
"""

from __future__ import annotations

import threading

from app import consent
from app.errors import ConsentRequired, InvalidInput
from app.quotes import add_quote
from app.store.database import Database
from app.team.live.host import Arrival, QuoteNotAccepted
from app.themes import list_themes


class ProjectQuoteStore:
    """A :class:`~app.team.live.host.HostStore` over one interview of an open project."""

    def __init__(self, db: Database, interview_id: int, created_by: str = "") -> None:
        self._db = db
        self.interview_id = interview_id
        self._created_by = created_by
        self._lock = threading.Lock()
        self._secrets: dict[str, bytes] = {}
        self._upto: dict[str, int] = {}

    def add_peer(self, peer: str, resume_secret: bytes) -> None:
        with self._lock:
            self._secrets[peer] = resume_secret
            self._upto.setdefault(peer, 0)

    def peer_secret(self, peer: str) -> bytes | None:
        with self._lock:
            return self._secrets.get(peer)

    def forget_peer(self, peer: str) -> None:
        with self._lock:
            self._secrets.pop(peer, None)

    def stored_upto(self, peer: str) -> int:
        with self._lock:
            return self._upto.get(peer, 0)

    def store(self, arrival: Arrival) -> int:
        theme_ids = self._theme_ids(arrival.theme)
        question_id = arrival.question_id if self._known_question(arrival.question_id) else None
        try:
            quote = add_quote(
                self._db,
                self.interview_id,
                arrival.text,
                question_id=question_id,
                at_ms=arrival.at_ms,
                starred=arrival.starred,
                theme_ids=theme_ids,
                source="panel",  # typed in a quote panel, on the co-listener's laptop
                created_by=self._created_by,
            )
        except ConsentRequired:
            self._mark(arrival)
            raise QuoteNotAccepted("consent") from None
        except InvalidInput as exc:
            self._mark(arrival)
            raise QuoteNotAccepted(exc.detail or exc.code) from None
        self._mark(arrival)
        return quote.id

    def allows_quotes(self) -> bool:
        return consent.allows(self._db, self.interview_id, "quotes")

    def _mark(self, arrival: Arrival) -> None:
        with self._lock:
            self._upto[arrival.peer] = max(self._upto.get(arrival.peer, 0), arrival.seq)

    def _theme_ids(self, name: str | None) -> list[int]:
        if not name:
            return []
        wanted = name.strip().casefold()
        return [t.id for t in list_themes(self._db) if t.name.casefold() == wanted][:1]

    def _known_question(self, question_id: int | None) -> bool:
        if question_id is None:
            return False
        return (
            int(self._db.scalar("SELECT count(*) FROM question WHERE id = ?", (question_id,))) > 0
        )
