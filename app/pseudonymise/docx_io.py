"""Pseudonymise a Word document (.docx): the same document back, with findings replaced.

Every story is covered: the body (with tables, text boxes and content controls), headers and
footers, footnotes, endnotes and comments, and also deleted text of tracked changes, field
codes, external hyperlink targets ("mailto:...") and the title/subject/keywords/comments
properties, since a name there leaks as much as one in the body.

Paragraph by paragraph, the text of the paragraph's runs is joined (tabs and breaks as
``\\t``/``\\n``), analysed as one string and the accepted findings are written back. A match
that spans runs ("Ann" bold + "a" plain) is written into the run where it starts, and the
other runs lose only the matched characters; runs without a match are not touched, so their
formatting stays as it was.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml  # entities not resolved (no XXE)

from app.docx_props import clear_author_fields
from app.errors import SamtalError
from app.pseudonymise.engine import Pseudonymiser, apply, is_applied
from app.pseudonymise.model import Finding, Settings
from app.store.atomic_file import write_atomic

W_P = qn("w:p")
W_R = qn("w:r")
W_T = qn("w:t")
W_DEL_TEXT = qn("w:delText")
W_INSTR_TEXT = qn("w:instrText")
XML_SPACE = qn("xml:space")
# Run content that is a character of the paragraph's text without being a w:t.
_CHARACTERS = {
    qn("w:tab"): "\t",
    qn("w:br"): "\n",
    qn("w:cr"): "\n",
    qn("w:noBreakHyphen"): "\u2011",
    qn("w:softHyphen"): "\u00ad",
}
_STORIES = frozenset(
    {
        CT.WML_DOCUMENT_MAIN,
        CT.WML_HEADER,
        CT.WML_FOOTER,
        CT.WML_FOOTNOTES,
        CT.WML_ENDNOTES,
        CT.WML_COMMENTS,
    }
)
_PROPERTIES = ("title", "subject", "keywords", "comments", "category")


class DocumentUnreadable(SamtalError):
    """The file is not a Word document python-docx can open (damaged, encrypted, other)."""

    code = "docx_unreadable"


@dataclass(frozen=True)
class DocxFinding:
    """A finding in a document.

    Attributes:
        part: The part it is in (``/word/document.xml``, ``/word/header1.xml``, ...).
        paragraph: Index of the paragraph in that part, in document order (-1 outside one).
        where: ``"text"``, ``"deleted text"``, ``"field code"``, ``"hyperlink"`` or
            ``"properties"``.
        finding: Offsets are into the paragraph's text (or the string at ``where``).
        applied: Whether it was replaced.
    """

    part: str
    paragraph: int
    where: str
    finding: Finding
    applied: bool


def pseudonymise_docx(
    source: Path,
    target: Path | None,
    names: Iterable[str] = (),
    stop_words: Iterable[str] = (),
    settings: Settings | None = None,
    decisions: Mapping[str, bool] | None = None,
) -> list[DocxFinding]:
    """Pseudonymise ``source`` into ``target`` (atomically); ``target`` None only analyses.

    Raises:
        OSError: ``source`` cannot be read.
        DocumentUnreadable: ``source`` is not a readable .docx.
        DiskFull, ReadOnly, StoreError: ``target`` cannot be written (nothing is left).
    """
    document = open_document(source.read_bytes())
    found = pseudonymise_document(document, Pseudonymiser(names, stop_words, settings), decisions)
    if target is not None:
        # Who wrote or last saved the file is a person's name: never carried into the output.
        clear_author_fields(document)
        buffer = io.BytesIO()
        document.save(buffer)
        write_atomic(target, buffer.getvalue())
    return found


def open_document(data: bytes) -> DocumentObject:
    """A python-docx document from the bytes of a .docx file."""
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip, XML, package and content-type errors alike
        raise DocumentUnreadable(type(exc).__name__) from None


def pseudonymise_document(
    document: DocumentObject,
    pseudonymiser: Pseudonymiser,
    decisions: Mapping[str, bool] | None = None,
) -> list[DocxFinding]:
    """Pseudonymise ``document`` in place; returns every finding, applied or not."""
    found: list[DocxFinding] = []
    for part in _story_parts(document):
        root, store = _xml_of(part)
        name = str(part.partname)
        for index, p in enumerate(root.iter(W_P)):
            for where, finding, applied in _paragraph(p, pseudonymiser, decisions):
                found.append(DocxFinding(name, index, where, finding, applied))
        store()
        for where, finding, applied in _hyperlinks(part, pseudonymiser, decisions):
            found.append(DocxFinding(name, -1, where, finding, applied))
    for where, finding, applied in _properties(document, pseudonymiser, decisions):
        found.append(DocxFinding("/docProps/core.xml", -1, where, finding, applied))
    return found


Result = tuple[str, Finding, bool]


def _story_parts(document: DocumentObject) -> Iterator[Part]:
    for part in document.part.package.iter_parts():
        if part.content_type in _STORIES:
            yield part


def _xml_of(part: Part) -> tuple[Any, Callable[[], None]]:
    """The root element of a part, and how to store changes made to it."""
    if isinstance(part, XmlPart):
        return part.element, lambda: None
    # python-docx has no class for footnotes/endnotes: they stay bytes until we parse them,
    # and go back as bytes (there is no public setter for a plain part's blob).
    root = parse_xml(part.blob)

    def store() -> None:
        part._blob = serialize_part_xml(root)

    return root, store


def _owned(element: Any, p: Any) -> bool:
    """Whether ``element`` belongs to paragraph ``p`` itself, not to one nested in it."""
    return next(element.iterancestors(W_P), None) is p


def _paragraph(
    p: Any, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    segments: list[tuple[Any, str]] = []
    others: list[Any] = []  # deleted text and field codes: each analysed on its own
    for el in p.iter(W_T, W_DEL_TEXT, W_INSTR_TEXT, *_CHARACTERS):
        if not _owned(el, p):
            continue
        if el.tag == W_T:
            segments.append((el, el.text or ""))
        elif el.tag in _CHARACTERS:
            if el.getparent().tag == W_R:  # not a tab stop in the paragraph's properties
                segments.append((el, _CHARACTERS[el.tag]))
        elif el.text:
            others.append(el)
    text = "".join(s for _, s in segments)
    if text.strip():
        findings = pseudonymiser.analyse(text)
        applied = [is_applied(f, decisions) for f in findings]
        _write_back(segments, [f for f, a in zip(findings, applied, strict=True) if a])
        for f, a in zip(findings, applied, strict=True):
            yield "text", f, a
    for el in others:
        where = "deleted text" if el.tag == W_DEL_TEXT else "field code"
        new, results = _analyse_string(el.text, where, pseudonymiser, decisions)
        if new != el.text:
            _set_text(el, new)
        yield from results


def _write_back(segments: list[tuple[Any, str]], findings: list[Finding]) -> None:
    """Replace each finding's span across the segments, right to left."""
    starts: list[int] = []
    pos = 0
    for _, s in segments:
        starts.append(pos)
        pos += len(s)
    for f in reversed(findings):
        first = bisect_right(starts, f.start) - 1
        touched = []
        k = first
        while k < len(segments) and starts[k] < f.end:
            if starts[k] + len(segments[k][1]) > f.start:
                touched.append(k)
            k += 1
        target = next((k for k in touched if segments[k][0].tag == W_T), None)
        if target is None:  # cannot happen: findings hold letters or digits, which are in w:t
            continue
        for k in touched:
            el, original = segments[k]
            if el.tag != W_T:  # a tab, break or hyphen inside the span goes with it
                el.getparent().remove(el)
                continue
            lo = max(f.start - starts[k], 0)
            hi = min(f.end - starts[k], len(original))
            # Findings to the right were written already; the text before ``hi`` is as it was.
            current = el.text or ""
            _set_text(el, current[:lo] + (f.replacement if k == target else "") + current[hi:])


def _set_text(t: Any, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(XML_SPACE, "preserve")


def _analyse_string(
    text: str, where: str, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> tuple[str, list[Result]]:
    findings = pseudonymiser.analyse(text)
    results = [(where, f, is_applied(f, decisions)) for f in findings]
    return apply(text, findings, decisions), results


def _hyperlinks(
    part: Part, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    for rel in part.rels.values():
        if rel.is_external and rel.reltype == RT.HYPERLINK:
            new, results = _analyse_string(rel.target_ref, "hyperlink", pseudonymiser, decisions)
            if new != rel.target_ref:
                rel._target = new  # no public setter; the target is written from this
            yield from results


def _properties(
    document: DocumentObject, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    props = document.core_properties
    for name in _PROPERTIES:
        value = getattr(props, name)
        if value:
            new, results = _analyse_string(value, "properties", pseudonymiser, decisions)
            if new != value:
                setattr(props, name, new)
            yield from results
