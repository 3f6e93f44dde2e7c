"""The co-listener's laptop: a session opened from a co-listener package, and its quote marks.

A co-listener package (guide, participant code, consent state, no notes) is kept as the
session's *briefing* inside the co-listener's own encrypted project; it adds nothing to
that project's guides, themes or interviews. Quote marks go to ``colisten_quote`` through
a :class:`QuoteSink`; the co-listener mode window only knows the sink, so the same window
can send marks over the network instead (live co-listening) with another sink.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from app.errors import ConsentRequired, InvalidInput, NotFound, SamtalError
from app.guide.jsonformat import parse_guide
from app.guide.model import Guide, Question, Section
from app.store.database import Database
from app.store.project import now_iso
from app.team import validate
from app.team.errors import DAMAGED, PackageError

MAX_QUOTE_CHARS = 10_000


@dataclass(frozen=True)
class QuestionRef:
    ref: str  # "s.q"
    section: Section
    question: Question


@dataclass
class Briefing:
    """What a co-listener package told the co-listener (no notes)."""

    origin: str
    uid: str
    code: str
    guide_sha256: str
    guide: Guide
    themes: list[dict[str, Any]]
    consent_recorded: bool
    quotes_allowed: bool
    withdrawn: bool
    reply_to: str
    interviewer: str = ""
    co_listener: str = ""
    planned_minutes: int | None = None
    questions: list[QuestionRef] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.questions = [
            QuestionRef(f"{si}.{qi}", s, q)
            for si, s in enumerate(self.guide.sections)
            for qi, q in enumerate(s.questions)
        ]

    @property
    def may_quote(self) -> bool:
        return self.consent_recorded and self.quotes_allowed and not self.withdrawn

    def question(self, ref: str | None) -> QuestionRef | None:
        return next((q for q in self.questions if q.ref == ref), None)


@dataclass(frozen=True)
class ColistenMark:
    uid: str
    question: str | None
    at_ms: int
    text: str
    starred: bool
    themes: tuple[str, ...]  # theme names (top-level paths joined by "/")
    created_at: str


@dataclass
class ColistenSession:
    id: int
    briefing: Briefing
    co_listener_code: str
    clock_started_at: str | None
    elapsed_ms: int
    current_question: str | None
    returned_at: str | None


class QuoteSink(Protocol):
    """Where quote marks go: this laptop's encrypted project, or (live) the interviewer."""

    def add(
        self, text: str, question: str | None, at_ms: int, starred: bool, themes: list[str]
    ) -> ColistenMark: ...

    def update(
        self, uid: str, *, starred: bool | None = None, themes: list[str] | None = None
    ) -> ColistenMark: ...

    def remove(self, uid: str) -> None: ...

    def marks(self) -> list[ColistenMark]: ...


# -- storing a briefing (the import of a co-listener package) ---------------------------------
def store_briefing(
    db: Database,
    record: dict[str, Any],
    guides: dict[str, tuple[str, Any]],
    themes: list[dict[str, Any]],
    origin: str,
    now: str,
) -> tuple[str, bool]:
    """Keep a co-listener package as a session (one per interview). Returns (code, new)."""
    uid, code = validate.uid(record), validate.code(record)
    ref = validate.text(record, "guide", limit=20)
    if ref not in guides:
        raise PackageError(DAMAGED)
    sha, doc = guides[ref]
    consent = record.get("consent")
    if not isinstance(consent, dict) or not all(
        isinstance(consent.get(k), bool) for k in ("recorded", "quotes", "withdrawn")
    ):
        raise PackageError(DAMAGED)
    briefing = {
        "origin": origin,
        "uid": uid,
        "code": code,
        "guide_sha256": sha,
        "guide": doc,
        "themes": themes,
        "consent": {k: consent[k] for k in ("recorded", "quotes", "withdrawn")},
        "reply_to": validate.text(record, "reply_to", limit=100),
        "interviewer": validate.text(record, "interviewer", limit=12),
        "co_listener": validate.text(record, "co_listener", limit=12),
        "planned_minutes": validate.integer(record, "planned_minutes", optional=True),
    }
    text = json.dumps(briefing, ensure_ascii=False, sort_keys=True)
    existing = db.query_one(
        "SELECT id, briefing FROM colisten_session WHERE interview_uid = ?", (uid,)
    )
    if existing is None:
        db.execute(
            "INSERT INTO colisten_session (interview_uid, participant_code, briefing,"
            " co_listener_code, created_at) VALUES (?, ?, ?, ?, ?)",
            (uid, code, text, briefing["co_listener"], now),
        )
        return code, True
    if existing["briefing"] != text:  # a newer briefing, e.g. consent recorded since
        db.execute("UPDATE colisten_session SET briefing = ? WHERE id = ?", (text, existing["id"]))
    return code, False


def briefing_from_doc(doc: dict[str, Any]) -> Briefing:
    """A briefing as sent live (the same fields as a stored one).

    Raises:
        PackageError: it does not read as a briefing.
    """
    try:
        return _briefing(json.dumps(doc, ensure_ascii=False))
    except (KeyError, TypeError, ValueError, SamtalError) as exc:
        raise PackageError(DAMAGED) from exc


def _briefing(text: str) -> Briefing:
    doc = json.loads(text)
    guide = parse_guide(json.dumps(doc["guide"], ensure_ascii=False))
    consent = doc["consent"]
    return Briefing(
        origin=doc["origin"],
        uid=doc["uid"],
        code=doc["code"],
        guide_sha256=doc["guide_sha256"],
        guide=guide,
        themes=list(doc["themes"]),
        consent_recorded=consent["recorded"],
        quotes_allowed=consent["quotes"],
        withdrawn=consent["withdrawn"],
        reply_to=doc["reply_to"],
        interviewer=doc.get("interviewer", ""),
        co_listener=doc.get("co_listener", ""),
        planned_minutes=doc.get("planned_minutes"),
    )


def list_sessions(db: Database) -> list[ColistenSession]:
    return [_session(r) for r in db.query("SELECT * FROM colisten_session ORDER BY id DESC")]


def get_session(db: Database, session_id: int) -> ColistenSession:
    row = db.query_one("SELECT * FROM colisten_session WHERE id = ?", (session_id,))
    if row is None:
        raise NotFound("colisten_session")
    return _session(row)


def session_for(db: Database, interview_uid: str) -> ColistenSession:
    row = db.query_one("SELECT * FROM colisten_session WHERE interview_uid = ?", (interview_uid,))
    if row is None:
        raise NotFound("colisten_session")
    return _session(row)


def _session(r: Any) -> ColistenSession:
    return ColistenSession(
        int(r["id"]),
        _briefing(str(r["briefing"])),
        str(r["co_listener_code"]),
        r["clock_started_at"],
        int(r["elapsed_ms"]),
        r["current_question"],
        r["returned_at"],
    )


def now_ms_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def start_clock(db: Database, session_id: int, at: str | None = None) -> str:
    """Record when the co-listener's clock first started (for aligning with the interviewer)."""
    with db.atomic():
        started = db.scalar(
            "SELECT clock_started_at FROM colisten_session WHERE id = ?", (session_id,)
        )
        if started:
            return str(started)
        when = at or now_ms_iso()
        db.execute(
            "UPDATE colisten_session SET clock_started_at = ? WHERE id = ?", (when, session_id)
        )
        return when


def save_position(db: Database, session_id: int, elapsed_ms: int, question: str | None) -> None:
    db.execute(
        "UPDATE colisten_session SET elapsed_ms = ?, current_question = ? WHERE id = ?",
        (int(elapsed_ms), question, session_id),
    )


def set_co_listener_code(db: Database, session_id: int, code: str) -> None:
    from app.interview.records import check_auditor_code

    db.execute(
        "UPDATE colisten_session SET co_listener_code = ? WHERE id = ?",
        (check_auditor_code(code), session_id),
    )


def mark_returned(db: Database, session_id: int) -> None:
    db.execute("UPDATE colisten_session SET returned_at = ? WHERE id = ?", (now_iso(), session_id))


def erase_sessions(db: Database, interview_uid: str) -> int:
    """Erase a co-listener session and its marks (withdrawal, or done with it)."""
    cur = db.execute("DELETE FROM colisten_session WHERE interview_uid = ?", (interview_uid,))
    return int(cur.rowcount or 0)


# -- the quote sink of this laptop ------------------------------------------------------------
class LocalQuoteSink:
    """Quote marks kept in the co-listener's own encrypted project (autosaved per mark).

    Quote consent is enforced here too: without it (or after a withdrawal) nothing is stored.
    """

    def __init__(self, db: Database, session: ColistenSession) -> None:
        self.db = db
        self.session = session

    def _check(self, text: str) -> str:
        if not self.session.briefing.may_quote:
            raise ConsentRequired("quotes", consent="quotes")
        text = text.strip()
        if not text:
            raise InvalidInput("quote_empty")
        if len(text) > MAX_QUOTE_CHARS:
            raise InvalidInput("quote_too_long", maximum=MAX_QUOTE_CHARS)
        return text

    def add(
        self, text: str, question: str | None, at_ms: int, starred: bool, themes: list[str]
    ) -> ColistenMark:
        text = self._check(text)
        if question is not None and self.session.briefing.question(question) is None:
            raise InvalidInput("question")
        mark = ColistenMark(
            secrets.token_hex(16),
            question,
            max(0, int(at_ms)),
            text,
            bool(starred),
            tuple(dict.fromkeys(themes)),
            now_iso(),
        )
        self.db.execute(
            "INSERT INTO colisten_quote (session_id, uid, question, at_ms, text, starred, themes,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.session.id,
                mark.uid,
                mark.question,
                mark.at_ms,
                mark.text,
                int(mark.starred),
                json.dumps(list(mark.themes), ensure_ascii=False),
                mark.created_at,
            ),
        )
        return mark

    def update(
        self, uid: str, *, starred: bool | None = None, themes: list[str] | None = None
    ) -> ColistenMark:
        with self.db.atomic():
            if starred is not None:
                self.db.execute(
                    "UPDATE colisten_quote SET starred = ? WHERE uid = ? AND session_id = ?",
                    (int(starred), uid, self.session.id),
                )
            if themes is not None:
                self.db.execute(
                    "UPDATE colisten_quote SET themes = ? WHERE uid = ? AND session_id = ?",
                    (
                        json.dumps(list(dict.fromkeys(themes)), ensure_ascii=False),
                        uid,
                        self.session.id,
                    ),
                )
            for mark in self.marks():
                if mark.uid == uid:
                    return mark
        raise NotFound("quote")

    def remove(self, uid: str) -> None:
        self.db.execute(
            "DELETE FROM colisten_quote WHERE uid = ? AND session_id = ?", (uid, self.session.id)
        )

    def marks(self) -> list[ColistenMark]:
        return [
            ColistenMark(
                r["uid"],
                r["question"],
                int(r["at_ms"]),
                r["text"],
                bool(r["starred"]),
                tuple(json.loads(r["themes"])),
                r["created_at"],
            )
            for r in self.db.query(
                "SELECT * FROM colisten_quote WHERE session_id = ? ORDER BY at_ms, id",
                (self.session.id,),
            )
        ]


# -- what co-listener mode talks to ---------------------------------------------------------------
class ColistenBackend(Protocol):
    """Everything co-listener mode needs besides its widgets.

    :class:`LocalColisten` keeps marks in this laptop's project (the offline round trip);
    live co-listening provides its own backend whose sink sends marks over the network, and
    feeds the current question to the window from outside.
    """

    briefing: Briefing
    sink: QuoteSink

    @property
    def elapsed_ms(self) -> int: ...

    @property
    def current_question(self) -> str | None: ...

    def clock_started(self) -> None: ...

    def save_position(self, elapsed_ms: int, question: str | None) -> None: ...


class LocalColisten:
    """The offline co-listener: session and marks in this laptop's encrypted project."""

    def __init__(self, db: Database, session: ColistenSession) -> None:
        self.db = db
        self.session = session
        self.briefing = session.briefing
        self.sink: QuoteSink = LocalQuoteSink(db, session)

    @property
    def elapsed_ms(self) -> int:
        return self.session.elapsed_ms

    @property
    def current_question(self) -> str | None:
        return self.session.current_question

    def clock_started(self) -> None:
        self.session.clock_started_at = start_clock(self.db, self.session.id)

    def save_position(self, elapsed_ms: int, question: str | None) -> None:
        self.session.elapsed_ms, self.session.current_question = int(elapsed_ms), question
        save_position(self.db, self.session.id, elapsed_ms, question)


def session_by_code(db: Database, participant_code: str) -> ColistenSession:
    from app.interview.codes import normalise_code

    row = db.query_one(
        "SELECT * FROM colisten_session WHERE participant_code = ? ORDER BY id DESC LIMIT 1",
        (normalise_code(participant_code),),
    )
    if row is None:
        raise NotFound("participant_code", code=normalise_code(participant_code))
    return _session(row)
