"""Child process: a live co-listening host over a real project (tests drive it by stdin).

Usage: ``python -m tests.e2e.colisten_host FOLDER INTERVIEW_ID [ANNOUNCE_ADDRESS]``;
passphrase from ``SAMTAL_PASSPHRASE``. With an address it also announces itself over mDNS
(only ever run that inside a private network namespace) and prints ``ANNOUNCED``.
Prints ``LISTENING port``, ``CODE digits``, then one line per event (``PAIRED``, ``RESUMED``,
``STORED seq quote_id question_id``, ``FAILED reason left``, ``TAMPER``, ``PROTOCOL``,
``DISCONNECTED``, ``LEFT``, ``REFUSED seq reason``, ``BURNED``). Commands on stdin:
``QUESTION id`` (the interviewer moves there), ``CODE`` (a new code), ``END`` (end the
session and exit). End of stdin also ends.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from app.guide.repository import load_guide
from app.interview.records import get_interview
from app.store import Project
from app.team.live import events as ev
from app.team.live.follow import live_briefing, question_payload
from app.team.live.service import HostService


def say(line: str) -> None:
    print(line, flush=True)


def describe(e: ev.Event) -> str | None:
    match e:
        case ev.Listening(port):
            return f"LISTENING {port}"
        case ev.CodeOffered(code, _):
            return f"CODE {code.digits}"
        case ev.PeerPaired(_):
            return "PAIRED"
        case ev.PeerResumed(_):
            return "RESUMED"
        case ev.QuoteStored(_, seq, quote_id, question_id):
            return f"STORED {seq} {quote_id} {question_id}"
        case ev.QuoteRefused(_, seq, reason):
            return f"REFUSED {seq} {reason}"
        case ev.AttemptFailed(reason, left):
            return f"FAILED {reason} {left}"
        case ev.CodeBurned():
            return "BURNED"
        case ev.Tampered(_):
            return "TAMPER"
        case ev.PeerBrokeProtocol(_):
            return "PROTOCOL"
        case ev.PeerDisconnected(_):
            return "DISCONNECTED"
        case ev.PeerLeft(_):
            return "LEFT"
    return None


def question(project: Project, interview_id: int, question_id: int) -> dict[str, Any] | None:
    guide = load_guide(project.db, get_interview(project.db, interview_id).guide_version_id or 0)
    return question_payload(guide, guide.question_by_id(question_id))


def main() -> int:
    folder, interview_id = sys.argv[1], int(sys.argv[2])
    project = Project.open(folder, os.environ["SAMTAL_PASSPHRASE"])

    def on_event(e: ev.Event) -> None:
        line = describe(e)
        if line:
            say(line)

    announce = len(sys.argv) > 3
    bind = sys.argv[3] if announce else "127.0.0.1"
    host = HostService(
        project.db,
        interview_id,
        on_event,
        info=live_briefing(project.db, interview_id),
        bind=bind,
        announce=announce,
        created_by="CD",
    )
    host.start()
    if announce:
        while host.announced is None:
            time.sleep(0.05)  # polling a flag that the announcer's thread sets
        say("ANNOUNCED" if host.announced else "NOT-ANNOUNCED")
    clock = 0
    try:
        for line in sys.stdin:
            command, _, arg = line.strip().partition(" ")
            if command == "QUESTION":
                clock += 60_000
                host.set_question(question(project, interview_id, int(arg)), clock, True)
                say(f"MOVED {arg}")
            elif command == "CODE":
                host.offer_code()
            elif command == "END":
                break
    finally:
        host.end()
        project.close()
        say("ENDED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
