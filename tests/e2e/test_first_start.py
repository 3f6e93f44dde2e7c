"""The real program's first start: the language follows the system's locale (Swedish for a
Swedish or silent system, English otherwise) until the user chooses one; then the choice wins.
And the whole first start in a fresh home: the OS's data folder, the default project folder
inside it (not synced, or a warning when it is), "Kom igång" by F1 and by its button."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.store.location import SYNC_ENV_VARS

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


# --- The whole first start, driven with real keys: tests/e2e/first_start_driver.py ---------


def first_start(home: Path, lang: str, **extra_env: str) -> dict[str, Any]:
    """Start the real program in a fresh home (no SAMTAL_HOME: the data folder is the one the
    OS gets), press F1, Esc, click "Kom igång", press Ctrl+N; what the driver saw."""
    home.mkdir(parents=True, exist_ok=True)
    drop = LOCALE_VARS + ("SAMTAL_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME") + SYNC_ENV_VARS
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        LANG=lang,
        LC_CTYPE="C.UTF-8",
        PYTHONPATH=str(ROOT),
        **extra_env,
    )
    command = [sys.executable, "-m", "tests.e2e.first_start_driver"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-1500:]
    line = next(x for x in result.stdout.splitlines() if x.startswith("FIRST-START "))
    seen: dict[str, Any] = json.loads(line.split(" ", 1)[1])
    assert seen["active"], "the start window never became the active window"
    return seen


@pytest.mark.parametrize(
    ("lang", "language", "title", "button"),
    [
        ("sv_SE.UTF-8", "sv", "Kom igång med Samtal", "Kom &igång (F1)"),
        ("en_US.UTF-8", "en", "Getting started with Samtal", "&Getting started (F1)"),
    ],
)
def test_a_first_start_end_to_end(
    tmp_path: Path, lang: str, language: str, title: str, button: str
) -> None:
    home = tmp_path / "home"
    seen = first_start(home, lang)
    # the system's language, and nothing saved as if the user had chosen it
    assert seen["language"] == language and seen["help_button"] == button
    assert not (Path(seen["config_dir"]) / "samtal.ini").exists()
    # the data folder is the OS's local one, in the fresh home; projects go inside it
    data = Path(seen["data_dir"])
    assert data.is_relative_to(home) and data.is_dir()
    if sys.platform.startswith("linux"):
        assert data == home / ".local" / "share" / "Samtal"
    assert Path(seen["projects_dir"]) == data / "projects"
    # ... which is not a synced folder: no warning, neither here nor in the new-project dialog
    assert seen["projects_dir_cloud"] is None and seen["cloud_warning"] is None
    assert seen["new_project"] == {"folder": seen["projects_dir"], "cloud_warning": None}
    assert seen["empty_hint"] and "F1" in seen["empty_hint"]
    # Kom igång: by F1 and by the button, in the system's language, naming this folder
    for way in ("f1", "button"):
        assert seen[way] == {
            "shown": True,
            "title": title,
            "first_line": title,
            "names_projects_dir": True,
            "placeholders_left": False,
            "closed_by_esc": True,
        }, way
    assert seen["button_made_a_new_dialog"]


def test_a_first_start_in_a_synced_home_warns(tmp_path: Path) -> None:
    """Windows with the whole profile redirected to OneDrive (its variable names the root)."""
    home = tmp_path / "OneDrive - Kommunen"
    seen = first_start(home, "sv_SE.UTF-8", OneDrive=str(home))
    assert seen["projects_dir_cloud"] == "OneDrive - Kommunen"
    assert seen["cloud_warning"] and "OneDrive - Kommunen" in seen["cloud_warning"]
    assert seen["new_project"]["cloud_warning"]
    assert "OneDrive - Kommunen" in seen["new_project"]["cloud_warning"]
    assert seen["f1"]["shown"] and seen["button"]["shown"]
