"""Runs inside a fresh network namespace (``unshare -n``): discovery over mDNS between two real
processes, where multicast can reach nothing but this namespace's loopback.

Usage: ``unshare -n python -m tests.e2e.colisten_netns FOLDER INTERVIEW_ID OUTBOX``. Prints
``FOUND-AND-PAIRED`` and exits 0 when the co-listener, given only the code, found the host by
its nameplate and paired.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.e2e.colisten_harness import Child


def main() -> int:
    for command in (
        ["ip", "link", "set", "lo", "up"],
        ["ip", "link", "set", "lo", "multicast", "on"],
        ["ip", "route", "add", "224.0.0.0/4", "dev", "lo"],
    ):
        subprocess.run(command, check=True)
    folder, interview_id, outbox = sys.argv[1], sys.argv[2], sys.argv[3]
    home = Path(outbox).parent
    with Child("tests.e2e.colisten_host", folder, interview_id, "127.0.0.1", home=home) as host:
        code = host.expect(r"CODE (\d{9})")[1]
        host.expect("ANNOUNCED")
        with Child("tests.e2e.colisten_peer", outbox, "-", code, home=home) as peer:
            peer.expect("PAIRED")
            host.expect("PAIRED")
            peer.send("LEAVE")
            host.expect("LEFT")
            if peer.wait() != 0:
                return 1
        host.send("END")
        if host.wait() != 0:
            return 1
    print("FOUND-AND-PAIRED", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
