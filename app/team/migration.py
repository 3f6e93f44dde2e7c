"""Schema for teamwork (to be appended to ``MIGRATIONS`` in ``app/store/schema.py``).

Stable random ids (``uid``) for everything that travels in packages and has no natural key,
given by a trigger on insert so no existing code path has to know; the deletion log learns
the erased interview's ``uid`` (content-free) so withdrawal can travel; the merge remembers
per origin what it last took (``team_sync``), keeps conflicts visible (``team_conflict``) and
which packages it applied (``team_import``); the co-listener's own laptop keeps its session
and quote marks (``colisten_session``, ``colisten_quote``) encrypted like everything else.
"""

from __future__ import annotations


def _uid(table: str) -> str:
    return f"""
ALTER TABLE {table} ADD COLUMN uid TEXT;
UPDATE {table} SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX {table}_uid ON {table}(uid);
CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN new.uid IS NULL
BEGIN
    UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
"""


TEAM_SCHEMA = (
    "-- Teamwork: packages between laptops (docs/package-format.md).\n"
    + "".join(_uid(t) for t in ("interview", "consent", "quote", "passage_tag"))
    + """
ALTER TABLE deletion_log ADD COLUMN interview_uid TEXT;

-- What the merge last took from each origin (a hash per item), for three-way merges.
CREATE TABLE team_sync (
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    origin       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    key          TEXT NOT NULL,
    hash         TEXT NOT NULL,
    seq          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (origin, kind, key)
) STRICT;
CREATE INDEX team_sync_interview ON team_sync(interview_id);

-- Conflicts: both sides changed the same item. Ours stays in place; theirs is kept here
-- (and, for notes and quotes, also in the interview itself) until someone resolves it.
CREATE TABLE team_conflict (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    origin       TEXT NOT NULL,
    kind         TEXT NOT NULL,
    key          TEXT NOT NULL,
    theirs       TEXT NOT NULL,
    theirs_hash  TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved_at  TEXT,
    UNIQUE (origin, kind, key, theirs_hash)
) STRICT;

-- Packages applied (content-free): re-importing one adds nothing.
CREATE TABLE team_import (
    origin      TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (origin, seq)
) STRICT;

-- The co-listener's laptop: a session opened from a co-listener package, and its marks.
CREATE TABLE colisten_session (
    id               INTEGER PRIMARY KEY,
    interview_uid    TEXT NOT NULL UNIQUE,
    participant_code TEXT NOT NULL,
    briefing         TEXT NOT NULL,
    co_listener_code TEXT NOT NULL DEFAULT '',
    clock_started_at TEXT,
    elapsed_ms       INTEGER NOT NULL DEFAULT 0,
    current_question TEXT,
    created_at       TEXT NOT NULL,
    returned_at      TEXT
) STRICT;

CREATE TABLE colisten_quote (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES colisten_session(id) ON DELETE CASCADE,
    uid         TEXT NOT NULL UNIQUE,
    question    TEXT,
    at_ms       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    starred     INTEGER NOT NULL DEFAULT 0,
    themes      TEXT NOT NULL DEFAULT '[]',
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX colisten_quote_session ON colisten_quote(session_id, at_ms);
"""
)
