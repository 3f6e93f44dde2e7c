"""``project.qde``: the REFI-QDA project document, built from a :class:`~model.Project`.

What importers need beyond the schema (checked against QualCoder's ``refi.py``):
``<Project origin>`` is never empty; each ``<TextSource>`` points at ``internal://<GUID>.txt``
(inline text alone is not imported); the coded words are in ``PlainTextSelection@name``; code
names are unique; every ``<Note>`` has a ``creationDateTime``; variables are tied to sources as
well as to named cases (an importer may ignore a named case's ``SourceRef``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from lxml import etree

from app.export.refi.ids import GuidMaker
from app.export.refi.model import Code, Project, Source, VariableType, VariableValue
from app.export.refi.text import NormalisedText, normalise
from app.export.refi.xml_common import (
    PROJECT_NS,
    UniqueNames,
    colour_or_none,
    sub,
    xsd_datetime,
)

NS = PROJECT_NS


@dataclass(frozen=True)
class SourceFile:
    """A text to put into ``sources/`` of the .qdpx, under ``name``."""

    name: str
    text: str


@dataclass(frozen=True)
class BuiltProject:
    root: Any  # lxml element <Project>
    files: tuple[SourceFile, ...]
    selections: int
    codings: int


def _el(parent: Any, tag: str, text: str | None = None, **attrs: str | None) -> Any:
    return sub(parent, NS, tag, text, **attrs)


def _when(moment: datetime | None) -> str | None:
    return xsd_datetime(moment) if moment is not None else None


def ordered_codes(codes: tuple[Code, ...]) -> dict[str | None, list[Code]]:
    """Children per parent key, in the given order; refuses unknown parents and cycles."""
    keys = {c.key for c in codes}
    if len(keys) != len(codes):
        raise ValueError("two codes share a key")
    children: dict[str | None, list[Code]] = {}
    for code in codes:
        parent = code.parent if code.parent in keys else None
        children.setdefault(parent, []).append(code)
    reached = 0
    stack: list[str | None] = [None]
    seen: set[str | None] = set()
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        for child in children.get(key, []):
            reached += 1
            stack.append(child.key)
    if reached != len(codes):
        raise ValueError("the code hierarchy has a cycle")
    return children


def add_codes(parent_el: Any, ns: str, codes: tuple[Code, ...], guid: GuidMaker) -> None:
    """``<Code>`` elements, nested as the hierarchy is, names unique (used by .qde and .qdc)."""
    children = ordered_codes(codes)
    names = UniqueNames()

    def add(el: Any, parent: str | None) -> None:
        for code in children.get(parent, []):
            code_el = sub(
                el,
                ns,
                "Code",
                guid=guid("code", code.key),
                name=names(code.name),
                isCodable="true" if code.codable else "false",
                color=colour_or_none(code.colour),
            )
            if code.description.strip():
                sub(code_el, ns, "Description", code.description.strip())
            add(code_el, code.key)

    add(parent_el, None)


def _value(parent: Any, kind: VariableType, value: VariableValue) -> None:
    if kind is VariableType.BOOLEAN and isinstance(value, bool):
        _el(parent, "BooleanValue", "true" if value else "false")
    elif kind is VariableType.INTEGER and isinstance(value, int) and not isinstance(value, bool):
        _el(parent, "IntegerValue", str(value))
    elif kind is VariableType.FLOAT and isinstance(value, int | float):
        _el(parent, "FloatValue", format(Decimal(str(value)), "f"))
    elif kind is VariableType.DATETIME and isinstance(value, datetime):
        _el(parent, "DateTimeValue", xsd_datetime(value))
    elif kind is VariableType.DATE and isinstance(value, date) and not isinstance(value, datetime):
        _el(parent, "DateValue", value.isoformat())
    elif kind is VariableType.TEXT and isinstance(value, str):
        _el(parent, "TextValue", value)
    else:
        raise ValueError(f"a {type(value).__name__} value for a {kind} variable")


class _Builder:
    def __init__(self, project: Project) -> None:
        self.project = project
        self.guid = GuidMaker(project.project_id)
        self.users = {u.key for u in project.users}
        self.codes = {c.key for c in project.codes}
        self.variables = {v.key: v for v in project.variables}
        self.sources = {s.key for s in project.sources}
        self.selections: set[str] = set()
        self.files: list[SourceFile] = []
        self.selection_count = 0
        self.coding_count = 0
        self.note_refs: dict[str | None, list[str]] = {}
        for note in project.notes:
            self.note_refs.setdefault(note.target, []).append(self.guid("note", note.key))

    def user(self, key: str | None) -> str | None:
        if key is None:
            return None
        if key not in self.users:
            raise ValueError("a user that is not in the project's users")
        return self.guid("user", key)

    def variable_values(self, parent: Any, values: tuple[tuple[str, VariableValue], ...]) -> None:
        for key, value in values:
            variable = self.variables.get(key)
            if variable is None:
                raise ValueError("a value for a variable that is not in the project")
            vv = _el(parent, "VariableValue")
            _el(vv, "VariableRef", targetGUID=self.guid("variable", key))
            _value(vv, variable.type, value)

    def note_refs_for(self, parent: Any, target: str | None) -> None:
        for ref in self.note_refs.get(target, []):
            _el(parent, "NoteRef", targetGUID=ref)

    def build(self) -> Any:
        p = self.project
        if not p.origin.strip():
            raise ValueError("a project needs an origin")
        root = etree.Element(f"{{{NS}}}Project", nsmap={None: NS})
        root.set("name", " ".join(p.name.split()) or "Samtal")
        root.set("origin", p.origin.strip())
        root.set("creationDateTime", xsd_datetime(p.created))
        if p.users:
            users = _el(root, "Users")
            for u in p.users:
                _el(users, "User", guid=self.guid("user", u.key), name=u.name)
        if p.codes:
            add_codes(_el(_el(root, "CodeBook"), "Codes"), NS, p.codes, self.guid)
        if p.variables:
            variables = _el(root, "Variables")
            names = UniqueNames()
            for v in p.variables:
                var_el = _el(
                    variables,
                    "Variable",
                    guid=self.guid("variable", v.key),
                    name=names(v.name),
                    typeOfVariable=str(v.type),
                )
                if v.description.strip():
                    _el(var_el, "Description", v.description.strip())
        if p.cases:
            self.add_cases(_el(root, "Cases"))
        if p.sources:
            sources = _el(root, "Sources")
            names = UniqueNames()
            for source in p.sources:
                self.add_source(sources, source, names(source.name))
        if p.notes:
            self.add_notes(_el(root, "Notes"))
        if p.sets:
            self.add_sets(_el(root, "Sets"))
        if p.description.strip():
            _el(root, "Description", p.description.strip())
        self.note_refs_for(root, None)
        return root

    def add_cases(self, cases: Any) -> None:
        names = UniqueNames()
        for case in self.project.cases:
            case_el = _el(cases, "Case", guid=self.guid("case", case.key), name=names(case.name))
            if case.description.strip():
                _el(case_el, "Description", case.description.strip())
            self.variable_values(case_el, case.variables)
            for key in case.sources:
                if key not in self.sources:
                    raise ValueError("a case refers to a source that is not in the project")
                _el(case_el, "SourceRef", targetGUID=self.guid("source", key))

    def add_source(self, parent: Any, source: Source, name: str) -> None:
        guid = self.guid("source", source.key)
        text: NormalisedText = normalise(source.text)
        self.files.append(SourceFile(f"{guid}.txt", text.text))
        el = _el(
            parent,
            "TextSource",
            guid=guid,
            name=name,
            plainTextPath=f"internal://{guid}.txt",
            creatingUser=self.user(source.user),
            creationDateTime=_when(source.created),
        )
        if source.description.strip():
            _el(el, "Description", source.description.strip())
        for selection in source.selections:
            if selection.key in self.selections:
                raise ValueError("two selections share a key")
            self.selections.add(selection.key)
            if not 0 <= selection.start < selection.end <= len(source.text):
                raise ValueError("a selection outside its source text, or empty")
            start, end = text.start(selection.start), text.end(selection.end)
            sel = _el(
                el,
                "PlainTextSelection",
                guid=self.guid("selection", selection.key),
                name=text.text[start:end],
                startPosition=str(start),
                endPosition=str(end),
                creatingUser=self.user(selection.user),
                creationDateTime=_when(selection.created),
            )
            self.selection_count += 1
            if selection.description.strip():
                _el(sel, "Description", selection.description.strip())
            for code in dict.fromkeys(selection.codes):
                if code not in self.codes:
                    raise ValueError("a coding with a code that is not in the codebook")
                coding = _el(
                    sel,
                    "Coding",
                    guid=self.guid("coding", f"{selection.key}/{code}"),
                    creatingUser=self.user(selection.user),
                    creationDateTime=_when(selection.created),
                )
                _el(coding, "CodeRef", targetGUID=self.guid("code", code))
                self.coding_count += 1
            self.note_refs_for(sel, selection.key)
        self.note_refs_for(el, source.key)
        self.variable_values(el, source.variables)

    def add_notes(self, notes: Any) -> None:
        names = UniqueNames()
        for note in self.project.notes:
            if note.target is not None and note.target not in self.sources | self.selections:
                raise ValueError("a note about something that is not in the project")
            guid = self.guid("note", note.key)
            self.files.append(SourceFile(f"{guid}.txt", normalise(note.text).text))
            _el(
                notes,
                "Note",
                guid=guid,
                name=names(note.name),
                plainTextPath=f"internal://{guid}.txt",
                creatingUser=self.user(note.user),
                creationDateTime=xsd_datetime(note.created),
            )

    def add_sets(self, sets: Any) -> None:
        names = UniqueNames()
        for s in self.project.sets:
            set_el = _el(sets, "Set", guid=self.guid("set", s.key), name=names(s.name))
            if s.description.strip():
                _el(set_el, "Description", s.description.strip())
            for code in s.codes:
                if code not in self.codes:
                    raise ValueError("a set with a code that is not in the codebook")
                _el(set_el, "MemberCode", targetGUID=self.guid("code", code))
            for source in s.sources:
                if source not in self.sources:
                    raise ValueError("a set with a source that is not in the project")
                _el(set_el, "MemberSource", targetGUID=self.guid("source", source))


def build_project(project: Project) -> BuiltProject:
    """The ``<Project>`` element and the files it refers to (validated by the caller)."""
    builder = _Builder(project)
    root = builder.build()
    return BuiltProject(root, tuple(builder.files), builder.selection_count, builder.coding_count)
