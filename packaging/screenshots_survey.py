"""Screenshots of the closed questions (issue 15): ``python packaging/screenshots_survey.py [DIR]``.

Writes ``survey-runner-grade.png`` (the runner on a grade question), ``survey-summary-tab.png``
(the analysis window's summary, an agreement question broken down by age group) and
``survey-report.docx`` rendered to ``survey-report-1.png``… when LibreOffice and pdftoppm are
there. Fictional demo data only; runs offscreen.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="samtal-survey-"))
    os.environ["SAMTAL_HOME"] = str(tmp / "home")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.demo import create_demo
    from app.export.document import ExportKind
    from app.export.service import ExportRequest, export_to_file
    from app.guide.model import QuestionKind
    from app.interview.records import list_interviews, set_status
    from app.pseudonymise import review
    from app.store import KdfParams, Project
    from ui import i18n
    from ui.analysis.window import AnalysisWindow
    from ui.session.window import SessionWindow
    from ui.tasks import Tasks

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    Tasks.synchronous = True
    project = Project.create(
        tmp / "Demo", "demo-samtal", kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    )
    db = project.db
    create_demo(db, interviews=40, words_per_interview=400)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            QTest.qWait(20)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    # -- the runner on the grade question, answered with the number keys ------------------------
    last = list_interviews(db)[-1]
    from app.interview.records import Status

    set_status(db, last.id, Status.IN_PROGRESS)
    window = SessionWindow(project, last.id)
    window.resize(1360, 820)
    window.show()
    if window.stack.currentWidget() is window.consent_page:
        window.consent_page.start_button.click()
    grade = next(q for q in window.runner.questions if q.kind is QuestionKind.GRADE)
    assert grade.id is not None
    window.go_to_question(grade.id)
    settle()
    QTest.keyClick(window.page.answer_widget, Qt.Key.Key_8)
    shot(window, "survey-runner-grade.png")
    window.save_now()
    window.close()

    # -- the summary tab -------------------------------------------------------------------------
    analysis = AnalysisWindow(project)
    analysis.resize(1440, 900)
    analysis.show()
    analysis.tabs.setCurrentWidget(analysis.summary_tab)
    tab = analysis.summary_tab
    tab.by_combo.setCurrentIndex(tab.by_combo.findText("Åldersgrupp"))
    for row in range(tab.questions.count()):
        if tab.questions.item(row).text().startswith("K1."):
            tab.questions.setCurrentRow(row)
    settle()
    if tab.chart and tab.chart.hits:
        hit = tab.chart.hits[0]
        tab._bar_clicked((hit.x0 + hit.x1) / 2, (hit.y0 + hit.y1) / 2)
    shot(analysis, "survey-summary-tab.png")
    analysis.close()

    # -- the Word report, rendered ---------------------------------------------------------------
    for (iid,) in db.query("SELECT id FROM interview"):
        review.accept_all(db, int(iid))
    docx = out / "survey-report.docx"
    export_to_file(db, ExportRequest(ExportKind.SURVEY, (), None, by="aldersgrupp"), docx)
    project.close()
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office and shutil.which("pdftoppm"):
        subprocess.run(
            [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(docx)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        pdf = tmp / "survey-report.pdf"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "3",
                str(pdf),
                str(out / "survey-report"),
            ],
            check=True,
        )
        for page in sorted(out.glob("survey-report-*.png")):
            print(page)
    else:
        print("LibreOffice or pdftoppm missing: the report was written but not rendered")
    docx.unlink()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
