"""The real program's first start: the language follows the system's locale (Swedish for a
Swedish or silent system, English otherwise) until the user chooses one; then the choice wins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
pytestmark = pytest.mark.slow
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def start(home: Path, lang: str, *args: str) -> dict[str, object]:
    """Start ``ui.main`` with ``LANG=lang`` and a fresh or given SAMTAL_HOME; the READY line."""
    env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS}
    env.update(SAMTAL_HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG=lang, LC_CTYPE="C.UTF-8")
    command = [sys.executable, "-m", "ui.main", "--report-ready", "--quit-after-start"]
    command += ["--projects-dir", str(home / "projekt"), *args]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-1500:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("READY "))
    state: dict[str, object] = json.loads(line.split(" ", 2)[2])
    assert state["visible"] and state["enabled"] and state["window"] == "StartWindow"
    return state


@pytest.mark.parametrize(
    ("lang", "language", "button"),
    [
        ("sv_SE.UTF-8", "sv", "&Nytt projekt…"),
        ("en_GB.UTF-8", "en", "&New project…"),
        ("de_DE.UTF-8", "en", "&New project…"),
        ("C.UTF-8", "sv", "&Nytt projekt…"),
    ],
)
def test_first_start_speaks_the_systems_language(
    tmp_path: Path, lang: str, language: str, button: str
) -> None:
    state = start(tmp_path / "home", lang)
    assert (state["language"], state["new_button"]) == (language, button)
    assert not (tmp_path / "home" / "config" / "samtal.ini").exists()  # nothing chosen yet


def test_the_users_choice_wins_over_the_system(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert start(home, "en_US.UTF-8", "--language", "sv")["language"] == "sv"  # chosen
    state = start(home, "en_US.UTF-8")  # the system still says English
    assert (state["language"], state["new_button"]) == ("sv", "&Nytt projekt…")
