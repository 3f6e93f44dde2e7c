"""Writing an interviews package: the chosen interviews with everything that belongs to them.

Records come straight from the database one interview at a time (``docs/package-format.md``):
the guide versions they ran, the themes their tags use, the background variables they use
(definitions; each interview's categories travel in its record), the project's name list,
the deletion log's content-free rows, then one ``interview`` record each. An interview whose
informant withdrew consent is not sent (erase it: the erasure travels instead); an erased
interview no longer exists, so it cannot be sent.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.errors import InvalidInput
from app.interview.consent import CONSENT_ITEMS
from app.interview.records import find_interview
from app.store.database import Database, Row
from app.store.project import Project
from app.team.envelope import write_package
from app.team.guides import GuideRefs
from app.team.stream import Record
from app.team.transcripts import transcript_fields

_SEQ_KEY = "team_package_seq"


@dataclass
class ExportSummary:
    path: Path
    size: int
    codes: list[str]
    skipped_withdrawn: list[str] = field(default_factory=list)
    deletions: int = 0


def now_ms_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def next_seq(db: Database) -> int:
    """The sender's package counter: every package gets the next number."""
    with db.atomic():
        current = int(db.scalar("SELECT value FROM meta WHERE key = ?", (_SEQ_KEY,)) or 0)
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_SEQ_KEY, str(current + 1)),
        )
    return current + 1


def package_header(project: Project) -> Record:
    return {
        "origin": project.project_id,
        "seq": next_seq(project.db),
        "created_at": now_ms_iso(),
        "app": __version__,
        "schema": project.db.user_version,
    }


def choose_interviews(db: Database, codes: Sequence[str] | None) -> list[int]:
    """Interview ids for participant codes (all interviews for None), in a stable order."""
    if codes is None:
        return [int(r[0]) for r in db.query("SELECT id FROM interview ORDER BY held_on, id")]
    if not codes:
        raise InvalidInput("no_interviews")
    return list(dict.fromkeys(find_interview(db, c).id for c in codes))


def is_withdrawn(db: Database, interview_id: int) -> bool:
    row = db.query_one(
        "SELECT withdrawn_at FROM consent WHERE interview_id = ? ORDER BY id DESC LIMIT 1",
        (interview_id,),
    )
    return row is not None and row[0] is not None


def export_interviews(
    project: Project,
    dest: Path,
    codes: Sequence[str] | None = None,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportSummary:
    """Write an ``interviews`` package of ``codes`` (all when None) to ``dest``.

    Raises:
        NotFound: a participant code is not in the project (nothing is written).
        PackageError, InvalidInput: a bad recipient key, passphrase, or no interviews.
    """
    db = project.db
    chosen = choose_interviews(db, codes)
    withdrawn = [i for i in chosen if is_withdrawn(db, i)]
    ids = [i for i in chosen if i not in withdrawn]
    if not ids and codes is not None:
        raise InvalidInput("no_interviews")
    builder = RecordBuilder(db)
    sent: list[str] = []

    def records() -> Iterator[Record]:
        yield from builder.preamble(ids)
        for n, interview_id in enumerate(ids, 1):
            record = builder.interview(interview_id)
            sent.append(str(record["code"]))
            yield record
            if progress is not None:
                progress(n, len(ids))

    size = write_package(
        dest,
        "interviews",
        records(),
        recipients=recipients,
        passphrase=passphrase,
        header=package_header(project),
    )
    return ExportSummary(
        dest,
        size,
        sent,
        [_code(db, i) for i in withdrawn],
        builder.deletions,
    )


def _code(db: Database, interview_id: int) -> str:
    return str(db.scalar("SELECT participant_code FROM interview WHERE id = ?", (interview_id,)))


def theme_paths(db: Database) -> dict[int, list[str]]:
    rows = {int(r[0]): (str(r[1]), r[2]) for r in db.query("SELECT id, name, parent_id FROM theme")}
    paths: dict[int, list[str]] = {}

    def path(theme_id: int, depth: int = 0) -> list[str]:
        if theme_id not in paths:
            name, parent = rows[theme_id]
            above = path(int(parent), depth + 1) if parent is not None and depth < 64 else []
            paths[theme_id] = [*above, name]
        return paths[theme_id]

    for theme_id in rows:
        path(theme_id)
    return paths


class RecordBuilder:
    """Turns database rows into package records (one interview at a time)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.paths = theme_paths(db)
        self.guides: dict[int, GuideRefs] = {}
        self.guide_ref: dict[int, str] = {}
        self.variable_ref: dict[int, str] = {}  # background variable id → "b1", "b2", …
        self.deletions = 0

    # -- what comes before the interviews ----------------------------------------------------
    def preamble(self, ids: list[int], all_themes: bool = False) -> Iterator[Record]:
        yield from self.guide_records(ids)
        yield from self.theme_records(None if all_themes else ids)
        yield from self.background_records(ids)
        yield {"t": "names", "names": self.project_names()}
        # Erasures from before stable ids carry no uid: they cannot name an interview
        # elsewhere safely (codes are only unique per project), so they stay home.
        for r in self.db.query(
            "SELECT * FROM deletion_log WHERE interview_uid IS NOT NULL ORDER BY id"
        ):
            self.deletions += 1
            yield {
                "t": "deletion",
                "code": r["participant_code"],
                "uid": r["interview_uid"],
                "at": r["at"],
                "action": r["action"],
                "auditor": r["auditor_code"],
                "reason": r["reason"],
            }

    def guide_records(self, ids: list[int]) -> Iterator[Record]:
        versions = sorted(
            {
                int(r[0])
                for r in self.db.query(
                    "SELECT DISTINCT guide_version_id FROM interview WHERE guide_version_id"
                    " IS NOT NULL AND id IN (SELECT value FROM json_each(?))",
                    (json.dumps(ids),),
                )
            }
        )
        for version_id in versions:
            yield self.guide_record(version_id)

    def guide_record(self, version_id: int) -> Record:
        refs = self.refs(version_id)
        return {
            "t": "guide",
            "ref": self.guide_ref[version_id],
            "sha256": refs.sha256,
            "guide": refs.doc(),
        }

    def refs(self, version_id: int) -> GuideRefs:
        if version_id not in self.guides:
            self.guides[version_id] = GuideRefs.load(self.db, version_id)
            self.guide_ref[version_id] = f"g{len(self.guide_ref) + 1}"
        return self.guides[version_id]

    def theme_records(self, ids: list[int] | None) -> Iterator[Record]:
        if ids is None:
            used = set(self.paths)
        else:
            param = (json.dumps(ids),)
            used = {
                int(r[0])
                for r in self.db.query(
                    "SELECT qt.theme_id FROM quote_theme qt JOIN quote q ON q.id = qt.quote_id"
                    " WHERE q.interview_id IN (SELECT value FROM json_each(?))"
                    " UNION SELECT pt.theme_id FROM passage_tag pt JOIN note n ON n.id = pt.note_id"
                    " WHERE n.interview_id IN (SELECT value FROM json_each(?))",
                    param * 2,
                )
            }
        rows = {int(r["id"]): r for r in self.db.query("SELECT * FROM theme")}
        wanted: set[int] = set()
        for theme_id in used:
            current: int | None = theme_id
            while current is not None and current not in wanted and current in rows:
                wanted.add(current)
                parent = rows[current]["parent_id"]
                current = None if parent is None else int(parent)
        # the codebook's own order (parents first), so theme keys 1–9 match what users see
        order = {
            int(r[0]): n
            for n, r in enumerate(
                self.db.query("SELECT id FROM theme ORDER BY ifnull(parent_id, 0), position, id")
            )
        }
        for theme_id in sorted(wanted, key=lambda t: (len(self.paths[t]), order.get(t, 0))):
            r = rows[theme_id]
            yield {
                "t": "theme",
                "path": self.paths[theme_id],
                "description": r["description"],
                "colour": r["colour"],
            }

    def background_records(self, ids: list[int]) -> Iterator[Record]:
        """The definitions of the background variables these interviews use, in order."""
        used = {
            int(r[0])
            for r in self.db.query(
                "SELECT DISTINCT variable_id FROM interview_background"
                " WHERE interview_id IN (SELECT value FROM json_each(?))",
                (json.dumps(ids),),
            )
        }
        for r in self.db.query(
            "SELECT id, label, categories FROM background_variable ORDER BY position, id"
        ):
            if int(r["id"]) in used:
                yield {
                    "t": "background",
                    "ref": self._variable_ref(int(r["id"])),
                    "label": r["label"],
                    "categories": json.loads(r["categories"]),
                }

    def _variable_ref(self, variable_id: int) -> str:
        if variable_id not in self.variable_ref:
            self.variable_ref[variable_id] = f"b{len(self.variable_ref) + 1}"
        return self.variable_ref[variable_id]

    def project_names(self) -> list[str]:
        return [
            str(r[0])
            for r in self.db.query(
                "SELECT name FROM name_entry WHERE interview_id IS NULL ORDER BY name"
            )
        ]

    # -- one interview -------------------------------------------------------------------------
    def interview(self, interview_id: int) -> Record:
        with self.db.atomic():  # one consistent view of the interview
            return self._interview(interview_id)

    def _interview(self, interview_id: int) -> Record:
        db = self.db
        r = db.query_one("SELECT * FROM interview WHERE id = ?", (interview_id,))
        assert r is not None
        refs = None if r["guide_version_id"] is None else self.refs(int(r["guide_version_id"]))

        def qref(question_id: object) -> str | None:
            if question_id is None:
                return None
            assert refs is not None, "a question without a guide version"
            return refs.question_ref[int(question_id)]  # type: ignore[call-overload]

        notes_by_id: dict[int, str | None] = {}
        notes = []
        for n in db.query("SELECT * FROM note WHERE interview_id = ? ORDER BY id", (interview_id,)):
            notes_by_id[int(n["id"])] = qref(n["question_id"])
            notes.append(
                {
                    "q": qref(n["question_id"]),
                    "body": n["body"],
                    "paragraph_ms": json.loads(n["paragraph_ms"] or "[]"),
                    "revision": n["revision"],
                    "updated_at": n["updated_at"],
                    "tags": [
                        self._tag(t)
                        for t in db.query(
                            "SELECT * FROM passage_tag WHERE note_id = ? ORDER BY id", (n["id"],)
                        )
                    ],
                }
            )
        quote_themes: dict[int, list[list[str]]] = {}
        for t in db.query(
            "SELECT qt.quote_id, qt.theme_id FROM quote_theme qt JOIN quote q ON q.id = qt.quote_id"
            " WHERE q.interview_id = ? ORDER BY qt.quote_id, qt.theme_id",
            (interview_id,),
        ):
            quote_themes.setdefault(int(t[0]), []).append(self.paths[int(t[1])])
        quotes = []
        for q in db.query(
            "SELECT * FROM quote WHERE interview_id = ? ORDER BY id", (interview_id,)
        ):
            quote: dict[str, Any] = {
                "uid": q["uid"],
                "q": qref(q["question_id"]),
                "at_ms": q["at_ms"],
                "text": q["text"],
                "edited_text": q["edited_text"],
                "starred": bool(q["starred"]),
                "source": q["source"],
                "created_by": q["created_by"],
                "created_at": q["created_at"],
                "themes": quote_themes.get(int(q["id"]), []),
            }
            if q["note_id"] is not None and int(q["note_id"]) in notes_by_id:
                quote["note_q"] = notes_by_id[int(q["note_id"])]
            quotes.append(quote)
        return {
            "t": "interview",
            "uid": r["uid"],
            "code": r["participant_code"],
            "guide": None if refs is None else self.guide_ref[refs.version_id],
            "held_on": r["held_on"],
            "mode": r["mode"],
            "interviewer": r["interviewer_code"],
            "co_listener": r["co_listener_code"],
            "status": r["status"],
            "planned_minutes": r["planned_minutes"],
            "elapsed_ms": r["elapsed_ms"],
            "current": qref(r["current_question_id"]),
            "created_at": r["created_at"],
            "started_at": r["started_at"],
            "finished_at": r["finished_at"],
            "keep_until": r["keep_until"],
            "consents": [
                _consent(c)
                for c in db.query(
                    "SELECT * FROM consent WHERE interview_id = ? ORDER BY id", (interview_id,)
                )
            ],
            "questions": [
                {
                    "q": qref(s["question_id"]),
                    "status": s["status"],
                    "answer": s["answer"],
                    "first_at_ms": s["first_at_ms"],
                    "time_spent_ms": s["time_spent_ms"],
                    "answered_at_ms": s["answered_at_ms"],
                }
                for s in db.query(
                    "SELECT * FROM question_state WHERE interview_id = ? ORDER BY question_id",
                    (interview_id,),
                )
            ],
            "follow_ups": [
                {
                    "f": refs.follow_up_ref[int(s["follow_up_id"])] if refs else None,
                    "done": bool(s["done"]),
                    "done_at_ms": s["done_at_ms"],
                }
                for s in db.query(
                    "SELECT * FROM follow_up_state WHERE interview_id = ? ORDER BY follow_up_id",
                    (interview_id,),
                )
            ],
            "background": {
                self._variable_ref(int(b[0])): b[1]
                for b in db.query(
                    "SELECT variable_id, category FROM interview_background"
                    " WHERE interview_id = ? ORDER BY variable_id",
                    (interview_id,),
                )
            },
            **transcript_fields(db, interview_id),
            "notes": notes,
            "quotes": quotes,
            "names": [
                str(n[0])
                for n in db.query(
                    "SELECT name FROM name_entry WHERE interview_id = ? ORDER BY name",
                    (interview_id,),
                )
            ],
            "decisions": [
                {
                    "fingerprint": d["fingerprint"],
                    "kind": d["kind"],
                    "decision": d["decision"],
                    "decided_by": d["decided_by"],
                    "decided_at": d["decided_at"],
                }
                for d in db.query(
                    "SELECT * FROM review_decision WHERE interview_id = ? ORDER BY fingerprint",
                    (interview_id,),
                )
            ],
        }

    def _tag(self, t: Row) -> Record:
        return {
            "uid": t["uid"],
            "theme": self.paths[int(t["theme_id"])],
            "start": t["start_pos"],
            "end": t["end_pos"],
            "exact": t["exact"],
            "prefix": t["prefix"],
            "suffix": t["suffix"],
            "starred": bool(t["starred"]),
            "created_at": t["created_at"],
        }


CONSENT_FLAGS = tuple(item.key for item in CONSENT_ITEMS)


def _consent(c: Row) -> Record:
    return {
        "uid": c["uid"],
        "recorded_at": c["recorded_at"],
        "auditor": c["auditor_code"],
        "information_version": c["information_version"],
        "items": {k: bool(c[k]) for k in CONSENT_FLAGS},
        "retention_date": c["retention_date"],
        "method": c["method"],
        "withdrawn_at": c["withdrawn_at"],
        "withdrawn_by": c["withdrawn_by"],
    }
