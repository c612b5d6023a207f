"""The build pipeline, ``syria-news build``: a folder of raw pages in, validated tables and a build report out.

The only module that touches the file system on the way in. Files are read in sorted
path order and each one is accounted for (parsed, duplicate or rejected); pages are
parsed by pure functions, in worker processes when ``jobs > 1`` (or on a Dask cluster,
:mod:`syria_news.dask_engine`), and gathered back in input order, so the output is
byte-identical whatever the number of workers. A file's results are one row of
:data:`RESULTS`; those of files the cache holds (:mod:`syria_news.cache`) are not parsed
again, and the steps across files always run on all of them.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.forkserver
import multiprocessing.context
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from itertools import groupby
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl

from syria_news import cache, events, frames, manifest
from syria_news.governorates import governorates_frame
from syria_news.claims import find_claims
from syria_news.page import Rejection, TickerItem, parse_page
from syria_news.versions import installed_versions
from syria_news.raw_files import NotRegular, RawEntry, Scan, TooLarge
from syria_news.remote_raw import RawFolder, Unreachable, raw_folder

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Pages sent to a worker at once: large enough to amortize inter-process traffic.
CHUNK = 64
# Chunks in flight per worker: enough to keep workers busy, few enough that results never
# pile up in the main process (memory stays flat however many files there are).
IN_FLIGHT = 4
# Files whose ticker ids the gather takes as Python lists at once: a run of cached rows
# can be every file, ~1M ids at 100k pages.
TICKER_SLICE = 4096
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


def read_page(raw_dir: RawFolder, entry: RawEntry, max_bytes: int = DEFAULT_MAX_BYTES) -> PageRows:
    """Read, decode, parse one file, find the claims of its title and body, make its rows.

    Stage times are CPU time (``process_time``): with more workers than idle cores a
    wall-clock timer would count the time a worker waited for a core.
    """
    started = time.process_time()
    path = entry.shown
    if entry.reason is not None:
        return PageRows(path, None, reason=entry.reason)
    try:
        data = raw_dir.read(entry, max_bytes)
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


# One row per raw file: what reading, parsing and finding claims made of it, nested so
# that a file's rows travel, are cached and are sliced as one. Everything but ``path``
# depends on the file's bytes alone, so a row can be reused for the same bytes at any
# path (syria_news.cache). The article's source_file, source_sha256 and url are set at the
# end of the build, from ``path``, ``sha256`` and the manifest.
ARTICLE_FIELDS = tuple(c for c in frames.ARTICLES.column_names if c not in ("source_file", "source_sha256", "url"))
TICKER_FIELDS = ("ticker_id", "text", "attribution", "source_kind", "time_local")
RESULTS = pl.Schema(
    {
        "path": pl.String(),
        "sha256": pl.String(),
        "reason": pl.String(),
        "article_id": pl.String(),
        "article": pl.Struct({name: frames.ARTICLES.polars_schema[name] for name in ARTICLE_FIELDS}),
        "claims": pl.List(pl.Struct(frames.CLAIMS.polars_schema)),
        "ticker": pl.List(pl.Struct({name: pl.String for name in TICKER_FIELDS})),  # the page's distinct items, its own reading of each
    }
)


def results_frame(pages: list[PageRows]) -> pl.DataFrame:
    """The :data:`RESULTS` rows of some files, in their order.

    Made as flat frames first, then nested by the row's place: several times faster
    than handing Polars nested Python objects.
    """
    files = pl.DataFrame(
        {"path": [p.path for p in pages], "sha256": [p.sha256 for p in pages], "reason": [p.reason for p in pages], "article_id": [p.article_id for p in pages]},
        schema={name: RESULTS[name] for name in ("path", "sha256", "reason", "article_id")},
    ).with_row_index("at")
    at = [i for i, p in enumerate(pages) if p.article is not None]
    articles = frames.articles_frame(p.article for p in pages if p.article is not None).select(pl.Series("at", at, pl.UInt32), pl.struct(ARTICLE_FIELDS).alias("article"))
    claims = frames.claims_frame(row for i in at for row in pages[i].claims)
    claims = claims.select(pl.Series("at", [i for i in at for _ in pages[i].claims], pl.UInt32), pl.struct(claims.columns).alias("claims"))
    ticker_rows = [(i, ticker_id, t.text, t.attribution, t.source_kind, t.time_local) for i in at for ticker_id, t in pages[i].ticker]
    ticker = pl.DataFrame(ticker_rows, schema={"at": pl.UInt32, **{name: pl.String for name in TICKER_FIELDS}}, orient="row")
    ticker = ticker.select("at", pl.struct(TICKER_FIELDS).alias("ticker"))
    nested = (
        files.join(articles, on="at", how="left")
        .join(claims.group_by("at").agg("claims"), on="at", how="left")
        .join(ticker.group_by("at").agg("ticker"), on="at", how="left")
        .sort("at")
    )
    empty = {name: pl.col(name).fill_null(pl.lit([], RESULTS[name])) for name in ("claims", "ticker")}
    return nested.with_columns(**empty).select(RESULTS.names()).cast(RESULTS)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Chunk:
    """The results of some consecutive files (:data:`RESULTS`), and the CPU time they took.

    Frames travel between processes as Arrow buffers, far cheaper to send and to keep
    than one Python dict per row.
    """

    results: pl.DataFrame
    seconds: tuple[float, ...] = (0.0,) * len(STAGES)


def read_chunk(raw_dir: RawFolder, entries: list[RawEntry], max_bytes: int = DEFAULT_MAX_BYTES) -> Chunk:
    """:func:`read_page` over one chunk of entries, packed into a :class:`Chunk` (the unit of
    work of a worker)."""
    pages = [read_page(raw_dir, entry, max_bytes) for entry in entries]
    started = time.process_time()
    results = results_frame(pages)
    seconds = [sum(p.seconds[i] for p in pages) for i in range(3)]
    return Chunk(results, (*seconds, time.process_time() - started))


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
    cached: int | None = None  # files whose results came from the cache (None: no cache used)
    notes: list[str] = field(default_factory=list)  # the cache's warnings, one line each

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
    """Folds results, in input order, into report entries, ticker counts and the kept rows."""

    files: list[dict[str, Any]] = field(default_factory=list)
    results: list[pl.DataFrame] = field(default_factory=list)
    # One per file: False for a rejected or duplicate file, whose rows are not kept.
    # Applied once at the end, a filter per chunk costing more than the rows it drops.
    keep: list[bool] = field(default_factory=list)
    # ticker_id -> [item, first article_id, pages carrying it, earliest fetch of those pages]
    ticker: dict[str, list[Any]] = field(default_factory=dict)
    fetches: dict[str, manifest.Fetch] = field(default_factory=dict)  # from the manifest, by path
    seen: set[str] = field(default_factory=set)
    rejections: Counter[str] = field(default_factory=Counter)
    cpu_seconds: list[float] = field(default_factory=lambda: [0.0] * len(STAGES))
    notes: list[str] = field(default_factory=list)

    def add(self, chunk: Chunk) -> None:
        for i, seconds in enumerate(chunk.seconds):
            self.cpu_seconds[i] += seconds
        for start in range(0, chunk.results.height, TICKER_SLICE):
            self._add_files(chunk.results.slice(start, TICKER_SLICE))
        self.results.append(chunk.results.drop("ticker"))

    def _add_files(self, results: pl.DataFrame) -> None:
        """The report entries, ticker counts and kept marks of some consecutive files."""
        ticker_ids = results["ticker"].list.eval(pl.element().struct.field("ticker_id")).to_list()
        items = self._new_items(results, ticker_ids)
        columns = zip(results["path"].to_list(), results["sha256"].to_list(), results["reason"].to_list(), results["article_id"].to_list(), ticker_ids, strict=True)
        for path, sha256, reason, article_id, ids in columns:
            entry: dict[str, Any] = {"path": path, "sha256": sha256}
            first = False
            if article_id is None:
                entry |= {"status": "rejected", "reason": reason, "article_id": None}
                self.rejections[_reason_kind(reason)] += 1
            else:
                first = article_id not in self.seen
                if first:
                    entry |= {"status": "parsed", "reason": None, "article_id": article_id}
                    self.seen.add(article_id)
                else:
                    entry |= {"status": "duplicate", "reason": "same article as an earlier file", "article_id": article_id}
                fetch = self.fetches.get(path)
                self._count_ticker(items, ids, article_id, fetch.fetched_at if fetch else None)
            self.keep.append(first)
            self.files.append(entry)

    def _new_items(self, results: pl.DataFrame, ticker_ids: list[list[str]]) -> dict[str, TickerItem]:
        """The ticker items first seen in these results, as the first page carrying each read it."""
        new = {t for ids in ticker_ids for t in ids if t not in self.ticker}
        if not new:
            return {}
        # filtered within the lists before they are exploded: not a copy of every item
        is_new = pl.element().struct.field("ticker_id").is_in(list(new))
        rows = results.select(pl.col("ticker").list.filter(is_new).explode().struct.unnest()).drop_nulls("ticker_id")
        rows = rows.unique("ticker_id", keep="first", maintain_order=True)
        return {row[0]: TickerItem(*row[1:]) for row in rows.cast(pl.String).iter_rows()}  # cached rows hold categoricals

    def _count_ticker(self, items: dict[str, TickerItem], ticker_ids: list[str], article_id: str, fetched_at: datetime | None) -> None:
        for ticker_id in ticker_ids:
            seen = self.ticker.get(ticker_id)
            if seen is None:
                self.ticker[ticker_id] = [items[ticker_id], article_id, 1, fetched_at]
                continue
            seen[2] += 1
            if fetched_at is not None and (seen[3] is None or fetched_at < seen[3]):
                seen[3] = fetched_at

    def tables(self) -> tuple[pl.DataFrame, pl.DataFrame]:
        """The articles and the title and body claims of the kept files, in input order.
        Empties ``results``, and copies the kept rows a column at a time (:func:`_packed`):
        the rows are never held twice."""
        results = pl.concat([pl.DataFrame(schema=RESULTS).drop("ticker"), *self.results], how="vertical", rechunk=False)
        self.results.clear()
        keep = None if all(self.keep) else pl.Series(self.keep, dtype=pl.Boolean)
        claims = results.select("claims")
        articles = results.select(
            pl.col("article").struct.unnest(),
            pl.col("path").alias("source_file"),
            pl.col("sha256").alias("source_sha256"),
            pl.lit(None, pl.String).alias("url"),
        ).select(frames.ARTICLES.column_names)
        del results
        articles = _packed(articles, keep, frames.ARTICLES.polars_schema)
        # The kept files' lists of claims, the empty ones left out before they are flattened
        # (an empty list flattens to a row of nulls in polars 1, to none in polars 2): one
        # copy of the claims column, then the claims packed a column at a time.
        with_claims = claims["claims"].list.len() > 0
        claims = claims.filter(with_claims if keep is None else with_claims & keep)
        del with_claims, keep
        flat = claims.select(pl.col("claims").explode().struct.unnest()) if claims.height else frames.claims_frame([])
        del claims
        return articles, _packed(flat, None, frames.CLAIMS.polars_schema)


def _packed(frame: pl.DataFrame, keep: pl.Series | None, schema: pl.Schema) -> pl.DataFrame:
    """The rows of ``frame`` that ``keep`` marks (all when None), cast to ``schema``, one
    chunk per column. Copied a column at a time, each old column let go before the next
    is copied: the whole table is never held twice."""
    columns = []
    for name in frame.columns:
        column = frame.get_column(name)
        frame = frame.drop(name)
        if keep is not None:
            column = column.filter(keep)
        columns.append(column.cast(schema[name]).rechunk())
        del column
    return pl.DataFrame(columns)


def _reason_kind(reason: str | None) -> str:
    """The reason without its particulars, for the summary: 'too large', 'not UTF-8'..."""
    return (reason or "unknown").split(":")[0]


def iter_chunks(raw_dir: RawFolder, paths: list[RawEntry], *, max_bytes: int, jobs: int) -> Iterator[Chunk]:
    """Chunks in input order; read in ``jobs`` processes when more than one.

    Chunks are submitted as results are consumed, never more than ``IN_FLIGHT`` per
    worker ahead, so a slow consumer cannot make finished pages pile up in memory.
    """
    chunks = (paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK))
    if jobs <= 1 or len(paths) < 2 * CHUNK:
        for chunk in chunks:
            yield read_chunk(raw_dir, chunk, max_bytes)
        return
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_worker_context(), initializer=_ignore_interrupt) as pool:
        pending: deque[Future[Chunk]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(read_chunk, raw_dir, chunk, max_bytes))
            if len(pending) >= IN_FLIGHT * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    _stop_forkserver()


def _stop_forkserver() -> None:
    """Stop the server the workers were forked from: it holds its own copy of the pipeline
    (~150 MB at 100k pages) until the interpreter exits, through the tables and the write.
    A later pool starts it again. ``_stop`` is CPython's own (used by its tests); without
    it the server stays, as before."""
    stop = getattr(getattr(multiprocessing.forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


def _worker_context() -> multiprocessing.context.BaseContext:
    """Workers forked from a fresh server process, not from this one: a process forked
    after Polars started its thread pool inherits the pool without its threads, and hangs
    at its first parallel operation (a join, a group_by). The server imports the pipeline
    once, so workers start as fast as forked ones."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["syria_news.pipeline"])
    return context


def _ignore_interrupt() -> None:
    """In a worker: Ctrl-C is the main process's to handle (one line, no worker tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def build(
    raw_dir: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = None,
    progress: bool = False,
    out: str | os.PathLike[str] | None = None,
    cache: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
) -> BuildResult:
    """Parse every file under ``raw_dir`` into validated frames and a build report.

    ``out``: the output folder the build will be written to; when it lies inside
    ``raw_dir``, its outputs are not read as pages; with ``cache``, files whose results
    ``OUT/.cache/`` holds are not parsed again (:mod:`syria_news.cache`). ``engine``:
    ``"local"`` (``jobs`` processes) or ``"dask"`` (a local cluster of ``jobs`` workers,
    or the cluster at ``scheduler``).
    """
    from syria_news import __version__, schemas

    raw = raw_folder(raw_dir)
    started = time.perf_counter()
    scan = _scan(raw, out)
    paths, scrape, manifest_entry = _split_manifest(raw, scan.entries, max_bytes)
    gather = _Gather(fetches=scrape.fetches if scrape else {})
    store = _open_cache(out, gather) if cache and out is not None else None
    shas = store.lookup(raw, paths, max_bytes) if store else [None] * len(paths)
    reused = [(e.shown, sha) for e, sha in zip(paths, shas, strict=True) if sha is not None]
    cached = store.results([p for p, _ in reused], [sha for _, sha in reused]) if store else None
    todo = [e for e, sha in zip(paths, shas, strict=True) if sha is None]
    workers = jobs or os.cpu_count() or 1
    if engine == "dask":
        from syria_news.dask_engine import iter_chunks_dask

        parsed = iter_chunks_dask(raw, todo, max_bytes=max_bytes, workers=workers, scheduler=scheduler)
    else:
        parsed = iter_chunks(raw, todo, max_bytes=max_bytes, jobs=workers)
    if store is not None:
        parsed = _kept(parsed, store)
    _gather_all(gather, _in_input_order([sha is not None for sha in shas], cached, parsed), len(paths) if progress else None)
    del cached  # its rows live on in gather's slices; held here too, they would outlive the tables' copy
    if store is not None:
        _close_cache(store, gather)
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

    articles, claims = gather.tables()
    claims = pl.concat([claims, frames.claims_frame(ticker_claims)], how="vertical", rechunk=True)
    tables = {
        "articles": _with_urls(articles, gather.fetches),
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
    return BuildResult(
        **tables, report=report, seconds=validated_at - started, stage_seconds=stage_seconds,
        cached=len(reused) if store is not None else None, notes=gather.notes,
    )


def _gather_all(gather: _Gather, chunks: Iterator[Chunk], total: int | None) -> None:
    """Every chunk into ``gather``, with a progress bar of ``total`` files when given.
    A function of its own so that no chunk outlives the loop: the last one, in a rebuild
    with nothing changed a slice of all the cached rows, would hold them (ticker items and
    all) through the tables, the validation and the write."""
    bar = _progress_bar(total) if total is not None else None
    for chunk in chunks:
        gather.add(chunk)
        if bar is not None:
            bar.update(chunk.results.height)
            bar.set_postfix(rejected=sum(gather.rejections.values()), refresh=False)
    if bar is not None:
        bar.close()


def _in_input_order(from_cache: list[bool], cached: pl.DataFrame | None, parsed: Iterator[Chunk]) -> Iterator[Chunk]:
    """The results of every file, in input order, from the two sources: the cached rows
    (the files ``from_cache`` marks, in order) and the chunks parsed (the others, in order).
    Rows are sliced, not copied."""
    at = 0  # the next cached row
    pending: Chunk | None = None  # a parsed chunk not yet wholly handed on
    for is_cached, run in groupby(from_cache):
        n = sum(1 for _ in run)
        if is_cached:
            assert cached is not None
            yield Chunk(cached.slice(at, n))
            at += n
            continue
        while n:
            if pending is None:
                pending = next(parsed)
            if pending.results.height <= n:
                yield pending
                n -= pending.results.height
                pending = None
            else:  # the chunk runs on past a cached file: hand on its head, keep the rest
                yield Chunk(pending.results.slice(0, n), pending.seconds)
                pending = Chunk(pending.results.slice(n))
                n = 0
    # Run the engine to its end, so that it stops its workers now: left suspended, its
    # process pool or cluster would hold their memory until the tables are written.
    for _ in parsed:
        raise AssertionError("the engine returned more results than files")


def _kept(parsed: Iterator[Chunk], store: cache.Cache) -> Iterator[Chunk]:
    """The parsed chunks, each kept in the cache on its way."""
    for chunk in parsed:
        try:
            store.add(chunk.results)
        except OSError as error:
            store.problems.append(f"cannot write the cache: {error.strerror or error}")
        yield chunk


def _open_cache(out: str | os.PathLike[str], gather: _Gather) -> cache.Cache | None:
    try:
        return cache.Cache.open(out)
    except OSError as error:
        gather.notes.append(f"cache: cannot read {Path(out) / cache.FOLDER} ({error.strerror or error}); building without it")
        return None


def _close_cache(store: cache.Cache, gather: _Gather) -> None:
    try:
        store.close(gather.files)
    except OSError as error:
        store.problems.append(f"cannot write the cache: {error.strerror or error}")
    gather.notes += [f"cache: {problem}" for problem in store.problems]


def _split_manifest(raw: RawFolder, entries: list[RawEntry], max_bytes: int) -> tuple[list[RawEntry], manifest.Manifest | None, tuple[int, dict[str, Any]] | None]:
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
        data = raw.read(entry, max_bytes)
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


def _scan(raw: RawFolder, out: str | os.PathLike[str] | None) -> Scan:
    """The raw folder's entries, or a BuildError when there is nothing to build."""
    try:
        scan = raw.scan(out)
    except Unreachable as error:
        raise BuildError(str(error)) from None
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
