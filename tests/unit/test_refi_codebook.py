"""The .qdc codebook: valid against Codebook.xsd, read back with hierarchy and colours, safely."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from app.errors import InvalidInput
from app.export.refi.codebook import build_qdc, read_qdc
from app.export.refi.model import Code, CodeSet, Project
from app.export.refi.qdpx import build_checked
from tests.unit.refi_helpers import schema

CODES = (
    Code("1", "Engagemang", "#2e86ab", "Handläggaren bryr sig."),
    Code("2", "Förståelse", "#a23b72"),
    Code("3", "Särskilda behov", "#ABC", "Under förståelse", parent="2"),
    Code("4", "Språk", None, parent="3"),
    Code("5", "Stjärnmärkt", "#ffd700", codable=True),
)


def test_qdc_is_valid_and_reads_back_with_hierarchy_colours_descriptions() -> None:
    data = build_qdc(CODES, "projekt-1", sets=(CodeSet("s", "Avsnitt 1", ("1", "2")),))
    root = etree.fromstring(data)
    xsd = schema("Codebook.xsd")
    assert xsd.validate(root), xsd.error_log
    back = read_qdc(data)
    assert [(c.name, c.colour, c.description) for c in back] == [
        ("Engagemang", "#2e86ab", "Handläggaren bryr sig."),
        ("Förståelse", "#a23b72", ""),
        ("Särskilda behov", "#aabbcc", "Under förståelse"),
        ("Språk", None, ""),
        ("Stjärnmärkt", "#ffd700", ""),
    ]
    by_name = {c.name: c for c in back}
    assert by_name["Särskilda behov"].parent == by_name["Förståelse"].key
    assert by_name["Språk"].parent == by_name["Särskilda behov"].key
    assert by_name["Engagemang"].parent is None


def test_qdc_guids_are_those_of_the_same_projects_qdpx() -> None:
    qdc_guids = [c.key for c in read_qdc(build_qdc(CODES, "projekt-1"))]
    built, _ = build_checked(
        Project("projekt-1", "x", datetime(2024, 1, 1, tzinfo=UTC), codes=CODES)
    )
    qde_guids = [el.get("guid") for el in built.root.iter("{urn:QDA-XML:project:1.0}Code")]
    assert qdc_guids == qde_guids


OTHER_TOOL = b"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
  <Codes>
    <Code guid="{A1B2C3D4-0000-1111-2222-333344445555}" name="Bem\xc3\xb6tande" isCodable="false">
      <Description>Kategori</Description>
      <Code guid="B1B2C3D4-0000-1111-2222-333344445555" name="V\xc3\xa4nligt" isCodable="true"
            color="#0F0"/>
      <Code guid="C1B2C3D4-0000-1111-2222-333344445555" name="  Ov\xc3\xa4nligt   bem\xc3\xb6tande "
            isCodable="true" color="red">
        <Code guid="D1B2C3D4-0000-1111-2222-333344445555" name="" isCodable="true">
          <Code guid="E1B2C3D4-0000-1111-2222-333344445555" name="Ignorerad" isCodable="true"/>
        </Code>
      </Code>
    </Code>
    <Code guid="not-a-guid" name="Utan GUID" isCodable="true" color="#123456"/>
  </Codes>
  <Sets><Set guid="F1B2C3D4-0000-1111-2222-333344445555" name="S"/></Sets>
</CodeBook>"""


def test_a_codebook_from_another_tool_keeps_hierarchy_and_colours() -> None:
    codes = read_qdc(OTHER_TOOL)
    assert [(c.name, c.colour, c.codable) for c in codes] == [
        ("Bemötande", None, False),
        ("Vänligt", "#00ff00", True),
        ("Ovänligt bemötande", None, True),
        ("Ignorerad", None, True),
        ("Utan GUID", "#123456", True),
    ]
    by_name = {c.name: c for c in codes}
    assert by_name["Bemötande"].key == "a1b2c3d4-0000-1111-2222-333344445555"
    assert by_name["Vänligt"].parent == by_name["Bemötande"].key
    # a nameless code is skipped; its children move up to its parent
    assert by_name["Ignorerad"].parent == by_name["Ovänligt bemötande"].key
    assert by_name["Bemötande"].description == "Kategori"


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"not xml at all", "qdc_format"),
        (b"<CodeBook><Codes/></CodeBook>", "qdc_format"),  # no REFI namespace
        (b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>', "qdc_format"),
        (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', "qdc_no_codes"),
        (b" " * (20 * 1024 * 1024 + 1), "qdc_too_large"),
    ],
)
def test_what_is_not_a_codebook_is_refused_with_a_reason(data: bytes, detail: str) -> None:
    with pytest.raises(InvalidInput) as info:
        read_qdc(data)
    assert info.value.detail == detail


def test_reading_resolves_no_entities_and_no_external_files(tmp_path: object) -> None:
    secret = "/etc/hostname"
    data = f"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY leak SYSTEM "file://{secret}">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="A1B2C3D4-0000-1111-2222-333344445555" name="x&leak;" isCodable="true"/>
</Codes></CodeBook>""".encode()
    try:
        codes = read_qdc(data)
    except InvalidInput:
        return  # refusing the file is as good
    from pathlib import Path

    content = Path(secret).read_text().strip() if Path(secret).exists() else "\x00"
    assert all(content not in c.name for c in codes)


def test_an_empty_codebook_is_not_written() -> None:
    with pytest.raises(InvalidInput):
        build_qdc((), "projekt-1")
