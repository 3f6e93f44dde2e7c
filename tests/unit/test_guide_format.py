"""The guide file format: the bundled seed guide, round trips, and errors that name the line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import GuideFormatError
from app.guide import QuestionKind
from app.guide.jsonformat import guide_to_json, load_guide, parse_guide
from app.guide.repository import add_guide, save_new_version
from app.guide.repository import load_guide as load_stored
from app.paths import default_guide_path, resource
from app.store import Project


def test_seed_guide_matches_the_report_appendix() -> None:
    g = load_guide(default_guide_path())
    assert g.title == "Frågeguide Socialtjänst – Ekonomiskt bistånd"
    assert [s.title for s in g.sections] == [
        "Vid inledande kontakt",
        "Under tiden",
        "Upplevelser av miljön",
        "Förbättringsförslag",
        "Övrigt",
    ]
    assert [len(s.questions) for s in g.sections] == [3, 8, 4, 3, 1]
    under = g.sections[1]
    assert [q.number for q in under.questions] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "7",
        "8",
        "9",
    ]  # the seed skips 6
    assert [f.text for f in under.questions[0].follow_ups] == [
        "Vad behöver du göra?",
        "Är det tydligt?",
    ]
    assert under.questions[2].hint.startswith("ex. familjestöd")
    q9 = under.questions[-1]
    assert q9.text == "Har du bytt handläggare?" and q9.kind is QuestionKind.YES_NO
    assert [f.condition for f in q9.follow_ups] == ["yes", "yes"]
    assert q9.follow_ups[1].hint.startswith("hur fick du information")
    assert q9.follow_ups_for(None) == [] and len(q9.follow_ups_for("yes")) == 2
    assert g.sections[0].intro.startswith("Nedanstående frågor")
    assert g.planned_minutes == 60


def test_round_trip_through_json_and_project(project: Project) -> None:
    g = load_guide(default_guide_path())
    assert parse_guide(guide_to_json(g)) == g
    version_id = add_guide(project.db, g)
    stored = load_stored(project.db, version_id)
    assert stored.version == 1
    assert [q.key for q in stored.questions()] == [q.key for q in g.questions()]
    assert [len(q.follow_ups) for q in stored.questions()] == [
        len(q.follow_ups) for q in g.questions()
    ]
    stored.sections[0].questions[0].text = "Ändrad fråga?"
    v2 = save_new_version(project.db, project.db.scalar("SELECT id FROM guide"), stored)
    assert load_stored(project.db, v2).version == 2
    assert (
        load_stored(project.db, version_id).sections[0].questions[0].text.startswith("Hur fick du")
    )


def test_schema_file_is_valid_json_and_names_every_field() -> None:
    schema = json.loads(resource("guide.schema.json").read_text(encoding="utf-8"))
    q = schema["$defs"]["question"]["properties"]
    assert set(q) == {"key", "number", "text", "hint", "kind", "options", "follow_ups"}
    assert set(q["kind"]["enum"]) == {k.value for k in QuestionKind}


def doc(sections: str) -> str:
    return (
        '{\n"format": "samtal-guide",\n"format_version": 1,\n"title": "T",\n"sections": '
        + sections
        + "\n}"
    )


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ('{\n"format": "samtal-guide",\n"title": "x"\n', 4, "ogiltig JSON"),
        ('{"format": "annat"}', 1, "format"),
        (
            '{"format": "samtal-guide", "format_version": 9, "title": "x", "sections": []}',
            1,
            "nyare",
        ),
        (doc("[]"), 1, "inga avsnitt"),
        (
            doc('[\n{"title": "A", "questions": [\n{"text": "ok?"},\n{"hint": "no text"}\n]}\n]'),
            8,
            'saknar "text"',
        ),
        (
            doc('[\n{"title": "A", "questions": [\n{"text": "q", "kind": "essay"}\n]}\n]'),
            7,
            "okänd frågetyp",
        ),
        (
            doc(
                '[\n{"title": "A", "questions": [\n'
                '{"text": "q", "kind": "multi_choice", "options": ["a"]}\n]}\n]'
            ),
            7,
            "minst två",
        ),
        (
            doc(
                '[\n{"title": "A", "questions": [\n{"text": "q", "follow_ups": [\n'
                '{"text": "f", "if": "kanske"}\n]}\n]}\n]'
            ),
            8,
            '"if"',
        ),
        (doc('[\n{"title": "A", "color": "red", "questions": []}\n]'), 6, "okänt fält"),
        (
            doc('[\n{"title": "A", "planned_minutes": -5, "questions": [{"text": "q"}]}\n]'),
            6,
            "planned_minutes",
        ),
        (doc('[\n{"title": "A", "questions": []}\n]'), 1, "inga frågor"),
        (doc('[\n{"title": "", "questions": [{"text": "q"}]}\n]'), 6, 'saknar "title"'),
    ],
)
def test_errors_name_the_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(GuideFormatError) as info:
        parse_guide(text, "g.json")
    assert info.value.line == line, str(info.value)
    assert fragment in str(info.value)
    assert str(info.value).startswith(f"g.json:{line}")


def test_load_guide_file_errors(tmp_path: Path) -> None:
    with pytest.raises(GuideFormatError, match="finns inte"):
        load_guide(tmp_path / "saknas.json")
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"title": "Fr\xe5ga"}'.encode("latin-1"))
    with pytest.raises(GuideFormatError, match="UTF-8"):
        load_guide(bad)
    with pytest.raises(GuideFormatError, match="mapp"):
        load_guide(tmp_path)
