"""The transcription window's commands: import audio or a transcript, machine draft,
"Radera ljudet", key settings. Kept apart from the window's layout and playing."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.audio import records
from app.audio.library import delete_source_file, import_audio_file
from app.audio.stt import available as stt_available
from app.audio.stt import check_model_folder
from app.audio.transcript import read_transcript_file
from ui.audio.dialogs import DeleteAudioDialog, KeysDialog, RemoveOriginal, ReplaceOrAppend
from ui.audio.jobs import CancellableJob
from ui.audio.keys import save_keys

if TYPE_CHECKING:
    from ui.audio.transcription_window import TranscriptionWindow

AUDIO_FILTER = "Ljud (*.wav *.mp3 *.m4a *.aac *.ogg *.opus *.flac *.wma *.mp4)"
TRANSCRIPT_FILTER = "Utskrift (*.docx *.txt)"


class ChooseFile:
    """File choice (a classmethod so tests can answer it)."""

    @classmethod
    def open(cls, parent: QWidget | None, caption: str, name_filter: str) -> Path | None:
        from ui.widgets.file_dialogs import open_file_name

        chosen = open_file_name(parent, caption, "", name_filter)
        return Path(chosen) if chosen else None

    @classmethod
    def folder(cls, parent: QWidget | None, caption: str) -> Path | None:
        from ui.widgets.file_dialogs import existing_directory

        chosen = existing_directory(parent, caption)
        return Path(chosen) if chosen else None


class TranscriptionActions:
    def __init__(
        self,
        window: TranscriptionWindow,
        get: Callable[[str], object],
        put: Callable[[str, object], None],
    ) -> None:
        self.w = window
        self.get = get
        self.put = put
        self.job: CancellableJob | None = None
        tr = window.tr
        bar = window.findChild(QWidget, "TranscriptionToolbar")
        self.import_audio_action = self._add(tr("Importera ljud…"), self.import_audio)
        self.import_text_action = self._add(tr("Importera utskrift…"), self.import_transcript)
        self.draft_action = self._add(tr("Maskinutkast…"), self.machine_draft)
        self.confirm_action = self._add(tr("Utkastet är genomgånget"), self.confirm_draft)
        self.delete_action = self._add(tr("Radera ljudet…"), self.delete_audio)
        self.keys_action = self._add(tr("Tangenter…"), self.edit_keys)
        if bar is not None:
            for act in (
                self.import_audio_action,
                self.import_text_action,
                self.draft_action,
                self.confirm_action,
                self.delete_action,
                self.keys_action,
            ):
                bar.addAction(act)
        self.refresh()

    def _add(self, text: str, slot: Callable[[], None]) -> QAction:
        act = QAction(text, self.w)
        act.triggered.connect(slot)
        return act

    def refresh(self) -> None:
        w = self.w
        has_audio = bool(w._recordings)
        self.delete_action.setEnabled(has_audio)
        self.draft_action.setEnabled(has_audio and stt_available())
        if not stt_available():
            self.draft_action.setToolTip(
                w.tr("Taligenkänning är inte installerad (pip install samtal[stt]).")
            )
        t = records.get_transcript(w.project.db, w.interview.id)
        self.confirm_action.setVisible(bool(t and t.machine_draft))

    # -- import ---------------------------------------------------------------------------
    def import_audio(self) -> None:
        w = self.w
        path = ChooseFile.open(w, w.tr("Importera ljud"), AUDIO_FILTER)
        if path is None:
            return
        folder, key = w.project.folder, w.root_key

        def work(progress: Callable[[float], None], cancel: threading.Event) -> object:
            return import_audio_file(folder, key, path, on_progress=progress, cancel=cancel)

        self.job = CancellableJob(w.tr("Importerar och krypterar ljudet …"), w)
        self.job.finished.connect(lambda info: self._imported(info, path))
        self.job.failed.connect(self._failed)
        self.job.start(work)

    def _imported(self, info: object, path: Path) -> None:
        w = self.w
        rid = getattr(info, "recording_id")  # noqa: B009 - RecordingInfo from the worker
        rec = records.add_recording(w.project.db, w.interview.id, rid, "imported")
        records.update_recording(
            w.project.db,
            rec.uuid,
            getattr(info, "duration_ms"),  # noqa: B009
            getattr(info, "chunk_count"),  # noqa: B009
            True,
        )
        w.reload()
        self.refresh()
        if RemoveOriginal.ask(w, path):
            try:
                delete_source_file(path)
            except OSError as exc:
                w._error(exc)

    def import_transcript(self) -> None:
        w = self.w
        path = ChooseFile.open(w, w.tr("Importera utskrift"), TRANSCRIPT_FILTER)
        if path is None:
            return
        try:
            text = read_transcript_file(path)
        except Exception as exc:  # noqa: BLE001
            w._error(exc)
            return
        self._put_text(text, w.tr("Importera utskrift"), "imported", machine=False)

    def _put_text(self, text: str, what: str, origin: str, machine: bool) -> None:
        w = self.w
        current = w.editor.toPlainText()
        if current.strip():
            choice = ReplaceOrAppend.ask(w, what)
            if choice is None:
                return
            if choice == "append":
                text = current.rstrip("\n") + "\n" + text
        w.save()
        records.save_transcript(
            w.project.db, w.interview.id, text, origin=origin, machine_draft=machine
        )
        w.reload()
        self.refresh()

    # -- speech-to-text -------------------------------------------------------------------
    def machine_draft(self) -> None:
        w = self.w
        if w.reader is None:
            return
        folder = Path(str(self.get("audio/stt_model_folder") or ""))
        try:
            check_model_folder(folder)
        except Exception:  # noqa: BLE001 - ask for a folder instead
            chosen = ChooseFile.folder(w, w.tr("Välj mappen med taligenkänningsmodellen"))
            if chosen is None:
                return
            try:
                check_model_folder(chosen)
            except Exception as exc:  # noqa: BLE001
                w._error(exc)
                return
            folder = chosen
            self.put("audio/stt_model_folder", str(folder))
        from ui.audio.stt_job import transcribe_job

        reader = w.reader
        self.job = transcribe_job(folder, lambda: reader, w.tr("Taligenkänning …"), w)
        self.job.finished.connect(
            lambda text: self._put_text(str(text), w.tr("Maskinutkast"), "machine", machine=True)
        )
        self.job.failed.connect(self._failed)

    def confirm_draft(self) -> None:
        w = self.w
        w.save()
        records.save_transcript(
            w.project.db, w.interview.id, w.editor.toPlainText(), machine_draft=False
        )
        w.reload()
        self.refresh()

    # -- deletion and keys ----------------------------------------------------------------
    def delete_audio(self) -> None:
        w = self.w
        answer = DeleteAudioDialog.ask(w, w.interview.interviewer_code)
        if answer is None:
            return
        auditor, reason = answer
        w.player.unload()
        try:
            records.delete_interview_audio(
                w.project.db, w.project.folder, w.interview.id, auditor, reason
            )
        except Exception as exc:  # noqa: BLE001
            w._error(exc)
        w.reload()
        self.refresh()

    def edit_keys(self) -> None:
        keys = KeysDialog.ask(self.w, self.w.keys)
        if keys is not None:
            self.w.apply_keys(keys)
            save_keys(keys, self.put)

    def _failed(self, exc: object) -> None:
        from app.audio.errors import Cancelled

        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, BaseException):
            self.w._error(exc)
