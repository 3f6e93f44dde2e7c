"""Transcripts travel in packages (format 2): text, turns, stamps, the machine-draft mark and
the deleted-audio fact, never audio; both sides' edits kept visibly; hostile input refused."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import demo
from app.audio.records import audio_deleted_at, get_transcript, save_transcript
from app.guide.repository import add_guide
from app.interview.records import find_interview
from app.store import Project
from app.team.envelope import write_package
from app.team.errors import PackageError
from app.team.export import RecordBuilder, export_interviews
from app.team.importer import import_package
from app.team.keys import recipient_key
from app.team.stream import Record
from tests.unit.team_helpers import demo_laptop, dump, give_transcripts, laptop


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Project, Project, dict[str, str]]]:
    source = demo_laptop(tmp_path, "laptop", 4, seed=6, words=200)
    facts = give_transcripts(source, tmp_path, draft=True)
    analysts = laptop(tmp_path, "analytiker")
    add_guide(analysts.db, demo.demo_guide())
    yield source, analysts, facts
    for p in (source, analysts):
        if not p.closed:
            p.close()


def send(source: Project, analysts: Project, path: Path) -> Path:
    export_interviews(source, path, recipients=[recipient_key(analysts.db)])
    return path


def body(project: Project, code: str) -> str:
    t = get_transcript(project.db, find_interview(project.db, code).id)
    return "" if t is None else t.body


def test_both_edited_keeps_both_and_the_draft_mark(
    tmp_path: Path, pair: tuple[Project, Project, dict[str, str]]
) -> None:
    source, analysts, facts = pair
    code, other = facts["deleted"], facts["kept"]
    import_package(analysts, send(source, analysts, tmp_path / "1.samtalpkg"))
    mine = find_interview(analysts.db, code).id
    # the analysts go through the draft against … their notes, and confirm it
    save_transcript(
        analysts.db,
        mine,
        "[00:00:01] I: Hur kom du dit?\n[00:00:04] IP: Med färdtjänst.",
        machine_draft=False,
    )
    # meanwhile on the laptop: the same transcript corrected otherwise, the other one removed
    theirs = find_interview(source.db, code).id
    save_transcript(source.db, theirs, "[00:00:01] I: Hur kom du dit?\n[00:00:04] IP: Med buss.")
    source.db.execute(
        "DELETE FROM transcript WHERE interview_id = ?", (find_interview(source.db, other).id,)
    )
    report = import_package(analysts, send(source, analysts, tmp_path / "2.samtalpkg"))
    outcome = {i.code: i for i in report.interviews}
    assert outcome[code].conflicts == 1 and outcome[other].removed == 1
    text = body(analysts, code)
    assert "Med färdtjänst." in text and "Med buss." in text and "Konflikt" in text
    merged = get_transcript(analysts.db, mine)
    assert merged is not None and merged.machine_draft  # their words are still a draft
    assert body(analysts, other) == ""
    (conflict,) = analysts.db.query("SELECT kind FROM team_conflict")
    assert conflict["kind"] == "transcript"
    # the deleted-audio fact is still there, and the same package again changes nothing
    assert audio_deleted_at(analysts.db, mine) == audio_deleted_at(source.db, theirs)
    before = dump(analysts)
    assert not import_package(analysts, tmp_path / "2.samtalpkg").changes_anything
    assert dump(analysts) == before


def test_hostile_transcripts_are_refused_whole(
    tmp_path: Path, pair: tuple[Project, Project, dict[str, str]]
) -> None:
    source, analysts, facts = pair
    key = recipient_key(analysts.db)
    import_package(analysts, send(source, analysts, tmp_path / "1.samtalpkg"))
    builder = RecordBuilder(source.db)
    ids = [find_interview(source.db, facts[k]).id for k in ("deleted", "kept")]
    good = [*builder.preamble(ids), *(builder.interview(i) for i in ids)]
    deleted_uuid = good[-2]["audio_deleted"][0]["uuid"]

    def bad_origin(r: list[Record]) -> None:
        r[-1]["transcript"]["origin"] = "diktafon"

    def no_body(r: list[Record]) -> None:
        del r[-1]["transcript"]["body"]

    def another_interviews_recording(r: list[Record]) -> None:
        fact = copy.deepcopy(r[-2]["audio_deleted"][0])
        r[-2]["audio_deleted"] = []
        r[-1]["audio_deleted"] = [fact]  # the first interview's recording, claimed by the second

    def bad_reason(r: list[Record]) -> None:
        r[-2]["audio_deleted"][0]["reason"] = "hemligt"

    def audio_bytes(r: list[Record]) -> None:
        r[-2]["audio_deleted"][0]["uuid"] = "../../" + deleted_uuid[:26]

    header = {"origin": "a" * 32, "seq": 9, "created_at": "2026-01-01T00:00:00+00:00"}
    before = dump(analysts)
    spoilers = (bad_origin, no_body, another_interviews_recording, bad_reason, audio_bytes)
    for spoil in spoilers:
        records = copy.deepcopy(good)
        spoil(records)
        dest = tmp_path / f"{spoil.__name__}.samtalpkg"
        write_package(dest, "interviews", iter(records), recipients=[key], header=header)
        with pytest.raises(PackageError) as exc:
            import_package(analysts, dest)
        assert exc.value.detail == "package_damaged", spoil.__name__
        assert dump(analysts) == before, spoil.__name__
    # format 1 knows no transcripts: one that says 1 and carries them is damaged
    v1 = [{k: x for k, x in r.items() if k != "background"} for r in good]
    v1 = [r for r in v1 if r["t"] != "background"]
    dest = tmp_path / "v1.samtalpkg"
    write_package(dest, "interviews", iter(v1), recipients=[key], header=header, format_version=1)
    with pytest.raises(PackageError) as exc:
        import_package(analysts, dest)
    assert exc.value.detail == "package_damaged"
    assert dump(analysts) == before
