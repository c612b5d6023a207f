"""``syria_news.load(table)``: a table of a syria-news release as a Polars frame.

Two sources, one function:

* **The bundled release** (no ``revision``, no ``repo_id``): the Parquet tables that the
  wheel carries as package data in ``syria_news/_release/`` (the build's
  ``data/processed/``, copied in by the wheel build), read through
  ``importlib.resources``. In a source checkout or an editable install, where there is no
  ``_release`` folder, the repository's own ``data/processed/`` is read instead. Either
  way the file's bytes are checked against the ``SHA256SUMS`` that came with it.
* **A published release on the Hugging Face Hub** (``revision`` and/or ``repo_id``
  given): ``data/<table>/*.parquet`` of the dataset repository at that revision (a tag
  such as ``"v0.1.0"``, a branch or a commit id), downloaded with
  ``huggingface_hub.snapshot_download`` into its usual cache. ``HF_ENDPOINT`` (a Hub
  mirror), ``HF_TOKEN`` and ``HF_HUB_OFFLINE`` work as everywhere in that library.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import polars as pl

from syria_news.schemas import TABLES

DEFAULT_REPO_ID = "syria-news/syria-news"
BUNDLE = "_release"  # package-data folder the wheel build fills from data/processed
SUMS = "SHA256SUMS"


class ReleaseError(Exception):
    """A release that cannot be found, fetched or does not match its checksums; a one-line message."""


def load(table: str, *, revision: str | None = None, repo_id: str | None = None, as_pandas: bool = False) -> Any:
    """One table of the bundled release, or of a release published on the Hub, as a Polars
    frame; with ``as_pandas=True`` as a pandas one (``pip install "syria-news[pandas]"``).

    >>> load("claims").columns[:3]
    ['claim_id', 'article_id', 'ticker_id']
    >>> load("events")
    Traceback (most recent call last):
    ...
    ValueError: unknown table 'events': choose one of articles, ticker_items, claims, article_tallies, governorates
    >>> load("claims", repo_id="syria-news")
    Traceback (most recent call last):
    ...
    ValueError: repository id 'syria-news' is not ORG/NAME (one '/' between two names)

    A release that cannot be fetched (the Hub unreachable and the revision not in the
    local cache, an unknown repository or revision) raises ``ReleaseError`` naming the
    repository, the revision and what went wrong; the client's own error is its cause.
    """
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}: choose one of {', '.join(TABLES)}")
    if revision is None and repo_id is None:
        frame = _read_bundled(table)
    else:
        frame = _read_from_hub(table, _checked_repo_id(repo_id or DEFAULT_REPO_ID), revision or "main")
    return to_pandas(frame) if as_pandas else frame


def to_pandas(frame: pl.DataFrame) -> Any:
    """``frame`` as a pandas DataFrame whose columns keep their types: Arrow-backed, so a
    nullable count stays an integer (``int64[pyarrow]``) instead of becoming float64, and a
    time stays UTC.

    ModuleNotFoundError, in one line naming the extra, without pandas or pyarrow.
    """
    missing = [name for name in ("pandas", "pyarrow") if importlib.util.find_spec(name) is None]
    if missing:
        raise ModuleNotFoundError(f"as_pandas=True needs {' and '.join(missing)}: pip install \"syria-news[pandas]\"")
    return frame.to_pandas(use_pyarrow_extension_array=True)


def _checked_repo_id(repo_id: str) -> str:
    """``repo_id`` if the Hub could have it (``hub.check_repo_id``), else ValueError like an unknown table."""
    from syria_news.hub import HubError, check_repo_id  # imported here: hub imports this module

    try:
        return check_repo_id(repo_id)
    except HubError as error:
        raise ValueError(str(error)) from None


def bundled_release() -> Traversable:
    """The folder holding the bundled release: package data, else the checkout's data/processed."""
    packaged = files("syria_news") / BUNDLE
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[1] / "data" / "processed"
    if (checkout / SUMS).is_file():
        return checkout
    raise ReleaseError(
        "no bundled release: this installation of syria-news carries no syria_news/_release "
        "and is not a source checkout with data/processed; use load(table, revision=...) "
        "to fetch a published release from the Hub"
    )


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, as lowercase hex (the SHA256SUMS format)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_sums(text: str) -> dict[str, str]:
    """A ``SHA256SUMS`` file (``<hex>  <name>`` lines) as {name: hex}.

    >>> read_sums("ab12  claims.parquet\\n")
    {'claims.parquet': 'ab12'}
    """
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in text.splitlines() if line.strip())}


def _read_bundled(table: str) -> pl.DataFrame:
    folder = bundled_release()
    name = f"{table}.parquet"
    expected = read_sums((folder / SUMS).read_text(encoding="utf-8")).get(name)
    data = (folder / name).read_bytes()
    if expected is None or hashlib.sha256(data).hexdigest() != expected:
        raise ReleaseError(f"bundled {name} does not match its SHA-256 in {SUMS}: the installation is damaged")
    return pl.read_parquet(io.BytesIO(data))  # the bytes just checked, not a second read


def _read_from_hub(table: str, repo_id: str, revision: str) -> pl.DataFrame:
    from huggingface_hub import constants, snapshot_download

    from syria_news.hub import is_hub_client_error

    # HF_ENDPOINT is read here, at call time, rather than when huggingface_hub was imported.
    endpoint = os.environ.get("HF_ENDPOINT") or None
    try:
        folder = Path(
            snapshot_download(
                repo_id,
                repo_type="dataset",
                revision=revision,
                allow_patterns=[f"data/{table}/*.parquet"],
                endpoint=endpoint,
            )
        )
    except Exception as error:
        if not is_hub_client_error(error):
            raise
        where = f"cannot load {table} of {repo_id} at revision {revision} from {endpoint or constants.ENDPOINT}"
        raise ReleaseError(f"{where}: {fetch_failure(error, revision)}") from error
    shards = sorted((folder / "data" / table).glob("*.parquet"))
    if not shards:
        raise ReleaseError(f"{repo_id} at revision {revision} has no data/{table}/*.parquet")
    return pl.concat([pl.read_parquet(shard) for shard in shards], how="vertical")


def fetch_failure(error: BaseException, revision: str) -> str:
    """What went wrong, in words, when ``snapshot_download`` of ``revision`` raised ``error``."""
    from huggingface_hub.errors import LocalEntryNotFoundError, OfflineModeIsEnabled, RepositoryNotFoundError, RevisionNotFoundError

    from syria_news.hub import describe_hub_error

    if isinstance(error, RevisionNotFoundError):
        return f"the repository has no revision {revision!r} (a tag such as 'v0.1.0', a branch or a commit id)"
    if isinstance(error, RepositoryNotFoundError):  # also what a private or gated one answers without access
        return "no such dataset repository, or it is private or gated and no token with access was found (HF_TOKEN, `hf auth login`)"
    # Unreachable or offline: the client falls back to its cache, and raises this, chained
    # to the network error, when the revision is not there.
    cause = error.__cause__ if isinstance(error, LocalEntryNotFoundError) else None
    if isinstance(cause, OfflineModeIsEnabled):
        return "HF_HUB_OFFLINE is set and this revision is not in the local Hugging Face cache"
    if cause is not None:
        return f"{describe_hub_error(cause)}, and this revision is not in the local Hugging Face cache"
    return describe_hub_error(error)
