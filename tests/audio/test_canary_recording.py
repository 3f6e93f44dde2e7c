"""The canary test with recording on: speech is recorded while the markers are typed, a
transcript with the markers is typed in transcription mode, and after export, lock, unlock and
quit no file anywhere holds the markers or plaintext audio (headers or PCM of the speech)."""

from __future__ import annotations

from pathlib import Path
from subprocess import Popen

import numpy as np
from PySide6.QtCore import Qt

from app.audio.chunks import audio_root
from tests.fixtures.audio_leaks import pcm_needles, scan_audio
from tests.fixtures.pulse import PulseServer, speech_seconds
from tests.ui.session_helpers import ALT, CTRL, key, type_text
from tests.ui.test_canary import app_log, qt_settings_folder, run_canary

__all__ = ["app_log", "qt_settings_folder"]  # the canary's fixtures, for this module too


class CanaryRecording:
    def __init__(self, qtbot, pulse: PulseServer) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.pulse = pulse
        self.player: Popen[bytes] | None = None
        self.folder: Path | None = None

    def start(self, window) -> np.ndarray:  # type: ignore[no-untyped-def]
        speech = speech_seconds(40)
        self.player = self.pulse.play(speech)
        key(window.page.note_editor, Qt.Key.Key_R, CTRL)
        assert window.recording.bar.state == "recording"
        self.folder = window.project.folder
        return speech

    def stop(self, window) -> None:  # type: ignore[no-untyped-def]
        bar = window.recording.bar
        self.qtbot.waitUntil(lambda: bar.recorded_ms > 3000, timeout=20_000)
        bar.stop()
        if self.player is not None:
            self.player.kill()
            self.player.wait(timeout=30)
            if self.player.stdin is not None:
                self.player.stdin.close()

    def transcribe(self, controller, interview_id: int, name: str, pnr: str, quote: str) -> None:  # type: ignore[no-untyped-def]
        controller.audio.transcribe(interview_id)
        tw = controller.audio.transcription_window
        assert tw is not None and tw.player.duration_ms > 3000
        tw.activateWindow()
        self.qtbot.waitUntil(tw.isActiveWindow)
        tw.editor.setFocus()
        key(tw.editor, Qt.Key.Key_P, ALT)  # an IP turn at the position heard
        type_text(tw.editor, f"Jag heter {name}, personnummer {pnr}. En {quote} till mig.")
        with self.qtbot.waitSignal(tw.saved, timeout=5000):
            pass  # autosave
        controller.audio.close_transcription()

    def scan(self, places: list[Path], speech: np.ndarray) -> None:
        assert self.folder is not None
        chunks = list(audio_root(self.folder).rglob("*.sac"))
        assert chunks and all(p.read_bytes()[:4] == b"SAC1" for p in chunks)
        hits = scan_audio(places, pcm_needles(speech))
        assert hits == [], "\n".join(map(str, hits))


def test_canary_markers_and_audio_leak_nowhere_with_recording_on(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path,
    tmp_path_factory,
    _session_home,
    qt_settings_folder,  # noqa: F811 - the fixture
    app_log,  # noqa: F811 - the fixture
    pulse: PulseServer,
) -> None:
    run_canary(
        qtbot,
        tmp_path,
        tmp_path_factory,
        _session_home,
        qt_settings_folder,
        app_log,
        recording=CanaryRecording(qtbot, pulse),
    )
