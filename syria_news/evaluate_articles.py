"""Score counting each event once (:mod:`syria_news.events`) against annotated articles.

The gold file is JSON Lines, one article per line::

    {"url": ..., "outlet": ..., "title": ..., "body": ...,
     "mentions": [{"id": "m1", "field": "title", "quote": ..., "claim_type": ..., "scope": ...,
                   "count_best": ..., "restates": "m?"|null, "subset_of": "m?"|null,
                   "background": bool}, ...],
     "tallies": [{"claim_type": ..., "scope": ..., "count_best": ...}, ...]}

Each article goes through what a build does to it (:func:`syria_news.events.article_claims`,
then :func:`syria_news.events.article_tallies`). A gold mention is matched to the
predicted claim of the same field and type whose span overlaps its quote most (one to
one). Then:

* **links** (``restates``, ``subset_of``): a predicted link is right when both of its ends
  match gold mentions that the gold links the same way (a part of a restatement counts as
  a part of the first statement it restates, on both sides); precision over all predicted
  links, recall over all gold links, so a mention the grammar missed costs recall here too;
* **background**: the flag on predicted claims against the flag on gold mentions, likewise;
* **tallies**: for each (article, claim type, scope) in gold or predicted, whether the
  predicted ``count_best`` equals gold (absent = 0), and the mean absolute error.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from os import PathLike
from typing import Any

import polars as pl

from syria_news import events

from syria_news.evaluate import Tally, jsonl_lines, outlet_of, ratio
from syria_news.schemas import CLAIMS

LINKS = ("restates", "subset_of")
MENTION_KEYS = ("id", "field", "quote", "claim_type", "scope", "count_best", "restates", "subset_of", "background")


@dataclass(slots=True)
class ArticleErrors:
    line: int
    title: str
    lines: list[str]


@dataclass(slots=True)
class ArticleReport:
    n_articles: int = 0
    mentions: Tally = field(default_factory=Tally)  # claims found: gold mentions vs predicted claims
    links: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    background: Tally = field(default_factory=Tally)
    tally_keys: int = 0
    tally_exact: int = 0
    tally_abs_error: int = 0
    tally_by_outlet: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # [keys, exact]
    errors: list[ArticleErrors] = field(default_factory=list)

    @property
    def tallies_exact(self) -> float:
        return ratio(self.tally_exact, self.tally_keys)

    @property
    def tally_mae(self) -> float:
        return self.tally_abs_error / self.tally_keys if self.tally_keys else 0.0

    def format(self, verbose: bool = False) -> str:
        lines = [f"articles {self.n_articles}"]
        rows = [("mentions found", self.mentions), *((f"links {k}", self.links[k]) for k in LINKS), ("background", self.background)]
        lines.append(f"{'':<20} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>5} {'R':>5} {'F1':>5}")
        for name, t in rows:
            p, r, f = t.scores()
            lines.append(f"  {name:<18} {t.gold:>5} {t.predicted:>5} {t.matched:>5}  {p:>5.3f} {r:>5.3f} {f:>5.3f}")
        both = Tally()
        for k in LINKS:
            both.add(self.links[k].gold, self.links[k].predicted, self.links[k].matched)
        lines.append(f"  {'links, both kinds':<18} {both.gold:>5} {both.predicted:>5} {both.matched:>5}  " + " ".join(f"{x:>5.3f}" for x in both.scores()))
        lines.append(f"tallies: (article, type, scope) pairs {self.tally_keys}, exact {self.tally_exact} ({self.tallies_exact:.3f}), mean absolute error {self.tally_mae:.2f}")
        for outlet, (keys, exact) in sorted(self.tally_by_outlet.items()):
            lines.append(f"  {outlet:<18} pairs {keys:>4}  exact {exact:>4} ({ratio(exact, keys):.3f})")
        if verbose:
            for e in self.errors:
                lines.append(f"\nline {e.line}: {e.title}")
                lines += [f"  {x}" for x in e.lines]
        elif self.errors:
            lines.append(f"\n{len(self.errors)} article(s) with differences: -v lists them")
        return "\n".join(lines)


def read_articles(path: str | PathLike[str]) -> list[tuple[int, dict[str, Any]]]:
    """The articles of a gold file with their line numbers; ValueError naming the first bad line."""
    items = []
    for line_no, where, item in jsonl_lines(path):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("title", "body")):
            raise ValueError(f"{where}: not an object with 'title' and 'body' strings")
        if not isinstance(item.get("mentions"), list) or not isinstance(item.get("tallies"), list):
            raise ValueError(f"{where}: no 'mentions' or no 'tallies' list")
        for n, m in enumerate(item["mentions"], 1):
            if not isinstance(m, dict) or any(k not in m for k in MENTION_KEYS):
                raise ValueError(f"{where}: mention {n} lacks one of {', '.join(MENTION_KEYS)}")
            if m["field"] not in ("title", "body") or not isinstance(m["quote"], str):
                raise ValueError(f"{where}: mention {n}: field is 'title' or 'body', quote a string")
            if item[m["field"]].count(m["quote"]) != 1:
                raise ValueError(f"{where}: mention {m['id']}: its quote is not found exactly once in the {m['field']}")
        items.append((line_no, item))
    if not items:
        raise ValueError(f"{path}: no annotated article: nothing to score")
    return items


def _match(mentions: list[dict[str, Any]], item: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, str]:
    """Gold mention id -> predicted claim_id: same field and type, the largest overlap."""
    taken: set[str] = set()
    matched = {}
    for m in mentions:
        start = item[m["field"]].index(m["quote"])
        end = start + len(m["quote"])
        best, best_overlap = None, 0
        for c in claims:
            if c["field"] != m["field"] or c["claim_type"] != m["claim_type"] or c["claim_id"] in taken:
                continue
            overlap = min(end, c["span_end"]) - max(start, c["span_start"])
            if overlap > best_overlap:
                best, best_overlap = c["claim_id"], overlap
        if best is not None:
            matched[m["id"]] = best
            taken.add(best)
    return matched


def evaluate_articles(path: str | PathLike[str]) -> ArticleReport:
    report = ArticleReport()
    for line_no, item in read_articles(path):
        report.n_articles += 1
        article_id = f"{line_no:016x}"
        claims = events.article_claims(item["title"], item["body"], article_id)
        mentions = item["mentions"]
        matched = _match(mentions, item, claims)
        to_gold = {c: m for m, c in matched.items()}
        report.mentions.add(len(mentions), len(claims), len(matched))
        diffs = [f"missed mention {m['id']} {m['claim_type']} {m['count_best']} «{m['quote']}»" for m in mentions if m["id"] not in matched]
        diffs += [f"extra claim {c['claim_type']} {c['count_best']} «{c['quote']}»" for c in claims if c["claim_id"] not in to_gold]
        # a part of a figure's restatement is a part of the figure: name its first statement
        gold_first = {m["id"]: m["restates"] or m["id"] for m in mentions}
        predicted_first = {c["claim_id"]: c["restates"] or c["claim_id"] for c in claims}
        for link in LINKS:
            gold = {(m["id"], gold_first.get(m[link], m[link])) for m in mentions if m[link] is not None}
            predicted = {
                (to_gold.get(c["claim_id"], c["claim_id"]), to_gold.get(t := predicted_first.get(c[link], c[link]), t))
                for c in claims if c[link] is not None
            }
            report.links[link].add(len(gold), len(predicted), len(gold & predicted))
            diffs += [f"{link}: missed {a} -> {b}" for a, b in sorted(gold - predicted)]
            diffs += [f"{link}: extra {a} -> {b}" for a, b in sorted(predicted - gold)]
        gold_bg = {m["id"] for m in mentions if m["background"]}
        pred_bg = {to_gold.get(c["claim_id"], c["claim_id"]) for c in claims if c["background"]}
        report.background.add(len(gold_bg), len(pred_bg), len(gold_bg & pred_bg))
        diffs += [f"background: missed {x}" for x in sorted(gold_bg - pred_bg)] + [f"background: extra {x}" for x in sorted(pred_bg - gold_bg)]

        frame = pl.DataFrame(claims, schema=CLAIMS.polars_schema, orient="row") if claims else pl.DataFrame(schema=CLAIMS.polars_schema)
        predicted_tallies = {(t["claim_type"], t["scope"]): t["count_best"] for t in events.article_tallies(frame).iter_rows(named=True)}
        gold_tallies: dict[tuple[str, str], int] = defaultdict(int)
        for t in item["tallies"]:
            gold_tallies[(t["claim_type"], t["scope"])] += t["count_best"]
        outlet = report.tally_by_outlet[outlet_of(item)]
        for key in sorted(set(gold_tallies) | set(predicted_tallies)):
            g, p = gold_tallies.get(key, 0), predicted_tallies.get(key, 0)
            report.tally_keys += 1
            report.tally_exact += g == p
            report.tally_abs_error += abs(g - p)
            outlet[0] += 1
            outlet[1] += g == p
            if g != p:
                diffs.append(f"tally {key[0]} {key[1]}: gold {g}, predicted {p}")
        if diffs:
            report.errors.append(ArticleErrors(line_no, item["title"], diffs))
    return report
