"""Fuzz ``parse_page``, ``extract_claims`` and the build with hypothesis for a wall-time budget.

    python benchmarks/fuzz.py --target parse_page --minutes 10
    python benchmarks/fuzz.py --target extract_claims --minutes 10 --seed 7
    python benchmarks/fuzz.py --target build --minutes 10 --findings /tmp/fuzz-findings

A ``@given`` test is run over and over, each time with a fresh seed and ``max_examples``
examples (no example database, no deadline), until the time is spent. Inputs are built
from the grammar the code reads, so that they reach deep, mixed with arbitrary unicode
(lone surrogates, control characters, bidi marks, digits of other scripts):

* ``parse_page``: pages assembled from SMART layout fragments (ticker header and items,
  ``pictogram-avatar``, ``Editing:``, ``access_time``, ``تاريخ النشر`` and update stamps
  with arbitrary numbers, datelines, ``[ad_1]``, NBSP, tatweel, BOM, CRLF), then mutated
  (junk inserted, slices cut or doubled). It must return a Page or a Rejection, never
  raise; a Page has a title, a body, ``n_paragraphs >= 1``, UTC times.
* ``extract_claims``: sentences of claim vocabulary (every Arabic word of the lexicons,
  triggers, nouns, number words, digits of any length up to 5,000, qualifiers, بينهم,
  running-total cues, places, sources, punctuation), sometimes repeated into long texts.
  Every row must keep the contract's invariants (quote = span, low <= best <= high,
  exact => equal bounds, counts within Int64, vocabularies, ``subset_of``).
* ``build``: a folder of 1-20 entries (valid pages and their variants, binary junk,
  empty files, other encodings, non-UTF-8 names, nested folders, symlinks), built with
  ``build(folder, jobs=1)``, written with ``write_package`` and checked with
  ``validate_package``: no exception, every path in the report once, counts adding up,
  no "parser error", no problems.

A finding is an exception (its type and top frame), a broken invariant (its name) or a
call slower than ``--slow`` seconds. Within one round hypothesis shrinks a new finding
to a minimal input; a finding known from an earlier round no longer fails, so that the
search goes on for new ones. Minimal inputs are saved as JSON under ``--findings``.
Prints executions, executions per second and the findings. Exit status 1 on any finding.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
import tomllib
import traceback
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import polars as pl
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import syria_news
from syria_news.claims import CLAIM_SCHEMA, extract_claims
from syria_news.page import Page, Rejection, parse_page

LEXICON = Path(syria_news.__file__).parent / "lexicon"
MAX_COUNT = 2**63 - 1

# --- the contract's vocabularies (shared/CONTRACT.md), written out here on purpose ------

CLAIM_TYPES = {"killed", "injured", "killed_or_injured", "arrested", "kidnapped", "missing", "displaced", "cases", "deaths", "recoveries"}
SCOPES = {"new", "cumulative"}
PRECISIONS = {"exact", "at_least", "approximate", "vague"}
VICTIM_GROUPS = {"civilians", "children", "women", "fighters", "medical_workers", "journalists", "people"}
SOURCE_KINDS = {"medical", "military", "local", "activists", "official", "regime_media", "media", "statement", "other"}
MEDIA = {"video", "photos", "infographic"}
PCODE = re.compile(r"SY(0[1-9]|1[0-4])")

# --- building blocks ------------------------------------------------------------------

WESTERN = "0123456789"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
OTHER_DIGITS = "१२߁߂𝟗９"  # other decimal digits (Devanagari, NKo, mathematical, fullwidth)
TO_INDIC = str.maketrans(WESTERN, ARABIC_INDIC)

# Characters scrapers leave and that code may special-case: spaces, bidi and zero-width
# marks, BOM, tatweel, harakat, line separators of other kinds, controls, surrogates.
ODD_CHARS = [
    "\u00a0", "\u202f", "\u2009", "\t", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
    "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff", "\u00ad", "\u0640", "\u064b", "\u064e",
    "\u0651", "\u0652", "\u0670", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\x00",
    "\x7f", "\x1f", "\ud800", "\udcff", "\udfff", "\ufffd", "\ufffe", "\U0010ffff", "٫", "٬", "،", "؛", "؟", "٪", "ـــ",
]
# Any code point, lone surrogates included.
ANY_CHAR = st.characters(exclude_categories=())
JUNK = st.one_of(
    st.text(ANY_CHAR, max_size=8),
    st.sampled_from(ODD_CHARS),
    st.text(st.sampled_from([c for c in ODD_CHARS if len(c) == 1] + list(ARABIC_INDIC + PERSIAN + OTHER_DIGITS)), min_size=1, max_size=6),
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _lexicon_words(name: str) -> list[str]:
    """Every Arabic string of a lexicon file (words and phrases the grammar reads)."""
    table = tomllib.loads((LEXICON / name).read_text(encoding="utf-8"))
    return sorted({s for s in _strings(table) if re.search("[\u0600-\u06ff]", s)})


CLAIM_LEXICON = _lexicon_words("claims.toml")
NUMBER_LEXICON = _lexicon_words("numbers.toml")
NOUN_LEXICON = _lexicon_words("nouns.toml")
PLACE_LEXICON = _lexicon_words("governorates.toml")
ALL_LEXICON = sorted({*CLAIM_LEXICON, *NUMBER_LEXICON, *NOUN_LEXICON, *PLACE_LEXICON, *_lexicon_words("source_kinds.toml")})

TRIGGERS = ["مقتل", "قتل", "جرح", "إصابة", "اعتقال", "نزوح", "وفاة", "شفاء", "استشهاد", "قضى", "لقي", "خطف", "اختطاف",
            "فقدان", "تسجيل", "أصيب", "توفي", "قتلى", "جرحى", "قتيل", "جريح", "قتيلان", "جريحين", "ضحايا", "حتفهما", "مصرع",
            "إطلاق سراح", "حالة اشتباه", "إصابات", "حالات", "حالتي", "وفيات", "متعافين", "مفقودين", "نازح", "تهجير"]
NOUNS = ["مدنيين", "مدنيا", "مدني", "طفل", "أطفال", "طفلين", "امرأة", "نساء", "امرأتان", "عناصر", "مقاتلين", "قيادي",
         "جنود", "أشخاص", "شخص", "شخصا", "شابا", "آخرين", "آخرون", "مسعف", "صحفي", "إعلامي", "عائلة", "عائلات", "سيارات",
         "أيام", "كيلومتر", "ليرة", "عاما", "حالة", "عنصرا", "متطوع", "الدفاع المدني", "قوات النظام", "الفصائل", "تنظيم"]
QUALIFIERS = ["أكثر من", "نحو", "حوالي", "قرابة", "ما يقارب", "ما لا يقل عن", "على الأقل", "ما يزيد عن", "أزيد من",
              "عشرات", "العشرات", "مئات", "آلاف", "عشرات الآلاف", "مئات الآلاف", "بضعة", "عدة", "عدد من", "العديد من",
              "بين", "ما بين", "إلى", "تجاوز", "زهاء", "تقريبا", "نصف"]
CUES = ["بينهم", "منهم", "منها", "أحدهم", "ليرتفع العدد إلى", "ليرتفع عدد القتلى إلى", "إجمالي", "العدد الكلي", "حصيلة",
        "وصل عدد", "بلغ عدد", "وسبق أن", "وكان", "قد", "توزعت بين", "لم تسجل أي", "لا", "نفت", "في حال", "في صفوف",
        "في عداد", "راح ضحيتها", "أودى بحياة", "جديدة", "اليوم", "أمس", "في المئة"]
PLACES = ["درعا", "ريف دمشق", "دمشق", "حلب", "ريف حلب", "إدلب", "ديرالزور", "دير الزور", "الحسكة", "الرقة", "حمص",
          "حماة", "حماه", "اللاذقية", "طرطوس", "السويداء", "القنيطرة", "تركيا", "سوريا", "مدينة", "بلدة", "قرية", "شمال",
          "غرب", "شرق", "جنوب", "الريف الحلبي", "وريفها", "في", "على", "طريق دمشق - درعا", "كفر نبل", "تل أبيض"]
SOURCES = ["(مصادر محلية)", "(مصدر طبي )", "( مصدر عسكري )", "(مراسل سمارت)", "(فيديو)", "(ناشطون)", "بحسب مصدر طبي",
           "وفق الدفاع المدني", "قال مصدر", "أفاد ناشطون", "نقلا عن وزارة الصحة", "(", ")", "((", "))"]
DISEASES = ["كورونا", "فيروس كورونا", "كوفيد-19", "الكوليرا", "حصبة", "اللشمانيا", "قصف", "انفجار", "غارة"]
NUMBER_WORDS = ["واحد", "اثنان", "اثنين", "ثلاثة", "ثلاث", "خمسة", "سبعة", "تسعة", "عشرة", "عشر", "أحد عشر", "ستة عشر",
                "عشرون", "خمسة وستون", "ستين", "مئة", "مائة", "مئتا", "مئتين", "ثلاث مئة", "ثلاثمئة", "ثمانمائة", "ألف",
                "ألفين", "آلاف", "عشرة آلاف", "مليون", "ملايين", "مليار", "نصف مليون", "مليون ونصف المليون", "أول", "الثالث"]
PUNCT = ["،", ",", ".", "؛", ";", ":", "!", "؟", "?", "(", ")", "[", "]", "-", "–", "—", "\"", "«", "»", "/", "\n", "\n\n",
         "%", "٪", "+", "و", "ف", "ب", "ل", "ال"]


_DIGIT_UNITS = st.one_of([st.text(st.sampled_from(a), min_size=1, max_size=4) for a in (WESTERN, ARABIC_INDIC, PERSIAN, WESTERN + ARABIC_INDIC, OTHER_DIGITS + WESTERN)])


def digit_string(min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[str]:
    """Digits of one or mixed scripts; long runs made by repetition (cheap to draw)."""
    return st.tuples(st.integers(min_size, max_size), _DIGIT_UNITS).map(lambda t: (t[1] * (t[0] // len(t[1]) + 1))[: t[0]])


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


NUMBERS = st.one_of(
    st.integers(0, 120).map(str),
    st.integers(0, 10**7).map(str),
    st.integers(0, 10**7).map(lambda n: str(n).translate(TO_INDIC)),
    st.sampled_from([str(MAX_COUNT), str(MAX_COUNT + 1), str(2**64), "9" * 25, "1" + "0" * 24, "0" * 30 + "7", "00", "0"]),
    digit_string(1, 30),
    st.integers(4990, 5010).map(lambda n: "9" * n),
    st.tuples(st.integers(0, 10**30), st.sampled_from([",", ".", "٬", "٫", " "])).map(lambda t: _grouped(*t)),
    st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.tuples(digit_string(1, 8), st.sampled_from(["", " "]), st.sampled_from(["ألف", "آلاف", "مليون", "مليار", "%"])).map("".join),
    st.sampled_from(NUMBER_WORDS),
)

def _OPTIONAL(strategy: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), strategy)


# A claim-shaped phrase: [و] trigger [time word] [qualifier] number noun [place] [source], or
# a part (بينهم ...), a running total (ليرتفع العدد إلى ...), a bare noun.
CLAIM_PHRASE = st.one_of(
    st.tuples(
        st.sampled_from(["", "و", "ف"]),
        st.sampled_from(TRIGGERS),
        _OPTIONAL(st.sampled_from([" أمس", " اليوم", " في الهجوم", " بالقصف", " قوات النظام"])),
        _OPTIONAL(st.sampled_from(QUALIFIERS).map(lambda q: " " + q)),
        _OPTIONAL(NUMBERS.map(lambda n: " " + n)),
        _OPTIONAL(st.sampled_from(NOUNS).map(lambda n: " " + n)),
        _OPTIONAL(st.sampled_from(PLACES).map(lambda p: " في " + p)),
        _OPTIONAL(st.sampled_from(SOURCES).map(lambda p: " " + p)),
    ).map("".join),
    st.tuples(st.sampled_from(CUES), NUMBERS, _OPTIONAL(st.sampled_from(NOUNS + TRIGGERS))).map(" ".join),
    st.tuples(NUMBERS, st.sampled_from(NOUNS + TRIGGERS), _OPTIONAL(st.sampled_from(["قتلوا", "جديدة", "منهم", "على الأقل", "تقريبا"]))).map(" ".join),
)
CLAIM_TOKEN = st.one_of(
    CLAIM_PHRASE,
    CLAIM_PHRASE,
    CLAIM_PHRASE,
    st.sampled_from(TRIGGERS),
    st.sampled_from(NOUNS),
    st.sampled_from(QUALIFIERS),
    st.sampled_from(CUES),
    st.sampled_from(PLACES),
    st.sampled_from(SOURCES),
    st.sampled_from(DISEASES),
    st.sampled_from(ALL_LEXICON),
    NUMBERS,
    NUMBERS,
    st.sampled_from(PUNCT),
    JUNK,
)
# Between tokens: mostly a space; glued (3قتلى), a clitic, a comma, a line break, odd spaces.
GAP = st.sampled_from([" ", " ", " ", " ", "", " و", " و ", "، ", ",", "\n", "\u00a0", "  ", "\u0640", "\u200f ", " - "])


_N_MUTATIONS = st.integers(0, 3)
_MUTATION = st.sampled_from(["insert", "insert", "cut", "double"])


@st.composite
def mutated(draw: st.DrawFn, base: str) -> str:
    """``base`` with a few junk insertions, cuts and doubled slices at drawn positions."""
    text = base
    for _ in range(draw(_N_MUTATIONS)):
        op = draw(_MUTATION)
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 200)))
        if op == "insert":
            text = text[:i] + draw(JUNK) + text[i:]
        elif op == "cut":
            text = text[:i] + text[j:]
        else:
            text = text[:j] + text[i:j] + text[j:]
    return text


_TOKEN_LISTS = {n: st.lists(CLAIM_TOKEN, min_size=1, max_size=n) for n in (6, 8, 12, 30)}


@st.composite
def claim_sentence(draw: st.DrawFn, max_tokens: int = 30) -> str:
    tokens = draw(_TOKEN_LISTS[max_tokens])
    out = [tokens[0]]
    for token in tokens[1:]:
        out.append(draw(GAP))
        out.append(token)
    return "".join(out)


_TEXT_KIND = st.sampled_from(["sentences", "sentences", "sentences", "long", "unicode"])
_UNICODE_300 = st.text(ANY_CHAR, max_size=300)
_SENTENCE_8 = claim_sentence(max_tokens=8)
_LONG_END = st.sampled_from(["", " ", "، ", " و", ". "])
_SENTENCES = st.lists(claim_sentence(), min_size=1, max_size=6)
_SENTENCE_END = st.sampled_from([". ", ".", "\n", "\n\n", "، ", " ", "! ", " - 10:30 "])


@st.composite
def claim_text(draw: st.DrawFn) -> str:
    """A text for the claim finder: sentences of claim words, mutated, sometimes long."""
    kind = draw(_TEXT_KIND)
    if kind == "unicode":
        return draw(_UNICODE_300)
    if kind == "long":  # one sentence pattern repeated into a text of up to ~30 KB
        unit = draw(_SENTENCE_8)
        end = draw(_LONG_END)
        return (unit + end) * draw(st.integers(2, max(2, 30_000 // max(1, len(unit) + len(end)))))
    sentences = draw(_SENTENCES)
    ends = [draw(_SENTENCE_END) for _ in sentences]
    return draw(mutated("".join(s + e for s, e in zip(sentences, ends, strict=True))))


# --- SMART pages ------------------------------------------------------------------------

SHORT_TEXT = st.one_of(st.sampled_from(TRIGGERS + NOUNS + PLACES), claim_sentence(max_tokens=6), st.text(ANY_CHAR, max_size=12))


# Strategies are built once (module constants): hypothesis validates a strategy object
# on first use, and composites that built new ones on every draw spent most time there.
_CLOCK_PART = st.one_of(st.integers(0, 23).map(lambda n: f"{n:02d}"), digit_string(1, 3))
_YEAR = st.one_of(st.integers(2011, 2026).map(str), st.integers(0, 99999).map(lambda n: f"{n:04d}"), digit_string(1, 6))
_MONTH = st.one_of(st.integers(1, 12).map(lambda n: f"{n:02d}"), digit_string(1, 3))
_DAY = st.one_of(st.integers(1, 31).map(lambda n: f"{n:02d}"), digit_string(1, 3))
_DATE_SEP = st.sampled_from(["/", "/", "-"])
_INDIC = st.integers(0, 3)


@st.composite
def clock(draw: st.DrawFn, seconds: bool = False) -> str:
    return ":".join(draw(_CLOCK_PART) for _ in range(3 if seconds else 2))


@st.composite
def date(draw: st.DrawFn) -> str:
    year, sep, month, day = draw(_YEAR), draw(_DATE_SEP), draw(_MONTH), draw(_DAY)
    text = f"{year}{sep}{month}{sep}{day}"
    return text.translate(TO_INDIC) if draw(_INDIC) == 0 else text


_PUBLISHED_LABEL = st.sampled_from(["تاريخ النشر: ", "تاريخ النشر:", "تاريخ النشر ", "تاريخ  النشر : ", "access_time تاريخ النشر: "])
_DATE, _CLOCK, _CLOCK_S = date(), clock(), clock(seconds=True)
_SPACE = st.sampled_from([" ", "  ", ""])
_ANY_CLOCK = st.one_of(_CLOCK, _CLOCK_S, st.just(""))
_UPDATE_TAIL = st.sampled_from(["بتوقيت دمشق (+٢ توقيت غرينتش)", " بتوقيت دمشق (+3 توقيت غرينتش)", "بتوقيت دمشق", "", " (", "بتوقيت دمشق ()"])
_REPEAT = st.integers(1, 3)


@st.composite
def published_line(draw: st.DrawFn) -> str:
    return f"{draw(_PUBLISHED_LABEL)}{draw(_DATE)}{draw(_SPACE)}{draw(_ANY_CLOCK)}"


@st.composite
def update_line(draw: st.DrawFn) -> str:
    stamp = f"تحديث بتاريخ {draw(_DATE)} {draw(_CLOCK_S)}{draw(_UPDATE_TAIL)}"
    return stamp * draw(_REPEAT)


TICKER_HEADERS = st.sampled_from(["الأخبار العاجلة", "الأخبار العاجلة", " الأخبار العاجلة ", "\ufeffالأخبار العاجلة", "الأخبار  العاجلة", "الاخبار العاجلة"])


_TICKER_ATTRIBUTION = st.sampled_from(["(مصادر محلية)", "(مصدر طبي )", "( مصدر عسكري )", "(مراسل سمارت)", "(وسائل إعلام النظام)",
                                      "(بيان)", "()", "(", "", "(مصا", "((مصدر))"])
_TICKER_GLUE = st.sampled_from([" ", "", "  "])
_TICKER_TIME = st.one_of(_CLOCK.map(lambda c: f" - {c}"), st.sampled_from([" -", " - ", "", " – 9:05", "- 99:99", " ـ 12:30"]))


@st.composite
def ticker_item(draw: st.DrawFn) -> str:
    text = draw(SHORT_TEXT)
    attribution = draw(_TICKER_ATTRIBUTION)
    glue = draw(_TICKER_GLUE)
    time_part = draw(_TICKER_TIME)
    return f"{text}{glue}{attribution}{time_part}"


EDITING = st.one_of(
    st.sampled_from(["Editing: سعاد |", "Editing: سعاد | أحمد |", "Editing: |", "Editing:", "editing : محمد", "pictogram-avatar Editing: سعاد |"]),
    st.text(ANY_CHAR, max_size=10).map(lambda s: f"Editing: {s} |"),
)
DATELINE = st.one_of(
    st.sampled_from(["سمارت - درعا", "سمارت-درعا", "سمارت – درعا", "سمارت ــ ريف دمشق", "سمارت- تركيا", "سوريا - سمارت", "سمارت - ",
                     "سمارت - 12:30", "سمارت", "- سمارت", "سمارت -- حلب:", "سمارت - إدلب."]),
    st.sampled_from(PLACES + [""]).map(lambda p: f"سمارت - {p}"),
    st.text(ANY_CHAR, max_size=40).map(lambda p: f"سمارت-{p}"),
)
TITLE = st.one_of(SHORT_TEXT, SHORT_TEXT.map(lambda t: f"{t} (فيديو)"), st.sampled_from(["(فيديو)", "[صور]", "قصف على درعا (فيديو)", ""]))
HEADER_PART = st.one_of(
    st.just("pictogram-avatar"),
    EDITING,
    st.just("access_time"),
    published_line(),
    update_line(),
    DATELINE,
)
DEBRIS = st.sampled_from(["[ad_1]", "[ad_2]", "[ ad_1 ]", "\u00a0", "ـ", "\ufeff", "\u200f", "١٤", "3قتلى و5جرحى", "109جرحى"])
PARAGRAPH = st.one_of(
    claim_sentence(),
    st.lists(st.one_of(claim_sentence(max_tokens=12), DEBRIS, update_line()), min_size=1, max_size=4).map(" ".join),
    st.text(ANY_CHAR, max_size=80),
)
LINE_SEP = st.sampled_from(["\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n", "\n\u00a0\n", "\n\n\n"])


_BOOL = st.booleans()
_TICKER_ITEMS = st.lists(ticker_item(), max_size=6)
_HEADER_PARTS = st.lists(HEADER_PART, min_size=0, max_size=7)
_PUBLISHED_LINE = published_line()
_UPDATE_LINES = st.lists(update_line(), max_size=2)
_KEEP = st.integers(0, 5)
_PARAGRAPHS = st.lists(PARAGRAPH, min_size=0, max_size=5)
_PAGE_START = st.sampled_from(["", "", "\ufeff", "\n\n", "\u200f"])


@st.composite
def smart_page(draw: st.DrawFn) -> str:
    """A page in SMART's layout, its parts present or missing, in order or shuffled."""
    lines: list[str] = []
    if draw(_BOOL):
        lines.append(draw(TICKER_HEADERS))
        lines.append(" ".join(draw(_TICKER_ITEMS)))
    lines.append(draw(TITLE))
    header = draw(_HEADER_PARTS)
    if draw(_BOOL):  # the usual order
        header = ["pictogram-avatar", draw(EDITING), "access_time", draw(_PUBLISHED_LINE), *draw(_UPDATE_LINES), draw(DATELINE)]
        header = [h for h in header if draw(_KEEP)]  # each part may be missing
    lines += header
    lines += draw(_PARAGRAPHS)
    if draw(_KEEP) == 0:
        lines = draw(st.permutations(lines))
    out = draw(_PAGE_START)
    for line in lines:
        out += line + draw(LINE_SEP)
    return out


_VALID_DATE = st.tuples(st.integers(2012, 2025), st.integers(1, 12), st.integers(1, 28), st.integers(0, 23), st.integers(0, 59))
_TITLE_WORDS = st.lists(st.sampled_from(TRIGGERS + NOUNS + PLACES), min_size=1, max_size=8).map(" ".join)
_BODY = st.lists(claim_sentence(max_tokens=12).map(lambda s: s.replace("\n", " ") + "."), min_size=1, max_size=4)


@st.composite
def valid_page(draw: st.DrawFn) -> str:
    """A page in SMART's layout with every part in place and a body of claim sentences."""
    y, mo, d, h, mi = draw(_VALID_DATE)
    ticker = " ".join(draw(_TICKER_ITEMS))
    title = draw(_TITLE_WORDS) + draw(st.sampled_from(["", " (فيديو)"]))
    body = "\n\n".join(draw(_BODY))
    dateline = draw(st.sampled_from(["سمارت - درعا", "سمارت-إدلب", "سمارت – حلب", "سوريا - سمارت", "سمارت ــ ريف دمشق"]))
    return (f"الأخبار العاجلة\n{ticker}\n\n{title}\n\npictogram-avatar\nEditing: سعاد |\naccess_time\n"
            f"تاريخ النشر: {y:04d}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}\n\n{dateline}\n\n{body}\n")


PAGE_FRAGMENT = st.one_of(TICKER_HEADERS, ticker_item(), TITLE, HEADER_PART, PARAGRAPH, DEBRIS, LINE_SEP, JUNK)
PAGE_TEXT = st.one_of(
    smart_page().flatmap(mutated),
    smart_page(),
    st.lists(PAGE_FRAGMENT, max_size=25).map("".join),
    st.text(ANY_CHAR, max_size=200),
)


# --- invariants -------------------------------------------------------------------------


class Invariant(AssertionError):
    """A broken invariant; ``name`` says which (the finding's key)."""

    def __init__(self, name: str, detail: str = "") -> None:
        super().__init__(f"{name}: {detail}" if detail else name)
        self.name = name


def ensure(condition: bool, name: str, detail: str = "") -> None:
    if not condition:
        raise Invariant(name, detail)


def _utc(value: Any) -> bool:
    return value is None or (value.tzinfo is not None and value.utcoffset() == timedelta(0))


def check_page(text: str, result: Any) -> str:
    """The parse_page contract; returns the outcome's kind for the statistics."""
    ensure(isinstance(result, Page | Rejection), "returns Page or Rejection", type(result).__name__)
    if isinstance(result, Rejection):
        ensure(isinstance(result.reason, str) and bool(result.reason.strip()), "rejection has a reason")
        return "rejection: " + result.reason.split(":")[0][:40]
    ensure(isinstance(result.title, str) and bool(result.title.strip()), "page has a title", repr(result.title))
    ensure("\n" not in result.title, "title is one line", repr(result.title))
    ensure(result.n_paragraphs >= 1, "n_paragraphs >= 1")
    ensure(all(p.strip() for p in result.paragraphs), "no empty paragraph", repr(result.paragraphs))
    ensure(bool(result.body.strip()), "page has a body")
    ensure(_utc(result.published_at), "published_at is UTC", repr(result.published_at))
    ensure(_utc(result.updated_at), "updated_at is UTC", repr(result.updated_at))
    ensure(result.published_at is None or result.published_at.tzinfo == UTC or result.published_at.utcoffset() == timedelta(0), "published_at is UTC")
    ensure(result.media is None or result.media in MEDIA, "media in vocabulary", repr(result.media))
    ensure(re.fullmatch(r"[0-9a-f]{16}", result.article_id) is not None, "article_id is 16 hex digits")
    for item in result.ticker:
        ensure(bool(item.text.strip()), "ticker item has a text", repr(item))
        ensure(item.source_kind is None or item.source_kind in SOURCE_KINDS, "source_kind in vocabulary", repr(item))
        ensure(item.time_local is None or re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", item.time_local) is not None, "time_local is HH:MM", repr(item))
        ensure(re.fullmatch(r"[0-9a-f]{16}", item.ticker_id) is not None, "ticker_id is 16 hex digits")
    return "page"


def _storable(text: str) -> str:
    return re.sub("[\ud800-\udfff]", "\ufffd", text)


def check_claims(text: str, frame: Any) -> int:
    """The claims contract on extract_claims' frame; returns the number of rows."""
    ensure(frame.schema == pl.Schema(CLAIM_SCHEMA), "frame schema", str(frame.schema))
    rows = frame.rows(named=True)
    part_of = "subset_of_row" if "subset_of_row" in frame.columns else "subset_of"  # renamed in the claims/ package
    starts = [r["span_start"] for r in rows]
    ensure(starts == sorted(starts), "rows ordered by span_start")
    for n, r in enumerate(rows):
        s, e = r["span_start"], r["span_end"]
        ensure(s is not None and e is not None and 0 <= s < e <= len(text), "span within the text", f"row {n}: {s}..{e} of {len(text)}")
        ensure(r["quote"] == _storable(text[s:e]), "quote == text[span_start:span_end]", f"row {n}: {r['quote']!r} != {text[s:e]!r}")
        low, best, high = r["count_low"], r["count_best"], r["count_high"]
        ensure(best is not None, "count_best set", f"row {n}")
        ensure(all(v is None or 0 <= v <= MAX_COUNT for v in (low, best, high)), "0 <= counts <= 2**63-1", f"row {n}: {low}/{best}/{high}")
        ensure(low is None or low <= best, "count_low <= count_best", f"row {n}: {low}/{best}/{high}")
        ensure(high is None or best <= high, "count_best <= count_high", f"row {n}: {low}/{best}/{high}")
        ensure(r["claim_type"] in CLAIM_TYPES, "claim_type in vocabulary", repr(r["claim_type"]))
        ensure(r["scope"] in SCOPES, "scope in vocabulary", repr(r["scope"]))
        ensure(r["precision"] in PRECISIONS, "precision in vocabulary", repr(r["precision"]))
        ensure(r["victim_group"] is None or r["victim_group"] in VICTIM_GROUPS, "victim_group in vocabulary", repr(r["victim_group"]))
        if r["precision"] == "exact":
            ensure(low == best == high, "exact => low = best = high", f"row {n}: {low}/{best}/{high}")
        ensure(r["governorate_pcode"] is None or PCODE.fullmatch(r["governorate_pcode"]) is not None, "governorate_pcode SY01..SY14", repr(r["governorate_pcode"]))
        parent = r[part_of]
        if parent is not None:
            ensure(0 <= parent < len(rows) and parent != n, "subset_of indexes another row", f"row {n}: subset_of {parent}")
            ensure(rows[parent]["count_best"] >= best, "subset_of parent's count_best >= the part's", f"row {n}: {best} > parent {rows[parent]['count_best']}")
    return len(rows)


# --- the build ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One path of a generated raw folder: a file (``data``), a symlink (``target``) or a folder."""

    name: bytes  # relative, b"/"-separated
    kind: str  # "file", "symlink", "folder"
    data: bytes = b""
    target: bytes = b""


NAME_PART = st.one_of(
    st.sampled_from([b"page", b"a", b"\xd8\xae\xd8\xa8\xd8\xb1", b"\xff\xfe", b"x\x80y", b"sp ace", b".hidden", b"manifest.csv", b"-", b"\xe9t\xe9"]),
    st.binary(min_size=1, max_size=8).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")).filter(lambda b: b not in (b".", b"..")),
)
FOLDER = st.sampled_from([b"", b"", b"", b"sub/", b"sub/deeper/", b"\xff/", b"a b/c/"])


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


@st.composite
def file_content(draw: st.DrawFn, pages: list[str]) -> bytes:
    kind = draw(st.sampled_from(["valid", "valid", "valid", "valid", "page", "page", "variant", "variant", "binary", "empty", "spaces", "nul", "cp1256", "latin1", "cut", "bom", "text", "surrogate"]))
    if kind == "page" or kind == "valid" or (kind == "variant" and not pages):
        page = draw(valid_page() if kind != "page" else smart_page())
        pages.append(page)
        return _encode(page, "utf-8")
    if kind == "variant":  # a page drawn before, with another ticker, line ends or debris
        page = draw(st.sampled_from(pages))
        how = draw(st.sampled_from(["same", "crlf", "ticker", "debris"]))
        if how == "crlf":
            page = page.replace("\n", "\r\n")
        elif how == "ticker":
            page = f"الأخبار العاجلة\n{draw(ticker_item())}\n\n" + page
        elif how == "debris":
            page = draw(mutated(page))
        return _encode(page, "utf-8")
    if kind == "binary":
        return draw(st.binary(min_size=1, max_size=300))
    if kind == "empty":
        return b""
    if kind == "spaces":
        return draw(st.sampled_from([b" ", b"\n\n", b"\r\n \t", b"\xef\xbb\xbf", b"\xef\xbb\xbf\n"]))
    if kind == "nul":
        return _encode(draw(smart_page()), "utf-8") + b"\x00" + draw(st.binary(max_size=10))
    if kind == "cp1256":
        return draw(smart_page()).encode("cp1256", "replace")
    if kind == "latin1":
        return draw(st.text(max_size=50)).encode("latin-1", "replace") + b"\xe9\xff"
    if kind == "cut":  # a valid page cut at any byte, maybe inside a character
        data = _encode(draw(smart_page()), "utf-8")
        return data[: draw(st.integers(0, len(data)))]
    if kind == "bom":
        return b"\xef\xbb\xbf" + _encode(draw(smart_page()), "utf-8")
    if kind == "surrogate":  # CESU-style bytes of a lone surrogate: not UTF-8
        return _encode(draw(smart_page()) + "\ud800", "utf-8")
    return _encode(draw(st.text(ANY_CHAR, max_size=100)), "utf-8")


@st.composite
def raw_folder(draw: st.DrawFn) -> list[Entry]:
    """1-20 entries: files at any depth, symlinks of every kind, empty folders."""
    entries: list[Entry] = []
    names: set[bytes] = set()
    folders: set[bytes] = set()
    pages: list[str] = []
    n = draw(st.integers(1, 20))
    for _ in range(n):
        kind = draw(st.sampled_from(["file", "file", "file", "file", "symlink", "folder"]))
        name = draw(FOLDER) + draw(NAME_PART)
        parents = [b"/".join(name.split(b"/")[:k]) for k in range(1, name.count(b"/") + 1)]
        if name in names or name in folders or any(p in names for p in parents) or any(f.startswith(name + b"/") for f in folders | names):
            continue
        if kind == "folder":
            folders.add(name)
            folders.update(parents)
            entries.append(Entry(name, "folder"))
            continue
        folders.update(parents)
        names.add(name)
        if kind == "symlink":
            others = [e.name for e in entries if e.kind != "symlink"]
            depth = name.count(b"/")
            up = b"../" * depth
            target = draw(st.one_of(
                st.sampled_from([up + o for o in others]) if others else st.just(b"missing"),
                st.sampled_from([b"missing", name.split(b"/")[-1], b"/etc/hostname", b"..", b".", up + b"sub", b"../../outside"]),
            ))
            entries.append(Entry(name, "symlink", target=target))
        else:
            entries.append(Entry(name, "file", data=draw(file_content(pages))))
    if not any(e.kind != "folder" for e in entries):
        entries.append(Entry(b"zz-page.txt", "file", data=_encode(draw(smart_page()), "utf-8")))
    return entries


def write_folder(root: bytes, entries: list[Entry]) -> list[bytes]:
    """Write the entries under ``root``; return the paths a build must account for."""
    paths = []
    for e in entries:
        path = os.path.join(root, e.name)
        if e.kind == "folder":
            os.makedirs(path, exist_ok=True)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if e.kind == "symlink":
            os.symlink(e.target, path)
        else:
            with open(path, "wb") as handle:
                handle.write(e.data)
        paths.append(e.name)
    return paths


def _shown(name: bytes) -> str:
    from syria_news.raw_files import shown_name

    return shown_name(os.fsdecode(name))


def run_build(entries: list[Entry]) -> dict[str, Any]:
    """Build, write and validate a generated folder; raise on any broken promise."""
    from syria_news.package import validate_package, write_package
    from syria_news.pipeline import _parse_text, build

    tmp = tempfile.mkdtemp(prefix="fuzz-build-")
    try:
        raw = os.path.join(os.fsencode(tmp), b"raw")
        os.makedirs(raw)
        paths = write_folder(raw, entries)
        result = build(os.fsdecode(raw), jobs=1)
        report = result.report
        counts = report["counts"]
        ensure(counts["parsed"] + counts["duplicate"] + counts["rejected"] + counts["manifest"] == counts["total"], "report counts add up", str(counts))
        ensure(counts["total"] == len(paths), "report total = number of paths", f"{counts['total']} != {len(paths)}")
        reported = sorted(f["path"] for f in report["files"])
        ensure(reported == sorted(_shown(p) for p in paths), "every path reported once", f"{reported} != {sorted(_shown(p) for p in paths)}")
        ensure(result.articles.height == counts["parsed"], "one article row per parsed file")
        by_path = {_shown(e.name): e for e in entries if e.kind == "file"}
        for f in report["files"]:
            if f["reason"] and f["reason"].startswith("parser error"):
                # The pipeline keeps going on an exception; raise it here, with its traceback.
                e = by_path.get(f["path"])
                if e is not None:
                    _parse_text(f["path"], f["sha256"], e.data.decode("utf-8-sig"), 0.0, 0.0)
                raise Invariant("no parser error", f["reason"])
        if report["ticker_claim_errors"]:
            from syria_news.claims import find_claims

            for error in report["ticker_claim_errors"]:
                texts = result.ticker_items.filter(result.ticker_items["ticker_id"] == error["ticker_id"])["text"].to_list()
                for text in texts:
                    find_claims(text)
            raise Invariant("no ticker claim error", str(report["ticker_claim_errors"][0]))
        out = os.path.join(tmp, "out")
        write_package(result.tables, report, out)
        problems = validate_package(out)
        ensure(problems == [], "validate_package finds no problem", "; ".join(problems[:3]))
        return {"outcome": f"{counts['parsed']}p/{counts['duplicate']}d/{counts['rejected']}r", "files": counts["total"], "claims": result.claims.height}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --- the fuzzing loop ----------------------------------------------------------------------


def _frame(tb_frame: traceback.FrameSummary) -> str:
    path = tb_frame.filename
    if "syria_news" in path:
        path = "syria_news/" + path.split("syria_news/")[-1]
    elif "site-packages" in path:
        path = path.split("site-packages/")[-1]
    return f"{path}:{tb_frame.lineno} in {tb_frame.name}"


def finding_key(error: BaseException) -> tuple[str, str, str]:
    """(kind, where, key): an invariant by its name, an exception by its type and top frame."""
    if isinstance(error, Invariant):
        return "invariant", error.name, f"Invariant: {error.name}"
    stack = traceback.extract_tb(error.__traceback__)
    frames = [f for f in stack if not f.filename.endswith("benchmarks/fuzz.py")] or list(stack)
    top = _frame(frames[-1]) if frames else "?"
    ours = next((_frame(f) for f in reversed(frames) if "syria_news" in f.filename), top)
    where = top if top == ours else f"{top} (from {ours})"
    # Keyed without line numbers, which move as the code is edited.
    key = f"{type(error).__name__} at {re.sub(r':[0-9]+ in ', ' in ', top)} / {re.sub(r':[0-9]+ in ', ' in ', ours)}"
    return "exception", where, key


def encode_input(value: Any) -> Any:
    """An input as JSON: strings as they are (JSON escapes lone surrogates), bytes as base64."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return [
            {"name_b64": base64.b64encode(e.name).decode(), "name": os.fsdecode(e.name).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"),
             "kind": e.kind, "data_b64": base64.b64encode(e.data).decode(), "target_b64": base64.b64encode(e.target).decode()}
            for e in value
        ]
    return repr(value)


def describe(value: Any, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text):,} characters of repr)"


@dataclass
class Finding:
    key: str
    kind: str
    where: str
    error: str
    input: Any
    seconds: float = 0.0
    hits: int = 1
    traceback: str = ""


@dataclass
class Fuzzer:
    target: str
    deadline: float
    slow: float
    executions: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: dict[str, Finding] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)  # findings of earlier rounds: no longer failures
    max_seconds: float = 0.0
    max_input: int = 0
    checked: Counter[str] = field(default_factory=Counter)  # rows whose invariants were checked

    def call(self, value: Any) -> None:
        if time.monotonic() > self.deadline:
            return
        self.executions += 1
        started = time.perf_counter()
        try:
            outcome = self.run_target(value)
        except Exception as error:  # every exception is a finding
            kind, where, key = finding_key(error)
            self.record(key, kind, where, f"{type(error).__name__}: {str(error)[:500]}", value, time.perf_counter() - started,
                        "".join(traceback.format_exception(error)[-12:]))
            if key in self.known:
                return  # found and shrunk before: search on for others
            raise
        seconds = time.perf_counter() - started
        self.outcomes[outcome] += 1
        self.max_seconds = max(self.max_seconds, seconds)
        self.max_input = max(self.max_input, len(value) if isinstance(value, str) else sum(len(e.data) for e in value))
        if seconds > self.slow:  # recorded, not raised: a timing does not shrink reliably
            size = f"{len(value):,} characters" if isinstance(value, str) else f"{len(value)} entries"
            self.record(f"Slow: over {self.slow:g} s", "slow", f"{seconds:.1f} s on an input of {size}", f"took {seconds:.2f} s", value, seconds)

    def record(self, key: str, kind: str, where: str, error: str, value: Any, seconds: float, tb: str = "") -> None:
        old = self.findings.get(key)
        if old is None:
            self.findings[key] = Finding(key, kind, where, error, value, seconds, 1, tb)
            print(f"  new finding: {key}\n    {error[:200]}", flush=True)
            return
        old.hits += 1
        # Within a round hypothesis replays the shrunk example last: keep the latest; across
        # rounds keep the shortest (for a slow call: the slowest per character).
        if key not in self.known or len(repr(value)) < len(repr(old.input)):
            old.input, old.error, old.where, old.seconds, old.traceback = value, error, where, seconds, tb or old.traceback

    def run_target(self, value: Any) -> str:
        if self.target == "parse_page":
            result = parse_page(value)
            outcome = check_page(value, result)
            if isinstance(result, Page):
                self.checked["pages"] += 1
                self.checked["ticker items"] += len(result.ticker)
            return outcome
        if self.target == "extract_claims":
            n = check_claims(value, extract_claims(value))
            self.checked["claims"] += n
            return "claims: 0" if n == 0 else "claims: 1-3" if n <= 3 else "claims: 4+"
        stats = run_build(value)
        self.checked["files"] += stats["files"]
        self.checked["claim rows"] += stats["claims"]
        return "build: " + stats["outcome"]


STRATEGIES = {"parse_page": PAGE_TEXT, "extract_claims": claim_text(), "build": raw_folder()}
ROUND_EXAMPLES = {"parse_page": 500, "extract_claims": 200, "build": 10}
SLOW_SECONDS = {"parse_page": 2.0, "extract_claims": 5.0, "build": 60.0}


def fuzz(target: str, minutes: float, base_seed: int, slow: float | None = None) -> Fuzzer:
    fuzzer = Fuzzer(target, time.monotonic() + minutes * 60, slow if slow is not None else SLOW_SECONDS[target])
    started = time.monotonic()
    last_print = started
    rounds = 0
    while time.monotonic() < fuzzer.deadline:
        test = given(STRATEGIES[target])(fuzzer.call)
        test = settings(
            max_examples=ROUND_EXAMPLES[target],
            deadline=None,
            database=None,
            derandomize=False,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.generate, Phase.shrink],
            print_blob=False,
            report_multiple_bugs=True,
        )(test)
        test = seed(base_seed + rounds)(test)
        rounds += 1
        try:
            test()
        except (KeyboardInterrupt, SystemExit, InvalidArgument):
            raise  # InvalidArgument: a bug of this script's strategies
        except BaseException:  # noqa: BLE001, S110 - the findings are recorded by Fuzzer.call
            pass
        fuzzer.known.update(fuzzer.findings)
        if time.monotonic() - last_print > 60:
            last_print = time.monotonic()
            elapsed = last_print - started
            print(f"  {elapsed / 60:4.1f} min: {fuzzer.executions:,} executions, {fuzzer.executions / elapsed:,.1f}/s, "
                  f"{len(fuzzer.findings)} findings", flush=True)
    fuzzer.rounds = rounds  # type: ignore[attr-defined]
    fuzzer.elapsed = time.monotonic() - started  # type: ignore[attr-defined]
    return fuzzer


def save(fuzzer: Fuzzer, folder: Path, base_seed: int) -> Path:
    out = folder / fuzzer.target
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("finding-*.json"):
        old.unlink()
    for n, f in enumerate(sorted(fuzzer.findings.values(), key=lambda f: f.key), 1):
        record = {"target": fuzzer.target, "key": f.key, "kind": f.kind, "where": f.where, "error": f.error, "hits": f.hits,
                  "seconds": round(f.seconds, 3), "input": encode_input(f.input), "input_repr": describe(f.input, 2000), "traceback": f.traceback}
        (out / f"finding-{n:02d}.json").write_text(json.dumps(record, ensure_ascii=True, indent=2) + "\n", encoding="utf-8")
    elapsed = fuzzer.elapsed  # type: ignore[attr-defined]
    summary = {
        "target": fuzzer.target,
        "syria_news_version": syria_news.__version__,
        "seed": base_seed,
        "rounds": fuzzer.rounds,  # type: ignore[attr-defined]
        "executions": fuzzer.executions,
        "seconds": round(elapsed, 1),
        "executions_per_second": round(fuzzer.executions / elapsed, 2) if elapsed else None,
        "slowest_call_seconds": round(fuzzer.max_seconds, 3),
        "largest_input": fuzzer.max_input,
        "checked": dict(fuzzer.checked),
        "outcomes": dict(fuzzer.outcomes.most_common()),
        "findings": [{"key": f.key, "where": f.where, "error": f.error[:300], "hits": f.hits} for f in fuzzer.findings.values()],
    }
    (out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8", errors="backslashreplace")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=sorted(STRATEGIES), required=True)
    parser.add_argument("--minutes", type=float, default=10.0, help="wall time to fuzz for (default 10)")
    parser.add_argument("--seed", type=int, default=None, help="first hypothesis seed (default: random); round k uses seed+k")
    parser.add_argument("--findings", type=Path, default=Path("/tmp/fuzz-findings"), help="folder for the minimal failing inputs, as JSON")
    parser.add_argument("--slow", type=float, default=None, help="seconds over which one call is a finding (default: per target)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]  # lone surrogates in messages
    base_seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    print(f"fuzzing {args.target} for {args.minutes:g} min, seed {base_seed}, syria-news {syria_news.__version__}", flush=True)
    fuzzer = fuzz(args.target, args.minutes, base_seed, args.slow)
    out = save(fuzzer, args.findings, base_seed)
    elapsed = fuzzer.elapsed  # type: ignore[attr-defined]
    print(f"\ntarget:        {args.target}")
    print(f"executions:    {fuzzer.executions:,} in {elapsed:,.0f} s ({fuzzer.rounds} rounds)")  # type: ignore[attr-defined]
    print(f"executions/s:  {fuzzer.executions / elapsed:,.1f}")
    print(f"slowest call:  {fuzzer.max_seconds:.3f} s; largest input {fuzzer.max_input:,}")
    print("checked:       " + ", ".join(f"{v:,} {k}" for k, v in fuzzer.checked.items()))
    print("outcomes:      " + ", ".join(f"{k} {v:,}" for k, v in fuzzer.outcomes.most_common(8)))
    print(f"findings:      {len(fuzzer.findings)} distinct")
    for f in fuzzer.findings.values():
        print(f"\n* {f.key}  ({f.hits:,} hits)\n  at {f.where}\n  {f.error[:300]}\n  minimal input: {describe(f.input)}")
    print(f"\nsaved to {out}")
    return 1 if fuzzer.findings else 0


if __name__ == "__main__":
    sys.exit(main())
