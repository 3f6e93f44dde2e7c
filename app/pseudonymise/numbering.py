"""Numbered pseudonyms kept in the project: "Anna Svensson" is "[Person 3]" in every review
and every export.

The engine asks a mapping for a name's number and gives a new name the next one
(``Pseudonymiser(numbering=…)``). :class:`StoredNumbering` is that mapping for one
interview, backed by the ``pseudonym`` table inside the encrypted project: a name on the
project's name list keeps one number across the project; any other name is numbered within
the interview. Numbers are unique across the project, so two people in one interview never
share one. Nothing of it leaves the encrypted database.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, MutableMapping

from app.pseudonymise.listed_names import normalise
from app.store.database import Database
from app.store.project import now_iso


def name_key(name: str) -> str:
    """The key a listed name is numbered under (as the engine forms it)."""
    return normalise(name).casefold()


class StoredNumbering(MutableMapping[str, int]):
    """The numbers of one interview's names (see the module text).

    Args:
        db: The project database.
        interview_id: The interview.
        project_names: The project's name list (their keys are numbered project-wide).
    """

    def __init__(self, db: Database, interview_id: int, project_names: Iterable[str]) -> None:
        self.db = db
        self.interview_id = interview_id
        self._project_keys = {name_key(n) for n in project_names}
        self._project: dict[str, int] = {}
        self._own: dict[str, int] = {}
        for row in db.query(
            "SELECT interview_id, name_key, number FROM pseudonym"
            " WHERE interview_id IS NULL OR interview_id = ?",
            (interview_id,),
        ):
            target = self._own if row["interview_id"] is not None else self._project
            target[row["name_key"]] = int(row["number"])

    def _scope(self, key: str) -> dict[str, int]:
        return self._project if key in self._project_keys else self._own

    def __getitem__(self, key: str) -> int:
        return self._scope(key)[key]

    def __setitem__(self, key: str, number: int) -> None:
        scope = self._scope(key)
        interview_id = None if scope is self._project else self.interview_id
        self.db.execute(
            "INSERT INTO pseudonym (interview_id, name_key, number, created_at)"
            " VALUES (?, ?, ?, ?)",
            (interview_id, key, number, now_iso()),
        )
        scope[key] = number

    def __delitem__(self, key: str) -> None:
        raise TypeError("a pseudonym number is never taken back")

    def __iter__(self) -> Iterator[str]:
        yield from self._project
        yield from self._own

    def __len__(self) -> int:
        return len(self._project) + len(self._own)

    def next_number(self) -> int:
        """The next free number in the whole project."""
        return int(self.db.scalar("SELECT ifnull(max(number), 0) FROM pseudonym")) + 1
