"""Shared by the live co-listening end-to-end tests and the benchmark: a real project with an
interview that consents to quotes, and child processes read line by line."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from pathlib import Path

from app.analysis.themes import add_default_themes
from app.guide.jsonformat import load_guide
from app.guide.repository import add_guide
from app.interview.consent import ConsentRecord, record_consent
from app.interview.quotes import quotes_for_interview
from app.interview.records import create_interview
from app.paths import default_guide_path
from app.store import KdfParams, Project

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "lyssna live på loopback"
TIMEOUT_S = 60.0


def make_project(folder: Path) -> tuple[int, list[int]]:
    """A project with the default guide and one interview that consents to quotes; returns the
    interview id and the guide's question ids in order."""
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    with Project.create(folder, PASSPHRASE, kdf=kdf) as p:
        version = add_guide(p.db, load_guide(default_guide_path()))
        add_default_themes(p.db)
        interview = create_interview(
            p.db, interviewer_code="AB", co_listener_code="CD", guide_version_id=version
        )
        record_consent(p.db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True))
        questions = [
            int(r[0])
            for r in p.db.query(
                "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
                " ORDER BY s.position, q.position"
            )
        ]
    return interview.id, questions


def stored_quotes(folder: Path, interview_id: int) -> list[tuple[str, int | None, bool]]:
    with Project.open(folder, PASSPHRASE) as p:
        return [
            (q.text, q.question_id, q.starred) for q in quotes_for_interview(p.db, interview_id)
        ]


class Child:
    """A child process whose stdout lines are awaited (never a fixed sleep)."""

    def __init__(self, module: str, *args: str, home: Path, wrap: list[str] | None = None) -> None:
        env = dict(
            os.environ,
            SAMTAL_HOME=str(home),
            SAMTAL_PASSPHRASE=PASSPHRASE,
            PYTHONPATH=str(ROOT),
            PYTHONUNBUFFERED="1",
        )
        self.proc = subprocess.Popen(
            [*(wrap or []), sys.executable, "-m", module, *args],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.name = module.rsplit(".", 1)[-1]
        self.lines: list[str] = []
        self.stderr: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._read_err, daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.stderr.append(line.rstrip("\n"))

    def expect(self, pattern: str, timeout: float = TIMEOUT_S) -> re.Match[str]:
        """The next stdout line matching ``pattern`` (a regex from the start of the line)."""
        regex = re.compile(pattern)
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(self._story(f"timed out waiting for {pattern!r}")) from None
            if line is None:
                raise AssertionError(self._story(f"exited while waiting for {pattern!r}"))
            if m := regex.match(line):
                return m

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def close_stdin(self) -> None:
        if self.proc.stdin and not self.proc.stdin.closed:
            self.proc.stdin.close()

    def wait(self, timeout: float = TIMEOUT_S) -> int:
        return self.proc.wait(timeout)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(TIMEOUT_S)

    def _story(self, what: str) -> str:
        tail = "\n".join(self.lines[-15:])
        err = "\n".join(self.stderr[-20:])
        return f"{self.name}: {what}\n--- stdout ---\n{tail}\n--- stderr ---\n{err}"

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close_stdin()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.kill()
        for thread in self._threads:  # they end at end of file, once the process is gone
            thread.join(10)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None and not stream.closed:
                stream.close()
