"""Background variables: per project a few variables with coarse categories, per interview a choice.

Examples: gender, age group, unit, time with the service. Only categories the project set up
can be stored for an interview (checked here and by a trigger in the database): never free
text, never an exact age or date. A category is short (≤ 40 characters), on one line, not a
bare number and holds no run of three or more digits ("60+" and "18–30" are fine; "34",
"1985" and "850709" are not). A variable has 2–12 categories.

Public API for other features (packages, REFI-QDA): :func:`list_variables`,
:func:`interview_background`, :func:`set_background`, :class:`BackgroundVariable`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.errors import InvalidInput, NotFound
from app.guide.model import slugify
from app.store.database import Database

MAX_TEXT = 40
MIN_CATEGORIES = 2
MAX_CATEGORIES = 12
_DIGIT_RUN = re.compile(r"\d{3,}")


@dataclass(frozen=True)
class BackgroundVariable:
    """A project's background variable: a key, its name and its coarse categories, in order."""

    key: str
    label: str
    categories: tuple[str, ...]


def _clean(text: str) -> str:
    return " ".join(text.split())


def check_label(text: str) -> str:
    label = _clean(text)
    if not label or len(label) > MAX_TEXT or "\n" in text:
        raise InvalidInput("background_label", limit=MAX_TEXT)
    return label


def check_categories(categories: Sequence[str]) -> tuple[str, ...]:
    """Cleaned categories, or InvalidInput naming what is wrong (nothing is stored)."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in categories:
        c = _clean(raw)
        if not c:
            continue
        if len(c) > MAX_TEXT or "\n" in raw.strip():
            raise InvalidInput("background_category_long", limit=MAX_TEXT)
        if c.replace(" ", "").isdigit() or _DIGIT_RUN.search(c):
            raise InvalidInput("background_category_exact", category=c)
        if c.casefold() in seen:
            raise InvalidInput("background_category_twice", category=c)
        seen.add(c.casefold())
        out.append(c)
    if not MIN_CATEGORIES <= len(out) <= MAX_CATEGORIES:
        raise InvalidInput("background_category_count", low=MIN_CATEGORIES, high=MAX_CATEGORIES)
    return tuple(out)


def list_variables(db: Database) -> list[BackgroundVariable]:
    """The project's background variables in their order."""
    return [
        BackgroundVariable(r["key"], r["label"], tuple(json.loads(r["categories"])))
        for r in db.query(
            "SELECT key, label, categories FROM background_variable ORDER BY position, id"
        )
    ]


def _variable_id(db: Database, key: str) -> int:
    vid = db.scalar("SELECT id FROM background_variable WHERE key = ?", (key,))
    if vid is None:
        raise NotFound("background_variable", name=key)
    return int(vid)


def define_variable(db: Database, label: str, categories: Sequence[str]) -> BackgroundVariable:
    """Add a variable at the end. Its key is made from the label (unique in the project)."""
    label = check_label(label)
    cats = check_categories(categories)
    with db.atomic():
        used = {r[0] for r in db.query("SELECT key FROM background_variable")}
        base = slugify(label) or "variabel"
        key, n = base, 2
        while key in used:
            key, n = f"{base}-{n}", n + 1
        position = int(db.scalar("SELECT coalesce(max(position), 0) + 1 FROM background_variable"))
        db.execute(
            "INSERT INTO background_variable (key, label, categories, position)"
            " VALUES (?, ?, ?, ?)",
            (key, label, json.dumps(list(cats), ensure_ascii=False), position),
        )
    return BackgroundVariable(key, label, cats)


def update_variable(
    db: Database,
    key: str,
    label: str,
    categories: Sequence[str],
    renamed: Mapping[str, str] | None = None,
) -> BackgroundVariable:
    """Change a variable's name and categories.

    ``renamed`` maps old category names to new ones (interviews follow). A category that
    interviews use may not simply disappear: InvalidInput, nothing changes.
    """
    label = check_label(label)
    cats = check_categories(categories)
    renamed = renamed or {}
    for new in renamed.values():
        if new not in cats:
            raise InvalidInput("background_category_unknown", category=new)
    with db.atomic():
        vid = _variable_id(db, key)
        db.execute(
            "UPDATE background_variable SET label = ?, categories = ? WHERE id = ?",
            (label, json.dumps(list(cats), ensure_ascii=False), vid),
        )
        for old, new in renamed.items():
            if old != new:
                db.execute(
                    "UPDATE interview_background SET category = ?"
                    " WHERE variable_id = ? AND category = ?",
                    (new, vid, old),
                )
        in_use = {
            r[0]
            for r in db.query(
                "SELECT DISTINCT category FROM interview_background WHERE variable_id = ?", (vid,)
            )
        }
        missing = sorted(c for c in in_use if c not in cats)
        if missing:  # rolls the whole change back
            raise InvalidInput("background_category_in_use", category=missing[0])
    return BackgroundVariable(key, label, cats)


def remove_variable(db: Database, key: str) -> None:
    """Remove a variable and every interview's choice for it."""
    with db.atomic():
        vid = _variable_id(db, key)
        db.execute("DELETE FROM interview_background WHERE variable_id = ?", (vid,))
        db.execute("DELETE FROM background_variable WHERE id = ?", (vid,))


def interview_background(db: Database, interview_id: int) -> dict[str, str]:
    """The interview's categories by variable key (variables not set are left out)."""
    return {
        r["key"]: r["category"]
        for r in db.query(
            "SELECT v.key, ib.category FROM interview_background ib"
            " JOIN background_variable v ON v.id = ib.variable_id WHERE ib.interview_id = ?",
            (interview_id,),
        )
    }


def set_background(db: Database, interview_id: int, values: Mapping[str, str | None]) -> None:
    """Set (or with None / "" clear) categories of an interview, all or nothing.

    Raises:
        NotFound: no such variable or interview.
        InvalidInput: a value that is not one of the variable's categories.
    """
    variables = {v.key: v for v in list_variables(db)}
    with db.atomic():
        if db.scalar("SELECT 1 FROM interview WHERE id = ?", (interview_id,)) is None:
            raise NotFound("interview")
        for key, value in values.items():
            if key not in variables:
                raise NotFound("background_variable", name=key)
            vid = _variable_id(db, key)
            if value is None or value == "":
                db.execute(
                    "DELETE FROM interview_background WHERE interview_id = ? AND variable_id = ?",
                    (interview_id, vid),
                )
                continue
            if value not in variables[key].categories:
                raise InvalidInput("background_category_unknown", category=value)
            db.execute(
                "INSERT INTO interview_background (interview_id, variable_id, category)"
                " VALUES (?, ?, ?) ON CONFLICT (interview_id, variable_id)"
                " DO UPDATE SET category = excluded.category",
                (interview_id, vid, value),
            )
