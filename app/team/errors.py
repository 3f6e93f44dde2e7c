"""Typed errors of the package format. Codes only; sentences live in :mod:`app.messages`.

Every failure to open a package is one :class:`PackageError` whose ``detail`` says which
(``not_a_package``, ``package_newer``, ``package_damaged``, ``package_wrong_key``,
``package_wrong_passphrase``, ``package_kind``, ``package_background_full``). No error ever
carries package content (``package_background_full`` names a background variable and one of
its categories: a definition, never which interview has it).
"""

from __future__ import annotations

from app.errors import SamtalError


class PackageError(SamtalError):
    """A package cannot be written or opened. ``detail`` names the reason (content-free)."""

    code = "package"


NOT_A_PACKAGE = "not_a_package"
NEWER = "package_newer"
DAMAGED = "package_damaged"
WRONG_KEY = "package_wrong_key"
WRONG_PASSPHRASE = "package_wrong_passphrase"
WRONG_KIND = "package_kind"
NO_SECRET = "package_no_secret"
RECIPIENT_KEY = "recipient_key"
BACKGROUND_FULL = "package_background_full"
