"""The ``governorates`` table: OCHA P-codes with English and Arabic names, from
``governorate_names.toml``, so ``claims.governorate_pcode`` joins to a name.

>>> governorates_frame().filter(governorate_pcode="SY07").row(0)[:3]
('SY07', 'Idleb', 'إدلب')
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from typing import Any

import polars as pl

from syria_news.schemas import GOVERNORATES

DATA_FILE = "governorate_names.toml"


@cache
def governorate_names() -> dict[str, Any]:
    """The data file as a mapping: ``source`` (title, url) and the ``governorate`` rows."""
    return tomllib.loads((files("syria_news") / DATA_FILE).read_text(encoding="utf-8"))


def governorates_frame() -> pl.DataFrame:
    """One row per governorate, in P-code order, each naming its source."""
    names = governorate_names()
    source = f"{names['source']['title']} ({names['source']['url']})"
    rows = [
        {"governorate_pcode": g["pcode"], "name_en": g["name_en"], "name_ar": g["name_ar"], "source": source}
        for g in sorted(names["governorate"], key=lambda g: g["pcode"])
    ]
    return pl.DataFrame(rows, schema=GOVERNORATES.polars_schema, orient="row").rechunk()
