"""The word pass: gendered pronouns and the review flags, in one scan over the words.

Each word (or hyphen compound) is looked up once. Pronouns become "hen"/"hens" with the
case kept; a coordinated phrase ("han eller hon", "hans/hennes") becomes one "hen"/"hens".
"Hans" with a capital is the one real ambiguity: at the start of a sentence it is replaced
by "Hens" and flagged; mid-sentence it is taken for the name (xxx) and flagged; followed by a
surname it is one name ("Hans Andersson"). Either is safe; leaving it is not. A pronoun
inside a capitalised hyphen compound ("Hans-Erik") is a name (xxx); inside a lower-case
compound ("hon-katten") it is flagged only. Where replacing would break the text (traps:
"hon- eller hanhundar", "Hennes & Mauritz", "Hans Majestät", "orden ”han” och ”hon”", a
Norwegian quote) the pronoun is flagged instead (``traps.py``).

Review flags: names nobody listed (``capitals.py``), denne/dennes and a pronoun-like denna
(``grammar.py``), spoken 'an/'na, and gendered nouns with a neutral suggestion that keeps
the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.pseudonymise.candidate import Candidate
from app.pseudonymise.capitals import Capital, NamePass
from app.pseudonymise.gazetteer import gazetteer
from app.pseudonymise.grammar import demonstrative, neutral_noun
from app.pseudonymise.identifiers import DIGIT_WORDS, MIN_SPOKEN_DIGITS, spoken_digits
from app.pseudonymise.lexicon import DEMONSTRATIVES, GENDERED_NOUNS, PRONOUNS
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
from app.pseudonymise.traps import Traps

SCORE_COORDINATED = 0.9
SCORE_PRONOUN = 0.85
SCORE_HYPHENATED_NAME = 0.7
SCORE_HANS = 0.6
SCORE_REVIEW_WORD = 0.4  # gendered nouns, demonstratives, pronouns in lower-case compounds
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


@dataclass(frozen=True)
class StopList:
    """The stop list in the forms the name pass needs (all case-folded)."""

    words: frozenset[str]  # every word of every entry
    phrases: frozenset[tuple[str, ...]]  # multi-word entries
    exact: frozenset[str]  # single-word entries


class WordPass:
    """One scan of ``text``; :meth:`run` returns the candidates.

    Args:
        text: The text to analyse.
        settings: Operators and review handling.
        stop: The stop list (words that are not name candidates).
    """

    def __init__(
        self,
        text: str,
        settings: Settings,
        stop: StopList,
        memo: dict[str, tuple[bool, ...]] | None = None,
    ) -> None:
        self.text = text
        self.settings = settings
        self.ops = settings.operators
        self.stop = stop
        self.out: list[Candidate] = []
        self._capitals: list[Capital] = []
        self._lower_names: list[tuple[int, int]] = []
        self._brand_words: set[int] = set()  # starts of words in a brand name
        self._digit_words: list[tuple[int, int]] = []  # "noll", "sju": a number read aloud?
        self._names = _handling(settings.name_candidates)
        self._demonstratives = _handling(settings.demonstratives)
        self._nouns = _handling(settings.gendered_nouns)
        self._traps = Traps(text)
        self._memo = memo

    def run(self) -> list[Candidate]:
        lexicon = _LEXICON
        lower_names = gazetteer().lower_case if self._names else frozenset()
        digit_words = DIGIT_WORDS
        for m in _TOKEN.finditer(self.text):
            token = m.group()
            if token.isalpha():
                # Most words are lower-case and in no list: skip them without a call.
                if token in lexicon or not token.islower():
                    self._word(m.start(), m.end(), token)
                elif token in digit_words:
                    self._digit_words.append(m.span())
                elif token in lower_names:
                    self._lower_names.append(m.span())
            else:
                self._compound(m.start(), m.end(), token)
        if len(self._digit_words) >= MIN_SPOKEN_DIGITS:
            self.out.extend(spoken_digits(self.text, self._digit_words))
        if self._names:
            NamePass(
                self.text,
                gazetteer(),
                self.stop.words,
                self.stop.phrases,
                self.stop.exact,
                self.ops.name,
                auto_flags=self._names is _AUTOMATIC,
                memo=self._memo,
            ).run(
                [c for c in self._capitals if c.start not in self._brand_words],
                self._lower_names,
                self._add_name,
            )
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

    def _add_name(
        self, start: int, end: int, score: float, rule: str, replacement: str, auto: bool
    ) -> None:
        self.out.append(Candidate(start, end, Kind.NAME, score, rule, replacement, auto, not auto))

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
            self._demonstrative(start, end, word, folded)
        elif folded in GENDERED_NOUNS:
            self._gendered_noun(start, end, word, folded)
        elif is_capitalised(word):
            if folded in DIGIT_WORDS:
                self._digit_words.append((start, end))  # "Noll sju noll ..."
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
        trap = self._traps.rule(start, end)
        if trap == "brand_name":  # "Hennes & Mauritz": the other name is the brand's too
            self._brand_words.update(self._traps.brand_partners(start, end))
        if trap is not None:
            suggestion = self._edit(word, self._neutral(kind))
            # above a coordinated phrase: a trap is never replaced without a decision
            self._add(start, end, kind, SCORE_COORDINATED + 0.05, trap, suggestion, _FLAG)
            return
        if folded == "hans" and is_capitalised(word):
            initial = is_sentence_start(self.text, start)
            if self._names:  # "Hans Andersson": may open a full name
                self._capitals.append(Capital(start, end, word, initial, pronoun=True))
            if initial:
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

    def _demonstrative(self, start: int, end: int, word: str, folded: str) -> None:
        if not self._demonstratives:
            return
        neutral = demonstrative(self.text, end, folded)
        if neutral is not None:
            suggestion = self._edit(word, neutral)
            self._add(
                start, end, Kind.DEMONSTRATIVE, SCORE_REVIEW_WORD, "demonstrative", suggestion,
                self._demonstratives,
            )  # fmt: skip

    def _gendered_noun(self, start: int, end: int, word: str, folded: str) -> None:
        """A gendered noun, with a neutral suggestion that keeps the grammar (or none)."""
        if not self._nouns:
            return
        neutral = GENDERED_NOUNS[folded]
        placed = neutral_noun(self.text, start, folded, neutral)
        if placed is None:  # "en liten flicka": no replacement is offered
            rule, begin, suggestion, handling = "gendered_noun_no_suggestion", start, word, _FLAG
        else:
            begin, prefix = placed
            rule, handling = "gendered_noun", self._nouns
            suggestion = prefix + self._edit(word, neutral)
        self._add(begin, end, Kind.GENDERED_NOUN, SCORE_REVIEW_WORD, rule, suggestion, handling)

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
            if (noun := GENDERED_NOUNS.get(clean_part.lower())) is not None and self._nouns:
                part_end = part_start + len(part)
                suggestion = self._edit(clean_part, noun)
                self._add(
                    part_start, part_end, Kind.GENDERED_NOUN, SCORE_REVIEW_WORD, "gendered_noun",
                    suggestion, self._nouns,
                )  # fmt: skip

    # -- name candidates

    def _capitalised(self, start: int, end: int, word: str) -> None:
        if self._names and len(word) >= 2:
            self._capitals.append(Capital(start, end, word, is_sentence_start(self.text, start)))

    # -- spoken clitics

    def _clitics(self, handling: tuple[bool, bool]) -> None:
        text = self.text
        for m in _CLITIC.finditer(text):
            start = m.start()
            glued = start > 0 and text[start - 1].isalpha()  # "sa åt'na" → "sa åt hen"
            suggestion = self._edit(m.group()[1:], self.ops.pronoun)
            suggestion = f" {suggestion}" if glued else suggestion
            self._add(start, m.end(), Kind.CLITIC, SCORE_CLITIC, "clitic", suggestion, handling)
