"""`samtal search` as a real subprocess (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

from app.analysis import codebook
from app.demo import create_demo
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.unit.test_cli import samtal


def test_search_command(tmp_path: Path) -> None:
    p = Project.create(tmp_path / "s", PASSPHRASE, kdf=fast_kdf())
    create_demo(p.db, interviews=2, words_per_interview=1500)
    respekt = next(t.id for t in codebook.list_themes(p.db) if t.name == "Respekt")
    tagged = p.db.scalar("SELECT quote_id FROM quote_theme WHERE theme_id = ? LIMIT 1", (respekt,))
    p.db.execute("UPDATE quote SET text = 'Hen var tornvakt, säger hen.' WHERE id = ?", (tagged,))
    p.close()

    result = samtal("search", p.folder, "handläg")
    assert result.returncode == 0, result.stderr
    assert "«handläg" in result.stdout and result.stderr == ""
    hits = json.loads(samtal("search", p.folder, "tornvak*", "--json").stdout)
    assert [h["id"] for h in hits] == [tagged] and hits[0]["kind"] == "quote"
    assert hits[0]["snippet"].startswith("Hen var «tornvakt»")
    themed = json.loads(samtal("search", p.folder, "hen", "--theme", "respekt", "--json").stdout)
    assert themed and all(h["kind"] == "quote" for h in themed)
    bad = samtal("search", p.folder, "hen", "--theme", "Finns inte")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "temat" in bad.stderr
    none = samtal("search", p.folder, "zzzyx")
    assert none.returncode == 0 and "Inga träffar" in none.stdout
