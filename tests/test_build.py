"""``syria-news build``: every input file accounted for, stable ids, reproducible bytes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from syria_news.cli import main
from syria_news.pipeline import build
from syria_news.package import write_package

ROOT = Path(__file__).parents[1]
SEED = ROOT / "data" / "raw" / "000_0168099232d9e71c.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
OUTPUTS = ("datapackage.json", "schemas", "data/processed")


def variant(title: str, ticker: str = "خبر مشترك (مصدر طبي) - 10:00", body: str = "مقتل ثلاثة مدنيين بقصف على ريف إدلب.") -> str:
    return f"الأخبار العاجلة\n{ticker}\n\n{title}\n\npictogram-avatar\nEditing: سعاد |\naccess_time\nتاريخ النشر: 2019/05/01 10:00\n\nسمارت - إدلب\n\n{body}\n"


def write(folder: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder


def read_outputs(out: Path) -> dict[str, bytes]:
    files = [out / "datapackage.json", *sorted((out / "schemas").iterdir()), *sorted((out / "data" / "processed").iterdir())]
    return {f.relative_to(out).as_posix(): f.read_bytes() for f in files}


MIXED = {
    "2018/07/seed.txt": SEED_TEXT,
    # The same article scraped again: other ticker, other file name, ad debris.
    "2020/04/copy-of-seed.txt": SEED_TEXT.replace("- 09:33", "(مصدر) - 09:34").replace("\n\nوقال", "\n\n[ad_1]\n\nوقال"),
    "2019/other.txt": variant("عنوان آخر"),
    "broken/empty.txt": "",
    "broken/image.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "broken/latin1.txt": "caf\xe9 Damas".encode("latin-1"),
    "broken/other-outlet.html": "<html><body>Breaking: another outlet's page</body></html>",
    "broken/header-only.txt": "pictogram-avatar\nEditing: سعاد |\naccess_time\n",
}


@pytest.fixture
def mixed_raw(tmp_path: Path) -> Path:
    return write(tmp_path / "raw", MIXED)


def test_every_input_file_is_accounted_for(mixed_raw: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--raw", str(mixed_raw), "--out", str(tmp_path / "out"), "--quiet"]) == 0

    report = json.loads((tmp_path / "out" / "data" / "processed" / "build_report.json").read_text(encoding="utf-8"))
    by_path = {f["path"]: f for f in report["files"]}
    assert sorted(by_path) == sorted(MIXED)
    assert report["counts"] == {"parsed": 2, "duplicate": 1, "rejected": 5, "manifest": 0, "total": len(MIXED)}
    assert by_path["2018/07/seed.txt"]["status"] == "parsed"
    assert by_path["2020/04/copy-of-seed.txt"]["status"] == "duplicate"
    assert by_path["2020/04/copy-of-seed.txt"]["article_id"] == by_path["2018/07/seed.txt"]["article_id"]
    reasons = {path: f["reason"] for path, f in by_path.items() if f["status"] == "rejected"}
    assert reasons["broken/empty.txt"] == "empty file"
    assert reasons["broken/image.png"].startswith("binary file")
    assert reasons["broken/latin1.txt"].startswith("not UTF-8")
    assert reasons["broken/other-outlet.html"].startswith("unknown layout")
    assert reasons["broken/header-only.txt"].startswith("no title")
    assert all(f["sha256"] and len(f["sha256"]) == 64 for f in report["files"])


def test_summary_names_counts_and_reasons(mixed_raw: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(mixed_raw), "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "2 parsed, 1 duplicate, 5 rejected" in out
    assert "rejected, not UTF-8: 1" in out
    assert "articles 2" in out


def test_size_limit_is_an_option(mixed_raw: Path, tmp_path: Path) -> None:
    result = build(mixed_raw, max_bytes=1000)
    too_large = [f for f in result.report["files"] if (f["reason"] or "").startswith("too large")]
    assert {f["path"] for f in too_large} == {"2018/07/seed.txt", "2020/04/copy-of-seed.txt"}
    assert result.report["counts"]["total"] == len(MIXED)


def test_strict_fails_on_rejections_only(mixed_raw: Path, tmp_path: Path) -> None:
    assert main(["build", "--raw", str(mixed_raw), "--out", str(tmp_path / "a"), "--quiet", "--strict"]) == 1
    clean = write(tmp_path / "clean", {"seed.txt": SEED_TEXT})
    assert main(["build", "--raw", str(clean), "--out", str(tmp_path / "b"), "--quiet", "--strict"]) == 0


def test_missing_raw_folder_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--raw", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "raw folder not found" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_ids_do_not_depend_on_file_names_or_order(tmp_path: Path) -> None:
    first = build(write(tmp_path / "a", {"a.txt": SEED_TEXT, "b.txt": variant("عنوان آخر")}))
    second = build(write(tmp_path / "b", {"z/9.txt": variant("عنوان آخر"), "0.txt": SEED_TEXT.replace("\n\nوقال", "\n\n[ad_1]\n\nوقال")}))
    assert set(first.articles["article_id"]) == set(second.articles["article_id"])
    assert set(first.ticker_items["ticker_id"]) == set(second.ticker_items["ticker_id"])
    assert set(first.claims["claim_id"]) == set(second.claims["claim_id"])


def test_ticker_items_are_deduplicated_across_pages(tmp_path: Path) -> None:
    raw = write(tmp_path / "raw", {"1.txt": variant("عنوان أول"), "2.txt": variant("عنوان ثان"), "3.txt": variant("عنوان ثالث", ticker="خبر آخر - 11:00")})
    result = build(raw)
    first_article = result.report["files"][0]["article_id"]
    shared = result.ticker_items.filter(pl.col("text") == "خبر مشترك").row(0, named=True)
    assert shared["n_pages"] == 2 and shared["article_id"] == first_article
    assert shared["attribution"] == "مصدر طبي" and shared["source_kind"] == "medical"
    assert result.ticker_items.height == 2


@pytest.mark.parametrize("chunk", [1, 64], ids=["pages-in-separate-chunks", "pages-in-one-chunk"])
def test_a_ticker_item_keeps_the_first_pages_attribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """The id is text and time; when pages cite the item differently, the first file's reading wins."""
    from syria_news import pipeline

    monkeypatch.setattr(pipeline, "CHUNK", chunk)
    pages = {f"{i}.txt": variant(f"عنوان {i}", ticker=f"خبر مشترك ({source}) - 10:00") for i, source in enumerate(["مصدر طبي", "ناشطون", "مصدر عسكري"])}
    result = build(write(tmp_path / "raw", pages), jobs=1)
    (item,) = result.ticker_items.iter_rows(named=True)
    assert (item["attribution"], item["n_pages"]) == ("مصدر طبي", 3)


def test_a_claim_bug_on_a_ticker_item_is_reported_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bug injection: no real text makes find_claims raise, so a wrapper raises on one item."""
    from syria_news import pipeline

    real = pipeline.find_claims

    def broken_on_one_item(text: str):  # noqa: ANN202
        if text == "خبر آخر":
            raise IndexError("injected")
        return real(text)

    monkeypatch.setattr(pipeline, "find_claims", broken_on_one_item)
    raw = write(tmp_path / "raw", {"1.txt": variant("عنوان أول"), "2.txt": variant("عنوان ثالث", ticker="خبر آخر - 11:00")})
    result = build(raw, jobs=1)
    (error,) = result.report["ticker_claim_errors"]
    broken_id = result.ticker_items.filter(pl.col("text") == "خبر آخر")["ticker_id"].item()
    assert error["ticker_id"] == broken_id and "IndexError: injected" in error["error"]
    assert result.ticker_items.height == 2 and result.report["counts"]["parsed"] == 2


def test_duplicate_pages_count_towards_n_pages_and_rejected_pages_do_not(mixed_raw: Path) -> None:
    result = build(mixed_raw)
    seed_id = next(f["article_id"] for f in result.report["files"] if f["path"] == "2018/07/seed.txt")
    seed_items = result.ticker_items.filter(pl.col("article_id") == seed_id)
    # The copy changed one item (a new ticker_id, carried by the duplicate only) and kept nine.
    assert sorted(seed_items["n_pages"].to_list()) == [1, 1] + [2] * 9


def test_claims_link_to_their_sources(mixed_raw: Path) -> None:
    result = build(mixed_raw)
    claims = result.claims
    assert claims.height > 0
    assert set(claims.drop_nulls("article_id")["article_id"]) <= set(result.articles["article_id"])
    assert set(claims.drop_nulls("ticker_id")["ticker_id"]) <= set(result.ticker_items["ticker_id"])
    texts = {**{(r["article_id"], "title"): r["title"] for r in result.articles.iter_rows(named=True)},
             **{(r["article_id"], "body"): r["body"] for r in result.articles.iter_rows(named=True)},
             **{(r["ticker_id"], "ticker"): r["text"] for r in result.ticker_items.iter_rows(named=True)}}
    for claim in claims.iter_rows(named=True):
        text = texts[(claim["article_id"] or claim["ticker_id"], claim["field"])]
        assert text[claim["span_start"] : claim["span_end"]] == claim["quote"]


def test_two_builds_write_identical_bytes(mixed_raw: Path, tmp_path: Path) -> None:
    assert main(["build", "--raw", str(mixed_raw), "--out", str(tmp_path / "one"), "--quiet"]) == 0
    # A second process, through the installed entry point, from another working directory.
    subprocess.run([sys.executable, "-m", "syria_news.cli", "build", "--raw", str(mixed_raw), "--out", str(tmp_path / "two"), "--quiet"], check=True, cwd=tmp_path)
    assert read_outputs(tmp_path / "one") == read_outputs(tmp_path / "two")


def test_worker_processes_do_not_change_the_output(tmp_path: Path) -> None:
    pages = {f"p{i:03d}.txt": variant(f"عنوان رقم {i}", ticker=f"خبر {i % 7} (مصدر) - 10:0{i % 7}") for i in range(300)}
    raw = write(tmp_path / "raw", pages)
    one, two = build(raw, jobs=1), build(raw, jobs=2)
    write_package(one.tables, one.report, tmp_path / "one")
    write_package(two.tables, two.report, tmp_path / "two")
    assert read_outputs(tmp_path / "one") == read_outputs(tmp_path / "two")
    assert one.report["counts"]["parsed"] == 300 and one.ticker_items.height == 7


@pytest.mark.pinned
def test_committed_outputs_are_fresh(tmp_path: Path) -> None:
    """data/processed, schemas/ and datapackage.json are what building data/raw gives today."""
    result = build(ROOT / "data" / "raw")
    write_package(result.tables, result.report, tmp_path)
    fresh = read_outputs(tmp_path)
    committed = {name: (ROOT / name).read_bytes() for name in fresh if (ROOT / name).is_file()}
    stale = sorted(name for name in fresh if committed.get(name) != fresh[name])
    assert not stale, f"rebuild with `syria-news build`: stale or missing {stale}"


def test_installed_command_runs(tmp_path: Path) -> None:
    exe = shutil.which("syria-news", path=str(Path(sys.executable).parent))
    assert exe, "the syria-news entry point is not installed"
    run = subprocess.run([exe, "build", "--raw", str(SEED.parent), "--out", str(tmp_path)], capture_output=True, text=True, check=True)
    assert run.stdout.startswith("1 file in ") and "1 parsed, 0 duplicate, 0 rejected" in run.stdout
    assert pl.read_parquet(tmp_path / "data" / "processed" / "articles.parquet")["title"][0].startswith("الروس يعرضون")


def test_a_parser_bug_on_one_page_is_reported_not_a_crashed_build(mixed_raw: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from syria_news import pipeline

    real = pipeline.parse_page
    monkeypatch.setattr(pipeline, "parse_page", lambda text: real(text) if "عنوان آخر" not in text else [][0])
    result = build(mixed_raw, jobs=1)
    entry = next(f for f in result.report["files"] if f["path"] == "2019/other.txt")
    assert entry["status"] == "rejected" and entry["reason"].startswith("parser error: IndexError")
    assert result.report["counts"]["total"] == len(MIXED) and result.report["counts"]["parsed"] == 1
