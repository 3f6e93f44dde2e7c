"""What the informant is given: the receipt with their participant code, and the information
text read to them before consent, both filled in from the project settings (organisation,
contact person, interview length, gift, deletion date).

The information text is a template (``resources/consent/information-*.md`` or the audit's own
text) with placeholders: ``{organisation}``, ``{contact_name}``, ``{contact_phone}``,
``{contact_email}``, ``{minutes}``, ``{gift}``, ``{keep_until}`` and ``{recording}``. A line
whose placeholder has no value is left out (no "Telefon: " without a number, no promise of a
recording while there is none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.audit import AuditInfo, audit_info
from app.interview.codes import spoken
from app.store.database import Database

_PLACEHOLDER = re.compile(r"\{(organisation|contact_name|contact_phone|contact_email|minutes|gift"
                          r"|keep_until|recording)\}")  # fmt: skip


def fill_information(text: str, audit: AuditInfo, *, recording: bool = False) -> str:
    """The information text with the project's settings in it; lines with an empty setting
    are left out. ``recording``: the interview may be recorded (lines with ``{recording}``)."""
    values: dict[str, str | None] = {
        "organisation": audit.organisation.strip() or None,
        "contact_name": audit.contact_name.strip() or None,
        "contact_phone": audit.contact_phone.strip() or None,
        "contact_email": audit.contact_email.strip() or None,
        "minutes": str(audit.planned_minutes) if audit.planned_minutes else None,
        "gift": audit.gift.strip() or None,
        "keep_until": (audit.keep_until or "")[:10] or None,
        "recording": "" if recording else None,
    }
    out: list[str] = []
    for line in text.splitlines():
        names = _PLACEHOLDER.findall(line)
        if any(values[n] is None for n in names):
            continue
        out.append(_PLACEHOLDER.sub(lambda m: values[m.group(1)] or "", line))
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def information_text(
    db: Database, fallback: Callable[[], str], *, recording: bool = False
) -> tuple[str, str]:
    """The audit's information text for informants, filled in, and its version (fallback: the
    template in the UI's language)."""
    audit = audit_info(db)
    text = audit.information_text if audit.information_text.strip() else fallback()
    return fill_information(text, audit, recording=recording), audit.information_version


@dataclass(frozen=True)
class Receipt:
    """The informant's receipt: a title, the code (shown large under its label), then lines."""

    title: str
    code_label: str
    code: str
    lines: tuple[str, ...]
    deletion: str = ""  # the line with the deletion date (shown in bold)

    def text(self) -> str:
        return "\n".join((self.title, "", f"{self.code_label}: {self.code}", *self.lines))


def receipt(code: str, audit: AuditInfo, keep_until: str | None, language: str = "sv") -> Receipt:
    """The receipt for the informant: their code, the audit, the deletion date, whom to contact.

    It carries no name of the informant: they can ask for erasure with the code alone.
    """
    until = (keep_until or "")[:10]
    contact = [p for p in (audit.contact_phone.strip(), audit.contact_email.strip()) if p]
    who = ", ".join(p for p in (audit.contact_name.strip(), audit.organisation.strip()) if p)
    if language == "en":
        lines = [f"Spelled: {spoken(code)}", ""]
        lines.append(f"Audit: {audit.name}")
        if audit.organisation.strip():
            lines.append(f"Carried out by: {audit.organisation.strip()}")
        lines += [
            "",
            "We do not write down your name. Keep this code: with it you can ask us to delete "
            "what you told us, or withdraw your consent, without giving your name.",
        ]
        deletion = f"Everything is deleted no later than {until}." if until else ""
        if deletion:
            lines.append(deletion)
        if who or contact:
            lines += ["", f"Questions, or changed your mind? Contact {who or 'us'}:"]
            lines += contact
            lines.append("Give your participant code.")
        return Receipt(
            "Receipt for your interview", "Your participant code", code, tuple(lines), deletion
        )
    lines = [f"Utläst: {spoken(code)}", ""]
    lines.append(f"Granskning: {audit.name}")
    if audit.organisation.strip():
        lines.append(f"Genomförs av: {audit.organisation.strip()}")
    lines += [
        "",
        "Vi skriver inte upp ditt namn. Spara koden: med den kan du be oss radera det du "
        "berättat, eller ta tillbaka ditt samtycke, utan att uppge ditt namn.",
    ]
    deletion = f"Allt raderas senast {until}." if until else ""
    if deletion:
        lines.append(deletion)
    if who or contact:
        lines += ["", f"Frågor, eller har du ångrat dig? Kontakta {who or 'oss'}:"]
        lines += contact
        lines.append("Uppge din deltagarkod.")
    return Receipt("Kvitto på din intervju", "Din deltagarkod", code, tuple(lines), deletion)


def receipt_text(code: str, audit: AuditInfo, keep_until: str | None, language: str = "sv") -> str:
    """The receipt as plain text (shown in the new-interview dialog, read out)."""
    return receipt(code, audit, keep_until, language).text()
