"""Items of an interview record in one shape for both sides, and writing them.

The local side is read back in the package's own shape (:class:`RecordBuilder`); the
functions here cut both sides into comparable items (what a hash covers: never the local
row ids, revision counters or "created at" times) and check incoming ones (untrusted input).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from app.interview.consent import CONSENT_ITEMS
from app.store.database import Database
from app.team import validate as v
from app.team.guides import GuideRefs
from app.team.themes import ThemeResolver

Item = dict[str, Any]
CONSENT_FLAGS = tuple(i.key for i in CONSENT_ITEMS)
Q_STATUS = ("not_asked", "covered", "skipped")
SOURCES = ("panel", "selection", "import")
_TAG_FIELDS = ("uid", "theme", "start", "end", "exact", "prefix", "suffix", "starred")
_QUOTE_FIELDS = ("uid", "q", "at_ms", "text", "edited_text", "starred", "source", "created_by")


def consent_item(raw: Item) -> Item:
    flags = raw.get("items")
    if not isinstance(flags, dict) or not all(
        isinstance(flags.get(k), bool) for k in CONSENT_FLAGS
    ):
        raise v.bad()
    return {
        "uid": v.uid(raw),
        "recorded_at": v.text(raw, "recorded_at", limit=40),
        "auditor": v.text(raw, "auditor", limit=12),
        "information_version": v.text(raw, "information_version", limit=40),
        "items": {k: flags[k] for k in CONSENT_FLAGS},
        "retention_date": v.text(raw, "retention_date", optional=True, limit=40),
        "method": v.choice(raw, "method", ("oral", "written")),
        "withdrawn_at": v.text(raw, "withdrawn_at", optional=True, limit=40),
        "withdrawn_by": v.text(raw, "withdrawn_by", optional=True, limit=12),
    }


def write_consent(db: Database, interview_id: int, theirs: Item, mine: Item | None) -> None:
    """Insert or update a consent record by uid. A withdrawal here is never undone."""
    if mine is not None and mine["withdrawn_at"] and not theirs["withdrawn_at"]:
        theirs = {
            **theirs,
            "withdrawn_at": mine["withdrawn_at"],
            "withdrawn_by": mine["withdrawn_by"],
        }
    columns = (
        "recorded_at",
        "auditor_code",
        "information_version",
        *CONSENT_FLAGS,
        "retention_date",
        "method",
        "withdrawn_at",
        "withdrawn_by",
    )
    values = (
        theirs["recorded_at"],
        theirs["auditor"],
        theirs["information_version"],
        *(int(theirs["items"][k]) for k in CONSENT_FLAGS),
        theirs["retention_date"],
        theirs["method"],
        theirs["withdrawn_at"],
        theirs["withdrawn_by"],
    )
    owner = db.scalar("SELECT interview_id FROM consent WHERE uid = ?", (theirs["uid"],))
    if owner is not None and int(owner) != interview_id:
        raise v.bad()  # an id that belongs to another interview: not from an honest package
    if mine is None:
        db.execute(
            f"INSERT INTO consent (interview_id, uid, {', '.join(columns)})"
            f" VALUES (?, ?, {', '.join('?' * len(columns))})",
            (interview_id, theirs["uid"], *values),
        )
    else:
        sets = ", ".join(f"{c} = ?" for c in columns)
        db.execute(f"UPDATE consent SET {sets} WHERE uid = ?", (*values, theirs["uid"]))


def state_item(s: Item) -> Item:
    return {
        k: s.get(k) for k in ("status", "answer", "first_at_ms", "time_spent_ms", "answered_at_ms")
    }


def incoming_state(raw: Item) -> Item:
    return {
        "status": v.choice(raw, "status", Q_STATUS),
        "answer": v.text(raw, "answer", optional=True, limit=10_000),
        "first_at_ms": v.integer(raw, "first_at_ms", optional=True),
        "time_spent_ms": v.integer(raw, "time_spent_ms"),
        # when a closed question was answered (issue 15); absent in older packages
        "answered_at_ms": v.integer(raw, "answered_at_ms", optional=True),
    }


def note_item(n: Item | None) -> Item | None:
    return None if n is None else {"body": n["body"], "paragraph_ms": n["paragraph_ms"]}


def times(ms: list[int], body: str) -> list[int]:
    """One time per paragraph of ``body`` (padded with the last, as notes are decoded)."""
    count = len(body.split("\n")) if body else 0
    result = list(ms[:count])
    return result + [result[-1] if result else 0] * (count - len(result))


def tag_item(t: Item) -> Item:
    return {k: t[k] for k in _TAG_FIELDS}


def incoming_tag(raw: Item, themes: ThemeResolver) -> tuple[Item, str]:
    tag = {
        "uid": v.uid(raw),
        "theme": themes.local_path(raw.get("theme")),
        "start": v.integer(raw, "start", minimum=-1),
        "end": v.integer(raw, "end", minimum=-1),
        "exact": v.text(raw, "exact"),
        "prefix": v.text(raw, "prefix", limit=1000),
        "suffix": v.text(raw, "suffix", limit=1000),
        "starred": v.flag(raw, "starred"),
    }
    if tag["end"] < tag["start"]:
        raise v.bad()
    return tag, v.text(raw, "created_at", optional=True, limit=40) or ""


def write_tag(db: Database, note_id: int, theme_id: int, tag: Item, created_at: str) -> None:
    values = (
        note_id,
        theme_id,
        tag["start"],
        tag["end"],
        tag["exact"],
        tag["prefix"],
        tag["suffix"],
        int(tag["starred"]),
    )
    owner = db.scalar(
        "SELECT n.interview_id FROM passage_tag t JOIN note n ON n.id = t.note_id WHERE t.uid = ?",
        (tag["uid"],),
    )
    mine = db.scalar("SELECT interview_id FROM note WHERE id = ?", (note_id,))
    if owner is not None and owner != mine:
        raise v.bad()
    if owner is None:
        db.execute(
            "INSERT INTO passage_tag (note_id, theme_id, start_pos, end_pos, exact, prefix,"
            " suffix, starred, uid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, tag["uid"], created_at),
        )
    else:
        db.execute(
            "UPDATE passage_tag SET note_id = ?, theme_id = ?, start_pos = ?, end_pos = ?,"
            " exact = ?, prefix = ?, suffix = ?, starred = ? WHERE uid = ?",
            (*values, tag["uid"]),
        )


def quote_item(q: Item) -> Item:
    item = {k: q[k] for k in _QUOTE_FIELDS}
    item["themes"] = sorted(q["themes"])
    if "note_q" in q:
        item["note_q"] = q["note_q"]
    return item


def incoming_quote(raw: Item, themes: ThemeResolver) -> tuple[Item, str]:
    """A quote record checked and in the local shape (theme paths mapped); and its time."""
    theme_paths = raw.get("themes", [])
    if not isinstance(theme_paths, list):
        raise v.bad()
    item: Item = {
        "uid": v.uid(raw),
        "q": v.text(raw, "q", optional=True, limit=20),
        "at_ms": v.integer(raw, "at_ms"),
        "text": v.text(raw, "text", limit=10_000),
        "edited_text": v.text(raw, "edited_text", optional=True, limit=10_000),
        "starred": v.flag(raw, "starred"),
        "source": v.choice(raw, "source", SOURCES),
        "created_by": v.text(raw, "created_by", limit=12),
        "themes": sorted(themes.local_path(p) for p in theme_paths),
    }
    if not item["text"].strip():
        raise v.bad()
    if "note_q" in raw:
        note_q = raw["note_q"]
        if note_q is not None and not isinstance(note_q, str):
            raise v.bad()
        item["note_q"] = note_q
    return item, v.text(raw, "created_at", optional=True, limit=40) or ""


def write_quote(
    db: Database,
    interview_id: int,
    refs: GuideRefs | None,
    themes: ThemeResolver,
    quote: Item,
    created_at: str,
    note_id_of: Callable[[int | None], int | None],
) -> None:
    """Insert or update a quote by uid, with its themes (shared with the co-listener import)."""
    question_id = None if quote["q"] is None or refs is None else refs.qid(quote["q"])
    note_id = None
    if "note_q" in quote:
        note_qid = None if quote["note_q"] is None or refs is None else refs.qid(quote["note_q"])
        note_id = note_id_of(note_qid)
    values = (
        question_id,
        quote["at_ms"],
        quote["text"],
        quote["edited_text"],
        int(quote["starred"]),
        quote["source"],
        note_id,
        quote["created_by"],
    )
    row = db.query_one("SELECT id, interview_id FROM quote WHERE uid = ?", (quote["uid"],))
    if row is not None and int(row[1]) != interview_id:
        raise v.bad()
    existing = None if row is None else row[0]
    if existing is None:
        quote_id = db.insert(
            "INSERT INTO quote (interview_id, question_id, at_ms, text, edited_text, starred,"
            " source, note_id, created_by, uid, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (interview_id, *values, quote["uid"], created_at),
        )
    else:
        quote_id = int(existing)
        db.execute(
            "UPDATE quote SET question_id = ?, at_ms = ?, text = ?, edited_text = ?, starred = ?,"
            " source = ?, note_id = ?, created_by = ? WHERE id = ?",
            (*values, quote_id),
        )
        db.execute("DELETE FROM quote_theme WHERE quote_id = ?", (quote_id,))
    db.executemany(
        "INSERT OR IGNORE INTO quote_theme (quote_id, theme_id) VALUES (?, ?)",
        [(quote_id, themes.local_id(p)) for p in quote["themes"]],
    )


def decision_item(d: Item) -> Item:
    return {"kind": d["kind"], "decision": d["decision"], "decided_by": d["decided_by"]}


def incoming_decision(raw: Item) -> Item:
    return {
        "kind": v.text(raw, "kind", limit=40),
        "decision": v.choice(raw, "decision", ("accept", "reject")),
        "decided_by": v.text(raw, "decided_by", limit=12),
    }


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
