"""Every rule a finding can carry is explained in plain words (issue 14 item 11): each id the
pseudonymiser's code can put on a finding, and each id ``docs/pseudonymisation.md`` names, has a
sentence of its own in Swedish and English, never the id itself.

The ids are read from the code (not from a hand list): every string that reaches a ``rule``
(an argument or field of that name, an assignment to ``rule``/``x.rule``, or what a function
named ``rule`` returns) in ``app/pseudonymise/``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.pseudonymise.model import Kind
from app.pseudonymise.rules import known_rules, rule_sentence

ROOT = Path(__file__).parents[2]
PACKAGE = ROOT / "app" / "pseudonymise"
DOC = ROOT / "docs" / "pseudonymisation.md"
RULE = "rule"


def _strings(node: ast.expr | None) -> set[str]:
    """The string constants an expression can evaluate to ("a" if x else "b": both)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body) | _strings(node.orelse)
    if isinstance(node, ast.BoolOp):
        return set().union(*(_strings(v) for v in node.values))
    return set()


def _rule_positions(trees: list[ast.Module]) -> dict[str, int]:
    """Callable name -> index of its ``rule`` parameter (self left out), for every function
    and every NamedTuple/dataclass-like class in the package that has one."""
    positions: dict[str, int] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in node.args.posonlyargs + node.args.args]
                if names and names[0] in ("self", "cls"):
                    names = names[1:]
            elif isinstance(node, ast.ClassDef):
                names = [
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
            else:
                continue
            if RULE in names:
                positions[node.name] = names.index(RULE)
    return positions


def _targets(target: ast.expr, value: ast.expr) -> list[tuple[ast.expr, ast.expr]]:
    """Pairs (target, value) of an assignment, tuples unpacked element by element."""
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        return [p for t, v in zip(target.elts, value.elts, strict=False) for p in _targets(t, v)]
    return [(target, value)]


def rules_in_code() -> set[str]:
    paths = [p for p in sorted(PACKAGE.glob("*.py")) if p.name != "rules.py"]  # not the table
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in paths]
    positions = _rule_positions(trees)
    found: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if name in positions and positions[name] < len(node.args):
                    found |= _strings(node.args[positions[name]])
                found |= set().union(*(_strings(k.value) for k in node.keywords if k.arg == RULE))
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    for t, v in _targets(target, node.value):
                        if (isinstance(t, ast.Name) and t.id == RULE) or (
                            isinstance(t, ast.Attribute) and t.attr == RULE
                        ):
                            found |= _strings(v)
            elif isinstance(node, ast.FunctionDef) and node.name == RULE:
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Return):
                        found |= _strings(inner.value)
    return found


def documented_rules() -> set[str]:
    """The ids in the first column of the page's rule tables (``| `id`, `id` | kind | what |``)."""
    ids: set[str] = set()
    in_table = False
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("| rule |"):
            in_table = True
            continue
        if in_table and not line.startswith("|"):
            in_table = False
        if in_table and not line.startswith("|---"):
            ids.update(re.findall(r"`([a-z_]+)`", line.split("|")[1]))
    return ids


def _is_sentence(rule: str) -> None:
    sv, en = rule_sentence(rule), rule_sentence(rule, "en")
    assert sv != en, rule  # translated
    assert "_" not in sv + en and " " in sv and " " in en, rule  # a sentence, not the id
    for sentence in (sv, en):
        assert sentence.lstrip("”“")[0].isupper(), rule
        assert sentence.endswith((".", "?")), rule


def test_every_rule_the_code_can_produce_has_its_own_sentence() -> None:
    rules = rules_in_code()
    # the reader found the passes (names, pronouns, traps, identifiers), not a handful
    assert {"listed_name", "pronoun", "foreign_quote", "email", "unknown_word"} <= rules
    assert len(rules) > 30, sorted(rules)
    assert rules <= known_rules(), sorted(rules - known_rules())
    for rule in rules:
        _is_sentence(rule)


def test_the_documented_rules_are_the_rules_in_the_code() -> None:
    documented = documented_rules()
    assert len(documented) > 30  # the tables were found
    assert documented == rules_in_code(), (
        sorted(documented - rules_in_code()),
        sorted(rules_in_code() - documented),
    )
    assert known_rules() == documented, sorted(known_rules() ^ documented)  # nothing stale


def test_an_unknown_rule_is_never_shown_as_code() -> None:
    for kind in Kind:
        for language in ("sv", "en"):
            sentence = rule_sentence("a_rule_added_later", language, str(kind))
            assert "_" not in sentence and sentence.endswith(".")
        # each kind has its own fallback, not the catch-all
        assert rule_sentence("a_rule_added_later", "sv", str(kind)) != rule_sentence("x_y")
    assert rule_sentence("a_rule_added_later", "en") == "Could identify a person."
