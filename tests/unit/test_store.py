"""The encrypted project store: open sequence, errors, atomic(), migrations, locking."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from app.errors import (
    DamagedProject,
    InvalidInput,
    ProjectExists,
    ProjectLocked,
    ProjectNotFound,
    StoreBug,
    UnsupportedFormat,
    WrongPassphrase,
)
from app.store import Database, KdfParams, Project
from app.store.project import DB_NAME, KEY_NAME
from app.store.schema import MIGRATIONS
from tests.conftest import PASSPHRASE, fast_kdf


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file's sha256 and mtime (ns), by name."""
    return {
        p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
    }


def test_create_and_reopen(tmp_path: Path) -> None:
    p = Project.create(
        tmp_path / "granskning", PASSPHRASE, audit_name="Min granskning", kdf=fast_kdf()
    )
    assert p.folder == tmp_path / "granskning.samtal"
    assert sorted(x.name for x in p.folder.iterdir() if not x.name.startswith(DB_NAME + "-")) == [
        "samtal.db",
        "samtal.key",
        "samtal.lock",
        "samtal.saves",
    ]
    p.close()
    with Project.open(tmp_path / "granskning.samtal", PASSPHRASE) as again:
        assert again.db.scalar("SELECT name FROM audit") == "Min granskning"
        assert again.db.user_version == len(MIGRATIONS)


def test_database_file_is_encrypted_and_settings_pinned(project: Project) -> None:
    header = (project.folder / DB_NAME).read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    db = project.db
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")
    # temp_store: the sqlcipher3 build forces memory; 0 = default (memory) or 2 = MEMORY
    assert db.scalar("PRAGMA temp_store") in (0, 2)


def test_wrong_passphrase_changes_nothing(project: Project) -> None:
    folder = project.folder
    project.close()
    before = snapshot(folder)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Project.open(folder, "fel lösenord")
    assert snapshot(folder) == before


def test_missing_path_is_not_created(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound):
        Project.open(tmp_path / "finns-inte.samtal", PASSPHRASE)
    with pytest.raises(ProjectNotFound):
        Database.open(tmp_path / "nope.db", b"\0" * 32)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_existing_and_short_passphrase(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ProjectExists):
        Project.create(project.folder, PASSPHRASE, kdf=fast_kdf())
    with pytest.raises(InvalidInput):
        Project.create(tmp_path / "kort", "kort", kdf=fast_kdf())
    assert not (tmp_path / "kort.samtal").exists()


@pytest.mark.parametrize(
    "passphrase", ["it's a 'quote'", 'dubbla "citat" här', "nytt lösen åäö", "x" * 200]
)
def test_awkward_passphrases(tmp_path: Path, passphrase: str) -> None:
    Project.create(tmp_path / "p", passphrase, kdf=fast_kdf()).close()
    Project.open(tmp_path / "p", passphrase).close()


def test_nfc_and_nfd_passphrases_open_the_same_project(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "nytt lösen för öar")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    Project.create(tmp_path / "p", nfd, kdf=fast_kdf()).close()
    Project.open(tmp_path / "p", nfc).close()


def test_real_kdf_parameters_are_stored(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "p", PASSPHRASE)
    p.close()
    import json

    doc = json.loads((tmp_path / "p.samtal" / KEY_NAME).read_text())
    kdf = doc["slots"][0]["kdf"]
    assert doc["format_version"] == 1
    assert kdf["name"] == "argon2id" and kdf["memory_kib"] == 65536 and kdf["time_cost"] == 3


def test_tampered_key_file_is_wrong_passphrase_or_damaged(project: Project) -> None:
    folder = project.folder
    project.close()
    key = folder / KEY_NAME
    key.write_text(key.read_text().replace('"time_cost": 1', '"time_cost": 2'))
    with pytest.raises(DamagedProject):  # the checksum tells tampering from a wrong passphrase
        Project.open(folder, PASSPHRASE)
    key.write_text("{ not json")
    with pytest.raises(DamagedProject):
        Project.open(folder, PASSPHRASE)
    key.unlink()
    with pytest.raises(DamagedProject):
        Project.open(folder, PASSPHRASE)


def _fill(project: Project, rows: int = 400) -> None:
    with project.db.atomic():
        iid = project.db.insert(
            "INSERT INTO interview (participant_code, held_on, mode, created_at)"
            " VALUES ('AAA-AAA', '2026-01-01', 'phone', 'now')"
        )
        for i in range(rows):
            project.db.execute(
                "INSERT INTO quote (interview_id, text, created_at) VALUES (?, ?, 'now')",
                (iid, f"citat nummer {i} " * 20),
            )


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damaged_later_page_is_detected(project: Project) -> None:
    _fill(project)
    folder = project.folder
    project.close()
    db_file = folder / DB_NAME
    assert db_file.stat().st_size > 20 * 4096
    _flip_byte(db_file, 12 * 4096 + 100)
    try:
        opened = Project.open(folder, PASSPHRASE)
    except DamagedProject:
        return  # detected at unlock (quick_check)
    try:
        problems = opened.integrity_problems()
        assert problems and any(
            "13" in p or "page" in p.lower() or "malformed" in p for p in problems
        )
    finally:
        opened.close()


def test_damaged_first_page_is_damaged_project(project: Project) -> None:
    folder = project.folder
    project.close()
    _flip_byte(folder / DB_NAME, 200)
    with pytest.raises(DamagedProject):
        Project.open(folder, PASSPHRASE)


def test_atomic_rolls_back_and_nests(project: Project) -> None:
    db = project.db
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO stop_word VALUES ('ett')")
        raise RuntimeError("boom")
    assert db.scalar("SELECT count(*) FROM stop_word") == 0
    with db.atomic():
        db.execute("INSERT INTO stop_word VALUES ('yttre')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO stop_word VALUES ('inre')")
            raise ValueError
        with db.atomic():
            db.execute("INSERT INTO stop_word VALUES ('inre2')")
    assert [r[0] for r in db.query("SELECT word FROM stop_word ORDER BY word")] == [
        "inre2",
        "yttre",
    ]
    assert not db.in_transaction


def test_sql_errors_are_store_bugs_without_values(project: Project) -> None:
    with pytest.raises(StoreBug) as info:
        project.db.execute(
            "INSERT INTO deletion_log (at, participant_code, action) VALUES (NULL, 'hemligt', 'x')"
        )
    assert "hemligt" not in str(info.value)


def test_deletion_log_is_append_only(project: Project) -> None:
    db = project.db
    db.execute(
        "INSERT INTO deletion_log (at, participant_code, action) VALUES ('t', 'K7Q-XMA', 'erase')"
    )
    with pytest.raises(StoreBug):
        db.execute("UPDATE deletion_log SET reason = 'x'")
    with pytest.raises(StoreBug):
        db.execute("DELETE FROM deletion_log")
    assert db.scalar("SELECT count(*) FROM deletion_log") == 1


def test_migrations_run_in_order_and_roll_back(tmp_path: Path) -> None:
    key = os.urandom(32)
    path = tmp_path / "m.db"
    steps = [
        "CREATE TABLE a (x INTEGER);",
        "CREATE TABLE b (y INTEGER);\nINSERT INTO b VALUES (1);",
    ]
    with Database.create(path, key, steps) as db:
        assert db.user_version == 2
    broken = [*steps, "CREATE TABLE c (z INTEGER);\nINSERT INTO nope VALUES (1);"]
    with pytest.raises(StoreBug):
        Database.open(path, key, broken)
    with Database.open(path, key, steps) as db:
        assert db.user_version == 2
        assert db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'c'") == 0
    with pytest.raises(UnsupportedFormat):
        Database.open(path, key, steps[:1])


def test_second_opener_in_same_process_is_locked(project: Project) -> None:
    with pytest.raises(ProjectLocked):
        Project.open(project.folder, PASSPHRASE)


def test_second_program_gets_project_locked(project: Project) -> None:
    code = (
        "import sys\n"
        "from app.store import Project\n"
        "from app.errors import ProjectLocked\n"
        "try:\n"
        f"    Project.open({str(project.folder)!r}, {PASSPHRASE!r})\n"
        "except ProjectLocked:\n"
        "    sys.exit(3)\n"
        "sys.exit(0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2], timeout=60)
    assert result.returncode == 3
    # the first opener is unharmed
    assert project.integrity_problems() == []


def test_lock_is_released_on_close(project: Project) -> None:
    folder = project.folder
    project.close()
    Project.open(folder, PASSPHRASE).close()


def test_change_passphrase_rewraps_only_the_key_file(project: Project) -> None:
    folder = project.folder
    project.close()  # checkpoints the WAL into the database file
    project = Project.open(folder, PASSPHRASE)
    db_before = hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest()
    project.change_passphrase(PASSPHRASE, "ett helt nytt lösenord")
    project.close()
    assert hashlib.sha256((folder / DB_NAME).read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongPassphrase):
        Project.open(folder, PASSPHRASE)
    Project.open(folder, "ett helt nytt lösenord").close()


def test_kdf_params_round_trip() -> None:
    params = KdfParams(time_cost=2, memory_kib=16384, parallelism=2)
    again = KdfParams.from_json(params.to_json())
    assert again == params
    assert params.derive("lösen") == again.derive("lösen")


def test_create_filled_removes_a_half_made_project(tmp_path: Path) -> None:
    def fail(_project: Project) -> None:
        raise RuntimeError("fill failed")

    with pytest.raises(RuntimeError):
        Project.create_filled(tmp_path / "halv", PASSPHRASE, fail, kdf=fast_kdf())
    assert list(tmp_path.iterdir()) == []
    made = Project.create_filled(
        tmp_path / "hel",
        PASSPHRASE,
        lambda p: p.db.execute("INSERT INTO stop_word VALUES ('ett')"),
        kdf=fast_kdf(),
    )
    made.close()
    with Project.open(tmp_path / "hel", PASSPHRASE) as again:
        assert again.db.scalar("SELECT count(*) FROM stop_word") == 1
