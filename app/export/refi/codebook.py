"""``.qdc``: the REFI-QDA codebook on its own, written and read (hierarchy and colours kept).

Written files are validated against ``Codebook.xsd``. Reading is forgiving about what other
tools write (any ``urn:QDA-XML:codebook:*`` version, a missing ``isCodable`` or colour, a
three-digit colour) but safe: no DTDs, no entities, no network, a size limit.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from app.errors import InvalidInput
from app.export.refi.ids import GuidMaker
from app.export.refi.model import Code, CodeSet
from app.export.refi.project_xml import add_codes
from app.export.refi.xml_common import CODEBOOK_NS, colour_or_none, schema_errors, sub

MAX_QDC_BYTES = 20 * 1024 * 1024
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\}?$")
_NS = re.compile(r"^\{urn:QDA-XML:(?:codebook|project):[^}]*\}")


def build_qdc(
    codes: tuple[Code, ...],
    project_id: str,
    origin: str = "Samtal",
    sets: tuple[CodeSet, ...] = (),
) -> bytes:
    """The .qdc document (GUIDs as in the same project's .qdpx), validated."""
    guid = GuidMaker(project_id)
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS})
    root.set("origin", origin)
    if not codes:
        raise InvalidInput("qdc_no_codes")
    add_codes(sub(root, CODEBOOK_NS, "Codes"), CODEBOOK_NS, codes, guid)
    code_keys = {c.key for c in codes}
    if any(s.codes for s in sets):
        sets_el = sub(root, CODEBOOK_NS, "Sets")
        for s in sets:
            if not s.codes:
                continue
            set_el = sub(sets_el, CODEBOOK_NS, "Set", guid=guid("set", s.key), name=s.name)
            if s.description.strip():
                sub(set_el, CODEBOOK_NS, "Description", s.description.strip())
            for key in s.codes:
                if key not in code_keys:
                    raise ValueError("a set with a code that is not in the codebook")
                sub(set_el, CODEBOOK_NS, "MemberCode", guid=guid("code", key))
    errors = schema_errors(root, "Codebook.xsd")
    if errors:
        raise ValueError("the codebook breaks Codebook.xsd at " + ", ".join(errors[:5]))
    result: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return result


def _local(tag: Any) -> str:
    return _NS.sub("", tag) if isinstance(tag, str) else ""


def read_qdc(data: bytes) -> tuple[Code, ...]:
    """The codes of a .qdc, parents before children, each keyed by its GUID (lower case).

    Raises:
        InvalidInput: not a REFI-QDA codebook (``qdc_format``), or one without codes
            (``qdc_no_codes``), or too large (``qdc_too_large``).
    """
    if len(data) > MAX_QDC_BYTES:
        raise InvalidInput("qdc_too_large")
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise InvalidInput("qdc_format") from None
    if _local(root.tag) != "CodeBook" or not str(root.tag).startswith("{urn:QDA-XML:"):
        raise InvalidInput("qdc_format")
    codes: list[Code] = []
    seen: set[str] = set()

    def walk(el: Any, parent: str | None) -> None:
        for child in el:
            if _local(child.tag) != "Code":
                continue
            name = " ".join((child.get("name") or "").split())
            key = _key(child.get("guid"), len(codes), seen)
            description = ""
            for part in child:
                if _local(part.tag) == "Description" and part.text:
                    description = part.text.strip()
            if not name:  # a nameless code: its children move up to its parent
                walk(child, parent)
                continue
            codes.append(
                Code(
                    key=key,
                    name=name,
                    colour=colour_or_none(child.get("color")),
                    description=description,
                    parent=parent,
                    codable=(child.get("isCodable") or "true").strip().lower() != "false",
                )
            )
            walk(child, key)

    for part in root:
        if _local(part.tag) == "Codes":
            walk(part, None)
    if not codes:
        raise InvalidInput("qdc_no_codes")
    return tuple(codes)


def _key(raw: str | None, index: int, seen: set[str]) -> str:
    match = _GUID.match((raw or "").strip())
    key = match.group(1).lower() if match else f"code-{index}"
    while key in seen:  # two codes with one GUID: keep both, apart
        key = f"{key}+"
    seen.add(key)
    return key
