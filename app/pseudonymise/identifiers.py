"""Structured identifiers: personnummer, samordningsnummer, phone numbers, e-mail, addresses.

The patterns are the tested ones from the design notes (security research §3.3), widened
for what Word writes (non-breaking spaces, en dashes) and what people type: spaces around
the hyphen ("070 - 123 45 67"), a slash or dots between groups ("070/123 45 67",
"070.123.45.67"), international forms ("+46-70-…", "+46(0)70…", "+47 …"), dashes inside the
date of a personnummer ("85-07-09-9805"). A personnummer is accepted only with a real
calendar date and a valid check digit, so "1234567890 kr" is not one; a number of that shape
written right after "personnummer"/"pnr" with a bad check digit is still flagged (a typo in a
personnummer is a personnummer). Digits spoken as words ("noll sju noll, ett två tre…") are
flagged.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from app.pseudonymise.candidate import Candidate
from app.pseudonymise.model import Kind
from app.pseudonymise.text import (
    END_OF_WORD,
    HYPHENS,
    JOINERS,
    LETTER,
    UPPER,
    WORD_OR_COMPOUND,
    compound_start,
)

SCORE_PERSONNUMMER = 0.95  # above phone: a personnummer born 2001-2009 also looks like one
SCORE_EMAIL = 1.0  # as a listed name: the longer wins, so "karin@x.se" is one e-mail
SCORE_STREET = 0.8
SCORE_POSTCODE = 0.75
SCORE_PHONE = 0.7
SCORE_APARTMENT = 0.6
SCORE_UNCHECKED = 0.9
SCORE_SPOKEN = 0.5

_SPACE = "[ \t\u00a0\u202f]"
_DASH = r"\-\u2010-\u2013\u2212"  # "-", hyphen, non-breaking hyphen, figure dash, en dash, minus
_DIGIT_SEPARATOR = rf"[{_DASH} \t\u00a0\u202f]"
# Between the groups of a phone number: a space, or a dash, slash or dot with spaces around.
_GROUP = rf"(?:{_SPACE}*[{_DASH}/.]{_SPACE}*|{_SPACE})"
_TOWN = rf"[{UPPER}]{WORD_OR_COMPOUND}"

PERSONNUMMER = re.compile(
    rf"""
    (?<!\d)
    (?P<cent>18|19|20)?(?P<yy>\d{{2}})
    (?P<ds>[{_DASH}]?)                                # "85-07-09-9805": dashes in the date
    (?P<mm>0[1-9]|1[0-2])
    (?P=ds)
    (?P<dd>0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])  # day, or day + 60: samordningsnummer
    {_SPACE}?(?P<sep>[+{_DASH}])?{_SPACE}?
    (?P<nnn>\d{{3}})(?P<c>\d)
    (?!\d)
    """,
    re.VERBOSE,
)

PHONE = re.compile(
    rf"""
    (?:
        (?:\+|(?<!\d)00)46{_GROUP}?(?:\(0\){_GROUP}?)?[1-9]    # +46 (0)8, 0046 70, +46-70
      | (?<!\d)0[1-9]                                            # 08, 070, 031
      | \(0[1-9]\d{{0,2}}\){_SPACE}?\d                              # (08) 123 45 67
    )
    (?:{_GROUP}?\d){{6,8}}
    (?!\d)
    """,
    re.VERBOSE,
)
# Other countries: "+47 912 34 567", "+358 40 123 4567".
FOREIGN_PHONE = re.compile(
    rf"\+(?!46)[1-9]\d{{0,2}}(?:{_GROUP}?\(0\))?(?:{_GROUP}?\d){{6,12}}(?!\d)"
)
# Dates and times that a phone pattern would also read: "01.02.2023", "2023-02-01".
_DATE_LIKE = re.compile(
    r"(?:0[1-9]|[12]\d|3[01])[-./](?:0[1-9]|1[0-2])[-./](?:19|20)\d\d"
    r"|(?:19|20)\d\d[-./](?:0[1-9]|1[0-2])[-./](?:0[1-9]|[12]\d|3[01])"
)
_MIN_DOTTED_DIGITS = 9  # "08.30-09.30" (8 digits) is a time, not a number
# The first letter comes first so that the scan skips ahead to it (see _DIGITS).
_KEYWORD = re.compile(
    rf"[pPsSfF](?<![^\W\d_][pPsSfF])(?i:(?<=p)(?:erson(?:nummer|numret|nr)|ers\.?\s?nr|-?nr)"
    rf"|(?<=s)amordningsn(?:ummer|umret|r)|(?<=f)ödelsenummer)(?![^\W\d_])[\s:.=]*"
    rf"(?:är{_SPACE}+)?"
)
_NUMBER_SHAPE = re.compile(
    rf"(?<!\d)(?:\d{{8}}|\d{{6}}|\d{{2}}[{_DASH}]\d{{2}}[{_DASH}]\d{{2}}|\d{{4}}[{_DASH}]\d{{2}}"
    rf"[{_DASH}]\d{{2}}){_SPACE}?[+{_DASH}]?{_SPACE}?\d{{4}}(?!\d)"
)
_UNITS = ("ett", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
_TENS = ("tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio")
#: Numbers 0–99 (and "hundra") as words: the words of a number read aloud.
DIGIT_WORDS = frozenset(
    {"noll", *_UNITS, "tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton",
     "sjutton", "arton", "nitton", "hundra", *_TENS, *(t + u for t in _TENS for u in _UNITS)}
)  # fmt: skip
_BETWEEN_DIGIT_WORDS = re.compile(r"[\s,–-]+")
MIN_SPOKEN_DIGITS = 5

_EMAIL_LOCAL_PUNCTUATION = frozenset("._%+-" + JOINERS)  # joiners: no half word left
# The top-level domain may be followed by a digit: "a@b.se850709-9805" is an e-mail and a
# personnummer (were it not, the e-mail would be found once the number was replaced).
_EMAIL_DOMAIN = re.compile(rf"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}}(?![^\W\d]|[{HYPHENS}{JOINERS}])")

_STREET_SUFFIX = (
    "gatan|gata|vägen|väg|gränd|gränden|stigen|torget|torg|backen|backe|allén|allé|plan|leden"
    "|kajen|stråket|gången|platsen|plats|liden|slingan|esplanaden|promenaden|ringen|bryggan"
)
STREET = re.compile(
    rf"[{UPPER}](?<!{LETTER}[{UPPER}]){LETTER}*(?:{_STREET_SUFFIX})"
    rf"{_SPACE}+\d{{1,4}}(?:(?:[A-Za-z]|{_SPACE}[A-Z]){END_OF_WORD})?(?!\d)"  # 12, 12B, 12 B
)
# Five digits, written "NNN NN", then a capitalised post town: on its own a postcode has too
# many false positives. An "SE-" before it is taken along.
POSTCODE_TOWN = re.compile(rf"(?<!\d)[1-9]\d{{2}}{_SPACE}?\d{{2}}(?!\d){_SPACE}+{_TOWN}")
_COUNTRY_PREFIX = re.compile(rf"(?<!\w)SE-?{_SPACE}?$")
# The first letter comes first so that the scan skips ahead to it (see _DIGITS).
APARTMENT = re.compile(
    rf"[LlB](?<!{LETTER}[LlB])(?:gh\.?{_SPACE}?\d{{4}}|ox{_SPACE}\d{{1,6}})(?!\d)"
)
# Where numbers start. A pattern that begins with a look-behind is tried at every character;
# one that begins with a character set lets the regex engine skip ahead. So the number
# patterns are tried only at the start of each run of digits (or "+"/"(" before one).
_DIGITS = re.compile(r"[+(]?\d+")


def luhn10(digits: str) -> bool:
    """Skatteverket's modulus-10 check (weights 2, 1, 2, ... including the check digit)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 - i % 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _date_exists(centuries: tuple[int, ...], yy: int, mm: int, dd: int) -> bool:
    for century in centuries:
        try:
            datetime.date(century * 100 + yy, mm, dd)
        except ValueError:
            continue
        return True
    return False


def is_personnummer(m: re.Match[str]) -> bool:
    """Whether a :data:`PERSONNUMMER` match has a real date and a valid check digit."""
    yy, mm, dd, nnn, c = m["yy"], m["mm"], m["dd"], m["nnn"], m["c"]
    if nnn == "000" or not luhn10(yy + mm + dd + nnn + c):
        return False
    day = int(dd)
    if day > 60:
        day -= 60
    centuries = (int(m["cent"]),) if m["cent"] else (18, 19, 20)
    return _date_exists(centuries, int(yy), int(mm), day)


def find_identifiers(text: str) -> Iterator[Candidate]:
    """Personnummer, phone numbers, e-mail addresses and addresses in ``text``."""
    for c in _candidates(text):
        # One that starts with a letter takes a hyphen compound's first part along
        # ("Karl-Johansgatan 5"): replacing only the rest would leave "han" in
        # "han-lgh 1102" a word of its own.
        if text[c.start].isalpha():
            c = c._replace(start=compound_start(text, c.start))
        yield c


def _candidates(text: str) -> Iterator[Candidate]:
    for run in _DIGITS.finditer(text):
        at = run.start()
        m = PHONE.match(text, at) or (FOREIGN_PHONE.match(text, at) if text[at] == "+" else None)
        if not text[at].isdigit():  # "+" or "(": "+46 70 ...", "(08) ...", or a stray one
            at += 1
            m = m or PHONE.match(text, at)
        if m is not None and _phone_like(m.group()):
            yield Candidate(m.start(), m.end(), Kind.PHONE, SCORE_PHONE, "phone")
        if (m := PERSONNUMMER.match(text, at)) is not None and is_personnummer(m):
            rule = "samordningsnummer" if int(m["dd"]) > 60 else "personnummer"
            yield Candidate(at, m.end(), Kind.PERSONNUMMER, SCORE_PERSONNUMMER, rule)
        if (m := POSTCODE_TOWN.match(text, at)) is not None:
            prefix = _COUNTRY_PREFIX.search(text, max(0, at - 4), at)
            start = prefix.start() if prefix else at
            yield Candidate(start, m.end(), Kind.ADDRESS, SCORE_POSTCODE, "postcode_town")
    if "@" in text:
        yield from _emails(text)
    yield from _unchecked_personnummer(text)
    for m in STREET.finditer(text):
        yield Candidate(m.start(), m.end(), Kind.ADDRESS, SCORE_STREET, "street_address")
    for m in APARTMENT.finditer(text):
        yield Candidate(m.start(), m.end(), Kind.ADDRESS, SCORE_APARTMENT, "apartment_or_box")


def _phone_like(number: str) -> bool:
    """Not a date or a time range that the phone pattern also reads."""
    if _DATE_LIKE.search(number):
        return False
    return not (
        ("." in number or "/" in number) and sum(ch.isdigit() for ch in number) < _MIN_DOTTED_DIGITS
    )


def _unchecked_personnummer(text: str) -> Iterator[Candidate]:
    """A number shaped like a personnummer right after "personnummer"/"pnr" that fails the
    date or check-digit test: still flagged (a mistyped personnummer is a personnummer)."""
    lowered = text.lower()
    if not any(k in lowered for k in ("nummer", "nr", "numret")):
        return
    for key in _KEYWORD.finditer(text):
        m = _NUMBER_SHAPE.match(text, key.end())
        if m is None:
            continue
        valid = PERSONNUMMER.match(text, m.start())
        if valid is not None and valid.end() == m.end() and is_personnummer(valid):
            continue  # a real one: found by the personnummer rule
        yield Candidate(
            m.start(), m.end(), Kind.PERSONNUMMER, SCORE_UNCHECKED, "personnummer_unchecked",
            auto=False, review=True,
        )  # fmt: skip


def spoken_digits(text: str, words: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Five or more digit words in a row, a number read aloud ("noll sju noll, ett två").

    ``words``: the (start, end) of every digit word in ``text`` (from :data:`DIGIT_WORDS`),
    in order, as the word pass finds them.
    """
    run: list[tuple[int, int]] = []
    for span in [*words, (-1, -1)]:
        if run and span[0] >= 0 and _BETWEEN_DIGIT_WORDS.fullmatch(text, run[-1][1], span[0]):
            run.append(span)
            continue
        if len(run) >= MIN_SPOKEN_DIGITS:
            yield Candidate(
                run[0][0], run[-1][1], Kind.PHONE, SCORE_SPOKEN, "spoken_digits",
                auto=False, review=True,
            )  # fmt: skip
        run = [span]


def _emails(text: str) -> Iterator[Candidate]:
    # Anchored on each "@": a pattern that starts with the local part would retry at every
    # letter of every word.
    at = text.find("@")
    while at != -1:
        start = at
        while start > 0 and _in_local_part(text[start - 1]):
            start -= 1
        while start < at and text[start] == ".":
            start += 1
        m = _EMAIL_DOMAIN.match(text, at + 1)
        if start < at and m:
            yield Candidate(start, m.end(), Kind.EMAIL, SCORE_EMAIL, "email")
            at = text.find("@", m.end())
        else:
            at = text.find("@", at + 1)


def _in_local_part(ch: str) -> bool:
    return ch.isalnum() or ch in _EMAIL_LOCAL_PUNCTUATION
