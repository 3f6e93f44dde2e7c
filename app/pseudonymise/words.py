"""The word pass: gendered pronouns and the review flags, in one scan over the words.

Each word (or hyphen compound) is looked up once. Pronouns become "hen"/"hens" with the
case kept; a coordinated phrase ("han eller hon", "hans/hennes") becomes one "hen"/"hens".
"Hans" with a capital is the one real ambiguity: at the start of a sentence it is replaced
by "Hens" and flagged; mid-sentence it is taken for the name (xxx) and flagged. Either is
safe; leaving it is not. A pronoun inside a capitalised hyphen compound ("Hans-Erik") is a
name (xxx); inside a lower-case compound ("hon-katten") it is flagged only.

Review flags: capitalised words that are not sentence-initial and not on the stop list
(likely names; sentence-initial ones too when the same word occurs mid-sentence or is a
common first name), denne/denna/dennes/dennas, spoken 'an/'na, and gendered nouns.
"""

from __future__ import annotations

import re

from app.pseudonymise.candidate import Candidate
from app.pseudonymise.lexicon import DEMONSTRATIVES, GENDERED_NOUNS, PRONOUNS, first_names
from app.pseudonymise.model import Kind, Mode, Settings
from app.pseudonymise.text import (
    END_OF_WORD,
    NOT_BEFORE_LETTER,
    WORD_OR_COMPOUND,
    is_capitalised,
    is_sentence_start,
    match_case,
    split_compound,
    strip_joiners,
)

SCORE_COORDINATED = 0.9
SCORE_PRONOUN = 0.85
SCORE_HYPHENATED_NAME = 0.7
SCORE_HANS = 0.6
SCORE_FIRST_NAME = 0.5
SCORE_REVIEW_WORD = 0.4  # gendered nouns, demonstratives, pronouns in lower-case compounds
SCORE_CAPITALISED = 0.3
SCORE_CLITIC = 0.3

_TOKEN = re.compile(WORD_OR_COMPOUND)

_NOMINATIVE = rf"(?:honom|henne|henom|han|hon|hen){END_OF_WORD}"
_GENITIVE = rf"(?:hennes|hans|hens){END_OF_WORD}"
_OR = r"(?:\s*/\s*|\s+eller\s+|\s+(?:el|alt)\.\s*|\s+alternativt\s+)"
# Matched at a pronoun, so it needs no boundary before it. "han och hon" is two people: left.
_COORDINATED = re.compile(
    rf"(?:{_NOMINATIVE}(?:{_OR}{_NOMINATIVE})+|{_GENITIVE}(?:{_OR}{_GENITIVE})+)", re.IGNORECASE
)
_COORDINATION_STARTS = frozenset({*PRONOUNS, "hen", "hens"})
_LEXICON = frozenset({*_COORDINATION_STARTS, *DEMONSTRATIVES, *GENDERED_NOUNS})
_GENITIVES = frozenset({"hans", "hennes", "hens"})
_GENDERED = re.compile(r"h(?:an|on|onom|enne|enom|ans|ennes)\b", re.IGNORECASE)
# 'an / 'na glued to a word ("sa åt'na") or standing alone ("såg 'an").
_CLITIC = re.compile(rf"['’](?<![\d_'’]['’])(?:an|na){NOT_BEFORE_LETTER}")

# (auto, review): how a finding is handled.
_AUTOMATIC = (True, False)
_AUTOMATIC_REVIEWED = (True, True)  # replaced by default, shown for review
_FLAG = (False, True)


def _handling(mode: Mode) -> tuple[bool, bool] | None:
    return None if mode == "off" else _FLAG if mode == "flag" else _AUTOMATIC


class WordPass:
    """One scan of ``text``; :meth:`run` returns the candidates.

    Args:
        text: The text to analyse.
        settings: Operators and review handling.
        stop: Case-folded stop words (not name candidates).
    """

    def __init__(self, text: str, settings: Settings, stop: frozenset[str]) -> None:
        self.text = text
        self.settings = settings
        self.ops = settings.operators
        self.stop = stop
        self.out: list[Candidate] = []
        # Capitalised words that passed the stop list: (start, end, folded, sentence-initial).
        self._capitals: list[tuple[int, int, str, bool]] = []
        self._names = _handling(settings.name_candidates)
        self._demonstratives = _handling(settings.demonstratives)
        self._nouns = _handling(settings.gendered_nouns)

    def run(self) -> list[Candidate]:
        lexicon = _LEXICON
        for m in _TOKEN.finditer(self.text):
            token = m.group()
            if token.isalpha():
                # Most words are lower-case and in no list: skip them without a call.
                if token in lexicon or not token.islower():
                    self._word(m.start(), m.end(), token)
            else:
                self._compound(m.start(), m.end(), token)
        self._name_candidates()
        clitics = _handling(self.settings.clitics)
        if clitics and ("'" in self.text or "’" in self.text):
            self._clitics(clitics)
        return self.out

    # -- output

    def _add(
        self,
        start: int,
        end: int,
        kind: Kind,
        score: float,
        rule: str,
        replacement: str,
        handling: tuple[bool, bool] = _AUTOMATIC,
    ) -> None:
        auto, review = handling
        self.out.append(Candidate(start, end, kind, score, rule, replacement, auto, review))

    def _edit(self, word: str, neutral: str) -> str:
        """``neutral`` in the case of ``word``, bracketed when edits are marked."""
        replacement = match_case(word, neutral)
        return f"[{replacement}]" if self.settings.mark_edits else replacement

    def _neutral(self, kind: Kind) -> str:
        return self.ops.genitive if kind is Kind.GENITIVE else self.ops.pronoun

    # -- words

    def _word(self, start: int, end: int, word: str) -> None:
        folded = word.lower()
        if folded in _COORDINATION_STARTS:
            self._coordinated(start, word, folded)
        kind = PRONOUNS.get(folded)
        if kind is not None:
            self._pronoun(start, end, word, folded, kind)
        elif folded in DEMONSTRATIVES:
            self._review_word(start, end, word, Kind.DEMONSTRATIVE, DEMONSTRATIVES[folded])
        elif folded in GENDERED_NOUNS:
            self._review_word(start, end, word, Kind.GENDERED_NOUN, GENDERED_NOUNS[folded])
        elif is_capitalised(word):
            self._capitalised(start, end, word)

    def _coordinated(self, start: int, word: str, folded: str) -> None:
        """A whole phrase: "han eller hon" → "hen", never "hen eller hen".

        The single pronouns are proposed as well, at a lower score: they win only where the
        phrase loses an overlap (to a listed name, say), so no member is left unreplaced.
        """
        m = _COORDINATED.match(self.text, start)
        if m is None or not _GENDERED.search(m.group()):
            return
        kind = Kind.GENITIVE if folded in _GENITIVES else Kind.PRONOUN
        neutral = self._edit(word, self._neutral(kind))
        self._add(start, m.end(), kind, SCORE_COORDINATED, "coordinated_pronoun", neutral)

    def _pronoun(self, start: int, end: int, word: str, folded: str, kind: Kind) -> None:
        if folded == "hans" and is_capitalised(word):
            if is_sentence_start(self.text, start):
                hens = self._edit(word, self.ops.genitive)
                rule = "hans_sentence_initial"
                self._add(start, end, Kind.GENITIVE, SCORE_HANS, rule, hens, _AUTOMATIC_REVIEWED)
            else:
                rule = "hans_mid_sentence"
                self._add(
                    start, end, Kind.NAME, SCORE_HANS, rule, self.ops.name, _AUTOMATIC_REVIEWED
                )
            return
        self._add(start, end, kind, SCORE_PRONOUN, "pronoun", self._edit(word, self._neutral(kind)))

    def _review_word(self, start: int, end: int, word: str, kind: Kind, neutral: str) -> None:
        """A demonstrative or gendered noun, with a neutral suggestion."""
        handling = self._demonstratives if kind is Kind.DEMONSTRATIVE else self._nouns
        if handling:
            suggestion = self._edit(word, neutral)
            self._add(start, end, kind, SCORE_REVIEW_WORD, kind.value, suggestion, handling)

    def _compound(self, start: int, end: int, token: str) -> None:
        """A token with hyphens or invisible joiners in it."""
        clean = strip_joiners(token)
        if "-" not in clean:
            self._word(start, end, clean)  # "han\u00addläggare" is the word "handläggare"
            return
        parts = [
            (start + offset, part, strip_joiners(part)) for offset, part in split_compound(token)
        ]
        pronoun_parts = [p for p in parts if p[2].lower() in PRONOUNS]
        if pronoun_parts:
            if all(clean_part[:1].isupper() for _, _, clean_part in parts):
                name = self.ops.name
                rule = "hyphenated_name"
                self._add(
                    start, end, Kind.NAME, SCORE_HYPHENATED_NAME, rule, name, _AUTOMATIC_REVIEWED
                )
                return
            for part_start, part, clean_part in pronoun_parts:
                kind = PRONOUNS[clean_part.lower()]
                suggestion = self._edit(clean_part, self._neutral(kind))
                part_end = part_start + len(part)
                self._add(
                    part_start, part_end, kind, SCORE_REVIEW_WORD, "hyphen_compound", suggestion,
                    _FLAG,
                )  # fmt: skip
            return
        if is_capitalised(clean):
            self._capitalised(start, end, clean)  # "Anna-Karin"
            return
        for part_start, part, clean_part in parts:  # "ex-maken", "bonus-pappan"
            if (noun := GENDERED_NOUNS.get(clean_part.lower())) is not None:
                part_end = part_start + len(part)
                self._review_word(part_start, part_end, clean_part, Kind.GENDERED_NOUN, noun)

    # -- name candidates

    def _capitalised(self, start: int, end: int, word: str) -> None:
        if not self._names or len(word) < 2:
            return
        parts = word.split("-")
        if len(parts) > 1 and not all(p[:1].isupper() for p in parts):
            return  # "SIP-möte": a compound, not a double name
        stop = self.stop
        folded = word.casefold()
        for part in folded.split("-"):
            if (
                len(part) > 1
                and part not in stop
                and not (part.endswith("s") and part[:-1] in stop)
            ):
                break
        else:
            return  # every part is a stop word ("Försäkringskassans", "Rinkeby-Kista", "FoU-S")
        self._capitals.append((start, end, folded, is_sentence_start(self.text, start)))

    def _name_candidates(self) -> None:
        if not self._capitals or not self._names:
            return
        handling = self._names
        mid_sentence: set[str] = set()
        for _, _, folded, initial in self._capitals:
            if not initial:
                mid_sentence.add(folded)
                mid_sentence.add(_without_genitive(folded))
        common = first_names()
        for start, end, folded, initial in self._capitals:
            base = _without_genitive(folded)
            if folded in common or base in common or _has_first_name(folded, common):
                rule, score = "first_name", SCORE_FIRST_NAME
                genitive = base != folded and base in common
            elif not initial:
                rule, score, genitive = "capitalised_word", SCORE_CAPITALISED, False
            elif folded in mid_sentence or base in mid_sentence:
                rule, score, genitive = "capitalised_word_repeated", SCORE_CAPITALISED, False
            else:
                continue
            replacement = f"{self.ops.name}:s" if genitive else self.ops.name
            self._add(start, end, Kind.NAME, score, rule, replacement, handling)

    # -- spoken clitics

    def _clitics(self, handling: tuple[bool, bool]) -> None:
        text = self.text
        for m in _CLITIC.finditer(text):
            start = m.start()
            glued = start > 0 and text[start - 1].isalpha()  # "sa åt'na" → "sa åt hen"
            suggestion = self._edit(m.group()[1:], self.ops.pronoun)
            suggestion = f" {suggestion}" if glued else suggestion
            self._add(start, m.end(), Kind.CLITIC, SCORE_CLITIC, "clitic", suggestion, handling)


def _without_genitive(folded: str) -> str:
    return folded[:-1] if folded.endswith("s") and len(folded) > 2 else folded


def _has_first_name(folded: str, common: frozenset[str]) -> bool:
    """A double name with a common first name in it ("Ann-Charlotte", "Maj-Britt")."""
    return "-" in folded and any(part in common for part in folded.split("-"))
