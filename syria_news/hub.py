"""The Hugging Face dataset: ``syria-news hub`` writes the folder, ``syria-news publish`` uploads and tags it.

The folder (default ``dist/huggingface``)::

    README.md                                   the dataset card: YAML metadata + text
    data/<table>/train-00000-of-00001.parquet   the bytes of data/processed/<table>.parquet

``datasets`` 5 has no loading scripts: a dataset is its data files plus the card's YAML
``configs:`` naming them, one config per table, each with a ``train`` split, and
``dataset_info:`` declaring the feature types and row counts (which ``load_dataset``
checks). The card (``syria_news/card.py``) is a pure function of the build (tables,
report) and of the package (schemas, recorded figures, citation): no clock, so the same
inputs give the same bytes, and any build output can be made into a Hub folder.

Publishing is one commit of exactly the files the card names, then the tag
``v<version>`` on that commit. An existing tag is never moved: ``publish`` refuses
before uploading anything.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from syria_news.card import EXAMPLE_REPO, CardInputs, card_version, data_file, dataset_card
from syria_news.figures import measure_figures, recorded_figures
from syria_news.messages import one_line
from syria_news.release import DEFAULT_REPO_ID, SUMS, file_sha256, read_sums
from syria_news.schemas import TABLES

DEFAULT_OUT = Path("dist") / "huggingface"
PROCESSED = Path("data") / "processed"
CARD = "README.md"


class HubError(Exception):
    """A folder that cannot be written or published, with a one-line message for the user."""


# What the Hub accepts in each part of ORG/NAME, said once for every refusal.
_REPO_ID_RULES = (
    "each of ORG and NAME is 1 to 96 of A-Z, a-z, 0-9, '-', '_' and '.', not starting or ending "
    "with '-' or '.', without '--' or '..', and NAME does not end in '.git'"
)


def check_repo_id(repo_id: str) -> str:
    """``repo_id`` when it is a dataset repository id the Hub accepts, ``ORG/NAME``; else HubError.

    Checked before anything is sent, so a mistyped id creates nothing and fails in one line.
    The name rules are ``huggingface_hub.utils.validate_repo_id``'s; that function also takes
    a bare ``NAME``, which would land in whichever account the token belongs to, so exactly
    one ``/`` is required here.

    >>> check_repo_id("syria-news/syria-news")
    'syria-news/syria-news'
    >>> check_repo_id("syria-news")
    Traceback (most recent call last):
    ...
    syria_news.hub.HubError: repository id 'syria-news' is not ORG/NAME (one '/' between two names)
    >>> check_repo_id("org/../x")
    Traceback (most recent call last):
    ...
    syria_news.hub.HubError: repository id 'org/../x' is not ORG/NAME (one '/' between two names)
    """
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    if not isinstance(repo_id, str) or repo_id.count("/") != 1 or "" in repo_id.split("/"):
        raise HubError(f"repository id {repo_id!r} is not ORG/NAME (one '/' between two names)")
    try:
        validate_repo_id(repo_id)
    except HFValidationError:
        raise HubError(f"repository id {repo_id!r} is not one the Hub accepts: {_REPO_ID_RULES}") from None
    return repo_id


def client_http_error() -> type[Exception]:
    """The HTTP client's base error (the Hub unreachable, a timeout, a bad URL): httpx2
    under huggingface_hub 2, httpx under 1."""
    try:
        from httpx2 import HTTPError
    except ImportError:
        from httpx import HTTPError  # type: ignore[no-redef]
    return HTTPError


def is_hub_client_error(error: BaseException) -> bool:
    """Whether ``error`` came from talking to the Hub: an HTTP answer, the network, the
    client's own errors (``huggingface_hub.errors``), or the local files it reads and writes."""
    module = type(error).__module__.split(".")[0]
    return isinstance(error, (OSError, client_http_error())) or module in ("huggingface_hub", "httpx", "httpx2")


def describe_hub_error(error: BaseException) -> str:
    """One line for an error of the Hub client: the status and the server's own words for
    an HTTP answer, without the client's paragraphs of advice; never a token (the client
    sends it in a header, and no header is quoted)."""
    from huggingface_hub.errors import HfHubHTTPError

    response = getattr(error, "response", None)
    if isinstance(error, HfHubHTTPError) and response is not None:
        request = response.request
        detail = error.server_message or str(error).strip().splitlines()[0]
        return one_line(f"HTTP {response.status_code} from the Hub for {request.method} {request.url}: {detail}")
    if isinstance(error, client_http_error()):
        return one_line(f"cannot reach the Hub: {type(error).__name__}: {error}")
    return one_line(f"{type(error).__name__}: {error}")


# --- writing the folder ----------------------------------------------------------------


def _checked_processed(source: Path) -> Path:
    """``source/data/processed``, its tables and report intact according to SHA256SUMS."""
    processed = source / PROCESSED
    needed = [f"{name}.parquet" for name in TABLES] + ["build_report.json"]
    missing = [name for name in [*needed, SUMS] if not (processed / name).is_file()]
    if missing:
        raise HubError(
            f"{processed} lacks {', '.join(missing)}: give --source the folder `syria-news build --out` wrote "
            "(for a build into . the default is right)"
        )
    sums = read_sums((processed / SUMS).read_text(encoding="utf-8"))
    damaged = [name for name in needed if sums.get(name) != file_sha256(processed / name)]
    if damaged:
        raise HubError(f"{processed}: {', '.join(damaged)} do(es) not match SHA256SUMS; rebuild with `syria-news build`")
    return processed


def write_hub_folder(
    out: str | Path = DEFAULT_OUT,
    *,
    source: str | Path = ".",
    repo_id: str | None = None,
    gold: str | Path | None = None,
) -> Path:
    """Write the Hub-ready folder from the build in ``source`` (the ``--out`` of any
    ``syria-news build``: a checkout, or a folder of one's own); return ``out``.

    ``repo_id``: the Hub dataset the card's examples name (default ``DEFAULT_REPO_ID``).
    ``gold``: measure the extraction figures on this annotated file now; without it the
    card shows the figures recorded in ``extraction_figures.toml``.
    """
    from syria_news import __version__
    from syria_news.citation import citation, package_record

    # Checked first: a malformed id fails before anything is read or written.

    if repo_id is not None:
        check_repo_id(repo_id)
    source, out = Path(source), Path(out)
    processed = _checked_processed(source)
    report = json.loads((processed / "build_report.json").read_text(encoding="utf-8"))
    if report.get("syria_news_version") != __version__:
        raise HubError(
            f"{processed} was built by syria-news {report.get('syria_news_version')}, this is {__version__}: "
            "rebuild with `syria-news build` so the release tag names the code that made it"
        )
    if gold is not None:
        figures = measure_figures(gold)
        origin = f"Measured with `syria-news eval` (version {figures.measured_with}) when this card was written."
    else:
        figures = recorded_figures()
        origin = f"As recorded in `syria_news/extraction_figures.toml`, measured with `syria-news eval` (version {figures.measured_with})."

    tables = {name: pl.read_parquet(processed / f"{name}.parquet") for name in TABLES}
    empty = [name for name, table in tables.items() if table.is_empty()]
    if empty:  # datasets 5 raises 'Instruction "train" corresponds to no data!' on an empty split
        raise HubError(f"{processed}: {', '.join(empty)} has no rows, and `datasets` cannot load an empty split")
    for name in TABLES:
        target = out / data_file(name)
        if target.parent.is_dir():  # a stale shard of an older layout must not ride along
            for old in target.parent.glob("*.parquet"):
                old.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(processed / f"{name}.parquet", target)
    inputs = CardInputs(
        version=__version__,
        repo_id=repo_id or DEFAULT_REPO_ID,
        tables=tables,
        parquet_bytes={name: (processed / f"{name}.parquet").stat().st_size for name in TABLES},
        report=report,
        figures=figures,
        figures_origin=origin,
        bibtex=citation("bibtex"),
        apa=citation("apa"),
        repository=package_record().repository,
    )
    (out / CARD).write_text(dataset_card(inputs), encoding="utf-8", newline="\n")
    return out


def release_files() -> list[str]:
    """The files a published release consists of, as paths in the repository: the card and one shard per table."""
    return [CARD, *(data_file(name) for name in TABLES)]


def hub_command(folder: Path, repo_id: str) -> str:
    """The ``syria-news hub`` command that writes ``folder`` for ``repo_id``.

    >>> hub_command(DEFAULT_OUT, "org/name"), hub_command(Path("out/hf"), "org/name")
    ('syria-news hub --repo-id org/name', 'syria-news hub --repo-id org/name --out out/hf')
    """
    out = "" if Path(folder) == DEFAULT_OUT else f" --out {folder}"
    return f"syria-news hub --repo-id {repo_id}{out}"


# --- publishing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Published:
    repo_url: str
    commit: str
    tag: str


def publish(
    folder: str | Path = DEFAULT_OUT,
    *,
    repo_id: str,
    token: str | None = None,
    endpoint: str | None = None,
) -> Published:
    """Upload the folder to dataset repository ``repo_id`` in one commit and tag it ``v<version>``.

    Creates the repository if missing. Refuses, before uploading anything, when the tag
    exists already (a release is never overwritten), or when the folder's card names
    another version than this package's or another repository than ``repo_id``.
    """
    from huggingface_hub import CommitOperationAdd, HfApi
    from huggingface_hub.errors import HfHubHTTPError

    from syria_news import __version__

    check_repo_id(repo_id)  # first: a malformed id must not create anything
    folder = Path(folder)
    paths = release_files()
    missing = [p for p in paths if not (folder / p).is_file()]
    if missing:
        raise HubError(f"{folder} lacks {', '.join(missing)}: write it with `syria-news hub --out {folder}` first")
    card = (folder / CARD).read_text(encoding="utf-8")
    version = card_version(card)
    if version != __version__:
        raise HubError(f"{folder / CARD} is for version {version}, this is syria-news {__version__}: rewrite it with `syria-news hub`")
    named = {m["repo"] for m in EXAMPLE_REPO.finditer(card)}
    if named != {repo_id}:
        raise HubError(
            f"{folder / CARD} is written for {', '.join(sorted(named)) or 'no repository'}, not {repo_id}; nothing was sent. "
            f"Run `{hub_command(folder, repo_id)}` (add --source BUILD_DIR if your build is not in .), then publish again"
        )
    tag = f"v{version}"

    api = HfApi(endpoint=endpoint, token=token)
    repo_url = api.create_repo(repo_id, repo_type="dataset", exist_ok=True)
    existing = {ref.name: ref.target_commit for ref in api.list_repo_refs(repo_id, repo_type="dataset").tags}
    if tag in existing:
        raise HubError(
            f"{repo_id} already has tag {tag} (commit {existing[tag][:12]}): a release is never overwritten; "
            "bump the version in pyproject.toml and CHANGELOG.md, rebuild, and publish again. Nothing was uploaded."
        )
    commit = api.create_commit(
        repo_id,
        [CommitOperationAdd(path_in_repo=p, path_or_fileobj=folder / p) for p in paths],
        commit_message=f"syria-news {version}",
        commit_description=f"The syria-news tables, version {version}, written by `syria-news hub`.",
        repo_type="dataset",
    )
    try:
        api.create_tag(repo_id, tag=tag, tag_message=f"syria-news {version}", revision=commit.oid, repo_type="dataset")
    except HfHubHTTPError as error:
        if error.response is not None and error.response.status_code == 409:
            raise HubError(f"{repo_id}: tag {tag} appeared while publishing; commit {commit.oid[:12]} is on main but untagged") from error
        raise
    return Published(repo_url=str(repo_url), commit=commit.oid, tag=tag)
