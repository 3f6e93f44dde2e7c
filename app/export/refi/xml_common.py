"""Small pieces both REFI-QDA files share: names, colours, times, the schemas."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

from lxml import etree

from app.export.refi.text import xml_safe
from app.paths import resource

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"

_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def xsd_datetime(moment: datetime) -> str:
    """``2024-05-01T08:30:00Z`` (naive times are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def colour_or_none(colour: str | None) -> str | None:
    """``#rrggbb`` (a ``#rgb`` is widened), or ``None`` for anything else."""
    if not colour or not _COLOUR.match(colour.strip()):
        return None
    colour = colour.strip().lower()
    if len(colour) == 4:
        colour = "#" + "".join(c * 2 for c in colour[1:])
    return colour


class UniqueNames:
    """Hands out names that differ ignoring case: a repeated name gets " (2)", " (3)", …"""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def __call__(self, name: str) -> str:
        base = " ".join(xml_safe(name).split()) or "?"
        candidate = base
        n = 1
        while candidate.casefold() in self._taken:
            n += 1
            candidate = f"{base} ({n})"
        self._taken.add(candidate.casefold())
        return candidate


def sub(parent: Any, ns: str, tag: str, text: str | None = None, **attrs: str | None) -> Any:
    """Append ``<tag>`` (attributes that are ``None`` are left out)."""
    el = etree.SubElement(parent, f"{{{ns}}}{tag}")
    for name, value in attrs.items():
        if value is not None:
            el.set(name, xml_safe(value))
    if text is not None:
        el.text = xml_safe(text)
    return el


@cache
def _schema(name: str) -> Any:
    return etree.XMLSchema(etree.parse(str(resource("refi_qda", name))))


def schema_errors(root: Any, name: str) -> list[str]:
    """Where ``root`` breaks ``Project.xsd`` or ``Codebook.xsd`` (line and message, no text)."""
    schema = _schema(name)
    if schema.validate(root):
        return []
    return [f"{e.line}: {e.type_name}" for e in schema.error_log]
