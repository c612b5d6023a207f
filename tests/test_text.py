"""Text normalization: the folded matching form maps back to the text users were given."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syria_news.text import clean_line, clean_lines, fold

# Arabic letters that fold, diacritics and tatweel that drop, Arabic-Indic digits,
# presentation forms (NFKC, one character may become two), invisible characters, spaces.
ARABIC_ISH = st.text(
    alphabet=st.sampled_from(list("قتلى أإآٱةیکً ٌّْـ٣٤،؛؟ ﻻﷲ\u200b\u200f\u00a0\t") + ["a", "1", ".", "[", "]"]),
    max_size=60,
)


@given(ARABIC_ISH)
def test_every_folded_character_comes_from_the_original_character_it_maps_to(text: str) -> None:
    folded = fold(text)
    origins = [folded.origin(i) for i in range(len(folded.text))]
    assert all(0 <= o < len(text) for o in origins)
    assert origins == sorted(origins)  # order is kept
    for i, o in enumerate(origins):
        assert folded.text[i] in fold(text[o]).text


@given(ARABIC_ISH, st.data())
def test_spans_map_into_the_original_in_order(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    start = data.draw(st.integers(0, len(folded.text)))
    end = data.draw(st.integers(start, len(folded.text)))
    s, e = folded.span(start, end)
    assert 0 <= s <= e <= len(text)
    # the folded span is the fold of the original span (no character gained or lost)
    if start < end:
        assert folded.text[start:end] in fold(text[s:e]).text


def test_fold_drops_marks_and_keeps_offsets() -> None:
    text = "قُتِلَ ١٤ مدنيّاً"
    folded = fold(text)
    assert folded.text == "قتل 14 مدنيا"
    s, e = folded.span(folded.text.index("مدنيا"), len(folded.text))
    assert text[s:e] == "مدنيّاً"[:-1]  # the last kept letter; its tanwin is a dropped mark


@given(st.text(max_size=80))
def test_clean_line_leaves_no_debris(line: str) -> None:
    cleaned = clean_line(line)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert not any(c in cleaned for c in "\u200b\u200f\u00a0\t\ufeff")


_DEBRIS = st.text(alphabet="اب [ad_1]\n\t\u00a0\u200b\u200f\u2009\u3000\ufeff", max_size=80)


@given(st.one_of(_DEBRIS, st.text(max_size=80)))
def test_clean_lines_is_clean_line_on_every_line(text: str) -> None:
    assert clean_lines(text) == [clean_line(line) for line in text.split("\n")]
