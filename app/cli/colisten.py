"""``samtal colisten host|send``: live co-listening for scripts and tests.

``host`` listens for one interview, prints the code and the address, stores what arrives and
runs until interrupted (Ctrl+C or SIGTERM end the session cleanly). ``send`` pairs with a
code from a file, sends one quote and exits 0 only once the host has stored it.
"""

from __future__ import annotations

import argparse
import signal
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from app.cli.common import EXIT_OK, add_passphrase_options, open_project
from app.errors import InvalidInput


def _say(line: str) -> None:
    print(line, flush=True)


def cmd_host(args: argparse.Namespace) -> int:
    from app.interview.records import find_interview
    from app.team.live import events as ev
    from app.team.live.discovery import format_address
    from app.team.live.follow import live_briefing
    from app.team.live.service import HostService

    stored = [0]
    burned = threading.Event()

    def on_event(event: ev.Event) -> None:
        match event:
            case ev.PeerPaired():
                _say("Medlyssnare ansluten.")
            case ev.PeerResumed():
                _say("Medlyssnare återansluten.")
            case ev.PeerDisconnected():
                _say("Medlyssnaren tappade anslutningen; väntar på att den kommer tillbaka.")
            case ev.PeerLeft():
                _say("Medlyssnaren lämnade.")
            case ev.QuoteStored():
                stored[0] += 1
                _say(f"Citat sparat ({stored[0]}).")
            case ev.QuoteRefused(_, _, reason):
                _say(f"Citat inte sparat ({reason}).")
            case ev.AttemptFailed("code", left):
                _say(f"Någon försökte med fel kod ({left} försök kvar).")
            case ev.AttemptFailed(reason, _):
                _say(f"Någon försökte ansluta och nekades ({reason}).")
            case ev.CodeBurned():
                burned.set()
            case ev.Tampered():
                _say("En anslutning bröts: data hade ändrats på vägen. Inget från den sparades.")

    stop = threading.Event()

    def interrupted(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    with open_project(args) as project:
        interview = find_interview(project.db, args.interview)
        service = HostService(
            project.db,
            interview.id,
            on_event,
            info=live_briefing(project.db, interview.id),
            bind=args.bind,
            port=args.port,
            created_by=interview.co_listener_code,
        )
        previous = signal.signal(signal.SIGTERM, interrupted)
        try:
            code = service.start()
            assert code is not None
            _say(f"Kod: {code.text}")
            for address in service.addresses():
                _say(f"Adress: {format_address(address, service.port)}")
            _say("Koden gäller i 5 minuter, för en medlyssnare. Avsluta med Ctrl+C.")
            while not stop.is_set():
                if burned.wait(0.5):
                    burned.clear()
                    _say(f"Fel kod tre gånger. Ny kod: {service.offer_code().text}")
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            service.end()
        _say(f"Medlyssningen avslutad: {stored[0]} citat sparade.")
    return EXIT_OK


def cmd_send(args: argparse.Namespace) -> int:
    from app.team.live.discovery import parse_address
    from app.team.live.oneshot import send_one
    from app.team.live.pairing_code import PairingCode

    address = parse_address(args.address)
    try:
        code_text = args.code_file.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"--code-file: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InvalidInput("--code-file: UTF-8") from None
    code = PairingCode.parse(code_text)
    if not args.quote.strip():
        raise InvalidInput("quote_empty")
    send_one(address, code, args.quote, star=args.star, theme=args.theme, timeout_s=args.timeout)
    _say("Citatet är sparat hos intervjuaren.")
    return EXIT_OK


def register(sub: Any) -> None:
    p = sub.add_parser("colisten", help="medlyssning live över det lokala nätverket")
    actions = p.add_subparsers(dest="colisten_command", metavar="ÅTGÄRD", required=True)

    host = actions.add_parser("host", help="ta emot en medlyssnares citat till en intervju")
    host.add_argument("project", type=Path, metavar="PROJEKT")
    host.add_argument("--interview", required=True, metavar="KOD", help="deltagarkoden")
    host.add_argument(
        "--bind", default="0.0.0.0", metavar="ADRESS", help="lyssna bara på den här adressen"
    )
    host.add_argument("--port", type=int, default=0, help="port (annars en ledig)")
    add_passphrase_options(host)
    host.set_defaults(func=cmd_host)

    send = actions.add_parser("send", help="skicka ett citat till intervjuarens dator")
    send.add_argument("quote", metavar="CITAT")
    send.add_argument("--address", required=True, metavar="ADRESS:PORT")
    send.add_argument("--code-file", required=True, type=Path, metavar="FIL")
    send.add_argument("--star", action="store_true", help="stjärnmärk citatet")
    send.add_argument("--theme", metavar="TEMA", help="temats namn")
    send.add_argument("--timeout", type=float, default=20.0, metavar="SEKUNDER")
    send.set_defaults(func=cmd_send)
