"""`samtal package key|export|import|return` as real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.interview.background import define_variable, list_variables
from app.store import Project
from tests.conftest import PASSPHRASE
from tests.unit.test_cli import samtal


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("team-cli")
    made = {"laptop": base / "laptop.samtal", "analysts": base / "analytiker.samtal"}
    assert samtal("demo", made["laptop"], "--interviews", "3").returncode == 0
    result = samtal("init", made["analysts"])
    assert result.returncode == 0, result.stderr
    made["base"] = base
    return made


def one_line_error(result: object) -> str:
    assert result.returncode == 1, result.stdout  # type: ignore[attr-defined]
    err: str = result.stderr  # type: ignore[attr-defined]
    assert err.startswith("samtal: ") and err.count("\n") == 1, err
    return err


def interviews(project: Path) -> int:
    return int(json.loads(samtal("info", project, "--json").stdout)["counts"]["interviews"])


def test_key_export_import_dry_run_and_again(folders: dict[str, Path]) -> None:
    laptop, analysts, base = folders["laptop"], folders["analysts"], folders["base"]
    key_result = samtal("package", "key", analysts)
    assert key_result.returncode == 0, key_result.stderr
    key = key_result.stdout.strip()
    assert key.startswith("age1") and len(key) == 62
    as_json = json.loads(samtal("package", "key", analysts, "--json").stdout)
    assert as_json["key"] == key and len(as_json["check_code"]) == 9

    package = base / "alla.samtalpkg"
    result = samtal("package", "export", laptop, "--all", "-o", package, "--to", key)
    assert result.returncode == 0, result.stderr
    assert "3 intervjuer" in result.stdout

    dry = samtal("package", "import", analysts, package, "--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["dry_run"] and [i["outcome"] for i in report["interviews"]] == ["new"] * 3
    assert interviews(analysts) == 0

    real = samtal("package", "import", analysts, package)
    assert real.returncode == 0, real.stderr
    assert real.stdout.count(": new") == 3
    assert interviews(analysts) == 3
    again = json.loads(samtal("package", "import", analysts, package, "--json").stdout)
    assert not again["changes_anything"]
    assert {i["outcome"] for i in again["interviews"]} == {"unchanged"}


def test_bad_packages_one_line_and_nothing_changes(folders: dict[str, Path]) -> None:
    laptop, analysts, base = folders["laptop"], folders["analysts"], folders["base"]
    key = samtal("package", "key", analysts).stdout.strip()
    package = base / "flip.samtalpkg"
    assert samtal("package", "export", laptop, "--all", "-o", package, "--to", key).returncode == 0
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    package.write_bytes(bytes(data))
    before = interviews(analysts)
    assert "skadat" in one_line_error(samtal("package", "import", analysts, package))
    assert interviews(analysts) == before

    other = base / "other.samtal"
    assert samtal("init", other).returncode == 0
    other_key = samtal("package", "key", other).stdout.strip()
    wrong = base / "wrong.samtalpkg"
    assert (
        samtal("package", "export", laptop, "--all", "-o", wrong, "--to", other_key).returncode == 0
    )
    assert "annat projekts" in one_line_error(samtal("package", "import", analysts, wrong))

    newer = base / "newer.samtalpkg"
    data = wrong.read_bytes()
    newer.write_bytes(data.replace(b'"format_version":2', b'"format_version":9', 1))
    assert newer.read_bytes() != data
    assert "nyare version" in one_line_error(samtal("package", "import", analysts, newer))
    assert "inte ett Samtal-paket" in one_line_error(
        samtal("package", "import", analysts, base / "finns-inte.samtalpkg")
    )
    bad_key = samtal(
        "package", "export", laptop, "--all", "-o", base / "x.samtalpkg", "--to", "age1x"
    )
    assert "Mottagarnyckeln" in one_line_error(bad_key)
    assert not (base / "x.samtalpkg").exists()
    usage = samtal("package", "export", laptop, "-o", base / "y.samtalpkg", "--to", key)
    assert usage.returncode == 2


def test_password_package(folders: dict[str, Path]) -> None:
    laptop, base = folders["laptop"], folders["base"]
    receiver = base / "mottagare.samtal"
    assert samtal("init", receiver).returncode == 0
    secret = base / "paketlösen.txt"
    secret.write_text("ett delat paketlösen\n", encoding="utf-8")
    package = base / "lösen.samtalpkg"
    code = json.loads(samtal("info", laptop, "--json").stdout)["interviews"][0]["participant_code"]
    result = samtal(
        "package", "export", laptop, "--interview", code, "-o", package, "--password-file", secret
    )
    assert result.returncode == 0, result.stderr
    assert "lösenord" in one_line_error(samtal("package", "import", receiver, package))
    wrong = base / "fel.txt"
    wrong.write_text("inte det lösenordet\n", encoding="utf-8")
    assert "Fel lösenord" in one_line_error(
        samtal("package", "import", receiver, package, "--password-file", wrong)
    )
    ok = samtal("package", "import", receiver, package, "--password-file", secret)
    assert ok.returncode == 0, ok.stderr
    assert interviews(receiver) == 1


def test_colistener_round_trip_by_script(folders: dict[str, Path]) -> None:
    laptop, base = folders["laptop"], folders["base"]
    colistener = base / "medlyssnare.samtal"
    assert samtal("init", colistener).returncode == 0
    ckey = samtal("package", "key", colistener).stdout.strip()
    info = json.loads(samtal("info", laptop, "--json").stdout)
    code = info["interviews"][0]["participant_code"]
    briefing = base / "medlyssnare.samtalpkg"
    result = samtal(
        "package",
        "export",
        laptop,
        "--interview",
        code,
        "--colistener",
        "-o",
        briefing,
        "--to",
        ckey,
    )
    assert result.returncode == 0, result.stderr
    opened = samtal("package", "import", colistener, briefing)
    assert opened.returncode == 0 and f"medlyssnarläge för {code}" in opened.stdout
    assert interviews(colistener) == 0
    back = base / "citat.samtalpkg"
    returned = samtal("package", "return", colistener, "--interview", code, "-o", back)
    assert returned.returncode == 0, returned.stderr
    landed = json.loads(samtal("package", "import", laptop, back, "--json").stdout)
    assert landed["quotes"]["code"] == code and landed["quotes"]["added"] == 0


def test_background_categories_on_the_command_line(folders: dict[str, Path]) -> None:
    """The preview names new variables and categories; --map-category merges one into ours."""
    laptop, base = folders["laptop"], folders["base"]
    analysts = base / "bakgrund.samtal"
    assert samtal("init", analysts).returncode == 0
    with Project.open(analysts, PASSPHRASE) as project:
        define_variable(project.db, "Åldersgrupp", ["Yngre", "Äldre"])
    key = samtal("package", "key", analysts).stdout.strip()
    package = base / "bakgrund.samtalpkg"
    assert samtal("package", "export", laptop, "--all", "-o", package, "--to", key).returncode == 0

    dry = samtal("package", "import", analysts, package, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "nya bakgrundsvariabler: Kön" in dry.stdout
    new = [
        line.split(": ", 1)[1]
        for line in dry.stdout.splitlines()
        if line.startswith("  ny kategori i Åldersgrupp: ")
    ]
    assert new
    bad = samtal("package", "import", analysts, package, "--map-category", "Åldersgrupp")
    assert "--map-category" in one_line_error(bad)
    wrong = samtal(
        "package", "import", analysts, package, "--map-category", f"Åldersgrupp:{new[0]}=Mitt"
    )
    assert "Mitt" in one_line_error(wrong)
    assert interviews(analysts) == 0
    maps = [arg for c in new for arg in ("--map-category", f"åldersgrupp:{c}=Yngre")]
    result = samtal("package", "import", analysts, package, *maps)
    assert result.returncode == 0, result.stderr
    assert "ny kategori" not in result.stdout
    with Project.open(analysts, PASSPHRASE) as project:
        (age,) = [v for v in list_variables(project.db) if v.label == "Åldersgrupp"]
        assert age.categories == ("Yngre", "Äldre")
        used = {str(r[0]) for r in project.db.query("SELECT category FROM interview_background")}
        assert "Yngre" in used and not used & set(new)
