""".docx in → .docx out: a real document built with python-docx, pseudonymised, read back."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from app.pseudonymise import pseudonymise
from app.pseudonymise.docx_io import DocumentUnreadable, pseudonymise_docx

NAMES = ["Anna Svensson", "Karin"]
GENDERED = ("han", "hon", "honom", "henne", "hans", "hennes", "Anna", "Svensson", "Karin")


def _words(text: str) -> set[str]:
    return {w.strip(".,:;!?”“()").casefold() for w in text.split()}


def _add_hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def build(path: Path) -> None:
    d = docx.Document()
    d.core_properties.title = "Intervju med Anna Svensson"
    d.core_properties.author = "BR-07"
    section = d.sections[0]
    section.header.paragraphs[0].text = "Intervju 3 – Karin och hennes handläggare"
    section.footer.paragraphs[0].text = "Konfidentiellt. Ring 070-123 45 67 vid frågor."
    d.add_heading("Intervju med Anna Svensson", level=1)
    d.add_paragraph("Hon berättade att handläggaren hanterade ansökan snabbt.", style="Quote")
    p = d.add_paragraph("Första stycket. ")
    bold = p.add_run("Viktigt att veta")
    bold.bold = True
    p.add_run(". Han sa att hans mamma ringde.")
    p = d.add_paragraph(style="List Bullet")
    first = p.add_run("Jag träffade An")
    first.italic = True
    second = p.add_run("na")  # "Anna" spans two runs with different formatting
    second.bold = True
    second.font.size = Pt(14)
    p.add_run(" Svensson igår, hon var snäll.")
    p = d.add_paragraph("Tabb:")
    p.add_run().add_tab()
    p.add_run("honom eller henne")
    d.add_heading("Tabell", level=2)
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "Vem"
    table.cell(0, 1).text = "Vad"
    table.cell(1, 0).text = "Karin"
    table.cell(1, 1).text = "Hon ringde från 850709-9805 om hennes bil."
    p = d.add_paragraph("Mejla ")
    _add_hyperlink(p, "mailto:anna.svensson@example.se", "anna.svensson@example.se")
    d.add_paragraph("Det kostade 12 000 kr i månaden, sa Fröbom.")
    d.save(str(path))


def all_paragraphs(d: DocumentObject) -> Iterator[Paragraph]:
    section = d.sections[0]
    yield from section.header.paragraphs
    yield from d.paragraphs
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs
    yield from section.footer.paragraphs


@pytest.fixture
def documents(tmp_path: Path) -> tuple[DocumentObject, DocumentObject]:
    source = tmp_path / "in.docx"
    target = tmp_path / "out.docx"
    build(source)
    pseudonymise_docx(source, target, names=NAMES)
    return docx.Document(str(source)), docx.Document(str(target))


def test_structure_and_styles_are_kept(documents: tuple[DocumentObject, DocumentObject]) -> None:
    before, after = documents
    assert len(after.paragraphs) == len(before.paragraphs)
    assert [p.style.name for p in after.paragraphs] == [p.style.name for p in before.paragraphs]
    assert [len(p.runs) for p in after.paragraphs] == [len(p.runs) for p in before.paragraphs]
    assert len(after.tables) == 1 and after.tables[0].style.name == "Table Grid"
    assert after.core_properties.author == ""  # Word puts a full name here: never carried over


def test_pronouns_and_listed_names_are_gone_everywhere(
    documents: tuple[DocumentObject, DocumentObject],
) -> None:
    _, after = documents
    for p in all_paragraphs(after):
        assert not _words(p.text) & {w.casefold() for w in GENDERED}, p.text
    text = "\n".join(p.text for p in all_paragraphs(after))
    assert "850709-9805" not in text and "070-123 45 67" not in text
    assert "[personnummer]" in text and "[telefonnummer]" in text
    assert "Fröbom" in text  # an unlisted name the gazetteer does not know is only flagged
    assert after.core_properties.title == "Intervju med xxx"


def test_text_is_what_the_engine_gives_for_each_paragraph(
    documents: tuple[DocumentObject, DocumentObject],
) -> None:
    before, after = documents
    for b, a in zip(all_paragraphs(before), all_paragraphs(after), strict=True):
        assert a.text == pseudonymise(b.text, names=NAMES)


def test_formatting_of_untouched_runs_is_kept(
    documents: tuple[DocumentObject, DocumentObject],
) -> None:
    _, after = documents
    [p] = [p for p in after.paragraphs if p.text.startswith("Första stycket")]
    assert p.runs[1].text == "Viktigt att veta" and p.runs[1].bold
    assert p.runs[2].text == ". Hen sa att hens mamma ringde."


def test_a_match_across_runs_goes_into_the_first_run(
    documents: tuple[DocumentObject, DocumentObject],
) -> None:
    _, after = documents
    [p] = [p for p in after.paragraphs if p.style.name == "List Bullet"]
    assert p.text == "Jag träffade xxx igår, hen var snäll."
    assert p.runs[0].text == "Jag träffade xxx" and p.runs[0].italic
    assert p.runs[1].text == "" and p.runs[1].bold and p.runs[1].font.size == Pt(14)
    assert p.runs[2].text == " igår, hen var snäll."


def test_tabs_stay_and_hyperlink_targets_are_pseudonymised(
    documents: tuple[DocumentObject, DocumentObject],
) -> None:
    _, after = documents
    [p] = [p for p in after.paragraphs if p.text.startswith("Tabb")]
    assert p.text == "Tabb:\then"
    [p] = [p for p in after.paragraphs if p.text.startswith("Mejla")]
    assert p.text == "Mejla [e-post]"
    [link] = p.hyperlinks
    assert link.address == "mailto:[e-post]"


def _with_tracked_change_and_text_box(path: Path) -> None:
    d = docx.Document()
    p = d.add_paragraph("Sedan ringde ")
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "1")
    deleted.set(qn("w:author"), "BR-07")
    run = OxmlElement("w:r")
    del_text = OxmlElement("w:delText")
    del_text.text = "Karin och hon"
    run.append(del_text)
    deleted.append(run)
    p._p.append(deleted)
    p.add_run("någon.")
    # A second paragraph nested in the first one, as a text box puts it.
    holder = d.add_paragraph("Ruta: ")
    box = OxmlElement("w:txbxContent")
    inner = copy.deepcopy(d.add_paragraph("hon i rutan")._p)
    box.append(inner)
    holder.runs[0]._r.append(box)
    d.save(str(path))


def test_deleted_text_and_nested_paragraphs(tmp_path: Path) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "out.docx"
    _with_tracked_change_and_text_box(source)
    found = pseudonymise_docx(source, target, names=NAMES)
    xml = docx.Document(str(target)).element.xml
    assert "Karin" not in xml and ">hon" not in xml
    assert "xxx och hen" in xml and "hen i rutan" in xml
    assert {f.where for f in found} >= {"deleted text", "text"}


FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">Karin sa att hon </w:t></w:r>'
    "<w:r><w:t>visste.</w:t></w:r></w:p></w:footnote></w:footnotes>"
)


def test_footnotes_a_part_python_docx_keeps_as_bytes(tmp_path: Path) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "out.docx"
    d = docx.Document()
    d.add_paragraph("Se fotnoten.")
    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, FOOTNOTES_XML.encode(), d.part.package
    )
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(str(source))
    found = pseudonymise_docx(source, target, names=NAMES)
    assert [(f.part, f.finding.text) for f in found] == [
        ("/word/footnotes.xml", "Karin"),
        ("/word/footnotes.xml", "hon"),
        ("/docProps/app.xml", "Title"),  # the template's part title: no Swedish word, a flag
    ]
    [footnotes] = [
        p for p in docx.Document(str(target)).part.package.iter_parts()
        if p.partname == "/word/footnotes.xml"
    ]  # fmt: skip
    xml = footnotes.blob.decode()
    assert "Karin" not in xml and ">xxx sa att hen </w:t>" in xml


def test_analysis_only_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "in.docx"
    build(source)
    data = source.read_bytes()
    found = pseudonymise_docx(source, None, names=NAMES)
    assert source.read_bytes() == data
    assert sorted(tmp_path.iterdir()) == [source]
    kinds = {(f.part, f.finding.kind.value) for f in found}
    assert ("/word/header1.xml", "name") in kinds and ("/word/footer1.xml", "phone") in kinds
    assert any(f.where == "hyperlink" for f in found)
    assert any(f.where == "properties" for f in found)
    flagged = [f for f in found if not f.applied]
    assert [f.finding.text for f in flagged if f.finding.kind.value == "name"] == [
        "Tabb",  # a sentence-initial word no Swedish dictionary knows
        "Fröbom",
        "Title",  # python-docx's template's part title in docProps/app.xml, likewise
    ]


def test_decisions_apply_to_documents(tmp_path: Path) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "out.docx"
    build(source)
    found = pseudonymise_docx(source, None, names=NAMES)
    flagged = next(f.finding for f in found if f.finding.text == "Fröbom")
    pseudonymise_docx(source, target, names=NAMES, decisions={flagged.fingerprint: True})
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Fröbom" not in text and "sa xxx." in text


def test_not_a_word_document(tmp_path: Path) -> None:
    source = tmp_path / "in.docx"
    source.write_bytes(b"not a zip file, Anna")
    with pytest.raises(DocumentUnreadable) as info:
        pseudonymise_docx(source, tmp_path / "out.docx")
    assert "Anna" not in str(info.value)
    assert not (tmp_path / "out.docx").exists()


def test_output_carries_no_author_names(tmp_path: Path) -> None:
    import docx as python_docx

    from app.pseudonymise.docx_io import pseudonymise_docx

    source = python_docx.Document()
    source.add_paragraph("Hon ringde.")
    source.core_properties.author = "Karin Karelius"
    source.core_properties.last_modified_by = "Karin Karelius"
    source.save(tmp_path / "in.docx")
    pseudonymise_docx(tmp_path / "in.docx", tmp_path / "out.docx")
    out = python_docx.Document(tmp_path / "out.docx")
    assert out.core_properties.author == "" and out.core_properties.last_modified_by == ""
    assert out.paragraphs[0].text == "Hen ringde."
