"""Lists told line by line: a total's parts on lines of their own after a colon.

Monitors' bulletins break a toll down on separate lines, each a place and its number or a
number and its people (بلغ عدد القتلى 544 شخصا، بينهم: / 55 مدنيا / 411 عنصرا ...;
وتوزعوا على النحو التالي: / – حمص: 97 / – حماة: 63). A line holds no word the grammar reads,
so :func:`syria_news.claims.extract.find_claims` asks this module of each line after a
colon that follows a claim: a line that is an item is a part of that claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from syria_news.claims.registry import rule
from syria_news.claims.view import Draft, Sentence
from syria_news.numbers import match_count

# Lines a colon may stand after its claim: the claim's own (، بينهم:) or the next
# (وتوزعوا على النحو التالي:).
LIST_AFTER_CLAIM = 1
# Words of a place before its number on an item's line (– ريف دمشق: 16, – دير الزور: 1).
ITEM_PLACE_WORDS = 4


@dataclass(frozen=True)
class OpenList:
    """A list being read: the claim its items are parts of (an index among the text's
    claims), and the type and scope they take from it."""

    parent: int
    claim_type: str
    scope: str


@rule({
    "ووثق المرصد مقتل 120 شخصا، بينهم:\n\n40 مدنيا.\n\n80 عنصرا من الفصائل.":
        "killed 120 people; killed 40 civilians part of 1; killed 80 fighters part of 1",
    "وبلغ عدد القتلى منذ مطلع الشهر الجاري 90 شخصا.\n\nوتوزعوا على النحو التالي:\n– حمص: 50\n– حماة: 40":
        "killed 90 people cumulative; killed 50 cumulative SY04 part of 1; killed 40 cumulative SY05 part of 1",
})
def list_item(v: Sentence, opened: OpenList) -> Draft | None:
    """A line of a list after a colon (``OpenList``): a place, a colon and its number (– حمص:
    97), or a number and its people at its start (55 مدنيا, 411 عنصرا من
    الفصائل): a part of the list's claim, of its type and scope. Sets E45 and E46: two
    monitors' tolls broken down so, none of their lines read."""
    words = v.words
    if not words:
        return None
    colon = next((q for q in range(1, min(v.n, ITEM_PLACE_WORDS + 1)) if ":" in v.toks.gaps[q]), None)
    if colon is not None:
        hit = match_count(words, colon)
        if hit is None or any(match_count(words, q) for q in range(colon)):
            return None  # – حمص: 97 (هم ...); a place holds no number
        return Draft(0, hit[1], "", opened.claim_type, opened.scope, hit[0], None)
    hit = match_count(words, 0)
    if hit is None or hit[1] >= v.n or not v.joined(hit[1]):
        return None
    form = v.noun(hit[1])
    if form is None or form.noun.excluded or form.noun.claim_type is not None or form.noun.container:
        return None  # a number of people: 55 مدنيا, 411 عنصرا (not 30 عائلة, not 12 إصابة, not 5 حالات)
    return Draft(0, hit[1] + 1, "", opened.claim_type, opened.scope, hit[0], form.noun.group)
