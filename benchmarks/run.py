"""Throughput and memory benchmark of ``syria-news build`` on synthetic corpora.

    python benchmarks/run.py                       # 10k and 100k pages, 3 runs each
    python benchmarks/run.py --sizes 2000 --repeat 1 --work /tmp/bench

For each size it generates (or reuses, cached by size, seed and generator version) a
corpus with ``make_corpus.py``, then:

* times the floor: list, read and UTF-8-decode every file, in a fresh process: no
  parser can beat it;
* runs the build (``syria_news.pipeline.build`` then ``syria_news.package.write_package``,
  what ``syria-news build`` does) in a fresh process per run, ``--repeat`` times, and
  reports medians of wall time (interpreter start included), pages/s, MB/s of raw text,
  the build's own stage times, and peak RSS: exact for the largest single process
  (``wait4``), sampled every 20 ms for the whole process tree (main + workers);
* checks the build report against ``expected.json``: file counts, rejections by reason,
  rows, ticker page counts. A mismatch fails the benchmark (exit 1);
* the cache (issue 22): a first build with the cache into a fresh output folder, then,
  ``--repeat`` times, a rebuild after adding 1% new pages (made by ``make_corpus.py``
  with another seed, into ``new/`` of a copy of the raw folder) from that first build's
  cache, and a rebuild with nothing changed; the outputs of the rebuild must be
  byte-identical to a build of the same folder without the cache (else exit 1);
* the Dask engine (``--engine dask``, a ``LocalCluster``) with 1 and 2 workers, ``--repeat``
  times each, when Dask is installed (``--no-dask`` skips it);
* the claim finder's CPU time per page (``claim_speed.py``) on the first size's corpus.

``--json FILE`` writes every figure for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_corpus  # noqa: E402  (a script beside this one, not a package)

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


# --- corpora --------------------------------------------------------------------------


def corpus(work: Path, pages: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The corpus folder for (pages, seed), generated unless a complete one is cached."""
    folder = work / f"corpus-{pages}-seed{seed}"
    expected_file = folder / "expected.json"
    if expected_file.is_file():
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        if expected.get("generator_version") == make_corpus.GENERATOR_VERSION:
            return folder, expected
    shutil.rmtree(folder, ignore_errors=True)  # incomplete or stale: expected.json is written last
    started = time.perf_counter()
    expected = make_corpus.make_corpus(folder, pages, seed)
    print(f"  generated {pages:,} pages in {time.perf_counter() - started:.1f} s -> {folder}", file=sys.stderr)
    return folder, expected


# --- what a child process does ----------------------------------------------------------


def child_floor(raw: Path) -> dict[str, Any]:
    """List, read and decode every file, as the build must at the least."""
    started = time.perf_counter()
    paths = sorted(p for p in raw.rglob("*") if p.is_file())
    n_bytes = 0
    for path in paths:
        data = path.read_bytes()
        n_bytes += len(data)
        data.decode("utf-8", errors="replace")
    return {"seconds": time.perf_counter() - started, "files": len(paths), "bytes": n_bytes}


def child_build(raw: Path, out: Path, jobs: int | None, engine: str = "local", cache: bool = False) -> dict[str, Any]:
    """What ``syria-news build --quiet`` does, with the figures a benchmark needs."""
    started = time.perf_counter()
    from syria_news.package import write_package
    from syria_news.pipeline import build

    imported = time.perf_counter()
    result = build(raw, jobs=jobs, out=out, cache=cache, engine=engine)
    built = time.perf_counter()
    write_package(result.tables, result.report, out)
    written = time.perf_counter()
    claims = result.claims.group_by("claim_type").len().sort("claim_type")
    return {
        "import_seconds": imported - started,
        "build_seconds": result.seconds,
        "stage_seconds": {**result.stage_seconds, "write": written - built},
        "seconds": written - started,
        "counts": result.report["counts"],
        "rejected_by_reason": result.report["rejected_by_reason"],
        "rows": result.report["rows"],
        "ticker_item_pages": int(result.ticker_items["n_pages"].sum() or 0),
        "claims_by_type": dict(claims.iter_rows()),
        "cached_files": result.cached,
    }


def child_claims(raw: Path, repeat: int) -> dict[str, Any]:
    """``claim_speed.py``: the median CPU µs per page of find_claims over titles and bodies."""
    import claim_speed

    from syria_news.claims import find_claims

    texts = claim_speed.pages(raw)
    runs = []
    for _ in range(repeat):
        started = time.process_time()
        for title, body in texts:
            find_claims(title)
            find_claims(body)
        runs.append((time.process_time() - started) / len(texts) * 1e6)
    return {"pages": len(texts), "us_per_page": statistics.median(runs), "us_per_page_all": [round(r) for r in runs]}


# --- measuring a child ------------------------------------------------------------------


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, ppid in parents.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    total = 0
    for pid in tree:
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            pass
    return total


def measure(args: list[str]) -> dict[str, Any]:
    """Run ``run.py --child ...`` in a fresh process: its JSON, wall time, peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", *args], stdout=subprocess.PIPE, text=True)
    peak_tree = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, _tree_rss(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.stdout.read() if proc.stdout else ""
    # wait4, not wait: the rusage of this child alone (and of the workers it reaped).
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed ({proc.returncode}): {' '.join(args)}")
    result = json.loads(output)
    result |= {"wall_seconds": wall, "peak_rss_largest_process": usage.ru_maxrss * 1024, "peak_rss_tree_sampled": peak_tree}
    return result


# --- checks and the report --------------------------------------------------------------


def check(result: dict[str, Any], expected: dict[str, Any]) -> list[str]:
    """Differences between a build's report and the generator's expectations."""
    problems = []
    if result["counts"] != expected["counts"]:
        problems.append(f"counts {result['counts']} != expected {expected['counts']}")
    for prefix, n in expected["rejected_by_reason_prefix"].items():
        found = sum(v for k, v in result["rejected_by_reason"].items() if k.startswith(prefix))
        if found != n:
            problems.append(f"rejected '{prefix}...': {found} != expected {n}")
    for table, n in expected["rows"].items():
        if result["rows"][table] != n:
            problems.append(f"rows of {table}: {result['rows'][table]} != expected {n}")
    if result["ticker_item_pages"] != expected["ticker_item_pages"]:
        problems.append(f"sum of ticker n_pages {result['ticker_item_pages']} != expected {expected['ticker_item_pages']}")
    return problems


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")), platform.processor())
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    import polars

    return {
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)),
        "ram_gb": round(mem_kb / 1024**2, 1),
        "python": platform.python_version(),
        "polars": polars.__version__,
        "kernel": platform.release(),
    }


def _has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def median(values: list[float]) -> float:
    return statistics.median(values)


def benchmark_size(work: Path, pages: int, seed: int, repeat: int, jobs: int | None) -> dict[str, Any]:
    folder, expected = corpus(work, pages, seed)
    raw, out = folder / "raw", work / f"out-{pages}"
    floors = [measure(["floor", str(raw)]) for _ in range(repeat)]
    runs, problems = [], []
    for i in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        run = measure(["build", str(raw), str(out), str(jobs or 0)])
        runs.append(run)
        problems += [f"run {i + 1}: {p}" for p in check(run, expected)]
        print(f"  run {i + 1}/{repeat}: {run['wall_seconds']:.1f} s, {pages / run['wall_seconds']:,.0f} pages/s", file=sys.stderr)
    wall = median([r["wall_seconds"] for r in runs])
    floor = median([f["seconds"] for f in floors])
    stages = {name: median([r["stage_seconds"][name] for r in runs]) for name in runs[0]["stage_seconds"]}
    return {
        "pages": pages,
        "raw_mb": expected["raw_bytes"] / 1e6,
        "repeat": repeat,
        "wall_seconds": wall,
        "wall_seconds_all": [round(r["wall_seconds"], 2) for r in runs],
        "in_process_seconds": median([r["seconds"] for r in runs]),
        "import_seconds": median([r["import_seconds"] for r in runs]),
        "pages_per_second": pages / wall,
        "mb_per_second": expected["raw_bytes"] / 1e6 / wall,
        "peak_rss_largest_process_mb": max(r["peak_rss_largest_process"] for r in runs) / 1e6,
        "peak_rss_tree_mb": max(r["peak_rss_tree_sampled"] for r in runs) / 1e6,
        "stage_seconds": stages,
        "floor_seconds": floor,
        "build_over_floor": wall / floor,
        "claims_by_type": runs[0]["claims_by_type"],
        "planted_claims_info": expected["planted_claims_info"],
        "problems": problems,
    }


def outputs_of(out: Path) -> dict[str, bytes]:
    """The bytes of a build's outputs (datapackage.json, schemas/, data/processed/)."""
    files = [out / "datapackage.json", *sorted((out / "schemas").iterdir()), *sorted((out / "data" / "processed").iterdir())]
    return {f.relative_to(out).as_posix(): f.read_bytes() for f in files}


def summarize(runs: list[dict[str, Any]], pages: int) -> dict[str, Any]:
    wall = median([r["wall_seconds"] for r in runs])
    return {
        "wall_seconds": wall,
        "wall_seconds_all": [round(r["wall_seconds"], 2) for r in runs],
        "pages_per_second": pages / wall,
        "peak_rss_tree_mb": max(r["peak_rss_tree_sampled"] for r in runs) / 1e6,
        "peak_rss_largest_process_mb": max(r["peak_rss_largest_process"] for r in runs) / 1e6,
        "cached_files": runs[0].get("cached_files"),
    }


def benchmark_cache(work: Path, pages: int, seed: int, repeat: int, jobs: int | None, full_seconds: float) -> dict[str, Any]:
    """A first build with the cache, then rebuilds: 1% new pages, and nothing changed."""
    folder, _ = corpus(work, pages, seed)
    extra, _ = corpus(work, max(pages // 100, 1), seed + 1000)
    raw, out, clean = work / f"grow-{pages}" / "raw", work / f"grow-{pages}" / "out", work / f"grow-{pages}" / "clean"
    shutil.rmtree(raw.parent, ignore_errors=True)
    shutil.copytree(folder / "raw", raw)  # copy2: modification times kept, so the stat fast path applies
    first = measure(["build", str(raw), str(out), str(jobs or 0), "local", "cache"])
    print(f"  first build with the cache: {first['wall_seconds']:.1f} s", file=sys.stderr)
    kept = work / f"grow-{pages}" / "cache-after-first"
    shutil.copytree(out / ".cache", kept)
    unchanged, grown = [], []
    for i in range(repeat):
        run = measure(["build", str(raw), str(out), str(jobs or 0), "local", "cache"])
        unchanged.append(run)
        shutil.copytree(extra / "raw", raw / "new")
        shutil.rmtree(out / ".cache")
        shutil.copytree(kept, out / ".cache")
        run = measure(["build", str(raw), str(out), str(jobs or 0), "local", "cache"])
        grown.append(run)
        print(f"  rebuild {i + 1}/{repeat}: nothing changed {unchanged[-1]['wall_seconds']:.1f} s, 1% new pages {run['wall_seconds']:.1f} s ({run['cached_files']:,} files from the cache)", file=sys.stderr)
        if i < repeat - 1:
            shutil.rmtree(raw / "new")
    reference = measure(["build", str(raw), str(clean), str(jobs or 0), "local", "nocache"])
    identical = outputs_of(out) == outputs_of(clean)
    added = sum(1 for p in (extra / "raw").rglob("*") if p.is_file())
    incremental = summarize(grown, pages + added)
    return {
        "first_build_with_cache": summarize([first], pages),
        "rebuild_nothing_changed": summarize(unchanged, pages),
        "rebuild_1pct_new": incremental | {"new_pages": added},
        "full_build_of_grown_corpus_seconds": reference["wall_seconds"],
        "rebuild_over_full_build": incremental["wall_seconds"] / full_seconds,
        "identical_to_clean_build": identical,
        "cache_mb": sum(p.stat().st_size for p in (out / ".cache").rglob("*") if p.is_file()) / 1e6,
    }


def benchmark_dask(work: Path, pages: int, seed: int, repeat: int) -> dict[str, Any]:
    folder, expected = corpus(work, pages, seed)
    figures, problems = {}, []
    for workers in (1, 2):
        out = work / f"dask-{pages}"
        runs = []
        for i in range(repeat):
            shutil.rmtree(out, ignore_errors=True)
            runs.append(measure(["build", str(folder / "raw"), str(out), str(workers), "dask", "nocache"]))
            problems += [f"dask {workers} workers, run {i + 1}: {p}" for p in check(runs[-1], expected)]
            print(f"  dask, {workers} worker(s), run {i + 1}/{repeat}: {runs[-1]['wall_seconds']:.1f} s", file=sys.stderr)
        figures[f"workers_{workers}"] = summarize(runs, pages)
    return figures | {"problems": problems}


def format_size(r: dict[str, Any]) -> str:
    stages = ", ".join(f"{name} {seconds:.2f}" for name, seconds in r["stage_seconds"].items())
    lines = [
        f"{r['pages']:,} pages ({r['raw_mb']:.0f} MB), median of {r['repeat']}: {r['wall_seconds']:.2f} s wall "
        f"({r['pages_per_second']:,.0f} pages/s, {r['mb_per_second']:.1f} MB/s); runs {r['wall_seconds_all']}",
        f"  peak RSS: {r['peak_rss_tree_mb']:,.0f} MB all processes (sampled), {r['peak_rss_largest_process_mb']:,.0f} MB largest process",
        f"  stages (s): import {r['import_seconds']:.2f}, {stages}",
        f"  floor (list + read + decode): {r['floor_seconds']:.2f} s; build / floor = {r['build_over_floor']:.1f}x",
        "  report matches expected.json" if not r["problems"] else "  MISMATCH:\n    " + "\n    ".join(r["problems"]),
    ]
    if c := r.get("cache"):
        grown = c["rebuild_1pct_new"]
        lines.append(
            f"  cache: first build {c['first_build_with_cache']['wall_seconds']:.2f} s; rebuild, nothing changed {c['rebuild_nothing_changed']['wall_seconds']:.2f} s; "
            f"rebuild with {grown['new_pages']:,} new pages (1%) {grown['wall_seconds']:.2f} s {grown['wall_seconds_all']} = "
            f"{c['rebuild_over_full_build']:.1%} of the full build; peak RSS {grown['peak_rss_tree_mb']:,.0f} MB; cache {c['cache_mb']:,.0f} MB; "
            + ("outputs identical to a build without the cache" if c["identical_to_clean_build"] else "OUTPUTS DIFFER from a build without the cache")
        )
    if d := r.get("dask"):
        for workers in (1, 2):
            w = d[f"workers_{workers}"]
            lines.append(
                f"  dask, {workers} worker(s): {w['wall_seconds']:.2f} s {w['wall_seconds_all']} ({w['pages_per_second']:,.0f} pages/s); "
                f"peak RSS {w['peak_rss_tree_mb']:,.0f} MB all processes, {w['peak_rss_largest_process_mb']:,.0f} MB largest"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        kind, *rest = argv[1:]
        if kind == "floor":
            print(json.dumps(child_floor(Path(rest[0]))))
        elif kind == "claims":
            print(json.dumps(child_claims(Path(rest[0]), int(rest[1]))))
        else:
            engine, cache = (rest[3], rest[4] == "cache") if len(rest) > 3 else ("local", False)
            print(json.dumps(child_build(Path(rest[0]), Path(rest[1]), int(rest[2]) or None, engine, cache)))
        return 0

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="corpus sizes in pages (default: 10000 100000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="build runs per size; medians are reported (default 3)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes for the build (default: all cores)")
    parser.add_argument("--work", default="/tmp/syria-news-bench", help="folder for corpora and outputs (default /tmp/syria-news-bench)")
    parser.add_argument("--json", default=None, help="also write every figure to this JSON file")
    parser.add_argument("--no-cache", action="store_true", help="skip the cache's rebuilds")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask builds")
    parser.add_argument("--claim-passes", type=int, default=3, help="passes of the claim finder over the first size's pages (0: skip)")
    args = parser.parse_args(argv)

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": machine(), "command": "python benchmarks/run.py " + " ".join(argv), "sizes": []}
    print(f"machine: {results['machine']}")
    for pages in args.sizes:
        print(f"{pages:,} pages:", file=sys.stderr)
        result = benchmark_size(work, pages, args.seed, args.repeat, args.jobs)
        if not args.no_cache:
            result["cache"] = benchmark_cache(work, pages, args.seed, args.repeat, args.jobs, result["wall_seconds"])
            if not result["cache"]["identical_to_clean_build"]:
                result["problems"].append("the rebuild from the cache differs from a build without it")
        if not args.no_dask and _has_dask():
            result["dask"] = benchmark_dask(work, pages, args.seed, args.repeat)
            result["problems"] += result["dask"]["problems"]
        results["sizes"].append(result)
        print(format_size(result), flush=True)
    sizes = results["sizes"]
    if args.claim_passes:
        folder, _ = corpus(work, args.sizes[0], args.seed)
        results["claim_finder"] = measure(["claims", str(folder / "raw"), str(args.claim_passes)])
        c = results["claim_finder"]
        print(f"claim finder: {c['us_per_page']:,.0f} µs/page (CPU, median of {args.claim_passes} passes over {c['pages']:,} pages: {c['us_per_page_all']})")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        results["scaling"] = {
            "size_ratio": large["pages"] / small["pages"],
            "time_ratio": large["wall_seconds"] / small["wall_seconds"],
            "rss_ratio": large["peak_rss_tree_mb"] / small["peak_rss_tree_mb"],
        }
        s = results["scaling"]
        print(f"scaling {small['pages']:,} -> {large['pages']:,} pages ({s['size_ratio']:.0f}x): time {s['time_ratio']:.2f}x, peak RSS {s['rss_ratio']:.2f}x")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if any(r["problems"] for r in sizes) else 0


if __name__ == "__main__":
    sys.exit(main())
