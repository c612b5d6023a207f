"""The benchmark's corpus generator and runner: deterministic, shaped as stated, and right.

The generator writes what a build must report (``expected.json``); these tests prove
that the build on a small corpus reports exactly that, so that at 100k pages the
benchmark checks correctness as well as speed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from syria_news.pipeline import build

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import claim_speed  # noqa: E402
import make_corpus  # noqa: E402
import run  # noqa: E402


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus_300(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("corpus") / "c300"
    return folder, make_corpus.make_corpus(folder, 300, seed=7)


@pytest.fixture(scope="module")
def built_300(corpus_300: tuple[Path, dict]):  # noqa: ANN201 - BuildResult
    folder, _ = corpus_300
    return build(folder / "raw", jobs=1)


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    one = make_corpus.make_corpus(tmp_path / "a", 120, seed=3)
    two = make_corpus.make_corpus(tmp_path / "b", 120, seed=3)
    other = make_corpus.make_corpus(tmp_path / "c", 120, seed=4)
    assert one == two
    assert files_of(tmp_path / "a") == files_of(tmp_path / "b")
    assert files_of(tmp_path / "a" / "raw") != files_of(tmp_path / "c" / "raw")
    assert one["rows"] != other["rows"] or one["raw_bytes"] != other["raw_bytes"]


def test_expected_json_lies_outside_the_raw_folder(corpus_300: tuple[Path, dict]) -> None:
    folder, expected = corpus_300
    assert json.loads((folder / "expected.json").read_text(encoding="utf-8")) == expected
    assert not list((folder / "raw").rglob("expected.json"))
    assert len(files_of(folder / "raw")) == expected["counts"]["total"] == 300


def test_corpus_is_shaped_like_a_scrape(corpus_300: tuple[Path, dict]) -> None:
    folder, expected = corpus_300
    sizes = [len(data) for data in files_of(folder / "raw").values()]
    counts = expected["counts"]
    assert 3300 <= expected["raw_bytes"] / counts["total"] <= 4800  # ~4 KB pages
    assert counts["duplicate"] == 3 and counts["rejected"] == 2  # ~1% and ~0.5% of 300
    assert expected["ticker_snapshots"] == 10 and expected["rows"]["ticker_items"] < expected["ticker_item_pages"] / 5
    assert max(sizes) < 6000
    assert sum(expected["planted_claims_info"].values()) > counts["parsed"]  # most articles state counts


def test_build_finds_exactly_the_expected_counts(corpus_300: tuple[Path, dict], built_300) -> None:  # noqa: ANN001
    _, expected = corpus_300
    result = {
        "counts": built_300.report["counts"],
        "rejected_by_reason": built_300.report["rejected_by_reason"],
        "rows": built_300.report["rows"],
        "ticker_item_pages": int(built_300.ticker_items["n_pages"].sum()),
    }
    assert run.check(result, expected) == []


def test_every_broken_kind_is_rejected_with_its_reason(tmp_path: Path) -> None:
    # 1,200 pages hold six broken files: one of each kind.
    expected = make_corpus.make_corpus(tmp_path / "c", 1200, seed=1)
    assert set(expected["rejected_by_reason_prefix"]) == set(make_corpus.BROKEN_REASONS.values())
    raw = tmp_path / "c" / "raw"
    broken = {}
    for kind in make_corpus.BROKEN_REASONS:
        data, _ = make_corpus.broken_page(make_corpus.random.Random(0), kind)
        (raw / f"zz-{kind}").write_bytes(data)
        broken[f"zz-{kind}"] = make_corpus.BROKEN_REASONS[kind]
    reasons = {f["path"]: f["reason"] for f in build(raw, jobs=1).report["files"] if f["path"].startswith("zz-")}
    assert {path: reason.startswith(broken[path]) for path, reason in reasons.items()} == dict.fromkeys(broken, True)


def test_check_reports_every_kind_of_mismatch(corpus_300: tuple[Path, dict], built_300) -> None:  # noqa: ANN001
    _, expected = corpus_300
    wrong = {
        "counts": {**built_300.report["counts"], "duplicate": 99},
        "rejected_by_reason": {},
        "rows": {**built_300.report["rows"], "ticker_items": 0},
        "ticker_item_pages": -1,
    }
    problems = run.check(wrong, expected)
    assert [p.split()[0] for p in problems] == ["counts", "rejected", "rejected", "rows", "sum"]


def test_run_measures_and_checks_a_tiny_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = tmp_path / "bench.json"
    # The Dask builds are tested in test_dask.py: here the local build, the cache's rebuilds, the claim finder.
    assert run.main(["--sizes", "150", "--repeat", "1", "--jobs", "1", "--work", str(tmp_path / "work"), "--json", str(figures), "--no-dask", "--claim-passes", "1"]) == 0
    out = capsys.readouterr().out
    assert "150 pages" in out and "report matches expected.json" in out and "outputs identical to a build without the cache" in out
    figures_all = json.loads(figures.read_text(encoding="utf-8"))
    assert figures_all["claim_finder"]["us_per_page"] > 0
    result = figures_all["sizes"][0]
    cached = result["cache"]
    assert cached["identical_to_clean_build"] and cached["rebuild_1pct_new"]["new_pages"] == 1
    assert cached["rebuild_1pct_new"]["cached_files"] == cached["rebuild_nothing_changed"]["cached_files"] == 150
    assert result["problems"] == [] and result["pages_per_second"] > 0 and result["floor_seconds"] > 0
    assert result["peak_rss_largest_process_mb"] > 10 and result["peak_rss_tree_mb"] >= result["peak_rss_largest_process_mb"] * 0.5
    assert {"validate", "write"} <= set(result["stage_seconds"])
    # A second run reuses the cached corpus instead of writing it again.
    before = (tmp_path / "work" / "corpus-150-seed1" / "expected.json").stat().st_mtime_ns
    run.corpus(tmp_path / "work", 150, 1)
    assert (tmp_path / "work" / "corpus-150-seed1" / "expected.json").stat().st_mtime_ns == before


def test_claim_speed_times_raw_pages_and_real_paragraphs(corpus_300: tuple[Path, dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder, _ = corpus_300
    texts = tmp_path / "set.jsonl"
    texts.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in ("قتل طفل بقصف على البلدة", "وأصيب ثلاثة مدنيين")), encoding="utf-8")
    for source in (["--raw", str(folder / "raw")], ["--texts", str(texts)]):
        monkeypatch.setattr(sys, "argv", ["claim_speed.py", *source, "--repeat", "1"])
        claim_speed.main()
    first, second = capsys.readouterr().out.splitlines()
    assert first.endswith(")") and "1 passes: median" in first and not first.startswith("0 pages")
    assert second.startswith("2 pages, 1 passes: median")


def test_batches_and_workers_do_not_change_the_bytes(corpus_300: tuple[Path, dict], built_300, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Streaming (rows packed into frames per chunk of CHUNK files) writes what one chunk writes."""
    from syria_news import pipeline
    from syria_news.package import write_package

    folder, _ = corpus_300
    monkeypatch.setattr(pipeline, "CHUNK", 8)
    streamed = build(folder / "raw", jobs=2)
    assert len(built_300.articles) > 8 * 2  # several chunks were packed
    write_package(built_300.tables, built_300.report, tmp_path / "one")
    write_package(streamed.tables, streamed.report, tmp_path / "streamed")
    assert files_of(tmp_path / "one") == files_of(tmp_path / "streamed")
