"""Themes in packages: matched by their path of names; new ones created or mapped.

Matching ignores case and spacing ("respekt " is "Respekt"). ``theme_map`` maps an incoming
path (``"Bemötande"`` or ``"Respekt/Bemötande"``) onto an existing local theme id, so an
analyst can fold another laptop's theme into their own codebook on import.
"""

from __future__ import annotations

from app.analysis.themes import add_theme
from app.store.database import Database
from app.team import validate

DEFAULT_COLOUR = "#7f8c8d"


def fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def path_key(path: list[str]) -> str:
    return "/".join(fold(p) for p in path)


def path_text(path: list[str]) -> str:
    return " / ".join(" ".join(p.split()) for p in path)


class ThemeResolver:
    def __init__(self, db: Database, theme_map: dict[str, int] | None = None) -> None:
        self.db = db
        self.added: list[str] = []
        self._details: dict[str, tuple[str, str]] = {}
        self._map = {path_key(k.split("/")): v for k, v in (theme_map or {}).items()}
        self._reload()

    def _reload(self) -> None:
        rows = {
            int(r[0]): (str(r[1]), None if r[2] is None else int(r[2]))
            for r in self.db.query("SELECT id, name, parent_id FROM theme ORDER BY id")
        }
        self.paths: dict[int, list[str]] = {}
        for theme_id in rows:
            chain: list[str] = []
            current: int | None = theme_id
            seen: set[int] = set()
            while current is not None and current in rows and current not in seen:
                seen.add(current)
                name, parent = rows[current]
                chain.insert(0, name)
                current = parent
            self.paths[theme_id] = chain
        self._by_key: dict[str, int] = {}
        for theme_id, chain in sorted(self.paths.items()):
            self._by_key.setdefault(path_key(chain), theme_id)

    def describe(self, path: list[str], description: str, colour: str) -> None:
        """Remember description and colour from a ``theme`` record for a theme made later."""
        self._details[path_key(path)] = (description, colour)

    def local_id(self, path: object) -> int:
        """The local theme for an incoming path: mapped, found, or created (parents first)."""
        chain = validate.path(path)
        key = path_key(chain)
        if key in self._map:
            return self._map[key]
        if key in self._by_key:
            return self._by_key[key]
        parent = self.local_id(chain[:-1]) if len(chain) > 1 else None
        description, colour = self._details.get(key, ("", DEFAULT_COLOUR))
        theme_id = add_theme(
            self.db, " ".join(chain[-1].split()), description[:2000], _colour(colour), parent
        )
        self.added.append(path_text(chain))
        self._reload()
        return theme_id

    def local_path(self, path: object) -> list[str]:
        return self.paths[self.local_id(path)]


def _colour(value: str) -> str:
    text = value.strip()
    if len(text) == 7 and text.startswith("#"):
        try:
            int(text[1:], 16)
            return text.lower()
        except ValueError:
            pass
    return DEFAULT_COLOUR
