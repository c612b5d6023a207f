"""The package type-checks: the annotations users and editors see are the ones the code keeps."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.pinned  # checked against the pinned polars' type annotations, which change between versions
def test_mypy_finds_no_error_in_the_package() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "syria_news"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
