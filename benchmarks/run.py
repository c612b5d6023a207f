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
  rows, ticker page counts. A mismatch fails the benchmark (exit 1).

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


def child_build(raw: Path, out: Path, jobs: int | None) -> dict[str, Any]:
    """What ``syria-news build --quiet`` does, with the figures a benchmark needs."""
    started = time.perf_counter()
    from syria_news.package import write_package
    from syria_news.pipeline import build

    imported = time.perf_counter()
    result = build(raw, jobs=jobs)
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
    }


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
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        kind, *rest = argv[1:]
        if kind == "floor":
            print(json.dumps(child_floor(Path(rest[0]))))
        else:
            print(json.dumps(child_build(Path(rest[0]), Path(rest[1]), int(rest[2]) or None)))
        return 0

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="corpus sizes in pages (default: 10000 100000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="build runs per size; medians are reported (default 3)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes for the build (default: all cores)")
    parser.add_argument("--work", default="/tmp/syria-news-bench", help="folder for corpora and outputs (default /tmp/syria-news-bench)")
    parser.add_argument("--json", default=None, help="also write every figure to this JSON file")
    args = parser.parse_args(argv)

    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = {"machine": machine(), "command": "python benchmarks/run.py " + " ".join(argv), "sizes": []}
    print(f"machine: {results['machine']}")
    for pages in args.sizes:
        print(f"{pages:,} pages:", file=sys.stderr)
        result = benchmark_size(work, pages, args.seed, args.repeat, args.jobs)
        results["sizes"].append(result)
        print(format_size(result), flush=True)
    sizes = results["sizes"]
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
