"""Recovery keys and passphrase change, in-process (the CLI and crash tests are elsewhere)."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from app.errors import InvalidInput, WrongPassphrase
from app.store import Project
from app.store.keyfile import KeyFile
from app.store.project import KEY_NAME
from app.store.recovery import ALPHABET, normalise_recovery_code
from tests.conftest import PASSPHRASE


def test_recovery_code_shape_and_typing_tolerance() -> None:
    assert not set("ILOU") & set(ALPHABET) and len(ALPHABET) == 32
    code = "7KQ2M-ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567-89ABC"
    assert normalise_recovery_code(code.lower().replace("-", " ")) == code.replace("-", "")
    loose = code.replace("0", "O").replace("1", "l")
    assert normalise_recovery_code(loose) == code.replace("-", "")
    for bad in ("", "ABCDE", code + "X", code.replace("7", "U")):
        with pytest.raises(InvalidInput):
            normalise_recovery_code(bad)


def test_recovery_key_unlocks_and_resets_the_passphrase(project: Project) -> None:
    assert not project.has_recovery_key
    with pytest.raises(WrongPassphrase):
        project.add_recovery_key("fel lösenord")
    code = project.add_recovery_key(PASSPHRASE)
    assert re.fullmatch(r"([0-9A-Z]{5}-){7}[0-9A-Z]{5}", code)
    assert project.has_recovery_key
    assert code.replace("-", "") not in (project.folder / KEY_NAME).read_text()
    folder = project.folder
    project.close()
    with Project.open(folder, code.lower(), secret_kind="recovery") as p:
        p.change_passphrase(code, "glömt och nytt lösenord", old_kind="recovery")
    with pytest.raises(WrongPassphrase):
        Project.open(folder, PASSPHRASE)
    with Project.open(folder, "glömt och nytt lösenord") as p:
        assert p.has_recovery_key  # the recovery slot survives a passphrase change
        newer = p.add_recovery_key("glömt och nytt lösenord")
        p.remove_recovery_key("glömt och nytt lösenord")
        assert not p.has_recovery_key
    with pytest.raises(WrongPassphrase):
        Project.open(folder, code, secret_kind="recovery")
    with pytest.raises(WrongPassphrase):
        Project.open(folder, newer, secret_kind="recovery")


def test_replacing_the_recovery_key_invalidates_the_old(project: Project) -> None:
    old = project.add_recovery_key(PASSPHRASE)
    new = project.add_recovery_key(PASSPHRASE)
    keyfile = KeyFile.load(project.folder / KEY_NAME)
    with pytest.raises(WrongPassphrase):
        keyfile.unwrap(normalise_recovery_code(old), "recovery")
    assert keyfile.unwrap(normalise_recovery_code(new), "recovery")
    assert [s.kind for s in keyfile.slots] == ["passphrase", "recovery"]


def test_key_file_keeps_project_id(project: Project) -> None:
    keyfile = KeyFile.load(project.folder / KEY_NAME)
    assert keyfile.project_id == project.project_id and len(project.project_id) == 32
    project.change_passphrase(PASSPHRASE, "ett nytt lösenord")
    assert KeyFile.load(project.folder / KEY_NAME).project_id == project.project_id


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_project_files_are_private(project: Project, tmp_path: Path) -> None:
    for path in project.folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
