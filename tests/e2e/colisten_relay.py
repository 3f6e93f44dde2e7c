"""Child process: a man in the middle between co-listener and host, on loopback.

Usage: ``python -m tests.e2e.colisten_relay TARGET_PORT CAPTURE_FILE [MODE]``. It forwards
frames both ways and appends every byte it sees to CAPTURE_FILE (the passive listener). MODE:
``flip-c2h`` / ``flip-h2c`` flip one byte in every sealed frame (after the two handshake
frames, and the welcome) larger than 90 bytes in that direction (quotes; question updates),
``replay-c2h`` sends the first such frame twice (once per relay), ``flip-welcome`` changes
the first welcome. Prints ``RELAY port``, ``CONN n``, ``FLIPPED dir``, ``REPLAYED``.
Commands on stdin: ``HOLD c2h|h2c`` (stop forwarding that direction), ``CUT`` (drop every
connection, and what it holds, and forward again).
"""

from __future__ import annotations

import asyncio
import sys

HANDSHAKE_FRAMES = 2
BIG = 90  # a ping, pong or acknowledgement is smaller; a quote or question larger


class Relay:
    def __init__(self, target: int, capture: str, mode: str) -> None:
        self.target = target
        self.capture = open(capture, "ab")  # noqa: SIM115 - open for the relay's life
        self.mode = mode
        self.replayed = False
        self.hold = {"c2h": asyncio.Event(), "h2c": asyncio.Event()}
        for event in self.hold.values():
            event.set()  # set = forwarding
        self.writers: list[asyncio.StreamWriter] = []
        self.count = 0

    async def connection(self, c_reader: asyncio.StreamReader, c_writer: asyncio.StreamWriter):
        self.count += 1
        say(f"CONN {self.count}")
        h_reader, h_writer = await asyncio.open_connection("127.0.0.1", self.target)
        self.writers += [c_writer, h_writer]
        await asyncio.gather(
            self.pump("c2h", c_reader, h_writer),
            self.pump("h2c", h_reader, c_writer),
            return_exceptions=True,
        )
        for w in (c_writer, h_writer):
            w.close()

    async def pump(self, direction: str, reader, writer) -> None:
        index = 0
        try:
            while True:
                header = await reader.readexactly(4)
                body = await reader.readexactly(int.from_bytes(header, "big"))
                self.capture.write(header + body)
                self.capture.flush()
                await self.hold[direction].wait()
                # after the handshake; towards the co-listener, after the welcome too
                first = HANDSHAKE_FRAMES + (direction == "h2c")
                sealed_and_big = index >= first and len(body) > BIG
                if sealed_and_big and self.mode == f"flip-{direction}":
                    middle = len(body) // 2
                    body = body[:middle] + bytes([body[middle] ^ 0x01]) + body[middle + 1 :]
                    say(f"FLIPPED {direction}")
                if self.mode == "flip-welcome" and direction == "h2c" and index == 2:
                    self.mode = ""  # once
                    body = body[:-1] + bytes([body[-1] ^ 0x80])
                    say("FLIPPED welcome")
                writer.write(header + body)
                replay = self.mode == "replay-c2h" and direction == "c2h"
                if sealed_and_big and replay and not self.replayed:
                    self.replayed = True
                    writer.write(header + body)
                    say("REPLAYED")
                await writer.drain()
                index += 1
        finally:
            writer.close()

    def cut(self) -> None:
        for w in self.writers:
            w.transport.abort()
        self.writers.clear()
        for event in self.hold.values():
            event.set()


def say(line: str) -> None:
    print(line, flush=True)


async def main() -> None:
    target, capture = int(sys.argv[1]), sys.argv[2]
    relay = Relay(target, capture, sys.argv[3] if len(sys.argv) > 3 else "")
    server = await asyncio.start_server(relay.connection, "127.0.0.1", 0)
    say(f"RELAY {server.sockets[0].getsockname()[1]}")
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            break
        command, _, arg = line.strip().partition(" ")
        if command == "HOLD":
            relay.hold[arg].clear()
            say(f"HELD {arg}")
        elif command == "CUT":
            relay.cut()
            say("CUT")
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
