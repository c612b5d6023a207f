"""The build pipeline, ``syria-news build``: a folder of raw pages in, validated tables and a build report out.

The only module that touches the file system on the way in. Files are read in sorted
path order and each one is accounted for (parsed, duplicate or rejected); pages are
parsed by pure functions, in worker processes when ``jobs > 1``, and gathered back in
input order, so the output is byte-identical whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl

from syria_news import events, frames, manifest
from syria_news.governorates import governorates_frame
from syria_news.claims import find_claims
from syria_news.page import Rejection, TickerItem, parse_page
from syria_news.versions import installed_versions
from syria_news.raw_files import NotRegular, RawEntry, Scan, TooLarge, output_paths, read_bounded, scan_raw

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Pages sent to a worker at once: large enough to amortize inter-process traffic.
CHUNK = 64
# Chunks in flight per worker: enough to keep workers busy, few enough that results never
# pile up in the main process (memory stays flat however many files there are).
IN_FLIGHT = 4
STAGES = ("read", "parse", "claims", "frames")


class BuildError(Exception):
    """A build that cannot start or finish, with a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class PageRows:
    """What one raw file became: its rows, or why it has none. Pure data, made in a worker.

    ``ticker`` holds the page's distinct ticker items with their ids; ``seconds`` the CPU
    time of reading, parsing and finding claims.
    """

    path: str
    sha256: str | None
    reason: str | None = None
    article_id: str | None = None
    article: dict[str, Any] | None = None
    claims: tuple[dict[str, Any], ...] = ()
    ticker: tuple[tuple[str, TickerItem], ...] = ()
    seconds: tuple[float, float, float] = (0.0, 0.0, 0.0)


def read_page(raw_dir: Path, entry: RawEntry, max_bytes: int = DEFAULT_MAX_BYTES) -> PageRows:
    """Read, decode, parse one file, find the claims of its title and body, make its rows.

    Stage times are CPU time (``process_time``): with more workers than idle cores a
    wall-clock timer would count the time a worker waited for a core.
    """
    started = time.process_time()
    path = entry.shown
    if entry.reason is not None:
        return PageRows(path, None, reason=entry.reason)
    try:
        data = read_bounded(raw_dir / entry.name, max_bytes)
    except TooLarge as error:
        return PageRows(path, None, reason=str(error))
    except NotRegular as error:
        return PageRows(path, None, reason=f"not a regular file: {error}")
    except OSError as error:
        return PageRows(path, None, reason=f"unreadable: {error.strerror or error}")
    sha256 = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return PageRows(path, sha256, reason="empty file")
    if b"\x00" in data:
        return PageRows(path, sha256, reason="binary file (NUL bytes), not a text page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return PageRows(path, sha256, reason=f"not UTF-8: invalid byte at offset {error.start}")
    read_at = time.process_time()
    try:
        return _parse_text(path, sha256, text, started, read_at)
    except Exception as error:  # noqa: BLE001 - a bug on one page is reported, not a crashed build
        return PageRows(path, sha256, reason=f"parser error: {type(error).__name__}: {error} (a bug in syria-news; please report this file)")


def _parse_text(path: str, sha256: str, text: str, started: float, read_at: float) -> PageRows:
    page = parse_page(text)
    parsed_at = time.process_time()
    if isinstance(page, Rejection):
        return PageRows(path, sha256, reason=page.reason, seconds=(read_at - started, parsed_at - read_at, 0.0))
    article_id = page.article_id
    claims = events.article_claims(page.title, page.body, article_id)
    ticker: dict[str, TickerItem] = {}  # a page counts once however often it repeats an item
    for item in page.ticker:
        ticker.setdefault(item.ticker_id, item)
    return PageRows(
        path,
        sha256,
        article_id=article_id,
        article=frames.article_row(page, path, sha256),
        claims=tuple(claims),
        ticker=tuple(ticker.items()),
        seconds=(read_at - started, parsed_at - read_at, time.process_time() - parsed_at),
    )


class FileEntry(NamedTuple):
    """One file of a chunk as the main process sees it: no text, only what it counts.

    Named tuples and plain tuples, not dataclasses, cross the process boundary: they
    unpickle several times faster.
    """

    path: str
    sha256: str | None
    reason: str | None
    article_id: str | None
    ticker_ids: tuple[str, ...]
    n_claims: int


@dataclass(frozen=True, slots=True)
class Chunk:
    """The files of one chunk, with the rows of its parsed pages packed into frames.

    Frames travel between processes as Arrow buffers, far cheaper to send and to keep
    than one Python dict per row; ``articles`` has a row per parsed file and ``claims``
    the ``n_claims`` rows of each, in file order.
    """

    files: tuple[FileEntry, ...]
    articles: pl.DataFrame
    claims: pl.DataFrame
    ticker: dict[str, tuple[str, str | None, str | None, str | None]]  # TickerItem fields by id
    seconds: tuple[float, ...]


def read_chunk(raw_dir: Path, entries: list[RawEntry], max_bytes: int = DEFAULT_MAX_BYTES) -> Chunk:
    """:func:`read_page` over one chunk of entries, packed into a :class:`Chunk` (the unit of
    work of a worker)."""
    pages = [read_page(raw_dir, entry, max_bytes) for entry in entries]
    started = time.process_time()
    articles = frames.articles_frame(p.article for p in pages if p.article is not None)
    claims = frames.claims_frame(row for p in pages for row in p.claims)
    ticker: dict[str, tuple[str, str | None, str | None, str | None]] = {}
    for p in pages:
        for ticker_id, i in p.ticker:  # the first page's item wins, as across chunks
            ticker.setdefault(ticker_id, (i.text, i.attribution, i.source_kind, i.time_local))
    files = tuple(FileEntry(p.path, p.sha256, p.reason, p.article_id, tuple(t for t, _ in p.ticker), len(p.claims)) for p in pages)
    seconds = [sum(p.seconds[i] for p in pages) for i in range(3)]
    return Chunk(files, articles, claims, ticker, (*seconds, time.process_time() - started))


@dataclass
class BuildResult:
    """The frames and the report of one build."""

    articles: pl.DataFrame
    ticker_items: pl.DataFrame
    claims: pl.DataFrame
    article_tallies: pl.DataFrame
    governorates: pl.DataFrame
    report: dict[str, Any]
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pl.DataFrame]:
        return {
            "articles": self.articles,
            "ticker_items": self.ticker_items,
            "claims": self.claims,
            "article_tallies": self.article_tallies,
            "governorates": self.governorates,
        }


@dataclass
class _Gather:
    """Folds chunks, in input order, into frames and report entries."""

    files: list[dict[str, Any]] = field(default_factory=list)
    article_frames: list[pl.DataFrame] = field(default_factory=list)
    claim_frames: list[pl.DataFrame] = field(default_factory=list)
    # Row masks over the frames above: False for the rows of a duplicate file. Applied
    # once at the end, a filter per chunk costing more than the rows it drops.
    keep_articles: list[bool] = field(default_factory=list)
    keep_claims: list[bool] = field(default_factory=list)
    # ticker_id -> [item, first article_id, pages carrying it, earliest fetch of those pages]
    ticker: dict[str, list[Any]] = field(default_factory=dict)
    fetches: dict[str, manifest.Fetch] = field(default_factory=dict)  # from the manifest, by path
    seen: set[str] = field(default_factory=set)
    rejections: Counter[str] = field(default_factory=Counter)
    cpu_seconds: list[float] = field(default_factory=lambda: [0.0] * len(STAGES))

    def add(self, chunk: Chunk) -> None:
        for i, seconds in enumerate(chunk.seconds):
            self.cpu_seconds[i] += seconds
        for f in chunk.files:
            entry: dict[str, Any] = {"path": f.path, "sha256": f.sha256}
            article_id = f.article_id
            if article_id is None:
                entry |= {"status": "rejected", "reason": f.reason, "article_id": None}
                self.rejections[_reason_kind(f.reason)] += 1
            else:
                first = article_id not in self.seen
                if first:
                    entry |= {"status": "parsed", "reason": None, "article_id": article_id}
                    self.seen.add(article_id)
                else:
                    entry |= {"status": "duplicate", "reason": "same article as an earlier file", "article_id": article_id}
                self.keep_articles.append(first)
                self.keep_claims += [first] * f.n_claims
                fetch = self.fetches.get(f.path)
                self._count_ticker(chunk.ticker, f.ticker_ids, article_id, fetch.fetched_at if fetch else None)
            self.files.append(entry)
        self.article_frames.append(chunk.articles)
        self.claim_frames.append(chunk.claims)

    def _count_ticker(self, items: dict[str, tuple[str, str | None, str | None, str | None]], ticker_ids: tuple[str, ...], article_id: str, fetched_at: datetime | None) -> None:
        for ticker_id in ticker_ids:
            seen = self.ticker.get(ticker_id)
            if seen is None:
                self.ticker[ticker_id] = [TickerItem(*items[ticker_id]), article_id, 1, fetched_at]
                continue
            seen[2] += 1
            if fetched_at is not None and (seen[3] is None or fetched_at < seen[3]):
                seen[3] = fetched_at


def _reason_kind(reason: str | None) -> str:
    """The reason without its particulars, for the summary: 'too large', 'not UTF-8'..."""
    return (reason or "unknown").split(":")[0]


def iter_chunks(raw_dir: Path, paths: list[RawEntry], *, max_bytes: int, jobs: int) -> Iterator[Chunk]:
    """Chunks in input order; read in ``jobs`` processes when more than one.

    Chunks are submitted as results are consumed, never more than ``IN_FLIGHT`` per
    worker ahead, so a slow consumer cannot make finished pages pile up in memory.
    """
    chunks = (paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK))
    if jobs <= 1 or len(paths) < 2 * CHUNK:
        for chunk in chunks:
            yield read_chunk(raw_dir, chunk, max_bytes)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupt) as pool:
        pending: deque[Future[Chunk]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(read_chunk, raw_dir, chunk, max_bytes))
            if len(pending) >= IN_FLIGHT * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def _ignore_interrupt() -> None:
    """In a worker: Ctrl-C is the main process's to handle (one line, no worker tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _concat(parts: list[pl.DataFrame], keep: list[bool], empty: pl.DataFrame) -> pl.DataFrame:
    """One frame in one chunk, without the rows ``keep`` drops: the same bytes on write
    however the rows were chunked. Empties ``parts``, so that the chunk frames are freed
    before the filter copies the rows: the peak holds the rows twice, not three times."""
    frame = pl.concat([empty, *parts], how="vertical", rechunk=True)
    parts.clear()
    if not all(keep):
        frame = frame.filter(pl.Series(keep, dtype=pl.Boolean))
    return frame


def build(
    raw_dir: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = None,
    progress: bool = False,
    out: str | os.PathLike[str] | None = None,
) -> BuildResult:
    """Parse every file under ``raw_dir`` into validated frames and a build report.

    ``out``: the output folder the build will be written to; when it lies inside
    ``raw_dir``, its outputs are not read as pages.
    """
    from syria_news import __version__, schemas

    raw = Path(raw_dir)
    started = time.perf_counter()
    scan = _scan(raw, out)
    paths, scrape, manifest_entry = _split_manifest(raw, scan.entries, max_bytes)
    gather = _Gather(fetches=scrape.fetches if scrape else {})
    chunks = iter_chunks(raw, paths, max_bytes=max_bytes, jobs=jobs or os.cpu_count() or 1)
    bar = _progress_bar(len(paths)) if progress else None
    for chunk in chunks:
        gather.add(chunk)
        if bar is not None:
            bar.update(len(chunk.files))
            bar.set_postfix(rejected=sum(gather.rejections.values()), refresh=False)
    if bar is not None:
        bar.close()
    parsed_at = time.perf_counter()

    ticker_rows, ticker_claims, ticker_errors = [], [], []
    for ticker_id, (item, article_id, n_pages, captured_at) in gather.ticker.items():
        ticker_rows.append(frames.ticker_row(item, article_id, n_pages, captured_at))
        try:
            found = find_claims(item.text)
        except Exception as error:  # noqa: BLE001 - as for a page: the item stays, its claims are reported missing
            ticker_errors.append({"ticker_id": ticker_id, "error": f"{type(error).__name__}: {error} (a bug in syria-news; please report this item)"})
            continue
        ticker_claims += frames.claim_rows(found, field="ticker", ticker_id=ticker_id, attribution=item.attribution)

    gather.claim_frames.append(frames.claims_frame(ticker_claims))
    gather.keep_claims += [True] * len(ticker_claims)
    claims = _concat(gather.claim_frames, gather.keep_claims, frames.claims_frame([]))
    tables = {
        "articles": _with_urls(_concat(gather.article_frames, gather.keep_articles, frames.articles_frame([])), gather.fetches),
        "ticker_items": frames.ticker_frame(ticker_rows),
        "claims": claims,
        "article_tallies": events.article_tallies(claims),
        "governorates": governorates_frame(),  # a lookup table from data, the same in every build
    }
    if manifest_entry is not None:
        index, entry = manifest_entry
        gather.files.insert(index, entry)
    framed_at = time.perf_counter()
    for name, table in tables.items():
        schemas.validate(name, table)
    validated_at = time.perf_counter()

    counts = Counter(f["status"] for f in gather.files)
    report = {
        "syria_news_version": __version__,
        # the versions of what shapes the bytes (versions.py); the build extra pins them
        "built_with": installed_versions(),
        "raw_files_sha256": _manifest_hash(gather.files),
        "counts": {
            "parsed": counts["parsed"],
            "duplicate": counts["duplicate"],
            "rejected": counts["rejected"],
            "manifest": counts["manifest"],
            "total": len(gather.files),
        },
        # the scrape's manifest.csv: rows read, rows used, problems (null: the raw folder has none)
        "manifest": scrape.report() if scrape else None,
        "rejected_by_reason": dict(sorted(gather.rejections.items())),
        "rows": {name: table.height for name, table in tables.items()},
        # build outputs found under the raw folder (--out inside --raw): not read as pages
        "excluded_outputs": scan.excluded,
        # ticker items whose claims could not be read: the items are in ticker_items, their claims are not
        "ticker_claim_errors": ticker_errors,
        "files": gather.files,
    }
    # Wall-clock stages, then the CPU time of the per-page stages summed over workers
    # (with several workers their sum exceeds the wall time of "gather").
    stage_seconds = {
        "gather": parsed_at - started,
        "frames": framed_at - parsed_at,
        "validate": validated_at - framed_at,
    }
    stage_seconds |= {f"{name}_cpu": seconds for name, seconds in zip(STAGES, gather.cpu_seconds, strict=True)}
    return BuildResult(**tables, report=report, seconds=validated_at - started, stage_seconds=stage_seconds)


def _split_manifest(raw: Path, entries: list[RawEntry], max_bytes: int) -> tuple[list[RawEntry], manifest.Manifest | None, tuple[int, dict[str, Any]] | None]:
    """The page entries, the manifest read from the raw folder's root (if it has one), and
    the manifest's report entry with its place in the sorted file list."""
    for index, entry in enumerate(entries):
        if entry.name == manifest.NAME and entry.reason is None:
            break
    else:
        return entries, None, None
    pages = entries[:index] + entries[index + 1 :]
    sha256 = None
    try:
        data = read_bounded(raw / entry.name, max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        scrape = manifest.read_manifest(data, {e.shown for e in pages if e.reason is None})
    except (TooLarge, NotRegular, OSError) as error:
        scrape = manifest.Manifest()
        scrape.problem(f"unreadable ({error}): manifest ignored")
    report = {"path": entry.shown, "sha256": sha256, "status": "manifest", "reason": None, "article_id": None}
    return pages, scrape, (index, report)


def _with_urls(articles: pl.DataFrame, fetches: dict[str, manifest.Fetch]) -> pl.DataFrame:
    """``articles.url`` from the manifest, by each article's source file."""
    if not fetches:
        return articles
    urls = {path: f.url for path, f in fetches.items() if f.url is not None}
    return articles.with_columns(pl.col("source_file").replace_strict(urls, default=None, return_dtype=pl.String).alias("url"))


def _scan(raw: Path, out: str | os.PathLike[str] | None) -> Scan:
    """The raw folder's entries, or a BuildError when there is nothing to build."""
    if not raw.exists():
        raise BuildError(f"raw folder not found: {raw} (pass --raw DIR, a folder of raw page files)")
    if not raw.is_dir():
        raise BuildError(f"not a folder: {raw} (pass --raw DIR, a folder of raw page files)")
    scan = scan_raw(raw, output_paths(raw, out))
    if not scan.entries:
        raise BuildError(f"no files under {raw}: nothing to build" + (" (its build outputs are not inputs)" if scan.excluded else ""))
    return scan


def _manifest_hash(files: list[dict[str, Any]]) -> str:
    """One hash naming the exact set of input files: their paths and their bytes."""
    lines = "".join(f"{f['sha256'] or '-'}  {f['path']}\n" for f in files)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _progress_bar(total: int):  # noqa: ANN202 - tqdm's type
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="page", desc="build", file=sys.stderr, smoothing=0.1)
