"""Merging one incoming ``interview`` record into the project (rules: docs/package-format.md).

The local side is read back in exactly the package's shape (:class:`RecordBuilder`), so each
item — consent record, question state, follow-up state, note, passage tag, quote, review
decision — is compared by key, and :func:`app.team.sync.decide` says take, keep, same or
conflict against what the same origin sent last time. An interview's background categories
are items too (by variable), resolved to the project's variables by :mod:`app.team.background`;
the transcript and deleted-audio facts are merged by :mod:`app.team.transcripts`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.interview import consent as consent_gate
from app.interview.anchors import reanchor_note_tags
from app.interview.records import Mode, Status
from app.store.database import Database
from app.team import merge_items as mi
from app.team import validate as v
from app.team.background import BackgroundResolver, merge_background
from app.team.export import RecordBuilder
from app.team.guides import GuideRefs
from app.team.report import (
    NEW,
    OLDER,
    REFUSED_CODE,
    REFUSED_ERASED,
    REFUSED_GUIDE,
    UNCHANGED,
    InterviewOutcome,
)
from app.team.sync import CONFLICT, TAKE, SyncState, decide, item_hash
from app.team.themes import ThemeResolver
from app.team.transcripts import merge_transcript

Item = dict[str, Any]
_FIELDS = (
    "held_on",
    "mode",
    "interviewer",
    "co_listener",
    "status",
    "planned_minutes",
    "elapsed_ms",
    "current",
    "created_at",
    "started_at",
    "finished_at",
    "keep_until",
)
CONFLICT_MARKER = (
    "[Konflikt vid import {date}: en annan version av anteckningen följer. "
    "Behåll det som stämmer och ta bort resten.]"
)


@dataclass
class MergeContext:
    db: Database
    origin: str
    seq: int
    now: str
    sync: SyncState
    themes: ThemeResolver
    builder: RecordBuilder
    background: BackgroundResolver
    format_version: int
    guides: dict[str, GuideRefs] = field(default_factory=dict)  # package ref → local version
    erased_uids: set[str] = field(default_factory=set)
    erased_codes: set[str] = field(default_factory=set)

    def is_erased(self, uid: str, code: str) -> bool:
        if uid in self.erased_uids or code in self.erased_codes:
            return True
        return bool(
            self.db.scalar(
                "SELECT EXISTS (SELECT 1 FROM deletion_log WHERE interview_uid = ?"
                " OR (interview_uid IS NULL AND participant_code = ?))",
                (uid, code),
            )
        )

    def conflict(self, interview_id: int, kind: str, key: str, theirs: Item) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO team_conflict (interview_id, origin, kind, key, theirs,"
            " theirs_hash, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                interview_id,
                self.origin,
                kind,
                key,
                json.dumps(theirs, ensure_ascii=False, sort_keys=True),
                item_hash(theirs),
                self.now,
            ),
        )


def merge_interview(ctx: MergeContext, rec: Item) -> InterviewOutcome:
    """Apply one ``interview`` record; returns what happened (counts only)."""
    db = ctx.db
    uid, code = v.uid(rec), v.code(rec)
    outcome = InterviewOutcome(code, UNCHANGED)
    if ctx.is_erased(uid, code):
        outcome.outcome = REFUSED_ERASED
        return outcome
    by_uid = db.scalar("SELECT id FROM interview WHERE uid = ?", (uid,))
    by_code = db.scalar("SELECT id FROM interview WHERE participant_code = ?", (code,))
    if by_uid != by_code:
        outcome.outcome = REFUSED_CODE
        return outcome
    guide_ref = rec.get("guide")
    if guide_ref is not None and guide_ref not in ctx.guides:
        raise v.bad()
    refs = None if guide_ref is None else ctx.guides[guide_ref]
    fields = _fields(rec, refs)
    if by_uid is None:
        interview_id = db.insert(
            "INSERT INTO interview (uid, participant_code, guide_version_id, held_on, mode,"
            " interviewer_code, co_listener_code, status, planned_minutes, elapsed_ms,"
            " current_question_id, created_at, started_at, finished_at, keep_until)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, code, None if refs is None else refs.version_id, *_field_values(refs, fields)),
        )
        outcome.outcome = NEW
    else:
        interview_id = int(by_uid)
        local = db.scalar("SELECT guide_version_id FROM interview WHERE id = ?", (interview_id,))
        if (None if local is None else int(local)) != (None if refs is None else refs.version_id):
            outcome.outcome = REFUSED_GUIDE
            return outcome
        stored = ctx.sync.seq(uid)
        if stored is not None and ctx.seq <= stored:
            outcome.outcome = UNCHANGED if ctx.seq == stored else OLDER
            return outcome
    _Merge(ctx, interview_id, uid, refs, rec, outcome).run(fields)
    ctx.sync.flush()
    return outcome


def _fields(rec: Item, refs: GuideRefs | None) -> Item:
    fields = {
        "held_on": v.text(rec, "held_on", limit=10),
        "mode": v.choice(rec, "mode", tuple(m.value for m in Mode)),
        "interviewer": v.text(rec, "interviewer", limit=12),
        "co_listener": v.text(rec, "co_listener", limit=12),
        "status": v.choice(rec, "status", tuple(s.value for s in Status)),
        "planned_minutes": v.integer(rec, "planned_minutes", optional=True),
        "elapsed_ms": v.integer(rec, "elapsed_ms"),
        "current": v.text(rec, "current", optional=True, limit=20),
        "created_at": v.text(rec, "created_at", limit=40),
        "started_at": v.text(rec, "started_at", optional=True, limit=40),
        "finished_at": v.text(rec, "finished_at", optional=True, limit=40),
        "keep_until": v.text(rec, "keep_until", optional=True, limit=40),
    }
    if fields["current"] is not None:
        if refs is None:
            raise v.bad()
        refs.qid(fields["current"])
    return fields


def _field_values(refs: GuideRefs | None, f: Item) -> tuple[Any, ...]:
    current = None if refs is None else refs.qid(f["current"])
    return (
        *(f[k] for k in _FIELDS[:7]),
        current,
        *(f[k] for k in _FIELDS[8:]),
    )


class _Merge:
    """The item-by-item merge of one interview."""

    def __init__(
        self,
        ctx: MergeContext,
        interview_id: int,
        uid: str,
        refs: GuideRefs | None,
        rec: Item,
        outcome: InterviewOutcome,
    ) -> None:
        self.ctx, self.db = ctx, ctx.db
        self.iid, self.uid, self.refs, self.rec, self.out = interview_id, uid, refs, rec, outcome
        ctx.builder.paths = ctx.themes.paths
        self.local = ctx.builder.interview(interview_id)

    def qid(self, ref: object) -> int | None:
        if ref is None:
            return None
        if self.refs is None:
            raise v.bad()
        return self.refs.qid(ref)

    def step(self, kind: str, key: str, ours: Item | None, theirs: Item) -> str:
        """Decide one item against its base, count it, and remember theirs as the new base.

        The caller then acts on the result: ``take`` → write theirs; ``conflict`` → keep both.
        """
        theirs_hash = item_hash(theirs)
        # an interview new here has no base anywhere: no need to look
        base = None if self.out.outcome == NEW else self.ctx.sync.base(kind, key)
        result = decide(base, None if ours is None else item_hash(ours), theirs_hash)
        if result == TAKE:
            self.out.touch("added" if ours is None else "changed")
        self.ctx.sync.remember(self.iid, kind, key, theirs_hash)
        return result

    def conflict(self, kind: str, key: str, theirs: Item) -> None:
        self.ctx.conflict(self.iid, kind, key, theirs)
        self.out.touch("conflicts")

    def removed(
        self, kind: str, present: set[str], ours: dict[str, Item], drop: Callable[[str], None]
    ) -> None:
        """Items this origin sent before and has since removed: drop ours if unchanged."""
        for key, base in self.ctx.sync.known(self.iid, kind).items():
            if key in present:
                continue
            mine = ours.get(key)
            if mine is not None and item_hash(mine) == base:
                drop(key)
                self.out.touch("removed")
            self.ctx.sync.forget(kind, key)

    def run(self, fields: Item) -> None:
        self.interview_fields(fields)
        self.consents()
        self.states()
        self.notes()
        self.quotes()
        self.names()
        self.decisions()
        merge_background(self)
        merge_transcript(self)

    # -- the interview's own fields ------------------------------------------------------------
    def interview_fields(self, theirs: Item) -> None:
        theirs_hash = item_hash(theirs)
        if self.out.outcome != NEW:
            ours = {k: self.local[k] for k in _FIELDS}
            base = self.ctx.sync.base("interview", self.uid)
            result = decide(base, item_hash(ours), theirs_hash)
            if result == TAKE:
                self.db.execute(
                    "UPDATE interview SET held_on = ?, mode = ?, interviewer_code = ?,"
                    " co_listener_code = ?, status = ?, planned_minutes = ?, elapsed_ms = ?,"
                    " current_question_id = ?, created_at = ?, started_at = ?, finished_at = ?,"
                    " keep_until = ? WHERE id = ?",
                    (*_field_values(self.refs, theirs), self.iid),
                )
                self.out.touch("changed")
            elif result == CONFLICT:
                self.conflict("interview", self.uid, theirs)
        self.ctx.sync.remember(self.iid, "interview", self.uid, theirs_hash, self.ctx.seq)

    # -- consent records -----------------------------------------------------------------------
    def consents(self) -> None:
        ours = {c["uid"]: c for c in self.local["consents"]}
        for raw in v.items(self.rec, "consents"):
            theirs = mi.consent_item(raw)
            key, mine = theirs["uid"], ours.get(theirs["uid"])
            result = self.step("consent", key, mine, theirs)
            if result == TAKE:
                mi.write_consent(self.db, self.iid, theirs, mine)
            elif result == CONFLICT:
                if theirs["withdrawn_at"] and mine is not None and not mine["withdrawn_at"]:
                    # a withdrawal always wins
                    self.db.execute(
                        "UPDATE consent SET withdrawn_at = ?, withdrawn_by = ? WHERE uid = ?",
                        (theirs["withdrawn_at"], theirs["withdrawn_by"], key),
                    )
                self.conflict("consent", key, theirs)

    # -- question and follow-up states ---------------------------------------------------------
    def states(self) -> None:
        ours = {s["q"]: mi.state_item(s) for s in self.local["questions"]}
        for raw in v.items(self.rec, "questions"):
            q = v.text(raw, "q", limit=20)
            question_id = self.qid(q)
            theirs = mi.incoming_state(raw)
            key = f"{self.uid}/{q}"
            result = self.step("state", key, ours.get(q), theirs)
            if result == TAKE:
                self.db.execute(
                    "INSERT INTO question_state (interview_id, question_id, status, answer,"
                    " first_at_ms, time_spent_ms, answered_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (interview_id, question_id) DO UPDATE SET status ="
                    " excluded.status, answer = excluded.answer, first_at_ms ="
                    " excluded.first_at_ms, time_spent_ms = excluded.time_spent_ms,"
                    " answered_at_ms = excluded.answered_at_ms",
                    (self.iid, question_id, *(theirs[k] for k in mi.state_item(theirs))),
                )
            elif result == CONFLICT:
                self.conflict("state", key, theirs)
        ours_f = {
            s["f"]: {"done": s["done"], "done_at_ms": s["done_at_ms"]}
            for s in self.local["follow_ups"]
        }
        for raw in v.items(self.rec, "follow_ups"):
            ref = v.text(raw, "f", limit=30)
            if self.refs is None:
                raise v.bad()
            follow_up_id = self.refs.fid(ref)
            theirs = {
                "done": v.flag(raw, "done"),
                "done_at_ms": v.integer(raw, "done_at_ms", optional=True),
            }
            # A ticked follow-up is not a conflict worth showing: take theirs or keep ours.
            if self.step("follow_up", f"{self.uid}/{ref}", ours_f.get(ref), theirs) == TAKE:
                self.db.execute(
                    "INSERT INTO follow_up_state (interview_id, follow_up_id, done, done_at_ms)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, follow_up_id) DO UPDATE"
                    " SET done = excluded.done, done_at_ms = excluded.done_at_ms",
                    (self.iid, follow_up_id, int(theirs["done"]), theirs["done_at_ms"]),
                )

    # -- notes and their passage tags ----------------------------------------------------------
    def notes(self) -> None:
        ours = {n["q"]: n for n in self.local["notes"]}
        ours_tags = {t["uid"]: mi.tag_item(t) for n in self.local["notes"] for t in n["tags"]}
        present_tags: set[str] = set()
        for raw in v.items(self.rec, "notes"):
            q = v.text(raw, "q", optional=True, limit=20)
            question_id = self.qid(q)
            theirs = {
                "body": v.text(raw, "body"),
                "paragraph_ms": v.int_list(raw.get("paragraph_ms", [])),
            }
            mine = mi.note_item(ours.get(q))
            key = f"{self.uid}/{q or '-'}"
            shift = 0
            result = self.step("note", key, mine, theirs)
            if result == TAKE:
                when = v.text(raw, "updated_at", optional=True, limit=40) or self.ctx.now
                self._write_note(question_id, theirs, when)
            elif result == CONFLICT:
                assert mine is not None
                shift = self._append_conflict(question_id, mine, theirs)
                self.conflict("note", key, theirs)
            note_id = self._note_id(question_id)
            for tag_raw in v.items(raw, "tags"):
                tag, created_at = mi.incoming_tag(tag_raw, self.ctx.themes)
                present_tags.add(tag["uid"])
                if shift and tag["start"] >= 0:
                    tag = {**tag, "start": tag["start"] + shift, "end": tag["end"] + shift}
                # Both moved or re-themed a tag: keep ours (no words are at stake).
                if self.step("tag", tag["uid"], ours_tags.get(tag["uid"]), tag) == TAKE:
                    if note_id is None:
                        raise v.bad()
                    theme_id = self.ctx.themes.local_id(tag["theme"])
                    mi.write_tag(self.db, note_id, theme_id, tag, created_at or self.ctx.now)
        self.removed(
            "tag",
            present_tags,
            ours_tags,
            lambda key: self.db.execute("DELETE FROM passage_tag WHERE uid = ?", (key,)),
        )

    def _note_id(self, question_id: int | None) -> int | None:
        value = self.db.scalar(
            "SELECT id FROM note WHERE interview_id = ? AND ifnull(question_id, 0) = ifnull(?, 0)",
            (self.iid, question_id),
        )
        return None if value is None else int(value)

    def _write_note(self, question_id: int | None, theirs: Item, when: str) -> None:
        ms = json.dumps(theirs["paragraph_ms"])
        note_id = self._note_id(question_id)
        if note_id is None:
            self.db.execute(
                "INSERT INTO note (interview_id, question_id, body, paragraph_ms, revision,"
                " updated_at) VALUES (?, ?, ?, ?, 1, ?)",
                (self.iid, question_id, theirs["body"], ms, when),
            )
            return
        old_body = str(self.db.scalar("SELECT body FROM note WHERE id = ?", (note_id,)))
        self.db.execute(
            "UPDATE note SET body = ?, paragraph_ms = ?, revision = revision + 1, updated_at = ?"
            " WHERE id = ?",
            (theirs["body"], ms, when, note_id),
        )
        reanchor_note_tags(self.db, note_id, old_body, theirs["body"])

    def _append_conflict(self, question_id: int | None, mine: Item, theirs: Item) -> int:
        """Keep both: their version goes under a marked paragraph after ours. Returns where
        their text starts (their passage tags move by as much)."""
        marker = CONFLICT_MARKER.format(date=self.ctx.now[:10])
        ours_body, theirs_body = mine["body"], theirs["body"]
        ours_ms = mi.times(mine["paragraph_ms"], ours_body)
        their_ms = mi.times(theirs["paragraph_ms"], theirs_body)
        body = "\n".join(p for p in (ours_body, marker, theirs_body) if p)
        ms = [*ours_ms, their_ms[0] if their_ms else 0, *their_ms]
        note_id = self._note_id(question_id)
        assert note_id is not None
        self.db.execute(
            "UPDATE note SET body = ?, paragraph_ms = ?, revision = revision + 1, updated_at = ?"
            " WHERE id = ?",
            (body, json.dumps(ms), self.ctx.now, note_id),
        )
        return len(body) - len(theirs_body)

    # -- quotes --------------------------------------------------------------------------------
    def quotes(self) -> None:
        ours = {q["uid"]: mi.quote_item(q) for q in self.local["quotes"]}
        allowed = consent_gate.allows(self.db, self.iid, "quotes")
        present: set[str] = set()
        for raw in v.items(self.rec, "quotes"):
            theirs, created_at = mi.incoming_quote(raw, self.ctx.themes)
            key = theirs["uid"]
            present.add(key)
            self.qid(theirs["q"])
            if key not in ours and not allowed:
                self.out.refused_quotes += 1
                continue
            result = self.step("quote", key, ours.get(key), theirs)
            if result == TAKE:
                self._write_quote(theirs, created_at)
            elif result == CONFLICT:
                # Keep both: theirs becomes a second quote, its id derived so a re-import finds it.
                copy_uid = hashlib.sha256(f"{key}/{item_hash(theirs)}".encode()).hexdigest()[:32]
                if self.db.scalar("SELECT id FROM quote WHERE uid = ?", (copy_uid,)) is None:
                    self._write_quote({**theirs, "uid": copy_uid}, created_at)
                self.conflict("quote", key, theirs)
        self.removed(
            "quote",
            present,
            ours,
            lambda key: self.db.execute("DELETE FROM quote WHERE uid = ?", (key,)),
        )

    def _write_quote(self, quote: Item, created_at: str) -> None:
        mi.write_quote(
            self.db,
            self.iid,
            self.refs,
            self.ctx.themes,
            quote,
            created_at or self.ctx.now,
            self._note_id,
        )

    # -- name list and review decisions --------------------------------------------------------
    def names(self) -> None:
        ours = set(self.local["names"])
        for name in v.strings(self.rec, "names"):
            if name not in ours:
                self.db.execute(
                    "INSERT OR IGNORE INTO name_entry (interview_id, name, created_at)"
                    " VALUES (?, ?, ?)",
                    (self.iid, name, self.ctx.now),
                )
                ours.add(name)
                self.out.touch("added")

    def decisions(self) -> None:
        prefix = f"{self.uid}/"
        ours = {prefix + d["fingerprint"]: mi.decision_item(d) for d in self.local["decisions"]}
        present: set[str] = set()
        for raw in v.items(self.rec, "decisions"):
            fingerprint = v.text(raw, "fingerprint", limit=200)
            theirs = mi.incoming_decision(raw)
            key = prefix + fingerprint
            present.add(key)
            result = self.step("decision", key, ours.get(key), theirs)
            if result == TAKE:
                self.db.execute(
                    "INSERT INTO review_decision (interview_id, fingerprint, kind, decision,"
                    " decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT"
                    " (interview_id, fingerprint) DO UPDATE SET kind = excluded.kind,"
                    " decision = excluded.decision, decided_by = excluded.decided_by,"
                    " decided_at = excluded.decided_at",
                    (
                        self.iid,
                        fingerprint,
                        theirs["kind"],
                        theirs["decision"],
                        theirs["decided_by"],
                        v.text(raw, "decided_at", limit=40),
                    ),
                )
            elif result == CONFLICT:
                self.conflict("decision", key, theirs)
        self.removed(
            "decision",
            present,
            ours,
            lambda key: self.db.execute(
                "DELETE FROM review_decision WHERE interview_id = ? AND fingerprint = ?",
                (self.iid, key[len(prefix) :]),
            ),
        )
