"""Records to typed Polars frames: rows in contract column order, stable claim ids.

Everything here is pure; row order is decided by the caller (sorted input files), so the
same inputs give the same frames whatever the number of worker processes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any

import polars as pl

from syria_news.claims import Claim
from syria_news.page import DAMASCUS, Page, TickerItem, stable_id
from syria_news.schemas import ARTICLES, CLAIMS, TICKER_ITEMS, Table


def frame(table: Table, rows: Iterable[dict[str, Any]]) -> pl.DataFrame:
    """A frame with exactly the table's columns and dtypes, rechunked for stable bytes."""
    return pl.DataFrame(list(rows), schema=table.polars_schema, orient="row").rechunk()


def article_row(page: Page, source_file: str, source_sha256: str) -> dict[str, Any]:
    return {
        "article_id": page.article_id,
        "outlet": page.outlet,
        "title": page.title,
        "media": page.media,
        "editors": page.editors,
        "published_at": page.published_at,
        "updated_at": page.updated_at,
        "dateline": page.dateline,
        "body": page.body,
        "n_paragraphs": page.n_paragraphs,
        "source_file": source_file,
        "source_sha256": source_sha256,
        "url": None,  # from the manifest, set once all pages are read
    }


def ticker_row(item: TickerItem, article_id: str, n_pages: int, captured_at: datetime | None = None) -> dict[str, Any]:
    return {
        "ticker_id": item.ticker_id,
        "text": item.text,
        "attribution": item.attribution,
        "source_kind": item.source_kind,
        "time_local": item.time_local,
        "article_id": article_id,
        "n_pages": n_pages,
        "captured_at": captured_at,
        "published_at": ticker_published_at(item.time_local, captured_at),
    }


def ticker_published_at(time_local: str | None, captured_at: datetime | None) -> datetime | None:
    """When a ticker item was published, in UTC: its ``HH:MM`` as Damascus wall-clock time
    on the capture's Damascus date, or on the day before when that time is later than the
    capture's (the strip still showed yesterday's item). Null without both.

    >>> ticker_published_at("23:50", datetime(2020, 3, 2, 6, 0, tzinfo=timezone.utc)).isoformat()
    '2020-03-01T21:50:00+00:00'
    >>> ticker_published_at("07:15", datetime(2020, 3, 2, 6, 0, tzinfo=timezone.utc)).isoformat()
    '2020-03-02T05:15:00+00:00'
    """
    if time_local is None or captured_at is None:
        return None
    seen = captured_at.astimezone(DAMASCUS)
    hour, minute = map(int, time_local.split(":"))
    day = seen.date() if (hour, minute) <= (seen.hour, seen.minute) else seen.date() - timedelta(days=1)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=DAMASCUS).astimezone(timezone.utc)


def claim_rows(
    claims: Sequence[Claim],
    *,
    field: str,
    article_id: str | None = None,
    ticker_id: str | None = None,
    attribution: str | None = None,
) -> list[dict[str, Any]]:
    """Rows for the claims found in one field's text.

    ``subset_of`` turns from a list index into the parent's ``claim_id``. ``attribution``
    is the fallback source (a ticker item's parenthesised source, which is not part of the
    item's text) for claims whose sentence names none.
    """
    source = article_id or ticker_id or ""
    ids = [stable_id(source, field, str(c.span_start), str(c.span_end), c.claim_type) for c in claims]
    return [
        {
            "claim_id": claim_id,
            "article_id": article_id,
            "ticker_id": ticker_id,
            "field": field,
            "span_start": c.span_start,
            "span_end": c.span_end,
            "quote": c.quote,
            "claim_type": c.claim_type,
            "scope": c.scope,
            "count_low": c.count_low,
            "count_best": c.count_best,
            "count_high": c.count_high,
            "precision": c.precision,
            "victim_group": c.victim_group,
            "disease": c.disease,
            "place": c.place,
            "governorate_pcode": c.governorate_pcode,
            "attribution": c.attribution or attribution,
            "subset_of": ids[c.subset_of] if c.subset_of is not None else None,
            "restates": None,
            "background": False,
        }
        for claim_id, c in zip(ids, claims, strict=True)
    ]


def articles_frame(rows: Iterable[dict[str, Any]]) -> pl.DataFrame:
    return frame(ARTICLES, rows)


def ticker_frame(rows: Iterable[dict[str, Any]]) -> pl.DataFrame:
    return frame(TICKER_ITEMS, rows)


def claims_frame(rows: Iterable[dict[str, Any]]) -> pl.DataFrame:
    return frame(CLAIMS, rows)

