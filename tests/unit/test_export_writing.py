"""The export's fast writing helpers write exactly what python-docx's own calls write."""

from __future__ import annotations

import docx
import pytest
from docx.shared import Pt, RGBColor

from app.export.document import add_heading, add_styled, add_text, add_time_run


@pytest.mark.parametrize("text", ["Hej där", " två  mellanslag ", "tab\there", "rad\nbrytning", ""])
def test_add_text_writes_what_add_run_writes(text: str) -> None:
    d = docx.Document()
    ours, theirs = d.add_paragraph(), d.add_paragraph()
    add_text(ours, text)
    if text:
        theirs.add_run(text)
    assert ours._p.xml == theirs._p.xml


def test_styles_and_the_time_run_as_python_docx_writes_them() -> None:
    d = docx.Document()
    for style in ("Quote", "Caption", "Title", "List Bullet"):
        assert add_styled(d, "Citat", style)._p.xml == d.add_paragraph("Citat", style=style)._p.xml
    assert add_heading(d, "Rubrik", 2)._p.xml == d.add_heading("Rubrik", level=2)._p.xml
    ours, theirs = d.add_paragraph(), d.add_paragraph()
    add_time_run(ours, 72_000)
    run = theirs.add_run("[01:12] ")
    run.font.size = Pt(9)
    run.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    assert ours._p.xml == theirs._p.xml
