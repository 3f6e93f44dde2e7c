"""The real program, started as `make run` starts it, shows its start window on a real X server."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture
def xvfb() -> Iterator[str]:
    if not shutil.which("Xvfb") or not shutil.which("xwininfo"):
        pytest.skip(
            "Xvfb/xwininfo not installed (make test installs them as root: packaging/sysdeps.sh)"
        )
    for number in range(91, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    yield display
    proc.terminate()
    proc.wait(timeout=10)


def window_names(display: str) -> str:
    result = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        capture_output=True,
        text=True,
        env={**os.environ, "DISPLAY": display},
        timeout=10,
    )
    return result.stdout


def test_program_shows_start_window_under_xvfb(xvfb: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=xvfb, SAMTAL_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="xcb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ui.main",
            "--report-ready",
            "--projects-dir",
            str(tmp_path / "projekt"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.startswith("READY"), proc.stderr.read() if proc.poll() is not None else line
        deadline = time.monotonic() + 10
        while '"Samtal"' not in window_names(xvfb):
            assert time.monotonic() < deadline, window_names(xvfb)
            time.sleep(0.1)
        assert proc.poll() is None  # still running, waiting for the user
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=10)
    assert proc.returncode in (0, -15), err
