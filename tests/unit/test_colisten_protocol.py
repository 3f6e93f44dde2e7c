"""The live co-listening protocol's parts: the code, the keys, the sealed frames, the outbox,
the address and QR code (``docs/colisten-protocol.md``). No Qt; real files, real crypto."""

from __future__ import annotations

import os
import stat

import pyrage
import pytest
from pyrage import x25519

from app.team.live.discovery import (
    BadAddress,
    address_uri,
    format_address,
    local_addresses,
    parse_address,
    qr_png,
)
from app.team.live.errors import BadCode, TamperError
from app.team.live.outbox import DB_NAME, KEY_NAME, Outbox
from app.team.live.pairing_code import PairingCode
from app.team.live.secure import (
    MAX_FRAME,
    Exchange,
    Opener,
    Sealer,
    SessionKeys,
    channel_for,
    transcript_hash,
)

CANARY = "KANARIE-i-utkorgen-7f3a"


# -- the code -----------------------------------------------------------------------------
def test_a_code_is_nine_digits_in_three_groups_and_parses_as_people_type_it():
    code = PairingCode.generate()
    assert len(code.digits) == 9 and code.digits.isdigit()
    assert code.text == f"{code.digits[:3]}-{code.digits[3:6]}-{code.digits[6:]}"
    for typed in (code.text, code.digits, " ".join(code.text.split("-")), f" {code.text}\n"):
        assert PairingCode.parse(typed) == code
    assert code.nameplate == code.digits[:3]
    assert code.digits.encode() in code.password()


@pytest.mark.parametrize("typed", ["", "12345678", "1234567890", "123-45a-789", "١٢٣٤٥٦٧٨٩"])
def test_a_code_that_is_not_nine_digits_is_refused(typed):
    with pytest.raises(BadCode):
        PairingCode.parse(typed)


def test_a_code_never_shows_its_secret_digits_in_a_log():
    code = PairingCode("274819035")
    assert "819" not in repr(code) and "035" not in str(code)
    assert "274" in repr(code)


def test_codes_are_random():
    assert len({PairingCode.generate().digits for _ in range(200)}) > 190


# -- the keys -----------------------------------------------------------------------------
def _exchange(code_c: bytes, code_h: bytes) -> tuple[SessionKeys, SessionKeys]:
    colistener, host = Exchange(code_c, host=False), Exchange(code_h, host=True)
    transcript = transcript_hash(b"hello-c" + colistener.message, b"hello-h" + host.message)
    keys_c = SessionKeys.derive(colistener.finish(host.message), transcript)
    keys_h = SessionKeys.derive(host.finish(colistener.message), transcript)
    return keys_c, keys_h


def test_the_same_code_gives_both_sides_the_same_keys_and_proofs():
    keys_c, keys_h = _exchange(b"274819035", b"274819035")
    assert keys_c == keys_h
    assert keys_h.check_colistener(keys_c.colistener_proof())
    assert keys_c.check_host(keys_h.host_proof())
    assert len({keys_c.c2h, keys_c.h2c, keys_c.confirm_c, keys_c.confirm_h, keys_c.resume}) == 5


def test_a_wrong_code_gives_keys_that_fail_confirmation():
    keys_c, keys_h = _exchange(b"274819035", b"274819036")
    assert keys_c.c2h != keys_h.c2h
    assert not keys_h.check_colistener(keys_c.colistener_proof())
    assert not keys_c.check_host(keys_h.host_proof())


def test_each_connection_gets_fresh_keys():
    first, _ = _exchange(b"same", b"same")
    second, _ = _exchange(b"same", b"same")
    assert first.c2h != second.c2h and first.peer != second.peer


# -- the sealed frames --------------------------------------------------------------------
def _pair() -> tuple[tuple[Sealer, Opener], tuple[Sealer, Opener]]:
    keys, _ = _exchange(b"kod", b"kod")
    return channel_for(keys, host=False), channel_for(keys, host=True)


def test_frames_open_in_order_in_the_right_direction():
    (c_send, c_recv), (h_send, h_recv) = _pair()
    frames = [c_send.seal(f"meddelande {i}".encode()) for i in range(3)]
    assert [h_recv.open(f) for f in frames] == [f"meddelande {i}".encode() for i in range(3)]
    assert c_recv.open(h_send.seal(b"svar")) == b"svar"
    assert CANARY.encode() not in c_send.seal(CANARY.encode())


def test_a_flipped_bit_anywhere_in_a_frame_is_caught():
    keys, _ = _exchange(b"kod", b"kod")
    frame = channel_for(keys, host=False)[0].seal(b"ett citat")
    for i in range(len(frame)):
        _, opener = channel_for(keys, host=True)  # a fresh opener: it expects frame 0
        with pytest.raises(TamperError):
            opener.open(frame[:i] + bytes([frame[i] ^ 0x01]) + frame[i + 1 :])
    assert channel_for(keys, host=True)[1].open(frame) == b"ett citat"


def test_replayed_reordered_dropped_and_reflected_frames_are_caught():
    (c_send, c_recv), (h_send, h_recv) = _pair()
    first = c_send.seal(b"1")
    assert h_recv.open(first) == b"1"
    with pytest.raises(TamperError):
        h_recv.open(first)  # replay
    (c_send, c_recv), (h_send, h_recv) = _pair()
    c_send.seal(b"1")  # sent, then lost on the way
    with pytest.raises(TamperError):
        h_recv.open(c_send.seal(b"2"))  # reordered / first one dropped
    (c_send, c_recv), (h_send, h_recv) = _pair()
    with pytest.raises(TamperError):
        c_recv.open(c_send.seal(b"eko"))  # reflected back to its sender


def test_after_one_bad_frame_nothing_more_is_accepted():
    (c_send, _), (_, h_recv) = _pair()
    good = c_send.seal(b"a")
    with pytest.raises(TamperError):
        h_recv.open(good[:-1] + bytes([good[-1] ^ 1]))
    with pytest.raises(TamperError):
        h_recv.open(good)  # even the genuine frame: the channel is broken


def test_a_frame_larger_than_the_limit_is_refused_before_sending():
    from app.team.live.errors import ProtocolError

    (c_send, _), _ = _pair()
    with pytest.raises(ProtocolError):
        c_send.seal(b"x" * MAX_FRAME)


# -- the outbox ---------------------------------------------------------------------------
def _host_key() -> x25519.Identity:
    return x25519.Identity.generate()


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


def test_the_outbox_holds_no_quote_text_and_only_the_host_can_open_a_mark(tmp_path):
    identity = _host_key()
    outbox = Outbox.open(tmp_path / "utkorg")
    outbox.begin_session("127.0.0.1", 4000, "ab" * 16, os.urandom(32))
    outbox.set_recipient(str(identity.to_public()))
    seqs = [outbox.add({"text": f"{CANARY} {i} åäö", "star": False}) for i in range(20)]
    assert seqs == list(range(1, 21))
    on_disk = _all_bytes(tmp_path / "utkorg")
    for form in (CANARY.encode(), CANARY.encode("utf-16-le"), b"\xc3\xa5\xc3\xa4\xc3\xb6"):
        assert form not in on_disk
    sealed = outbox.pending()[0][1]
    assert CANARY.encode() in pyrage.decrypt(sealed, [identity])
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sealed, [_host_key()])
    mode = stat.S_IMODE((tmp_path / "utkorg" / KEY_NAME).stat().st_mode)
    assert os.name == "nt" or mode == 0o600
    outbox.close()


def test_the_outbox_survives_a_reopen_and_forgets_only_what_the_host_stored(tmp_path):
    identity = _host_key()
    outbox = Outbox.open(tmp_path / "utkorg")
    outbox.begin_session("127.0.0.1", 4000, "cd" * 16, b"r" * 32)
    outbox.set_recipient(str(identity.to_public()))
    for i in range(5):
        outbox.add({"text": f"citat {i}"})
    outbox.delivered(2)
    outbox.close()
    again = Outbox.open(tmp_path / "utkorg")
    session = again.session
    assert session is not None and session.peer == "cd" * 16 and session.resume == b"r" * 32
    assert session.delivered_upto == 2 and session.last_seq == 5
    assert [seq for seq, _ in again.pending()] == [3, 4, 5]
    assert [seq for seq, _ in again.pending(after=4)] == [5]
    assert again.add({"text": "nästa"}) == 6  # numbers never repeat
    again.erase()
    assert not (tmp_path / "utkorg").exists()


def test_an_outbox_without_its_key_cannot_be_read(tmp_path):
    from app.errors import DamagedProject

    outbox = Outbox.open(tmp_path / "utkorg")
    outbox.begin_session("h", 1, "ef" * 16, b"s" * 32)
    outbox.close()
    (tmp_path / "utkorg" / KEY_NAME).write_bytes(os.urandom(32))
    from app.store.database import Database
    from app.team.live.outbox import MIGRATIONS

    with pytest.raises(DamagedProject):
        Database.open(tmp_path / "utkorg" / DB_NAME, os.urandom(32), MIGRATIONS)


# -- addresses and the QR code ------------------------------------------------------------
def test_addresses_parse_from_what_people_type_and_from_the_qr_link():
    assert parse_address("192.168.1.20:50123") == ("192.168.1.20", 50123)
    assert parse_address(" 10.0.0.2:7 ") == ("10.0.0.2", 7)
    assert parse_address("samtal-live://172.20.10.3:4444/?n=274") == ("172.20.10.3", 4444)
    assert parse_address(format_address("fe80::1", 80)) == ("fe80::1", 80)
    for bad in ("192.168.1.20", ":80", "host:0", "host:70000", "host:abc", ""):
        with pytest.raises(BadAddress):
            parse_address(bad)


def test_the_qr_code_holds_the_address_and_nameplate_but_not_the_secret_digits():
    code = PairingCode("274819035")
    uri = address_uri("192.168.1.20", 50123, code.nameplate)
    assert "192.168.1.20:50123" in uri and "274" in uri and "819035" not in uri
    png = qr_png("192.168.1.20", 50123, code.nameplate)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 200


def test_local_addresses_are_ipv4_and_never_loopback():
    for address in local_addresses():
        assert not address.startswith("127.") and address.count(".") == 3
