"""Small-group suppression that differencing cannot undo (see ``docs/survey-summaries.md``).

A published table is a set of *items*: each is a count of informants, i.e. a sum of *fine
cells* (informants of group g who gave answer v; for multiple choice also "informants of
group g who answered"). Published together, items are linear equations over the fine cells,
so a hidden item can sometimes be computed from visible ones ("the total minus the visible
cells"). The rule here:

1. **Primary**: every item counting fewer than ``n`` informants is hidden (zero included);
   a group that fewer than ``n`` informants answered is hidden whole.
2. **Complementary**: repeat until nothing is found:
   - along every *line* (a total and the parts it is the sum of: a group's answers, an
     answer across the groups, the answered column, the "instämmer" steps), the hidden parts
     of a visible total must add up to 0 or to at least ``n`` — otherwise the smallest visible
     part is hidden too;
   - no hidden item counting 1 … n-1 may be *determined* by the visible ones (it lies in the
     span of their equations — this finds what chains of lines reveal, which no single line
     shows); when one is, the smallest visible item sharing a line with it is hidden.
3. Breakdowns keep the question's own (overall) pattern as it is: an answer hidden overall is
   hidden in every group, so two breakdowns of the same question, by different variables,
   cannot be combined to compute an overall figure (their only shared numbers are the
   overall ones, already protected).

Derived zeros are allowed: "nobody in the group said no" singles out no one. The span test
is exact linear algebra (modulo a 61-bit prime); bounds such as "no count is negative" are
not used to hide more (the property tests attack the result with them, by brute force).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_P = (1 << 61) - 1  # a Mersenne prime: exact enough for 0/1 systems of a few hundred cells

Var = int


@dataclass(frozen=True)
class Item:
    """One published count: its name, its value and the fine cells it sums."""

    key: tuple[object, ...]
    value: int
    cells: frozenset[Var]
    #: Hide summary items before cells, cells before group totals (lower hides first).
    rank: int = 1


@dataclass
class Line:
    """``total`` is the sum of ``parts`` (all item keys)."""

    total: tuple[object, ...]
    parts: tuple[tuple[object, ...], ...]


@dataclass
class Protection:
    """The items of one table, its lines, and which items are hidden."""

    items: dict[tuple[object, ...], Item]
    lines: list[Line]
    n: int
    #: Items whose visibility was decided elsewhere (a breakdown's overall figures).
    fixed: set[tuple[object, ...]] = field(default_factory=set)
    hidden: set[tuple[object, ...]] = field(default_factory=set)
    #: Groups: the items to hide together when a group is hidden, keyed by its total's key.
    groups: dict[tuple[object, ...], tuple[tuple[object, ...], ...]] = field(default_factory=dict)

    def hide(self, key: tuple[object, ...]) -> bool:
        if key in self.hidden or key in self.fixed:
            return False
        self.hidden.add(key)
        for member in self.groups.get(key, ()):
            if member not in self.fixed:
                self.hidden.add(member)
        return True

    # -- the rule --------------------------------------------------------------------------
    def run(self) -> set[tuple[object, ...]]:
        for key, item in self.items.items():
            if item.value < self.n and key not in self.fixed:
                self.hide(key)
        for _ in range(len(self.items) + 1):
            if not self._fix_one():
                return self.hidden
        raise AssertionError("suppression did not settle")  # cannot happen: each step hides one

    def _fix_one(self) -> bool:
        """Find one disclosure and hide something against it. False when there is none."""
        for line in self.lines:
            if line.total in self.hidden:
                continue
            hidden_parts = [p for p in line.parts if p in self.hidden]
            if not hidden_parts:
                continue
            residual = sum(self.items[p].value for p in hidden_parts)
            if 0 < residual < self.n and self._hide_smallest((line.total, *line.parts), None):
                return True
        if not self.hidden:
            return False
        basis = _Basis()
        hidden_cells = self._hidden_cells()
        for key, item in self.items.items():
            if key not in self.hidden:
                row = {c: 1 for c in item.cells if c in hidden_cells}
                if row:
                    basis.add(row)
        for key in sorted(self.hidden, key=repr):
            item = self.items[key]
            if not 0 < item.value < self.n:
                continue
            if basis.spans({c: 1 for c in item.cells if c in hidden_cells}):
                sharing = [
                    k
                    for line in self.lines
                    if key == line.total or key in line.parts
                    for k in (line.total, *line.parts)
                ]
                if self._hide_smallest(sharing, None):
                    return True
                if self._hide_smallest(list(self.items), None):  # last resort: anything visible
                    return True
        return False

    def _hidden_cells(self) -> set[Var]:
        """Fine cells whose value is not known from the visible items.

        Known: a visible single-cell item, and every cell of the hidden parts of a line whose
        hidden parts add up to 0 (counts are never negative, so each of them is 0).
        """
        known = {
            next(iter(item.cells))
            for key, item in self.items.items()
            if key not in self.hidden and len(item.cells) == 1
        }
        for line in self.lines:
            if line.total in self.hidden:
                continue
            hidden_parts = [p for p in line.parts if p in self.hidden]
            if hidden_parts and not sum(self.items[p].value for p in hidden_parts):
                for p in hidden_parts:
                    known |= self.items[p].cells
        every: set[Var] = set()
        for item in self.items.values():
            every |= item.cells
        return every - known

    def _hide_smallest(
        self, candidates: Iterable[tuple[object, ...]], fallback: tuple[object, ...] | None
    ) -> bool:
        visible = [
            k for k in dict.fromkeys(candidates) if k not in self.hidden and k not in self.fixed
        ]
        visible.sort(key=lambda k: (self.items[k].rank, self.items[k].value, repr(k)))
        for k in visible:
            if self.hide(k):
                return True
        return fallback is not None and self.hide(fallback)


class _Basis:
    """Rows in reduced echelon form over GF(p): does a row lie in their span?"""

    def __init__(self) -> None:
        self.rows: dict[Var, dict[Var, int]] = {}  # pivot → row (pivot coefficient 1)

    def _reduce(self, row: dict[Var, int]) -> dict[Var, int]:
        row = dict(row)
        for pivot in sorted(set(row) & set(self.rows)):
            factor = row.get(pivot, 0)
            if not factor:
                continue
            for var, coeff in self.rows[pivot].items():
                value = (row.get(var, 0) - factor * coeff) % _P
                if value:
                    row[var] = value
                else:
                    row.pop(var, None)
        return row

    def _reduce_full(self, row: dict[Var, int]) -> dict[Var, int]:
        # Reduce repeatedly: a pivot row may bring in variables that are pivots themselves.
        while True:
            reduced = self._reduce(row)
            if not set(reduced) & set(self.rows):
                return reduced
            row = reduced

    def add(self, row: dict[Var, int]) -> None:
        reduced = self._reduce_full(row)
        if not reduced:
            return
        pivot = min(reduced)
        inverse = pow(reduced[pivot], _P - 2, _P)
        reduced = {v: (c * inverse) % _P for v, c in reduced.items()}
        for other in self.rows.values():  # keep the basis reduced: no pivot in another row
            factor = other.get(pivot, 0)
            if factor:
                for var, coeff in reduced.items():
                    value = (other.get(var, 0) - factor * coeff) % _P
                    if value:
                        other[var] = value
                    else:
                        other.pop(var, None)
        self.rows[pivot] = reduced

    def spans(self, row: dict[Var, int]) -> bool:
        return not self._reduce_full(row)


def protect(
    items: Sequence[Item],
    lines: Sequence[Line],
    n: int,
    *,
    groups: dict[tuple[object, ...], tuple[tuple[object, ...], ...]] | None = None,
    fixed_hidden: Iterable[tuple[object, ...]] = (),
    fixed_visible: Iterable[tuple[object, ...]] = (),
    also_hide: Iterable[tuple[object, ...]] = (),
) -> set[tuple[object, ...]]:
    """The keys of the items to hide (see the module docstring).

    Args:
        items: every count the table publishes.
        lines: every "total = sum of parts" relation among them.
        n: the minimum group.
        groups: a group's total key → its other items (hidden together with it).
        fixed_hidden / fixed_visible: items decided elsewhere, never changed here.
        also_hide: items to hide from the start (e.g. a breakdown's cells of an answer
            hidden overall).
    """
    fixed_hidden = set(fixed_hidden)
    state = Protection(
        {i.key: i for i in items},
        list(lines),
        n,
        fixed=fixed_hidden | set(fixed_visible),
        hidden=set(fixed_hidden),
        groups=dict(groups or {}),
    )
    for key in also_hide:
        state.hide(key)
    return state.run()
