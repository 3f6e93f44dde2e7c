"""The labelled corpus in ``bench/corpus/``: interview notes written for measuring the review
burden, with every name of a person marked ``[[like this]]``.

The corpus is the project's own text (not the seed reports). :func:`load` strips the marks
and returns each text with the spans of its names; :func:`evaluate` runs the engine over it
*without a name list* (the names nobody listed) and counts what a reviewer would face. As
in the app, each paragraph is analysed on its own (:func:`paragraphs`). As
in the app, each paragraph is analysed on its own (:func:`paragraphs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.pseudonymise import Finding, Pseudonymiser

CORPUS = Path(__file__).parent / "corpus"
_MARK = re.compile(r"\[\[(.+?)\]\]")


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    names: tuple[tuple[int, int], ...]  # spans of labelled person names

    @property
    def words(self) -> int:
        return len(self.text.split())


def parse(marked: str, name: str = "") -> Document:
    """A marked text → the plain text and the spans of its ``[[names]]``."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        pieces.append(before)
        length += len(before)
        pieces.append(m.group(1))
        spans.append((length, length + len(m.group(1))))
        length += len(m.group(1))
        pos = m.end()
    pieces.append(marked[pos:])
    return Document(name, "".join(pieces), tuple(spans))


def load() -> list[Document]:
    """Every corpus text, in file-name order."""
    return [
        parse(path.read_text(encoding="utf-8"), path.stem) for path in sorted(CORPUS.glob("*.txt"))
    ]


def paragraphs(documents: list[Document]) -> list[Document]:
    """Each document cut into its lines: the unit the app analyses (a note paragraph)."""
    out: list[Document] = []
    for doc in documents:
        pos = 0
        for i, line in enumerate(doc.text.split("\n")):
            end = pos + len(line)
            spans = tuple((a - pos, b - pos) for a, b in doc.names if pos <= a < end)
            out.append(Document(f"{doc.name}#{i + 1}", line, spans))
            pos = end + 1
    return out


def _overlaps(f: Finding, span: tuple[int, int]) -> bool:
    return f.start < span[1] and span[0] < f.end


@dataclass
class Burden:
    words: int = 0
    names: int = 0
    flags: int = 0  # findings a person must decide (needs_review)
    flags_on_names: int = 0
    name_flags: int = 0  # flags of kind "name" (likely names; not pronoun traps or nouns)
    name_flags_on_names: int = 0
    names_replaced: int = 0  # labelled names covered by an automatic finding
    names_flagged_only: int = 0  # ... only by a flag
    names_lost: int = 0  # covered by nothing: would leave in an export unseen
    wrong_replacements: int = 0  # automatic name findings on no labelled name
    lost: list[str] | None = None  # the lost names (corpus text: made up, fine to print)

    def as_dict(self) -> dict[str, object]:
        per_k = 1000 * self.flags / self.words if self.words else 0.0
        share = self.flags_on_names / self.flags if self.flags else 0.0
        return {
            "words": self.words,
            "names": self.names,
            "flags": self.flags,
            "flags_per_1000_words": round(per_k, 2),
            "flags_that_are_names": self.flags_on_names,
            "share_of_flags_that_are_names": round(share, 3),
            "name_flags_per_1000_words": round(1000 * self.name_flags / self.words, 2)
            if self.words
            else 0.0,
            "share_of_name_flags_that_are_names": round(
                self.name_flags_on_names / self.name_flags, 3
            )
            if self.name_flags
            else 0.0,
            "names_replaced_automatically": self.names_replaced,
            "names_flagged_only": self.names_flagged_only,
            "names_lost": self.names_lost,
            "automatic_name_replacements_on_no_name": self.wrong_replacements,
            "lost": self.lost or [],
        }


def evaluate(documents: list[Document], engine: Pseudonymiser | None = None) -> Burden:
    engine = engine or Pseudonymiser()
    burden = Burden(lost=[])
    for doc in documents:
        findings = engine.analyse(doc.text)
        burden.words += doc.words
        burden.names += len(doc.names)
        flags = [f for f in findings if f.needs_review]
        burden.flags += len(flags)
        on_names = [f for f in flags if any(_overlaps(f, s) for s in doc.names)]
        burden.flags_on_names += len(on_names)
        burden.name_flags += sum(1 for f in flags if f.kind == "name")
        burden.name_flags_on_names += sum(1 for f in on_names if f.kind == "name")
        for span in doc.names:
            covering = [f for f in findings if _overlaps(f, span)]
            if any(f.auto for f in covering):
                burden.names_replaced += 1
            elif covering:
                burden.names_flagged_only += 1
            else:
                burden.names_lost += 1
                assert burden.lost is not None
                burden.lost.append(f"{doc.name}: {doc.text[span[0] : span[1]]}")
        burden.wrong_replacements += sum(
            1
            for f in findings
            if f.auto and f.kind == "name" and not any(_overlaps(f, s) for s in doc.names)
        )
    return burden
