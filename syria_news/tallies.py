"""``syria_news.tally``: totals a researcher can sum, each figure counted once.

Claims are figures as stated: an article repeats its figures (title, lead, breakdowns),
recalls earlier events, and the ticker repeats the articles. :func:`tally` sums only the
claims an article's tally keeps (:func:`syria_news.events.drop_reasons`) and says, per
group, how many it left out and why.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from syria_news.events import DROP_REASONS, bound_sums, drop_reasons
from syria_news.page import DAMASCUS

# Grouping names computed from articles.published_at, in Damascus time (the outlet's own calendar).
TIME_KEYS = ("year", "month", "date")


def _time_columns(articles: pl.DataFrame) -> pl.DataFrame:
    local = pl.col("published_at").dt.convert_time_zone(DAMASCUS.key)
    return articles.select(
        "article_id",
        local.dt.year().alias("year"),
        local.dt.strftime("%Y-%m").alias("month"),
        local.dt.date().alias("date"),
        *(c for c in articles.columns if c not in ("article_id", "body", "title")),
    )


def _with_article_keys(frame: pl.DataFrame, by: Sequence[str], articles: pl.DataFrame | None) -> pl.DataFrame:
    """``frame`` with the grouping columns it lacks, taken from its articles."""
    wanted = [k for k in by if k not in frame.columns]
    if not wanted:
        return frame
    if articles is None:
        raise ValueError(f"tally by {', '.join(wanted)} needs the articles table: pass articles=load('articles') (or your build's)")
    keys = _time_columns(articles)
    unknown = [k for k in wanted if k not in keys.columns]
    if unknown:
        raise ValueError(f"cannot tally by {', '.join(unknown)}: not a column of the table or of articles, nor one of {', '.join(TIME_KEYS)}")
    return frame.join(keys.select("article_id", *wanted), on="article_id", how="left", maintain_order="left")


def tally(
    claims_or_tallies: pl.DataFrame,
    by: Sequence[str] = (),
    *,
    articles: pl.DataFrame | None = None,
    scope: str | None = "new",
) -> pl.DataFrame:
    """People per claim type (and per ``by``), each figure counted once.

    ``claims_or_tallies`` is the ``claims`` table or the ``article_tallies`` table.
    ``by`` names columns of it (``governorate_pcode``, ``victim_group`` ... on claims) or of
    ``articles`` (``outlet``), or ``year``/``month``/``date`` of ``articles.published_at``
    in Damascus time; those need ``articles``. ``scope`` keeps ``new`` figures (the
    default: running totals do not add up across reports), ``cumulative`` ones, or both
    (``None``, grouped by scope).

    The result has the ``by`` columns, ``claim_type`` (and ``scope`` when both),
    ``count_low``/``count_best``/``count_high`` (sums; a null bound makes the sum's bound
    null), ``n_claims`` counted and ``n_articles``; from claims also ``dropped_<reason>``:
    how many claims of the group were left out as restatements, parts, background,
    summaries or ticker items (see ``docs/rules.md``, "Events").
    """
    by = list(by)
    frame = claims_or_tallies
    is_tallies = "claim_ids" in frame.columns
    if not is_tallies and "claim_id" not in frame.columns:
        raise ValueError("tally takes the claims table or the article_tallies table")
    if scope not in ("new", "cumulative", None):
        raise ValueError(f"scope is 'new', 'cumulative' or None, not {scope!r}")
    keys = [*by, "claim_type"] + (["scope"] if scope is None else [])
    if scope is not None:
        frame = frame.filter(pl.col("scope") == scope)

    if is_tallies:
        frame = _with_article_keys(frame, by, articles)
        n_claims = pl.col("claim_ids").str.count_matches(" ").add(1).sum().alias("n_claims")
        out = frame.group_by(keys, maintain_order=True).agg(*bound_sums(), n_claims, pl.col("article_id").n_unique().alias("n_articles"))
        return out.sort(keys, nulls_last=True)

    frame = frame.with_columns(drop_reasons(frame).alias("_dropped"))
    frame = _with_article_keys(frame, by, articles)
    counted = pl.col("_dropped").is_null()
    out = frame.group_by(keys, maintain_order=True).agg(
        *bound_sums(counted),
        counted.sum().alias("n_claims"),
        pl.col("article_id").filter(counted).drop_nulls().n_unique().alias("n_articles"),
        *((pl.col("_dropped") == reason).sum().alias(f"dropped_{reason}") for reason in DROP_REASONS),
    )
    return out.sort(keys, nulls_last=True)
