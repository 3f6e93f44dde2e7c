"""Kill a typing session with SIGKILL at random moments and check what survived.

Shared by ``tests/e2e/test_crash_typing.py`` (20+ kills) and ``bench/bench_crash.py`` (200).
After each kill: the project opens, ``integrity_problems()`` is empty, the persisted note is a
prefix of the typed text, and the loss (time since the first unsaved character was typed) is
measured.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from app.guide.jsonformat import load_guide
from app.guide.repository import add_guide
from app.interview.consent import ConsentRecord, record_consent
from app.interview.notes import get_note
from app.interview.records import create_interview
from app.paths import default_guide_path
from app.store import KdfParams, Project
from tests.e2e.crash_typist import typed_text

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "lösenord-för-krasch"
TEXT = typed_text()


@dataclass
class KillResult:
    typed_acked: int
    persisted: int
    loss_s: float
    integrity: list[str]
    prefix_ok: bool
    ran_s: float


def make_project(folder: Path) -> Path:
    p = Project.create(
        folder, PASSPHRASE, kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    )
    try:
        add_guide(p.db, load_guide(default_guide_path()))
    finally:
        p.close()
    return p.folder


def _new_interview(folder: Path) -> int:
    with Project.open(folder, PASSPHRASE) as p:
        interview = create_interview(p.db, interviewer_code="AB", co_listener_code="CD")
        record_consent(
            p.db,
            interview.id,
            ConsentRecord.all_required("AB"),
        )
        return interview.id


def one_kill(
    folder: Path, home: Path, rnd: random.Random, min_s: float = 0.3, max_s: float = 2.5
) -> KillResult:
    interview_id = _new_interview(folder)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        SAMTAL_HOME=str(home),
        SAMTAL_PASSPHRASE=PASSPHRASE,
        PYTHONPATH=str(ROOT),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.crash_typist", str(folder), str(interview_id)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acks: list[float] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                ready.set()
            elif line.startswith("ACK "):
                _tag, _n, t = line.split()
                acks.append(float(t))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(30):
        proc.kill()
        err = proc.stderr.read() if proc.stderr else ""
        proc.wait(10)
        raise RuntimeError("child did not start: " + err[-2000:])
    run_s = rnd.uniform(min_s, max_s)
    time.sleep(run_s)
    kill_at = time.monotonic()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    reader.join(5)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    with Project.open(folder, PASSPHRASE) as p:
        problems = p.integrity_problems()
        row = p.db.query_one(
            "SELECT current_question_id FROM interview WHERE id = ?", (interview_id,)
        )
        question_id = row["current_question_id"] if row else None
        if question_id is None:
            question_id = p.db.scalar(
                "SELECT question_id FROM note WHERE interview_id = ? LIMIT 1", (interview_id,)
            )
        note = get_note(p.db, interview_id, question_id)
    persisted = note.text if note else ""
    prefix_ok = TEXT.startswith(persisted)
    typed = len(acks)
    # the first character that did not survive was typed at acks[len(persisted)]
    loss = 0.0
    if len(persisted) < typed:
        loss = kill_at - acks[len(persisted)]
    return KillResult(typed, len(persisted), max(0.0, loss), problems, prefix_ok, run_s)
