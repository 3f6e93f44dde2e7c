"""The co-listener's offline round trip: a briefing package out, a quotes package back.

1. The interviewer's project writes a ``colistener`` package for one interview: its guide
   version, the project's themes (for theme keys), the participant code, the consent state
   and the interviewer project's mottagarnyckel to reply to; no notes.
2. The co-listener's app keeps it as a session (``colisten_store``) and runs co-listener
   mode: the guide outline, the current question (by key, or followed by the clock), quote
   marks with stars and themes, and the co-listener's own clock.
3. The co-listener's app writes a ``quotes`` package back, encrypted to the interviewer's
   key (or a passphrase); the interviewer's project imports it (``quotes_merge``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from app.guide.model import Guide
from app.interview import consent as consent_mod
from app.interview.records import find_interview
from app.store.project import Project
from app.team.colisten_store import Briefing, ColistenSession, LocalQuoteSink, mark_returned
from app.team.envelope import write_package
from app.team.export import RecordBuilder, package_header
from app.team.keys import recipient_key
from app.team.stream import Record


def export_colistener(
    project: Project,
    code: str,
    dest: Path,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
) -> int:
    """Write the co-listener package of interview ``code``. Returns the file size.

    Raises:
        NotFound: no such interview. InvalidInput: the interview has no guide.
        PackageError, InvalidInput: bad key or passphrase.
    """
    db = project.db
    interview = find_interview(db, code)
    if interview.guide_version_id is None:
        from app.errors import InvalidInput

        raise InvalidInput("no_guide")
    consent = consent_mod.current_consent(db, interview.id)
    builder = RecordBuilder(db)
    reply_to = recipient_key(db)
    uid = str(db.scalar("SELECT uid FROM interview WHERE id = ?", (interview.id,)))

    def records() -> Iterator[Record]:
        guide = builder.guide_record(interview.guide_version_id or 0)
        yield guide
        yield from builder.theme_records(None)
        yield {
            "t": "colistener",
            "uid": uid,
            "code": interview.participant_code,
            "guide": guide["ref"],
            "planned_minutes": interview.planned_minutes,
            "interviewer": interview.interviewer_code,
            "co_listener": interview.co_listener_code,
            "consent": {
                "recorded": consent is not None,
                "quotes": bool(consent and consent.consent_quotes),
                "withdrawn": bool(consent and consent.withdrawn_at),
            },
            "reply_to": reply_to,
        }

    return write_package(
        dest,
        "colistener",
        records(),
        recipients=recipients,
        passphrase=passphrase,
        header=package_header(project),
    )


def export_quotes(
    project: Project,
    session: ColistenSession,
    dest: Path,
    *,
    passphrase: str | None = None,
    to_interviewer: bool = True,
) -> int:
    """Write the co-listener's marks as a ``quotes`` package, encrypted to the interviewer's
    project (the key came with the briefing) and/or a passphrase. Returns the file size."""
    sink = LocalQuoteSink(project.db, session)
    briefing = session.briefing

    def records() -> Iterator[Record]:
        yield {
            "t": "quotes",
            "uid": briefing.uid,
            "code": briefing.code,
            "guide_sha256": briefing.guide_sha256,
            "clock_started_at": session.clock_started_at,
            "by": session.co_listener_code,
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
                for m in sink.marks()
            ],
        }

    size = write_package(
        dest,
        "quotes",
        records(),
        recipients=[briefing.reply_to] if to_interviewer else [],
        passphrase=passphrase,
        header=package_header(project),
    )
    mark_returned(project.db, session.id)
    return size


# -- following the guide by the clock ------------------------------------------------------------
def question_at(briefing: Briefing, elapsed_ms: int) -> str | None:
    """The question the interview is probably at after ``elapsed_ms``, by the planned minutes.

    Each section gets its planned minutes (sections without get an even share of what the
    interview's planned time leaves, or five minutes), spread evenly over its questions.
    Past the end, the last question. An estimate: one key takes over at once.
    """
    guide: Guide = briefing.guide
    sections = [s for s in guide.sections if s.questions]
    if not sections:
        return None
    planned = [s.planned_minutes for s in sections]
    known = sum(p for p in planned if p)
    unknown = [i for i, p in enumerate(planned) if not p]
    rest = (briefing.planned_minutes or 0) - known
    share = max(1.0, rest / len(unknown)) if unknown and rest > 0 else 5.0
    minutes = [float(p) if p else share for p in planned]
    t = max(0, elapsed_ms) / 60_000
    for section, span in zip(sections, minutes, strict=True):
        if t < span:
            per = span / len(section.questions)
            index = min(len(section.questions) - 1, int(t // per))
            return _ref(briefing, section.questions[index])
        t -= span
    return _ref(briefing, sections[-1].questions[-1])


def _ref(briefing: Briefing, question: object) -> str | None:
    return next((q.ref for q in briefing.questions if q.question is question), None)
