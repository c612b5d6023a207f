"""Write a build as a Frictionless data package, and validate one.

Layout under the output folder::

    datapackage.json                      describes the CSV exports (hash, bytes, schema)
    schemas/<table>.schema.json           Table Schemas generated from syria_news.schemas
    data/processed/<table>.parquet        the tables for Polars, Arrow, datasets
    data/processed/<table>.csv            the same rows, for Frictionless and spreadsheets
    data/processed/build_report.json      every input file accounted for
    data/processed/SHA256SUMS             hashes of every file above but datapackage.json

Frictionless checks CSV well and Parquet poorly (DESIGN, pitfalls), so the package
describes the CSV files and SHA256SUMS covers the Parquet files. Nothing written depends
on the clock or the machine: same inputs, same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from syria_news import atomic
from syria_news.release import SUMS, file_sha256, read_sums
from syria_news.raw_files import OUTPUT_NAMES
from syria_news.schemas import TABLES

PROCESSED = Path("data") / "processed"
SCHEMAS = Path("schemas")
TABLE_NAMES = tuple(TABLES)
CSV_DATETIME = "%Y-%m-%dT%H:%M:%SZ"
# What a build replaces in its output folder, as one set (raw_files.OUTPUT_NAMES).
OUTPUTS = OUTPUT_NAMES


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", newline="\n")


def write_table(table: pl.DataFrame, folder: Path, name: str, provenance: dict[str, str]) -> None:
    # One row group, statistics on, fixed compression: bytes depend only on the rows.
    # zstd level 3 (zstd's default): level 9 made files ~20% smaller but took 4x as long,
    # the largest serial cost of a 100k-page build.
    # The Parquet footer carries the provenance, so a file that travels alone still names
    # the code version and the raw inputs that made it.
    table.rechunk().write_parquet(
        folder / f"{name}.parquet",
        compression="zstd",
        compression_level=3,
        statistics=True,
        row_group_size=max(table.height, 1),
        metadata=provenance,
    )
    table.write_csv(folder / f"{name}.csv", datetime_format=CSV_DATETIME, line_terminator="\n")


class OutputError(Exception):
    """Outputs that could not be written; the previous ones are untouched. One line."""


def write_package(tables: dict[str, pl.DataFrame], report: dict[str, Any], out_dir: str | Path) -> Path:
    """Write tables, schemas, report, checksums and ``datapackage.json``; return its path.

    The whole set is written into a staging folder inside ``out_dir`` and swapped in by
    :mod:`syria_news.atomic`: a failure at any point (a full disk, a kill) leaves the
    previous outputs whole, and raises :class:`OutputError` with a one-line message.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with atomic.locked(out):
            atomic.recover_locked(out)
            with atomic.staged(out) as staging:
                _write_set(tables, report, staging)
                atomic.commit(out, staging, OUTPUTS)
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        raise OutputError(f"cannot write the outputs to {out}: {error.strerror or error}{where}; the previous outputs are untouched") from error
    except pl.exceptions.PolarsError as error:  # the Parquet and CSV writers report I/O errors as their own
        reason = str(error).strip().splitlines()[-1] if str(error).strip() else type(error).__name__
        raise OutputError(f"cannot write the outputs to {out}: {reason}; the previous outputs are untouched") from error
    return out / "datapackage.json"


def _write_set(tables: dict[str, pl.DataFrame], report: dict[str, Any], out: Path) -> None:
    """Every output file, written under ``out`` (a staging folder)."""
    processed, schemas = out / PROCESSED, out / SCHEMAS
    processed.mkdir(parents=True, exist_ok=True)
    schemas.mkdir(parents=True, exist_ok=True)
    provenance = {"syria_news_version": report["syria_news_version"], "raw_files_sha256": report["raw_files_sha256"]}
    for name, table in tables.items():
        write_table(table, processed, name, provenance)
        write_json(schemas / f"{name}.schema.json", TABLES[name].frictionless())
    write_json(processed / "build_report.json", report)
    sums = [f"{file_sha256(processed / f)}  {f}\n" for f in sorted(p.name for p in processed.iterdir() if p.name != SUMS)]
    (processed / SUMS).write_text("".join(sums), encoding="utf-8", newline="\n")
    write_json(out / "datapackage.json", datapackage(out, report))


def datapackage(out: Path, report: dict[str, Any]) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor for a written build."""
    from syria_news import __version__

    resources = []
    for name in TABLE_NAMES:
        csv = out / PROCESSED / f"{name}.csv"
        table = TABLES[name]
        resources.append(
            {
                "name": name,
                "title": table.title,
                "description": table.description,
                "path": (PROCESSED / f"{name}.csv").as_posix(),
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": csv.stat().st_size,
                "hash": f"sha256:{file_sha256(csv)}",
                "schema": (SCHEMAS / f"{name}.schema.json").as_posix(),
            }
        )
    counts = report["counts"]
    return {
        "name": "syria-news",
        "title": "syria-news: articles, ticker items and casualty claims from Syrian news pages",
        "description": (
            "Tables parsed from raw text of SMART News Agency's Arabic pages by the syria-news "
            f"package, version {__version__}: articles, the breaking-news ticker items the pages "
            "carried, and every count of people the texts assert (killed, injured, arrested, "
            "displaced, disease cases...) with low/best/high bounds and the character span it "
            f"came from. Built from {counts['total']} raw files ({counts['parsed']} parsed, "
            f"{counts['duplicate']} duplicate, {counts['rejected']} rejected; see "
            "data/processed/build_report.json) whose paths and SHA-256 hashes hash to "
            f"{report['raw_files_sha256']}. Rebuild with `pip install syria-news=={__version__}` "
            "and `syria-news build --raw RAW_DIR --out OUT`; Parquet copies are in "
            "data/processed/ with their hashes in data/processed/SHA256SUMS."
        ),
        "version": __version__,
        "homepage": "https://github.com/syria-news/syria-news",
        "keywords": ["Syria", "Arabic", "news", "conflict", "casualties", "COVID-19", "event data"],
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0 (derived tables); the article texts remain (c) SMART News Agency",
            }
        ],
        "sources": [
            {
                "title": "SMART News Agency (وكالة سمارت للأنباء), Arabic website",
                "path": "https://smartnews-agency.com/ar",
                "description": "News pages reduced to text by a scraper; one raw UTF-8 file per page in data/raw/.",
            }
        ],
        "contributors": [{"title": "syria-news developers", "roles": ["author", "maintainer"]}],
        "syria_news": {"version": __version__, "raw_files_sha256": report["raw_files_sha256"], "counts": counts},
        "resources": resources,
    }




# --- validation of a written package -------------------------------------------------

# Row numbers a grouped problem names before "...".
ROWS_SHOWN = 5


def _rows(numbers: Sequence[int | None], first: int = 1) -> str:
    """How many rows and which, for one line: CSV rows count from 1 (after the header),
    table rows (Pandera) from 0, as ``first`` says.

    >>> _rows([2, 3, 4, 5, 6, 7, 8])
    '7 rows (CSV rows 2, 3, 4, 5, 6, ...)'
    >>> _rows([0], first=0)
    '1 row (row 0)'
    """
    known = sorted(n for n in numbers if n is not None)
    shown = ", ".join(map(str, known[:ROWS_SHOWN])) + (", ..." if len(known) > ROWS_SHOWN else "")
    noun = "row" if len(numbers) == 1 else "rows"
    label = "CSV row" if first == 1 else "row"
    return f"{len(numbers)} {noun} ({label}{'' if len(known) == 1 else 's'} {shown})" if known else f"{len(numbers)} {noun}"


def validate_package(folder: str | Path) -> list[str]:
    """Check a built package with both validators; return the problems (empty = valid).

    * Frictionless on ``datapackage.json``: CSV bytes and hashes, types, constraints,
      primary and foreign keys.
    * ``SHA256SUMS``: every listed file (the Parquet tables among them) is intact.
    * Pandera on the Parquet tables: the contract's cross-column rules.
    """
    from frictionless import Package
    from pandera.errors import SchemaErrors

    from syria_news.schemas import validate

    root = Path(folder)
    descriptor = root / "datapackage.json"
    if not descriptor.is_file():
        return [f"no datapackage.json in {root}: build one with `syria-news build --out {root}`"]
    atomic.recover(root)  # a build killed while swapping its outputs in: finish it first
    try:
        loaded = json.loads(descriptor.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict) or not isinstance(loaded.get("resources"), list):
            return [f"{descriptor.name}: not a data package descriptor (a JSON object with a 'resources' list)"]
        report = Package(str(descriptor)).validate()
    except (OSError, ValueError) as error:
        return [f"cannot read {descriptor.name}: {error}"]
    except Exception as error:  # noqa: BLE001 - frictionless raises its own errors on odd descriptors
        return [f"cannot read {descriptor.name}: {type(error).__name__}: {error}"]
    problems = []
    # A tampered column fails on every row: one line per table, field and kind of error,
    # with how many rows and the first few, not one line per row.
    rows: dict[tuple[str, str, str], list[int]] = {}
    for task in report.tasks:
        for found in task.errors:
            row, field = getattr(found, "row_number", None), getattr(found, "field_name", None)
            if row and field:
                rows.setdefault((task.name, field, found.note or found.title), []).append(row)
            else:
                where = f" row {row}" if row else ""
                problems.append(f"frictionless: {task.name}{where}: {found.message}")
    problems += [f"frictionless: {name} field {field}: {note}, {_rows(numbers)}" for (name, field, note), numbers in rows.items()]
    problems += [f"frictionless: {found.message}" for found in report.errors]

    sums = root / PROCESSED / SUMS
    if not sums.is_file():
        problems.append(f"missing {sums.relative_to(root)}")
    else:
        for name, expected in read_sums(sums.read_text(encoding="utf-8")).items():
            path = root / PROCESSED / name
            if not path.is_file():
                problems.append(f"{SUMS}: {name} is missing")
            elif file_sha256(path) != expected:
                problems.append(f"{SUMS}: {name} does not match its hash")

    for name in TABLE_NAMES:
        parquet = root / PROCESSED / f"{name}.parquet"
        if not parquet.is_file():
            problems.append(f"pandera: {parquet.relative_to(root)} is missing")
            continue
        try:
            validate(name, pl.read_parquet(parquet))
        except SchemaErrors as error:
            failed: dict[tuple[str, str], list[int]] = {}
            for case in error.failure_cases.iter_rows(named=True):
                column = case["column"] if case["column"] not in (None, name) else "table"  # a table-wide check names the schema
                failed.setdefault((str(case["check"]), column), []).append(case["index"])
            problems += [f"pandera: {name} ({column}): {check} failed, {_rows(indexes, first=0)}" for (check, column), indexes in failed.items()]
        except Exception as error:  # noqa: BLE001 - an unreadable file is a finding, not a crash
            problems.append(f"pandera: {name}: cannot read {parquet.name}: {error}")
    return problems
