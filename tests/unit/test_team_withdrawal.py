"""Withdrawal travels: an interview erased on one laptop is erased wherever a package goes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.interview.notes import Paragraph, save_note
from app.interview.records import find_interview
from app.security.erasure import erase_interview
from app.store import Project
from app.store.keyfile import KeyFile
from app.store.project import DB_NAME, KEY_NAME
from app.team.colisten import export_colistener
from app.team.export import export_interviews
from app.team.importer import import_package
from app.team.keys import recipient_key
from tests.conftest import PASSPHRASE
from tests.leakscan import plaintext_export, scan_bytes, scan_folders, sqlcipher_pages
from tests.unit.team_helpers import demo_laptop, laptop

MARKER = "Kanariefågeln Wilhelmina sjöng i väntrummet"


@pytest.fixture
def projects(tmp_path: Path) -> Iterator[dict[str, Project]]:
    made = {
        "laptop": demo_laptop(tmp_path, "laptop", 6, seed=4),
        "analysts": laptop(tmp_path, "analytiker"),
        "late": laptop(tmp_path, "sen-analytiker"),
        "colistener": laptop(tmp_path, "medlyssnare"),
    }
    yield made
    for p in made.values():
        if not p.closed:
            p.close()


def test_erase_travels_and_the_content_is_gone(
    tmp_path: Path, projects: dict[str, Project]
) -> None:
    source, analysts = projects["laptop"], projects["analysts"]
    late, colistener = projects["late"], projects["colistener"]
    code = str(source.db.scalar("SELECT participant_code FROM interview ORDER BY id LIMIT 1"))
    interview = find_interview(source.db, code)
    save_note(source.db, interview.id, None, [Paragraph(0, MARKER)])
    uid = str(source.db.scalar("SELECT uid FROM interview WHERE id = ?", (interview.id,)))
    before = tmp_path / "före.samtalpkg"
    export_interviews(source, before, recipients=[recipient_key(analysts.db)])
    late_before = tmp_path / "sen-före.samtalpkg"  # sent, but not yet opened over there
    export_interviews(source, late_before, recipients=[recipient_key(late.db)])
    assert import_package(analysts, before).count("new") == 6
    assert analysts.db.scalar("SELECT count(*) FROM interview WHERE uid = ?", (uid,)) == 1
    briefing = tmp_path / "medlyssnare.samtalpkg"
    export_colistener(source, code, briefing, recipients=[recipient_key(colistener.db)])
    import_package(colistener, briefing)
    assert colistener.db.scalar("SELECT count(*) FROM colisten_session") == 1

    # the informant withdraws: the interview is erased on the laptop
    erase_interview(source.db, interview.id, "AB", "withdrawal")
    after = tmp_path / "efter.samtalpkg"
    summary = export_interviews(source, after, recipients=[recipient_key(analysts.db)])
    assert code not in summary.codes and summary.deletions == 1  # never carries the erased one

    report = import_package(analysts, after)
    assert report.erased == [code]
    assert analysts.db.scalar("SELECT count(*) FROM interview WHERE uid = ?", (uid,)) == 0
    log = analysts.db.query("SELECT * FROM deletion_log")
    assert len(log) == 1 and log[0]["interview_uid"] == uid and log[0]["reason"] == "withdrawal"
    # the words are gone from the analysts' database: rows, free pages and the WAL
    assert (
        scan_bytes(plaintext_export(analysts.db, tmp_path / "plain.db").read_bytes(), [MARKER])
        == []
    )
    key = bytes(KeyFile.load(analysts.folder / KEY_NAME).unwrap(PASSPHRASE))
    pages = b"".join(sqlcipher_pages(analysts.folder / DB_NAME, key))
    assert scan_bytes(pages, [MARKER]) == []
    assert scan_folders([analysts.folder], [MARKER]) == []

    # importing the erasure again changes nothing; the old package cannot bring it back
    again = import_package(analysts, after)
    assert not again.changes_anything
    old = import_package(analysts, before)
    assert {i.code: i.outcome for i in old.interviews}[code] == "refused_erased"
    assert analysts.db.scalar("SELECT count(*) FROM interview WHERE uid = ?", (uid,)) == 0

    # a project that never had it logs the erasure, and then refuses the old package
    late_after = tmp_path / "sen-efter.samtalpkg"
    export_interviews(source, late_after, recipients=[recipient_key(late.db)])
    report = import_package(late, late_after)
    assert report.erased == [] and report.deletions_logged == 1
    old = import_package(late, late_before)
    assert {i.code: i.outcome for i in old.interviews}[code] == "refused_erased"
    assert late.db.scalar("SELECT count(*) FROM interview WHERE uid = ?", (uid,)) == 0

    # the co-listener's copy goes too
    to_colistener = tmp_path / "till-medlyssnare.samtalpkg"
    export_interviews(source, to_colistener, recipients=[recipient_key(colistener.db)])
    import_package(colistener, to_colistener)
    assert colistener.db.scalar("SELECT count(*) FROM colisten_session") == 0
