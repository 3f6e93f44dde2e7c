"""The Swedish dictionary: is a word an ordinary Swedish word, is a capitalised word a place?

The word list is the Hunspell dictionary of the ``hunspell-sv`` package (LGPL-3.0), which
installs ``sv_SE.dic``/``sv_SE.aff`` under ``<sys.prefix>/share/hunspell/``, not inside a
Python package. It is read here directly, without a spell-checking library: ``spylls`` takes
about 6 s to load it and 3 ms a look-up, while this reader loads in a fraction of a second and
answers in microseconds. It does what the name-candidate flag needs and no more: suffix
stripping (one level, with the affix conditions) and Hunspell's compounding rules
(``COMPOUNDBEGIN``/``MIDDLE``/``END``, ``COMPOUNDMIN``, ``COMPOUNDWORDMAX``, simplified triple
letters, no duplicated parts).

What counts as an *ordinary word*: a lower-case entry **with affix flags** (or a form or
compound made from such entries). The dictionary also holds about 98,000 lower-case entries
without flags; they include thousands of surnames and place names written in lower case
("apelqvist", "ahnlund", "karin"), so they are not taken as evidence that a capitalised word
is not a name. Capitalised entries are proper nouns (people and places alike); those marked
with the inhabitant suffixes (-bo, -sbo) or the compound form (-s) are taken as places.

The dictionary is loaded once per process, lazily, on first use (:func:`get`), or ahead of
time off the UI thread (:func:`preload`). Nothing derived from it is written to disk.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.paths import share_dirs

log = logging.getLogger(__name__)

DICTIONARY_NAME = "sv_SE"
ENV_DIR = "SAMTAL_HUNSPELL_DIR"  # a folder holding sv_SE.dic/.aff (packagers, tests)

# Flags of this .aff (single characters), read from the file where it names them.
_PLACE_FLAGS = frozenset("edv")  # inhabitant suffixes -bo/-sbo, compound form -s


@dataclass(frozen=True, slots=True)
class _Suffix:
    flag: str
    strip: str
    condition: re.Pattern[str] | None
    flags: str  # continuation flags of the derived form


class SwedishDictionary:
    """A Hunspell dictionary read for look-ups (see the module text). Build with :func:`get`."""

    def __init__(self, dic: Path, aff: Path) -> None:
        self._read_aff(aff)
        self._read_dic(dic)

    # -- reading

    def _read_aff(self, aff: Path) -> None:
        self.forbidden = "%"
        self.need_affix = "¤"
        self.only_in_compound = "Z"
        self.begin = "X"
        self.middle = "U"
        self.end = "Y"
        self.min_part = 2
        self.max_parts = 4
        self.simplified_triple = False
        self.check_dup = False
        suffixes: dict[str, list[_Suffix]] = {}
        conditions: dict[str, re.Pattern[str] | None] = {}
        header_seen: set[str] = set()
        single = {
            "FORBIDDENWORD": "forbidden",
            "NEEDAFFIX": "need_affix",
            "ONLYINCOMPOUND": "only_in_compound",
            "COMPOUNDBEGIN": "begin",
            "COMPOUNDMIDDLE": "middle",
            "COMPOUNDEND": "end",
        }
        for raw in aff.read_text(encoding="utf-8").splitlines():
            parts = raw.split()
            if not parts or parts[0].startswith("#"):
                continue
            key = parts[0]
            if key in single and len(parts) > 1:
                setattr(self, single[key], parts[1])
            elif key == "COMPOUNDMIN" and len(parts) > 1:
                self.min_part = max(1, int(parts[1]))
            elif key == "COMPOUNDWORDMAX" and len(parts) > 1:
                self.max_parts = max(2, int(parts[1]))
            elif key == "SIMPLIFIEDTRIPLE":
                self.simplified_triple = True
            elif key == "CHECKCOMPOUNDDUP":
                self.check_dup = True
            elif key == "SFX" and len(parts) >= 4:
                flag = parts[1]
                if flag not in header_seen:  # "SFX A Y 1": the header line of a class
                    header_seen.add(flag)
                    continue
                strip = "" if parts[2] == "0" else parts[2]
                add, _, cont = parts[3].partition("/")
                add = "" if add == "0" else add
                cond = parts[4] if len(parts) > 4 else "."
                if cond not in conditions:
                    conditions[cond] = None if cond == "." else _condition(cond)
                suffixes.setdefault(add, []).append(
                    _Suffix(flag, strip, conditions[cond], sys.intern(cont))
                )
        self._suffixes = suffixes
        self._max_add = max((len(a) for a in suffixes), default=0)

    def _read_dic(self, dic: Path) -> None:
        stems: dict[str, str] = {}
        places: set[str] = set()
        plain: list[str] = []
        forbidden = self.forbidden
        with dic.open(encoding="utf-8") as fh:
            next(fh, None)  # the entry count
            for line in fh:
                entry = line.rstrip("\n").split("\t", 1)[0]
                word, _, flags = entry.partition("/")
                if not word:
                    continue
                if not flags:
                    if word[0].islower():
                        plain.append(word)  # see the module text
                    continue
                if forbidden in flags:
                    continue
                if word[0].isupper():
                    if not _PLACE_FLAGS.isdisjoint(flags):
                        places.add(word)
                    continue
                old = stems.get(word)
                stems[word] = sys.intern(flags if old is None else old + flags)
        self._stems = stems
        self._places = frozenset(places)
        self._plain = frozenset(plain)

    # -- look-ups

    def is_place(self, word: str) -> bool:
        """A capitalised dictionary entry marked as a place ("Gottsunda", "Uppsalas")."""
        places = self._places
        return word in places or (word.endswith("s") and word[:-1] in places)

    def is_listed(self, word: str) -> bool:
        """Whether ``word`` (lower case) is in the dictionary at all, with or without affix
        flags (the flagless entries include surnames and places written in lower case)."""
        return word in self._plain or self.reading(word) is not None

    def reading(self, word: str) -> str | None:
        """How ``word`` (lower case) reads as an ordinary Swedish word: ``"entry"`` (a
        dictionary entry as it stands), ``"form"`` (an inflected form of one),
        ``"compound"`` (made by the compounding rules), or None (not an ordinary word)."""
        if len(word) < 2:
            return None
        for _stem, flags, cont, affixed in self._forms(word):
            if self.only_in_compound in (cont if affixed else flags):
                continue
            if not affixed and self.need_affix in flags:
                continue
            return "form" if affixed else "entry"
        if len(word) >= 2 * self.min_part and self._compound(word, 0, 0, {}):
            return "compound"
        return None

    def is_word(self, word: str) -> bool:
        """Whether ``word`` (lower case) is an ordinary Swedish word, inflected or compound."""
        return self.reading(word) is not None

    def _forms(self, word: str) -> Iterator[tuple[str, str, str, bool]]:
        """(stem, stem flags, continuation flags, affixed) for every reading of ``word``."""
        stems = self._stems
        flags = stems.get(word)
        if flags is not None:
            yield word, flags, "", False
        suffixes = self._suffixes
        n = len(word)
        for i in range(min(self._max_add, n - 1), -1, -1):
            rules = suffixes.get(word[n - i :] if i else "")
            if not rules:
                continue
            base = word[: n - i]
            for rule in rules:
                stem = base + rule.strip
                stem_flags = stems.get(stem)
                if (
                    stem_flags is not None
                    and rule.flag in stem_flags
                    and (rule.condition is None or rule.condition.search(stem))
                ):
                    yield stem, stem_flags, rule.flags, True

    def _can_be(self, part: str, role: str, memo: dict[tuple[str, str], bool]) -> bool:
        key = (part, role)
        found = memo.get(key)
        if found is None:
            found = False
            for _stem, flags, cont, affixed in self._forms(part):
                if role == self.end:
                    ok = role in flags  # a suffix is allowed on the last part
                elif affixed:
                    ok = role in cont  # "myr-" from "myra": the suffix permits it
                else:
                    ok = role in flags and self.need_affix not in flags
                if ok:
                    found = True
                    break
            memo[key] = found
        return found

    def _compound(
        self, word: str, start: int, count: int, memo: dict[tuple[str, str], bool]
    ) -> bool:
        low = self.min_part
        n = len(word)
        role = self.begin if count == 0 else self.middle
        for j in range(start + low, n - low + 1):
            for part, rest_at in self._splits(word, start, j):
                if not self._can_be(part, role, memo):
                    continue
                rest = word[rest_at:]
                if self.check_dup and rest == part:
                    continue
                if self._can_be(rest, self.end, memo):
                    return True
                if count + 2 < self.max_parts and self._compound(word, rest_at, count + 1, memo):
                    return True
        return False

    def _splits(self, word: str, start: int, j: int) -> Iterator[tuple[str, int]]:
        yield word[start:j], j
        # "fallucka" = "fall" + "lucka": a triple letter written as two
        if self.simplified_triple and 0 < j < len(word) and word[j - 1] == word[j]:
            yield word[start:j] + word[j], j


def _condition(cond: str) -> re.Pattern[str] | None:
    try:
        return re.compile(f"(?:{cond})$")
    except re.error:
        return None


# -- finding and loading ----------------------------------------------------------------------


def find_files() -> tuple[Path, Path] | None:
    """``sv_SE.dic``/``.aff``: ``$SAMTAL_HUNSPELL_DIR``, a frozen bundle's and the
    environment's ``share/hunspell`` (where the ``hunspell-sv`` wheel installs them; the
    bundle carries them through ``app.paths.SHARED_DATA``), the system's."""
    folders: list[Path] = []
    if env := os.environ.get(ENV_DIR):
        folders.append(Path(env))
    folders += share_dirs("hunspell")
    folders += [Path("/usr/share/hunspell"), Path("/usr/local/share/hunspell")]
    for folder in folders:
        dic = folder / f"{DICTIONARY_NAME}.dic"
        aff = folder / f"{DICTIONARY_NAME}.aff"
        if dic.is_file() and aff.is_file():
            return dic, aff
    return None


_lock = threading.Lock()
_loaded = False
_dictionary: SwedishDictionary | None = None


def get() -> SwedishDictionary | None:
    """The dictionary, loaded on first call (thread-safe); None if it is not installed."""
    global _loaded, _dictionary
    if _loaded:
        return _dictionary
    with _lock:
        if not _loaded:
            files = find_files()
            if files is None:
                log.warning("Swedish dictionary (hunspell-sv) not found: more words are flagged")
            else:
                try:
                    _dictionary = SwedishDictionary(*files)
                except (OSError, ValueError, UnicodeError) as exc:
                    log.warning("Swedish dictionary unreadable (%s)", type(exc).__name__)
            _loaded = True
    return _dictionary


def preload() -> threading.Thread:
    """Load the dictionary in a background thread (so a first analysis does not wait)."""
    thread = threading.Thread(target=get, name="samtal-dictionary", daemon=True)
    thread.start()
    return thread


def is_loaded() -> bool:
    return _loaded
