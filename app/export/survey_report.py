"""The Word report of the closed questions: a section per question with chart, table and "Varför?".

Per question: its chart (PNG, with the numbers as alternative text), the same numbers as a
table (screen readers read tables, not pictures), the "–" note where a figure is hidden, and
the notes written on the question ("Varför?" answers) — pseudonymised by the same filter as
every export, without participant codes, in an order that says nothing about who wrote what.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from docx.document import Document as DocxDocument
from docx.shared import Cm, Pt

from app.analysis.survey.charts import render
from app.analysis.survey.fmt import count_text
from app.analysis.survey.source import SurveyData, open_answers
from app.analysis.survey.tables import summary_table, suppression_note
from app.export.document import add_caption, add_key_value_table, new_document
from app.store.database import Database

TextFilter = Callable[[str, int | None, bool], str]
Progress = Callable[[int, int], None]


def build_survey_report(
    db: Database,
    data: SurveyData,
    pseudo: TextFilter,
    by: str | None = None,
    audit_name: str = "",
    include_open: bool = True,
    progress: Progress | None = None,
) -> DocxDocument:
    """The report, built in memory. ``by``: a background variable's key, or None."""
    summary = data.summarise(by)
    variable = data.variable(by)
    doc = new_document()
    doc.add_paragraph("Sammanställning av slutna frågor", style="Title")
    add_key_value_table(
        doc,
        [
            ("Granskning", audit_name or "–"),
            ("Intervjuer som räknas", str(len(data.interviews))),
            ("Uppdelat efter", variable.label if variable else "–"),
            ("Minsta grupp", f"{summary.min_group} informanter"),
        ],
    )
    add_caption(
        doc,
        f"Andelar räknas av dem som svarade på frågan; \u201dvill inte svara\u201d räknas för sig. "
        f"{suppression_note(summary.min_group)} Intervjuer där samtycket återkallats räknas "
        "aldrig.",
    )
    section = None
    total = len(summary.questions)
    for i, q in enumerate(summary.questions, 1):
        if q.section and q.section != section:
            doc.add_heading(q.section, level=1)
            section = q.section
        doc.add_heading(f"{q.number}. {q.text}" if q.number else q.text, level=2)
        chart = render(q, by)
        doc.add_picture(io.BytesIO(chart.png), width=Cm(16))
        picture = doc.inline_shapes[-1]
        picture._inline.docPr.set("descr", chart.alt_text)  # alternative text
        picture._inline.docPr.set("title", q.text)
        table = summary_table(q, by)
        _write_table(doc, table.text_rows())
        if table.any_hidden:
            add_caption(doc, suppression_note(summary.min_group))
        add_caption(doc, f"Svarade: {count_text(q.answered)}.")
        if include_open:
            notes = open_answers(data, db, q.id)
            texts = sorted(pseudo(text, iid, False).strip() for iid, text in notes)
            texts = [t for t in texts if t]
            if texts:
                doc.add_heading("Varför? – det som antecknades vid frågan", level=3)
                for text in texts:
                    doc.add_paragraph(" ".join(text.split("\n")), style="List Bullet")
        if progress:
            progress(i, total)
    if not summary.questions:
        doc.add_paragraph("Guiden har inga slutna frågor.")
    return doc


def _write_table(doc: DocxDocument, rows: list[list[str]]) -> None:
    columns = len(rows[0])
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    first = 4.2 if columns > 3 else 7.0
    rest = (16.0 - first) / max(1, columns - 1)
    widths = [first] + [rest] * (columns - 1)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for r, values in enumerate(rows):
        cells = table.add_row().cells
        for c, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.width = Cm(widths[c])
            cell.text = value if c == 0 else value.replace(" ", "\u00a0")  # "16 (42 %)" whole
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)
                for run in p.runs:
                    run.font.size = Pt(9)
                    run.bold = r == 0
    doc.add_paragraph()
