"""The dataset card: a pure function of a build's tables and report, the package's
schemas, its recorded evaluation figures and its citation.

The card's prose is ``card_template.md`` (``${name}`` placeholders); this module fills
it from the data and writes the YAML metadata the Hub reads (configs, features, sizes).
No clock and no path: the same build gives the same bytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import files
from string import Template
from typing import Any

import polars as pl

from syria_news.evaluate import Tally
from syria_news.figures import ARTICLE_FIGURES, Figures, blind_scores, read_figures
from syria_news.schemas import TABLES, UTC_DATETIME, Col, Table

SPLIT = "train"
SHARD = f"{SPLIT}-00000-of-00001.parquet"
TEMPLATE = "card_template.md"

# Arrow type names as the card's `dataset_info.features` spells them; they must stay in
# sync with schemas._FRICTIONLESS_TYPE (every dtype a column may have).
HF_DTYPE = {pl.String: "string", pl.Int64: "int64", pl.Boolean: "bool", UTC_DATETIME: "timestamp[us, tz=UTC]"}

# The line of the card that names its version; ``publish`` reads it back.
VERSION_LINE = "**Version {version}** of the syria-news tables (Git tag and Hub tag `v{version}`)."
_VERSION = re.compile(r"^\*\*Version (?P<version>\S+)\*\* of the syria-news tables", re.MULTILINE)
# The repository the card's loading examples name; ``publish`` checks it is the target.
EXAMPLE_REPO = re.compile(r'load_dataset\("(?P<repo>[^"]+)"')

# How the card names an outlet of articles.outlet.
OUTLET_NAMES = {"smart": "SMART News Agency"}
OUTLET_LABELS = {"smart": "SMART", "other": "other outlets"}
# Characters of a text an example cell shows before "…".
EXAMPLE_CHARS = 48
# Below this many articles the card calls a release a sample of the format.
SAMPLE_ARTICLES = 100


@dataclass(frozen=True)
class CardInputs:
    """Everything the card is made from; ``dataset_card`` is a pure function of it."""

    version: str
    repo_id: str
    tables: dict[str, pl.DataFrame]  # table -> its rows, as built
    parquet_bytes: dict[str, int]  # table -> bytes of its Parquet file
    report: dict[str, Any]  # build_report.json
    figures: Figures  # on the development sentences
    figures_origin: str  # how those were obtained, said in the card
    bibtex: str
    apa: str
    repository: str  # the code repository's URL


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


def card_version(card: str) -> str | None:
    """The version a card names in its version line.

    >>> card_version(VERSION_LINE.format(version="1.2.0"))
    '1.2.0'
    """
    match = _VERSION.search(card)
    return match["version"] if match else None


def card_metadata(inputs: CardInputs) -> dict[str, Any]:
    """The card's YAML header as a mapping: Hub metadata, configs and features."""
    rows = {name: table.height for name, table in inputs.tables.items()}
    memory = {name: int(table.estimated_size()) for name, table in inputs.tables.items()}
    return {
        "pretty_name": "syria-news: casualty and case-count claims from Syrian Arabic news, with their articles",
        "language": ["ar"],
        "multilinguality": ["monolingual"],
        # The derived tables are CC-BY-4.0 but the texts in them are the outlets', unlicensed:
        # no single SPDX id is true, so "other" with a name and the link that explains it.
        "license": "other",
        "license_name": "cc-by-4.0-tables-third-party-texts",
        "license_link": f"{inputs.repository}/blob/v{inputs.version}/DATASHEET.md#license-and-distribution",
        "annotations_creators": ["machine-generated"],
        "language_creators": ["found"],
        "source_datasets": ["original"],
        "size_categories": [size_category(max(rows.values()))],
        # Information extraction has no task category of its own on the Hub: "other", and the tags say which.
        "task_categories": ["other"],
        "tags": ["information-extraction", "event-extraction", "span-extraction", "numeric-normalization", "syria", "arabic", "news", "conflict-data", "casualties", "covid-19"],
        "configs": [
            {"config_name": name, "data_files": [{"split": SPLIT, "path": data_file(name)}], **({"default": True} if i == 0 else {})}
            for i, name in enumerate(TABLES)
        ],
        "dataset_info": [
            {
                "config_name": name,
                "features": [{"name": c.name, "dtype": HF_DTYPE[c.dtype]} for c in table.columns],
                # datasets ignores a split without num_bytes, and then checks no row count.
                "splits": [{"name": SPLIT, "num_bytes": memory[name], "num_examples": rows[name]}],
                "download_size": inputs.parquet_bytes[name],
                "dataset_size": memory[name],
            }
            for name, table in TABLES.items()
        ],
    }


def dataset_card(inputs: CardInputs) -> str:
    """The whole ``README.md``: YAML front matter, then the template filled from the data."""
    import yaml

    # Collections of scalars in flow style (one feature a line): the header stays short.
    header = yaml.safe_dump(card_metadata(inputs), sort_keys=False, allow_unicode=True, width=200, default_flow_style=None)
    _, blind, _ = blind_scores()
    articles = read_figures(ARTICLE_FIGURES)
    template = Template((files("syria_news") / TEMPLATE).read_text(encoding="utf-8"))
    text = template.substitute(
        version=inputs.version,
        repo=inputs.repo_id,
        repository=inputs.repository,
        version_line=VERSION_LINE.format(version=inputs.version),
        holdings=holdings(inputs.tables, inputs.report),
        at_a_glance=(
            f"**Extraction quality at a glance** (unseen real text, details [below](#extraction-quality)): claims "
            f"found and read at F1 {blind.f1:.3f}; article tallies exact on {articles['tallies_exact'] / articles['tallies']:.0%} "
            "of (article, type, scope) pairs. The rows are machine-generated: check a claim against its `quote`."
        ),
        tables=_tables(inputs.tables),
        collection=_collection(inputs.tables, inputs.report, inputs.version, inputs.repository),
        quality=_quality(inputs.figures, inputs.figures_origin),
        blind_f1=f"{blind.f1:.3f}",
        links_f1=f"{articles['links_f1']:.3f}",
        tallies_pct=f"{articles['tallies_exact'] / articles['tallies']:.0%}",
        bibtex=inputs.bibtex,
        apa=inputs.apa,
    )
    return f"---\n{header}---\n\n{text}"


# --- what the release holds ------------------------------------------------------------


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and a noun, plural unless one.

    >>> count(1, "claim"), count(1500, "claim"), count(2, "tally", "tallies")
    ('1 claim', '1,500 claims', '2 tallies')
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {plural or noun + 's'}"


def _series(items: list[str]) -> str:
    """Items joined as a sentence lists them.

    >>> _series(["a"]), _series(["a", "b", "c"])
    ('a', 'a, b and c')
    """
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _day_range(values: pl.Series) -> str | None:
    """The UTC days a datetime column spans, in words; None when it holds none."""
    days = values.drop_nulls().dt.date()
    if days.is_empty():
        return None
    first, last = str(days.min()), str(days.max())  # ISO dates
    return f"on {first}" if first == last else f"from {first} to {last}"


def contents(tables: dict[str, pl.DataFrame]) -> str:
    """What a release holds, in two sentences: rows per table, outlets, the articles' dates.

    The README quotes this for the bundled release; a test keeps it fresh.
    """
    rows = [count(tables["articles"].height, "article"), count(tables["ticker_items"].height, "ticker item"), count(tables["claims"].height, "claim"),
            count(tables["article_tallies"].height, "article tally", "article tallies"), count(tables["governorates"].height, "governorate")]
    outlets = tables["articles"].group_by("outlet").len().sort("outlet")
    named = [f"{OUTLET_NAMES.get(o, o)} ({count(n, 'article')})" for o, n in outlets.iter_rows()]
    published = _day_range(tables["articles"]["published_at"])
    text = f"This release holds {_series(rows)}. The articles are from {_series(named) if named else 'no outlet'}"
    text += f", published {published} (UTC)." if published else ", without publication dates."
    if tables["articles"].height < SAMPLE_ARTICLES:
        text += " It is a small sample that shows the format, not a corpus for research on its own."
    return text


def holdings(tables: dict[str, pl.DataFrame], report: dict[str, Any]) -> str:
    """``contents``, then the raw files the release was built from."""
    counts = report["counts"]
    return (
        f"{contents(tables)} It was built from {count(counts['total'], 'raw file')} ({counts['parsed']:,} parsed, "
        f"{counts['duplicate']:,} duplicate, {counts['rejected']:,} rejected), whose paths and SHA-256 hashes "
        f"hash to `{report['raw_files_sha256']}`."
    )


def _collection(tables: dict[str, pl.DataFrame], report: dict[str, Any], version: str, repository: str) -> str:
    captured = _day_range(tables["ticker_items"]["captured_at"])
    fetched = (
        f"The scrape's `manifest.csv` records when the pages were fetched: {captured} (UTC)."
        if captured
        else "When the pages were fetched is not recorded (the build had no `manifest.csv`): ticker items "
        "carry a time of day, no date, and `captured_at`/`published_at` are null."
    )
    where = (
        f"They are in `data/raw/` of the code repository at tag `v{version}` ({repository})."
        if _is_bundled_build(report)
        else "They are not part of this dataset; each row names its file (`source_file`, `source_sha256`)."
    )
    published = _day_range(tables["articles"]["published_at"])
    return (
        "News web pages were reduced to plain text by a scraper, one UTF-8 file per page (the scraper is "
        f"not part of the package); this release was built from {count(report['counts']['total'], 'such file')}. "
        f"{where} {fetched}" + (f" The articles were published {published} (UTC)." if published else "")
    )


def _is_bundled_build(report: dict[str, Any]) -> bool:
    """Whether the build is of the raw pages the package's own release was built from."""
    from syria_news.release import ReleaseError, bundled_release

    try:
        bundled = json.loads((bundled_release() / "build_report.json").read_text(encoding="utf-8"))
    except (ReleaseError, OSError, ValueError):
        return False
    return bool(bundled.get("raw_files_sha256") == report["raw_files_sha256"])


# --- the tables --------------------------------------------------------------------------


def _tables(tables: dict[str, pl.DataFrame]) -> str:
    return "\n\n".join(_table_section(TABLES[name], frame) for name, frame in tables.items())


def _table_section(table: Table, frame: pl.DataFrame) -> str:
    """A table's columns, each with its type, whether it may be null, its value in the
    table's first row (the example instance) and its description."""
    keys = [f"Primary key {', '.join(f'`{k}`' for k in table.primary_key)}."]
    keys += [f"`{col}` → `{ref_table}.{ref}`." for col, ref_table, ref in table.foreign_keys]
    example = frame.row(0, named=True)
    lines = [
        f"### `{table.name}` ({count(frame.height, 'row')})",
        "",
        f"{table.description} {' '.join(keys)}",
        "",
        "| column | type | null | example (first row) | description |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| `{c.name}` | {HF_DTYPE[c.dtype]} | {'no' if c.required else 'yes'} | {_md_cell(example_value(example[c.name]))} | {_md_cell(_column_text(c))} |"
        for c in table.columns
    ]
    return "\n".join(lines)


def example_value(value: Any) -> str:
    """A value of the example row as JSON would write it, long texts shortened.

    >>> example_value(None), example_value(3), example_value("x" * 80)
    ('null', '3', '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx …"')
    >>> example_value(datetime(2018, 7, 2, 13, 12))
    '"2018-07-02T13:12:00"'
    """
    if isinstance(value, (datetime, date)):
        value = value.isoformat()
    if isinstance(value, str) and len(value) > EXAMPLE_CHARS:
        value = value[:EXAMPLE_CHARS] + " …"
    return json.dumps(value, ensure_ascii=False)


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


# --- extraction quality ------------------------------------------------------------------


def _quality(dev: Figures, dev_origin: str) -> str:
    b, blind, outlets = blind_scores()
    a = read_figures(ARTICLE_FIGURES)
    columns: list[tuple[str, Tally]] = [("all", blind), *((OUTLET_LABELS.get(name, name), s) for name, s in outlets.items())]
    head = "| measure | " + " | ".join(label for label, _ in columns) + " |"
    rule = "|---|" + "---:|" * len(columns)

    def row(label: str, value: Any) -> str:
        return f"| {label} | " + " | ".join(value(s) for _, s in columns) + " |"

    other = a["articles"] - a["smart_articles"]
    return f"""### On unseen text: the figures to use

**Claims.** Round {b['round']} of `EVALUATION.md` (drawn {b['drawn']}): {b['items']} real
paragraphs and headlines of {_round_outlets(outlets)}, drawn after the rules were
written, hold {b['gold']} claims annotated by hand. The rules returned {b['predicted']}
claims, of which {b['matched']} matched one (same claim type, scope and best count).

{head}
{rule}
{row("precision", lambda s: f"{s.precision:.3f}")}
{row("recall", lambda s: f"{s.recall:.3f}")}
{row("F1", lambda s: f"**{s.f1:.3f}**")}
{row("claims annotated", lambda s: f"{s.gold:,}")}

**Counting each event once.** Set {a['set']} of `EVALUATION.md` (drawn {a['drawn']}):
{a['articles']} whole real articles ({a['smart_articles']} of SMART, {other} of
{a['outlets'] - (a['smart_articles'] > 0)} other outlets) with {a['gold_mentions']} counts, drawn after the rules
were written and annotated by hand with the links between their figures and each
article's tallies.

| measure | value |
|---|---:|
| counts found, F1 | {a['counts_f1']:.3f} |
| restatement and part links, F1 | **{a['links_f1']:.3f}** |
| restatement links, precision / F1 | {a['restates_precision']:.3f} / {a['restates_f1']:.3f} |
| recalls of earlier events (`background`), F1 | {a['background_f1']:.3f} |
| article tallies exact | **{a['tallies_exact']} / {a['tallies']} ({a['tallies_exact'] / a['tallies']:.0%})** |
| article tallies, mean absolute error | {a['tallies_mae']} people |

### On the development sentences: not a measure

{dev.sentences} sentences ({dev.gold_set}) {_dev_role(dev)}: precision {dev.precision:.3f},
recall {dev.recall:.3f}, F1 {dev.f1:.3f} ({dev.matched} of {dev.gold} claims). {dev_origin}"""


def _round_outlets(outlets: dict[str, Tally]) -> str:
    """Whose text a blind round drew: SMART's and others', or others' only when it found no
    unused SMART page (the stored ones were drawn by earlier rounds)."""
    if "smart" in outlets:
        return "SMART and other Syrian outlets"
    return "Syrian outlets other than SMART (whose stored pages earlier rounds had used)"


def _dev_role(dev: Figures) -> str:
    if dev.gold_set_role == "development":
        return "that the rules were written and tuned on, so an upper bound that says nothing about new text"
    return "held out from the rules"
