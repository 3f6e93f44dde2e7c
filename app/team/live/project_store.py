"""Where a live host keeps its session and stores arrivals: in the encrypted project.

- ``live_session``: the host's age key for this interview's live session (so marks sealed
  before a restart of the app can still be opened after it) and the port it listened on.
- ``live_peer``: each paired co-listener's resume secret and ``stored_upto``, which is
  updated **in the same transaction** as the quote: a mark is stored exactly once even when
  the acknowledgement is lost or either side is killed.

A quote is stored with the question the co-listener was following and the interview clock at
the moment of the mark; a theme is matched by name to the project's themes.
"""

from __future__ import annotations

from pyrage import x25519

from app.analysis.themes import list_themes
from app.errors import ConsentRequired, InvalidInput
from app.interview.quotes import QuoteMark, add_quote, get_quote
from app.store.database import Database
from app.store.project import now_iso
from app.team.export import theme_paths
from app.team.live.host import Arrival, QuoteNotAccepted


def session_key(db: Database, interview_id: int) -> tuple[x25519.Identity, int]:
    """This interview's live session key and last port: the stored ones, or new ones."""
    row = db.query_one(
        "SELECT identity, port FROM live_session WHERE interview_id = ?", (interview_id,)
    )
    if row is not None:
        return x25519.Identity.from_str(row["identity"]), int(row["port"])
    identity = x25519.Identity.generate()
    db.execute(
        "INSERT INTO live_session (interview_id, identity, started_at) VALUES (?, ?, ?)",
        (interview_id, str(identity), now_iso()),
    )
    return identity, 0


def remember_port(db: Database, interview_id: int, port: int) -> None:
    db.execute("UPDATE live_session SET port = ? WHERE interview_id = ?", (port, interview_id))


def end_session(db: Database, interview_id: int) -> None:
    """Forget the session key and every co-listener: nothing can resume any more."""
    with db.atomic():
        db.execute("DELETE FROM live_peer WHERE interview_id = ?", (interview_id,))
        db.execute("DELETE FROM live_session WHERE interview_id = ?", (interview_id,))


def has_peers(db: Database, interview_id: int) -> bool:
    """A live session with a paired co-listener that may come back (resume)."""
    row = db.query_one("SELECT 1 FROM live_peer WHERE interview_id = ? LIMIT 1", (interview_id,))
    return row is not None


class ProjectQuoteStore:
    """A :class:`~app.team.live.host.HostStore` over one interview of an open project."""

    def __init__(self, db: Database, interview_id: int, created_by: str = "") -> None:
        self._db = db
        self.interview_id = interview_id
        self._created_by = created_by

    def add_peer(self, peer: str, resume_secret: bytes) -> None:
        self._db.execute(
            "INSERT INTO live_peer (peer, interview_id, resume, paired_at) VALUES (?, ?, ?, ?)",
            (peer, self.interview_id, resume_secret, now_iso()),
        )

    def peer_secret(self, peer: str) -> bytes | None:
        row = self._db.query_one(
            "SELECT resume FROM live_peer WHERE peer = ? AND interview_id = ?",
            (peer, self.interview_id),
        )
        return None if row is None else bytes(row["resume"])

    def forget_peer(self, peer: str) -> None:
        self._db.execute("DELETE FROM live_peer WHERE peer = ?", (peer,))

    def stored_upto(self, peer: str) -> int:
        value = self._db.scalar("SELECT stored_upto FROM live_peer WHERE peer = ?", (peer,))
        return 0 if value is None else int(value)

    def store(self, arrival: Arrival) -> QuoteMark:
        if arrival.uid is not None:  # already here (a quotes package of the same mark)
            existing = self._db.scalar(
                "SELECT id FROM quote WHERE uid = ? AND interview_id = ?",
                (arrival.uid, self.interview_id),
            )
            if existing is not None:
                self._mark(arrival)
                return get_quote(self._db, int(existing))
        theme_ids = self._theme_ids(arrival.theme, arrival.themes)
        question_id = arrival.question_id if self._known_question(arrival.question_id) else None
        try:
            with self._db.atomic():
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
                if arrival.uid is not None:
                    self._db.execute(
                        "UPDATE quote SET uid = ? WHERE id = ?", (arrival.uid, quote.id)
                    )
                self._mark(arrival)
        except ConsentRequired:
            self._mark(arrival)
            raise QuoteNotAccepted("consent") from None
        except InvalidInput as exc:
            self._mark(arrival)
            raise QuoteNotAccepted(exc.detail or exc.code) from None
        return quote

    def _mark(self, arrival: Arrival) -> None:
        self._db.execute(
            "UPDATE live_peer SET stored_upto = max(stored_upto, ?) WHERE peer = ?",
            (arrival.seq, arrival.peer),
        )

    def _theme_ids(self, name: str | None, paths: tuple[str, ...] = ()) -> list[int]:
        """A theme by its name (``--theme``) or by its path in the codebook (co-listener
        mode's theme keys); unknown ones are left out, never created."""
        wanted = [p.strip().casefold() for p in (*paths, name or "") if p and p.strip()]
        if not wanted:
            return []
        by_path = {"/".join(parts).casefold(): tid for tid, parts in theme_paths(self._db).items()}
        by_name = {t.name.casefold(): t.id for t in list_themes(self._db)}
        found = [by_path.get(w, by_name.get(w)) for w in wanted]
        return list(dict.fromkeys(t for t in found if t is not None))

    def _known_question(self, question_id: int | None) -> bool:
        if question_id is None:
            return False
        found = self._db.scalar("SELECT count(*) FROM question WHERE id = ?", (question_id,))
        return int(found) > 0
