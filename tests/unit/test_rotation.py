"""Issue 12 item 3: "my passphrase was exposed" rotates the data key, crash-safely.

Real projects, real rolling backups, and real SIGKILLs of a child process that rotates:
at every step of a rotation (the child waits at each progress step, so the kill lands
exactly there) and at moments observed from outside (files appearing in the hidden staging
folders) while the child rotates back and forth. After every kill exactly one of the two
passphrases opens the project, ``samtal check`` says ok, nothing is lost, and every rolling
backup opens with that same passphrase.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.demo import create_demo
from app.errors import DamagedProject, WrongPassphrase
from app.security.backup import backups_dir, list_backups, rolling_backup, verify_backup_files
from app.security.rotation import rotate_key
from app.store import Project
from app.store.folder import DB_NAME, KEY_NAME
from app.store.keyfile import KeyFile
from app.store.rotation import COMMITTED, PARTIAL
from tests.conftest import PASSPHRASE, fast_kdf
from tests.unit.test_cli import ROOT, samtal

NEW = "ett nytt och hemligt lösenord"


RECORDING = "0123456789abcdef0123456789abcdef"
CHUNKS = [b"OggS-fiktiv-ljuddata-%d" % i for i in range(3)]


def _add_audio(project: Project) -> None:
    """A recording's sealed chunks in the project folder (fictional bytes; no codec needed)."""
    from app.audio.chunks import ChunkFlags, ChunkMeta, chunk_name, recording_folder, seal
    from app.audio.keys import recording_key

    folder = recording_folder(project.folder, RECORDING)
    folder.mkdir(parents=True)
    key = recording_key(project.audio_key, RECORDING)
    for i, encoded in enumerate(CHUNKS):
        meta = ChunkMeta(i, 16000, 1, 80000, i * 5000, i * 80000, ChunkFlags(0))
        (folder / chunk_name(i)).write_bytes(seal(key, RECORDING, meta, encoded))


def _audio_opens(project: Project) -> bool:
    """Whether the recording's chunks open with the open project's audio key."""
    from app.audio.chunks import chunk_files, open_sealed, recording_folder
    from app.audio.errors import DamagedChunk
    from app.audio.keys import recording_key

    key = recording_key(project.audio_key, RECORDING)
    try:
        got = [
            open_sealed(key, RECORDING, i, p.read_bytes())[1]
            for i, p in chunk_files(recording_folder(project.folder, RECORDING))
        ]
    except DamagedChunk:
        return False
    return got == CHUNKS


def _counts(p: Project) -> tuple[int, int]:
    return (
        int(p.db.scalar("SELECT count(*) FROM interview")),
        int(p.db.scalar("SELECT count(*) FROM note")),
    )


@pytest.fixture
def filled(tmp_path: Path) -> Project:
    project = Project.create(tmp_path / "p", PASSPHRASE, kdf=fast_kdf())
    create_demo(project.db, interviews=2, words_per_interview=800)
    _add_audio(project)
    return project


def test_rotation_changes_the_data_key_and_keeps_everything(
    filled: Project, tmp_path: Path
) -> None:
    folder, project_id = filled.folder, filled.project_id
    before = _counts(filled)
    for _ in range(2):
        rolling_backup(filled, keep=3)
    old_key_file = tmp_path / "old-samtal.key"
    shutil.copyfile(folder / KEY_NAME, old_key_file)
    old_backups = tmp_path / "old-backups"
    shutil.copytree(backups_dir(filled.project_id), old_backups)
    code = filled.add_recovery_key(PASSPHRASE)
    old_data_key = bytes(KeyFile.load(old_key_file).unwrap(PASSPHRASE))
    steps: list[str] = []

    done = rotate_key(filled, PASSPHRASE, NEW, progress=lambda s, _d, _t: steps.append(s))
    assert steps[0] == "check" and steps[-1] == "done" and steps.count("backup") == 2
    assert done.backups_rekeyed == 2 and done.recovery_key_dropped
    # the open project goes on working, and what is written now is under the new key
    assert _counts(filled) == before
    with filled.db.atomic():
        filled.db.execute("INSERT INTO stop_word VALUES ('efter-bytet')")
    filled.close()

    with pytest.raises(WrongPassphrase):
        Project.open(folder, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Project.open(folder, code, secret_kind="recovery")
    with Project.open(folder, NEW) as p:
        assert _counts(p) == before
        assert p.integrity_problems() == []
        assert not p.has_recovery_key
        assert _audio_opens(p)  # the recordings were re-sealed under the new data key
    assert bytes(KeyFile.load(folder / KEY_NAME).unwrap(NEW)) != old_data_key
    assert not (folder / PARTIAL).exists() and not (folder / COMMITTED).exists()

    # An older key file with the old passphrase opens nothing current: not the project...
    stolen = tmp_path / "stulen.samtal"
    shutil.copytree(folder, stolen)
    shutil.copyfile(old_key_file, stolen / KEY_NAME)
    with pytest.raises(DamagedProject):
        Project.open(stolen, PASSPHRASE)
    # ...nor the recordings (their chunk keys derive from the old data key)...
    from app.audio.chunks import chunk_files, open_sealed, recording_folder
    from app.audio.errors import DamagedChunk
    from app.audio.keys import audio_root_key, recording_key

    old_chunk_key = recording_key(audio_root_key(old_data_key), RECORDING)
    for i, path in chunk_files(recording_folder(folder, RECORDING)):
        with pytest.raises(DamagedChunk):
            open_sealed(old_chunk_key, RECORDING, i, path.read_bytes())
    # ...and not the rolling backups, which were re-made under the new key
    backups = list_backups(backups_dir(project_id))
    assert len(backups) == 2
    for b in backups:
        assert verify_backup_files(b)
        with pytest.raises(WrongPassphrase):
            Project.open(b, PASSPHRASE)
        with Project.open(b, NEW) as copy:
            assert copy.integrity_problems() == []
            assert _counts(copy) == before
        mixed = tmp_path / f"mixed-{b.name}"
        shutil.copytree(b, mixed)
        shutil.copyfile(old_key_file, mixed / KEY_NAME)
        with pytest.raises(DamagedProject):
            Project.open(mixed, PASSPHRASE)
    assert not [p for p in backups[0].parent.iterdir() if p.name.startswith(".")]


def test_a_wrong_old_passphrase_or_short_new_one_changes_nothing(filled: Project) -> None:
    from app.errors import InvalidInput

    def files() -> dict[str, bytes]:
        return {
            str(p.relative_to(folder)): p.read_bytes()
            for p in folder.rglob("*")
            if p.is_file() and p.name != "samtal.saves"
        }

    filled.close()
    folder = filled.folder
    before = files()
    with Project.open(folder, PASSPHRASE) as p:
        with pytest.raises(WrongPassphrase):
            rotate_key(p, "fel lösenord", NEW)
        with pytest.raises(InvalidInput):
            rotate_key(p, PASSPHRASE, "kort")
    assert files() == before
    Project.open(folder, PASSPHRASE).close()


def test_cli_rotate_key(filled: Project, tmp_path: Path) -> None:
    rolling_backup(filled)
    folder = filled.folder
    filled.close()
    new_file = tmp_path / "nytt.txt"
    new_file.write_text(NEW + "\n", encoding="utf-8")
    result = samtal("passphrase", folder, "--new-passphrase-file", new_file, "--rotate-key")
    assert result.returncode == 0, result.stderr
    assert "ny nyckel" in result.stdout and "gamla lösenordet" in result.stdout
    assert samtal("check", folder).returncode == 1  # the old passphrase opens nothing
    check = samtal("check", folder, passphrase=NEW)
    assert check.returncode == 0 and check.stdout.strip().endswith("ok"), check.stderr


def test_finishing_is_idempotent_at_every_rename(filled: Project, tmp_path: Path) -> None:
    """A crash between any two renames of the roll-forward: the next open finishes it."""
    for _ in range(2):
        rolling_backup(filled, keep=3)
    folder, project_id = filled.folder, filled.project_id
    committed: list[Path] = []

    def stop_after_commit(step: str, _d: int, _t: int) -> None:
        if step == "committed":
            snapshot = tmp_path / "committed"
            shutil.copytree(folder, snapshot / folder.name)
            shutil.copytree(backups_dir(project_id), snapshot / "backups")
            committed.append(snapshot)

    rotate_key(filled, PASSPHRASE, NEW, progress=stop_after_commit)
    filled.close()
    assert committed
    # Replay the roll-forward from the committed state, stopping after each of its steps.
    from app.store import rotation as journal

    steps = ["nothing", "db", "key", "backup1", "backup2"]
    for stop in steps:
        work = tmp_path / f"replay-{stop}"
        shutil.copytree(committed[0], work)
        shutil.rmtree(backups_dir(project_id))
        shutil.copytree(work / "backups", backups_dir(project_id))
        project = work / folder.name
        # rewrite the journal's backup paths to the copies
        bj = project / COMMITTED / journal.BACKUPS
        bj.write_text(
            bj.read_text().replace(str(committed[0] / "backups"), str(backups_dir(project_id)))
        )
        j = project / COMMITTED
        if stop in ("db", "key", "backup1", "backup2"):
            for suffix in ("-wal", "-shm"):
                (project / (DB_NAME + suffix)).unlink(missing_ok=True)
            os.replace(j / DB_NAME, project / DB_NAME)
        if stop in ("key", "backup1", "backup2"):
            os.replace(j / KEY_NAME, project / KEY_NAME)
        if stop == "key":  # half of the audio swap: the old folder moved out of the way
            os.rename(project / "audio", j / "audio.old")
        pairs = journal._backup_pairs(j)
        for old, new in pairs[: {"backup1": 1, "backup2": 2}.get(stop, 0)]:
            journal._swap_backup(old, new)
        _exactly_one_opens(project, expect=NEW)
        for b in list_backups(backups_dir(project_id)):
            with Project.open(b, NEW) as copy:
                assert copy.integrity_problems() == []


def _exactly_one_opens(folder: Path, expect: str | None = None) -> str:
    opened = []
    for passphrase in (PASSPHRASE, NEW):
        try:
            with Project.open(folder, passphrase) as p:
                assert p.integrity_problems() == []
                assert _counts(p)[0] == 2
                assert _audio_opens(p)  # the recordings always match the working key
                opened.append(passphrase)
        except WrongPassphrase:
            pass
    assert len(opened) == 1, opened
    assert expect is None or opened == [expect]
    return opened[0]


# -- real kills ---------------------------------------------------------------------------------
CHILD = r"""
import sys
from app.errors import WrongPassphrase
from app.security.rotation import rotate_key
from app.store import Project
folder, a, b, mode = sys.argv[1:5]
try:
    project, current, other = Project.open(folder, a), a, b
except WrongPassphrase:
    project, current, other = Project.open(folder, b), b, a

def progress(step, done, total):
    if mode == "pause":
        print(f"STEP {step}", flush=True)
        sys.stdin.readline()

n = 0
while True:
    rotate_key(project, current, other, progress=progress)
    current, other = other, current
    n += 1
    print(f"DONE {n}", flush=True)
"""


class Child:
    def __init__(self, folder: Path, mode: str, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), PASSPHRASE, NEW, mode],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.strip())

    def wait_line(self, seen: int, timeout: float = 120.0) -> str:
        deadline = time.monotonic() + timeout
        while len(self.lines) <= seen:
            assert self.process.poll() is None, "the rotating child died by itself"
            assert time.monotonic() < deadline, "no progress from the child"
            time.sleep(0.002)
        return self.lines[seen]

    def go_on(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def _after_kill(folder: Path, project_id: str) -> str:
    working = _exactly_one_opens(folder)
    env = {**os.environ, "SAMTAL_PASSPHRASE": working}
    check = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", str(folder)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert check.returncode == 0 and check.stdout.strip().endswith("ok"), check.stderr
    backups = list_backups(backups_dir(project_id))
    assert len(backups) == 2
    for b in backups:
        assert verify_backup_files(b)
        with Project.open(b, working) as copy:
            assert copy.integrity_problems() == []
    return working


@pytest.mark.slow
def test_kill_at_every_step_of_a_rotation(tmp_path: Path, samtal_home: Path) -> None:
    project = Project.create(tmp_path / "p", PASSPHRASE, kdf=fast_kdf())
    create_demo(project.db, interviews=2, words_per_interview=800)
    _add_audio(project)
    for _ in range(2):
        rolling_backup(project, keep=2)
    folder, project_id = project.folder, project.project_id
    project.close()
    env = {**os.environ, "SAMTAL_HOME": str(samtal_home)}
    steps = ["check", "database", "backup", "backup#2", "commit", "committed", "done"]
    for target in steps:
        child = Child(folder, "pause", env)
        seen = 0
        backups_seen = 0
        while True:
            line = child.wait_line(seen)
            seen += 1
            name = line.removeprefix("STEP ")
            if name == "backup":
                backups_seen += 1
                name = "backup" if backups_seen == 1 else f"backup#{backups_seen}"
            if name == target:
                break
            child.go_on()
        child.kill()
        before_commit = target in ("check", "database", "backup", "backup#2", "commit")
        working = _after_kill(folder, project_id)
        # each kill starts from the passphrase that opened; a kill before the commit point
        # leaves it, one after the commit point gives the other
        assert working == (PASSPHRASE if before_commit else NEW), target
        if working == NEW:  # back to the start for the next step
            with Project.open(folder, NEW) as p:
                rotate_key(p, NEW, PASSPHRASE)


#: Moments observed from outside while the child rotates back and forth without pausing.
PHASES = ("partial", "partial-db", "partial-key", "partial-audio", "rekeyed", "done")


def _phase_seen(phase: str, folder: Path, backups: Path, child: Child, done_before: int) -> bool:
    partial = folder / PARTIAL
    if phase == "done":
        return sum(1 for x in child.lines if x.startswith("DONE")) > done_before
    if phase == "partial":
        return partial.exists()
    if phase == "partial-db":
        return (partial / DB_NAME).exists()
    if phase == "partial-key":
        return (partial / KEY_NAME).exists()
    if phase == "partial-audio":
        return (partial / "audio").exists()
    return any(".rekeyed-" in p.name for p in backups.iterdir()) if backups.is_dir() else False


@pytest.mark.slow
def test_kills_at_observed_moments_while_rotating(tmp_path: Path, samtal_home: Path) -> None:
    project = Project.create(tmp_path / "p", PASSPHRASE, kdf=fast_kdf())
    create_demo(project.db, interviews=2, words_per_interview=800)
    _add_audio(project)
    for _ in range(2):
        rolling_backup(project, keep=2)
    folder, project_id = project.folder, project.project_id
    project.close()
    env = {**os.environ, "SAMTAL_HOME": str(samtal_home)}
    rnd = random.Random(12)
    phases = [p for p in PHASES for _ in range(2)]
    rnd.shuffle(phases)
    backups = backups_dir(project_id)
    for phase in phases:
        child = Child(folder, "run", env)
        deadline = time.monotonic() + 120
        while not _phase_seen(phase, folder, backups, child, 0):
            assert child.process.poll() is None, "the rotating child died by itself"
            assert time.monotonic() < deadline, f"phase {phase} not seen"
            time.sleep(0.001)
        child.kill()
        _after_kill(folder, project_id)
