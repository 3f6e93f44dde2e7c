"""Guide versions in a real encrypted project: edits, interviews keeping their version, checks."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from app.errors import GuideFormatError, NotFound
from app.guide.jsonformat import load_guide, parse_guide
from app.guide.model import FollowUp, Question, QuestionKind, Section
from app.guide.repository import add_guide
from app.guide.repository import load_guide as load_stored
from app.guide.service import (
    check_guide,
    export_guide_json,
    find_guide,
    import_guide_file,
    list_guides,
    list_versions,
    save_guide_edit,
    version_id_of,
    version_is_used,
)
from app.interview.records import create_interview, get_interview, save_clock
from app.paths import default_guide_path
from app.store import Project


def _count(project: Project, table: str) -> int:
    return int(project.db.scalar(f"SELECT count(*) FROM {table}"))


def test_unchanged_guide_writes_nothing(project: Project) -> None:
    v1 = add_guide(project.db, load_guide(default_guide_path()))
    guide = load_stored(project.db, v1)
    questions_before = _count(project, "question")
    assert save_guide_edit(project.db, 1, copy.deepcopy(guide)) == v1
    assert [v.version for v in list_versions(project.db, 1)] == [1]
    assert _count(project, "question") == questions_before


def test_unused_version_is_updated_in_place(project: Project) -> None:
    v1 = add_guide(project.db, load_guide(default_guide_path()))
    guide = load_stored(project.db, v1)
    guide.sections[0].questions[0].text = "Hur fick du veta att du kan söka bistånd?"
    guide.sections.append(Section("Extra", questions=[Question("Något mer?")]))
    assert save_guide_edit(project.db, 1, guide) == v1
    assert guide.version == 1
    assert [v.version for v in list_versions(project.db, 1)] == [1]
    stored = load_stored(project.db, v1)
    assert stored.sections[0].questions[0].text == "Hur fick du veta att du kan söka bistånd?"
    assert stored.sections[-1].title == "Extra"
    assert project.integrity_problems() == []


def test_used_version_is_kept_and_the_edit_becomes_a_new_version(project: Project) -> None:
    v1 = add_guide(project.db, load_guide(default_guide_path()))
    interview = create_interview(project.db, guide_version_id=v1)
    guide = load_stored(project.db, v1)
    original_text = guide.sections[1].questions[2].text
    guide.sections[1].questions[2].text = "Har du fått det stöd du behöver?"
    guide.sections[1].questions[2].follow_ups.append(FollowUp("Vilket stöd?", condition=None))

    v2 = save_guide_edit(project.db, 1, guide)

    assert v2 != v1 and guide.version == 2 and guide.id == v2
    assert get_interview(project.db, interview.id).guide_version_id == v1
    assert load_stored(project.db, v1).sections[1].questions[2].text == original_text
    assert (
        load_stored(project.db, v2).sections[1].questions[2].text
        == "Har du fått det stöd du behöver?"
    )
    # Stable keys: the edited question is the same question across versions.
    assert (
        load_stored(project.db, v1).sections[1].questions[2].key
        == load_stored(project.db, v2).sections[1].questions[2].key
    )
    versions = list_versions(project.db, 1)
    assert [(v.version, v.interviews) for v in versions] == [(1, 1), (2, 0)]
    # v2 is not used yet: the next edit updates it in place.
    guide.title = "Frågeguide, reviderad"
    assert save_guide_edit(project.db, 1, guide) == v2
    assert [g.title for g in list_guides(project.db)] == ["Frågeguide, reviderad"]
    assert load_stored(project.db, v1).title == "Frågeguide Socialtjänst – Ekonomiskt bistånd"


def test_a_version_whose_questions_are_referenced_counts_as_used(project: Project) -> None:
    v1 = add_guide(project.db, load_guide(default_guide_path()))
    interview = create_interview(project.db, guide_version_id=v1)
    guide = load_stored(project.db, v1)
    guide.title = "Ny titel"
    v2 = save_guide_edit(project.db, 1, guide)
    assert not version_is_used(project.db, v2)
    # An interview that has moved on to a question of v2 (e.g. after a migration) uses v2.
    save_clock(project.db, interview.id, 1000, load_stored(project.db, v2).questions()[0].id)
    assert version_is_used(project.db, v2)
    guide.title = "Ännu en titel"
    assert save_guide_edit(project.db, 1, guide) not in (v1, v2)


def test_an_incomplete_guide_is_refused_and_nothing_is_written(project: Project) -> None:
    v1 = add_guide(project.db, load_guide(default_guide_path()))
    guide = load_stored(project.db, v1)
    guide.sections[1].questions[2].text = "  "
    with pytest.raises(GuideFormatError, match="”Under tiden”, fråga 3: frågan saknar text"):
        save_guide_edit(project.db, 1, guide)
    assert load_stored(project.db, v1).sections[1].questions[2].text.startswith("Har du fått stöd")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda g: setattr(g, "title", ""), "guiden saknar titel"),
        (lambda g: g.sections.clear(), "guiden har inga avsnitt"),
        (lambda g: setattr(g.sections[0], "title", ""), "avsnitt 1: avsnittet saknar rubrik"),
        (lambda g: setattr(g.sections[0], "planned_minutes", 0), "planerad tid"),
        (
            lambda g: g.sections[1].questions[0].follow_ups[0].__setattr__("text", ""),
            "en följdfråga saknar text",
        ),
        (
            lambda g: setattr(g.sections[0].questions[0], "kind", QuestionKind.MULTI_CHOICE),
            "minst två svarsalternativ",
        ),
        (
            lambda g: setattr(g.sections[1].questions[-1], "kind", QuestionKind.GRADE),
            "”Om ja/Om nej” går bara på ja/nej-frågor",
        ),
    ],
)
def test_check_guide_messages(change: object, message: str) -> None:
    guide = load_guide(default_guide_path())
    change(guide)  # type: ignore[operator]
    with pytest.raises(GuideFormatError, match=message):
        check_guide(guide)


def test_find_guide_and_versions(project: Project) -> None:
    add_guide(project.db, load_guide(default_guide_path()))
    assert find_guide(project.db, "1") == 1
    assert find_guide(project.db, "Frågeguide Socialtjänst – Ekonomiskt bistånd") == 1
    with pytest.raises(NotFound):
        find_guide(project.db, "finns inte")
    with pytest.raises(NotFound):
        version_id_of(project.db, 1, 7)
    with pytest.raises(NotFound):
        list_versions(project.db, 99)


def test_export_and_import_json_round_trip(project: Project, tmp_path: Path) -> None:
    v1 = add_guide(project.db, load_guide(default_guide_path()))
    text = export_guide_json(project.db, v1)
    path = tmp_path / "guide.json"
    path.write_text(text, encoding="utf-8")
    again = import_guide_file(path)
    assert again.warnings == []
    assert export_guide_json(project.db, v1) == text
    original = parse_guide(default_guide_path().read_text(encoding="utf-8"))
    assert [q.text for q in again.guide.questions()] == [q.text for q in original.questions()]
    assert again.guide.sections[1].questions[-1].follow_ups[0].condition == "yes"
