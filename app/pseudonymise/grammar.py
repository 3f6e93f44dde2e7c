"""Keeping the grammar when a review word is replaced.

Demonstratives: ``denne``/``dennes`` point at a person and are flagged ("denne sa" → "hen
sa", "dennes bil" → "hens bil"); ``denne`` before a noun is the masculine determiner and gets
the neutral one ("denne handläggare" → "denna handläggare"). ``denna`` before a noun is an
ordinary determiner and is not flagged; standing alone or before a verb it is a person
("denna sa" → "hen sa"). ``dennas`` is always a person's ("dennas" → "hens").

Gendered nouns whose neutral word is neuter (``barn``, ``syskon``) take their determiner
along: "sin dotter" → "sitt barn", "min äldsta son" → "mitt äldsta barn", "en dotter" → "ett
barn", "min egen dotter" → "mitt eget barn". After "en"/"ingen"/... and an adjective the
adjective would have to change too ("en liten flicka" → "ett litet barn"): no replacement is
offered there, the noun is only shown for review.
"""

from __future__ import annotations

import re

from app.pseudonymise.lexicon import FUNCTION_WORDS
from app.pseudonymise.text import match_case

_SPACE = r"[ \t\u00a0\u202f]+"
_NEXT_WORD = re.compile(rf"{_SPACE}([^\W\d_]+)")
_PREVIOUS_WORD = re.compile(rf"([^\W\d_]+){_SPACE}$")

# Verbs and adverbs that follow a subject pronoun ("denne sa", "denna hade inte").
_AFTER_SUBJECT = frozenset(
    {"sa", "sade", "säger", "tycker", "tyckte", "menar", "menade", "gick", "går", "kom",
     "kommer", "vet", "visste", "gör", "gjorde", "tar", "tog", "ger", "gav", "ringer", "bor",
     "själv", "också", "bara", "aldrig", "alltid", "redan", "nog", "ju", "väl"}
)  # fmt: skip

_TO_NEUTER = {
    "min": "mitt", "din": "ditt", "sin": "sitt", "vår": "vårt", "er": "ert", "en": "ett",
    "ingen": "inget", "någon": "något", "annan": "annat", "varenda": "vartenda",
}  # fmt: skip
_POSSESSIVES = frozenset({"min", "din", "sin", "vår", "er"})
# Singular nouns whose neutral word is a neuter noun.
_NEUTER_SINGULAR = frozenset({"son", "dotter", "pojke", "flicka", "bror", "syster"})


def _pronoun_use(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` stands as a pronoun (no noun after it)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True  # end of the text, or punctuation
    following = m.group(1).casefold()
    return (
        following in FUNCTION_WORDS
        or following in _AFTER_SUBJECT
        or following.endswith(("de", "te"))  # past tense: "denne ringde"
        and not following.endswith(("ande", "ende"))
    )


def demonstrative(text: str, end: int, folded: str) -> str | None:
    """The neutral suggestion for a demonstrative ending at ``end``, or None: not flagged."""
    if folded == "dennes":
        return "hens"
    if folded == "dennas":
        return "hens"
    pronoun = _pronoun_use(text, end)
    if folded == "denne":
        return "hen" if pronoun else "denna"
    return "hen" if pronoun else None  # "denna handläggare": an ordinary determiner


def neutral_noun(text: str, start: int, folded: str, neutral: str) -> tuple[int, str] | None:
    """Where the replacement of a gendered noun at ``start`` begins, and what it says (the
    noun's own case is applied by the caller to the noun part only); None: not offered.

    Returns ``(start, prefix)``: the replacement is ``prefix + neutral noun``.
    """
    if folded not in _NEUTER_SINGULAR:
        return start, ""
    first = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if first is None:
        return start, ""
    w1 = first.group(1)
    f1 = w1.casefold()
    if f1 in _TO_NEUTER:
        return first.start(1), match_case(w1, _TO_NEUTER[f1]) + " "
    second = _PREVIOUS_WORD.search(text, max(0, first.start(1) - 40), first.start(1))
    if second is None:
        return start, ""
    w2 = second.group(1)
    f2 = w2.casefold()
    if f2 not in _TO_NEUTER:
        return start, ""  # "Annas yngsta dotter", "hens äldsta son"
    if f2 in _POSSESSIVES and (f1 == "egen" or f1.endswith(("a", "e"))):
        adjective = match_case(w1, "eget") if f1 == "egen" else w1
        return second.start(1), f"{match_case(w2, _TO_NEUTER[f2])} {adjective} "
    return None  # "en liten flicka": the adjective would change too
