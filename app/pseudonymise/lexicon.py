"""Word lists: gendered pronouns, review words, function words and the stop list, and the
questions asked of the Swedish dictionary (``ordinary_word``, ``is_place``).

The stop list (national bodies, everyday services, countries: what the dictionary does not
know) ships in ``resources/pseudonymise/``; a project can extend it. The name gazetteer is
in ``gazetteer.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from app import paths
from app.pseudonymise import dictionary
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

# Closed-class Swedish words (pronouns, determiners, prepositions, conjunctions, common
# adverbs and auxiliaries). They are ordinary words whatever the dictionary says (it lists
# many without affix flags, see dictionary.py), and a name that is one of them ("Alla",
# "Mina", "Inga", "Per") is not flagged at the start of every sentence.
# fmt: off
FUNCTION_WORDS: frozenset[str] = frozenset((
    "jag", "du", "vi", "ni", "de", "dem", "dom", "man", "en", "ett", "den", "det", "denna",
    "detta", "dessa", "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina",
    "vår", "vårt", "våra", "er", "ert", "era", "deras", "varje", "alla", "allt", "all", "inga",
    "ingen", "inget", "någon", "något", "några", "många", "mycket", "lite", "flera", "fler",
    "annan", "annat", "andra", "själv", "själva", "samma", "sådan", "sådant", "sådana",
    "vilken", "vilket", "vilka", "vem", "vad", "var", "vart", "hur", "när", "varför", "som",
    "och", "men", "eller", "utan", "att", "om", "så", "för", "fast", "medan", "eftersom",
    "innan", "tills", "ty", "samt", "både", "varken", "antingen", "i", "på", "av", "till",
    "från", "med", "mot", "hos", "vid", "över", "under", "efter", "före", "genom", "mellan",
    "bakom", "bland", "kring", "runt", "utanför", "inom", "enligt", "trots", "åt", "per", "via",
    "sedan", "sen", "nu", "då", "här", "där", "inte", "ej", "också", "även", "bara", "redan",
    "ännu", "alltid", "aldrig", "ofta", "ibland", "kanske", "nog", "ju", "väl", "ja", "nej",
    "jo", "nja", "okej", "är", "varit", "vara", "har", "hade", "haft", "ha", "blir", "blev",
    "bli", "kan", "kunde", "ska", "skall", "skulle", "vill", "ville", "må", "måste", "får",
    "fick", "tack", "hej", "igen", "bort", "hem", "ut", "in", "upp", "ner", "fram", "ihop",
    "kvar", "tillbaka",
))
# Names that are also common words, for when the dictionary is not installed (then only
# these and the function words are taken as words; see ordinary_word).
FALLBACK_HOMOGRAPHS: frozenset[str] = frozenset((
    "bo", "dag", "dan", "sten", "stig", "björn", "rosa", "ros", "maj", "juni", "april", "sol",
    "liv", "saga", "klara", "minna", "mark", "axel", "ek", "alm", "tor", "rut", "love", "lova",
    "vilja", "iris", "viola", "lilja", "linnea", "malva", "björk", "ask", "bror", "max", "tim",
    "fred", "vide", "gull", "storm", "vår", "kaj", "lind", "lund", "berg", "strand", "holm",
    "ström", "blom", "falk", "borg", "bäck", "frid", "lönn", "malm", "sköld", "svärd", "ljung",
))
# Last parts of compounds that make a word look like a Swedish surname ("Lundström",
# "Fröbom", "Karlsson"): a compound the dictionary's rules allow but that it does not list
# is taken as an ordinary word only when it does not end like this.
SURNAME_ENDINGS: tuple[str, ...] = (
    "son", "berg", "ström", "strom", "gren", "qvist", "kvist", "quist", "lund", "holm", "dahl",
    "dal", "blad", "blom", "bom", "borg", "sten", "strand", "lind", "mark", "hed", "fors",
    "bäck", "sjö", "stedt", "stad", "vall", "hammar", "man", "ling", "lin", "by", "näs", "vik",
    "ås", "ek", "hag", "hall", "löf", "löv", "gård",
)
# fmt: on


def _read_list(*parts: str) -> list[str]:
    path = paths.resource(*parts)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s for line in lines if (s := line.split("#", 1)[0].strip())]


def words_of(entries: Iterable[str]) -> frozenset[str]:
    """The case-folded words of ``entries`` ("Röda korset" → röda, korset)."""
    return frozenset(w.casefold() for entry in entries for w in entry.split())


def phrases_of(entries: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The case-folded multi-word ``entries`` as word tuples ("Mina sidor" → (mina, sidor))."""
    return frozenset(
        tuple(w.casefold() for w in entry.split()) for entry in entries if len(entry.split()) > 1
    )


@lru_cache(maxsize=1)
def builtin_stop_entries() -> tuple[str, ...]:
    """The shipped stop list, one entry a line."""
    return tuple(_read_list("pseudonymise", "stoplist-sv.txt"))


@lru_cache(maxsize=1)
def builtin_stop_words() -> frozenset[str]:
    """The shipped stop list, case-folded, one word per entry word."""
    return words_of(builtin_stop_entries())


@lru_cache(maxsize=16)
def stop_words(extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """The shipped stop list plus a project's own words (both case-folded)."""
    return builtin_stop_words() | extra if extra else builtin_stop_words()


@lru_cache(maxsize=16)
def stop_phrases(extra: frozenset[tuple[str, ...]] = frozenset()) -> frozenset[tuple[str, ...]]:
    """Multi-word stop entries (shipped and a project's), as case-folded word tuples."""
    return phrases_of(builtin_stop_entries()) | extra


@lru_cache(maxsize=8192)
def ordinary_word(folded: str) -> bool:
    """Whether ``folded`` (case-folded, one word) is an ordinary Swedish word.

    A function word, a form of an ordinary word the dictionary lists, or a compound its
    rules allow that does not end like a surname. Without the dictionary: a function word or
    one of :data:`FALLBACK_HOMOGRAPHS`. (Cached in memory for the process: the answers are
    facts about the public dictionary.)
    """
    if folded in FUNCTION_WORDS:
        return True
    words = dictionary.get()
    if words is None:
        return folded in FALLBACK_HOMOGRAPHS
    reading = words.reading(folded)
    if reading in ("entry", "form"):
        return True
    return reading == "compound" and not folded.endswith(SURNAME_ENDINGS)


def is_place(word: str) -> bool:
    """A capitalised word the dictionary marks as a place ("Gottsunda", "Sollefteås")."""
    words = dictionary.get()
    return words is not None and words.is_place(word)


@lru_cache(maxsize=1)
def single_stop_words() -> frozenset[str]:
    """The shipped stop list's single-word entries, case-folded."""
    return frozenset(e.casefold() for e in builtin_stop_entries() if len(e.split()) == 1)


@lru_cache(maxsize=8192)
def dictionary_entry(folded: str) -> bool:
    """Whether ``folded`` is a dictionary entry as it stands (not inflected, not compound):
    "vilja", "sten", "bostad" (but not "socialtjänsten")."""
    words = dictionary.get()
    if words is None:
        return folded in FALLBACK_HOMOGRAPHS
    return words.reading(folded) == "entry"


@lru_cache(maxsize=8192)
def known_word(folded: str) -> bool:
    """Whether ``folded`` is any word the dictionary lists, affix flags or not ("just",
    "mindre"), and does not end like a surname. For sentence-initial words, whose capital
    says nothing."""
    if ordinary_word(folded):
        return True
    words = dictionary.get()
    return words is not None and words.is_listed(folded) and not folded.endswith(SURNAME_ENDINGS)
