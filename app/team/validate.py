"""Checking package content before it touches the database (packages are untrusted input).

Anyone who has a project's public mottagarnyckel can make a package for it, so every field
is checked for type and range here; a bad one is ``PackageError(package_damaged)``, never
an SQLite error half-way through an import.
"""

from __future__ import annotations

import re
from typing import Any

from app.team.errors import DAMAGED, PackageError

_UID = re.compile(r"^[0-9a-f]{32}$")
_CODE = re.compile(r"^[A-Z0-9]{3}-[A-Z0-9]{3}$")
MAX_TEXT = 5_000_000


def bad() -> PackageError:
    return PackageError(DAMAGED)


def text(d: dict[str, Any], key: str, *, optional: bool = False, limit: int = MAX_TEXT) -> Any:
    value = d.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise bad()
    return value


def integer(d: dict[str, Any], key: str, *, optional: bool = False, minimum: int = 0) -> Any:
    value = d.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not minimum <= value < 2**62:
        raise bad()
    return value


def flag(d: dict[str, Any], key: str) -> bool:
    value = d.get(key, False)
    if not isinstance(value, bool):
        raise bad()
    return value


def items(d: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise bad()
    return value


def strings(d: dict[str, Any], key: str, limit: int = 200) -> list[str]:
    value = d.get(key, [])
    if not isinstance(value, list) or not all(
        isinstance(v, str) and 0 < len(v) <= limit for v in value
    ):
        raise bad()
    return value


def choice(d: dict[str, Any], key: str, allowed: tuple[str, ...], optional: bool = False) -> Any:
    value = d.get(key)
    if value is None and optional:
        return None
    if value not in allowed:
        raise bad()
    return value


def uid(d: dict[str, Any], key: str = "uid") -> str:
    value = d.get(key)
    if not isinstance(value, str) or not _UID.match(value):
        raise bad()
    return value


def code(d: dict[str, Any], key: str = "code") -> str:
    value = d.get(key)
    if not isinstance(value, str) or not _CODE.match(value):
        raise bad()
    return value


def path(value: object) -> list[str]:
    """A theme path: 1–16 non-empty names."""
    if (
        not isinstance(value, list)
        or not 1 <= len(value) <= 16
        or not all(isinstance(v, str) and v.strip() and len(v) <= 200 for v in value)
    ):
        raise bad()
    return value


def int_list(value: object) -> list[int]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise bad()
    return value
