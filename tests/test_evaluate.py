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
    text = report.format(verbose=True)
    assert "F1 0.571" in text and "line 3" in text and "line 3" not in report.format()
    assert report.to_dict()["f1"] == round(report.f1, 4)


def test_multiset_matching(tmp_path):
    # two identical gold claims, the extractor gives one of them: one match, one miss
    path = _gold(tmp_path, [{"text": "قتيل بقصف", "claims": [claim("killed", 1), claim("killed", 1)]}])
    report = evaluate(path)
    assert (report.n_matched, report.precision, report.recall) == (1, 1.0, 0.5)


def test_an_empty_file_is_an_error_not_a_perfect_score(tmp_path):
    with pytest.raises(ValueError, match="no annotated item"):
        evaluate(_gold(tmp_path, []))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "مقتل طفل", "claims": [', "line 2: not JSON"),
        ('["مقتل طفل"]', "line 2: not an object with a 'text' string"),
        ('{"text": "مقتل طفل"}', "line 2: no 'claims' list"),
        ('{"text": "مقتل طفل", "claims": [{"claim_type": "killed"}]}', "line 2: claim 1 lacks one of"),
    ],
)
def test_a_malformed_line_is_refused_by_number(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"text": "قتيل بقصف", "claims": [claim("killed", 1)]}, ensure_ascii=False) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        evaluate(path)


def test_scores_by_claim_type_and_by_outlet(tmp_path, capsys):
    from syria_news.cli import main

    path = _gold(tmp_path, [
        {"text": "مقتل طفل وجرح سبعة مدنيين", "url": "https://www.example.org/news/1", "claims": [claim("killed", 1, "children"), claim("injured", 7, "civilians")]},
        {"text": "مقتل أربعة مدنيين", "outlet": "other", "claims": [claim("killed", 3, "civilians")]},
    ])
    report = evaluate(path)
    assert {k: (t.gold, t.predicted, t.matched) for k, t in report.by_type.items()} == {"killed": (2, 2, 1), "injured": (1, 1, 1)}
    assert {k: (t.gold, t.predicted, t.matched) for k, t in report.by_outlet.items()} == {"example.org": (2, 2, 2), "other": (1, 1, 0)}
    assert main(["eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "by outlet" in out and "example.org" in out and "line 2" not in out
    assert main(["eval", "-v", str(path)]) == 0
    assert "line 2: مقتل أربعة مدنيين" in capsys.readouterr().out
