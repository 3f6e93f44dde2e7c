"""Traps: places where replacing a gendered pronoun would break the text. They are flagged
for review instead of replaced.

Collected from ordinary Swedish usage (not from the seed reports):

- suspended compounds: "hon- eller hanhundar", "han- och honkatter", "hon- och hanblommor";
- company and brand names with a pronoun form: "Hennes & Mauritz" (H&M's full name);
- titles of address: "Hans Majestät Konungen", "Hennes Kungliga Höghet", "Hans Excellens";
- text about the words themselves: "orden ”han” och ”hon” ersätts med ”hen”",
  "pronomenet hon";
- quotes in another language where the same letters are a word: Norwegian and Danish
  "han" (he), as in «Han vil ikke ha hjelp».
"""

from __future__ import annotations

import re
from functools import cached_property

from app.pseudonymise.text import HYPHENS

QUOTE_MARKS = "\"'“”„‘’‚«»‹›"
_TITLES = r"(?:majestät|kunglig|kungliga|höghet|excellens|helighet|nåd|eminens)"
# a whole word: "Hans Majestät-Han" is a pronoun and a double name, no title
_TITLE_AFTER = re.compile(
    rf"[ \t\u00a0]+{_TITLES}(?![^\W\d_])(?![{HYPHENS}][^\W\d_])", re.IGNORECASE
)
_AMPERSAND_AFTER = re.compile(r"[ \t\u00a0]*&")
_AMPERSAND_BEFORE = re.compile(r"&[ \t\u00a0]*$")
_PARTNER_AFTER = re.compile(r"[ \t\u00a0]*&[ \t\u00a0]*([^\W\d_]+)")
_PARTNER_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]*&[ \t\u00a0]*$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\"'“”„‘’«»]*$")
# "ordet hon", "pronomenen han och hon": talking about the word
_ABOUT_WORDS = frozenset(
    {"ordet", "orden", "ord", "pronomenet", "pronomenen", "pronomen", "formen", "formerna"}
)
_QUOTED = re.compile(r"[\"“”„«»]([^\"“”„«»\n]{3,800})[\"“”«»]")
_LETTERS = re.compile(r"[^\W\d_]+")
# Frequent words of English, Norwegian/Danish and German that are not Swedish words.
# fmt: off
FOREIGN_WORDS = frozenset((
    "the", "he", "she", "his", "her", "him", "was", "were", "are", "you", "your", "what",
    "this", "that", "with", "have", "has", "had", "it", "of", "they", "them", "said", "says",
    "but", "nobody", "anything", "nothing", "would", "will", "my", "me", "we", "our", "been",
    "very", "there", "their", "when", "where", "why", "how", "who", "which", "can", "could",
    "should", "do", "does", "did", "want", "wants", "because", "about", "to", "is",
    "ikke", "ikkje", "jeg", "eg", "hun", "hva", "hvad", "hvor", "hvordan", "hvorfor", "meg",
    "deg", "seg", "selv", "være", "vil", "hjelp", "hjælp", "også", "fordi", "noe", "noen",
    "mye", "meget", "og", "fra", "kommer", "ich", "nicht", "und", "ist", "das", "sie", "ein",
    "eine", "zu", "auf", "wir", "aber", "sehr", "wie", "mein", "dich", "mich", "sich", "auch",
))
# fmt: on
_MIN_FOREIGN = 2


class Traps:
    """Trap detection for one text (quote spans are found once, when first needed)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def rule(self, start: int, end: int) -> str | None:
        """Why the pronoun at ``text[start:end]`` must not be replaced, or None."""
        text = self.text
        nxt = text[end : end + 1]
        if nxt and nxt in HYPHENS and (end + 1 == len(text) or text[end + 1].isspace()):
            return "suspended_compound"
        # cheap looks first: most pronouns are none of these
        if "&" in text[max(0, start - 4) : end + 4] and (
            _AMPERSAND_AFTER.match(text, end)
            or _AMPERSAND_BEFORE.search(text, max(0, start - 4), start)
        ):
            return "brand_name"
        if nxt.isspace() and text[end + 1 : end + 2].isupper() and _TITLE_AFTER.match(text, end):
            return "title_of_address"
        if start > 0 and text[start - 1] in QUOTE_MARKS and nxt and nxt in QUOTE_MARKS:
            return "word_about_word"
        window = text[max(0, start - 24) : start].casefold()
        if any(w in window for w in ("ord", "pronomen", "form")):
            before = _WORD_BEFORE.search(text, max(0, start - 24), start)
            if before and before.group(1).casefold() in _ABOUT_WORDS:
                return "word_about_word"
        if self._in_foreign_quote(start):
            return "foreign_quote"
        return None

    def brand_partners(self, start: int, end: int) -> list[int]:
        """Starts of the words joined to the pronoun at ``start`` by "&" ("Mauritz")."""
        found = []
        after = _PARTNER_AFTER.match(self.text, end)
        if after:
            found.append(after.start(1))
        before = _PARTNER_BEFORE.search(self.text, max(0, start - 40), start)
        if before:
            found.append(before.start(1))
        return found

    @cached_property
    def _foreign_quotes(self) -> list[tuple[int, int]]:
        spans = []
        for m in _QUOTED.finditer(self.text):
            words = [w.casefold() for w in _LETTERS.findall(m.group(1))]
            foreign = sum(1 for w in words if w in FOREIGN_WORDS)
            if foreign >= _MIN_FOREIGN and foreign * 4 >= len(words):
                spans.append((m.start(1), m.end(1)))
        return spans

    @cached_property
    def _has_quotes(self) -> bool:
        return any(q in self.text for q in '"“”„«»')

    def _in_foreign_quote(self, pos: int) -> bool:
        if not self._has_quotes:
            return False
        return any(a <= pos < b for a, b in self._foreign_quotes)
