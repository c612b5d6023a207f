"""Counting each event once: restatements, parts across sentences, background, article tallies.

A news article states its figures several times: the title restates the lead, the lead's
total is broken down by place in later paragraphs, a closing paragraph recalls an earlier
event. :func:`link` marks those among one article's claims (pure: an article's text and
its claim rows in, the rows with ``restates``, ``subset_of`` and ``background`` out);
:func:`drop_reasons` says which claims an article's tally leaves out, and :func:`article_tallies`
sums them per article, claim type and scope. The rules, by name (``docs/rules.md``,
"Events"):

* ``background``: a sentence that recalls an earlier event (opening ``وسبق أن``, ``وكان``,
  ``ويذكر أن``; holding ``في وقت سابق`` or ``يأتي ذلك بعد``; outside the lead, a date in
  the past) marks its claims, and the rest of its paragraph.
* ``restatement``: a claim of the same type, scope, number (hedges aside: ``أكثر من 25``
  restates ``25``) and disease as an earlier one, in another sentence, with a compatible
  victim group and place, restates the first statement of that figure (reading order,
  title first).
* ``anchors``: a claim restates, or is part of, a claim in the title or the lead (the
  body's first paragraph), or one earlier in its own paragraph; a paragraph that opens
  with words turning to another event (``وفي سياق متصل``, ``إلى ذلك``) links to no lead.
* ``part_across_sentences``: a later claim of the same type and scope (or the killed and
  the injured within a killed-or-injured total), smaller, in no other governorate, is
  part of the nearest earlier total it may follow and fits in: parts of one total by
  place, and parts by victim group (children within civilians), each sum to at most the
  total. A vague count is no total, but for ``umbrella``: a vague killed-or-injured title
  (``قتلى وجرحى بقصف``) is the whole of the killed and the injured counted after it.
* ``breakdown_goes_on``: a total the grammar broke down in its sentence (``بينهم 8``) goes
  on being broken down there by the later claims of its type that fit (``بينما قضى 10``),
  but "others" (``آخرون``).
* ``sharpened``: a number restates an earlier vague figure of its type whose bounds it fits
  (``قتلى بقصف``, then ``قتل سبعة``), unless another figure of the type follows it under the
  vague one: then it is one part of those people.
* ``summary`` (tallies only): a figure that nothing restates or breaks down gives way to
  the article's more detailed account of the same people: a title figure where the body
  counts that type itself (a headline); a killed-or-injured figure where killed or injured
  are counted apart; a vague figure (``وجرح آخرون``) where the article gives a number of
  its type that may count the same people (not in another governorate, not fighters beside
  civilians: ``_told_in_detail``), and a killed-or-injured figure only to killed or
  injured that may count its people. The
  annotators' tally script (``docs/evaluation/brief/tally.py``) reads the same rules from
  their links; a property test holds the two together.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import polars as pl

from syria_news.numbers import MAX_COUNT, noun_form
from syria_news.places import is_relative_place, place_names
from syria_news.text import fold, fold_word

# Sentence ends inside a paragraph: . ! ? ؟ and line breaks; a dot between digits is a separator.
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?؟\n]")
_PARAGRAPH = re.compile("\n\n")
_WORD = re.compile(r"[\u0621-\u064a]+")

_CUES = tomllib.loads(files("syria_news.lexicon").joinpath("events.toml").read_text(encoding="utf-8"))


def _folded(name: str) -> list[str]:
    return [fold_word(w) for w in _CUES[name]]


def _any_of(name: str) -> str:
    """One alternation of the list's phrases; the words of a phrase may stand apart by any
    marks (يأتي ذلك ؛ بعد)."""
    return "|".join(r"[^\w]+".join(map(re.escape, phrase.split())) for phrase in _folded(name))


# Rule `background`'s words (lexicon/events.toml).
_RECALL_OPENERS = frozenset(_folded("recall_openers"))
_PLUPERFECT = frozenset(_folded("pluperfect"))
_NOT_PLUPERFECT = frozenset(_folded("not_pluperfect"))
_ONGOING = frozenset(_folded("ongoing_openers"))
# Anywhere in a sentence: this comes after an earlier event; it was reported or happened before.
_EARLIER = re.compile(
    f"{_any_of('comes_after')}|{_any_of('earlier')}"
    # a subject between the verb and بعد: جاءت المجزرة بعد أقل من 12 ساعة من مقتل ...
    rf"|(?:^|\W)(?:{_any_of('comes_verbs')})\W+(?:\w+\W+){{0,2}}(?:{_any_of('after_words')})\W"
)
# Dates in the past, read outside the title and the lead: "الأسبوع الماضي", "23 نيسان الفائت",
# "قبل أيام", "قبل ثلاثة أسابيع", a year.
_PAST_DATE = re.compile(
    rf"(?:{_any_of('time_nouns')})\s*/?\s*(?:[\u0621-\u064a/]+\s+)?(?:{_any_of('past')})"
    rf"|{fold_word('قبل')}\s+(?:[\u0621-\u064a\d]+\s+)?(?:{_any_of('ago_units')})\b"  # قبل (ثلاثة) أسابيع
    r"|\b(?:19|20)\d\d\b"
)

# Rule `another_day`: the days a sentence names (a weekday, today).
_WEEKDAYS = frozenset(_folded("weekdays"))
_TODAY = frozenset(_folded("today"))
_CONTINUATION = frozenset(_folded("continuation_openers"))
_ATTRIBUTION = frozenset(_folded("attribution_words"))

# Dying of wounds: the date in the sentence is the wounding's, the death is news.
_OF_WOUNDS = re.compile(_any_of("of_wounds"))

# Rule `anchors`: a paragraph that opens with one of these tells another event.
_OTHER_EVENT = re.compile(rf"^\W*و?(?:{'|'.join(re.escape(fold(p).text) for p in _CUES['other_event_openers'])})")

# Victim groups: the generic ones fit any; children, women, medical workers and
# journalists are civilians; fighters are not.
_GENERIC_GROUPS = frozenset({None, "people"})
_CIVILIAN_GROUPS = frozenset({"civilians", "children", "women", "medical_workers", "journalists"})
_NARROW_GROUPS = _CIVILIAN_GROUPS - {"civilians"}


@dataclass(frozen=True, slots=True)
class _Where:
    """Where a claim stands: its sentence and paragraph, and what that paragraph is."""

    sentence: tuple[str, int]  # (field, sentence start)
    paragraph: tuple[str, int]  # (field, paragraph start)
    headline: bool = False  # in the title or the body's first paragraph (the lead)
    other_event: bool = False  # its paragraph opens another event ("وفي سياق متصل")
    names: frozenset[str] = frozenset()  # the words of its sentence that may name a place
    attributed: bool = False  # a source is named before it in its sentence (وقال ناشطون إن ...)

    def may_follow(self, earlier: _Where, shared_place: bool = False) -> bool:
        """Rule ``anchors``: a claim in another sentence can restate or be part of a claim
        ``earlier`` in the title or the lead, unless its paragraph opens another event (but
        for a ``shared_place``, one sentence naming the other's place: "إلى ذلك" then the
        second of the lead's places), or of one earlier in its own paragraph."""
        if earlier.sentence == self.sentence:
            return False
        if earlier.paragraph == self.paragraph:
            return True
        return earlier.headline and (not self.other_event or shared_place)


def _starts(text: str, boundary: re.Pattern[str]) -> list[int]:
    """Offsets where units (sentences or paragraphs) of ``text`` start."""
    return [0] + [m.end() for m in boundary.finditer(text)]


def _unit_start(starts: list[int], at: int) -> int:
    """The start of the unit holding offset ``at``."""
    return starts[bisect_right(starts, at) - 1]


def _unit_end(starts: list[int], start: int, length: int) -> int:
    """The end of the unit that starts at ``start``."""
    k = bisect_right(starts, start)
    return starts[k] if k < len(starts) else length


# A first paragraph of at most this many words is a dateline or a byline ("سمارت - إدلب",
# "جسر – إدلب"), not the lead: the lead is the paragraph after it.
DATELINE_WORDS = 6


def lead_start(text: str, paragraphs: list[int]) -> int:
    r"""The start of the body's lead: its first paragraph, past a dateline or byline of at most
    ``DATELINE_WORDS`` words (rule ``dateline``). A heading (ending in a colon) opens a digest
    of items, whose first item is no lead for the others.

    >>> body = "سمارت - إدلب\n\nقتل ثلاثة مدنيين بقصف جوي على مدينة سراقب شرق إدلب"
    >>> lead_start(body, _starts(body, _PARAGRAPH))
    14
    """
    first = paragraphs[0]
    opening = text[first : paragraphs[1]].strip() if len(paragraphs) > 1 else ""
    if opening and not opening.endswith(":") and len(_WORD.findall(opening)) <= DATELINE_WORDS:
        return paragraphs[1]
    return first  # (a heading, "المستجدات الميدانية:", opens a digest of items: no lead past it)


def opens_other_event(paragraph: str) -> bool:
    """The paragraph opens with words that turn to another event (rule ``anchors``).

    >>> opens_other_event("وفي سياق متصل، قتل مدنيان بقصف على قرية مجاورة")
    True
    >>> opens_other_event("إلى ذلك، اعتقلت دورية ثلاثة شبان")
    True
    >>> opens_other_event("وقال ناشطون إن مدنيين اثنين قتلا")
    False
    """
    return _OTHER_EVENT.match(fold(paragraph).text) is not None


def recalls_earlier(sentence: str, *, lead: bool = False) -> bool:
    """The sentence recalls an earlier event (rule ``background``); ``lead``: it stands in the
    first paragraph, where a date in the past, or an ongoing situation, is the news's own.

    >>> recalls_earlier("وسبق أن قتل خمسة مدنيين بقصف مماثل")
    True
    >>> recalls_earlier("وكان ثلاثة مدنيين قتلوا بقصف مماثل على البلدة")
    True
    >>> recalls_earlier("وقال ناشطون، في وقت سابق اليوم، إن مدنيا قتل")
    True
    >>> recalls_earlier("وجرح أربعة مدنيين بانفجار مماثل يوم 12 آذار الماضي")
    True
    >>> recalls_earlier("قتل أربعة مدنيين خلال الشهر الماضي", lead=True)
    False
    >>> recalls_earlier("ويشهد ريف حماة تصعيدا أدى إلى مقتل عدد من المدنيين")
    True
    >>> recalls_earlier("تشهد المدينة قصفا أدى إلى مقتل مدنيين", lead=True)
    False
    >>> recalls_earlier("وكان بين القتلى طفلان")
    False
    >>> recalls_earlier("وتوفي شاب متأثرا بجروح أصيب بها قبل أيام بقصف على البلدة")
    False
    """
    folded = fold(sentence).text
    words = _WORD.findall(folded)[:3]
    if not words:
        return False
    first = words[0]
    if first[:1] in "وف" and first[1:] in _RECALL_OPENERS | _PLUPERFECT | _ONGOING:
        first = first[1:]
    for opener in _PLUPERFECT:  # glued at a link edge: "وكانأربعة"
        if first.startswith(("و" + opener, opener)) and first not in _PLUPERFECT and len(first) > len(opener) + 2:
            first = opener
    if first in _RECALL_OPENERS:
        return True
    if first in _PLUPERFECT and (len(words) < 2 or words[1] not in _NOT_PLUPERFECT):
        return True
    if _EARLIER.search(folded):
        return True
    if lead:
        return False  # a past date or an ongoing situation in the lead is the news's own
    if _OF_WOUNDS.search(folded):
        return first in _ONGOING  # توفي متأثرا بجروح أصيب بها قبل أيام: today's death, an earlier wound
    return first in _ONGOING or _PAST_DATE.search(folded) is not None


def _days(text: str) -> frozenset[str]:
    """The day words a text names: weekdays and اليوم (folded)."""
    return frozenset(w for w in _WORD.findall(fold(text).text) if w in _WEEKDAYS or w in _TODAY)


def another_day(sentence: str, lead_days: frozenset[str]) -> bool:
    """Rule ``another_day``: outside the lead, the sentence is dated on a weekday the lead
    does not name, where the lead names one or says اليوم (the lead's ليل الأحد, then وقتل
    عنصر ... الأربعاء; the lead's اليوم الخميس, then أمس الأربعاء). أمس alone is no cue
    (a next-day report's own news: round 15's annotators coded it so).

    >>> lead = _days("قتل مدنيان اليوم الخميس بقصف على البلدة")
    >>> another_day("وقتل وجرح عدد من المدنيين، أمس الأربعاء، بقصف مماثل", lead)
    True
    >>> another_day("وأضاف أن القصف استمر حتى مساء الخميس", lead)
    False
    >>> another_day("وتوفي طفل في القرية يوم أمس", lead)
    False
    >>> another_day("وقتل عنصر الأربعاء بهجوم على حاجز", frozenset())
    False
    """
    weekdays = _days(sentence) & _WEEKDAYS
    return bool(weekdays) and bool(lead_days & (_WEEKDAYS | _TODAY)) and not weekdays & lead_days


_EVENT_NOUNS = frozenset(_folded("event_nouns"))


def names_lead_event(sentence: str, lead: str) -> bool:
    """The sentence names the lead's event again with the article (the lead's انفجار, then
    الانفجار تسبب، مساء أمس الأحد، بانهيار مبنى): the same event, not another day's (set E23).

    >>> names_lead_event("وأوضح أن الانفجار تسبب، مساء أمس الأحد، بانهيار مبنى", "قتل مدنيون إثر انفجار في مبنى")
    True
    >>> names_lead_event("وقال ناشطون، أمس الأحد، إن مدنيا قتل بقصف مدفعي", "قتل مدنيون إثر انفجار في مبنى")
    False
    """
    from syria_news.claims.words import strip_clitics

    def events_in(text: str, *, definite: bool) -> set[str]:
        hits = (strip_clitics(w, _EVENT_NOUNS) for w in fold(text).text.split())
        return {hit[1] for hit in hits if hit is not None and hit[0].endswith("ال") == definite}

    return bool(events_in(sentence, definite=True) & events_in(lead, definite=False))


def continues_report(opening: str) -> bool:
    """Rule ``continued_report``: a paragraph opens by going on with the speaker or report
    of the paragraph before (وأضاف, وأشار, وتابع).

    >>> continues_report("وأضاف أن تلك الهجمات تسببت بمقتل 80 مدنيا")
    True
    >>> continues_report("وقتل مدني بقصف على البلدة")
    False
    """
    words = _WORD.findall(fold(opening).text)[:1]
    return bool(words) and words[0][:1] == "و" and words[0][1:] in _CONTINUATION


def _places_fit(a: dict[str, Any], b: dict[str, Any], *, named: bool) -> bool:
    """Two claims' places can be the same: no two governorates (a place near a landmark
    names none); with ``named``, no two phrases that each name a place and share no name
    ("بلدة كفرنبل", "بلدة حاس")."""
    pa, pb = _governorate(a), _governorate(b)
    if pa is not None and pb is not None and pa != pb:
        return False
    if named:
        na, nb = place_names(a["place"]), place_names(b["place"])
        return not (na and nb) or bool(na & nb)
    return True


def _governorate(claim: dict[str, Any]) -> str | None:
    """A claim's governorate, unless its place is only near a landmark ("12 كم شرق دمشق"
    names Damascus, the town lies in Rural Damascus): then it says nothing either way."""
    return None if is_relative_place(claim["place"]) else claim["governorate_pcode"]


def _named_in(a: dict[str, Any], where_a: _Where, b: dict[str, Any], where_b: _Where) -> bool:
    """One claim's place is named in the other's sentence (no two governorates): "مدينة
    عفرين", then "سجن في وسط مدينة عفرين" (its first place is the prison, the town stands later)."""
    if not _places_fit(a, b, named=False):
        return False
    return bool(place_names(a["place"]) & where_b.names or place_names(b["place"]) & where_a.names)


def _groups_fit(a: str | None, b: str | None) -> bool:
    """Two victim groups can name the same people."""
    if a == b or a in _GENERIC_GROUPS or b in _GENERIC_GROUPS:
        return True
    return {a, b} <= _CIVILIAN_GROUPS and "civilians" in (a, b)


def _narrower(part: str | None, whole: str | None) -> bool:
    """``part`` names a group within ``whole`` (children among civilians)."""
    return part in _NARROW_GROUPS and (whole in _GENERIC_GROUPS or whole == "civilians")


def same_number(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two claims state the same number, hedges aside: a headline's "25 قتيلا" is the body's
    "أكثر من 25" (best 26) or "نحو 25"; a vague word matches only the same vague word.

    >>> exact = {"count_best": 25, "count_high": 25, "precision": "exact"}
    >>> same_number(exact, {"count_best": 26, "count_high": None, "precision": "at_least"})
    True
    >>> same_number(exact, {"count_best": 25, "count_high": None, "precision": "approximate"})
    True
    >>> same_number({"count_best": 20, "count_high": 99, "precision": "vague"}, {**exact, "count_best": 20})
    False
    """
    if (a["precision"] == "vague") != (b["precision"] == "vague"):
        return False
    if a["precision"] == "vague":
        return a["count_best"] == b["count_best"] and a["count_high"] == b["count_high"]
    hedged = "at_least" in (a["precision"], b["precision"])
    return abs(a["count_best"] - b["count_best"]) <= hedged


def sharpens(vague: dict[str, Any], figure: dict[str, Any]) -> bool:
    """Rule ``sharpened``: a number within a vague figure's bounds (a headline's "قتلى", 2 and
    up; "عشرات", 20 to 99) may give that figure in numbers.

    >>> sharpens({"count_low": 20, "count_high": 99, "precision": "vague"}, {"count_best": 35, "precision": "exact"})
    True
    """
    return (vague["precision"] == "vague" and figure["precision"] != "vague"
            and (vague["count_low"] or 0) <= figure["count_best"]
            and (vague["count_high"] is None or figure["count_best"] <= vague["count_high"]))  # fmt: skip


def _same_figure(a: dict[str, Any], b: dict[str, Any], *, sharpened: bool = False) -> bool:
    """Two claims can state one figure: same type, scope and disease, groups that fit, and the
    same number (or, with ``sharpened``, the later one giving the earlier vague one in numbers)."""
    return (
        a["claim_type"] == b["claim_type"]
        and a["scope"] == b["scope"]
        and (same_number(a, b) or (sharpened and sharpens(a, b)))
        and a["disease"] == b["disease"]
        and _groups_fit(a["victim_group"], b["victim_group"])
        # "ثلاثة آخرون" is not the lead's "بينهم ثلاثة أطفال": a sub-count restates only its own group
        and (a["victim_group"] == b["victim_group"] or a["subset_of"] is None and b["subset_of"] is None)
    )


def article_claims(title: str, body: str, article_id: str) -> list[dict[str, Any]]:
    """An article's claim rows, title then body, linked (what a build writes for it)."""
    from syria_news import frames
    from syria_news.claims import find_claims

    rows = frames.claim_rows(find_claims(title), field="title", article_id=article_id)
    rows += frames.claim_rows(find_claims(body), field="body", article_id=article_id)
    return link(title, body, rows)


def link(title: str, body: str, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One article's claim rows with ``background``, ``restates`` and cross-sentence
    ``subset_of`` set; rows in, rows out, in the same order.

    ``rows`` are the article's claims with ``claim_id`` set and ``subset_of`` holding the
    in-sentence parts the grammar found.
    """
    texts = {"title": title, "body": body}
    sentence_starts = {f: _starts(t, _SENTENCE_END) for f, t in texts.items()}
    paragraph_starts = {f: _starts(t, _PARAGRAPH) for f, t in texts.items()}
    out = [dict(r, restates=None, background=False) for r in rows]
    field_rank = {"title": 0, "body": 1}
    order = sorted(range(len(out)), key=lambda i: (field_rank[out[i]["field"]], out[i]["span_start"]))
    lead = lead_start(body, paragraph_starts["body"])
    where: dict[int, _Where] = {}
    for i in order:
        f, at = out[i]["field"], out[i]["span_start"]
        paragraph = _unit_start(paragraph_starts[f], at)
        sentence = _unit_start(sentence_starts[f], at)
        where[i] = _Where(
            (f, sentence), (f, paragraph),
            headline=f == "title" or paragraph == lead,
            other_event=f == "body" and opens_other_event(texts[f][paragraph:paragraph + 80]),
            names=place_names(texts[f][sentence:_unit_end(sentence_starts[f], sentence, len(texts[f]))]),
            attributed=f == "body" and attributed(texts[f][sentence : out[i]["span_end"]]),
        )

    _mark_background(out, order, where, texts, sentence_starts, paragraph_starts)
    sharpening = _mark_restatements(out, order, where)
    _mark_parts(out, order, where, sharpening)
    return out


def _mark_background(
    out: list[dict[str, Any]], order: list[int], where: dict[int, _Where], texts: dict[str, str],
    sentence_starts: dict[str, list[int]], paragraph_starts: dict[str, list[int]],
) -> None:
    """Rule ``background``: from a recalling sentence to the end of its paragraph; rule
    ``another_day``: a sentence dated on another day than the lead's recalls too; rule
    ``continued_report``: a paragraph that goes on with the report of a background paragraph
    (وأضاف أن تلك الهجمات ...) is background from its start."""
    recalling: dict[tuple[str, int], int] = {}  # paragraph -> start of its first recalling sentence
    for f, text in texts.items():
        if f == "title":
            continue  # a headline is the news
        starts = sentence_starts[f]
        paragraphs = paragraph_starts[f]
        lead_at = lead_start(text, paragraphs)
        lead_text = text[lead_at : _unit_end(paragraphs, lead_at, len(text))]
        lead_days = _days(lead_text)
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else len(text)
            paragraph = (f, _unit_start(paragraphs, s))
            lead = paragraph[1] <= lead_at
            if recalls_earlier(text[s:e], lead=lead) or not lead and another_day(text[s:e], lead_days) \
                    and not names_lead_event(text[s:e], lead_text):  # fmt: skip
                recalling.setdefault(paragraph, s)
        for before, start in zip(paragraphs, paragraphs[1:]):
            if before and (f, before) in recalling and (f, start) not in recalling and continues_report(text[start : start + 40]):
                recalling[(f, start)] = start
    for i in order:
        w = where[i]
        first = recalling.get(w.paragraph)
        if first is None or w.sentence[1] < first or _bulletin_total(out[i]):
            continue
        f, s = w.sentence
        if first == s and since_total(out[i], texts[f][s : _unit_end(sentence_starts[f], s, len(texts[f]))]):
            continue
        out[i]["background"] = True


# Rule `since_total`: "since" and a date up to a year (منذ بدء التصعيد في 12 كانون الأول 2024).
_SINCE_YEAR = re.compile(rf"(?:{_any_of('since')})(?:\s+\S+){{0,7}}?\s+(?:19|20)\d\d\b")


def since_total(claim: dict[str, Any], sentence: str) -> bool:
    """Rule ``since_total``: a running total (cumulative) counted "since" a date (ووفق توثيقات
    المرصد منذ بدء التصعيد في 12 كانون الأول 2024، بلغ عدد القتلى 544) is today's toll: the
    year of its start makes no recall, where nothing else in the sentence recalls (set E45:
    five such totals annotated the news, one war's toll opening with "وتشهد" background).

    >>> since_total({"scope": "cumulative"}, "ووفق المرصد منذ بدء التصعيد في 12 كانون الأول 2024، بلغ عدد القتلى 544 شخصا")
    True
    >>> since_total({"scope": "new"}, "ووثقت الشبكة منذ بداية عام 2018 مقتل 4759 مدنيا")
    False
    >>> since_total({"scope": "cumulative"}, "وتشهد سوريا نزاعا تسبب منذ اندلاعه في مارس 2011 بمقتل أكثر من 330 ألف شخص")
    False
    """
    folded = fold(sentence).text
    return claim["scope"] == "cumulative" and _SINCE_YEAR.search(folded) is not None \
        and not recalls_earlier(_SINCE_YEAR.sub(" ", folded))  # fmt: skip


def _bulletin_total(claim: dict[str, Any]) -> bool:
    """Rule ``bulletin_note``: a bulletin's running total of a disease, given in a note (يذكر
    أن عدد الإصابات الكلي بلغ 595 حالة منها 40 حالة وفاة) is today's total, no earlier event:
    never background (set E22: such totals annotated as the news)."""
    return claim["scope"] == "cumulative" and claim["disease"] is not None and claim["claim_type"] in ("cases", "deaths", "recoveries")


def _mark_restatements(out: list[dict[str, Any]], order: list[int], where: dict[int, _Where]) -> set[int]:
    """Rule ``restatement``: the first earlier statement of the same figure, in another sentence.

    Rule ``sharpened``: a vague figure (a title's قتلى وجرحى, a lead's وجرح آخرون) is restated
    by the first later figure that gives it in numbers, unless that is only one part of its
    people (:func:`_another_part`); the number then stands for it (later statements of its
    number restate the vague one too). Returns the claims that sharpen a vague one."""
    firsts: list[int] = []  # claims that restate nothing (or sharpen a vague one), in reading order
    stands_for: dict[int, int] = {}  # a sharpening claim -> the vague title figure it gives in numbers
    restated_in_sentence: dict[tuple[int, tuple[str, int]], int] = {}  # (first statement, sentence) -> its restatement there
    for at, i in enumerate(order):
        c = out[i]
        if c["background"]:
            continue
        for n, j in enumerate(firsts):
            e = out[j]
            sharpening = j not in stands_for and sharpens(e, c) and not _another_part(out, order[at + 1 :], where, j, i)
            follows = where[i].may_follow(where[j], _named_in(e, where[j], c, where[i])) \
                or _told_again(e, where[j], c, where[i]) or refers_back(e, where[j], c, where[i])  # fmt: skip
            if not follows or not _same_figure(e, c, sharpened=sharpening):
                continue
            if restated_in_sentence.get((j, where[i].sentence), i) != i:
                continue  # قتل طفل ... فيما قتل عنصر: one sentence's two figures are not one
            if _places_fit(e, c, named=True) or _named_in(e, where[j], c, where[i]):
                first = stands_for.get(j, j)
                c["restates"] = out[first]["claim_id"]
                restated_in_sentence[j, where[i].sentence] = i
                if sharpening and not same_number(e, c):
                    firsts[n], stands_for[i] = i, j  # the lead's number now stands for the title's figure
                break
        else:
            firsts.append(i)
    return set(stands_for)


# Rule `refers_back`: at most this many people named with the article are people told before.
REFERS_BACK_MAX = 2
_NAMED_FIRST_WORDS = 4  # the words of a claim's quote that may hold its counted noun


def names_known_people(quote: str) -> bool:
    """Rule ``refers_back``: a claim's quote counts its people with a definite person noun
    and no number (الطفل المصاب, أن الفتى توفي, لإصابة الشابين): people the article told of.

    >>> names_known_people("الطفل المصاب")
    True
    >>> names_known_people("ما أدى لإصابة الشابين")
    True
    >>> names_known_people("أصيب طفل آخر")
    False
    >>> names_known_people("إصابة 2 آخرين")
    False
    """
    if any(ch.isdigit() for ch in quote):
        return False
    forms = [noun_form(w) for w in _WORD.findall(fold(quote).text)[:_NAMED_FIRST_WORDS]]
    return any(f is not None and f.definite and not (f.noun.excluded or f.noun.container) and f.noun.with_article for f in forms)


def refers_back(first: dict[str, Any], where_first: _Where, later: dict[str, Any], where_later: _Where) -> bool:
    """Rule ``refers_back``: one or two people named with the article later in the body (انتشلت
    جثة فتى، then, paragraphs on, أن الفتى توفي غرقا) may restate the figure that first told of
    them, in any paragraph that does not turn to another event (sets E51-E57: 2 more
    restatements found, 3 more article tallies exact, with the annotators' own mentions)."""
    return (not where_later.other_event and where_first.sentence != where_later.sentence
            and later["precision"] != "vague" and later["count_best"] <= REFERS_BACK_MAX
            and names_known_people(later["quote"]))  # fmt: skip


def attributed(words: str) -> bool:
    """A source is named in these words (rule ``attributed``).

    >>> attributed("وقال ناشطون محليون إن ثلاثة أطفال قتلوا")
    True
    >>> attributed("وقتل ثلاثة أطفال بقصف على البلدة")
    False
    """
    return not _ATTRIBUTION.isdisjoint(w[1:] if w[:1] in "وف" and w[1:] in _ATTRIBUTION else w for w in _WORD.findall(fold(words).text))


def _told_again(first: dict[str, Any], where_first: _Where, later: dict[str, Any], where_later: _Where) -> bool:
    """Rule ``attributed`` (session 23): a source tells a figure of the body again, later in
    the body, past the paragraph the rule ``anchors`` reads (ثلاثة أطفال قتلوا بقصف ...، then
    وقال الدفاع المدني إن ثلاثة أطفال قتلوا): the same number of two or more, not vague, in a
    sentence naming a source before it, and in a paragraph that does not turn to another event.
    Over sets E22-E38, such later figures restate the first in 40 of 59 pairs (one person: 41 of 88)."""
    return (where_later.attributed and first["field"] == "body" and not where_later.other_event
            and first["precision"] != "vague" and later["precision"] != "vague" and later["count_best"] >= 2
            and where_first.sentence != where_later.sentence)  # fmt: skip


def _another_part(out: list[dict[str, Any]], later: list[int], where: dict[int, _Where], vague: int, figure: int) -> bool:
    """Rule ``sharpened``: another figure of the type follows ``figure`` (a number) under the
    ``vague`` one: in the number's sentence (``جرح طفلين وعدد من المدنيين``), a vague one
    (``وجرح أربعة ... كما جرح مدنيون آخرون``), or, for a number after the lead, one in a later
    paragraph (``ثلاثة في حرستا``, then ``مدني في دوما``): the number is then one part of the
    vague figure's people, not all of them. (A later number may be a part of a lead's.)"""
    c, w = out[figure], where[figure]
    return any(
        out[k]["claim_type"] == c["claim_type"] and out[k]["scope"] == c["scope"] and not out[k]["background"]
        and out[k]["subset_of"] is None and not same_number(out[k], c)
        and (where[k].sentence == w.sentence
             or where[k].may_follow(where[vague]) and (out[k]["precision"] == "vague" or not w.headline and where[k].paragraph != w.paragraph))
        for k in later  # the claims after the number, in reading order
    )


def _mark_parts(out: list[dict[str, Any]], order: list[int], where: dict[int, _Where], sharpening: set[int]) -> None:
    """Rule ``part_across_sentences``: a later, smaller figure inside an earlier total (a
    figure that sharpens a vague title is the total: parts point at it, never at a smaller
    vague count)."""
    by_id = {out[i]["claim_id"]: i for i in order}
    # room left in each total, by place and by group
    room: dict[int, dict[str, int]] = {}
    totals: list[int] = []
    umbrellas: set[int] = set()  # rule ``umbrella``: vague killed-or-injured titles
    opened: set[int] = set()  # rule ``breakdown_goes_on``: totals the grammar broke down in their sentence
    for i in order:
        c = out[i]
        if c["background"] or (c["restates"] is not None and i not in sharpening):
            continue
        if c["subset_of"] is not None:
            # an in-sentence part uses room of its whole across sentences too
            whole = by_id.get(c["subset_of"])
            if whole is not None and out[whole]["restates"] is not None and whole not in sharpening:
                whole = by_id.get(out[whole]["restates"])  # the room is the first statement's
            if whole in room:
                kind = "group" if _narrower(c["victim_group"], out[whole]["victim_group"]) else "place"
                room[whole][kind] -= c["count_best"]
                opened.add(whole)
            continue
        linked = None
        for j in reversed(totals):
            t = out[j]
            if j in umbrellas:
                if _under_umbrella(c, t, where[i].may_follow(where[j], _named_in(t, where[j], c, where[i]))):
                    c["subset_of"], linked = t["claim_id"], t
                    break
                continue
            kind = "group" if _narrower(c["victim_group"], t["victim_group"]) else "place"
            # rule `last_part`: after "إلى ذلك" too, a count that fills exactly the room the
            # lead's broken-down total has left is its last part (20 جريحا, 17 في الحي, then 3 في القرية)
            last_part = where[j].headline and c["count_best"] in (room[j]["place"], room[j]["group"]) and c["count_best"] < t["count_best"]
            if last_part and c["count_best"] != room[j][kind]:
                kind = "place" if kind == "group" else "group"  # ثلاث نساء: the last part by place
            follows = last_part or where[i].may_follow(where[j], _named_in(t, where[j], c, where[i])) \
                or j in opened and where[j].sentence == where[i].sentence and c["precision"] != "vague" \
                and not _OTHERS.search(fold(c["quote"]).text)  # fmt: skip
            if not follows or not _type_within(c["claim_type"], t["claim_type"]) or t["scope"] != c["scope"]:
                continue
            if t["disease"] != c["disease"] or c["count_best"] >= t["count_best"] + (t["claim_type"] != c["claim_type"]):
                continue
            if not _groups_fit(t["victim_group"], c["victim_group"]) or not _places_fit(t, c, named=False):
                continue
            # a hedged total (أكثر من 20) may be broken down into more than its number: the parts say how many
            if c["count_best"] <= room[j][kind] or t["precision"] in HEDGED:
                if c["precision"] != "vague":  # "عشرات" says no number: it takes no room from the parts to come
                    room[j][kind] -= c["count_best"]
                c["subset_of"], linked = t["claim_id"], t
                break
        # a vague count is a floor, not a total to break down (but a title's "قتلى وجرحى" is
        # the umbrella of the killed and the injured told after it); the killed within a
        # killed-or-injured total are a total of their own type
        if (linked is None or linked["claim_type"] != c["claim_type"]) and c["precision"] != "vague":
            totals.append(i)
            room[i] = {"place": c["count_best"], "group": c["count_best"]}
        elif linked is None and c["precision"] == "vague" and c["claim_type"] == "killed_or_injured" and c["field"] == "title":
            totals.append(i)
            umbrellas.add(i)


def _under_umbrella(c: dict[str, Any], title: dict[str, Any], follows: bool) -> bool:
    """Rule ``umbrella``: the killed and the injured an article counts after a vague
    killed-or-injured title (``قتلى وجرحى بقصف ...``, then ``قتل مدنيان ... وجرح اثنان``) are
    its parts: the title said no number to break down. Same scope, a group and place that
    fit, and no more than the title's best count: a part is never larger than its whole
    (CONTRACT, invariants; the 100k benchmark corpus found titles whose "parts" of 13 and
    20,000 made the build refuse its own tables). In the tallies the title gives way to the
    killed and injured all the same (rule ``summary``), linked or not."""
    return (follows and c["claim_type"] in ("killed", "injured") and c["scope"] == title["scope"]
            and c["count_best"] <= title["count_best"]
            and c["disease"] == title["disease"] and _groups_fit(title["victim_group"], c["victim_group"])
            and _places_fit(title, c, named=False))  # fmt: skip


# Rule `breakdown_goes_on`: "others" are more people, no part of the total before them.
_OTHERS = re.compile(rf"(?<![\u0621-\u064a])(?:{_any_of('others')})(?![\u0621-\u064a])")


def _type_within(part: str, whole: str) -> bool:
    """People of type ``part`` can be counted within a total of type ``whole``: the same
    type, or the killed and the injured within a killed-or-injured total."""
    return part == whole or (whole == "killed_or_injured" and part in ("killed", "injured"))


# --- tallies -------------------------------------------------------------------------

DROP_REASONS = ("restates", "part", "background", "summary", "ticker")
HEDGED = frozenset({"at_least", "approximate"})  # precisions of a total that its parts may exceed


def drop_reasons(claims: pl.DataFrame) -> pl.Series:
    """Why each claim stays out of the tallies (null: it is counted), as a string Series.

    ``restates``, ``part`` (``subset_of`` a claim of the same type), ``background``,
    ``summary`` (rule ``summary``) or ``ticker`` (a ticker item repeats the articles and has
    no event date). The killed and the injured within a headline's or a vague killed-or-injured
    total are its detailed account: they are counted, and the total gives way to them as a
    summary; so are those that add up to a numbered total of the body (rule ``told_apart``);
    within a numbered total of the body they do not add up to, they are its parts (rule
    ``body_total``).

    Frame operations, not Python rows: at 100k pages a dict per claim cost more memory than
    any other step of the build.
    """
    columns = ["claim_id", "article_id", "field", "claim_type", "scope", "precision", "count_best", "restates", "subset_of", "background",
               "victim_group", "governorate_pcode"]
    frame = claims.select(columns).with_columns(pl.col("background").fill_null(False), vague=pl.col("precision") == "vague")
    linked = frame.select("claim_id", "claim_type", "field", "vague")

    def link_to(column: str, *names: str) -> pl.DataFrame:
        """The frame with the named columns of the claim ``column`` points at (``column_name``)."""
        ends = linked.select(pl.col("claim_id").alias(column), *(pl.col(n).alias(f"{column}_{n}") for n in names))
        return ends.unique(column, keep="first", maintain_order=True)

    frame = frame.join(link_to("restates", "vague", "field"), on="restates", how="left", maintain_order="left")
    frame = frame.join(link_to("subset_of", "claim_type", "field", "vague"), on="subset_of", how="left", maintain_order="left")
    # rule ``sharpened``: a figure restating a vague one in numbers is counted in its stead
    # (the first such figure, in reading order; later ones restate it)
    sharp = pl.col("restates_vague").fill_null(False) & ~pl.col("vague") & ~pl.col("background")
    first_sharp = frame.filter(sharp).unique("restates", keep="first", maintain_order=True)
    sharpening, sharpened = first_sharp["claim_id"].implode(), first_sharp["restates"].implode()
    # rule ``told_apart``: a killed-or-injured total whose killed and injured add up to it
    # (قتل وجرح تسعة مدنيين, then مقتل طفلة وإصابة أخرى ... وجرح ستة) is told in full by them; an
    # exact total, exactly: more would be two accounts of the same people (4 killed and 1
    # injured, then 3 and 2, of one 5), and the total stands
    killed_and_injured = pl.col("claim_type").is_in(["killed", "injured"]) & (pl.col("subset_of_claim_type") == "killed_or_injured")
    told_apart = _sum_of_parts(frame, killed_and_injured).filter(
        pl.when(pl.col("whole_precision") == "exact").then(pl.col("told") == pl.col("whole")).otherwise(pl.col("told") >= pl.col("whole"))
    )["subset_of"].implode()
    # rule ``exceeded``: a hedged total (أكثر من 20 جريحا) whose parts of its own type add up to
    # more (8 + 5 + 13 + 3 in four neighbourhoods) is told by them: they count, it gives way
    exceeded = _sum_of_parts(frame, pl.col("subset_of_claim_type") == pl.col("claim_type")).filter(
        pl.col("whole_precision").is_in(list(HEDGED)) & (pl.col("told") > pl.col("whole"))
    )["subset_of"].implode()
    frame = frame.with_columns(
        restates=pl.when(pl.col("claim_id").is_in(sharpening)).then(None).otherwise("restates"),
        sharpened=pl.col("claim_id").is_in(sharpened),
        # the killed and the injured (any other type) of a body's numbered killed-or-injured total
        # that they do not add up to are its parts (قتل وجرح 12 مدنيا, then مقتل امرأة ورجل): the
        # total counts; its own type's parts only by the first test (a hedged total they exceed
        # gives way to them: session 27, a property test's case the brief's script counted so)
        # numbered parts of a vague total nothing sharpens (عشرات الجرحى, then 12 في البلدة و9 في القرية)
        # are its detailed account: counted, and the vague total gives way (rule `summary`)
        part=(((pl.col("subset_of_claim_type") == pl.col("claim_type"))
               & ~(pl.col("subset_of_vague") & ~pl.col("subset_of").is_in(sharpened) & ~pl.col("vague"))
               & ~pl.col("subset_of").is_in(exceeded))
              | ((pl.col("subset_of_claim_type") == "killed_or_injured") & (pl.col("claim_type") != "killed_or_injured")
                 & ~pl.col("subset_of_vague") & (pl.col("subset_of_field") == "body")
                 & ~pl.col("subset_of").is_in(told_apart))).fill_null(False),
    )
    # figures restated or broken down into parts stand for them and never give way; but a vague
    # title restated only by vague figures (title قتلى وجرحى, lead سقوط قتلى وجرحى) says no more
    # than before: it gives way like one not restated (rule `summary`; sets E58-E61: four articles
    # the annotators judged counted twice)
    vague_title_again = pl.col("vague") & pl.col("restates_vague").fill_null(False) & (pl.col("restates_field") == "title")
    linked_to = pl.concat([frame.filter(~vague_title_again.fill_null(False))["restates"].drop_nulls(), frame.filter("part")["subset_of"]]).implode()
    # a killed-or-injured total whose killed and injured are counted gives way to them, restated or not
    # (title "28 قتيلا وجريحا", lead "قتل وجرح 28", then the killed and the injured: counted once, as parts)
    broken_down = frame.filter(
        ~pl.col("part") & ~pl.col("background") & pl.col("restates").is_null() & (pl.col("field") != "ticker")
        & (pl.col("subset_of_claim_type") == "killed_or_injured") & pl.col("claim_type").is_in(["killed", "injured"])
    )["subset_of"].implode()
    # (article, type, scope) -> which figures of its own the article states: body ones, and any not vague
    # (not a figure that gives way itself: a hedged total its parts exceed, a vague one sharpened)
    figures = frame.filter((pl.col("field") != "ticker") & pl.col("restates").is_null() & ~pl.col("part") & ~pl.col("background")
                           & ~pl.col("claim_id").is_in(exceeded) & ~pl.col("sharpened"))
    own = figures.group_by("article_id", "claim_type", "scope").agg(body=(pl.col("field") == "body").any())
    # vague figures the article gives in numbers of their type, and killed-or-injured ones it tells
    # as killed and injured (in the body, or in numbers): figures that may count the same people
    given = _told_in_detail(frame.filter("vague"), figures.filter(~pl.col("vague")), ["article_id", "claim_type", "scope"])
    told = _told_in_detail(
        frame.filter(pl.col("claim_type") == "killed_or_injured"),
        figures.filter(pl.col("claim_type").is_in(["killed", "injured"]) & ((pl.col("field") == "body") | ~pl.col("vague"))),
        ["article_id", "scope"],
    )
    frame = frame.join(own, on=["article_id", "claim_type", "scope"], how="left", maintain_order="left")
    # rule ``summary``: the article gives a more detailed account of these people
    summarises = (
        pl.col("claim_id").is_in(told)  # a killed-or-injured figure told as killed and injured
        | (pl.col("field") == "title") & pl.col("body").fill_null(False)  # a headline
        | pl.col("vague") & pl.col("claim_id").is_in(given)  # a vague figure the article gives in numbers
    )
    reason = (
        pl.when(pl.col("field") == "ticker").then(pl.lit("ticker"))
        .when("background").then(pl.lit("background"))
        .when("sharpened").then(pl.lit("summary"))  # the vague title gives way to its figure in numbers
        .when(pl.col("restates").is_not_null()).then(pl.lit("restates"))
        .when("part").then(pl.lit("part"))
        .when(pl.col("claim_id").is_in(broken_down) | pl.col("claim_id").is_in(exceeded)).then(pl.lit("summary"))
        .when(~pl.col("claim_id").is_in(linked_to) & summarises).then(pl.lit("summary"))
    )
    return frame.select(reason.cast(pl.String).alias("dropped")).to_series()


def _told_in_detail(summaries: pl.DataFrame, details: pl.DataFrame, keys: list[str]) -> pl.Series:
    """The ids of the ``summaries`` that one of the ``details`` of the same ``keys`` may
    account for (rule ``summary``): figures that may count the same people, not in two
    governorates, and not fighters beside civilians, children, women, medical workers or
    journalists (a group not said, or "people", may be any). Sets E45-E51: "dozens" of
    wounded civilians gave way to two wounded fighters, the wounded of one governorate to
    those of another, a killed-or-injured toll of one town to the killed of another."""
    detail = details.select(*keys, other_group="victim_group", other_place="governorate_pcode")
    pairs = summaries.select("claim_id", *keys, "victim_group", "governorate_pcode").join(detail, on=keys, how="inner")
    group, place, other_group, other_place = pl.col("victim_group"), pl.col("governorate_pcode"), pl.col("other_group"), pl.col("other_place")
    unsaid = group.is_null() | (group == "people") | other_group.is_null() | (other_group == "people")
    same = (place.is_null() | other_place.is_null() | (place == other_place)) & (unsaid | ((group == "fighters") == (other_group == "fighters")))
    return pairs.filter(same)["claim_id"].implode()


def _sum_of_parts(frame: pl.DataFrame, parts: pl.Expr) -> pl.DataFrame:
    """Per whole that ``parts`` (not background) point at: their counts added up (``told``),
    beside the whole's own count and precision (``whole``, ``whole_precision``). Int128: a
    sum of Int64 counts may pass the largest one, and a float would round it (session 25:
    a property test drew parts of 2**63 - 1 and 1 that a Float64 sum did not tell from the
    total of 2**63 - 1 they exceed)."""
    told = frame.filter(~pl.col("background") & parts).group_by("subset_of").agg(told=pl.col("count_best").cast(pl.Int128).sum())
    wholes = frame.select(pl.col("claim_id").alias("subset_of"), whole=pl.col("count_best").cast(pl.Int128), whole_precision="precision")
    return told.join(wholes, on="subset_of", how="inner")


def bound_sums(where: pl.Expr | None = None) -> list[pl.Expr]:
    """Sums of the bounds in a group (of its rows ``where`` holds): a null bound anywhere
    (no bound stated) makes the group's bound null; ``count_best`` always sums. A sum is at
    most ``MAX_COUNT``, like a count (docs/rules.md).

    >>> big = pl.DataFrame({"count_low": [MAX_COUNT] * 2, "count_best": [MAX_COUNT] * 2, "count_high": [MAX_COUNT, None]})
    >>> big.select(bound_sums()).row(0) == (MAX_COUNT, MAX_COUNT, None)
    True
    """

    def col(name: str) -> pl.Expr:
        return pl.col(name) if where is None else pl.col(name).filter(where)

    def total(name: str) -> pl.Expr:
        # summed wide, then held at the largest count: Int64 sums of huge counts wrap around
        return col(name).cast(pl.Int128).sum().clip(upper_bound=MAX_COUNT).cast(pl.Int64)

    return [
        pl.when(col("count_low").is_null().any()).then(None).otherwise(total("count_low")).alias("count_low"),
        total("count_best").alias("count_best"),
        pl.when(col("count_high").is_null().any()).then(None).otherwise(total("count_high")).alias("count_high"),
    ]


def article_tallies(claims: pl.DataFrame) -> pl.DataFrame:
    """Table ``article_tallies``: per article, claim type and scope, the counted claims' sums.

    Rows follow the claims' order (articles in build order, types as first counted).
    """
    from syria_news.schemas import ARTICLE_TALLIES

    kept = claims.filter(drop_reasons(claims).is_null())
    keys = ["article_id", "claim_type", "scope"]
    sums = kept.group_by(keys, maintain_order=True).agg(*bound_sums(), pl.col("claim_id").str.join(" ").alias("claim_ids"))
    return sums.select(ARTICLE_TALLIES.column_names).cast(ARTICLE_TALLIES.polars_schema).rechunk()
