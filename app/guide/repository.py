"""Storing guides in a project: every save of a used guide makes a new version."""

from __future__ import annotations

import json

from app.errors import NotFound
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.store.database import Database
from app.store.project import now_iso


def add_guide(db: Database, guide: Guide, make_default: bool = True) -> int:
    """Store ``guide`` as a new guide (version 1). Returns the guide_version id."""
    with db.atomic():
        guide_id = db.insert(
            "INSERT INTO guide (title, is_default, created_at) VALUES (?, 0, ?)",
            (guide.title, now_iso()),
        )
        version_id = _insert_version(db, guide_id, 1, guide)
        if make_default:
            set_default_guide(db, guide_id)
    return version_id


def save_new_version(db: Database, guide_id: int, guide: Guide) -> int:
    """Store ``guide`` as the next version of ``guide_id``. Returns the guide_version id."""
    with db.atomic():
        latest = db.scalar("SELECT max(version) FROM guide_version WHERE guide_id = ?", (guide_id,))
        if latest is None:
            raise NotFound("guide")
        db.execute("UPDATE guide SET title = ? WHERE id = ?", (guide.title, guide_id))
        return _insert_version(db, guide_id, int(latest) + 1, guide)


def _insert_version(db: Database, guide_id: int, version: int, guide: Guide) -> int:
    guide.assign_keys()
    version_id = db.insert(
        "INSERT INTO guide_version (guide_id, version, title, intro, language, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (guide_id, version, guide.title, guide.intro, guide.language, now_iso()),
    )
    insert_content(db, version_id, guide)
    guide.id = version_id
    guide.version = version
    return version_id


def insert_content(db: Database, version_id: int, guide: Guide) -> None:
    """Store the sections, questions and follow-ups of ``guide`` under ``version_id``."""
    for si, s in enumerate(guide.sections):
        s.id = db.insert(
            "INSERT INTO section (guide_version_id, position, key, title, intro, planned_minutes)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (version_id, si, s.key, s.title, s.intro, s.planned_minutes),
        )
        for qi, q in enumerate(s.questions):
            q.id = db.insert(
                "INSERT INTO question (section_id, position, key, number, text, hint, kind,"
                " options) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    s.id,
                    qi,
                    q.key,
                    q.number,
                    q.text,
                    q.hint,
                    q.kind.value,
                    json.dumps(q.options, ensure_ascii=False),
                ),
            )
            for fi, f in enumerate(q.follow_ups):
                f.id = db.insert(
                    "INSERT INTO follow_up (question_id, position, text, hint, condition)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (q.id, fi, f.text, f.hint, f.condition),
                )


def set_default_guide(db: Database, guide_id: int) -> None:
    with db.atomic():
        db.execute("UPDATE guide SET is_default = (id = ?)", (guide_id,))


def default_guide_version_id(db: Database) -> int | None:
    """The newest version of the default guide (or of any guide), or None if there is none."""
    value = db.scalar(
        "SELECT gv.id FROM guide_version gv JOIN guide g ON g.id = gv.guide_id"
        " ORDER BY g.is_default DESC, g.id DESC, gv.version DESC LIMIT 1"
    )
    return None if value is None else int(value)


def load_guide(db: Database, version_id: int) -> Guide:
    """Load one stored guide version, with database ids filled in."""
    row = db.query_one("SELECT * FROM guide_version WHERE id = ?", (version_id,))
    if row is None:
        raise NotFound("guide_version")
    guide = Guide(
        title=row["title"],
        intro=row["intro"],
        language=row["language"],
        version=row["version"],
        id=row["id"],
    )
    sections = {
        r["id"]: Section(r["title"], r["key"], r["intro"], r["planned_minutes"], id=r["id"])
        for r in db.query(
            "SELECT * FROM section WHERE guide_version_id = ? ORDER BY position", (version_id,)
        )
    }
    guide.sections = list(sections.values())
    questions: dict[int, Question] = {}
    for r in db.query(
        "SELECT q.* FROM question q JOIN section s ON s.id = q.section_id"
        " WHERE s.guide_version_id = ? ORDER BY s.position, q.position",
        (version_id,),
    ):
        q = Question(
            text=r["text"],
            key=r["key"],
            number=r["number"],
            hint=r["hint"],
            kind=QuestionKind(r["kind"]),
            options=json.loads(r["options"]),
            id=r["id"],
        )
        questions[q.id] = q  # type: ignore[index]
        sections[r["section_id"]].questions.append(q)
    for r in db.query(
        "SELECT f.* FROM follow_up f JOIN question q ON q.id = f.question_id"
        " JOIN section s ON s.id = q.section_id WHERE s.guide_version_id = ?"
        " ORDER BY f.question_id, f.position",
        (version_id,),
    ):
        questions[r["question_id"]].follow_ups.append(
            FollowUp(r["text"], r["hint"], r["condition"], id=r["id"])
        )
    return guide


def version_is_used(db: Database, version_id: int) -> bool:
    """Whether anything refers to this version: an interview, or state/notes/quotes on its
    questions. A used version is never changed again."""
    return bool(
        db.scalar(
            "WITH q AS (SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
            "           WHERE s.guide_version_id = :v),"
            " f AS (SELECT id FROM follow_up WHERE question_id IN (SELECT id FROM q))"
            " SELECT EXISTS (SELECT 1 FROM interview WHERE guide_version_id = :v"
            "                  OR current_question_id IN (SELECT id FROM q))"
            "     OR EXISTS (SELECT 1 FROM question_state WHERE question_id IN (SELECT id FROM q))"
            "     OR EXISTS (SELECT 1 FROM follow_up_state"
            "                WHERE follow_up_id IN (SELECT id FROM f))"
            "     OR EXISTS (SELECT 1 FROM note WHERE question_id IN (SELECT id FROM q))"
            "     OR EXISTS (SELECT 1 FROM quote WHERE question_id IN (SELECT id FROM q))",
            {"v": version_id},
        )
    )
