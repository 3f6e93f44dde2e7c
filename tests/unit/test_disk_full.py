"""A full disk and a read-only medium, for real: a 1 MiB tmpfs and a read-only bind mount.

Mounting needs root (CAP_SYS_ADMIN); where it is not allowed the tests are skipped with
the reason. After a failed save the transaction is rolled back, nothing is half-written,
the database passes the full check, and the same save succeeds once space returns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DiskFull, ReadOnly
from app.security import backup as bk
from app.store import Project
from app.store.database import dbapi, translate_error
from app.store.project import DB_NAME
from tests.conftest import PASSPHRASE, fast_kdf


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and mount(8) to make a small tmpfs")
    mnt = tmp_path / "small"
    mnt.mkdir()
    result = _mount(["-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mnt)])
    if result.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {result.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=30)


def fill_until_full(project: Project) -> int:
    """Insert 20 KB rows, one transaction each, until the disk is full. Returns rows saved."""
    saved = 0
    with pytest.raises(DiskFull):  # noqa: PT012 - the loop ends by the error
        while True:
            with project.db.atomic():
                project.db.execute(
                    "INSERT INTO stop_word VALUES (?)", (f"{saved:06d}" + "x" * 20_000,)
                )
            saved += 1
            assert saved < 1000, "the disk never filled"
    return saved


def test_disk_full_rolls_back_and_retry_succeeds(small_disk: Path) -> None:
    ballast = small_disk / "ballast"
    ballast.write_bytes(b"\0" * 200_000)
    project = Project.create(small_disk / "p", PASSPHRASE, kdf=fast_kdf())
    try:
        saved = fill_until_full(project)
        db = project.db
        assert not db.in_transaction
        assert db.scalar("SELECT count(*) FROM stop_word") == saved  # nothing half-written
        assert project.integrity_problems() == []
        # the key file cannot be rewritten either, and nothing about it changes
        slots = list(project.keyfile.slots)
        with pytest.raises(DiskFull):
            project.change_passphrase(PASSPHRASE, "ett nytt lösenord")
        assert project.keyfile.slots == slots
        assert not list(small_disk.glob("p.samtal/.*.tmp"))
        assert project.verify_passphrase(PASSPHRASE)
        # a backup onto the full disk fails cleanly
        with pytest.raises(DiskFull):
            bk.backup(project, small_disk / "backups")
        assert not (small_disk / "backups").exists()  # not even the folder it made

        ballast.unlink()  # space returns
        with db.atomic():
            db.execute("INSERT INTO stop_word VALUES ('efter')")
        assert db.scalar("SELECT count(*) FROM stop_word") == saved + 1
        project.change_passphrase(PASSPHRASE, "ett nytt lösenord")
    finally:
        project.close()
    with Project.open(small_disk / "p.samtal", "ett nytt lösenord") as again:
        assert again.integrity_problems() == []
        assert again.db.scalar("SELECT count(*) FROM stop_word") == saved + 1


def test_read_only_medium_is_read_only(small_disk: Path, tmp_path: Path) -> None:
    Project.create(small_disk / "p", PASSPHRASE, kdf=fast_kdf()).close()
    view = tmp_path / "ro"
    view.mkdir()
    if _mount(["--bind", str(small_disk), str(view)]).returncode != 0:
        pytest.skip("bind mounts are not permitted here")
    try:
        result = _mount(["-o", "remount,ro,bind", str(view)])
        if result.returncode != 0:
            pytest.skip(f"read-only remount not permitted: {result.stderr.strip()}")
        before = (small_disk / "p.samtal" / DB_NAME).read_bytes()
        with pytest.raises(ReadOnly):
            Project.open(view / "p.samtal", PASSPHRASE)
        assert (small_disk / "p.samtal" / DB_NAME).read_bytes() == before
    finally:
        subprocess.run(["umount", "-l", str(view)], capture_output=True, timeout=30)


def test_sqlite_read_only_error_is_typed(tmp_path: Path) -> None:
    """SQLITE_READONLY from a real connection becomes ``ReadOnly`` (no mount needed)."""
    path = tmp_path / "x.db"
    conn = dbapi.connect(str(path))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    ro = dbapi.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(dbapi.Error) as info:
            ro.execute("INSERT INTO t VALUES (1)")
        assert isinstance(translate_error(info.value), ReadOnly)
    finally:
        ro.close()
