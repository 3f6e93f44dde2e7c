"""Kills during backup never lose a project; the .docx guide importer survives any bytes.

The kills wait for observable events (a file appearing in the backup's hidden staging folder,
a finished backup announced on the child's stdout), never for a fixed time, so they land in
the same phases on a busy machine as on an idle one."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo import create_demo
from app.errors import GuideFormatError
from app.guide.docx_import import parse_docx_bytes
from app.security.backup import backups_dir, list_backups, verify_backup_files
from app.store import Project
from app.store.folder import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE, fast_kdf

ROOT = Path(__file__).parents[2]

CHILD = r"""
import sys
from app.security.backup import rolling_backup
from app.store import Project
project = Project.open(sys.argv[1], sys.argv[2])
n = 0
while True:
    rolling_backup(project, keep=3)
    n += 1
    print(f"DONE {n}", flush=True)
"""

#: Where a kill lands, each observed from outside while the child backs up in a loop: a backup
#: just finished (the child is pruning or starting the next one), the hidden ``.partial``
#: folder exists (the database is being exported), the exported database is in it (it is being
#: verified), the key file is in it (checksums, manifest and rename are next).
PHASES = ("done", "partial", DB_NAME, KEY_NAME)


class Child:
    """The backing-up child process and the ``DONE n`` lines it prints."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(folder), PASSPHRASE],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.done = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("DONE"):
                self.done += 1

    def wait_for(self, phase: str, backups: Path, timeout: float = 120.0) -> None:
        """Poll until ``phase`` is observed (a file appears, or a backup completes)."""
        deadline = time.monotonic() + timeout
        done_before = self.done
        stale = set(backups.glob(".*.partial-*"))  # left by an earlier kill
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "the backing-up child died by itself"
            if phase == "done":
                if self.done > done_before:
                    return
            else:
                partials = [p for p in backups.glob(".*.partial-*") if p not in stale]
                if partials and (phase == "partial" or any((p / phase).exists() for p in partials)):
                    return
            time.sleep(0.002)
        raise AssertionError(f"phase {phase!r} not seen in {timeout} s")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self._reader.join(timeout=30)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.mark.slow
def test_kills_during_backup_never_lose_the_project_or_a_good_backup(
    tmp_path: Path, samtal_home: Path
) -> None:
    project = Project.create(tmp_path / "p", PASSPHRASE, kdf=fast_kdf())
    create_demo(project.db, interviews=2, words_per_interview=3000)
    project_id = project.project_id
    folder = project.folder
    project.close()
    rnd = random.Random(7)
    env = {**os.environ, "SAMTAL_HOME": str(samtal_home)}
    backups = backups_dir(project_id)
    # The first kill waits for a finished backup, so one always exists however slow the
    # machine; the other eleven land in each phase of a backup in a shuffled order.
    later = [phase for phase in PHASES for _ in range(3)][1:]
    rnd.shuffle(later)
    for phase in ["done", *later]:
        child = Child(folder, env)
        child.wait_for(phase, backups)
        child.kill()
        with Project.open(folder, PASSPHRASE) as reopened:
            assert reopened.integrity_problems() == []
            assert reopened.db.scalar("SELECT count(*) FROM interview") == 2
        for b in list_backups(
            backups_dir(project_id)
        ):  # every visible backup is complete and opens
            assert verify_backup_files(b), (
                b.name,
                sorted(x.name for x in b.iterdir()),
                (b / "backup.json").read_text()[:400] if (b / "backup.json").exists() else "",
            )
            with Project.open(b, PASSPHRASE) as copy:
                assert copy.integrity_problems() == []
    assert list_backups(backups_dir(project_id)), "no backup completed in 12 runs"


def _seed_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Frågeguide")
    d.add_paragraph("Under tiden:")
    d.add_paragraph("1. Vet du vad du behöver göra? (ta reda på hur)")
    d.add_paragraph("Följdfrågor: Vad behöver du göra? Är det tydligt?")
    d.add_paragraph("2. Har du bytt handläggare?")
    d.add_paragraph("Om ja:")
    d.add_paragraph("- Hur var överlämningen?")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


SEED = _seed_docx()


@st.composite
def mutated_docx(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED)
    for _ in range(draw(st.integers(1, 12))):
        data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def zip_with_junk(draw: st.DrawFn) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name in draw(
            st.lists(
                st.sampled_from(
                    [
                        "word/document.xml",
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "word/styles.xml",
                        "x.bin",
                    ]
                ),
                max_size=4,
                unique=True,
            )
        ):
            z.writestr(name, draw(st.binary(max_size=400)))
    return buffer.getvalue()


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=2000), mutated_docx(), zip_with_junk()))
def test_docx_import_never_crashes_or_balloons(data: bytes) -> None:
    tracemalloc.start()
    try:
        result = parse_docx_bytes(data, "fuzz.docx")
    except GuideFormatError:
        result = None
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 64 * 1024 * 1024
    if result is not None:
        assert result.guide.questions()
