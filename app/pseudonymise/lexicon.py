"""Word lists: gendered pronouns, review words, the stop list and common first names.

The stop list (agencies, places, brands, common capitalised words) and the first-name list
ship in ``resources/pseudonymise/``; a project can extend the stop list.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from app import paths
from app.pseudonymise.model import Kind

# Gendered third-person pronouns → kind. "hen"/"hens" are the neutral targets.
PRONOUNS: dict[str, Kind] = {
    "han": Kind.PRONOUN,
    "hon": Kind.PRONOUN,
    "honom": Kind.PRONOUN,
    "henne": Kind.PRONOUN,
    "henom": Kind.PRONOUN,  # SAOL prefers "hen" as object form: a stray "henom" is mapped too
    "hans": Kind.GENITIVE,
    "hennes": Kind.GENITIVE,
}

# Not gender-neutral (Språkrådet), but "denna" is also a common determiner: review only.
DEMONSTRATIVES: dict[str, str] = {
    "denne": "hen",
    "denna": "hen",
    "dennes": "hens",
    "dennas": "hens",
}

# Nouns that reveal a person's gender even after the pronouns are neutral, with a neutral
# suggestion. Grammar may not fit ("min son" → "min barn"), so the default is review.
# Left out on purpose: "man" (also "one"), "far" (also "fares": "barnet far illa").
GENDERED_NOUNS: dict[str, str] = {
    **dict.fromkeys(("mamma", "pappa", "mor", "morsa", "farsa"), "förälder"),
    **dict.fromkeys(("mamman", "pappan", "modern", "fadern", "morsan", "farsan"), "föräldern"),
    **dict.fromkeys(("mammas", "pappas", "mors"), "förälders"),
    **dict.fromkeys(("mammans", "pappans", "moderns", "faderns"), "förälderns"),
    **dict.fromkeys(("mammor", "pappor"), "föräldrar"),
    **dict.fromkeys(("styvmamma", "styvpappa", "bonusmamma", "bonuspappa"), "bonusförälder"),
    **dict.fromkeys(("son", "dotter", "pojke", "flicka", "söner", "döttrar"), "barn"),
    **dict.fromkeys(("pojkar", "flickor"), "barn"),
    **dict.fromkeys(("sonen", "dottern", "pojken", "flickan"), "barnet"),
    **dict.fromkeys(("sons", "dotters"), "barns"),
    **dict.fromkeys(("sonens", "dotterns", "pojkens", "flickans"), "barnets"),
    **dict.fromkeys(("sönerna", "döttrarna", "pojkarna", "flickorna"), "barnen"),
    **dict.fromkeys(("make", "maka", "fru", "hustru", "pojkvän", "flickvän"), "partner"),
    **dict.fromkeys(("maken", "makan", "frun", "hustrun", "pojkvännen"), "partnern"),
    **dict.fromkeys(("flickvännen", "gubben", "kärringen"), "partnern"),
    **dict.fromkeys(("makens", "makans", "fruns", "hustruns"), "partnerns"),
    **dict.fromkeys(("exman", "exmake", "exfru"), "expartner"),
    **dict.fromkeys(("exmannen", "exmaken", "exfrun"), "expartnern"),
    **dict.fromkeys(("kvinna", "kille", "tjej", "gubbe", "tant", "karl"), "person"),
    **dict.fromkeys(("kvinnan", "mannen", "killen", "tjejen", "tanten", "karln"), "personen"),
    **dict.fromkeys(("kvinnans", "mannens", "killens", "tjejens"), "personens"),
    **dict.fromkeys(("kvinnor", "killar", "tjejer"), "personer"),
    **dict.fromkeys(("kvinnorna", "männen", "killarna", "tjejerna"), "personerna"),
    **dict.fromkeys(("bror", "syster", "bröder", "systrar"), "syskon"),
    **dict.fromkeys(("brodern", "brorsan", "systern", "syrran"), "syskonet"),
    **dict.fromkeys(("farbror", "morbror", "faster", "moster"), "släkting"),
    **dict.fromkeys(("farmor", "mormor", "farfar", "morfar"), "mor- eller farförälder"),
}

# First names that are also common Swedish words. A listed name of this kind is replaced
# only where it is written with a capital: listing "Dag" must not turn "varje dag" into
# "varje xxx", and listing "Hans" must not turn the pronoun "hans" into a name.
# fmt: off
NAME_HOMOGRAPHS: frozenset[str] = frozenset((
    "han", "hon", "hans", "hen", "hens", "bo", "per", "dag", "dan", "sten", "stig", "björn",
    "rosa", "ros", "maj", "juni", "april", "sol", "liv", "saga", "klara", "minna", "mark",
    "axel", "ek", "alm", "tor", "rut", "love", "lova", "vilja", "iris", "viola", "lilja",
    "linnea", "malva", "björk", "ask", "bror", "max", "tim", "inga", "fred", "vide", "gull",
    "storm", "vår", "kaj",
))
# fmt: on


def _read_list(*parts: str) -> list[str]:
    path = paths.resource(*parts)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s for line in lines if (s := line.split("#", 1)[0].strip())]


def words_of(entries: Iterable[str]) -> frozenset[str]:
    """The case-folded words of ``entries`` ("Röda korset" → röda, korset)."""
    return frozenset(w.casefold() for entry in entries for w in entry.split())


@lru_cache(maxsize=1)
def builtin_stop_words() -> frozenset[str]:
    """The shipped stop list, case-folded, one word per entry word."""
    return words_of(_read_list("pseudonymise", "stoplist-sv.txt"))


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common Swedish first names (case-folded): sentence-initial ones are flagged too."""
    return frozenset(w.casefold() for w in _read_list("pseudonymise", "firstnames-sv.txt"))


@lru_cache(maxsize=16)
def stop_words(extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """The shipped stop list plus a project's own words (both case-folded)."""
    return builtin_stop_words() | extra if extra else builtin_stop_words()
