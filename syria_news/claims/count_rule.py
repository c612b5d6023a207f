"""Stage: rule 1, a count phrase (digits, number words, a vague quantity) and what says what it
counts, read in phases over one :class:`CountReading`."""


from __future__ import annotations

from dataclasses import dataclass

from syria_news.claims.context import case_or_injury, evacuation, health_cases, own_want
from syria_news.claims.filters import (
    add,
    listed_before,
    suspected_after,
)
from syria_news.claims.groups import (
    among_the,
    held_after_parts,
    still_held,
    describing_group,
    of_group,
)
from syria_news.claims.heads import (
    ARTICLE,
    adjective_one,
    and_injured,
    became_state,
    exposed_to,
    forced_to_flee,
    extend,
    last_verb,
    number_of,
    number_of_after,
    percent_after,
    post_after_body,
    post_after_parts,
    post_at,
    persons_before_verb,
    resolve_noun_type,
    shared_count,
    state_noun,
    turned_missing,
    verb_across_phrase,
    verb_after_list,
)
from syria_news.claims.parts import (
    ordinal_parts,
    place_parts,
    among_counted,
    by_hand_of,
    copula_subject,
    breakdown_part,
    coordinated_with,
    gather_counted_kin,
    dead_in_breakdown,
    governorate_item,
    in_addition,
    listed_after,
    parent_for,
    place_item,
    ranked_item,
    tally_item,
    whole_before,
)
from syria_news.claims.registry import rule
from syria_news.claims.scope import (
    added_to_total,
    cumulative_before,
    day_toll,
    events_total_result,
    camp_residents,
    displaced_stock,
    millions_displaced,
    war_scale_toll,
    held_stock,
    others_of_total,
    period_tally,
    violence_period_total,
    latest_toll,
    grown_by_new,
    reached_toll,
    recorded_at,
    since_war_start,
    so_far,
    until_year,
    totalled_event,
)
from syria_news.claims.triggers import (
    carried_trigger,
    case_trigger_before,
    counts_incidents,
    event_by_doer,
    made_of,
    share_trigger,
    trigger_across_phrase,
    trigger_before,
    verb_across_doer,
)
from syria_news.claims.view import (
    ABOUT,
    AMONG,
    CLAUSE_REACH,
    DEATH_TYPES,
    IN,
    STATUS_TYPES,
    VIOLENCE_TYPES,
    YESTERDAY,
    Draft,
    Sentence,
)
from syria_news.claims.words import (
    AS_HOSTAGES,
    DEFINITE_VAGUE,
    ARMED_BODIES,
    CLITIC_LETTERS,
    NAMED_OUTLETS,
    OF_THEM,
    REACH,
    SHARE_GOES_ON,
    SUBSET,
    TOTAL_CUES,
    YEAR_WORDS,
    _folded_set,
    cached_noun_form,
    has,
    strip_clitics,
    tags,
    trigger_word,
)
from syria_news.text import fold_word
from syria_news.numbers import (
    Count,
    NounForm,
    RANGE_LINKS,
    at_least_suffix,
    by_number,
    change_start,
    count_clitic,
    is_digits,
    is_year,
    match_count,
    may_start_count,
)


@dataclass(slots=True)
class CountReading:
    """What rule 1 has read so far of a count phrase at tokens [i, j): each phase of
    :func:`count_claim` fills some fields, or stops the rule with the index to go on from."""

    i: int
    j: int
    count: Count
    from_trigger: tuple[str, int, str] | None = None  # أصيب من 10 إلى 15: the trigger before a range
    k: int = 0  # the token where the counted noun may stand
    marked: bool = False  # "منهم" after the count: a part of the claim before
    armed: bool = False  # "من" and an armed body after the count
    form: NounForm | None = None  # the counted noun
    head_type: str | None = None  # the type the noun (or its context) gives
    group: str | None = None
    end: int = 0  # the index after the claim's words
    part: tuple[str, int | None, int] | None = None  # a breakdown part (type, whole, first token)
    first: int = 0  # the claim's first token
    clitic: str = ""
    scope: str = "new"
    parent: int | None = None
    share: tuple[str, int, str] | None = None  # توفي منهم 200
    trig: tuple[str, int, str] | None = None
    cue: tuple[int, str | None] | None = None  # a running total's cue
    post: str | None = None  # the type of a verb after the noun
    persons: list[tuple[int, int, Count, str | None]] | None = None  # joined to it before one verb
    verb: int = 0  # that verb's index
    alone: bool = False  # a number with no noun: ثلاثة في عداد المفقودين
    held: bool = False  # a stock of people still held: ما زالوا قيد الاعتقال
    claim_type: str = ""


@rule({
    "قتل 10 أشخاص على الأقل بانفجار سيارة مفخخة في مدينة أعزاز شمال حلب": "killed 10+ people SY02",
    "قتل أكثر من عشرين مدنيا بغارات جوية على مدينة معرة النعمان جنوب إدلب": "killed 21+ civilians SY07",
    "قتل عشرات المدنيين بغارات جوية على مدينة معرة النعمان جنوب إدلب": "killed 20 (20-99) civilians SY07",
})
def count_claim(v: Sentence, i: int, j: int, count: Count) -> int:
    """Rule 1: a count phrase at tokens [i, j) is a claim when something says what it counts.

    Its phases read a :class:`CountReading` in turn, each may stop it; returns the index
    to go on from."""
    if count.best == 1 and v.drafts and (told := ordinal_parts(v, i, j, count)) is not None:
        return told  # ثلاث إصابات، واحدة في A، والثانية في B: the cases one by one
    if v.drafts and (told := place_parts(v, i, j, count)) is not None:
        return told  # خمسة قتلى، ثلاثة في A واثنان في B: the toll by place
    r = CountReading(i, j, count)
    for phase in (count_start, noun_after_count, counted_noun_type, count_qualifiers, whole_or_trigger, count_type, running_total):
        stop = phase(v, r)
        if stop is not None:
            return stop
    if r.claim_type == "injured" and v.names_disease() and r.head_type is None:
        r.claim_type = case_or_injury(v, v.words[r.first])
    if r.first == i and (kin_end := gather_counted_kin(v, i, j, r.count, r.claim_type)) is not None:
        return kin_end  # لإصابته وخمسة من عائلته: one family, one claim
    if r.first < v.consumed:
        r.first, r.clitic = i, count_clitic(v.words[i])
    add(v, Draft(r.first, r.end, r.clitic, r.claim_type, r.scope, r.count, r.group, r.parent, r.share is not None))
    _drop_fewer_incidents(v)
    for first, last, count, group in r.persons or ():
        add(v, Draft(first, last, "و", r.claim_type, r.scope, count, group))
    if r.persons:
        v.consumed = r.verb + 1  # the verb is theirs
        return v.consumed
    return r.end


def _drop_fewer_incidents(v: Sentence) -> None:
    """The claim just added counts the people a count of incidents reached (ثلاث حالات خطف طالت
    خمسة مدنيين: :func:`triggers.incidents_reached`); fewer incidents than people were no
    people, so that count goes."""
    if len(v.drafts) < 2 or v.drafts[-1].first != v.lasts[-2] or v.words[v.drafts[-1].first] not in REACH:
        return
    incidents, people = v.drafts[-2], v.drafts[-1]
    if incidents.claim_type == people.claim_type and incidents.count.best < people.count.best \
            and counts_incidents(v, incidents):  # fmt: skip
        del v.drafts[-2], v.lasts[-2]
        people.subset_of = None


@rule({
    "وأسفر القصف عن وقوع العشرات منهم بين قتيل وجريح في صفوف قوات النظام": "killed_or_injured 20 (20-99) fighters",
    "سقط المئات بين قتيل وجريح بغارات على المدينة": "killed_or_injured 200 (200-999)",
})
def between_dead_and_wounded(v: Sentence, k: int) -> tuple[str, int] | None:
    """(type, index after) of "between dead and wounded" right after a count with no noun (or
    after its "of them": العشرات منهم بين قتيل وجريح): killed_or_injured, as after a noun
    (heads.state_noun; round 60)."""
    k += k < v.n and v.words[k] in OF_THEM and v.joined(k)
    return state_noun(v, k) if k < v.n and v.words[k] == AMONG and v.joined(k) else None


@rule({
    "ارتفعت نسبة الإصابات 18% خلال الأسبوع الماضي في مدينة الحسكة": "",
    "ارتفع عدد القتلى من 10 إلى 15 في مدينة دوما بريف دمشق": "killed 15 cumulative SY03",
    "قتل ثلاثة مدنيين الأحد 12 آب بقصف مدفعي على مدينة دوما بريف دمشق": "killed 3 civilians SY03",
    "وقتل ثلاثة مدنيين في آذار 2014 بقصف على مدينة دوما بريف دمشق": "killed 3 civilians SY03",
    "وثقت المنظمة مقتل 2400 معتقل خلال عام، بمعدل 200 معتقل كل شهر": "killed 2400",
    "وارتفع عدد المعتقلين منذ آذار 2011 إلى 150 ألف شخص": "arrested 150000 people cumulative",
})
def count_start(v: Sentence, r: CountReading) -> int | None:
    """Phase 1 of rule 1: what stops a count before its noun is read.

    A blocker, a rate (بمعدل) or a release before it, a percent after it (18%), the start of a change
    (ارتفع من 10 إلى 15); after a trigger and من, a range (أصيب من 10 إلى 15 مدنيا)."""
    i, j = r.i, r.j
    # a qualifier is no year's: شهر حزيران ما لا يقل عن 184 حالة اعتقال
    before = i - 2 if i >= 2 and v.words[i - 1] == ARTICLE else i - 1  # سن الـ 18: the article written apart
    dated = before >= 0 and v.joined(i) and has(v.words[before], "number_blockers") and r.count.precision not in ("at_least", "approximate") \
        and not (i >= 2 and v.words[i - 2] == YESTERDAY)  # أمس الأول 7: the day before yesterday, then the count
    if dated and j - i == 1 and _after_month(v, i) and not _year_after_month(v, i, j):
        dated = False  # خلال شهر آب 549 شخصا: a month's year has four digits (or two, counting nothing)
    rate = i >= 1 and has(v.words[i - 1], "rates")  # بمعدل 300 معتقل كل شهر: a rate, no people
    dated = dated or v.in_date(i) or year_after_in(v, r) or year_after_year(v, r)  # الأحد 12 آب: a day's number before its month
    if dated and _year_opens_range(v, r):
        return i + 1  # منذ آذار 2011 إلى 500 ألف: the year is the date, the count after إلى is read alone
    if dated or rate or listed_before(v, i, "releases") or adjective_one(v, i) or outlet_number(v, i, j) or footnote(v, i, j):
        return j
    if percent_after(v, j):
        return j
    from_trigger = trigger_before(v, i - 1) if i >= 2 and v.words[i - 1] == "من" and v.joined(i) else None
    if from_trigger is not None:  # أصيب من 10 إلى 15 مدنيا: after a trigger, من opens a range
        ranged = match_count(v.words, i, after_from=True)
        if ranged is None or ranged[0].high is None:
            from_trigger = None
        else:
            r.count, r.j = ranged
    elif change_start(v.words, i, j):
        if not range_from(v, i, r):
            return j  # ارتفع عدد القتلى من 10 إلى 15: 10 is no longer the count
    r.from_trigger = from_trigger
    return None


@rule({
    "وتقدر اللجنة عدد المفقودين في سوريا بأكثر من 130 ألف شخص[2] منذ عام 2011": "missing 130001+ people cumulative",
})
def footnote(v: Sentence, i: int, j: int) -> bool:
    """The count from i to j stands alone in square brackets (شخص[1]): a report's footnote
    mark, no count (round 66)."""
    return "[" in v.toks.gaps[i] and j < len(v.toks.gaps) and "]" in v.toks.gaps[j]


# Words back from a من to the start of a change (ارتفع عدد الضحايا في المدينة من 5 إلى 9).
CHANGE_REACH = 8


@rule({
    "وقال المتحدث إن موجة كبيرة من 5000 إلى 7000 لاجئ عبرت الحدود": "displaced 5000 (5000-7000)",
    "وأحصت المفوضية خلال الأسبوع الماضي وصول من 5000 إلى 7000 لاجئ إلى إقليم كردستان": "displaced 5000 (5000-7000)",
})
def range_from(v: Sentence, i: int, r: CountReading) -> bool:
    """Rule ``range_from``: "from n to m" (من 5000 إلى 7000 لاجئ) is a range, low n, best n,
    high m, unless a change, a running total or a number's head stands before it in its
    clause (`change_words`, `cumulative_cues`, `number_heads`: ارتفع عدد القتلى من 10 إلى 15,
    the change's end is the count). Reads the range into ``r``; round 59."""
    if is_year(v.words[i]):
        return False  # في الفترة من 2012 إلى 2014: a period
    for q in range(i - 2, max(v.consumed, i - 2 - CHANGE_REACH) - 1, -1):
        if not v.joined(q + 1):
            break  # the clause starts after q
        w = v.words[q]
        if has(w, "change_words") or has(w, "cues") or has(w, "number_heads"):
            return False
    ranged = match_count(v.words, i, after_from=True)
    if ranged is None or ranged[0].high is None:
        return False
    r.count, r.j = ranged
    return True


def _year_opens_range(v: Sentence, r: CountReading) -> bool:
    """A dated year read as a range's first end (2011 إلى 500 ألف) whose other end is no year:
    "since 2011, to 500,000", not a range from 2011 (من 2011 إلى 2015 stays one date)."""
    return r.count.high is not None and r.count.high != r.count.best and is_year(v.words[r.i]) \
        and not is_year(str(r.count.high))


@rule({
    "ووثقت الشبكة اعتقال 95 شخصا خلال الشهر، وقوات النظام مسؤولة عن 60 حالة منها": "arrested 95 people; arrested 60",
    "وقال التقرير إن النظام مسؤول عن اعتقال 131 حالة، وفصائل المعارضة عن 18 حالة، وقسد عن 43 حالة": "arrested 131; arrested 18; arrested 43",
})
def responsible_for(v: Sentence, i: int) -> str | None:
    """The type of a count at i after "responsible for" (مسؤولة عن 60 حالة): a report's
    tally by perpetrator, of the kind of the claim before it in the sentence or the one
    before."""
    if i < 2 or v.words[i - 1] != ABOUT or not v.joined(i):
        return None
    if not has(v.words[i - 2], "responsible") and not (v.drafts and v.mentions("responsible") and _next_party(v, i - 1)):
        return None
    return v.drafts[-1].claim_type if v.drafts else v.previous_type


# The most words of the next party in a tally by perpetrator: ، وفصائل المعارضة المسلحة عن 18 حالة.
PARTY_REACH = 5


def _next_party(v: Sentence, about: int) -> bool:
    """The "عن" at ``about`` closes the next party's name in a tally by perpetrator after
    "responsible for" (النظام مسؤول عن 131 حالة، وفصائل المعارضة عن 18 حالة): a comma and و open
    the name, at most ``PARTY_REACH`` words before, with no count or trigger in it (round 53)."""
    for q in range(about - 1, max(v.consumed - 1, about - 1 - PARTY_REACH), -1):
        w = v.words[q]
        if match_count(v.words, q) is not None or trigger_word(w) is not None:
            return False
        if not v.joined(q):  # the name's first word
            return v.comma_before(q) and (w.startswith("و") or q >= 1 and v.words[q - 1] == "و")
    return False


def _after_month(v: Sentence, i: int) -> bool:
    """Token i follows a month's name (آب, تموز) or its second word (كانون الثاني)."""
    before = v.words[i - 1]
    return has(before, "months") or has(before, "month_seconds") and i >= 2 and has(v.words[i - 2], "months")


def _year_after_month(v: Sentence, i: int, j: int) -> bool:
    """The number at i after a month is its year: four digits from 1950 to 2049, or two with
    no counted noun after them (آذار 13 is a year; كانون الثاني 43 حالة اعتقال counts cases)."""
    w = v.words[i]
    if len(w) == 4:
        return is_year(w)
    return len(w) == 2 and is_digits(w) and (j >= v.n or not v.joined(j) or v.noun(j) is None)


@rule({
    "ووثقت الشبكة مقتل 900 شخص تحت التعذيب منذ بدء قمع الاحتجاجات في 2011": "killed 900 people cumulative",
})
def year_after_in(v: Sentence, r: CountReading) -> bool:
    """A year after في (في 2011): four digits from 1950 to 2049 with no counted noun after
    them are a date, no count of people."""
    i, w = r.i, v.words[r.i]
    return (i >= 1 and v.words[i - 1] == IN and is_year(w)
            and r.j == i + 1 and (r.j >= v.n or not v.joined(r.j) or v.noun(r.j) is None))  # fmt: skip


@rule({
    "وثقت الشبكة مقتل 40 مدنيا في المدينة في الفترة من 2012 إلى 2014": "killed 40 civilians",
    "قتل 40 مدنيا بين عامي 2012 و2014 بقصف على المدينة": "killed 40 civilians",
    "ليصل عدد الذين قتلوا من الكوادر الطبية منذ مطلع العام الجاري 2018 إلى 73 شخصا": "killed 73 people cumulative",
})
def year_after_year(v: Sentence, r: CountReading) -> bool:
    """The second year of a period (من 2012 إلى 2014, عامي 2012 و2014), or the year of "this
    year" (العام الجاري 2018): a year (four digits, 1950-2049) right after a year and a range
    link or و, or two words after عام, with no counted noun after it, is a date."""
    i = r.i
    return (is_year(v.words[i]) and r.j == i + 1 and i >= 2
            and (is_year(v.words[i - 2]) and (v.words[i - 1] in RANGE_LINKS or v.words[i - 1] == "و")
                 or v.words[i - 2] in YEAR_WORDS and v.joined(i - 1) and v.joined(i))  # العام الجاري 2018
            and not (r.j < v.n and v.joined(r.j) and v.noun(r.j) is not None))  # fmt: skip




@rule({
    "قتل أربعة مدنيين وجرح العشرات اليوم بقصف على مدينة أريحا": "killed 4 civilians; injured 20 (20-99)",
    "ونزح الآلاف الشهر الماضي من قرى ريف إدلب الجنوبي": "displaced 2000 (2000-9999) SY07",
})
def definite_vague(v: Sentence, j: int) -> bool:
    """The count ending at j is a vague one with the article (العشرات, المئات, الآلاف): the
    noun after it is none of its own, which would follow it in a construct without the
    article (عشرات المدنيين), so a time after it (وجرح العشرات اليوم) leaves it a count of
    people, not of days (round 55)."""
    return v.words[j - 1] in DEFINITE_VAGUE


@rule({
    "قتل شاب بخمس رصاصات أطلقها مجهولون في مدينة درعا": "killed 1 SY12",
    "قتل مدني بقصف مدفعي تضررت فيه عدة محال تجارية في مدينة الباب شرق حلب": "killed 1 civilians SY02",
})
def noun_after_count(v: Sentence, r: CountReading) -> int | None:
    """Phase 2 of rule 1: the token of the counted noun.

    Past "منهم" (a part: أربعة منهم أطفال) and past "من" (or "من بين") before a person noun
    (ثلاثة من عناصر, أربعة من بين الجرحى); none when a clitic opens another phrase (مقتل 2 وإصابة 6). A number with ب
    counts people only before a person noun (بخمس رصاصات)."""
    i, j = r.i, r.j
    k = j
    r.marked = k < v.n and v.words[k] in OF_THEM and v.joined(k) and bool(v.drafts)
    if r.marked:
        k += 1  # أربعة منهم أطفال, أربع منها في إدلب, حالة اثنين منهم خطرة: a part of the claim before
    r.armed = (k + 1 < v.n and v.words[k] == "من" and v.joined(k) and v.joined(k + 1)
               and strip_clitics(v.words[k + 1], ARMED_BODIES) is not None)  # fmt: skip
    if k + 2 < v.n and v.words[k] == "من" and v.words[k + 1] == AMONG and v.joined(k) and v.joined(k + 1) \
            and (among := v.noun(k + 2)) is not None and among.definite and not among.noun.excluded:  # fmt: skip
        k += 2  # أربعة من بين الجرحى: "among" the wounded (round 69)
    elif k + 1 < v.n and v.words[k] == "من" and v.joined(k):
        after = v.noun(k + 1)
        if after is not None and not after.noun.excluded and (after.noun.claim_type is None or after.definite):
            k += 1  # ثلاثة من عناصر, عدد من المدنيين, عشرات من الجرحى
    form = v.noun(k) if v.joined(k) else None
    if form is None and k < v.n and v.joined(k):
        form = _nationality_accusative(v.words[k])  # 98 سوريا (سورياً): after a count, Syrians, not the country
    if form is not None and form.prefix[:1] in ("و", "ف", "ب", "ل", "ك"):
        form = None  # مقتل 2 وإصابة 6, مقتل 3 بهجوم: a conjunction or preposition opens another phrase
    if form is not None and form.definite and k == j and definite_vague(v, j):
        form = None  # وجرح العشرات اليوم: a definite count governs no noun after it
    if by_number(v.words[i]) is not None and (form is None or form.noun.excluded):
        return j  # بخمس رصاصات: a number with ب counts people only when a person noun follows
    if form is None and r.count.precision == "vague" and thing_after(v, k) \
            and not (i >= 1 and v.joined(i) and trigger_word(v.words[i - 1]) is not None):  # fmt: skip
        return j  # وعدة أحياء أخرى: a vague count of things (but جرح عدد آخر نقلوا: of people)
    r.k, r.form, r.end = k, form, k if r.marked else j
    return None


@rule({
    "واعتقلت الدورية 12 شخصا في حي الجورة وعدة أحياء أخرى": "arrested 12 people",
    "قتل مدني وجرح عدد آخر نقلوا إلى مشفى قريب في مدينة الأتارب غرب حلب": "killed 1 civilians SY02; injured 2 (2-?) SY02",
})
def thing_after(v: Sentence, k: int) -> bool:
    """Token k, right after a vague count, is a word of no list: a thing, not a person
    (عدة أحياء, عشرات المنازل are no people; عشرات المدنيين, عشرات من ... are)."""
    if k >= v.n or not v.joined(k):
        return False
    word = v.words[k]
    if len(word) <= 2 or word[0] in CLITIC_LETTERS or tags(word):
        return False
    return trigger_word(word) is None and cached_noun_form(word) is None and match_count(v.words, k) is None


@rule({
    "وقالت شبكة السويداء 24 إن مسلحين اختطفوا شابين في ريف المحافظة": "kidnapped 2 SY13",
})
def outlet_number(v: Sentence, i: int, j: int) -> bool:
    """The count from i to j ends the name of a news outlet (`named_outlets`: السويداء 24, درعا
    24): the name's number, no count (round 63: a local network's name read as 24 people)."""
    return any(len(name) <= j and tuple(v.words[j - len(name) : j]) == name for name in NAMED_OUTLETS)


@rule({
    "نزحت 80 عائلة من قرى ريف حماة الشمالي بسبب القصف": "",
    "نزحت 80 عائلة نازحة تضم نحو 400 شخص من قرى ريف حماة الشمالي": "displaced ~400 people SY05",
    "سجلت مديرية الصحة 12 إصابة مؤكدة بالكوليرا و40 حالة مشتبه بها في مدينة الرقة": "cases 12 SY11",
    "وقالت إدارة المخيم إن 52 عائلة تتألف من 230 شخصا وصلت إليه قادمة من ريف دير الزور": "displaced 230 people SY09",
    "اغتال مجهولون عنصرين في ريف درعا، لترتفع عمليات الاغتيال إلى 5 عمليات خلال أسبوع": "killed 2 fighters SY12",
    "وسجلت الشبكة 40 إصابة بالكوليرا، ليصل إجمالي عدد الحالات المشتبه بها إلى 900 حالة": "cases 40",
})
def counted_noun_type(v: Sentence, r: CountReading) -> int | None:
    """Phase 3 of rule 1: the type and group the counted noun gives, and the words that belong to it.

    A claim noun (5 قتلى), حالات typed by a total, a verb, a breakdown or the whole they are a
    part of (من بينها 52 حالة), a describing noun
    (قتلى مدنيين), a state noun (سقط 3 مدنيين قتلى). A count of things (families...) is no
    claim, but its trigger carries on to a count of people after it; nor are the cases of a
    total of suspected cases (عدد الحالات المشتبه بها إلى 900 حالة)."""
    form, i, k = r.form, r.i, r.k
    if form is None:
        if (became := became_state(v, r.end)) is not None:
            r.head_type, r.end = became  # وتحول 52 منهم إلى مختفين قسريا
        return None
    head_type, end = None, r.end
    if form.noun.excluded:
        if (trig := trigger_before(v, i)) is not None:
            v.carried = (trig, k + 1)
        elif (adjective := next((q for q in (k + 1, k + 2) if q < v.n and v.joined(q) and has(v.words[q], "displaced_adjectives")), None)) is not None:
            v.carried = (("displaced", i, ""), adjective + 1)  # 80 عائلة نازحة تضم نحو 400 شخص, 38 عائلة عراقية لاجئة
        elif has(v.words[k], "families") and v.mentions("movement"):
            v.carried = (("displaced", i, ""), k + 1)  # 68 عائلة تتألف من 224 شخصا وصلوا إلى المخيم: families on the move
        return k + 1
    if form.noun.claim_type:
        head_type, end = resolve_noun_type(v, form, k)
        if form.noun.container and end == k + 1 and v.mentions("suspected") and (cue := cumulative_before(v, i)) is not None \
                and any(has(w, "suspected") for w in v.words[cue[0] : i]):  # fmt: skip
            v.consumed = end  # its total's words are spent
            return end  # إجمالي عدد الحالات المشتبه بها إلى 11362 حالة: suspected, no claim (round 63)
        if head_type is None and end == k + 1 and (cue := cumulative_before(v, i)) is not None:
            head_type = cue[1]  # بلغ عدد الوفيات 19 حالة: the total says what the cases are
        if head_type is None and end == k + 1 and form.noun.container:
            head_type = case_trigger_before(v, i)  # شفيت 57 حالة: the verb says what they are
        if head_type is None and end == k + 1 and form.noun.container and (share := share_trigger(v, i)) is not None:
            head_type = share[0]  # بلغ عدد الإصابات 1125 شفي منها 584 حالة: the share's verb (rounds 27-28)
        if head_type is None and form.noun.container and (part := breakdown_part(v, i, end)) is not None:
            r.part, head_type = part, part[0]  # توزعت بين 12 حالة في مدينة إدلب و... (read once: part)
        if head_type is None and form.noun.container and (last := by_hand_of(v, i, end, form)) is not None:
            head_type = last.claim_type  # فيما سجلت 38 حالة على يد فصائل المعارضة: the tally's kind
        if head_type is None and form.noun.container and turned_missing(v, i, end):
            head_type = "missing"  # 159 حالة منهم تحولت إلى اختفاء قسري
        if head_type is None and form.noun.container:
            head_type = responsible_for(v, i)  # قوات النظام مسؤولة عن 68 حالة: the report's kind
        if head_type is None and end == k + 1 and form.noun.container and health_cases(v):
            head_type = "cases"  # المرض ...، وتم تسجيل 2500 حالة: a sentence of health names no other kind
        if head_type is None and form.noun.container and (whole := parent_for(v, i)) is not None:
            head_type = v.drafts[whole].claim_type  # 1108 حالات اعتقال، من بينها 52 حالة: its whole's kind (round 66)
        if head_type is None:
            return end  # حالات اشتباه, or حالات with no disease
    end = max(end, k + 1)
    group = form.noun.group
    if head_type == "killed" and and_injured(v, end, counted=form.number == "singular"):
        head_type, end = "killed_or_injured", end + 1
    if head_type or group is None:  # قتلى مدنيين, 5 ناشطين إعلاميين, 3 قتلى من المدنيين
        found = describing_group(v, end) or (of_group(v, end) if group is None else None)
        if found is not None:
            group, end = found
    end = extend(v, end, form)
    if (shared := shared_count(v, r.count, form, end)) is not None:
        end, group = shared  # 16 طفلا وطفلة: one count
    if head_type is None and (state := state_noun(v, end)) is not None:
        head_type, end = state
    r.head_type, r.group, r.end = head_type, group, end
    return None


@rule({
    "سجلت مديرية الصحة 12 إصابة بالكوليرا مشتبه بها في مدينة الرقة": "",
})
def count_qualifiers(v: Sentence, r: CountReading) -> int | None:
    """Phase 4 of rule 1: the words after the noun that qualify the count.

    "من" and an armed body with no noun (3 من الفصائل: fighters), a word of suspicion (no
    claim), "على الأقل" (at least)."""
    if r.armed and r.form is None and r.end == r.j:
        r.group, r.end = "fighters", r.j + 2  # 3 من الفصائل
    if suspected_after(v, r.end):
        return r.end
    if r.count.precision == "exact" and (suffix := at_least_suffix(v.words, r.end)):
        r.count, r.end = Count(r.count.best, r.count.best, None, "at_least"), r.end + suffix  # 10 أشخاص على الأقل
    return None


@rule({
    "سجلت 200 إصابة بفيروس كورونا في محافظة إدلب، شفي منها 150 وتوفي 8": "cases 200 SY07; recoveries 150 SY07; deaths 8 SY07",
    "قتلت قوات النظام 4 مدنيين بقصف مدفعي على قرية في ريف حماة الغربي": "killed 4 civilians SY05",
    "وقالت الوزارة إن عدد الإصابات بفيروس كورونا بلغ 80 حالة، شفيت منها 30، فيما توفي 5": "cases 80 cumulative; recoveries 30 cumulative; deaths 5 cumulative",
})
def whole_or_trigger(v: Sentence, r: CountReading) -> None:
    """Phase 5 of rule 1: what the count belongs to or follows.

    The whole it is a part of (بينهم, منهم, a breakdown), a share (توفي منهم 200), the
    trigger before it (right before, across a phrase or a doer, or carried from a count of
    things), a running total's cue, a verb after it (3 مدنيين قتلوا, في عداد المفقودين)."""
    i, form = r.i, r.form
    r.first, r.clitic, r.scope = i, count_clitic(v.words[i]), "new"
    r.parent = parent_for(v, i)
    if r.parent is None and (part := r.part or breakdown_part(v, i, r.end)) is not None:
        dead = dead_in_breakdown(v, part[0]) if r.head_type in STATUS_TYPES else None  # (5) لاجئين في حلب, of the dead
        r.head_type, r.parent, r.first = dead or r.head_type or part[0], part[1], part[2]
        if r.first < i:  # وريف دمشق (12): the quote starts at the place, without its و
            r.clitic = "و" if v.drafts and v.drafts[-1].last == r.first and v.words[r.first].startswith("و") else ""
    elif r.parent is None and r.head_type is None and form is None and (item := governorate_item(v, i, r.end)) is not None:
        r.head_type, r.first, r.clitic = *item, ""  # حالات الوفاة سجلت في دمشق 2، حلب 1: a tally by governorate
    r.share = share_trigger(v, i)  # توفي منهم 200: of the people before, 200 died
    r.trig = r.share or r.from_trigger or trigger_before(v, i)
    if r.trig is not None and r.share is None and r.from_trigger is None and totalled_event(v, r.trig[1], i):
        r.trig = None  # ليبلغ إجمالي حالات الشفاء 618: the event is what the total counts, read with its cue
    if r.marked and r.parent is None and r.trig is None:
        r.parent = whole_before(v, len(v.drafts))
    if r.share is not None:
        r.scope, r.parent = (v.drafts[r.parent].scope if r.parent is not None else r.scope), None
    elif r.trig is not None and v.drafts and v.drafts[-1].share and (
            r.trig[2].startswith("و") and v.drafts[-1].last == r.trig[1]
            or v.drafts[-1].last == r.trig[1] - 1 and v.words[r.trig[1] - 1] in SHARE_GOES_ON):  # fmt: skip
        r.scope = v.drafts[-1].scope  # شفي منها 584 وتوفي 98: the shares go on
    if r.trig is None and form is not None and r.parent is None and (form.noun.claim_type is None or form.noun.claim_type in STATUS_TYPES):
        r.trig = (trigger_across_phrase(v, i) or carried_trigger(v, i) or made_of(v, i) or verb_across_doer(v, i)
                  or event_by_doer(v, i))
    elif r.trig is None and form is None and r.parent is None:
        r.trig = carried_trigger(v, i, bare=True)  # 23 عائلة يبلغ عدد أفرادها 104: the members, no noun
    r.cue = cumulative_before(v, i) if r.trig is None else None
    if r.cue is not None and r.cue[1] and form is not None and form.noun.container and r.end == r.k + 1:
        r.head_type = r.cue[1]  # ليرتفع عدد الوفيات إلى 35 حالة
    r.alone = form is None and r.end == r.j  # a number with no noun: ثلاثة في عداد المفقودين
    r.post = post_at(v, r.end) if r.end < v.n and v.joined(r.end) else None
    if r.post is None and (among := among_the(v, r.end)) is not None:
        r.post, r.end = among[0], among[1] - 1  # 12 شخصا في عداد المفقودين
    if r.post is None and (held := still_held(v, r.end)) is not None and not (r.parent is not None and v.comma_before(r.end)):
        r.post, r.end, r.held = held[0], held[1] - 1, True  # 181 ألف شخص ما زالوا رهن الاعتقال (a last part's comma: the whole's)
    body_at = r.end - 2 if r.armed and form is None else r.end  # 3 من الفصائل: count_qualifiers read past من and the body
    if r.post is None and (form is not None or r.armed) and (past_body := post_after_body(v, body_at)) is not None:
        r.post, r.end = past_body  # 7 عناصر من قوات النظام قتلوا, خمسة من قوات النظام قتلوا
    if r.post is None and form is not None and not form.noun.excluded and (r.head_type is None or r.head_type in STATUS_TYPES) \
            and (across := verb_across_phrase(v, r.end)) is not None:  # fmt: skip
        r.post, r.end = across  # 12 شخصا من الكوادر الطبية قتلوا
    if r.post is None and form is not None and not form.noun.excluded and r.head_type is None and r.trig is None and r.parent is None \
            and last_verb(v) > r.end:  # fmt: skip
        # 12 عنصرا من قوات النظام و20 مقاتلا قتلوا: the next count's verb (r.end is a verb's index: the quote ends at the noun)
        if (shared := verb_after_list(v, r.end)) is not None:
            r.post, r.end = shared, r.end - 1
    if r.post is None and form is not None and (exposed := exposed_to(v, i, r.end)) is not None:
        r.post = exposed  # تعرض ثلاثة أطفال لإصابات
    if r.post is None and (form is not None and not form.noun.excluded or r.alone) \
            and (forced := forced_to_flee(v, i, r.end)) is not None:  # fmt: skip
        r.post, r.end = forced[0], forced[1] - 1  # أجبرت المعارك 40 ألف شخص على النزوح


UNDER = fold_word("تحت")


def _nationality_accusative(word: str) -> NounForm | None:
    """A nationality in the accusative (98 سورياً, 252 فلسطينياً): folded, سوريا is also the
    country, so the nouns table leaves the form out; right after a count it names people."""
    form = cached_noun_form(word[:-1]) if word.endswith("ا") else None
    return form if form is not None and form.noun.nationality and form.number == "singular" else None


# Types whose state nouns count people who live so, a stock (نازح, معتقل, مفقود): scope.displaced_stock.
STOCK_TYPES = frozenset({"displaced", "arrested", "missing"})


@rule({
    "وتشير المعلومات الأولية إلى وجود نحو ثمانية أشخاص تحت الأنقاض": "missing ~8 people",
    "وما يزال خمسة أطباء تحت الأنقاض بعد الغارة على المشفى": "missing 5 medical_workers",
})
def under_rubble(v: Sentence, end: int) -> bool:
    """People counted with no verb of what befell them, right before "under the rubble" (تحت
    الأنقاض): missing, until they are found (rounds 28 and 30: every such count so annotated).
    Not "from under" it (انتشال 5 أشخاص من تحت الأنقاض: a rescue or the bodies, read by its verb)."""
    return end + 1 < v.n and v.words[end] == UNDER and v.joined(end) and has(v.words[end + 1], "rubble")


@rule({
    "وصل 5 معتقلين أفرج عنهم من سجن صيدنايا إلى مدينة إدلب": "",
    "قتل شاب برصاص مجهولين وشارك 200 شخص في تشييعه بمدينة درعا": "killed 1 SY12",
})
def count_type(v: Sentence, r: CountReading) -> int | None:
    """Phase 6 of rule 1: the claim's type, from the strongest evidence; with none the count is no claim.

    In order: arrested then disappeared, its whole, its trigger, a state noun then a death verb
    or after a total of the dead, the noun, a verb after it, a running total, "عدد X", the claim
    it is joined to by و or listed after."""
    i, j, form, head_type, post, cue = r.i, r.j, r.form, r.head_type, r.post, r.cue
    if turned_missing(v, i, r.end):
        r.claim_type, r.parent = "missing", None  # تحول 163 منهم إلى مختفين قسريا
    elif r.parent is not None:
        base = v.drafts[r.parent]
        r.claim_type, r.scope = head_type or base.claim_type, base.scope
        if (own := own_verb(r, base)) is not None:
            r.claim_type, r.end = own, r.end + 1  # و40 شخصا أصيبوا
        if head_type in STATUS_TYPES and base.claim_type in DEATH_TYPES:
            r.claim_type = base.claim_type  # ضحايا الشهر توزعوا: قضى 3 لاجئين في X: refugees among the dead
        if base.count.best < r.count.best or r.claim_type != base.claim_type:
            r.parent = None  # a part has the type of its whole: بينها 21 وفاة is no part of cases
    elif r.trig is not None:
        r.claim_type, r.first, r.clitic = r.trig
        if head_type == "killed_or_injured" and r.claim_type in ("killed", "injured") or head_type == "kidnapped" and r.claim_type == "arrested":
            r.claim_type = head_type  # قتل 12 شخصا بين قتيل وجريح: the state noun tells both apart; احتجزوا 200 رهينة
        elif r.claim_type == "arrested" and r.end < v.n and v.joined(r.end) and v.words[r.end] in AS_HOSTAGES:
            r.claim_type, r.end = "kidnapped", r.end + 1  # تحتجز 200 مدني كرهائن: held as hostages (round 67)
    elif head_type in STATUS_TYPES and (post in DEATH_TYPES or post == "missing" and head_type != "missing"):
        r.claim_type, r.end = post, r.end + 1  # 92 معتقلا قضوا تحت التعذيب: the detainees died; 150 لاجئا مغيبين قسرا
    elif head_type in STATUS_TYPES and (later := post_after_parts(v, r.end)) in DEATH_TYPES:
        r.claim_type = later  # 9 نازحين بينهم 4 أطفال قتلوا: the displaced died, and their parts
    elif head_type in ("arrested", "kidnapped") and r.end < v.n and v.joined(r.end) \
            and has(v.words[r.end], "releases"):  # fmt: skip
        return r.end  # 5 معتقلين أفرج عنهم: a release, as أفرج عن 5 معتقلين
    elif head_type in STATUS_TYPES and cue is not None and cue[1] in DEATH_TYPES:
        r.claim_type = cue[1]  # بلغ عدد الضحايا الذين قضوا نحو 3500 لاجئ: the refugees are the dead counted
    elif head_type in STATUS_TYPES and (added := in_addition(v, i, None)) is not None and added.claim_type in DEATH_TYPES:
        r.claim_type, r.scope = added.claim_type, added.scope  # قضى 13 لاجئا، إضافة إلى 8 لاجئين: more of the dead
    elif head_type in STATUS_TYPES and (subject := copula_subject(v, i)) in DEATH_TYPES:
        r.claim_type = subject  # والقتلى هم: 14 لاجئا عراقيا: refugees named as the dead
    elif head_type is not None:
        r.claim_type = head_type
    elif form is not None and not form.noun.excluded and r.trig is None and under_rubble(v, r.end):
        r.claim_type = "missing"  # وجود نحو عشرة أشخاص تحت الأنقاض
    elif post is not None and (form is not None or r.alone or r.armed):
        r.claim_type, r.end = post, r.end + 1  # 3 مدنيين قتلوا, مئات الآلاف نزحوا
    elif form is not None and not form.noun.excluded and (fallen := fallen_before(v, i)) is not None:
        r.claim_type, (r.first, r.clitic) = "killed", fallen  # سقط خلال الشهر 1135 مدنيا
    elif (form is not None or r.armed or r.alone) and (later := post_after_parts(v, r.end)) is not None:
        r.claim_type = later  # 19 مدنيا بينهم ستة أطفال قتلوا: the parts are read next
    elif form is not None and (held := held_after_parts(v, r.end)) is not None:
        r.claim_type, r.held = held, True  # 181 ألف شخص، بينهم 5 آلاف طفل، لا يزالون قيد الاعتقال
    elif form is not None and (persons := persons_before_verb(v, r.k, r.end)) is not None:
        r.persons, r.claim_type, r.verb = persons  # خمسة أطفال وامرأة ورجل قتلوا
    elif cue is not None and (cue[1] or v.drafts or v.previous_type):
        previous = v.drafts[-1].claim_type if v.drafts else v.previous_type
        r.claim_type = cue[1] or previous  # type: ignore[assignment]
    elif (named := number_of(v, i) or (number_of_after(v, i, r.end) if form is None else None)) is not None:
        r.claim_type = named  # قدرت مصادر عدد القتلى بنحو 70 شخصا; يرتفع إلى 137 ... تعداد الضحايا
    elif form is not None and (among := among_counted(v, i)) is not None:
        r.claim_type = among  # ومن بين المعتقلين 17 طفلا
        among_whole(v, r)
    elif (subject := copula_subject(v, i)) is not None:
        r.claim_type = subject  # الضحايا هم 1,250 مدنيا
    elif (last := coordinated_with(v, i) or listed_after(v, i, r.end, form) or tally_item(v, i, r.end, form)
          or by_hand_of(v, i, r.end, form) or place_item(v, i, r.end, form) or ranked_item(v, i) or in_addition(v, i, form)) is not None:
        r.claim_type, r.scope = last.claim_type, last.scope
        if r.claim_type == "killed" and own_want(v, r.end - 1):
            r.claim_type = "deaths"  # و205 آخرين بسبب نقص الرعاية الطبية: this item died of want
        whole = last.subset_of  # a list of parts goes on as parts of the same whole
        if whole is not None and v.drafts[whole].count.best >= r.count.best:
            r.parent = whole
    elif form is None and (state := between_dead_and_wounded(v, r.end)) is not None:
        r.claim_type, r.end = state  # وقوع العشرات منهم بين قتيل وجريح
    elif form is not None and not form.noun.excluded and evacuation(v):
        r.claim_type = "displaced"  # حافلات تقل 3950 شخصا: a convoy of evacuation
    elif form is not None and not form.noun.excluded and form.noun.group != "fighters" and camp_residents(v, i, r.count.best):
        r.claim_type, r.scope = "displaced", "cumulative"  # نحو 47 ألف شخص يعيشون في المخيم: a stock
    elif (tallied := responsible_for(v, i)) is not None:
        r.claim_type = tallied  # وقوات النظام مسؤولة عن 68 حالة: of the report's kind
    else:
        return r.end if form is not None else j
    return None


@rule({
    "ارتفعت حصيلة القصف على المدينة إلى 40 قتيلا. ومن بين القتلى 15 طفلا": "killed 40 cumulative; killed 15 children cumulative",
    "قتل 12 مدنيا وجرح 20 آخرون بغارات على بلدة سرجة، وبين القتلى 5 أطفال": "killed 12 civilians; injured 20; killed 5 children part of 1",
})
def among_whole(v: Sentence, r: CountReading) -> None:
    """A count "among the dead" (من بين القتلى 15 طفلا, read by :func:`among_counted`) is part
    of the last claim of its type: in its own sentence, that claim's part (or its whole's;
    past a claim of another type: قتل 12 وجرح 20، وبين القتلى 5 أطفال);
    in a sentence with no claim before it, it keeps the scope of the sentence before's last
    claim (round 24: a rising toll's children are part of the running total, not new dead)."""
    last = next((n for n in range(len(v.drafts), 0, -1) if v.drafts[n - 1].claim_type == r.claim_type), None)
    whole = None if last is None else whole_before(v, last)
    if whole is not None:
        total = v.drafts[whole]
        if total.claim_type == r.claim_type and total.count.best >= r.count.best:
            r.scope, r.parent = total.scope, whole
    elif v.previous_type == r.claim_type:
        r.scope = v.previous_scope


@rule({
    "قتل 12 مدنيا بينهم 3 أطفال و40 شخصا أصيبوا بجروح بقصف على مدينة حلب": "killed 12 civilians SY02; killed 3 children SY02 part of 1; injured 40 people SY02",
})
def own_verb(r: CountReading, base: Draft) -> str | None:
    """The type of a verb right after a listed part (و40 شخصا أصيبوا, after بينهم 3 أطفال of
    the killed), when it says another thing happened than to its whole: the item is a claim
    of its own, not a part (round 26)."""
    return r.post if r.head_type is None and r.post is not None and r.post != base.claim_type else None


# How far back from a count of people "fell" (سقط) may stand: سقط خلال الشهر الماضي في المحافظة 92 مدنيا.
FALLEN_REACH = 8
FALLEN = _folded_set("fallen_words")


@rule({
    "وسقط جراء الغارات الجوية خلال الأسبوع 40 مدنيا بينهم 11 طفلا في ريف إدلب": "killed 40 civilians SY07; killed 11 children SY07 part of 1",
    "ووثق المرصد سقوط 210 أشخاص مجهولي الهوية خلال الشهر": "killed 210 people",
})
def fallen_before(v: Sentence, i: int) -> tuple[int, str] | None:
    """(index, clitic) of "fell" (`fallen_words`: سقط, سقوط) before the count of people at i, in
    its clause, at most ``FALLEN_REACH`` words back, past no count, trigger or person: the
    people fell, were killed. A state noun keeps its own type (سقط 12 جريحا: head_type)."""
    for q in v.back_in_clause(i, FALLEN_REACH, v.consumed):
        w = v.words[q]
        if (fallen := strip_clitics(w, FALLEN)) is not None:
            return q, fallen[0]
        person = v.noun(q)
        if may_start_count(w) or trigger_word(w) is not None or (person is not None and not person.noun.excluded):
            return None
    return None


def _period_tally_at(v: Sentence, cue: int, i: int, claim_type: str) -> bool:
    """The total whose cue is at ``cue`` is the tally of the period it names (new): a "reached"
    in a report's month or year, a bare "reached" toll; not one that rose (`rise_cues`), nor
    one right after a running total of its sentence (فيما بلغ عدد الجرحى: it goes on), nor one
    that grew by new ones (``grown_by_new``)."""
    if v.drafts and v.drafts[-1].scope == "cumulative" and v.lasts[-1] <= cue or grown_by_new(v, i):
        return False
    return not has(v.words[cue], "rise_cues") and (
        period_tally(v, cue) or reached_toll(v, cue, i, claim_type) or violence_period_total(v, claim_type))


@rule({
    "تجاوز عدد الإصابات بفيروس كورونا في محافظة إدلب 50 ألفا": "cases 50001+ cumulative SY07",
    "ارتفع عدد الإصابات بفيروس كورونا في مناطق شمال غرب سوريا إلى 500 والوفيات إلى 20": "cases 500 cumulative; deaths 20 cumulative",
    "أسفرت الغارات عن مقتل 20 مدنيا في حصيلة أولية بينهم ستة أطفال": "killed 20 civilians; killed 6 children part of 1",
    "وسجلت المديرية 350 إصابة جديدة بفيروس كورونا، ليرتفع عدد الإصابات منذ بداية الجائحة إلى 21 ألفا": "cases 350; cases 21000 cumulative",
    "وقال المصدر إن عدد المهجرين ضمن الدفعة الثانية بلغ 940 شخصا وصلوا إلى مدينة إدلب": "displaced 940 people SY07",
    "وقضى خلال الشهر الماضي سبعة معتقلين تحت التعذيب، ليرتفع بذلك العدد إلى 320 ضحية": "killed 7; killed 320 cumulative",
    "وارتفعت حصيلة قتلى الزلزال إلى 900 شخص، فيما بلغ عدد الجرحى 2400": "deaths 900 people cumulative; injured 2400 cumulative",
})
def running_total(v: Sentence, r: CountReading) -> None:
    """Phase 7 of rule 1: a count after a running total's cue, right after a total, or in a
    sentence counting from the war's start, is cumulative.

    A "reached" total in a report's own month or year is that period's tally (new); a total
    that rose (`rise_cues`: ليرتفع بذلك العدد إلى 214) runs on whatever period its sentence
    names (round 32).

    A part keeps its whole's scope (a toll word between them is the whole's: في حصيلة أولية).
    "exceeds" makes it at least n+1; its quote starts at the cue. A count right after a
    total, in its clause, goes on with it (... إلى 500 والوفيات إلى 20)."""
    i, cue = r.i, r.cue
    if cue is not None and r.parent is not None:
        pass  # a part has its whole's scope: مقتل 20 مدنيا في حصيلة أولية بينهم ستة أطفال
    elif cue is not None:
        # بلغ عدد القتلى خلال شهر تشرين الثاني 47: the report's tally of its month, new; but a
        # total that rose (ليرتفع بذلك العدد إلى 214) runs on, whatever period its clause names
        own_tally = (_period_tally_at(v, cue[0], i, r.claim_type) or day_toll(v, cue[0], i)  # حصيلة قتلى اليوم 26: the day's
                     or r.claim_type == "displaced" and evacuation(v))  # عدد المهجرين ضمن هذه الدفعة بلغ 130: the convoy's
        r.scope = "new" if own_tally else "cumulative"
        if r.count.precision == "exact" and any(has(w, "exceed_cues") for w in v.words[cue[0] : i]):
            r.count = Count(r.count.best + 1, r.count.best + 1, None, "at_least")  # تجاوز عدد الإصابات ... 50 ألفا
        if r.trig is None and r.head_type is None and r.parent is None \
                and not any(v.toks.barrier(q) for q in range(cue[0] + 1, i + 1)):  # fmt: skip
            r.first = cue[0]  # the quote starts at the cue, without its clitic (وبلغ: بلغ)
            word, cue_word = v.words[r.first], strip_clitics(v.words[r.first], TOTAL_CUES)
            # a continued total may start at وعدد: the و is left out too
            r.clitic = cue_word[0] if cue_word else "و" if word[:1] == "و" and has(word[1:], "number_heads") else ""
    elif r.parent is None and v.drafts and v.drafts[-1].scope == "cumulative" and r.trig is None \
            and not recorded_at(v, i):  # fmt: skip
        last = v.drafts[-1]  # ... إلى 500 والوفيات إلى 20: the total goes on, in its clause
        if i - last.last <= CLAUSE_REACH and not any(v.toks.barrier(q) for q in range(last.last, i + 1)):
            r.scope = "cumulative"
    if r.scope == "new" and r.parent is None and r.trig is not None \
            and (others_of_total(v, r.j, r.claim_type) or added_to_total(v, r.first, r.claim_type)):  # fmt: skip
        r.scope = "cumulative"  # ارتفع عدد القتلى إلى 208، كما أصيب 176 آخرون; بالإضافة إلى إصابة 180
    if r.scope == "new" and r.parent is None and r.trig is not None and (events := events_total_result(v, r.first)) is not None \
            and not _period_tally_at(v, events, i, r.claim_type):  # fmt: skip
        r.scope = "cumulative"  # ارتفع عدد الهجمات منذ مطلع العام إلى 60، أسفرت عن مقتل 52: the events' running total
    if r.scope == "new" and r.parent is None and r.claim_type in STOCK_TYPES and r.head_type == r.claim_type \
            and (r.claim_type == "displaced" or held_stock(v, r.i, r.form, r.claim_type)) \
            and r.trig is None and r.post is None and r.cue is None and displaced_stock(v, r.i):  # fmt: skip
        r.scope = "cumulative"  # أكثر من مليون نازح في المخيمات, 1633 معتقلا في فروع الأمن: a stock
    if r.scope == "new" and r.parent is None and r.claim_type == "displaced" and millions_displaced(v, r.first, r.i, r.count.best):
        r.scope = "cumulative"  # نزح أكثر من ستة ملايين سوري: the war's displaced
    if r.scope == "new" and r.parent is None and (r.claim_type not in VIOLENCE_TYPES or v.mentions("documenting")) \
            and (so_far(v, r.i) or until_year(v, r.i, r.end)):  # fmt: skip
        r.scope = "cumulative"  # حصد الوباء حتى الآن 456 شخصا; وثقت المجموعة حتى اليوم 3542 ضحية; حتى عام 2020
    if r.held:
        r.scope = "cumulative"  # ما زالوا قيد الاعتقال: a stock of the held
    if r.scope == "new" and r.parent is None and since_war_start(v, r.i, r.j):
        r.scope = "cumulative"  # مقتل 230 ألف مدني منذ آذار 2011: the war's running total
    if r.scope == "new" and r.parent is None and latest_toll(v, r.i):
        r.scope = "cumulative"  # لقي 1500 مدني حتفهم ... في حصيلة جديدة: an updated toll
    if r.scope == "new" and r.parent is None and war_scale_toll(v, r.i, r.j, r.claim_type, r.count.best):
        r.scope = "cumulative"  # أوقع النزاع أكثر من 300 ألف قتيل: the war's toll
