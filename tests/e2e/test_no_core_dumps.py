"""The real GUI program turns core dumps off before it shows anything (issue 12 item 5)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def _allow_core_dumps() -> None:
    """In the child before exec: a soft core limit as high as allowed, so the test can see
    the program lower it."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@pytest.mark.skipif(sys.platform != "linux", reason="/proc is Linux")
def test_gui_process_has_no_core_limit(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SAMTAL_HOME": str(tmp_path / "home"),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "--report-ready", "--projects-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        preexec_fn=_allow_core_dumps,  # noqa: PLW1509 - a single-threaded test process
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the start window is shown (an observable event)
        assert line.startswith("READY"), line
        limits = Path(f"/proc/{proc.pid}/limits").read_text()
        core = next(x for x in limits.splitlines() if x.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"], core
    finally:
        proc.kill()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
