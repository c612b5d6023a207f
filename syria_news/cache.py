"""The build cache: each raw file's results, kept under ``OUT/.cache/`` so a rebuild parses only new or changed files.

A file's results (``pipeline.RESULTS``: its article, claims, ticker items or why it was
rejected) depend on its bytes and on the code, nothing else. So they are kept by the
file's SHA-256, in a folder named by a :func:`fingerprint` of everything that can change
them: the package's version, the bytes of every source and data file of the package
(grammar, lexicon), the Python version and the versions of polars and tzdata. A cache of
another fingerprint is never read; the next build that writes its own removes it.

Layout, under ``OUT/.cache/syria-news/<fingerprint>/``::

    results-<sha256 of this file>.parquet   results rows, one per distinct raw file content
    paths-<sha256 of this file>.parquet     raw path -> (stat, sha256): the stat fast path

Every file is written under a temporary name and renamed into place, and is named by the
hash of its own bytes: a half-written, truncated or altered file fails the check, is
removed and its files are parsed again; a cache is never trusted, and never crashes a
build. A file needs its SHA-256 to be found, so it must be read (the floor of a build)
unless the paths index says it is unchanged: same device, inode, size, modification and
change times as when it was hashed, and modified more than :data:`RACY_NS` before that
hash was taken (git's "racy" rule: a change within the clock's granularity of the hash
could leave the times unchanged). The change time cannot be set back by a user, so a
rewrite always shows.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import stat
import sys
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from syria_news.raw_files import CACHE_FOLDER, NotRegular, RawEntry, TooLarge, read_bounded
from syria_news.remote_raw import RawFolder

FOLDER = CACHE_FOLDER
# Rows per results file: several files let a large build's new results be written as
# it goes; past MAX_FILES a build rewrites the live rows into fewer files. Writing a file
# copies its rows (the Parquet writer packs the parsed chunks), while the workers run: at
# 20,000 rows a file that copy set the first build's peak (issue 22). 5,000 x 64 holds as
# many rows before compacting as 20,000 x 16 did.
FILE_ROWS = 5_000
MAX_FILES = 64
# A file modified this close before its hash was taken may change without its times showing.
RACY_NS = 2_000_000_000
PATHS = pl.Schema(
    {"path": pl.String, "dev": pl.Int64, "ino": pl.Int64, "size": pl.Int64, "mtime_ns": pl.Int64, "ctime_ns": pl.Int64, "hashed_ns": pl.Int64, "sha256": pl.String}
)
StatKey = tuple[int, int, int, int, int]


def fingerprint() -> str:
    """A hash of everything a file's results depend on besides its bytes."""
    from syria_news import __version__
    from syria_news.versions import installed_versions

    digest = hashlib.sha256(f"syria-news {__version__}; python {sys.version_info[:2]}; {sorted(installed_versions().items())}\n".encode())
    package = Path(__file__).parent
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(package).as_posix()} {len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()[:24]


def results_schema() -> pl.Schema:
    from syria_news.pipeline import RESULTS

    return pl.Schema({name: dtype for name, dtype in RESULTS.items() if name != "path"})


def _stat_key(info: os.stat_result) -> StatKey:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


@dataclass
class Cache:
    """One build's view of the cache in ``out``: what it can reuse, and what it adds."""

    folder: Path
    started_ns: int = field(default_factory=time.time_ns)
    rows: pl.DataFrame | None = None  # the results rows read, one per sha256, ticker texts as categoricals (_held)
    index: dict[str, tuple[StatKey, int, str]] = field(default_factory=dict)  # path -> (stat, hashed_ns, sha256)
    stats: dict[str, StatKey] = field(default_factory=dict)  # this build's stat of each path it may record
    pending: list[pl.DataFrame] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # entries found broken and removed, for the summary
    n_files: int = 0

    @classmethod
    def open(cls, out: str | os.PathLike[str]) -> Cache:
        cache = cls(Path(out) / FOLDER / "syria-news" / fingerprint())
        cache._read()
        return cache

    # --- reading -------------------------------------------------------------------------

    def _verified(self, prefix: str) -> Iterator[tuple[Path, bytes]]:
        """The files named ``prefix-<hash>.parquet`` whose bytes have that hash, one at a
        time (not every file's bytes held at once); others are removed."""
        for path in sorted(self.folder.glob(f"{prefix}-*.parquet")) if self.folder.is_dir() else []:
            try:
                data = path.read_bytes()
            except OSError as error:
                self.problems.append(f"{path.name}: unreadable ({error.strerror or error})")
                continue
            if hashlib.sha256(data).hexdigest() != path.stem.removeprefix(f"{prefix}-"):
                self._discard(path, "does not match its hash (truncated or altered)")
                continue
            yield path, data

    def _frame(self, path: Path, data: bytes, schema: pl.Schema) -> pl.DataFrame | None:
        try:
            frame = pl.read_parquet(io.BytesIO(data))
        except Exception as error:  # noqa: BLE001 - any unreadable file is a broken entry, rebuilt
            self._discard(path, f"unreadable Parquet ({type(error).__name__})")
            return None
        if frame.schema != schema:
            self._discard(path, "unexpected columns")
            return None
        return frame

    def _discard(self, path: Path, why: str) -> None:
        self.problems.append(f"{path.name}: {why}; removed, its files are parsed again")
        try:
            path.unlink()
        except OSError:
            pass

    def _read(self) -> None:
        schema = results_schema()
        seen: set[str] = set()
        parts = [_held(_new_rows(frame, seen)) for path, data in self._verified("results") if (frame := self._frame(path, data, schema)) is not None]
        self.n_files = len(parts)
        if parts:  # not rechunked: the files' rows are not copied (the build's tables copy the rows kept)
            self.rows = pl.concat(parts, how="vertical", rechunk=False)
        for path, data in deque(self._verified("paths"), maxlen=1):  # one is kept; a newer one wins over debris
            frame = self._frame(path, data, PATHS)
            if frame is not None:  # column lists, not rows: three times faster at 100k files
                c = [frame[name].to_list() for name in PATHS]
                self.index = {p: ((dev, ino, size, mtime, ctime), hashed, sha) for p, dev, ino, size, mtime, ctime, hashed, sha in zip(*c, strict=True)}

    # --- looking up ----------------------------------------------------------------------

    def lookup(self, raw: RawFolder, entries: list[RawEntry], max_bytes: int) -> list[str | None]:
        """For each entry, the SHA-256 of its bytes when the cache holds its results, else None."""
        known = set(self.rows["sha256"].to_list()) if self.rows is not None else set()
        found: list[str | None] = []
        folder = raw.local_root  # joined as text: a Path per file costs more than its stat
        if folder is None:  # no inode or change time to trust: each file is read to be known
            for entry in entries:
                sha256 = _read_sha256(raw, entry, max_bytes) if known and entry.reason is None else None
                found.append(sha256 if sha256 in known else None)
            return found
        for entry in entries:
            sha256 = self._sha256(folder, entry, max_bytes, bool(known))
            found.append(sha256 if sha256 in known else None)
        return found

    def _sha256(self, folder: str, entry: RawEntry, max_bytes: int, worth_reading: bool) -> str | None:
        if entry.reason is not None or entry.shown != entry.name:  # not a page, or a name Parquet cannot hold
            return None
        path = os.path.join(folder, entry.name)
        try:
            info = os.stat(path)
        except OSError:
            return None
        if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
            return None  # the worker says why
        key = self.stats[entry.name] = _stat_key(info)
        indexed = self.index.get(entry.name)
        if indexed is not None and indexed[0] == key and key[3] < indexed[1] - RACY_NS:
            return indexed[2]
        if not worth_reading:
            return None
        try:
            return hashlib.sha256(read_bounded(Path(path), max_bytes)).hexdigest()
        except (TooLarge, NotRegular, OSError):
            return None

    def results(self, paths: list[str], shas: list[str]) -> pl.DataFrame:
        """The cached results rows of these files (``pipeline.RESULTS``, but for the ticker
        items' texts, categoricals: :func:`_held`), in this order. Frees the rows read, which
        the returned frame replaces."""
        from syria_news.pipeline import RESULTS

        rows, self.rows = self.rows, None
        if rows is None or not paths:
            return pl.DataFrame(schema=RESULTS)
        wanted = pl.DataFrame({"path": paths, "sha256": shas}, schema={"path": pl.String, "sha256": pl.String})
        at = wanted.join(rows.select("sha256").with_row_index("at"), on="sha256", how="left", maintain_order="left")["at"]
        # The files mostly want the rows in the order they were cached (a build writes them in
        # input order): runs of consecutive rows are sliced, not copied (the build's tables
        # copy the rows they keep, a column at a time). Many runs (a reordered folder) are
        # gathered whole.
        starts = (at.diff() != 1).fill_null(True).arg_true().to_list()
        if len(starts) > max(16, len(at) // 100):
            return rows[at].insert_column(0, wanted["path"]).select(RESULTS.names())
        runs = zip(at.gather(starts).to_list(), starts, [*starts[1:], len(at)], strict=True)
        found = pl.concat([rows.slice(row, end - start) for row, start, end in runs], how="vertical", rechunk=False)
        return found.insert_column(0, wanted["path"].rechunk()).select(RESULTS.names())

    # --- writing -------------------------------------------------------------------------

    def add(self, results: pl.DataFrame) -> None:
        """Keep newly parsed results (a file read whole; a parser error is not kept: it is
        worth trying again). The rows are not copied when all are kept (the usual case):
        the gather holds the same columns, so the rows pending cost only their ticker items."""
        wanted = results["sha256"].is_not_null() & ~results["reason"].fill_null("").str.starts_with("parser error")
        keep = results.drop("path")
        if not wanted.all():
            keep = keep.filter(wanted)
        if keep.height:
            self.pending.append(keep)
        if sum(p.height for p in self.pending) >= FILE_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            # as unique("sha256", keep="first", maintain_order=True), but copying no rows
            # unless a sha256 repeats; not concatenated here (the Parquet writer packs them)
            seen: set[str] = set()
            parts = [_new_rows(part, seen) for part in self.pending]
            self.pending.clear()
            rows = pl.concat(parts, how="vertical", rechunk=False)
            del parts
            self._write("results", rows)
            self.n_files += 1

    def _write(self, prefix: str, frame: pl.DataFrame) -> Path:
        """``frame`` as a Parquet file named by the SHA-256 of its bytes: written under a
        temporary name, then hashed from the disk (its bytes are never all held in memory)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".partial-", dir=self.folder)
        try:
            with os.fdopen(fd, "w+b") as file:
                try:
                    frame.write_parquet(file, compression="zstd", compression_level=1, statistics=False)
                except pl.exceptions.PolarsError as error:  # the writer's words for a full disk: an OSError of the cache
                    raise OSError(f"{type(error).__name__}: {error}") from error
                file.flush()
                file.seek(0)
                digest = hashlib.file_digest(file, "sha256").hexdigest()
            path = self.folder / f"{prefix}-{digest}.parquet"
            os.rename(temporary, path)  # whole or not at all under its final name (POSIX rename replaces)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path

    def close(self, files: list[dict[str, Any]]) -> None:
        """After a build: keep its new results and its paths index, rewrite the results
        into fewer files when there are many, remove other fingerprints' caches."""
        self._flush()
        live = {f["sha256"] for f in files if f["sha256"]}
        if self.n_files > MAX_FILES:
            self._compact(live)
        rows = [(f["path"], *self.stats[f["path"]], self.started_ns, f["sha256"]) for f in files if f["sha256"] and f["path"] in self.stats]
        newest = self._write("paths", pl.DataFrame(rows, schema=PATHS, orient="row"))
        for old in self.folder.glob("paths-*.parquet"):
            if old != newest:
                old.unlink(missing_ok=True)
        for debris in self.folder.glob(".partial-*"):
            if debris.stat().st_mtime_ns < self.started_ns - 3600 * 10**9:  # a writer killed long ago
                debris.unlink(missing_ok=True)
        for other in self.folder.parent.iterdir():
            if other != self.folder and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
        # done with the files: their dicts (~90 MB at 100k files) are not held through the tables
        self.index, self.stats = {}, {}

    def _compact(self, live: set[str]) -> None:
        schema = results_schema()
        old, parts = [], []
        for path, data in self._verified("results"):
            old.append(path)
            if (f := self._frame(path, data, schema)) is not None:
                parts.append(f.filter(pl.col("sha256").is_in(list(live))))
        rows = pl.concat(parts, how="vertical").unique("sha256", keep="first", maintain_order=True) if parts else pl.DataFrame(schema=schema)
        written = {self._write("results", rows.slice(i, FILE_ROWS)) for i in range(0, rows.height, FILE_ROWS)}
        for path in old:
            if path not in written:
                path.unlink(missing_ok=True)
        self.n_files = len(written)


def _held(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with its ticker items' texts as categoricals: the same few hundred items
    repeat on every page, and as strings they took ~215 MB of the ~830 MB the cached rows
    hold at 100k pages (as categoricals ~40 MB). The build only counts them and reads the
    first page's reading of each, as strings again."""
    ticker = frame.schema["ticker"]
    assert isinstance(ticker, pl.List) and isinstance(ticker.inner, pl.Struct)
    held = pl.List(pl.Struct({f.name: pl.Categorical for f in ticker.inner.fields}))
    return frame.with_columns(pl.col("ticker").cast(held))


def _new_rows(frame: pl.DataFrame, seen: set[str]) -> pl.DataFrame:
    """The rows of ``frame`` whose sha256 is not in ``seen`` nor in an earlier row, their
    sha256s added to ``seen``: as a ``unique`` over all the files, but copying a file's
    rows only when some repeat (rare), not every row."""
    keep = []
    for sha256 in frame["sha256"].to_list():
        keep.append(sha256 not in seen)
        seen.add(sha256)
    return frame if all(keep) else frame.filter(pl.Series(keep, dtype=pl.Boolean))


def _read_sha256(raw: RawFolder, entry: RawEntry, max_bytes: int) -> str | None:
    try:
        return hashlib.sha256(raw.read(entry, max_bytes)).hexdigest()
    except (TooLarge, OSError):
        return None  # the worker says why
