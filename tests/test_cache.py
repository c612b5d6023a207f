"""The build cache (OUT/.cache): a rebuild parses only new or changed files, and writes the bytes a clean build writes."""

from __future__ import annotations

import os
import time
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from syria_news import cache, pipeline
from syria_news.cli import main
from syria_news.package import write_package
from syria_news.pipeline import build
from test_build import SEED_TEXT, read_outputs, variant, write

PAGES = {
    "a/1.txt": variant("عنوان أول"),
    "a/2.txt": variant("عنوان ثان", ticker="خبر مشترك (ناشطون) - 10:00"),  # the shared item, read otherwise
    "b/3.txt": variant("عنوان ثالث", ticker="خبر آخر - 11:00", body="جرح سبعة مدنيين بقصف على درعا."),
    "b/seed.txt": SEED_TEXT,
    "c/copy.txt": variant("عنوان أول"),  # a duplicate of a/1.txt
    "c/empty.txt": "",
    "c/other.html": "<html>another outlet</html>",
}
LONG_AGO = 1_000_000_000  # 2001: old enough for the stat fast path


def clean_outputs(raw: Path, folder: Path) -> dict[str, bytes]:
    assert main(["build", str(raw), "--out", str(folder), "--quiet", "--no-cache", "--jobs", "1"]) == 0
    assert not (folder / ".cache").exists()  # --no-cache writes none
    return read_outputs(folder)


def age(raw: Path) -> None:
    for path in raw.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(LONG_AGO, LONG_AGO))


def results_files(out: Path) -> list[Path]:
    return sorted((out / ".cache").rglob("results-*.parquet"))


def test_a_rebuild_reuses_every_file_and_writes_the_same_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = write(tmp_path / "raw", PAGES)
    expected = clean_outputs(raw, tmp_path / "clean")
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--jobs", "1"]) == 0
    assert f"cache: 0 of {len(PAGES)} files reused, {len(PAGES)} read and parsed" in capsys.readouterr().out
    assert main(["build", str(raw), "--out", str(out), "--jobs", "1"]) == 0
    assert f"cache: {len(PAGES)} of {len(PAGES)} files reused, 0 read and parsed" in capsys.readouterr().out
    assert read_outputs(out) == expected
    # The cache is no output: not in the package, its checksums or the report.
    assert ".cache" not in (out / "datapackage.json").read_text(encoding="utf-8") + (out / "data/processed/build_report.json").read_text(encoding="utf-8")


def test_new_and_changed_files_are_parsed_and_the_rest_reused(tmp_path: Path) -> None:
    raw = write(tmp_path / "raw", PAGES)
    age(raw)
    out = tmp_path / "out"
    build(raw, out=out, jobs=1)
    # A new page, one rewritten with the same size and its modification time set back,
    # one removed: the change time gives the rewrite away.
    write(raw, {"b/4.txt": variant("عنوان رابع")})
    (raw / "a/1.txt").write_text(PAGES["a/1.txt"].replace("أول", "ولا"), encoding="utf-8")
    os.utime(raw / "a/1.txt", ns=(LONG_AGO, LONG_AGO))
    (raw / "c/empty.txt").unlink()
    result = build(raw, out=out, jobs=1)
    assert result.cached == len(PAGES) - 2
    write_package(result.tables, result.report, out)
    assert read_outputs(out) == clean_outputs(raw, tmp_path / "clean")


def test_unchanged_files_are_not_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Files modified long before they were hashed are known by their stat alone."""
    raw = write(tmp_path / "raw", PAGES)
    age(raw)
    build(raw, out=tmp_path / "out", jobs=1)
    reads = []
    real = cache.read_bounded
    monkeypatch.setattr(cache, "read_bounded", lambda *args: reads.append(args) or real(*args))
    assert build(raw, out=tmp_path / "out", jobs=1).cached == len(PAGES)
    assert reads == []


def test_a_file_modified_just_before_it_was_hashed_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git's racy rule: a change within the clock's granularity could leave the times unchanged."""
    raw = write(tmp_path / "raw", PAGES)  # modified now: within RACY_NS of the first build
    build(raw, out=tmp_path / "out", jobs=1)
    reads = []
    real = cache.read_bounded
    monkeypatch.setattr(cache, "read_bounded", lambda *args: reads.append(args) or real(*args))
    assert build(raw, out=tmp_path / "out", jobs=1).cached == len(PAGES)
    assert len(reads) == len(PAGES)


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = os.urandom(64)  # same length, altered bytes
    path.write_bytes(bytes(data))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _wrong_schema(path: Path) -> None:
    """A well-formed Parquet file under a name that matches its hash, with other columns."""
    import hashlib
    import io

    buffer = io.BytesIO()
    pl.DataFrame({"sha256": ["x"], "something": [1]}).write_parquet(buffer)
    path.unlink()
    (path.parent / f"results-{hashlib.sha256(buffer.getvalue()).hexdigest()}.parquet").write_bytes(buffer.getvalue())


@pytest.mark.parametrize("damage", [_truncate, _garbage, _empty, _wrong_schema], ids=["truncated", "garbage-bytes", "empty", "wrong-schema"])
def test_a_corrupt_entry_is_rebuilt_never_trusted(tmp_path: Path, damage) -> None:  # noqa: ANN001
    raw = write(tmp_path / "raw", PAGES)
    expected = clean_outputs(raw, tmp_path / "clean")
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--jobs", "1"]) == 0
    (entry,) = results_files(out)
    damage(entry)
    for paths_index in (out / ".cache").rglob("paths-*.parquet"):
        _garbage(paths_index)
    # A half-written entry of a killed build sits beside them under its temporary name.
    (entry.parent / ".partial-killed").write_bytes(b"PAR1 half")
    result = build(raw, out=out, jobs=1)
    assert result.cached == 0
    assert any("removed, its files are parsed again" in note for note in result.notes)
    write_package(result.tables, result.report, out)
    assert read_outputs(out) == expected
    # The broken entry is gone and a whole one replaced it: the next build reuses every file.
    assert build(raw, out=out, jobs=1).cached == len(PAGES)


def test_a_cache_of_another_fingerprint_is_ignored_and_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = write(tmp_path / "raw", PAGES)
    out = tmp_path / "out"
    build(raw, out=out, jobs=1)
    (old,) = (out / ".cache" / "syria-news").iterdir()
    monkeypatch.setattr(cache, "fingerprint", lambda: "another-version-of-the-grammar")
    assert build(raw, out=out, jobs=1).cached == 0
    assert [p.name for p in (out / ".cache" / "syria-news").iterdir()] == ["another-version-of-the-grammar"]
    assert not old.exists()


def test_the_fingerprint_follows_the_package_sources() -> None:
    assert cache.fingerprint() == cache.fingerprint()
    assert len(cache.fingerprint()) == 24


def test_no_cache_neither_reads_nor_writes_it(tmp_path: Path) -> None:
    raw = write(tmp_path / "raw", PAGES)
    out = tmp_path / "out"
    build(raw, out=out, jobs=1)
    for entry in results_files(out):
        _garbage(entry)
    before = {p: p.read_bytes() for p in (out / ".cache").rglob("*") if p.is_file()}
    result = build(raw, out=out, jobs=1, cache=False)
    assert result.cached is None and result.notes == []
    assert {p: p.read_bytes() for p in (out / ".cache").rglob("*") if p.is_file()} == before


def test_many_results_files_are_compacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "FILE_ROWS", 1)
    raw = write(tmp_path / "raw", PAGES)
    out = tmp_path / "out"
    build(raw, out=out, jobs=1)
    assert len(results_files(out)) == 1  # one chunk's new rows, in one file
    monkeypatch.setattr(cache, "MAX_FILES", 0)
    (raw / "b/seed.txt").unlink()
    assert build(raw, out=out, jobs=1).cached == len(PAGES) - 1
    # Compacted to the live files' rows, one per file (FILE_ROWS = 1): the removed page's row is gone.
    rows = pl.concat([pl.read_parquet(p) for p in results_files(out)])
    assert rows.height == len(set(rows["sha256"])) == len(results_files(out)) == len(PAGES) - 2  # a/1.txt and c/copy.txt are the same bytes


def frames_and_report(result) -> tuple:  # noqa: ANN001
    return tuple(t.to_dicts() for t in result.tables.values()), result.report


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=st.sets(st.sampled_from(sorted(PAGES))), second=st.sets(st.sampled_from(sorted(PAGES)), min_size=1))
def test_any_cached_subset_and_new_files_build_what_a_clean_build_does(tmp_path_factory: pytest.TempPathFactory, first: set[str], second: set[str]) -> None:
    base = tmp_path_factory.mktemp("subset")
    out = base / "out"
    if first:
        build(write(base / "raw1", {name: PAGES[name] for name in first}), out=out, jobs=1)
    raw = write(base / "raw2", {name: PAGES[name] for name in second})
    cached = build(raw, out=out, jobs=1)
    assert cached.cached == sum(PAGES[name] in {PAGES[f] for f in first} for name in second)  # by content, whatever the path
    assert frames_and_report(cached) == frames_and_report(build(raw, jobs=1))


def test_the_cache_inside_the_raw_folder_is_not_read_as_pages(tmp_path: Path) -> None:
    raw = write(tmp_path / "raw", {"page.txt": SEED_TEXT})
    for _ in range(2):
        result = build(raw, out=raw, jobs=1)
        write_package(result.tables, result.report, raw)
    assert result.report["counts"]["total"] == 1 and result.cached == 1
    assert not any(".cache" in name for name in result.report["excluded_outputs"])


def test_a_racy_rule_margin_is_respected() -> None:
    """The margin covers file systems with coarse (up to 2 s) time stamps."""
    assert cache.RACY_NS >= 2 * 10**9 and time.time_ns() > LONG_AGO + cache.RACY_NS


def write_rows(folder: Path, rows: list[tuple[str, str]]) -> None:
    """A results file of these (sha256, reason) rows, its other columns null."""
    schema = cache.results_schema()
    frame = pl.DataFrame(rows, schema={"sha256": pl.String, "reason": pl.String}, orient="row")
    cache.Cache(folder)._write("results", frame.select(pl.col(name) if name in frame.columns else pl.lit(None, schema[name]).alias(name) for name in schema))


@pytest.mark.parametrize("order", ["as cached", "reversed", "with repeats"])
def test_results_files_holding_the_same_sha256_give_its_first_row(tmp_path: Path, order: str) -> None:
    folder = tmp_path / "cache"
    write_rows(folder, [(f"s{i:02}", f"first {i}") for i in range(30)])
    write_rows(folder, [(f"s{i:02}", f"second {i}") for i in [*range(20, 50), 45]])  # 20-29 in both files, 45 twice
    files = sorted(folder.glob("results-*.parquet"))  # read in this order
    expected = pl.concat([pl.read_parquet(p) for p in files]).unique("sha256", keep="first", maintain_order=True)
    opened = cache.Cache(folder)
    opened._read()
    assert opened.rows is not None and opened.rows.equals(expected) and expected.height == 50
    shas = expected["sha256"].to_list()
    shas = {"as cached": shas, "reversed": shas[::-1], "with repeats": [*shas[:10], *shas[5:15], *shas[40:]]}[order]
    paths = [f"page{i}.txt" for i in range(len(shas))]
    reason = dict(expected.select("sha256", "reason").iter_rows())
    found = opened.results(paths, shas)
    assert found.columns == list(pipeline.RESULTS) and found["path"].to_list() == paths and found["sha256"].to_list() == shas
    assert found["reason"].to_list() == [reason[sha] for sha in shas]
