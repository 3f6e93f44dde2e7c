"""Every part of a .docx besides the paragraphs' own text (used by :mod:`.docx_io`).

Where a name, a personnummer or an e-mail address can hide in a Word file outside the text:

- attributes in the stories (body, headers, footers, footnotes, endnotes, comments, glossary):
  image alt text (``descr``/``title``, VML ``alt``), field instructions (``w:fldSimple``),
  hyperlink tooltips, content-control names and tags, form-field texts, bookmark names
  (renamed everywhere they are referred to when one holds a finding);
- who wrote what: comment and tracked-change authors and initials, ``people.xml`` (authors and
  their account ids). These are always a person's name, so they are always neutralised
  ("xxx"), whatever the analysis finds, as the core properties' author is;
- the extended properties (``docProps/app.xml``: Company, Manager, titles of parts), the custom
  properties, custom XML data parts, document variables and mail-merge settings, style names:
  every text node (and the values that hold text) is analysed;
- the target of every external relationship (hyperlinks, the attached template's path, ...).

Parts that cannot be rewritten safely (charts, SmartArt, embedded objects and anything this
module does not know) are *unsupported*: :func:`unsupported_parts` names them, and
:func:`strip_parts` removes them together with the drawings and objects that show them. The
first-page thumbnail (a picture of the old text) is always removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn

from app.errors import SamtalError
from app.pseudonymise.engine import Pseudonymiser, apply, is_applied
from app.pseudonymise.model import Finding

Result = tuple[str, Finding, bool]
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
_MC_ALTERNATE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
NEUTRAL_AUTHOR = "xxx"

STORIES = frozenset(
    {
        CT.WML_DOCUMENT_MAIN,
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        CT.WML_DOCUMENT_GLOSSARY,
        CT.WML_HEADER,
        CT.WML_FOOTER,
        CT.WML_FOOTNOTES,
        CT.WML_ENDNOTES,
        CT.WML_COMMENTS,
    }
)
#: XML parts whose every text node is analysed (and attributes named in _TEXT_ATTRIBUTES).
TEXT_PARTS = frozenset(
    {
        CT.OFC_EXTENDED_PROPERTIES,
        CT.OFC_CUSTOM_PROPERTIES,
        "application/xml",  # custom XML data (customXml/item1.xml)
        CT.OFC_CUSTOM_XML_PROPERTIES,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsIds+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtensible+xml",
        CT.WML_SETTINGS,
        CT.WML_STYLES,
    }
)
#: Parts with no text a person typed (formatting, fonts, pictures, the package's own files).
NO_TEXT_PARTS = frozenset(
    {
        CT.OPC_CORE_PROPERTIES,  # handled through python-docx's core properties
        CT.WML_NUMBERING,
        CT.WML_FONT_TABLE,
        CT.WML_WEB_SETTINGS,
        CT.OFC_THEME,
        "application/vnd.ms-word.stylesWithEffects+xml",
        "application/vnd.openxmlformats-officedocument.obfuscatedFont",
        "application/x-fontdata",
        "application/x-font-ttf",
    }
)
_KINDS = (
    ("chart", "diagram"),
    ("diagram", "SmartArt"),
    ("oleObject", "inbäddat objekt"),
    ("package", "inbäddat objekt"),
    ("spreadsheet", "inbäddat objekt"),
    ("presentation", "inbäddat objekt"),
    ("activeX", "ActiveX-kontroll"),
    ("ink", "handskrift"),
    ("vbaProject", "makron"),
)


class UnsupportedPart(SamtalError):
    """A part that cannot be pseudonymised safely; ``detail`` is its name."""

    code = "docx_unsupported_part"


def kind_of(content_type: str) -> str:
    """What a person calls an unsupported part (for the one-line message)."""
    for key, name in _KINDS:
        if key.lower() in content_type.lower():
            return name
    return "okänd del"


def unsupported_parts(document: DocumentObject) -> list[Part]:
    """Parts that cannot be pseudonymised safely, in package order."""
    found = []
    for part in document.part.package.iter_parts():
        ct = part.content_type
        if ct in STORIES or ct in TEXT_PARTS or ct in NO_TEXT_PARTS or ct.startswith("image/"):
            continue
        found.append(part)
    return found


def _drawing_holder(element: Any) -> Any:
    """The outermost drawing, object, picture or alternate-content element around ``element``
    inside its run (what to remove so nothing refers to a removed part)."""
    holder = element
    for ancestor in element.iterancestors():
        tag = ancestor.tag
        if tag in (qn("w:r"), qn("w:p"), qn("w:body")):
            break
        if tag in (qn("w:drawing"), qn("w:object"), qn("w:pict"), _MC_ALTERNATE):
            holder = ancestor
    return holder


def strip_parts(document: DocumentObject, doomed: list[Part]) -> list[str]:
    """Remove ``doomed`` parts: every element that refers to one of them and every
    relationship to them. Returns their names."""
    package = document.part.package
    doomed_ids = {id(p) for p in doomed}
    for part in list(package.iter_parts()):
        for r_id, rel in list(part.rels.items()):
            if rel.is_external or id(rel.target_part) not in doomed_ids:
                continue
            root = getattr(part, "element", None)
            if root is None and part.content_type in STORIES:
                root = None  # footnotes kept as bytes cannot show a chart
            if root is not None:
                for el in list(root.iter()):
                    if any(
                        k.startswith(f"{{{_R_NS}}}") and v == r_id for k, v in el.attrib.items()
                    ):
                        holder = _drawing_holder(el)
                        parent = holder.getparent()
                        if parent is not None:
                            parent.remove(holder)
            del part.rels[r_id]
    for r_id, rel in list(package.rels.items()):
        if not rel.is_external and id(rel.target_part) in doomed_ids:
            del package.rels[r_id]
    return [str(p.partname) for p in doomed]


def drop_thumbnail(document: DocumentObject) -> list[str]:
    """The first-page picture Word may store: it shows the old text, so it always goes."""
    package = document.part.package
    removed = []
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL and not rel.is_external:
            removed.append(str(rel.target_part.partname))
            del package.rels[r_id]
    return removed


# -- analysing strings ---------------------------------------------------------------------------
def analyse_string(
    text: str, where: str, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> tuple[str, list[Result]]:
    findings = pseudonymiser.analyse(text)
    results = [(where, f, is_applied(f, decisions)) for f in findings]
    return apply(text, findings, decisions), results


def _attr_rules() -> dict[str, str]:
    """Attributes (Clark names) that hold text, and where a finding there is reported."""
    w = {
        "w:instr": "field code",
        "w:tooltip": "tooltip",
    }
    return {qn(k): v for k, v in w.items()} | {
        "descr": "alt text",
        "title": "alt text",
        "alt": "alt text",
        "{urn:schemas-microsoft-com:office:office}title": "alt text",
    }


#: A picture's own name (often its file name) sits in ``name`` of these elements.
_PICTURE_NAMES = ("docPr", "cNvPr")


_ATTRS = _attr_rules()
#: ``w:val`` of these elements holds text.
_VAL_ELEMENTS = {
    qn("w:alias"): "content control",
    qn("w:tag"): "content control",
    qn("w:helpText"): "form field",
    qn("w:statusText"): "form field",
    qn("w:default"): "form field",
    qn("w:docVar"): "document variable",
    qn("w:query"): "mail merge",
    qn("w:connectString"): "mail merge",
    qn("w:name"): "style name",  # styles.xml: w:style/w:name (not form-field names: below)
}
_AUTHOR_ATTRS = {qn("w:author"), qn("w:initials"), f"{{{_W15}}}author", f"{{{_W15}}}userId"}


def attributes(
    root: Any, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    """Analyse (and rewrite) every attribute that can hold text in one XML part."""
    val = qn("w:val")
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions
        for key, value in list(el.attrib.items()):
            if key in _AUTHOR_ATTRS:
                _, results = analyse_string(value, "author", pseudonymiser, decisions)
                yield from ((w, f, True) for w, f, _a in results)
                neutral = "x" if key.endswith("initials") else NEUTRAL_AUTHOR
                el.set(key, "" if key.endswith("userId") else neutral)
                continue
            where = _ATTRS.get(key)
            if key == "name" and el.tag.rsplit("}", 1)[-1] in _PICTURE_NAMES:
                where = "alt text"
            if where is None and key == val and el.tag in _VAL_ELEMENTS:
                if el.tag == qn("w:name") and el.getparent().tag != qn("w:style"):
                    continue  # a form field's name is an id, not text
                where = _VAL_ELEMENTS[el.tag]
            if where is None or not value:
                continue
            new, results = analyse_string(value, where, pseudonymiser, decisions)
            if new != value:
                el.set(key, new)
            if where == "style name":  # template style names are English words: no flags
                results = [r for r in results if r[2]]
            yield from results
        if el.tag == f"{{{_W15}}}presenceInfo":
            el.set(f"{{{_W15}}}providerId", "None")


def text_nodes(
    root: Any,
    where: str,
    pseudonymiser: Pseudonymiser,
    decisions: Mapping[str, bool] | None,
) -> Iterator[Result]:
    """Analyse (and rewrite) every text node of a part that is not a story."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("text", "tail"):
            value = getattr(el, attr)
            if value and value.strip():
                new, results = analyse_string(value, where, pseudonymiser, decisions)
                if new != value:
                    setattr(el, attr, new)
                yield from results


_EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
#: Extended properties that name a person or an organisation: always emptied.
_EP_CLEARED = ("Company", "Manager", "HyperlinkBase")
#: Extended properties that may hold a title or a path: analysed.
_EP_ANALYSED = ("Template", "TitlesOfParts", "HeadingPairs")


def extended_properties(
    root: Any, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    """``docProps/app.xml``: Company, Manager and the hyperlink base are emptied (reporting what
    they held); the template's name and the titles of parts are analysed; the application's
    name and the counts are left alone."""
    for child in root:
        local = str(child.tag).removeprefix(_EP)
        if local in _EP_CLEARED:
            if child.text and child.text.strip():
                _, results = analyse_string(child.text, "properties", pseudonymiser, decisions)
                yield from ((w, f, True) for w, f, _a in results)
            child.text = ""
        elif local in _EP_ANALYSED:
            yield from text_nodes(child, "properties", pseudonymiser, decisions)


def external_targets(
    part: Part, pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> Iterator[Result]:
    """Every external relationship: hyperlinks ("mailto:..."), the attached template's path,
    linked pictures and objects."""
    for rel in part.rels.values():
        if rel.is_external:
            where = "hyperlink" if rel.reltype == RT.HYPERLINK else "external link"
            new, results = analyse_string(rel.target_ref, where, pseudonymiser, decisions)
            if new != rel.target_ref:
                rel._target = new  # no public setter; the target is written from this
            yield from results


# -- bookmarks -------------------------------------------------------------------------------------
def bookmark_renames(
    roots: list[Any], pseudonymiser: Pseudonymiser, decisions: Mapping[str, bool] | None
) -> tuple[dict[str, str], list[Result]]:
    """New names for the bookmarks whose names hold a finding, over all stories."""
    renames: dict[str, str] = {}
    results: list[Result] = []
    for root in roots:
        for el in root.iter(qn("w:bookmarkStart")):
            name = el.get(qn("w:name")) or ""
            if not name or name in renames:
                continue
            # Bookmark names join words with "_": analyse them as words (same length).
            _, found = analyse_string(name.replace("_", " "), "bookmark", pseudonymiser, decisions)
            results += found
            if any(applied for _w, _f, applied in found):
                renames[name] = f"samtal_bm{len(renames) + 1}"
    return renames, results


def apply_bookmark_renames(root: Any, renames: dict[str, str]) -> None:
    """Rename bookmarks and every reference to them (hyperlink anchors, field codes)."""
    if not renames:
        return
    name, anchor = qn("w:name"), qn("w:anchor")
    for el in root.iter(qn("w:bookmarkStart")):
        if el.get(name) in renames:
            el.set(name, renames[el.get(name)])
    for el in root.iter(qn("w:hyperlink")):
        if el.get(anchor) in renames:
            el.set(anchor, renames[el.get(anchor)])
    pattern = re.compile(
        r"(?<![\w])("
        + "|".join(re.escape(k) for k in sorted(renames, key=len)[::-1])
        + r")(?![\w])"
    )
    instr = qn("w:instr")
    for el in root.iter(qn("w:instrText"), qn("w:fldSimple")):
        if el.tag == qn("w:fldSimple"):
            value = el.get(instr) or ""
            el.set(instr, pattern.sub(lambda m: renames[m[1]], value))
        elif el.text:
            el.text = pattern.sub(lambda m: renames[m[1]], el.text)
