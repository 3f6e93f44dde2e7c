"""Character classes and small text helpers shared by the recognisers.

A *word* is a run of Unicode letters (åäö are letters; digits and "_" are not). Hyphens
(``-``, U+2010, U+2011) join words into compounds ("Hans-Erik", "hon-katten"), and invisible
joiners (soft hyphen, zero-width space/joiners) inside a word do not split it: a soft hyphen
in "han\u00addläggare" must not expose "han".
"""

from __future__ import annotations

LETTER = r"[^\W\d_]"
NOT_BEFORE_LETTER = r"(?![^\W\d_])"
# Upper-case letters: ASCII, Latin-1 (ÅÄÖÉÜ...) and the Latin Extended-A capitals of names
# seen in Sweden. A regex cannot ask for "any upper-case letter", so this is a list.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
HYPHENS = "-\u2010\u2011"
JOINERS = "\u00ad\u200b\u200c\u200d\u2060"

# A word, or a compound of words joined by hyphens or invisible joiners.
WORD_OR_COMPOUND = rf"{LETTER}+(?:[{HYPHENS}{JOINERS}]{LETTER}+)*"
# The end of a word that is not the first part of a compound ("hon", not "hon-katten").
END_OF_WORD = rf"{NOT_BEFORE_LETTER}(?![{HYPHENS}{JOINERS}]{LETTER})"

_JOINING = frozenset(HYPHENS + JOINERS)
# Joiners out, every hyphen as "-".
_CLEAN_WORD = {**{ord(c): None for c in JOINERS}, **{ord(c): "-" for c in HYPHENS[1:]}}

# Skipped when looking back for the start of a sentence: quote marks (Swedish uses ” both to
# open and to close), brackets, dialogue dashes, bullets, a byte-order mark.
_OPENERS = frozenset("\"'„“”‘’‚«»›‹([{–—-*•·\ufeff")
_SENTENCE_END = frozenset(".!?…:")
_LINE_BREAKS = frozenset("\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029")


def strip_joiners(word: str) -> str:
    """``word`` without invisible joiners, with every hyphen as ``-``."""
    return word.translate(_CLEAN_WORD)


def split_compound(compound: str) -> list[tuple[int, str]]:
    """The hyphen-separated parts of ``compound`` with their offsets (joiners kept in parts)."""
    parts: list[tuple[int, str]] = []
    begin = 0
    for i, ch in enumerate(compound):
        if ch in HYPHENS:
            parts.append((begin, compound[begin:i]))
            begin = i + 1
    parts.append((begin, compound[begin:]))
    return parts


def compound_start(text: str, start: int, *, capitalised: bool = False) -> int:
    """Where a hyphen compound (or a word with a joiner) begins, ``start`` in its last part.

    "Anna-[Karin]" → the start of "Anna"; with ``capitalised``, only parts written with a
    capital are taken along (a double name, not "mini-Karin").
    """
    while start >= 2 and text[start - 1] in _JOINING and text[start - 2].isalpha():
        i = start - 2
        while i > 0 and text[i - 1].isalpha():
            i -= 1
        if capitalised and not text[i].isupper():
            break
        start = i
    return start


def match_case(original: str, replacement: str) -> str:
    """``replacement`` in the case of ``original``: Han → Hen, HAN → HEN, han → hen."""
    if len(original) > 1 and original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def is_capitalised(word: str) -> bool:
    """First letter upper case and the word not ALL CAPS (an acronym or shouting)."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def is_sentence_start(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` begins a sentence (or a line, or a quotation).

    Looks back past spaces, quote marks, brackets and dashes to the start of the text, a
    line break, a full stop, question or exclamation mark, a colon (speaker labels and
    headings: "IP: Jag ...", "Följdfrågor: Har ...") or an omission "[...]". A name right
    after one of these is still flagged when it is a common first name or occurs
    mid-sentence elsewhere in the text.
    """
    i = pos - 1
    while i >= 0:
        ch = text[i]
        if ch in _LINE_BREAKS:
            return True
        if ch not in _OPENERS and not ch.isspace():
            break
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    return ch in _SENTENCE_END or (ch == "]" and text.endswith(("...]", "…]"), 0, i + 1))
