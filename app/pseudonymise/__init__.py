"""Swedish pseudonymisation: han/hon → hen, names → xxx, identifiers → [personnummer], ...

The rules are in ``PSEUDONYMISATION.md``. Typical use::

    findings = analyse(text, names=["Anna Svensson"])      # for a review view
    clean = apply(text, findings, decisions)                # decisions: {fingerprint: bool}
    clean = pseudonymise(text, names=["Anna Svensson"])    # automatic findings only

No Qt here; the review view builds on :class:`Finding` and :attr:`Finding.fingerprint`.
"""

from app.pseudonymise.engine import Pseudonymiser, analyse, apply, pseudonymise
from app.pseudonymise.model import Finding, Kind, Mode, Operators, Settings

__all__ = [
    "Finding",
    "Kind",
    "Mode",
    "Operators",
    "Pseudonymiser",
    "Settings",
    "analyse",
    "apply",
    "pseudonymise",
]
