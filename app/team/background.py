"""Background variables in packages: matched by name, categories by label, nothing dropped.

An interviews package (format 2) carries the definitions of the background variables its
interviews use (``background`` records: ``ref``, ``label``, ``categories``) and each
interview's categories by ``ref``. On import (rules: ``docs/package-format.md``):

- a variable is matched by its name (case and spacing ignored); one not here is added with
  the package's categories;
- a category is matched by its label (case and spacing ignored) within the matched variable;
  one not here is added to the variable when an interview uses it, or mapped onto one of
  the variable's own categories the user chooses (``category_map``), as themes are;
- a category that cannot be added (the variable would get more than
  :data:`~app.interview.background.MAX_CATEGORIES`) is listed and the import is refused
  until it is mapped: an interview's category is never silently dropped.

Only coarse categories can arrive: a definition is checked with the same rules as one made
in the window (no free text, no exact ages), else the package is damaged.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput
from app.interview.background import (
    MAX_CATEGORIES,
    BackgroundVariable,
    check_categories,
    check_label,
    define_variable,
    list_variables,
    update_variable,
)
from app.store.database import Database
from app.team import validate
from app.team.sync import CONFLICT, TAKE
from app.team.themes import fold

if TYPE_CHECKING:
    from app.team.merge_interview import _Merge


@dataclass
class CategoryNote:
    """A category of the package that the project's variable did not have (content-free:
    a project's definitions, never an interview's)."""

    variable: str  # the package's variable name (= the local variable's, matched by name)
    category: str  # the package's category label
    placed: bool = True  # False: no room for it; map it, or the import is refused


@dataclass(frozen=True)
class _Incoming:
    label: str
    categories: tuple[str, ...]


def local_categories(db: Database, variable: str) -> tuple[str, ...]:
    """The categories of the project's variable a package's ``variable`` name matches."""
    found = next((v for v in list_variables(db) if fold(v.label) == fold(variable)), None)
    return () if found is None else found.categories


def map_key(variable: str, category: str) -> tuple[str, str]:
    """The key of ``category_map``: a package's variable name and category, folded."""
    return fold(variable), fold(category)


class BackgroundResolver:
    """The package's variables and categories, resolved to the project's (lazily, on use)."""

    def __init__(self, db: Database, category_map: Mapping[tuple[str, str], str] | None) -> None:
        self.db = db
        self._map = {map_key(*k): v for k, v in (category_map or {}).items()}
        self._incoming: dict[str, _Incoming] = {}
        self._local: dict[str, str] = {}  # ref → local variable key
        self._vars: dict[str, BackgroundVariable] | None = None  # local, by key (read once)
        self.variables_added: list[str] = []
        self.categories: list[CategoryNote] = []

    def define(self, record: dict[str, object]) -> None:
        """A ``background`` record: check it and remember it (nothing is written yet)."""
        ref = validate.text(record, "ref", limit=20)
        raw = record.get("categories")
        if ref in self._incoming or not isinstance(raw, list):
            raise validate.bad()
        if not all(isinstance(c, str) for c in raw):
            raise validate.bad()
        try:
            label = check_label(validate.text(record, "label", limit=200))
            categories = check_categories(raw)
        except InvalidInput:
            raise validate.bad() from None
        if len(categories) != len(raw):  # blank entries: not how Samtal writes one
            raise validate.bad()
        self._incoming[ref] = _Incoming(label, categories)

    def _variables(self) -> dict[str, BackgroundVariable]:
        if self._vars is None:
            self._vars = {v.key: v for v in list_variables(self.db)}
        return self._vars

    def _find(self, label: str) -> BackgroundVariable | None:
        return next((v for v in self._variables().values() if fold(v.label) == fold(label)), None)

    def variable_key(self, ref: str) -> str:
        """The local variable for a package ref: found by name, or added."""
        if ref in self._local:
            return self._local[ref]
        incoming = self._incoming.get(ref)
        if incoming is None:
            raise validate.bad()
        found = self._find(incoming.label)
        if found is None:
            found = define_variable(self.db, incoming.label, incoming.categories)
            self._variables()[found.key] = found
            self.variables_added.append(incoming.label)
        self._local[ref] = found.key
        return found.key

    def category(self, ref: str, category: object) -> tuple[str, str | None]:
        """The local variable key and category for an interview's ``ref: category``.

        The category is the variable's own (matched by label), the one the user mapped it
        onto, or added to the variable; None when there is no room for it (listed, refused).
        """
        key = self.variable_key(ref)
        incoming = self._incoming[ref]
        if not isinstance(category, str) or fold(category) not in {
            fold(c) for c in incoming.categories
        }:
            raise validate.bad()  # not one of the package's own categories
        variable = self._variables()[key]
        wanted = self._map.get(map_key(incoming.label, category))
        if wanted is not None:
            mapped = next((c for c in variable.categories if fold(c) == fold(wanted)), None)
            if mapped is None:
                raise InvalidInput("category_map_target", variable=variable.label, category=wanted)
            return key, mapped
        own = next((c for c in variable.categories if fold(c) == fold(category)), None)
        if own is not None:
            return key, own
        label = " ".join(category.split())
        if len(variable.categories) >= MAX_CATEGORIES:
            self._note(incoming.label, label, placed=False)
            return key, None
        self._variables()[key] = update_variable(
            self.db, key, variable.label, [*variable.categories, label]
        )
        self._note(incoming.label, label, placed=True)
        return key, label

    def _note(self, variable: str, category: str, placed: bool) -> None:
        if not any(
            map_key(n.variable, n.category) == map_key(variable, category) for n in self.categories
        ):
            self.categories.append(CategoryNote(variable, category, placed))

    @property
    def unplaced(self) -> list[CategoryNote]:
        return [n for n in self.categories if not n.placed]


def merge_background(m: _Merge) -> None:
    """Merge an interview record's categories (one item per variable: ``{"category": …}``
    in the project's own words) against the base, like every other item."""
    raw = m.rec.get("background")
    if raw is None:  # a format-1 package says nothing about them: nothing changes
        return
    if m.ctx.format_version < 2 or not isinstance(raw, dict):
        raise validate.bad()
    ours = {
        f"{m.uid}/{r[0]}": {"category": r[1]}
        for r in m.db.query(
            "SELECT bv.key, ib.category FROM interview_background ib"
            " JOIN background_variable bv ON bv.id = ib.variable_id"
            " WHERE ib.interview_id = ?",
            (m.iid,),
        )
    }
    present: dict[str, dict[str, Any]] = {}
    unplaced: set[str] = set()
    for ref, category in raw.items():
        variable_key, local = m.ctx.background.category(ref, category)
        key = f"{m.uid}/{variable_key}"
        if local is None:
            unplaced.add(key)  # no room for it: listed, and the import is refused
            continue
        theirs = {"category": local}
        if key in present:  # two of their variables are one here: keep the other visibly
            if present[key] != theirs:
                m.conflict("background", key, theirs)
            continue
        present[key] = theirs
        result = m.step("background", key, ours.get(key), theirs)
        if result == TAKE:
            m.db.execute(
                "INSERT INTO interview_background (interview_id, variable_id, category)"
                " SELECT ?, id, ? FROM background_variable WHERE key = ?"
                " ON CONFLICT (interview_id, variable_id) DO UPDATE SET category ="
                " excluded.category",
                (m.iid, local, variable_key),
            )
        elif result == CONFLICT:
            m.conflict("background", key, theirs)
    m.removed(
        "background",
        set(present) | unplaced,
        ours,
        lambda key: m.db.execute(
            "DELETE FROM interview_background WHERE interview_id = ? AND variable_id ="
            " (SELECT id FROM background_variable WHERE key = ?)",
            (m.iid, key[len(m.uid) + 1 :]),
        ),
    )
