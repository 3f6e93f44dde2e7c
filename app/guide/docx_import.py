"""Import a question guide from a Word document (.docx).

The document is read into :class:`~app.guide.outline.SourceLine` objects – text, Word
heading level, and the number Word itself would show for an automatic numbered list – and
:mod:`app.guide.outline` turns those into a guide. Nothing is stored here: the caller shows
the guide and its warnings, and saves only when the user says so.

A .docx is a zip file, so it is checked before python-docx sees it, with the limits every
.docx Samtal reads shares (:mod:`app.docx_limits`: file size, members, unpacked size, part
size, compression ratio): a "zip bomb" is refused without unpacking it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.docx_limits import MAX_FILE_BYTES, DocxLimit, DocxRefused, check_docx_bytes
from app.errors import GuideFormatError
from app.guide.outline import ImportedGuide, SourceLine, parse_outline

MAX_LINES = 20_000
#: What the importer says for each limit (Swedish, like the rest of its messages).
_REFUSALS = {
    DocxLimit.EMPTY: "filen är tom",
    DocxLimit.OLD_OR_ENCRYPTED: (
        "filen är ett äldre Word-dokument (.doc) eller lösenordsskyddad"
        " – spara den som .docx utan lösenord"
    ),
    DocxLimit.NOT_DOCX: "filen är inte ett Word-dokument (.docx)",
    DocxLimit.TOO_MANY_PARTS: "dokumentet har för många delar (skadad fil?)",
    DocxLimit.UNPACKED_TOO_BIG: "dokumentet är för stort uppackat (skadad fil?)",
    DocxLimit.PART_TOO_BIG: "dokumentet är för stort för en frågeguide",
    DocxLimit.BOMB: "dokumentet är för stort uppackat (skadad fil?)",
}

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

_HEADING_NAME_RE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = {"title", "rubrik"}
_LIST_STYLE_RE = re.compile(r"^list\s*(?:number|bullet|continue)\s*(\d)$", re.IGNORECASE)
_BULLET_FORMATS = {"bullet", "none"}
_LETTER_FORMATS = {"lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def read_docx_guide(path: str | Path, fallback_title: str | None = None) -> ImportedGuide:
    """Read a guide from a .docx file.

    Args:
        path: the Word file.
        fallback_title: the guide's title when the document has none (default: the file name).

    Raises:
        GuideFormatError: the file is missing, too big, not a .docx, damaged, or has no questions.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise GuideFormatError(_too_big(), 0, p.name)
        data = p.read_bytes()
    except FileNotFoundError:
        raise GuideFormatError("filen finns inte", 0, p.name) from None
    except IsADirectoryError:
        raise GuideFormatError("det är en mapp, inte en fil", 0, p.name) from None
    except OSError as exc:
        raise GuideFormatError(f"kan inte läsas ({exc.strerror})", 0, p.name) from None
    return parse_docx_bytes(data, p.name, fallback_title if fallback_title is not None else p.stem)


def parse_docx_bytes(
    data: bytes, name: str = "", fallback_title: str = "Frågeguide"
) -> ImportedGuide:
    """Read a guide from the bytes of a .docx file. See :func:`read_docx_guide`."""
    lines = docx_lines(data, name)
    try:
        return parse_outline(lines, fallback_title)
    except GuideFormatError as exc:
        raise GuideFormatError(exc.detail, exc.line, name) from None


def docx_lines(data: bytes, name: str = "") -> list[SourceLine]:
    """The document's lines, with heading levels and Word's own list numbers."""
    document = _open_document(data, name)
    body = document.element.body
    styles = _StyleTable(document)
    numbering = _Numbering(_numbering_element(document))
    lines: list[SourceLine] = []
    number = 0
    for p in _paragraphs(body):
        style_id = _pstyle(p)
        level = styles.heading_level(style_id)
        if level is None:
            level = _outline_level(p)
        num_id, ilvl = _num_pr(p)
        if num_id is None:
            num_id, ilvl_style = styles.num_pr(style_id)
            ilvl = ilvl if ilvl is not None else ilvl_style
        kind, label = numbering.next(num_id, ilvl or 0) if num_id else (None, "")
        depth = (ilvl or 0) + styles.list_depth(style_id)
        for i, raw in enumerate(_paragraph_text(p).split("\n")):
            number += 1
            if number > MAX_LINES:
                raise GuideFormatError("dokumentet är för långt för en frågeguide", 0, name)
            text = " ".join(raw.split())
            first = i == 0
            lines.append(
                SourceLine(
                    number,
                    text,
                    heading_level=level if text else None,
                    list_kind=kind if first and text else None,
                    list_number=label if first else "",
                    depth=depth if first else 0,
                )
            )
    return lines


def _too_big() -> str:
    return f"filen är för stor för en frågeguide (högst {MAX_FILE_BYTES // (1024 * 1024)} MB)"


def _open_document(data: bytes, name: str) -> Any:
    try:
        check_docx_bytes(data)
    except DocxRefused as exc:
        message = (
            _too_big() if exc.detail == DocxLimit.TOO_BIG else _REFUSALS[DocxLimit(exc.detail)]
        )
        raise GuideFormatError(message, 0, name) from None
    not_docx = GuideFormatError(_REFUSALS[DocxLimit.NOT_DOCX], 0, name)
    import docx  # python-docx; imported here so the rest of the app loads without it

    try:
        return docx.Document(io.BytesIO(data))
    except GuideFormatError:
        raise
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        if "not a Word file" in str(exc):
            raise not_docx from None
        raise GuideFormatError("dokumentet är skadat och kan inte läsas", 0, name) from None


def _numbering_element(document: Any) -> Any:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        return document.part.part_related_by(RT.NUMBERING).element
    except (KeyError, AttributeError):
        return None


# -- paragraphs and their text ---------------------------------------------------------
def _paragraphs(body: Any) -> Iterator[Any]:
    """Every ``w:p`` in document order: body, tables, content controls (not fallbacks)."""
    skip = {f"{{{_MC}}}Fallback", _w("del"), _w("moveFrom")}
    for p in body.iter(_w("p")):
        if any(a.tag in skip for a in p.iterancestors()):
            continue
        yield p


def _paragraph_text(p: Any) -> str:
    parts: list[str] = []
    stack = list(reversed(list(p)))
    skip = {_w("p"), _w("del"), _w("moveFrom"), _w("instrText"), _w("pPr"), _w("rPr")}
    skip.add(f"{{{_MC}}}Fallback")
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in skip:
            continue
        if tag == _w("t"):
            parts.append(el.text or "")
        elif tag == _w("tab"):
            parts.append(" ")
        elif tag in (_w("br"), _w("cr")):
            parts.append("\n")
        elif tag == _w("noBreakHyphen"):
            parts.append("-")
        else:
            stack.extend(reversed(list(el)))
    return "".join(parts)


def _pstyle(p: Any) -> str | None:
    values = p.xpath("./w:pPr/w:pStyle/@w:val")
    return str(values[0]) if values else None


def _num_pr(p: Any) -> tuple[int | None, int | None]:
    num = p.xpath("./w:pPr/w:numPr/w:numId/@w:val")
    lvl = p.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
    return (_int(num[0]) if num else None, _int(lvl[0]) if lvl else None)


def _outline_level(p: Any) -> int | None:
    values = p.xpath("./w:pPr/w:outlineLvl/@w:val")
    level = _int(values[0]) if values else None
    return level + 1 if level is not None and level < 9 else None


def _int(value: Any) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


class _StyleTable:
    """What a paragraph style says: heading level, list numbering, list depth."""

    def __init__(self, document: Any) -> None:
        self._styles: dict[str, Any] = {}
        try:
            root = document.styles.element
        except Exception:  # a document without a styles part
            return
        for s in root.xpath("./w:style[@w:type='paragraph']"):
            style_id = s.get(_w("styleId"))
            if style_id:
                self._styles[style_id] = s

    def _chain(self, style_id: str | None) -> Iterator[Any]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            s = self._styles[style_id]
            yield s
            based = s.xpath("./w:basedOn/@w:val")
            style_id = str(based[0]) if based else None

    def _name(self, style_id: str | None) -> str:
        for s in self._chain(style_id):
            names = s.xpath("./w:name/@w:val")
            return str(names[0]) if names else style_id or ""
        return style_id or ""

    def heading_level(self, style_id: str | None) -> int | None:
        if not style_id:
            return None
        name = self._name(style_id).strip()
        if name.lower() in _TITLE_NAMES or style_id.lower() in _TITLE_NAMES:
            return 0
        m = _HEADING_NAME_RE.match(name) or _HEADING_NAME_RE.match(style_id)
        if m:
            return int(m.group(1))
        for s in self._chain(style_id):
            values = s.xpath("./w:pPr/w:outlineLvl/@w:val")
            if values:
                level = _int(values[0])
                return level + 1 if level is not None and level < 9 else None
        return None

    def num_pr(self, style_id: str | None) -> tuple[int | None, int | None]:
        for s in self._chain(style_id):
            num = s.xpath("./w:pPr/w:numPr/w:numId/@w:val")
            if num:
                lvl = s.xpath("./w:pPr/w:numPr/w:ilvl/@w:val")
                return _int(num[0]), (_int(lvl[0]) if lvl else None)
        return None, None

    def list_depth(self, style_id: str | None) -> int:
        """ "List Number 2" and "List Bullet 2" are one level in, whatever their ilvl."""
        m = _LIST_STYLE_RE.match(self._name(style_id))
        return max(int(m.group(1)) - 1, 0) if m else 0


class _Numbering:
    """Counts Word's automatic list numbers the way Word shows them.

    Lists that share an abstract definition continue one count, unless a ``w:num`` restarts
    a level with ``w:startOverride`` ("Börja om på 1" in Word).
    """

    def __init__(self, root: Any) -> None:
        self._nums: dict[int, tuple[str, dict[int, int]]] = {}
        self._levels: dict[str, dict[int, tuple[str, int]]] = {}
        self._counts: dict[str, dict[int, int]] = {}
        self._started: set[int] = set()
        if root is None:
            return
        for a in root.findall(_w("abstractNum")):
            levels: dict[int, tuple[str, int]] = {}
            for lvl in a.findall(_w("lvl")):
                ilvl = _int(lvl.get(_w("ilvl"))) or 0
                fmt_el, start_el = lvl.find(_w("numFmt")), lvl.find(_w("start"))
                fmt = fmt_el.get(_w("val")) if fmt_el is not None else "decimal"
                start = _int(start_el.get(_w("val"))) if start_el is not None else 1
                levels[ilvl] = (fmt or "decimal", start if start is not None else 1)
            self._levels[a.get(_w("abstractNumId")) or ""] = levels
        for n in root.findall(_w("num")):
            num_id = _int(n.get(_w("numId")))
            abstract = n.find(_w("abstractNumId"))
            if num_id is None or abstract is None:
                continue
            overrides: dict[int, int] = {}
            for o in n.findall(_w("lvlOverride")):
                start_el = o.find(_w("startOverride"))
                level = _int(o.get(_w("ilvl")))
                value = _int(start_el.get(_w("val"))) if start_el is not None else None
                if level is not None and value is not None:
                    overrides[level] = value
            self._nums[num_id] = (abstract.get(_w("val")) or "", overrides)

    def next(self, num_id: int, ilvl: int) -> tuple[str | None, str]:
        """("number", "3"), ("letter", "b"), ("bullet", "") – or (None, "") for no list."""
        if num_id not in self._nums:
            return None, ""
        abstract, overrides = self._nums[num_id]
        fmt, start = self._levels.get(abstract, {}).get(ilvl, ("decimal", 1))
        if fmt in _BULLET_FORMATS:
            return "bullet", ""
        counts = self._counts.setdefault(abstract, {})
        if num_id not in self._started:
            self._started.add(num_id)
            for level, value in overrides.items():
                counts[level] = value - 1
        value = counts.get(ilvl, start - 1) + 1
        counts[ilvl] = value
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if fmt in _LETTER_FORMATS:
            return "letter", _format_letter(value, fmt)
        return "number", str(value)


def _format_letter(value: int, fmt: str) -> str:
    if "Roman" in fmt:
        numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, n = "", value
        for v, s in numerals:
            while n >= v:
                out, n = out + s, n - v
        return out.upper() if fmt.startswith("upper") else out
    letter = chr(ord("a") + (value - 1) % 26)
    return letter.upper() if fmt.startswith("upper") else letter
