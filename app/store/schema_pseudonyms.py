"""Migration 9: numbered pseudonyms (a module of its own: schema.py is at its size limit)."""

V9_PSEUDONYMS = """
-- Numbered pseudonyms ("[Person 3]"): which number a name got, so that every review and
-- export writes the same one. Per interview, or for the whole project (interview_id NULL)
-- for the names on the project's name list. Numbers are unique across the project.
CREATE TABLE pseudonym (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER REFERENCES interview(id) ON DELETE CASCADE,
    name_key     TEXT NOT NULL,
    number       INTEGER NOT NULL CHECK (number > 0),
    created_at   TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX pseudonym_name ON pseudonym(ifnull(interview_id, 0), name_key);
CREATE UNIQUE INDEX pseudonym_number ON pseudonym(ifnull(interview_id, 0), number);
"""
