"""Build resources/export/mall.docx, the style template every export starts from.

Real Word styles (Title, Heading 1–3, Quote, Caption, List Bullet), Swedish language on all
text (so Word hyphenates and spell-checks in Swedish), automatic hyphenation, and Word's
"remove personal information on save". Run once after changing the house style:
``python packaging/make_export_template.py``.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.docx_props import clear_author_fields  # noqa: E402

OUT = ROOT / "resources" / "export" / "mall.docx"
LANG = "sv-SE"
FONT = "Calibri"


def _set_lang(rpr: object) -> None:
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # type: ignore[attr-defined]
    lang.set(qn("w:val"), LANG)
    lang.set(qn("w:eastAsia"), LANG)
    lang.set(qn("w:bidi"), "ar-SA")


def _settings_insert(settings: object, tag: str, after: tuple[str, ...]) -> None:
    if settings.find(qn(tag)) is not None:  # type: ignore[attr-defined]
        return
    element = OxmlElement(tag)
    for name in after:
        anchor = settings.find(qn(name))  # type: ignore[attr-defined]
        if anchor is not None:
            anchor.addnext(element)
            return
    settings.insert(0, element)  # type: ignore[attr-defined]


def build() -> bytes:
    doc = Document()
    styles = doc.styles
    # Swedish on the document defaults and on every paragraph/character style
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_lang(rpr)
    for style in styles:
        if style.type in (WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER):
            _set_lang(style.element.get_or_add_rPr())

    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for level, size in ((1, 16), (2, 13), (3, 11.5)):
        h = styles[f"Heading {level}"]
        h.font.name = FONT
        h.font.size = Pt(size)
        h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        h.paragraph_format.space_before = Pt(14 if level == 1 else 10)
        h.paragraph_format.space_after = Pt(4)
        h.paragraph_format.keep_with_next = True
    title = styles["Title"]
    title.font.name = FONT
    title.font.size = Pt(22)
    title.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    quote = styles["Quote"]
    quote.font.name = FONT
    quote.font.italic = True
    quote.font.size = Pt(11)
    quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    quote.paragraph_format.left_indent = Cm(1)
    quote.paragraph_format.right_indent = Cm(1)
    quote.paragraph_format.space_after = Pt(2)
    caption = styles["Caption"]
    caption.font.name = FONT
    caption.font.size = Pt(9)
    caption.font.bold = False
    caption.font.italic = False
    caption.font.color.rgb = RGBColor(0x5A, 0x5A, 0x5A)
    caption.paragraph_format.left_indent = Cm(1)
    caption.paragraph_format.space_after = Pt(10)

    settings = doc.settings.element
    _settings_insert(
        settings, "w:removePersonalInformation", ("w:zoom", "w:view", "w:writeProtection")
    )
    _settings_insert(settings, "w:autoHyphenation", ("w:defaultTabStop",))

    clear_author_fields(doc, all_text=True)
    doc.core_properties.revision = 1
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2.2)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


if __name__ == "__main__":
    data = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(data)
    print(f"{OUT.relative_to(ROOT)}: {len(data)} bytes", file=sys.stderr)
