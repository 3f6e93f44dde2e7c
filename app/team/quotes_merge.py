"""A co-listener's quotes arriving in the interviewer's project.

The quotes land in the interview they were made for (same ``uid`` and participant code, same
guide content), tied to the question the co-listener had on screen and to the interview
clock. Clock alignment: the co-listener's clock started ``d`` ms after the interviewer's
(wall clock); when ``|d|`` is at most a minute the quotes move by ``d``, otherwise by
nothing, and the user may give any offset instead. Quote consent is checked again here:
without it, or after a withdrawal, no quote is taken.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.interview import consent as consent_gate
from app.team import validate as v
from app.team.guides import GuideCatalogue
from app.team.merge_interview import MergeContext
from app.team.merge_items import quote_item, write_quote
from app.team.report import QuotesOutcome
from app.team.sync import CONFLICT, SAME, TAKE, decide, item_hash

ALIGN_WITHIN_MS = 60_000


def clock_offset(interviewer_started: str | None, colistener_started: str | None) -> int | None:
    """Milliseconds the co-listener's clock started after the interviewer's, or None."""
    if not interviewer_started or not colistener_started:
        return None
    try:
        a = datetime.fromisoformat(interviewer_started)
        b = datetime.fromisoformat(colistener_started)
        return round((b - a).total_seconds() * 1000)
    except (ValueError, TypeError):
        return None


def merge_quotes(
    ctx: MergeContext, catalogue: GuideCatalogue, rec: dict[str, Any], offset_ms: int | None
) -> QuotesOutcome:
    db = ctx.db
    uid, code = v.uid(rec), v.code(rec)
    raw_quotes = v.items(rec, "quotes")
    out = QuotesOutcome(code)
    by = v.text(rec, "by", limit=12)
    started = v.text(rec, "clock_started_at", optional=True, limit=40)
    sha = v.text(rec, "guide_sha256", limit=64)

    def refuse(reason: str) -> QuotesOutcome:
        out.refused, out.refused_reason = len(raw_quotes), reason
        return out

    if ctx.is_erased(uid, code):
        return refuse("erased")
    row = db.query_one("SELECT * FROM interview WHERE uid = ?", (uid,))
    if row is None:
        return refuse("not_here")
    if row["participant_code"] != code:
        return refuse("code")
    interview_id = int(row["id"])
    refs = (
        None if row["guide_version_id"] is None else catalogue.by_id(int(row["guide_version_id"]))
    )
    if refs is None or refs.sha256 != sha:
        return refuse("guide")
    if not consent_gate.allows(db, interview_id, "quotes"):
        return refuse("consent")
    auto = clock_offset(row["started_at"], started)
    if offset_ms is not None:
        out.offset_ms = int(offset_ms)
    elif auto is not None and abs(auto) <= ALIGN_WITHIN_MS:
        out.offset_ms, out.aligned = auto, True
    ctx.builder.paths = ctx.themes.paths
    ours = {q["uid"]: quote_item(q) for q in ctx.builder.interview(interview_id)["quotes"]}
    for raw in raw_quotes:
        theme_paths = raw.get("themes", [])
        if not isinstance(theme_paths, list):
            raise v.bad()
        theirs = {
            "uid": v.uid(raw),
            "q": v.text(raw, "q", optional=True, limit=20),
            "at_ms": max(0, v.integer(raw, "at_ms") + out.offset_ms),
            "text": v.text(raw, "text", limit=10_000),
            "edited_text": None,
            "starred": v.flag(raw, "starred"),
            "source": "import",
            "created_by": by,
            "themes": sorted(ctx.themes.local_path(p) for p in theme_paths),
        }
        if not theirs["text"].strip():
            raise v.bad()
        refs.qid(theirs["q"])
        key = theirs["uid"]
        mine = ours.get(key)
        theirs_hash = item_hash(theirs)
        result = decide(
            ctx.sync.base("quote", key), None if mine is None else item_hash(mine), theirs_hash
        )
        if result == TAKE:
            created = v.text(raw, "created_at", optional=True, limit=40) or ctx.now
            write_quote(db, interview_id, refs, ctx.themes, theirs, created, lambda _q: None)
            if mine is None:
                out.added += 1
            else:
                out.changed += 1
        elif result == CONFLICT:
            ctx.conflict(interview_id, "quote", key, theirs)
        elif result == SAME:
            out.unchanged += 1
        ctx.sync.remember(interview_id, "quote", key, theirs_hash)
    ctx.sync.flush()
    return out
