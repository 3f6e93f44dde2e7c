"""Names nobody listed: capitalised words, the name gazetteer and the Swedish dictionary.

A capitalised word is looked up in the gazetteer of common first names and surnames
(``gazetteer.py``), the stop list, and the dictionary (``dictionary.py``):

- a gazetteer name mid-sentence is **replaced** (kind ``name``, rule ``gazetteer_name``);
  at the start of a sentence too, unless it is also an ordinary word ("Stig", "Vilja",
  "Klara": flagged, ``name_or_word``) or a function word ("Alla", "Mina": flagged only when
  the same word stands as a name mid-sentence elsewhere in the text). A gazetteer name that
  the dictionary marks as a place is flagged (``name_or_place``), and after "i" left alone
  ("i Lund");
- a first name next to other capitalised words takes them along as one name
  ("Lotta Ek", "Omar Haddad", "Nguyen Thi Lan": ``full_name``);
- any other capitalised word is flagged when it is not sentence-initial, not on the stop
  list, and not an ordinary word or a place in the dictionary (``capitalised_word``); at the
  start of a sentence when the same word stands mid-sentence elsewhere
  (``capitalised_word_repeated``) or when the dictionary does not know it at all
  (``unknown_word``);
- a gazetteer name that is no word at all is flagged in lower case too (``lowercase_name``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.pseudonymise.gazetteer import Gazetteer
from app.pseudonymise.lexicon import (
    FUNCTION_WORDS,
    dictionary_entry,
    is_place,
    known_word,
    ordinary_word,
)
from app.pseudonymise.traps import FOREIGN_WORDS

SCORE_FULL_NAME = 0.9
SCORE_GAZETTEER = 0.8
SCORE_NAME_FLAG = 0.5
SCORE_CAPITALISED = 0.3

# Titles of address after Hans/Hennes: "Hans Majestät" is a title, not a first name + name.
TITLES = frozenset(
    {"majestät", "kunglig", "kungliga", "höghet", "excellens", "helighet", "nåd", "eminens"}
)
_BETWEEN_NAMES = re.compile(r"[ \t\u00a0\u202f]+")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0\u202f]+$")

AUTO, FLAG, NONE = "auto", "flag", "none"

#: add(start, end, score, rule, replacement, auto) -> None
Add = Callable[[int, int, float, str, str, bool], None]


@dataclass
class Capital:
    """A capitalised word (or capitalised hyphen compound) found by the word pass."""

    start: int
    end: int
    word: str  # joiners removed, hyphens as "-"
    initial: bool  # at the start of a sentence
    pronoun: bool = False  # "Hans": a pronoun form that may open a full name
    folded: str = ""
    base: str = ""  # folded without a genitive -s
    in_gazetteer: bool = False
    genitive: bool = False
    first_name: bool = False
    function: bool = False
    ordinary: bool = False
    place: bool = False
    in_run: bool = False  # next to another capitalised word
    decision: str = NONE
    rule: str = ""
    score: float = 0.0


class NamePass:
    """Decides every capitalised word of one text (see the module text).

    Args:
        text: The analysed text.
        gazetteer: The name gazetteer.
        stop_single: Case-folded words of the stop list (a word of any entry).
        stop_phrases: Case-folded multi-word stop entries as word tuples.
        stop_exact: Case-folded single-word stop entries (these stop gazetteer names too).
        operator: What replaces a name ("xxx").
        auto_flags: Flags are applied without review (the project chose "replace").
        memo: What each word is, kept across the texts one engine analyses (a word is the
            same word in every paragraph).
    """

    def __init__(
        self,
        text: str,
        gazetteer: Gazetteer,
        stop_single: frozenset[str],
        stop_phrases: frozenset[tuple[str, ...]],
        stop_exact: frozenset[str],
        operator: str,
        auto_flags: bool = False,
        memo: dict[str, tuple[bool, ...]] | None = None,
    ) -> None:
        self.text = text
        self.gaz = gazetteer
        self.stop = stop_single
        self.phrases = stop_phrases
        self.exact = stop_exact
        self.operator = operator
        self.auto_flags = auto_flags
        self._memo: dict[str, tuple[bool, ...]] = {} if memo is None else memo
        self._phrase_words: dict[str, list[tuple[str, ...]]] = {}
        for phrase in stop_phrases:
            for w in set(phrase):
                self._phrase_words.setdefault(w, []).append(phrase)

    def run(self, capitals: list[Capital], lower_case: list[tuple[int, int]], add: Add) -> None:
        items = [c for c in capitals if self._describe(c)]
        for a, b in zip(items, items[1:], strict=False):
            if _BETWEEN_NAMES.fullmatch(self.text, a.end, b.start):
                a.in_run = b.in_run = True  # "Hela Människan", "Tema Bemötande"
        named_mid: set[str] = set()
        for c in items:
            if not c.initial:
                self._decide(c, named_mid)
                if c.decision != NONE:
                    named_mid.update((c.folded, c.base))
        for c in items:
            if c.initial:
                self._decide(c, named_mid)
        merged = self._full_names(items)
        for c in items:
            if id(c) in merged or c.decision == NONE or c.pronoun:
                continue
            auto = c.decision == AUTO
            self._emit(c.start, c.end, c.score, c.rule, c.genitive, auto, add)
        for start, end, genitive in sorted(set(merged.values())):
            self._emit(start, end, SCORE_FULL_NAME, "full_name", genitive, True, add)
        for start, end in lower_case:
            self._emit(start, end, SCORE_NAME_FLAG, "lowercase_name", False, False, add)

    def _emit(
        self, start: int, end: int, score: float, rule: str, genitive: bool, auto: bool, add: Add
    ) -> None:
        text = self.text
        if text.startswith((":s", "’s", "'s"), end) and not text[end + 2 : end + 3].isalpha():
            end, genitive = end + 2, True  # "Karin:s"
        replacement = f"{self.operator}:s" if genitive else self.operator
        add(start, end, score, rule, replacement, auto or self.auto_flags)

    # -- describing

    def _describe(self, c: Capital) -> bool:
        """Fill in what the word is; False when it is no candidate at all."""
        word = c.word
        if c.pronoun:
            c.folded = c.base = word.casefold()
            c.in_gazetteer = c.first_name = True
            return True
        folded = word.casefold()
        base = _without_genitive(folded)
        c.folded, c.base = folded, base
        if (folded in self._phrase_words or base in self._phrase_words) and self._in_stop_phrase(c):
            return False
        known = self._memo.get(word)
        if known is None:
            known = self._memo[word] = self._properties(word, folded, base)
        if not known:
            return False
        (c.in_gazetteer, c.genitive, c.first_name, c.function, c.ordinary, c.place) = known
        return True

    def _properties(self, word: str, folded: str, base: str) -> tuple[bool, ...]:
        """(in gazetteer, genitive, first name, function word, ordinary word, place) for a
        word, the same wherever it stands; () when it is no candidate."""
        parts = folded.split("-")
        if len(parts) > 1 and not all(p[:1].isupper() for p in word.split("-")):
            return ()  # "SIP-möte": a compound, not a double name
        gaz = self.gaz
        if folded in self.exact or base in self.exact:
            return ()
        in_gaz = genitive = False
        if folded in gaz:
            in_gaz = True
        elif base in gaz and len(parts) == 1:
            in_gaz = genitive = True
        elif len(parts) > 1 and any(p in gaz.first for p in parts):
            in_gaz = True  # "Gull-Britt", "Per-Olof"
        elif all(
            len(p) <= 1 or p in self.stop or (p.endswith("s") and p[:-1] in self.stop)
            for p in parts
        ):
            return ()  # on the stop list: "Försäkringskassans", "Rinkeby-Kista"
        key = base if genitive else folded
        first = in_gaz and (key in gaz.first or len(parts) > 1)
        if in_gaz:
            function, ordinary = key in gaz.function_words, key in gaz.words
        else:
            function = folded in FUNCTION_WORDS
            ordinary = all(ordinary_word(p) or ordinary_word(_without_genitive(p)) for p in parts)
        place = is_place(word) or (len(parts) > 1 and all(is_place(p) for p in word.split("-")))
        return (in_gaz, genitive, first, function, ordinary, place)

    def _in_stop_phrase(self, c: Capital) -> bool:
        """Whether the word stands in the text as part of a multi-word stop entry."""
        text = self.text
        for phrase in self._phrase_words.get(c.folded, []) + self._phrase_words.get(c.base, []):
            i = phrase.index(c.folded) if c.folded in phrase else phrase.index(c.base)
            pattern = r"[ \t\u00a0]+".join(re.escape(w) for w in phrase)
            lo = max(0, c.start - sum(len(w) + 3 for w in phrase[:i]))
            for m in re.finditer(pattern, text[lo : c.end + 60], re.IGNORECASE):
                if lo + m.start() <= c.start < lo + m.end():
                    return True
        return False

    # -- deciding

    def _decide(self, c: Capital, named_mid: set[str]) -> None:
        if c.pronoun:
            return
        if c.in_gazetteer:
            after_i = self._word_before(c) == "i"
            if after_i and (c.place or c.folded in self.gaz.last):
                return  # "i Lund": a place
            if c.place:
                c.decision, c.rule, c.score = FLAG, "name_or_place", SCORE_NAME_FLAG
            elif not c.initial:
                c.decision, c.rule, c.score = AUTO, "gazetteer_name", SCORE_GAZETTEER
            elif c.function:
                if c.folded in named_mid or c.base in named_mid:
                    c.decision, c.rule, c.score = FLAG, "name_or_word", SCORE_NAME_FLAG
            elif c.ordinary:
                c.decision, c.rule, c.score = FLAG, "name_or_word", SCORE_NAME_FLAG
            else:
                c.decision, c.rule, c.score = AUTO, "gazetteer_name", SCORE_GAZETTEER
            return
        if c.function or c.place:
            return
        if c.ordinary:
            # A word in its dictionary form has no reason for a capital mid-sentence but a
            # name ("en vän, Vilja, hjälpte"); an inflected form or a run of capitalised
            # words is an organisation's or a heading's ("Myrorna", "Hela Människan").
            if c.in_run or "-" in c.folded or not dictionary_entry(c.folded):
                return
            if not c.initial or c.folded in named_mid:
                c.decision, c.rule, c.score = FLAG, "name_or_word", SCORE_CAPITALISED
            return
        if not c.initial:
            c.decision, c.rule, c.score = FLAG, "capitalised_word", SCORE_CAPITALISED
        elif c.folded in named_mid or c.base in named_mid:
            c.decision, c.rule, c.score = FLAG, "capitalised_word_repeated", SCORE_CAPITALISED
        elif c.folded not in FOREIGN_WORDS and not all(known_word(p) for p in c.folded.split("-")):
            c.decision, c.rule, c.score = FLAG, "unknown_word", SCORE_CAPITALISED

    def _word_before(self, c: Capital) -> str:
        m = _WORD_BEFORE.search(self.text, max(0, c.start - 30), c.start)
        return m.group(1).casefold() if m else ""

    # -- full names

    def _full_names(self, items: list[Capital]) -> dict[int, tuple[int, int, bool]]:
        """Runs of capitalised words that form one name, keyed by the id of each member:
        (start, end, genitive) of the whole run."""
        merged: dict[int, tuple[int, int, bool]] = {}
        run: list[Capital] = []
        for c in [*items, None]:
            if c is not None and run and self._adjacent(run[-1], c):
                run.append(c)
                continue
            if len(run) > 1:
                self._merge_run(run, merged)
            run = [c] if c is not None else []
        return merged

    def _adjacent(self, a: Capital, b: Capital) -> bool:
        return _BETWEEN_NAMES.fullmatch(self.text, a.end, b.start) is not None and not b.initial

    def _merge_run(self, run: list[Capital], merged: dict[int, tuple[int, int, bool]]) -> None:
        nameable: list[bool] = []
        for i, c in enumerate(run):
            prev = run[i - 1] if i else None
            if c.function or c.place or c.folded in TITLES:
                ok = False
            elif c.decision in (AUTO, FLAG) or c.pronoun:
                ok = True
            else:  # an ordinary word right after a first name is a surname: "Lotta Ek"
                ok = prev is not None and prev.first_name and not prev.pronoun and nameable[-1]
            nameable.append(ok)
        i = 0
        while i < len(run):
            if not nameable[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(run) and nameable[j + 1]:
                j += 1
            members = run[i : j + 1]
            if (
                len(members) > 1
                and any((m.in_gazetteer and m.decision != NONE) or m.pronoun for m in members)
                and not (members[0].pronoun and not members[1].in_gazetteer and members[1].ordinary)
            ):
                whole = (members[0].start, members[-1].end, members[-1].genitive)
                for m in members:
                    merged[id(m)] = whole
            i = j + 1


def _without_genitive(folded: str) -> str:
    return folded[:-1] if folded.endswith("s") and len(folded) > 2 else folded
