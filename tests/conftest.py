"""Shared fixtures: every test gets its own SAMTAL_HOME, and projects are real encrypted ones."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Until the user picks one, the UI language follows the system's (ui.i18n.system_language);
# the tests expect Swedish whatever the machine's locale is. A test of that rule sets its own.
os.environ["LANGUAGE"] = "sv"

# One temp folder for the whole run, inherited by every subprocess the tests start: the canary
# tests look for anything new in the process's temp folder, and on a shared machine other
# programs (another test run, say) write to the system's temp folder at the same time.
_RUN_TEMP = tempfile.mkdtemp(prefix="samtal-tests-")
os.environ["TMPDIR"] = _RUN_TEMP
tempfile.tempdir = _RUN_TEMP

from app.store import KdfParams, Project  # noqa: E402

PASSPHRASE = "korrekt häst batteri"

#: Cheap Argon2id for tests that make many projects. Real parameters are tested separately.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


def fast_kdf() -> KdfParams:
    return KdfParams(FAST_KDF.time_cost, FAST_KDF.memory_kib, FAST_KDF.parallelism)


@pytest.fixture(scope="session", autouse=True)
def _run_temp_folder() -> Iterator[Path]:
    """Removes the run's temp folder at the end (kept with SAMTAL_KEEP_TEST_TMP=1)."""
    yield Path(_RUN_TEMP)
    if not os.environ.get("SAMTAL_KEEP_TEST_TMP"):
        shutil.rmtree(_RUN_TEMP, ignore_errors=True)


@pytest.fixture(autouse=True)
def samtal_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, logs and crash reports go to a fresh folder per test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SAMTAL_HOME", str(home))
    monkeypatch.delenv("SAMTAL_PASSPHRASE", raising=False)
    try:
        from ui import settings as ui_settings
    except ImportError:  # pragma: no cover - PySide6 missing
        return home
    ui_settings.reset_for_tests()
    return home


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """The shared real encrypted project (SQLCipher, cheap Argon2id) in ``tmp_path/test.samtal``.

    Use this one rather than a local copy; build a richer fixture on top of it.
    """
    p = Project.create(tmp_path / "test", PASSPHRASE, audit_name="Testgranskning", kdf=fast_kdf())
    yield p
    if not p.closed:
        p.close()


@pytest.fixture
def project_with_guide(project: Project) -> Project:
    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide
    from app.paths import default_guide_path

    add_guide(project.db, load_guide(default_guide_path()))
    return project
