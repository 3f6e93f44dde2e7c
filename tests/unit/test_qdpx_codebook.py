"""Themes out as a .qdc and back in: hierarchy, colours and descriptions kept, one copy only."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from app.analysis.themes import add_default_themes, add_theme, list_themes
from app.errors import InvalidInput
from app.export.qdpx_codebook import export_qdc, import_qdc, read_qdc_file
from app.store import Project
from tests.conftest import fast_kdf
from tests.unit.refi_helpers import schema
from tests.unit.test_refi_codebook import OTHER_TOOL


def tree(project: Project) -> list[tuple[str, str, str, str | None]]:
    themes = list_themes(project.db)
    by_id = {t.id: t for t in themes}
    return sorted(
        (
            t.name,
            t.colour,
            t.description,
            by_id[t.parent_id].name if t.parent_id is not None else None,
        )
        for t in themes
    )


def test_themes_round_trip_through_a_qdc_into_another_project(
    project: Project, tmp_path: Path
) -> None:
    ids = add_default_themes(project.db)
    sub = add_theme(project.db, "Särskilda behov", "Under förståelse", "#112233", ids[1])
    add_theme(project.db, "Språk", "", "#abcdef", sub)
    target = tmp_path / "themes.qdc"
    assert export_qdc(project.db, target) == 7
    assert schema("Codebook.xsd").validate(etree.parse(str(target)))
    other = Project.create(tmp_path / "other", "korrekt häst batteri", kdf=fast_kdf())
    try:
        result = import_qdc(other.db, read_qdc_file(target))
        assert (result.added, result.existing) == (7, 0)
        assert tree(other) == tree(project)
        again = import_qdc(other.db, read_qdc_file(target))
        assert (again.added, again.existing) == (0, 7)  # importing twice gives one copy
        assert tree(other) == tree(project)
    finally:
        other.close()


def test_a_codebook_from_another_tool_becomes_themes(project: Project) -> None:
    result = import_qdc(project.db, OTHER_TOOL)
    assert result.added == 5
    assert tree(project) == sorted(
        [
            ("Bemötande", "#7f8c8d", "Kategori", None),
            ("Vänligt", "#00ff00", "", "Bemötande"),
            ("Ovänligt bemötande", "#7f8c8d", "", "Bemötande"),
            ("Ignorerad", "#7f8c8d", "", "Ovänligt bemötande"),
            ("Utan GUID", "#123456", "", None),
        ]
    )


def test_a_bad_file_changes_nothing(project: Project, tmp_path: Path) -> None:
    add_default_themes(project.db)
    before = tree(project)
    bad = tmp_path / "bad.qdc"
    bad.write_bytes(b"<CodeBook")
    with pytest.raises(InvalidInput):
        import_qdc(project.db, read_qdc_file(bad))
    with pytest.raises(InvalidInput):
        read_qdc_file(tmp_path / "missing.qdc")
    assert tree(project) == before
