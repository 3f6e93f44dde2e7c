"""Word documents written the ways real question guides are written, built with python-docx.

(a) :func:`seed_docx` – the seed report's appendix typed as plain paragraphs, line by line
    exactly as in the seed text (lines 969–1056), or with each block as one paragraph with
    manual line breaks (Shift+Enter).
(b) :func:`styled_docx` – Word's own numbered lists ("List Number", restarted per section),
    "List Bullet" follow-ups, Title and Heading styles.
(c) :func:`bracket_docx` – plain paragraphs in another hand: "Fråga 1:", "1)", "a)", hints
    in [brackets], "Om ja:"/"Om nej:" with • bullets, short headings without a colon.
"""

from __future__ import annotations

from pathlib import Path

import docx

from app.docx_props import clear_author_fields

REPO = Path(__file__).parents[2]
#: Lines 969–1056 of seeds/brukarrevision-ekonomiskt-bistand-uppsala-2022.txt, unchanged
#: (text extracted from the report's PDF, so the line wraps and stray spaces are the report's).
SEED_APPENDIX = REPO / "tests" / "fixtures" / "seed-guide-appendix.txt"
SEED_JSON = REPO / "resources" / "guides" / "ekonomiskt-bistand.json"


def seed_guide_lines() -> list[str]:
    """Lines 969–1056 of the seed report: the guide, from "2. Frågeguide" to "Övrigt: …"."""
    lines = SEED_APPENDIX.read_text(encoding="utf-8").splitlines()
    assert lines[0].strip().startswith("2. Frågeguide"), lines[0]
    assert lines[-1].startswith("Övrigt:"), lines[-1]
    return lines


def _neutral(document: docx.document.Document) -> None:
    clear_author_fields(document)
    document.core_properties.comments = ""


def seed_docx(path: Path, *, soft_breaks: bool = False) -> Path:
    document = docx.Document()
    _neutral(document)
    lines = seed_guide_lines()
    if not soft_breaks:
        for line in lines:
            document.add_paragraph(line)
    else:
        block: list[str] = []
        for line in [*lines, ""]:
            if line.strip():
                block.append(line)
            elif block:
                document.add_paragraph("\n".join(block))
                block = []
                document.add_paragraph("")
    document.save(path)
    return path


def _restart_numbering(
    document: docx.document.Document, paragraph: object, style_num_id: int
) -> int:
    """Give ``paragraph`` a new list instance that starts at 1, as Word's "Börja om på 1"."""
    numbering = document.part.numbering_part.element
    abstract_id = numbering.num_having_numId(style_num_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    _set_num(paragraph, num.numId)
    return int(num.numId)


def _set_num(paragraph: object, num_id: int, ilvl: int = 0) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()  # type: ignore[attr-defined]
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def _style_num_id(document: docx.document.Document, style: str) -> int:
    return int(document.styles[style].element.pPr.numPr.numId.val)


def styled_docx(path: Path) -> Path:
    d = docx.Document()
    _neutral(d)
    list_num = _style_num_id(d, "List Number")
    d.add_paragraph("Samtalsguide Boendestöd", style="Title")
    d.add_paragraph("Guiden används i samtal med personer som har boendestöd.")
    d.add_heading("Om stödet", level=1)
    d.add_paragraph("Vi börjar med några frågor om hur stödet ser ut i dag.")
    p = d.add_paragraph("Hur ofta kommer boendestödjaren till dig?", style="List Number")
    num = _restart_numbering(d, p, list_num)
    p = d.add_paragraph("Vet du vad stödet ska hjälpa dig med?", style="List Number")
    _set_num(p, num)
    d.add_paragraph("Vem har berättat det för dig?", style="List Bullet")
    d.add_paragraph("Står det i din genomförandeplan?", style="List Bullet")
    p = d.add_paragraph("Får du vara med och bestämma vad ni gör tillsammans?", style="List Number")
    _set_num(p, num)
    d.add_paragraph("(ge exempel: städning, inköp, ekonomi, kontakter)")
    d.add_heading("Förändringar", level=1)
    p = d.add_paragraph("Har du bytt boendestödjare det senaste året?", style="List Number")
    num = _restart_numbering(d, p, list_num)
    d.add_paragraph("Om ja:")
    d.add_paragraph("Hur fick du veta det?", style="List Bullet 2")
    d.add_paragraph(
        "Hur var det att börja om med en ny person? (tillit, att berätta allt igen)",
        style="List Bullet 2",
    )
    d.add_paragraph("Om nej:")
    d.add_paragraph("Skulle du vilja byta?", style="List Bullet 2")
    d.add_heading("Avslutning", level=1)
    # No restart here: Word goes on counting from the section before and shows "2".
    p = d.add_paragraph("Har du något mer du vill berätta?", style="List Number")
    _set_num(p, num)
    d.save(path)
    return path


BRACKET_TEXT = """\
Intervjuguide – Daglig verksamhet
Guiden används vid samtal med deltagare i daglig verksamhet.

Inledning
Fråga 1: Hur länge har du varit på din dagliga verksamhet? [fråga gärna om tidigare placeringar]
Fråga 2: Trivs du på din dagliga verksamhet?
Om ja:
• Vad är det bästa?
Om nej:
• Vad skulle behöva ändras? [låt informanten ta tid på sig]
• Har du sagt det till personalen?

Vardagen
Här vill vi veta hur en vanlig dag ser ut.
1) Berätta om en vanlig dag.
[be om exempel]
Följdfråga: Vad gör du på rasterna?
2) Får du vara med och bestämma om dina arbetsuppgifter?
a) Hur går det till?
b) Vem frågar du om du vill ändra något? [personal, handledare]

Avslutning
3) Är det något mer du vill berätta?
"""


def bracket_docx(path: Path) -> Path:
    d = docx.Document()
    _neutral(d)
    for line in BRACKET_TEXT.splitlines():
        d.add_paragraph(line)
    d.save(path)
    return path


def plain_docx(path: Path, lines: list[str]) -> Path:
    d = docx.Document()
    _neutral(d)
    for line in lines:
        d.add_paragraph(line)
    d.save(path)
    return path
