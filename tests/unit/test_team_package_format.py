"""The package file: age encryption to recipient keys or a passphrase, streamed records,
one-line errors for a newer, damaged, flipped-byte or wrong-key package, no plaintext on disk.
"""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pyrage import x25519

from app.errors import InvalidInput
from app.messages import error_message
from app.store import Project
from app.team import envelope, keys
from app.team.envelope import read_outer_header, read_package, write_package
from app.team.errors import PackageError
from app.team.stream import Record
from tests.conftest import PASSPHRASE

#: Words that stand for notes; none may appear in a package's bytes in any encoding.
CANARY = [
    "Handläggaren sa att hen inte fick något besked",
    "Lisbeth Åkerström",
    "850709-9805",
    "kvällsöppet på fredagar",
]


def records(n: int = 3) -> list[Record]:
    return [
        {"t": "interview", "uid": f"u{i}", "notes": [{"body": " ".join(CANARY) * 20}]}
        for i in range(n)
    ]


def contains(data: bytes, text: str) -> bool:
    return any(text.encode(enc) in data for enc in ("utf-8", "utf-16-le", "utf-16-be", "latin-1"))


def collect(path: Path, **kwargs: object) -> tuple[Record, list[Record]]:
    got: list[Record] = []
    header = read_package(path, got.append, **kwargs)  # type: ignore[arg-type]
    return header, got


@pytest.fixture
def identity() -> x25519.Identity:
    return x25519.Identity.generate()


@pytest.fixture
def key(identity: x25519.Identity) -> str:
    return str(identity.to_public())


def test_round_trip_to_a_recipient_key(tmp_path: Path, identity: x25519.Identity, key: str) -> None:
    dest = tmp_path / "a.samtalpkg"
    size = write_package(
        dest, "interviews", iter(records()), recipients=[key], header={"origin": "p1"}
    )
    assert size == dest.stat().st_size
    header, got = collect(dest, identity=identity)
    assert got == records()
    assert header["kind"] == "interviews" and header["origin"] == "p1"
    assert header["format_version"] == envelope.FORMAT_VERSION
    outer = read_outer_header(dest)
    assert outer.for_key(key) and not outer.has_passphrase
    assert [p.name for p in tmp_path.iterdir()] == ["a.samtalpkg"]  # no temp file left


def test_canary_words_never_in_package_bytes(tmp_path: Path, key: str) -> None:
    dest = tmp_path / "c.samtalpkg"
    write_package(dest, "interviews", iter(records(5)), recipients=[key], passphrase="lösen ord 1")
    data = dest.read_bytes()
    for word in [*CANARY, "Handläggaren", "Åkerström", "notes", "body"]:
        assert not contains(data, word), word


def test_passphrase_fallback(tmp_path: Path, identity: x25519.Identity) -> None:
    dest = tmp_path / "p.samtalpkg"
    write_package(dest, "interviews", iter(records()), passphrase="Hemlig fras ö")
    assert read_outer_header(dest).has_passphrase
    # NFD "ö" opens what NFC "ö" locked
    _, got = collect(dest, passphrase="Hemlig fras o\u0308")
    assert got == records()
    with pytest.raises(PackageError) as wrong:
        collect(dest, passphrase="fel lösenord")
    assert wrong.value.detail == "package_wrong_passphrase"
    with pytest.raises(PackageError) as none:
        collect(dest, identity=identity)
    assert none.value.detail == "package_no_secret"


def test_key_and_passphrase_both_open(tmp_path: Path, identity: x25519.Identity, key: str) -> None:
    dest = tmp_path / "b.samtalpkg"
    write_package(dest, "quotes", iter(records(1)), recipients=[key], passphrase="reserv-lösen")
    assert collect(dest, identity=identity)[1] == records(1)
    assert collect(dest, passphrase="reserv-lösen")[1] == records(1)


def test_wrong_key_is_one_clear_error(tmp_path: Path, key: str) -> None:
    dest = tmp_path / "w.samtalpkg"
    write_package(dest, "interviews", iter(records()), recipients=[key])
    with pytest.raises(PackageError) as exc:
        collect(dest, identity=x25519.Identity.generate())
    assert exc.value.detail == "package_wrong_key"


def test_short_passphrase_and_no_secret_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        write_package(tmp_path / "x.samtalpkg", "interviews", iter([]), passphrase="kort")
    with pytest.raises(PackageError) as exc:
        write_package(tmp_path / "x.samtalpkg", "interviews", iter([]))
    assert exc.value.detail == "package_no_secret"
    with pytest.raises(PackageError) as bad:
        write_package(tmp_path / "x.samtalpkg", "interviews", iter([]), recipients=["age1nope"])
    assert bad.value.detail == "recipient_key"
    assert list(tmp_path.iterdir()) == []


def test_newer_format_refused(tmp_path: Path, identity: x25519.Identity, key: str) -> None:
    dest = tmp_path / "n.samtalpkg"
    write_package(dest, "interviews", iter(records()), recipients=[key])
    data = dest.read_bytes()
    ours, next_one = envelope.FORMAT_VERSION, envelope.FORMAT_VERSION + 1
    newer = data.replace(b'{"format_version":%d,' % ours, b'{"format_version":%d,' % next_one, 1)
    assert newer != data
    dest.write_bytes(newer)
    with pytest.raises(PackageError) as exc:
        collect(dest, identity=identity)
    assert exc.value.detail == "package_newer" and exc.value.params["version"] == next_one
    assert "\n" not in error_message(exc.value) and "nyare" in error_message(exc.value)


def test_each_kind_is_written_in_its_own_version(
    tmp_path: Path, identity: x25519.Identity, key: str
) -> None:
    """Interviews packages are format 2 (background variables); the co-listener's kinds did
    not change and stay format 1, so a co-listener's older Samtal still opens them."""
    assert envelope.KIND_VERSIONS == {"interviews": 2, "colistener": 1, "quotes": 1}
    for kind, version in envelope.KIND_VERSIONS.items():
        dest = tmp_path / f"{kind}.samtalpkg"
        write_package(dest, kind, iter(records(1)), recipients=[key])
        assert read_outer_header(dest).format_version == version
        header, got = collect(dest, identity=identity)
        assert header["format_version"] == version and got == records(1)


def test_an_older_samtal_says_newer_in_one_line(
    tmp_path: Path, identity: x25519.Identity, key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader of a format-1 Samtal (the same code with FORMAT_VERSION 1) meets a format-2
    interviews package: "made by a newer version, update", one line, nothing read."""
    dest = tmp_path / "v2.samtalpkg"
    write_package(dest, "interviews", iter(records()), recipients=[key])
    quotes = tmp_path / "quotes.samtalpkg"
    write_package(quotes, "quotes", iter(records(1)), recipients=[key])
    monkeypatch.setattr(envelope, "FORMAT_VERSION", 1)
    got: list[Record] = []
    with pytest.raises(PackageError) as exc:
        read_package(dest, got.append, identity=identity)
    assert exc.value.detail == "package_newer" and exc.value.params["version"] == 2
    assert got == []
    for language in ("sv", "en"):
        text = error_message(exc.value, language)
        assert "\n" not in text and ("nyare" in text or "newer" in text), text
    assert collect(quotes, identity=identity)[1] == records(1)  # unchanged kinds still open


def test_not_a_package(tmp_path: Path, identity: x25519.Identity) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("inte ett paket\n", encoding="utf-8")
    for path in (other, tmp_path / "missing.samtalpkg", tmp_path):
        with pytest.raises(PackageError) as exc:
            collect(path, identity=identity)
        assert exc.value.detail == "not_a_package"


def test_every_flipped_byte_is_rejected(
    tmp_path: Path, identity: x25519.Identity, key: str
) -> None:
    """Magic, plain header, age header, payload, last byte: each flip fails, in one line."""
    dest = tmp_path / "f.samtalpkg"
    write_package(dest, "interviews", iter(records(2)), recipients=[key])
    good = dest.read_bytes()
    rng = random.Random(16)
    header_end = good.index(b"\n", len(envelope.MAGIC)) + 1
    positions = {0, len(envelope.MAGIC) + 3, header_end - 2, header_end + 5, len(good) - 1}
    positions |= set(range(header_end, min(len(good), header_end + 200), 7))
    positions |= {rng.randrange(len(good)) for _ in range(60)}
    for pos in sorted(positions):
        for bit in (0x01, 0x80):
            bad = bytearray(good)
            bad[pos] ^= bit
            dest.write_bytes(bytes(bad))
            got: list[Record] = []
            with pytest.raises(PackageError) as exc:
                read_package(dest, got.append, identity=identity)
            message = str(exc.value)
            assert "\n" not in message, pos
            assert exc.value.detail in {
                "package_damaged",
                "not_a_package",
                "package_newer",
                "package_wrong_key",
            }, (pos, exc.value.detail)


def test_truncated_package_rejected(tmp_path: Path, identity: x25519.Identity, key: str) -> None:
    dest = tmp_path / "t.samtalpkg"
    write_package(dest, "interviews", iter(records(40)), recipients=[key])
    good = dest.read_bytes()
    for cut in (len(good) - 1, len(good) - 17, len(good) // 2, 200):
        dest.write_bytes(good[:cut])
        with pytest.raises(PackageError) as exc:
            collect(dest, identity=identity)
        assert exc.value.detail == "package_damaged", cut


def test_handler_error_propagates_unchanged(
    tmp_path: Path, identity: x25519.Identity, key: str
) -> None:
    dest = tmp_path / "h.samtalpkg"
    write_package(dest, "interviews", iter(records()), recipients=[key])

    class Stop(Exception):
        pass

    def handler(record: Record) -> None:
        raise Stop

    with pytest.raises(Stop):
        read_package(dest, handler, identity=identity)


def test_failing_source_leaves_no_file(tmp_path: Path, key: str) -> None:
    def broken() -> Iterator[Record]:
        yield {"t": "interview", "uid": "x"}
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_package(tmp_path / "x.samtalpkg", "interviews", broken(), recipients=[key])
    assert list(tmp_path.iterdir()) == []


def test_streaming_keeps_memory_flat(tmp_path: Path, identity: x25519.Identity, key: str) -> None:
    """~24 MB of records go through without ever being in memory at once."""
    record_text = "ord " * 60_000  # 240 kB per record

    def many() -> Iterator[Record]:
        for i in range(100):
            yield {"t": "interview", "uid": str(i), "body": record_text + str(i)}

    dest = tmp_path / "big.samtalpkg"
    tracemalloc.start()
    try:
        write_package(dest, "interviews", many(), recipients=[key])
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        count = 0

        def seen(record: Record) -> None:
            nonlocal count
            count += 1

        read_package(dest, seen, identity=identity)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 100
    assert write_peak < 8_000_000, write_peak
    assert read_peak < 8_000_000, read_peak


# -- the project's recipient identity ------------------------------------------------------------
def test_identity_lives_inside_the_encrypted_project(project: Project) -> None:
    key = keys.recipient_key(project.db)
    assert key.startswith("age1") and len(key) == keys.RECIPIENT_LENGTH
    secret = str(keys.project_identity(project.db))
    assert keys.recipient_key(project.db) == key  # made once
    folder, path = project.folder, project.folder
    project.close()
    for file in folder.iterdir():
        data = file.read_bytes()
        assert secret.encode() not in data and secret.lower().encode() not in data
    reopened = Project.open(path, PASSPHRASE)
    try:
        assert keys.recipient_key(reopened.db) == key
    finally:
        reopened.close()


def test_recipient_key_as_pasted(key: str) -> None:
    pasted = f"  {key[:30].upper()}\n{key[30:]} "
    assert keys.normalise_recipient_key(pasted) == key
    assert keys.check_code(pasted) == keys.check_code(key)
    code = keys.check_code(key)
    assert len(code) == 9 and code[4] == "-"
    for bad in ("", "age1", key[:-1], key[:-1] + ("q" if key[-1] != "q" else "p"), "hej"):
        with pytest.raises(PackageError) as exc:
            keys.normalise_recipient_key(bad)
        assert exc.value.detail == "recipient_key"


def test_recipient_qr_is_a_png(key: str) -> None:
    png = keys.recipient_qr_png(key)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 200
