"""Analyse a text into findings, resolve overlaps, apply the accepted ones.

The passes (PSEUDONYMISATION.md): listed names; structured identifiers; coordinated pronoun
phrases; single pronouns; review flags. Every pass proposes candidates; overlaps are then
resolved as Microsoft Presidio does (higher score first, then the longer span), except that
an automatic finding always beats a review flag: a flag that is never accepted must not
keep a pronoun from being replaced.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, MutableMapping

from app.pseudonymise import lexicon
from app.pseudonymise.candidate import Candidate
from app.pseudonymise.identifiers import find_identifiers
from app.pseudonymise.listed_names import NameMatcher, compile_names, name_key, normalise
from app.pseudonymise.model import Finding, Kind, Settings
from app.pseudonymise.words import StopList, WordPass

_CONTEXT_CHARS = 16
# Where a finding's context stops: a line break, or a sentence end before a space.
_SENTENCE_BREAK = re.compile(r"[\n\r\u2028\u2029]|(?<=[.!?…])\s")
_MAY_BREAK = re.compile(r"[\n\r\u2028\u2029.!?…]")
_ENDS_SENTENCE = re.compile(r"[.!?…](?:\s|$)")
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")
_DEFAULT_SETTINGS = Settings()
# Never merged into a better finding they partly overlap (see resolve).
_NOT_MERGED = frozenset({Kind.PRONOUN, Kind.GENITIVE})


class Pseudonymiser:
    """An analyser set up once for a name list, extra stop words and settings.

    Cheap to build (compiled patterns are cached), and reusable for many texts: the
    paragraphs of a document, the quotes of an interview.

    Args:
        names: Names of people to replace (the interview's and the project's lists).
        stop_words: Extra words that are not names (the project's stop list).
        settings: Operators and review handling; the defaults when None.
        numbering: With ``settings.numbered_names``: the person numbers so far, by the
            case-folded name (a listed name's words count as the listed name). New names get
            the next number, in text order, and are added to it: pass the same mapping for
            every text that should share numbers (an interview; the project's listed names).
    """

    def __init__(
        self,
        names: Iterable[str] = (),
        stop_words: Iterable[str] = (),
        settings: Settings | None = None,
        numbering: MutableMapping[str, int] | None = None,
    ) -> None:
        self.settings = settings or _DEFAULT_SETTINGS
        extra = tuple(stop_words)
        self.stop = lexicon.stop_words(lexicon.words_of(extra))
        self._stop_list = StopList(
            self.stop,
            lexicon.stop_phrases(lexicon.phrases_of(extra)),
            lexicon.single_stop_words() | lexicon.words_of(_single(extra)),
        )
        self._names: NameMatcher | None = compile_names(name_key(names), self.stop)
        self.numbering: MutableMapping[str, int] = {} if numbering is None else numbering
        # what each capitalised word is (gazetteer, stop list, dictionary): the same in every
        # text this engine analyses; held in memory only, with the engine
        self._word_memo: dict[str, tuple[bool, ...]] = {}

    def analyse(self, text: str) -> list[Finding]:
        """Every finding in ``text``, without overlaps, in text order."""
        return [
            Finding(
                kind=c.kind,
                start=c.start,
                end=c.end,
                score=c.score,
                rule=c.rule,
                text=text[c.start : c.end],
                replacement=self._replacement(text, c),
                needs_review=c.review,
                auto=c.auto,
                fingerprint=fingerprint(text, c),
            )
            for c in self._resolved(text)
        ]

    def pseudonymise(self, text: str) -> str:
        """``text`` with every automatic finding applied (review flags left as they are).

        The same as ``apply(text, self.analyse(text))``, without building the findings.
        """
        chosen = self._resolved(text)
        if self.settings.numbered_names:  # number every name, as analyse does
            spans = [(c.start, c.end, self._replacement(text, c), c.auto) for c in chosen]
            return _splice(text, ((a, b, r) for a, b, r, auto in spans if auto))
        return _splice(
            text, ((c.start, c.end, self._replacement(text, c)) for c in chosen if c.auto)
        )

    def _resolved(self, text: str) -> list[Candidate]:
        candidates: list[Candidate] = []
        if self._names is not None:
            candidates.extend(self._names.find(text, self.settings.operators.name))
        candidates.extend(find_identifiers(text))
        candidates.extend(WordPass(text, self.settings, self._stop_list, self._word_memo).run())
        return resolve(candidates)

    def _replacement(self, text: str, c: Candidate) -> str:
        replacement = (
            c.replacement if c.replacement is not None else self.settings.operators.for_kind(c.kind)
        )
        if c.kind is Kind.NAME and self.settings.numbered_names:
            genitive = replacement.endswith(":s")
            key = _person_key(text[c.start : c.end], genitive)
            if c.rule in ("listed_name", "listed_name_part") and self._names is not None:
                key = self._names.owner(key)
            number = self.numbering.get(key)
            if number is None:
                number = self.numbering[key] = _next_number(self.numbering)
            replacement = f"[{PERSON_LABEL} {number}]" + (":s" if genitive else "")
        return replacement


PERSON_LABEL = "Person"


def _next_number(numbering: MutableMapping[str, int]) -> int:
    """A mapping that knows more numbers than it holds (the project's) says which is next."""
    next_number = getattr(numbering, "next_number", None)
    if callable(next_number):
        return int(next_number())
    return max(numbering.values(), default=0) + 1


def _single(entries: Iterable[str]) -> Iterable[str]:
    return (e for e in entries if len(e.split()) == 1)


def _person_key(matched: str, genitive: bool) -> str:
    """The key a name is numbered under: its words, case-folded, without a genitive."""
    key = normalise(matched).casefold()
    for ending in (":s", "’s", "'s", "s"):
        if genitive and key.endswith(ending):
            return key[: -len(ending)]
    return key


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, in text order.

    Automatic ones first, then by score, then by length (longer wins), then leftmost. A
    candidate inside a better one is dropped. One that *partly* overlaps better ones is
    merged with them when it is automatic and not a pronoun: the union is replaced (with the
    better one's replacement), so no piece of an identifier or name is left behind
    ("850709-9805a.b@example.se"). Pronouns need no merging: a coordinated phrase that loses
    an overlap falls back to the single pronouns proposed beside it. Nor does a phone number
    that runs into a personnummer: it is a misreading of its digits (and of an amount after
    it), and a real phone number next to it is proposed on its own. With anything else (an
    e-mail glued to it) its digits would be left, and found as a phone number next time.
    """
    order = sorted(candidates, key=order_key)
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Candidate] = []
    for c in order:
        i = bisect_right(starts, c.start)
        lo = i - 1 if i and ends[i - 1] > c.start else i
        hi = i
        while hi < len(starts) and starts[hi] < c.end:
            hi += 1
        if lo < hi:  # overlaps chosen[lo:hi]
            if not c.auto or c.kind in _NOT_MERGED:
                continue
            if c.kind is Kind.PHONE and any(o.kind is Kind.PERSONNUMMER for o in chosen[lo:hi]):
                continue
            if hi - lo == 1 and starts[lo] <= c.start and c.end <= ends[lo]:
                continue  # inside one better finding
            best = chosen[lo]  # chosen[lo:hi] all rank above c; keep the first-ranked one
            for other in chosen[lo + 1 : hi]:
                if order_key(other) < order_key(best):
                    best = other
            c = best._replace(start=min(starts[lo], c.start), end=max(ends[hi - 1], c.end))
            del starts[lo:hi], ends[lo:hi], chosen[lo:hi]
            i = lo
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        chosen.insert(i, c)
    return chosen


def order_key(c: Candidate) -> tuple[bool, float, int, int]:
    """Resolution order: automatic first, higher score, longer, leftmost."""
    return (not c.auto, -c.score, c.start - c.end, c.start)


def fingerprint(text: str, c: Candidate) -> str:
    """A stable id for a finding, the key its review decision is stored under.

    Kind, matched text and up to 16 characters either side, **within its own sentence**
    (cut at a line break or a sentence end) and with runs of spaces as one: so a decision
    survives a paragraph split between sentences, an edit in another sentence or paragraph,
    and a stray double space, while a change in the words right around it asks again. The
    rule that found it is not part of the key (a word found by another rule after an edit
    elsewhere keeps its decision).
    """
    left = text[max(0, c.start - _CONTEXT_CHARS) : c.start]
    right = text[c.end : c.end + _CONTEXT_CHARS]
    if _MAY_BREAK.search(left):
        left = _SENTENCE_BREAK.split(left)[-1]
    if _MAY_BREAK.search(right):
        right = _SENTENCE_BREAK.split(right)[0]
    if _ENDS_SENTENCE.match(text, c.end):
        right = text[c.end]  # "Maryam." keeps its full stop
    key = "\x1f".join(
        (c.kind.value, text[c.start : c.end], _SPACES.sub(" ", left), _SPACES.sub(" ", right))
    )
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def apply(
    text: str, findings: Iterable[Finding], decisions: Mapping[str, bool] | None = None
) -> str:
    """``text`` with findings applied.

    Args:
        text: The text the findings were made from.
        findings: From :func:`analyse` on this very text.
        decisions: Review decisions by :attr:`Finding.fingerprint`: True accepts (applies) a
            finding, False rejects it. Findings without a decision follow ``auto``.

    Raises:
        ValueError: applied findings overlap or do not match ``text`` (stale findings).
            The message carries no text.
    """
    chosen = [f for f in sorted(findings, key=lambda f: f.start) if is_applied(f, decisions)]
    pos = 0
    for f in chosen:
        if f.start < pos or text[f.start : f.end] != f.text:
            raise ValueError("findings overlap or do not match the text")
        pos = f.end
    return _splice(text, ((f.start, f.end, f.replacement) for f in chosen))


def is_applied(finding: Finding, decisions: Mapping[str, bool] | None) -> bool:
    """Whether ``finding`` is applied: its review decision, else :attr:`Finding.auto`."""
    return decisions.get(finding.fingerprint, finding.auto) if decisions else finding.auto


def _splice(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end) span replaced; spans in order, not overlapping."""
    pieces: list[str] = []
    pos = 0
    for start, end, replacement in spans:
        pieces.append(text[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def analyse(
    text: str,
    names: Iterable[str] = (),
    stop_words: Iterable[str] = (),
    settings: Settings | None = None,
) -> list[Finding]:
    """Every finding in ``text`` (see :class:`Pseudonymiser`)."""
    return Pseudonymiser(names, stop_words, settings).analyse(text)


def pseudonymise(
    text: str,
    names: Iterable[str] = (),
    stop_words: Iterable[str] = (),
    settings: Settings | None = None,
) -> str:
    """``text`` with every automatic finding applied; review flags need :func:`apply`."""
    return Pseudonymiser(names, stop_words, settings).pseudonymise(text)
