"""Full-text search over the audit's notes and quotes (SQLite FTS5 inside the encrypted database).

Swedish behaviour (see ``V3_SEARCH`` in ``app.store.schema``): case-insensitive; å, ä, ö are
letters of their own ("kött" does not find "kott"); other accents fold ("cafe" finds "café").
Every word of a query is a prefix ("handläg" finds "handläggaren"), except one-letter words;
"…" in double quotes is a phrase; a leading ``-`` excludes a word. All words must occur.

Only what is shown is ranked: FTS5 matches and ranks (bm25, ``ORDER BY rank LIMIT n``) and
only those ``n`` rows are read and cut into snippets. Snippets are made here, not with FTS5's
``snippet()``: notes are long (a few thousand characters per question) and ``snippet()`` over
50 of them cost up to 60 ms for a short prefix such as "han"; a regular expression over the
folded text finds the same words in a few milliseconds. Opening a hit uses ``highlight()``
on that one row, so the selection is exactly what FTS5 matched.

Search terms are never logged or stored.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from itertools import zip_longest

from app.guide.model import question_name
from app.interview.consent import WITHDRAWN_SQL
from app.store.database import Database
from app.store.schema import FTS_FOLD

#: Marks around matched words in snippets (control characters never typed in notes).
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
ELLIPSIS = "…"
SNIPPET_BEFORE, SNIPPET_AFTER = 60, 140  # characters around the best cluster of matches

_FOLD = str.maketrans(FTS_FOLD)
_TOKEN = re.compile(r"[^\W_]+")
_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


def fold(text: str) -> str:
    """Fold text the way the index folds notes (accents except å, ä, ö; one char for one)."""
    return text.translate(_FOLD)


#: For each base letter, the letters that fold to it ("e" -> "eéèêë"), for snippet patterns.
_VARIANTS: dict[str, set[str]] = {}
for _src, _dst in FTS_FOLD.items():
    _VARIANTS.setdefault(_dst.lower(), {_dst.lower()}).add(_src.lower())


def _letter(c: str) -> str:
    v = _VARIANTS.get(c)
    return "[" + "".join(sorted(v)) + "]" if v else re.escape(c)


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool  # the last word is a prefix

    def fts(self) -> str:
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")

    def regex(self) -> str:
        """A pattern finding this term in unfolded text (so no copy of the text is folded)."""
        body = r"[\W_]+".join("".join(_letter(c) for c in w) for w in self.words)
        end = r"[^\W_]*" if self.prefix else r"(?![^\W_])"
        return r"(?<![^\W_])" + body + end


@dataclass
class ParsedQuery:
    include: list[Term] = field(default_factory=list)
    exclude: list[Term] = field(default_factory=list)
    _pattern: re.Pattern[str] | None = None

    def match(self) -> str | None:
        if not self.include:
            return None
        expr = " AND ".join(t.fts() for t in self.include)
        for t in self.exclude:
            expr += f" NOT {t.fts()}"
        return expr

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            alternatives = "|".join(f"(?P<t{n}>{t.regex()})" for n, t in enumerate(self.include))
            self._pattern = re.compile(alternatives or "(?!)", re.IGNORECASE)
        return self._pattern


def parse(query: str) -> ParsedQuery:
    """What the analyst typed, as terms. User text never reaches FTS5 syntax unquoted."""
    pq = ParsedQuery()
    for m in _PART.finditer(fold(unicodedata.normalize("NFC", query))):
        quoted = m.group(2) is not None
        text, negate = (m.group(2), m.group(1)) if quoted else (m.group(4), m.group(3))
        words = tuple(w.lower() for w in _TOKEN.findall(text))
        if not words:
            continue
        # "e-post" is the phrase "e post"; one-letter words are never prefixes.
        term = Term(words, len(words[-1]) > 1)
        (pq.exclude if negate else pq.include).append(term)
    return pq


def build_match(query: str) -> str | None:
    """The FTS5 MATCH expression for a query, or None if there is nothing to search for."""
    return parse(query).match()


def _matches(text: str, pq: ParsedQuery) -> tuple[int, list[tuple[int, int]]]:
    """(anchor, matches): the start of the window holding the most distinct terms (the first
    such), and the matches up to the end of that window. Scans only as far as it must."""
    total = len(pq.include)
    found: list[tuple[int, int, int]] = []
    counts: dict[int, int] = {}
    left = 0
    best_anchor, best_distinct = -1, 0
    stop_at = -1
    for m in pq.pattern.finditer(text):
        start = m.start()
        if stop_at >= 0 and start >= stop_at:
            break
        n = int((m.lastgroup or "t0")[1:])
        found.append((start, m.end(), n))
        if stop_at >= 0:
            continue
        counts[n] = counts.get(n, 0) + 1
        while found[left][0] < start - SNIPPET_AFTER:
            k = found[left][2]
            counts[k] -= 1
            if not counts[k]:
                del counts[k]
            left += 1
        if len(counts) > best_distinct:
            best_anchor, best_distinct = found[left][0], len(counts)
            if best_distinct == total:
                stop_at = best_anchor + SNIPPET_AFTER
        if len(found) > 5000:
            break
    return best_anchor, [(s, e) for s, e, _n in found]


def make_snippet(text: str, pq: ParsedQuery) -> str:
    """A window of ``text`` around the densest cluster of matched terms, matches marked."""
    anchor, found = _matches(text, pq)
    if anchor < 0:
        short = text[: SNIPPET_BEFORE + SNIPPET_AFTER]
        return short + (ELLIPSIS if len(short) < len(text) else "")
    lo = max(0, anchor - SNIPPET_BEFORE)
    hi = min(len(text), anchor + SNIPPET_AFTER)
    if lo > 0:  # start and end on word boundaries
        space = text.find(" ", lo, anchor)
        lo = space + 1 if space != -1 else lo
    if hi < len(text):
        space = text.rfind(" ", max(anchor, hi - 30), hi)
        hi = space if space > anchor else hi
    out: list[str] = [ELLIPSIS] if lo > 0 else []
    pos = lo
    for start, end in found:
        if start < pos or end > hi:
            continue
        out += [text[pos:start], MARK_OPEN, text[start:end], MARK_CLOSE]
        pos = end
    out.append(text[pos:hi])
    if hi < len(text):
        out.append(ELLIPSIS)
    return "".join(out).replace("\n", " ¶ ")


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
    section: str = ""

    @property
    def question_name(self) -> str:
        """ "Under tiden · 7"; empty for the general note and quotes without a question."""
        return question_name(self.section, self.question_number) if self.question_id else ""

    def snippet_marked(self, open_: str = "«", close: str = "»") -> str:
        return self.snippet.replace(MARK_OPEN, open_).replace(MARK_CLOSE, close)


def _with_subthemes(db: Database, theme_id: int) -> list[int]:
    rows = db.query(
        "WITH RECURSIVE d(id) AS (SELECT ? UNION"
        " SELECT t.id FROM theme t JOIN d ON t.parent_id = d.id) SELECT id FROM d",
        (theme_id,),
    )
    return [int(r[0]) for r in rows]


def _in_list(ids: list[int]) -> str:
    return ",".join(str(int(i)) for i in ids) or "NULL"


def search(
    db: Database,
    query: str,
    *,
    theme_id: int | None = None,
    limit: int = 50,
    kinds: tuple[str, ...] = ("note", "quote"),
) -> list[Hit]:
    """The best ``limit`` hits: the best quote, the best note, the next quote, and so on."""
    pq = parse(query)
    match = pq.match()
    if match is None or limit <= 0:
        return []
    themes = _with_subthemes(db, theme_id) if theme_id is not None else None
    notes = _search_notes(db, pq, match, themes, limit) if "note" in kinds else []
    quotes = _search_quotes(db, pq, match, themes, limit) if "quote" in kinds else []
    # bm25 of a short quote and of a long note are not comparable (quotes would always win):
    # take the best of each in turn.
    notes.sort(key=lambda h: h.rank)
    quotes.sort(key=lambda h: h.rank)
    merged = [h for pair in zip_longest(quotes, notes) for h in pair if h is not None]
    return merged[:limit]


#: A withdrawn interview's notes and quotes are never search hits (FTS ``where`` clauses).
_NOTES_OF_WITHDRAWN = (
    f" AND rowid NOT IN (SELECT id FROM note WHERE interview_id IN ({WITHDRAWN_SQL}))"
)
_QUOTES_OF_WITHDRAWN = (
    f" AND rowid NOT IN (SELECT id FROM quote WHERE interview_id IN ({WITHDRAWN_SQL}))"
)


def _ranked(db: Database, table: str, match: str, where: str, limit: int) -> dict[int, float]:
    rows = db.query(
        f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ?{where} ORDER BY rank LIMIT ?",
        (match, limit),
    )
    return {int(r[0]): float(r[1]) for r in rows}


def _search_notes(
    db: Database, pq: ParsedQuery, match: str, themes: list[int] | None, limit: int
) -> list[Hit]:
    where = _NOTES_OF_WITHDRAWN
    if themes is not None:
        where += (
            " AND rowid IN (SELECT note_id FROM passage_tag WHERE start_pos >= 0"
            f" AND theme_id IN ({_in_list(themes)}))"
        )
    rank = _ranked(db, "note_fts", match, where, limit)
    if not rank:
        return []
    rows = db.query(
        "SELECT n.id, n.body, n.interview_id, n.question_id, i.participant_code,"
        " ifnull(q.number, '') AS number, ifnull(q.text, '') AS qtext,"
        " ifnull(s.title, '') AS section"
        " FROM note n JOIN interview i ON i.id = n.interview_id"
        " LEFT JOIN question q ON q.id = n.question_id LEFT JOIN section s ON s.id = q.section_id"
        f" WHERE n.id IN ({_in_list(list(rank))})"
    )
    return [
        Hit("note", r["id"], r["interview_id"], r["participant_code"], r["question_id"],
            r["number"], r["qtext"], make_snippet(r["body"], pq), rank[r["id"]],
            section=r["section"])
        for r in rows
    ]  # fmt: skip


def _search_quotes(
    db: Database, pq: ParsedQuery, match: str, themes: list[int] | None, limit: int
) -> list[Hit]:
    where = _QUOTES_OF_WITHDRAWN
    if themes is not None:
        where += (
            " AND rowid IN (SELECT quote_id FROM quote_theme"
            f" WHERE theme_id IN ({_in_list(themes)}))"
        )
    rank = _ranked(db, "quote_fts", match, where, limit)
    if not rank:
        return []
    rows = db.query(
        "SELECT qu.id, qu.text, qu.edited_text, qu.interview_id, qu.question_id, qu.starred,"
        " i.participant_code, ifnull(q.number, '') AS number, ifnull(q.text, '') AS qtext,"
        " ifnull(s.title, '') AS section"
        " FROM quote qu JOIN interview i ON i.id = qu.interview_id"
        " LEFT JOIN question q ON q.id = qu.question_id LEFT JOIN section s ON s.id = q.section_id"
        f" WHERE qu.id IN ({_in_list(list(rank))})"
    )
    out = []
    for r in rows:
        snip = make_snippet(r["text"], pq)
        if MARK_OPEN not in snip and r["edited_text"]:
            snip = make_snippet(r["edited_text"], pq)
        out.append(
            Hit("quote", r["id"], r["interview_id"], r["participant_code"], r["question_id"],
                r["number"], r["qtext"], snip, rank[r["id"]], bool(r["starred"]), r["section"])
        )  # fmt: skip
    return out


def count_hits(db: Database, query: str) -> int:
    """How many notes and quotes match (cheap: no ranking, no snippets)."""
    match = build_match(query)
    if match is None:
        return 0
    notes = db.scalar(
        f"SELECT count(*) FROM note_fts WHERE note_fts MATCH ?{_NOTES_OF_WITHDRAWN}", (match,)
    )
    quotes = db.scalar(
        f"SELECT count(*) FROM quote_fts WHERE quote_fts MATCH ?{_QUOTES_OF_WITHDRAWN}", (match,)
    )
    return int(notes) + int(quotes)


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
