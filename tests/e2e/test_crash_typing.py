"""kill -9 while typing: at least 20 random SIGKILLs of a real session window with autosave on."""

from __future__ import annotations

import random
import sys
import time

import pytest

from tests.e2e.crash_harness import make_project, one_kill

KILLS = 20
MAX_LOSS_S = 1.0


@pytest.mark.slow
@pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL is POSIX; Windows uses TerminateProcess"
)
def test_kill_while_typing_loses_at_most_one_second(tmp_path):
    folder = make_project(tmp_path / "krasch")
    home = tmp_path / "home"
    home.mkdir()
    rnd = random.Random(20260)
    started = time.monotonic()
    results = [one_kill(folder, home, rnd) for _ in range(KILLS)]
    assert time.monotonic() - started < 90
    for r in results:
        assert r.integrity == []
        assert r.prefix_ok
        assert r.loss_s <= MAX_LOSS_S, r
    # the harness did exercise typing: most runs saved something
    assert sum(1 for r in results if r.persisted > 0) >= KILLS // 2
