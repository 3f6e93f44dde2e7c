"""The audit as a .qdpx from a real encrypted project: review gate, pseudonymised text with
passages and quotes on the exact characters, withdrawn interviews left out, stable GUIDs,
the encrypted zip, and the demo canary."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
import pyzipper

from app.analysis.tagging import tag_passage, tag_quote
from app.analysis.themes import add_default_themes, add_theme
from app.errors import InvalidInput, UnresolvedFindings
from app.export.qdpx import export_qdpx
from app.export.qdpx_text import Rebase
from app.guide.repository import load_guide
from app.interview import consent, notes, quotes
from app.interview import records as interviews
from app.interview.consent import ConsentRecord
from app.pseudonymise import name_lists as names
from app.pseudonymise import review
from app.pseudonymise.identifiers import find_identifiers
from app.store import Project
from tests.conftest import fast_kdf
from tests.unit.refi_helpers import NS, read_qdpx, schema

PNR = "19121212-1212"
NOTE_1 = (
    "Hon fick informationen av Lena på kontoret, och det var bra 😀.\n"
    "Han eller hon visste inte vad hans rättigheter var. Ring 070-123 45 67 om något.\n"
    "Sista stycket: åäö ÅÄÖ och personnummer " + PNR + " i texten."
)
PASSAGES = {  # words in NOTE_1 -> what they read after pseudonymisation
    "Hon fick informationen av Lena": "Hen fick informationen av xxx",
    "det var bra 😀": "det var bra 😀",
    "Han eller hon visste inte vad hans rättigheter var": (
        "Hen visste inte vad hens rättigheter var"
    ),
    "åäö ÅÄÖ och personnummer " + PNR: "åäö ÅÄÖ och personnummer [personnummer]",
    "bra 😀.\nHan eller hon": "bra 😀.\nHen",  # across two paragraphs
}
QUOTE = "Jag blev sedd, hon lyssnade på riktigt 🙂"
QUOTE_OUT = "Jag blev sedd, hen lyssnade på riktigt 🙂"


def full_consent(quotes_ok: bool = True) -> ConsentRecord:
    return ConsentRecord.all_required("AB", consent_quotes=quotes_ok)


def accept_everything(db: object, interview_id: int) -> None:
    """Decide every finding "replace" (what issue 12's --replace-flags will do)."""
    for item in review.review_items(db, interview_id):  # type: ignore[arg-type]
        if item.unresolved:
            review.decide(db, interview_id, item.finding, review.ACCEPT, "test")  # type: ignore[arg-type]


@pytest.fixture
def audit(project_with_guide: Project) -> dict[str, object]:
    db = project_with_guide.db
    themes = add_default_themes(db)
    sub = add_theme(db, "Särskilda behov", "Under förståelse", "#112233", parent_id=themes[1])
    a = interviews.create_interview(
        db, mode="phone", held_on="2026-02-01", interviewer_code="AB", co_listener_code="CD"
    )
    b = interviews.create_interview(db, mode="video", held_on="2026-02-03", interviewer_code="KL")
    w = interviews.create_interview(db, mode="on_site", held_on="2026-02-05", interviewer_code="AB")
    consent.record_consent(db, a.id, full_consent())
    consent.record_consent(db, b.id, full_consent(quotes_ok=False))
    consent.record_consent(db, w.id, full_consent())
    names.add_name(db, "Lena", a.id)
    guide = load_guide(db, a.guide_version_id)
    q1, q2 = guide.questions()[0], guide.questions()[3]
    paragraphs = [notes.Paragraph(i * 1000, t) for i, t in enumerate(NOTE_1.split("\n"))]
    notes.save_note(db, a.id, q1.id, paragraphs)
    notes.save_note(db, a.id, None, [notes.Paragraph(0, "Lugnt rum, paus efter halva tiden.")])
    note_id = int(
        db.scalar("SELECT id FROM note WHERE interview_id = ? AND question_id = ?", (a.id, q1.id))
    )
    for i, words in enumerate(PASSAGES):
        start = NOTE_1.index(words)
        tag_passage(db, note_id, themes[i % 5], start, start + len(words), starred=(i == 0))
    bra = NOTE_1.index("det var bra 😀")
    tag_passage(db, note_id, sub, bra, bra + len("det var bra 😀"))
    mark = quotes.add_quote(db, a.id, QUOTE, question_id=q2.id, starred=True, created_by="CD")
    tag_quote(db, mark.id, themes[2])
    quotes.add_quote(db, a.id, "Allmänt citat utan fråga.", created_by="CD")
    notes.save_note(db, b.id, q1.id, [notes.Paragraph(0, "Kort svar från zqxandra.")])
    db.execute(  # a quote from before the informant said no to quotes: never exported
        "INSERT INTO quote (interview_id, question_id, text, created_at) VALUES (?, ?, ?, ?)",
        (b.id, q1.id, "zqxcitatutansamtycke", "2026-02-03T10:00:00+00:00"),
    )
    notes.save_note(db, w.id, q1.id, [notes.Paragraph(0, "zqxtillbakadraget")])
    for interview in (a, b, w):
        accept_everything(db, interview.id)
    consent.withdraw_consent(db, w.id, "AB")
    return {"project": project_with_guide, "a": a, "b": b, "w": w, "themes": themes}


def test_the_export_validates_and_every_span_is_the_pseudonymised_words(
    audit: dict[str, object], tmp_path: Path
) -> None:
    project = audit["project"]
    target = tmp_path / "audit.qdpx"
    summary = export_qdpx(project.db, target)  # type: ignore[attr-defined]
    back = read_qdpx(target)
    xsd = schema("Project.xsd")
    assert xsd.validate(back.root), xsd.error_log
    assert summary.sources == 2  # a and b; the withdrawn one is not there
    codes = {c.get("guid"): c.get("name") for c in back.root.iter(f"{{{NS['q']}}}Code")}
    found: dict[str, set[str]] = {}
    for source in back.root.iterfind("q:Sources/q:TextSource", NS):
        text = back.text_of(source)
        for sel in source.iterfind("q:PlainTextSelection", NS):
            cut = text[int(sel.get("startPosition")) : int(sel.get("endPosition"))]
            assert cut == sel.get("name")
            names_ = {codes[r.get("targetGUID")] for r in sel.iterfind("q:Coding/q:CodeRef", NS)}
            found.setdefault(cut, set()).update(names_)
    for words, pseudonymised in PASSAGES.items():
        assert pseudonymised in found, words
    assert found[PASSAGES["Hon fick informationen av Lena"]] >= {"Engagemang", "Stjärnmärkt"}
    assert found["det var bra 😀"] >= {"Förståelse", "Särskilda behov"}
    assert found[QUOTE_OUT] == {"Respekt", "Citat", "Stjärnmärkt"}
    assert found["Allmänt citat utan fråga."] == {"Citat"}
    # the question's block is coded with the question, under Frågeguide
    question_codes = [n for n in found if n.startswith("1. ")]
    assert question_codes and "Frågeguide" in codes.values()


def test_nothing_identifying_and_nothing_withdrawn_or_unconsented_in_the_file(
    audit: dict[str, object], tmp_path: Path
) -> None:
    target = tmp_path / "audit.qdpx"
    export_qdpx(audit["project"].db, target)  # type: ignore[attr-defined]
    everything = "\n".join(data.decode("utf-8") for data in read_qdpx(target).files.values())
    for secret in ("Lena", PNR, "070-123 45 67", "zqxtillbakadraget", "zqxcitatutansamtycke"):
        assert secret not in everything
    assert not re.search(r"(?<![\w-])(han|hon|hans|hennes)(?![\w-])", everything, re.I)
    assert "zqxandra" in everything  # b's notes are there, its quotes are not


def test_variables_on_cases_and_sources(audit: dict[str, object], tmp_path: Path) -> None:
    target = tmp_path / "audit.qdpx"
    export_qdpx(audit["project"].db, target)  # type: ignore[attr-defined]
    root = read_qdpx(target).root
    cases = root.findall("q:Cases/q:Case", NS)
    sources = root.findall("q:Sources/q:TextSource", NS)
    assert [c.get("name") for c in cases] == [s.get("name") for s in sources]
    assert [c.get("name") for c in cases] == [
        audit["a"].participant_code,  # type: ignore[attr-defined]
        audit["b"].participant_code,  # type: ignore[attr-defined]
    ]
    for case, source in zip(cases, sources, strict=True):
        assert case.find("q:SourceRef", NS).get("targetGUID") == source.get("guid")
        assert case.findtext("q:VariableValue/q:TextValue", namespaces=NS) in ("Telefon", "Video")
        assert source.findtext("q:VariableValue/q:TextValue", namespaces=NS) == case.findtext(
            "q:VariableValue/q:TextValue", namespaces=NS
        )
    users = {u.get("name") for u in root.iterfind("q:Users/q:User", NS)}
    assert users == {"AB", "CD", "KL"}


def test_a_re_export_keeps_every_guid(audit: dict[str, object], tmp_path: Path) -> None:
    db = audit["project"].db  # type: ignore[attr-defined]
    export_qdpx(db, tmp_path / "one.qdpx")
    export_qdpx(db, tmp_path / "two.qdpx")
    export_qdpx(db, tmp_path / "only-a.qdpx", (audit["a"].id,))  # type: ignore[attr-defined]

    def guids(name: str) -> list[str]:
        return [el.get("guid") for el in read_qdpx(tmp_path / name).root.iter() if el.get("guid")]

    assert guids("one.qdpx") == guids("two.qdpx")
    assert set(guids("only-a.qdpx")) <= set(guids("one.qdpx"))


def test_unreviewed_findings_stop_the_export(audit: dict[str, object], tmp_path: Path) -> None:
    db = audit["project"].db  # type: ignore[attr-defined]
    a = audit["a"]
    notes.save_note(db, a.id, None, [notes.Paragraph(0, "Sedan kom Fröjdholm från kontoret.")])  # type: ignore[attr-defined]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UnresolvedFindings):
        export_qdpx(db, out / "audit.qdpx")
    assert list(out.iterdir()) == []


def test_a_withdrawn_interview_asked_for_by_name_is_refused(
    audit: dict[str, object], tmp_path: Path
) -> None:
    db = audit["project"].db  # type: ignore[attr-defined]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput) as info:
        export_qdpx(db, out / "x.qdpx", (audit["w"].id,))  # type: ignore[attr-defined]
    assert info.value.detail == "interview_withdrawn"
    assert list(out.iterdir()) == []


def test_the_encrypted_zip_opens_with_the_password_only(
    audit: dict[str, object], tmp_path: Path
) -> None:
    db = audit["project"].db  # type: ignore[attr-defined]
    target = tmp_path / "audit.zip"
    export_qdpx(db, target, password="lösenord-123")
    raw = target.read_bytes()
    assert b"project.qde" not in raw and b"informationen" not in raw
    with pyzipper.AESZipFile(target) as zf:
        assert zf.namelist() == ["audit.qdpx"]
        with pytest.raises(RuntimeError):
            zf.read("audit.qdpx", pwd=b"fel-losenord")
        inner = zf.read("audit.qdpx", pwd="lösenord-123".encode())
    with zipfile.ZipFile(io.BytesIO(inner)) as qdpx:
        assert "project.qde" in qdpx.namelist()
    with pytest.raises(InvalidInput):
        export_qdpx(db, tmp_path / "short.zip", password="kort")


def test_rebase_keeps_unchanged_words_on_their_characters() -> None:
    before = "Lena sa att han eller hon ringde Lena.\nAndra raden är kvar.\nSista: Lena"
    after = "xxx sa att hen ringde xxx.\nAndra raden är kvar.\nSista: xxx"
    r = Rebase(before, after)
    for words, expected in [
        ("sa att", "sa att"),
        ("Lena sa", "xxx sa"),
        ("han eller hon ringde", "hen ringde"),
        ("Andra raden", "Andra raden"),
        ("ringde Lena.\nAndra", "ringde xxx.\nAndra"),
        ("Sista: Lena", "Sista: xxx"),
    ]:
        start = before.index(words)
        assert after[r.start(start) : r.end(start + len(words))] == expected


def test_demo_canary_no_listed_name_or_identifier_in_the_qdpx(tmp_path: Path) -> None:
    from app.demo import create_demo

    project = Project.create(tmp_path / "demo", "korrekt häst batteri", kdf=fast_kdf())
    try:
        db = project.db
        create_demo(db, interviews=4, words_per_interview=1500)
        for interview in interviews.list_interviews(db):
            accept_everything(db, interview.id)
        listed = {str(r[0]) for r in db.query("SELECT name FROM name_entry")}
        assert listed
        target = tmp_path / "demo.qdpx"
        export_qdpx(db, target)
        codes = {i.participant_code for i in interviews.list_interviews(db)}
    finally:
        project.close()
    files = read_qdpx(target).files
    guid_or_time = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}|\d{4}-\d\d-\d\dT[\d:]+Z")
    for name, data in files.items():
        text = guid_or_time.sub("", data.decode("utf-8"))
        for listed_name in listed:
            pattern = r"(?<![\w-])" + re.escape(listed_name) + r"(?![\w-])"
            assert not re.search(pattern, text), (name, listed_name)
        assert not list(find_identifiers(text)), (name, list(find_identifiers(text)))
    qde = files["project.qde"].decode("utf-8")
    assert all(code in qde for code in codes)  # participant codes are the only identity


def test_background_variables_travel_with_each_case(
    audit: dict[str, object], tmp_path: Path
) -> None:
    """Issue 15: a case (and its source) carries the interview's background categories."""
    from app.interview.background import define_variable, set_background

    db = audit["project"].db  # type: ignore[attr-defined]
    age = define_variable(db, "Åldersgrupp", ["18–29", "30–49", "50+"])
    unit = define_variable(db, "Enhet", ["Norr", "Söder"])
    set_background(db, audit["a"].id, {age.key: "30–49", unit.key: "Söder"})  # type: ignore[attr-defined]
    set_background(db, audit["w"].id, {age.key: "50+"})  # type: ignore[attr-defined]
    target = tmp_path / "audit.qdpx"
    export_qdpx(db, target)
    root = read_qdpx(target).root
    xsd = schema("Project.xsd")
    assert xsd.validate(root), xsd.error_log
    names = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", NS)}
    assert set(names.values()) == {"Intervjuform", "Åldersgrupp", "Enhet"}

    def values(element: object) -> dict[str, str]:
        return {
            names[vv.find("q:VariableRef", NS).get("targetGUID")]: vv.findtext(
                "q:TextValue", namespaces=NS
            )
            for vv in element.iterfind("q:VariableValue", NS)  # type: ignore[attr-defined]
        }

    cases = {c.get("name"): c for c in root.iterfind("q:Cases/q:Case", NS)}
    a, b = audit["a"].participant_code, audit["b"].participant_code  # type: ignore[attr-defined]
    assert values(cases[a]) == {"Intervjuform": "Telefon", "Åldersgrupp": "30–49", "Enhet": "Söder"}
    assert values(cases[b]) == {"Intervjuform": "Video"}  # nothing set: nothing invented
    sources = {s.get("name"): s for s in root.iterfind("q:Sources/q:TextSource", NS)}
    assert values(sources[a]) == values(cases[a])
    assert audit["w"].participant_code not in cases  # type: ignore[attr-defined]  # withdrawn


def test_a_transcript_is_the_source_text_with_turns_coded_by_speaker(
    audit: dict[str, object], tmp_path: Path
) -> None:
    from app.audio import records

    project = audit["project"]
    db = project.db  # type: ignore[attr-defined]
    a = audit["a"]
    records.save_transcript(
        db,
        a.id,  # type: ignore[attr-defined]
        "[00:00:05] I: Hur fick du veta om stödet?\n"
        "[00:00:09] IP: Lena ringde, och hon förklarade allt.\nBirgitta tog en vecka.",
    )
    with pytest.raises(UnresolvedFindings):  # the transcript is reviewed before it leaves
        export_qdpx(db, tmp_path / "före.qdpx")
    accept_everything(db, a.id)  # type: ignore[attr-defined]
    target = tmp_path / "audit.qdpx"
    export_qdpx(db, target)
    back = read_qdpx(target)
    xsd = schema("Project.xsd")
    assert xsd.validate(back.root), xsd.error_log
    codes = {c.get("guid"): c.get("name") for c in back.root.iter(f"{{{NS['q']}}}Code")}
    source = next(
        s for s in back.root.iterfind("q:Sources/q:TextSource", NS) if "Utskrift" in back.text_of(s)
    )
    text = back.text_of(source)
    assert text.startswith("Utskrift\n[00:00:05] I: Hur fick du veta om stödet?\n")
    assert "[00:00:09] IP: xxx ringde, och hen förklarade allt. xxx tog en vecka.\n" in text
    assert "Lena" not in text and "Birgitta" not in text
    assert text.index("Bilaga: anteckningar under intervjun") < text.index(
        PASSAGES["Hon fick informationen av Lena"]
    )
    by_name: dict[str, set[str]] = {}
    for sel in source.iterfind("q:PlainTextSelection", NS):
        cut = text[int(sel.get("startPosition")) : int(sel.get("endPosition"))]
        assert cut == sel.get("name")  # every coding on its exact characters, notes included
        names_ = {codes[r.get("targetGUID")] for r in sel.iterfind("q:Coding/q:CodeRef", NS)}
        by_name.setdefault(cut, set()).update(names_)
    assert by_name["Hur fick du veta om stödet?"] == {"I"}
    assert by_name["xxx ringde, och hen förklarade allt. xxx tog en vecka."] == {"IP"}
    for pseudonymised in PASSAGES.values():
        assert pseudonymised in by_name
    assert "Talare" in codes.values()
