"""Child process: a live co-listener (tests drive it by stdin).

Usage: ``python -m tests.e2e.colisten_peer OUTBOX [HOST:PORT|- CODE]`` (``-``: find the host
over mDNS; without address and code it resumes from the outbox). Prints ``PAIRED`` or
``RESUMED``, ``QUESTION id``, ``QUEUED seq pending``, ``DELIVERED upto pending``, ``REFUSED
seq reason``, ``DISCONNECTED reason``, ``WRONGCODE reason``, ``NOTHOST``, ``ENDED``.
Commands: ``MARK star theme text`` (star ``*`` or ``-``, theme a name or ``-``), ``LEAVE``.
End of stdin stops (the outbox is kept).
Exit status: 0 normally, 3 after a refused code, 4 when the other side was not the host.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from app.team.live import events as ev
from app.team.live.colistener import LiveColistener
from app.team.live.discovery import parse_address
from app.team.live.outbox import Outbox
from app.team.live.pairing_code import PairingCode


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    outbox = Outbox.open(Path(sys.argv[1]))
    address = parse_address(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "-" else None
    code = PairingCode.parse(sys.argv[3]) if len(sys.argv) > 3 else None
    status = {"code": 0}
    done = threading.Event()

    def on_event(e: ev.Event) -> None:
        match e:
            case ev.Welcome(_, resumed):
                say("RESUMED" if resumed else "PAIRED")
            case ev.Question(current, _, _):
                say(f"QUESTION {current['id'] if current else '-'}")
            case ev.Queued(seq, pending):
                say(f"QUEUED {seq} {pending}")
            case ev.Delivered(upto, pending):
                say(f"DELIVERED {upto} {pending}")
            case ev.Refused(seq, reason):
                say(f"REFUSED {seq} {reason}")
            case ev.Disconnected(reason):
                say(f"DISCONNECTED {reason}")
            case ev.WrongCode(reason):
                say(f"WRONGCODE {reason}")
                status["code"] = 3
                done.set()
            case ev.NotTheHost():
                say("NOTHOST")
                status["code"] = 4
                done.set()
            case ev.Ended(_):
                say("ENDED")
                done.set()

    client = LiveColistener(outbox, on_event, address=address, code=code)
    client.start()
    reader = threading.Thread(target=commands, args=(client, done), daemon=True)
    reader.start()
    done.wait()
    client.stop()
    outbox.close()
    return status["code"]


def commands(client: LiveColistener, done: threading.Event) -> None:
    for line in sys.stdin:
        command, _, rest = line.rstrip("\n").partition(" ")
        if command == "MARK":
            star, theme, text = rest.split(" ", 2)
            client.mark(text, star=star == "*", theme=None if theme == "-" else theme)
        elif command == "LEAVE":
            client.leave()
            break
    done.set()


if __name__ == "__main__":
    sys.exit(main())
