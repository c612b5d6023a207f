"""The governorates table: every P-code the claims can carry, named as OCHA names it, and in
step with the gazetteer that gives claims their P-codes (lexicon/governorates.toml)."""

from __future__ import annotations

import tomllib
from importlib.resources import files

import polars as pl

import syria_news
from syria_news.governorates import governorates_frame
from syria_news.schemas import PCODES, validate
from syria_news.text import fold_word

GAZETTEER = {g["pcode"]: g for g in tomllib.loads(files("syria_news.lexicon").joinpath("governorates.toml").read_text("utf-8"))["governorate"]}


def test_one_row_per_pcode_in_order_and_valid() -> None:
    table = validate("governorates", governorates_frame())
    assert table["governorate_pcode"].to_list() == list(PCODES)
    assert table["source"].str.contains("OCHA COD-AB").all() and table["source"].str.contains("https://data.humdata.org/").all()


def test_names_agree_with_the_gazetteer() -> None:
    for pcode, name_en, name_ar, _ in governorates_frame().iter_rows():
        assert name_en == GAZETTEER[pcode]["name_en"], pcode
        assert fold_word(name_ar) in {fold_word(s) for s in GAZETTEER[pcode]["arabic"]}, pcode


def test_every_claim_pcode_joins_to_a_name() -> None:
    claims, names = syria_news.load("claims"), syria_news.load("governorates")
    coded = claims.filter(pl.col("governorate_pcode").is_not_null())
    joined = coded.join(names, on="governorate_pcode", how="left")
    assert coded.height and joined["name_en"].null_count() == 0
    assert names.equals(governorates_frame())
