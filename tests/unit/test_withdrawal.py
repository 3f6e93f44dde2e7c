"""Issue 12 item 2 and issue 14 item 5: withdrawal is one flow that ends in erasure; erasure
survives a restore and reaches the rolling backups; an interview nobody consented to can be
removed.

Real encrypted projects, real backups on disk, real .docx exports read back, and the
decrypted pages of backups scanned for the canary markers.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.analysis import reading, search
from app.errors import ConsentWithdrawn, InvalidInput, NotFound
from app.export.document import ExportKind
from app.export.service import ExportRequest, export_bytes
from app.interview.consent import withdrawn_ids
from app.interview.records import create_interview, find_interview
from app.pseudonymise import review
from app.security import backup as bk
from app.security import erasure, withdrawal
from app.security.deletion_log import REGISTER_NAME
from app.security.restore import restore, restore_backup
from app.store import Project
from app.store.keyfile import KeyFile
from app.store.project import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.leakscan import plaintext_export, scan_bytes, sqlcipher_pages
from tests.unit.test_erasure import erasable, fill_interview  # noqa: F401 - fixture


def _docx_text(data: bytes) -> str:
    import io

    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        parts += [c.text for row in t.rows for c in row.cells]
    return "\n".join(parts)


def _code(project: Project, iid: int) -> str:
    return str(project.db.scalar("SELECT participant_code FROM interview WHERE id = ?", (iid,)))


# -- a withdrawn interview is never shown or exported ---------------------------------------------
def test_withdrawn_interview_appears_in_no_export_search_or_view(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    db = erasable.db
    gone_id, gone = fill_interview(erasable, "BORT")
    kept_id, kept = fill_interview(erasable, "KVAR")
    withdrawal.withdraw(db, gone_id, "AB")
    assert withdrawn_ids(db) == {gone_id}

    # exports: the transcript and an explicit selection are refused, "all" leaves it out
    with pytest.raises(ConsentWithdrawn) as info:
        export_bytes(db, ExportRequest(ExportKind.TRANSCRIPT, (gone_id,)))
    assert _code(erasable, gone_id) in str(info.value.params)
    with pytest.raises(ConsentWithdrawn):
        export_bytes(db, ExportRequest(ExportKind.QUOTES, (gone_id, kept_id)))
    review.accept_all(db, kept_id)
    text = _docx_text(export_bytes(db, ExportRequest(ExportKind.QUOTES, ())))
    assert kept["edited"] in text or kept["quote"] in text
    assert gone["quote"] not in text and gone["edited"] not in text

    # REFI-QDA: refused when named, left out of "all"
    from app.export.qdpx import export_qdpx

    with pytest.raises(InvalidInput):
        export_qdpx(db, tmp_path / "x.qdpx", (gone_id,))
    export_qdpx(db, tmp_path / "alla.qdpx")
    import zipfile

    with zipfile.ZipFile(tmp_path / "alla.qdpx") as z:
        blob = b"".join(z.read(n) for n in z.namelist())
    assert not any(m.encode() in blob for m in gone.values())
    assert kept["note"].encode() in blob

    # search: neither its notes nor its quotes
    for marker in (gone["note"], gone["quote"]):
        word = marker.split("-åäö")[0]
        assert all(h.interview_id != gone_id for h in search.search(db, word))
        assert search.count_hits(db, word) == 0
    assert search.count_hits(db, kept["note"].split("-åäö")[0]) == 1

    # analysis views
    counts = reading.interview_counts(db)
    assert [c.interview_id for c in counts] == [kept_id]
    assert all(i.interview_id != gone_id for i in reading.by_interview(db, gone_id))
    for theme_items in reading.quotes_by_theme(db).values():
        assert all(i.interview_id != gone_id for i in theme_items)
    qkey = str(db.scalar("SELECT key FROM question ORDER BY id LIMIT 1"))
    assert all(i.interview_id != gone_id for i in reading.by_question(db, qkey))


def test_withdraw_and_erase_in_one_step(erasable: Project) -> None:  # noqa: F811
    db = erasable.db
    iid, _ = fill_interview(erasable, "X")
    code = _code(erasable, iid)
    assert withdrawal.withdraw_and_erase(db, iid, "AB") == code
    with pytest.raises(NotFound):
        find_interview(db, code)
    rows = erasure.deletion_log(db)
    assert [(r.participant_code, r.action, r.reason) for r in rows] == [
        (code, "erased_interview", "withdrawal")
    ]


def test_erasing_needs_a_withdrawal_first(erasable: Project) -> None:  # noqa: F811
    iid, _ = fill_interview(erasable, "X")
    with pytest.raises(InvalidInput):
        withdrawal.erase_withdrawn(erasable.db, iid, "AB")
    assert erasure.deletion_log(erasable.db) == []


# -- declined or never consented ------------------------------------------------------------------
def test_interview_without_consent_is_removed_leaving_a_content_free_log_row(
    project: Project,
) -> None:
    db = project.db
    interview = create_interview(db, interviewer_code="AB")
    assert withdrawal.state(db, interview.id).removable_without_consent
    code = withdrawal.remove_unconsented(db, interview.id, "AB")
    assert code == interview.participant_code
    assert db.scalar("SELECT count(*) FROM interview") == 0
    row = dict(db.query("SELECT * FROM deletion_log")[0])
    assert row["participant_code"] == code
    assert row["action"] == "removed_interview" and row["reason"] == "declined"
    assert row["auditor_code"] == "AB"


def test_an_interview_with_consent_is_not_removed_as_declined(
    erasable: Project,  # noqa: F811
) -> None:
    iid, _ = fill_interview(erasable, "X")
    with pytest.raises(InvalidInput):
        withdrawal.remove_unconsented(erasable.db, iid, "AB")
    assert erasable.db.scalar("SELECT count(*) FROM interview") == 1


# -- erasure survives a restore -------------------------------------------------------------------
def _data_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    return bytes(KeyFile.load(folder / KEY_NAME).unwrap(passphrase))


def test_restoring_an_older_backup_erases_again_and_keeps_the_log(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    gone_id, gone = fill_interview(erasable, "BORT")
    kept_id, kept = fill_interview(erasable, "KVAR")
    code = _code(erasable, gone_id)
    older = bk.backup(erasable, tmp_path / "usb")  # a copy made elsewhere, before
    withdrawal.withdraw_and_erase(erasable.db, gone_id, "EF")
    folder = erasable.folder
    erasable.close()

    done = restore_backup(older, folder, PASSPHRASE, replace=True)
    assert done.erased_again == (code,)
    with Project.open(folder, PASSPHRASE) as p:
        assert p.db.scalar("SELECT count(*) FROM interview") == 1
        with pytest.raises(NotFound):
            find_interview(p.db, code)
        log = erasure.deletion_log(p.db)
        assert [(r.participant_code, r.auditor_code) for r in log] == [(code, "EF")]
        plain = plaintext_export(p.db, tmp_path / "plain.db").read_bytes()
    assert scan_bytes(plain, gone.values()) == []
    assert {m for m, _ in scan_bytes(plain, kept.values())} == set(kept.values())
    pages = b"".join(sqlcipher_pages(folder / DB_NAME, _data_key(folder)))
    assert scan_bytes(pages, gone.values()) == []


def test_restore_over_a_damaged_project_still_erases_again(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    """The database cannot be read, but the erasure register beside it can."""
    gone_id, _ = fill_interview(erasable, "BORT")
    fill_interview(erasable, "KVAR")
    code = _code(erasable, gone_id)
    older = bk.backup(erasable, tmp_path / "usb")
    withdrawal.withdraw_and_erase(erasable.db, gone_id, "EF")
    bk.rolling_backup(erasable)  # the register is written (as at every close)
    folder = erasable.folder
    erasable.close()
    assert (folder / REGISTER_NAME).is_file()
    assert code not in (folder / REGISTER_NAME).read_text()  # only a keyed hash of it
    data = bytearray((folder / DB_NAME).read_bytes())
    data[100:4000] = bytes(3900)  # page 1 gone: "file is not a database"
    (folder / DB_NAME).write_bytes(bytes(data))

    restore(older, folder, PASSPHRASE, replace=True)
    with Project.open(folder, PASSPHRASE) as p:
        with pytest.raises(NotFound):
            find_interview(p.db, code)
        assert [r.participant_code for r in erasure.deletion_log(p.db)] == [code]
    assert (folder / REGISTER_NAME).is_file()


def test_restore_with_the_passphrase_of_an_older_backup_still_erases_again(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    gone_id, _ = fill_interview(erasable, "BORT")
    code = _code(erasable, gone_id)
    older = bk.backup(erasable, tmp_path / "usb")
    erasable.change_passphrase(PASSPHRASE, "ett nyare lösenord")
    withdrawal.withdraw_and_erase(erasable.db, gone_id, "EF")
    bk.rolling_backup(erasable)
    folder = erasable.folder
    erasable.close()
    restore(older, folder, PASSPHRASE, replace=True)  # the backup's (older) passphrase
    with Project.open(folder, PASSPHRASE) as p, pytest.raises(NotFound):
        find_interview(p.db, code)


def test_restore_is_refused_when_the_erasures_cannot_be_known(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    fill_interview(erasable, "BORT")
    older = bk.backup(erasable, tmp_path / "usb")
    erasable.change_passphrase(PASSPHRASE, "ett nyare lösenord")
    folder = erasable.folder
    erasable.close()
    (folder / REGISTER_NAME).unlink(missing_ok=True)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(InvalidInput) as info:
        restore(older, folder, PASSPHRASE, replace=True)
    assert info.value.detail == "restore_erasures_unknown"
    assert sorted(p.name for p in folder.iterdir()) == before
    Project.open(folder, "ett nyare lösenord").close()  # untouched


# -- erasure reaches the rolling backups ----------------------------------------------------------
def test_erasure_reaches_the_rolling_backups(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    gone_id, gone = fill_interview(erasable, "BORT")
    kept_id, kept = fill_interview(erasable, "KVAR")
    code = _code(erasable, gone_id)
    made = [bk.rolling_backup(erasable, keep=3) for _ in range(2)]
    key = _data_key(erasable.folder)
    for b in made:
        pages = b"".join(sqlcipher_pages(b / DB_NAME, key))
        assert {m for m, _ in scan_bytes(pages, gone.values())} == set(gone.values())

    withdrawal.withdraw_and_erase(erasable.db, gone_id, "EF")
    assert bk.erase_in_rolling_backups(erasable) == 2

    backups = bk.list_backups(bk.backups_dir(erasable.project_id))
    assert backups == made[::-1]  # the same generations, same order, re-made in place
    for b in backups:
        assert bk.verify_backup_files(b)
        pages = b"".join(sqlcipher_pages(b / DB_NAME, key))
        assert scan_bytes(pages, gone.values()) == []
        assert {m for m, _ in scan_bytes(pages, kept.values())} == set(kept.values())
        with Project.open(b, PASSPHRASE) as copy:
            assert copy.integrity_problems() == []
            with pytest.raises(NotFound):
                find_interview(copy.db, code)
            assert [r.participant_code for r in erasure.deletion_log(copy.db)] == [code]
    assert not [p for p in made[0].parent.iterdir() if p.name.startswith(".")]
    assert bk.erase_in_rolling_backups(erasable) == 0  # nothing left to do


def test_a_rolling_backup_made_at_close_reworks_older_ones(
    erasable: Project,  # noqa: F811
) -> None:
    """Erasures from any path (retention, team import) reach the backups at the next close."""
    gone_id, gone = fill_interview(erasable, "BORT")
    older = bk.rolling_backup(erasable)
    erasure.erase_interview(erasable.db, gone_id, "EF", "retention")
    bk.rolling_backup(erasable)
    pages = b"".join(sqlcipher_pages(older / DB_NAME, _data_key(erasable.folder)))
    assert scan_bytes(pages, gone.values()) == []


def test_a_backup_copied_elsewhere_is_not_touched(
    erasable: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    """Only this computer's rolling backups are re-made; a copy on a stick stays as it was
    (the user is told), and restoring it applies the erasure again."""
    gone_id, _ = fill_interview(erasable, "BORT")
    elsewhere = bk.backup(erasable, tmp_path / "usb")
    before = (elsewhere / DB_NAME).read_bytes()
    withdrawal.withdraw_and_erase(erasable.db, gone_id, "EF")
    bk.erase_in_rolling_backups(erasable)
    assert (elsewhere / DB_NAME).read_bytes() == before
    shutil.rmtree(elsewhere)
