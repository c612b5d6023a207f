"""Text normalization shared by the page parser and the claim extractor.

Two kinds of normalization, kept apart on purpose:

* :func:`clean_line` makes stored text tidy (debris out, spaces normalized) but keeps
  the words as written: it is what goes into ``title``, ``body`` and ``text`` columns.
* :func:`fold` makes a *matching form* for lexicons and grammar (alef/hamza, ya, ta
  marbuta, digits, tatweel, diacritics) and keeps a map back to the original offsets,
  so that every span reported to users indexes the text they were given.

Lone surrogates (``"\\ud800"``: what a decoder leaves for bytes that were not UTF-8) are
no text: :func:`fold` drops them like invisible characters, so a text with them gives
the same matches as without them, its offsets still Python ``str`` indices. UTF-8, and
so a Polars or Arrow string, cannot hold them: :func:`storable` writes each as U+FFFD,
one character for one, so that offsets into the text stay right.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Characters that are not text: zero-width and bidi controls, BOM, soft hyphen.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
# Every horizontal space that scrapers leave (NBSP, narrow NBSP, em/en spaces, tab...).
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"

_CLEAN_MAP = {**{c: "" for c in _INVISIBLE}, **{c: " " for c in _SPACES}}
_CLEAN_TABLE = str.maketrans(_CLEAN_MAP)
# str.translate walks a non-ASCII string in Python-level steps; most lines hold none of
# these characters, and one regex search (in C) tells which ones need it.
_NEEDS_CLEAN = re.compile(f"[{_INVISIBLE}{_SPACES}]")
_MULTI_SPACE = re.compile(r" {2,}")
# Advertising placeholders left by WordPress ad plugins: [ad_1], [ad_2] ...
AD_MARKER = re.compile(r"\[\s*ad_\d+\s*\]", re.IGNORECASE)


def clean_line(line: str) -> str:
    """Remove scraping debris from one line and normalize its spaces.

    >>> clean_line("رفض\\u00a0خروج  أي [ad_1] ")
    'رفض خروج أي'
    """
    # Each step runs only when its cheap substring test says it can change the line.
    if _NEEDS_CLEAN.search(line):
        line = line.translate(_CLEAN_TABLE)
    if "[" in line:
        line = AD_MARKER.sub(" ", line)
    if "  " in line:
        line = _MULTI_SPACE.sub(" ", line)
    return line.strip()


def clean_lines(text: str) -> list[str]:
    r"""``[clean_line(line) for line in text.split("\n")]``, in fewer steps.

    >>> clean_lines("رفض\u00a0خروج  أي [ad_1] \n\n\u200bنص")
    ['رفض خروج أي', '', 'نص']
    """
    # The debris characters map one by one and never to "\n", so they can go from the
    # whole text at once (a str.replace per character present, usually none). A line
    # then needs clean_line's other steps only if it holds "[" or "  "; else a strip.
    for ch in set(_NEEDS_CLEAN.findall(text)):
        text = text.replace(ch, _CLEAN_MAP[ch])
    return [clean_line(line) if "[" in line or "  " in line else line.strip() for line in text.split("\n")]


# --- matching form ----------------------------------------------------------------

TATWEEL = "\u0640"
# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks: never part of a match;
# nor are lone surrogates (see the module docstring).
_SURROGATES = "\ud800-\udfff"
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed" + TATWEEL + _INVISIBLE + _SURROGATES
_DIACRITIC = re.compile(f"[{_MARKS}]")
# A dot or star between tatweels inside a word hides it from keyword filters (مقـ.ـتل):
# dropped with them, on the slow path (rare: a plain search finds them).
_CENSOR_MARKS = tuple(TATWEEL + c + TATWEEL for c in ".*/")
_CENSOR_MARK = re.compile(f"(?<={TATWEEL})[.*/](?={TATWEEL})")

# One-for-one replacements of the matching form (offsets unchanged).
_FOLD_MAP: dict[str, str] = {
    **{c: "ا" for c in "أإآٱ"},
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",  # Persian yeh
    "ک": "ك",  # Persian kaf
    **{c: " " for c in _SPACES},
    **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")},
    **{d: str(i) for i, d in enumerate("۰۱۲۳۴۵۶۷۸۹")},
    "٬": ",",  # Arabic thousands separator
    "٫": ".",  # Arabic decimal separator
    "،": ",",
    "؛": ";",
    "؟": "?",
}
_FOLD_TABLE = str.maketrans(_FOLD_MAP)
# A chain of str.replace is several times faster than str.translate with a dict on
# Arabic text, where only a few percent of the characters change.
_FOLD_PAIRS = tuple(_FOLD_MAP.items())
# Arabic presentation forms (ligatures such as ﻻ) need NFKC, which can change lengths.
_PRESENTATION_FORMS = "\ufb50-\ufdff\ufe70-\ufefe"
# Both classes in one, so that one scan finds the marks to drop and any presentation form
# (the one-for-one replacements neither make nor remove either kind). One character class,
# not an alternation of two: the scan then skips the other characters in a tight C loop
# (five times faster); the rare hit is told apart by _PRESENTATION. The classes are disjoint.
_DROP_OR_PRESENTATION = re.compile(f"[{_PRESENTATION_FORMS}{_MARKS}]")
_PRESENTATION = re.compile(f"[{_PRESENTATION_FORMS}]")


@dataclass(frozen=True, slots=True)
class Folded:
    """A matching form of ``original`` with a map from folded to original offsets."""

    original: str
    text: str
    # index[i] is the offset in ``original`` of folded character i (the slow path, where
    # one character may become two); None otherwise.
    index: tuple[int, ...] | None = None
    # The fast path only drops characters: shifts[j] = (original offset of the j-th dropped
    # character) - j, nondecreasing, so folded offset i maps to i + bisect_right(shifts, i).
    # O(dropped) memory and time instead of a full map: most texts drop a few marks.
    shifts: tuple[int, ...] = ()

    def origin(self, i: int) -> int:
        """The offset in ``original`` of folded character ``i``."""
        if self.index is not None:
            return self.index[i]
        return i + bisect_right(self.shifts, i) if self.shifts else i

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded half-open span ``[start, end)`` back to the original text.

        >>> f = fold("لــ قتلى")
        >>> f.text
        'ل قتلي'
        >>> s, e = f.span(2, 6)
        >>> f.original[s:e]
        'قتلى'
        """
        if self.index is None and not self.shifts:
            return start, end
        if start >= end:
            pos = self.origin(start) if start < len(self.text) else len(self.original)
            return pos, pos
        return self.origin(start), self.origin(end - 1) + 1

    def sub(self, start: int, end: int) -> Folded:
        """``fold(original[s:e])`` for the span ``(s, e) = span(start, end)``, without
        folding again: the fast path folds character by character, so the folded part is
        ``text[start:end]`` and its dropped characters are ours that fall inside.

        >>> f = fold("قُتل. جُرح ٣")
        >>> f.sub(6, 12) == fold(f.original[slice(*f.span(6, 12))])
        True
        """
        s, e = self.span(start, end)
        if self.index is not None or start >= end:
            return fold(self.original[s:e])  # NFKC: not character by character
        if not self.shifts:
            return Folded(self.original[s:e], self.text[start:end])
        lo, hi = bisect_right(self.shifts, start), bisect_right(self.shifts, end - 1)
        shifts = tuple(x - start for x in self.shifts[lo:hi])
        return Folded(self.original[s:e], self.text[start:end], shifts=shifts)


_SURROGATE = re.compile(f"[{_SURROGATES}]")
REPLACEMENT_CHARACTER = "\ufffd"


def storable(text: str) -> str:
    """``text`` with each lone surrogate written as U+FFFD, so that UTF-8 (a file, a Polars
    string) can hold it; its length, and so every offset into it, is unchanged.

    >>> storable("قتيل\\ud800") == "قتيل\\ufffd", storable("قتيل")
    (True, 'قتيل')
    """
    return _SURROGATE.sub(REPLACEMENT_CHARACTER, text) if has_surrogates(text) else text


def has_surrogates(text: str) -> bool:
    """``text`` holds a lone surrogate, which UTF-8 cannot encode.

    >>> has_surrogates("قتيل\\udc80"), has_surrogates("قتيل")
    (True, False)
    """
    return _SURROGATE.search(text) is not None


def fold_word(word: str) -> str:
    """The matching form of a lexicon entry (same rules as :func:`fold`).

    >>> fold_word("إصابة")
    'اصابه'
    """
    return fold(word).text


# Memoized: a page's body is folded for its id and again for its claims, and the result
# is immutable.
@lru_cache(maxsize=64)
def fold(text: str) -> Folded:
    """Fold ``text`` for matching, remembering where each character came from.

    Letters are unified (أ إ آ → ا, ى → ي, ة → ه), Arabic-Indic digits become ASCII,
    tatweel, diacritics and invisible characters are dropped, and so is a dot between
    tatweels (a word spelt to slip past filters). Presentation forms are decomposed with NFKC.

    >>> fold("١٤ قتيلاً").text
    '14 قتيلا'
    >>> fold("مقـ.ـتل طفلين").text
    'مقتل طفلين'
    """
    if TATWEEL in text and any(mark in text for mark in _CENSOR_MARKS):
        return _fold_slow(text)
    folded = text
    for old, new in _FOLD_PAIRS:
        if old in folded:
            folded = folded.replace(old, new)
    shifts = []
    for j, m in enumerate(_DROP_OR_PRESENTATION.finditer(folded)):
        if _PRESENTATION.match(m.group()):
            return _fold_slow(text)
        shifts.append(m.start() - j)
    if not shifts:
        return Folded(text, folded)
    return Folded(text, _DIACRITIC.sub("", folded), shifts=tuple(shifts))


def _fold_slow(text: str) -> Folded:
    """Character by character, for text with presentation forms (one char may become two)
    or a censor's dots."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if _CENSOR_MARK.match(text, i):
            continue  # a censor's dot between tatweels
        for c in unicodedata.normalize("NFKC", ch).translate(_FOLD_TABLE):
            if not _DIACRITIC.match(c):
                out.append(c)
                index.append(i)
    return Folded(text, "".join(out), index=tuple(index))
