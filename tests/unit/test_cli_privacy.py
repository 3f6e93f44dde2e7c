"""Issue 12 items 2 and 5 on the command line, as real subprocesses: ``samtal withdraw``,
non-UTF-8 secrets, a full disk under every output, ``guide export -o`` and ``--force``,
``info``/``check`` on a read-only copy.

Every error is one line on stderr with exit status 1, and changes nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.interview import consent, notes
from app.interview.records import create_interview
from app.security.backup import backups_dir, list_backups, rolling_backup
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.unit.test_cli import ROOT, samtal
from tests.unit.test_store import snapshot


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two consented interviews with a note each, and one nobody consented to."""
    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide
    from app.paths import default_guide_path

    p = Project.create(tmp_path / "cli", PASSPHRASE, kdf=fast_kdf())
    add_guide(p.db, load_guide(default_guide_path()))
    with p.db.atomic():
        for day in ("2026-01-10", "2026-01-11"):
            i = create_interview(p.db, held_on=day, interviewer_code="AB")
            consent.record_consent(p.db, i.id, consent.ConsentRecord.all_required("AB"))
            notes.save_note(p.db, i.id, None, [notes.Paragraph(0, f"KANARIE anteckning {day}")])
        create_interview(p.db, held_on="2026-01-12", interviewer_code="AB")
    rolling_backup(p)
    p.close()
    return p.folder


def codes(folder: Path) -> list[str]:
    with Project.open(folder, PASSPHRASE) as p:
        return [r[0] for r in p.db.query("SELECT participant_code FROM interview ORDER BY id")]


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and "KANARIE" not in result.stderr
    return lines[0]


# -- samtal withdraw ------------------------------------------------------------------------------
def test_withdraw_then_erase(folder: Path, tmp_path: Path) -> None:
    first, second, fresh = codes(folder)
    result = samtal("withdraw", folder, "--interview", first, "--auditor", "AB")
    assert result.returncode == 0, result.stderr
    assert "--erase" in result.stdout
    assert codes(folder) == [first, second, fresh]
    refused = samtal(
        "export", folder, "--kind", "transcript", "--interview", first,
        "-o", tmp_path / "ut.docx", "--no-encrypt",
    )  # fmt: skip
    assert first in one_line_error(refused)
    assert not (tmp_path / "ut.docx").exists()

    before = snapshot(folder)
    asked = samtal("withdraw", folder, "--interview", first, "--erase")
    assert "--yes" in one_line_error(asked)
    assert snapshot(folder) == before

    result = samtal("withdraw", folder, "--interview", first, "--erase", "--yes", "--auditor", "AB")
    assert result.returncode == 0, result.stderr
    assert codes(folder) == [second, fresh]
    assert "USB" in result.stdout  # told about copies elsewhere
    with Project.open(folder, PASSPHRASE) as p:
        for b in list_backups(backups_dir(p.project_id)):
            with Project.open(b, PASSPHRASE) as copy:
                assert first not in [
                    r[0] for r in copy.db.query("SELECT participant_code FROM interview")
                ]


def test_withdraw_an_interview_without_consent_removes_it(folder: Path) -> None:
    first, second, fresh = codes(folder)
    assert "--erase" in one_line_error(samtal("withdraw", folder, "--interview", fresh))
    result = samtal("withdraw", folder, "--interview", fresh, "--erase", "--yes")
    assert result.returncode == 0, result.stderr
    assert codes(folder) == [first, second]
    with Project.open(folder, PASSPHRASE) as p:
        row = p.db.query("SELECT participant_code, action, reason FROM deletion_log")[0]
        assert tuple(row) == (fresh, "removed_interview", "declined")


# -- secrets that are not UTF-8 -------------------------------------------------------------------
def _run_env(*args: str | Path, env_extra: dict[bytes, bytes]) -> subprocess.CompletedProcess[str]:
    env: dict[bytes, bytes] = {
        os.fsencode(k): os.fsencode(v) for k, v in os.environ.items() if k != "SAMTAL_PASSPHRASE"
    }
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,  # type: ignore[arg-type]
        cwd=ROOT,
        timeout=120,
    )


def test_non_utf8_secrets_are_one_line_and_change_nothing(folder: Path, tmp_path: Path) -> None:
    before = snapshot(folder)
    env = _run_env("info", folder, env_extra={b"SAMTAL_PASSPHRASE": b"korrekt h\xe4st"})
    line = one_line_error(env)
    assert "SAMTAL_PASSPHRASE" in line and "skadat" not in line

    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("nytt lösenord som är långt\n".encode("latin-1"))
    for args in (
        ("info", folder, "--passphrase-file", latin1),
        ("passphrase", folder, "--new-passphrase-file", latin1),
        ("export", folder, "--kind", "guide", "-o", tmp_path / "g.docx", "--password-file", latin1),
    ):
        result = samtal(*args, passphrase=None if "--passphrase-file" in args else PASSPHRASE)
        line = one_line_error(result)
        assert "UTF-8" in line and "skadat" not in line, line
    assert not (tmp_path / "g.docx").exists()
    assert snapshot(folder) == before


# -- a full disk under every output ---------------------------------------------------------------
@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs filled to the last block (root only)."""
    if os.name != "posix" or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and mount(8) to make a small tmpfs")
    mnt = tmp_path / "full"
    mnt.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if made.returncode:
        pytest.skip(f"mounting a tmpfs is not permitted here: {made.stderr.strip()}")
    try:
        fd = os.open(mnt / "ballast", os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True, timeout=30)


def test_outputs_on_a_full_disk_are_one_line_and_leave_nothing(
    folder: Path, full_disk: Path, tmp_path: Path
) -> None:
    before = snapshot(folder)
    source = tmp_path / "in.txt"
    source.write_text("Han träffade Anna.\n" * 2000, encoding="utf-8")
    for args in (
        ("export", folder, "--kind", "guide", "-o", full_disk / "guide.docx", "--no-encrypt"),
        ("export", folder, "--kind", "consent", "-o", full_disk / "info.docx", "--no-encrypt"),
        ("guide", "export", folder, "-o", full_disk / "guide.json"),
        ("backup", folder, full_disk / "kopior"),
        ("pseudonymise", source, "-o", full_disk / "ut.txt"),
    ):
        result = samtal(*args)
        line = one_line_error(result)
        assert "full" in line.lower(), line
        assert "skärmen" not in line  # not the message for text typed in a session
        assert sorted(p.name for p in full_disk.iterdir()) == ["ballast"], args
    assert snapshot(folder) == before


# -- guide export -o never overwrites without --force ---------------------------------------------
def test_guide_export_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "g", PASSPHRASE, kdf=fast_kdf())
    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide
    from app.paths import default_guide_path

    add_guide(p.db, load_guide(default_guide_path()))
    p.close()
    out = tmp_path / "guide.json"
    out.write_text("mitt eget arbete", encoding="utf-8")
    refused = samtal("guide", "export", p.folder, "-o", out)
    assert "--force" in one_line_error(refused)
    assert out.read_text(encoding="utf-8") == "mitt eget arbete"
    forced = samtal("guide", "export", p.folder, "-o", out, "--force")
    assert forced.returncode == 0, forced.stderr
    assert out.read_text(encoding="utf-8").startswith("{")


# -- info and check on a read-only copy -----------------------------------------------------------
@pytest.fixture
def read_only_copy(folder: Path, tmp_path: Path) -> Iterator[Path]:
    if os.name != "posix" or shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("needs root and mount(8) for a read-only bind mount")
    rw, ro = tmp_path / "rw", tmp_path / "ro"
    shutil.copytree(folder, rw / folder.name)
    ro.mkdir()
    if subprocess.run(["mount", "--bind", str(rw), str(ro)], capture_output=True).returncode:
        pytest.skip("bind mounts are not permitted here")
    try:
        if subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(ro)], capture_output=True
        ).returncode:
            pytest.skip("read-only remount not permitted")
        yield ro / folder.name
    finally:
        subprocess.run(["umount", "-l", str(ro)], capture_output=True, timeout=30)


def test_info_and_check_work_on_a_read_only_copy(read_only_copy: Path) -> None:
    info = samtal("info", read_only_copy)
    assert info.returncode == 0, info.stderr
    assert "Intervjuer:  3" in info.stdout
    check = samtal("check", read_only_copy)
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith(": ok")
    # a command that writes says so in one line
    assert "skriva" in one_line_error(samtal("guide", "list", read_only_copy)).lower()
