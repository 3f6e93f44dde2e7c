"""`samtal guide import|export|list` against real encrypted projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide_docx_samples import bracket_docx, seed_docx

from app.cli.main import main
from app.guide.jsonformat import parse_guide
from app.paths import default_guide_path
from app.store import Project

PASSPHRASE = "lösenord-för-test"


@pytest.fixture
def project_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SAMTAL_PASSPHRASE", PASSPHRASE)
    Project.create(tmp_path / "p", PASSPHRASE).close()
    return tmp_path / "p"


def _counts(path: Path) -> tuple[int, int, int]:
    with Project.open(path, PASSPHRASE) as project:
        db = project.db
        return (
            int(db.scalar("SELECT count(*) FROM guide")),
            int(db.scalar("SELECT count(*) FROM guide_version")),
            int(db.scalar("SELECT count(*) FROM question")),
        )


def test_import_docx_then_export(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docx_path = seed_docx(tmp_path / "frågeguide.docx")
    assert main(["guide", "import", str(project_path), str(docx_path)]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == (
        "Importerade ”Frågeguide Socialtjänst -Ekonomiskt bistånd” som guide 1 version 1:"
        " 5 avsnitt, 19 frågor"
    )
    assert err.splitlines()[1] == "varning: rad 41: numreringen hoppar från 5 till 7"
    assert _counts(project_path) == (1, 1, 19)

    assert main(["guide", "export", str(project_path)]) == 0
    out, _ = capsys.readouterr()
    exported = parse_guide(out)
    assert exported.sections[1].questions[-1].follow_ups[1].text == "Hur var överlämningen?"

    target = tmp_path / "ut.json"
    assert main(["guide", "export", str(project_path), "--version", "1", "-o", str(target)]) == 0
    assert parse_guide(target.read_text(encoding="utf-8")).title == exported.title


def test_import_as_new_version_and_list(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["guide", "import", str(project_path), str(default_guide_path())]) == 0
    assert (
        main(
            ["guide", "import", str(project_path), str(bracket_docx(tmp_path / "b.docx")), "--new"]
        )
        == 0
    )
    assert (
        main(
            [
                "guide",
                "import",
                str(project_path),
                str(seed_docx(tmp_path / "a.docx")),
                "--as-version-of",
                "1",
            ]
        )
        == 0
    )
    out, _ = capsys.readouterr()
    assert out.splitlines()[-1].startswith(
        "Importerade ”Frågeguide Socialtjänst -Ekonomiskt bistånd” som guide 1 version 2"
    )
    assert _counts(project_path)[:2] == (2, 3)
    assert main(["guide", "list", str(project_path)]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        "*   1  v2   Frågeguide Socialtjänst -Ekonomiskt bistånd",
        "    2  v1   Intervjuguide – Daglig verksamhet",
    ]
    assert main(["guide", "export", str(project_path), "--guide", "2"]) == 0
    assert parse_guide(capsys.readouterr().out).title == "Intervjuguide – Daglig verksamhet"


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "filen är tom"),
        (b"PK\x03\x04 not really a zip", "filen är inte ett Word-dokument (.docx)"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "äldre Word-dokument (.doc)"),
    ],
)
def test_malformed_import_is_one_line_and_changes_nothing(
    project_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    assert main(["guide", "import", str(project_path), str(default_guide_path())]) == 0
    capsys.readouterr()
    before = _counts(project_path)
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(content)
    assert main(["guide", "import", str(project_path), str(bad)]) == 1
    line = _one_line_error(capsys)
    assert line.startswith("samtal: Fel i frågeguiden: trasig.docx: ")
    assert message in line
    assert _counts(project_path) == before


def test_document_without_questions(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Protokoll från planeringsmötet")
    d.add_paragraph("Vi bestämde att börja intervjuerna i mars.")
    d.save(tmp_path / "protokoll.docx")
    assert main(["guide", "import", str(project_path), str(tmp_path / "protokoll.docx")]) == 1
    assert "hittade inga frågor i dokumentet" in _one_line_error(capsys)
    assert _counts(project_path) == (0, 0, 0)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-version-of", "9"], "Hittades inte: frågeguide 9"),
        (["--new", "--as-version-of", "1"], None),  # argparse: not allowed together
    ],
)
def test_bad_import_options(
    project_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str | None,
) -> None:
    path = str(seed_docx(tmp_path / "a.docx"))
    if message is None:
        with pytest.raises(SystemExit) as info:
            main(["guide", "import", str(project_path), path, *args])
        assert info.value.code == 2
        capsys.readouterr()
    else:
        assert main(["guide", "import", str(project_path), path, *args]) == 1
        assert message in _one_line_error(capsys)
    assert _counts(project_path) == (0, 0, 0)


def test_wrong_passphrase_changes_nothing(
    project_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SAMTAL_PASSPHRASE", "fel lösenord helt enkelt")
    assert main(["guide", "import", str(project_path), str(seed_docx(tmp_path / "a.docx"))]) == 1
    assert "Fel lösenord" in _one_line_error(capsys)
    assert _counts(project_path) == (0, 0, 0)


def test_export_errors(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "export", str(project_path)]) == 1
    assert "Hittades inte: frågeguide" in _one_line_error(capsys)
    assert main(["guide", "import", str(project_path), str(default_guide_path())]) == 0
    capsys.readouterr()
    assert main(["guide", "export", str(project_path), "--version", "3"]) == 1
    assert "Hittades inte: version 3" in _one_line_error(capsys)
