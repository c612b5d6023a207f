"""The Arabic count grammar: words_to_int and parse_count, per CONTRACT "From Arabic to numbers"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from syria_news.numbers import Count, parse_count, words_to_int


def exact(n: int) -> Count:
    return Count(n, n, n, "exact")


# One or more cases per row of the contract's table.
CONTRACT_CASES = [
    pytest.param("1,125", exact(1125), id="digits-comma-thousands"),
    pytest.param("92.924", exact(92924), id="digits-dot-thousands"),
    pytest.param("١٤", exact(14), id="digits-arabic-indic"),
    pytest.param("١٬١٢٥", exact(1125), id="digits-arabic-indic-separator"),
    pytest.param("خمسة وستون", exact(65), id="words-compound"),
    pytest.param("ستة عشر", exact(16), id="words-teen"),
    pytest.param("ثلاث مئة", exact(300), id="words-spaced-hundred"),
    pytest.param("مئتا", exact(200), id="words-dual-hundred"),
    pytest.param("ألفين", exact(2000), id="words-dual-thousand"),
    pytest.param("عشرة آلاف", exact(10000), id="words-plural-thousand"),
    pytest.param("80 ألف", exact(80000), id="digit-plus-word"),
    pytest.param("مقتل طفل", exact(1), id="singular-noun"),
    pytest.param("جريح مدني", exact(1), id="singular-claim-noun"),
    pytest.param("قتيلة", exact(1), id="singular-feminine"),
    pytest.param("قتيلان", exact(2), id="dual-nominative"),
    pytest.param("جريحين", exact(2), id="dual-oblique"),
    pytest.param("حالتي وفاة", exact(2), id="dual-construct"),
    pytest.param("إصابتين", exact(2), id="dual-feminine"),
    pytest.param("مدنيان", exact(2), id="dual-nisba"),
    pytest.param("امرأتان", exact(2), id="dual-women"),
    pytest.param("أكثر من 80 ألف", Count(80001, 80001, None, "at_least"), id="more-than"),
    pytest.param("ما يزيد عن 100", Count(101, 101, None, "at_least"), id="ma-yazid-an"),
    pytest.param("أزيد من 40", Count(41, 41, None, "at_least"), id="azyad-min"),
    pytest.param("ما لا يقل عن 20", Count(20, 20, None, "at_least"), id="not-less-than"),
    pytest.param("20 على الأقل", Count(20, 20, None, "at_least"), id="at-least-suffix"),
    pytest.param("نحو 30", Count(None, 30, None, "approximate"), id="nahw"),
    pytest.param("حوالي 50", Count(None, 50, None, "approximate"), id="hawali"),
    pytest.param("قرابة ثلاثين", Count(None, 30, None, "approximate"), id="qurabat"),
    pytest.param("ما يقارب 1,125", Count(None, 1125, None, "approximate"), id="ma-yuqarib"),
    pytest.param("وجرحى", Count(2, 2, None, "vague"), id="bare-plural"),
    pytest.param("وجرح آخرون", Count(2, 2, None, "vague"), id="others"),
    pytest.param("عدد من", Count(2, 2, None, "vague"), id="a-number-of"),
    pytest.param("بضعة", Count(3, 3, 9, "vague"), id="bidat"),
    pytest.param("بضع", Count(3, 3, 9, "vague"), id="bid"),
    pytest.param("عدة", Count(3, 3, 9, "vague"), id="iddat"),
    pytest.param("عشرات", Count(20, 20, 99, "vague"), id="tens"),
    pytest.param("العشرات", Count(20, 20, 99, "vague"), id="the-tens"),
    pytest.param("مئات", Count(200, 200, 999, "vague"), id="hundreds"),
    pytest.param("آلاف", Count(2000, 2000, 9999, "vague"), id="thousands"),
    pytest.param("عشرات الآلاف", Count(20000, 20000, 99999, "vague"), id="tens-of-the-thousands"),
    pytest.param("عشرات آلاف", Count(20000, 20000, 99999, "vague"), id="tens-of-thousands"),
    pytest.param("مئات الآلاف", Count(200000, 200000, 999999, "vague"), id="hundreds-of-thousands"),
]

# Gender, case and spelling variants the task names, and things that are no count.
OWN_CASES = [
    pytest.param("عشرين", exact(20), id="tens-oblique"),
    pytest.param("اثنا عشر", exact(12), id="ithna-ashar"),
    pytest.param("اثني عشرة", exact(12), id="ithnay-ashra"),
    pytest.param("اثنتا عشرة", exact(12), id="ithnata-ashra"),
    pytest.param("إحدى عشرة", exact(11), id="ihda-ashra"),
    pytest.param("ثلاثمائة", exact(300), id="glued-hundred-maa"),
    pytest.param("ثلاثمئة", exact(300), id="glued-hundred-mia"),
    pytest.param("مئة", exact(100), id="mia"),
    pytest.param("مائة وخمسون", exact(150), id="hundred-and-fifty"),
    pytest.param("مئتين", exact(200), id="dual-hundred-oblique"),
    pytest.param("ألف", exact(1000), id="thousand"),
    pytest.param("ألفا", exact(2000), id="dual-thousand-construct"),
    pytest.param("عشرون ألفاً", exact(20000), id="thousand-accusative-tanwin"),
    pytest.param("3 آلاف", exact(3000), id="digit-plural-thousand"),
    pytest.param("1.5 مليون", exact(1500000), id="decimal-million"),
    pytest.param("قتيلاً", exact(1), id="tanwin"),
    pytest.param("3قتلى", exact(3), id="glued-digits"),
    pytest.param("١٤ قتيلا", exact(14), id="arabic-indic-with-noun"),
    pytest.param("خمســة", exact(5), id="tatweel"),
    pytest.param("مدنيين", exact(2), id="dual-or-plural-read-as-dual"),
    pytest.param("أول", None, id="ordinal-not-count"),
    pytest.param("الثالث", None, id="ordinal-not-count-2"),
    pytest.param("الآخر", None, id="definite-other-not-count"),
    pytest.param("وأصيب ثالث", Count(1, 1, 1, "exact"), id="ordinal-standing-for-a-person"),
    pytest.param("الثلاثاء", None, id="tuesday-not-three"),
    pytest.param("2.5", None, id="decimal-without-scale"),
    pytest.param("المدنيين", None, id="definite-plural"),
    pytest.param("", None, id="empty"),
    # halves, dash ranges
    pytest.param("نصف مليون", exact(500000), id="half-a-million"),
    pytest.param("ربع مليون", exact(250000), id="a-quarter-million"),
    pytest.param("الربع مليون", exact(250000), id="the-quarter-million"),
    pytest.param("مليون ونصف المليون", exact(1500000), id="million-and-half-the-million"),
    pytest.param("مليونين ونصف", exact(2500000), id="two-million-and-a-half"),
    pytest.param("ثلاثة آلاف ونصف", exact(3500), id="thousands-and-a-half"),
    pytest.param("3 آلاف و نصف", exact(3500), id="digits-thousands-and-a-spaced-half"),
    pytest.param("نصف السكان", None, id="half-without-scale-is-no-count"),
    pytest.param("10-12 ألف", Count(10000, 10000, 12000, "vague"), id="dash-range-shares-scale"),
    pytest.param("٣–٥", Count(3, 3, 5, "vague"), id="en-dash-range-arabic-indic"),
    pytest.param("3 - 5", Count(3, 3, 5, "vague"), id="spaced-dash-range"),
    pytest.param("2011-2020", None, id="span-of-years-is-no-count"),
    pytest.param("2020-03-15", None, id="iso-date-is-no-count"),
    pytest.param("مليونا ومئتي ألف", exact(1200000), id="accusative-million-before-and"),
    pytest.param("النصف مليون", exact(500000), id="definite-half-a-million"),
    pytest.param("مليون و230 ألفا و415", exact(1230415), id="million-thousands-accusative-and-rest"),
    pytest.param("2 مليون و 75 ألف و 9", exact(2075009), id="digits-million-spaced-ands"),
    pytest.param("40 ألفا", exact(40000), id="digits-accusative-thousand"),
]


@pytest.mark.parametrize(("expr", "expected"), CONTRACT_CASES + OWN_CASES)
def test_parse_count(expr, expected):
    assert parse_count(expr) == expected


@settings(max_examples=2000, deadline=None)
@given(st.integers(min_value=1, max_value=10**6))
def test_words_to_int_reads_num2words(n):
    assert words_to_int(num2words(n, lang="ar")) == n


INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([",", ".", "٬"]))
def test_digits_round_trip(n, separator):
    grouped = f"{n:,}".replace(",", separator)
    for expr in (str(n), grouped, str(n).translate(INDIC), grouped.translate(INDIC)):
        assert parse_count(expr) == exact(n)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_parse_count_never_raises_and_keeps_bounds(expr):
    count = parse_count(expr)
    if count is not None:
        assert count.precision in ("exact", "at_least", "approximate", "vague")
        assert count.low is None or count.low <= count.best
        assert count.high is None or count.best <= count.high


def test_words_to_int_rejects_non_numbers():
    assert words_to_int("قتلى") is None
    assert words_to_int("و") is None
    assert words_to_int("ثلاثة أربعة") is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=9), st.sampled_from([" و", " و "]))
def test_two_units_joined_by_and_are_two_numbers(a, b, joiner):
    """واحدة وأربعة lists two numbers: a compound joins a unit to tens or to a hundred, never to a unit."""
    first, second = num2words(a, lang="ar"), num2words(b, lang="ar")
    assert words_to_int(f"{first}{joiner}{second}") is None
    assert words_to_int(f"{num2words(100, lang='ar')}{joiner}{second}") == 100 + b


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999),
       st.sampled_from(["ألف", "ألفا"]), st.sampled_from(["و", "و "]))
def test_millions_thousands_and_rest_in_digits_are_one_number(m, k, rest, thousand, joiner):
    """N مليون وK ألف وR: each remainder in digits adds to the round number before it."""
    assert parse_count(f"{m} مليون {joiner}{k} {thousand} {joiner}{rest}") == exact(m * 1_000_000 + k * 1000 + rest)
