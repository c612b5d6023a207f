"""Claims: the counts of people (or of disease cases) that a text asserts.

``find_claims(text)`` splits the text into sentences, reads each sentence as folded
tokens and applies a small grammar (CONTRACT "claims" and "From Arabic to numbers"):

1. **A count phrase** (:func:`syria_news.numbers.match_count`) is a claim when something
   says what it counts: a claim noun after it (``5 قتلى``, ``65 إصابة``, ``خمس حالات شفاء``),
   a trigger right before it (``مقتل 9 مدنيين``, ``قضى 5``, ``وجرح تسعة آخرين``; time
   words may stand between), a verb right after its noun (``3 مدنيين قتلوا``), a
   "بينهم" before it (a part of the claim before), or a running-total cue
   (``ليرتفع العدد إلى 12``) whose type comes from a claim noun between cue and number
   or else from the previous claim. A count before a thing that is never people
   (families, vehicles, days, money ... ``nouns.toml`` [excluded]) is no claim.
2. **A trigger with a noun but no number** counts by the noun's grammatical number:
   ``مقتل طفل`` 1, ``جرح طفلين`` 2, ``مقتل مقاتلين`` 2 (dual or plural: read as dual),
   ``وجرح آخرون`` (indefinite plural) 2 vague.
3. **A bare claim noun** counts by its number too: ``قتيل`` 1, ``وجريحان`` 2,
   ``قتلى وجرحى`` one killed_or_injured claim, 2 vague. Event nouns (إصابة, حالة, وفاة,
   شفاء) count alone only when dual (``إصابتين``), after a recording word, before
   "جديدة" (``تسجيل إصابة جديدة``) or joined by و to a case, death or recovery count
   (``أربع حالات وفاة وحالة شفاء``); a definite plural (``الجرحى``) is a category.

Decisions the contract left open (also in the module's tests):

* ``quote`` runs from the trigger (or the qualifier/number, or the running-total cue)
  to the counted noun and the words that belong to it (``قائد عسكري``, ``جديدة``,
  ``حتفهما``); clitics glued in front of the first word (و ف ب ل) are left out:
  ``وجرح سبعة مدنيين`` gives the quote ``جرح سبعة مدنيين``.
* ``ضحايا`` is killed_or_injured. ``وفاة``/``توفي`` is always ``deaths``.
* ``إصابة``/``أصيب``/``مصاب`` is ``cases`` when the sentence names a disease, ``injured``
  when it names violence (قصف, انفجار ...), else ``cases`` if the text names a disease.
  ``حالة`` alone is a case only in a disease context. ``disease`` is set on cases,
  deaths and recoveries in a disease context (``covid-19``, ``cholera`` ...).
* Persons with no contract group (شاب, رجل, مواطن, ناشط, آخرين) give victim_group null;
  "N من قوات/الفصائل/تنظيم..." counts fighters; a possessed plural (عناصرها) is its noun.
* A phrase joined by و to the claim before it in the same clause (``مقتل طفل وامرأة``,
  ``مقتل 8 عناصر من قوات النظام و3 من الفصائل``) is a claim of the same type; the doer of
  an active verb (``قتلت قوات النظام 4``, ``اختطف مسلحون مجهولون طبيبا``) is skipped.
* A running total goes on over a comma: ``ليرتفع عدد الوفيات إلى 9، وعدد الإصابات إلى 200``.
* A total's parts told line by line after a colon (``بينهم:`` then ``55 مدنيا``, ``– حمص:
  97``) are its parts (:mod:`syria_news.claims.lists`).
* ``عدد من`` and ``العديد من`` are 2 vague (no upper bound); ``بضعة``/``عدة`` 3-9.
* A "بينهم" claim takes the type and scope of the claim before it in the sentence; its
  ``subset_of`` is left null when that claim's best count is smaller.
* attribution: a trailing parenthesis of the sentence (not a media label like
  ``(فيديو)``), else the source after قال/أفاد/بحسب/وفق/نقلا عن... when it starts with a
  source word (مصدر, ناشطون, الدفاع المدني ...), as written.
* A count past ``numbers.MAX_COUNT`` (2**63 - 1, the Int64 maximum), itself or after a
  scale word, "أكثر من" or an "exceeds" cue, is read whole and its claim dropped: no
  claim, no overflow, and no claim from a part of it (``numbers`` module docstring).
* Any ``str`` is read; lone surrogates are no text (``text`` module docstring) and give
  the claims the text gives without them. In :func:`extract_claims`' frame each one in a
  quote, place or attribution is U+FFFD (UTF-8 cannot hold it): offsets still index the
  text given.
* **Linear time.** A scraped page can be one "sentence" of hundreds of KB with no full
  stop. Over-long sentences are not cut (a cut would move clause ends and change claims);
  instead every rule reads a bounded window around its token. Walks back over a clause
  that words could make unbounded (a negation over a list of nouns, a running total
  going on) stop after ``CLAUSE_REACH`` tokens, more than any news clause needs; what
  would be sought again for each claim is looked up once per sentence (a breakdown verb
  and بين/على before each token, "new" cases); a claim's clause for its place is walked
  back only to the claim before it, and forward only to the next one. So the time grows
  linearly with the text, which ``benchmarks/long_text.py`` checks on pathological
  shapes (long runs of claims, numbers, commas, places, parentheses, sources ...).
"""
from __future__ import annotations

import re
from dataclasses import replace

import polars as pl

from syria_news.claims.lists import LIST_AFTER_CLAIM, OpenList, list_item
from syria_news.claims.rules import run
from syria_news.claims.scope import counts_from_war_start
from syria_news.claims.spans import CLAIM_COLUMNS, CLAIM_SCHEMA, Claim, sentence_claims
from syria_news.claims.view import (
    Sentence,
    TextDisease,
)
from syria_news.claims.words import (
    ARABIC_WORD,
    CAMP_WORDS,
    CLAIM_WORDS,
    Tokens,
    any_glued,
    opens_among,
)
from syria_news.numbers import may_start_count
from syria_news.text import Folded, fold, has_surrogates, storable

# Sentence ends: . ! ? and newlines, and the " - HH:MM" that closes a ticker item; a dot
# between digits (92.924) is a separator. One character class finds the candidates.
_END_CANDIDATE = re.compile(r"[-.!?\n]")
_TICKER_TIME = re.compile(r"\s\d{1,2}:\d{2}")
_DIGIT = re.compile(r"\d")


# --- public API ----------------------------------------------------------------------


def _sentences(ftext: str) -> list[tuple[int, int]]:
    """Sentence spans of a folded text."""
    spans, start = [], 0
    for m in _END_CANDIDATE.finditer(ftext):
        at, ch = m.start(), m.group()
        if ch == "." and 0 < at < len(ftext) - 1 and ftext[at - 1].isdigit() and ftext[at + 1].isdigit():
            continue  # 92.924
        if ch == "." and (ftext[at + 1 : at + 2] == "." or ftext[at - 1 : at] == "."):
            continue  # a headline's "..": حصيلة ضحايا الكوليرا.. 7 حالات وفاة goes on
        if ch == "-" and not (at and ftext[at - 1].isspace() and _TICKER_TIME.match(ftext, at + 1)):
            continue
        if at > start:
            spans.append((start, at))
        start = at + 1
    if start < len(ftext):
        spans.append((start, len(ftext)))
    return spans


def _may_hold_claims(ftext: str, start: int, end: int) -> bool:
    """The cheap prefilter, a set lookup a word: a sentence with no claim word, whole or glued
    to another (طفلقتل), no "among them" first and no camp word with a count holds no claim."""
    words = ARABIC_WORD.findall(ftext, start, end)
    if not CLAIM_WORDS.isdisjoint(words) or any_glued(words) or opens_among(words):
        return True
    return not CAMP_WORDS.isdisjoint(words) and (_DIGIT.search(ftext, start, end) is not None or any(map(may_start_count, words)))


def find_claims(text: str) -> list[Claim]:
    """Every count of people or cases the text asserts, ordered by span_start.

    >>> [(c.quote, c.claim_type, c.count_best, c.victim_group) for c in find_claims("مقتل طفل وجرح سبعة مدنيين")]
    [('مقتل طفل', 'killed', 1, 'children'), ('جرح سبعة مدنيين', 'injured', 7, 'civilians')]
    """
    if not isinstance(text, str) or not text:
        return []
    folded = fold(text)
    ftext = folded.text
    text_disease = TextDisease(ftext)
    claims: list[Claim] = []
    previous_type: str | None = None
    previous_scope = "new"
    war_before, paragraph_end = False, 0  # rule `war_paragraph`: the war's toll goes on in its paragraph
    opened: OpenList | None = None  # a list told line by line after a colon (lists.py)
    whole: int | None = None  # the last claim that is no part: what a list's items are parts of
    since_claims = LIST_AFTER_CLAIM + 1  # sentences since the last that held claims
    for fs, fe in _sentences(ftext):
        if "\n" in ftext[paragraph_end:fs]:
            war_before = False  # a new paragraph
        paragraph_end = fe
        if opened is not None:
            if (item := _list_item(text, folded, fs, fe, opened, text_disease, claims)) is not None:
                claims.append(item)
                continue
            opened = None
        colon = ftext[fs:fe].rstrip().endswith(":")
        since_claims += 1
        if not _may_hold_claims(ftext, fs, fe):
            opened = _open_list(claims, whole) if colon and since_claims <= LIST_AFTER_CLAIM else None
            continue
        toks = Tokens(ftext, fs, fe)
        sentence = Sentence(toks, ftext, text_disease, previous_type, war_before, previous_scope)
        drafts = run(sentence)
        # the toll goes on past sentences with no claim or some running total; a sentence of
        # new claims only (a year's own tally after "the deadliest since the revolution") ends it
        war_before = (war_before or counts_from_war_start(sentence)) and (not drafts or any(d.scope == "cumulative" for d in drafts))
        if drafts:
            wholes = [k for k, d in enumerate(drafts) if d.subset_of is None]
            whole = len(claims) + wholes[-1] if wholes else whole
            claims += sentence_claims(text, folded, toks, drafts, sentence, text_disease, offset=len(claims))
            previous_type, previous_scope = drafts[-1].claim_type, drafts[-1].scope
            since_claims = 0
        opened = _open_list(claims, whole) if colon and since_claims <= LIST_AFTER_CLAIM else None
    return claims


def _open_list(claims: list[Claim], whole: int | None) -> OpenList | None:
    """The list a colon opens after a claim: its items are parts of ``whole``, the last claim
    that is no part itself (بلغ عدد القتلى 544 شخصا، بينهم:)."""
    return None if whole is None else OpenList(whole, claims[whole].claim_type, claims[whole].scope)


def _list_item(text: str, folded: Folded, fs: int, fe: int, opened: OpenList, text_disease: TextDisease,
               claims: list[Claim]) -> Claim | None:  # fmt: skip
    """The sentence [fs, fe) as an item of the open list (lists.list_item), a part of its
    claim, or None: no item, or more people than the whole (a part is no larger)."""
    toks = Tokens(folded.text, fs, fe)
    sentence = Sentence(toks, folded.text, text_disease, opened.claim_type, False, opened.scope)
    draft = list_item(sentence, opened)
    whole = claims[opened.parent]
    if draft is None or draft.count.best > whole.count_best and whole.precision != "vague":
        return None
    claim = sentence_claims(text, folded, toks, [draft], sentence, text_disease, offset=len(claims))[0]
    return replace(claim, subset_of=opened.parent)




def extract_claims(text: str) -> pl.DataFrame:
    """:func:`find_claims` as a polars frame with the columns of :data:`CLAIM_COLUMNS`;
    ``subset_of`` is ``subset_of_row``, the row of this frame that a part belongs to.

    A lone surrogate in a quote, place or attribution is written U+FFFD: a Polars string
    is UTF-8, which cannot hold one (:func:`syria_news.text.storable`).

    >>> extract_claims("لا شيء هنا").shape
    (0, 15)
    """
    rows = [[getattr(c, col) for col in CLAIM_COLUMNS] for c in find_claims(text)]
    if isinstance(text, str) and has_surrogates(text):
        rows = [[storable(v) if isinstance(v, str) else v for v in row] for row in rows]
    return pl.DataFrame(rows, schema=CLAIM_SCHEMA, orient="row")
