"""Charts of closed-question summaries: PNG bytes in memory, with the numbers as a table.

Rendered with matplotlib's Agg canvas (no display, no pyplot state, no temporary files).
A bar chart per question (one bar per answer; grouped bars per group in a breakdown) and a
diverging stacked bar for the agreement scale (agreeing to the right of the middle, not
agreeing to the left, "varken eller" across it). Readable in grey scale: every series has its
own grey level *and* hatching, and every bar carries its number as text. A hidden count
("–") draws no bar and cannot be clicked; where a row has hidden answers, their sum (which
suppression keeps at 0 or ≥ N) is drawn apart as a hatched "–" segment.

Each :class:`Chart` also lists where its bars are (pixel boxes in the PNG) and which
interviews stand behind each, so a view can open them from a click.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.analysis.survey.data import AnswerCount, QuestionSummary
from app.analysis.survey.fmt import count_text, group_label, number, percent
from app.guide.model import QuestionKind

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

DPI = 100
WIDTH_IN = 7.5

#: Fill grey levels and hatches, in series order: distinct in grey scale, printable.
_SERIES = (
    ("#2f2f2f", ""),
    ("#8c8c8c", "///"),
    ("#d0d0d0", ""),
    ("#5e5e5e", "xx"),
    ("#f0f0f0", ".."),
    ("#a8a8a8", "\\\\\\"),
)
#: Agreement steps 1 … 5: dark (agree) to light (neutral) to hatched (disagree).
_STEPS = (
    ("#1f4e79", ""),
    ("#7fa7cf", ""),
    ("#e3e3e3", ""),
    ("#e0a370", "///"),
    ("#8a3b12", "xxx"),
)
_HIDDEN = ("#ffffff", "....")

_TEXT = {
    "sv": {
        "total": "Alla",
        "not_set": "Ej angivet",
        "answer": "Svar",
        "count": "Antal",
        "share": "Andel",
        "hidden": "dolt",
        "answered": "svarade",
        "n": "n",
        "axis_share": "Andel av dem som svarade",
        "disagree": "← instämmer inte",
        "agree": "instämmer →",
        "mean_grade": "Medelbetyg (1–10)",
        "hidden_legend": "– dolda svar (färre än minsta grupp), sammanlagt",
    },
    "en": {
        "total": "All",
        "not_set": "Not set",
        "answer": "Answer",
        "count": "Count",
        "share": "Share",
        "hidden": "hidden",
        "answered": "answered",
        "n": "n",
        "axis_share": "Share of those who answered",
        "disagree": "← disagree",
        "agree": "agree →",
        "mean_grade": "Mean grade (1–10)",
        "hidden_legend": "– hidden answers (fewer than the minimum group), together",
    },
}


@dataclass(frozen=True)
class BarHit:
    """Where one bar is in the PNG (pixels, origin top left) and who is behind it.

    ``group`` is the group's category (None: variable not set); ``overall`` marks the bar
    for everyone.
    """

    x0: int
    y0: int
    x1: int
    y1: int
    value: str
    label: str
    group: str | None
    overall: bool
    interviews: tuple[str, ...]

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass(frozen=True)
class Chart:
    png: bytes
    width: int
    height: int
    hits: tuple[BarHit, ...]
    #: The chart's numbers: a header row, then one row per answer (for screen readers, Word).
    table: tuple[tuple[str, ...], ...]
    alt_text: str

    def hit(self, x: float, y: float) -> BarHit | None:
        for h in self.hits:
            if h.contains(x, y):
                return h
        return None


def _t(language: str, key: str) -> str:
    return _TEXT.get(language, _TEXT["sv"])[key]


def chart_table(
    q: QuestionSummary, by: str | None = None, language: str = "sv"
) -> tuple[tuple[str, ...], ...]:
    """The chart's numbers: header + one row per answer (and answered, declined, …)."""
    from app.analysis.survey.tables import summary_table

    return tuple(tuple(row) for row in summary_table(q, by, language).text_rows())


# -- rendering -----------------------------------------------------------------------------
def render(q: QuestionSummary, by: str | None = None, language: str = "sv") -> Chart:
    """The chart for ``q``: diverging bars for the agreement scale, else bars per answer."""
    if q.kind is QuestionKind.AGREEMENT:
        return diverging_chart(q, by, language)
    return bar_chart(q, by, language)


def _figure(slots: float, title: str, legend: bool) -> tuple[Figure, Axes]:
    """A figure with room for ``slots`` bar rows, a title on top and a legend below."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    top, bottom, per = 0.62, 0.62 + (0.42 if legend else 0.0), 0.34
    height = top + bottom + per * max(slots, 2)
    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI)
    FigureCanvasAgg(fig)
    fig.text(0.02, 1 - 0.12 / height, _wrap(title, 95), ha="left", va="top", fontsize=10)
    ax = fig.add_axes((0.3, bottom / height, 0.66, 1 - (top + bottom) / height))
    return fig, ax


def _finish(
    fig: Figure, bars: list[tuple[Rectangle, BarHit]], table: tuple[tuple[str, ...], ...], alt: str
) -> Chart:
    fig.canvas.draw()
    width, height = (int(round(v)) for v in fig.canvas.get_width_height())
    hits = []
    for patch, template in bars:
        box = patch.get_window_extent()
        hits.append(
            BarHit(
                int(box.x0),
                int(height - box.y1),
                int(box.x1 + 0.5),
                int(height - box.y0 + 0.5),
                template.value,
                template.label,
                template.group,
                template.overall,
                template.interviews,
            )
        )
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return Chart(buffer.getvalue(), width, height, tuple(hits), table, alt)


def _style_axes(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="both", labelsize=9)


def _wrap(text: str, width: int = 34) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)[:3]) or text


def _title(q: QuestionSummary, language: str) -> str:
    n = f"{_t(language, 'n')} = {count_text(q.answered)}"
    return f"{q.number + '. ' if q.number else ''}{q.text}  ({n})"


def bar_chart(q: QuestionSummary, by: str | None = None, language: str = "sv") -> Chart:
    """Horizontal bars: the share of those who answered, per answer (and per group).

    A grade question broken down by a variable shows each group's mean grade instead.
    """
    if q.kind is QuestionKind.GRADE and by and q.by.get(by):
        return mean_chart(q, by, language)
    series: list[tuple[str | None, bool, Sequence[AnswerCount]]] = [(None, True, q.answers)]
    if by and q.by.get(by):
        series += [(g.group, False, g.answers) for g in q.by[by]]
    grouped = len(series) > 1
    fig, ax = _figure(
        len(q.answers) * (0.55 * len(series) if grouped else 1), _title(q, language), grouped
    )
    height = 0.84 / len(series)
    bars: list[tuple[Rectangle, BarHit]] = []
    for s_index, (group, overall, answers) in enumerate(series):
        fill, hatch = _SERIES[s_index % len(_SERIES)]
        name = _t(language, "total") if overall else group_label(group, language)
        if grouped:  # an invisible bar gives every series its legend entry, shown or not
            ax.barh(
                [0], [0], color=fill, hatch=hatch, edgecolor="#000000", linewidth=0.6, label=name
            )
        for i, a in enumerate(answers):
            y = i + (s_index - (len(series) - 1) / 2) * height
            if a.count is None:
                tag = "–" if not grouped else f"– ({name})"
                ax.text(0.005, y, tag, va="center", fontsize=7 if grouped else 9)
                continue
            share = a.share or 0.0
            (patch,) = ax.barh(
                [y], [share], height=height * 0.9, color=fill, hatch=hatch,
                edgecolor="#000000", linewidth=0.6,
            )  # fmt: skip
            ax.text(
                share + 0.01, y, f"{a.count} ({percent(a.share, language)})", va="center",
                fontsize=7 if grouped else 8,
            )  # fmt: skip
            bars.append((patch, BarHit(0, 0, 0, 0, a.value, a.label, group, overall, a.interviews)))
    ax.set_yticks(range(len(q.answers)))
    ax.set_yticklabels([_wrap(a.label, 30) for a in q.answers], fontsize=9)
    ax.set_ylim(len(q.answers) - 0.5, -0.5)
    ticks = [0, 0.25, 0.5, 0.75, 1.0]
    ax.set_xlim(0, 1.22)
    ax.set_xticks(ticks)
    ax.set_xticklabels([percent(v, language) for v in ticks])
    ax.set_xlabel(_t(language, "axis_share"), fontsize=9)
    if grouped:
        fig.legend(
            loc="lower center", ncol=min(len(series), 6), fontsize=8, frameon=False,
            bbox_to_anchor=(0.6, 0.0),
        )  # fmt: skip
    _style_axes(ax)
    return _finish(fig, bars, chart_table(q, by, language), _alt(q, language))


def mean_chart(q: QuestionSummary, by: str, language: str = "sv") -> Chart:
    """Mean grade (1–10) for everyone and per group; a hidden group draws no bar."""
    Row = tuple[str, str | None, bool, int | None, float | None, tuple[str, ...]]
    rows: list[Row] = [(_t(language, "total"), None, True, q.answered, q.mean, q.interviews)]
    rows += [
        (group_label(g.group, language), g.group, False, g.answered, g.mean, g.interviews)
        for g in q.by[by]
    ]
    fig, ax = _figure(len(rows), _title(q, language), False)
    bars: list[tuple[Rectangle, BarHit]] = []
    for r, (name, group, overall, _answered, mean, ids) in enumerate(rows):
        fill, hatch = _SERIES[r % len(_SERIES)]
        if mean is None:
            ax.text(0.05, r, "–", va="center", fontsize=9)
            continue
        (patch,) = ax.barh(
            [r], [mean], height=0.62, color=fill, hatch=hatch, edgecolor="#000000", linewidth=0.6
        )
        ax.text(mean + 0.1, r, number(mean, language), va="center", fontsize=8)
        bars.append((patch, BarHit(0, 0, 0, 0, "mean", name, group, overall, ids)))
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(
        [f"{row[0]} ({_t(language, 'n')} = {count_text(row[3])})" for row in rows], fontsize=9
    )
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, 10.9)
    ax.set_xticks(range(0, 11, 2))
    ax.set_xlabel(_t(language, "mean_grade"), fontsize=9)
    _style_axes(ax)
    return _finish(fig, bars, chart_table(q, by, language), _alt(q, language))


def diverging_chart(q: QuestionSummary, by: str | None = None, language: str = "sv") -> Chart:
    """One diverging stacked bar per row (everyone, then each group) on the agreement scale."""
    rows: list[tuple[str, str | None, bool, int | None, Sequence[AnswerCount]]] = [
        (_t(language, "total"), None, True, q.answered, q.answers)
    ]
    if by and q.by.get(by):
        rows += [
            (group_label(g.group, language), g.group, False, g.answered, g.answers)
            for g in q.by[by]
        ]
    fig, ax = _figure(len(rows), _title(q, language), True)
    bars: list[tuple[Rectangle, BarHit]] = []
    labels = []
    any_hidden = False
    for r, (name, group, overall, answered, answers) in enumerate(rows):
        labels.append(f"{name} ({_t(language, 'n')} = {count_text(answered)})")
        if answered is None:
            ax.text(0, r, "–", va="center", ha="center", fontsize=9)
            continue
        shares = [a.share for a in answers]
        neutral = shares[2] or 0.0
        # From the middle outwards: step 2 then 1 to the right, step 4 then 5 to the left.
        right, left = neutral / 2, -neutral / 2
        order = [(2, -neutral / 2)]
        for step in (1, 0):
            order.append((step, right))
            right += shares[step] or 0.0
        for step in (3, 4):
            width = shares[step] or 0.0
            order.append((step, left - width))
            left -= width
        for step, start in order:
            a = answers[step]
            if a.count is None or not a.share:
                continue
            fill, hatch = _STEPS[step]
            (patch,) = ax.barh(
                [r], [a.share], left=[start], height=0.62, color=fill, hatch=hatch,
                edgecolor="#000000", linewidth=0.6,
            )  # fmt: skip
            if a.share >= 0.12:
                dark = step in (0, 4)
                ax.text(
                    start + a.share / 2, r, percent(a.share, language), va="center", ha="center",
                    fontsize=8, color="#ffffff" if dark else "#000000",
                )  # fmt: skip
            bars.append((patch, BarHit(0, 0, 0, 0, a.value, a.label, group, overall, a.interviews)))
        hidden = sum(1 for a in answers if a.count is None)
        if hidden:
            rest = 1.0 - sum(a.share or 0.0 for a in answers if a.count is not None)
            if rest > 0.0005:
                any_hidden = True
                fill, hatch = _HIDDEN
                ax.barh(
                    [r], [rest], left=[max(right, 0) + 0.04], height=0.62, color=fill,
                    hatch=hatch, edgecolor="#6e6e6e", linewidth=0.6,
                )  # fmt: skip
                ax.text(
                    max(right, 0) + 0.04 + rest + 0.01, r,
                    f"– {percent(rest, language)}", va="center", fontsize=8,
                )  # fmt: skip
    ax.axvline(0, color="#000000", linewidth=0.8)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels(labels, fontsize=9)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(-1.05, 1.6)
    ticks = [-1.0, -0.5, 0, 0.5, 1.0]
    ax.set_xticks(ticks)
    ax.set_xticklabels([percent(abs(v), language) for v in ticks])
    ax.set_xlabel(f"{_t(language, 'disagree')}    {_t(language, 'agree')}", fontsize=9)
    for step, (fill, hatch) in enumerate(_STEPS):  # every step in the legend, drawn or not
        ax.barh(
            [0],
            [0],
            color=fill,
            hatch=hatch,
            edgecolor="#000000",
            linewidth=0.6,
            label=answers_label(q, step),
        )
    if any_hidden:
        fill, hatch = _HIDDEN
        ax.barh(
            [0],
            [0],
            color=fill,
            hatch=hatch,
            edgecolor="#6e6e6e",
            linewidth=0.6,
            label=_t(language, "hidden_legend"),
        )
    fig.legend(loc="lower center", ncol=3, fontsize=7, frameon=False, bbox_to_anchor=(0.55, 0.0))
    _style_axes(ax)
    return _finish(fig, bars, chart_table(q, by, language), _alt(q, language))


def answers_label(q: QuestionSummary, index: int) -> str:
    return q.answers[index].label if index < len(q.answers) else ""


def _alt(q: QuestionSummary, language: str) -> str:
    parts = [f"{a.label}: {count_text(a.count)} ({percent(a.share, language)})" for a in q.answers]
    return f"{q.text} — " + "; ".join(parts)
