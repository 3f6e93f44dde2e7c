"""The Qt-free items of the security checklist (``reference/security-research.md`` §6).

Covered here or in the file named:

- R1  SQLCipher 4, pinned settings, no plaintext header ........... here
- R2  open sequence: pragmas read back ............................ here
- R3  awkward and NFC/NFD passphrases ............................ here (+ test_store)
- R4  a missing path never creates a database .................... here
- R5  wrong passphrase x5: no byte, mtime or file changes ........ here
- R6  KDF parameters stored with a version; unlock time bound .... here
- R7  passphrase change killed at random points (25 runs) ........ here
- R8  verified backups, N generations, corrupt source refused .... test_backup
- R9  damage found at unlock / before backup; restore offered ..... here + test_backup
- R10 kill while saving: no acknowledged save lost, 0 corruptions . here (12 kills, not 200)
- R11 WAL + FULL; local app data folder; sync/network warning ..... here
- R12 auto-lock (idle, suspend, OS lock, Ctrl+L) ................. tests/ui/test_security_ui.py
- R13 lock clears widgets and undo stacks, closes the DB ......... tests/ui/test_security_ui.py
- R14 canary: no plaintext outside the encrypted DB/export ....... tests/ui/test_canary.py
- R15 settings allow-list; Qt's FileDialog group keeps no history  tests/ui/test_security_ui.py
- R16 logs and crash reports hold no content; error messages ...... here
- R17 clipboard: exclusion formats, timed and lock/quit clearing .. tests/ui/test_security_ui.py
- R18 export encrypted by default, neutral properties/name ....... test_export (+ ui export dialog)
- R19 export refused while findings are unresolved .............. test_export (+ ui review window)
- R20 pronoun neutraliser, substrings, Hans-Erik, idempotent ...... test_pseudonymise_corpus
- R21 personnummer: all formats, Luhn, wins over phone ........... test_pseudonymise_properties
- R22 the name list is erased with the interview ................. test_erasure
- R23 consent: required fields, no name/signature, gates quotes ... here
- R24 erasure canary: plaintext copy, decrypted pages, WAL, log ... test_erasure
- R25 retention with a fake clock ................................ test_erasure
- R27 guide parser and key-file loader fuzzed with Hypothesis .... here
- R28 a committed v1 fixture project opens with the current build  here

Disk full / read-only (§5): test_disk_full. CLI for all of it: test_cli_maintenance.
Kills during backup and byte-level fuzzing of the .docx guide importer: test_robustness.
(R26, audio, comes with the audio work.)
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import logsetup
from app.errors import (
    ConsentRequired,
    DamagedProject,
    GuideFormatError,
    ProjectNotFound,
    SamtalError,
    WrongPassphrase,
)
from app.guide.jsonformat import parse_guide
from app.interview import consent, quotes
from app.interview.records import create_interview
from app.messages import error_message
from app.paths import data_dir
from app.store import Database, KdfParams, Project
from app.store.keyfile import KeyFile
from app.store.location import risky_location
from app.store.project import DB_NAME, KEY_NAME
from app.store.schema import MIGRATIONS
from tests.conftest import PASSPHRASE, fast_kdf
from tests.leakscan import scan_folders
from tests.unit.test_store import _flip_byte, snapshot

ROOT = Path(__file__).parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def run_child(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )


# -- R1, R2, R11 ---------------------------------------------------------------------------------
def test_r1_r2_r11_format_and_open_sequence(project: Project) -> None:
    assert (project.folder / DB_NAME).read_bytes()[:16] != b"SQLite format 3\x00"
    db = project.db
    assert str(db.scalar("PRAGMA cipher_version")).startswith("4.")
    settings_ = {str(r[0]) for r in db.query("PRAGMA cipher_settings")}
    for expected in (
        "kdf_iter = 256000",
        "cipher_page_size = 4096",
        "HMAC_SHA512",
        "PBKDF2_HMAC_SHA512",
    ):
        assert any(expected in s for s in settings_), expected
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA secure_delete") == 1
    assert db.scalar("PRAGMA foreign_keys") == 1
    assert db.scalar("PRAGMA temp_store") in (0, 2)  # the build forces memory


def test_r11_data_folder_is_local_not_roaming(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("SAMTAL_HOME")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    assert data_dir() == tmp_path / "Local" / "Samtal"


def test_r11_sync_and_network_folders_are_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OneDrive", "/home/anna/OneDrive - Kommunen")
    assert risky_location("/home/anna/OneDrive - Kommunen/Samtal/x.samtal") == "sync"
    assert risky_location("/home/anna/Dropbox/x.samtal") == "sync"
    assert risky_location("/Users/a/Library/Mobile Documents/com~apple~CloudDocs/x") == "sync"
    assert risky_location("\\\\server\\share\\x.samtal") == "network"
    assert risky_location("/home/anna/.local/share/Samtal/projects/x.samtal") is None
    assert risky_location(data_dir() / "projects" / "x.samtal") is None


# -- R3, R4, R5, R6 -------------------------------------------------------------------------------
def test_r3_awkward_passphrases_open_the_same_project(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", 'it\'s "x" åäö')
    Project.create(tmp_path / "p", nfd, kdf=fast_kdf()).close()
    Project.open(tmp_path / "p", unicodedata.normalize("NFC", nfd)).close()


def test_r4_missing_or_mistyped_path_creates_nothing(project: Project, tmp_path: Path) -> None:
    listing = sorted(p.name for p in tmp_path.iterdir())
    for wrong in (tmp_path / "tset.samtal", tmp_path / "tset", tmp_path / "nope" / "x.samtal"):
        with pytest.raises(ProjectNotFound):
            Project.open(wrong, PASSPHRASE)
    with pytest.raises(ProjectNotFound):
        Database.open(tmp_path / "typo.db", os.urandom(32), MIGRATIONS)
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_r5_five_wrong_passphrases_change_nothing(project: Project) -> None:
    folder = project.folder
    project.close()
    before = snapshot(folder)
    for attempt in range(5):
        with pytest.raises(WrongPassphrase) as info:
            Project.open(folder, f"fel lösenord {attempt}")
    assert snapshot(folder) == before
    assert error_message(info.value).startswith("Fel lösenord")
    Project.open(folder, PASSPHRASE).close()  # no lockout


def test_r6_kdf_parameters_are_versioned_and_unlock_is_bounded(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "real", PASSPHRASE)
    p.close()
    doc = json.loads((p.folder / KEY_NAME).read_text())
    assert doc["format"] == "samtal-keyfile" and doc["format_version"] == 1
    kdf = doc["slots"][0]["kdf"]
    assert kdf["name"] == "argon2id" and kdf["memory_kib"] >= 64 * 1024 and kdf["time_cost"] >= 3
    start = time.perf_counter()
    Project.open(p.folder, PASSPHRASE).close()
    assert time.perf_counter() - start < 1.5


# -- R7 -------------------------------------------------------------------------------------------
_CHANGER = """
import sys
from app.store import Project
from app.errors import WrongPassphrase
folder, a, b = sys.argv[1:4]
try:
    project = Project.open(folder, a)
    current, other = a, b
except WrongPassphrase:
    project = Project.open(folder, b)
    current, other = b, a
print("ready", flush=True)
while True:
    project.change_passphrase(current, other)
    current, other = other, current
"""


def test_r7_passphrase_change_killed_at_random_points(project: Project) -> None:
    """25 SIGKILLs at random moments of back-to-back changes: exactly one passphrase opens."""
    a, b = PASSPHRASE, "det andra lösenordet"
    project.db.execute("INSERT INTO stop_word VALUES ('data')")
    folder = project.folder
    project.close()
    rnd = random.Random(7)
    deadline = time.monotonic() + 25
    runs = 0
    while runs < 25 and time.monotonic() < deadline:
        child = run_child(_CHANGER, str(folder), a, b)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.0, 0.06))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        keyfile = KeyFile.load(folder / KEY_NAME)
        opens = []
        for secret in (a, b):
            try:
                keyfile.unwrap(secret)
                opens.append(secret)
            except WrongPassphrase:
                pass
        assert len(opens) == 1, f"run {runs}: {len(opens)} passphrases open the key file"
        with Project.open(folder, opens[0]) as again:
            assert again.db.scalar("SELECT word FROM stop_word") == "data"
        runs += 1
    assert runs >= 20


def test_r7_key_file_write_failing_at_each_step_keeps_the_old(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic complement: the write dies before fsync, before rename, or at rename."""
    import app.store.atomic_file as af

    for step in ("write", "fsync", "replace"):
        real = getattr(os, step)

        def boom(*args: object, _real: object = real, _step: str = step) -> object:
            raise OSError(5, f"injected at {_step}")

        with monkeypatch.context() as m:
            m.setattr(af.os, step, boom)
            with pytest.raises(SamtalError):
                project.change_passphrase(PASSPHRASE, "ett nytt lösenord")
        assert project.verify_passphrase(PASSPHRASE)
        assert KeyFile.load(project.folder / KEY_NAME).unwrap(PASSPHRASE)
        assert not list(project.folder.glob(".*.tmp"))


# -- R9 -------------------------------------------------------------------------------------------
def test_r9_damage_is_found_and_named(project: Project) -> None:
    """Page 1 with the right passphrase is 'damaged', never 'wrong passphrase'."""
    project.db.execute("INSERT INTO stop_word VALUES ('x')")
    folder = project.folder
    project.close()
    _flip_byte(folder / DB_NAME, 300)
    before = snapshot(folder)
    with pytest.raises(DamagedProject) as info:
        Project.open(folder, PASSPHRASE)
    assert "återställ" in error_message(info.value)
    with pytest.raises(WrongPassphrase):
        Project.open(folder, "fel lösenord")
    assert snapshot(folder) == before  # a damaged project is never written to


# -- R10 ------------------------------------------------------------------------------------------
_TYPIST = """
import sys, time
from app.store import Project
from app.interview import notes
project = Project.open(sys.argv[1], sys.argv[2])
iid = project.db.scalar("SELECT id FROM interview")
text = ""
n = 0
while True:
    n += 1
    text += f"ord{n} "
    notes.save_note(project.db, iid, None, [notes.Paragraph(0, text)])  # commit = acknowledged
    print(n, flush=True)
    time.sleep(0.005)
"""


def test_r10_kill_while_saving_loses_no_acknowledged_save(project_with_guide: Project) -> None:
    db = project_with_guide.db
    create_interview(db)
    folder = project_with_guide.folder
    project_with_guide.close()
    rnd = random.Random(10)
    for _ in range(12):
        child = run_child(_TYPIST, str(folder), PASSPHRASE)
        assert child.stdout is not None
        acked = int(child.stdout.readline())  # the first save is acknowledged: it got going
        stop = time.monotonic() + rnd.uniform(0.05, 0.3)
        while time.monotonic() < stop:
            line = child.stdout.readline()
            if line.strip().isdigit():
                acked = int(line)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        child.stdout.close()
        with Project.open(folder, PASSPHRASE) as again:
            assert again.integrity_problems() == []
            body = again.db.scalar("SELECT body FROM note")
            saved = len(body.split()) if body else 0
            assert saved >= acked
            again.db.execute("DELETE FROM note")


# -- R16 ------------------------------------------------------------------------------------------
CANARY = "KANARIE Lena Svensson 850709-9805"


def test_r16_logs_crash_reports_and_messages_hold_no_content(samtal_home: Path) -> None:
    log_path = logsetup.setup_logging()
    log = logging.getLogger("samtal.checklist")
    log.info("saving %s", CANARY)
    log.warning("quote %r in interview %d", CANARY, 3)
    log.error("failed", exc_info=ValueError(CANARY))
    try:
        raise RuntimeError(CANARY)
    except RuntimeError:
        log.exception("during save of %s", {"text": CANARY})
        exc_type, exc, tb = sys.exc_info()
    logsetup.install_crash_handler()
    try:
        assert exc_type is not None and exc is not None
        sys.excepthook(exc_type, exc, tb)  # writes crash.txt (and stderr)
    finally:
        sys.excepthook = sys.__excepthook__
    for h in logging.getLogger().handlers:
        h.flush()
    assert log_path.is_file() and (samtal_home / "data" / "crash" / "crash.txt").is_file()
    markers = ["KANARIE", "Lena", "850709"]
    assert scan_folders([samtal_home], markers) == []
    report = logsetup.pending_crash_report() or ""
    assert "RuntimeError" in report and "KANARIE" not in report
    for error in (ValueError(CANARY), KeyError(CANARY), OSError(2, CANARY), MemoryError()):
        assert "KANARIE" not in error_message(error) and "KANARIE" not in error_message(error, "en")


def test_r16_every_error_code_has_both_languages() -> None:
    from app import messages

    for code, (sv, en) in messages._MESSAGES.items():
        assert sv and en, code
    for key, (sv, en) in messages._DETAILS.items():
        assert sv and en, key


# -- R23 ------------------------------------------------------------------------------------------
def test_r23_consent_has_no_identity_and_gates_quotes(project_with_guide: Project) -> None:
    db = project_with_guide.db
    columns = {str(r[1]) for r in db.query("PRAGMA table_info(consent)")}
    assert not {
        c for c in columns if any(w in c for w in ("name", "sign", "personnummer", "phone"))
    }
    names = {f.name for f in dataclasses.fields(consent.ConsentRecord)}
    assert {
        "informed_purpose",
        "informed_withdraw",
        "consent_quotes",
        "retention_date",
        "method",
    } <= names
    interview = create_interview(db)
    with pytest.raises(ConsentRequired):
        quotes.add_quote(db, interview.id, "ett citat")
    with pytest.raises(ConsentRequired):
        consent.record_consent(db, interview.id, consent.ConsentRecord(auditor_code="AB"))
    record = consent.ConsentRecord(auditor_code="AB")
    for key in consent.REQUIRED_ITEMS:
        setattr(record, key, True)
    consent.record_consent(db, interview.id, record)
    with pytest.raises(ConsentRequired):
        quotes.add_quote(db, interview.id, "ett citat")  # notes, but not quotes, consented


# -- R27 ------------------------------------------------------------------------------------------
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
guide_like = st.fixed_dictionaries(
    {
        "format": st.sampled_from(["samtal-guide", "x"]),
        "format_version": st.sampled_from([1, 2, "1"]),
    },
    optional={
        "title": json_values,
        "sections": st.lists(
            st.dictionaries(
                st.sampled_from(["key", "title", "intro", "planned_minutes", "questions", "x"]),
                json_values
                | st.lists(
                    st.dictionaries(
                        st.sampled_from(
                            ["key", "number", "text", "hint", "kind", "options", "follow_ups"]
                        ),
                        json_values,
                    )
                ),
            ),
            max_size=3,
        ),
        "language": json_values,
    },
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.one_of(st.text(max_size=300), guide_like.map(json.dumps), json_values.map(json.dumps)))
def test_r27_guide_parser_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(GuideFormatError):
        parse_guide(text)


keyfile_like = st.fixed_dictionaries(
    {"format": st.sampled_from(["samtal-keyfile", "x"]), "format_version": json_values},
    optional={
        "project_id": json_values,
        "kdf": json_values,
        "slots": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "kind": st.sampled_from(["passphrase", "recovery"]) | json_values,
                    "nonce": st.sampled_from(["AAAAAAAAAAAAAAAA", "!!"]) | json_values,
                    "wrapped": st.sampled_from(["AAAA", ""]) | json_values,
                    "kdf": st.fixed_dictionaries(
                        {
                            "name": st.sampled_from(["argon2id", "pbkdf2"]),
                            "time_cost": st.integers(-5, 10**12),
                            "memory_kib": st.integers(-5, 10**12),
                            "parallelism": st.integers(-5, 10**6),
                            "salt": st.sampled_from(["AAAAAAAAAAAAAAAAAAAAAA==", "", "x"]),
                        }
                    )
                    | json_values,
                },
            ),
            max_size=3,
        ),
    },
)


@FUZZ
@given(st.one_of(st.binary(max_size=200), keyfile_like.map(lambda d: json.dumps(d).encode())))
def test_r27_key_file_loader_raises_only_typed_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz.key"
    path.write_bytes(data)
    try:
        keyfile = KeyFile.load(path)
        keyfile.unwrap("ett lösenord")
    except SamtalError:
        pass


# -- R28 ------------------------------------------------------------------------------------------
def test_r28_v1_fixture_opens_with_the_current_build(tmp_path: Path) -> None:
    from tests.fixtures.make_project_v1 import PASSPHRASE as FIXTURE_PASSPHRASE
    from tests.fixtures.make_project_v1 import ROWS

    copy = tmp_path / "project_v1.samtal"
    shutil.copytree(FIXTURES / "project_v1.samtal", copy)  # opening may migrate: never the original
    with Project.open(copy, FIXTURE_PASSPHRASE) as p:
        db = p.db
        assert db.user_version == len(MIGRATIONS)
        assert p.integrity_problems() == []
        assert db.scalar("SELECT name FROM audit") == "Fixtur v1"
        assert db.scalar("SELECT participant_code FROM interview") == ROWS["participant_code"]
        assert db.scalar("SELECT body FROM note") == ROWS["note"]
        assert db.scalar("SELECT text FROM quote") == ROWS["quote"]
        assert (
            db.scalar("SELECT t.name FROM quote_theme qt JOIN theme t ON t.id = qt.theme_id")
            == ROWS["theme"]
        )
        assert db.scalar("SELECT name FROM name_entry") == ROWS["name"]
        assert db.scalar("SELECT count(*) FROM deletion_log") == 1
    with pytest.raises(WrongPassphrase):
        Project.open(copy, PASSPHRASE)


def test_kdf_from_json_rejects_absurd_parameters() -> None:
    good = KdfParams(time_cost=1, memory_kib=8192, parallelism=1).to_json()
    for field, value in (("time_cost", 10**9), ("memory_kib", 10**12), ("parallelism", 0)):
        with pytest.raises(DamagedProject):
            KdfParams.from_json({**good, field: value})
