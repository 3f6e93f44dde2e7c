"""``samtal export --kind qdpx|qdc`` and ``samtal themes import``, run as real subprocesses."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import pyzipper
from lxml import etree

from tests.unit.refi_helpers import NS, read_qdpx, schema
from tests.unit.test_cli import samtal


@pytest.fixture(scope="module")
def reviewed_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cliq") / "D.samtal"
    assert samtal("demo", folder, "--interviews", "2").returncode == 0
    result = samtal("review", folder, "--all", "--accept-all")
    assert result.returncode == 0, result.stderr
    return folder


def test_export_qdpx_all_then_one_interview(reviewed_demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.qdpx"
    result = samtal("export", reviewed_demo, "--kind", "qdpx", "-o", out)
    assert result.returncode == 0, result.stderr
    assert "inte krypterad" in result.stderr and "2 intervjuer" in result.stdout
    back = read_qdpx(out)
    assert schema("Project.xsd").validate(back.root)
    codes = [s.get("name") for s in back.root.iterfind("q:Sources/q:TextSource", NS)]
    assert len(codes) == 2
    one = tmp_path / "one.qdpx"
    result = samtal("export", reviewed_demo, "--kind", "qdpx", "--interview", codes[1], "-o", one)
    assert result.returncode == 0, result.stderr
    only = read_qdpx(one).root.findall("q:Sources/q:TextSource", NS)
    assert [s.get("name") for s in only] == [codes[1]]
    assert only[0].get("guid") == back.root.findall("q:Sources/q:TextSource", NS)[1].get("guid")


def test_export_qdpx_in_an_encrypted_zip(reviewed_demo: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pw.txt"
    secret.write_text("ett långt lösenord\n", encoding="utf-8")
    out = tmp_path / "audit.zip"
    result = samtal("export", reviewed_demo, "--kind", "qdpx", "--password-file", secret, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "inte krypterad" not in result.stderr
    with pyzipper.AESZipFile(out) as zf:
        inner = zf.read("audit.qdpx", pwd="ett långt lösenord".encode())
    (tmp_path / "inner.qdpx").write_bytes(inner)
    assert zipfile.ZipFile(tmp_path / "inner.qdpx").read("project.qde").startswith(b"<?xml")


def test_codebook_out_and_into_a_new_project(reviewed_demo: Path, tmp_path: Path) -> None:
    qdc = tmp_path / "teman.qdc"
    result = samtal("export", reviewed_demo, "--kind", "qdc", "-o", qdc)
    assert result.returncode == 0, result.stderr
    assert schema("Codebook.xsd").validate(etree.parse(str(qdc)))
    fresh = tmp_path / "Ny.samtal"
    assert samtal("init", fresh).returncode == 0
    result = samtal("themes", "import", fresh, qdc)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("5 teman tillagda, 0 fanns redan")
    result = samtal("themes", "import", fresh, qdc)
    assert result.stdout.startswith("0 teman tillagda, 5 fanns redan")


@pytest.mark.parametrize(
    "args",
    [
        ("export", "{p}", "--kind", "qdpx", "-o", "{t}/x.docx"),
        ("export", "{p}", "--kind", "qdc", "-o", "{t}/x.qdpx"),
        ("export", "{p}", "--kind", "qdpx", "--interview", "NOSUCH", "-o", "{t}/x.qdpx"),
        ("export", "{p}", "--kind", "qdpx", "-o", "{t}/saknas/x.qdpx"),
        ("themes", "import", "{p}", "{t}/bad.qdc"),
        ("themes", "import", "{p}", "{t}/missing.qdc"),
    ],
)
def test_bad_input_one_line_nothing_written(
    reviewed_demo: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    (tmp_path / "bad.qdc").write_text("<CodeBook", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = samtal(*(a.format(p=reviewed_demo, t=tmp_path) for a in args))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before
