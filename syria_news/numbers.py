"""Arabic count expressions -> numbers, per CONTRACT "From Arabic to numbers".

Three layers, each usable alone:

* :func:`words_to_int` is the pure number-word grammar (``خمسة وستون`` -> 65).
* :func:`match_count` reads one count phrase (qualifier, digits or words, scale word,
  vague word, ``على الأقل``) from a list of *folded* tokens; the claim grammar calls it.
* :func:`noun_form` says whether a folded token is a counted noun and in which
  grammatical number (singular 1, dual 2, plural).

:func:`parse_count` ties them together for one expression as written.
The word lists live in ``lexicon/numbers.toml`` and ``lexicon/nouns.toml``.

Decision (the contract is silent): **a count is at most** :data:`MAX_COUNT` ``= 2**63 - 1``,
the largest value of the dataset's Int64 count columns, and far above any number of
people. A count whose value or bound exceeds it, in digits (``99999999999999999999``) or
after scale words, "more than" (n+1) or a range (``9300000000000 مليون``), is out of
range: :func:`match_count` finds no count there; :func:`read_count` reads the phrase
whole, so that the claim grammar takes its words and drops its claim (never an error,
never a claim from part of the phrase). The reader never builds an int from an
unbounded digit string: a number with more significant digits than :data:`MAX_COUNT`
has (:data:`MAX_DIGITS`, 19) reads as :data:`PAST_MAX` without conversion, and a run of
number words is read over at most :data:`MAX_NUMBER_WORDS` tokens (the longest number
spelled out in news, ``تسعمائة و تسعة و تسعون مليونا و ... و تسعون``, has 20), so that
reading a count takes bounded time however long the text.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from syria_news.text import fold, fold_word

PRECISIONS = ("exact", "at_least", "approximate", "vague")

MAX_COUNT = 2**63 - 1  # the largest count: the Int64 maximum of the count columns
MAX_DIGITS = len(str(MAX_COUNT))  # significant digits a count in digits may have (19)
PAST_MAX = MAX_COUNT + 1  # what any larger number reads as: out of range, whatever is done with it
MAX_NUMBER_WORDS = 24  # tokens a number in words may span (the longest in news has 20)


@dataclass(frozen=True, slots=True)
class Count:
    """A count with the bounds its words allow (CONTRACT "From Arabic to numbers")."""

    low: int | None
    best: int
    high: int | None
    precision: str  # exact | at_least | approximate | vague


def _exact(n: int) -> Count:
    return Count(n, n, n, "exact")


def in_range(count: Count) -> bool:
    """Every bound of ``count`` is an int in [0, MAX_COUNT] (or unset).

    >>> in_range(Count(3, 3, None, "at_least")), in_range(Count(MAX_COUNT + 1, MAX_COUNT + 1, None, "at_least"))
    (True, False)
    """
    low, high = count.low, count.high  # (no generator: every count read is checked)
    return (low is None or 0 <= low <= MAX_COUNT) and 0 <= count.best <= MAX_COUNT and (high is None or 0 <= high <= MAX_COUNT)


# --- lexicon -------------------------------------------------------------------------


def _load(name: str) -> dict:
    return tomllib.loads(files("syria_news.lexicon").joinpath(name).read_text(encoding="utf-8"))


_NUM_LEX = _load("numbers.toml")

# folded word -> (kind, value); kinds: unit, hundred, scale, scale_dual, scale_plural
_NUMBER_WORDS: dict[str, tuple[str, int]] = {}
for _value, _words in _NUM_LEX["units"].items():
    for _w in _words:
        _NUMBER_WORDS[fold_word(_w)] = ("unit", int(_value))
for _value, _words in _NUM_LEX["tens"].items():
    for _w in _words:
        _NUMBER_WORDS[fold_word(_w)] = ("tens", int(_value))
for _value, _words in _NUM_LEX["hundreds"].items():
    for _w in _words:
        _NUMBER_WORDS[fold_word(_w)] = ("hundred", int(_value))
_UNIT_VALUE = {fold_word(w): int(v) for v, ws in _NUM_LEX["units"].items() for w in ws}
for _prefix in _NUM_LEX["hundred_prefixes"]:
    for _hundred in _NUM_LEX["hundreds"]["100"]:  # ثلاثمئة, ثلاثمائة ...
        _NUMBER_WORDS[fold_word(_prefix + _hundred)] = ("hundred", 100 * _UNIT_VALUE[fold_word(_prefix)])
for _scale in _NUM_LEX["scales"].values():
    for _kind, _key in (("scale", "singular"), ("scale_dual", "dual"), ("scale_plural", "plural")):
        for _w in _scale[_key]:
            _NUMBER_WORDS[fold_word(_w)] = (_kind, int(_scale["value"]))

# vague phrases (tuples of folded tokens) -> Count, longest first
_VAGUE: list[tuple[tuple[str, ...], Count]] = sorted(
    (
        (tuple(fold_word(w).split()), Count(v["low"], v["best"], v.get("high"), "vague"))
        for v in _NUM_LEX["vague"].values()
        for w in v["words"]
    ),
    key=lambda item: -len(item[0]),
)
# the same, by first word (in the same order: longest first), so that a token is tested
# against its own phrases only
_VAGUE_BY_FIRST: dict[str, list[tuple[tuple[str, ...], Count]]] = {}
for _phrase, _count in _VAGUE:
    _VAGUE_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _count))
_HALF = frozenset(fold_word(w) for w in _NUM_LEX["half"])
_HALF |= {"ال" + w for w in _HALF}  # حوالي النصف مليون
_QUARTER = frozenset(fold_word(w) for w in _NUM_LEX["quarter"])
_QUARTER |= {"ال" + w for w in _QUARTER}  # حاجز الربع مليون
# A singular scale word in the accusative after a number (230 ألفا): its dual's construct
# form (ألفا شخص, two thousand persons) is the same letters, but after a number it is one scale.
_ACCUSATIVE_SCALES = {fold_word(w) + "ا": int(v["value"]) for v in _NUM_LEX["scales"].values() for w in v["singular"]}
_DEFINITE_SCALES = {"ال" + fold_word(w): int(v["value"]) for v in _NUM_LEX["scales"].values() for w in v["singular"]}
_THOUSANDS_PLURAL = {fold_word(w) for w in _NUM_LEX["scales"]["thousand"]["plural"]} | {
    "ال" + fold_word(w) for w in _NUM_LEX["scales"]["thousand"]["plural"]
}


def _phrases(key: str) -> list[tuple[str, ...]]:
    return sorted({tuple(fold_word(w).split()) for w in _NUM_LEX["qualifiers"][key]}, key=lambda p: -len(p))


_QUALIFIERS: dict[str, list[tuple[str, tuple[str, ...]]]] = {}  # by first word, longest first
for _kind in ("plus_one", "at_least", "approximate", "range"):
    for _p in _phrases(_kind):
        _QUALIFIERS.setdefault(_p[0], []).append((_kind, _p))
for _list in _QUALIFIERS.values():
    _list.sort(key=lambda item: -len(item[1]))
_SUFFIX_AT_LEAST = _phrases("suffix_at_least")
_SUFFIX_APPROX = _phrases("suffix_approximate")
RANGE_LINKS = frozenset(p[0] for p in _phrases("range_links"))

# --- the number-word grammar ---------------------------------------------------------


def _number_word(token: str) -> tuple[str, int] | None:
    """Kind and value of a folded number word, allowing a glued conjunction و."""
    hit = _NUMBER_WORDS.get(token)
    if hit is None and len(token) > 2 and token[0] == "و":
        hit = _NUMBER_WORDS.get(token[1:])
    return hit


def _scale_value(token: str, *kinds: str) -> int | None:
    """The multiplier of a scale word of one of ``kinds`` (scale: ألف, scale_dual: ألفين,
    scale_plural: آلاف), a glued و allowed."""
    hit = _number_word(token)
    return hit[1] if hit is not None and hit[0] in kinds else None


def _scale_after_number(token: str) -> int | None:
    """The multiplier of a scale word that follows a number (ألف, آلاف, مليون), not a dual
    that counts by itself (ألفين); the accusative singular too (230 ألفا)."""
    return _scale_value(token, "scale", "scale_plural") or _ACCUSATIVE_SCALES.get(token)


def _value_of(tokens: Sequence[str]) -> int | None:
    """Value of folded number-word tokens, or None when they do not form a number.

    Groups below a thousand are summed (units, teens, tens, hundreds); a scale word
    multiplies the group before it, or stands for 1 (ألف) or 2 (ألفان) of itself.
    """
    return _read_words(tokens)[0]


def _read_words(tokens: Sequence[str]) -> tuple[int | None, int]:
    """(:func:`_value_of` of the tokens, how many of them a number may start with): a
    token that breaks the grammar (two numbers side by side: ثلاثة ثلاثة) breaks every
    longer run too, so that :func:`_match_core` tries no run past it.

    >>> _read_words(["ثلاثه", "و", "عشرون"]), _read_words(["ثلاثه", "ثلاثه", "ثلاثه"]), _read_words(["ثلاثه", "و"])
    ((23, 3), (None, 1), (None, 2))
    >>> _read_words(["واحده", "واربعه"]), _read_words(["مئه", "وخمسه"])
    ((None, 1), (105, 2))
    """
    total = group = 0
    last_kind = ""
    last_unit = 0
    seen = False
    before_and = ""
    for n, token in enumerate(tokens):
        if token == "و":
            if not seen or last_kind == "and":
                return None, n
            last_kind, before_and = "and", last_kind
            continue
        hit = _number_word(token)
        if hit is None:
            return None, n
        glued_and = token not in _NUMBER_WORDS
        kind, value = hit
        joined_kind = before_and if last_kind == "and" else last_kind if glued_and else ""
        if kind in ("unit", "tens") and joined_kind == kind:
            return None, n  # واحدة وأربعة, عشرون وثلاثون: two numbers listed, not one
        joined = last_kind not in ("and", "") and not glued_and  # no و between: teen or x-hundred
        if kind == "unit":
            if value == 10 and joined and last_kind == "unit" and 1 <= last_unit <= 9:
                group += 10  # ثلاثة عشر
            elif joined:
                return None, n  # two numbers side by side
            else:
                group += value
            last_unit = value
        elif kind == "tens":
            if joined and last_kind != "scale":
                return None, n
            group += value
        elif kind == "hundred":
            if value == 100 and joined and last_kind == "unit" and 3 <= last_unit <= 9 and group == last_unit:
                group = last_unit * 100  # ثلاث مئة
            elif joined and last_kind != "scale":
                return None, n
            else:
                group += value
        else:  # scale words
            if group:
                total += group * value  # ثلاثة آلاف, عشرون ألفا
            elif kind == "scale":
                total += value  # ألف
            elif kind == "scale_dual" and token.endswith("ا") and n + 1 < len(tokens) and tokens[n + 1][:1] == "و":
                total += value  # مليونا ومئتي ألف: the accusative of مليون, not a dual
            elif kind == "scale_dual":
                total += 2 * value  # ألفان
            else:
                return None, n  # آلاف alone is vague, not a number
            group = 0
        last_kind = kind if kind in ("unit", "tens", "hundred") else "scale"
        seen = True
    if not seen or last_kind == "and":
        return None, len(tokens)
    return total + group, len(tokens)


def words_to_int(words: str) -> int | None:
    """The integer that Arabic number words spell, or None.

    >>> words_to_int("خمسة وستون")
    65
    >>> words_to_int("ستة عشر"), words_to_int("ثلاث مئة"), words_to_int("ثلاثمائة")
    (16, 300, 300)
    >>> words_to_int("عشرة آلاف"), words_to_int("ألفين"), words_to_int("مئتا")
    (10000, 2000, 200)
    >>> words_to_int("تسعة و تسعون ألفاً و تسعمائة و تسعة و تسعون")
    99999
    >>> words_to_int("قتلى") is None
    True
    """
    value = _value_of(fold(words).text.split())
    return value if value is None or value <= MAX_COUNT else None


# --- digits --------------------------------------------------------------------------

_DIGITS = re.compile(
    r"""^(?:
        (?P<grouped>\d{1,3}(?:[.,]\d{3})+)    # 1,125  92.924: thousands separators
      | (?P<plain>\d+)
      | (?P<decimal>\d+[.,]\d{1,2})          # 1.5 (only before a scale word: 1.5 مليون)
    )$""",
    re.VERBOSE,
)


# The years a news text names (a date, a period): four digits in this span.
FIRST_YEAR, LAST_YEAR = 1950, 2049


def is_year(token: str) -> bool:
    """A token is a year as news names one: four digits from 1950 to 2049.

    >>> is_year("2013"), is_year("1200"), is_year("13")
    (True, False, False)
    """
    return len(token) == 4 and token.isdigit() and FIRST_YEAR <= int(token) <= LAST_YEAR


def is_digits(token: str) -> bool:
    """A token is written in digits as the count grammar reads them: 342, 2,147, 11.812.

    >>> is_digits("2,147"), is_digits("12a")
    (True, False)
    """
    return _DIGITS.match(token) is not None


def digits_int(digits: str) -> int:
    """The int that a string of digits (no separators) spells, PAST_MAX when it is larger
    than MAX_COUNT: no int is built from more than MAX_DIGITS significant digits.

    >>> digits_int("0042"), digits_int(str(MAX_COUNT)), digits_int("9" * 5000) == digits_int("9" * 20) == PAST_MAX
    (42, 9223372036854775807, True)
    """
    significant = digits.lstrip("0")
    if len(significant) > MAX_DIGITS:
        return PAST_MAX
    return min(int(significant or "0"), PAST_MAX)


def _digits_value(token: str, scale: int | None) -> int | None:
    """The value of a digits token, times ``scale`` when a scale word follows; None when
    it is no number (a value past MAX_COUNT is read: the count is out of range). One
    separator before millions is a decimal point (3.123 مليون), elsewhere a thousands'.

    >>> _digits_value("3.123", 1_000_000), _digits_value("92.924", None), _digits_value("1.5", 1_000_000)
    (3123000, 92924, 1500000)
    """
    m = _DIGITS.match(token)
    if m is None:
        return None
    if m["decimal"]:
        if scale is None:
            return None
        if digits_int(re.split("[.,]", token)[0]) == PAST_MAX:
            return PAST_MAX  # (no float of a number that long)
        return round(float(token.replace(",", ".")) * scale)
    if scale and scale >= 1_000_000 and m["grouped"] and len(re.findall("[.,]", token)) == 1:
        return round(float(token.replace(",", ".")) * scale)  # 3.123 مليون: a decimal before millions
    n = digits_int(m["plain"] or re.sub(r"[.,]", "", token))
    return n * scale if scale else n


# --- count phrases -------------------------------------------------------------------


def _starts(words: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    if phrase and 0 <= i and (i >= len(words) or words[i] != phrase[0]):
        return False  # the first word decides most calls, with no slice and tuple made
    return tuple(words[i : i + len(phrase)]) == phrase


def at_least_suffix(words: Sequence[str], i: int) -> int:
    """How many tokens from ``i`` spell an "n على الأقل" suffix (0 when none).

    >>> at_least_suffix(["10", "اشخاص", "علي", "الاقل"], 2), at_least_suffix(["10", "اشخاص"], 2)
    (2, 0)
    """
    return next((len(phrase) for phrase in _SUFFIX_AT_LEAST if _starts(words, i, phrase)), 0)


def _strip_and(token: str) -> str:
    return token[1:] if len(token) > 2 and token[0] == "و" else token


def _may_start_core(first: str) -> bool:
    """Whether :func:`_match_core` can read a number at this token: digits, a vague word, a
    half or a number word (or a lone و) start one; a qualifier's first word alone does not."""
    bare = _strip_and(first)
    return (first[:1].isdigit() or first == "و" or first in _VAGUE_BY_FIRST or bare in _VAGUE_BY_FIRST
            or bare in _HALF or bare in _QUARTER or _number_word(first) is not None)  # fmt: skip


def _match_core(words: Sequence[str], i: int) -> tuple[Count, int] | None:
    """A bare number (digits, words or a vague word) starting at token ``i``."""
    if i >= len(words):
        return None
    first = words[i]
    if not first:
        return None
    # vague words, optionally times a thousand: عشرات الآلاف
    for candidate in {first, _strip_and(first)}:
        for phrase, count in _VAGUE_BY_FIRST.get(candidate, ()):
            if _starts(words, i + 1, phrase[1:]):
                j = i + len(phrase)
                if j < len(words) and words[j] in _THOUSANDS_PLURAL and count.best < 1000:
                    high = None if count.high is None else count.high * 1000 + 999
                    low = None if count.low is None else count.low * 1000
                    return Count(low, count.best * 1000, high, "vague"), j + 1
                return count, j
    # half or a quarter of a scale word: نصف مليون, ربع مليون
    bare = _strip_and(first)
    if (bare in _HALF or bare in _QUARTER) and i + 1 < len(words) and (scale := _scale_value(words[i + 1], "scale")) is not None:
        return _exact(scale // 2 if bare in _HALF else scale // 4), i + 2
    # digits, optionally with a scale word: 80 ألف, 1.5 مليون
    if first[0].isdigit():
        scale_hit = _number_word(words[i + 1]) if i + 1 < len(words) else None
        if scale_hit and scale_hit[0].startswith("scale"):
            value = _digits_value(first, scale_hit[1])
            if value is not None:
                return _and_digits(words, i + 2, value)
        value = _digits_value(first, None)
        return (_exact(value), i + 1) if value is not None else None
    # number words: the longest run that parses
    j = i
    longest = min(len(words), i + MAX_NUMBER_WORDS)  # a run of number words is read in bounded time
    while j < longest and (words[j] == "و" or _number_word(words[j])):
        j += 1
    value, readable = _read_words(words[i:j])
    if value is not None:
        return _and_digits(words, j, value)
    for end in range(min(i + readable, j - 1), i, -1):  # no run past a token that breaks the grammar parses
        value = _value_of(words[i:end])
        if value is not None:
            return _and_digits(words, end, value)
    return None


def _and_half(words: Sequence[str], j: int) -> int:
    """How many tokens from ``j`` spell "ونصف" (and "المليون" or "مليون" after it), 0 when none."""
    if j < len(words) and words[j][:1] == "و" and words[j][1:] in _HALF:
        end = j + 1
    elif j + 1 < len(words) and words[j] == "و" and words[j + 1] in _HALF:
        end = j + 2
    else:
        return 0
    scale_again = end < len(words) and (words[end] in _DEFINITE_SCALES or _scale_value(words[end], "scale") is not None)
    return end - j + scale_again


def _and_digits(words: Sequence[str], j: int, value: int) -> tuple[Count, int]:
    """A round number in words and its remainder in digits are one number: ألفين و300 is
    2300, 3 آلاف و500 is 3500, مئتين و50 is 250 (و3 is tokenized و + 3). A scale word and
    "ونصف" are one and a half of it: مليون ونصف المليون is 1,500,000.

    >>> _and_digits(["الفين", "و", "300", "شخص"], 1, 2000)
    (Count(low=2300, best=2300, high=2300, precision='exact'), 3)
    >>> _and_digits(["خمسه", "و", "3", "جرحي"], 1, 5)[0].best
    5
    >>> _and_digits(["مليون", "و", "500", "الف"], 1, 1_000_000)[0].best
    1500000
    >>> _and_digits(["ثلاثه", "الاف", "ونصف", "نازح"], 2, 3000)
    (Count(low=3500, best=3500, high=3500, precision='exact'), 3)
    >>> _and_digits(["مليون", "و", "230", "الفا", "و", "415"], 1, 1_000_000)[0].best
    1230415
    """
    scale = _scale_value(words[j - 1], "scale", "scale_dual", "scale_plural") if j else None  # مليونين ونصف too
    if scale is not None and (half := _and_half(words, j)):
        return _exact(value + scale // 2), j + half
    limit = next((unit for unit in (1_000_000, 1000, 100) if value % unit == 0), None)
    if limit is not None and j + 1 < len(words) and words[j] == "و" and words[j + 1].isdigit():
        rest, end = digits_int(words[j + 1]), j + 2
        scale = _scale_after_number(words[end]) if end < len(words) else None
        if scale is not None and rest * scale < limit:
            rest, end = rest * scale, end + 1  # مليون و500 ألف is 1,500,000
        if 0 < rest < limit:
            return _and_digits(words, end, value + rest)  # مليون و230 ألفا و415: each remainder in turn
    return _exact(value), j


# Words a count phrase can start with (besides digits).
_COUNT_STARTS = frozenset(_NUMBER_WORDS) | {p[0] for p, _ in _VAGUE} | set(_QUALIFIERS) | _HALF | _QUARTER


def _by_qualifier(token: str) -> str | None:
    """A qualifier with ب or ل glued to it (قدر عددهم بنحو 70, ارتفعت الحصيلة لأكثر من 1900):
    the qualifier's first word."""
    return token[1:] if token[:1] in ("ب", "ل") and token[1:] in _QUALIFIERS else None


# Words of a count that a glued ب or ل may carry: number words, and vague words that stand
# for a number (أودى القصف بعشرات الأشخاص; round 59), or open one (بالإضافة لعدد من الجرحى; round 69).
_BY_WORDS = frozenset(_NUMBER_WORDS) | {fold_word(w) for kind in ("few", "tens", "hundreds", "thousands") for w in _NUM_LEX["vague"][kind]["words"] if not w.startswith("ال")} \
    | {fold_word(w.split()[0]) for w in _NUM_LEX["vague"]["some"]["words"] if " " in w and not w.startswith("ال")}


def by_number(token: str) -> str | None:
    """A number word with ب or ل glued to it (فقدان الاتصال بخمسة صيادين, تصفية النظام لثلاثة
    شبان, أودى بعشرات الأشخاص): the number word. The claim rules count it only before a person
    noun."""
    return token[1:] if token[:1] in ("ب", "ل") and len(token) > 3 and token[1:] in _BY_WORDS else None


@lru_cache(maxsize=1 << 16)
def may_start_count(token: str) -> bool:
    """Whether a count phrase can start with this folded token (a cheap first test; memoized:
    asked of most tokens, some several times, and the vocabulary of news is small).

    >>> may_start_count("12"), may_start_count("وعشرات"), may_start_count("بنحو"), may_start_count("مدينة")
    (True, True, True, False)
    """
    return bool(token) and (token[0].isdigit() or token in _COUNT_STARTS or _strip_and(token) in _COUNT_STARTS
                            or _by_qualifier(token) is not None or by_number(token) is not None)  # fmt: skip


def count_clitic(token: str) -> str:
    """The و or ب glued to a count's first word (وعشرات, وأكثر, بنحو), which its quote leaves out.

    >>> count_clitic("وعشرات"), count_clitic("واحد"), count_clitic("عشرات"), count_clitic("بنحو")
    ('و', '', '', 'ب')
    """
    if token in _COUNT_STARTS:
        return ""
    if _strip_and(token) in _COUNT_STARTS:
        return "و"
    return token[0] if _by_qualifier(token) is not None or by_number(token) is not None else ""


def _range_end(words: Sequence[str], j: int, low: Count, opened: bool) -> tuple[Count, int] | None:
    """The range a count ending before ``j`` opens: "... و m" after بين (``opened``), or
    "إلى m", "أو m" (``5 إلى 7``): low and best are its first end, high the second.

    >>> _range_end(["5", "الي", "7", "مدنيين"], 1, Count(5, 5, 5, "exact"), False)
    (Count(low=5, best=5, high=7, precision='vague'), 3)
    >>> _range_end(["10", "و", "15"], 1, Count(10, 10, 10, "exact"), False) is None
    True
    """
    if low.precision != "exact" or j >= len(words):
        return None
    link = words[j]
    if link in RANGE_LINKS or (opened and link == "و"):
        rest, offset = words[j + 1 : j + 8], j + 1
    elif opened and link != _strip_and(link):  # وخمسة عشر
        rest, offset = [_strip_and(link), *words[j + 1 : j + 7]], j
    else:
        return None
    high = _match_core(rest, 0)
    if high is None or high[0].precision != "exact" or high[0].best <= low.best:
        return None
    first = low.best
    scale = _scale_after_number(rest[high[1] - 1]) if high[1] >= 2 else None
    if scale is not None and first * scale <= high[0].best:
        first *= scale  # بين 200 و300 ألف: the scale word after the second end counts the first too
    return Count(first, first, high[0].best, "vague"), offset + high[1]


def change_start(words: Sequence[str], i: int, j: int) -> bool:
    """The count at tokens [i, j) is the value a change starts from: من 5 إلى 9 (the
    number after إلى is the one the text asserts).

    >>> change_start(["ارتفع", "العدد", "من", "5", "الي", "9"], 3, 4)
    True
    """
    return (i >= 1 and words[i - 1] == "من" and j + 1 < len(words) and words[j] in RANGE_LINKS
            and _match_core(words, j + 1) is not None)  # fmt: skip


def match_count(words: Sequence[str], i: int, *, after_from: bool = False) -> tuple[Count, int] | None:
    """Read one count phrase from folded tokens at ``i``: the Count and the index after it.
    After من, "n إلى m" is read as a change (ارتفع العدد من 5 إلى 9) unless ``after_from``
    says the من opens a range (أصيب من 10 إلى 15 مدنيا). A count out of range (a bound
    above MAX_COUNT: ``أكثر من 9223372036854775807``) is none.

    >>> match_count(["نزوح", "اكثر", "من", "80", "الف", "مدني"], 1)
    (Count(low=80001, best=80001, high=None, precision='at_least'), 5)
    >>> match_count(["عشرات", "الاف", "المدنيين"], 0)[0]
    Count(low=20000, best=20000, high=99999, precision='vague')
    >>> match_count(["9300000000000", "مليون"], 0) is None
    True
    """
    hit = read_count(words, i, after_from=after_from)
    return hit if hit is not None and in_range(hit[0]) else None


def read_count(words: Sequence[str], i: int, *, after_from: bool = False) -> tuple[Count, int] | None:
    """:func:`match_count` with the count as read, which may be out of range (see
    :func:`in_range`): the phrase's extent is known even when its count is not one.

    >>> read_count(["9300000000000", "مليون", "مدني"], 0)
    (Count(low=9300000000000000000, best=9300000000000000000, high=9300000000000000000, precision='exact'), 2)
    """
    if i >= len(words) or not may_start_count(words[i]):
        return None  # the cheap test first: most tokens start no count
    first = words[i]
    if (bare := by_number(first)) is not None:  # بخمسة: read as خمسة
        hit = read_count([bare, *words[i + 1 : i + 12]], 0)
        return (hit[0], i + hit[1]) if hit is not None else None
    qualifier, j = None, i
    # و glued to the qualifier's first word (وأكثر من 15) does not change it
    for kind, phrase in (_QUALIFIERS.get(first, ()) or _QUALIFIERS.get(_strip_and(first), ())
                         or _QUALIFIERS.get(_by_qualifier(first) or "", ())):  # fmt: skip
        if _starts(words, i + 1, phrase[1:]):
            qualifier, j = kind, i + len(phrase)
            break
    if qualifier is None and not _may_start_core(first):
        return None  # على, بين, ما opening no qualifier here: no number can follow them
    if qualifier is not None and j + 1 < len(words) and words[j] == "ال" and words[j + 1][:1].isdigit():
        j += 1  # قرابة الـ40: the article a tatweel cut off the number
    start = j
    core = _match_core(words, j)
    if core is None:
        return None
    count, j = core
    if qualifier == "range" or after_from or not (i and words[i - 1] == "من"):  # من 5 إلى 9: a change
        if (span := _range_end(words, j, count, qualifier == "range")) is not None:
            return span
    if qualifier == "range":
        # بين عشرة وخمسة عشر: the words ran on over the و; the first end stops before it
        cut = next((x for x in range(start + 1, j) if words[x][:1] == "و"), None)
        short = _match_core(words[:cut], start) if cut is not None else None
        if short is not None and (span := _range_end(words, short[1], short[0], True)) is not None:
            return span
        return None  # بين 2011 ... : no range, no count
    if suffix := at_least_suffix(words, j):
        qualifier, j = "at_least", j + suffix
    for phrase in _SUFFIX_APPROX:
        if _starts(words, j, phrase):
            qualifier, j = "approximate", j + len(phrase)
    if count.precision == "vague" or qualifier is None:
        return count, j
    n = count.best
    if qualifier == "plus_one":
        return Count(n + 1, n + 1, None, "at_least"), j
    if qualifier == "at_least":
        return Count(n, n, None, "at_least"), j
    return Count(None, n, None, "approximate"), j


# --- counted nouns -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Noun:
    """One entry of ``lexicon/nouns.toml``."""

    lemma: str
    group: str | None = None
    claim_type: str | None = None
    bare: str | None = None
    container: bool = False
    excluded: bool = False
    compound: frozenset[str] = frozenset()
    with_article: bool = True  # False: with ال the word is no person (الآخر, الثالث)
    kin: bool = False  # a relative (زوجته, ابنه): joined to a person, one family counted together
    nationality: bool = False  # سوري, فلسطينيين: people of a country, of no victim group


@dataclass(frozen=True, slots=True)
class NounForm:
    """A token read as a counted noun."""

    noun: Noun
    number: str  # singular | dual | plural | dual_or_plural
    definite: bool
    prefix: str  # the clitics stripped (و, ب, ال, لل ...)

    @property
    def proclitics(self) -> str:
        """The clitics before the article (وال -> و): where a quote that keeps the article starts."""
        return self.prefix.removesuffix("ال")


# Clitics a noun or verb may carry in front, longest first.
CLITICS = (
    "وبال", "فبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك",
)  # fmt: skip


def _build_nouns() -> dict[str, tuple[Noun, str]]:
    lex = _load("nouns.toml")
    forms: dict[str, tuple[Noun, str]] = {}
    for entry in lex["noun"]:
        singular = [fold_word(w) for w in entry.get("singular", [])]
        plural = {fold_word(w) for w in entry.get("plural", [])}
        noun = Noun(
            lemma=(entry.get("singular") or entry["plural"])[0],
            group=entry.get("group"),
            claim_type=entry.get("claim_type"),
            bare=entry.get("bare"),
            container=entry.get("container", False),
            compound=frozenset(fold_word(w) for w in entry.get("compound", [])),
            with_article=entry.get("with_article", True),
            kin=entry.get("kin", False),
            nationality=entry.get("nationality", False),
        )
        for s in singular:
            forms.setdefault(s, (noun, "singular"))
            if not s.endswith(("ه", "ا", "ء")) and entry.get("accusative", True):
                forms.setdefault(s + "ا", (noun, "singular"))  # accusative: قتيلا, مدنيا
            duals = [s[:-1] + e for e in ("تان", "تين", "تا", "تي")] if s.endswith("ه") else [s + "ان", s + "ين"]
            for d in duals:
                forms.setdefault(d, (noun, "dual_or_plural" if d in plural else "dual"))
        for d in entry.get("dual", []):  # duals the rule above cannot make (طفليها)
            forms.setdefault(fold_word(d), (noun, "dual"))
        for p in plural:
            forms.setdefault(p, (noun, "plural"))
    excluded = Noun(lemma="", excluded=True)
    for w in lex["excluded"]["words"]:
        forms.setdefault(fold_word(w), (excluded, "plural"))
        if not fold_word(w).endswith(("ه", "ا", "ء", "ات")):
            forms.setdefault(fold_word(w) + "ا", (excluded, "plural"))  # accusative: 180 مخيما
    return forms


_NOUN_FORMS = _build_nouns()
# Every spelling of a claim noun (قتيل, جريحان, إصابات...): claims.py prefilters on them.
CLAIM_NOUN_FORMS = frozenset(form for form, (noun, _) in _NOUN_FORMS.items() if noun.claim_type)


def noun_form(token: str) -> NounForm | None:
    """Read a folded token as a counted noun, stripping clitics.

    >>> f = noun_form("والمدنيين")
    >>> f.noun.group, f.number, f.definite
    ('civilians', 'dual_or_plural', True)
    >>> noun_form("جريحان").number, noun_form("حالتي").noun.claim_type
    ('dual', 'cases')
    >>> noun_form("عناصرها").noun.group, noun_form("مقاتليهم").definite
    ('fighters', True)
    >>> noun_form("سائقها").number, noun_form("وفاتها") is None
    ('singular', True)
    """
    form = _bare_noun_form(token)
    if form is not None:
        return form
    for suffix in _POSSESSIVES:  # عناصرها, مقاتليهم: "its fighters", a plural with a pronoun
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            base = token[: -len(suffix)]
            for candidate in (base, base + "ن") if base.endswith("ي") else (base,):
                form = _bare_noun_form(candidate)
                if form is not None and form.number in ("plural", "dual_or_plural") and not form.definite:
                    return NounForm(form.noun, "plural", True, form.prefix)
            # سائقها, زميلته: one person with a pronoun (a person noun, not an event noun)
            form = _bare_noun_form(base[:-1] + "ه" if base.endswith("ت") else base)
            if form is not None and form.number == "singular" and not form.definite and form.noun.claim_type is None \
                    and not form.noun.excluded and not form.noun.container and form.noun.with_article:  # fmt: skip
                return NounForm(form.noun, "singular", True, form.prefix)
    return None


THIRD_PERSON = ("هما", "هم", "هن", "ها", "ه")  # pronouns glued to a noun, the longest first
_POSSESSIVES = (*THIRD_PERSON[:4], "نا", "ه")


def _bare_noun_form(token: str) -> NounForm | None:
    hit = _NOUN_FORMS.get(token)
    if hit is not None:
        return NounForm(hit[0], hit[1], False, "")
    for clitic in CLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            hit = _NOUN_FORMS.get(token[len(clitic) :])
            if hit is not None:
                definite = "ال" in clitic or clitic.endswith("لل")
                if definite and not hit[0].with_article:
                    return None
                return NounForm(hit[0], hit[1], definite, clitic)
    return None


def noun_count(form: NounForm) -> Count | None:
    """The count a noun gives by its grammatical number alone (CONTRACT rows 3-5).

    Singular 1, dual 2 (an indefinite unvowelled -ين that may be dual or plural reads
    as dual), an indefinite plural "two or more". A definite plural counts nothing.
    """
    if form.number == "singular":
        return _exact(1)
    if form.number == "dual" or form.number == "dual_or_plural" and not form.definite:
        return _exact(2)
    if form.definite:
        return None
    return Count(2, 2, None, "vague")


# --- one expression ------------------------------------------------------------------

TOKEN = re.compile(
    r"""
    (?=[\u0621-\u064a\dA-Za-z\-\u2013])  # a token's first character: the scan skips the rest at once
    (?:
      [\u0621-\u064a]+(?:-\d+)?       # Arabic words (folded: no tatweel or diacritics);
                                      # كوفيد-19 is a name with a number, not a count
    | \d+(?:[/:]\d+)+                 # dates and times: 2018/07/02, 16:12
    | \d{4}-\d{1,2}-\d{1,2}            # ISO dates: 2020-03-15
    | (?:19|20)\d\d[-\u2013](?:19|20)\d\d  # spans of years: 2011-2020
    | (?<=\d)[-\u2013](?=\d)           # the dash of a range: 10-12 ألف, 3 - 5 (a word of its own)
    | (?<=\d\x20)[-\u2013](?=\x20\d)
    | \d+(?:[.,]\d+)*                 # numbers, with separators
    | [A-Za-z]+(?:-\d+)?              # Latin words (COVID-19)
    )
    """,
    re.VERBOSE,
)


def parse_count(expr: str) -> Count | None:
    """One Arabic count expression -> Count, or None when it states no count.

    >>> parse_count("1,125")
    Count(low=1125, best=1125, high=1125, precision='exact')
    >>> parse_count("أكثر من 80 ألف")
    Count(low=80001, best=80001, high=None, precision='at_least')
    >>> parse_count("نحو ٣٠").best, parse_count("عشرات آلاف").high, parse_count("قتيلان").best
    (30, 99999, 2)
    >>> parse_count("وجرح آخرون")
    Count(low=2, best=2, high=None, precision='vague')
    """
    words = [m.group() for m in TOKEN.finditer(fold(expr).text)]
    for i in range(len(words)):
        hit = match_count(words, i)
        if hit is not None:
            return hit[0]
    for word in words:
        form = noun_form(word)
        if form is not None and not form.noun.excluded:
            return noun_count(form)
    return None
