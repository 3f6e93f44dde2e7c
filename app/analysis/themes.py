"""Themes (the analysts' codebook). The default set comes from the seed report."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InvalidInput, NotFound
from app.store.database import Database

#: (name, description, colour) — the five themes found in the Uppsala audit report.
DEFAULT_THEMES: tuple[tuple[str, str, str], ...] = (
    ("Engagemang", "Handläggaren bryr sig, tar initiativ och följer upp.", "#2e86ab"),
    ("Förståelse", "Att bli förstådd i sin situation, även med särskilda behov.", "#a23b72"),
    ("Respekt", "Att bli bemött som en jämlike, sedd och hörd.", "#f18f01"),
    ("Tydlighet", "Begriplig information om regler, underlag och nästa steg.", "#3b8b5a"),
    ("Förutsägbarhet", "Att veta vad som händer, hur länge det tar och vem man har.", "#6c5b7b"),
)


#: Colours for new themes, each clearly apart from the others and from the five above (a set
#: after Paul Tol's "bright" and "muted" schemes, readable as a swatch beside black text).
PALETTE: tuple[str, ...] = (
    "#d1495b",
    "#00798c",
    "#edae49",
    "#66a182",
    "#8d5a97",
    "#e07a5f",
    "#3d5a80",
    "#b5838d",
    "#6a994e",
    "#c9a227",
    "#4d908e",
    "#9c6644",
)


def next_colour(db: Database) -> str:
    """A colour no theme of the project has yet (the palette's first free one; when all are
    taken, the one used least)."""
    used = [str(r[0]).lower() for r in db.query("SELECT colour FROM theme")]
    for colour in PALETTE:
        if colour not in used:
            return colour
    return min(PALETTE, key=used.count)


@dataclass
class Theme:
    id: int
    name: str
    description: str
    colour: str
    parent_id: int | None
    position: int


def add_theme(
    db: Database,
    name: str,
    description: str = "",
    colour: str | None = None,
    parent_id: int | None = None,
) -> int:
    """A new theme; without a colour it gets one no other theme has (:func:`next_colour`)."""
    name = name.strip()
    if not name:
        raise InvalidInput("theme_name")
    with db.atomic():
        colour = colour or next_colour(db)
        position = db.scalar(
            "SELECT ifnull(max(position) + 1, 0) FROM theme"
            " WHERE ifnull(parent_id, 0) = ifnull(?, 0)",
            (parent_id,),
        )
        return db.insert(
            "INSERT INTO theme (parent_id, position, name, description, colour)"
            " VALUES (?, ?, ?, ?, ?)",
            (parent_id, position, name, description, colour),
        )


def add_default_themes(db: Database) -> list[int]:
    with db.atomic():
        return [add_theme(db, n, d, c) for n, d, c in DEFAULT_THEMES]


def list_themes(db: Database) -> list[Theme]:
    return [
        Theme(r["id"], r["name"], r["description"], r["colour"], r["parent_id"], r["position"])
        for r in db.query("SELECT * FROM theme ORDER BY ifnull(parent_id, 0), position, id")
    ]


def get_theme(db: Database, theme_id: int) -> Theme:
    """One theme.

    Raises:
        NotFound: no such theme.
    """
    r = db.query_one("SELECT * FROM theme WHERE id = ?", (theme_id,))
    if r is None:
        raise NotFound("theme")
    return Theme(r["id"], r["name"], r["description"], r["colour"], r["parent_id"], r["position"])
