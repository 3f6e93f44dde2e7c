"""Listed names: the interview's and the project's name lists, matched everywhere.

Matching is case-insensitive and whole-word (Unicode letters), longest name first, with the
genitive ("Annas", "Anna:s" → "xxx:s") and hyphenated names: a listed "Karin" also covers
"Anna-Karin", so no half of a double name is left behind. The words of a multi-word name
("Anna Svensson") are matched on their own too ("Svensson sa ..."), at a slightly lower score.
A listed name that is also an ordinary word (Dag, Per, Alla, Hans) matches only with a capital
letter, and at the start of a sentence it is flagged for review: a listed function word is
left until a person decides (a listed "Alla" must never turn "Alla var trevliga" into "xxx var
trevliga"), any other is replaced until a person decides ("Lena ringde", "Hans kom").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from app.pseudonymise.candidate import Candidate
from app.pseudonymise.lexicon import FUNCTION_WORDS, PRONOUNS, ordinary_word
from app.pseudonymise.model import Kind
from app.pseudonymise.text import (
    HYPHENS,
    LETTER,
    NOT_BEFORE_LETTER,
    UPPER,
    compound_start,
    is_sentence_start,
)

SCORE_LISTED = 1.0
SCORE_LISTED_PART = 0.95
MIN_NAME_CHARS = 2
# Never treated as names: they are what the engine writes.
_RESERVED = frozenset({"hen", "hens", "xxx"})
# Not matched on their own as words of a listed name ("Karl von Platen" → not "von").
# fmt: off
_PARTICLES = frozenset((
    "af", "al", "av", "bin", "da", "de", "del", "den", "der", "des", "di", "du", "el", "ibn",
    "la", "le", "mac", "mc", "van", "von", "zu",
))
# fmt: on


def normalise(name: str) -> str:
    """One space between words, no space around the name."""
    return " ".join(name.split())


def _pattern_for(rest: str) -> str:
    """A name (without its first letter) as a case-insensitive pattern, any space between words."""
    pattern = r"\s+".join(re.escape(w) for w in rest.split(" "))
    return pattern.replace(r"\-", f"[{HYPHENS}]")


def _alternatives(variants: Iterable[str]) -> str:
    """One pattern for all names, built so that the regex engine can skip ahead.

    A pattern that starts with a look-behind (a word boundary) is tried at every character
    of the text; one that starts with a character set is tried only where that set matches.
    So: the set of first letters (both cases), then the boundary, then the rest of the names
    grouped by first letter, longest first.
    """
    by_first: dict[str, list[str]] = {}
    for v in sorted(variants, key=lambda v: (-len(v), v)):
        by_first.setdefault(v[0].lower(), []).append(v[1:])
    firsts = "".join(re.escape(c + c.upper()) for c in sorted(by_first))
    branches = "|".join(
        f"(?<=[{re.escape(c + c.upper())}])(?i:{'|'.join(_pattern_for(r) for r in rests)})"
        for c, rests in sorted(by_first.items())
    )
    return rf"[{firsts}](?<!{LETTER}.)(?:{branches})"


@dataclass(frozen=True)
class NameMatcher:
    """A compiled name list. Build with :func:`compile_names`."""

    regex: re.Pattern[str]
    full_names: frozenset[str]  # case-folded, for telling a whole name from one of its words
    words: frozenset[str]  # case-folded listed names (or name words) that are ordinary words
    owners: dict[str, str]  # case-folded name word -> the one full name it belongs to

    def find(self, text: str, operator: str) -> Iterator[Candidate]:
        """Listed names in ``text``, each replaced by ``operator`` (genitive: ``operator:s``)."""
        reserved = operator.casefold()
        for m in self.regex.finditer(text):
            core = m["name"]
            start = compound_start(text, m.start(), capitalised=True)  # Anna-[Karin]
            key = normalise(core).casefold()
            if key == reserved:
                continue
            whole = key in self.full_names
            replacement = f"{operator}:s" if m["gen"] else operator
            rule = "listed_name" if whole else "listed_name_part"
            auto, review = True, False
            double = start != m.start() or len(m.group()) > len(core) + len(m["gen"] or "")
            if key in self.words and not double:
                if not core[:1].isupper():
                    continue  # "alla", "varje dag": the word, not the name
                if is_sentence_start(text, start):
                    # A person decides. Until then a function word stays ("Alla var
                    # trevliga"); another word is replaced, for it was listed as a name
                    # ("Lena ringde", "Hans kom"): keeping a listed name is the unsafe side.
                    auto, review = key not in FUNCTION_WORDS, True
                    rule = "listed_name_or_word"
            yield Candidate(
                start,
                m.end(),
                Kind.NAME,
                SCORE_LISTED if whole else SCORE_LISTED_PART,
                rule,
                replacement=replacement,
                auto=auto,
                review=review,
            )

    def owner(self, key: str) -> str:
        """The full listed name a matched name word belongs to (itself if it is one, or if
        it belongs to several names)."""
        return self.owners.get(key, key)


@lru_cache(maxsize=32)
def compile_names(names: tuple[str, ...], stop: frozenset[str]) -> NameMatcher | None:
    """Compile a name list (``stop``: case-folded stop words, never matched as name parts)."""
    full = {n for name in names if len(n := normalise(name)) >= MIN_NAME_CHARS}
    full = {n for n in full if n[0].isalpha() and n.casefold() not in _RESERVED}
    variants = set(full)
    for name in full:
        words = name.split(" ")
        if len(words) > 1:
            variants.update(
                w
                for w in words
                if len(w) >= MIN_NAME_CHARS
                and w.casefold() not in _PARTICLES
                and w.casefold() not in stop
                and w.casefold() not in _RESERVED
            )
    if not variants:
        return None
    regex = re.compile(
        rf"(?P<name>{_alternatives(variants)})"
        rf"(?:[{HYPHENS}][{UPPER}]{LETTER}*)*"  # [Hans]-Erik
        rf"(?P<gen>:s|['’]s|s)?"
        rf"{NOT_BEFORE_LETTER}",
        re.DOTALL,
    )
    folded_full = frozenset(n.casefold() for n in full)
    word_names = frozenset(
        key
        for v in variants
        if " " not in (key := v.casefold()) and (key in PRONOUNS or ordinary_word(key))
    )
    belongs: dict[str, set[str]] = {}
    for name in folded_full:
        for word in name.split(" "):
            belongs.setdefault(word, set()).add(name)
    owners = {w: next(iter(n)) for w, n in belongs.items() if len(n) == 1}
    return NameMatcher(regex, folded_full, word_names, owners)


def name_key(names: Iterable[str]) -> tuple[str, ...]:
    """A hashable, order-free key for a name list (for the compile cache)."""
    return tuple(sorted({normalise(n) for n in names}))
