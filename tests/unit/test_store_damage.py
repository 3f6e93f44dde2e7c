"""Issue 12 item 5: damage told apart from a wrong passphrase, lost saves noticed, hostile
key files refused quickly, read-only copies readable.

All with real encrypted projects: bytes are flipped in real files, a WAL frame is damaged
in a real copy taken while the project was open.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import DamagedProject, InvalidInput, SavesLost, WrongPassphrase
from app.security.backup import newest_good_backup, rolling_backup
from app.store import Project
from app.store.folder import DB_NAME, KEY_NAME
from app.store.keyfile import KdfParams, KeyFile
from tests.conftest import PASSPHRASE, fast_kdf

ROOT = Path(__file__).parents[2]


def _flip_base64_char(key: Path) -> None:
    """Change one character of the wrapped key to another valid base64 character."""
    doc = json.loads(key.read_text())
    wrapped = doc["slots"][0]["wrapped"]
    i = len(wrapped) // 2
    doc["slots"][0]["wrapped"] = (
        wrapped[:i] + ("A" if wrapped[i] != "A" else "B") + wrapped[i + 1 :]
    )
    key.write_text(json.dumps(doc, indent=2))


def test_damaged_key_file_is_damage_not_a_wrong_passphrase(project: Project) -> None:
    folder = project.folder
    rolling_backup(project)
    project.close()
    _flip_base64_char(folder / KEY_NAME)
    with pytest.raises(DamagedProject) as info:
        Project.open(folder, PASSPHRASE)
    assert info.value.detail == "keyfile_checksum"
    assert not isinstance(info.value, WrongPassphrase)
    # the newest good backup is found although the key file fails its check
    assert newest_good_backup(folder) is not None


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(project: Project) -> None:
    folder = project.folder
    project.close()
    with pytest.raises(WrongPassphrase):
        Project.open(folder, "inte rätt lösenord")


def test_tampering_with_a_recomputed_checksum_is_a_wrong_passphrase(project: Project) -> None:
    """The KDF parameters are the AES-GCM associated data: changing them (and fixing the
    checksum, as an attacker could) fails like a wrong passphrase."""
    folder = project.folder
    project.close()
    keyfile = KeyFile.load(folder / KEY_NAME)
    slot = keyfile.slots[0]
    slot.kdf = KdfParams(2, slot.kdf.memory_kib, slot.kdf.parallelism, slot.kdf.salt)
    keyfile.save()
    with pytest.raises(WrongPassphrase):
        Project.open(folder, PASSPHRASE)


def test_old_key_file_without_checksum_opens_and_gets_one(project: Project) -> None:
    folder = project.folder
    project.close()
    key = folder / KEY_NAME
    doc = json.loads(key.read_text())
    doc.pop("checksum", None)
    key.write_text(json.dumps(doc, indent=2))
    Project.open(folder, PASSPHRASE).close()
    assert "checksum" in json.loads(key.read_text())


@pytest.mark.parametrize(
    ("field", "value"),
    [("memory_kib", 4 * 1024 * 1024), ("time_cost", 60), ("parallelism", 64)],
)
def test_argon2_parameters_are_capped_to_what_samtal_writes(
    project: Project, field: str, value: int
) -> None:
    folder = project.folder
    project.close()
    key = folder / KEY_NAME
    doc = json.loads(key.read_text())
    doc["slots"][0]["kdf"][field] = value
    doc.pop("checksum", None)  # a crafted file needs no valid checksum: it has none
    key.write_text(json.dumps(doc))
    started = time.monotonic()
    with pytest.raises(DamagedProject) as info:
        Project.open(folder, PASSPHRASE)
    assert info.value.detail == "keyfile_kdf"
    assert time.monotonic() - started < 5  # refused before Argon2 runs, not after minutes


def test_default_parameters_are_within_the_caps(tmp_path: Path) -> None:
    Project.create(tmp_path / "p", PASSPHRASE).close()
    Project.open(tmp_path / "p", PASSPHRASE).close()


# -- lost acknowledged saves ----------------------------------------------------------------------
def _save(project: Project, n: int) -> None:
    with project.db.atomic():
        project.db.execute("INSERT INTO stop_word VALUES (?)", (f"ord{n:04d}",))


def test_lost_acknowledged_saves_are_detected_at_open(project: Project, tmp_path: Path) -> None:
    for n in range(3):
        _save(project, n)
    project.db.checkpoint()  # the first saves are in the database file itself
    for n in range(3, 8):
        _save(project, n)  # these only in the WAL
    copy = tmp_path / "kopia.samtal"
    shutil.copytree(project.folder, copy)  # as a crash leaves it: WAL not checkpointed
    wal = copy / (DB_NAME + "-wal")
    assert wal.stat().st_size > 0
    # Damage the last frame: SQLite takes the log to end before it, silently.
    data = bytearray(wal.read_bytes())
    data[-100] ^= 0xFF
    wal.write_bytes(bytes(data))
    (copy / (DB_NAME + "-shm")).unlink()
    with pytest.raises(SavesLost) as info:
        Project.open(copy, PASSPHRASE)
    assert info.value.params["lost"] >= 1
    # the user accepts the loss and goes on with what is there
    with Project.open(copy, PASSPHRASE, accept_lost_saves=True) as p:
        assert p.integrity_problems() == []
        before = p.db.save_counter
        _save(p, 99)
        assert p.db.save_counter == before + 1
    Project.open(copy, PASSPHRASE).close()  # no longer flagged


def test_an_intact_project_is_never_flagged(project: Project) -> None:
    for n in range(20):
        _save(project, n)
    folder = project.folder
    project.close()
    with Project.open(folder, PASSPHRASE) as p:
        assert p.db.save_counter >= 20


def test_older_database_copied_over_by_hand_is_flagged(project: Project, tmp_path: Path) -> None:
    _save(project, 1)
    project.db.checkpoint()
    old = tmp_path / "old.db"
    shutil.copyfile(project.folder / DB_NAME, old)
    for n in range(2, 5):
        _save(project, n)
    folder = project.folder
    project.close()
    shutil.copyfile(old, folder / DB_NAME)
    with pytest.raises(SavesLost):
        Project.open(folder, PASSPHRASE)


# -- non-UTF-8 passphrases ------------------------------------------------------------------------
def test_a_passphrase_that_is_not_utf8_is_invalid_input_not_damage(project: Project) -> None:
    folder = project.folder
    project.close()
    not_utf8 = b"abc\xffdef".decode("utf-8", "surrogateescape")  # as os.environ gives it
    with pytest.raises(InvalidInput) as info:
        Project.open(folder, not_utf8)
    assert info.value.detail == "passphrase_not_utf8"


# -- read-only copies -----------------------------------------------------------------------------
@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Path]:
    """A read-only bind mount of a folder (root only): ``tmp_path/ro`` shows ``tmp_path/rw``."""
    if os.name != "posix" or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and mount(8) for a read-only bind mount")
    rw, ro = tmp_path / "rw", tmp_path / "ro"
    rw.mkdir()
    ro.mkdir()
    if subprocess.run(["mount", "--bind", str(rw), str(ro)], capture_output=True).returncode:
        pytest.skip("bind mounts are not permitted here")
    try:
        if subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(ro)], capture_output=True
        ).returncode:
            pytest.skip("read-only remount not permitted")
        yield ro
    finally:
        subprocess.run(["umount", "-l", str(ro)], capture_output=True, timeout=30)


def test_read_only_copy_opens_read_only_and_writes_nothing(read_only_view: Path) -> None:
    rw = read_only_view.parent / "rw"
    project = Project.create(rw / "kopia", PASSPHRASE, kdf=fast_kdf())
    _save(project, 1)
    project.close()
    before = {p.name: p.read_bytes() for p in (rw / "kopia.samtal").iterdir()}
    with Project.open(read_only_view / "kopia.samtal", PASSPHRASE, read_only=True) as p:
        assert p.integrity_problems() == []
        assert p.db.scalar("SELECT count(*) FROM stop_word") == 1
    assert {p.name: p.read_bytes() for p in (rw / "kopia.samtal").iterdir()} == before


# -- core dumps -----------------------------------------------------------------------------------
@pytest.mark.skipif(sys.platform != "linux", reason="prctl and /proc are Linux")
def test_cli_process_cannot_dump_core(tmp_path: Path) -> None:
    """The real ``samtal`` entry point turns core dumps off before it reads a passphrase."""
    script = (
        "import ctypes, resource, sys\n"
        "from app.cli.main import main\n"
        "main(['info', sys.argv[1]])\n"
        "libc = ctypes.CDLL(None)\n"
        "print(libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE)[0])\n"
    )
    env = {**os.environ, "SAMTAL_PASSPHRASE": "fel men utf-8"}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "saknas")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["0", "0"], result.stderr


def test_fast_kdf_is_within_caps() -> None:
    """Tests make projects with cheaper parameters; they are below the caps too."""
    params = fast_kdf()
    assert KdfParams.from_json(params.to_json()) == params


def _lose_saves(project: Project, tmp_path: Path) -> Path:
    """A copy of ``project`` as a crash leaves it, with the WAL's last frame damaged."""
    _save(project, 1)
    project.db.checkpoint()
    for n in range(2, 6):
        _save(project, n)
    copy = tmp_path / "kraschad.samtal"
    shutil.copytree(project.folder, copy)
    wal = copy / (DB_NAME + "-wal")
    data = bytearray(wal.read_bytes())
    data[-100] ^= 0xFF
    wal.write_bytes(bytes(data))
    (copy / (DB_NAME + "-shm")).unlink()
    return copy


def test_cli_says_saves_were_lost_and_can_go_on(project: Project, tmp_path: Path) -> None:
    from tests.unit.test_cli import samtal

    copy = _lose_saves(project, tmp_path)
    said = samtal("check", copy)
    assert said.returncode == 1 and "sparningar" in said.stderr
    assert "--accept-lost-saves" in said.stderr and len(said.stderr.strip().splitlines()) == 1
    went_on = samtal("check", copy, "--accept-lost-saves")
    assert went_on.returncode == 0, went_on.stderr
    assert samtal("check", copy).returncode == 0  # no longer flagged
