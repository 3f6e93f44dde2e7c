"""The codebook (themes): edit, rename, merge, reorder, delete.

Themes live in ``theme`` (hierarchical through ``parent_id``, ordered by ``position`` among
siblings). Tagging passages and quotes with them is :mod:`app.analysis.tagging`; its names are
also reachable from here (``codebook.tag_quote``) for the callers that think of both as one.
"""

from __future__ import annotations

import re

from app.analysis.tagging import (
    PassageTag,
    orphan_passage,
    passage_tags,
    quote_theme_ids,
    set_passage_offsets,
    set_passage_starred,
    tag_passage,
    tag_quote,
    untag_passage,
    untag_quote,
)
from app.analysis.themes import Theme, add_theme, get_theme, list_themes
from app.errors import InvalidInput
from app.store.database import Database

__all__ = [
    "Theme",
    "add_theme",
    "list_themes",
    "update_theme",
    "move_theme",
    "reparent_theme",
    "merge_themes",
    "delete_theme",
    "theme_counts",
    "PassageTag",
    "tag_passage",
    "untag_passage",
    "passage_tags",
    "set_passage_starred",
    "set_passage_offsets",
    "orphan_passage",
    "tag_quote",
    "untag_quote",
    "quote_theme_ids",
    "theme_path",
]

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def update_theme(
    db: Database,
    theme_id: int,
    *,
    name: str | None = None,
    description: str | None = None,
    colour: str | None = None,
) -> Theme:
    """Rename a theme, or change its description or colour (``#rrggbb``)."""
    with db.atomic():
        get_theme(db, theme_id)
        if name is not None:
            name = name.strip()
            if not name:
                raise InvalidInput("theme_name")
            db.execute("UPDATE theme SET name = ? WHERE id = ?", (name, theme_id))
        if description is not None:
            db.execute(
                "UPDATE theme SET description = ? WHERE id = ?", (description.strip(), theme_id)
            )
        if colour is not None:
            if not _COLOUR.match(colour):
                raise InvalidInput("theme_colour")
            db.execute("UPDATE theme SET colour = ? WHERE id = ?", (colour.lower(), theme_id))
        return get_theme(db, theme_id)


def _siblings(db: Database, parent_id: int | None) -> list[int]:
    return [
        int(r[0])
        for r in db.query(
            "SELECT id FROM theme WHERE ifnull(parent_id, 0) = ifnull(?, 0) ORDER BY position, id",
            (parent_id,),
        )
    ]


def _renumber(db: Database, ids: list[int]) -> None:
    db.executemany(
        "UPDATE theme SET position = ? WHERE id = ?", [(i, t) for i, t in enumerate(ids)]
    )


def move_theme(db: Database, theme_id: int, delta: int) -> None:
    """Move a theme ``delta`` places among its siblings (negative: up)."""
    with db.atomic():
        theme = get_theme(db, theme_id)
        ids = _siblings(db, theme.parent_id)
        i = ids.index(theme_id)
        j = max(0, min(len(ids) - 1, i + delta))
        ids.insert(j, ids.pop(i))
        _renumber(db, ids)


def _descendants(db: Database, theme_id: int) -> set[int]:
    rows = db.query(
        "WITH RECURSIVE d(id) AS (SELECT ? UNION SELECT t.id FROM theme t JOIN d ON"
        " t.parent_id = d.id)"
        " SELECT id FROM d",
        (theme_id,),
    )
    return {int(r[0]) for r in rows}


def reparent_theme(db: Database, theme_id: int, parent_id: int | None) -> None:
    """Make a theme a sub-theme of ``parent_id`` (``None``: top level), last among siblings."""
    with db.atomic():
        theme = get_theme(db, theme_id)
        if parent_id is not None:
            get_theme(db, parent_id)
            if parent_id in _descendants(db, theme_id):
                raise InvalidInput("theme_cycle")
        old = [t for t in _siblings(db, theme.parent_id) if t != theme_id]
        db.execute("UPDATE theme SET parent_id = ? WHERE id = ?", (parent_id, theme_id))
        _renumber(db, old)
        _renumber(db, [*[t for t in _siblings(db, parent_id) if t != theme_id], theme_id])


def merge_themes(db: Database, keep_id: int, merge_id: int) -> None:
    """Merge ``merge_id`` into ``keep_id``: its quote and passage tags and sub-themes move."""
    if keep_id == merge_id:
        raise InvalidInput("theme_merge_self")
    with db.atomic():
        get_theme(db, keep_id)
        merged = get_theme(db, merge_id)
        if keep_id in _descendants(db, merge_id):
            raise InvalidInput("theme_cycle")
        db.execute(
            "INSERT OR IGNORE INTO quote_theme (quote_id, theme_id) SELECT quote_id, ? FROM"
            " quote_theme"
            " WHERE theme_id = ?",
            (keep_id, merge_id),
        )
        db.execute("DELETE FROM quote_theme WHERE theme_id = ?", (merge_id,))
        # The same words tagged with both themes become one tag (starred if either was).
        db.execute(
            "UPDATE passage_tag SET starred = 1 WHERE theme_id = ? AND EXISTS (SELECT 1 FROM"
            " passage_tag b"
            " WHERE b.theme_id = ? AND b.note_id = passage_tag.note_id AND b.start_pos ="
            " passage_tag.start_pos"
            " AND b.end_pos = passage_tag.end_pos AND b.exact = passage_tag.exact AND"
            " b.starred = 1)",
            (keep_id, merge_id),
        )
        db.execute(
            "DELETE FROM passage_tag WHERE theme_id = ? AND EXISTS (SELECT 1 FROM passage_tag a"
            " WHERE a.theme_id = ? AND a.note_id = passage_tag.note_id AND a.start_pos ="
            " passage_tag.start_pos"
            " AND a.end_pos = passage_tag.end_pos AND a.exact = passage_tag.exact)",
            (merge_id, keep_id),
        )
        db.execute("UPDATE passage_tag SET theme_id = ? WHERE theme_id = ?", (keep_id, merge_id))
        children = _siblings(db, merge_id)
        if children:
            start = len(_siblings(db, keep_id))
            db.executemany(
                "UPDATE theme SET parent_id = ?, position = ? WHERE id = ?",
                [(keep_id, start + i, c) for i, c in enumerate(children)],
            )
        db.execute("DELETE FROM theme WHERE id = ?", (merge_id,))
        _renumber(db, _siblings(db, merged.parent_id))


def delete_theme(db: Database, theme_id: int) -> None:
    """Delete a theme and its tags. Its sub-themes move up to its parent, they are not lost."""
    with db.atomic():
        theme = get_theme(db, theme_id)
        children = _siblings(db, theme_id)
        db.execute(
            "UPDATE theme SET parent_id = ? WHERE parent_id = ?", (theme.parent_id, theme_id)
        )
        db.execute("DELETE FROM theme WHERE id = ?", (theme_id,))
        ids = [t for t in _siblings(db, theme.parent_id) if t not in children]
        ids[theme.position : theme.position] = children
        _renumber(db, ids)


def theme_path(themes: list[Theme], theme_id: int) -> str:
    """ "Parent › Child" for display."""
    by_id = {t.id: t for t in themes}
    parts: list[str] = []
    t = by_id.get(theme_id)
    while t is not None and len(parts) < 20:
        parts.append(t.name)
        t = by_id.get(t.parent_id) if t.parent_id is not None else None
    return " › ".join(reversed(parts))


def theme_counts(db: Database) -> dict[int, tuple[int, int]]:
    """Per theme: (tagged passages, tagged quotes). Orphaned passages are not counted."""
    counts: dict[int, list[int]] = {}
    for r in db.query(
        "SELECT theme_id, count(*) FROM passage_tag WHERE start_pos >= 0 GROUP BY theme_id"
    ):
        counts.setdefault(int(r[0]), [0, 0])[0] = int(r[1])
    for r in db.query("SELECT theme_id, count(*) FROM quote_theme GROUP BY theme_id"):
        counts.setdefault(int(r[0]), [0, 0])[1] = int(r[1])
    return {k: (v[0], v[1]) for k, v in counts.items()}
