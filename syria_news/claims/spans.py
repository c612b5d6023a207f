"""Stage: spans, quotes and places of a sentence's claims: from token drafts to text offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

import polars as pl

from syria_news.claims.attribution import sentence_attribution
from syria_news.claims.registry import rule
from syria_news.claims.view import (
    CASE_TYPES,
    Draft,
    Sentence,
    TextDisease,
)
from syria_news.claims.words import (
    Tokens,
)
from syria_news.places import PlaceMention, clause_governorate, folded_sentence_place
from syria_news.text import Folded


@dataclass(frozen=True, slots=True)
class Claim:
    """One count stated in a text (CONTRACT table ``claims``, without ids)."""

    span_start: int
    span_end: int
    quote: str
    claim_type: str
    scope: str
    count_low: int | None
    count_best: int
    count_high: int | None
    precision: str
    victim_group: str | None
    disease: str | None
    place: str | None
    governorate_pcode: str | None
    attribution: str | None
    subset_of: int | None  # index in the returned list of the claim this one is part of


CLAIM_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
_INT_COLUMNS = {"span_start", "span_end", "count_low", "count_best", "count_high", "subset_of"}
# In extract_claims' frame a part names its whole by row of that frame, and the column says
# so: the claims table's subset_of is a claim_id, which a text alone has no source for.
FRAME_NAMES = {"subset_of": "subset_of_row"}
CLAIM_SCHEMA = {FRAME_NAMES.get(c, c): (pl.Int64 if c in _INT_COLUMNS else pl.String) for c in CLAIM_COLUMNS}


# Marks that fold away but belong to the word before them (tanwin of قتيلاً, tatweel).
_WORD_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]*")


@rule({
    "سجلت 18 إصابة بفيروس كورونا في دمشق، و11 في ريف دمشق، و4 في درعا": "cases 18 SY01; cases 11 SY03; cases 4 SY12",
    "سجلت 34 إصابة جديدة بفيروس كورونا توزعت بين دمشق (19) وحلب (10) وحمص (5)": "cases 34 SY01; cases 19 SY01 part of 1; cases 10 SY02 part of 1; cases 5 SY04 part of 1",
})
def clause_places(toks: Tokens, folded: Folded, drafts: list[Draft],
                   place: PlaceMention | None) -> list[PlaceMention | None]:  # fmt: skip
    """Each claim's place where the sentence gives no governorate, or several.

    The one governorate its own clause names (سجلت 18 إصابة في دمشق، و11 في ريف دمشق:
    SY01, SY03), else the sentence's place. A claim's clause runs from its first word (or
    from the break before it, when no claim stands between) to the next claim or break,
    past its own parts; a part (بينهم, منها) whose clause names no governorate has the
    place of its whole (توزعت بين دمشق (19) وحلب (10): SY01, SY02)."""
    out: list[PlaceMention | None] = []
    for n, d in enumerate(drafts):
        # Back to the break before it, but not past the claim before: each token is walked
        # over once for the whole sentence.
        floor = drafts[n - 1].last if n else 0
        start = d.first
        while start > 0 and start >= floor and not place_break(toks, start):
            start -= 1
        if n and floor > start:
            start = d.first  # another claim stands before it in the clause
        later = n + 1  # the next claim that is not a part of this one
        while later < len(drafts) and drafts[later].subset_of == n:
            later += 1
        end = drafts[later].first if later < len(drafts) else len(toks)
        end = next((k for k in range(d.first + 1, end) if place_break(toks, k)), end)
        own = clause_governorate(folded.sub(toks.spans[start][0], toks.spans[end - 1][1]))
        out.append(own or (place if d.subset_of is None else out[d.subset_of]))
    return out


@rule({
    "سجلت 18 إصابة بفيروس كورونا في دمشق، و11 في ريف دمشق، و4 في درعا": "cases 18 SY01; cases 11 SY03; cases 4 SY12",
    "قتل طفل وجرح عشرة مدنيين بقصف صاروخي، أربعة منهم نساء": "killed 1 children; injured 10 civilians; injured 4 women part of 2",
})
def place_break(toks: Tokens, k: int) -> bool:
    """A comma, a semicolon or an opening parenthesis stands before token k.

    These are the breaks that part the places of a list, or end the words before a source
    (مديرية صحة إدلب). Not the dash of a road (طريق دمشق - درعا), which names two."""
    return k > 0 and any(c in toks.gaps[k] for c in ",;(")


@rule({
    "قتل طفل وجرح سبعة مدنيين بقصف مدفعي على بلدة التمانعة جنوب إدلب (مصدر طبي)": "killed 1 children SY07; injured 7 civilians SY07",
    "توفي ستة أشخاص بحادث سير على طريق حلب - دمشق": "deaths 6 people",
})
def sentence_claims(text: str, folded: Folded, toks: Tokens, drafts: list[Draft], sentence: Sentence,
                    text_disease: TextDisease, offset: int) -> list[Claim]:  # fmt: skip
    """A sentence's drafts as claims of the text: quotes, offsets, places and source.

    Quotes and offsets are in the text as given; the disease of case counts is the
    sentence's, else the text's; ``offset`` is the number of claims of the text before
    this sentence (for ``subset_of``)."""
    out: list[Claim] = []
    place = folded_sentence_place(folded.sub(toks.start, toks.end))  # = sentence_place(the sentence as written)
    places = [place] * len(drafts) if place and place.pcode else clause_places(toks, folded, drafts, place)
    claimed_to = max(toks.spans[d.last - 1][1] for d in drafts)
    attribution = sentence_attribution(text, folded, toks.start, toks.end, toks, claimed_to)
    for d, place in zip(drafts, places):
        fs_quote, fe_quote = toks.quote_span(d.first, d.last - 1)
        s, e = folded.span(fs_quote + len(d.clitic), fe_quote)
        marks = _WORD_MARKS.match(text, e)
        e = marks.end() if marks else e
        c = d.count
        out.append(
            Claim(
                span_start=s,
                span_end=e,
                quote=text[s:e],
                claim_type=d.claim_type,
                scope=d.scope,
                count_low=c.low,
                count_best=c.best,
                count_high=c.high,
                precision=c.precision,
                victim_group=d.group,
                disease=(sentence.disease or text_disease()) if d.claim_type in CASE_TYPES else None,
                place=place.place if place else None,
                governorate_pcode=place.pcode if place else None,
                attribution=attribution,
                subset_of=None if d.subset_of is None else offset + d.subset_of,
            )
        )
    return out
