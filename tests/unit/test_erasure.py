"""Erasure on withdrawal (R22, R24) and retention (R25)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.analysis import themes
from app.errors import InvalidInput, NotFound
from app.interview import consent, notes, quotes
from app.interview.records import create_interview, find_interview
from app.pseudonymise import name_lists as names
from app.security import erasure, retention
from app.store import Project
from app.store.keyfile import KeyFile
from app.store.project import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.leakscan import plaintext_export, scan_bytes, scan_folders, sqlcipher_pages


def markers_for(tag: str) -> dict[str, str]:
    return {
        k: f"KANARIE-{tag}-{k}-åäö"
        for k in ("note", "quote", "edited", "name", "answer", "passage", "review")
    }


def fill_interview(
    project: Project, tag: str, retention: str | None = None
) -> tuple[int, dict[str, str]]:
    """An interview with something in every table that belongs to it."""
    db = project.db
    m = markers_for(tag)
    interview = create_interview(db, interviewer_code="AB", co_listener_code="CD")
    record = consent.ConsentRecord(auditor_code="AB", retention_date=retention)
    for item in consent.CONSENT_ITEMS:
        setattr(record, item.key, True)
    consent.record_consent(db, interview.id, record)
    qid = db.scalar("SELECT id FROM question ORDER BY id LIMIT 1")
    fid = db.scalar("SELECT id FROM follow_up ORDER BY id LIMIT 1")
    theme = themes.add_theme(db, f"Tema {tag}")
    notes.save_note(db, interview.id, qid, [notes.Paragraph(0, m["note"] + " lång text " * 50)])
    note_id = db.scalar("SELECT id FROM note WHERE interview_id = ?", (interview.id,))
    q = quotes.add_quote(db, interview.id, m["quote"], question_id=qid, theme_ids=[theme])
    quotes.update_quote(db, q.id, edited_text=m["edited"])
    names.add_name(db, m["name"], interview.id)
    db.execute(
        "INSERT INTO question_state (interview_id, question_id, status, answer)"
        " VALUES (?, ?, 'covered', ?)",
        (interview.id, qid, m["answer"]),
    )
    db.execute(
        "INSERT INTO follow_up_state (interview_id, follow_up_id, done) VALUES (?, ?, 1)",
        (interview.id, fid),
    )
    db.execute(
        "INSERT INTO passage_tag (note_id, theme_id, start_pos, end_pos, exact, created_at)"
        " VALUES (?, ?, 0, 10, ?, 'now')",
        (note_id, theme, m["passage"]),
    )
    db.execute(
        "INSERT INTO future_feature_row (interview_id, decision) VALUES (?, ?)",
        (interview.id, m["review"]),
    )
    return interview.id, m


@pytest.fixture
def erasable(project_with_guide: Project) -> Project:
    # A table as another feature might add it, without ON DELETE CASCADE.
    project_with_guide.db.execute(
        "CREATE TABLE future_feature_row"
        " (interview_id INTEGER REFERENCES interview(id), decision TEXT)"
    )
    return project_with_guide


def data_key(project: Project) -> bytes:
    return bytes(KeyFile.load(project.folder / KEY_NAME).unwrap(PASSPHRASE))


def test_erase_interview_leaves_no_trace(erasable: Project, tmp_path: Path) -> None:
    """R24 canary: plaintext copy, every decrypted page, the WAL and the log row."""
    db = erasable.db
    gone_id, gone = fill_interview(erasable, "BORT")
    kept_id, kept = fill_interview(erasable, "KVAR")
    code = db.scalar("SELECT participant_code FROM interview WHERE id = ?", (gone_id,))
    db.checkpoint()
    pages = b"".join(sqlcipher_pages(erasable.folder / DB_NAME, data_key(erasable)))
    assert {m for m, _ in scan_bytes(pages, gone.values())} == set(
        gone.values()
    )  # the scanner sees them

    assert erasure.erase_interview(db, gone_id, "EF", "withdrawal") == code

    plain = plaintext_export(db, tmp_path / "plain.db").read_bytes()
    assert scan_bytes(plain, gone.values()) == []
    assert {m for m, _ in scan_bytes(plain, kept.values())} == set(kept.values())
    pages = b"".join(sqlcipher_pages(erasable.folder / DB_NAME, data_key(erasable)))
    assert scan_bytes(pages, gone.values()) == []  # free pages were wiped too
    assert (erasable.folder / (DB_NAME + "-wal")).stat().st_size == 0
    assert scan_folders([erasable.folder], gone.values()) == []

    log = db.query("SELECT * FROM deletion_log")
    assert len(log) == 1
    row = dict(log[0])
    assert set(row) == {
        "id",
        "at",
        "participant_code",
        "action",
        "auditor_code",
        "reason",
        "interview_uid",  # the random stable id, so the erasure can travel in packages
    }
    assert len(row["interview_uid"]) == 32 and int(row["interview_uid"], 16) >= 0
    assert row["participant_code"] == code and row["auditor_code"] == "EF"
    assert row["action"] == "erased_interview" and row["reason"] == "withdrawal"
    assert not any(m in str(v) for v in row.values() for m in gone.values())

    for table in (
        "interview",
        "consent",
        "note",
        "quote",
        "question_state",
        "follow_up_state",
        "name_entry",
        "future_feature_row",
    ):
        column = "id" if table == "interview" else "interview_id"
        assert db.scalar(f"SELECT count(*) FROM {table} WHERE {column} = ?", (gone_id,)) == 0
    assert names.interview_names(db, gone_id) == []  # R22: the name list goes with it
    assert names.interview_names(db, kept_id) == [kept["name"]]
    assert db.scalar("SELECT count(*) FROM quote_theme") == 1
    assert db.scalar("SELECT count(*) FROM passage_tag") == 1
    assert erasable.integrity_problems() == []


def test_erase_is_all_or_nothing(erasable: Project) -> None:
    db = erasable.db
    iid, _ = fill_interview(erasable, "X")
    before = db.table_counts()
    with pytest.raises(InvalidInput):
        erasure.erase_interview(db, iid, "a name with spaces", "withdrawal")
    with pytest.raises(InvalidInput):
        erasure.erase_interview(db, iid, "AB", "because")
    with pytest.raises(NotFound):
        erasure.erase_interview(db, iid + 100, "AB", "withdrawal")
    # a failure in the middle rolls everything back
    db.execute(
        "CREATE TRIGGER refuse BEFORE DELETE ON interview BEGIN SELECT RAISE(ABORT, 'nej'); END"
    )
    with pytest.raises(Exception):  # noqa: B017 - any failure must roll back
        erasure.erase_interview(db, iid, "AB", "withdrawal")
    assert db.table_counts() == before
    assert not db.in_transaction


def test_retention_lists_and_erases_only_overdue(erasable: Project) -> None:
    """R25 with a fake clock: dates decide, and only listed overdue interviews go."""
    db = erasable.db
    early, _ = fill_interview(erasable, "A", retention="2026-03-01")
    late, _ = fill_interview(erasable, "B", retention="2027-01-01")
    none, _ = fill_interview(erasable, "C")
    db.execute(
        "UPDATE interview SET keep_until = '2026-02-01' WHERE id = ?", (late,)
    )  # earliest wins
    assert retention.overdue_interviews(db, date(2026, 1, 1)) == []
    overdue = retention.overdue_interviews(db, date(2026, 2, 2))
    assert [o.interview_id for o in overdue] == [late]
    assert overdue[0].keep_until == "2026-02-01"
    db.execute("UPDATE audit SET keep_until = '2026-06-30'")
    assert [o.interview_id for o in retention.overdue_interviews(db, date(2026, 7, 1))] == [
        late,
        early,
        none,
    ]
    with pytest.raises(InvalidInput):
        retention.erase_overdue(db, [early], "AB", date(2026, 2, 2))  # not overdue yet
    assert db.scalar("SELECT count(*) FROM interview") == 3
    codes = retention.erase_overdue(db, [late, early], "AB", date(2026, 3, 2))
    assert len(codes) == 2
    assert [r[0] for r in db.query("SELECT id FROM interview")] == [none]
    assert {r["action"] for r in db.query("SELECT action FROM deletion_log")} == {"retention_purge"}
    assert (erasable.folder / (DB_NAME + "-wal")).stat().st_size == 0


def test_find_after_erasure_says_not_found(erasable: Project) -> None:
    iid, _ = fill_interview(erasable, "Z")
    code = erasure.erase_interview(erasable.db, iid, "AB", "withdrawal", compact=False)
    with pytest.raises(NotFound):
        find_interview(erasable.db, code)
