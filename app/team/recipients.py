"""The mottagarnycklar a project sends packages to: added once, chosen when sharing.

Kept in the project's encrypted database (``meta.team_recipients``, JSON) with a label the
user chose ("Analytikerna"), never in settings: a label and a key say who the audit's team is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.errors import InvalidInput
from app.store.database import Database
from app.team.keys import check_code, normalise_recipient_key, recipient_key

_META_KEY = "team_recipients"
MAX_LABEL = 60


@dataclass(frozen=True)
class Recipient:
    label: str
    key: str

    @property
    def check_code(self) -> str:
        return check_code(self.key)


def list_recipients(db: Database) -> list[Recipient]:
    raw = db.scalar("SELECT value FROM meta WHERE key = ?", (_META_KEY,))
    try:
        doc = json.loads(raw) if raw else []
    except ValueError:
        doc = []
    return [
        Recipient(str(d["label"]), str(d["key"]))
        for d in doc
        if isinstance(d, dict) and "label" in d and "key" in d
    ]


def _save(db: Database, recipients: list[Recipient]) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (
            _META_KEY,
            json.dumps([{"label": r.label, "key": r.key} for r in recipients], ensure_ascii=False),
        ),
    )


def add_recipient(db: Database, label: str, key: str) -> Recipient:
    """Add (or relabel) a recipient key.

    Raises:
        PackageError: ``recipient_key`` — not a valid key.
        InvalidInput: ``recipient_label`` — empty or too long; ``recipient_own`` — this
            project's own key (a package to yourself is no use).
    """
    key = normalise_recipient_key(key)
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL:
        raise InvalidInput("recipient_label", maximum=MAX_LABEL)
    with db.atomic():
        if key == recipient_key(db):
            raise InvalidInput("recipient_own")
        kept = [r for r in list_recipients(db) if r.key != key]
        recipient = Recipient(label, key)
        _save(db, [*kept, recipient])
    return recipient


def remove_recipient(db: Database, key: str) -> None:
    with db.atomic():
        _save(db, [r for r in list_recipients(db) if r.key != key])
