"""``samtal colisten host`` and ``samtal colisten send`` as real processes on loopback."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from app.interview.records import get_interview
from app.store import Project
from tests.e2e.colisten_harness import PASSPHRASE, ROOT, Child, make_project, stored_quotes

pytestmark = pytest.mark.slow


def _send(home, address: str, code_file, *args: str, timeout: float = 60):
    env = {"SAMTAL_HOME": str(home), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "colisten", "send", "--address", address,
         "--code-file", str(code_file), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )  # fmt: skip


def test_host_prints_code_and_address_send_exits_0_once_stored(tmp_path, samtal_home):
    folder = tmp_path / "cli.samtal"
    interview_id, _questions = make_project(folder)
    with Project.open(folder, PASSPHRASE) as p:
        participant = get_interview(p.db, interview_id).participant_code
    host = Child(
        "app.cli",
        *("colisten", "host", str(folder), "--interview", participant, "--bind", "127.0.0.1"),
        home=samtal_home,
    )
    with host:
        code = host.expect(r"Kod: (\d{3}-\d{3}-\d{3})$")[1]
        address = host.expect(r"Adress: (127\.0\.0\.1:\d+)$")[1]
        wrong = tmp_path / "fel.txt"
        wrong.write_text(code[:-1] + str((int(code[-1]) + 1) % 10) + "\n", encoding="utf-8")
        refused = _send(samtal_home, address, wrong, "det här ska inte sparas")
        assert refused.returncode != 0
        assert refused.stdout == "" and len(refused.stderr.strip().splitlines()) == 1
        assert "fel kod" in refused.stderr
        host.expect(r"Någon försökte med fel kod \(2 försök kvar\)")

        right = tmp_path / "kod.txt"
        right.write_text(f"  {code}\n", encoding="utf-8")
        sent = _send(samtal_home, address, right, "hon sa att det blev bättre", "--star")
        assert sent.returncode == 0, sent.stderr
        host.expect(r"Citat sparat \(1\)")
        # the code is used up: a second co-listener needs a new one
        again = _send(samtal_home, address, right, "en gång till")
        assert again.returncode != 0 and len(again.stderr.strip().splitlines()) == 1

        host.proc.send_signal(signal.SIGINT)
        host.expect(r"Medlyssningen avslutad: 1 citat sparade\.")
        assert host.wait() == 0
    assert stored_quotes(folder, interview_id) == [("hon sa att det blev bättre", None, True)]
    assert not list((samtal_home / "data" / "colisten").glob("*"))  # throw-away outboxes gone


def test_send_to_nobody_fails_with_one_line_and_leaves_nothing(tmp_path, samtal_home):
    code = tmp_path / "kod.txt"
    code.write_text("123-456-789", encoding="utf-8")
    with __import__("socket").socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound, never listening: connections are refused
        result = _send(samtal_home, f"127.0.0.1:{port}", code, "citat", "--timeout", "2")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "kontakt" in result.stderr
    assert not list((samtal_home / "data" / "colisten").glob("*"))
