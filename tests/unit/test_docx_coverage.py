"""Issue 12 item 4: ``samtal pseudonymise`` covers every part of a .docx.

A real Word document is built with python-docx and given a name, an e-mail address or a
personnummer in every place a .docx can hold text outside the body: image alt text, the
extended properties (Company, Manager), the custom properties, comment and tracked-change
authors, people.xml, bookmark names, field instructions (``w:fldSimple`` and ``w:instrText``
with ``mailto:``), footnotes, endnotes, a text box, a content control, a document variable,
custom XML data and the attached template's path. After ``samtal pseudonymise`` no part of
the output (every file in the zip, unpacked) holds any of them, and each place is reported.
Charts, SmartArt and embedded objects make it refuse, naming the part, unless
``--strip-unsupported`` removes them; the output then opens and refers to nothing missing.
"""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from app.docx_limits import DocxRefused
from app.pseudonymise.docx_io import UnsupportedPart, pseudonymise_docx
from tests.unit.test_cli import samtal

NAMES = ["Anna Svensson", "Karin Karelius"]
SECRETS = (
    "Anna",
    "Svensson",
    "Karin",
    "Karelius",
    "anna.svensson@example.se",
    "karin.k@example.se",
    "850709-9805",
)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = zlib.compress(b"\x00\xff\xff\xff")
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _xml_part(document: docx.document.Document, name: str, ct: str, xml: str) -> Part:
    return Part(PackURI(name), ct, xml.encode(), document.part.package)


def build_everywhere(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Intervjun gjordes i mars.")
    body = d.element.body

    # an image with alt text and a file name that name people
    d.add_picture(io.BytesIO(_png()))
    doc_pr = next(
        body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")
    )
    doc_pr.set("descr", "Foto på Anna Svensson")
    doc_pr.set("title", "Karin Karelius")
    doc_pr.set("name", "Anna Svensson.png")
    c_nv_pr = next(body.iter("{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr"))
    c_nv_pr.set("descr", "Foto på Anna Svensson")

    # a bookmark named after a person, a link and a REF field to it
    p = d.add_paragraph("Se ")
    p._p.append(parse_xml(f'<w:bookmarkStart {W} w:id="11" w:name="Anna_Svensson"/>'))
    p._p.append(parse_xml(f'<w:bookmarkEnd {W} w:id="11"/>'))
    p._p.append(
        parse_xml(
            f'<w:hyperlink {W} w:anchor="Anna_Svensson"><w:r><w:t>länken</w:t></w:r></w:hyperlink>'
        )
    )
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(
        parse_xml(
            f'<w:r {W}><w:instrText xml:space="preserve"> REF Anna_Svensson \\h '
            "</w:instrText></w:r>"
        )
    )
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))

    # field instructions with mailto:
    p = d.add_paragraph("Kontakt: ")
    p._p.append(
        parse_xml(
            f"<w:fldSimple {W} w:instr=' HYPERLINK \"mailto:anna.svensson@example.se\" '>"
            "<w:r><w:t>mejla</w:t></w:r></w:fldSimple>"
        )
    )
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(
        parse_xml(
            f'<w:r {W}><w:instrText xml:space="preserve"> HYPERLINK "mailto:karin.k@example.se" '
            "</w:instrText></w:r>"
        )
    )
    p._p.append(parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'))

    # a tracked insertion and a formatting change by a named author
    p = d.add_paragraph("Ändrat: ")
    p._p.append(
        parse_xml(
            f'<w:ins {W} w:id="21" w:author="Karin Karelius" w:date="2026-01-01T10:00:00Z">'
            "<w:r><w:t>tillagd text</w:t></w:r></w:ins>"
        )
    )
    p._p.append(
        parse_xml(
            f'<w:r {W}><w:rPr><w:b/><w:rPrChange w:id="22" w:author="Anna Svensson"><w:rPr/>'
            "</w:rPrChange></w:rPr><w:t>fet</w:t></w:r>"
        )
    )

    # a text box and a content control
    holder = d.add_paragraph("Ruta: ")
    holder.add_run()._r.append(
        parse_xml(
            f"<w:txbxContent {W}><w:p><w:r><w:t>Karin Karelius ringde</w:t></w:r></w:p>"
            "</w:txbxContent>"
        )
    )
    body.insert(
        len(body) - 1,  # before the section properties, which stay last
        parse_xml(
            f'<w:sdt {W}><w:sdtPr><w:alias w:val="Karin Karelius"/>'
            '<w:tag w:val="anna.svensson@example.se"/></w:sdtPr>'
            "<w:sdtContent><w:p><w:r><w:t>fält</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )

    # a comment by a named author
    commented = d.add_paragraph("Det här stycket har en kommentar.")
    d.add_comment(
        commented.runs, text="Anna Svensson sa det", author="Karin Karelius", initials="KK"
    )

    # footnotes and endnotes
    for name, ct, rt, tag in (
        ("/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES, "footnote"),
        ("/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES, "endnote"),
    ):
        xml = (
            f'<w:{tag}s {W}><w:{tag} w:id="1"><w:p><w:r><w:t>Anna Svensson, 850709-9805</w:t>'
            f"</w:r></w:p></w:{tag}></w:{tag}s>"
        )
        d.part.relate_to(_xml_part(d, name, ct, xml), rt)

    # people.xml: who the authors are, with their account ids
    people = (
        f'<w15:people xmlns:w15="{W15}"><w15:person w15:author="Karin Karelius">'
        '<w15:presenceInfo w15:providerId="AD" w15:userId="karin.k@example.se"/>'
        "</w15:person></w15:people>"
    )
    d.part.relate_to(
        _xml_part(
            d,
            "/word/people.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
            people,
        ),
        "http://schemas.microsoft.com/office/2011/relationships/people",
    )

    # custom XML data, a document variable, the attached template's path
    d.part.relate_to(
        _xml_part(
            d,
            "/customXml/item9.xml",
            "application/xml",
            "<kontakt><namn>Anna Svensson</namn></kontakt>",
        ),
        RT.CUSTOM_XML,
    )
    settings_part = d.part.part_related_by(RT.SETTINGS)
    settings = settings_part.element
    settings.append(
        parse_xml(f'<w:docVars {W}><w:docVar w:name="kontakt" w:val="Karin Karelius"/></w:docVars>')
    )
    r_id = settings_part.relate_to(
        "file:///C:/Users/Karin%20Karelius/mall.dotx",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate",
        is_external=True,
    )
    settings.insert(
        0,
        parse_xml(
            '<w:attachedTemplate xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
            ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            f' r:id="{r_id}"/>'
        ),
    )

    # the extended properties (Company, Manager) and the custom properties
    package = d.part.package
    app = next(p for p in package.iter_parts() if p.content_type == CT.OFC_EXTENDED_PROPERTIES)
    ep = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    app._blob = (
        f'<Properties xmlns="{ep}"><Application>Microsoft Office Word</Application>'
        "<Company>Karin Karelius konsult</Company><Manager>Anna Svensson</Manager></Properties>"
    ).encode()
    custom = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Granskare">'
        "<vt:lpwstr>Karin Karelius</vt:lpwstr></property></Properties>"
    )
    package.relate_to(
        _xml_part(d, "/docProps/custom.xml", CT.OFC_CUSTOM_PROPERTIES, custom), RT.CUSTOM_PROPERTIES
    )
    d.save(str(path))


def unpacked(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def leaks(parts: dict[str, bytes]) -> list[tuple[str, str]]:
    found = []
    for name, data in parts.items():
        text = data.decode("utf-8", "replace")
        from urllib.parse import unquote

        text += unquote(text)
        found += [(name, s) for s in SECRETS if s in text]
    return found


def test_every_part_that_can_hold_text_is_pseudonymised(tmp_path: Path) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "ut.docx"
    build_everywhere(source)
    before = leaks(unpacked(source))
    places = {name for name, _ in before}
    for expected in (
        "word/document.xml",
        "word/comments.xml",
        "word/footnotes.xml",
        "word/endnotes.xml",
        "word/people.xml",
        "word/settings.xml",
        "word/_rels/settings.xml.rels",
        "customXml/item9.xml",
        "docProps/app.xml",
        "docProps/custom.xml",
    ):
        assert expected in places, expected  # the test document really has them all

    names = tmp_path / "namn.txt"
    names.write_text("\n".join(NAMES) + "\n", encoding="utf-8")
    result = samtal("pseudonymise", source, "-o", target, "--names", names, "--findings")
    assert result.returncode == 0, result.stderr
    assert leaks(unpacked(target)) == []
    wheres = {json.loads(line)["where"] for line in result.stdout.splitlines()}
    assert {
        "text",
        "alt text",
        "bookmark",
        "field code",
        "author",
        "content control",
        "document variable",
        "custom XML",
        "properties",
        "external link",
    } <= wheres, wheres

    out = docx.Document(str(target))  # still a document python-docx opens
    xml = out.element.xml
    assert 'w:name="samtal_bm1"' in xml and 'w:anchor="samtal_bm1"' in xml
    assert "REF samtal_bm1" in xml  # the field still refers to the renamed bookmark
    assert 'w:author="xxx"' in xml
    assert "Intervjun gjordes i mars." in xml


def test_pseudonymised_output_opens_in_libreoffice(tmp_path: Path) -> None:
    import shutil
    import subprocess

    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice not installed")
    source, target = tmp_path / "in.docx", tmp_path / "ut.docx"
    build_everywhere(source)
    pseudonymise_docx(source, target, NAMES)
    done = subprocess.run(
        [office, "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(target)],
        capture_output=True,
        text=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "ut.txt").read_text(encoding="utf-8", errors="replace")
    assert "Intervjun gjordes i mars." in text
    assert not [s for s in SECRETS if s in text]


# -- charts, SmartArt, embedded objects -----------------------------------------------------------
CHART_XML = (
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
    '<c:chart><c:title><c:tx><c:rich><a:p xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    "<a:r><a:t>Anna Svenssons svar</a:t></a:r></a:p></c:rich></c:tx></c:title></c:chart>"
    "</c:chartSpace>"
)


def _with_unsupported(path: Path, kind: str) -> None:
    d = docx.Document()
    d.add_paragraph("Före.")
    if kind == "chart":
        part = _xml_part(d, "/word/charts/chart1.xml", CT.DML_CHART, CHART_XML)
        reltype = RT.CHART
    elif kind == "smartart":
        part = _xml_part(
            d,
            "/word/diagrams/data1.xml",
            CT.DML_DIAGRAM_DATA,
            '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram">'
            "<dgm:ptLst/></dgm:dataModel>",
        )
        reltype = RT.DIAGRAM_DATA
    else:
        part = Part(
            PackURI("/word/embeddings/oleObject1.bin"),
            CT.OFC_OLE_OBJECT,
            b"\0" * 64,
            d.part.package,
        )
        reltype = RT.OLE_OBJECT
    r_id = d.part.relate_to(part, reltype)
    p = d.add_paragraph()
    p._p.append(
        parse_xml(
            f'<w:r {W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
            ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">'
            '<w:drawing><wp:inline><wp:extent cx="100" cy="100"/>'
            '<wp:docPr id="5" name="Diagram 1"/>'
            '<a:graphic><a:graphicData uri="x">'
            f'<c:chart r:id="{r_id}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
        )
    )
    d.add_paragraph("Efter.")
    d.save(str(path))


@pytest.mark.parametrize(
    ("kind", "part"),
    [
        ("chart", "/word/charts/chart1.xml"),
        ("smartart", "/word/diagrams/data1.xml"),
        ("object", "/word/embeddings/oleObject1.bin"),
    ],
)
def test_unsupported_parts_refuse_unless_stripped(tmp_path: Path, kind: str, part: str) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "ut.docx"
    _with_unsupported(source, kind)
    with pytest.raises(UnsupportedPart) as info:
        pseudonymise_docx(source, target, NAMES)
    assert info.value.detail == part
    refused = samtal("pseudonymise", source, "-o", target)
    assert refused.returncode == 1
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and part in lines[0] and "--strip-unsupported" in lines[0]
    assert not target.exists()

    stripped = samtal("pseudonymise", source, "-o", target, "--strip-unsupported")
    assert stripped.returncode == 0, stripped.stderr
    assert part in stripped.stderr  # says what it removed
    parts = unpacked(target)
    assert part.lstrip("/") not in parts
    assert not leaks(parts)
    out = docx.Document(str(target))
    assert [p.text for p in out.paragraphs if p.text] == ["Före.", "Efter."]
    for rels_name, data in parts.items():
        if rels_name.endswith(".rels"):
            assert part.rsplit("/", 1)[-1].encode() not in data  # nothing refers to it


# -- size and zip-bomb limits ---------------------------------------------------------------------
def test_a_zip_bomb_is_refused_at_once(tmp_path: Path) -> None:
    """0.1 MB that unpacks to ~100 MB of XML: refused before anything is unpacked."""
    source = tmp_path / "bomb.docx"
    build = io.BytesIO()
    docx.Document().save(build)
    with zipfile.ZipFile(io.BytesIO(build.getvalue())) as z:
        members = {n: z.read(n) for n in z.namelist()}
    filler = b"<w:p><w:r><w:t>" + b"a" * (100 * 1024 * 1024) + b"</w:t></w:r></w:p>"
    members["word/document.xml"] = members["word/document.xml"].replace(
        b"<w:body>", b"<w:body>" + filler
    )
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for n, data in members.items():
            z.writestr(n, data)
    assert source.stat().st_size < 1024 * 1024
    started = time.monotonic()
    with pytest.raises(DocxRefused):
        pseudonymise_docx(source, tmp_path / "ut.docx")
    result = samtal("pseudonymise", source, "-o", tmp_path / "ut.docx")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 30
    assert not (tmp_path / "ut.docx").exists()


def test_too_big_a_file_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "stor.docx"
    with open(source, "wb") as f:
        f.truncate(11 * 1024 * 1024)
    result = samtal("pseudonymise", source, "-o", tmp_path / "ut.docx")
    assert result.returncode == 1 and "för stor" in result.stderr
