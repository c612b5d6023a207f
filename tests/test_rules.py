"""Every grammar rule has a name, a one-line doc and examples; every example reads as its
rule says, and the rule takes part in reading it (Duckling's rules beside their corpus)."""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

import pytest

from syria_news.claims import (
    context,
    count_rule,
    filters,
    find_claims,
    groups,
    heads,
    parts,
    rules,
    scope,
    spans,
    triggers,
)
from syria_news.claims.registry import RULES, describe

STAGES: tuple[ModuleType, ...] = (context, triggers, heads, scope, groups, filters, parts, count_rule, rules, spans)


def stage_functions() -> list[str]:
    """The public functions the stage modules define: each must be a registered rule."""
    return [
        f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
        for module in STAGES
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if function.__module__ == module.__name__ and not name.startswith("_")
    ]


def test_every_function_of_a_stage_is_a_rule_with_a_doc_and_examples() -> None:
    unnamed = [qualified for qualified in stage_functions() if qualified.split(".")[1] not in RULES]
    assert not unnamed, f"functions of a stage with no @rule(examples): {unnamed}"
    assert RULES
    bare = [name for name, r in RULES.items() if not r.doc or not r.examples]
    assert not bare, f"rules without a doc line or examples: {bare}"


EXAMPLES = [(name, text, expected) for name, r in sorted(RULES.items()) for text, expected in r.examples.items()]


def _took_part(name: str, text: str) -> tuple[str, bool]:
    """What the text reads as, and whether the rule took part: returned something (a
    claim's end, a type, True...) or, for a rule that returns nothing, was run."""
    code = RULES[name].function.__code__
    procedure = inspect.signature(RULES[name].function).return_annotation in (None, "None")
    fired: list[object] = []

    def watch(frame, event, arg) -> None:  # noqa: ANN001
        if event == "return" and frame.f_code is code and (procedure or (arg is not None and arg is not False)):
            fired.append(arg)

    sys.setprofile(watch)
    try:
        got = describe(find_claims(text))
    finally:
        sys.setprofile(None)
    return got, bool(fired)


@pytest.mark.parametrize(("name", "text", "expected"), EXAMPLES, ids=[f"{n}-{i}" for i, (n, _, _) in enumerate(EXAMPLES)])
def test_rule_example(name: str, text: str, expected: str) -> None:
    got, took_part = _took_part(name, text)
    assert got == expected
    assert took_part, f"rule {name} took no part in reading this example"
