"""What the co-listener is shown: a briefing once, then the current question.

The briefing is the same as a co-listener package's (``app.team.colisten``): the guide, the
project's themes (for theme keys), the participant code, the consent state and the
interviewer project's mottagarnyckel, no notes — so co-listener mode reads it the same way
whether it came in a file or over the network. Sent only over the paired, encrypted channel.
Questions are named by their place in the guide (``"2.3"``: section 2, question 3), as in
the package; the host maps a place to its own question id.
"""

from __future__ import annotations

from typing import Any

from app.guide.model import Guide, Question
from app.guide.repository import default_guide_version_id, load_guide
from app.interview.consent import current_consent
from app.interview.records import get_interview
from app.store.database import Database


def question_refs(guide: Guide) -> dict[int, str]:
    """Question id → its place in the guide ("section.question", both from 0)."""
    return {
        q.id: f"{si}.{qi}"
        for si, s in enumerate(guide.sections)
        for qi, q in enumerate(s.questions)
        if q.id is not None
    }


def question_payload(
    guide: Guide, question: Question | None, position: tuple[int, int] | None = None
) -> dict[str, Any] | None:
    if question is None or question.id is None:
        return None
    payload: dict[str, Any] = {
        "id": question.id,
        "ref": question_refs(guide).get(question.id),
        "number": question.number,
        "text": question.text,
        "section": guide.section_of(question).title,
    }
    if position is not None:
        payload["position"] = list(position)
    return payload


def live_briefing(db: Database, interview_id: int) -> dict[str, Any]:
    """The welcome's ``info``: ``briefing`` (as in a co-listener package) and ``refs``."""
    from app.team.export import RecordBuilder
    from app.team.keys import recipient_key

    interview = get_interview(db, interview_id)
    version = interview.guide_version_id or default_guide_version_id(db)
    consent = current_consent(db, interview_id)
    quotes = bool(consent and consent.consent_quotes and not consent.withdrawn_at)
    info: dict[str, Any] = {"participant": interview.participant_code, "quotes_allowed": quotes}
    if version is None:
        return info
    builder = RecordBuilder(db)
    guide_record = builder.guide_record(version)
    themes = [{"path": t["path"], "colour": t["colour"]} for t in builder.theme_records(None)]
    info["briefing"] = {
        "origin": str(db.scalar("SELECT value FROM meta WHERE key = 'project_id'") or ""),
        "uid": str(db.scalar("SELECT uid FROM interview WHERE id = ?", (interview_id,)) or ""),
        "code": interview.participant_code,
        "guide_sha256": guide_record["sha256"],
        "guide": guide_record["guide"],
        "themes": themes,
        "consent": {
            "recorded": consent is not None,
            "quotes": bool(consent and consent.consent_quotes),
            "withdrawn": bool(consent and consent.withdrawn_at),
        },
        "reply_to": recipient_key(db),
        "interviewer": interview.interviewer_code,
        "co_listener": interview.co_listener_code,
        "planned_minutes": interview.planned_minutes,
    }
    info["refs"] = {ref: qid for qid, ref in question_refs(load_guide(db, version)).items()}
    return info
