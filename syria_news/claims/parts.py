"""Stage: parts and lists: a count that is part of the claim before (بينهم, منهم, a breakdown by place) or goes on from it (و, a list by place)."""

from __future__ import annotations

from bisect import bisect_right

from syria_news.claims.filters import add
from syria_news.claims.heads import resolve_noun_type
from syria_news.claims.registry import rule
from syria_news.places import governorate_pcode, is_place_noun
from syria_news.claims.view import (
    CLAUSE_REACH,
    ABOUT,
    DEATH_TYPES,
    STATUS_TYPES,
    FROM,
    BETWEEN_ON,
    TO,
    WITH,
    AMONG,
    HANDS,
    IN,
    ON,
    Draft,
    Sentence,
)
from syria_news.claims.words import (
    ADJECTIVE_ONES,
    COPULAS,
    FAMILY_MEMBERS,
    FORCIBLY,
    IRRELEVANT,
    KIN_OF_PERSON,
    LIST_HEADS,
    LIST_THEN,
    MADE_UP_OF,
    NAME_STOPS,
    ONE_OF_THEM,
    POST_TRIGGERS,
    RELATIVES_PLURAL,
    SUBSET,
    armed_body_at,
    cached_noun_form,
    claim_type_of,
    has,
    strip_clitics,
    token_role,
    trigger_word,
)
from syria_news.numbers import (
    Count,
    is_digits,
    is_year,
    NounForm,
    count_clitic,
    match_count,
    may_start_count,
)
from syria_news.text import fold_word


@rule({
    "قتل مدني وجرح تسعة آخرون بينهم ثلاثة أطفال بقصف مدفعي على بلدة في ريف إدلب الجنوبي": "killed 1 civilians SY07; injured 9 SY07; injured 3 children SY07 part of 2",
    "قتل رجل وجرح ستة مدنيين بينهم امرأتان بغارة جوية على مدينة سراقب شرق إدلب": "killed 1 SY07; injured 6 civilians SY07; injured 2 women SY07 part of 2",
    "قتل تسعة مدنيين بقصف على قرية في ريف إدلب، ومن بين القتلى امرأة وطفلان": "killed 9 civilians SY07; killed 1 women SY07 part of 1; killed 2 children SY07 part of 1",
    "ووثق التقرير 300 حالة اعتقال خلال العام، من بينها 25 حالة في شهر آذار": "arrested 300; arrested 25 part of 1",
})
def parent_for(v: Sentence, i: int) -> int | None:
    """The claim a count after "بينهم" (or in a parenthesis right after it, or after "among
    the X" naming its type: ومن بين القتلى امرأة) belongs to; not past a count that made no
    claim, the whole of its own parts (``_uncounted_whole``)."""
    if i >= 1 and v.drafts and (v.words[i - 1] in SUBSET and not _uncounted_whole(v, i - 1) or made_up_of(v, i) or opens_breakdown(v, i) or apposed(v, i)
                                or among_counted(v, i) == v.drafts[-1].claim_type or (
            v.words[i - 1] in ONE_OF_THEM and (form := v.noun(i)) is not None and form.number == "singular")):
        return len(v.drafts) - 1
    last = and_after_last(v, i)  # بينهم امرأتان وطفل, بينها 20 في الحسكة و14 في الرقة
    if last is None or last.subset_of is None:
        return None
    form = v.noun(i)
    if form is not None and form.noun.claim_type and form.noun.claim_type != v.drafts[last.subset_of].claim_type:
        return None  # ثلاثة قتلى بينهم طفل وجريح: the wounded man is no part of the dead
    return last.subset_of


def _uncounted_whole(v: Sentence, marker: int) -> bool:
    """A count that made no claim stands between the last claim and "بينهم" at ``marker``: the
    whole of the parts after it (تم إنقاذ 5 أشخاص بينهم 3 أطفال: the rescued; round 66)."""
    for q in range(v.drafts[-1].last, marker):
        hit = match_count(v.words, q)
        if hit is not None and not v.in_date(q) and hit[1] < v.n and (form := v.noun(hit[1])) is not None \
                and not form.noun.excluded and not form.noun.claim_type:  # fmt: skip
            return True  # (not في 3 غارات: things, no whole of people)
    return False


@rule({
    "قتل طفل وجرح عشرة مدنيين بقصف على مدينة دوما في ريف دمشق، أربعة منهم نساء": "killed 1 children SY03; injured 10 civilians SY03; injured 4 women SY03 part of 2",
    "أصيب خمسة مدنيين بقصف على مدينة الباب شرق حلب، وحالة اثنين منهم خطرة": "injured 5 civilians SY02; injured 2 SY02 part of 1",
    "سجلت حالة وفاة و30 إصابة جديدة بفيروس كورونا توزعت بين 20 في مدينة إدلب و10 في مدينة سرمدا": "deaths 1 SY07; cases 30 SY07; cases 20 SY07 part of 2; cases 10 SY07 part of 2",
})
def whole_before(v: Sentence, n: int) -> int | None:
    """The claim that parts counted after the first n drafts belong to.

    The last of them, or its own whole when it is a part."""
    if not n:
        return None
    sub = v.drafts[n - 1].subset_of
    return n - 1 if sub is None else sub


GOVERNORATE_WORDS = 3  # words of a governorate's name before its count (ريف دمشق 28, محافظة حلب 42)


@rule({
    "وأشارت الوزارة إلى أن حالات الوفاة سجلت في دمشق 2، حلب 1، حمص 1": "deaths 2 SY01; deaths 1 SY02; deaths 1 SY04",
    "وسجلت أعلى أعداد الاعتقالات في محافظة حلب 40 تليها دير الزور 31 ثم ريف دمشق 25": "arrested 40 SY02; arrested 31 SY09; arrested 25 SY03",
})
def governorate_item(v: Sentence, i: int, end: int) -> tuple[str, int] | None:
    """(type, first token) of a bare count right after a governorate's name, an item of a
    tally by governorate (حالات الوفاة سجلت في دمشق 2، حلب 1; محافظة حلب 42 تليها دير الزور 33):
    the type of the nearest claim word before it in the sentence (round 29's bulletins and
    monthly reports). Not a year, not a count with a noun of its own."""
    if end != i + 1 or not is_digits(v.words[i]) or is_year(v.words[i]) or (end < v.n and v.joined(end) and v.noun(end) is not None):
        return None
    first = next((q for q in range(max(0, i - GOVERNORATE_WORDS), i)
                  if all(v.joined(p) for p in range(q + 1, i + 1)) and governorate_pcode(" ".join(v.words[q:i])) is not None), None)  # fmt: skip
    if first is None or first >= 1 and has(v.words[first - 1], "outlet_heads"):
        return None  # وفق ما ذكر موقع السويداء 24: an outlet's name
    for q in range(first - 1, max(-1, first - CLAUSE_REACH), -1):
        said, form = claim_type_of(v.words[q]), v.noun(q)
        if said is not None or form is not None and form.noun.container:
            # الإصابات: cases in a bulletin, the injured elsewhere (in context)
            kind = resolve_noun_type(v, form, q)[0] if form is not None and form.noun.claim_type else said
            return (kind, first) if kind is not None else None
    return None


SUBJECT_REACH = 12  # words back (a date's dash is no clause break here) from a breakdown verb to a relative clause naming what its subject underwent


@rule({
    "سجلت 34 إصابة جديدة بفيروس كورونا توزعت بين دمشق (19) وحلب (10) وحمص (5)": "cases 34 SY01; cases 19 SY01 part of 1; cases 10 SY02 part of 1; cases 5 SY04 part of 1",
    "قتل 12 شخصا بقصف جوي توزعوا بين ستة في كفرنبل وستة في معرة النعمان جنوب إدلب": "killed 12 people SY07; killed 6 SY07 part of 1; killed 6 SY07 part of 1",
    "وتوزعت الاعتقالات بين درعا (6 حالات) وحمص (3 حالات) خلال الشهر الماضي": "arrested 6 SY12; arrested 3 SY04",
    "سجلت 9 إصابات بالكوليرا، وتوزعت على الشكل التالي: الحسكة 4 حالات، الرقة 3 حالات، حلب حالتان": "cases 9; cases 4 SY08 part of 1; cases 3 SY11 part of 1; cases 2 SY02",
    "وتوزعت حالات الكوليرا على الشكل التالي، الرقة 5 حالات، الحسكة حالتان": "cases 5 SY11; cases 2 SY08",
    "وسجلت الشبكة 15 إصابة بفيروس كورونا في ريف حلب توزعت على النحو التالي، 9 عفرين، 4 اعزاز، 2 جرابلس": "cases 15 SY02; cases 9 SY02 part of 1; cases 4 SY02 part of 1; cases 2 SY02 part of 1",
})
def breakdown_part(v: Sentence, i: int, end: int) -> tuple[str, int | None, int] | None:
    """A count after a breakdown verb (توزعت) is a part: (type, whole, first token).

    The count at i, its phrase ending at ``end``, stands before في (ستة في كفرنبل) or right
    before a one-word place and a break, an item of a list (، 12 عفرين، 1 الباب: a health
    network's; round 48; not على ثلاث محافظات), or after a place, in parentheses or not (دمشق (19), دمشق 20،: the part starts at
    the place). The whole is the claim before the verb; with none, the type is that of the
    claim noun beside the verb, or of the verb of a relative clause before it (الضحايا الذين
    قضوا خلال الشهر توزعوا: killed)."""
    if not v.mentions("breakdown"):
        return None
    cases_after = end == i + 2 and (noun := v.noun(i + 1)) is not None and noun.noun.container  # الحسكة 2 حالة
    enclosed = end < len(v.toks.gaps) and ")" in v.toks.gaps[end] and ")" not in v.toks.gaps[i + 1 : end]  # حلب (28 شخصا)
    place_before = "(" in v.toks.gaps[i] and (end == i + 1 or cases_after or enclosed) or (
        (end == i + 1 or cases_after) and (end >= v.n or not v.joined(end) or v.words[end].startswith("و"))
        and v.joined(i) and v.noun(i - 1) is None and not may_start_count(v.words[i - 1]))  # fmt: skip
    place_after = end == i + 1 and end < v.n and not v.joined(i) and v.joined(end) and token_role(v.words[end]) == IRRELEVANT \
        and v.words[end] not in NAME_STOPS and (end + 1 >= v.n or not v.joined(end + 1))  # ، 12 عفرين، 1 الباب
    if not place_before and not place_after and not (end < v.n and v.words[end] == IN and v.joined(end)):
        return None
    verbs, betweens = v.breakdown_marks()
    b = verbs[i - 1] if i >= 1 else -1  # the verb before, with no clause opener after it
    if b < 0:
        return None
    first = i
    if place_before:  # after the last part, or after بين/على
        first = max(b + 1, v.drafts[-1].last if v.drafts else 0)
        between = betweens[i - 2] if i >= 2 else -1
        first = between + 1 if between >= first else first
        first = max([first] + [q for q in range(first + 1, i) if v.toks.barrier(q)])  # على الشكل التالي: الحسكة 4
        if first == i:
            return None  # no place: توزعت على 3 ...
    whole = whole_before(v, bisect_right(v.lasts, b))  # the drafts ending by the verb
    if whole is not None:
        return v.drafts[whole].claim_type, whole, first
    for k in (b + 1, b - 1, b - 2):  # توزع القتلى, الإصابات الجديدة توزعت, الاعتقالات توزعت
        form = v.noun(k) if k >= 0 else None
        if form is not None and (form.noun.claim_type or form.noun.container) \
                and (claim_type := resolve_noun_type(v, form, k)[0]):  # fmt: skip
            return claim_type, None, first
        if k >= 0 and has(v.words[k], "event_nouns") and (event := trigger_word(v.words[k])) is not None:
            return event[0].claim_type, None, first
    for q in range(b - 1, max(-1, b - SUBJECT_REACH), -1):  # الضحايا الذين قضوا خلال شهر كانون الأول - ديسمبر توزعوا
        if v.words[q] in RELATIVES_PLURAL and q + 1 < b and (verb := trigger_word(v.words[q + 1])) is not None:
            return verb[0].claim_type, None, first
    return None


@rule({
    "وأوضحت المجموعة أن الضحايا الذين قضوا خلال الشهر توزعوا على النحو التالي: (6) لاجئين في حلب، و(2) لاجئين في درعا": "killed 6 SY02; killed 2 SY12",
    "وتوزع الضحايا على النحو التالي: في حمص قضى (3) لاجئين، و(5) لاجئين في حماة، ولاجئان في درعا": "killed 3 SY04; killed 5 SY05; killed 2 SY12",
})
def dead_in_breakdown(v: Sentence, kind: str | None) -> str | None:
    """The type of the dead that a state noun (لاجئين, معتقلين) counts in a breakdown of type
    ``kind``: that type when it is of the dead, else that of the claim before when it is
    (في حمص قضى (3) لاجئين، و(5) لاجئين في حماة: the list of the dead goes on); None when the
    breakdown is not of the dead (refugees stay displaced)."""
    if kind not in DEATH_TYPES and v.drafts:
        kind = v.drafts[-1].claim_type
    return kind if kind in DEATH_TYPES else None


@rule({
    "قتل 12 شخصا هم سبعة عناصر من قوات النظام وخمسة مدنيين بهجوم في ريف حمص الشرقي": "killed 12 people SY04; killed 7 fighters SY04 part of 1; killed 5 civilians SY04 part of 1",
    "وثق التقرير 40 حالة اعتقال في محافظة درعا شملت خمسة أطفال وثلاث سيدات": "arrested 40 SY12; arrested 5 children SY12 part of 1; arrested 3 women SY12 part of 1",
    "ووثق التقرير مقتل 30 مدنيا، توزعوا على 18 رجلا، و7 أطفال، و5 سيدات": "killed 30 civilians; killed 18 part of 1; killed 7 children part of 1; killed 5 women part of 1",
    "ووثق المرصد مقتل 12 مقاتلا، توزعوا على: 9 من الفصائل، و3 من قوات النظام": "killed 12 fighters; killed 9 fighters part of 1; killed 3 fighters part of 1",
    "وتوزع القتلى البالغ عددهم 40 على: 30 رجلا، و10 أطفال": "killed 40; killed 30 part of 1; killed 10 children part of 1",
})
def made_up_of(v: Sentence, i: int) -> bool:
    """The count at i follows "they are" or "it included" right after the last claim: its part
    (قتل 12 شخصا هم سبعة عناصر, 40 حالة اعتقال شملت خمسة أطفال), also over a colon (وهم: 6 رجال);
    or a breakdown verb and على/بين before a count of people (مقتل 30 مدنيا، توزعوا على 18 رجلا ...),
    maybe over a colon (توزعوا على: 9 من الفصائل; round 66), or after a whole that the verb
    opens (توزع القتلى البالغ عددهم 40 على: 30 رجلا; round 66)."""
    if i >= 2 and v.words[i - 1] in BETWEEN_ON and (v.joined(i) or ":" in v.toks.gaps[i]) and v.joined(i - 1):
        if has(v.words[i - 2], "breakdown"):
            return v.drafts[-1].last <= i - 2 and _person_after(v, i)
        last = v.drafts[-1]  # توزع الضحايا البالغ عددهم 200 على: 149 رجلا: the verb before its whole
        if last.last == i - 1 and any(has(w, "breakdown") for w in v.words[max(0, last.first - BREAKDOWN_SUBJECT) : last.first]):
            return _person_after(v, i)
    return v.words[i - 1] in MADE_UP_OF and v.drafts[-1].last <= i - 1 and (v.joined(i) or ":" in v.toks.gaps[i])


@rule({
    "ما أدى لجرح أربعة مدنيين، ثلاث نساء ورجل، أسعفوا إلى مشفى في مدينة درعا": "injured 4 civilians SY12; injured 3 women SY12 part of 1; injured 1 SY12 part of 1",
})
def apposed(v: Sentence, i: int) -> bool:
    """A count of people right after the last claim and a comma, no larger than it, that no
    trigger or claim noun types: its breakdown in apposition (جرح أربعة مدنيين، ثلاث نساء ورجل)."""
    last = v.drafts[-1]
    if last.last != i or not v.comma_before(i) or last.count.precision != "exact":
        return False
    hit = match_count(v.words, i)
    if hit is None or hit[0].best > last.count.best or trigger_word(v.words[i]) is not None:
        return False
    form = _counted_noun(v, i)
    return form is not None and not form.noun.excluded and form.noun.claim_type is None and form.noun.group is not None


@rule({
    "قتل ثمانية مدنيين (خمسة أطفال وثلاث نساء) بقصف صاروخي على بلدة في ريف إدلب الجنوبي": "killed 8 civilians SY07; killed 5 children SY07 part of 1; killed 3 women SY07 part of 1",
    "قتل خمسة أشخاص (ثلاثة أطفال وامرأتان) بغارة جوية على قرية في ريف إدلب الجنوبي": "killed 5 people SY07; killed 3 children SY07 part of 1; killed 2 women SY07 part of 1",
})
def opens_breakdown(v: Sentence, i: int) -> bool:
    """A parenthesis right after the last claim opens its parts.

    People are counted in it: مقتل ثمانية مدنيين (خمسة أطفال وثلاث نساء)."""
    if v.drafts[-1].last != i or "(" not in v.toks.gaps[i]:
        return False
    form = _counted_noun(v, i)
    return form is not None and form.noun.group is not None and not form.noun.excluded


# Persons counted apart from their relatives: a side or a trade (مقتل عنصر للتنظيم وزوجته: two
# claims) and children (مقتل رجل وطفلين ووالديهما: the children are a group of their own).
COUNTED_APART = frozenset({"fighters", "medical_workers", "journalists", "children"})
FAMILY_REACH = 4  # persons of one family a claim gathers (رجل وزوجته ووالدته وشقيقه)


@rule({
    "قتل قيادي وعنصر من جيش خالد خلال محاولة تسلل في ريف درعا الغربي": "killed 2 fighters SY12",
    "وقال مصدر إن ضابطا ومجندا من قوات النظام قتلا بكمين في بادية حمص": "killed 2 fighters SY04",
})
def gather_ranks(v: Sentence, head: Draft, form: NounForm, end: int, count: Count) -> bool:
    """A fighter named by one singular noun joined by و to another (قيادي وعنصر, ضابط ومجند)
    is one claim with them, as named persons are (decision 7 of the brief: persons of one
    group after one verb); True when it joined. The annotators of round 36 coded "قيادي
    وعنصر" killed 2 three times (and a round-31 annotator "قائدا ومقاتلا قتلا"); a dual or a
    number joined stays a claim of its own (ضابط وعنصران: 1 and 2, round 30)."""
    if not (head.group == "fighters" and form.noun.group == "fighters" and not form.noun.kin
            and form.number == "singular" and count.best == 1 and head.count.best < FAMILY_REACH
            and _may_gather(v, head, count)):  # fmt: skip
        return False
    _gather(v, head, end, count, head.group)
    return True


@rule({
    "قتل رجل وزوجته وابنهما بقصف مدفعي على قرية في ريف إدلب الجنوبي": "killed 3 SY07",
    "وقال ناشطون إن شابا وشقيقه قتلا برصاص مجهولين في ريف درعا الغربي": "killed 2 SY12",
    "وأصيب والده ووالدته بجروح بانفجار لغم في ريف حلب الشرقي": "injured 2 SY02",
    "واعتقلت قوات النظام صباح الأحد 3 آذار، شابا ووالدته في مدينة حمص": "arrested 2 SY04",
})
def gather_family(v: Sentence, head: Draft, form: NounForm, end: int, count: Count) -> bool:
    """A relative joined by و to a person counted by its noun is one family with that person:
    the claim counts them together (مقتل رجل وزوجته وابنه: killed 3); True when it joined.

    Annotators of rounds 25-28 coded such families as one claim each time (a father and his son,
    a woman and her husband or daughter, a man, his wife and son). Not a child of theirs
    (وطفلتها: children, a group counted apart, as the annotators kept it), nor after a person
    of a side or trade or a child (``COUNTED_APART``), a number or a vague count. The family keeps a
    group its members share (سيدة وابنتها: women)."""
    if not (form.noun.kin and form.noun.group != "children" and form.number in ("singular", "dual")
            and head.group not in COUNTED_APART and head.count.best <= FAMILY_REACH
            and _may_gather(v, head, count)):  # fmt: skip
        return False
    _gather(v, head, end, count, head.group if form.noun.group in (None, head.group) else None)
    return True


@rule({
    "انفجرت عبوة ناسفة بسيارة القيادي ما أدى لإصابته وخمسة من عائلته بجروح": "injured 6",
    "قتل رجل وثلاثة من أفراد أسرته بقصف مدفعي على قرية في ريف إدلب": "killed 4 SY07",
})
def gather_counted_kin(v: Sentence, i: int, j: int, count: Count, claim_type: str) -> int | None:
    """A number at [i, j) joined by و to the claim of a person right before it, then من and
    that person's own family (`kin_of_person`, maybe after أفراد: وخمسة من عائلته, وثلاثة من
    أفراد أسرته): one family, one claim, as for a relative named (``gather_family``; decision 7
    of the brief; round 52). The index after the family word, else None. Not a child of theirs
    (من أطفاله: a group of its own), nor after a person counted apart (``COUNTED_APART``)."""
    if not v.drafts:
        return None
    glued = count_clitic(v.words[i]) == "و" and v.lasts[-1] == i  # وخمسة
    apart = i >= 1 and v.words[i - 1] == "و" and v.lasts[-1] == i - 1  # و3 is tokenized و + 3
    if not (glued or apart):
        return None
    head = v.drafts[-1]
    q = j + (j < v.n and v.words[j] == FROM) + (j + 1 < v.n and v.words[j + 1] in FAMILY_MEMBERS)
    if not (j < v.n and v.words[j] == FROM and q < v.n and v.words[q] in KIN_OF_PERSON
            and all(v.joined(p) for p in range(i, q + 1))):  # fmt: skip
        return None
    if head.claim_type != claim_type or head.subset_of is not None or head.group in COUNTED_APART \
            or head.count.best > FAMILY_REACH or not _may_gather(v, head, count):  # fmt: skip
        return None
    _gather(v, head, q + 1, count, head.group)
    return q + 1


def _may_gather(v: Sentence, head: Draft, count: Count) -> bool:
    """The claim ``head`` may take in a person joined to it: both exact, the head no share of
    a total (توفي منهم), its words no number but a date's (a number's people are counted, not
    named; اعتقلت ... أمس الجمعة 19 آذار، رجلا وشقيقته: round 66)."""
    return (head.count.precision == "exact" and count.precision == "exact" and not head.share
            and not any(may_start_count(v.words[i]) and not v.in_date(i) for i in range(head.first, head.last)))  # fmt: skip


def _gather(v: Sentence, head: Draft, end: int, count: Count, group: str | None) -> None:
    """``head`` counts the person or persons joined to it too, and its quote runs to ``end``."""
    total = head.count.best + count.best
    head.count = Count(total, total, total, "exact")
    head.group = group
    v.stretch(head, end)


@rule({
    "قتل طفل وامرأة بقصف مدفعي على قرية في ريف حلب الغربي": "killed 1 children SY02; killed 1 women SY02",
    "قتل 5 مدنيين و3 عناصر من الفصائل بقصف جوي على مدينة أريحا جنوب إدلب": "killed 5 civilians SY07; killed 3 fighters SY07",
})
def coordinated_with(v: Sentence, k: int) -> Draft | None:
    """The claim that a phrase at k is joined to by و (مقتل طفل وامرأة, مقتل 5 مدنيين و3 عناصر)."""
    last = and_after_last(v, k)
    return last if last is not None and last.subset_of is None else None


VERSUS = fold_word("مقابل")
DESCRIBED_REACH = 10  # words from a claim to the و of the next, past a description opened by من


@rule({
    "قتل قيادي في هيئة تحرير الشام وعنصرين بانفجار عبوة ناسفة في ريف إدلب": "killed 1 fighters SY07; killed 2 fighters SY07",
    "قتل ستة مدنيين بينهم امرأتان وطفل بغارة جوية على بلدة في ريف حماة الشمالي": "killed 6 civilians SY05; killed 2 women SY05 part of 1; killed 1 children SY05 part of 1",
    "وقال الدفاع المدني إن امرأة قتلت مع أطفالها الثلاثة بقصف على قرية في ريف إدلب الجنوبي": "killed 1 women SY07; killed 3 children SY07",
    "أسفر القصف عن مقتل رجل وطفليه، وامرأة من عائلته، في بلدة نصيب شرق درعا": "killed 1 SY12; killed 2 children SY12; killed 1 women SY12",
    "ووثق المرصد مقتل 400 شخص من مقاتلي الفصائل، و350 عنصرا من قوات النظام، وثلاثة منشقين": "killed 400 people; killed 350 fighters; killed 3 fighters",
    "وأسفر الهجوم عن مقتل تسعة عناصر للنظام مقابل سبعة مقاتلين من الفصائل": "killed 9 fighters; killed 7 fighters",
    "وأسفرت الهجمات عن مقتل 30 شخصا بينهم 12 عنصرا من قوات النظام والمسلحين الموالين لها والمتعاونين معها و5 مقاتلين سابقين": "killed 30 people; killed 12 fighters part of 1; killed 5 fighters part of 1",
    "ووثقت المنظمة مقتل 40 شخصا في المخيم، هم: ثلاثة من الحراس، و25 من النازحين": "killed 40 people; killed 3 part of 1; killed 25 part of 1",
})
def and_after_last(v: Sentence, k: int) -> Draft | None:
    """The last claim, when a phrase at k is joined to it by و (or مقابل, the other side's toll)
    in the same clause (or after a
    comma, a person: مقتل أب وطفليه، وامرأة من عائلته; 3 منهم في A، ومدنيان في B; members of
    an armed body: ، و350 من قوات النظام), or by مع right after it (a person's own: مع
    طفليها). Words after من describe the claim before (400 شخص من مقاتلي الفصائل): no count
    of their own; such a description may run to ``DESCRIBED_REACH`` words (16 عنصرا من قوات
    النظام والموالين لها والمتعاونين معها و6 مقاتلين: set E33), other words to six."""
    if not v.drafts:
        return None
    last = v.drafts[-1]
    in_list = last.subset_of is not None  # a list of parts: its items may be of any people (، و67 من اللاجئين)
    after_comma = not v.joined(k) and v.comma_before(k) and v.words[k].startswith("و") and _person_after(v, k, in_list)
    if not v.joined(k) and not after_comma:
        return None
    if v.words[k - 1] == "و" and not v.joined(k - 1) and v.comma_before(k - 1):
        after_comma = _person_after(v, k, in_list)  # ، و350 من قوات النظام: و stands alone before the count
    if v.words[k - 1] == WITH and last.last == k - 1 and (form := v.noun(k)) is not None \
            and not form.noun.excluded and not form.noun.claim_type:  # fmt: skip
        return last  # توفيت مع طفليها, قتل مع أطفاله الثلاثة: "with" her own, right after the claim
    if v.words[k - 1] == "و" or v.words[k - 1] == VERSUS:
        k -= 1  # و3 is tokenized و + 3; مقتل تسعة عناصر للنظام مقابل سبعة مقاتلين: the other side's
    elif not v.words[k].startswith("و"):
        return None
    if not last.last <= k <= last.last + (DESCRIBED_REACH if v.words[last.last] == FROM else 6):
        return None
    # a modifier may stand between (مقتل قيادي في "هيئة تحرير الشام" وعنصرين): no clause
    # break, number, trigger or counted noun of its own
    of_whom = False  # past من: who they were (400 شخص من مقاتلي الفصائل، و350 ...), no count of its own
    for q in range(last.last, k):
        w = v.words[q]
        of_whom = of_whom or q >= 1 and v.words[q - 1] == FROM
        if (v.toks.barrier(q + 1) and not (after_comma and q + 1 == k)) or trigger_word(w) \
                or may_start_count(w) and (w != FROM or match_count(v.words, q) is not None) \
                or cached_noun_form(w) and not of_whom:  # fmt: skip
            return None
    return last


def _person_after(v: Sentence, k: int, in_list: bool = False) -> bool:
    """Token k (with its و) is a person noun, or a count of one, or a count of an armed
    body's members (و350 من قوات النظام); in a list of parts, also a count of people of a
    state (و67 من اللاجئين: the refugees among the dead)."""
    form = _counted_noun(v, k)
    if form is None and (hit := match_count(v.words, k)) is not None and hit[1] < v.n and v.words[hit[1]] == FROM:
        if armed_body_at(v.words, hit[1]) is not None:
            return True
        after = v.noun(hit[1] + 1)
        return in_list and after is not None and after.definite and not after.noun.excluded and after.noun.claim_type in STATUS_TYPES
    return form is not None and not form.noun.excluded and (not form.noun.claim_type or in_list and form.noun.claim_type in STATUS_TYPES)


def _counted_noun(v: Sentence, k: int) -> NounForm | None:
    """The noun at k, or after a count phrase starting at k (خمسة أطفال, امرأة)."""
    hit = match_count(v.words, k)
    return v.noun(hit[1] if hit is not None else k)


@rule({
    "سجلت 18 إصابة بفيروس كورونا في دمشق، و11 في ريف دمشق، و4 في درعا": "cases 18 SY01; cases 11 SY03; cases 4 SY12",
    "سجلت 9 حالات وفاة بفيروس كورونا في حلب، و3 في حمص": "deaths 9 SY02; deaths 3 SY04",
    "وتوزع القتلى على المحافظات: 44 قتيلا في حماة، و14 بدير الزور": "killed 44 SY05; killed 14 SY09",
    "وذكر التقرير أن 14 مدنيا قتلوا على يد قوات النظام، و9 على يد فصائل المعارضة": "killed 14 civilians; killed 9",
    "سجلت 12 إصابة بالكوليرا في مدينة الرقة، 5 في الطبقة، و3 في المنصورة": "cases 12 SY11; cases 5 SY11; cases 3 SY11",
    "ووثق المرصد مقتل 410 أشخاص من مقاتلي الفصائل، 370 من قوات النظام، و12 من عناصر الميليشيات الموالية": "killed 410 people; killed 370 fighters; killed 12 fighters",
    "قتل خمسة مدنيين في غارات على سوق شعبي في مدينة أريحا جنوب محافظة إدلب غربي البلاد، وثلاثة آخرين في قرية مجاورة": "killed 5 civilians SY07; killed 3 SY07",
})
def listed_after(v: Sentence, i: int, end: int, form: NounForm | None) -> Draft | None:
    """The claim a count at i goes on from in a list by place, perpetrator or cause; "others"
    (وأربعة آخرين في بلدة X) go on from it past a longer place, up to ``OTHERS_REACH`` words
    with no verb of an event (round 66: a list of the dead by town after فضلا عن).

    18 إصابة في دمشق، و11 في ريف دمشق؛ 15 مدنيا قتلوا على يد X، و12 (مدنيا) على يد Y: a
    comma, و, the count (and a person noun), then the same head as the item before
    (``list_heads``: في, على, بسبب, من) or the clause's end. Without و, only the same head
    goes on (، 3 في جرابلس; a toll by side: 410 أشخاص من مقاتلي الفصائل، 370 من قوات النظام)."""
    if form is not None and (form.noun.claim_type or form.noun.excluded) or not v.drafts \
            or not v.toks.barrier(i - (v.words[i - 1] == "و")):  # fmt: skip
        return None
    bare = not (v.words[i].startswith("و") or v.words[i - 1] == "و")
    if bare and not v.comma_before(i):
        return None  # 18 إصابة في دمشق، 11 في حلب: a comma alone goes on only before the list's head
    last = v.drafts[-1]
    start = i - 1 if v.words[i - 1] == "و" else i
    others = end < v.n and has(v.words[end - 1], "others") and not bare  # ، وأربعة آخرين في بلدة النيرب
    reach = OTHERS_REACH if others else 6
    if start - last.last > reach:
        return None  # (tested before the words between are sliced)
    between = v.words[last.last : start]
    heads = LIST_HEADS.intersection(between)
    if any(_in_governorate(v, q) for q in range(last.last, start)):
        heads = heads | {IN}  # ، و14 بحلب، و3 بإدلب: the item before was "in" a governorate too
    if others and any(trigger_word(w) for w in between):
        return None
    if not heads or len(between) > reach or any(v.toks.barrier(q) for q in range(last.last + 1, start)):
        return None  # the claim before ends in a phrase of the list's head, which the comma closes
    hit = match_count(v.words, i)
    head = hit[1] + (hit[1] < v.n and v.noun(hit[1]) is not None) if hit is not None else end  # ، 641 (عنصرا) من قوات النظام
    if IN in heads:
        heads = heads | {v.words[q] for q in (end, head) if _in_governorate(v, q)}  # و14 بدير الزور: ب as في
    if bare:
        return last if any(q < v.n and v.joined(q) and v.words[q] in heads for q in (end, head)) else None
    return last if end >= v.n or v.words[end] in heads or not v.joined(end) or head < v.n and v.words[head] in heads else None


OTHERS_REACH = 16  # words between a list's item and the "others" that go on from it
BREAKDOWN_SUBJECT = 5  # words from a breakdown verb to the whole it opens (توزع الضحايا المدنيون البالغ عددهم 40)


def _in_governorate(v: Sentence, q: int) -> bool:
    """Token q is ب glued to a governorate's name (بحلب, بدير الزور): "in" it."""
    if q >= v.n or v.words[q][:1] != "ب" or len(v.words[q]) < 3:
        return False
    name = v.words[q][1:]
    return governorate_pcode(name) is not None or q + 1 < v.n and v.joined(q + 1) and governorate_pcode(f"{name} {v.words[q + 1]}") is not None

@rule({
    "وأحصى التقرير مقتل 30 شخصا، منهم 22 قتلوا بإطلاق نار و5 نتيجة انفجار ألغام و3 تحت التعذيب": "killed 30 people; killed 22 part of 1; killed 5 part of 1; killed 3 part of 1",
    "ووثق المكتب مقتل تسعة أشخاص، ستة منهم بقصف جوي، وثلاثة بعبوة ناسفة": "killed 9 people; killed 6 part of 1; killed 3 part of 1",
})
def tally_item(v: Sentence, i: int, end: int, form: NounForm | None) -> Draft | None:
    """The claim a count at i goes on from in a tally by cause or manner.

    و3 نتيجة انفجار مخلفات، و2 تحت التعذيب: a count after و (a person noun may follow it),
    then a cause (``cause_heads``, or a ب-word of violence: بعبوة), after a claim of the
    sentence with no trigger or clause opener between (up to twelve words)."""
    if form is not None and (form.noun.claim_type or form.noun.excluded) or not v.drafts:
        return None
    if not (count_clitic(v.words[i]) == "و" or i >= 1 and v.words[i - 1] == "و"):
        return None  # (واحد is no و and أحد)
    if end >= v.n or not v.joined(end):
        return None
    head = v.words[end]
    if not (has(head, "cause_heads") or head[:1] == "ب" and has(head, "violence")):
        return None
    last = v.drafts[-1]
    start = i - 1 if v.words[i - 1] == "و" else i
    if not 0 <= start - last.last <= 12:
        return None
    between = v.words[last.last : start]
    if between and between[0] in POST_TRIGGERS:
        between = between[1:]  # 22 قتلوا بإطلاق نار و5 ...: the claim's own verb
    if any(trigger_word(w) or has(w, "clause_openers") for w in between):
        return None
    return last


# How far a "by the hand of" item may stand from the claim it goes on from, and how many
# words ("من تلك الحالات", "تمت") may stand between its count and على يد.
HAND_REACH = 30
HAND_GAP = 5


@rule({
    "وثق التقرير اعتقال 128 شخصا على يد قوات النظام، فيما سجلت 38 حالة على يد فصائل المعارضة، و21 حالة على يد قسد": "arrested 128 people; arrested 38; arrested 21",
    "وقال التقرير إن 183 شخصا تحولوا إلى مختفين قسريا، وإن 121 حالة من تلك الحالات تمت على يد قوات النظام": "missing 183 people; missing 121",
})
def by_hand_of(v: Sentence, i: int, end: int, form: NounForm | None) -> Draft | None:
    """The claim a count of cases at i goes on from in a tally by perpetrator: "N حالة على
    يد X" (or with no noun, "و37 على يد X"), within ``HAND_GAP`` words, after a claim of
    the sentence, past no trigger of another type (up to ``HAND_REACH`` words; a clause opener may stand
    between: فيما سجلت 38 حالة على يد ...). It counts the same kind of event."""
    if form is not None and not form.noun.container or not v.drafts:
        return None
    hand = next((q for q in range(end, min(end + HAND_GAP, v.n - 1)) if v.words[q] == ON and v.words[q + 1] in HANDS), None)
    if hand is None or any(v.toks.barrier(q) and not v.comma_before(q) for q in range(end, hand + 1)):
        return None
    last = v.drafts[-1]
    if not 0 <= i - last.last <= HAND_REACH:
        return None
    if any((t := trigger_word(w)) is not None and t[0].claim_type != last.claim_type for w in v.words[last.last : i]):
        return None  # another kind of event between
    return last


# How far an "in addition to" count may stand from the claim it adds to.
ADDITION_REACH = 16
TO_ABOUT = frozenset({TO, ABOUT})  # إضافة إلى, فضلا عن


@rule({
    "وأحصى المرصد مقتل 120 عنصرا من قوات النظام، بالإضافة إلى 85 من عناصر الفصائل": "killed 120 fighters; killed 85 fighters",
    "تسبب القصف بمقتل 40 مدنيا، إضافة إلى 3 متطوعين في الدفاع المدني، في ريف دمشق": "killed 40 civilians SY03; killed 3 medical_workers SY03",
    "وأفاد المرصد بمقتل خمسة مدنيين في مدينة سراقب شرق إدلب، فضلا عن ثلاثة آخرين في بلدة النيرب": "killed 5 civilians SY07; killed 3 SY07",
    "وقضى 13 لاجئا بقصف على المخيم، إضافة إلى 8 لاجئين في بلدة مجاورة": "killed 13; killed 8",
})
def in_addition(v: Sentence, i: int, form: NounForm | None) -> Draft | None:
    """The claim a count of people at i is added to: "بالإضافة إلى", "إضافة إلى/لـ" or
    "فضلا عن" right before it (``addition_words``), after a claim of the sentence, past no trigger or
    clause opener (up to ``ADDITION_REACH`` words). The same kind of event, more people: no part.
    People of a state (8 لاجئين, معتقلين) added to the dead are more of the dead (count_type)."""
    if not v.drafts or i < 2 or not v.joined(i) or form is not None and (form.noun.excluded or form.noun.claim_type):
        return None
    word = v.words[i - 1]
    if not (word in TO_ABOUT and has(v.words[i - 2], "addition_words") or has(word, "addition_words") and v.words[i][:1] == "ل"
            or word[:1] == "ل" and has(v.words[i - 2], "addition_words")):  # fmt: skip
        return None
    last = next((d for d in reversed(v.drafts) if d.subset_of is None), None)
    if last is None or not 0 <= i - last.last <= ADDITION_REACH:
        return None
    if any(trigger_word(w) or has(w, "clause_openers") for w in v.words[last.last : i - 2]):
        return None
    return last


@rule({
    "ووثق التقرير 240 حالة اعتقال، ومن بين المعتقلين 17 طفلا و9 سيدات": "arrested 240; arrested 17 children part of 1; arrested 9 women part of 1",
    "اعتقلت الدورية 40 شخصا في البلدة. وكان من بينهم ستة أطفال.": "arrested 40 people; arrested 6 children",
    "وقال التقرير إن من بين المختفين قسرا 160 ألف شخص في مراكز النظام": "missing 160000 people cumulative",
    "وأضاف المرصد أن من بين القتلى المدنيين 40 رجلا و12 امرأة و9 أطفال": "killed 40; killed 12 women; killed 9 children",
})
def among_counted(v: Sentence, i: int) -> str | None:
    """The type of a count at i among people counted before: "من بين المعتقلين 17 طفلا"
    (a claim noun after بين), or "بينهم" opening a sentence with no claim before it, among
    the people of the sentence before (وكان من بينهم ستة أطفال)."""
    at = i - 1
    if i >= 3 and v.words[at] in FORCIBLY and v.joined(i):
        at -= 1  # من بين المختفين قسرا 160 ألفا
    elif i >= 3 and v.joined(i) and (adjective := v.noun(at)) is not None and adjective.definite \
            and adjective.noun.group is not None and not adjective.noun.claim_type:  # fmt: skip
        at -= 1  # من بين القتلى المدنيين 304 رجال: the dead's group, then their parts (round 66)
    if at >= 1 and v.joined(at + 1) and v.joined(at) and strip_clitics(v.words[at - 1], (AMONG,)) is not None:
        form = v.noun(at)
        if form is not None and form.noun.claim_type and form.definite and not form.noun.container:
            return resolve_noun_type(v, form, at)[0]  # من بين الضحايا: the victims' type by context
    if not v.drafts and i >= 1 and v.joined(i) and strip_clitics(v.words[i - 1], SUBSET) is not None:
        return v.previous_type
    return None


@rule({
    "وأوضح المرصد أن الضحايا هم 1,250 مدنيا و430 جنديا": "killed_or_injured 1250 civilians; killed_or_injured 430 fighters",
    "وقالت الشبكة إن المدنيين الذين قتلوا خلال الأسبوع هم 12 في حلب و5 في إدلب": "killed 12 SY02; killed 5 SY07",
    "والقتلى 2150 مدنيا بينهم 410 أطفال": "killed 2150 civilians; killed 410 children part of 1",
    "- الوفيات: 9 أشخاص، بينهم 4 أطفال وامرأة": "deaths 9 people; deaths 4 children part of 1; deaths 1 women part of 1",
})
def copula_subject(v: Sentence, i: int) -> str | None:
    """The type of a count at i right after هم/هي (لـ): what its subject counts, a
    definite claim noun (الضحايا هم 1,250 مدنيا) or "X الذين <verb>" (المدنيون الذين قتلوا
    ... هم 12 في حلب), up to twelve words back, over commas; or with no copula, right after
    a definite plural claim noun that opens the sentence (والقتلى 3480 مدنيا), or after it and
    a colon, a bulletin's line (- الوفيات: 7 أشخاص; round 32)."""
    at = i - 1 - (i >= 1 and v.words[i - 1] == "ل")
    colon = v.toks.gaps[i].strip() == ":"
    labelled = at == 0 and colon  # - الوفيات: 7 أشخاص (a bulletin's line)
    if at == 0 and (v.joined(i) or labelled) and (form := v.noun(0)) is not None and form.noun.claim_type and form.definite \
            and form.number == "plural":  # fmt: skip
        return resolve_noun_type(v, form, 0)[0]  # والقتلى 3480 مدنيا: the sentence opens on its subject, no copula
    if at < 1 or v.words[at] not in COPULAS or not (v.joined(i) or colon):
        return None  # الضحايا هم 1,250 مدنيا; القتلى هم: 14 لاجئا
    for p in range(at - 1, max(v.consumed, at - 12) - 1, -1):
        if v.toks.barrier(p + 1) and not v.comma_before(p + 1):
            return None
        form = v.noun(p)
        if form is not None and form.noun.claim_type and form.definite:
            return resolve_noun_type(v, form, p)[0]
        if p >= 1 and v.words[p - 1] in RELATIVES_PLURAL and (hit := trigger_word(v.words[p])) is not None:
            return hit[0].claim_type
    return None


# How far back from ب and its count a word of ranking may stand (تلتها محافظة دير الزور بـ 30).
RANKED_REACH = 5
BY = "ب"  # ب cut off by a tatweel (بـ 129): "with", before a ranked item's count


@rule({
    "وتصدرت محافظة إدلب المحافظات بـ 420 قتيلا، تلتها حماة بـ 95، ثم حلب بـ 40": "killed 420 SY07; killed 95 SY05; killed 40 SY02",
    "ووثقت اللجنة مقتل 148 شخصا في إدلب، تلتها محافظة حلب بـ 81 شخصا": "killed 148 people SY07; killed 81 people SY02",
})
def ranked_item(v: Sentence, i: int) -> Draft | None:
    """The claim a count at i after ب ("with") goes on from in a ranking of places or parties
    by their toll: a word of ranking (`ranking_words`: تلتها, يليها) up to ``RANKED_REACH``
    words before it in its clause, or, after a comma, و or ثم and a name when the claim before
    was itself such an item (تلتها حماة بـ 129، وحلب بـ 39). The monthly reports of the
    human-rights networks rank governorates so (rounds 25-45: 22 sentences)."""
    if i < 2 or v.words[i - 1] != BY or not v.joined(i) or not v.drafts:
        return None
    last = v.drafts[-1]
    item = list(v.back_in_clause(i - 1, RANKED_REACH))  # the item's words before ب, nearest first
    if any(has(v.words[q], "ranking") for q in item):
        return last
    opener = item[-1] if item else None
    ranked_before = last.first >= 1 and v.words[last.first - 1] == BY
    if opener is None or not ranked_before or not v.comma_before(opener):
        return None
    return last if v.words[opener] in LIST_THEN or v.words[opener].startswith("و") else None


@rule({
    "وسجلت مدينة جنديرس 410 وفيات، تليها مدينة سلقين 180 وفاة، وبلدة أرمناز 95، ثم بلدة عزمارين 60": "deaths 410; deaths 180; deaths 95; deaths 60",
})
def place_item(v: Sentence, i: int, end: int, form: NounForm | None) -> Draft | None:
    """The claim a bare count at i goes on from in a toll by place: after a comma, a place
    noun and its name, then the count closing its item (، وبلدة أرمناز 95، ثم بلدة ...).
    The claim before ends in the item before, its count right before that comma."""
    if form is not None or not v.drafts or (end < v.n and v.joined(end)):
        return None
    start = next((q for q in range(i - 1, max(v.consumed, i - 5) - 1, -1) if v.toks.barrier(q)), None)
    if start is None or not v.comma_before(start) or start == i:
        return None
    first = start + (v.words[start] in LIST_THEN)
    if first >= i or not is_place_noun(v.words[first]) or any(may_start_count(w) for w in v.words[first + 1 : i]):
        return None
    last = v.drafts[-1]
    return last if last.last == start and last.subset_of is None else None


def _listed_whole(v: Sentence, i: int) -> Draft | None:
    """The claim before, when a list of its parts may start at token i: an exact whole (no
    part itself) whose clause runs on to i past commas only."""
    whole = v.drafts[-1]
    if whole.subset_of is not None or whole.count.precision != "exact" \
            or v.lasts[-1] > i or any(v.toks.barrier(q) and not v.comma_before(q) for q in range(v.lasts[-1], i + 1)):  # fmt: skip
        return None
    return whole


def _joined_count(v: Sentence, k: int) -> int | None:
    """The index of a count joined by و at token k (واثنان; و 5: و written apart), else None."""
    if k + 1 >= v.n or not v.joined(k) or v.words[k][:1] != "و":
        return None
    if v.words[k] == "و":
        return k + 1 if v.joined(k + 1) and may_start_count(v.words[k + 1]) else None
    return k if may_start_count(v.words[k]) else None


@rule({
    "قتل خمسة مدنيين بقصف على الغوطة الشرقية، ثلاثة في حزة واثنان في زملكا": "killed 5 civilians; killed 3 part of 1; killed 2 part of 1",
    "وأصيب 12 شخصا بجروح، 7 في مدينة الباب و5 في بلدة قباسين": "injured 12 people; injured 7 part of 1; injured 5 part of 1",
})
def place_parts(v: Sentence, i: int, j: int, count: Count) -> int | None:
    """A bare count after a comma and before its place (، ثلاثة في حزة), right after an exact
    claim, then more such counts joined by و (واثنان في زملكا): the claim's breakdown by
    place, parts of its type and scope, summing to at most it (round 60: a toll told by
    village after its total, with no verb of breaking down). The index after the last part,
    or None."""
    if not v.drafts or j - i != 1 or not v.comma_before(i) or j >= v.n or v.words[j] != IN or not v.joined(j):
        return None
    whole = _listed_whole(v, i)
    if whole is None or whole.count.best < 2:
        return None
    parts: list[tuple[int, int, Count]] = []  # (first token, end, count) of each part
    first: int | None = i
    while first is not None:
        hit = match_count(v.words, first)
        if hit is None or hit[1] != first + 1 or hit[0].precision != "exact" or v.words[first + 1 : first + 2] != [IN]:
            return None
        end = first + 2
        while end < v.n and v.joined(end) and end - first < PART_PLACE_REACH and _joined_count(v, end) is None:
            end += 1
        parts.append((first, end, hit[0]))
        first = _joined_count(v, end)
    if len(parts) < 2 or sum(c.best for _, _, c in parts) > whole.count.best:
        return None
    parent = len(v.drafts) - 1
    for start, end, part in parts:
        add(v, Draft(start, end, count_clitic(v.words[start]), whole.claim_type, whole.scope, part, None, parent))
    return parts[-1][1]


ORDINAL_PARTS_MOST = 12  # a count told one by one is small: at most this many parts
PART_PLACE_REACH = 8  # words of one part's place (في أحد مخيمات سرمدا العشوائية)


@rule({
    "سجل المخبر ثلاث إصابات جديدة بالفيروس، واحدة في سرمدا، والثانية في الدانا، والثالثة في إعزاز":
        "cases 3; cases 1 part of 1; cases 1 part of 1; cases 1 part of 1",
    "وسجل المخبر حالتي شفاء، واحدة في أخترين، والثانية في عفرين بريف حلب": "recoveries 2 SY02; recoveries 1 SY02 part of 1; recoveries 1 SY02 part of 1",
})
def ordinal_parts(v: Sentence, i: int, j: int, count: Count) -> int | None:
    """"One" after a comma and before its place (، واحدة في سرمدا), right after a small exact
    count (two to ``ORDINAL_PARTS_MOST``), then "the second", "the third" ... (`ordinal_words`)
    each before its place: every one a part of that count, one person or case each, of its
    type and scope (round 56: a health bulletin's new cases and recoveries told one by one).
    The index after the last part, or None."""
    if not v.drafts or count.best != 1 or j - i != 1 or v.words[i] not in ADJECTIVE_ONES or not v.comma_before(i) \
            or j >= v.n or v.words[j] != IN or not v.joined(j):  # fmt: skip
        return None
    whole = _listed_whole(v, i)
    if whole is None or not 2 <= whole.count.best <= ORDINAL_PARTS_MOST:
        return None
    parent = len(v.drafts) - 1
    parts: list[tuple[int, int]] = []  # (first token, end) of each one
    first: int | None = i
    while first is not None and len(parts) < whole.count.best:
        end = first + 2
        while end < v.n and v.joined(end) and end - first < PART_PLACE_REACH and not has(v.words[end], "ordinals"):
            end += 1
        parts.append((first, end))
        nxt = end if end < v.n and (v.comma_before(end) or v.joined(end)) else None
        first = nxt if nxt is not None and nxt + 1 < v.n and has(v.words[nxt], "ordinals") and v.words[nxt + 1] == IN \
            and v.joined(nxt + 1) else None  # fmt: skip
    if len(parts) < 2:
        return None  # "one in A" alone: no list told one by one
    for start, end in parts:
        clitic = "و" if v.words[start][:1] == "و" and has(v.words[start][1:], "ordinals") else ""  # والثانية, not واحدة
        add(v, Draft(start, end, clitic, whole.claim_type, whole.scope, Count(1, 1, 1, "exact"), None, parent))
    return parts[-1][1]

