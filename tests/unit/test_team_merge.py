"""Interviews packages between laptops: export, import, merge (real encrypted projects)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from app.analysis.codebook import tag_passage
from app.guide.jsonformat import load_guide
from app.guide.repository import add_guide
from app.interviews import find_interview
from app.notes import Paragraph, save_note
from app.paths import default_guide_path
from app.quotes import update_quote
from app.store import Project
from app.team.export import RecordBuilder, export_interviews
from app.team.importer import ImportOptions, import_package
from app.team.keys import recipient_key
from app.themes import add_default_themes
from tests.unit.team_helpers import demo_laptop, dump, laptop


def interview_view(project: Project, code: str) -> dict[str, Any]:
    """An interview with everything that belongs to it, without local ids and counters."""
    db = project.db
    record = RecordBuilder(db).interview(find_interview(db, code).id)
    record = copy.deepcopy(record)
    record.pop("guide")
    for note in record["notes"]:
        note.pop("revision")
    return record


def tag_some(project: Project) -> None:
    db = project.db
    theme_id = int(db.scalar("SELECT id FROM theme ORDER BY id LIMIT 1"))
    for (note_id,) in db.query("SELECT id FROM note WHERE length(body) > 40 LIMIT 4"):
        tag_passage(db, int(note_id), theme_id, 5, 30)
    db.execute(
        "INSERT INTO review_decision (interview_id, fingerprint, kind, decision, decided_by,"
        " decided_at) SELECT id, 'fp-' || participant_code, 'name', 'accept', 'AB', '2026-01-01'"
        " FROM interview"
    )


@pytest.fixture
def three(tmp_path: Path) -> tuple[Project, Project, Project]:
    a = demo_laptop(tmp_path, "laptop-a", 6, seed=1)
    b = demo_laptop(tmp_path, "laptop-b", 6, seed=2)
    tag_some(a)
    tag_some(b)
    analysts = laptop(tmp_path, "analytiker")
    add_guide(analysts.db, load_guide(default_guide_path()))
    add_default_themes(analysts.db)
    yield a, b, analysts
    for p in (a, b, analysts):
        if not p.closed:
            p.close()


def codes(project: Project) -> list[str]:
    return [str(r[0]) for r in project.db.query("SELECT participant_code FROM interview")]


def test_two_laptops_into_the_analysts_project(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    a, b, analysts = three
    key = recipient_key(analysts.db)
    packages = []
    for laptop_project in (a, b):
        dest = tmp_path / f"{laptop_project.name}.samtalpkg"
        summary = export_interviews(laptop_project, dest, recipients=[key])
        assert sorted(summary.codes) == sorted(codes(laptop_project))
        packages.append(dest)
    guides_before = analysts.db.scalar("SELECT count(*) FROM guide_version")
    for dest in packages:
        report = import_package(analysts, dest)
        assert [i.outcome for i in report.interviews] == ["new"] * 6
        assert report.guides_added == [] and report.themes_added == []
    assert analysts.db.scalar("SELECT count(*) FROM guide_version") == guides_before
    assert sorted(codes(analysts)) == sorted(codes(a) + codes(b))
    for source in (a, b):
        for code in codes(source):
            assert interview_view(analysts, code) == interview_view(source, code), code
    # project name lists are unioned
    names = {
        str(r[0])
        for r in analysts.db.query("SELECT name FROM name_entry WHERE interview_id IS NULL")
    }
    assert names == {"Lena", "Ahmed"}

    before = dump(analysts)
    for dest in packages:
        again = import_package(analysts, dest)
        assert {i.outcome for i in again.interviews} == {"unchanged"}
        assert not again.changes_anything
    assert dump(analysts) == before


def test_dry_run_changes_nothing(tmp_path: Path, three: tuple[Project, Project, Project]) -> None:
    a, _, analysts = three
    dest = tmp_path / "a.samtalpkg"
    export_interviews(a, dest, recipients=[recipient_key(analysts.db)])
    before = dump(analysts)
    preview = import_package(analysts, dest, ImportOptions(dry_run=True))
    assert preview.dry_run and preview.count("new") == 6
    assert dump(analysts) == before
    real = import_package(analysts, dest)
    assert [vars(i) for i in real.interviews] == [vars(i) for i in preview.interviews]


def test_newer_package_updates_and_conflicts_keep_both(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    a, _, analysts = three
    key = recipient_key(analysts.db)
    code = codes(a)[0]
    first = tmp_path / "1.samtalpkg"
    export_interviews(a, first, [code], recipients=[key])
    import_package(analysts, first)

    # the interviewer adds to a note and stars a quote on the laptop: a newer package
    ia = find_interview(a.db, code)
    qid = int(
        a.db.scalar(
            "SELECT question_id FROM note WHERE interview_id = ? AND question_id IS NOT NULL"
            " LIMIT 1",
            (ia.id,),
        )
    )
    save_note(a.db, ia.id, qid, [Paragraph(1000, "Tillägg från intervjuaren om väntetiden.")])
    quote_id = a.db.scalar("SELECT id FROM quote WHERE interview_id = ? LIMIT 1", (ia.id,))
    second = tmp_path / "2.samtalpkg"
    export_interviews(a, second, [code], recipients=[key])
    report = import_package(analysts, second)
    assert report.interviews[0].outcome == "updated" and report.interviews[0].conflicts == 0
    assert interview_view(analysts, code)["notes"] == interview_view(a, code)["notes"]

    # now both sides edit the same note: the analysts' words and the interviewer's stay
    ib = find_interview(analysts.db, code)
    save_note(analysts.db, ib.id, qid, [Paragraph(1000, "Analytikerns rättelse av anteckningen.")])
    save_note(a.db, ia.id, qid, [Paragraph(1000, "Intervjuarens egen ändring av anteckningen.")])
    if quote_id is not None:
        update_quote(a.db, int(quote_id), starred=True)
    third = tmp_path / "3.samtalpkg"
    export_interviews(a, third, [code], recipients=[key])
    report = import_package(analysts, third)
    assert report.interviews[0].conflicts == 1
    body = str(
        analysts.db.scalar(
            "SELECT body FROM note WHERE interview_id = ? AND question_id = ?", (ib.id, qid)
        )
    )
    assert "Analytikerns rättelse" in body and "Intervjuarens egen ändring" in body
    assert "Konflikt" in body
    assert (
        analysts.db.scalar("SELECT count(*) FROM team_conflict WHERE interview_id = ?", (ib.id,))
        == 1
    )

    before = dump(analysts)
    assert not import_package(analysts, third).changes_anything
    assert dump(analysts) == before
    # an older package of the same interview changes nothing either
    older = import_package(analysts, second)
    assert older.interviews[0].outcome == "older"
    assert dump(analysts) == before
