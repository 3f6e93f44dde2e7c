"""Pseudonymise a Word document (.docx): the same document back, with findings replaced.

Every part that can hold text is covered. The stories: the body (with tables, text boxes and
content controls), headers and footers, footnotes, endnotes, comments and the glossary, with
deleted text of tracked changes and field codes. Beside them (:mod:`.docx_parts`): alt text,
field instructions, tooltips, content-control names, bookmark names, comment and
tracked-change authors, ``people.xml``, the core, extended (Company, Manager) and custom
properties, custom XML data, document variables, mail-merge settings, style names and every
external link target ("mailto:...", the attached template's path), since a name there leaks
as much as one in the body. Charts, SmartArt, embedded objects and unknown parts cannot be
rewritten safely: the document is refused, naming the part, unless ``strip_unsupported``
removes them. The file is checked against the limits every .docx Samtal reads shares
(:mod:`app.docx_limits`) before it is unpacked.

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
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import Part, XmlPart
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml  # entities not resolved (no XXE)

from app.docx_limits import DocxLimit, DocxRefused, check_docx_bytes
from app.docx_props import clear_author_fields
from app.errors import SamtalError
from app.pseudonymise import docx_parts
from app.pseudonymise.docx_parts import STORIES, TEXT_PARTS, UnsupportedPart
from app.pseudonymise.engine import Pseudonymiser, is_applied
from app.pseudonymise.model import Finding, Settings
from app.store.atomic_file import write_atomic

__all__ = ["DocumentUnreadable", "DocxFinding", "UnsupportedPart", "pseudonymise_docx"]

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
    *,
    strip_unsupported: bool = False,
    removed: list[str] | None = None,
) -> list[DocxFinding]:
    """Pseudonymise ``source`` into ``target`` (atomically); ``target`` None only analyses.

    Args:
        strip_unsupported: remove charts, SmartArt, embedded objects and unknown parts (and
            what shows them) instead of refusing the document.
        removed: if given, the names of the parts removed are appended to it.

    Raises:
        OSError: ``source`` cannot be read.
        DocxRefused: ``source`` breaks a size or zip-bomb limit (nothing was unpacked).
        DocumentUnreadable: ``source`` is not a readable .docx.
        UnsupportedPart: a part cannot be rewritten safely (its name is the detail).
        DiskFull, ReadOnly, StoreError: ``target`` cannot be written (nothing is left).
    """
    data = source.read_bytes()
    try:
        check_docx_bytes(data)
    except DocxRefused as exc:
        if exc.detail in (DocxLimit.NOT_DOCX, DocxLimit.EMPTY, DocxLimit.OLD_OR_ENCRYPTED):
            raise DocumentUnreadable(str(exc.detail)) from None
        raise
    document = open_document(data)
    unsupported = docx_parts.unsupported_parts(document)
    if unsupported and not strip_unsupported:
        first = unsupported[0]
        raise UnsupportedPart(
            str(first.partname), kind=docx_parts.kind_of(first.content_type), count=len(unsupported)
        )
    gone = docx_parts.strip_parts(document, unsupported)
    docx_parts.drop_thumbnail(document)  # always (a picture of the old first page)
    if removed is not None:
        removed.extend(gone)
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
    stories = [(part, *_xml_of(part)) for part in _parts(document, STORIES)]
    renames, named = docx_parts.bookmark_renames(
        [r for _p, r, _s in stories], pseudonymiser, decisions
    )
    for where, finding, applied in named:
        found.append(DocxFinding(str(stories[0][0].partname), -1, where, finding, applied))
    for part, root, store in stories:
        name = str(part.partname)
        docx_parts.apply_bookmark_renames(root, renames)
        for index, p in enumerate(root.iter(W_P)):
            for where, finding, applied in _paragraph(p, pseudonymiser, decisions):
                found.append(DocxFinding(name, index, where, finding, applied))
        for where, finding, applied in docx_parts.attributes(root, pseudonymiser, decisions):
            found.append(DocxFinding(name, -1, where, finding, applied))
        store()
    for part in _parts(document, TEXT_PARTS):
        root, store = _xml_of(part)
        if part.content_type == CT.OFC_EXTENDED_PROPERTIES:
            results = list(docx_parts.extended_properties(root, pseudonymiser, decisions))
        else:
            where = "custom XML" if part.content_type == "application/xml" else "properties"
            results = [
                *docx_parts.text_nodes(root, where, pseudonymiser, decisions),
                *docx_parts.attributes(root, pseudonymiser, decisions),
            ]
        store()
        found += [DocxFinding(str(part.partname), -1, w, f, a) for w, f, a in results]
    for part in document.part.package.iter_parts():
        for where, finding, applied in docx_parts.external_targets(part, pseudonymiser, decisions):
            found.append(DocxFinding(str(part.partname), -1, where, finding, applied))
    for where, finding, applied in _properties(document, pseudonymiser, decisions):
        found.append(DocxFinding("/docProps/core.xml", -1, where, finding, applied))
    return found


Result = tuple[str, Finding, bool]


def _parts(document: DocumentObject, content_types: frozenset[str]) -> Iterator[Part]:
    for part in document.part.package.iter_parts():
        if part.content_type in content_types:
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
        new, results = docx_parts.analyse_string(el.text, where, pseudonymiser, decisions)
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


def _properties(
    document: DocumentObject, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    props = document.core_properties
    for name in _PROPERTIES:
        value = getattr(props, name)
        if value:
            new, results = docx_parts.analyse_string(value, "properties", pseudonymiser, decisions)
            if new != value:
                setattr(props, name, new)
            yield from results
