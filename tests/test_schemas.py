"""The contract's two validators: Pandera on frames, Frictionless on the written package."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from pandera.errors import SchemaErrors

from syria_news import schemas
from syria_news.schemas import CLAIMS, TABLES, validate

ROOT = Path(__file__).parents[1]
A = "a" * 16
T = "b" * 16


def claim(**changes: object) -> dict:
    row = {
        "claim_id": "c" * 16, "article_id": A, "ticker_id": None, "field": "body", "span_start": 0, "span_end": 8,
        "quote": "مقتل طفل", "claim_type": "killed", "scope": "new", "count_low": 1, "count_best": 1, "count_high": 1,
        "precision": "exact", "victim_group": "children", "disease": None, "place": None, "governorate_pcode": None,
        "attribution": None, "subset_of": None, "restates": None, "background": False,
    }
    return row | changes


def claims(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=CLAIMS.polars_schema, orient="row")


def test_a_valid_claim_passes() -> None:
    validate("claims", claims(claim()))


BROKEN_CLAIMS = [
    pytest.param(claim(count_low=3, count_best=2, count_high=None, precision="vague"), "bounds_ordered", id="low-above-best"),
    pytest.param(claim(count_low=2, count_best=2, count_high=None), "exact_means_equal_bounds", id="exact-without-high"),
    pytest.param(claim(span_end=5), "quote_fits_span", id="span-shorter-than-quote"),
    pytest.param(claim(ticker_id=T), "one_source", id="both-keys"),
    pytest.param(claim(article_id=None), "one_source", id="no-key"),
    pytest.param(claim(field="ticker"), "one_source", id="ticker-field-with-article-key"),
    pytest.param(claim(claim_type="wounded"), "isin", id="type-outside-vocabulary"),
    pytest.param(claim(governorate_pcode="SY15"), "isin", id="unknown-pcode"),
    pytest.param(claim(count_best=-1, count_low=-1, count_high=-1), "greater_than_or_equal_to", id="negative-count"),
    pytest.param(claim(claim_id="not-a-hash"), "str_matches", id="bad-id"),
    pytest.param(claim(count_best=None), "not_nullable", id="best-required"),
]


@pytest.mark.parametrize(("row", "check"), BROKEN_CLAIMS)
def test_pandera_names_the_broken_rule(row: dict, check: str) -> None:
    with pytest.raises(SchemaErrors) as error:
        validate("claims", claims(row))
    assert check in str(error.value)


def test_subset_must_point_at_a_larger_claim_of_the_same_source() -> None:
    parent = claim(claim_id="1" * 16, count_low=9, count_best=9, count_high=9)
    validate("claims", claims(parent, claim(claim_id="2" * 16, subset_of="1" * 16)))
    with pytest.raises(SchemaErrors, match="subset_within_parent"):
        validate("claims", claims(parent, claim(claim_id="2" * 16, subset_of="1" * 16, count_low=10, count_best=10, count_high=10)))
    with pytest.raises(SchemaErrors, match="subset_within_parent"):
        validate("claims", claims(parent, claim(claim_id="2" * 16, subset_of="1" * 16, article_id="d" * 16)))
    # a later sentence's part of the title's total: another field of the same article
    validate("claims", claims(claim(claim_id="1" * 16, field="title", count_low=9, count_best=9, count_high=9), claim(claim_id="2" * 16, subset_of="1" * 16)))


def test_restates_must_point_at_a_first_statement_of_the_same_figure() -> None:
    first = claim(claim_id="1" * 16, field="title")
    validate("claims", claims(first, claim(claim_id="2" * 16, restates="1" * 16)))
    for change in ({"count_low": 2, "count_best": 2, "count_high": 2}, {"claim_type": "injured"}, {"scope": "cumulative"}, {"article_id": "d" * 16}, {"restates": "9" * 16}):
        with pytest.raises(SchemaErrors, match="restates_first_statement"):
            validate("claims", claims(first, claim(claim_id="2" * 16, restates="1" * 16) | change))
    # hedges aside: "أكثر من 1" (best 2, at_least) restates a headline's "1", but 3 does not
    hedged = {"count_low": 2, "count_best": 2, "count_high": None, "precision": "at_least"}
    validate("claims", claims(first, claim(claim_id="2" * 16, restates="1" * 16) | hedged))
    with pytest.raises(SchemaErrors, match="restates_first_statement"):
        validate("claims", claims(first, claim(claim_id="2" * 16, restates="1" * 16) | hedged | {"count_low": 3, "count_best": 3}))
    second = claim(claim_id="2" * 16, restates="1" * 16)
    with pytest.raises(SchemaErrors, match="restates_first_statement"):  # a restatement of a restatement
        validate("claims", claims(first, second, claim(claim_id="3" * 16, restates="2" * 16)))


def test_primary_keys_are_unique() -> None:
    with pytest.raises(SchemaErrors, match="unique"):
        validate("claims", claims(claim(), claim(span_start=1, span_end=9, quote="مقتل طفلة")))


def test_frames_must_have_exactly_the_contract_columns() -> None:
    with pytest.raises(SchemaErrors):
        validate("claims", claims(claim()).with_columns(pl.lit(1).alias("extra")))


@pytest.mark.parametrize("name", sorted(TABLES))
def test_pandera_and_table_schema_describe_the_same_columns(name: str) -> None:
    """The committed JSON (what Frictionless reads) says what the Pandera model checks."""
    committed = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
    model = TABLES[name].pandera()
    fields = {f["name"]: f for f in committed["fields"]}
    assert list(fields) == list(model.columns)
    kinds = {"string": pl.String, "integer": pl.Int64, "boolean": pl.Boolean, "datetime": schemas.UTC_DATETIME}
    for column_name, column in model.columns.items():
        spec = fields[column_name]
        constraints = spec.get("constraints", {})
        assert kinds[spec["type"]] == column.dtype.type, column_name
        assert constraints.get("required", False) == (not column.nullable), column_name
        assert constraints.get("unique", False) == column.unique, column_name
        allowed = [c.statistics["allowed_values"] for c in column.checks if c.name == "isin"]
        assert sorted(constraints.get("enum", [])) == sorted(allowed[0] if allowed else []), column_name
    assert committed["primaryKey"] == list(TABLES[name].primary_key)


def test_lexicon_labels_stay_inside_the_schema_vocabularies() -> None:
    """A label a lexicon can produce but the schema refuses would stop a build."""
    import tomllib
    from importlib.resources import files

    from syria_news.page import _MEDIA_MARKERS

    lexicon = files("syria_news.lexicon")
    diseases = tomllib.loads(lexicon.joinpath("claims.toml").read_text("utf-8"))["diseases"]
    kinds = tomllib.loads(lexicon.joinpath("source_kinds.toml").read_text("utf-8"))["kind"]
    assert set(diseases) <= set(schemas.DISEASES)
    assert {k["name"] for k in kinds} | {"other"} == set(schemas.SOURCE_KINDS)
    assert set(_MEDIA_MARKERS.values()) <= set(schemas.MEDIA)
