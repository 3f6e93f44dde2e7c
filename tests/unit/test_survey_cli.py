"""`samtal summary` on a demo project with closed answers, run as a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.analysis.survey.source import load_survey, set_min_group
from app.guide.model import QuestionKind
from app.store.project import Project
from tests.conftest import PASSPHRASE
from tests.unit.test_cli import samtal


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("summary") / "D.samtal"
    result = samtal("demo", folder, "--interviews", "40")
    assert result.returncode == 0, result.stderr
    return folder


def summary_json(project: Path, *extra: str) -> dict:
    result = samtal("summary", project, "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_shape_and_counts_add_up(demo: Path) -> None:
    data = summary_json(demo)
    assert data["min_group"] == 5
    kinds = {q["kind"] for q in data["questions"]}
    assert {"yes_no", "agreement", "grade", "multi_choice"} <= kinds
    for q in data["questions"]:
        assert {"id", "text", "kind", "answered", "answers", "by"} <= set(q)
        assert q["by"] == {}
        for a in q["answers"]:
            assert {"label", "count", "share"} <= set(a)
            assert (a["count"] is None) == (a["share"] is None)
            assert a["count"] is None or a["count"] >= 5
        if q["kind"] != "multi_choice" and q["answered"] is not None:
            shown = sum(a["count"] for a in q["answers"] if a["count"] is not None)
            hidden = q["answered"] - shown
            assert hidden == 0 or hidden >= 5  # what is hidden cannot be one small group
    # With the minimum group at 1 nothing but zeros is hidden: the counts add up exactly.
    with Project.open(demo, PASSPHRASE) as project:
        set_min_group(project.db, 1)
        truth = load_survey(project.db)
    try:
        exact = summary_json(demo)
    finally:
        with Project.open(demo, PASSPHRASE) as project:
            set_min_group(project.db, 5)
    assert exact["min_group"] == 1
    answered_truth = {
        q.id: sum(1 for i in truth.interviews if i.answers.get(q.id, "declined") != "declined")
        for q in truth.questions
    }
    for q in exact["questions"]:
        assert q["answered"] == answered_truth[q["id"]]
        if q["kind"] == "multi_choice":
            continue
        assert sum(a["count"] or 0 for a in q["answers"]) == q["answered"]


def test_breakdown_never_shows_a_small_count(demo: Path) -> None:
    by_label = summary_json(demo, "--by", "Åldersgrupp")
    by_key = summary_json(demo, "--by", "aldersgrupp")
    assert by_label == by_key
    for q in by_label["questions"]:
        (groups,) = q["by"].values()
        assert groups[-1]["group"] is None  # "Ej angivet" is a group like the others
        for g in groups:
            assert g["answered"] is None or g["answered"] >= 5
            for a in g["answers"]:
                assert a["count"] is None or a["count"] >= 5
                assert (a["count"] is None) == (a["share"] is None)
    text = samtal("summary", demo, "--by", "Åldersgrupp")
    assert text.returncode == 0 and "– = färre än 5 informanter" in text.stdout


def test_bad_variable_is_one_line_and_nonzero(demo: Path) -> None:
    result = samtal("summary", demo, "--by", "skostorlek")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "skostorlek" in result.stderr


def test_demo_has_background_variables_and_every_closed_kind(demo: Path) -> None:
    with Project.open(demo, PASSPHRASE) as project:
        data = load_survey(project.db)
    assert [v.label for v in data.variables] == ["Kön", "Åldersgrupp", "Tid med stödet", "Enhet"]
    kinds = {q.kind for q in data.questions}
    assert kinds == {
        QuestionKind.YES_NO,
        QuestionKind.AGREEMENT,
        QuestionKind.GRADE,
        QuestionKind.MULTI_CHOICE,
    }
    assert sum(1 for i in data.interviews if i.background) >= 35
