"""The Frictionless data package: valid as committed and as built, invalid when broken."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

import syria_news
from syria_news.cli import main
from syria_news.package import validate_package

ROOT = Path(__file__).parents[1]
FRICTIONLESS = Path(sys.executable).parent / "frictionless"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A fresh build of data/raw, to break on purpose."""
    assert main(["build", "--raw", str(ROOT / "data" / "raw"), "--out", str(tmp_path), "--quiet"]) == 0
    return tmp_path


def test_committed_package_passes_the_frictionless_command() -> None:
    run = subprocess.run([str(FRICTIONLESS), "validate", "datapackage.json"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "INVALID" not in run.stdout


def test_fresh_build_passes_both_validators(package: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_package(package) == []
    assert main(["validate", str(package)]) == 0
    assert "valid" in capsys.readouterr().out


def test_descriptor_carries_version_provenance_and_hashes(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["version"] == syria_news.__version__
    assert descriptor["licenses"] and descriptor["sources"][0]["title"].startswith("SMART News Agency")
    assert descriptor["contributors"]
    report = json.loads((package / "data/processed/build_report.json").read_text(encoding="utf-8"))
    assert descriptor["syria_news"]["raw_files_sha256"] == report["raw_files_sha256"]
    assert report["syria_news_version"] == syria_news.__version__
    for resource in descriptor["resources"]:
        assert resource["hash"].startswith("sha256:") and resource["bytes"] > 0
        assert (package / resource["schema"]).is_file()
    for name in ("articles", "ticker_items", "claims"):
        footer = pl.read_parquet_metadata(package / f"data/processed/{name}.parquet")
        assert footer["syria_news_version"] == syria_news.__version__
        assert footer["raw_files_sha256"] == report["raw_files_sha256"]
    sums = (package / "data/processed/SHA256SUMS").read_text(encoding="utf-8")
    assert all(f"{name}.parquet" in sums for name in ("articles", "ticker_items", "claims"))


def _rewrite_csv(path: Path, change) -> None:  # noqa: ANN001
    frame = pl.read_csv(path, infer_schema=False)
    change(frame).write_csv(path)


BREAKAGES = [
    pytest.param(
        "ticker_items.csv",
        lambda f: f.with_columns(pl.when(pl.int_range(pl.len()) == 1).then(pl.lit("f" * 16)).otherwise("article_id").alias("article_id")),
        "foreign key",
        id="ticker-points-at-unknown-article",
    ),
    pytest.param(
        "claims.csv",
        lambda f: f.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.lit("wounded")).otherwise("claim_type").alias("claim_type")),
        "constraint",
        id="claim-type-outside-vocabulary",
    ),
    pytest.param("articles.csv", lambda f: pl.concat([f, f]), "primary key", id="article-twice"),
]


@pytest.mark.parametrize(("file", "change", "message"), BREAKAGES)
def test_a_broken_csv_fails_frictionless(package: Path, file: str, change, message: str) -> None:  # noqa: ANN001
    _rewrite_csv(package / "data/processed" / file, change)
    run = subprocess.run([str(FRICTIONLESS), "validate", "datapackage.json"], cwd=package, capture_output=True, text=True)
    assert run.returncode != 0
    problems = validate_package(package)
    assert any(message in p for p in problems), problems
    assert any("hash" in p for p in problems)  # and the descriptor's hash no longer matches


def test_a_corrupted_parquet_file_is_named(package: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parquet = package / "data/processed/claims.parquet"
    pl.read_parquet(parquet).with_columns(pl.col("count_best") + 10**6).write_parquet(parquet)
    assert main(["validate", str(package)]) == 1
    out = capsys.readouterr().out
    assert "INVALID" in out and "claims.parquet does not match its hash" in out
    rows = pl.read_parquet(parquet).filter(precision="exact").height
    assert f"pandera: claims (table): precision 'exact' means count_low = count_best = count_high failed, {rows} rows (rows " in out


def test_a_column_tampered_on_every_row_is_one_line_with_a_count(package: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = package / "data/processed/claims.csv"
    _rewrite_csv(csv, lambda f: f.with_columns(count_best=pl.lit("-5")))
    rows = pl.read_csv(csv).height
    assert main(["validate", str(package)]) == 1
    lines = capsys.readouterr().out.splitlines()
    count_best = [line for line in lines if "field count_best" in line]
    assert count_best == [f'  frictionless: claims field count_best: constraint "minimum" is "0", {rows} rows (CSV rows 2, 3, 4, 5, 6, ...)']
    assert len(lines) < 10


def test_validate_without_a_package_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path)]) == 1
    assert "no datapackage.json" in capsys.readouterr().out


def test_schemas_folder_is_self_contained(package: Path, tmp_path: Path) -> None:
    """The package can be moved: every path in the descriptor is relative."""
    moved = tmp_path / "elsewhere"
    shutil.copytree(package, moved, ignore=shutil.ignore_patterns("elsewhere"))
    assert validate_package(moved) == []
