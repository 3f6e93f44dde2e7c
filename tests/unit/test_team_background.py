"""Background variables travel in packages (format 2): matched by name, categories by label,
a different category set mapped or kept beside visibly, never dropped; format 1 still read."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import demo
from app.guide.repository import add_guide
from app.interview.background import (
    define_variable,
    interview_background,
    list_variables,
    set_background,
)
from app.interview.records import find_interview
from app.messages import error_message
from app.store import Project
from app.team.envelope import write_package
from app.team.errors import PackageError
from app.team.export import RecordBuilder, export_interviews
from app.team.importer import ImportOptions, import_package
from app.team.keys import recipient_key
from app.team.stream import Record
from tests.fixtures.make_package_v1 import INTERVIEWS as V1_INTERVIEWS
from tests.fixtures.make_package_v1 import PACKAGE as V1_PACKAGE
from tests.fixtures.make_package_v1 import PASSPHRASE as V1_PASSPHRASE
from tests.unit.team_helpers import demo_laptop, dump, laptop

AGE = "Åldersgrupp"


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    source = demo_laptop(tmp_path, "laptop", 8, seed=5, words=200)
    analysts = laptop(tmp_path, "analytiker")
    add_guide(analysts.db, demo.demo_guide())
    yield source, analysts
    for p in (source, analysts):
        if not p.closed:
            p.close()


def by_code(project: Project) -> dict[str, dict[str, str]]:
    """Every interview's categories by variable name."""
    db = project.db
    labels = {v.key: v.label for v in list_variables(db)}
    return {
        str(r[1]): {labels[k]: c for k, c in interview_background(db, int(r[0])).items()}
        for r in db.query("SELECT id, participant_code FROM interview")
    }


def package(project: Project, to: Project, path: Path, codes: list[str] | None = None) -> Path:
    export_interviews(project, path, codes, recipients=[recipient_key(to.db)])
    return path


def test_only_the_variables_the_chosen_interviews_use_travel(pair: tuple[Project, ...]) -> None:
    source, _ = pair
    define_variable(source.db, "Boendeform", ["Eget boende", "Annat"])  # nobody has it
    builder = RecordBuilder(source.db)
    ids = [int(r[0]) for r in source.db.query("SELECT id FROM interview ORDER BY id")]
    records = [r for r in builder.preamble(ids) if r["t"] == "background"]
    assert [r["label"] for r in records] == ["Kön", AGE, "Tid med stödet", "Enhet"]
    assert records[1]["categories"] == ["18–29", "30–49", "50–64", "65 eller äldre"]
    interview = builder.interview(ids[0])
    refs = {r["ref"]: r["label"] for r in records}
    named = {refs[ref]: c for ref, c in interview["background"].items()}
    assert named == by_code(source)[interview["code"]]


def test_a_different_category_set_is_mapped_or_kept_beside(
    tmp_path: Path, pair: tuple[Project, ...]
) -> None:
    source, analysts = pair
    # the analysts set the variable up first, with other age bands (and other spelling)
    define_variable(analysts.db, "åldersgrupp ", ["Under 30", "30–64", "65 eller äldre"])
    dest = package(source, analysts, tmp_path / "a.samtalpkg")
    sent = by_code(source)
    used = {bg[AGE] for bg in sent.values() if AGE in bg}
    assert {"18–29", "30–49"} <= used  # (the demo's seed gives both)

    before = dump(analysts)
    preview = import_package(analysts, dest, ImportOptions(dry_run=True))
    assert dump(analysts) == before
    assert sorted(preview.variables_added) == ["Enhet", "Kön", "Tid med stödet"]
    new = {n.category for n in preview.new_categories}
    assert new == used - {"65 eller äldre"}  # matched by label, the rest listed
    assert all(n.variable == AGE and n.placed for n in preview.new_categories)
    assert preview.to_json()["new_categories"][0]["variable"] == AGE

    mapping = {(AGE, "18–29"): "Under 30", ("ÅLDERSGRUPP", "30–49"): "30–64"}
    report = import_package(analysts, dest, ImportOptions(category_map=mapping))
    assert {n.category for n in report.new_categories} == used - {
        "65 eller äldre",
        "18–29",
        "30–49",
    }
    (age,) = [v for v in list_variables(analysts.db) if v.label.strip() == "åldersgrupp"]
    kept = [c for c in ("50–64",) if c in used]
    assert age.categories == ("Under 30", "30–64", "65 eller äldre", *kept)
    folded = {"18–29": "Under 30", "30–49": "30–64"}
    got = by_code(analysts)
    for code, bg in sent.items():
        expected = {("åldersgrupp" if k == AGE else k): folded.get(c, c) for k, c in bg.items()}
        assert got[code] == expected, code
    # the same package again, with or without the mapping: nothing changes
    after = dump(analysts)
    for options in (ImportOptions(category_map=mapping), ImportOptions()):
        assert not import_package(analysts, dest, options).changes_anything
        assert dump(analysts) == after


def test_changed_cleared_and_conflicting_categories(
    tmp_path: Path, pair: tuple[Project, ...]
) -> None:
    source, analysts = pair
    import_package(analysts, package(source, analysts, tmp_path / "1.samtalpkg"))
    keys = {v.label: v.key for v in list_variables(source.db)}
    here = {v.label: v.key for v in list_variables(analysts.db)}
    start = by_code(source)
    # Participant codes and the demo's categories are drawn at random: pick each interview
    # among those that already have the category it changes, or the change is an addition
    # (or nothing) and the outcome depends on the draw.
    picked: list[str] = []
    for label in ("Enhet", "Kön", "Tid med stödet"):
        picked.append(next(c for c in sorted(start) if label in start[c] and c not in picked))
    changed, cleared, both = picked

    def other(project: Project, code: str, label: str) -> str:
        current = by_code(project)[code].get(label)
        (variable,) = [v for v in list_variables(project.db) if v.label == label]
        return next(c for c in variable.categories if c != current)

    unit = other(source, changed, "Enhet")
    set_background(source.db, find_interview(source.db, changed).id, {keys["Enhet"]: unit})
    set_background(source.db, find_interview(source.db, cleared).id, {keys["Kön"]: None})
    theirs = other(source, both, "Tid med stödet")
    set_background(source.db, find_interview(source.db, both).id, {keys["Tid med stödet"]: theirs})
    ours = next(
        c
        for c in ("Kortare än ett år", "1–3 år", "Längre än tre år")
        if c not in (theirs, by_code(analysts)[both]["Tid med stödet"])
    )
    set_background(
        analysts.db, find_interview(analysts.db, both).id, {here["Tid med stödet"]: ours}
    )

    report = import_package(analysts, package(source, analysts, tmp_path / "2.samtalpkg"))
    outcome = {i.code: i for i in report.interviews}
    assert outcome[changed].outcome == "updated" and outcome[changed].changed == 1
    assert outcome[cleared].removed == 1
    assert outcome[both].conflicts == 1
    got = by_code(analysts)
    assert got[changed]["Enhet"] == unit
    assert "Kön" not in got[cleared]
    assert got[both]["Tid med stödet"] == ours  # ours kept, theirs beside it in the list
    (conflict,) = analysts.db.query(
        "SELECT kind, theirs FROM team_conflict WHERE resolved_at IS NULL"
    )
    assert conflict["kind"] == "background" and theirs in conflict["theirs"]


def test_no_room_for_a_category_is_refused_until_mapped(
    tmp_path: Path, pair: tuple[Project, ...]
) -> None:
    source, analysts = pair
    twelve = [f"Grupp {c}" for c in "ABCDEFGHIJKL"]
    define_variable(analysts.db, AGE, twelve)
    dest = package(source, analysts, tmp_path / "a.samtalpkg")
    before = dump(analysts)
    preview = import_package(analysts, dest, ImportOptions(dry_run=True))
    unplaced = sorted(n.category for n in preview.new_categories if not n.placed)
    assert unplaced and preview.changes_anything
    with pytest.raises(PackageError) as exc:
        import_package(analysts, dest)
    assert exc.value.detail == "package_background_full"
    message = error_message(exc.value)
    assert "\n" not in message and "12 kategorier" in message and AGE in message
    assert dump(analysts) == before
    mapping = {(AGE, c): "Grupp A" for c in unplaced}
    report = import_package(analysts, dest, ImportOptions(category_map=mapping))
    assert report.count("new") == 8
    aged = [bg[AGE] for bg in by_code(analysts).values() if AGE in bg]
    assert aged and set(aged) <= set(twelve)


def test_a_mapping_onto_no_category_is_one_line(tmp_path: Path, pair: tuple[Project, ...]) -> None:
    source, analysts = pair
    define_variable(analysts.db, AGE, ["Yngre", "Äldre"])
    dest = package(source, analysts, tmp_path / "a.samtalpkg")
    before = dump(analysts)
    mapping = {(AGE, "18–29"): "Mellan"}
    with pytest.raises(Exception) as exc:
        import_package(analysts, dest, ImportOptions(category_map=mapping))
    assert "Mellan" in error_message(exc.value) and "\n" not in error_message(exc.value)
    assert dump(analysts) == before


def test_hostile_background_is_refused_whole(tmp_path: Path, pair: tuple[Project, ...]) -> None:
    """Only coarse categories can arrive, only a package's own, only in format 2."""
    source, analysts = pair
    key = recipient_key(analysts.db)
    builder = RecordBuilder(source.db)
    ids = [int(r[0]) for r in source.db.query("SELECT id FROM interview ORDER BY id")]
    good = [*builder.preamble(ids), *(builder.interview(i) for i in ids)]
    defs = [n for n, r in enumerate(good) if r["t"] == "background"]
    last = len(good) - 1
    first_ref = good[defs[0]]["ref"]

    def exact_age(r: list[Record]) -> None:
        r[defs[1]]["categories"] = ["34", "35"]

    def free_text(r: list[Record]) -> None:
        r[defs[0]]["categories"].append("Hon berättade om sin son\noch om skolan")

    def not_theirs(r: list[Record]) -> None:
        r[last]["background"][first_ref] = "Något annat"

    def unknown_ref(r: list[Record]) -> None:
        r[last]["background"]["b99"] = "Kvinna"

    def twice(r: list[Record]) -> None:
        r.insert(defs[0], copy.deepcopy(r[defs[0]]))

    header = {"origin": "c" * 32, "seq": 1, "created_at": "2026-01-01T00:00:00+00:00"}
    before = dump(analysts)
    for n, spoil in enumerate((exact_age, free_text, not_theirs, unknown_ref, twice)):
        records = copy.deepcopy(good)
        spoil(records)
        dest = tmp_path / f"bad-{n}.samtalpkg"
        write_package(dest, "interviews", iter(records), recipients=[key], header=header)
        with pytest.raises(PackageError) as exc:
            import_package(analysts, dest)
        assert exc.value.detail == "package_damaged", spoil.__name__
        assert dump(analysts) == before, spoil.__name__
    # format 1 has no background: a package that says 1 and carries it is damaged
    format_2_fields = ("background", "transcript", "audio_deleted")
    no_field = copy.deepcopy(good)
    for r in no_field:
        if r["t"] == "interview":
            for name in format_2_fields:
                del r[name]
    empty_field = [r for r in copy.deepcopy(no_field) if r["t"] != "background"]
    for r in empty_field:
        if r["t"] == "interview":
            r["background"] = {}
    for n, records in enumerate((no_field, empty_field)):  # a record, or a field
        dest = tmp_path / f"v1-{n}.samtalpkg"
        write_package(
            dest, "interviews", iter(records), recipients=[key], header=header, format_version=1
        )
        with pytest.raises(PackageError) as exc:
            import_package(analysts, dest)
        assert exc.value.detail == "package_damaged", n
        assert dump(analysts) == before
    # without either, the same records are a good format-1 package
    plain = [r for r in no_field if r["t"] != "background"]
    dest = tmp_path / "v1-plain.samtalpkg"
    write_package(
        dest, "interviews", iter(plain), recipients=[key], header=header, format_version=1
    )
    assert import_package(analysts, dest).count("new") == len(ids)


def test_a_format_1_package_is_still_read(tmp_path: Path) -> None:
    """Bytes written by the format-1 Samtal (tests/fixtures/make_package_v1.py): imported,
    answers and all, no background (it had none to give); again, nothing changes."""
    assert V1_PACKAGE.read_bytes().split(b"\n")[1].startswith(b'{"format_version":1,')
    analysts = laptop(tmp_path, "analytiker")
    try:
        define_variable(analysts.db, AGE, ["Yngre", "Äldre"])
        options = ImportOptions(passphrase=V1_PASSPHRASE)
        report = import_package(analysts, V1_PACKAGE, options)
        assert report.count("new") == V1_INTERVIEWS
        assert report.variables_added == [] and report.new_categories == []
        assert (
            analysts.db.scalar(
                "SELECT count(DISTINCT interview_id) FROM question_state WHERE answer IS NOT NULL"
            )
            == V1_INTERVIEWS
        )
        assert analysts.db.scalar("SELECT count(*) FROM interview_background") == 0
        # the analysts fill in a category themselves; the old package again removes nothing
        code = report.interviews[0].code
        key = list_variables(analysts.db)[0].key
        set_background(analysts.db, find_interview(analysts.db, code).id, {key: "Äldre"})
        before = dump(analysts)
        assert not import_package(analysts, V1_PACKAGE, options).changes_anything
        assert dump(analysts) == before
    finally:
        analysts.close()
