"""Keep the English translation complete:
``python packaging/translations.py [update|fill FILE|release|check]``.

- ``update``: run pyside6-lupdate over ui/ into resources/translations/samtal_en.ts (keeps
  existing translations; obsolete ones are dropped).
- ``fill FILE``: take translations from a JSON object {Swedish source: English} for the
  entries that are still unfinished.
- ``release``: compile the .ts into the .qm the app loads.
- ``check``: exit 1 and list what is missing (used by the test suite).
Source strings are Swedish; the .ts file is the source of truth for English.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "samtal_en.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            _tool("lupdate"),
            *sources(),
            "-no-obsolete",
            "-source-language",
            "sv_SE",
            "-target-language",
            "en_GB",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def unfinished(path: Path = TS) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        text = "".join(translation.itertext()) if translation is not None else ""
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished")
            or (not text and not numerus)
        ):
            missing.append(source)
    return missing


def fill(mapping_file: Path) -> None:
    """A value is the English text, or for a ``%n`` (numerus) string [singular, plural]."""
    mapping: dict[str, str | list[str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if (
            translation is not None
            and translation.get("type") == "unfinished"
            and source in mapping
        ):
            english = mapping[source]
            forms = translation.findall("numerusform")
            if forms and isinstance(english, list):
                for form, text in zip(forms, english, strict=False):
                    form.text = text
            else:
                translation.text = str(english)
            del translation.attrib["type"]
    tree.write(TS, encoding="utf-8", xml_declaration=True)


def release() -> None:
    subprocess.run(
        [_tool("lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True, capture_output=True
    )


def check() -> list[str]:
    """Problems: strings in the code that the .ts lacks, and untranslated entries."""
    problems = [f"untranslated: {s}" for s in unfinished()]
    # lupdate cannot see tr() inside an f-string expression: such text is never translated.
    hidden = re.compile(r"\{(?:self\.)?tr\(")
    for name in sources():
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
            if hidden.search(line):
                problems.append(f"tr() inside an f-string (invisible to lupdate): {name}:{number}")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        in_code = {m.findtext("source") for m in ET.parse(fresh).iter("message")}
    in_ts = {m.findtext("source") for m in ET.parse(TS).iter("message")}
    problems += [f"not in samtal_en.ts (run update): {s}" for s in sorted(in_code - in_ts, key=str)]
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        lupdate(TS)
        print(f"{len(unfinished())} unfinished")
    elif command == "fill":
        fill(Path(argv[1]))
        print(f"{len(unfinished())} unfinished")
    elif command == "release":
        release()
    elif command == "list":
        print(json.dumps({s: "" for s in unfinished()}, ensure_ascii=False, indent=1))
    else:
        problems = check()
        print("\n".join(problems) or "ok")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
