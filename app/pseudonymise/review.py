"""Reviewing pseudonymisation, and the one gate every export passes.

**The unit** of text is what an export writes: one paragraph of a note, or one quote (its
report version). Review and export analyse the same units with the same engine call
(:func:`analyse_interview`): a finding the review showed is the finding the export meets.

**Decisions** are stored per interview under the finding's fingerprint (kind, words and
context within its sentence: ``engine.fingerprint``), so they survive a paragraph split
and edits elsewhere. A finding that ``needs_review`` is *unresolved* until a person accepts
(replace) or rejects (keep) it.

**The gate**: :func:`decided_texts` is "the pseudonymised, decided text of these
interviews". It analyses every unit once, refuses (fail closed: ``UnresolvedFindings``,
naming the interviews) while any finding waits for a decision, and otherwise returns the
text every export writes. A whole note asked for at once is taken paragraph by paragraph.
A string an export asks for that was not among the units is analysed then and refused the
same way if anything in it is undecided. Every export (Word, .qdpx, the survey report)
writes through it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from app import pseudonymise as engine
from app.audio.records import get_transcript
from app.audio.transcript import parse_turns
from app.audit import audit_info
from app.errors import UnresolvedFindings
from app.interview.consent import not_withdrawn
from app.interview.notes import notes_for_interview
from app.interview.quotes import quotes_for_interview
from app.pseudonymise.engine import is_applied
from app.pseudonymise.name_lists import names_for, project_names
from app.pseudonymise.numbering import StoredNumbering
from app.store.database import Database
from app.store.project import now_iso

ACCEPT, REJECT = "accept", "reject"
SOURCES = ("note", "quote", "transcript")
#: Decisions as scripts and the review show them.
DECISION_WORDS = {ACCEPT: "replace", REJECT: "keep", None: "undecided"}

#: progress(done, total)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Unit:
    """One unit of an interview's text: a note paragraph, a quote, or a line of a speaker
    turn of the transcript (the text after its time and speaker label)."""

    interview_id: int
    source: str  # "note", "quote" or "transcript"
    source_id: int  # note id, quote id, or the interview id (its one transcript)
    question_id: int | None
    paragraph: int  # index of the paragraph in its note, of the line in the transcript; 0
    text: str

    @property
    def is_quote(self) -> bool:
        return self.source == "quote"


@dataclass(frozen=True)
class ReviewItem:
    unit: Unit
    finding: engine.Finding
    decision: str | None

    @property
    def unresolved(self) -> bool:
        return self.finding.needs_review and self.decision is None

    @property
    def applied(self) -> bool:
        """Whether the export replaces it (its decision, else the engine's default)."""
        return is_applied(self.finding, _as_bool({self.finding.fingerprint: self.decision}))


@dataclass
class InterviewReview:
    """An interview's units, each analysed once, with the stored decisions."""

    interview_id: int
    code: str
    units: list[Unit]
    findings: list[list[engine.Finding]]
    decided: dict[str, str] = field(default_factory=dict)

    def items(self) -> list[ReviewItem]:
        return [
            ReviewItem(unit, f, self.decided.get(f.fingerprint))
            for unit, found in zip(self.units, self.findings, strict=True)
            for f in found
        ]

    def unresolved(self) -> list[ReviewItem]:
        return [item for item in self.items() if item.unresolved]

    def output(self, index: int) -> str:
        """The decided text of unit ``index``, as exports write it."""
        return engine.apply(self.units[index].text, self.findings[index], _as_bool(self.decided))


def _as_bool(decided: dict[str, str | None] | dict[str, str]) -> dict[str, bool]:
    return {fp: value == ACCEPT for fp, value in decided.items() if value is not None}


# -- project settings and lists -------------------------------------------------------------


def project_settings(db: Database) -> engine.Settings:
    raw = audit_info(db).settings or "{}"
    try:
        doc: dict[str, Any] = json.loads(raw)
    except ValueError:
        doc = {}
    return engine.Settings.from_dict(doc.get("pseudonymise", {}))


def set_numbered_names(db: Database, on: bool) -> None:
    """The project setting "numbered": names become "[Person 1]", "[Person 2]" … instead of
    the name operator, the same number for the same name (kept in the project, see
    ``numbering.py``). Decisions stay valid: they do not depend on what replaces a name."""
    try:
        doc = json.loads(audit_info(db).settings or "{}")
    except ValueError:
        doc = {}
    if not isinstance(doc, dict):
        doc = {}
    section = doc.get("pseudonymise")
    section = {**(section if isinstance(section, dict) else {}), "numbered_names": bool(on)}
    engine.Settings.from_dict(section)  # refuses a section the engine would refuse
    doc["pseudonymise"] = section
    db.execute("UPDATE audit SET settings = ? WHERE id = 1", (json.dumps(doc, ensure_ascii=False),))


def project_stop_words(db: Database) -> frozenset[str]:
    return frozenset(r[0] for r in db.query("SELECT word FROM stop_word"))


def interview_units(db: Database, interview_id: int) -> list[Unit]:
    """The units an export of this interview writes: every non-empty note paragraph, in
    note order, every quote's report version, then the transcript's speaker turns line by
    line (without their times and speaker labels)."""
    units = [
        Unit(interview_id, "note", note.id, note.question_id, i, p.text)
        for note in notes_for_interview(db, interview_id)
        for i, p in enumerate(note.paragraphs)
        if p.text.strip()
    ]
    units += [
        Unit(interview_id, "quote", q.id, q.question_id, 0, q.report_text)
        for q in quotes_for_interview(db, interview_id)
        if q.report_text.strip()
    ]
    transcript = get_transcript(db, interview_id)
    if transcript is not None and transcript.body.strip():
        # what the exports write of it: each speaker turn's words, line by line
        lines = [
            line
            for turn in parse_turns(transcript.body)
            for line in turn.text.split("\n")
            if line.strip()
        ]
        units += [
            Unit(interview_id, "transcript", interview_id, None, i, line)
            for i, line in enumerate(lines)
        ]
    return units


def decisions(db: Database, interview_id: int) -> dict[str, str]:
    """Stored decisions by fingerprint: "accept" or "reject"."""
    return {
        r[0]: r[1]
        for r in db.query(
            "SELECT fingerprint, decision FROM review_decision WHERE interview_id = ?",
            (interview_id,),
        )
    }


# -- analysis: the one engine call ------------------------------------------------------------


class Analyser:
    """Builds each interview's engines once: the project's settings, stop words and lists.

    Notes are analysed without "[hen]" edit marks (they are the auditor's own words), quotes
    with the project's setting.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.stop = project_stop_words(db)
        self.quote_settings = project_settings(db)
        self.note_settings = replace(self.quote_settings, mark_edits=False)
        self.project_names = project_names(db)
        self._codes = {
            int(r[0]): str(r[1]) for r in db.query("SELECT id, participant_code FROM interview")
        }
        self._engines: dict[int, tuple[engine.Pseudonymiser, engine.Pseudonymiser]] = {}

    def code(self, interview_id: int) -> str:
        return self._codes.get(interview_id, "?")

    def engines(self, interview_id: int) -> tuple[engine.Pseudonymiser, engine.Pseudonymiser]:
        """(for notes, for quotes), sharing one numbering."""
        if interview_id not in self._engines:
            names = names_for(self.db, interview_id)
            numbering = (
                StoredNumbering(self.db, interview_id, self.project_names)
                if self.quote_settings.numbered_names
                else None
            )
            self._engines[interview_id] = (
                engine.Pseudonymiser(names, self.stop, self.note_settings, numbering),
                engine.Pseudonymiser(names, self.stop, self.quote_settings, numbering),
            )
        return self._engines[interview_id]

    def analyse(self, unit: Unit) -> list[engine.Finding]:
        for_notes, for_quotes = self.engines(unit.interview_id)
        return (for_quotes if unit.is_quote else for_notes).analyse(unit.text)

    def interview(self, interview_id: int, sources: Collection[str] = SOURCES) -> InterviewReview:
        units = [u for u in interview_units(self.db, interview_id) if u.source in sources]
        with self.db.atomic():  # numbers given to new names are stored together
            found = [self.analyse(u) for u in units]
        return InterviewReview(
            interview_id, self.code(interview_id), units, found, decisions(self.db, interview_id)
        )


def analyse_interview(db: Database, interview_id: int) -> InterviewReview:
    """Every unit of an interview analysed once, with its stored decisions."""
    return Analyser(db).interview(interview_id)


def analyse_project(
    db: Database, interview_ids: Sequence[int] | None = None, progress: Progress | None = None
) -> list[InterviewReview]:
    """:func:`analyse_interview` for many interviews (when None: every interview that can
    still be exported, not the withdrawn ones), sharing the setup."""
    if interview_ids is None:
        interview_ids = [
            int(r[0])
            for r in db.query(f"SELECT id FROM interview i WHERE {not_withdrawn('i')} ORDER BY id")
        ]
    analyser = Analyser(db)
    out = []
    for done, interview_id in enumerate(interview_ids):
        out.append(analyser.interview(interview_id))
        if progress is not None:
            progress(done + 1, len(interview_ids))
    return out


def review_items(db: Database, interview_id: int) -> list[ReviewItem]:
    return analyse_interview(db, interview_id).items()


def unresolved_count(db: Database, interview_id: int) -> int:
    return len(analyse_interview(db, interview_id).unresolved())


# -- deciding -----------------------------------------------------------------------------------


def decide(
    db: Database, interview_id: int, finding: engine.Finding, decision: str, decided_by: str = ""
) -> None:
    if decision not in (ACCEPT, REJECT):
        raise ValueError(decision)
    db.execute(
        "INSERT INTO review_decision (interview_id, fingerprint, kind, decision, decided_by,"
        " decided_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (interview_id, fingerprint) DO UPDATE SET"
        " decision = excluded.decision, decided_by = excluded.decided_by,"
        " decided_at = excluded.decided_at",
        (interview_id, finding.fingerprint, str(finding.kind), decision, decided_by, now_iso()),
    )


def undecide(db: Database, interview_id: int, finding: engine.Finding) -> None:
    db.execute(
        "DELETE FROM review_decision WHERE interview_id = ? AND fingerprint = ?",
        (interview_id, finding.fingerprint),
    )


def decide_many(
    db: Database, items: Iterable[ReviewItem], decision: str, decided_by: str = ""
) -> int:
    """One decision for many findings, in one transaction ("replace all of this word")."""
    count = 0
    with db.atomic():
        for item in items:
            decide(db, item.unit.interview_id, item.finding, decision, decided_by)
            count += 1
    return count


def same_word(items: Iterable[ReviewItem], like: ReviewItem) -> list[ReviewItem]:
    """The findings of the same kind and the same words (any case) as ``like``."""
    key = (like.finding.kind, like.finding.text.casefold())
    return [i for i in items if (i.finding.kind, i.finding.text.casefold()) == key]


def accept_all(
    db: Database,
    interview_id: int,
    decided_by: str = "cli",
    kinds: set[str] | None = None,
    replace_flags: bool = False,
) -> list[ReviewItem]:
    """Record a decision for every unresolved finding, as a review would.

    Automatic replacements are accepted. Review-only flags (likely names, denne, gendered
    nouns, traps) are recorded as *kept*, or with ``replace_flags`` as *replaced* (a flag
    that offers no replacement, "en liten flicka", is kept either way). Returns the flags
    that were kept, so a person can look at them.
    """
    kept: list[ReviewItem] = []
    with db.atomic():
        for item in analyse_interview(db, interview_id).items():
            f = item.finding
            if not item.unresolved or (kinds and str(f.kind) not in kinds):
                continue
            replace_it = f.auto or (replace_flags and f.offers_replacement)
            decide(db, interview_id, f, ACCEPT if replace_it else REJECT, decided_by)
            if not replace_it:
                kept.append(item)
    return kept


# -- the export gate ------------------------------------------------------------------------------


class DecidedTexts:
    """The decided text of some interviews: ``(text, interview_id, is_quote) -> text``, the
    filter export builders write through. Build with :func:`decided_texts`."""

    def __init__(self, analyser: Analyser, reviews: list[InterviewReview]) -> None:
        self._analyser = analyser
        self._out: dict[tuple[int, bool, str], str] = {}
        self._decided = {r.interview_id: r.decided for r in reviews}
        for r in reviews:
            for i, unit in enumerate(r.units):
                self._out[(r.interview_id, unit.is_quote, unit.text)] = r.output(i)

    def __call__(self, text: str, interview_id: int | None, is_quote: bool) -> str:
        if interview_id is None:
            raise ValueError("interview text without an interview")
        known = self._out.get((interview_id, is_quote, text))
        if known is not None:
            return known
        if not is_quote and "\n" in text:
            # a whole note ("\n" between paragraphs): paragraph by paragraph, the units
            return "\n".join(self(line, interview_id, False) for line in text.split("\n"))
        # Not a unit the gate saw: analyse it now, and refuse it the same way.
        unit = Unit(interview_id, "quote" if is_quote else "note", 0, None, 0, text)
        decided = self._decided.get(interview_id)
        if decided is None:
            decided = self._decided[interview_id] = decisions(self._analyser.db, interview_id)
        found = self._analyser.analyse(unit)
        waiting = [f for f in found if f.needs_review and f.fingerprint not in decided]
        if waiting:
            code = self._analyser.code(interview_id)
            raise UnresolvedFindings(
                "findings", count=len(waiting), codes=code, interview_ids=(interview_id,)
            )
        out = engine.apply(text, found, _as_bool(decided))
        self._out[(interview_id, is_quote, text)] = out
        return out


def decided_texts(
    db: Database,
    interview_ids: Sequence[int],
    progress: Progress | None = None,
    sources: Collection[str] = SOURCES,
) -> DecidedTexts:
    """The pseudonymised, decided text of these interviews: the gate every export passes.

    Analyses every unit once (only quotes, with ``sources=("quote",)``, for an export that
    writes only quotes). Raises ``UnresolvedFindings`` (``params``: ``count``, ``codes``,
    ``interview_ids``) while any finding in them waits for a decision.
    """
    analyser = Analyser(db)
    reviews = []
    for done, interview_id in enumerate(interview_ids):
        reviews.append(analyser.interview(interview_id, sources))
        if progress is not None:
            progress(done + 1, len(interview_ids))
    pending = {r.interview_id: len(r.unresolved()) for r in reviews}
    pending = {i: n for i, n in pending.items() if n}
    if pending:
        codes = sorted(analyser.code(i) for i in pending)
        raise UnresolvedFindings(
            "findings",
            count=sum(pending.values()),
            codes=", ".join(codes),
            interview_ids=tuple(sorted(pending, key=analyser.code)),
        )
    return DecidedTexts(analyser, reviews)


def text_filter(db: Database, interview_ids: Sequence[int] = ()) -> DecidedTexts:
    """The filter for an export of these interviews (see :func:`decided_texts`)."""
    return decided_texts(db, interview_ids)
