"""The project settings' migration (issue 14 item 6) comes after every migration that was on
``main`` before it, and a project made at that schema opens, migrates and keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.store.project as project_module
from app.audit import AuditSettings, audit_info, update_audit_settings
from app.interview.records import create_interview
from app.store import Project
from app.store.schema import MIGRATIONS
from app.store.schema_project import V10_AUDIT_CONTACT
from app.store.schema_pseudonyms import V9_PSEUDONYMS
from tests.conftest import PASSPHRASE, fast_kdf

CONTACT_COLUMNS = {"contact_name", "contact_phone", "contact_email", "gift"}


def columns(project: Project, table: str) -> set[str]:
    return {str(r["name"]) for r in project.db.query(f"PRAGMA table_info({table})")}


def test_the_settings_migration_follows_the_pseudonym_table() -> None:
    assert MIGRATIONS.index(V9_PSEUDONYMS) < MIGRATIONS.index(V10_AUDIT_CONTACT)


def test_a_project_from_before_the_settings_opens_and_migrates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = MIGRATIONS[: MIGRATIONS.index(V10_AUDIT_CONTACT)]  # what main's build wrote
    with monkeypatch.context() as m:
        m.setattr(project_module, "MIGRATIONS", before)
        old = Project.create(tmp_path / "gammal", PASSPHRASE, audit_name="Gammal", kdf=fast_kdf())
    with old:
        assert old.db.user_version == len(before)
        assert "pseudonym" in {
            str(r["name"]) for r in old.db.query("SELECT name FROM sqlite_master")
        }
        assert not CONTACT_COLUMNS & columns(old, "audit")
        code = create_interview(old.db, interviewer_code="AB").participant_code
        folder = old.folder

    with Project.open(folder, PASSPHRASE) as project:  # today's build
        assert project.db.user_version == len(MIGRATIONS)
        assert columns(project, "audit") >= CONTACT_COLUMNS
        assert project.integrity_problems() == []
        audit = audit_info(project.db)
        assert audit.name == "Gammal" and audit.contact_name == "" and audit.gift == ""
        assert project.db.scalar("SELECT participant_code FROM interview") == code
        update_audit_settings(
            project.db,
            AuditSettings(
                organisation="Brukarrevisionen",
                contact_name="Kim Berg",
                contact_phone="076-008 20 84",
                contact_email="kontakt@example.se",
                gift="En biobiljett",
            ),
        )
    with Project.open(folder, PASSPHRASE) as again:
        audit = audit_info(again.db)
        assert (audit.contact_name, audit.contact_phone, audit.gift) == (
            "Kim Berg",
            "076-008 20 84",
            "En biobiljett",
        )
