"""Numbered schema migrations. Migration N brings ``PRAGMA user_version`` from N-1 to N.

Never edit a released migration: add a new one. Later features add tables here.
All tables are STRICT; times are ISO-8601 UTC text, durations integer milliseconds.
"""

from __future__ import annotations

from app.store.database import Migration
from app.store.schema_project import V10_AUDIT_CONTACT
from app.store.schema_pseudonyms import V9_PSEUDONYMS
from app.store.schema_session import V8_QUOTE_DRAFT

V1_FOUNDATION = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- The audit (one per project).
CREATE TABLE audit (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT NOT NULL,
    organisation        TEXT NOT NULL DEFAULT '',
    service             TEXT NOT NULL DEFAULT '',
    commissioner        TEXT NOT NULL DEFAULT '',
    information_text    TEXT NOT NULL DEFAULT '',
    information_version TEXT NOT NULL DEFAULT '1',
    planned_minutes     INTEGER NOT NULL DEFAULT 60,
    keep_until          TEXT,
    settings            TEXT NOT NULL DEFAULT '{}',
    created_at          TEXT NOT NULL
) STRICT;

-- Question guides. A guide has versions; interviews keep the version they ran.
CREATE TABLE guide (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE guide_version (
    id         INTEGER PRIMARY KEY,
    guide_id   INTEGER NOT NULL REFERENCES guide(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    intro      TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL DEFAULT 'sv',
    created_at TEXT NOT NULL,
    UNIQUE (guide_id, version)
) STRICT;

CREATE TABLE section (
    id               INTEGER PRIMARY KEY,
    guide_version_id INTEGER NOT NULL REFERENCES guide_version(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    key              TEXT NOT NULL,
    title            TEXT NOT NULL,
    intro            TEXT NOT NULL DEFAULT '',
    planned_minutes  INTEGER,
    UNIQUE (guide_version_id, key)
) STRICT;

CREATE TABLE question (
    id         INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    key        TEXT NOT NULL,                 -- stable across versions
    number     TEXT NOT NULL DEFAULT '',      -- as printed; numbering may skip
    text       TEXT NOT NULL,
    hint       TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL DEFAULT 'open'
               CHECK (kind IN ('open', 'yes_no', 'agreement', 'grade', 'multi_choice')),
    options    TEXT NOT NULL DEFAULT '[]'     -- JSON list, for multi_choice
) STRICT;
CREATE INDEX question_section ON question(section_id, position);

CREATE TABLE follow_up (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    hint        TEXT NOT NULL DEFAULT '',
    condition   TEXT CHECK (condition IN ('yes', 'no'))  -- NULL: always; 'yes': "Om ja"
) STRICT;
CREATE INDEX follow_up_question ON follow_up(question_id, position);

-- Interviews: an informant is only a random participant code.
CREATE TABLE interview (
    id                  INTEGER PRIMARY KEY,
    participant_code    TEXT NOT NULL UNIQUE,
    guide_version_id    INTEGER REFERENCES guide_version(id),
    held_on             TEXT NOT NULL,
    mode                TEXT NOT NULL CHECK (mode IN ('on_site', 'phone', 'video', 'written')),
    interviewer_code    TEXT NOT NULL DEFAULT '',
    co_listener_code    TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'new'
                        CHECK (status IN ('new', 'consented', 'in_progress', 'paused',
                                          'finished', 'interrupted')),
    planned_minutes     INTEGER,
    elapsed_ms          INTEGER NOT NULL DEFAULT 0,
    current_question_id INTEGER REFERENCES question(id),
    created_at          TEXT NOT NULL,
    started_at          TEXT,
    finished_at         TEXT,
    keep_until          TEXT
) STRICT;

-- Consent: what the informant was told and agreed to. No name, no signature.
CREATE TABLE consent (
    id                       INTEGER PRIMARY KEY,
    interview_id             INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    recorded_at              TEXT NOT NULL,
    auditor_code             TEXT NOT NULL,
    information_version      TEXT NOT NULL DEFAULT '',
    informed_purpose         INTEGER NOT NULL DEFAULT 0,
    informed_confidentiality INTEGER NOT NULL DEFAULT 0,
    informed_voluntary       INTEGER NOT NULL DEFAULT 0,
    informed_withdraw        INTEGER NOT NULL DEFAULT 0,
    informed_no_effect       INTEGER NOT NULL DEFAULT 0,
    consent_notes            INTEGER NOT NULL DEFAULT 0,
    consent_audio            INTEGER NOT NULL DEFAULT 0,
    informed_audio_deleted   INTEGER NOT NULL DEFAULT 0,
    consent_quotes           INTEGER NOT NULL DEFAULT 0,
    quotes_after_review      INTEGER NOT NULL DEFAULT 0,
    consent_special_category INTEGER NOT NULL DEFAULT 0,
    retention_date           TEXT,
    method                   TEXT NOT NULL CHECK (method IN ('oral', 'written')),
    withdrawn_at             TEXT,
    withdrawn_by             TEXT
) STRICT;
CREATE INDEX consent_interview ON consent(interview_id);

-- Where the interview is in the guide.
CREATE TABLE question_state (
    interview_id  INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    question_id   INTEGER NOT NULL REFERENCES question(id),
    status        TEXT NOT NULL DEFAULT 'not_asked'
                  CHECK (status IN ('not_asked', 'covered', 'skipped')),
    answer        TEXT,              -- yes/no/dont_know, scale step, grade, JSON for multi_choice
    first_at_ms   INTEGER,
    time_spent_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (interview_id, question_id)
) STRICT;

CREATE TABLE follow_up_state (
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    follow_up_id INTEGER NOT NULL REFERENCES follow_up(id),
    done         INTEGER NOT NULL DEFAULT 0,
    done_at_ms   INTEGER,
    PRIMARY KEY (interview_id, follow_up_id)
) STRICT;

-- Notes: one per question plus one general note (question_id NULL) per interview.
-- body holds the paragraphs joined by newlines; paragraph_ms the time since start of each.
CREATE TABLE note (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    question_id  INTEGER REFERENCES question(id),
    body         TEXT NOT NULL DEFAULT '',
    paragraph_ms TEXT NOT NULL DEFAULT '[]',
    revision     INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX note_one_per_question ON note(interview_id, ifnull(question_id, 0));

-- Quote marks: what the informant said, verbatim, with question and time.
CREATE TABLE quote (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    question_id  INTEGER REFERENCES question(id),
    at_ms        INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL,
    edited_text  TEXT,                -- the report's version ("[...]", "[Handläggaren]")
    starred      INTEGER NOT NULL DEFAULT 0,
    source       TEXT NOT NULL DEFAULT 'panel' CHECK (source IN ('panel', 'selection', 'import')),
    note_id      INTEGER REFERENCES note(id) ON DELETE SET NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX quote_interview ON quote(interview_id, at_ms);

-- Themes (codebook), hierarchical, and what is tagged with them.
CREATE TABLE theme (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES theme(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT '#7f8c8d'
) STRICT;

CREATE TABLE quote_theme (
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    PRIMARY KEY (quote_id, theme_id)
) STRICT;

-- A tagged passage of a note: offsets kept current while the note is edited, and a
-- text-quote anchor (exact + prefix + suffix) to find the words again if they drift.
CREATE TABLE passage_tag (
    id         INTEGER PRIMARY KEY,
    note_id    INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    theme_id   INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
    start_pos  INTEGER NOT NULL,
    end_pos    INTEGER NOT NULL,
    exact      TEXT NOT NULL,
    prefix     TEXT NOT NULL DEFAULT '',
    suffix     TEXT NOT NULL DEFAULT '',
    starred    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX passage_tag_note ON passage_tag(note_id);

-- Names to pseudonymise: per interview, or for the whole project (interview_id NULL).
CREATE TABLE name_entry (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER REFERENCES interview(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX name_entry_unique ON name_entry(ifnull(interview_id, 0), name);

-- Project additions to the shipped stop list (words never flagged as names).
CREATE TABLE stop_word (
    word TEXT PRIMARY KEY
) STRICT;

-- Append-only record of erasures: code, time, action, auditor code, reason. No content.
CREATE TABLE deletion_log (
    id               INTEGER PRIMARY KEY,
    at               TEXT NOT NULL,
    participant_code TEXT NOT NULL,
    action           TEXT NOT NULL,
    auditor_code     TEXT NOT NULL DEFAULT '',
    reason           TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TRIGGER deletion_log_no_update BEFORE UPDATE ON deletion_log
BEGIN
    SELECT RAISE(ABORT, 'deletion_log is append-only');
END;

CREATE TRIGGER deletion_log_no_delete BEFORE DELETE ON deletion_log
BEGIN
    SELECT RAISE(ABORT, 'deletion_log is append-only');
END;
"""

V2_REVIEW = """
-- Pseudonymisation review: a person's decision on a finding, stored once per interview.
-- fingerprint identifies the finding (kind, rule, matched words, a little context), never text.
CREATE TABLE review_decision (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    fingerprint  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    decision     TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
    decided_by   TEXT NOT NULL DEFAULT '',
    decided_at   TEXT NOT NULL,
    UNIQUE (interview_id, fingerprint)
) STRICT;
"""


# -- Full-text search (analysis) ---------------------------------------------------------------
#: Letters folded to their base letter before indexing and in queries, so "café" finds "cafe"
#: and the other way round. Not å, ä, ö: they are letters of their own in Swedish ("kött" is
#: not "kott"), which is why the tokenizer keeps diacritics (``remove_diacritics 0``) and this
#: list folds the rest. Danish/Norwegian æ, ø count as ä, ö (as in Swedish collation).
FTS_FOLD: dict[str, str] = {
    "à": "a",
    "á": "a",
    "â": "a",
    "ã": "a",
    "ç": "c",
    "è": "e",
    "é": "e",
    "ê": "e",
    "ë": "e",
    "ì": "i",
    "í": "i",
    "î": "i",
    "ï": "i",
    "ñ": "n",
    "ò": "o",
    "ó": "o",
    "ô": "o",
    "õ": "o",
    "ù": "u",
    "ú": "u",
    "û": "u",
    "ü": "u",
    "ý": "y",
    "ÿ": "y",
    "æ": "ä",
    "ø": "ö",
    "À": "A",
    "Á": "A",
    "Â": "A",
    "Ã": "A",
    "Ç": "C",
    "È": "E",
    "É": "E",
    "Ê": "E",
    "Ë": "E",
    "Ì": "I",
    "Í": "I",
    "Î": "I",
    "Ï": "I",
    "Ñ": "N",
    "Ò": "O",
    "Ó": "O",
    "Ô": "O",
    "Õ": "O",
    "Ù": "U",
    "Ú": "U",
    "Û": "U",
    "Ü": "U",
    "Ý": "Y",
    "Æ": "Ä",
    "Ø": "Ö",
}


def _fold_sql(expr: str, fold: dict[str, str] = FTS_FOLD) -> str:
    """``expr`` wrapped in built-in ``replace()`` calls (triggers may not call app functions)."""
    for src, dst in fold.items():
        expr = f"replace({expr}, '{src}', '{dst}')"
    return expr


# External-content FTS5 tables: the index only, the text stays in note/quote (no second copy).
# Triggers index a folded copy; folding is one letter for one letter, so token positions match
# the stored text and snippet()/highlight() mark the right words. Never run 'rebuild' (it would
# index the unfolded text). 'secure-delete' removes an erased note's words from the index at once.
V3_SEARCH = f"""
CREATE VIRTUAL TABLE note_fts USING fts5(
    body, content='note', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co Mn'"
);
CREATE VIRTUAL TABLE quote_fts USING fts5(
    text, edited_text, content='quote', content_rowid='id',
    tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co Mn'"
);
INSERT INTO note_fts (note_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO quote_fts (quote_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER note_fts_insert AFTER INSERT ON note
BEGIN
    INSERT INTO note_fts (rowid, body) VALUES (new.id, {_fold_sql("new.body")});
END;

CREATE TRIGGER note_fts_delete AFTER DELETE ON note
BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, {_fold_sql("old.body")});
END;

CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note
BEGIN
    INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, {_fold_sql("old.body")});
    INSERT INTO note_fts (rowid, body) VALUES (new.id, {_fold_sql("new.body")});
END;

CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote
BEGIN
    INSERT INTO quote_fts (rowid, text, edited_text)
    VALUES (new.id, {_fold_sql("new.text")}, {_fold_sql("new.edited_text")});
END;

CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote
BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text, edited_text)
    VALUES ('delete', old.id, {_fold_sql("old.text")}, {_fold_sql("old.edited_text")});
END;

CREATE TRIGGER quote_fts_update AFTER UPDATE OF text, edited_text ON quote
BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, text, edited_text)
    VALUES ('delete', old.id, {_fold_sql("old.text")}, {_fold_sql("old.edited_text")});
    INSERT INTO quote_fts (rowid, text, edited_text)
    VALUES (new.id, {_fold_sql("new.text")}, {_fold_sql("new.edited_text")});
END;

INSERT INTO note_fts (rowid, body) SELECT id, {_fold_sql("body")} FROM note;
INSERT INTO quote_fts (rowid, text, edited_text)
    SELECT id, {_fold_sql("text")}, {_fold_sql("edited_text")} FROM quote;

-- Reading across interviews: passages by theme, quotes by theme and by question.
CREATE INDEX passage_tag_theme ON passage_tag(theme_id);
CREATE INDEX quote_theme_theme ON quote_theme(theme_id);
CREATE INDEX quote_question ON quote(question_id);
CREATE INDEX note_question ON note(question_id);
"""


# Teamwork (packages between laptops, docs/package-format.md): stable random ids (``uid``) for
# what travels and has no natural key, given by a trigger on insert so no existing code path
# has to know; the erased interview's ``uid`` in the deletion log (content-free) so withdrawal
# can travel; what the merge last took from each origin (``team_sync``), conflicts kept
# visible (``team_conflict``), packages applied (``team_import``); and on a co-listener's
# laptop its session and quote marks (``colisten_session``, ``colisten_quote``).
def _team_uid(table: str) -> str:
    return f"""
ALTER TABLE {table} ADD COLUMN uid TEXT;
UPDATE {table} SET uid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX {table}_uid ON {table}(uid);
CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN new.uid IS NULL
BEGIN
    UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE id = new.id;
END;
"""


V4_TEAM = (
    "-- Teamwork: packages between laptops (docs/package-format.md).\n"
    + "".join(_team_uid(t) for t in ("interview", "consent", "quote", "passage_tag"))
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


# Closed questions (issue 15): background variables with coarse categories, and when an answer
# was given. See docs/survey-summaries.md; app/interview/background.py reads and writes them.
V5_SURVEY = """
-- Background variables of the project (coarse categories only) and each interview's choice.
CREATE TABLE background_variable (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    categories TEXT NOT NULL DEFAULT '[]',   -- JSON list of category names, in order
    position   INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE interview_background (
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    variable_id  INTEGER NOT NULL REFERENCES background_variable(id) ON DELETE CASCADE,
    category     TEXT NOT NULL,
    PRIMARY KEY (interview_id, variable_id)
) STRICT;

-- Only a category the variable offers can be stored: never free text.
CREATE TRIGGER interview_background_category_insert BEFORE INSERT ON interview_background
WHEN NOT EXISTS (
    SELECT 1 FROM background_variable v, json_each(v.categories) j
    WHERE v.id = new.variable_id AND j.value = new.category
)
BEGIN
    SELECT RAISE(ABORT, 'not a category of the variable');
END;

CREATE TRIGGER interview_background_category_update BEFORE UPDATE ON interview_background
WHEN NOT EXISTS (
    SELECT 1 FROM background_variable v, json_each(v.categories) j
    WHERE v.id = new.variable_id AND j.value = new.category
)
BEGIN
    SELECT RAISE(ABORT, 'not a category of the variable');
END;

-- When a closed question was answered (ms since the interview's start).
ALTER TABLE question_state ADD COLUMN answered_at_ms INTEGER;
"""


# Audio (issue 18): recordings (chunk files in the project folder, docs/audio-format.md) and
# transcripts; app/audio/records.py reads and writes them.
V6_AUDIO = """
-- Recordings: chunk files under audio/<uuid>/ in the project folder. The row outlives the
-- audio: deleted_at says when the audio was removed (the transcript shows it).
CREATE TABLE recording (
    id             INTEGER PRIMARY KEY,
    interview_id   INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    uuid           TEXT NOT NULL UNIQUE,
    source         TEXT NOT NULL CHECK (source IN ('recorded', 'imported')),
    created_at     TEXT NOT NULL,
    duration_ms    INTEGER NOT NULL DEFAULT 0,
    chunk_count    INTEGER NOT NULL DEFAULT 0,
    finished       INTEGER NOT NULL DEFAULT 0,
    deleted_at     TEXT,
    deleted_by     TEXT NOT NULL DEFAULT '',
    deleted_reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX recording_interview ON recording(interview_id);

-- The transcript: speaker turns and timestamps as text (app/audio/transcript.py).
-- origin: typed in Samtal, imported from a file, or a machine draft (speech-to-text) that a
-- person has not yet gone through (machine_draft = 1 until they confirm it).
CREATE TABLE transcript (
    interview_id  INTEGER PRIMARY KEY REFERENCES interview(id) ON DELETE CASCADE,
    body          TEXT NOT NULL DEFAULT '',
    origin        TEXT NOT NULL DEFAULT 'typed' CHECK (origin IN ('typed', 'imported', 'machine')),
    machine_draft INTEGER NOT NULL DEFAULT 0,
    revision      INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL
) STRICT;
"""


# Live co-listening (docs/colisten-protocol.md): the host's session key and its co-listeners,
# so a restarted app can let them resume, and each quote is stored exactly once: a live
# quote's (peer, seq) is recorded as stored_upto in the same transaction as the quote.
V7_LIVE = """
CREATE TABLE live_session (
    interview_id INTEGER PRIMARY KEY REFERENCES interview(id) ON DELETE CASCADE,
    identity     TEXT NOT NULL,              -- the host's age X25519 secret key
    port         INTEGER NOT NULL DEFAULT 0, -- asked for again after a restart
    started_at   TEXT NOT NULL
) STRICT;
CREATE TABLE live_peer (
    peer         TEXT PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
    resume       BLOB NOT NULL,
    stored_upto  INTEGER NOT NULL DEFAULT 0,
    paired_at    TEXT NOT NULL
) STRICT;
CREATE INDEX live_peer_interview ON live_peer(interview_id);
"""


MIGRATIONS: list[Migration] = [
    V1_FOUNDATION,
    V2_REVIEW,
    V3_SEARCH,
    V4_TEAM,
    V5_SURVEY,
    V6_AUDIO,
    V7_LIVE,
    V8_QUOTE_DRAFT,
    V9_PSEUDONYMS,
    V10_AUDIT_CONTACT,
]
