"""Issue 21 item 5: every window fits a 1920×1080 screen at 150 % and a 1366×768 screen at
100 %: it opens inside the screen, cannot be forced wider or taller than it, and cuts no label
or button short. Each size runs in its own process (the scale is fixed at start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.a11y.size_probe import SCREENS

ROOT = Path(__file__).resolve().parents[3]

#: (physical width, height, scale): a laptop at 150 % and a small one at 100 %
SIZES = {"1920x1080@150%": (1920, 1080, 1.5), "1366x768@100%": (1366, 768, 1.0)}


def run_probe(tmp: Path, width: int, height: int, scale: float, screens: list[str]) -> dict:
    config = tmp / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    out = tmp / "sizes.json"
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env["SAMTAL_HOME"] = str(tmp / "home")  # its own settings: nothing left from another run
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.a11y.size_probe", str(out), *screens],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(out.read_text("utf-8"))


@pytest.mark.slow
@pytest.mark.parametrize("size", list(SIZES))
def test_every_window_fits(tmp_path: Path, size: str) -> None:
    width, height, scale = SIZES[size]
    results = run_probe(tmp_path, width, height, scale, list(SCREENS))
    problems = []
    for name, r in results.items():
        avail_w, avail_h = r["available"]
        assert (avail_w, avail_h) == (round(width / scale), round(height / scale))
        if not r["inside"]:
            problems.append(f"{name}: opens at {r['frame']} outside the screen {r['available']}")
        if not r["fits_minimum"]:
            problems.append(f"{name}: cannot be smaller than {r['minimum']} ({r['available']})")
        problems += [f"{name}: {c}" for c in r["cut"]]
    assert problems == [], "\n".join(problems)
