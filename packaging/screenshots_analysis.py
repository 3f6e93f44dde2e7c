"""Screenshots of the analyst's workspace (issue 7): the three reading views and a search hit.

Runs offscreen with fictional demo data; writes docs/screenshots/analysis-*.png.
``python packaging/screenshots_analysis.py [FOLDER]``
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main(out: Path) -> None:
    home = tempfile.mkdtemp()
    os.environ["SAMTAL_HOME"] = home
    from PySide6.QtWidgets import QApplication

    from app.analysis import codebook
    from app.demo import create_demo
    from app.interview import quotes
    from app.store import Project
    from ui.analysis.window import AnalysisWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Samtal")
    out.mkdir(parents=True, exist_ok=True)
    project = Project.create(Path(home) / "Demo", "demo-samtal")
    db = project.db
    create_demo(db, interviews=8, words_per_interview=1500)
    themes = codebook.list_themes(db)
    codebook.add_theme(
        db, "Att bli uppringd", "Handläggaren hör av sig själv.", "#5fa8d3", themes[0].id
    )
    rnd = random.Random(3)
    cues = {
        "Engagemang": "ringde upp",
        "Förståelse": "förstod det direkt",
        "Respekt": "respektfullt",
        "Tydlighet": "underlag",
        "Förutsägbarhet": "fick jag inte veta",
    }
    for t in themes:
        for note_id, body in db.query(
            "SELECT id, body FROM note WHERE body LIKE ?", (f"%{cues[t.name]}%",)
        )[:12]:
            i = body.find(cues[t.name])
            stop = body.rfind(". ", 0, i)
            start = max(stop + 2 if stop >= 0 else 0, body.rfind("\n", 0, i) + 1)
            end = body.find(".", i) + 1
            codebook.tag_passage(db, note_id, t.id, start, end, starred=rnd.random() < 0.15)
    q = db.query("SELECT id, text FROM quote WHERE text LIKE 'Den här handläggaren%' LIMIT 1")
    if q:
        quotes.update_quote(
            db,
            q[0]["id"],
            starred=True,
            edited_text="Den här [handläggaren] [...] är mycket bättre än de två jag hade"
            " tidigare.",
        )

    window = AnalysisWindow(project)
    window.resize(1440, 860)
    window.show()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def shoot(name: str) -> None:
        settle()
        window.grab().save(str(out / name))
        print(out / name)

    # by question: question 6 (how the handläggare treats you), a note with tags opened
    window.tabs.setCurrentIndex(0)
    window.question_combo.setCurrentIndex(min(5, window.question_combo.count() - 1))
    model = window.question_model
    tagged = {r[0] for r in db.query("SELECT DISTINCT note_id FROM passage_tag")}
    row = next((r for r in range(model.rowCount()) if model.row_object(r).note_id in tagged), 0)
    window.question_view.setCurrentIndex(model.index(row, 0))
    shoot("analysis-by-question.png")

    # by theme: Respekt, first passage
    respekt = next(t.id for t in themes if t.name == "Respekt")
    window.codebook.select(respekt)
    window.show_theme(respekt)
    model = window.theme_model
    row = next((r for r in range(model.rowCount()) if model.row_object(r).kind == "passage"), 0)
    window.theme_view.setCurrentIndex(model.index(row, 0))
    shoot("analysis-by-theme.png")

    # by interview: the third interview, its edited key quote if it has one
    window.tabs.setCurrentIndex(2)
    qrow = 0
    if q:
        owner = db.scalar("SELECT interview_id FROM quote WHERE id = ?", (q[0]["id"],))
        qrow = next(
            r
            for r in range(window.interview_model.rowCount())
            if window.interview_model.row_object(r).interview_id == owner
        )
    window.interview_view.setCurrentIndex(window.interview_model.index(qrow, 0))
    items = window.interview_items_model
    row = next(
        (
            r
            for r in range(items.rowCount())
            if q and items.row_object(r).id == q[0]["id"] and items.row_object(r).kind == "quote"
        ),
        0,
    )
    window.interview_items_view.setCurrentIndex(items.index(row, 0))
    shoot("analysis-by-interview.png")

    # search with a hit opened in its note
    window.focus_search()
    window.search_field.setText("förstod")
    window.run_search()
    hits = window.search_model
    row = next((r for r in range(hits.rowCount()) if hits.row_object(r).kind == "note"), 0)
    window.search_view.setCurrentIndex(hits.index(row, 0))
    shoot("analysis-search.png")

    window.close()
    project.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
