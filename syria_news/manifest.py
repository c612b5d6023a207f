"""The scrape's manifest: ``manifest.csv`` at the root of a raw folder (CONTRACT, "Input").

Columns ``path,url,fetched_at``, as scrapers such as Scrapy or wget record them: ``path``
relative to the raw folder and ``/``-separated, ``fetched_at`` ISO 8601 with its UTC
offset. It gives articles their ``url`` and ticker items their dates. It is optional, and
never stops a build: a row naming no page file, a bad date or a repeated path is reported
and skipped; an unreadable manifest is reported and ignored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timezone

NAME = "manifest.csv"
COLUMNS = ("path", "url", "fetched_at")
# Problems listed one by one in the build report; past this, only their number.
MAX_LISTED = 100


@dataclass(frozen=True, slots=True)
class Fetch:
    url: str | None
    fetched_at: datetime  # UTC


@dataclass
class Manifest:
    """What the manifest says of each page file, and what was wrong with it."""

    fetches: dict[str, Fetch] = field(default_factory=dict)
    rows: int = 0
    problems: list[str] = field(default_factory=list)
    n_problems: int = 0

    def problem(self, text: str) -> None:
        self.n_problems += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(text)

    def report(self) -> dict[str, object]:
        return {"path": NAME, "rows": self.rows, "used": len(self.fetches), "problems": self.n_problems, "listed_problems": self.problems}


def parse_fetched_at(value: str) -> datetime:
    """An ISO 8601 time with its UTC offset, in UTC; ValueError otherwise.

    >>> parse_fetched_at("2020-03-02T08:00:00+02:00").isoformat()
    '2020-03-02T06:00:00+00:00'
    >>> parse_fetched_at("2020-03-02T06:00:00Z").isoformat()
    '2020-03-02T06:00:00+00:00'
    """
    moment = datetime.fromisoformat(value.strip())
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("no UTC offset")
    return moment.astimezone(timezone.utc)


def read_manifest(data: bytes, pages: set[str]) -> Manifest:
    """Parse the manifest's bytes; ``pages`` are the raw folder's file paths it may name.

    >>> m = read_manifest(b"path,url,fetched_at\\na.txt,https://x/a,2020-01-01T10:00:00+02:00\\nb.txt,,2020-01-01\\n", {"a.txt", "b.txt"})
    >>> m.fetches["a.txt"].url, m.rows, m.problems
    ('https://x/a', 2, ['row 3: fetched_at 2020-01-01: no UTC offset'])
    """
    manifest = Manifest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        manifest.problem(f"not UTF-8 (invalid byte at offset {error.start}): manifest ignored")
        return manifest
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            manifest.problem(f"no column {', '.join(missing)} in the header: manifest ignored")
            return manifest
        for row in reader:
            manifest.rows += 1
            _add_row(manifest, reader.line_num, row, pages)
    except csv.Error as error:
        manifest.problem(f"not a CSV file ({error}): rows after {manifest.rows} ignored")
    return manifest


def _add_row(manifest: Manifest, line: int, row: dict[str, str | None], pages: set[str]) -> None:
    path = (row.get("path") or "").strip().removeprefix("./")
    if path not in pages:
        manifest.problem(f"row {line}: path {path!r} is no page file of the raw folder")
        return
    if path in manifest.fetches:
        manifest.problem(f"row {line}: path {path!r} repeated: the first row is kept")
        return
    stamp = (row.get("fetched_at") or "").strip()
    try:
        fetched_at = parse_fetched_at(stamp)
    except ValueError as error:
        reason = "no UTC offset" if str(error) == "no UTC offset" else "not ISO 8601"
        manifest.problem(f"row {line}: fetched_at {stamp}: {reason}")
        return
    url = (row.get("url") or "").strip() or None
    manifest.fetches[path] = Fetch(url, fetched_at)
