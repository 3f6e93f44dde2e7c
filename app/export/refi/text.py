"""Source text the way importers count it, and positions carried over to it.

REFI-QDA positions are Unicode code points, first = 0, end exclusive. Importers disagree about
everything around that: a byte-order mark is kept as a character by some, ``\\r\\n`` counts as
one character in some and two in others, and a text in NFD has more code points than the same
text in NFC. So every source text is written as NFC, with ``\\n`` line ends only, without a
BOM, and with the characters XML cannot carry replaced one for one; :class:`NormalisedText`
maps positions in the original text onto that text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

_BOM = "\ufeff"
_REPLACEMENT = "\ufffd"
#: Line breaks other than ``\n`` that some reader treats as one (Python's ``splitlines`` does).
_LINE_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
#: Characters XML 1.0 cannot hold at all (besides lone surrogates): C0 controls but tab and
#: newline, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1b\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 cannot hold replaced by U+FFFD (same length)."""
    text = "".join("\n" if ch in _LINE_BREAKS else ch for ch in text) if _has_break(text) else text
    return _NOT_XML.sub(_REPLACEMENT, text.replace("\r", "\n"))


def _has_break(text: str) -> bool:
    return any(ch in _LINE_BREAKS for ch in text)


def _starts_cluster(ch: str) -> bool:
    """A character NFC will not join to the one before it (Hangul vowels and tails excepted)."""
    return unicodedata.combining(ch) == 0 and not ("\u1160" <= ch <= "\u11ff")


_SPECIAL = re.compile("\r\n?|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class NormalisedText:
    """A text ready to be a REFI-QDA source, and the way back from the original's positions.

    Either ``_deleted`` is set (the common case: only a BOM and the ``\\r`` of each ``\\r\\n``
    were dropped, everything else kept one for one) or ``_lo``/``_hi`` map every boundary.
    """

    text: str
    _length: int  # of the original
    _deleted: tuple[int, ...] | None = None  # original indices of dropped characters
    _lo: tuple[int, ...] = ()  # per original boundary: where a selection may start
    _hi: tuple[int, ...] = ()  # ... and where it may end (differs inside a composed cluster)

    def start(self, position: int) -> int:
        """Where a selection that starts at ``position`` of the original text starts here."""
        self._check(position)
        if self._deleted is not None:
            return position - bisect_left(self._deleted, position)
        return self._lo[position]

    def end(self, position: int) -> int:
        """Where a selection that ends at ``position`` (exclusive) of the original ends here."""
        self._check(position)
        if self._deleted is not None:
            return position - bisect_left(self._deleted, position)
        return self._hi[position]

    def _check(self, position: int) -> None:
        if not 0 <= position <= self._length:
            raise ValueError(f"position {position} outside a text of {self._length}")


def normalise(original: str) -> NormalisedText:
    """NFC, ``\\n`` line ends, no BOM, XML-safe characters; positions mapped (module doc)."""
    deleted: list[int] = []
    if original.startswith(_BOM):
        deleted.append(0)
    pieces: list[str] = []
    pos = 1 if deleted else 0
    for m in _SPECIAL.finditer(original, pos):
        pieces.append(original[pos : m.start()])
        if m.group() == "\r\n":
            deleted.append(m.start())
        pieces.append("\n")
        pos = m.end()
    pieces.append(original[pos:])
    text = _NOT_XML.sub(_REPLACEMENT, "".join(pieces))
    if unicodedata.is_normalized("NFC", text):
        return NormalisedText(text, len(original), tuple(deleted))
    return _cluster_by_cluster(original)


def _cluster_by_cluster(original: str) -> NormalisedText:
    """NFC one cluster at a time, so positions inside a composed cluster can be mapped."""
    pieces: list[str] = []
    lo: list[int] = []
    hi: list[int] = []
    out = 0
    i = 0
    n = len(original)
    while i < n:
        ch = original[i]
        if i == 0 and ch == _BOM:
            lo.append(out)
            hi.append(out)
            i += 1
            continue
        if ch == "\r" and i + 1 < n and original[i + 1] == "\n":
            lo.extend((out, out))  # the boundary inside "\r\n" falls onto the single "\n"
            hi.extend((out, out))
            pieces.append("\n")
            out += 1
            i += 2
            continue
        j = i + 1
        while j < n and not _starts_cluster(original[j]):
            j += 1
        cluster = xml_safe(original[i:j])
        composed = unicodedata.normalize("NFC", cluster)
        if len(composed) == len(cluster):
            lo.extend(range(out, out + len(cluster)))
            hi.extend(range(out, out + len(cluster)))
        else:  # a boundary inside a composed cluster opens before it and closes after it
            lo.extend([out] * len(cluster))
            hi.extend([out] + [out + len(composed)] * (len(cluster) - 1))
        pieces.append(composed)
        out += len(composed)
        i = j
    lo.append(out)
    hi.append(out)
    text = "".join(pieces)
    if text != unicodedata.normalize("NFC", text):
        # NFC joined something across the clusters above (rare scripts): keep the code points
        # as they are rather than guess at positions; the text is still valid and consistent.
        return _without_nfc(original)
    return NormalisedText(text, len(original), None, tuple(lo), tuple(hi))


def _without_nfc(original: str) -> NormalisedText:
    body = original[1:] if original.startswith(_BOM) else original
    skip = len(original) - len(body)
    lo = [0] * skip
    pieces: list[str] = []
    out = 0
    i = 0
    while i < len(body):
        if body[i] == "\r" and body[i + 1 : i + 2] == "\n":
            lo.extend((out, out))
            pieces.append("\n")
            i += 2
        else:
            lo.append(out)
            pieces.append(xml_safe(body[i]))
            i += 1
        out += 1
    lo.append(out)
    return NormalisedText("".join(pieces), len(original), None, tuple(lo), tuple(lo))
