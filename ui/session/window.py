"""The session window: consent, then the guide runner with notes and quotes, then the summary.

Autosave (see :mod:`ui.session.autosave`): notes and guide state are snapshotted on the UI
thread and written on one background thread, at most ``session/autosave_ms`` after a change,
and at once on navigation, focus change, pause, finish, lock and close. Close and lock wait
for the write; if it fails (disk full) the window stays open with the text on screen.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from app.analysis.themes import list_themes
from app.audit import audit_info
from app.errors import DiskFull, SamtalError
from app.guide.answers import DECLINED, is_closed
from app.guide.model import Guide
from app.guide.repository import default_guide_version_id, load_guide
from app.interview.autosave import SaveBatch, save_batch
from app.interview.consent import allows
from app.interview.notes import count_notes, get_note
from app.interview.quotes import quotes_for_interview
from app.interview.records import Interview, Status, get_interview
from app.interview.runner import (
    GuideRunner,
    SessionClock,
    finish_session,
    load_runner,
    start_session,
)
from app.store.project import Project
from ui.errors import message_for, show_error
from ui.session import clock_view, closing, drafts, layout, resume, speech, withdrawal_flow
from ui.session.actions import SessionActions, WindowKeysFirst
from ui.session.autosave import Autosaver
from ui.session.consent_page import ConsentPage
from ui.session.live import SessionLive
from ui.session.note_editor import NoteEditor, new_note_document
from ui.session.quote_panel import QuoteDock, QuotePanel
from ui.session.runner_page import RunnerPage
from ui.session.summary_page import SummaryPage
from ui.settings import LIMITS, settings
from ui.widgets.common import window_title

log = logging.getLogger(__name__)

GENERAL = None  # the general note's key (question_id NULL)
STATE_EVERY_TICKS = 5  # the clock is written at least every 5 s while running


class SessionWindow(QMainWindow):
    """One interview, from consent to summary.

    Signals:
        closed(int): the window closed (the interview id); everything was saved.
        lock_requested(): the user asked to lock the project (Ctrl+L).
        clock_running_changed(bool): the interview clock started (True) or stopped (False);
            idle lock waits while it runs.
        content_changed(): notes were saved or quote marks changed (counts elsewhere refresh).
    """

    closed = Signal(int)
    lock_requested = Signal()
    clock_running_changed = Signal(bool)
    content_changed = Signal()

    #: The session clock's time source (monotonic seconds); tests replace it.
    time_source = staticmethod(time.monotonic)

    def __init__(self, project: Project, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.project = project
        self.db = project.db
        self.interview: Interview = get_interview(self.db, interview_id)
        version_id = self.interview.guide_version_id or default_guide_version_id(self.db)
        self.guide: Guide = load_guide(self.db, version_id) if version_id else Guide(title="")
        self.clock = SessionClock(self.interview.elapsed_ms, type(self).time_source)
        self.runner: GuideRunner = load_runner(self.db, self.interview, self.guide, self.clock)
        self.docs: dict[int | None, QTextDocument] = {}
        self._closing_done = False
        self._closed_emitted = False
        self._quiet_close = False
        self._clock_was_running = False
        self._ticks = 0
        self._last_saved: float | None = None
        self._save_error: str = ""
        self.autosaver = Autosaver(self._write, int(settings().get("session/autosave_ms")), self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.saved.connect(lambda _when: self.content_changed.emit())
        self.autosaver.failed.connect(self._on_save_failed)
        self.live = SessionLive(self)  # live co-listening (ui/team), once invited

        self.themes = list_themes(self.db)
        self.quote_panel = self._make_quote_panel()
        self.quote_panel.changed.connect(self.content_changed)
        self.consent_page = ConsentPage(self.db, self.interview)
        self.consent_page.consent_recorded.connect(self._consent_recorded)
        self.consent_page.withdraw_requested.connect(lambda: withdrawal_flow.request(self))
        self.withdrawal_flow: Callable[[int], None] | None = None  # the controller's, if any
        self.withdrawal_dialog: QWidget | None = None
        self.page = RunnerPage(self.guide, self.clock.elapsed_ms)
        self.summary = SummaryPage()
        self.summary.edit_requested.connect(self.show_runner)
        self.summary.close_requested.connect(self.close)
        self.stack = QStackedWidget()
        for w in (self.consent_page, self.page, self.summary):
            self.stack.addWidget(w)
        self.setCentralWidget(self.stack)
        self.quote_dock = QuoteDock(
            self.quote_panel,
            self.tr("Citat – %1 (F8: eget fönster eller bredvid)").replace(
                "%1", self.interview.participant_code
            ),
            self,
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quote_dock)
        self.quote_dock.hide()  # shown with the runner

        p = self.page
        p.code_label.setText(self.interview.participant_code)
        p.outline.question_chosen.connect(self.go_to_question)
        p.prev_button.clicked.connect(self.previous_question)
        p.next_button.clicked.connect(self.next_question)
        p.skip_button.clicked.connect(self.skip_question)
        p.finish_button.clicked.connect(self.finish)
        p.pause_button.clicked.connect(self.toggle_pause)
        p.answer_chosen.connect(self._answer)
        p.follow_up_toggled.connect(self._follow_up_toggled)
        for editor in (p.note_editor, p.general_editor):
            editor.edited.connect(partial(self._note_edited, editor))
            editor.focus_left.connect(self.autosaver.save_now)
        p.general_editor.set_note_document(self._document(GENERAL))
        self._last_editor: NoteEditor = p.note_editor
        drafts.keep_quote_draft(self)

        self.menu_actions = SessionActions(self)
        from ui.session.recording import SessionRecording

        self.recording = SessionRecording(self)
        self.keys_first = WindowKeysFirst(self)
        self.keys_first.install()
        self.apply_font_size(int(settings().get("session/font_point_size")))
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(1000)
        self.tick_timer.timeout.connect(self._tick)
        self.tick_timer.start()
        self._restore_geometry()
        self.setWindowTitle(
            window_title(
                self.tr("Intervju %1").replace("%1", self.interview.participant_code),
                audit_info(self.db).name,
            )
        )
        self._open_first_page()
        self.live.resume()

    # -- set-up ---------------------------------------------------------------------------------
    def _make_quote_panel(self) -> QuotePanel:
        panel = QuotePanel(
            self.db,
            self.interview.id,
            self.quote_context,
            self.themes,
            created_by=self.interview.co_listener_code,
            question_label=self._question_label,
        )
        panel.set_quotes_allowed(allows(self.db, self.interview.id, "quotes"))
        return panel

    def _question_label(self, question_id: int | None) -> str:
        if question_id is None:
            return ""
        try:
            q = self.guide.question_by_id(question_id)
        except KeyError:
            return ""
        return self.guide.question_name(q)

    def _restore_geometry(self) -> None:
        layout.restore_geometry(self)

    def _open_first_page(self) -> None:
        status = self.interview.status
        if status is Status.NEW:
            self.stack.setCurrentWidget(self.consent_page)
            self.quote_dock.hide()  # the saved window state may have shown it
            return
        if status is Status.FINISHED:
            self.runner.live = False
            self._show_current_question()
            self.show_summary()
            return
        # consented, or resumed after a pause, a close or a crash: the clock waits for Ctrl+P
        if status is not Status.CONSENTED:
            self._start(run_clock=False)
        else:
            self._start(run_clock=True)

    # -- pages ------------------------------------------------------------------------------------
    def _consent_recorded(self, _record: object) -> None:
        self.quote_panel.set_quotes_allowed(allows(self.db, self.interview.id, "quotes"))
        self.recording.refresh_consent()
        self.quote_panel.show_message("")
        self.interview = get_interview(self.db, self.interview.id)
        if self.interview.status is Status.FINISHED:
            self.show_summary()
        elif self.interview.status is Status.CONSENTED:
            self._start(run_clock=True)
        else:
            self.show_runner()

    def _consent_withdrawn(self) -> None:
        self.quote_panel.set_quotes_allowed(False)
        self.recording.refresh_consent()
        if self.clock.running:
            self.toggle_pause()
        self.save_now()
        log.info("consent withdrawn for interview %d", self.interview.id)

    def _start(self, run_clock: bool) -> None:
        start_session(self.db, self.interview)
        self.interview = get_interview(self.db, self.interview.id)
        if run_clock:
            self.clock.start()
        self.runner.begin()
        self._touch_state()
        self.show_runner()

    def show_runner(self) -> None:
        self.stack.setCurrentWidget(self.page)
        self.quote_dock.show()
        self._show_current_question()
        self.page.note_editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_consent(self) -> None:
        self.save_now()
        self.consent_page.load_current()
        self.quote_dock.hide()
        self.stack.setCurrentWidget(self.consent_page)

    def edit_background(self) -> None:
        from ui.session.background_dialog import BackgroundDialog

        BackgroundDialog.edit(self.db, self.interview.id, self)

    def show_summary(self) -> None:
        self.save_now()
        notes = count_notes(self.db, self.interview.id)
        self.summary.show_summary(
            self.interview,
            self.runner,
            notes,
            len(quotes_for_interview(self.db, self.interview.id)),
        )
        if not self.quote_dock.isFloating():
            self.quote_dock.hide()  # the co-listener's own window stays where it is
        self.summary.set_running(self.interview.status is not Status.FINISHED)
        self.stack.setCurrentWidget(self.summary)
        self.summary.edit_button.setFocus()

    def toggle_summary(self) -> None:
        """F9: the summary, and F9 again (or Escape) back to the question."""
        if self.stack.currentWidget() is self.summary:
            if self.interview.status is not Status.NEW:
                self.show_runner()
        elif self.stack.currentWidget() is self.page:
            self.show_summary()

    def show_receipt(self) -> None:
        """The informant's receipt (code, deletion date, contact), to print or save."""
        from ui.session.receipt_dialog import open_for_interview

        self.receipt_dialog = open_for_interview(self, self.db, self.interview)

    # -- notes ------------------------------------------------------------------------------------
    def _document(self, question_id: int | None) -> QTextDocument:
        doc = self.docs.get(question_id)
        if doc is None:
            note = get_note(self.db, self.interview.id, question_id)
            doc = new_note_document(note.paragraphs if note else [], self)
            self.docs[question_id] = doc
        return doc

    def _note_edited(self, editor: NoteEditor) -> None:
        self._last_editor = editor
        key = GENERAL if editor is self.page.general_editor else self._current_qid()
        doc = editor.document()
        self.autosaver.touch(("note", key), partial(self._snapshot_note, key, doc))

    def _snapshot_note(self, key: int | None, doc: QTextDocument, batch: SaveBatch) -> None:
        from ui.session.note_editor import document_paragraphs

        batch.notes[key] = document_paragraphs(doc, self.clock.elapsed_ms())

    def _touch_state(self) -> None:
        self.autosaver.touch("runner", self._snapshot_runner)

    def _snapshot_runner(self, batch: SaveBatch) -> None:
        batch.runner = self.runner.snapshot()

    def _write(self, batch: SaveBatch) -> None:
        """Worker thread: one transaction."""
        save_batch(self.db, self.interview.id, batch)

    def save_now(self) -> None:
        self._touch_state()
        self.autosaver.save_now()

    def _on_saved(self, when: float) -> None:
        self._last_saved = when
        self._save_error = ""
        self.autosaver.failures = 0
        speech.show_saved(
            self.page,
            self.tr("Sparat %1").replace("%1", time.strftime("%H:%M:%S", time.localtime(when))),
        )

    def _on_save_failed(self, exc: BaseException) -> None:
        self._save_error = (
            message_for(exc) if isinstance(exc, SamtalError) else message_for(DiskFull())
        )
        speech.show_save_failed(
            self.page, self.tr("Inte sparat – försöker igen. %1").replace("%1", self._save_error)
        )
        self.autosaver.retry_later()

    # -- navigation -------------------------------------------------------------------------------
    def _current_qid(self) -> int | None:
        q = self.runner.current
        return None if q is None else q.id

    def _show_current_question(self) -> None:
        self.live.moved()
        self.page.show_question(self.runner)
        qid = self._current_qid()
        if qid is not None:
            self.page.note_editor.set_note_document(self._document(qid))
        self.page.outline.update_states(self.runner)
        self.page.outline.select_question(qid)
        q = self.runner.current
        if q is not None:
            self.quote_panel.set_current_question(self.guide.question_name(q), q.text)
        self._update_clock()

    def _moved(self, changed: bool) -> None:
        if changed:
            self._touch_state()
            self.autosaver.save_now()
            self._show_current_question()
            q = self.runner.current
            if q is not None and is_closed(q):
                self.focus_answer()  # number keys answer; Ctrl+E goes on to the notes

    def next_question(self) -> None:
        self._moved(self.runner.next())

    def previous_question(self) -> None:
        self._moved(self.runner.previous())

    def skip_question(self) -> None:
        self._moved(self.runner.skip())

    def go_to_question(self, question_id: int) -> None:
        self._moved(self.runner.go_to(question_id))
        self.focus_notes()  # a jump from the outline lands in the notes, as it always has

    def _focus_here(self, widget: QWidget) -> None:
        """Focus a widget of the runner, also from the floating quote window."""
        if not self.isActiveWindow():
            self.activateWindow()
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_outline(self) -> None:
        self.page.outline.select_question(self._current_qid())
        self._focus_here(self.page.outline)

    def focus_notes(self) -> None:
        self._focus_here(self.page.note_editor)

    def focus_general(self) -> None:
        self._focus_here(self.page.general_editor)

    def focus_quote(self) -> None:
        if self.quote_dock.isFloating() and self.quote_dock.isVisible():
            self.quote_dock.activateWindow()
        self.quote_panel.focus_input()

    # -- answers and follow-ups ------------------------------------------------------------------
    def _answer(self, key: str) -> None:
        self.runner.set_answer(key or None)
        q = self.runner.current
        if q is not None:
            self.page.show_question(self.runner)
            self.page.outline.update_states(self.runner)  # the answer shows there too
        self._touch_state()

    def _answer_key(self, key: str) -> None:
        """Alt+J/N/V (yes/no questions) and Alt+W ("vill inte svara", any closed question)."""
        q = self.runner.current
        if q is None or not is_closed(q):
            return
        if key != DECLINED and q.kind.value != "yes_no":
            return
        current = self.runner.state(q).answer
        self._answer("" if current == key else key)

    def focus_answer(self) -> bool:
        """Give the answer panel the keyboard (closed questions). False for open questions."""
        panel = self.page.answer_widget
        if not panel.isVisible():
            return False
        panel.take_focus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _follow_up_toggled(self, follow_up_id: int, done: bool) -> None:
        self.runner.set_follow_up(follow_up_id, done)
        self._touch_state()

    def toggle_follow_up(self, n: int) -> None:
        fid = self.runner.toggle_follow_up_number(n)
        if fid is not None:
            self.page.set_follow_up_checked(fid, self.runner.follow_up_done(fid))
            self._touch_state()

    # -- quotes -----------------------------------------------------------------------------------
    def quote_context(self) -> tuple[int | None, int]:
        return self._current_qid(), self.clock.elapsed_ms()

    def mark_selection_as_quote(self) -> None:
        editor = self._last_editor
        for e in (self.page.note_editor, self.page.general_editor):
            if e.hasFocus():
                editor = e
        cursor = editor.textCursor()
        text = cursor.selectedText().replace("\u2029", " ").strip()
        if not text:
            self.quote_panel.show_message(self.tr("Markera text i anteckningen först."))
            return
        start_block = editor.document().findBlock(cursor.selectionStart())
        at_ms = start_block.userState() if start_block.userState() >= 0 else self.clock.elapsed_ms()
        question_id = None if editor is self.page.general_editor else self._current_qid()
        self.quote_panel.add(text, question_id, at_ms, False, [], "selection")

    @property
    def quote_window(self) -> QuoteDock | None:
        """The quote panel when it floats in a window of its own, else None."""
        return self.quote_dock if self.quote_dock.isFloating() else None

    def toggle_quote_window(self) -> None:
        """F8: the quotes in a window of their own (second screen), or beside the runner."""
        self.quote_dock.toggle()

    # -- clock ------------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.runner.current is None or self.interview.status is Status.FINISHED:
            return
        if self.clock.running:
            self.runner.pause_question()
            self.clock.pause()
        else:
            self.clock.start()
            self.runner.resume_question()
        self.recording.clock_changed(self.clock.running)
        self.save_now()
        self._update_clock()
        self.live.moved()

    def _tick(self) -> None:
        self._update_clock()
        if self.clock.running:
            self._ticks += 1
            if self._ticks % STATE_EVERY_TICKS == 0:
                self._touch_state()
            if self._ticks % 10 == 0:
                self.page.outline.update_states(self.runner)

    def _update_clock(self) -> None:
        clock_view.show_clock(self)
        self._announce_clock()

    def _announce_clock(self) -> None:
        running = self.clock.running and not self._closing_done
        if running != self._clock_was_running:
            self._clock_was_running = running
            self.clock_running_changed.emit(running)

    # -- font -------------------------------------------------------------------------------------
    def apply_font_size(self, points: int) -> None:
        self.font_points = points
        layout.apply_font_size(self, points)

    def zoom(self, step: int) -> None:
        lo, hi = LIMITS["session/font_point_size"]
        points = min(hi, max(lo, self.font_points + step))
        settings().set("session/font_point_size", points)
        self.apply_font_size(points)

    # -- finishing and closing --------------------------------------------------------------------
    @classmethod
    def ask_finish(cls, parent: QWidget) -> bool:
        """Confirm finishing (tests replace this)."""
        return closing.ask_finish(parent)

    def finish(self) -> None:
        if self.interview.status is Status.FINISHED:
            self.show_summary()
            return
        if not self.ask_finish(self):
            return
        if self._finish_now():
            self.show_summary()

    def _finish_now(self) -> bool:
        self.runner.pause_question()
        self.clock.pause()
        self._announce_clock()
        self.recording.finish()
        if not self.flush():
            return False
        self.live.end()
        finish_session(self.db, self.interview.id)
        self.interview = get_interview(self.db, self.interview.id)
        self.runner.live = False
        log.info("interview %d finished", self.interview.id)
        return True

    def flush(self) -> bool:
        """Write everything now and wait. False (with a message) if it could not be written."""
        self._touch_state()
        try:
            self.autosaver.flush()
        except Exception as exc:  # noqa: BLE001 - the error funnel shows it; text stays on screen
            self._on_save_failed(exc)
            show_error(self, exc)
            return False
        return True

    # -- lock and resume ---------------------------------------------------------------------------
    def resume_state(self) -> dict[str, object]:
        """Where the user is, to come back to after unlock (see :mod:`ui.session.resume`)."""
        return resume.resume_state(self)

    def apply_resume_state(self, state: dict[str, object]) -> None:
        """Back where :meth:`resume_state` was taken (the window was rebuilt after unlock)."""
        resume.apply_resume_state(self, state)

    def clear_for_lock(self) -> None:
        """Forget every text on screen and every undo history (after everything was saved)."""
        self.tick_timer.stop()
        for editor in (self.page.note_editor, self.page.general_editor):
            editor.clear_for_lock()
        for doc in self.docs.values():
            doc.clear()
            doc.clearUndoRedoStacks()
        self.docs.clear()
        self.quote_panel.clear_for_lock()
        self.summary.clear_for_lock()
        self.consent_page.clear_for_lock()

    @classmethod
    def ask_close(cls, parent: QWidget) -> str:
        """Closing mid-interview: "pause", "finish" or "cancel" (tests replace this)."""
        return closing.ask_close(parent)

    def save_and_close(self) -> bool:
        """Save everything and close without asking (lock, project close, quit).
        False if saving failed."""
        if self._closing_done:
            return True
        self._quiet_close = True
        try:
            self.close()
        finally:
            self._quiet_close = False
        return self._closing_done

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing_done and not closing.save_for_close(self):
            event.ignore()
            return
        super().closeEvent(event)
        if not self._closed_emitted:
            self._closed_emitted = True
            self.closed.emit(self.interview.id)
