"""Numbers as the reports write them: "60 %", "7,4", "–" for hidden, group names."""

from __future__ import annotations

_NOT_SET = {"sv": "Ej angivet", "en": "Not set"}


def percent(share: float | None, language: str = "sv") -> str:
    if share is None:
        return "–"
    text = f"{share * 100:.0f} %"
    return text if language == "en" else text.replace(".", ",")


def number(value: float | None, language: str = "sv") -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


def count_text(count: int | None) -> str:
    return "–" if count is None else str(count)


def group_label(group: str | None, language: str = "sv") -> str:
    """A breakdown group's name; None is the group whose variable was not set."""
    return _NOT_SET.get(language, _NOT_SET["sv"]) if group is None else group
