"""evaluate(): one-to-one matching on (claim_type, scope, count_best) and the scores."""

from __future__ import annotations

import json

import pytest

from syria_news.evaluate import evaluate


def _gold(tmp_path, items):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    return path


def claim(claim_type, best, group=None, pcode=None):
    return {
        "claim_type": claim_type, "scope": "new", "count_low": best, "count_best": best, "count_high": best,
        "precision": "exact", "victim_group": group, "governorate_pcode": pcode,
    }  # fmt: skip


def test_known_miss_and_false_alarm(tmp_path):
    path = _gold(tmp_path, [
        # right: killed 1 (group wrong on purpose), injured 7
        {"text": "مقتل طفل وجرح سبعة مدنيين", "claims": [claim("killed", 1, "women"), claim("injured", 7, "civilians")]},
        # a miss: gold says 3 killed, the extractor finds 4 (also a false alarm)
        {"text": "مقتل أربعة مدنيين", "claims": [claim("killed", 3, "civilians")]},
        # a pure false alarm: gold has nothing
        {"text": "مقتل عنصرين من قوات النظام", "claims": []},
        {"text": "تسقط طائرة استطلاع", "claims": []},
    ])
    report = evaluate(path)
    assert (report.n_sentences, report.n_gold, report.n_predicted, report.n_matched) == (4, 3, 4, 2)
    assert report.precision == pytest.approx(2 / 4)
    assert report.recall == pytest.approx(2 / 3)
    assert report.f1 == pytest.approx(2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3))
    assert report.victim_group_accuracy == pytest.approx(1 / 2)
    assert report.bounds_accuracy == 1.0
    assert [e.line for e in report.errors] == [2, 3]
    assert [len(e.missed) for e in report.errors] == [1, 0]
    assert [len(e.false_alarms) for e in report.errors] == [1, 1]
    text = report.format()
    assert "F1 0.571" in text and "line 3" in text
    assert report.to_dict()["f1"] == round(report.f1, 4)


def test_multiset_matching(tmp_path):
    # two identical gold claims, the extractor gives one of them: one match, one miss
    path = _gold(tmp_path, [{"text": "قتيل بقصف", "claims": [claim("killed", 1), claim("killed", 1)]}])
    report = evaluate(path)
    assert (report.n_matched, report.precision, report.recall) == (1, 1.0, 0.5)


def test_empty_file(tmp_path):
    report = evaluate(_gold(tmp_path, []))
    assert (report.n_sentences, report.f1) == (0, 1.0)
