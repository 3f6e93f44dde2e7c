"""What the informant is given: the receipt with their participant code, and the information
text read to them before consent."""

from __future__ import annotations

from collections.abc import Callable

from app.audit import audit_info
from app.interview.codes import spoken
from app.store.database import Database


def receipt_text(code: str, audit_name: str, keep_until: str | None, language: str = "sv") -> str:
    """The text printed or read out for the informant: their code, and how to withdraw.

    It carries no name: the informant can ask for erasure with the code alone.
    """
    if language == "en":
        lines = [
            "Receipt for your interview",
            "",
            f"Your participant code: {code}",
            f"Spelled: {spoken(code)}",
            "",
            f"Audit: {audit_name}",
            "We do not write down your name. Keep this code: with it you can ask us to delete",
            "what you told us, or withdraw your consent, without giving your name.",
        ]
        if keep_until:
            lines.append(f"Everything is deleted no later than {keep_until}.")
        return "\n".join(lines)
    lines = [
        "Kvitto på din intervju",
        "",
        f"Din deltagarkod: {code}",
        f"Utläst: {spoken(code)}",
        "",
        f"Granskning: {audit_name}",
        "Vi skriver inte upp ditt namn. Spara koden: med den kan du be oss radera det du",
        "berättat, eller ta tillbaka ditt samtycke, utan att uppge ditt namn.",
    ]
    if keep_until:
        lines.append(f"Allt raderas senast {keep_until}.")
    return "\n".join(lines)


def information_text(db: Database, fallback: Callable[[], str]) -> tuple[str, str]:
    """The audit's information text for informants and its version (fallback: the template)."""
    audit = audit_info(db)
    text = audit.information_text
    return (text if text.strip() else fallback()), audit.information_version
