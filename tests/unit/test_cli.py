"""The `samtal` command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.unit.test_store import snapshot

ROOT = Path(__file__).parents[2]


def samtal(
    *args: str | Path,
    passphrase: str | None = PASSPHRASE,
    cwd: Path | None = None,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SAMTAL_PASSPHRASE"}
    if passphrase is not None:
        env["SAMTAL_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd or ROOT,
        timeout=120,
        input=input,
    )


@pytest.fixture(scope="module")
def demo_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "X.samtal"
    result = samtal("demo", folder, "--interviews", "3")
    assert result.returncode == 0, result.stderr
    return folder


def test_version() -> None:
    result = samtal("--version")
    assert result.returncode == 0 and result.stdout.startswith("samtal ")


def test_demo_then_info(demo_project: Path) -> None:
    result = samtal("info", demo_project)
    assert result.returncode == 0, result.stderr
    assert "Intervjuer:  3" in result.stdout
    info = json.loads(samtal("info", demo_project, "--json").stdout)
    assert info["counts"]["interviews"] == 3
    # the seed guide's 19 questions and the demo's 7 closed ones (issue 15)
    assert info["counts"]["notes"] > 40 and info["counts"]["questions"] == 19 + 7
    assert all(len(i["participant_code"]) == 7 for i in info["interviews"])
    # info never shows content: no demo sentence in its output
    assert "handläggare" not in result.stdout


def test_check_ok(demo_project: Path) -> None:
    result = samtal("check", demo_project)
    assert result.returncode == 0 and result.stdout.strip().endswith("ok")


def test_wrong_passphrase_one_line_and_nothing_changed(demo_project: Path) -> None:
    before = snapshot(demo_project)
    for command in ("info", "check"):
        result = samtal(command, demo_project, passphrase="helt fel lösen")
        assert result.returncode != 0
        assert result.stderr.count("\n") == 1 and "Fel lösenord" in result.stderr
        assert result.stdout == ""
    assert snapshot(demo_project) == before


def test_passphrase_file(demo_project: Path, tmp_path: Path) -> None:
    f = tmp_path / "pass.txt"
    f.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert samtal("info", demo_project, "--passphrase-file", f, passphrase=None).returncode == 0
    result = samtal(
        "info", demo_project, "--passphrase-file", tmp_path / "saknas.txt", passphrase=None
    )
    assert result.returncode == 1 and result.stderr.count("\n") == 1


def test_no_passphrase_without_terminal(demo_project: Path) -> None:
    result = samtal("info", demo_project, passphrase=None, input="")
    assert result.returncode == 1 and "lösenord" in result.stderr.lower()


def test_errors_are_one_line_and_change_nothing(tmp_path: Path) -> None:
    missing = samtal("info", tmp_path / "finns-inte.samtal")
    assert (
        missing.returncode == 1
        and missing.stderr.count("\n") == 1
        and "finns inte" in missing.stderr
    )
    bad_guide = tmp_path / "guide.json"
    bad_guide.write_text(
        '{"format": "samtal-guide", "format_version": 1,\n "title": "x"}', encoding="utf-8"
    )
    result = samtal("init", tmp_path / "ny", "--guide", bad_guide)
    assert (
        result.returncode == 1
        and result.stderr.count("\n") == 1
        and "guide.json:1" in result.stderr
    )
    short = samtal("init", tmp_path / "ny", passphrase="kort")
    assert short.returncode == 1 and "minst 8 tecken" in short.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["guide.json"]


def test_init_with_guide_and_validate(tmp_path: Path) -> None:
    guide = ROOT / "resources" / "guides" / "ekonomiskt-bistand.json"
    assert samtal("guide", "validate", guide).stdout.strip().endswith("5 avsnitt, 19 frågor")
    result = samtal("init", tmp_path / "ny", "--guide", guide, "--name", "Testgranskning")
    assert result.returncode == 0, result.stderr
    info = json.loads(samtal("info", tmp_path / "ny.samtal", "--json").stdout)
    assert info["audit"] == "Testgranskning" and info["counts"]["questions"] == 19
    again = samtal("init", tmp_path / "ny")
    assert again.returncode == 1 and "finns redan" in again.stderr


def test_usage_errors_exit_2() -> None:
    assert samtal().returncode == 2
    assert samtal("guide").returncode == 2
