"""The name gazetteer: common first names and surnames in Sweden (see
``resources/pseudonymise/README.md`` for sources and licences).

Loaded once, lazily. Each name is also sorted by what else it is: an ordinary Swedish word
("Stig", "Vilja", "Klara"), a function word ("Alla", "Mina", "Per"), or no word at all
(then it is flagged even when written in lower case, "pratade med jessica").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app import paths
from app.pseudonymise.lexicon import FUNCTION_WORDS, PRONOUNS, ordinary_word

_FILES_FIRST = ("fornamn-sv.txt", "fornamn-andra.txt")
_FILES_LAST = ("efternamn-sv.txt", "efternamn-andra.txt")
# Never names: what the engine writes, and the pronouns (handled on their own).
_EXCLUDED = frozenset({"hen", "hens", "xxx", "person", *PRONOUNS})
# Names that are common English words: not flagged in lower case (an English quote).
_ENGLISH = frozenset(
    {"said", "may", "will", "bill", "jack", "frank", "mark", "rose", "grace", "june", "april"}
)
_MIN_LOWER_CASE = 4  # shorter lower-case names are too often something else


@dataclass(frozen=True)
class Gazetteer:
    """Case-folded names, and the subsets that matter for deciding."""

    first: frozenset[str]
    last: frozenset[str]
    words: frozenset[str]  # names that are also ordinary words
    function_words: frozenset[str]  # ... that are function words
    lower_case: frozenset[str]  # names that are no word: flagged in lower case too

    def __contains__(self, folded: object) -> bool:
        return folded in self.first or folded in self.last


def _read(name: str) -> list[str]:
    text = paths.resource("pseudonymise", name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.split("#", 1)[0].strip())]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer (loads the Swedish dictionary on first call, to sort the names)."""
    first = frozenset(n.casefold() for f in _FILES_FIRST for n in _read(f)) - _EXCLUDED
    last = frozenset(n.casefold() for f in _FILES_LAST for n in _read(f)) - _EXCLUDED
    every = first | last
    words = frozenset(n for n in every if "-" not in n and ordinary_word(n))
    lower_case = frozenset(
        n for n in every - words if len(n) >= _MIN_LOWER_CASE and n not in _ENGLISH and n.isalpha()
    )
    return Gazetteer(first, last, words, words & FUNCTION_WORDS, lower_case)
