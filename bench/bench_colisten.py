"""Live co-listening: a quote mark → stored in the interviewer's project, over loopback.

``python bench/bench_colisten.py [--marks 200]`` prints JSON. The host runs in this process over
a real encrypted project; the co-listener is a real second process (``tests.e2e.colisten_peer``)
told on its stdin to mark one quote at a time. Each latency runs from writing the command to
the co-listener's stdin until the host has committed the quote (its ``QuoteStored`` event):
the co-listener seals it and writes it to its encrypted outbox (fsync), sends it, the host
decrypts and commits it (fsync). Target: p95 < 200 ms.

The floor, measured in the same run on the same disk: a loopback TCP round trip of the same
size, one quote committed straight into the project, and one mark written to an outbox — the
work no design can avoid.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import secrets
import shutil
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.interview.quotes import add_quote  # noqa: E402
from app.store import Project  # noqa: E402
from app.team.live import events as ev  # noqa: E402
from app.team.live.outbox import Outbox  # noqa: E402
from app.team.live.service import HostService  # noqa: E402
from tests.e2e.colisten_harness import PASSPHRASE, Child, make_project  # noqa: E402

TEXT = "hon sa att det tog lång tid innan beskedet kom, och att ingen ringde tillbaka"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def tcp_round_trip_ms(size: int, rounds: int) -> float:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def echo() -> None:
        conn, _ = server.accept()
        with conn:
            while data := conn.recv(65536):
                conn.sendall(data)

    threading.Thread(target=echo, daemon=True).start()
    payload = b"x" * size
    times = []
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for _ in range(rounds):
            t0 = time.perf_counter()
            sock.sendall(payload)
            got = 0
            while got < size:
                got += len(sock.recv(65536))
            times.append((time.perf_counter() - t0) * 1000)
    server.close()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--marks", type=int, default=200)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="samtal-colisten-"))
    home = tmp / "home"
    home.mkdir()
    os.environ["SAMTAL_HOME"] = str(home)
    interview_id, questions = make_project(tmp / "bench.samtal")
    project = Project.open(tmp / "bench.samtal", PASSPHRASE)

    stored: queue.Queue[tuple[int, float]] = queue.Queue()

    def on_event(event: ev.Event) -> None:
        if isinstance(event, ev.QuoteStored):
            stored.put((event.seq, time.perf_counter()))

    service = HostService(project.db, interview_id, on_event, bind="127.0.0.1")
    code = service.start()
    assert code is not None
    service.set_question({"id": questions[0], "text": "första frågan"}, 0, True)
    latencies: list[float] = []
    args_peer = (str(tmp / "outbox"), f"127.0.0.1:{service.port}", code.digits)
    with Child("tests.e2e.colisten_peer", *args_peer, home=home) as peer:
        peer.expect("PAIRED")
        for seq in range(1, args.marks + 1):
            t0 = time.perf_counter()
            peer.send(f"MARK - - {TEXT} {seq}")
            got, t1 = stored.get(timeout=60)
            assert got == seq, (got, seq)
            latencies.append((t1 - t0) * 1000)
        peer.send("LEAVE")
        peer.wait()
    service.end()

    # the floor, same run, same disk
    rtt = tcp_round_trip_ms(600, 200)
    commit_ms = []
    for i in range(50):
        t0 = time.perf_counter()
        add_quote(project.db, interview_id, f"{TEXT} golv {i}", question_id=questions[0])
        commit_ms.append((time.perf_counter() - t0) * 1000)
    outbox = Outbox.open(tmp / "floor-outbox")
    outbox.begin_session("127.0.0.1", 1, secrets.token_hex(16), os.urandom(32))
    outbox.set_recipient(str(service.host.identity.to_public()))
    outbox_ms = []
    for i in range(50):
        t0 = time.perf_counter()
        outbox.add({"text": f"{TEXT} {i}"})
        outbox_ms.append((time.perf_counter() - t0) * 1000)
    outbox.erase()
    project.close()
    shutil.rmtree(tmp, ignore_errors=True)
    floor = rtt + statistics.median(commit_ms) + statistics.median(outbox_ms)
    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
    print(
        json.dumps(
            {
                "marks": len(latencies),
                "mark_to_stored_p50_ms": round(p50, 2),
                "mark_to_stored_p95_ms": round(p95, 2),
                "mark_to_stored_max_ms": round(max(latencies), 2),
                "target_p95_ms": 200,
                "floor_ms": round(floor, 2),
                "floor_parts_ms": {
                    "loopback_round_trip": round(rtt, 3),
                    "quote_commit_median": round(statistics.median(commit_ms), 2),
                    "outbox_write_median": round(statistics.median(outbox_ms), 2),
                },
                "p50_over_floor": round(p50 / floor, 2),
                "p95_over_floor": round(p95 / floor, 2),
            },
            indent=2,
        )
    )
    return 0 if p95 < 200 else 1


if __name__ == "__main__":
    sys.exit(main())
