"""Participant codes, interviews, consent gates, notes and quotes on a real project."""

from __future__ import annotations

import re

import pytest

from app.errors import ConsentRequired, InvalidInput, NotFound
from app.interview import codes, consent, notes, quotes
from app.interview import records as interviews
from app.interview.consent import ConsentRecord
from app.pseudonymise import name_lists as names
from app.store import Project


def test_participant_codes_are_readable() -> None:
    seen = {codes.new_participant_code() for _ in range(2000)}
    assert len(seen) == 2000
    for code in seen:
        assert re.fullmatch(r"[A-Z0-9]{3}-[A-Z0-9]{3}", code)
        assert not set(code) & set("0O1IL5S2Z8B")
        assert codes.is_participant_code(code)
    assert codes.normalise_code("k7q xma") == "K7Q-XMA"
    assert codes.spoken("K7Q-XMA") == "K 7 Q – X M A"


def full_consent(**overrides: bool) -> ConsentRecord:
    return ConsentRecord.all_required("AB", **{"consent_quotes": True, **overrides})


def test_interview_life_and_consent_gates(project_with_guide: Project) -> None:
    db = project_with_guide.db
    iv = interviews.create_interview(
        db, mode="phone", held_on="2026-03-01", interviewer_code="AB", co_listener_code="CD"
    )
    assert iv.status is interviews.Status.NEW and iv.guide_version_id is not None
    assert interviews.find_interview(db, iv.participant_code.lower().replace("-", " ")).id == iv.id
    with pytest.raises(ConsentRequired):
        quotes.add_quote(db, iv.id, "Man vill bli sedd.")
    with pytest.raises(ConsentRequired) as info:
        consent.record_consent(db, iv.id, full_consent(informed_no_effect=False))
    assert info.value.params["missing"] == ["informed_no_effect"]
    consent.record_consent(db, iv.id, full_consent(consent_quotes=False))
    assert interviews.get_interview(db, iv.id).status is interviews.Status.CONSENTED
    with pytest.raises(ConsentRequired):
        quotes.add_quote(db, iv.id, "Man vill bli sedd.")
    consent.record_consent(db, iv.id, full_consent())
    q = quotes.add_quote(db, iv.id, "  Man vill bli sedd.  ", at_ms=61_000, starred=True)
    assert q.text == "Man vill bli sedd." and q.starred
    consent.withdraw_consent(db, iv.id, "AB")
    with pytest.raises(ConsentRequired):
        quotes.add_quote(db, iv.id, "Till.")


def test_auditor_codes_are_not_names(project_with_guide: Project) -> None:
    with pytest.raises(InvalidInput):
        interviews.create_interview(project_with_guide.db, interviewer_code="Anna Andersson")


def test_notes_keep_paragraph_times(project_with_guide: Project) -> None:
    db = project_with_guide.db
    iv = interviews.create_interview(db)
    paras = [
        notes.Paragraph(1000, "Första stycket."),
        notes.Paragraph(65_000, "Andra stycket, åäö."),
    ]
    assert notes.save_note(db, iv.id, None, paras) == 1
    assert notes.save_note(db, iv.id, None, paras) == 2
    got = notes.get_note(db, iv.id, None)
    assert got is not None and got.paragraphs == paras and got.revision == 2
    assert notes.get_note(db, iv.id, 12345) is None


def test_quote_edit_and_delete(project_with_guide: Project) -> None:
    db = project_with_guide.db
    iv = interviews.create_interview(db)
    consent.record_consent(db, iv.id, full_consent())
    q = quotes.add_quote(db, iv.id, "Hen förstår mig, men ibland blir det fel.")
    q = quotes.update_quote(db, q.id, edited_text="Hen [handläggaren] förstår mig [...]")
    assert q.report_text.startswith("Hen [handläggaren]") and q.text.startswith("Hen förstår")
    quotes.delete_quote(db, q.id)
    with pytest.raises(NotFound):
        quotes.get_quote(db, q.id)


def test_name_lists(project_with_guide: Project) -> None:
    db = project_with_guide.db
    iv = interviews.create_interview(db)
    assert names.add_name(db, "Lena")
    assert not names.add_name(db, "Lena")
    names.add_name(db, " Hans-Erik ", iv.id)
    assert names.names_for(db, iv.id) == ["Hans-Erik", "Lena"]
    assert names.names_for(db, None) == ["Lena"]
