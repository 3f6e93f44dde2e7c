"""Live co-listening between real processes on loopback (issue 17).

Host and co-listener are separate Python processes talking TCP through a relay process that
records every byte (the passive listener) and, in some tests, changes or replays frames.
Every wait is for a line on a child's stdout.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.e2e.colisten_harness import Child, make_project, stored_quotes

pytestmark = pytest.mark.slow
HOST, PEER, RELAY = "tests.e2e.colisten_host", "tests.e2e.colisten_peer", "tests.e2e.colisten_relay"


def start_host(tmp_path: Path, home: Path) -> tuple[Child, Path, int, list[int], str, int]:
    folder = tmp_path / "intervju.samtal"
    interview_id, questions = make_project(folder)
    host = Child(HOST, str(folder), str(interview_id), home=home)
    port = int(host.expect(r"LISTENING (\d+)")[1])
    code = host.expect(r"CODE (\d{9})")[1]
    return host, folder, interview_id, questions, code, port


def no_traceback(*children: Child) -> None:
    for child in children:
        assert not any("Traceback" in line for line in child.stderr), child._story("traceback")


def test_pair_follow_fifty_quotes_survive_a_killed_colistener(tmp_path, samtal_home):
    host, folder, interview_id, questions, code, port = start_host(tmp_path, samtal_home)
    capture = tmp_path / "capture.bin"
    canary = "KANARIEFÅGEL-" + secrets.token_hex(6)
    outbox = tmp_path / "outbox"
    expected: list[tuple[str, int | None, bool]] = []
    with host, Child(RELAY, str(port), str(capture), home=samtal_home) as relay:
        relay_port = relay.expect(r"RELAY (\d+)")[1]
        peer = Child(PEER, str(outbox), f"127.0.0.1:{relay_port}", code, home=samtal_home)
        with peer:
            peer.expect("PAIRED")
            host.expect("PAIRED")
            # the interviewer moves three times; the co-listener follows each move
            for q in questions[:3]:
                host.send(f"QUESTION {q}")
                peer.expect(f"QUESTION {q}$")

            def mark(i: int, question: int) -> None:
                text = f"citat {i:02d} {canary} åäö"
                peer.send(f"MARK {'*' if i % 5 == 0 else '-'} - {text}")
                peer.expect(f"QUEUED {i} ")
                expected.append((text, question, i % 5 == 0))

            for i in range(1, 21):  # A: delivered at once
                mark(i, questions[2])
            peer.expect("DELIVERED 20 0")
            host.send(f"QUESTION {questions[3]}")
            peer.expect(f"QUESTION {questions[3]}$")
            relay.send("HOLD h2c")  # B: the host stores, the acknowledgements are lost
            relay.expect("HELD h2c")
            for i in range(21, 31):
                mark(i, questions[3])
            host.expect(r"STORED 30 ")
            relay.send("HOLD c2h")  # C: nothing gets through; marks wait in the outbox
            relay.expect("HELD c2h")
            for i in range(31, 51):
                mark(i, questions[3])
            peer.kill()  # SIGKILL: no goodbye, no flush
        assert "DELIVERED 30" not in " ".join(peer.lines)
        relay.send("CUT")
        relay.expect("CUT")
        host.expect("DISCONNECTED")
        # the restarted co-listener resumes from its outbox alone: no address, no code
        with Child(PEER, str(outbox), home=samtal_home) as again:
            again.expect("RESUMED")
            host.expect("RESUMED")
            again.expect("DELIVERED 50 0")
            again.send("LEAVE")
            host.expect("LEFT")
            assert again.wait() == 0
        host.send("END")
        host.expect("ENDED")
        assert host.wait() == 0
        no_traceback(host, relay)

    stored_lines = [line for line in host.lines if line.startswith("STORED ")]
    assert [int(line.split()[1]) for line in stored_lines] == list(range(1, 51))
    assert stored_quotes(folder, interview_id) == expected  # once each, in order, right question

    # the relay saw every byte: no quote, question or code in any of them
    wire = capture.read_bytes()
    assert len(wire) > 50 * 300
    assert canary.encode() not in wire and canary.encode("utf-16-le") not in wire
    assert b"citat" not in wire and code.encode() not in wire
    with_question = stored_quotes(folder, interview_id)[0][0]
    assert with_question.encode() not in wire


def test_a_killed_host_comes_back_on_its_port_and_the_colistener_resumes(tmp_path, samtal_home):
    host, folder, interview_id, questions, code, port = start_host(tmp_path, samtal_home)
    texts = [f"citat {i:02d} före och efter" for i in range(1, 21)]
    with (
        host,
        Child(PEER, str(tmp_path / "ut"), f"127.0.0.1:{port}", code, home=samtal_home) as peer,
    ):
        peer.expect("PAIRED")
        for i, text in enumerate(texts[:10], 1):
            peer.send(f"MARK - - {text}")
            peer.expect(f"QUEUED {i} ")
        peer.expect("DELIVERED 10 0")
        host.kill()  # SIGKILL: the interviewer's app dies mid-interview
        peer.expect("DISCONNECTED")
        for i, text in enumerate(texts[10:], 11):
            peer.send(f"MARK - - {text}")
            peer.expect(f"QUEUED {i} ")
        with Child(HOST, str(folder), str(interview_id), home=samtal_home) as again:
            assert int(again.expect(r"LISTENING (\d+)")[1]) == port
            again.expect("RESUMED")
            peer.expect("DELIVERED 20 0")
            peer.send("LEAVE")
            again.expect("LEFT")
            again.send("END")
            assert again.wait() == 0
    assert [t for t, _q, _s in stored_quotes(folder, interview_id)] == texts


def test_wrong_code_is_refused_and_nothing_is_sent(tmp_path, samtal_home):
    host, folder, interview_id, questions, code, port = start_host(tmp_path, samtal_home)
    wrong = code[:3] + f"{(int(code[3:]) + 1) % 10**6:06d}"
    with host:
        host.send(f"QUESTION {questions[0]}")
        host.expect("MOVED")
        with Child(
            PEER, str(tmp_path / "outbox"), f"127.0.0.1:{port}", wrong, home=samtal_home
        ) as peer:
            peer.expect("WRONGCODE code")
            assert peer.wait() == 3
        host.expect("FAILED code 2")
        assert not any(line.startswith(("QUESTION", "PAIRED")) for line in peer.lines)
        # the right code still works afterwards (two attempts were left)
        with Child(
            PEER, str(tmp_path / "outbox2"), f"127.0.0.1:{port}", code, home=samtal_home
        ) as ok:
            ok.expect("PAIRED")
            ok.expect(f"QUESTION {questions[0]}$")
            ok.send("LEAVE")
            assert ok.wait() == 0
        host.send("END")
        assert host.wait() == 0
    assert stored_quotes(folder, interview_id) == []
    no_traceback(host, peer)


@pytest.mark.parametrize("mode", ["flip-c2h", "flip-h2c", "replay-c2h", "flip-welcome"])
def test_a_relay_that_changes_bytes_breaks_the_session_cleanly(tmp_path, samtal_home, mode):
    host, folder, interview_id, questions, code, port = start_host(tmp_path, samtal_home)
    with host, Child(RELAY, str(port), str(tmp_path / "cap.bin"), mode, home=samtal_home) as relay:
        relay_port = relay.expect(r"RELAY (\d+)")[1]
        args = (str(tmp_path / "outbox"), f"127.0.0.1:{relay_port}", code)
        with Child(PEER, *args, home=samtal_home) as peer:
            host.expect("PAIRED")
            if mode == "flip-welcome":  # paired, but the first sealed frame was changed
                relay.expect("FLIPPED welcome")
                peer.expect("DISCONNECTED tamper")
                peer.expect("RESUMED")  # the pairing was kept: no new code needed
                host.expect("RESUMED")
            else:
                peer.expect("PAIRED")
            if mode == "flip-c2h":
                peer.send("MARK - - ett citat som inte kommer fram")
                relay.expect("FLIPPED c2h")
                host.expect("TAMPER")
                peer.expect("DISCONNECTED")
                # it resumes and tries again; the relay changes every try, so nothing lands
                relay.expect("FLIPPED c2h")
                host.expect("TAMPER")
            elif mode == "flip-h2c":
                host.send(f"QUESTION {questions[0]}")
                relay.expect("FLIPPED h2c")
                peer.expect("DISCONNECTED tamper")
                peer.expect("RESUMED")
            elif mode == "flip-welcome":
                peer.send("MARK - - efter en ändrad välkomsthälsning")
                host.expect("STORED 1 ")
                peer.expect("DELIVERED 1 0")
            else:
                peer.send("MARK - - ett citat som skickas två gånger")
                relay.expect("REPLAYED")
                host.expect("STORED 1 ")
                host.expect("TAMPER")  # the copy: its counter is already used
                peer.expect("RESUMED")
                peer.send("MARK - - nästa citat")
                host.expect("STORED 2 ")
                peer.expect("DELIVERED 2 0")
            peer.close_stdin()
        host.send("END")
        assert host.wait() == 0
    quotes = [text for text, _q, _s in stored_quotes(folder, interview_id)]
    if mode == "flip-c2h":
        assert quotes == []
        assert not any(line.startswith("STORED") for line in host.lines)
    elif mode == "flip-welcome":
        assert quotes == ["efter en ändrad välkomsthälsning"]
    elif mode == "replay-c2h":
        assert quotes == ["ett citat som skickas två gånger", "nästa citat"]
    no_traceback(host, peer, relay)


def _can_make_netns() -> bool:
    if not (shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_make_netns(), reason="needs unshare -n (root) and ip")
def test_the_colistener_finds_the_host_by_the_code_over_mdns(tmp_path, samtal_home):
    """In a private network namespace, so multicast never leaves this test."""
    folder = tmp_path / "intervju.samtal"
    interview_id, _questions = make_project(folder)
    with Child(
        "tests.e2e.colisten_netns",
        str(folder),
        str(interview_id),
        str(tmp_path / "outbox"),
        home=samtal_home,
        wrap=["unshare", "-n"],
    ) as netns:
        netns.expect("FOUND-AND-PAIRED")
        assert netns.wait() == 0
