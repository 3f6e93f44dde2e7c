"""The codebook (themes) and tagging: edit, rename, merge, reorder, delete; tag passages and quotes.

Themes live in ``theme`` (hierarchical through ``parent_id``, ordered by ``position`` among
siblings). Tags live where the schema puts them: ``quote_theme`` for quotes and
``passage_tag`` for passages of notes (with a text-quote anchor, see ``anchors``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.analysis.themes import Theme, add_theme, list_themes
from app.errors import InvalidInput, NotFound
from app.interview.anchors import make_anchor
from app.store.database import Database
from app.store.project import now_iso

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
    "tag_quote",
    "untag_quote",
    "quote_theme_ids",
    "theme_path",
]

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def _theme_row(db: Database, theme_id: int) -> Theme:
    r = db.query_one("SELECT * FROM theme WHERE id = ?", (theme_id,))
    if r is None:
        raise NotFound("theme")
    return Theme(r["id"], r["name"], r["description"], r["colour"], r["parent_id"], r["position"])


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
        _theme_row(db, theme_id)
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
        return _theme_row(db, theme_id)


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
        theme = _theme_row(db, theme_id)
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
        theme = _theme_row(db, theme_id)
        if parent_id is not None:
            _theme_row(db, parent_id)
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
        _theme_row(db, keep_id)
        merged = _theme_row(db, merge_id)
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
        theme = _theme_row(db, theme_id)
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


# -- passage tags ------------------------------------------------------------------------------
@dataclass
class PassageTag:
    id: int
    note_id: int
    theme_id: int
    start: int
    end: int
    exact: str
    starred: bool

    @property
    def orphaned(self) -> bool:
        return self.start < 0


def tag_passage(
    db: Database, note_id: int, theme_id: int, start: int, end: int, *, starred: bool = False
) -> int:
    """Tag ``body[start:end]`` of a note with a theme. Tagging the same words twice is a no-op."""
    with db.atomic():
        body = db.scalar("SELECT body FROM note WHERE id = ?", (note_id,))
        if body is None:
            raise NotFound("note")
        _theme_row(db, theme_id)
        # Trim whitespace so the anchor is the words themselves.
        start, end = max(0, min(start, end)), min(len(body), max(start, end))
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start >= end:
            raise InvalidInput("passage_empty")
        existing = db.scalar(
            "SELECT id FROM passage_tag WHERE note_id = ? AND theme_id = ? AND start_pos = ?"
            " AND end_pos = ?",
            (note_id, theme_id, start, end),
        )
        if existing is not None:
            return int(existing)
        a = make_anchor(body, start, end)
        return db.insert(
            "INSERT INTO passage_tag (note_id, theme_id, start_pos, end_pos, exact, prefix,"
            " suffix, starred,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note_id,
                theme_id,
                a.start,
                a.end,
                a.exact,
                a.prefix,
                a.suffix,
                int(starred),
                now_iso(),
            ),
        )


def untag_passage(db: Database, tag_id: int) -> None:
    db.execute("DELETE FROM passage_tag WHERE id = ?", (tag_id,))


def set_passage_starred(db: Database, tag_id: int, starred: bool) -> None:
    db.execute("UPDATE passage_tag SET starred = ? WHERE id = ?", (int(starred), tag_id))


def set_passage_offsets(db: Database, tag_id: int, body: str, start: int, end: int) -> None:
    """Store offsets tracked live by an editor (against ``body``, the text about to be saved)."""
    a = make_anchor(body, start, end)
    db.execute(
        "UPDATE passage_tag SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?"
        " WHERE id = ?",
        (a.start, a.end, a.exact, a.prefix, a.suffix, tag_id),
    )


def orphan_passage(db: Database, tag_id: int) -> None:
    """Mark a tag whose words were deleted as orphaned (kept, shown, not counted)."""
    db.execute("UPDATE passage_tag SET start_pos = -1, end_pos = -1 WHERE id = ?", (tag_id,))


def passage_tags(db: Database, note_id: int) -> list[PassageTag]:
    return [
        PassageTag(
            r["id"],
            r["note_id"],
            r["theme_id"],
            r["start_pos"],
            r["end_pos"],
            r["exact"],
            bool(r["starred"]),
        )
        for r in db.query(
            "SELECT * FROM passage_tag WHERE note_id = ? ORDER BY start_pos, id", (note_id,)
        )
    ]


# -- quote tags --------------------------------------------------------------------------------
def tag_quote(db: Database, quote_id: int, theme_id: int) -> None:
    with db.atomic():
        if db.scalar("SELECT id FROM quote WHERE id = ?", (quote_id,)) is None:
            raise NotFound("quote")
        _theme_row(db, theme_id)
        db.execute(
            "INSERT OR IGNORE INTO quote_theme (quote_id, theme_id) VALUES (?, ?)",
            (quote_id, theme_id),
        )


def untag_quote(db: Database, quote_id: int, theme_id: int) -> None:
    db.execute("DELETE FROM quote_theme WHERE quote_id = ? AND theme_id = ?", (quote_id, theme_id))


def quote_theme_ids(db: Database, quote_id: int) -> list[int]:
    return [
        int(r[0])
        for r in db.query(
            "SELECT qt.theme_id FROM quote_theme qt JOIN theme t ON t.id = qt.theme_id WHERE"
            " qt.quote_id = ?"
            " ORDER BY t.position, t.id",
            (quote_id,),
        )
    ]
