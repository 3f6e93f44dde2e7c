"""Reviewing pseudonymisation: the findings in an interview's notes and quotes, and decisions.

A finding that ``needs_review`` is *unresolved* until a person accepts (apply the
replacement) or rejects (keep the words) it. Decisions are stored per interview under the
finding's fingerprint, so the review is done once. Every export goes through
:func:`text_filter`, which applies the automatic findings and the accepted flags.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from app import pseudonymise as engine
from app.audio.records import get_transcript
from app.audit import audit_info
from app.interview.notes import notes_for_interview
from app.interview.quotes import quotes_for_interview
from app.pseudonymise.name_lists import names_for
from app.store.database import Database
from app.store.project import now_iso

ACCEPT, REJECT = "accept", "reject"


@dataclass(frozen=True)
class ReviewText:
    """One piece of text of an interview: a note paragraph block or a quote."""

    source: str  # "note", "quote" or "transcript"
    source_id: int
    question_id: int | None
    text: str


@dataclass(frozen=True)
class ReviewItem:
    text: ReviewText
    finding: engine.Finding
    decision: str | None

    @property
    def unresolved(self) -> bool:
        return self.finding.needs_review and self.decision is None


def project_settings(db: Database) -> engine.Settings:
    raw = audit_info(db).settings or "{}"
    try:
        doc: dict[str, Any] = json.loads(raw)
    except ValueError:
        doc = {}
    return engine.Settings.from_dict(doc.get("pseudonymise", {}))


def project_stop_words(db: Database) -> frozenset[str]:
    return frozenset(r[0] for r in db.query("SELECT word FROM stop_word"))


def interview_texts(db: Database, interview_id: int) -> list[ReviewText]:
    texts = [
        ReviewText("note", n.id, n.question_id, n.text)
        for n in notes_for_interview(db, interview_id)
        if not n.is_empty
    ]
    texts += [
        ReviewText("quote", q.id, q.question_id, q.report_text)
        for q in quotes_for_interview(db, interview_id)
    ]
    transcript = get_transcript(db, interview_id)
    if transcript is not None and transcript.body.strip():
        # The transcript is reviewed like notes (its export applies the same decisions).
        texts.append(ReviewText("transcript", interview_id, None, transcript.body))
    return texts


def decisions(db: Database, interview_id: int) -> dict[str, str]:
    """Stored decisions by fingerprint: "accept" or "reject"."""
    return {
        r[0]: r[1]
        for r in db.query(
            "SELECT fingerprint, decision FROM review_decision WHERE interview_id = ?",
            (interview_id,),
        )
    }


def _as_bool(decided: dict[str, str]) -> dict[str, bool]:
    return {fingerprint: value == ACCEPT for fingerprint, value in decided.items()}


def review_items(db: Database, interview_id: int) -> list[ReviewItem]:
    engine_for = engine.Pseudonymiser(
        names_for(db, interview_id), project_stop_words(db), project_settings(db)
    )
    decided = decisions(db, interview_id)
    items: list[ReviewItem] = []
    for t in interview_texts(db, interview_id):
        for f in engine_for.analyse(t.text):
            items.append(ReviewItem(t, f, decided.get(f.fingerprint)))
    return items


def unresolved_count(db: Database, interview_id: int) -> int:
    return sum(1 for item in review_items(db, interview_id) if item.unresolved)


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


def accept_all(
    db: Database, interview_id: int, decided_by: str = "cli", kinds: set[str] | None = None
) -> list[ReviewItem]:
    """Record the engine's own outcome for every unresolved finding, as a review would.

    Automatic replacements are accepted; review-only flags (likely names, denne/denna,
    gendered nouns) are recorded as *kept*: they are not accepted as names. Returns the
    flags that were kept, so a person can look at them.
    """
    kept: list[ReviewItem] = []
    with db.atomic():
        for item in review_items(db, interview_id):
            if not item.unresolved or (kinds and str(item.finding.kind) not in kinds):
                continue
            decide(
                db, interview_id, item.finding, ACCEPT if item.finding.auto else REJECT, decided_by
            )
            if not item.finding.auto:
                kept.append(item)
    return kept


def text_filter(db: Database) -> Callable[[str, int | None, bool], str]:
    """The pseudonymiser every export uses: (text, interview_id, is_quote) -> text."""
    stop = project_stop_words(db)
    quote_settings = project_settings(db)
    # "[hen]" edit marks belong in verbatim quotes; notes are the auditor's own words.
    note_settings = replace(quote_settings, mark_edits=False)
    cache: dict[int | None, tuple[engine.Pseudonymiser, engine.Pseudonymiser, dict[str, bool]]] = {}

    def context(
        interview_id: int | None,
    ) -> tuple[engine.Pseudonymiser, engine.Pseudonymiser, dict[str, bool]]:
        if interview_id not in cache:
            names = names_for(db, interview_id)
            decided = _as_bool(decisions(db, interview_id)) if interview_id is not None else {}
            cache[interview_id] = (
                engine.Pseudonymiser(names, stop, note_settings),
                engine.Pseudonymiser(names, stop, quote_settings),
                decided,
            )
        return cache[interview_id]

    def apply(text: str, interview_id: int | None, is_quote: bool) -> str:
        for_notes, for_quotes, decided = context(interview_id)
        chosen = for_quotes if is_quote else for_notes
        return engine.apply(text, chosen.analyse(text), decided)

    return apply
