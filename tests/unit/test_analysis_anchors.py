"""Tagged passages keep their words when the note changes (issue 7)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import codebook
from app.interview.anchors import make_anchor, reanchor
from app.interview.notes import Paragraph, save_note
from app.interview.records import create_interview
from app.store import Project

BODY = (
    "Handläggaren ringde upp. Jag kände mig sedd. Sedan blev det tyst igen.\n"
    "Jag kände mig sedd, sa jag."
)


def test_unchanged_offsets_are_kept() -> None:
    a = make_anchor(BODY, 25, 44)
    assert a.exact == "Jag kände mig sedd."
    assert reanchor(a, BODY, BODY + " Mer text.") == make_anchor(BODY + " Mer text.", 25, 44)


def test_insert_before_moves_the_tag() -> None:
    a = make_anchor(BODY, 25, 43)
    new = "Första besöket. " + BODY
    b = reanchor(a, BODY, new)
    assert new[b.start : b.end] == "Jag kände mig sedd" and b.start == 25 + 16


def test_repeated_words_follow_their_context() -> None:
    second = BODY.rindex("Jag kände mig sedd")
    a = make_anchor(BODY, second, second + len("Jag kände mig sedd"))
    # delete the first sentence that holds the same words: the tag must stay on the second
    new = BODY.replace("Jag kände mig sedd. ", "", 1)
    b = reanchor(a, BODY, new)
    assert b.start == new.rindex("Jag kände mig sedd") and new[b.end :].startswith(", sa jag")


def test_words_gone_means_orphaned_not_deleted() -> None:
    a = make_anchor(BODY, 25, 43)
    b = reanchor(a, BODY, "Något helt annat.")
    assert b.orphaned and b.exact == "Jag kände mig sedd"
    # and it comes back if the words come back
    c = reanchor(b, "Något helt annat.", "Något helt annat. Jag kände mig sedd.")
    assert not c.orphaned and c.start == 18


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abc åäö.\n", max_size=40), st.text(alphabet="abc åäö.\n", max_size=40))
def test_edits_outside_the_passage_never_lose_it(before: str, after: str) -> None:
    words = "DETTA ÄR TAGGAT"
    old = "start " + words + " slut"
    a = make_anchor(old, 6, 6 + len(words))
    new = before + old[:6] + words + old[6 + len(words) :] + after
    b = reanchor(a, old, new)
    assert new[b.start : b.end] == words


def test_save_note_reanchors_passage_tags(project_with_guide: Project) -> None:
    db = project_with_guide.db
    iid = create_interview(db).id
    qid = db.scalar("SELECT id FROM question ORDER BY id LIMIT 1")
    theme = codebook.add_theme(db, "Respekt")
    save_note(db, iid, qid, [Paragraph(0, "Hen hälsade. Jag blev bemött som en jämlike.")])
    note_id = db.scalar("SELECT id FROM note")
    start = "Hen hälsade. Jag blev bemött som en jämlike.".index("bemött")
    tag = codebook.tag_passage(db, note_id, theme, start, start + len("bemött som en jämlike"))
    save_note(
        db,
        iid,
        qid,
        [
            Paragraph(0, "Först: hen hälsade vänligt."),
            Paragraph(5, "Jag blev bemött som en jämlike."),
        ],
    )
    t = codebook.passage_tags(db, note_id)[0]
    body = db.scalar("SELECT body FROM note")
    assert t.id == tag and body[t.start : t.end] == "bemött som en jämlike"
    save_note(db, iid, qid, [Paragraph(0, "Allt är omskrivet.")])
    t = codebook.passage_tags(db, note_id)[0]
    assert t.orphaned and t.exact == "bemött som en jämlike"
    assert codebook.theme_counts(db).get(theme, (0, 0)) == (0, 0)  # orphans are not counted
