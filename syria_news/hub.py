"""The Hugging Face dataset: ``syria-news hub`` writes the folder, ``syria-news publish`` uploads and tags it.

The folder (default ``dist/huggingface``)::

    README.md                                   the dataset card: YAML metadata + text
    data/<table>/train-00000-of-00001.parquet   the bytes of data/processed/<table>.parquet

``datasets`` 5 has no loading scripts: a dataset is its data files plus the card's YAML
``configs:`` naming them, one config per table, each with a ``train`` split, and
``dataset_info:`` declaring the feature types and row counts (which ``load_dataset``
checks). The card is a pure function of the build (tables, report), the docs
(``CHANGELOG.md``, ``DATASHEET.md``), the citation record and the recorded extraction
figures: no clock, so the same inputs give the same bytes.

Publishing is one commit of exactly the files the card names, then the tag
``v<version>`` on that commit. An existing tag is never moved: ``publish`` refuses
before uploading anything.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from dataclasses import dataclass, fields
from importlib.resources import files
from pathlib import Path
from typing import Any

import polars as pl

from syria_news.evaluate import f1, ratio
from syria_news.release import DEFAULT_REPO_ID, SUMS, file_sha256, one_line, read_sums
from syria_news.schemas import TABLES, UTC_DATETIME, Col, Table

DEFAULT_OUT = Path("dist") / "huggingface"
PROCESSED = Path("data") / "processed"
SPLIT = "train"
SHARD = f"{SPLIT}-00000-of-00001.parquet"
CARD = "README.md"
DOCS = ("CHANGELOG.md", "DATASHEET.md")
FIGURES = "extraction_figures.toml"

# Arrow type names as the card's `dataset_info.features` spells them; they must stay in
# sync with schemas._FRICTIONLESS_TYPE (every dtype a column may have).
HF_DTYPE = {pl.String: "string", pl.Int64: "int64", pl.Boolean: "bool", UTC_DATETIME: "timestamp[us, tz=UTC]"}

# The line of the card that names its version; ``publish`` reads it back.
VERSION_LINE = "**Version {version}** of the syria-news tables (Git tag and Hub tag `v{version}`)."
_VERSION = re.compile(r"^\*\*Version (?P<version>\S+)\*\* of the syria-news tables", re.MULTILINE)
# The repository the card's loading examples name; ``publish`` checks it is the target.
_EXAMPLE_REPO = re.compile(r'load_dataset\("(?P<repo>[^"]+)"')


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


def data_file(table: str) -> str:
    """Where a table's Parquet file goes in the dataset repository.

    >>> data_file("claims")
    'data/claims/train-00000-of-00001.parquet'
    """
    return f"data/{table}/{SHARD}"


def size_category(rows: int) -> str:
    """The Hub's ``size_categories`` value for a dataset of ``rows`` rows.

    >>> size_category(35), size_category(1_000), size_category(250_000)
    ('n<1K', '1K<n<10K', '100K<n<1M')
    """
    bounds = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"))
    return next((label for bound, label in bounds if rows < bound), "n>10M")


# --- extraction figures --------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """Claim-extraction scores for the card: counts, as in ``extraction_figures.toml``."""

    gold_set: str
    gold_set_role: str
    measured_with: str
    sentences: int
    gold: int
    predicted: int
    matched: int
    bounds_right: int
    victim_group_right: int
    pcode_right: int

    @property
    def precision(self) -> float:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def share(self, right: int) -> float:
        return ratio(right, self.matched)


def recorded_figures() -> Figures:
    """The figures recorded in ``syria_news/extraction_figures.toml``."""
    return Figures(**tomllib.loads((files("syria_news") / FIGURES).read_text(encoding="utf-8")))


def measure_figures(gold_path: str | Path, role: str = "development") -> Figures:
    """Run the extractor on an annotated file now (``syria_news.evaluate``).

    ``role``: "development" when the rules were written against the file (the card then
    calls the figures an upper bound), "held-out" when they were not.
    """
    from syria_news import __version__
    from syria_news.evaluate import evaluate

    report = evaluate(gold_path)
    return Figures(
        gold_set=Path(gold_path).name,
        gold_set_role=role,
        measured_with=__version__,
        sentences=report.n_sentences,
        gold=report.n_gold,
        predicted=report.n_predicted,
        matched=report.n_matched,
        bounds_right=report.bounds_right,
        victim_group_right=report.victim_group_right,
        pcode_right=report.pcode_right,
    )


def record_figures(gold_path: str | Path, role: str = "development") -> str:
    """``extraction_figures.toml`` with figures measured now: its header comment, then the values."""
    text = (files("syria_news") / FIGURES).read_text(encoding="utf-8")
    header = text[: text.index("\n\n", text.index("#   pcode_right")) + 2]
    figures = measure_figures(gold_path, role)
    values = "".join(f"{f.name} = {_toml_value(getattr(figures, f.name))}\n" for f in fields(Figures))
    return header + values


def _toml_value(value: str | int) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)  # a JSON string is a TOML one


# --- the dataset card ------------------------------------------------------------------


@dataclass(frozen=True)
class CardInputs:
    """Everything the card is made from; ``dataset_card`` is a pure function of it."""

    version: str
    repo_id: str
    rows: dict[str, int]  # table -> rows
    memory_bytes: dict[str, int]  # table -> its size in memory (Polars' estimate), the card's num_bytes
    parquet_bytes: dict[str, int]  # table -> bytes of its Parquet file
    report: dict[str, Any]  # build_report.json
    figures: Figures
    figures_origin: str  # how the figures were obtained, said in the card
    changelog: str  # CHANGELOG.md
    datasheet: str  # DATASHEET.md
    bibtex: str
    repository: str  # the code repository's URL


def card_metadata(inputs: CardInputs) -> dict[str, Any]:
    """The card's YAML header as a mapping: Hub metadata, configs and features."""
    return {
        "pretty_name": "syria-news: articles, ticker items and casualty claims from SMART News Agency pages",
        "language": ["ar"],
        "multilinguality": ["monolingual"],
        # The derived tables are CC-BY-4.0 but the texts in them are SMART's, unlicensed:
        # no single SPDX id is true, so "other" with a name and the link that explains it.
        "license": "other",
        "license_name": "cc-by-4.0-tables-third-party-texts",
        "license_link": f"{inputs.repository}/blob/v{inputs.version}/DATASHEET.md#license-and-distribution",
        "annotations_creators": ["machine-generated"],
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "size_categories": [size_category(max(inputs.rows.values()))],
        "task_categories": ["token-classification", "text-classification"],
        "tags": ["syria", "arabic", "news", "conflict-data", "casualties", "covid-19", "information-extraction", "event-data"],
        "configs": [
            {"config_name": name, "data_files": [{"split": SPLIT, "path": data_file(name)}], **({"default": True} if i == 0 else {})}
            for i, name in enumerate(TABLES)
        ],
        "dataset_info": [
            {
                "config_name": name,
                "features": [{"name": c.name, "dtype": HF_DTYPE[c.dtype]} for c in table.columns],
                # datasets ignores a split without num_bytes, and then checks no row count.
                "splits": [{"name": SPLIT, "num_bytes": inputs.memory_bytes[name], "num_examples": inputs.rows[name]}],
                "download_size": inputs.parquet_bytes[name],
                "dataset_size": inputs.memory_bytes[name],
            }
            for name, table in TABLES.items()
        ],
    }


def dataset_card(inputs: CardInputs) -> str:
    """The whole ``README.md``: YAML front matter, then the text."""
    import yaml

    header = yaml.safe_dump(card_metadata(inputs), sort_keys=False, allow_unicode=True, width=200)
    sections = [
        _summary(inputs),
        _loading(inputs),
        _tables(inputs),
        _extraction(inputs),
        "## Data statement\n\nFrom `DATASHEET.md` in the repository at this version.\n\n" + _demote(_drop_title(inputs.datasheet)),
        f"## Citation\n\nPlease cite the tables and name SMART News Agency as the source of the texts:\n\n```bibtex\n{inputs.bibtex}\n```",
        _versions(inputs),
    ]
    return f"---\n{header}---\n\n" + "\n\n".join(s.strip("\n") for s in sections) + "\n"


def _summary(inputs: CardInputs) -> str:
    return f"""# syria-news

{VERSION_LINE.format(version=inputs.version)}

Three linked tables parsed from the raw text of SMART News Agency's Arabic pages
(وكالة سمارت للأنباء) by the [syria-news]({inputs.repository}) package: the
**articles**, the breaking-news **ticker items** the pages carried, and the **claims**:
every count of people the texts assert (killed, injured, arrested, kidnapped, missing,
displaced; COVID-19 cases, deaths and recoveries) with low/best/high bounds, precision,
new or cumulative scope, victim group, place and governorate P-code, the cited source,
and the exact character span it quotes. A claim is what a text says, not a verified fact.

{_release_paragraph(inputs)}"""


def _release_paragraph(inputs: CardInputs) -> str:
    counts, rows, v = inputs.report["counts"], inputs.rows, inputs.version
    return (
        f"This release holds {_count(rows['articles'], 'article')}, {_count(rows['ticker_items'], 'ticker item')} "
        f"and {_count(rows['claims'], 'claim')}, built from {_count(counts['total'], 'raw file')} "
        f"({counts['parsed']:,} parsed, {counts['duplicate']:,} duplicate, {counts['rejected']:,} rejected) "
        f"whose paths and SHA-256 hashes hash to `{inputs.report['raw_files_sha256']}`. The raw pages are in "
        f"the repository's `data/raw/` at tag `v{v}`; `pip install syria-news=={v}` and `syria-news build` "
        "rebuild the same bytes from them."
    )


def _count(n: int, noun: str) -> str:
    """``n`` and a noun, plural unless one.

    >>> _count(1, "claim"), _count(1500, "claim")
    ('1 claim', '1,500 claims')
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _loading(inputs: CardInputs) -> str:
    repo, v = inputs.repo_id, inputs.version
    return f"""## Loading

One configuration per table, each with a single `train` split:

```python
from datasets import load_dataset

claims = load_dataset("{repo}", "claims", split="train", revision="v{v}")
articles = load_dataset("{repo}", "articles", split="train", revision="v{v}")
ticker_items = load_dataset("{repo}", "ticker_items", split="train", revision="v{v}")
```

`revision="v{v}"` pins this release: a tag never moves, while `main` follows the newest
release. Without `revision` you get `main`. With the package (`pip install syria-news=={v}`):

```python
import syria_news

claims = syria_news.load("claims")                     # the release bundled with the package (Polars)
claims = syria_news.load("claims", revision="v{v}")   # this release, fetched from the Hub
```

With Polars alone: `pl.read_parquet("hf://datasets/{repo}@v{v}/data/claims/*.parquet")`.

The tables link by keys: `claims.article_id` and `ticker_items.article_id` name
`articles.article_id`; `claims.ticker_id` names `ticker_items.ticker_id`;
`claims.subset_of` names the total a count is part of, `claims.restates` the first
statement of the same figure in its article; `article_tallies.article_id` names
`articles.article_id`.

Three levels: `claims` holds every count as stated, and an article states a figure two
to four times (title, lead, breakdowns, recalls of earlier events: `claims.background`),
so a sum over claims counts people several times. `article_tallies` counts each
article's people once. To aggregate, sum `article_tallies` (`scope == "new"`), or use
`syria_news.tally(claims, by=["governorate_pcode", "month"], articles=articles)`, which
also says what it left out. The tallies are automatic and measured in `EVALUATION.md`."""


def _tables(inputs: CardInputs) -> str:
    parts = ["## The tables\n\nTimes are UTC; `null` marks a value the text does not give. Types are Arrow types."]
    for name, table in TABLES.items():
        parts.append(_table_section(table, inputs.rows[name]))
    return "\n\n".join(parts)


def _table_section(table: Table, rows: int) -> str:
    keys = [f"Primary key {', '.join(f'`{k}`' for k in table.primary_key)}."]
    keys += [f"`{col}` → `{ref_table}.{ref}`." for col, ref_table, ref in table.foreign_keys]
    lines = [
        f"### `{table.name}` ({_count(rows, 'row')})",
        "",
        f"{table.description} {' '.join(keys)}",
        "",
        "| column | type | null | description |",
        "|---|---|---|---|",
    ]
    lines += [f"| `{c.name}` | {HF_DTYPE[c.dtype]} | {'no' if c.required else 'yes'} | {_md_cell(_column_text(c))} |" for c in table.columns]
    return "\n".join(lines)


def _column_text(col: Col) -> str:
    """A column's description with its constraints in words.

    >>> _column_text(Col("n", pl.Int64, "Count.", minimum=1, unique=True))
    'Count. Unique. At least 1.'
    """
    notes = [col.description]
    if col.unique:
        notes.append("Unique.")
    if col.enum is not None:
        notes.append("One of " + ", ".join(f"`{v}`" for v in col.enum) + ".")
    if col.pattern is not None:
        notes.append(f"Matches `{col.pattern}`.")
    if col.minimum is not None:
        notes.append(f"At least {col.minimum}.")
    return " ".join(notes)


def _md_cell(text: str) -> str:
    r"""Text safe inside a Markdown table cell.

    >>> _md_cell("A | B")
    'A \\| B'
    """
    return text.replace("|", r"\|").replace("\n", " ")


def _extraction(inputs: CardInputs) -> str:
    f = inputs.figures
    role = (
        "the development set: the rules were written and tuned against these sentences, so "
        "the figures are an upper bound, not an estimate for unseen text"
        if f.gold_set_role == "development"
        else "a held-out set: the rules were not tuned on it"
    )
    return f"""## How claims are extracted

By rules, not by a learned model and not by hand. `syria_news.claims` splits each title,
body and ticker item into sentences and reads them in a folded matching form (alef and
hamza variants, ya, ta marbuta, Arabic-Indic digits, tatweel and diacritics removed);
every span indexes the stored text. A count phrase is a claim when words say what it
counts: a claim noun after it (`5 قتلى`, `65 إصابة`), a trigger before it (`مقتل 9 مدنيين`,
`قضى 5`), or a running-total cue (`ليرتفع العدد إلى 12`, which gives `scope = cumulative`).
A trigger with a noun but no number counts by the noun's grammatical number (`مقتل طفل` 1,
`جرح طفلين` 2). Number words, digit-word mixes and vague words become low/best/high bounds
by the project's data contract: `عشرات` ("dozens") is best 20, low 20, high 99; `أكثر من 10`
is at least 11; `نحو 50` is approximately 50. Counts of families, vehicles, strikes, days,
money, ages and dates are not claims; neither are releases or suspected cases. A
"بينهم" sub-count points at the claim it is part of (`subset_of`). The place is the one
the sentence gives, mapped to an OCHA governorate P-code by a gazetteer; the dateline
alone never is. The word tables are data files in `syria_news/lexicon/`.

### How good is it

{_blind_paragraph()}

On the development set: {inputs.figures_origin} On {f.sentences} annotated sentences ({f.gold_set}, {role}),
holding {f.gold} claims, the extractor returned {f.predicted}; {f.matched} matched a gold claim
on type, scope and best count.

| measure | value |
|---|---|
| precision | {f.precision:.3f} ({f.matched}/{f.predicted}) |
| recall | {f.recall:.3f} ({f.matched}/{f.gold}) |
| F1 | {f.f1:.3f} |
| bounds and precision right, of matched | {f.share(f.bounds_right):.3f} ({f.bounds_right}/{f.matched}) |
| victim group right, of matched | {f.share(f.victim_group_right):.3f} ({f.victim_group_right}/{f.matched}) |
| governorate P-code right, of matched | {f.share(f.pcode_right):.3f} ({f.pcode_right}/{f.matched}) |

Rules miss phrasings they were not written for and misread some they were; the
repository's tests list known gaps. Check claims against their `quote` before relying
on a count, and report errors on the issue tracker."""


OUTLET_LABELS = {"smart": "SMART", "other": "other outlets"}


def _blind_paragraph() -> str:
    """The latest blind real-text figures (``blind_figures.toml``), said first: the measure
    that counts for unseen text.

    >>> "measured blind" in _blind_paragraph()
    True
    """
    b = tomllib.loads((files("syria_news") / "blind_figures.toml").read_text(encoding="utf-8"))
    scores = {name: (ratio(o["matched"], o["predicted"]), ratio(o["matched"], o["gold"])) for name, o in b["outlets"].items()}
    p, r = ratio(b["matched"], b["predicted"]), ratio(b["matched"], b["gold"])
    return (
        f"On real news, measured blind (round {b['round']} of the repository's EVALUATION.md, "
        f"drawn {b['drawn']}): {b['items']} paragraphs and headlines of SMART and other Syrian "
        f"outlets, drawn after the rules were written and annotated by hand from the data "
        f"contract, hold {b['gold']} claims; the extractor returned {b['predicted']}, of which "
        f"{b['matched']} matched. **F1 {f1(p, r):.3f}** (precision {p:.3f}, recall {r:.3f}); "
        + "; ".join(f"{OUTLET_LABELS.get(name, name)} F1 {f1(*pr):.3f}" for name, pr in scores.items())
        + ". Most misses are claims not found (in report summaries and bulletins, and of the "
        "rarer types: deaths, displacement, the missing), not claims misread."
    )


def _versions(inputs: CardInputs) -> str:
    return f"""## Version and changes

This is version {inputs.version}. Each release is a commit of this repository tagged
`v<version>`, the same tag as the package's source; load an older one with
`revision="v<version>"`. From `CHANGELOG.md`:

{_changelog(inputs.changelog)}"""


_HEADING = re.compile(r"^(#{1,5}) ", re.MULTILINE)
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]: \S+$")


def _drop_title(markdown: str) -> str:
    """Markdown without its first-level title line."""
    return re.sub(r"\A# [^\n]*\n+", "", markdown.lstrip())


def _demote(markdown: str) -> str:
    """Every heading one level lower, so a document nests under a card section.

    >>> _demote("## Uses\\n\\ntext #1\\n### More")
    '### Uses\\n\\ntext #1\\n#### More'
    """
    return _HEADING.sub(r"#\1 ", markdown)


def _changelog(text: str) -> str:
    """The released versions' sections of a Keep-a-Changelog file, headings demoted, with
    the link definitions they use. ``[Unreleased]`` is left out: the card describes the
    release it ships with, and changes not yet released are not in its data.

    >>> print(_changelog("# Changelog\\n\\nIntro.\\n\\n## [Unreleased]\\n\\n- Next.\\n\\n## [0.1.0] - 2026-11-24\\n\\n- First.\\n\\n"
    ...                  "[Unreleased]: https://x/compare\\n[0.1.0]: https://x/v0.1.0"))
    ### [0.1.0] - 2026-11-24
    <BLANKLINE>
    - First.
    <BLANKLINE>
    [0.1.0]: https://x/v0.1.0
    """
    lines = text.splitlines()
    links = [line for line in lines if _LINK_DEFINITION.match(line)]  # "[0.1.0]: https://..."
    sections, current = [], None
    for line in lines:
        if line.startswith("## "):
            current = [line]
            sections.append(current)
        elif current is not None and not _LINK_DEFINITION.match(line):
            current.append(line)
    kept = ["\n".join(s).strip() for s in sections if any(line.strip() for line in s[1:]) and not s[0].startswith("## [Unreleased]")]
    used = [link for link in links if any(section.startswith(f"## {link.split(':')[0]}") for section in kept)]
    return _demote("\n\n".join(kept)) + ("\n\n" + "\n".join(used) if used else "")


# --- writing the folder ----------------------------------------------------------------


def _checked_processed(source: Path) -> Path:
    """``source/data/processed``, its tables and report intact according to SHA256SUMS."""
    processed = source / PROCESSED
    needed = [f"{name}.parquet" for name in TABLES] + ["build_report.json"]
    missing = [name for name in [*needed, SUMS] if not (processed / name).is_file()]
    missing += [name for name in DOCS if not (source / name).is_file()]
    if missing:
        raise HubError(f"{source} lacks {', '.join(missing)}: give --source a repository checkout after `syria-news build`")
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
    """Write the Hub-ready folder from the build in ``source`` (a checkout); return ``out``.

    ``repo_id``: the Hub dataset the card's examples name (default ``DEFAULT_REPO_ID``).
    ``gold``: measure the extraction figures on this annotated file now; without it the
    card shows the figures recorded in ``extraction_figures.toml``.
    """
    from syria_news import __version__
    from syria_news.citation import citation, package_record

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
        rows={name: table.height for name, table in tables.items()},
        memory_bytes={name: int(table.estimated_size()) for name, table in tables.items()},
        parquet_bytes={name: (processed / f"{name}.parquet").stat().st_size for name in TABLES},
        report=report,
        figures=figures,
        figures_origin=origin,
        changelog=(source / "CHANGELOG.md").read_text(encoding="utf-8"),
        datasheet=(source / "DATASHEET.md").read_text(encoding="utf-8"),
        bibtex=citation("bibtex"),
        repository=package_record().repository,
    )
    (out / CARD).write_text(dataset_card(inputs), encoding="utf-8", newline="\n")
    return out


def release_files() -> list[str]:
    """The files a published release consists of, as paths in the repository: the card and one shard per table."""
    return [CARD, *(data_file(name) for name in TABLES)]


def card_version(card: str) -> str | None:
    """The version a card names in its version line.

    >>> card_version(VERSION_LINE.format(version="1.2.0"))
    '1.2.0'
    """
    match = _VERSION.search(card)
    return match["version"] if match else None


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
    named = {m["repo"] for m in _EXAMPLE_REPO.finditer(card)}
    if named != {repo_id}:
        raise HubError(f"{folder / CARD} shows how to load {', '.join(sorted(named))}, not {repo_id}: rewrite it with `syria-news hub --repo-id {repo_id}`")
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
