"""``samtal passphrase|recovery-key|backup|restore|erase|retention`` as real subprocesses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.interview import notes
from app.interview.records import create_interview
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.unit.test_cli import samtal
from tests.unit.test_store import snapshot

NEW = "ett annat långt lösenord"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    p = Project.create(tmp_path / "cli", PASSPHRASE, kdf=fast_kdf())
    with p.db.atomic():
        for day, keep in (("2026-01-10", "2026-02-01"), ("2026-01-11", None)):
            i = create_interview(p.db, held_on=day, interviewer_code="AB")
            p.db.execute("UPDATE interview SET keep_until = ? WHERE id = ?", (keep, i.id))
            notes.save_note(p.db, i.id, None, [notes.Paragraph(0, "KANARIE anteckning")])
    p.close()
    return p.folder


def codes(folder: Path, passphrase: str = PASSPHRASE) -> list[str]:
    with Project.open(folder, passphrase) as p:
        return [r[0] for r in p.db.query("SELECT participant_code FROM interview ORDER BY id")]


def test_passphrase_change_and_recovery_key(folder: Path, tmp_path: Path) -> None:
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    result = samtal("passphrase", folder, "--new-passphrase-file", new_file)
    assert result.returncode == 0, result.stderr
    assert samtal("info", folder).returncode == 1
    assert samtal("info", folder, passphrase=NEW).returncode == 0

    result = samtal("recovery-key", folder, passphrase=NEW)
    assert result.returncode == 0, result.stderr
    groups = re.findall(r"\b[0-9A-Z]{5}\b", result.stdout)
    assert len(groups) == 8
    again = samtal("recovery-key", folder, passphrase=NEW)
    assert again.returncode == 1 and "--replace" in again.stderr

    # forgotten passphrase: reset it with the recovery key, typed loosely
    recovery = tmp_path / "recovery.txt"
    recovery.write_text(" ".join(groups).lower() + "\n")
    new_file.write_text("tredje lösenordet\n")
    result = samtal(
        "passphrase",
        folder,
        "--recovery-file",
        recovery,
        "--new-passphrase-file",
        new_file,
        passphrase=None,
    )
    assert result.returncode == 0, result.stderr
    assert samtal("info", folder, passphrase="tredje lösenordet").returncode == 0
    assert samtal("info", folder, passphrase=NEW).returncode == 1


def test_passphrase_refuses_short_or_missing_without_changing(folder: Path, tmp_path: Path) -> None:
    before = snapshot(folder)
    short = tmp_path / "short.txt"
    short.write_text("kort\n")
    result = samtal("passphrase", folder, "--new-passphrase-file", short)
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    result = samtal("passphrase", folder)  # no terminal to prompt for the new one
    assert result.returncode == 1
    assert snapshot(folder) == before


def test_backup_and_restore(folder: Path, tmp_path: Path) -> None:
    result = samtal("backup", folder, tmp_path / "usb")
    assert result.returncode == 0, result.stderr
    (made,) = (tmp_path / "usb").iterdir()
    assert made.suffix == ".samtal"
    refused = samtal("restore", made, folder)
    assert refused.returncode == 1 and "redan" in refused.stderr
    result = samtal("restore", made, tmp_path / "copy")
    assert result.returncode == 0, result.stderr
    assert codes(tmp_path / "copy.samtal") == codes(folder)
    result = samtal("restore", made, folder, "--replace")
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("cli.replaced-*"))) == 1


def test_erase_asks_unless_yes(folder: Path) -> None:
    first, second = codes(folder)
    before = snapshot(folder)
    refused = samtal("erase", folder, "--interview", first, "--reason", "withdrawal")
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert snapshot(folder) == before
    result = samtal(
        "erase",
        folder,
        "--interview",
        first.lower().replace("-", ""),
        "--reason",
        "withdrawal",
        "--auditor",
        "AB",
        "--yes",
    )
    assert result.returncode == 0, result.stderr
    assert codes(folder) == [second]
    assert "KANARIE" not in result.stdout + result.stderr


def test_retention_lists_then_erases(folder: Path) -> None:
    first, second = codes(folder)
    listed = samtal("retention", folder, "--today", "2026-03-01")
    assert listed.returncode == 0 and first in listed.stdout and second not in listed.stdout
    assert codes(folder) == [first, second]
    result = samtal(
        "retention", folder, "--today", "2026-03-01", "--erase", "--yes", "--auditor", "AB"
    )
    assert result.returncode == 0, result.stderr
    assert codes(folder) == [second]
