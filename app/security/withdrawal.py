"""Withdrawal as one flow that ends in erasure, and removing an interview nobody consented to.

- :func:`withdraw`: the informant takes back their consent. From that moment the interview
  is never exported, searched, shown in analysis views or quote reports
  (:data:`app.interview.consent.WITHDRAWN_SQL`), and the caller offers its erasure at once.
- :func:`withdraw_and_erase`: the same, and the interview is erased in the same step
  (``samtal withdraw P --interview K --erase``, and the GUI when the user confirms).
- :func:`remove_unconsented`: an interview whose consent was declined or never given holds
  no content (the runner needs consent first); it is removed, leaving only a content-free
  deletion-log row.

All erasure goes through :func:`app.security.erasure.erase_interview`; the rolling backups on
this computer are re-made afterwards by the caller that holds the project
(:func:`app.security.backup.erase_in_rolling_backups`).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import InvalidInput
from app.interview.consent import current_consent, withdraw_consent, withdrawn_ids
from app.interview.records import Interview, check_auditor_code, get_interview
from app.security.erasure import Reason, erase_interview
from app.store.database import Database


@dataclass(frozen=True)
class WithdrawalState:
    """What the flow may do with one interview.

    Attributes:
        consented: a consent record exists (withdrawal is possible, or done).
        withdrawn: the newest consent is withdrawn (erasure is what remains).
    """

    interview: Interview
    consented: bool
    withdrawn: bool

    @property
    def removable_without_consent(self) -> bool:
        """Declined or never consented: removed as :data:`Reason.DECLINED`."""
        return not self.consented


def state(db: Database, interview_id: int) -> WithdrawalState:
    consent = current_consent(db, interview_id)
    return WithdrawalState(
        get_interview(db, interview_id),
        consented=consent is not None,
        withdrawn=consent is not None and not consent.active,
    )


def withdraw(db: Database, interview_id: int, auditor_code: str) -> None:
    """Record the withdrawal (idempotent: an already withdrawn consent stays as it was).

    Raises:
        NotFound: no such interview, or it has no consent to withdraw.
        InvalidInput: a bad auditor code.
    """
    check_auditor_code(auditor_code)
    if interview_id in withdrawn_ids(db):
        return
    withdraw_consent(db, interview_id, auditor_code)


def withdraw_and_erase(db: Database, interview_id: int, auditor_code: str) -> str:
    """Record the withdrawal and erase the interview. Returns its participant code."""
    withdraw(db, interview_id, auditor_code)
    return erase_interview(db, interview_id, auditor_code, Reason.WITHDRAWAL)


def erase_withdrawn(db: Database, interview_id: int, auditor_code: str) -> str:
    """Erase an interview whose consent is already withdrawn (the flow's second step).

    Raises:
        InvalidInput: ``interview_not_withdrawn``: nothing was withdrawn (nothing changes).
    """
    if interview_id not in withdrawn_ids(db):
        get_interview(db, interview_id)  # NotFound for an unknown id
        raise InvalidInput("interview_not_withdrawn")
    return erase_interview(db, interview_id, auditor_code, Reason.WITHDRAWAL)


def remove_unconsented(db: Database, interview_id: int, auditor_code: str) -> str:
    """Remove an interview whose consent was declined or never given.

    Raises:
        InvalidInput: ``interview_has_consent``: it has a consent (use withdrawal).
        NotFound: no such interview.
    """
    if state(db, interview_id).consented:
        raise InvalidInput("interview_has_consent")
    return erase_interview(db, interview_id, auditor_code, Reason.DECLINED)
