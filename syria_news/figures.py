"""The extraction figures the dataset card quotes, each from its data file.

* ``blind_figures.toml``: claims found in real paragraphs and headlines drawn after the
  rules were written (EVALUATION.md's latest round): the figure for unseen text.
* ``article_figures.toml``: counting each event once, on whole real articles drawn the
  same way (EVALUATION.md, "Counting each event once").
* ``extraction_figures.toml``: the development sentences the rules were written on;
  ``tests/test_hub.py`` re-measures them when the annotated file is at hand.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, fields
from importlib.resources import files
from pathlib import Path
from typing import Any

from syria_news.evaluate import Tally, ratio

DEV_FIGURES = "extraction_figures.toml"
BLIND_FIGURES = "blind_figures.toml"
ARTICLE_FIGURES = "article_figures.toml"


def read_figures(name: str) -> dict[str, Any]:
    """A figures file of the package, as a mapping."""
    return tomllib.loads((files("syria_news") / name).read_text(encoding="utf-8"))


def blind_scores() -> tuple[dict[str, Any], Tally, dict[str, Tally]]:
    """The latest blind round: its record, its overall scores, its scores by outlet."""
    b = read_figures(BLIND_FIGURES)
    outlets = {name: Tally(o["gold"], o["predicted"], o["matched"]) for name, o in b["outlets"].items()}
    return b, Tally(b["gold"], b["predicted"], b["matched"]), outlets


@dataclass(frozen=True)
class Figures:
    """Claim-extraction scores on the development sentences, as in ``extraction_figures.toml``."""

    gold_set: str
    gold_set_role: str
    measured_with: str
    sentences: int
    gold: int
    predicted: int
    matched: int
    bounds_right: int
    victim_group_right: int
    pcode_right: int

    @property
    def scores(self) -> Tally:
        return Tally(self.gold, self.predicted, self.matched)

    @property
    def precision(self) -> float:
        return self.scores.precision

    @property
    def recall(self) -> float:
        return self.scores.recall

    @property
    def f1(self) -> float:
        return self.scores.f1

    def share(self, right: int) -> float:
        return ratio(right, self.matched)


def recorded_figures() -> Figures:
    """The figures recorded in ``syria_news/extraction_figures.toml``."""
    return Figures(**read_figures(DEV_FIGURES))


def measure_figures(gold_path: str | Path, role: str = "development") -> Figures:
    """Run the extractor on an annotated file now (``syria_news.evaluate``).

    ``role``: "development" when the rules were written against the file (the card then
    calls the figures an upper bound), "held-out" when they were not.
    """
    from syria_news import __version__
    from syria_news.evaluate import evaluate

    report = evaluate(gold_path)
    return Figures(
        gold_set=Path(gold_path).name,
        gold_set_role=role,
        measured_with=__version__,
        sentences=report.n_sentences,
        gold=report.n_gold,
        predicted=report.n_predicted,
        matched=report.n_matched,
        bounds_right=report.bounds_right,
        victim_group_right=report.victim_group_right,
        pcode_right=report.pcode_right,
    )


def record_figures(gold_path: str | Path, role: str = "development") -> str:
    """``extraction_figures.toml`` with figures measured now: its header comment, then the values."""
    text = (files("syria_news") / DEV_FIGURES).read_text(encoding="utf-8")
    header = text[: text.index("\n\n", text.index("#   pcode_right")) + 2]
    figures = measure_figures(gold_path, role)
    values = "".join(f"{f.name} = {_toml_value(getattr(figures, f.name))}\n" for f in fields(Figures))
    return header + values


def _toml_value(value: str | int) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)  # a JSON string is a TOML one
