"""The rule catalogue of ``docs/rules.md``, written from :data:`registry.RULES`.

Per stage, in the order of the flow (``syria_news/claims/__init__.py``), the stage
module's docstring, then each rule in source order: its name, its doc line and its
examples (sentence | reads as). ``python -m syria_news.claims.docs`` rewrites the part of
``docs/rules.md`` between the markers; ``--check`` rewrites nothing and exits 1 when that
part is stale. ``tests/test_rules_doc.py`` keeps the file fresh.
"""

from __future__ import annotations

import difflib
import importlib
import sys
from collections.abc import Mapping
from pathlib import Path

from syria_news.claims.registry import RULES, Rule

STAGES = ("context", "triggers", "heads", "scope", "groups", "filters", "parts", "count_rule", "rules", "spans")
for _stage in STAGES:  # each stage registers its rules when it is imported
    importlib.import_module(f"syria_news.claims.{_stage}")
START, END = "<!-- rules:start -->", "<!-- rules:end -->"
DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def paragraph(text: str | None) -> str:
    """The first paragraph of a docstring on one line.

    >>> paragraph('''Stage: what a count
    ...     counts.
    ...
    ... More.''')
    'Stage: what a count counts.'
    """
    return " ".join((text or "").strip().split("\n\n")[0].split())


def cell(text: str) -> str:
    """Text fit for a table cell: one line, its pipes escaped.

    >>> cell("a | b\\nc")
    'a \\\\| b c'
    """
    return " ".join(text.split()).replace("|", "\\|")


def examples_table(examples: Mapping[str, str]) -> list[str]:
    """A rule's examples as a Markdown table; a reading with no claim says so.

    >>> examples_table({"مقتل طفل": "killed 1 children", "قتل القصف": ""})[2:]
    ['| مقتل طفل | `killed 1 children` |', '| قتل القصف | *no claim* |']
    """
    rows = ["| sentence | reads as |", "|---|---|"]
    for sentence, reading in examples.items():
        rows.append(f"| {cell(sentence)} | {f'`{cell(reading)}`' if reading else '*no claim*'} |")
    return rows


def rule_section(r: Rule) -> list[str]:
    """One rule: its heading, its doc line (when it has one), its examples."""
    return [f"#### `{r.name}`", "", *([r.doc, ""] if r.doc else []), *examples_table(r.examples), ""]


def intro(stage: str) -> str:
    """A stage module's docstring as one paragraph, without the "Stage:" its heading says.

    >>> intro("scope")[:15]
    'Running totals '
    """
    text = paragraph(importlib.import_module(f"syria_news.claims.{stage}").__doc__).removeprefix("Stage: ")
    return text[:1].upper() + text[1:]


def stage_order(rules: Mapping[str, Rule]) -> list[str]:
    """The stages in flow order; a stage outside the flow (should one register rules) last.

    >>> stage_order({})[:3]
    ['context', 'triggers', 'heads']
    """
    return [*STAGES, *sorted({r.stage for r in rules.values()} - set(STAGES))]


def render(rules: Mapping[str, Rule] = RULES) -> str:
    """The catalogue: per stage its intro and its rules in source order.

    >>> def f(): "Doc."
    >>> text = render({"f": Rule("f", "heads", "Doc.", {"5 قتلى": "killed 5"}, f)})
    >>> "#### `f`" in text and "| 5 قتلى | `killed 5` |" in text
    True
    """
    out: list[str] = []
    for stage in stage_order(rules):
        out += [f"### `{stage}`", "", intro(stage), ""]
        # decorators do not change co_firstlineno's order: it follows the source
        for r in sorted((r for r in rules.values() if r.stage == stage), key=lambda r: r.function.__code__.co_firstlineno):
            out += rule_section(r)
    return "\n".join(out).strip("\n")  # as catalogue() reads it back


def catalogue(document: str) -> str:
    """The text between the markers of ``document`` (without the blank lines around it).

    >>> catalogue("intro\\n<!-- rules:start -->\\n\\nX\\n\\n<!-- rules:end -->\\n")
    'X'
    """
    start, end = document.find(START), document.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the markers {START} ... {END} are missing")
    return document[start + len(START) : end].strip("\n")


def splice(document: str, text: str) -> str:
    """``document`` with ``text`` between its markers; the rest as it was.

    >>> splice("a\\n<!-- rules:start -->\\nold\\n<!-- rules:end -->\\nb", "new")
    'a\\n<!-- rules:start -->\\n\\nnew\\n\\n<!-- rules:end -->\\nb'
    """
    catalogue(document)  # raises when the markers are missing
    head, rest = document.split(START, 1)
    return f"{head}{START}\n\n{text}\n\n{END}{rest.split(END, 1)[1]}"


def main(argv: list[str]) -> int:
    """Rewrite the catalogue of ``docs/rules.md``; with ``--check``, say whether it is stale."""
    document, fresh = DOC.read_text(encoding="utf-8"), render()
    if "--check" in argv:
        if catalogue(document) == fresh:
            return 0
        print(f"{DOC} is stale: run python -m syria_news.claims.docs", file=sys.stderr)
        old, new = (f"{text}\n".splitlines(True) for text in (catalogue(document), fresh))
        sys.stderr.writelines(difflib.unified_diff(old, new, "docs/rules.md", "render()", n=0))
        return 1
    DOC.write_text(splice(document, fresh), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
