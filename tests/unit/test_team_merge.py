"""Interviews packages between laptops: export, import, merge (real encrypted projects)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from app import demo
from app.analysis.codebook import tag_passage
from app.analysis.survey.jsonshape import summary_json
from app.analysis.survey.source import load_survey, set_min_group
from app.analysis.survey.summary import summarise
from app.analysis.themes import add_default_themes
from app.audio.chunks import audio_root
from app.audio.records import audio_deleted_at, audio_recordings, get_transcript, recordings_for
from app.guide.repository import add_guide
from app.interview.background import list_variables
from app.interview.notes import Paragraph, save_note
from app.interview.quotes import update_quote
from app.interview.records import find_interview
from app.store import Project
from app.team.envelope import write_package
from app.team.errors import PackageError
from app.team.export import RecordBuilder, export_interviews
from app.team.importer import ImportOptions, import_package
from app.team.keys import recipient_key
from tests.unit.team_helpers import (
    TRANSCRIPT_CANARY,
    demo_laptop,
    dump,
    give_transcripts,
    laptop,
)
from tests.unit.test_cli import samtal
from tests.unit.test_team_package_format import contains


def interview_view(project: Project, code: str) -> dict[str, Any]:
    """An interview with everything that belongs to it, without local ids and counters
    (background categories by variable name)."""
    db = project.db
    builder = RecordBuilder(db)
    record = copy.deepcopy(builder.interview(find_interview(db, code).id))
    record.pop("guide")
    names = {
        ref: db.scalar("SELECT label FROM background_variable WHERE id = ?", (vid,))
        for vid, ref in builder.variable_ref.items()
    }
    record["background"] = {names[ref]: c for ref, c in record["background"].items()}
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
    add_guide(analysts.db, demo.demo_guide())  # the laptops' guide (seed + closed questions)
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
    # transcripts: typed on A, a machine draft on B; one audio deleted, one kept, on each
    facts = {p.name: give_transcripts(p, tmp_path, draft=p is b) for p in (a, b)}
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
    # background variables arrived (definitions and every interview's categories), answers too
    assert [(v.label, v.categories) for v in list_variables(analysts.db)] == [
        (v.label, v.categories) for v in list_variables(a.db)
    ]
    assert report.variables_added == [] and report.new_categories == []  # B's matched A's
    with_background = analysts.db.scalar(
        "SELECT count(DISTINCT interview_id) FROM interview_background"
    )
    answered = analysts.db.scalar(
        "SELECT count(DISTINCT interview_id) FROM question_state WHERE answer IS NOT NULL"
    )
    assert with_background == answered == 12
    # transcripts arrived with their turns, stamps and draft mark; audio never travels, only
    # the fact that it was deleted
    for source in (a, b):
        deleted, kept = facts[source.name]["deleted"], facts[source.name]["kept"]
        for code in (deleted, kept):
            here = get_transcript(analysts.db, find_interview(analysts.db, code).id)
            there = get_transcript(source.db, find_interview(source.db, code).id)
            assert here is not None and there is not None
            assert (here.body, here.origin, here.machine_draft) == (
                there.body,
                there.origin,
                source is b,
            )
            assert "[00:00:04] IP:" in here.body
        gone = audio_deleted_at(source.db, find_interview(source.db, deleted).id)
        assert gone is not None
        assert audio_deleted_at(analysts.db, find_interview(analysts.db, deleted).id) == gone
        assert recordings_for(analysts.db, find_interview(analysts.db, kept).id) == []
        assert audio_recordings(source.db, find_interview(source.db, kept).id)  # still there
    audio_files = audio_root(analysts.folder)
    assert not audio_files.exists() or not any(p.is_file() for p in audio_files.rglob("*"))
    for dest in packages:
        assert not contains(dest.read_bytes(), TRANSCRIPT_CANARY)
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

    # `samtal summary` on the analysts' project counts all twelve, by background too: the
    # same figures as the two laptops' own data summarised together
    laptops = [load_survey(p.db) for p in (a, b)]
    age = laptops[0].variable("aldersgrupp")
    assert age is not None and age.label == "Åldersgrupp"
    expected = summary_json(
        summarise(
            laptops[0].questions,
            [*laptops[0].interviews, *laptops[1].interviews],
            min_group=1,
            by=age,
        )
    )
    set_min_group(analysts.db, 1)  # every figure shown, so the counts can be checked exactly
    analysts.close()
    result = samtal("summary", analysts.folder, "--json", "--by", "Åldersgrupp")
    assert result.returncode == 0, result.stderr
    got = json.loads(result.stdout)
    assert got == json.loads(json.dumps(expected))
    for q in got["questions"]:
        groups = q["by"]["aldersgrupp"]
        assert sum(g["answered"] or 0 for g in groups) == q["answered"]
        assert sum(g["answered"] or 0 for g in groups if g["group"] is not None) > 0
    closed = [q for q in got["questions"] if q["kind"] != "multi_choice"]
    assert closed and all(
        sum(a["count"] or 0 for a in q["answers"]) == q["answered"] for q in closed
    )
    text = samtal("summary", analysts.folder)
    assert "Intervjuer som räknas: 12" in text.stdout, text.stderr


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


def test_refusals_code_clash_and_own_package(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    a, b, analysts = three
    key = recipient_key(analysts.db)
    clash = codes(b)[0]
    # the same participant code for a different informant (another uid) on laptop A
    a.db.execute(
        "UPDATE interview SET participant_code = ? WHERE participant_code = ?", (clash, codes(a)[0])
    )
    for source in (b, a):
        dest = tmp_path / f"{source.name}.samtalpkg"
        export_interviews(source, dest, recipients=[key])
        report = import_package(analysts, dest)
    outcomes = {i.code: i.outcome for i in report.interviews}
    assert outcomes[clash] == "refused_code"
    # a package made by this very project is refused in one line
    own = tmp_path / "own.samtalpkg"
    export_interviews(analysts, own, recipients=[key])
    with pytest.raises(PackageError) as exc:
        import_package(analysts, own)
    assert exc.value.detail == "package_own"


def test_withdrawal_wins_and_removed_quote_follows(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    a, _, analysts = three
    key = recipient_key(analysts.db)
    quoted = [
        str(r[0])
        for r in a.db.query(
            "SELECT DISTINCT i.participant_code FROM interview i"
            " JOIN quote q ON q.interview_id = i.id"
        )
    ]
    code, other = quoted[0], quoted[1]
    first = tmp_path / "1.samtalpkg"
    export_interviews(a, first, recipients=[key])
    import_package(analysts, first)

    ia = find_interview(a.db, other)
    gone = a.db.query_one("SELECT id, uid FROM quote WHERE interview_id = ? LIMIT 1", (ia.id,))
    assert gone is not None
    a.db.execute("DELETE FROM quote WHERE id = ?", (gone["id"],))
    # the analysts withdrew nothing, but on the laptop the informant of `code` withdrew
    from app.interview.consent import withdraw_consent

    withdraw_consent(a.db, find_interview(a.db, code).id, "AB")
    second = tmp_path / "2.samtalpkg"
    summary = export_interviews(a, second, recipients=[key])
    assert code in summary.skipped_withdrawn and code not in summary.codes
    report = import_package(analysts, second)
    assert {i.code: i.outcome for i in report.interviews}[other] == "updated"
    assert not analysts.db.scalar("SELECT count(*) FROM quote WHERE uid = ?", (gone["uid"],))


def test_theme_mapping_and_new_themes(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    a, _, analysts = three
    from app.analysis.themes import add_theme

    new_id = add_theme(a.db, "Bemötande")
    quote_id = a.db.scalar("SELECT id FROM quote LIMIT 1")
    a.db.execute("INSERT INTO quote_theme VALUES (?, ?)", (quote_id, new_id))
    dest = tmp_path / "t.samtalpkg"
    export_interviews(a, dest, recipients=[recipient_key(analysts.db)])
    preview = import_package(analysts, dest, ImportOptions(dry_run=True))
    assert preview.themes_added == ["Bemötande"]
    respekt = int(analysts.db.scalar("SELECT id FROM theme WHERE name = 'Respekt'"))
    report = import_package(analysts, dest, ImportOptions(theme_map={"bemötande": respekt}))
    assert report.themes_added == []
    assert not analysts.db.scalar("SELECT count(*) FROM theme WHERE name = 'Bemötande'")
    uid = a.db.scalar("SELECT uid FROM quote WHERE id = ?", (quote_id,))
    themes = {
        str(r[0])
        for r in analysts.db.query(
            "SELECT t.name FROM quote q JOIN quote_theme qt ON qt.quote_id = q.id"
            " JOIN theme t ON t.id = qt.theme_id WHERE q.uid = ?",
            (uid,),
        )
    }
    assert "Respekt" in themes


def test_hostile_package_changes_nothing(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    """Anyone with the public key can make a package: bad content is refused whole."""
    a, _, analysts = three
    key = recipient_key(analysts.db)
    builder = RecordBuilder(a.db)
    ids = [int(r[0]) for r in a.db.query("SELECT id FROM interview ORDER BY id")]
    good = [*builder.preamble(ids), *(builder.interview(i) for i in ids)]
    before = dump(analysts)
    header = {"origin": "f" * 32, "seq": 1, "created_at": "2026-01-01T00:00:00+00:00"}
    for n, spoil in enumerate(
        (
            lambda r: r.update(mode="hemma"),
            lambda r: r.update(elapsed_ms="lång"),
            lambda r: r["notes"][0].update(q="99.99"),
            lambda r: r["quotes"].append({"uid": "x", "text": "y"}),
            lambda r: r.update(t="okänd"),
            lambda r: r["consents"][0]["items"].pop("consent_notes"),
        )
    ):
        records = copy.deepcopy(good)
        spoil(records[-1])
        dest = tmp_path / f"bad-{n}.samtalpkg"
        write_package(dest, "interviews", iter(records), recipients=[key], header=header)
        with pytest.raises(PackageError) as exc:
            import_package(analysts, dest)
        assert exc.value.detail == "package_damaged", n
        assert dump(analysts) == before, n


def test_ids_of_another_interview_are_refused(
    tmp_path: Path, three: tuple[Project, Project, Project]
) -> None:
    """A package may not reach into another interview by reusing its quote or consent id."""
    a, _, analysts = three
    key = recipient_key(analysts.db)
    first = tmp_path / "1.samtalpkg"
    export_interviews(a, first, recipients=[key])
    import_package(analysts, first)
    builder = RecordBuilder(a.db)
    ids = [int(r[0]) for r in a.db.query("SELECT id FROM interview ORDER BY id")]
    victim = builder.interview(ids[0])
    intruder = builder.interview(ids[1])
    records = [*builder.preamble(ids[1:2])]
    intruder = copy.deepcopy(intruder)
    intruder["uid"], intruder["code"] = "e" * 32, "YYY-YYY"
    intruder["consents"][0]["uid"] = victim["consents"][0]["uid"]
    before = dump(analysts)
    dest = tmp_path / "intrång.samtalpkg"
    header = {"origin": "d" * 32, "seq": 1, "created_at": "2026-01-01T00:00:00+00:00"}
    write_package(dest, "interviews", iter([*records, intruder]), recipients=[key], header=header)
    with pytest.raises(PackageError) as exc:
        import_package(analysts, dest)
    assert exc.value.detail == "package_damaged"
    assert dump(analysts) == before
