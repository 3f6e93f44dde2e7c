"""Findings, kinds and settings of the pseudonymisation engine.

A :class:`Finding` is a span of the analysed text with the kind of thing found, a score, the
rule that found it and the text that would replace it, as in Microsoft Presidio. The operators
(what replaces each kind) and the handling of review flags are project settings.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from typing import Any, Literal, get_args

from app.errors import InvalidInput


class Kind(StrEnum):
    """What a finding is. The value is stable: it is stored with review decisions."""

    PRONOUN = "pronoun"  # han, hon, honom, henne, henom
    GENITIVE = "genitive"  # hans, hennes
    NAME = "name"  # a listed name, a name candidate, "Hans-Erik"
    PERSONNUMMER = "personnummer"  # also samordningsnummer
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"  # street address, postcode + town, lgh, box
    DEMONSTRATIVE = "demonstrative"  # denne, denna, dennes, dennas (review only)
    CLITIC = "clitic"  # spoken 'an, 'na (review only)
    GENDERED_NOUN = "gendered_noun"  # mamma, pappa, son, dotter, ... (review only)


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of the analysed text.

    Attributes:
        kind: What was found.
        start: Offset of the first character (``str`` index into the analysed text).
        end: Offset after the last character.
        score: Confidence, 0..1; overlaps are resolved by score, then length.
        rule: Which rule found it (``"pronoun"``, ``"listed_name"``, ``"personnummer"``, ...),
            so a review view can show *why*.
        text: The matched text (``text[start:end]``). Kept out of ``repr`` so that a finding
            that reaches a log does not carry content.
        replacement: What replaces the span when the finding is applied.
        needs_review: A person should look at it before export.
        auto: Applied by :func:`pseudonymise` and by :func:`apply` unless a decision rejects
            it. Review flags are ``auto=False``: applied only when accepted. Some findings are
            both (sentence-initial "Hans": replaced by default, but shown for review).
        fingerprint: Stable id of the finding: a hash of kind, matched text and a few
            characters of context either side within its sentence (``engine.fingerprint``).
            A review decision stored under it applies to the same finding next time, even
            if text elsewhere changed or the paragraph was split. Two occurrences with the
            same words around them share a fingerprint (and a decision).
    """

    kind: Kind
    start: int
    end: int
    score: float
    rule: str
    text: str = field(repr=False)
    replacement: str
    needs_review: bool
    auto: bool
    fingerprint: str

    @property
    def offers_replacement(self) -> bool:
        """False for a finding shown only to be kept or edited by hand ("en liten flicka":
        no replacement keeps the grammar)."""
        return self.replacement != self.text

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (with the matched text: for output the user asked for)."""
        return {
            "kind": str(self.kind),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "replacement": self.replacement,
            "rule": self.rule,
            "score": self.score,
            "needs_review": self.needs_review,
            "auto": self.auto,
            "fingerprint": self.fingerprint,
        }


Mode = Literal["flag", "replace", "off"]
"""How a review category is handled: flagged for review (default), replaced without review,
or not looked for at all."""

_MODES: tuple[str, ...] = get_args(Mode)
_MAX_OPERATOR_CHARS = 40
# A replacement must never itself be something the engine replaces, or pseudonymising twice
# would change the text again (and a gendered pronoun could come back).
_UNSAFE_OPERATOR = re.compile(
    r"(?<![^\W\d_])(?:han|hon|honom|henne|henom|hans|hennes)(?![^\W\d_])|\d", re.I
)


@dataclass(frozen=True)
class Operators:
    """What replaces each kind of finding (the defaults follow the report convention)."""

    pronoun: str = "hen"
    genitive: str = "hens"
    name: str = "xxx"
    personnummer: str = "[personnummer]"
    phone: str = "[telefonnummer]"
    email: str = "[e-post]"
    address: str = "[adress]"

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if (
                not isinstance(value, str)
                or not value.strip()
                or len(value) > _MAX_OPERATOR_CHARS
                or not value.isprintable()
                or _UNSAFE_OPERATOR.search(value)
            ):
                raise InvalidInput("pseudonymise_operator", key=f.name)

    def for_kind(self, kind: Kind) -> str:
        """The replacement for ``kind`` (review-only kinds have word-specific suggestions)."""
        return str(getattr(self, kind.value, ""))


@dataclass(frozen=True)
class Settings:
    """A project's pseudonymisation settings.

    Attributes:
        operators: Replacement per kind.
        mark_edits: Write pronoun replacements as "[hen]"/"[hens]", the research convention
            for marking an edit inside a verbatim quote.
        numbered_names: Write names as "[Person 1]", "[Person 2]"... instead of the name
            operator, the same number for the same name (see ``Pseudonymiser``).
        name_candidates: Capitalised words that may be names.
        demonstratives: denne/denna/dennes/dennas.
        clitics: Spoken 'an, 'na.
        gendered_nouns: mamma, pappa, son, dotter, kvinnan, mannen, ...
    """

    operators: Operators = field(default_factory=Operators)
    mark_edits: bool = False
    numbered_names: bool = False
    name_candidates: Mode = "flag"
    demonstratives: Mode = "flag"
    clitics: Mode = "flag"
    gendered_nouns: Mode = "flag"

    def __post_init__(self) -> None:
        for key in ("mark_edits", "numbered_names"):
            if not isinstance(getattr(self, key), bool):
                raise InvalidInput("pseudonymise_setting", key=key)
        for key in ("name_candidates", "demonstratives", "clitics", "gendered_nouns"):
            if getattr(self, key) not in _MODES:
                raise InvalidInput("pseudonymise_setting", key=key)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Settings:
        """Build from the ``"pseudonymise"`` section of a project's settings.

        Unknown keys are ignored (a newer Samtal may have written them); known keys with a
        wrong type or value raise.

        Raises:
            InvalidInput: a known key has a bad value (``params['key']`` names it).
        """
        if not isinstance(data, Mapping):
            raise InvalidInput("pseudonymise_setting", key="pseudonymise")
        ops = data.get("operators", {})
        if not isinstance(ops, Mapping):
            raise InvalidInput("pseudonymise_setting", key="operators")
        known_ops = {f.name for f in fields(Operators)}
        kwargs: dict[str, Any] = {
            "operators": Operators(**{k: v for k, v in ops.items() if k in known_ops})
        }
        known = {f.name for f in fields(cls)} - {"operators"}
        kwargs.update({k: v for k, v in data.items() if k in known})
        return cls(**kwargs)

    @classmethod
    def from_project_settings(cls, project_settings: Mapping[str, Any]) -> Settings:
        """Build from a project's whole settings dict (``audit.settings``)."""
        return cls.from_dict(project_settings.get("pseudonymise") or {})

    def to_dict(self) -> dict[str, Any]:
        """The ``"pseudonymise"`` section of a project's settings (inverse of :meth:`from_dict`)."""
        return asdict(self)
