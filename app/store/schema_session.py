"""Migrations for what a running interview keeps between sessions (schema.py is full).

Listed, in order, in :data:`app.store.schema.MIGRATIONS`.
"""

from __future__ import annotations

V8_QUOTE_DRAFT = """
-- A quote typed but not yet entered, kept (encrypted, like everything here) across lock and
-- unlock, a closed window or a crash. One per interview; erased with it.
CREATE TABLE quote_draft (
    interview_id INTEGER PRIMARY KEY REFERENCES interview(id) ON DELETE CASCADE,
    text         TEXT NOT NULL,
    saved_at     TEXT NOT NULL
) STRICT;
"""
