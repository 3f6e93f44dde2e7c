"""Screenshots of teamwork: ``python packaging/screenshots_team.py``.

Writes ``docs/screenshots/team-*.png``: Dela (share), Ta emot with its preview (new,
changes, a conflict, a new theme), the recipient keys, and co-listener mode. Two fictional
demo "laptops" and an analysts' project in a temporary folder; offscreen or under Xvfb.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="samtal-shots-"))
    os.environ["SAMTAL_HOME"] = str(tmp / "home")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.analysis.themes import add_theme
    from app.demo import create_demo
    from app.interview.background import (
        define_variable,
        list_variables,
        set_background,
        update_variable,
    )
    from app.interview.notes import Paragraph, save_note
    from app.interview.records import find_interview
    from app.store import KdfParams, Project
    from app.team.colisten import export_colistener
    from app.team.colisten_store import LocalColisten, session_by_code
    from app.team.export import export_interviews
    from app.team.importer import import_package
    from app.team.keys import recipient_key
    from app.team.recipients import add_recipient
    from ui import i18n
    from ui.tasks import Tasks
    from ui.team.colistener_window import ColistenerWindow
    from ui.team.key_dialog import RecipientKeyDialog
    from ui.team.receive_dialog import ReceiveDialog
    from ui.team.share_dialog import ShareDialog

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    Tasks.synchronous = True  # the screenshot shows the finished preview
    kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)

    def project(name: str) -> Project:
        return Project.create(tmp / name, "skärmbild lösen", audit_name=name, kdf=kdf)

    def settle() -> None:
        for _ in range(8):
            app.processEvents()
            QTest.qWait(20)

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    laptop = project("Intervjuare-AB")
    create_demo(laptop.db, interviews=6, words_per_interview=800)
    analysts = project("Analytiker")
    colistener = project("Medlyssnare-CD")
    add_recipient(laptop.db, "Analytikerna", recipient_key(analysts.db))
    add_recipient(laptop.db, "Medlyssnare CD", recipient_key(colistener.db))

    share = ShareDialog(laptop)
    share.all_box.setChecked(True)
    shot(share, "team-share.png")
    keys = RecipientKeyDialog(analysts)
    shot(keys, "team-keys.png")

    codes = [str(r[0]) for r in laptop.db.query("SELECT participant_code FROM interview")]
    first = tmp / "1.samtalpkg"
    export_interviews(laptop, first, codes[:4], recipients=[recipient_key(analysts.db)])
    import_package(analysts, first)
    # since then: both sides edit one note (a conflict), the laptop adds to another, a new theme
    mine, theirs = find_interview(analysts.db, codes[0]), find_interview(laptop.db, codes[0])
    qid = laptop.db.scalar(
        "SELECT question_id FROM note WHERE interview_id = ? AND question_id IS NOT NULL",
        (theirs.id,),
    )
    save_note(analysts.db, mine.id, qid, [Paragraph(0, "Analytikernas rättelse av stycket.")])
    save_note(laptop.db, theirs.id, qid, [Paragraph(0, "Intervjuarens komplettering.")])
    other = find_interview(laptop.db, codes[1])
    save_note(laptop.db, other.id, None, [Paragraph(0, "Tillägg efter intervjun.")])
    theme = add_theme(laptop.db, "Tillgänglighet")
    quote = laptop.db.scalar("SELECT id FROM quote ORDER BY id LIMIT 1")
    laptop.db.execute("INSERT OR IGNORE INTO quote_theme VALUES (?, ?)", (quote, theme))
    # and background: a new variable, and a category the analysts' variable does not have
    housing = define_variable(laptop.db, "Boendeform", ["Eget boende", "Andrahand", "Annat"])
    time = next(v for v in list_variables(laptop.db) if v.label == "Tid med stödet")
    update_variable(laptop.db, time.key, time.label, [*time.categories, "Vet inte"])
    late = find_interview(laptop.db, codes[4]).id
    set_background(laptop.db, late, {housing.key: "Andrahand", time.key: "Vet inte"})
    second = tmp / "Samtal_6_intervjuer.samtalpkg"
    export_interviews(laptop, second, recipients=[recipient_key(analysts.db)])
    receive = ReceiveDialog(analysts, second)
    shot(receive, "team-receive.png")
    receive.start_import()  # (synchronous here) so the project window shows the conflict
    from ui.project.window import ProjectWindow

    project_window = ProjectWindow(analysts)
    project_window.resize(1000, 520)
    shot(project_window, "team-project-window.png")
    project_window.close_for_good()

    briefing = tmp / "medlyssnare.samtalpkg"
    code = next(
        c
        for c in codes
        if laptop.db.scalar(
            "SELECT consent_quotes FROM consent c JOIN interview i ON i.id = c.interview_id"
            " WHERE i.participant_code = ?",
            (c,),
        )
    )
    export_colistener(laptop, code, briefing, recipients=[recipient_key(colistener.db)])
    import_package(colistener, briefing)
    backend = LocalColisten(colistener.db, session_by_code(colistener.db, code))
    backend.save_position(9 * 60_000 + 41_000, None)  # nine minutes into the interview
    window = ColistenerWindow(backend)
    window.toggle_clock()
    for _ in range(4):
        window.step_question(1)
    window.backend.sink.add(
        "Man vill ju bli sedd som en människa, inte som ett ärende.",
        window.current,
        7 * 60_000 + 12_000,
        True,
        ["Respekt"],
    )
    window.step_question(1)
    window.backend.sink.add(
        "Det tog tre veckor innan jag fick besked.", window.current, 9 * 60_000, False, []
    )
    window.refresh_marks()
    window.quote.setPlainText("Hen sa att jag kunde ringa när som helst, och")
    window.theme_boxes[0][1].setChecked(True)
    shot(window, "team-colistener.png")
    window.close()

    for p in (laptop, analysts, colistener):
        p.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
