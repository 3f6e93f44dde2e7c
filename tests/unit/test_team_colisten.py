"""The co-listener's offline round trip, without the window: briefing out, quotes back."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.errors import ConsentRequired
from app.interview.consent import current_consent, withdraw_consent
from app.interview.records import find_interview
from app.store import Project
from app.team.colisten import export_colistener, export_quotes, question_at
from app.team.colisten_store import (
    LocalQuoteSink,
    get_session,
    session_for,
    start_clock,
)
from app.team.importer import ImportOptions, import_package
from app.team.keys import recipient_key
from tests.unit.team_helpers import demo_laptop, dump, laptop


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Project, Project]:
    interviewer = demo_laptop(tmp_path, "intervjuare", 8, seed=5)
    colistener = laptop(tmp_path, "medlyssnare")
    yield interviewer, colistener
    interviewer.close()
    colistener.close()


def code_with_quote_consent(project: Project, allowed: bool) -> str:
    for (code,) in project.db.query("SELECT participant_code FROM interview ORDER BY id"):
        consent = current_consent(project.db, find_interview(project.db, str(code)).id)
        if consent is not None and consent.consent_quotes == allowed:
            return str(code)
    raise AssertionError("no such interview in the demo")


def later(iso: str, seconds: float) -> str:
    return (datetime.fromisoformat(iso) + timedelta(seconds=seconds)).isoformat(
        timespec="milliseconds"
    )


def briefing_for(tmp_path: Path, interviewer: Project, colistener: Project, code: str) -> int:
    out = tmp_path / f"{code}-medlyssnare.samtalpkg"
    export_colistener(interviewer, code, out, recipients=[recipient_key(colistener.db)])
    report = import_package(colistener, out)
    assert report.kind == "colistener" and report.colistener_code == code
    assert colistener.db.scalar("SELECT count(*) FROM interview") == 0  # nothing added there
    uid = interviewer.db.scalar("SELECT uid FROM interview WHERE participant_code = ?", (code,))
    return session_for(colistener.db, str(uid)).id


def test_round_trip_quotes_land_on_question_and_clock(
    tmp_path: Path, pair: tuple[Project, Project]
) -> None:
    interviewer, colistener = pair
    code = code_with_quote_consent(interviewer, True)
    session_id = briefing_for(tmp_path, interviewer, colistener, code)
    session = get_session(colistener.db, session_id)
    assert session.briefing.may_quote and session.briefing.code == code
    assert "Respekt" in [t["path"][0] for t in session.briefing.themes]

    started = str(
        interviewer.db.scalar(
            "SELECT started_at FROM interview WHERE participant_code = ?", (code,)
        )
    )
    start_clock(colistener.db, session_id, at=later(started, 20))  # 20 s after the interviewer
    sink = LocalQuoteSink(colistener.db, get_session(colistener.db, session_id))
    first, second = session.briefing.questions[1].ref, session.briefing.questions[4].ref
    sink.add("Man vill bli sedd som en människa.", first, 5_000, True, ["Respekt"])
    sink.add("Det tog tre veckor innan jag fick besked.", second, 65_000, False, [])
    back = tmp_path / "citat.samtalpkg"
    export_quotes(colistener, get_session(colistener.db, session_id), back)
    assert b"tre veckor" not in back.read_bytes()

    preview = import_package(interviewer, back, ImportOptions(dry_run=True))
    assert preview.quotes is not None and preview.quotes.added == 2
    assert preview.quotes.aligned and preview.quotes.offset_ms == 20_000
    report = import_package(interviewer, back)
    assert report.quotes is not None and report.quotes.added == 2
    iid = find_interview(interviewer.db, code).id
    rows = interviewer.db.query(
        "SELECT q.text, q.at_ms, q.starred, q.question_id, q.source FROM quote q"
        " WHERE q.interview_id = ? AND q.source = 'import' ORDER BY q.at_ms",
        (iid,),
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Man vill bli sedd som en människa.", 25_000, 1),
        ("Det tog tre veckor innan jag fick besked.", 85_000, 0),
    ]
    # tied to the questions the co-listener had on screen
    guide_questions = interviewer.db.query(
        "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
        " JOIN interview i ON i.guide_version_id = s.guide_version_id"
        " WHERE i.id = ? ORDER BY s.position, q.position",
        (iid,),
    )
    ids = [int(r[0]) for r in guide_questions]
    assert [int(r[3]) for r in rows] == [ids[1], ids[4]]
    theme = interviewer.db.scalar(
        "SELECT t.name FROM quote_theme qt JOIN theme t ON t.id = qt.theme_id"
        " JOIN quote q ON q.id = qt.quote_id WHERE q.text LIKE 'Man vill bli sedd%'"
        " AND q.source = 'import'"
    )
    assert theme == "Respekt"

    before = dump(interviewer)
    again = import_package(interviewer, back)
    assert again.quotes is not None and again.quotes.unchanged == 2 and not again.changes_anything
    assert dump(interviewer) == before
    # an adjusted offset moves the quotes (re-import with the user's own offset)
    moved = import_package(interviewer, back, ImportOptions(offset_ms=0))
    assert moved.quotes is not None and moved.quotes.changed == 2
    assert (
        interviewer.db.scalar(
            "SELECT min(at_ms) FROM quote WHERE interview_id = ? AND source = 'import'", (iid,)
        )
        == 5_000
    )


def test_clocks_far_apart_are_not_aligned(tmp_path: Path, pair: tuple[Project, Project]) -> None:
    interviewer, colistener = pair
    code = code_with_quote_consent(interviewer, True)
    session_id = briefing_for(tmp_path, interviewer, colistener, code)
    started = str(
        interviewer.db.scalar(
            "SELECT started_at FROM interview WHERE participant_code = ?", (code,)
        )
    )
    start_clock(colistener.db, session_id, at=later(started, 3 * 60))
    sink = LocalQuoteSink(colistener.db, get_session(colistener.db, session_id))
    sink.add("Ett citat.", None, 1_000, False, [])
    back = tmp_path / "c.samtalpkg"
    export_quotes(colistener, get_session(colistener.db, session_id), back)
    report = import_package(interviewer, back)
    assert report.quotes is not None
    assert not report.quotes.aligned and report.quotes.offset_ms == 0 and report.quotes.added == 1


def test_quote_consent_enforced_on_both_laptops(
    tmp_path: Path, pair: tuple[Project, Project]
) -> None:
    interviewer, colistener = pair
    no = code_with_quote_consent(interviewer, False)
    session_id = briefing_for(tmp_path, interviewer, colistener, no)
    sink = LocalQuoteSink(colistener.db, get_session(colistener.db, session_id))
    with pytest.raises(ConsentRequired):
        sink.add("Får inte sparas.", None, 0, False, [])
    assert colistener.db.scalar("SELECT count(*) FROM colisten_quote") == 0

    yes = code_with_quote_consent(interviewer, True)
    session_id = briefing_for(tmp_path, interviewer, colistener, yes)
    sink = LocalQuoteSink(colistener.db, get_session(colistener.db, session_id))
    sink.add("Sparas här men inte där.", None, 0, False, [])
    back = tmp_path / "c.samtalpkg"
    export_quotes(colistener, get_session(colistener.db, session_id), back)
    withdraw_consent(interviewer.db, find_interview(interviewer.db, yes).id, "AB")
    report = import_package(interviewer, back)
    assert report.quotes is not None
    assert report.quotes.refused == 1 and report.quotes.refused_reason == "consent"
    assert not interviewer.db.scalar("SELECT count(*) FROM quote WHERE text LIKE 'Sparas här%'")


def test_follow_the_guide_by_clock(tmp_path: Path, pair: tuple[Project, Project]) -> None:
    interviewer, colistener = pair
    code = code_with_quote_consent(interviewer, True)
    session = get_session(colistener.db, briefing_for(tmp_path, interviewer, colistener, code))
    briefing = session.briefing
    refs = [q.ref for q in briefing.questions]
    assert question_at(briefing, 0) == refs[0]
    positions = [refs.index(question_at(briefing, m * 60_000) or "") for m in range(0, 200, 5)]
    assert positions == sorted(positions)  # never goes backwards
    assert question_at(briefing, 10**9) == refs[-1]
