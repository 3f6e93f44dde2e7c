"""Issue 12, item 1: what the review decided is exactly what is exported — fail closed.

Real encrypted projects, real .docx exports read back with python-docx, the real ``samtal``
command line in a subprocess. Flags stand where the old review and export disagreed: at the
start and end of paragraphs, in quotes, in the general note.
"""

from __future__ import annotations

import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest

from app.errors import UnresolvedFindings
from app.export.document import ExportKind
from app.export.qdpx import export_qdpx
from app.export.service import ExportRequest, export_bytes
from app.interview import consent, notes, quotes, records
from app.interview.consent import ConsentRecord
from app.pseudonymise import Pseudonymiser, review
from app.pseudonymise.name_lists import add_name
from app.store import Project
from tests.conftest import PASSPHRASE
from tests.unit.test_cli import samtal

# Unknown surnames (not in the gazetteer): each is a flag, never replaced by itself.
PARAGRAPHS = [
    "Wennerholm ringde på morgonen. Sen hörde jag inget.",  # flag opening a paragraph
    "Jag pratade med handläggaren Fröjdholm",  # flag ending a paragraph, no full stop
    "Det var bra.\nTjernqvist kom sen, och Lövqvistberg också.",  # a line inside a paragraph
    "Min dotter hjälpte mig. Denne sa att Wennerholm skulle ringa.",
]
GENERAL = ["Pålsgård sa att rummet var lyhört.", "Vi bjöd på kaffe, sa Öhrnfeldt"]
QUOTES = ["Ekwallsson förstod mig direkt.", "Jag litar på Wennerholm"]


def write_words(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def exported_text(data: bytes) -> str:
    return write_words(docx.Document(io.BytesIO(data)))


@pytest.fixture
def interviews(project_with_guide: Project) -> tuple[Project, list[int]]:
    db = project_with_guide.db
    ids = []
    for held_on in ("2026-03-01", "2026-03-02"):
        iv = records.create_interview(db, mode="on_site", held_on=held_on, interviewer_code="AB")
        consent.record_consent(db, iv.id, ConsentRecord.all_required("AB", consent_quotes=True))
        question = db.scalar(
            "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
            " WHERE s.guide_version_id = ? ORDER BY s.position, q.position LIMIT 1",
            (iv.guide_version_id,),
        )
        notes.save_note(
            db, iv.id, question, [notes.Paragraph(i * 1000, t) for i, t in enumerate(PARAGRAPHS)]
        )
        notes.save_note(db, iv.id, None, [notes.Paragraph(0, t) for t in GENERAL])
        for i, text in enumerate(QUOTES):
            quotes.add_quote(db, iv.id, text, question_id=question, at_ms=5000 + i)
        ids.append(iv.id)
    return project_with_guide, ids


def all_exports(project: Project, ids: list[int]) -> dict[str, str]:
    db = project.db
    out = {
        f"transcript {i}": exported_text(
            export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (i,), None))
        )
        for i in ids
    }
    out["quotes"] = exported_text(export_bytes(db, ExportRequest(ExportKind.QUOTES, (), None)))
    out["guide"] = exported_text(export_bytes(db, ExportRequest(ExportKind.GUIDE, (), None)))
    out["consent"] = exported_text(export_bytes(db, ExportRequest(ExportKind.CONSENT, (), None)))
    with tempfile.TemporaryDirectory() as folder:  # REFI-QDA: every part of the .qdpx
        path = Path(folder) / "audit.qdpx"
        export_qdpx(db, path, tuple(ids))
        with zipfile.ZipFile(path) as z:
            out["qdpx"] = "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    return out


def whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")


def test_a_quotes_export_waits_only_for_the_quotes(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    db = project.db
    for interview_id in ids:
        review.accept_all(db, interview_id, kinds={"name"}, replace_flags=True)
    for interview_id in ids:  # every quote decided, a gendered noun in a note waits
        assert [i.unit.source for i in review.analyse_interview(db, interview_id).unresolved()]
        assert all(
            i.unit.source == "note" for i in review.analyse_interview(db, interview_id).unresolved()
        )
    text = exported_text(export_bytes(db, ExportRequest(ExportKind.QUOTES, tuple(ids), None)))
    assert "xxx förstod mig direkt." in text
    with pytest.raises(UnresolvedFindings):
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None))


def test_export_refuses_while_flags_wait_and_names_the_interview(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    with pytest.raises(UnresolvedFindings) as info:
        export_bytes(project.db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None))
    code = records.get_interview(project.db, ids[0]).participant_code
    assert info.value.params["codes"] == code
    assert info.value.params["interview_ids"] == (ids[0],)
    assert info.value.params["count"] > 0


def test_accepted_flags_are_replaced_everywhere_they_stand(
    interviews: tuple[Project, list[int]],
) -> None:
    # decided in the review (as a person would, one by one), then exported
    project, ids = interviews
    db = project.db
    for interview_id in ids:
        for item in review.review_items(db, interview_id):
            if item.unresolved:
                review.decide(db, interview_id, item.finding, review.ACCEPT)
    texts = all_exports(project, ids)
    for word in ("Wennerholm", "Fröjdholm", "Tjernqvist", "Lövqvistberg", "Pålsgård"):
        for kind, text in texts.items():
            assert not whole_word(word).search(text), (word, kind)
    assert "xxx ringde på morgonen" in texts[f"transcript {ids[0]}"]
    assert "handläggaren xxx" in texts[f"transcript {ids[0]}"]


def test_cli_accept_all_replace_flags_then_no_replaced_word_in_any_export(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    folder = project.folder
    project.close()
    decided = samtal(
        "review", folder, "--all", "--accept-all", "--replace-flags", passphrase=PASSPHRASE
    )
    assert decided.returncode == 0, decided.stderr
    listed = samtal("review", folder, "--all", "--json", passphrase=PASSPHRASE)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and {"interview", "kind", "text", "decision", "source", "paragraph"} <= set(rows[0])
    assert {r["decision"] for r in rows} <= {"replace", "keep"}  # nothing undecided
    replaced = {r["text"] for r in rows if r["decision"] == "replace"}
    assert {"Wennerholm", "Fröjdholm", "Ekwallsson", "Öhrnfeldt", "Denne"} <= replaced
    assert any(r["source"] == "quote" for r in rows) and any(r["paragraph"] > 0 for r in rows)
    reopened = Project.open(folder, PASSPHRASE)
    try:
        texts = all_exports(reopened, ids)
    finally:
        reopened.close()
    for word in replaced:
        for kind, text in texts.items():
            assert not whole_word(word).search(text), (word, kind)


def test_json_lists_undecided_findings_with_where_they_are(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    code = records.get_interview(project.db, ids[0]).participant_code
    folder = project.folder
    project.close()
    listed = samtal("review", folder, "--interview", code, "--json", passphrase=PASSPHRASE)
    rows = json.loads(listed.stdout)
    [row] = [r for r in rows if r["text"] == "Fröjdholm"]
    assert row == {
        **row,
        "interview": code,
        "kind": "name",
        "decision": "undecided",
        "source": "note",
        "paragraph": 1,
        "needs_review": True,
        "applied": False,
    }
    assert PARAGRAPHS[1][row["start"] : row["end"]] == "Fröjdholm"
    summary = samtal("review", folder, "--interview", code, passphrase=PASSPHRASE)
    assert summary.returncode == 0 and "väntar på granskning" in summary.stdout


def test_each_text_is_analysed_once_per_export(
    interviews: tuple[Project, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    project, ids = interviews
    for interview_id in ids:
        review.accept_all(project.db, interview_id, replace_flags=True)
    seen: list[str] = []
    original = Pseudonymiser.analyse

    def counting(self: Pseudonymiser, text: str) -> list[object]:
        seen.append(text)
        return original(self, text)  # type: ignore[return-value]

    monkeypatch.setattr(Pseudonymiser, "analyse", counting)
    export_bytes(project.db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None))
    units = review.interview_units(project.db, ids[0])
    assert sorted(seen) == sorted(u.text for u in units)  # every unit, once
    seen.clear()
    export_bytes(project.db, ExportRequest(ExportKind.QUOTES, tuple(ids), None))
    quotes_written = [u.text for i in ids for u in review.interview_units(project.db, i)]
    assert sorted(seen) == sorted(t for t in quotes_written if t in QUOTES)  # quotes only


def test_decisions_survive_a_paragraph_split(interviews: tuple[Project, list[int]]) -> None:
    project, ids = interviews
    db = project.db
    interview_id = ids[0]
    review.accept_all(db, interview_id, replace_flags=True)
    note = notes.notes_for_interview(db, interview_id)[0]
    first = note.paragraphs[0].text  # "Wennerholm ringde på morgonen. Sen hörde jag inget."
    split = [notes.Paragraph(0, s) for s in first.split(". ", 1)] + note.paragraphs[1:]
    split[0] = notes.Paragraph(0, split[0].text + ".")
    notes.save_note(db, interview_id, note.question_id, split)
    assert review.unresolved_count(db, interview_id) == 0
    text = exported_text(
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (interview_id,), None))
    )
    assert "xxx ringde på morgonen." in text and "Wennerholm" not in text


def test_a_string_the_gate_did_not_see_is_analysed_and_refused(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    review.accept_all(project.db, ids[0], replace_flags=True)
    gate = review.decided_texts(project.db, [ids[0]])
    assert gate(PARAGRAPHS[0], ids[0], False) == "xxx ringde på morgonen. Sen hörde jag inget."
    assert gate("Hon ringde.", ids[0], False) == "Hen ringde."  # new, nothing to decide
    with pytest.raises(UnresolvedFindings):
        gate("Sen ringde Kvarnbergssonsky igen.", ids[0], False)


def test_numbered_pseudonyms_are_stored_and_consistent(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    db = project.db
    settings = json.loads(db.scalar("SELECT settings FROM audit WHERE id = 1") or "{}")
    settings["pseudonymise"] = {"numbered_names": True}
    db.execute("UPDATE audit SET settings = ? WHERE id = 1", (json.dumps(settings),))
    add_name(db, "Wennerholm")  # on the project's list: one number across the project
    for interview_id in ids:
        review.accept_all(db, interview_id, replace_flags=True)
    first = exported_text(export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None)))
    second = exported_text(export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (ids[1],), None)))
    numbers = dict(db.query("SELECT name_key, number FROM pseudonym WHERE interview_id IS NULL"))
    n = numbers["wennerholm"]
    assert f"[Person {n}] ringde på morgonen" in first
    assert f"[Person {n}] ringde på morgonen" in second
    own = dict(db.query("SELECT name_key, number FROM pseudonym WHERE interview_id = ?", (ids[0],)))
    assert own["fröjdholm"] != n and f"handläggaren [Person {own['fröjdholm']}]" in first
    again = exported_text(export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None)))
    assert again == first  # the stored mapping gives the same text every time
    assert len(set(dict(db.query("SELECT id, number FROM pseudonym")).values())) == len(
        list(db.query("SELECT id FROM pseudonym"))
    )  # unique numbers across the project


def test_the_review_shows_what_the_export_writes(interviews: tuple[Project, list[int]]) -> None:
    project, ids = interviews
    db = project.db
    review.accept_all(db, ids[0], replace_flags=True)
    analysed = review.analyse_interview(db, ids[0])
    gate = review.decided_texts(db, [ids[0]])
    for i, unit in enumerate(analysed.units):
        assert gate(unit.text, ids[0], unit.is_quote) == analysed.output(i)


def test_the_demo_after_accept_all_and_replace_flags(project_with_guide: Project) -> None:
    """The acceptance check over a whole demo audit: after ``--accept-all --replace-flags``
    no finding decided "replace" stands as a whole word in any export of any kind."""
    from app.demo import create_demo

    project = project_with_guide
    create_demo(project.db, interviews=3, words_per_interview=1200)
    ids = [int(r[0]) for r in project.db.query("SELECT id FROM interview ORDER BY id")]
    replaced: set[str] = set()
    for interview_id in ids:
        review.accept_all(project.db, interview_id, replace_flags=True)
        replaced |= {
            item.finding.text
            for item in review.analyse_interview(project.db, interview_id).items()
            if item.decision == review.ACCEPT
        }
    assert {"Lena", "hon", "han"} & replaced
    texts = all_exports(project, ids)
    for word in replaced:
        for kind, text in texts.items():
            assert not whole_word(word).search(text), (word, kind)


def test_erasure_takes_the_interview_pseudonyms_along(
    interviews: tuple[Project, list[int]],
) -> None:
    from app.security.erasure import Reason, erase_interview

    project, ids = interviews
    db = project.db
    db.execute(
        "UPDATE audit SET settings = ? WHERE id = 1",
        (json.dumps({"pseudonymise": {"numbered_names": True}}),),
    )
    review.analyse_project(db)
    assert db.scalar("SELECT count(*) FROM pseudonym WHERE interview_id = ?", (ids[0],))
    erase_interview(db, ids[0], "AB", Reason.WITHDRAWAL)
    assert db.scalar("SELECT count(*) FROM pseudonym WHERE interview_id = ?", (ids[0],)) == 0
    assert db.scalar("SELECT count(*) FROM pseudonym WHERE interview_id = ?", (ids[1],))


def test_a_whole_note_asked_for_at_once_is_taken_paragraph_by_paragraph(
    interviews: tuple[Project, list[int]],
) -> None:
    project, ids = interviews
    db = project.db
    review.accept_all(db, ids[0], replace_flags=True)
    gate = review.decided_texts(db, [ids[0]])
    note = notes.notes_for_interview(db, ids[0])[0]
    whole = gate(note.text, ids[0], False)
    assert whole == "\n".join(gate(p.text, ids[0], False) for p in note.paragraphs)
    assert "Wennerholm" not in whole and whole.count("\n") == note.text.count("\n")


def test_the_transcript_is_reviewed_turn_by_turn_as_every_export_writes_it(
    interviews: tuple[Project, list[int]],
) -> None:
    from app.audio.records import save_transcript

    project, ids = interviews
    db = project.db
    save_transcript(
        db,
        ids[0],
        "[00:00:05] I: Vem pratade du med?\n"
        "[00:00:09] IP: Wennerholm svarade inte.\n"
        "Sen ringde Fröjdholm tillbaka.\n"
        "[00:01:30] IP: Hon sa att Tjernqvist skulle komma.",
    )
    units = [u for u in review.interview_units(db, ids[0]) if u.source == "transcript"]
    assert [u.text for u in units] == [
        "Vem pratade du med?",
        "Wennerholm svarade inte.",
        "Sen ringde Fröjdholm tillbaka.",
        "Hon sa att Tjernqvist skulle komma.",
    ]
    with pytest.raises(UnresolvedFindings):
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None))
    review.accept_all(db, ids[0], replace_flags=True)
    word = exported_text(export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (ids[0],), None)))
    with tempfile.TemporaryDirectory() as folder:
        export_qdpx(db, Path(folder) / "a.qdpx", (ids[0],))
        with zipfile.ZipFile(Path(folder) / "a.qdpx") as z:
            qdpx = "\n".join(z.read(n).decode("utf-8") for n in z.namelist())
    for text in (word, qdpx):
        for name in ("Wennerholm", "Fröjdholm", "Tjernqvist"):
            assert not whole_word(name).search(text), name
        assert "xxx svarade inte." in text and "Hen sa att xxx skulle komma." in text


def test_a_withdrawn_interview_is_not_in_the_project_review(
    interviews: tuple[Project, list[int]],
) -> None:
    from app.interview.consent import withdraw_consent

    project, ids = interviews
    withdraw_consent(project.db, ids[1], "AB")
    assert [r.interview_id for r in review.analyse_project(project.db)] == [ids[0]]
