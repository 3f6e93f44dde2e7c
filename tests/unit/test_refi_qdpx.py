"""The .qdpx writer: schema-valid, positions on the exact characters, stable GUIDs, no temp file."""

from __future__ import annotations

import dataclasses
import os
import stat
import tempfile
import unicodedata
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.export.refi.model import (
    Case,
    Code,
    CodeSet,
    Note,
    Project,
    Selection,
    Source,
    User,
    Variable,
    VariableType,
)
from app.export.refi.qdpx import write_qdpx
from tests.unit.refi_helpers import NS, read_qdpx, schema

WHEN = datetime(2024, 5, 2, 9, 30, tzinfo=UTC)

#: Three paragraphs with Windows line ends, å/ä/ö, an emoji outside the BMP, a flag (two code
#: points), and "hen" written with a decomposed ö (o + U+0308) the way macOS may paste it.
TEXT = (
    "Fråga 1: Hur blev du bemött?\r\n"
    "Hen sa att handläggaren var snäll 😀 och lyssnade på allt.\r\n"
    "\r\n"
    "Fråga 2: Vad var svårt?\r\n"
    "Det var svårt att förstå beslutet. Jag kände mig o\u0308verkörd 🇸🇪 ibland.\r\n"
    "Sista raden utan radslut"
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def expected(words: str) -> str:
    return unicodedata.normalize("NFC", words.replace("\r\n", "\n"))


QUOTES = [
    "handläggaren var snäll 😀 och lyssnade",
    "Det var svårt att förstå beslutet.",
    "o\u0308verkörd 🇸🇪",
    "på allt.\r\n\r\nFråga 2: Vad var svårt?\r\nDet",  # across paragraphs
    "😀",
    "Sista raden utan radslut",
]


def sample(project_id: str = "projekt-1", text: str = TEXT) -> Project:
    selections = []
    for i, words in enumerate(QUOTES):
        start, end = span(text, words)
        codes = ("respekt",) if i % 2 == 0 else ("tydlighet", "starred")
        selections.append(Selection(f"q{i}", start, end, codes, "u1", WHEN, "Rapportversion [...]"))
    return Project(
        project_id=project_id,
        name="Brukarrevision 2024",
        created=WHEN,
        users=(User("u1", "AB"), User("u2", "CD")),
        codes=(
            Code("respekt", "Respekt", "#f18f01", "Att bli bemött som en jämlike."),
            Code("tydlighet", "Tydlighet", "#3b8b5a"),
            Code("sub", "Under respekt", "#123", parent="respekt"),
            Code("dup", "respekt", None, parent="sub"),  # same name, other case
            Code("starred", "Stjärnmärkt", "#ffd700"),
        ),
        variables=(
            Variable("age", "Åldersgrupp"),
            Variable("first", "Första kontakten", VariableType.BOOLEAN),
            Variable("held", "Intervjudag", VariableType.DATE),
            Variable("years", "År med bistånd", VariableType.INTEGER),
        ),
        cases=(
            Case(
                "i1",
                "K7M2",
                ("s1",),
                (("age", "30–49"), ("first", True), ("held", date(2024, 5, 2)), ("years", 3)),
            ),
        ),
        sources=(
            Source(
                "s1",
                "K7M2",
                text,
                tuple(selections),
                (("age", "30–49"), ("first", True)),
                user="u1",
                created=WHEN,
            ),
            Source("s2", "K7M2", "Ingen kodning här.\n", user="u2", created=WHEN),
        ),
        notes=(
            Note("n1", "Om projektet", "Exporterat från Samtal.", WHEN),
            Note("n2", "Om citatet", "Sagt med eftertryck.\r\nTvå rader.", WHEN, "u1", "q0"),
            Note("n3", "Om intervjun", "Kort intervju.", WHEN, "u2", "s1"),
        ),
        sets=(CodeSet("sec1", "Avsnitt: Bemötande", ("respekt", "sub"), ("s1",)),),
    )


def test_qde_validates_against_project_xsd(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    summary = write_qdpx(sample(), target)
    back = read_qdpx(target)
    xsd = schema("Project.xsd")
    assert xsd.validate(back.root), xsd.error_log
    assert summary.sources == 2 and summary.selections == len(QUOTES) and summary.cases == 1
    assert summary.codings == sum(1 if i % 2 == 0 else 2 for i in range(len(QUOTES)))
    assert back.root.get("origin")
    names = set(zipfile.ZipFile(target).namelist())
    assert "project.qde" in names
    assert all(n == "project.qde" or n.startswith("sources/") for n in names)


def test_every_span_cut_from_the_written_text_is_the_quote(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    write_qdpx(sample(), target)
    back = read_qdpx(target)
    spans = back.spans()
    assert [cut for _, cut, _ in spans] == [expected(q) for q in QUOTES]
    assert all(cut == name for _, cut, name in spans)  # the quoted words are in @name too


def test_source_texts_are_utf8_without_bom_with_newlines_only(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    write_qdpx(sample(text="\ufeff" + TEXT), target)
    back = read_qdpx(target)
    texts = [v for k, v in back.files.items() if k.startswith("sources/")]
    assert len(texts) == 2 + 3  # two sources, three notes
    for raw in texts:
        assert not raw.startswith(b"\xef\xbb\xbf")
        assert b"\r" not in raw
        raw.decode("utf-8")
    source = back.root.find("q:Sources/q:TextSource", NS)
    assert back.text_of(source) == expected(TEXT)
    # a BOM in the input moves nothing: the spans still hit the quotes
    assert [cut for _, cut, _ in back.spans()] == [expected(q) for q in QUOTES]


def test_text_sources_point_at_internal_files(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    write_qdpx(sample(), target)
    back = read_qdpx(target)
    for source in back.root.iterfind("q:Sources/q:TextSource", NS):
        guid = source.get("guid")
        assert source.get("plainTextPath") == f"internal://{guid}.txt"
        assert f"sources/{guid}.txt" in back.files
        assert source.find("q:PlainTextContent", NS) is None


def test_code_names_unique_and_hierarchy_and_colours_kept(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    write_qdpx(sample(), target)
    back = read_qdpx(target)
    codes = back.root.findall(".//q:CodeBook//q:Code", NS)
    names = [c.get("name") for c in codes]
    assert len({n.casefold() for n in names}) == len(names) == 5
    respekt = back.root.find("q:CodeBook/q:Codes/q:Code[@name='Respekt']", NS)
    assert respekt.get("color") == "#f18f01"
    assert respekt.findtext("q:Description", namespaces=NS) == "Att bli bemött som en jämlike."
    sub = respekt.find("q:Code", NS)
    assert sub.get("name") == "Under respekt" and sub.get("color") == "#112233"
    assert sub.find("q:Code", NS).get("name") == "respekt (2)"


def test_every_note_has_a_creation_time_and_a_text_file(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    write_qdpx(sample(), target)
    back = read_qdpx(target)
    notes = back.root.findall("q:Notes/q:Note", NS)
    assert len(notes) == 3
    for note in notes:
        assert note.get("creationDateTime") == "2024-05-02T09:30:00Z"
        path = "sources/" + note.get("plainTextPath").removeprefix("internal://")
        assert back.files[path].decode("utf-8")
    by_guid = {n.get("guid"): n.get("name") for n in notes}
    sel = back.root.find(".//q:PlainTextSelection", NS)
    assert by_guid[sel.find("q:NoteRef", NS).get("targetGUID")] == "Om citatet"
    assert by_guid[back.root.find("q:NoteRef", NS).get("targetGUID")] == "Om projektet"


def test_variables_on_cases_and_on_sources(tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    write_qdpx(sample(), target)
    back = read_qdpx(target)
    variables = {v.get("guid"): v.get("name") for v in back.root.iterfind(".//q:Variable", NS)}
    case = back.root.find("q:Cases/q:Case", NS)
    source = back.root.find("q:Sources/q:TextSource", NS)
    assert case.get("name") == "K7M2"
    assert case.find("q:SourceRef", NS).get("targetGUID") == source.get("guid")

    def values(el: object) -> dict[str, str]:
        return {
            variables[v.find("q:VariableRef", NS).get("targetGUID")]: v[1].text
            for v in el.iterfind("q:VariableValue", NS)  # type: ignore[attr-defined]
        }

    assert values(case) == {
        "Åldersgrupp": "30–49",
        "Första kontakten": "true",
        "Intervjudag": "2024-05-02",
        "År med bistånd": "3",
    }
    assert values(source) == {"Åldersgrupp": "30–49", "Första kontakten": "true"}


def test_guids_are_stable_across_exports_and_differ_between_projects(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.qdpx", tmp_path / "b.qdpx", tmp_path / "c.qdpx"
    write_qdpx(sample(), a, now=datetime(2024, 6, 1, tzinfo=UTC))
    write_qdpx(sample(), b, now=datetime(2025, 1, 1, tzinfo=UTC))
    write_qdpx(sample("projekt-2"), c)

    def guids(path: Path) -> list[str]:
        root = read_qdpx(path).root
        return [el.get("guid") for el in root.iter() if el.get("guid")]

    assert guids(a) == guids(b)
    assert len(set(guids(a))) == len(guids(a))
    assert not set(guids(a)) & set(guids(c))
    assert read_qdpx(a).files["project.qde"] == read_qdpx(b).files["project.qde"]


def test_a_shorter_re_export_keeps_the_guids_of_what_remains(tmp_path: Path) -> None:
    full, part = tmp_path / "full.qdpx", tmp_path / "part.qdpx"
    project = sample()
    write_qdpx(project, full)
    first = project.sources[0]
    fewer = dataclasses.replace(first, selections=first.selections[:2])
    write_qdpx(dataclasses.replace(project, sources=(fewer,), cases=(), notes=()), part)

    def selection_guids(path: Path) -> list[str]:
        return [s.get("guid") for s in read_qdpx(path).root.iterfind(".//q:PlainTextSelection", NS)]

    assert selection_guids(part) == selection_guids(full)[:2]


def test_written_owner_only_and_atomically_without_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spare_tmp = tmp_path / "tmp"
    spare_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spare_tmp))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "audit.qdpx"
    target.write_bytes(b"previous export")
    bad = dataclasses.replace(sample(), codes=())  # codings refer to codes that are not there
    with pytest.raises(ValueError):
        write_qdpx(bad, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["audit.qdpx"]
    write_qdpx(sample(), target)
    assert sorted(p.name for p in folder.iterdir()) == ["audit.qdpx"]
    assert list(spare_tmp.iterdir()) == []
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        for info in zipfile.ZipFile(target).infolist():
            assert (info.external_attr >> 16) & 0o777 == 0o600


@pytest.mark.parametrize(
    ("change", "what"),
    [
        (lambda p: dataclasses.replace(p, origin=" "), "origin"),
        (
            lambda p: dataclasses.replace(
                p, sources=(dataclasses.replace(p.sources[0], variables=(("first", "ja"),)),)
            ),
            "value",
        ),
        (
            lambda p: dataclasses.replace(
                p,
                sources=(
                    dataclasses.replace(p.sources[0], selections=(Selection("x", 5, 5000, ()),)),
                ),
            ),
            "outside",
        ),
        (
            lambda p: dataclasses.replace(
                p, codes=(Code("a", "A", parent="b"), Code("b", "B", parent="a"))
            ),
            "cycle",
        ),
    ],
)
def test_a_model_that_makes_no_sense_is_refused_before_writing(
    tmp_path: Path, change: object, what: str
) -> None:
    target = tmp_path / "audit.qdpx"
    with pytest.raises(ValueError, match=what):
        write_qdpx(change(sample()), target)  # type: ignore[operator]
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_characters_xml_cannot_hold_are_replaced_one_for_one(tmp_path: Path) -> None:
    text = "Före\x00\x07mitten\ud800efter\u2028ny rad"
    start, end = span(text, "mitten")
    project = dataclasses.replace(
        sample(),
        sources=(Source("s1", "K7M2", text, (Selection("q", start - 2, end + 1, ("respekt",)),)),),
        cases=(),
        notes=(),
        sets=(),
    )
    target = tmp_path / "audit.qdpx"
    write_qdpx(project, target)
    back = read_qdpx(target)
    assert schema("Project.xsd").validate(back.root)
    ((_, cut, name),) = back.spans()
    assert cut == name == "\ufffd\ufffdmitten\ufffd"
    source = back.root.find("q:Sources/q:TextSource", NS)
    assert back.text_of(source) == "Före\ufffd\ufffdmitten\ufffdefter\nny rad"
