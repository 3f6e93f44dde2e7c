"""Verified backups, rolling generations, restore, damaged projects (R8, R9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import DamagedProject, ProjectExists, ProjectLocked, WrongPassphrase
from app.paths import data_dir
from app.security import backup as bk
from app.security import restore as rs
from app.store import Project
from app.store.project import DB_NAME, KEY_NAME
from app.store.schema import MIGRATIONS
from tests.conftest import PASSPHRASE
from tests.unit.test_store import _fill, _flip_byte, snapshot


def test_backup_is_a_verified_openable_project(project: Project, tmp_path: Path) -> None:
    _fill(project, rows=50)
    made = bk.backup(project, tmp_path / "usb")
    assert made.parent == tmp_path / "usb"
    assert made.name.startswith("test-") and made.suffix == ".samtal"
    assert sorted(p.name for p in made.iterdir()) == [
        "backup.json",
        "samtal.db",
        "samtal.erased",
        "samtal.key",
        "samtal.lock",
    ]
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [made.name]  # no partial left
    assert (made / DB_NAME).read_bytes()[:16] != b"SQLite format 3\x00"
    manifest = json.loads((made / "backup.json").read_text())
    assert manifest["project_id"] == project.project_id
    assert manifest["schema_version"] == len(MIGRATIONS)
    assert bk.verify_backup_files(made)
    counts = project.db.table_counts()
    with Project.open(made, PASSPHRASE) as copy:
        assert copy.db.table_counts() == counts
        assert copy.db.user_version == project.db.user_version
        assert copy.integrity_problems() == []


def test_rolling_backup_keeps_n_generations(project: Project) -> None:
    made = [bk.rolling_backup(project, keep=3) for _ in range(5)]
    folder = bk.backups_dir(project.project_id)
    assert folder.parent == data_dir() / "backups"
    kept = bk.list_backups(folder)
    assert kept == made[:-4:-1]  # the three newest, newest first
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in kept)


def damage_free_page(project: Project) -> Path:
    """Damage that slips past the quick check at unlock: a byte in a free page."""
    _fill(project, rows=400)
    project.db.execute("DELETE FROM quote")
    assert project.db.scalar("PRAGMA freelist_count") > 10
    # Make sure the file's last page is free: the FTS bookkeeping of the delete above may have
    # put a live page there. A blob larger than the freelist grows the file; dropping it leaves
    # the grown tail as free leaf pages (auto_vacuum is off, so the file does not shrink).
    tail_pages = project.db.scalar("PRAGMA freelist_count") + 16
    project.db.execute("CREATE TABLE tail_filler (b BLOB)")
    project.db.execute("INSERT INTO tail_filler VALUES (zeroblob(?))", (tail_pages * 4096,))
    project.db.execute("DROP TABLE tail_filler")
    folder = project.folder
    project.close()
    db_file = folder / DB_NAME
    _flip_byte(db_file, db_file.stat().st_size - 4096 + 100)
    return folder


def test_damaged_source_never_replaces_the_last_good_backup(project: Project) -> None:
    """R8 failure injection: a corrupt source is refused; the good generations stay."""
    project.db.execute("INSERT INTO stop_word VALUES ('ett')")
    good = [bk.rolling_backup(project, keep=2) for _ in range(2)]
    folder = damage_free_page(project)
    damaged = Project.open(folder, PASSPHRASE)  # the quick check at unlock passes
    assert damaged.integrity_problems()
    with pytest.raises(DamagedProject):
        bk.rolling_backup(damaged, keep=2)
    with pytest.raises(DamagedProject):
        bk.backup(damaged, folder.parent / "usb")
    assert not (folder.parent / "usb").exists() or not any((folder.parent / "usb").iterdir())
    outcome = bk.close_with_backup(damaged, keep=2)
    assert outcome.backup is None and isinstance(outcome.error, DamagedProject)
    assert damaged.closed
    assert bk.list_backups(good[0].parent) == good[::-1]
    assert all(bk.verify_backup_files(b) for b in good)
    assert bk.newest_good_backup(folder) == good[1]


def test_verification_catches_a_damaged_copy(project: Project, tmp_path: Path) -> None:
    """The checks used on a fresh copy do see damage in an attached file."""
    _fill(project, rows=400)
    made = bk.backup(project, tmp_path)
    _flip_byte(made / DB_NAME, 12 * 4096 + 100)
    assert not bk.verify_backup_files(made)
    project.db.execute("ATTACH DATABASE ? AS samtal_copy", (str(made / DB_NAME),))
    try:
        assert project.db._problems("samtal_copy")
    except DamagedProject:
        pass
    finally:
        project.db.execute("DETACH DATABASE samtal_copy")


def test_restore_round_trip_and_refuses_to_overwrite(project: Project, tmp_path: Path) -> None:
    _fill(project, rows=20)
    made = bk.backup(project, tmp_path / "b")
    counts = project.db.table_counts()
    target = tmp_path / "restored.samtal"
    assert rs.restore(made, target, PASSPHRASE) == target
    with Project.open(target, PASSPHRASE) as p:
        assert p.db.table_counts() == counts
    before = snapshot(target)
    with pytest.raises(ProjectExists):
        rs.restore(made, target, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        rs.restore(made, tmp_path / "other", "fel lösenord")
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "restored.samtal", "test.samtal"]


def test_restore_moves_a_damaged_project_aside(project: Project, tmp_path: Path) -> None:
    _fill(project, rows=400)
    made = bk.rolling_backup(project)
    folder = project.folder
    project.close()
    _flip_byte(folder / DB_NAME, 200)  # page 1: looks like a wrong key, is damage
    with pytest.raises(DamagedProject):
        Project.open(folder, PASSPHRASE)
    damaged_bytes = (folder / DB_NAME).read_bytes()
    offer = bk.newest_good_backup(folder)
    assert offer == made
    rs.restore(offer, folder, PASSPHRASE, replace=True)
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and (aside[0] / DB_NAME).read_bytes() == damaged_bytes
    with Project.open(folder, PASSPHRASE) as p:
        assert p.db.scalar("SELECT count(*) FROM quote") == 400


def test_restore_never_touches_an_open_target(project: Project, tmp_path: Path) -> None:
    made = bk.backup(project, tmp_path / "b")
    with pytest.raises(ProjectLocked):
        rs.restore(made, project.folder, PASSPHRASE, replace=True)
    assert project.integrity_problems() == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_newest_good_backup_without_key_file(project: Project) -> None:
    made = bk.rolling_backup(project)
    folder = project.folder
    project.close()
    (folder / KEY_NAME).unlink()
    assert bk.newest_good_backup(folder) == made
    (made / DB_NAME).write_bytes(b"broken")
    assert bk.newest_good_backup(folder) is None


def test_backup_opens_with_the_passphrase_of_its_time(project: Project, tmp_path: Path) -> None:
    made = bk.backup(project, tmp_path / "b")
    project.change_passphrase(PASSPHRASE, "ett nytt lösenord")
    with pytest.raises(WrongPassphrase):
        Project.open(made, "ett nytt lösenord")
    Project.open(made, PASSPHRASE).close()
