"""Guides in a project: listing, versions, saving edits, import and export.

Versions
--------
A guide has numbered versions; an interview points at the version it ran
(``interview.guide_version_id``) and keeps it for good. :func:`save_guide_edit` stores an
edited guide like this:

* nothing changed → nothing is written, the latest version is returned;
* the latest version is not used yet (no interview, and no note, quote or question state
  refers to its questions) → it is updated in place, so preparing a guide does not leave a
  trail of versions nobody ran;
* the latest version has been used → a new version is added; the interviews that used the
  old one still point to it, unchanged.

Importing a file as a version of an existing guide always adds a new version (an import
is a deliberate new edition; nothing stored is overwritten by it).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path

from app.errors import GuideFormatError, NotFound
from app.guide import repository
from app.guide.jsonformat import guide_to_json
from app.guide.jsonformat import load_guide as load_json_file
from app.guide.model import Guide, QuestionKind
from app.guide.outline import ImportedGuide
from app.guide.repository import version_is_used
from app.paths import default_guide_path
from app.store.database import Database

MAX_PLANNED_MINUTES = 600


@dataclass(frozen=True)
class GuideInfo:
    id: int
    title: str
    is_default: bool
    latest_version: int
    latest_version_id: int
    versions: int


@dataclass(frozen=True)
class VersionInfo:
    id: int
    guide_id: int
    version: int
    title: str
    created_at: str
    interviews: int
    questions: int


def list_guides(db: Database) -> list[GuideInfo]:
    """Every guide in the project, the default first, then by creation."""
    rows = db.query(
        "SELECT g.id, g.title, g.is_default, count(v.id) AS versions,"
        " max(v.version) AS latest,"
        " (SELECT id FROM guide_version WHERE guide_id = g.id ORDER BY version DESC LIMIT 1)"
        "   AS latest_id"
        " FROM guide g JOIN guide_version v ON v.guide_id = g.id"
        " GROUP BY g.id ORDER BY g.is_default DESC, g.id"
    )
    return [
        GuideInfo(
            r["id"], r["title"], bool(r["is_default"]), r["latest"], r["latest_id"], r["versions"]
        )
        for r in rows
    ]


def list_versions(db: Database, guide_id: int) -> list[VersionInfo]:
    """The versions of one guide, oldest first, with how many interviews used each."""
    rows = db.query(
        "SELECT v.id, v.guide_id, v.version, v.title, v.created_at,"
        " (SELECT count(*) FROM interview i WHERE i.guide_version_id = v.id) AS interviews,"
        " (SELECT count(*) FROM question q JOIN section s ON s.id = q.section_id"
        "   WHERE s.guide_version_id = v.id) AS questions"
        " FROM guide_version v WHERE v.guide_id = ? ORDER BY v.version",
        (guide_id,),
    )
    if not rows:
        raise NotFound("guide")
    return [
        VersionInfo(
            r["id"],
            r["guide_id"],
            r["version"],
            r["title"],
            r["created_at"],
            r["interviews"],
            r["questions"],
        )
        for r in rows
    ]


def find_guide(db: Database, ref: str) -> int:
    """A guide id from an id ("2") or an exact title."""
    ref = ref.strip()
    if ref.isdigit() and db.scalar("SELECT 1 FROM guide WHERE id = ?", (int(ref),)):
        return int(ref)
    rows = db.query("SELECT id FROM guide WHERE title = ? ORDER BY id", (ref,))
    if len(rows) != 1:
        raise NotFound(f"frågeguide {ref}" if not rows else f"flera frågeguider heter {ref}")
    return int(rows[0]["id"])


def default_guide_id(db: Database) -> int:
    value = db.scalar("SELECT id FROM guide ORDER BY is_default DESC, id DESC LIMIT 1")
    if value is None:
        raise NotFound("frågeguide")
    return int(value)


def version_id_of(db: Database, guide_id: int, version: int | None = None) -> int:
    """The id of ``version`` of a guide (its latest version when ``version`` is None)."""
    if version is None:
        value = db.scalar(
            "SELECT id FROM guide_version WHERE guide_id = ? ORDER BY version DESC LIMIT 1",
            (guide_id,),
        )
    else:
        value = db.scalar(
            "SELECT id FROM guide_version WHERE guide_id = ? AND version = ?", (guide_id, version)
        )
    if value is None:
        raise NotFound("guide_version" if version is None else f"version {version}")
    return int(value)


def guide_id_of_version(db: Database, version_id: int) -> int:
    value = db.scalar("SELECT guide_id FROM guide_version WHERE id = ?", (version_id,))
    if value is None:
        raise NotFound("guide_version")
    return int(value)


def check_guide(guide: Guide) -> None:
    """Check that ``guide`` can be stored and run.

    Raises:
        GuideFormatError: naming the section and question, e.g.
            "avsnittet ”Under tiden”, fråga 3: frågan saknar text".
    """
    if not guide.title.strip():
        raise GuideFormatError("guiden saknar titel")
    if not guide.sections:
        raise GuideFormatError("guiden har inga avsnitt")
    if not guide.questions():
        raise GuideFormatError("guiden har inga frågor")
    for si, s in enumerate(guide.sections, 1):
        where = f"avsnitt {si}"
        if not s.title.strip():
            raise GuideFormatError(f"{where}: avsnittet saknar rubrik")
        where = f"avsnittet ”{s.title.strip()}”"
        if s.planned_minutes is not None and not 0 < s.planned_minutes <= MAX_PLANNED_MINUTES:
            raise GuideFormatError(
                f"{where}: planerad tid ska vara 1–{MAX_PLANNED_MINUTES} minuter"
            )
        for qi, q in enumerate(s.questions, 1):
            qwhere = f"{where}, fråga {q.number or qi}"
            if not q.text.strip():
                raise GuideFormatError(f"{qwhere}: frågan saknar text")
            options = [o for o in q.options if o.strip()]
            if q.kind is QuestionKind.MULTI_CHOICE and len(options) < 2:
                raise GuideFormatError(
                    f"{qwhere}: en flervalsfråga behöver minst två svarsalternativ"
                )
            for f in q.follow_ups:
                if not f.text.strip():
                    raise GuideFormatError(f"{qwhere}: en följdfråga saknar text")
                if f.condition not in (None, "yes", "no"):
                    raise GuideFormatError(f"{qwhere}: okänt villkor för en följdfråga")
                if f.condition and q.kind not in (QuestionKind.YES_NO, QuestionKind.OPEN):
                    raise GuideFormatError(f"{qwhere}: ”Om ja/Om nej” går bara på ja/nej-frågor")


def _content(guide: Guide) -> str:
    return guide_to_json(copy.deepcopy(guide))


def save_guide_edit(db: Database, guide_id: int, guide: Guide) -> int:
    """Store an edited guide as the latest version of ``guide_id`` (see the module docstring).

    ``guide`` gets the database ids, version and version id of what was stored.

    Returns:
        The guide_version id that now holds ``guide``.

    Raises:
        GuideFormatError: the guide is incomplete (nothing is written).
        NotFound: no such guide.
    """
    check_guide(guide)
    guide.assign_keys()
    with db.atomic():
        latest_id = version_id_of(db, guide_id)
        stored = repository.load_guide(db, latest_id)
        if _content(stored) == _content(guide):
            _copy_ids(stored, guide)
            return latest_id
        if version_is_used(db, latest_id):
            return repository.save_new_version(db, guide_id, guide)
        db.execute("DELETE FROM section WHERE guide_version_id = ?", (latest_id,))
        db.execute(
            "UPDATE guide_version SET title = ?, intro = ?, language = ? WHERE id = ?",
            (guide.title, guide.intro, guide.language, latest_id),
        )
        db.execute("UPDATE guide SET title = ? WHERE id = ?", (guide.title, guide_id))
        repository.insert_content(db, latest_id, guide)
        guide.id, guide.version = latest_id, stored.version
        return latest_id


def _copy_ids(source: Guide, target: Guide) -> None:
    target.id, target.version = source.id, source.version
    for s_src, s_dst in zip(source.sections, target.sections, strict=True):
        s_dst.id = s_src.id
        for q_src, q_dst in zip(s_src.questions, s_dst.questions, strict=True):
            q_dst.id = q_src.id
            for f_src, f_dst in zip(q_src.follow_ups, q_dst.follow_ups, strict=True):
                f_dst.id = f_src.id


def add_imported_guide(db: Database, guide: Guide, as_version_of: int | None = None) -> int:
    """Store an imported guide: a new guide (default if it is the first), or the next version
    of ``as_version_of``. Returns the guide_version id."""
    check_guide(guide)
    with db.atomic():
        if as_version_of is not None:
            return repository.save_new_version(db, as_version_of, guide)
        first = not db.scalar("SELECT EXISTS (SELECT 1 FROM guide)")
        return repository.add_guide(db, guide, make_default=first)


def import_guide_file(path: str | Path) -> ImportedGuide:
    """Read a guide from a .docx or .json file (by its suffix); nothing is stored.

    Raises:
        GuideFormatError: unreadable or malformed file, or one without questions.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        return ImportedGuide(load_json_file(p), [])
    if suffix == ".docx":
        from app.guide.docx_import import read_docx_guide

        imported = read_docx_guide(p)
        check_guide(imported.guide)
        return imported
    raise GuideFormatError("välj en Word-fil (.docx) eller en guidefil (.json)", 0, p.name)


def export_guide_json(db: Database, version_id: int) -> str:
    """One stored guide version in the guide file format (JSON)."""
    return guide_to_json(repository.load_guide(db, version_id))


def add_default_guide(db: Database) -> int:
    """Give a project the bundled guide (from the Uppsala report) to start from; it becomes the
    default guide. Returns the guide_version id."""
    return repository.add_guide(db, load_json_file(default_guide_path()))
