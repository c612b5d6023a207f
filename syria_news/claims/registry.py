"""The grammar's rules by name: each rule's one-line doc and the examples it must read.

A rule is a function of a stage module, registered with :func:`rule` and the examples
it explains: a sentence and what :func:`syria_news.claims.find_claims` makes of it, as
:func:`describe` writes it. ``tests/test_rules.py`` runs every example, checks that its
rule took part in reading it, and that every function of a stage is a registered rule;
``docs/rules.md`` is generated from this table (``python -m syria_news.claims.docs``).

>>> describe_count(Count(11, 11, None, "at_least")), describe_count(Count(20, 20, 99, "vague"))
('11+', '20 (20-99)')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from syria_news.numbers import Count

if TYPE_CHECKING:
    from syria_news.claims.extract import Claim

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    stage: str  # the module it lives in
    doc: str  # its docstring's first paragraph
    examples: dict[str, str]  # sentence -> describe(find_claims(sentence))
    function: Callable[..., Any]


RULES: dict[str, Rule] = {}


def rule(examples: dict[str, str]) -> Callable[[F], F]:
    """Register the decorated function as a rule with its examples; the function itself is
    returned unchanged (no cost where it runs)."""

    def register(function: F) -> F:
        name = function.__name__
        if name in RULES:
            raise ValueError(f"two rules named {name}")
        doc = " ".join((function.__doc__ or "").strip().split("\n\n")[0].split())
        RULES[name] = Rule(name, function.__module__.rsplit(".", 1)[-1], doc, dict(examples), function)
        return function

    return register


def describe_count(count: Count) -> str:
    """A count as an example writes it: ``7``, ``11+`` (at least), ``~10`` (about), and
    vague counts with their bounds, ``2 (2-?)``."""
    if count.precision == "exact":
        return str(count.best)
    if count.precision == "at_least" and count.low == count.best and count.high is None:
        return f"{count.best}+"
    if count.precision == "approximate" and count.low is None and count.high is None:
        return f"~{count.best}"
    low = "?" if count.low is None else count.low
    high = "?" if count.high is None else count.high
    return f"{count.best} ({low}-{high})"


def describe(claims: Iterable[Claim]) -> str:
    """Claims in one line, as examples are written: ``killed 1 children; injured 7
    civilians SY07``; a running total says ``cumulative``, a part ``part of 1`` (the
    1-based position of its whole); no claim is the empty string."""
    out = []
    for c in claims:
        words = [c.claim_type, describe_count(Count(c.count_low, c.count_best, c.count_high, c.precision))]
        words += [w for w in (c.victim_group, "cumulative" if c.scope == "cumulative" else None, c.governorate_pcode) if w]
        if c.subset_of is not None:
            words.append(f"part of {c.subset_of + 1}")
        out.append(" ".join(words))
    return "; ".join(out)
