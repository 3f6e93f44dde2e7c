"""Migrations for the project's own settings (schema.py is full).

Listed, in order, in :data:`app.store.schema.MIGRATIONS`.
"""

from __future__ import annotations

# The organisation's contact details and the thank-you gift (issue 14): never an informant's.
V10_AUDIT_CONTACT = "".join(
    f"ALTER TABLE audit ADD COLUMN {c} TEXT NOT NULL DEFAULT '';\n"
    for c in ("contact_name", "contact_phone", "contact_email", "gift")
)
