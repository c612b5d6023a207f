"""Score :func:`syria_news.claims.find_claims` against annotated sentences.

The gold file is JSON Lines, one object per sentence: ``{"text": ..., "claims": [...]}``
where each claim has at least ``claim_type``, ``scope`` and ``count_best`` (and may have
``count_low``, ``count_high``, ``precision``, ``victim_group``, ``governorate_pcode``).
An item may name its ``outlet`` (else the host of its ``url`` stands for it), so that the
scores are also given by outlet, and by claim type. A line that is not such an object,
and a file with no item, are errors that name the line: a score of nothing is no score.

Predicted and gold claims of a sentence are matched one to one on the key
``(claim_type, scope, count_best)`` as multisets; among claims with the same key the
pairs that agree on more of the other fields are made first, so the field scores do not
depend on order. Precision, recall and F1 are micro-averaged over all sentences; the
field scores (bounds, victim group, P-code) are shares of the matched pairs.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from os import PathLike
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from syria_news.claims import Claim, find_claims

KEY_FIELDS = ("claim_type", "scope", "count_best")
BOUND_FIELDS = ("count_low", "count_high", "precision")


def ratio(part: int, whole: int) -> float:
    """A share that is 1.0 when there was nothing to get right.

    >>> ratio(3, 4), ratio(0, 0)
    (0.75, 1.0)
    """
    return part / whole if whole else 1.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall.

    >>> f1(1.0, 0.5)
    0.6666666666666666
    """
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True, slots=True)
class SentenceErrors:
    """A sentence with gold claims that were missed or predicted claims not in gold."""

    line: int
    text: str
    missed: list[dict]
    false_alarms: list[dict]


@dataclass(slots=True)
class Tally:
    """Gold, predicted and matched claims of one slice (a claim type, an outlet)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, gold: int, predicted: int, matched: int) -> None:
        self.gold += gold
        self.predicted += predicted
        self.matched += matched

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def scores(self) -> tuple[float, float, float]:
        return self.precision, self.recall, self.f1


@dataclass(slots=True)
class EvalReport:
    """Scores of one evaluation run."""

    n_sentences: int = 0
    n_gold: int = 0
    n_predicted: int = 0
    n_matched: int = 0
    bounds_right: int = 0
    victim_group_right: int = 0
    pcode_right: int = 0
    errors: list[SentenceErrors] = field(default_factory=list)
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_outlet: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def precision(self) -> float:
        return ratio(self.n_matched, self.n_predicted)

    @property
    def recall(self) -> float:
        return ratio(self.n_matched, self.n_gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def _share(self, right: int) -> float:
        return ratio(right, self.n_matched)

    @property
    def bounds_accuracy(self) -> float:
        return self._share(self.bounds_right)

    @property
    def victim_group_accuracy(self) -> float:
        return self._share(self.victim_group_right)

    @property
    def pcode_accuracy(self) -> float:
        return self._share(self.pcode_right)

    def to_dict(self) -> dict:
        out = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("errors", "by_type", "by_outlet")}
        for name in ("precision", "recall", "f1", "bounds_accuracy", "victim_group_accuracy", "pcode_accuracy"):
            out[name] = round(getattr(self, name), 4)
        for name in ("by_type", "by_outlet"):
            out[name] = {key: asdict(t) for key, t in sorted(getattr(self, name).items())}
        out["errors"] = [asdict(e) for e in self.errors]
        return out

    def format(self, verbose: bool = False) -> str:
        """The scores, then by claim type and by outlet; with ``verbose`` each sentence's
        misses and extras."""
        lines = [
            f"sentences {self.n_sentences}  gold claims {self.n_gold}  predicted {self.n_predicted}  "
            f"matched {self.n_matched}",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}",
            f"on matched pairs: bounds {self.bounds_accuracy:.3f}  victim_group {self.victim_group_accuracy:.3f}  "
            f"governorate_pcode {self.pcode_accuracy:.3f}",
        ]
        for title, tallies in (("claim type", self.by_type), ("outlet", self.by_outlet)):
            lines += ["", f"{'by ' + title:<20} {'gold':>5} {'pred':>5} {'match':>5}  {'P':>5} {'R':>5} {'F1':>5}"]
            for key, t in sorted(tallies.items(), key=lambda kv: (-kv[1].gold, kv[0])):
                precision, recall, score = t.scores()
                lines.append(f"  {key:<18} {t.gold:>5} {t.predicted:>5} {t.matched:>5}  {precision:>5.3f} {recall:>5.3f} {score:>5.3f}")
        if not verbose:
            if self.errors:
                lines.append(f"\n{len(self.errors)} sentence(s) with misses or extras: -v lists them")
            return "\n".join(lines)
        for e in self.errors:
            lines.append(f"\nline {e.line}: {e.text}")
            lines += [f"  missed      {_key_text(c)}" for c in e.missed]
            lines += [f"  extra       {_key_text(c)}" for c in e.false_alarms]
        return "\n".join(lines)


def _key_text(claim: dict) -> str:
    return " ".join(str(claim.get(k)) for k in KEY_FIELDS) + (f"  «{claim['quote']}»" if claim.get("quote") else "")


def _agreement(gold: dict, pred: dict) -> tuple[bool, bool, bool]:
    return (
        all(gold.get(f, pred[f]) == pred[f] for f in BOUND_FIELDS),
        gold.get("victim_group", pred["victim_group"]) == pred["victim_group"],
        gold.get("governorate_pcode", pred["governorate_pcode"]) == pred["governorate_pcode"],
    )


def _as_dict(claim: Claim) -> dict:
    return {f: getattr(claim, f) for f in Claim.__slots__}  # type: ignore[attr-defined]


def score_sentence(gold: list[dict], predicted: list[dict]) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Match claims one to one on the key: (pairs, missed gold, false alarms).

    >>> g = [{"claim_type": "killed", "scope": "new", "count_best": 1}]
    >>> p = [{"claim_type": "killed", "scope": "new", "count_best": 2, "count_low": 2, "count_high": 2,
    ...       "precision": "exact", "victim_group": None, "governorate_pcode": None}]
    >>> pairs, missed, alarms = score_sentence(g, p)
    >>> len(pairs), len(missed), len(alarms)
    (0, 1, 1)
    """
    by_key: dict[tuple, list[dict]] = defaultdict(list)
    for p in predicted:
        by_key[tuple(p[k] for k in KEY_FIELDS)].append(p)
    pairs, missed = [], []
    for g in gold:
        candidates = by_key.get(tuple(g[k] for k in KEY_FIELDS))
        if not candidates:
            missed.append(g)
            continue
        best = max(range(len(candidates)), key=lambda i: sum(_agreement(g, candidates[i])))
        pairs.append((g, candidates.pop(best)))
    alarms = [p for ps in by_key.values() for p in ps]
    alarms.sort(key=lambda p: p.get("span_start", 0))
    return pairs, missed, alarms


def outlet_of(item: dict) -> str:
    """The outlet an item names, else the host of its url, else "unnamed".

    >>> outlet_of({"url": "https://www.example.org/a/1"}), outlet_of({"outlet": "smart"}), outlet_of({})
    ('example.org', 'smart', 'unnamed')
    """
    if item.get("outlet"):
        return str(item["outlet"])
    host = urlsplit(str(item.get("url") or "")).hostname or ""
    return host.removeprefix("www.") or "unnamed"


def jsonl_lines(path: str | PathLike[str]) -> Iterator[tuple[int, str, Any]]:
    """Each non-blank line of a JSON Lines file: (line number, "PATH, line N", the value);
    ValueError naming the first line that is not JSON."""
    with Path(path).open(encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}, line {line_no}"
            try:
                yield line_no, where, json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{where}: not JSON ({error.msg} at column {error.colno})") from None


def read_gold(gold_path: str | PathLike[str]) -> list[tuple[int, dict]]:
    """The items of a gold file with their line numbers; ValueError naming the first line
    that is not ``{"text": str, "claims": [ {claim_type, scope, count_best...} ]}``, or
    when the file holds no item."""
    items = []
    for line_no, where, item in jsonl_lines(gold_path):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError(f"{where}: not an object with a 'text' string")
        if not isinstance(item.get("claims"), list):
            raise ValueError(f"{where}: no 'claims' list (an item with no claim has \"claims\": [])")
        for n, claim in enumerate(item["claims"], 1):
            if not isinstance(claim, dict) or any(k not in claim for k in KEY_FIELDS):
                raise ValueError(f"{where}: claim {n} lacks one of {', '.join(KEY_FIELDS)}")
        items.append((line_no, item))
    if not items:
        raise ValueError(f"{gold_path}: no annotated item: nothing to score")
    return items


def evaluate(gold_path: str | PathLike[str]) -> EvalReport:
    """Run find_claims on every gold sentence and score it (see the module docstring)."""
    report = EvalReport()
    for line_no, item in read_gold(gold_path):
        gold = item["claims"]
        predicted = [_as_dict(c) for c in find_claims(item["text"])]
        pairs, missed, alarms = score_sentence(gold, predicted)
        report.n_sentences += 1
        report.n_gold += len(gold)
        report.n_predicted += len(predicted)
        report.n_matched += len(pairs)
        report.by_outlet[outlet_of(item)].add(len(gold), len(predicted), len(pairs))
        for g in gold:
            report.by_type[g["claim_type"]].gold += 1
        for p in predicted:
            report.by_type[p["claim_type"]].predicted += 1
        for g, p in pairs:
            report.by_type[g["claim_type"]].matched += 1
            bounds, group, pcode = _agreement(g, p)
            report.bounds_right += bounds
            report.victim_group_right += group
            report.pcode_right += pcode
        if missed or alarms:
            report.errors.append(SentenceErrors(line_no, item["text"], missed, alarms))
    return report
