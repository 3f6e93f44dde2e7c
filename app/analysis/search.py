"""Full-text search over the audit's notes and quotes (SQLite FTS5 inside the encrypted database).

Swedish behaviour (see ``V3_SEARCH`` in ``app.store.schema``): case-insensitive; å, ä, ö are
letters of their own ("kött" does not find "kott"); other accents fold ("cafe" finds "café").
Every word of a query is a prefix ("handläg" finds "handläggaren"), except one-letter words;
"…" in double quotes is a phrase; a leading ``-`` excludes a word. All words must occur.

Only what is shown is ranked and cut into snippets: the best ``limit`` rows of each table by
bm25, then snippets for those rows alone. Search terms are never logged or stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.store.database import Database
from app.store.schema import FTS_FOLD

#: Marks around matched words in snippets (control characters never typed in notes).
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_TOKENS = 24

_FOLD = str.maketrans(FTS_FOLD)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


def fold(text: str) -> str:
    """Fold a query the way the index folds notes (NFC, then accents except å, ä, ö)."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def build_match(query: str) -> str | None:
    """Turn what the analyst typed into an FTS5 MATCH expression; None if nothing searchable.

    User text never reaches FTS5 syntax unquoted, so no query can be a syntax error.
    """
    include: list[str] = []
    exclude: list[str] = []
    for m in _PART.finditer(fold(query)):
        if m.group(2) is not None:
            words, negate, phrase = _TOKEN.findall(m.group(2)), bool(m.group(1)), True
        else:
            words, negate, phrase = _TOKEN.findall(m.group(4)), bool(m.group(3)), False
        if not words:
            continue
        if phrase or len(words) > 1:
            term = '"' + " ".join(words) + '"' + ("*" if len(words[-1]) > 1 else "")
            # "min handläggare" as a phrase; "e-post" is the phrase "e post".
            parts = [term]
        else:
            w = words[0]
            parts = [f'"{w}"*' if len(w) > 1 else f'"{w}"']
        (exclude if negate else include).extend(parts)
    if not include:
        return None
    expr = " AND ".join(include)
    for term in exclude:
        expr += f" NOT {term}"
    return expr


@dataclass
class Hit:
    kind: str  # "note" or "quote"
    id: int
    interview_id: int
    participant_code: str
    question_id: int | None
    question_number: str
    question_text: str
    snippet: str  # with MARK_OPEN/MARK_CLOSE around matches
    rank: float
    starred: bool = False

    def snippet_marked(self, open_: str = "«", close: str = "»") -> str:
        return self.snippet.replace(MARK_OPEN, open_).replace(MARK_CLOSE, close)


def _theme_ids_with_subthemes(db: Database, theme_id: int) -> list[int]:
    rows = db.query(
        "WITH RECURSIVE d(id) AS (SELECT ? UNION SELECT t.id FROM theme t JOIN d ON"
        " t.parent_id = d.id)"
        " SELECT id FROM d",
        (theme_id,),
    )
    return [int(r[0]) for r in rows]


def search(
    db: Database,
    query: str,
    *,
    theme_id: int | None = None,
    limit: int = 50,
    kinds: tuple[str, ...] = ("note", "quote"),
) -> list[Hit]:
    """The best ``limit`` hits among notes and quotes, best first."""
    match = build_match(query)
    if match is None or limit <= 0:
        return []
    themes = _theme_ids_with_subthemes(db, theme_id) if theme_id is not None else None
    hits: list[Hit] = []
    if "note" in kinds:
        hits += _search_notes(db, match, themes, limit)
    if "quote" in kinds:
        hits += _search_quotes(db, match, themes, limit)
    hits.sort(key=lambda h: h.rank)
    return hits[:limit]


def _in_list(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def _search_notes(db: Database, match: str, themes: list[int] | None, limit: int) -> list[Hit]:
    where = ""
    if themes is not None:
        where = (
            f" AND rowid IN (SELECT note_id FROM passage_tag WHERE start_pos >= 0"
            f" AND theme_id IN ({_in_list(themes)}))"
        )
    ranked = db.query(
        f"SELECT rowid, rank FROM note_fts WHERE note_fts MATCH ?{where} ORDER BY rank LIMIT ?",
        (match, limit),
    )
    if not ranked:
        return []
    ids = _in_list([r[0] for r in ranked])
    rank = {int(r[0]): float(r[1]) for r in ranked}
    rows = db.query(
        "SELECT f.rowid AS id, snippet(note_fts, 0, char(2), char(3), ?, ?) AS snip,"
        " n.interview_id, n.question_id, i.participant_code, ifnull(q.number, '') AS number,"
        " ifnull(q.text, '') AS qtext"
        f" FROM note_fts f JOIN note n ON n.id = f.rowid JOIN interview i ON i.id = n.interview_id"
        " LEFT JOIN question q ON q.id = n.question_id WHERE note_fts MATCH ? AND f.rowid IN"
        f" ({ids})",
        (ELLIPSIS, SNIPPET_TOKENS, match),
    )
    return [
        Hit(
            "note",
            r["id"],
            r["interview_id"],
            r["participant_code"],
            r["question_id"],
            r["number"],
            r["qtext"],
            r["snip"],
            rank[r["id"]],
        )
        for r in rows
    ]


def _search_quotes(db: Database, match: str, themes: list[int] | None, limit: int) -> list[Hit]:
    where = ""
    if themes is not None:
        where = (
            " AND rowid IN (SELECT quote_id FROM quote_theme"
            f" WHERE theme_id IN ({_in_list(themes)}))"
        )
    ranked = db.query(
        f"SELECT rowid, rank FROM quote_fts WHERE quote_fts MATCH ?{where} ORDER BY rank LIMIT ?",
        (match, limit),
    )
    if not ranked:
        return []
    ids = _in_list([r[0] for r in ranked])
    rank = {int(r[0]): float(r[1]) for r in ranked}
    rows = db.query(
        "SELECT f.rowid AS id, snippet(quote_fts, 0, char(2), char(3), ?, ?) AS snip,"
        " snippet(quote_fts, 1, char(2), char(3), ?, ?) AS snip_edited,"
        " qu.interview_id, qu.question_id, qu.starred, i.participant_code, ifnull(q.number,"
        " '') AS number,"
        " ifnull(q.text, '') AS qtext"
        " FROM quote_fts f JOIN quote qu ON qu.id = f.rowid JOIN interview i ON i.id ="
        " qu.interview_id"
        " LEFT JOIN question q ON q.id = qu.question_id WHERE quote_fts MATCH ? AND f.rowid"
        f" IN ({ids})",
        (ELLIPSIS, SNIPPET_TOKENS, ELLIPSIS, SNIPPET_TOKENS, match),
    )
    out = []
    for r in rows:
        snip = (
            r["snip"]
            if MARK_OPEN in (r["snip"] or "") or not r["snip_edited"]
            else r["snip_edited"]
        )
        out.append(
            Hit(
                "quote",
                r["id"],
                r["interview_id"],
                r["participant_code"],
                r["question_id"],
                r["number"],
                r["qtext"],
                snip or "",
                rank[r["id"]],
                bool(r["starred"]),
            )
        )
    return out


def count_hits(db: Database, query: str) -> int:
    """How many notes and quotes match (cheap: no ranking, no snippets)."""
    match = build_match(query)
    if match is None:
        return 0
    return int(db.scalar("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?", (match,))) + int(
        db.scalar("SELECT count(*) FROM quote_fts WHERE quote_fts MATCH ?", (match,))
    )


def locate(db: Database, kind: str, row_id: int, query: str) -> tuple[int, int, int] | None:
    """Where the first match is in a note body or a quote: (column, start, end) in characters.

    Column is 0 for a note body or a quote's verbatim text, 1 for a quote's edited text.
    """
    match = build_match(query)
    if match is None:
        return None
    table, columns = ("note_fts", 1) if kind == "note" else ("quote_fts", 2)
    cols = ", ".join(f"highlight({table}, {c}, char(2), char(3))" for c in range(columns))
    row = db.query_one(
        f"SELECT {cols} FROM {table} WHERE {table} MATCH ? AND rowid = ?", (match, row_id)
    )
    if row is None:
        return None
    for column in range(columns):
        text = row[column] or ""
        start = text.find(MARK_OPEN)
        if start >= 0:
            end = text.find(MARK_CLOSE, start)
            return column, start, end - 1
    return None
