"""Screenshots of a live co-listening session: ``python packaging/screenshots_live.py``.

Both laptops in one process over loopback (the interviewer's session window with the
'Bjud in medlyssnare' dialog, the co-listener's join dialog and live co-listener window).
Writes ``docs/screenshots/live-*.png``. Fictional demo text only.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="samtal-live-shots-"))
    os.environ["SAMTAL_HOME"] = str(tmp / "home")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from app.demo import create_demo
    from app.interview.consent import ConsentRecord, record_consent
    from app.interview.records import create_interview
    from app.store import KdfParams, Project
    from tests.ui.session_helpers import type_text
    from ui import i18n
    from ui.session.window import SessionWindow
    from ui.settings import settings
    from ui.team.live_join import JoinDialog, LiveColistenerSession

    app = QApplication(sys.argv[:1])
    i18n.install("sv")
    settings().set("live/bind", "127.0.0.1")  # a screenshot never announces on a network
    project = Project.create(
        tmp / "Demo", "demo-samtal", kdf=KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
    )
    create_demo(project.db, interviews=2, words_per_interview=600)
    db = project.db
    interview = create_interview(db, interviewer_code="AB", co_listener_code="CD")
    record_consent(db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True))

    def wait_for(condition: Callable[[], bool], seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise RuntimeError("timed out")
            app.processEvents()
            QTest.qWait(20)

    def shot(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
            QTest.qWait(20)
        widget.grab().save(str(out / f"live-{name}.png"))
        print(out / f"live-{name}.png")

    # the interviewer: a running session, a few notes, then 'Bjud in medlyssnare'
    window = SessionWindow(project, interview.id)
    window.resize(1360, 820)
    window.show()
    window.next_question()
    type_text(window.page.note_editor, "Hen berättar om första besöket på kontoret.")
    window.live.invite()
    live = window.live.session
    assert live is not None and live.dialog is not None
    code = live.dialog.code_label.text()
    port = live.bridge.service.port
    shot(live.dialog, "invite")
    live.dialog.hide()

    # the co-listener: type the code (and, on a network that hides the host, the address)
    join = JoinDialog()
    sessions: list[LiveColistenerSession] = []
    join.joined.connect(sessions.append)
    join.show()
    type_text(join.code, code)
    type_text(join.address, f"127.0.0.1:{port}")
    shot(join, "join")
    join.connect_now()
    wait_for(lambda: bool(sessions))
    session = sessions[0]
    session.window.resize(1100, 720)
    session.show()

    # the interview goes on: the co-listener follows and marks two quotes
    window.next_question()
    now_at = window.runner.current
    assert now_at is not None and now_at.id is not None
    wait_for(lambda: session.window.current == session.backend.ids.get(now_at.id))
    for text, star in (
        ("Jag visste inte ens vad jag hade rätt till.", True),
        ("Handläggaren ringde tillbaka samma dag, det var första gången.", False),
    ):
        session.window.quote.setFocus()
        type_text(session.window.quote, text)
        session.window.star.setChecked(star)
        if not star:
            session.window.theme_boxes[0][1].setChecked(True)
        session.window.submit()
    wait_for(lambda: session.delivered == 2)
    wait_for(lambda: window.quote_panel.list.count() >= 2)
    shot(session.window, "colistener")
    shot(window, "interviewer")

    session.finish(by_host=False)
    live.end()
    window.close()
    project.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
