"""An interview as one text for a QDA tool, and positions carried through pseudonymisation.

The text is laid out by question, as the Word transcript is: section headings, the question,
the closed answer, the note's paragraphs, the quotes (each in ”…”), a blank line; the general
note last. Every piece goes through the same pseudonymiser as the Word exports, a whole note
at a time (the unit the review looked at).

Pseudonymisation changes lengths ("Kalle" → "xxx"), so a tagged passage's offsets in the note
are carried over to the pseudonymised note by :class:`Rebase`: the two texts are compared
token by token (words, spaces, punctuation); unchanged stretches map one to one and a changed
stretch maps as a whole, so a passage that starts or ends on a replaced name takes the whole
replacement.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def _tokens(text: str) -> tuple[list[str], list[int]]:
    tokens = _TOKEN.findall(text)
    starts = [0]
    for t in tokens:
        starts.append(starts[-1] + len(t))
    return tokens, starts


_WINDOW = 3
_REACH = 64


def _rejoin(a: list[str], b: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The nearest (i', j') past a mismatch at (i, j) where the next tokens agree again."""
    for distance in range(1, 2 * _REACH + 1):
        for k in range(max(0, distance - _REACH), min(distance, _REACH) + 1):
            ii, jj = i + k, j + distance - k
            if ii > len(a) or jj > len(b):
                continue
            window = min(_WINDOW, len(a) - ii, len(b) - jj)
            if window == 0:
                if ii == len(a) and jj == len(b):
                    return ii, jj
                continue
            if a[ii : ii + window] == b[jj : jj + window] and (
                window == _WINDOW or (ii + window == len(a) and jj + window == len(b))
            ):
                return ii, jj
    return None


class Rebase:
    """Maps positions in ``before`` onto ``after`` (see the module docstring).

    Pseudonymisation never adds or removes a line break, so the lines are paired first and
    only the lines that changed are compared token by token (comparing whole notes at once
    is quadratic in the repeated tokens, seconds per note).
    """

    def __init__(self, before: str, after: str) -> None:
        # (start in before, end in before, start in after, end in after, equal?)
        self._blocks: list[tuple[int, int, int, int, bool]] = []
        old_lines, new_lines = before.split("\n"), after.split("\n")
        if len(old_lines) == len(new_lines):
            a_at = b_at = 0
            for old, new in zip(old_lines, new_lines, strict=True):
                if old == new:
                    self._blocks.append(
                        (a_at, a_at + len(old) + 1, b_at, b_at + len(new) + 1, True)
                    )
                else:
                    self._diff(old, new, a_at, b_at)
                    self._blocks.append(
                        (
                            a_at + len(old),
                            a_at + len(old) + 1,
                            b_at + len(new),
                            b_at + len(new) + 1,
                            True,
                        )
                    )
                a_at += len(old) + 1
                b_at += len(new) + 1
        else:
            self._diff(before, after, 0, 0)
        self._starts = [blk[0] for blk in self._blocks]
        self._length = len(before)

    def _diff(self, before: str, after: str, a_off: int, b_off: int) -> None:
        """Token blocks of one changed line: equal runs, and the replacements between them.

        Replacements are short (a name, a pronoun phrase, an identifier), so after a mismatch
        the two sides are re-joined at the nearest point where the next ``_WINDOW`` tokens
        agree; only if there is none within ``_REACH`` tokens does difflib take the rest.
        """
        a, a_at = _tokens(before)
        b, b_at = _tokens(after)

        def block(i1: int, i2: int, j1: int, j2: int, equal: bool) -> None:
            if i1 < i2 or j1 < j2:
                self._blocks.append(
                    (a_off + a_at[i1], a_off + a_at[i2], b_off + b_at[j1], b_off + b_at[j2], equal)
                )

        i = j = 0
        while i < len(a) and j < len(b):
            i0, j0 = i, j
            while i < len(a) and j < len(b) and a[i] == b[j]:
                i += 1
                j += 1
            block(i0, i, j0, j, True)
            if i == len(a) or j == len(b):
                break
            rejoin = _rejoin(a, b, i, j)
            if rejoin is None:
                matcher = SequenceMatcher(None, a[i:], b[j:], autojunk=False)
                for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                    block(i + i1, i + i2, j + j1, j + j2, tag == "equal")
                return
            block(i, rejoin[0], j, rejoin[1], False)
            i, j = rejoin
        block(i, len(a), j, len(b), False)

    def _block(self, pos: int) -> tuple[int, int, int, int, bool] | None:
        if not 0 <= pos <= self._length:
            raise ValueError(f"position {pos} outside a text of {self._length}")
        i = bisect_right(self._starts, pos) - 1
        while i >= 0 and self._blocks[i][0] == self._blocks[i][1] and self._blocks[i][0] == pos:
            i -= 1  # an insertion at pos: belongs to neither side
        return self._blocks[i] if i >= 0 else None

    def start(self, pos: int) -> int:
        block = self._block(pos)
        if block is None:
            return 0
        a1, a2, b1, b2, equal = block
        if pos >= a2:
            return b2
        return b1 + (pos - a1) if equal else b1

    def end(self, pos: int) -> int:
        block = self._block(pos)
        if block is None:
            return 0
        a1, a2, b1, b2, equal = block
        if pos == a1:
            return b1
        if pos >= a2:
            return b2
        return b1 + (pos - a1) if equal else b2


@dataclass
class Layout:
    """A text being laid out, with the offsets of what was put where."""

    parts: list[str] = field(default_factory=list)
    length: int = 0

    def add(self, text: str) -> tuple[int, int]:
        """Append ``text``; return where it landed."""
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def line(self, text: str) -> tuple[int, int]:
        """Append ``text`` as a line of its own (line breaks inside become spaces)."""
        span = self.add(" ".join(text.split("\n")))
        self.add("\n")
        return span

    @property
    def text(self) -> str:
        return "".join(self.parts)
