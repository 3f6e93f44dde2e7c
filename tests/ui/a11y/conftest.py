"""The accessibility checks run on windows with Samtal's look applied, as the app runs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui.style import look as ui_look
from ui.style.palette import Look


@pytest.fixture
def look(qapp: QApplication) -> Iterator[Look]:
    applied = ui_look.apply(qapp)
    yield applied
    ui_look.restore(qapp)
