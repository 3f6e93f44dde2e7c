"""The text rules of the guide importer: question numbers, bullets, "Om ja:", hints in
parentheses, several questions on one line. Used by :mod:`app.guide.outline`."""

from __future__ import annotations

import re

QUESTION_RE = re.compile(
    r"^(?:fråga\s+(?P<n1>\d{1,3}[a-z]?)\s*[.):–-]?|(?P<n2>\d{1,3}[a-z]?)\s*[.)](?!\d))\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
BULLET_RE = re.compile(r"^(?:[-–—•·▪◦●■*\uf0b7\uf0a7]\s*|o\s+)(?P<rest>\S.*)$")
LETTER_RE = re.compile(r"^(?P<n>[a-h])\s*[.)]\s+(?P<rest>\S.*)$")
FOLLOW_UPS_RE = re.compile(r"^följdfråg(?:a|or)\b\s*[:–-]?\s*(?P<rest>.*)$", re.IGNORECASE)
BRANCH_RE = re.compile(r"^om\s+(?P<cond>ja|nej)\b\s*[:,–-]\s*(?P<rest>.*)$", re.IGNORECASE)
LABELLED_QUESTION_RE = re.compile(r"^(?P<label>[^:?()\[\]]{1,40}):\s+(?P<rest>\S.*)$")
GUIDE_WORD_RE = re.compile(r"guide\b", re.IGNORECASE)

OPENERS = {"(": ")", "[": "]"}
_CLOSERS = {")": "(", "]": "["}
TERMINATORS = ("?", ".", "!", ":", ")", "]", "…")
HEADING_MAX_CHARS = 60
HEADING_MAX_WORDS = 8


def bracket_depth(text: str) -> int:
    """How many parentheses/brackets are still open at the end of ``text``."""
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
    return depth


def split_trailing_hints(text: str) -> tuple[str, str]:
    """Split "Fråga? (ledtråd)" into ("Fråga?", "ledtråd"). Nested brackets stay in the hint."""
    t = text.strip()
    hints: list[str] = []
    while True:
        core = t[:-1].rstrip() if t.endswith(".") and t[:-1].rstrip()[-1:] in _CLOSERS else t
        if not core or core[-1] not in _CLOSERS:
            break
        start = _matching_open(core)
        if start is None:
            break
        before = core[:start].rstrip()
        if not before:  # the whole text is in brackets: that is the text, not a hint
            break
        hints.insert(0, core[start + 1 : -1].strip())
        t = before
    return t, " ".join(h for h in hints if h)


def _matching_open(text: str) -> int | None:
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in _CLOSERS:
            depth += 1
        elif ch in OPENERS:
            depth -= 1
            if depth == 0:
                return i
    return None


def split_questions(text: str) -> list[tuple[str, str]]:
    """Split "A? (ledtråd) B? C" into [("A?", "ledtråd"), ("B?", ""), ("C", "")]."""
    items: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        elif ch == "?" and depth == 0:
            end = i + 1
            j = end
            while j < len(text) and text[j] == " ":
                j += 1
            if j < len(text) and text[j] in OPENERS:  # a hint right after the question
                d = 0
                for k in range(j, len(text)):
                    if text[k] in OPENERS:
                        d += 1
                    elif text[k] in _CLOSERS:
                        d -= 1
                        if d == 0:
                            end = k + 1
                            break
                else:
                    end = len(text)
            items.append(text[start:end])
            start = i = end
            continue
        i += 1
    items.append(text[start:])
    return [split_trailing_hints(item) for item in items if item.strip()]


def join_parts(parts: list[str]) -> str:
    return " ".join(p for p in parts if p).strip()


def starts_lower(text: str) -> bool:
    return text[:1].isalpha() and text[:1].islower()


def clip(text: str, length: int = 50) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"
