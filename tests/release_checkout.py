"""A scratch checkout for the release tests: a fresh build of ``data/raw`` plus the docs the
dataset card quotes, so those tests do not depend on whether the committed
``data/processed`` is up to date (``tests/test_build.py`` checks that)."""

from __future__ import annotations

import shutil
from pathlib import Path

from syria_news.package import write_package
from syria_news.pipeline import build

ROOT = Path(__file__).parents[1]
DOCS = ("CHANGELOG.md", "DATASHEET.md")


def make_checkout(dest: Path) -> Path:
    """``dest`` with ``data/processed`` built from the repository's raw pages, and the docs."""
    result = build(ROOT / "data" / "raw", jobs=1)
    write_package(result.tables, result.report, dest)
    for doc in DOCS:
        shutil.copy(ROOT / doc, dest / doc)
    return dest
