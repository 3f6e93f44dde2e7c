"""A question's summary as a table of text cells: one layout for the window, Word and the CLI.

Rows: one per answer, then "Svarade", "Vill inte svara" (overall only), and where they apply
"Instämmer (två översta stegen)", "Medelbetyg" and "Median". Columns: the answer, everyone,
then each group of the breakdown; a count cell reads "16 (42 %)". A hidden figure is "–";
each cell also knows which interviews stand behind it (empty when hidden), so a view can open
them.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.survey.data import GroupSummary, QuestionSummary
from app.analysis.survey.fmt import count_text, group_label, number, percent
from app.guide.answers import declined_label
from app.guide.model import QuestionKind

_WORDS = {
    "sv": {
        "answer": "Svar",
        "all": "Alla",
        "answered": "Svarade",
        "agree": "Instämmer (två översta stegen)",
        "mean": "Medelbetyg",
        "median": "Median",
        "note": (
            "– = färre än {n} informanter, eller dolt för att en sådan siffra inte ska kunna "
            "räknas fram ur de andra."
        ),
    },
    "en": {
        "answer": "Answer",
        "all": "All",
        "answered": "Answered",
        "agree": "Agree (the two top steps)",
        "mean": "Mean grade",
        "median": "Median",
        "note": (
            "– = fewer than {n} informants, or hidden so that such a figure cannot be "
            "computed from the others."
        ),
    },
}


def word(language: str, key: str) -> str:
    return _WORDS.get(language, _WORDS["sv"])[key]


def suppression_note(min_group: int, language: str = "sv") -> str:
    """The note shown under every table or chart with a "–" in it."""
    return word(language, "note").replace("{n}", str(min_group))


@dataclass(frozen=True)
class Cell:
    text: str
    #: The answer value behind a count cell ("" for labels and summary figures).
    value: str = ""
    #: The group of the column (None: everyone, or "not set" when ``in_group``).
    group: str | None = None
    in_group: bool = False
    interviews: tuple[str, ...] = ()

    @property
    def hidden(self) -> bool:
        return self.text == "–"


@dataclass(frozen=True)
class SummaryTable:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    any_hidden: bool

    def text_rows(self) -> list[list[str]]:
        return [list(self.header)] + [[c.text for c in row] for row in self.rows]


def count_share(count: int | None, share: float | None, language: str = "sv") -> str:
    """ "16 (42 %)", or "–" when hidden."""
    if count is None:
        return "–"
    return f"{count} ({percent(share, language)})" if share is not None else str(count)


def summary_table(q: QuestionSummary, by: str | None = None, language: str = "sv") -> SummaryTable:
    """One column for everyone and one per group; a cell is "count (share)" or "–"."""
    groups: tuple[GroupSummary, ...] = tuple(q.by.get(by, ())) if by else ()
    header = [word(language, "answer"), word(language, "all")]
    header += [group_label(g.group, language) for g in groups]
    rows: list[tuple[Cell, ...]] = []
    for i, a in enumerate(q.answers):
        row = [
            Cell(a.label),
            Cell(count_share(a.count, a.share, language), a.value, None, False, a.interviews),
        ]
        for g in groups:
            ga = g.answers[i]
            row.append(
                Cell(
                    count_share(ga.count, ga.share, language),
                    ga.value,
                    g.group,
                    True,
                    ga.interviews,
                )
            )
        rows.append(tuple(row))

    def extra(label: str, overall: str, per_group: list[str], with_ids: bool = False) -> None:
        row = [Cell(label), Cell(overall, interviews=q.interviews if with_ids else ())]
        for g, text in zip(groups, per_group, strict=True):
            row.append(Cell(text, "", g.group, True, g.interviews if with_ids else ()))
        rows.append(tuple(row))

    extra(
        word(language, "answered"),
        count_text(q.answered),
        [count_text(g.answered) for g in groups],
        with_ids=True,
    )
    rows.append(
        tuple(
            [Cell(declined_label(language)), Cell(count_text(q.declined))]
            + [Cell("")] * len(groups)
        )
    )
    if q.kind is QuestionKind.AGREEMENT:
        extra(
            word(language, "agree"),
            percent(q.agree_share, language),
            [percent(g.agree_share, language) for g in groups],
        )
    if q.kind is QuestionKind.GRADE:
        extra(
            word(language, "mean"),
            number(q.mean, language),
            [number(g.mean, language) for g in groups],
        )
        extra(
            word(language, "median"),
            number(q.median, language),
            [number(g.median, language) for g in groups],
        )
    any_hidden = any(c.hidden for row in rows for c in row)
    return SummaryTable(tuple(header), tuple(rows), any_hidden)
