"""Codebook, reading across interviews and search (issue 7), without Qt."""

from __future__ import annotations

import pytest

from app.analysis import codebook, reading, search
from app.errors import InvalidInput
from app.guide.repository import load_guide, save_new_version
from app.interview import consent, quotes
from app.interview.notes import Paragraph, save_note
from app.interview.records import Mode, create_interview
from app.security import erasure
from app.store import Project
from app.store.keyfile import KeyFile
from app.store.project import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.leakscan import scan_bytes, sqlcipher_pages


def _interview(db, **kw):  # type: ignore[no-untyped-def]
    iv = create_interview(db, **kw)
    record = consent.ConsentRecord(auditor_code="AB")
    for item in consent.CONSENT_ITEMS:
        setattr(record, item.key, True)
    consent.record_consent(db, iv.id, record)
    return iv


@pytest.fixture
def audit(project_with_guide: Project) -> Project:
    db = project_with_guide.db
    qids = [r[0] for r in db.query("SELECT id FROM question ORDER BY id LIMIT 2")]
    a = _interview(db, mode=Mode.PHONE, held_on="2022-03-01")
    b = _interview(db, mode=Mode.ON_SITE, held_on="2022-04-01")
    save_note(
        db,
        a.id,
        qids[0],
        [Paragraph(0, "Handläggaren förklarade allt på ett café. Kött och potatis.")],
    )
    save_note(db, b.id, qids[0], [Paragraph(0, "Min handläggare var stressad. Jag söker hjälp.")])
    save_note(db, b.id, qids[1], [Paragraph(0, "Receptionen är trång.")])
    quotes.add_quote(
        db, a.id, "Man vill bli sedd som en människa.", question_id=qids[0], starred=True
    )
    quotes.add_quote(db, b.id, "Jag fick ingen information om kott.", question_id=qids[0])
    return project_with_guide


def test_codebook_edit_merge_reorder_delete(audit: Project) -> None:
    db = audit.db
    a = codebook.add_theme(db, "Respekt", colour="#ff0000")
    b = codebook.add_theme(db, "Bemötande")
    sub = codebook.add_theme(db, "Att bli hörd", parent_id=b)
    codebook.update_theme(
        db, a, name="Respekt och värdighet", description="Sedd och hörd", colour="#00FF00"
    )
    with pytest.raises(InvalidInput):
        codebook.update_theme(db, a, colour="grön")
    with pytest.raises(InvalidInput):
        codebook.reparent_theme(db, b, sub)
    note = db.scalar("SELECT id FROM note ORDER BY id LIMIT 1")
    quote = db.scalar("SELECT id FROM quote ORDER BY id LIMIT 1")
    codebook.tag_passage(db, note, a, 0, 12)
    codebook.tag_passage(db, note, b, 0, 12)  # same words: one tag after the merge
    codebook.tag_passage(db, note, b, 13, 30)
    codebook.tag_quote(db, quote, b)
    codebook.tag_quote(db, quote, a)
    codebook.move_theme(db, b, -1)
    assert [t.id for t in codebook.list_themes(db) if t.parent_id is None] == [b, a]
    codebook.merge_themes(db, a, b)
    themes = {t.id: t for t in codebook.list_themes(db)}
    assert b not in themes and themes[sub].parent_id == a and themes[a].colour == "#00ff00"
    assert codebook.theme_counts(db)[a] == (2, 1)
    assert codebook.quote_theme_ids(db, quote) == [a]
    codebook.delete_theme(db, a)
    assert codebook.list_themes(db)[0].id == sub and codebook.list_themes(db)[0].parent_id is None
    assert db.scalar("SELECT count(*) FROM passage_tag") == 0


def test_reading_by_question_across_guide_versions(audit: Project) -> None:
    db = audit.db
    # a new guide version: the same questions get new ids but keep their keys
    v1 = db.scalar("SELECT id FROM guide_version")
    guide = load_guide(db, v1)
    guide_id = db.scalar("SELECT guide_id FROM guide_version WHERE id = ?", (v1,))
    v2 = save_new_version(db, guide_id, guide)
    groups = reading.question_groups(db)
    first = groups[0]
    assert len(first.question_ids) == 2
    new_qid = db.scalar(
        "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
        " WHERE s.guide_version_id = ? AND q.key = ?",
        (v2, first.key),
    )
    c = _interview(db, held_on="2022-05-01", guide_version_id=v2)
    save_note(db, c.id, new_qid, [Paragraph(0, "Nya guiden, samma fråga.")])
    items = reading.by_question(db, first.key)
    assert [(i.kind, i.participant_code) for i in items if i.kind == "note"] == [
        ("note", code)
        for code in db.query("SELECT participant_code FROM interview ORDER BY held_on")
        for code in [code[0]]
    ]
    assert sum(i.kind == "quote" for i in items) == 2
    only_phone = reading.by_question(db, first.key, reading.Filter(modes=frozenset({"phone"})))
    assert {i.interview_id for i in only_phone} == {
        db.scalar("SELECT id FROM interview WHERE mode = 'phone'")
    }
    starred = reading.by_question(db, first.key, reading.Filter(starred_only=True))
    assert [i.kind for i in starred] == ["quote"]
    dated = reading.by_question(
        db, first.key, reading.Filter(date_from="2022-03-15", date_to="2022-04-30")
    )
    assert {i.held_on for i in dated} == {"2022-04-01"}


def test_tagged_quotes_and_passages_by_theme(audit: Project) -> None:
    db = audit.db
    theme = codebook.add_theme(db, "Förståelse")
    sub = codebook.add_theme(db, "Särskilda behov", parent_id=theme)
    q1, q2 = [r[0] for r in db.query("SELECT id FROM quote ORDER BY id")]
    codebook.tag_quote(db, q2, theme)
    codebook.tag_quote(db, q1, sub)
    note = db.scalar("SELECT id FROM note ORDER BY id LIMIT 1")
    body = db.scalar("SELECT body FROM note WHERE id = ?", (note,))
    codebook.tag_passage(db, note, theme, 0, body.index(" förklarade"))
    items = reading.by_theme(db, theme)
    assert [i.kind for i in items] == ["quote", "passage", "quote"]  # the starred quote first
    assert items[1].text == "Handläggaren"
    assert [i.id for i in reading.by_theme(db, theme, subthemes=False) if i.kind == "quote"] == [q2]
    per_theme = reading.quotes_by_theme(db)
    assert [i.id for i in per_theme[theme]] == [q2] and [i.id for i in per_theme[sub]] == [q1]
    assert [p.text for p in reading.passages_for_theme(db, theme)] == ["Handläggaren"]
    counts = {c.participant_code: c for c in reading.interview_counts(db)}
    assert sum(c.tags for c in counts.values()) == 3
    assert reading.theme_counts(db) == {theme: (1, 1), sub: (0, 1)}


def test_search_swedish_letters(audit: Project) -> None:
    db = audit.db

    def found(q: str) -> list[str]:
        return sorted(h.snippet for h in search.search(db, q))

    assert found("kött") and all("Kött" in s for s in found("kött"))
    assert [h.kind for h in search.search(db, "kott")] == ["quote"]  # ö is not o
    assert not any("Kött" in s for s in found("kott"))
    assert found("cafe") == found("café") != []  # é is e
    assert "«café»" in search.search(db, "CAFE")[0].snippet_marked()
    assert found("söker") and not found("soker")
    assert len(search.search(db, "handläg")) == 2  # a plain word is a prefix
    assert len(search.search(db, "handläg*")) == 2
    assert len(search.search(db, "HANDLÄGGAREN")) == 1
    assert len(search.search(db, '"min handläggare"')) == 1
    assert len(search.search(db, "handläg -stressad")) == 1
    assert search.search(db, '" ( * AND') == [] and search.build_match("  ") is None
    hit = search.search(db, "potatis")[0]
    assert hit.snippet_marked().endswith("«potatis».")
    body = db.scalar("SELECT body FROM note WHERE id = ?", (hit.id,))
    column, start, end = search.locate(db, "note", hit.id, "potatis")  # type: ignore[misc]
    assert column == 0 and body[start:end] == "potatis"


def test_search_follows_edits_theme_filter_and_quote_versions(audit: Project) -> None:
    db = audit.db
    q = db.scalar("SELECT id FROM quote ORDER BY id LIMIT 1")
    quotes.update_quote(
        db, q, edited_text="Man vill bli sedd som en [...] människa, säger [informanten]."
    )
    assert search.search(db, "informanten")[0].id == q
    assert search.locate(db, "quote", q, "informanten")[0] == 1  # type: ignore[index]
    iid, qid = db.query("SELECT interview_id, question_id FROM note ORDER BY id LIMIT 1")[0]
    save_note(db, iid, qid, [Paragraph(0, "Nu står det något om budgetrådgivning.")])
    assert search.search(db, "potatis") == [] and search.search(db, "budget")
    theme = codebook.add_theme(db, "Tydlighet")
    assert search.search(db, "budget", theme_id=theme) == []
    note = db.scalar("SELECT id FROM note WHERE interview_id = ? AND question_id = ?", (iid, qid))
    codebook.tag_passage(db, note, theme, 0, 6)
    assert len(search.search(db, "budget", theme_id=theme)) == 1
    assert search.count_hits(db, "handläg") == 1
    assert audit.integrity_problems() == []


def test_erased_interview_leaves_nothing_in_the_search_index(audit: Project) -> None:
    db = audit.db
    iid = _interview(db).id
    qid = db.scalar("SELECT id FROM question ORDER BY id LIMIT 1")
    save_note(db, iid, qid, [Paragraph(0, "Ordet zebrakanariefågel finns bara här.")])
    quotes.add_quote(db, iid, "Också struts­kanariefågelsång bara här.", question_id=qid)
    assert len(search.search(db, "zebrakanarie")) == 1
    key = bytes(KeyFile.load(audit.folder / KEY_NAME).unwrap(PASSPHRASE))
    db.checkpoint()
    before = b"".join(sqlcipher_pages(audit.folder / DB_NAME, key))
    assert scan_bytes(before, ["zebrakanariefågel"])  # the scanner sees it before
    erasure.erase_interview(db, iid, "AB", "withdrawal")
    assert search.search(db, "zebrakanarie") == [] and search.search(db, "kanariefågelsång") == []
    pages = b"".join(sqlcipher_pages(audit.folder / DB_NAME, key))
    assert scan_bytes(pages, ["zebrakanariefågel", "kanariefågelsång"]) == []
    assert audit.integrity_problems() == []
