"""A quote typed but not yet entered survives lock, close and crash: kept as a draft.

The draft goes through the window's autosave (one transaction with the notes), so it is
encrypted in the project like everything else, and it is shown again when the interview's
window opens (after unlock too). Entering the quote empties the field, and so the draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.interview.autosave import SaveBatch
from app.interview.quotes import load_draft

if TYPE_CHECKING:
    from ui.session.window import SessionWindow


def keep_quote_draft(window: SessionWindow) -> None:
    """Show the stored draft in the quote field and save it whenever it changes."""
    field = window.quote_panel.input
    field.setText(load_draft(window.db, window.interview.id))

    def edited(text: str) -> None:
        def snapshot(batch: SaveBatch) -> None:
            batch.quote_draft = text

        window.autosaver.touch("quote_draft", snapshot)

    field.textChanged.connect(edited)
