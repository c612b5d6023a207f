"""The build pipeline, ``syria-news build``: a folder of raw pages in, validated tables and a build report out.

The only module that touches the file system on the way in. Files are read in sorted
path order and each one is accounted for (parsed, duplicate or rejected); pages are
parsed by pure functions, in worker processes when ``jobs > 1``, and gathered back in
input order, so the output is byte-identical whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from syria_news import frames
from syria_news.claims import Claim, find_claims
from syria_news.page import Page, Rejection, TickerItem, parse_page

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# Pages sent to a worker at once: large enough to amortize inter-process traffic.
CHUNK = 64


class BuildError(Exception):
    """A build that cannot start or finish, with a one-line message for the user."""


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What one raw file became. Made in a worker; small and picklable."""

    path: str
    sha256: str | None
    page: Page | None = None
    reason: str | None = None
    title_claims: tuple[Claim, ...] = ()
    body_claims: tuple[Claim, ...] = ()


def read_page(raw_dir: Path, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> FileOutcome:
    """Read, decode, parse one file and find the claims of its title and body."""
    file = raw_dir / path
    try:
        size = file.stat().st_size
        if size > max_bytes:
            return FileOutcome(path, None, reason=f"too large: {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = file.read_bytes()
    except OSError as error:
        return FileOutcome(path, None, reason=f"unreadable: {error.strerror or error}")
    sha256 = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return FileOutcome(path, sha256, reason="empty file")
    if b"\x00" in data:
        return FileOutcome(path, sha256, reason="binary file (NUL bytes), not a text page")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return FileOutcome(path, sha256, reason=f"not UTF-8: invalid byte at offset {error.start}")
    result = parse_page(text)
    if isinstance(result, Rejection):
        return FileOutcome(path, sha256, reason=result.reason)
    return FileOutcome(
        path,
        sha256,
        page=result,
        title_claims=tuple(find_claims(result.title)),
        body_claims=tuple(find_claims(result.body)),
    )


def list_raw_files(raw_dir: Path) -> list[str]:
    """Every file under ``raw_dir`` (recursively), as sorted '/'-separated relative paths."""
    return sorted(p.relative_to(raw_dir).as_posix() for p in raw_dir.rglob("*") if p.is_file() or p.is_symlink())


@dataclass
class BuildResult:
    """The frames and the report of one build."""

    articles: pl.DataFrame
    ticker_items: pl.DataFrame
    claims: pl.DataFrame
    report: dict[str, Any]
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    @property
    def tables(self) -> dict[str, pl.DataFrame]:
        return {"articles": self.articles, "ticker_items": self.ticker_items, "claims": self.claims}


@dataclass
class _Gather:
    """Folds file outcomes, in input order, into rows and report entries."""

    files: list[dict[str, Any]] = field(default_factory=list)
    articles: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    # ticker_id -> [item, first article_id, pages carrying it]
    ticker: dict[str, list[Any]] = field(default_factory=dict)
    seen: set[str] = field(default_factory=set)
    rejections: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: FileOutcome) -> None:
        entry: dict[str, Any] = {"path": outcome.path, "sha256": outcome.sha256}
        page = outcome.page
        if page is None:
            entry |= {"status": "rejected", "reason": outcome.reason, "article_id": None}
            self.rejections[_reason_kind(outcome.reason)] += 1
        elif page.article_id in self.seen:
            entry |= {"status": "duplicate", "reason": "same article as an earlier file", "article_id": page.article_id}
            self._count_ticker(page.ticker, page.article_id)
        else:
            entry |= {"status": "parsed", "reason": None, "article_id": page.article_id}
            self.seen.add(page.article_id)
            self.articles.append(frames.article_row(page, outcome.path, outcome.sha256 or ""))
            self.claims += frames.claim_rows(outcome.title_claims, field="title", article_id=page.article_id)
            self.claims += frames.claim_rows(outcome.body_claims, field="body", article_id=page.article_id)
            self._count_ticker(page.ticker, page.article_id)
        self.files.append(entry)

    def _count_ticker(self, items: tuple[TickerItem, ...], article_id: str) -> None:
        on_this_page: set[str] = set()  # a page counts once however often it repeats an item
        for item in items:
            ticker_id = item.ticker_id
            if ticker_id in on_this_page:
                continue
            on_this_page.add(ticker_id)
            if ticker_id in self.ticker:
                self.ticker[ticker_id][2] += 1
            else:
                self.ticker[ticker_id] = [item, article_id, 1]


def _reason_kind(reason: str | None) -> str:
    """The reason without its particulars, for the summary: 'too large', 'not UTF-8'..."""
    return (reason or "unknown").split(":")[0]


def iter_outcomes(raw_dir: Path, paths: list[str], *, max_bytes: int, jobs: int) -> Iterator[FileOutcome]:
    """Outcomes in input order; parsed in ``jobs`` processes when more than one."""
    if jobs <= 1 or len(paths) < 2 * CHUNK:
        for path in paths:
            yield read_page(raw_dir, path, max_bytes)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_read_page_star, ((raw_dir, p, max_bytes) for p in paths), chunksize=CHUNK)


def _read_page_star(args: tuple[Path, str, int]) -> FileOutcome:
    return read_page(*args)


def build(
    raw_dir: str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int | None = None,
    progress: bool = False,
) -> BuildResult:
    """Parse every file under ``raw_dir`` into validated frames and a build report."""
    from syria_news import __version__, schemas

    raw = Path(raw_dir)
    if not raw.is_dir():
        raise BuildError(f"raw folder not found: {raw} (pass --raw DIR, a folder of raw page files)")
    started = time.perf_counter()
    paths = list_raw_files(raw)
    gather = _Gather()
    outcomes = iter_outcomes(raw, paths, max_bytes=max_bytes, jobs=jobs or os.cpu_count() or 1)
    bar = _progress_bar(len(paths)) if progress else None
    for outcome in outcomes:
        gather.add(outcome)
        if bar is not None:
            bar.update(1)
            if outcome.page is None:
                bar.set_postfix(rejected=sum(gather.rejections.values()), refresh=False)
    if bar is not None:
        bar.close()
    parsed_at = time.perf_counter()

    ticker_rows, ticker_claims = [], []
    for ticker_id, (item, article_id, n_pages) in gather.ticker.items():
        ticker_rows.append(frames.ticker_row(item, article_id, n_pages))
        ticker_claims += frames.claim_rows(find_claims(item.text), field="ticker", ticker_id=ticker_id, attribution=item.attribution)

    tables = {
        "articles": frames.articles_frame(gather.articles),
        "ticker_items": frames.ticker_frame(ticker_rows),
        "claims": frames.claims_frame(gather.claims + ticker_claims),
    }
    framed_at = time.perf_counter()
    for name, table in tables.items():
        schemas.validate(name, table)
    validated_at = time.perf_counter()

    counts = Counter(f["status"] for f in gather.files)
    report = {
        "syria_news_version": __version__,
        "raw_files_sha256": _manifest_hash(gather.files),
        "counts": {
            "parsed": counts["parsed"],
            "duplicate": counts["duplicate"],
            "rejected": counts["rejected"],
            "total": len(gather.files),
        },
        "rejected_by_reason": dict(sorted(gather.rejections.items())),
        "rows": {name: table.height for name, table in tables.items()},
        "files": gather.files,
    }
    return BuildResult(
        **tables,
        report=report,
        seconds=validated_at - started,
        stage_seconds={"read_parse_claims": parsed_at - started, "frames": framed_at - parsed_at, "validate": validated_at - framed_at},
    )


def _manifest_hash(files: list[dict[str, Any]]) -> str:
    """One hash naming the exact set of input files: their paths and their bytes."""
    lines = "".join(f"{f['sha256'] or '-'}  {f['path']}\n" for f in files)
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def _progress_bar(total: int):  # noqa: ANN202 - tqdm's type
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="page", desc="build", file=sys.stderr, smoothing=0.1)
