"""Charts of survey summaries: PNG in memory, clickable bars, numbers as a table, grey scale."""

from __future__ import annotations

import io
import re
import struct

import pytest

from app.analysis.survey.charts import _SERIES, _STEPS, chart_table, render
from app.analysis.survey.data import BackgroundVariable, ClosedQuestion, InterviewAnswers
from app.analysis.survey.summary import summarise
from app.guide.model import QuestionKind

AGE = BackgroundVariable("alder", "Åldersgrupp", ("18–30", "31–59", "60+"))
QUESTIONS = [
    ClosedQuestion("s", "Jag blir bemött med respekt", QuestionKind.AGREEMENT, number="1"),
    ClosedQuestion("y", "Fick du veta hur lång tid det tar?", QuestionKind.YES_NO),
    ClosedQuestion("g", "Vilket betyg ger du?", QuestionKind.GRADE),
    ClosedQuestion("m", "Varför?", QuestionKind.MULTI_CHOICE, ("Kön", "Ålder", "Härkomst")),
]


def data() -> list[InterviewAnswers]:
    rows = []
    for i in range(40):
        age = ("18–30", "31–59", "60+")[i % 3] if i < 38 else ""
        rows.append(
            InterviewAnswers(
                f"P{i:02d}",
                {
                    "s": "12345"[i % 5] if i % 7 else "1",
                    "y": ("yes", "no", "yes", "dont_know")[i % 4],
                    "g": str(4 + i % 7),
                    "m": '["Kön", "Ålder"]' if i % 2 else '["Härkomst"]',
                },
                {"alder": age} if age else {},
            )
        )
    return rows


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


@pytest.mark.parametrize("by", [None, "alder"])
def test_every_kind_renders_a_png_with_bars_inside_it(by: str | None) -> None:
    summary = summarise(QUESTIONS, data(), min_group=5, by=AGE if by else None)
    for q in summary.questions:
        chart = render(q, by)
        assert png_size(chart.png) == (chart.width, chart.height)
        assert chart.hits, q.id
        for h in chart.hits:
            assert 0 <= h.x0 < h.x1 <= chart.width and 0 <= h.y0 < h.y1 <= chart.height
            assert chart.hit((h.x0 + h.x1) / 2, (h.y0 + h.y1) / 2) == h
        assert chart.hit(1, 1) is None


def test_a_hidden_count_draws_no_clickable_bar_and_shows_a_dash() -> None:
    (q,) = summarise([QUESTIONS[1]], data(), min_group=5, by=AGE).questions
    chart = render(q, "alder")
    hidden = {(g.group, a.value) for g in q.by["alder"] for a in g.answers if a.count is None}
    assert hidden  # this data has small cells
    for h in chart.hits:
        assert (h.group, h.value) not in hidden or h.overall
        assert h.interviews  # every drawn bar can open its interviews
    table = chart_table(q, "alder")
    assert table[0] == ("Svar", "Alla", "18–30", "31–59", "60+", "Ej angivet")
    assert any("–" in row for row in table[1:])
    counts = [re.match(r"\d+", cell) for row in table[1:] for cell in row[1:]]
    assert all(int(m.group()) >= 5 for m in counts if m)


def test_bar_interviews_are_the_cell_behind_it() -> None:
    (q,) = summarise([QUESTIONS[1]], data(), min_group=5).questions
    chart = render(q)
    for h in chart.hits:
        (answer,) = [a for a in q.answers if a.value == h.value]
        assert h.interviews == answer.interviews


def test_palettes_are_distinct_in_grey_scale() -> None:
    def grey(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    for palette in (_SERIES, _STEPS):
        looks = [(round(grey(fill) / 40), hatch) for fill, hatch in palette]
        assert len(set(looks)) == len(looks)  # grey level or hatching tells each apart


def test_png_is_made_in_memory_and_says_nothing_about_its_maker() -> None:
    (q,) = summarise([QUESTIONS[0]], data(), min_group=5).questions
    png = render(q).png
    assert b"matplotlib" not in png.lower()
    assert isinstance(io.BytesIO(png).read(8), bytes)
