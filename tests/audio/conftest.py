"""Tests that need the real audio stack: one private PulseAudio daemon for the session.

``PULSE_SERVER`` is set for this process (QtMultimedia connects once per process) and handed
to child processes. Skipped with the reason only where the packages cannot be installed
(not root, or not Debian-like); ``make test``/.ci/run install them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.fixtures.pulse import PulseServer, ensure_packages, start_pulse
from tests.ui.conftest import (  # noqa: F401 - the session-window fixtures, for this folder too
    _session_home,
    _stop_controllers,
    session_project,
)


@pytest.fixture(scope="session")
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    reason = ensure_packages()
    if reason:
        pytest.skip(reason)
    server = start_pulse(tmp_path_factory.mktemp("pulse"))
    before = os.environ.get("PULSE_SERVER")
    os.environ["PULSE_SERVER"] = server.server
    yield server
    if before is None:
        os.environ.pop("PULSE_SERVER", None)
    else:
        os.environ["PULSE_SERVER"] = before
    server.stop()


@pytest.fixture(autouse=True)
def _audio_stack(pulse: PulseServer) -> PulseServer:
    return pulse
