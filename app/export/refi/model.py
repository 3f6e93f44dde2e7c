"""A neutral in-memory project for REFI-QDA: what the writers take, independent of the store.

Keys (``key``) are stable identifiers chosen by whoever builds the model (database ids, say);
the writer turns them into GUIDs (:mod:`app.export.refi.ids`), so they never appear in a file.
Positions in a :class:`Selection` are code-point offsets into its source's ``text`` as given
(Python string indices: first = 0, end exclusive); the writer carries them over to the text it
writes (:mod:`app.export.refi.text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class VariableType(StrEnum):
    TEXT = "Text"
    BOOLEAN = "Boolean"
    INTEGER = "Integer"
    FLOAT = "Float"
    DATE = "Date"
    DATETIME = "DateTime"


VariableValue = str | bool | int | float | date | datetime


@dataclass(frozen=True)
class User:
    """Someone who made codings or notes: an auditor code, never a name."""

    key: str
    name: str


@dataclass(frozen=True)
class Code:
    """A theme. ``parent`` is another code's key (``None``: top level); order is kept."""

    key: str
    name: str
    colour: str | None = None  # "#rrggbb"
    description: str = ""
    parent: str | None = None
    codable: bool = True


@dataclass(frozen=True)
class Selection:
    """A coded span of a source: ``text[start:end]`` of the source's original text."""

    key: str
    start: int
    end: int
    codes: tuple[str, ...] = ()  # code keys
    user: str | None = None  # user key
    created: datetime | None = None
    description: str = ""


@dataclass(frozen=True)
class Variable:
    key: str
    name: str
    type: VariableType = VariableType.TEXT
    description: str = ""


@dataclass(frozen=True)
class Source:
    """One text source (an interview). ``variables`` are (variable key, value) pairs."""

    key: str
    name: str
    text: str
    selections: tuple[Selection, ...] = ()
    variables: tuple[tuple[str, VariableValue], ...] = ()
    description: str = ""
    user: str | None = None
    created: datetime | None = None


@dataclass(frozen=True)
class Case:
    key: str
    name: str
    sources: tuple[str, ...] = ()  # source keys
    variables: tuple[tuple[str, VariableValue], ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Note:
    """A memo. ``target`` is a source's or a selection's key, or ``None`` for the project."""

    key: str
    name: str
    text: str
    created: datetime
    user: str | None = None
    target: str | None = None


@dataclass(frozen=True)
class CodeSet:
    """A named group of codes and sources (e.g. the guide's sections)."""

    key: str
    name: str
    codes: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Project:
    """``project_id`` is stable for the life of the project (it seeds every GUID)."""

    project_id: str
    name: str
    created: datetime
    origin: str = "Samtal"
    description: str = ""
    users: tuple[User, ...] = ()
    codes: tuple[Code, ...] = ()
    variables: tuple[Variable, ...] = ()
    cases: tuple[Case, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: tuple[Note, ...] = ()
    sets: tuple[CodeSet, ...] = field(default=())
