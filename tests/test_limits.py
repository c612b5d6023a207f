"""Limits of the claim finder: any ``str`` in, claims within range out, never an error.

* Counts are at most ``MAX_COUNT`` (the Int64 maximum): a larger one, in digits, after a
  scale word or a qualifier, is no claim and no overflow; no int is built from an
  unbounded digit string.
* Lone surrogates are no text: a text with them gives the claims it gives without them.
* The rewrites made for linear time (trailing parentheses, overlapping spans, place
  phrases) agree with the simple forms they replaced; the shapes of
  ``benchmarks/long_text.py`` run here at a small size, for errors only (timings are the
  benchmark's business, not a unit test's on a shared machine).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syria_news import frames
from syria_news.claims import CLAIM_SCHEMA, Claim, extract_claims, find_claims
from syria_news.claims.attribution import trailing_parenthesis
from syria_news.claims.rules import run
from syria_news.claims.view import Sentence, TextDisease
from syria_news.claims.words import Tokens
from syria_news.numbers import (
    MAX_COUNT,
    MAX_NUMBER_WORDS,
    digits_int,
    match_count,
    parse_count,
    read_count,
    words_to_int,
)
from syria_news.pipeline import build
from syria_news.places import _Grammar, _items, _Spans, _trailing_attribution
from syria_news.text import fold, storable

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))
import long_text

NEIGHBOUR = "وجرح طفل"  # a normal claim beside the one out of range
OUT_OF_RANGE = [
    pytest.param("مقتل 99999999999999999999 مدنيا", id="twenty-digits"),
    pytest.param("مقتل 9223372036854775808 مدنيا", id="int64-max-plus-one"),
    pytest.param("مقتل 9300000000000 مليون مدني", id="past-max-after-scale"),
    pytest.param("مقتل " + "9" * 5000 + " مدنيا", id="5000-digits"),
    pytest.param("مقتل " + "9" * 400 + ".5 مليون مدني", id="400-digit-decimal"),
    pytest.param("مقتل 99,999,999,999,999,999,999 مدنيا", id="grouped-digits"),
    pytest.param("نزوح أكثر من 9223372036854775807 مدني", id="more-than-max"),
    pytest.param("9300000000000 مليون مدني قتلوا", id="verb-after-noun"),
    pytest.param("بلغ عدد الوفيات 99999999999999999999 حالة", id="running-total"),
    pytest.param("مقتل بين 5 و99999999999999999999 مدنيا", id="range-end"),
]


def claim_key(claim: Claim) -> tuple:
    """What a claim says, without the text that quotes it (quote, place, attribution, spans)."""
    return (claim.claim_type, claim.scope, claim.count_low, claim.count_best, claim.count_high, claim.precision,
            claim.victim_group, claim.disease, claim.governorate_pcode, claim.subset_of)  # fmt: skip


def assert_in_range(frame: pl.DataFrame) -> None:
    for column in ("count_low", "count_best", "count_high"):
        values = frame[column].drop_nulls()
        assert values.is_empty() or (values.min() >= 0 and values.max() <= MAX_COUNT)  # type: ignore[operator]


# --- counts out of range -----------------------------------------------------------------


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_a_count_out_of_range_is_no_claim_and_its_neighbour_is_one(text: str) -> None:
    assert find_claims(text) == []
    frame = extract_claims(f"{text} {NEIGHBOUR}")
    assert frame.schema == pl.Schema(CLAIM_SCHEMA)
    assert frame.select("quote", "claim_type", "count_best").rows() == [("جرح طفل", "injured", 1)]


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_a_count_out_of_range_makes_no_overflow_in_the_build_frames(text: str) -> None:
    rows = frames.claim_rows(find_claims(f"{text} {NEIGHBOUR}"), field="body", article_id="a")
    assert frames.claims_frame(rows)["count_best"].to_list() == [1]


def test_a_page_with_a_count_out_of_range_builds(tmp_path: Path) -> None:
    body = "مقتل 99999999999999999999 مدنيا وجرح طفل بقصف على ريف إدلب."
    page = f"العنوان\n\npictogram-avatar\nEditing: سعاد |\naccess_time\nتاريخ النشر: 2019/05/01 10:00\n\nسمارت - إدلب\n\n{body}\n"
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "page.txt").write_text(page, encoding="utf-8")
    claims = build(tmp_path / "raw", jobs=1).claims
    assert claims.select("quote", "count_best").rows() == [("جرح طفل", 1)]


def test_the_largest_count_is_one() -> None:
    (claim,) = find_claims(f"مقتل {MAX_COUNT} مدنيا")
    assert (claim.count_low, claim.count_best, claim.count_high) == (MAX_COUNT, MAX_COUNT, MAX_COUNT)
    assert extract_claims(f"مقتل {MAX_COUNT} مدنيا")["count_best"].to_list() == [MAX_COUNT]


def test_the_reader_reads_a_phrase_out_of_range_whole_and_matches_none() -> None:
    words = ["اكثر", "من", str(MAX_COUNT), "مدني"]
    assert match_count(words, 0) is None
    hit = read_count(words, 0)
    assert hit is not None and hit[1] == 3 and hit[0].best == MAX_COUNT + 1


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=6000), st.sampled_from("0123456789٠١٢٣٤٥٦٧٨٩"), st.sampled_from(["", ",", "."]))
def test_digits_of_any_length_never_raise(length: int, digit: str, separator: str) -> None:
    digits = (digit * length)[:length]
    if separator:
        digits = separator.join(digits[i : i + 3] for i in range(0, len(digits), 3))
    for expression in (digits, f"{digits} ألف", f"أكثر من {digits}", f"بين 5 و{digits}"):
        count = parse_count(expression)
        assert count is None or 0 <= count.best <= MAX_COUNT
    frame = extract_claims(f"مقتل {digits} مدنيا {NEIGHBOUR}")
    assert_in_range(frame)
    assert "injured" in frame["claim_type"].to_list()


@given(st.text(alphabet="0123456789", min_size=1, max_size=60))
def test_digits_int_is_the_int_capped_past_the_largest_count(digits: str) -> None:
    assert digits_int(digits) == min(int(digits), MAX_COUNT + 1)


def test_a_run_of_number_words_is_read_in_bounded_time_and_range() -> None:
    assert words_to_int(" و ".join(["تسعمائة"] * 10_000)) == 9_000_000  # no cap on words_to_int's own input
    words = fold("ثلاثة و " * 5000).text.split()
    hit = match_count(words, 0)
    assert hit is not None and hit[1] <= MAX_NUMBER_WORDS


# --- any text ----------------------------------------------------------------------------

ANY_CHARACTER = st.characters(codec=None, exclude_categories=())  # lone surrogates too
CLAIM_BITS = st.sampled_from(
    ["مقتل", "وجرح", "قتيل", "جريحان", "بينهم", "مدنيين", "عشرات", "آلاف", "ألف", "مليون", "أكثر من", "نحو", "ليرتفع",
     "العدد", "إلى", "إصابة", "كورونا", "توزعت", "بين", "حلب", "(", ")", "،", ".", "3", "و3", "99999999999999999999",
     "9223372036854775807", "خمسة", "قال", "مصدر", "ﻻ", "ـ", "ً", "\ud800", "\udfff"]
)  # fmt: skip
ANY_TEXT = st.one_of(
    st.text(ANY_CHARACTER, max_size=300),
    st.lists(st.one_of(CLAIM_BITS, st.text(ANY_CHARACTER, max_size=4)), max_size=60).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
def test_any_text_gives_a_frame_of_the_schema_with_counts_in_range(text: str) -> None:
    frame = extract_claims(text)
    assert frame.schema == pl.Schema(CLAIM_SCHEMA)
    assert_in_range(frame)
    for claim in find_claims(text):
        assert 0 <= claim.span_start < claim.span_end <= len(text)
        assert claim.quote == text[claim.span_start : claim.span_end]


SURROGATE = st.characters(categories=["Cs"])


@settings(max_examples=300, deadline=None)
@given(st.lists(CLAIM_BITS.filter(lambda bit: not re.search("[\ud800-\udfff]", bit)), min_size=1, max_size=30),
       st.lists(st.tuples(st.integers(min_value=0), SURROGATE), max_size=6))  # fmt: skip
def test_lone_surrogates_change_no_claim(bits: list[str], insertions: list[tuple[int, str]]) -> None:
    clean = " ".join(bits)
    text = clean
    for at, surrogate in insertions:
        at %= len(text) + 1
        text = text[:at] + surrogate + text[at:]
    claims = find_claims(text)
    assert [claim_key(c) for c in claims] == [claim_key(c) for c in find_claims(clean)]
    frame = extract_claims(text)
    assert frame["quote"].to_list() == [storable(c.quote) for c in claims]  # U+FFFD for each, offsets unchanged


@settings(max_examples=300, deadline=None)
@given(st.lists(CLAIM_BITS, max_size=60).map(" ".join))
def test_drafts_end_in_reading_order(text: str) -> None:
    """breakdown_part bisects the drafts' ends: they must increase."""
    ftext = fold(text).text
    toks = Tokens(ftext, 0, len(ftext))
    drafts = run(Sentence(toks, ftext, TextDisease(ftext), None))
    lasts = [d.last for d in drafts]
    assert lasts == sorted(set(lasts))


def test_a_lone_surrogate_in_a_quote_or_source_is_stored_as_a_replacement_character() -> None:
    text = "مقتل 3\ud800 مدنيين (مصدر \udc80طبي)"
    (claim,) = find_claims(text)
    assert (claim.quote, claim.attribution) == ("مقتل 3\ud800 مدنيين", "مصدر \udc80طبي")
    row = extract_claims(text).row(0, named=True)
    assert (row["quote"], row["attribution"]) == ("مقتل 3\ufffd مدنيين", "مصدر \ufffdطبي")
    assert (row["span_start"], row["span_end"]) == (0, len("مقتل 3\ud800 مدنيين"))


# --- the rewrites for linear time agree with what they replaced ---------------------------

_TRAILING_PAREN = re.compile(r"\(\s*([^()]{1,80}?)\s*\)[\s.!?]*$")  # attribution's former regex
_TRAILING_ATTRIBUTION = re.compile(r"\([^()]*\)?\s*$")  # places' former regex
PAREN_TEXT = st.lists(st.sampled_from(["(", ")", " ", ".", "!", "?", "\n", "\u00a0", "مصدر", "x", "ab" * 41]), max_size=16).map("".join)


@settings(max_examples=500)
@given(PAREN_TEXT, st.data())
def test_trailing_parenthesis_agrees_with_the_regex(text: str, data: st.DataObject) -> None:
    fs = data.draw(st.integers(min_value=0, max_value=len(text)))
    fe = data.draw(st.integers(min_value=fs, max_value=len(text)))
    m = _TRAILING_PAREN.search(text, fs, fe)
    got = trailing_parenthesis(text, fs, fe)
    if m is not None and not m.group(1).strip():
        assert got is None  # only spaces inside: the regex keeps one, which names no source either
    else:
        assert got == (None if m is None else (m.start(), m.start(1), m.end(1)))


@settings(max_examples=500)
@given(PAREN_TEXT)
def test_trailing_attribution_agrees_with_the_regex(text: str) -> None:
    m = _TRAILING_ATTRIBUTION.search(text)
    assert _trailing_attribution(text) == (None if m is None else m.start())


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)).map(lambda p: (p[0], p[0] + p[1])), max_size=12),
       st.integers(0, 50), st.integers(0, 10))  # fmt: skip
def test_spans_overlap_as_any_of_them_does(spans: list[tuple[int, int]], start: int, width: int) -> None:
    end = start + width
    assert _Spans(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)


def naive_phrases(grammar: _Grammar) -> list[tuple[int, int]]:
    """The place phrases as found before the linear rewrite: after a phrase that names
    nothing, try again from its next word."""
    found, i, items = [], 0, grammar.items
    while i < len(items):
        end = grammar._unit(i) if items[i].kind in ("direction", "position", "head", "gov", "known") else None
        if end is None:
            i += 1
            continue
        while (k := grammar._link(end)) is not None and (more := grammar._unit(k)) is not None:
            end = more
        if any(it.kind in ("name", "gov", "known") for it in items[i:end]):
            found.append((i, end))
            i = end
        else:
            i += 1
    return found


PLACE_WORDS = st.sampled_from(
    ["مدينه", "ومدينه", "بمدينه", "قريه", "حي", "ريف", "بريف", "شرق", "غرب", "شمالي", "وسط", "محيط", "الشرقي", "البلد",
     "في", "التابعه", "لمحافظه", "حلب", "كفرنبل", "تل", "رفعت", "الزور", "قصف", "3", "،", "-", '"']
)  # fmt: skip


@settings(max_examples=500)
@given(st.lists(PLACE_WORDS, max_size=25))
def test_place_phrases_are_those_found_by_trying_every_word(words: list[str]) -> None:
    ftext = " ".join(words)
    grammar = _Grammar(ftext, _items(ftext, []))
    assert list(grammar.phrases()) == naive_phrases(grammar)


@pytest.mark.parametrize("shape", sorted(long_text.SHAPES))
def test_the_benchmark_shapes_run_at_a_small_size(shape: str) -> None:
    text = long_text.build_text(shape, 3000)
    frame = extract_claims(text)
    assert_in_range(frame)
    for claim in find_claims(text):
        assert claim.quote == text[claim.span_start : claim.span_end]


@pytest.mark.parametrize(("budget", "status"), [(0.0, 1), (1e9, 0)])
def test_the_benchmark_fails_only_past_its_budget(budget: float, status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["long_text.py", "--sizes", "1", "2", "--shapes", "claims", "--repeat", "1", "--budget", str(budget), "--max-ratio", "1e9"]
    monkeypatch.setattr(sys, "argv", argv)
    assert long_text.main() == status


@settings(max_examples=300, deadline=None)
@given(st.lists(CLAIM_BITS, max_size=40).map("".join))
def test_glued_words_split_into_spans_that_rebuild_the_text(text: str) -> None:
    """Words glued together (no space) are split into tokens whose spans and gaps rebuild the
    sentence exactly, in order: a quote cut from them is the text's own."""
    ftext = fold(text).text
    toks = Tokens(ftext, 0, len(ftext))
    rebuilt = "".join(gap + word for gap, word in zip(toks.gaps, toks.words, strict=False)) + toks.gaps[-1]
    assert rebuilt == ftext
    assert all(ftext[s:e] == w for w, (s, e) in zip(toks.words, toks.spans, strict=True))
    assert len(toks.gaps) == len(toks.words) + 1
