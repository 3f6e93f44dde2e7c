"""The pseudonymise command line, run for real as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx

TEXT = "Hon ringde Anna Svensson på 070-123 45 67.\r\nHans bil är röd, sa handläggaren Johan.\n"
EXPECTED = "Hen ringde xxx på [telefonnummer].\r\nHens bil är röd, sa handläggaren xxx.\n"


def samtal(*args: str, stdin: bytes = b"", cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli.pseudonymise", "pseudonymise", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=60,
        check=False,
    )


def names_file(tmp_path: Path) -> Path:
    path = tmp_path / "namn.txt"
    path.write_text("# intervjuns namn\nAnna Svensson\n\n", encoding="utf-8")
    return path


def test_stdin_to_stdout(tmp_path: Path) -> None:
    r = samtal("--names", str(names_file(tmp_path)), stdin=TEXT.encode(), cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, b"")
    assert r.stdout.decode() == EXPECTED  # \r\n kept: text outside matches is untouched


def test_file_to_file(tmp_path: Path) -> None:
    source, target = tmp_path / "in.txt", tmp_path / "out.txt"
    source.write_bytes(TEXT.encode())
    r = samtal(str(source), "-o", str(target), "--names", str(names_file(tmp_path)), cwd=tmp_path)
    assert (r.returncode, r.stdout, r.stderr) == (0, b"", b"")
    assert target.read_bytes() == EXPECTED.encode()
    assert source.read_bytes() == TEXT.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "namn.txt", "out.txt"]


def test_findings_as_json_lines(tmp_path: Path) -> None:
    r = samtal(
        "--findings", "--names", str(names_file(tmp_path)), stdin=TEXT.encode(), cwd=tmp_path
    )
    assert r.returncode == 0
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [(row["kind"], row["text"], row["replacement"]) for row in rows] == [
        ("pronoun", "Hon", "Hen"),
        ("name", "Anna Svensson", "xxx"),
        ("phone", "070-123 45 67", "[telefonnummer]"),
        ("genitive", "Hans", "Hens"),
        ("name", "Johan", "xxx"),
    ]
    for row in rows:
        assert {
            "kind",
            "start",
            "end",
            "text",
            "replacement",
            "rule",
            "score",
            "needs_review",
        } <= set(row)
        assert TEXT[row["start"] : row["end"]] == row["text"]
    assert [row["needs_review"] for row in rows] == [False, False, False, True, False]
    assert [row["applied"] for row in rows] == [True, True, True, True, True]
    assert rows[-1]["rule"] == "gazetteer_name"  # a common first name: replaced unlisted


def test_missing_input_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    r = samtal(str(tmp_path / "saknas.txt"), "-o", str(target), cwd=tmp_path)
    assert r.returncode != 0
    assert r.stdout == b""
    [line] = r.stderr.decode().splitlines()
    assert "filen finns inte" in line
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_errors_write_nothing_and_never_show_content(tmp_path: Path) -> None:
    secret = "Anna Svensson 850709-9805"
    bad_utf8 = tmp_path / "latin1.txt"
    bad_utf8.write_bytes(secret.encode() + "åäö".encode("latin-1"))
    bad_docx = tmp_path / "trasig.docx"
    bad_docx.write_bytes(secret.encode())
    settings = tmp_path / "inst.json"
    settings.write_text('{"pseudonymise": {"operators": {"pronoun": "han"}}}', encoding="utf-8")
    good = tmp_path / "ok.txt"
    good.write_text(secret, encoding="utf-8")
    before = sorted(tmp_path.iterdir())
    cases = [
        ((str(bad_utf8), "-o", str(tmp_path / "a.txt")), "UTF-8"),
        ((str(bad_docx), "-o", str(tmp_path / "b.docx")), "Word-dokument"),
        ((str(good), "-o", str(tmp_path / "c.txt"), "--settings", str(settings)), "pronoun"),
        ((str(good), "-o", str(tmp_path / "saknas" / "d.txt")), "mappen finns inte"),
        ((str(good), "-o", str(good)), "samma fil"),
        ((str(good), "-o", str(tmp_path / "e.docx")), ".docx"),
        ((str(bad_docx),), "-o"),
    ]
    for args, message in cases:
        r = samtal(*args, cwd=tmp_path)
        assert r.returncode == 1, args
        [line] = r.stderr.decode().splitlines()
        assert message in line
        assert "Anna" not in line and "850709" not in line
        assert r.stdout == b""
    assert sorted(tmp_path.iterdir()) == before
    assert good.read_text(encoding="utf-8") == secret


def test_common_names_are_replaced_without_a_name_list(tmp_path: Path) -> None:
    # issue 13: no --names, and still the common Swedish first names and surnames go, while
    # ordinary capitalised words (sentence starts, agencies, places) stay as they are
    text = (
        "Handläggaren på Försäkringskassan i Sollefteå hette Karin Lindqvist. "
        "Sedan träffade jag Mohammed och Eriksson på Arbetsförmedlingen i Gottsunda.\n"
        "Socialtjänsten ringde. Anna sa att Sverige är bra.\n"
    )
    r = samtal(stdin=text.encode(), cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, b"")
    assert r.stdout.decode() == (
        "Handläggaren på Försäkringskassan i Sollefteå hette xxx. "
        "Sedan träffade jag xxx och xxx på Arbetsförmedlingen i Gottsunda.\n"
        "Socialtjänsten ringde. xxx sa att Sverige är bra.\n"
    )


def test_usage_error(tmp_path: Path) -> None:
    r = samtal("--no-such-option", cwd=tmp_path)
    assert r.returncode == 2


def test_word_document(tmp_path: Path) -> None:
    source, target = tmp_path / "in.docx", tmp_path / "out.docx"
    d = docx.Document()
    d.add_heading("Intervju", level=1)
    d.add_paragraph("Hon sa att Anna Svensson ringde honom.")
    d.save(str(source))
    r = samtal(str(source), "-o", str(target), "--names", str(names_file(tmp_path)), cwd=tmp_path)
    assert (r.returncode, r.stderr) == (0, b"")
    assert [p.text for p in docx.Document(str(target)).paragraphs] == [
        "Intervju",
        "Hen sa att xxx ringde hen.",
    ]
    r = samtal(str(source), "--findings", cwd=tmp_path)
    rows = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [(row["part"], row["paragraph"], row["text"], row["applied"]) for row in rows] == [
        ("/word/document.xml", 1, "Hon", True),
        ("/word/document.xml", 1, "Anna Svensson", True),  # unlisted, but a common name
        ("/word/document.xml", 1, "honom", True),
        # python-docx's template names its part "Title": no Swedish word, so it is flagged
        ("/docProps/app.xml", -1, "Title", False),
    ]


def test_settings_and_marked_edits(tmp_path: Path) -> None:
    settings = tmp_path / "inst.json"
    settings.write_text(
        json.dumps({"pseudonymise": {"operators": {"phone": "[tel]"}}}), encoding="utf-8"
    )
    r = samtal("--settings", str(settings), "--mark-edits", stdin=TEXT.encode(), cwd=tmp_path)
    assert r.returncode == 0
    assert r.stdout.decode().startswith("[Hen] ringde xxx på [tel].")
