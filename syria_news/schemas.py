"""The data contract in code: one column spec per column, two validators made from it.

Each table is declared once, as :class:`Col` specs (type, description, constraints). From
that one declaration come

* the Pandera ``DataFrameSchema`` (``pandera.polars``) that every build runs on the
  collected frames, plus the cross-column rules Table Schema cannot say (bounds ordered,
  ``exact`` means equal bounds, quote equals span, exactly one of two keys set), and
* the Frictionless Table Schema written to ``schemas/<table>.schema.json``.

So the two cannot drift apart; ``tests/test_schemas.py`` also checks the committed JSON is
what this module generates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandera.polars as pa
import polars as pl

# --- controlled vocabularies (CONTRACT) ---------------------------------------------

OUTLETS = ("smart",)
MEDIA = ("video", "photos", "infographic")
SOURCE_KINDS = ("medical", "military", "local", "activists", "official", "regime_media", "media", "statement", "other")
FIELDS = ("title", "body", "ticker")
CLAIM_TYPES = ("killed", "injured", "killed_or_injured", "arrested", "kidnapped", "missing", "displaced", "cases", "deaths", "recoveries")
SCOPES = ("new", "cumulative")
PRECISIONS = ("exact", "at_least", "approximate", "vague")
VICTIM_GROUPS = ("civilians", "children", "women", "fighters", "medical_workers", "journalists", "people")
# covid-19 is the contract's; the others are labels lexicon/claims.toml [diseases] can give.
DISEASES = ("covid-19", "cholera", "leishmaniasis", "measles", "hepatitis", "scabies", "typhoid", "diarrhoea", "polio",
            "meningitis", "influenza", "malaria", "diphtheria", "chickenpox", "mpox", "tuberculosis", "malnutrition", "poisoning")
PCODES = tuple(f"SY{i:02d}" for i in range(1, 15))

ID_PATTERN = "^[0-9a-f]{16}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"
HHMM_PATTERN = "^([01][0-9]|2[0-3]):[0-5][0-9]$"

UTC_DATETIME = pl.Datetime("us", "UTC")
_FRICTIONLESS_TYPE = {pl.String: "string", pl.Int64: "integer", pl.Boolean: "boolean", UTC_DATETIME: "datetime"}


@dataclass(frozen=True)
class Col:
    """One column of the contract."""

    name: str
    dtype: Any
    description: str
    required: bool = True
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None

    def pandera(self) -> pa.Column:
        checks = []
        if self.enum is not None:
            checks.append(pa.Check.isin(self.enum))
        if self.pattern is not None:
            checks.append(pa.Check.str_matches(self.pattern))
        if self.minimum is not None:
            checks.append(pa.Check.ge(self.minimum))
        return pa.Column(self.dtype, checks=checks, nullable=not self.required, unique=self.unique, description=self.description)

    def frictionless(self) -> dict[str, Any]:
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.unique:
            constraints["unique"] = True
        if self.enum is not None:
            constraints["enum"] = list(self.enum)
        if self.pattern is not None:
            constraints["pattern"] = self.pattern.removeprefix("^").removesuffix("$")
        if self.minimum is not None:
            constraints["minimum"] = self.minimum
        spec: dict[str, Any] = {"name": self.name, "type": _FRICTIONLESS_TYPE[self.dtype], "description": self.description}
        if self.dtype == UTC_DATETIME:
            spec["format"] = "%Y-%m-%dT%H:%M:%SZ"
        if constraints:
            spec["constraints"] = constraints
        return spec


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    columns: tuple[Col, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = ()  # (column, table, column)
    checks: tuple[pa.Check, ...] = field(default=())

    @property
    def polars_schema(self) -> pl.Schema:
        return pl.Schema({c.name: c.dtype for c in self.columns})

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def pandera(self) -> pa.DataFrameSchema:
        return pa.DataFrameSchema(
            {c.name: c.pandera() for c in self.columns},
            checks=list(self.checks),
            strict=True,
            ordered=True,
            name=self.name,
            description=self.description,
        )

    def frictionless(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
            "title": self.title,
            "description": self.description,
            "fields": [c.frictionless() for c in self.columns],
            "missingValues": [""],
            "primaryKey": list(self.primary_key),
        }
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": [col], "reference": {"resource": "" if table == self.name else table, "fields": [ref]}}
                for col, table, ref in self.foreign_keys
            ]
        return schema


# --- cross-column rules -------------------------------------------------------------


def _bounds_ordered(data: pa.PolarsData) -> pl.LazyFrame:
    low, best, high = pl.col("count_low"), pl.col("count_best"), pl.col("count_high")
    return data.lazyframe.select(
        (low.is_null() | (low <= best)) & (high.is_null() | (best <= high))
    )


def _exact_means_equal(data: pa.PolarsData) -> pl.LazyFrame:
    low, best, high = pl.col("count_low"), pl.col("count_best"), pl.col("count_high")
    return data.lazyframe.select((pl.col("precision") != "exact") | ((low == best) & (high == best)).fill_null(False))


def _quote_is_span(data: pa.PolarsData) -> pl.LazyFrame:
    # The span is checked against the field text in frames.claims_frame, where the text
    # is at hand; here what the table alone can prove: a non-empty span of the quote's length.
    length = pl.col("span_end") - pl.col("span_start")
    return data.lazyframe.select((pl.col("span_start") >= 0) & (length > 0) & (pl.col("quote").str.len_chars() == length))


def _one_source(data: pa.PolarsData) -> pl.LazyFrame:
    article, ticker = pl.col("article_id").is_not_null(), pl.col("ticker_id").is_not_null()
    is_ticker = pl.col("field") == "ticker"
    return data.lazyframe.select((article ^ ticker) & (is_ticker == ticker))


def _subset_within_parent(data: pa.PolarsData) -> pl.LazyFrame:
    claims = data.lazyframe
    parents = claims.select(
        pl.col("claim_id").alias("subset_of"),
        pl.col("count_best").alias("parent_best"),
        pl.col("article_id").alias("parent_article"),
        pl.col("ticker_id").alias("parent_ticker"),
        pl.col("field").alias("parent_field"),
    )
    joined = claims.join(parents, on="subset_of", how="left", maintain_order="left")
    same_source = pl.col("parent_article").eq_missing(pl.col("article_id")) & pl.col("parent_ticker").eq_missing(pl.col("ticker_id"))
    return joined.select(pl.col("subset_of").is_null() | (same_source & (pl.col("parent_best") >= pl.col("count_best"))).fill_null(False))


def _restates_first_statement(data: pa.PolarsData) -> pl.LazyFrame:
    claims = data.lazyframe
    firsts = claims.select(
        pl.col("claim_id").alias("restates"),
        *(pl.col(c).alias(f"first_{c}") for c in ("article_id", "claim_type", "scope", "count_low", "count_best", "count_high", "precision", "restates")),
    )
    joined = claims.join(firsts, on="restates", how="left", maintain_order="left")
    # the same number, hedges aside: "أكثر من 25" (best 26, at_least) restates "25"
    hedged = (pl.col("precision") == "at_least") | (pl.col("first_precision") == "at_least")
    # or a number within a vague first statement's bounds (rule sharpened: "قتلى", then "قتل 7")
    sharpened = (
        (pl.col("first_precision") == "vague") & (pl.col("precision") != "vague")
        & (pl.col("count_best") >= pl.col("first_count_low").fill_null(0))
        & (pl.col("first_count_high").is_null() | (pl.col("count_best") <= pl.col("first_count_high")))
    )
    same = (
        (pl.col("first_article_id") == pl.col("article_id"))
        & (pl.col("first_claim_type") == pl.col("claim_type"))
        & (pl.col("first_scope") == pl.col("scope"))
        & (((pl.col("first_count_best") - pl.col("count_best")).abs() <= hedged.cast(pl.Int64)) | sharpened)
        & pl.col("first_restates").is_null()
    )
    return joined.select(pl.col("restates").is_null() | same.fill_null(False))


# --- the five tables ---------------------------------------------------------------

ARTICLES = Table(
    name="articles",
    title="Articles",
    description="One row per distinct article (the same article scraped twice is one row).",
    primary_key=("article_id",),
    columns=(
        Col("article_id", pl.String, "Stable hash of the article's own content (title, publication time, body).", unique=True, pattern=ID_PATTERN),
        Col("outlet", pl.String, "The news outlet whose layout the page has.", enum=OUTLETS),
        Col("title", pl.String, "The headline, without a trailing media marker such as (فيديو)."),
        Col("media", pl.String, "'video' when the title carried (فيديو); photos/infographic likewise.", required=False, enum=MEDIA),
        Col("editors", pl.String, "The names after 'Editing:', as written; several names joined by ' | '.", required=False),
        Col("published_at", UTC_DATETIME, "Publication time in UTC, read from تاريخ النشر as Asia/Damascus wall-clock time (IANA rules).", required=False),
        Col("updated_at", UTC_DATETIME, "The newest update stamp (تحديث بتاريخ) in UTC, read as Asia/Damascus time.", required=False),
        Col("dateline", pl.String, "The place after سمارت in the dateline, as written (spaces normalized). Not an event location.", required=False),
        Col("body", pl.String, "The article text: paragraphs joined by a blank line, scraping debris removed."),
        Col("n_paragraphs", pl.Int64, "Number of paragraphs in body.", minimum=1),
        Col("source_file", pl.String, "Path of the first raw file holding the article, relative to the raw folder, '/'-separated."),
        Col("source_sha256", pl.String, "SHA-256 of that raw file's bytes.", pattern=SHA256_PATTERN),
        Col("url", pl.String, "The page's address, from the scrape's manifest.csv; null without a manifest.", required=False),
    ),
)

TICKER_ITEMS = Table(
    name="ticker_items",
    title="Ticker items",
    description="One row per distinct breaking-news ticker item. The ticker is a snapshot at scrape time, not about the article.",
    primary_key=("ticker_id",),
    foreign_keys=(("article_id", "articles", "article_id"),),
    columns=(
        Col("ticker_id", pl.String, "Stable hash of the normalized item text and its time.", unique=True, pattern=ID_PATTERN),
        Col("text", pl.String, "The item without its attribution and time."),
        Col("attribution", pl.String, "The source named in the item's trailing parentheses, trimmed.", required=False),
        Col("source_kind", pl.String, "The kind of source the attribution names.", required=False, enum=SOURCE_KINDS),
        Col("time_local", pl.String, "The item's HH:MM stamp (Damascus time); null when the item was cut off.", required=False, pattern=HHMM_PATTERN),
        Col("article_id", pl.String, "The first page (in sorted source_file order) that carried the item: where it was seen, not what it is about (the ticker is a snapshot of other news when the page was scraped).", pattern=ID_PATTERN),
        Col("n_pages", pl.Int64, "How many pages (parsed or duplicate) carried the item.", minimum=1),
        Col("captured_at", UTC_DATETIME, "The earliest fetch (manifest.csv fetched_at) of a page that carried the item, UTC; null without a manifest.", required=False),
        Col("published_at", UTC_DATETIME, "time_local as Damascus time on the capture's Damascus date (the day before when later than the capture), UTC.", required=False),
    ),
)

CLAIMS = Table(
    name="claims",
    title="Claims",
    description="One row per count of people (or of disease cases) stated in a title, body or ticker item.",
    primary_key=("claim_id",),
    foreign_keys=(
        ("article_id", "articles", "article_id"),
        ("ticker_id", "ticker_items", "ticker_id"),
        ("subset_of", "claims", "claim_id"),
        ("governorate_pcode", "governorates", "governorate_pcode"),
    ),
    columns=(
        Col("claim_id", pl.String, "Stable hash of the source id, field, span and claim type (the type keeps two claims on one span apart).", unique=True, pattern=ID_PATTERN),
        Col("article_id", pl.String, "The article, for claims in a title or body.", required=False, pattern=ID_PATTERN),
        Col("ticker_id", pl.String, "The ticker item, for claims in a ticker item.", required=False, pattern=ID_PATTERN),
        Col("field", pl.String, "Which text the span indexes: the article's title or body, or the ticker item's text.", enum=FIELDS),
        Col("span_start", pl.Int64, "Start offset of the quote in the field's text (Python str index).", minimum=0),
        Col("span_end", pl.Int64, "End offset (exclusive) of the quote in the field's text.", minimum=1),
        Col("quote", pl.String, "Exactly field_text[span_start:span_end]: the count and the words saying what it counts."),
        Col("claim_type", pl.String, "What was counted.", enum=CLAIM_TYPES),
        Col("scope", pl.String, "'new' for this event or report, 'cumulative' for a running total.", enum=SCOPES),
        Col("count_low", pl.Int64, "Lowest number the words allow; null when not stated.", required=False, minimum=0),
        Col("count_best", pl.Int64, "The most conservative reading of the count.", minimum=0),
        Col("count_high", pl.Int64, "Highest number the words allow; null when no upper bound is stated.", required=False, minimum=0),
        Col("precision", pl.String, "How precisely the text states the count.", enum=PRECISIONS),
        Col("victim_group", pl.String, "Who was counted, when the text says.", required=False, enum=VICTIM_GROUPS),
        Col("disease", pl.String, "The disease a count of cases, deaths or recoveries is about: 'covid-19' for the coronavirus.", required=False, enum=DISEASES),
        Col("place", pl.String, "The place the sentence gives, as written.", required=False),
        Col("governorate_pcode", pl.String, "OCHA P-code of the governorate of place; null when none or ambiguous.", required=False, enum=PCODES),
        Col("attribution", pl.String, "The cited source, when the text gives one.", required=False),
        Col("subset_of", pl.String, "The claim_id of the total this count is part of: a 'بينهم' sub-count, or a later sentence's part of an earlier total.", required=False, pattern=ID_PATTERN),
        Col("restates", pl.String, "The claim_id of the first statement (title first) of the same figure in the same article; null for a first statement.", required=False, pattern=ID_PATTERN),
        Col("background", pl.Boolean, "The claim recalls an earlier event (وسبق أن، وكان ... قد): context, not news of this article."),
    ),
    checks=(
        pa.Check(_bounds_ordered, name="bounds_ordered", error="count_low <= count_best <= count_high where set"),
        pa.Check(_exact_means_equal, name="exact_means_equal_bounds", error="precision 'exact' means count_low = count_best = count_high"),
        pa.Check(_quote_is_span, name="quote_fits_span", error="quote length equals span_end - span_start"),
        pa.Check(_one_source, name="one_source", error="exactly one of article_id/ticker_id is set, ticker_id iff field is 'ticker'"),
        pa.Check(_subset_within_parent, name="subset_within_parent", error="subset_of names a claim of the same source with count_best at least as large"),
        pa.Check(_restates_first_statement, name="restates_first_statement", error="restates names a first statement of the same article, type, scope and count (one apart where either is at_least; within its bounds where it is vague)"),
    ),
)

ARTICLE_TALLIES = Table(
    name="article_tallies",
    title="Article tallies",
    description="Each article's people counted once: per article, claim type and scope, the sums of its claims without restatements, parts, background and summaries (docs/rules.md, Events).",
    primary_key=("article_id", "claim_type", "scope"),
    foreign_keys=(("article_id", "articles", "article_id"),),
    columns=(
        Col("article_id", pl.String, "The article.", pattern=ID_PATTERN),
        Col("claim_type", pl.String, "What was counted.", enum=CLAIM_TYPES),
        Col("scope", pl.String, "'new' for this event or report, 'cumulative' for running totals.", enum=SCOPES),
        Col("count_low", pl.Int64, "Sum of the counted claims' count_low; null when any is null.", required=False, minimum=0),
        Col("count_best", pl.Int64, "Sum of the counted claims' count_best.", minimum=0),
        Col("count_high", pl.Int64, "Sum of the counted claims' count_high; null when any is null (no upper bound).", required=False, minimum=0),
        Col("claim_ids", pl.String, "The claim_ids summed, space-separated, in reading order.", pattern="^[0-9a-f]{16}( [0-9a-f]{16})*$"),
    ),
    checks=(pa.Check(_bounds_ordered, name="bounds_ordered", error="count_low <= count_best <= count_high where set"),),
)

GOVERNORATES = Table(
    name="governorates",
    title="Governorates",
    description="Syria's 14 governorates: OCHA P-code and names, to join claims.governorate_pcode to a name (syria_news/governorate_names.toml).",
    primary_key=("governorate_pcode",),
    columns=(
        Col("governorate_pcode", pl.String, "OCHA P-code of the governorate (admin level 1).", unique=True, enum=PCODES),
        Col("name_en", pl.String, "The governorate's English name, as OCHA spells it."),
        Col("name_ar", pl.String, "The governorate's Arabic name, as OCHA writes it."),
        Col("source", pl.String, "Where the P-code and names come from: OCHA's administrative boundaries (COD-AB) for Syria."),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (ARTICLES, TICKER_ITEMS, CLAIMS, ARTICLE_TALLIES, GOVERNORATES)}


def validate(name: str, frame: pl.DataFrame) -> pl.DataFrame:
    """Validate a collected frame against its Pandera schema, reporting every failure.

    Raises ``pandera.errors.SchemaErrors`` with Pandera's report when invalid.
    """
    return TABLES[name].pandera().validate(frame, lazy=True)


def empty_frame(name: str) -> pl.DataFrame:
    return pl.DataFrame(schema=TABLES[name].polars_schema)
