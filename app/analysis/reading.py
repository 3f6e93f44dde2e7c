"""Reading across interviews: by question, by theme, by interview, with counts and filters.

Questions are matched across guide versions by ``question.key`` (stable when a guide is
edited), so "the same question" collects notes and quotes from every interview whatever
guide version it ran. Everything here is plain data for the UI, the CLI and the Word export.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.guide.model import question_name
from app.interview.consent import not_withdrawn
from app.store.database import Database


@dataclass
class Filter:
    """Which interviews and items to read. Empty means everything."""

    statuses: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None
    theme_id: int | None = None  # items tagged with this theme (or a sub-theme)
    starred_only: bool = False

    def interview_sql(self, alias: str = "i") -> tuple[str, list[Any]]:
        # A withdrawn interview is never read, counted or shown, whatever the filter.
        parts: list[str] = [not_withdrawn(alias)]
        params: list[Any] = []
        if self.statuses:
            parts.append(f"{alias}.status IN ({','.join('?' * len(self.statuses))})")
            params += sorted(self.statuses)
        if self.modes:
            parts.append(f"{alias}.mode IN ({','.join('?' * len(self.modes))})")
            params += sorted(self.modes)
        if self.date_from:
            parts.append(f"{alias}.held_on >= ?")
            params.append(self.date_from)
        if self.date_to:
            parts.append(f"{alias}.held_on <= ?")
            params.append(self.date_to)
        return " AND " + " AND ".join(parts), params


@dataclass
class QuestionGroup:
    key: str
    number: str
    text: str
    section: str
    question_ids: list[int] = field(default_factory=list)

    @property
    def name(self) -> str:
        """ "Under tiden · 7" (see :func:`app.guide.model.question_name`)."""
        return question_name(self.section, self.number)

    @property
    def label(self) -> str:
        return f"{self.name} – {self.text}" if self.name else self.text


@dataclass
class Item:
    """One thing to read: a whole note, a tagged passage of a note, or a quote."""

    kind: str  # "note", "passage" or "quote"
    id: int  # note id, passage_tag id or quote id
    interview_id: int
    participant_code: str
    question_id: int | None
    question_number: str
    question_text: str
    text: str  # note body, passage words, or the quote's report version
    verbatim: str = ""  # quotes: the verbatim text
    note_id: int | None = None
    start: int = -1  # passages: offsets in the note body
    end: int = -1
    starred: bool = False
    theme_ids: list[int] = field(default_factory=list)
    held_on: str = ""
    section: str = ""  # the question's section title

    @property
    def question_name(self) -> str:
        """ "Under tiden · 7"; empty for the general note and quotes without a question."""
        return question_name(self.section, self.question_number) if self.question_id else ""


def _themes_with_subthemes(db: Database, theme_id: int) -> list[int]:
    rows = db.query(
        "WITH RECURSIVE d(id) AS (SELECT ? UNION SELECT t.id FROM theme t JOIN d ON"
        " t.parent_id = d.id)"
        " SELECT id FROM d",
        (theme_id,),
    )
    return [int(r[0]) for r in rows]


def _ids(values: Iterable[int]) -> str:
    return ",".join(str(int(v)) for v in values) or "NULL"


# -- questions -------------------------------------------------------------------------------
def question_groups(db: Database) -> list[QuestionGroup]:
    """Every question of every guide version, one group per key, in the newest version's order."""
    groups: dict[str, QuestionGroup] = {}
    rows = db.query(
        "SELECT q.id, q.key, q.number, q.text, s.title, s.position AS sp, q.position AS qp,"
        " gv.version"
        " FROM question q JOIN section s ON s.id = q.section_id JOIN guide_version gv ON gv.id"
        " = s.guide_version_id"
        " ORDER BY gv.version DESC, gv.id DESC, s.position, q.position"
    )
    for r in rows:
        g = groups.get(r["key"])
        if g is None:
            g = groups[r["key"]] = QuestionGroup(r["key"], r["number"], r["text"], r["title"])
        g.question_ids.append(int(r["id"]))
    return list(groups.values())


def _question_ids_for_key(db: Database, key: str) -> list[int]:
    return [int(r[0]) for r in db.query("SELECT id FROM question WHERE key = ?", (key,))]


# -- item queries -------------------------------------------------------------------------------
_NOTE_COLS = (
    "n.id, n.interview_id, n.question_id, n.body, i.participant_code, i.held_on,"
    " ifnull(q.number, '') AS number, ifnull(q.text, '') AS qtext,"
    " ifnull(s.title, '') AS section"
)
_QUOTE_COLS = (
    "qu.id, qu.interview_id, qu.question_id, qu.text, qu.edited_text, qu.starred,"
    " i.participant_code, i.held_on,"
    " ifnull(q.number, '') AS number, ifnull(q.text, '') AS qtext,"
    " ifnull(s.title, '') AS section"
)
_PASSAGE_COLS = (
    "p.id, p.note_id, p.theme_id, p.start_pos, p.end_pos, p.exact, p.starred, n.interview_id,"
    " n.question_id,"
    " i.participant_code, i.held_on, ifnull(q.number, '') AS number, ifnull(q.text, '') AS qtext,"
    " ifnull(s.title, '') AS section"
)


def _quote_themes(db: Database, quote_ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    if quote_ids:
        for r in db.query(
            f"SELECT quote_id, theme_id FROM quote_theme WHERE quote_id IN ({_ids(quote_ids)})"
        ):
            out.setdefault(int(r[0]), []).append(int(r[1]))
    return out


def _note_themes(db: Database, note_ids: list[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    if note_ids:
        for r in db.query(
            f"SELECT DISTINCT note_id, theme_id FROM passage_tag WHERE start_pos >= 0"
            f" AND note_id IN ({_ids(note_ids)})"
        ):
            out.setdefault(int(r[0]), []).append(int(r[1]))
    return out


def _notes(db: Database, where: str, params: list[Any], filt: Filter) -> list[Item]:
    sql_i, p_i = filt.interview_sql()
    extra = ""
    if filt.theme_id is not None:
        extra += (
            f" AND n.id IN (SELECT note_id FROM passage_tag WHERE start_pos >= 0 AND theme_id IN"
            f" ({_ids(_themes_with_subthemes(db, filt.theme_id))}))"
        )
    if filt.starred_only:
        extra += (
            " AND n.id IN (SELECT note_id FROM passage_tag WHERE starred = 1 AND start_pos >= 0)"
        )
    rows = db.query(
        f"SELECT {_NOTE_COLS} FROM note n JOIN interview i ON i.id = n.interview_id"
        f" LEFT JOIN question q ON q.id = n.question_id LEFT JOIN section s ON s.id = q.section_id"
        f" WHERE n.body != '' AND {where}{sql_i}{extra}"
        f" ORDER BY i.held_on, i.id, s.position IS NULL, s.position, q.position",
        [*params, *p_i],
    )
    themes = _note_themes(db, [r["id"] for r in rows])
    return [
        Item(
            "note",
            r["id"],
            r["interview_id"],
            r["participant_code"],
            r["question_id"],
            r["number"],
            r["qtext"],
            r["body"],
            note_id=r["id"],
            theme_ids=themes.get(r["id"], []),
            held_on=r["held_on"],
            section=r["section"],
        )
        for r in rows
    ]


def _quotes(db: Database, where: str, params: list[Any], filt: Filter) -> list[Item]:
    sql_i, p_i = filt.interview_sql()
    extra = ""
    if filt.theme_id is not None:
        extra += (
            f" AND qu.id IN (SELECT quote_id FROM quote_theme WHERE theme_id IN"
            f" ({_ids(_themes_with_subthemes(db, filt.theme_id))}))"
        )
    if filt.starred_only:
        extra += " AND qu.starred = 1"
    rows = db.query(
        f"SELECT {_QUOTE_COLS} FROM quote qu JOIN interview i ON i.id = qu.interview_id"
        f" LEFT JOIN question q ON q.id = qu.question_id LEFT JOIN section s ON s.id = q.section_id"
        f" WHERE {where}{sql_i}{extra}"
        f" ORDER BY qu.starred DESC, i.held_on, i.id, qu.at_ms, qu.id",
        [*params, *p_i],
    )
    themes = _quote_themes(db, [r["id"] for r in rows])
    return [_quote_item(r, themes.get(r["id"], [])) for r in rows]


def _quote_item(r: Any, theme_ids: list[int]) -> Item:
    text = r["edited_text"] if r["edited_text"] is not None else r["text"]
    return Item(
        "quote",
        r["id"],
        r["interview_id"],
        r["participant_code"],
        r["question_id"],
        r["number"],
        r["qtext"],
        text,
        verbatim=r["text"],
        starred=bool(r["starred"]),
        theme_ids=theme_ids,
        held_on=r["held_on"],
        section=r["section"],
    )


def _passages(
    db: Database, theme_ids: list[int], filt: Filter, note_id: int | None = None
) -> list[Item]:
    sql_i, p_i = filt.interview_sql()
    extra = " AND p.starred = 1" if filt.starred_only else ""
    params: list[Any] = []
    if note_id is not None:
        extra += " AND p.note_id = ?"
        params.append(note_id)
    rows = db.query(
        f"SELECT {_PASSAGE_COLS} FROM passage_tag p JOIN note n ON n.id = p.note_id"
        f" JOIN interview i ON i.id = n.interview_id LEFT JOIN question q ON q.id = n.question_id"
        f" LEFT JOIN section s ON s.id = q.section_id"
        f" WHERE p.start_pos >= 0 AND p.theme_id IN ({_ids(theme_ids)}){extra}{sql_i}"
        f" ORDER BY p.starred DESC, i.held_on, i.id, s.position, q.position, p.start_pos",
        [*params, *p_i],
    )
    return [
        Item(
            "passage",
            r["id"],
            r["interview_id"],
            r["participant_code"],
            r["question_id"],
            r["number"],
            r["qtext"],
            r["exact"],
            note_id=r["note_id"],
            start=r["start_pos"],
            end=r["end_pos"],
            starred=bool(r["starred"]),
            theme_ids=[r["theme_id"]],
            held_on=r["held_on"],
            section=r["section"],
        )
        for r in rows
    ]


# -- the three ways of reading ------------------------------------------------------------------
def by_question(db: Database, key: str, filt: Filter | None = None) -> list[Item]:
    """Every interview's note and quotes for one guide question (all versions)."""
    filt = filt or Filter()
    qids = _question_ids_for_key(db, key)
    if not qids:
        return []
    notes = _notes(db, f"n.question_id IN ({_ids(qids)})", [], filt)
    quotes = _quotes(db, f"qu.question_id IN ({_ids(qids)})", [], filt)
    order: dict[int, tuple[str, int]] = {}
    for it in notes + quotes:
        order.setdefault(it.interview_id, (it.held_on, it.interview_id))
    return sorted(
        notes + quotes, key=lambda it: (*order[it.interview_id], it.kind != "note", not it.starred)
    )


def by_theme(
    db: Database, theme_id: int, filt: Filter | None = None, *, subthemes: bool = True
) -> list[Item]:
    """Every passage and quote tagged with a theme (and sub-themes): starred first."""
    filt = filt or Filter()
    themes = _themes_with_subthemes(db, theme_id) if subthemes else [theme_id]
    quotes = _quotes(
        db,
        f"qu.id IN (SELECT quote_id FROM quote_theme WHERE theme_id IN ({_ids(themes)}))",
        [],
        Filter(filt.statuses, filt.modes, filt.date_from, filt.date_to, None, filt.starred_only),
    )
    passages = _passages(db, themes, filt)
    return sorted(
        passages + quotes, key=lambda it: (not it.starred, it.held_on, it.interview_id, it.kind)
    )


def by_interview(db: Database, interview_id: int, filt: Filter | None = None) -> list[Item]:
    """One interview's notes in guide order, then its quotes."""
    filt = filt or Filter()
    return _notes(db, "n.interview_id = ?", [interview_id], filt) + _quotes(
        db, "qu.interview_id = ?", [interview_id], filt
    )


def passages_for_theme(db: Database, theme_id: int, *, subthemes: bool = True) -> list[Item]:
    """Tagged passages of a theme (for the quotes-by-theme export), starred first."""
    return _passages(
        db, _themes_with_subthemes(db, theme_id) if subthemes else [theme_id], Filter()
    )


def quotes_by_theme(db: Database, filt: Filter | None = None) -> dict[int, list[Item]]:
    """Quote items per theme id (only the theme itself), starred first: the export's data."""
    filt = filt or Filter()
    out: dict[int, list[Item]] = {}
    items = _quotes(db, "qu.id IN (SELECT quote_id FROM quote_theme)", [], filt)
    for it in items:
        for t in it.theme_ids:
            out.setdefault(t, []).append(it)
    return out


# -- counts ---------------------------------------------------------------------------------------
@dataclass
class InterviewCount:
    interview_id: int
    participant_code: str
    held_on: str
    mode: str
    status: str
    notes: int
    quotes: int
    tags: int  # passage tags + quote tags
    starred: int


def interview_counts(db: Database, filt: Filter | None = None) -> list[InterviewCount]:
    filt = filt or Filter()
    sql_i, p_i = filt.interview_sql()
    rows = db.query(
        "SELECT i.id, i.participant_code, i.held_on, i.mode, i.status,"
        " (SELECT count(*) FROM note n WHERE n.interview_id = i.id AND n.body != '') AS notes,"
        " (SELECT count(*) FROM quote qu WHERE qu.interview_id = i.id) AS quotes,"
        " (SELECT count(*) FROM passage_tag p JOIN note n ON n.id = p.note_id"
        "   WHERE n.interview_id = i.id AND p.start_pos >= 0)"
        " + (SELECT count(*) FROM quote_theme qt JOIN quote qu ON qu.id = qt.quote_id"
        "   WHERE qu.interview_id = i.id) AS tags,"
        " (SELECT count(*) FROM quote qu WHERE qu.interview_id = i.id AND qu.starred = 1) AS"
        " starred"
        f" FROM interview i WHERE 1 = 1{sql_i} ORDER BY i.held_on, i.id",
        p_i,
    )
    return [InterviewCount(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8]) for r in rows]


def theme_counts(db: Database, filt: Filter | None = None) -> dict[int, tuple[int, int]]:
    """Per theme (itself only): (passages, quotes) within the filtered interviews."""
    filt = filt or Filter()
    sql_i, p_i = filt.interview_sql()
    star_p = " AND p.starred = 1" if filt.starred_only else ""
    star_q = " AND qu.starred = 1" if filt.starred_only else ""
    counts: dict[int, list[int]] = {}
    for r in db.query(
        "SELECT p.theme_id, count(*) FROM passage_tag p JOIN note n ON n.id = p.note_id"
        f" JOIN interview i ON i.id = n.interview_id WHERE p.start_pos >= 0{star_p}{sql_i}"
        " GROUP BY p.theme_id",
        p_i,
    ):
        counts.setdefault(int(r[0]), [0, 0])[0] = int(r[1])
    for r in db.query(
        "SELECT qt.theme_id, count(*) FROM quote_theme qt JOIN quote qu ON qu.id = qt.quote_id"
        f" JOIN interview i ON i.id = qu.interview_id WHERE 1 = 1{star_q}{sql_i} GROUP BY"
        " qt.theme_id",
        p_i,
    ):
        counts.setdefault(int(r[0]), [0, 0])[1] = int(r[1])
    return {k: (v[0], v[1]) for k, v in counts.items()}


# -- the reader's heading ----------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    """Where a note or quote belongs: the interview's code and the question's number and text."""

    participant_code: str
    question_number: str
    question_text: str
    section: str = ""

    @property
    def question(self) -> str:
        """ "Under tiden · 7 – Hur upplever du bemötandet?" """
        name = question_name(self.section, self.question_number)
        return f"{name} – {self.question_text}" if name else self.question_text


@dataclass(frozen=True)
class NoteSource:
    """One note as the reader edits it: its text, paragraph times and heading."""

    note_id: int
    interview_id: int
    question_id: int | None
    body: str
    paragraph_ms: list[int]
    heading: Heading


def note_source(db: Database, note_id: int) -> NoteSource | None:
    """The note with its interview code and question, or ``None`` if it is gone."""
    row = db.query_one(
        "SELECT n.*, i.participant_code, ifnull(q.number, '') AS number, ifnull(q.text,"
        " '') AS qtext, ifnull(s.title, '') AS section"
        " FROM note n JOIN interview i ON i.id = n.interview_id"
        " LEFT JOIN question q ON q.id = n.question_id"
        " LEFT JOIN section s ON s.id = q.section_id WHERE n.id = ?",
        (note_id,),
    )
    if row is None:
        return None
    return NoteSource(
        note_id=note_id,
        interview_id=int(row["interview_id"]),
        question_id=row["question_id"],
        body=row["body"],
        paragraph_ms=[int(t) for t in json.loads(row["paragraph_ms"] or "[]")],
        heading=Heading(row["participant_code"], row["number"], row["qtext"], row["section"]),
    )


def quote_heading(db: Database, interview_id: int, question_id: int | None) -> Heading | None:
    """The interview code and question of a quote, or ``None`` if the interview is gone."""
    row = db.query_one(
        "SELECT i.participant_code, ifnull(q.number, '') AS number, ifnull(q.text, '') AS qtext,"
        " ifnull(s.title, '') AS section"
        " FROM interview i LEFT JOIN question q ON q.id = ?"
        " LEFT JOIN section s ON s.id = q.section_id WHERE i.id = ?",
        (question_id, interview_id),
    )
    if row is None:
        return None
    return Heading(row["participant_code"], row["number"], row["qtext"], row["section"])
