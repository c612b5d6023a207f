"""Stage: running totals (scope ``cumulative``): the cue before a count, and what it totals."""

from __future__ import annotations

from syria_news.claims.context import violence
from syria_news.claims.heads import resolve_noun_type
from syria_news.claims.registry import rule
from syria_news.claims.triggers import counted_by_relative, word_trigger
from syria_news.claims.view import (
    DURING,
    IN,
    ON,
    QUOTE_MARKS,
    TO,
    VIOLENCE_TYPES,
    Sentence,
)
from syria_news.claims.words import (
    AGO_WORDS,
    BARE_EXCEEDED,
    BARE_REACHED,
    MONTH_NOUNS,
    NEW_WORDS,
    PAST_WORDS,
    PERIOD_FROM,
    SINCE,
    SO_FAR_ENDS,
    SPAN_STARTS,
    SUPERLATIVES,
    TOLL_LATEST,
    WHERE_OPENERS,
    TOLL_UPDATES,
    WAR_AGE,
    WAR_AGE_UNITS,
    WAR_ONGOING,
    WAR_RESULTS,
    WAR_SPAN_WORDS,
    WAR_START,
    WAR_TARGETS,
    WAR_WHOLE_STOPS,
    WAR_WORDS,
    WAR_YEARS,
    YEARS_OF,
    YEAR_STARTS,
    YEAR_WORDS,
    cached_noun_form,
    has,
    strip_clitics,
    trigger_word,
)
from syria_news.numbers import (
    THIRD_PERSON,
    NounForm,
    is_digits,
    is_year,
    match_count,
)
from syria_news.text import fold_word

ASIDE_MARKS = frozenset(",،() " + QUOTE_MARKS)
SINCE_FORMS = frozenset({SINCE, "و" + SINCE})  # ومنذ عام 2011، قتل ...: a sentence opening on "and since"


def _names_since(words: list[str] | tuple[str, ...]) -> bool:
    """Some word is "since" (منذ, ومنذ): the start of a running count."""
    return not SINCE_FORMS.isdisjoint(words)


@rule({
    "ارتفع عدد القتلى جراء القصف على مدينة أريحا جنوب إدلب إلى 45 مدنيا": "killed 45 civilians cumulative SY07",
    "ليرتفع عدد الوفيات بفيروس كورونا في شمال غرب سوريا إلى 35 حالة": "deaths 35 cumulative",
    "بلغت حصيلة القصف على مدينة سراقب شرق إدلب 17 قتيلا بينهم خمسة أطفال": "killed 17 cumulative SY07; killed 5 children cumulative SY07 part of 1",
    "يرتفع العدد الكلي للإصابات بالفيروس في شمال غرب سوريا، إلى 2,350 إصابة": "cases 2350 cumulative",
    "وقالت المديرية إن عدد المصابين بالكوليرا خلال الشهر الجاري، وصل إلى 90 مصابا": "cases 90 cumulative",
    "ويرتفع بذلك، عدد الإصابات بالفيروس في مدينة الرقة إلى 310 إصابات": "cases 310 cumulative SY11",
    "وبذلك تصبح حصيلة الإصابات، بحسب وزارة الصحة، 4,120 إصابة": "cases 4120 cumulative",
    "أعلنت المديرية ارتفاع عدد المصابين بالحصبة، في مخيمات الشمال، منذ مطلع الشهر، إلى 230 إصابة": "cases 230 cumulative",
})
def cumulative_before(v: Sentence, i: int) -> tuple[int, str | None] | None:
    """(first cue index, claim type of a noun in the window) when a running total precedes i.

    The window is the count's clause, up to 16 words; a comma before "إلى" or a cue does not
    end it (عدد الإصابات في شمال سوريا، إلى 2,350). A count right after "إلى", or right
    after a comma, reaches its cue over asides set off by commas, up to 24 words (ارتفاع عدد
    المصابين، في المناطق الشمالية، منذ أيلول، إلى 948; بلغت حصيلة الوفيات منذ الزلزال، 2,166)."""
    # a count after the total's "إلى", or opening its own comma segment (بلغت حصيلة ...، أكثر من 2166)
    over_asides = i >= 1 and (v.words[i - 1] == TO and v.joined(i) or v.comma_before(i))
    low = max(v.consumed, i - (24 if over_asides else 16))
    for p in range(i - 1, low - 1, -1):
        if over_asides and p + 1 <= i and _aside_gap(v, p + 1) and v.words[p] != TO:
            continue  # an aside before the total's "إلى" or its count
        if p + 1 < i and v.toks.barrier(p + 1):
            nxt, before = v.words[p + 1], v.words[max(low, p - 1) : p + 1]
            if v.comma_before(p + 1) and (nxt == TO or has(nxt, "cues") or has(nxt, "counted_cues")
                                          or has(nxt, "speech_first") or any(has(w, "cues") for w in before)):  # fmt: skip
                continue  # ...، إلى 2,350 / ...، وصل إلى 90 / ويرتفع بذلك، عدد / ...، بحسب الوزارة، تصبح
            low = p + 1
            break
    if recorded_at(v, i):
        return None
    # وصل and تجاوز only with عدد in the clause; تجاوز may be the count's own qualifier
    # (عدد الإصابات تجاوز 50 ألفا)
    cue = next((p for p in range(low, i + 1) if (p < i and has(v.words[p], "cues"))
                or (has(v.words[p], "counted_cues") and any(has(w, "number_heads") for w in v.words[low:i]))),
               None)  # fmt: skip
    if cue is None and v.drafts and v.drafts[-1].scope == "cumulative" and i - v.drafts[-1].last <= 8 \
            and total_goes_on(v, v.drafts[-1].last, i):  # fmt: skip
        cue = v.drafts[-1].last  # ليرتفع عدد الوفيات إلى 9، وعدد الإصابات إلى 200: the total goes on
    if cue is None or initial_toll(v, low, i):
        return None
    # What is totalled: a claim noun after the cue, else "عدد X" before it in the clause
    # (عدد المتعافين ارتفع إلى 412), where X may be a verb after الذين (عدد الذين قتلوا).
    # A claim noun in a cause after the totalled one is the cause's (حصيلة الضحايا نتيجة شدة
    # الإصابات لتصل إلى 17: the dead, of their wounds; `cause_words`: نتيجة, جراء, بسبب).
    window_type = before_cue = None
    caused = False
    for p in range(min(low, cue), i):
        caused = caused or (window_type is not None and has(v.words[p], "causes"))
        found = None if caused else totalled_at(v, p, low, after_cue=p >= cue)
        if found is not None and p >= cue:
            window_type = found
        elif found is not None:
            before_cue = found
    return cue, window_type or before_cue


@rule({
    "وقال ناشطون إن الحصيلة الأولية للغارات على بلدة كفرنبل هي تسعة قتلى": "killed 9",
    "وبلغت الحصيلة الأولية للقصف على مدينة دوما 12 قتيلا": "killed 12",
})
def initial_toll(v: Sentence, low: int, i: int) -> bool:
    """An initial toll (الحصيلة الأولية) in the clause before the count at i: the event's
    first count, new, not a running total; unless the toll is said to rise (ارتفعت)."""
    window = v.words[low:i]
    return any(has(w, "initial") for w in window) and not any(has(w, "rise_cues") for w in window)


# Rule `day_toll`: "today" or "yesterday" stands at most this many words after the toll's word.
DAY_REACH = 2


@rule({
    "لجان التنسيق: حصيلة قتلى اليوم 17 بينهم ثلاثة أطفال": "killed 17; killed 3 children part of 1",
    "وقالت اللجان إن حصيلة قتلى أمس الخميس بلغت 31 شخصا": "killed 31 people",
})
def day_toll(v: Sentence, cue: int, i: int) -> bool:
    """A toll "of today" or "of yesterday" (`day_words`: حصيلة قتلى اليوم 26, حصيلة قتلى أمس
    الجمعة بلغت 26) from the total's cue to the count at i: one day's count, new, not a
    running total (rounds 69-70: the Local Coordination Committees' daily tolls, all so
    annotated); unless the toll is said to rise (ارتفعت حصيلة قتلى اليوم إلى 40)."""
    window = v.words[cue:i]
    day = any(has(w, "tolls") and any(has(x, "day_words") for x in window[q + 1 : q + 1 + DAY_REACH]) for q, w in enumerate(window))
    return day and not any(has(w, "rise_cues") for w in window)


def _aside_gap(v: Sentence, k: int) -> bool:
    """Only commas and parentheses (and quote marks) stand between token k-1 and token k."""
    gap = v.toks.gaps[k].strip(QUOTE_MARKS)
    return bool(gap) and set(gap) <= ASIDE_MARKS


@rule({
    "ارتفع عدد الإصابات بفيروس كورونا في إدلب إلى 1,593 بعد تسجيل 77 إصابة": "cases 1593 cumulative SY07; cases 77 SY07",
    "ارتفع عدد الإصابات بفيروس كورونا في شمال سوريا إلى 850 بعد تسجيل 40 إصابة جديدة": "cases 850 cumulative; cases 40",
})
def recorded_at(v: Sentence, i: int) -> bool:
    """A recording word stands right before a count at i: the count is new, even after a running total.

    ارتفع العدد إلى 1,593 بعد تسجيل 77 إصابة: 77 new cases."""
    return i >= 1 and v.joined(i) and has(v.words[i - 1], "recording")


@rule({
    "ليرتفع عدد الوفيات بفيروس كورونا إلى 9، وعدد الإصابات إلى 200": "deaths 9 cumulative; cases 200 cumulative",
    "ارتفع عدد الإصابات بفيروس كورونا في الشمال السوري إلى 400، وعدد الوفيات إلى 11": "cases 400 cumulative; deaths 11 cumulative",
    "ارتفع عدد القتلى منذ آذار 2011 إلى 230 ألفا، والجرحى إلى 300 ألف، والاعتقال التعسفي والإخفاء القسري لـ 150 ألف شخص": "killed 230000 cumulative; injured 300000 cumulative",
})
def total_goes_on(v: Sentence, last: int, i: int) -> bool:
    """A running total ending at ``last`` goes on to a count at i (إلى 9، وعدد الإصابات إلى 200).

    Not past a new clause (فيما لا يزال ...), unless that clause names a number again (فيما
    وصل عدد حالات الشفاء إلى); nor past an event of its own that no "number of" heads
    (مقتل 231278 مدنيا، والتشريد لـ قرابة 14 مليون: the displaced, not more dead; set E44)."""
    if any(trigger_word(v.words[q]) is not None and not (q >= 1 and has(v.words[q - 1], "number_heads"))
           for q in range(last, i)):  # fmt: skip
        return False
    opener = next((q for q in range(i - 1, last - 1, -1) if has(v.words[q], "clause_openers")), None)
    return opener is None or any(has(w, "number_heads") for w in v.words[opener:i])


@rule({
    "قالت مديرية الصحة إن عدد المتعافين من فيروس كورونا ارتفع إلى 412": "recoveries 412 cumulative",
    "ارتفع عدد الذين قتلوا في المعارك مع تنظيم الدولة في البادية إلى 47 عنصرا": "killed 47 fighters cumulative",
    "وبلغ عدد المدنيين الذين قتلوا منذ مطلع العام بانفجار الألغام 96 شخصا": "killed 96 people",
})
def totalled_at(v: Sentence, p: int, low: int, after_cue: bool) -> str | None:
    """The type that token p gives a running total whose clause starts at ``low``.

    Any claim noun after the cue; before it only "عدد X" or "عدد الذين <verb>"."""
    form = cached_noun_form(v.words[p])
    if form is not None and form.noun.claim_type:
        return totalled_type(v, form, p) if after_cue or (p > low and has(v.words[p - 1], "number_heads")) else None
    if counted_by_relative(v, p, low):
        hit = word_trigger(v, p)
        return hit[0] if hit is not None else None
    return None


@rule({
    "ارتفع عدد القتلى والجرحى جراء الانفجار إلى 50 شخصا": "killed_or_injured 50 people cumulative",
    "ارتفعت حصيلة القتلى والجرحى بانفجار الدراجة النارية في مدينة جرابلس شرق حلب إلى 30": "killed_or_injured 30 cumulative SY02",
})
def totalled_type(v: Sentence, form: NounForm, p: int) -> str | None:
    """The type of a claim noun naming a total: القتلى والجرحى together are killed_or_injured."""
    if p >= 1 and v.words[p - 1] != "و" and form.noun.claim_type == "injured" and form.prefix.startswith("و"):
        before = v.noun(p - 1)
        if before is not None and before.noun.claim_type == "killed" and v.joined(p):
            return "killed_or_injured"  # عدد القتلى والجرحى
    return resolve_noun_type(v, form, p)[0]


@rule({
    "ونشر المكتب تقريره الشهري عن القتلى خلال شهر آذار وبلغ عددهم 35 قتيلا": "killed 35",
    "ووثق الفريق مقتل 40 مدنيا في عام 2016، ووصل عدد المعتقلين إلى 112 شخصا": "killed 40 civilians; arrested 112 people",
    "وتجاوز عدد القتلى خلال الشهر الحالي بحسب ناشطين 300 مدني": "killed 301+ civilians",
    "وقال الفريق إن عدد الإصابات بالكوليرا في المخيمات خلال شهر آب بلغ 140 إصابة": "cases 140",
    "وقال الدفاع المدني إن عدد ضحايا الغرق منذ بداية العام الحالي بلغ 31 حالة غرق": "deaths 31",
})
def period_tally(v: Sentence, cue: int) -> bool:
    """A "reached" or "exceeded" cue at ``cue`` (بلغ, وصل, تجاوز) in a sentence naming the
    month or year a report covers or the report itself (وثق, التقرير), with no start of a
    running total (منذ, حتى, إجمالي; but a bare بلغ since the start of a year is that year's
    tally: منذ بداية العام ... بلغ 31) and no disease (a bulletin's totals run on) unless a bare
    بلغ or تجاوز counts "during" a month (خلال شهر آب ... بلغ 140 إصابة: that month's cases;
    but خلال الشهر الجاري وصل إلى 90: its running count):
    the report's own tally, new (decision 1 of the annotators' brief: a period's tally is
    new; the monthly and yearly reports of rounds 13 and 15, the monthly tallies of rounds
    25 and 26)."""
    bare = v.words[cue] in BARE_REACHED or has(v.words[cue], "exceed_cues")  # not وصل إلى: a month's running count
    if bare and _since_year_start(v) and not counts_from_war_start(v):
        return True  # بلغ عدد ضحايا الغرق منذ بداية العام 31: the year's own tally (rounds 26-27)
    return ((has(v.words[cue], "reached_cues") or has(v.words[cue], "exceed_cues")) and v.mentions("period")
            and not v.mentions("since") and (not v.names_disease() or bare and _during_month(v)))  # fmt: skip


UNTIL = fold_word("حتى")


@rule({
    "وقال المرصد إن مجموع القتلى خلال الشهر الماضي بلغ 255 شخصا، بينهم 97 مدنيا": "killed 255 people; killed 97 civilians part of 1",
    "وبلغ إجمالي عدد المعتقلين خلال شهر أيار 430 شخصا": "arrested 430 people",
    "وقالت الشبكة إن حصيلة القتلى في المحافظة بلغت العام الماضي 830 شخصا بينهم 120 طفلا": "killed 830 people; killed 120 children part of 1",
    "وأظهرت حصيلة أعدتها الشبكة عن القتلى في شهر أيار أن 912 مدنيا قتلوا": "killed 912 civilians",
})
def violence_period_total(v: Sentence, claim_type: str) -> bool:
    """A total of violence (مجموع, إجمالي, حصيلة: a sum) "during" or "in" a month or a year it
    names (خلال الشهر الماضي, خلال شهر أيار, في شهر أيار: round 59; خلال عام 2023), or in the month or year just past
    (`past_words`: حصيلة القتلى بلغت الشهر الماضي 1354, round 43), with no start of a running
    count (منذ, حتى): that period's tally, new (decision 1 of the annotators' brief; the
    monthly reports of round 29: مجموع القتلى بلغ 255 in a month's report). A disease's
    totals run on."""
    words = v.words
    return (claim_type in VIOLENCE_TYPES and not _names_since(words) and UNTIL not in words
            and any(w in (DURING, IN) and q + 1 < v.n and (has(words[q + 1], "months") or words[q + 1] in MONTH_NOUNS
                                                     or words[q + 1] in YEAR_WORDS)
                    or (w in MONTH_NOUNS or w in YEAR_WORDS) and q + 1 < v.n and words[q + 1] in PAST_WORDS
                    for q, w in enumerate(words)))  # fmt: skip


def _dated_year(w: str) -> bool:
    """A year after the war's first ones (2013, 2023): a time of the sentence's own."""
    return is_year(w) and w not in WAR_YEARS


def _since_year_start(v: Sentence) -> bool:
    """منذ بداية العام, منذ مطلع عام 2024: the sentence counts from the start of a year, the
    period of a yearly tally (decision 1 of the annotators' brief)."""
    words = v.words
    return any(w in SINCE_FORMS and q + 2 < v.n and words[q + 1] in YEAR_STARTS and words[q + 2] in YEAR_WORDS
               for q, w in enumerate(words))  # fmt: skip


def _during_month(v: Sentence) -> bool:
    """خلال and, right after it, a month (شهر, الشهر, a month's name)."""
    return any(w == DURING and q + 1 < v.n and (has(v.words[q + 1], "months") or v.words[q + 1] in MONTH_NOUNS)
               for q, w in enumerate(v.words))  # fmt: skip


# How far after بين/من the war's first year may stand (بين شهر أيار/مايو 2011: a month
# named in two languages between them).
PERIOD_YEAR_REACH = 4
# How far after منذ the war's start may be named (منذ سقوط أول قتيل بدرعا في 18 آذار 2011).
WAR_START_REACH = 10


@rule({
    "ووثقت الشبكة مقتل 230 ألف مدني منذ آذار 2011": "killed 230000 civilians cumulative",
    "وأشار المرصد إلى أن 25 ألف مدني قتلوا منذ بدء الاحتجاجات في البلاد": "killed 25000 civilians cumulative",
    "وقالت الوزارة إن 300 حالة إصابة بالكوليرا سجلت منذ ظهور الوباء في البلاد": "cases 300 cumulative",
    "قتل 40 ألف شخص منذ بدء الاحتجاجات في البلاد. وقال المرصد إن بين القتلى 25 ألف مدني و9 آلاف جندي": "killed 40000 people cumulative; killed 25000 civilians cumulative; killed 9000 fighters cumulative",
    "وقالت الشبكة إن 300 ألف مدني قتلوا منذ آذار 2011. وأضافت أن 80 مدنيا قتلوا في تشرين الأول 2022": "killed 300000 civilians cumulative; killed 80 civilians",
})
def since_war_start(v: Sentence, i: int, j: int) -> bool:
    """The sentence counts from the start of the war (منذ آذار 2011, منذ بدء الاحتجاجات) or of
    an epidemic (منذ ظهور الوباء): its tolls are running totals, cumulative. Round 15's
    annotators coded every such toll so; a tally since a later start (منذ بداية العام) stays
    new. Rule ``war_paragraph``: a later sentence of the same paragraph with no time of its
    own (`own_time_words`: منذ, خلال, الماضي ...; a year after the war's first, في تشرين
    الأول 2022, round 43) goes on with that toll (its breakdown by group), cumulative too. Not a count ending at j before the sentence's running total
    (`rise_cues`, `reached_cues`, `total_words`: سجلت 699 إصابة جديدة، ليرتفع عدد الإصابات الكلي منذ
    بداية الجائحة إلى ...): the news that raises the total, new (round 22)."""
    if v.war_before and not any(has(w, "own_time") or _dated_year(w) for w in v.words):
        return True
    return counts_from_war_start(v) and not own_period(v, i, j) and not any(
        has(w, "rise_cues") or has(w, "reached_cues") or has(w, "total_words") for w in v.words[j:]
    )


PERIOD_REACH = 12  # words from a count to the ends of its clause, where its own period may stand
UNTIL_REACH = 7  # words from "until" to the year that ends its span (وحتى نهاية شهر آذار/ مارس من العام 2017)


@rule({
    "قتل 39 ألفا و362 شخصا خلال سنة 2012، علما بأن النزاع بدأ منذ آذار 2011": "killed 39362 people",
    "وقتل 211 صحفيا منذ بداية الحرب، فيما لقي 19 صحفيا مصرعهم العام الماضي": "killed 211 journalists cumulative; killed 19 journalists",
    "وسجل عام 2022 نحو 3800 قتيل، فيما يوثق المرصد الضحايا منذ اندلاع الثورة": "killed ~3800",
})
def own_period(v: Sentence, i: int, j: int) -> bool:
    """The clause of the count at i..j names a period of its own and not the war's start:
    خلال سنة 2012, عام 2022, العام الماضي, خلال الشهر الفائت. That count is the period's tally
    (new, decision 1 of the annotators' brief), though the sentence counts elsewhere from the
    war's start (a comparison with it, الأدنى منذ اندلاع النزاع, is compared_since's). Round 29:
    six such tallies. A year or month up to ``UNTIL_REACH`` words after "until" (`so_far_until`)
    ends a span and names no period of its own (منذ آذار 2011 وحتى نهاية آذار من العام 2017;
    round 55)."""
    start, end = _clause_bounds(v, i, j, PERIOD_REACH)
    words = v.words[start:end]
    if _names_since(words):
        return False  # منذ آذار 2011 is in the count's own clause: the war's toll
    for q, w in enumerate(words[:-1]):
        nxt = words[q + 1]
        if w in YEAR_WORDS or w in MONTH_NOUNS or strip_clitics(w, YEAR_WORDS | MONTH_NOUNS) is not None:
            if any(has(x, "until") for x in v.words[max(0, start + q - UNTIL_REACH) : start + q]):
                continue  # منذ آذار 2011 وحتى نهاية شهر آذار من العام 2017: the end of a span, no period (round 55)
            if nxt in PAST_WORDS or _dated_year(nxt):
                return True  # العام الماضي, عام 2022, خلال سنة 2012 (but عام 2011: the war's first year)
    return False


@rule({
    "ووثقت الشبكة مقتل 230 ألف مدني منذ آذار 2011": "killed 230000 civilians cumulative",
    "وقالت المنظمة إن 9500 معتقل قتلوا في السجون ما بين آذار 2011 وحزيران 2016": "killed 9500 cumulative",
    "ووثق التقرير إعدام أكثر من 5 آلاف معتقل بين شهر أيار/مايو 2011 وشهر آب 2014": "killed 5001+ cumulative",
    "وخلال سنوات الحرب قتل أكثر من 3,000 لاجئ واعتقل 1,800 آخرون": "killed 3001+ cumulative; arrested 1800 cumulative",
    "ومنذ عام 2011، قتل أكثر من 400 ألف شخص في البلاد": "killed 400001+ people cumulative",
    "ووثق المكتب منذ بداية شهر آذار 2011 ولغاية نهاية شهر حزيران من العام 2016 مقتل 90 ألف شخص": "killed 90000 people cumulative",
})
def counts_from_war_start(v: Sentence) -> bool:
    """The sentence itself names the war's start: منذ (not "ago": `ago_words`, منذ يومين) and,
    up to ``WAR_START_REACH`` words on within its clause (منذ بداية عام 2025، أسفرت مخلفات الحرب:
    the war word is the next clause's), a word of `war_start`, "the years of" the war (`years_of`: خلال سنوات الصراع), or a
    period from its first year (بين آذار 2011) (read again for the sentences after it: ``war_paragraph``).
    Looked up once per sentence."""
    if v.war_start is None:
        words = v.words
        v.war_start = (_names_since(words) or not WAR_YEARS.isdisjoint(words) or not YEARS_OF.isdisjoint(words)) and any(
            word in SINCE_FORMS and not WAR_START.isdisjoint(words[q + 1 : _clause_bounds(v, q + 2, q + 2, WAR_START_REACH - 1)[1]])
            and not ago(words, q) and not compared_since(words, q)
            or word in PERIOD_FROM and not WAR_YEARS.isdisjoint(words[q + 1 : q + 1 + PERIOD_YEAR_REACH])
            or word in YEARS_OF and not WAR_START.isdisjoint(words[q + 1 : q + 2])  # خلال سنوات الصراع
            for q, word in enumerate(words)
        ) or war_as_a_whole(words)
    return v.war_start


# How far before منذ a superlative may stand: الأكثر دموية على المحافظة منذ انطلاق الثورة.
COMPARED_REACH = 5
HEDGE_AFTER = frozenset({fold_word("من"), fold_word("عن")})  # أكثر من 500: a hedge of a count, no comparison


@rule({
    "سجلت 214 إصابة جديدة بفيروس كورونا، وهي أعلى حصيلة منذ بداية انتشار الوباء": "cases 214",
    "قتل 3825 شخصا خلال العام، في أدنى حصيلة سنوية منذ اندلاع النزاع": "killed 3825 people",
})
def compared_since(words: list[str], q: int) -> bool:
    """منذ at q after a superlative (`superlatives`: أعلى حصيلة منذ بداية الجائحة, الأدنى منذ
    اندلاع النزاع), at most ``COMPARED_REACH`` words before it, compares the count with the
    war or the epidemic: no toll from its start (rounds 25-37: twelve such counts annotated
    new, read as running totals). Not "أكثر من" (a count's hedge)."""
    return any(
        words[p] in SUPERLATIVES and (p + 1 >= len(words) or words[p + 1] not in HEDGE_AFTER)
        and (p == 0 or words[p - 1] != ON)  # على الأقل: a hedge too
        for p in range(max(0, q - COMPARED_REACH), q)
    )


@rule({
    "وقالت المجموعة إن عدد اللاجئين الذين قضوا جراء استمرار الحرب في سوريا بلغ 3100": "killed 3100 cumulative",
    "ووثقت المنظمة أكثر من 2500 لاجئ استشهدوا خلال الأزمة السورية": "killed 2501+ cumulative",
    "ووثقت الجمعية مقتل 150 لاجئا على الأقل جراء الحرب في سوريا": "killed 150+ cumulative",
    "قتل أكثر من 40 ألف شخص في النزاع المستمر منذ أكثر من 20 شهرا، بحسب المرصد": "killed 40001+ people cumulative",
    "وقد أسفر النزاع حتى الآن عن أكثر من 300 ألف قتيل": "killed 300001+ cumulative",
})
def war_as_a_whole(words: list[str]) -> bool:
    """The sentence counts a toll of the war as a whole: a war word (`war_words`) after a span
    or cause word (`war_span_words`: خلال, جراء, بسبب; past `war_ongoing`: استمرار), or as the
    toll's doer (`war_results`: أسفر النزاع عن, تسبب النزاع بمقتل), in a sentence naming no
    period of its own and no remnant of the war (`war_whole_stops`: خلال الشهر, العام الماضي,
    مخلفات; a month, not a day's date: اغسطس أكثر الأشهر دموية; but neither the war's own age,
    النزاع المستمر منذ أكثر من 19 شهرا (`war_age`), nor عام 2011, its first year), the war not
    waged on someone (`war_targets`: الحرب على الإرهاب). Rounds 25-37: 27 counts in such
    sentences, all annotated cumulative (decision 2 of the brief); rounds 25-41: seven more
    read so where the war did the toll or its age was told."""
    if WAR_WORDS.isdisjoint(words):
        return False  # the common case, one set test in C: the loop reads only from a war word
    for k, word in enumerate(words):
        if word not in WAR_WORDS:
            continue
        q = k - 2 if k >= 2 and words[k - 1] in WAR_ONGOING else k - 1
        spanned = q >= 0 and words[q] in WAR_SPAN_WORDS
        if not spanned and WAR_RESULTS.isdisjoint(words[max(0, k - 2) : k + 3]):
            continue
        if k + 1 < len(words) and words[k + 1] in WAR_TARGETS:
            return False  # الحرب على الإرهاب: a war waged on someone
        rest = words[: q if spanned else k] + words[_war_age_end(words, k) :]
        return not any((w in WAR_WHOLE_STOPS or strip_clitics(w, WAR_WHOLE_STOPS) is not None  # ومخلفات الحرب
                        or has(w, "months") and not (n and is_digits(rest[n - 1])))
                       and not (n + 1 < len(rest) and rest[n + 1] in WAR_YEARS)
                       for n, w in enumerate(rest))  # fmt: skip
    return False


WAR_AGE_REACH = 6  # words from a war word to منذ/قبل of its age (النزاع المسلح في سورية والمندلع منذ)
WAR_AGE_SPAN = 5  # words from منذ/قبل to the unit that ends the age (منذ أكثر من 19 شهرا)


def _war_age_end(words: list[str], k: int) -> int:
    """The index after the war word at k and its age (المستمر منذ أكثر من 19 شهرا, التي بدأت
    قبل 18 شهرا, المندلع منذ عام 2011), else k + 1."""
    for p in range(k + 1, min(k + WAR_AGE_REACH, len(words))):
        if words[p] in WAR_AGE:
            for e in range(p + 1, min(p + 1 + WAR_AGE_SPAN, len(words))):
                if words[e] in WAR_AGE_UNITS or is_year(words[e]):
                    return e + 1
            break
    return k + 1


@rule({
    "وكان قتل أربعة مدنيين منذ يومين بانفجار لغم من مخلفات الحرب في ريف حماة": "killed 4 civilians SY05",
    "وأصيب ستة أطفال منذ ساعات بانفجار قنبلة من مخلفات الحرب في بلدة طفس بريف درعا": "injured 6 children SY12",
})
def ago(words: list[str], q: int) -> bool:
    """منذ at q before a span of time (`ago_words`: منذ يومين, منذ أيام) is "ago", no start: a
    word of the war after it is no war's start (بانفجار لغم من مخلفات الحرب). Round 32: a
    mine's toll of two days before read as the war's running total."""
    return q + 1 < len(words) and words[q + 1] in AGO_WORDS


TO_REACH = 3  # words from "to" to the count it leads to (إلى نحو 5801)


@rule({
    "وقال المكتب إن عدد المدنيين الذين قتلوا بلغ 84 شخصا، فيما بلغ عدد القتلى من المقاتلين 31": "killed 84 people; killed 31",
    "وقال الدفاع المدني إن عدد القتلى تجاوز 60 مدنيا إثر القصف على أحياء المدينة": "killed 61+ civilians",
    "وبلغ عدد الوفيات جراء الحرائق في المخيمات 12 شخصا": "deaths 12 people",
})
def reached_toll(v: Sentence, cue: int, i: int, claim_type: str) -> bool:
    """A toll of violence or of deaths at i that only "reached" or "passed" (بلغ, تجاوز: عدد
    القتلى تجاوز 60, بلغ عدد الوفيات 12): the toll the text reports, new (round 15's annotators
    coded every such toll so: a report's own count; rounds 62-64, "passed" and the dead of
    accidents too: the contract's running totals are a rise, a total and حصيلة). Not with a
    start (منذ, حتى), another cue (حصيلة, إجمالي, ارتفع), a resultative ل (ليبلغ, ليتجاوز), a
    disease (a bulletin's totals run on), for the displaced (a stock), nor "to" before the
    count (بلغ/وصل عدد الوفيات إلى 5801: a day's earthquake toll, read as a running total by
    the annotators of rounds 65 and 67, blind)."""
    if claim_type not in VIOLENCE_TYPES and claim_type != "deaths" or v.mentions("since") or v.names_disease():
        return False
    if any(v.words[q] == TO for q in range(max(cue, i - TO_REACH), i)):
        return False  # بلغ عدد الوفيات جراء الزلزال إلى نحو 5801: "reached to", as a rise, runs on
    span = v.words[cue : max(i, cue + 1)]  # (تجاوز may open the count itself: "more than")
    verbs = [w for w in span if w in BARE_REACHED or w in BARE_EXCEEDED]
    others = [w for w in span if has(w, "cues") and w not in BARE_REACHED]
    return bool(verbs) and not others


# Words from a recording after a total to its "new" (بعد تسجيل ثلاث وفيات جديدة).
GROWN_REACH = 4


@rule({
    "وقال الدفاع المدني إن عدد الوفيات غرقا بلغ 25 حالة، بعد تسجيل ثلاث وفيات جديدة أمس": "deaths 25 cumulative; deaths 3",
})
def grown_by_new(v: Sentence, i: int) -> bool:
    """A total at i that its sentence says grew by new ones after it (بلغت 30 وفاة، بعد تسجيل
    وفاتين جديدتين): a running total, cumulative, whatever its cue (round 66: a drowning toll
    that "reached" read so by its annotator)."""
    return any(has(v.words[q], "recording") and has(v.words[q - 1], "grown_after")
               and any(w in NEW_WORDS for w in v.words[q + 1 : q + 1 + GROWN_REACH]) for q in range(i + 2, v.n))  # fmt: skip


# How far before the result word (أسفرت, تسببت) the count of events may end: 35 عملية أسفرت,
# 140 استهدافا جرت جميعها بطرق مختلفة، وتسببت.
RESULT_REACH = 8


@rule({
    "وبلغ عدد الهجمات في المحافظة منذ مطلع الشهر الحالي، إلى 40 هجوما أسفرت عن مقتل 31 شخصا": "killed 31 people cumulative",
    "وارتفعت حصيلة الاغتيالات في ريف درعا منذ بداية العام إلى 60 عملية، تسببت بمقتل 52 شخصا": "killed 52 people cumulative SY12",
})
def events_total_result(v: Sentence, first: int) -> int | None:
    """The cue of a running total of events (عدد الهجمات ... إلى 40 هجوما: a count of no person
    noun after a total's cue, ``cumulative_before``) when the count's trigger at ``first``
    comes as its result (`war_results`: أسفرت عن مقتل, وتسببت بمقتل), at most ``RESULT_REACH``
    words on: the people those events took are that running total's too. The yearly and
    monthly tallies of assassinations of the observatories read so (round 46: three such
    sentences, every count annotated cumulative)."""
    result = next((q for q in (first - 1, first - 2) if q >= 0 and strip_clitics(v.words[q], WAR_RESULTS) is not None), None)
    if result is None:
        return None
    for q in range(result - 1, max(v.consumed, result - RESULT_REACH) - 1, -1):
        hit = match_count(v.words, q)
        if hit is None or hit[1] >= v.n or hit[0].precision != "exact":
            continue
        form = v.noun(hit[1])
        if form is not None and not form.noun.excluded:
            return None  # أسفر الهجوم على 3 مدنيين عن ...: a count of people, not of events
        total = cumulative_before(v, q)
        return total[0] if total is not None else None
    return None


@rule({
    "وارتفع عدد القتلى في ريف إدلب منذ مطلع العام إلى 208 أشخاص، كما أصيب 176 آخرون": "killed 208 people cumulative SY07; injured 176 cumulative SY07",
})
def others_of_total(v: Sentence, j: int, claim_type: str) -> bool:
    """A count of "others" (أصيب 176 آخرون) whose last word is at j-1, after a running total
    of another type in the sentence: the total's companion, cumulative too (the wounded of
    the same toll). Of the same type, "others" are more people, new (وقتل 5 آخرون اليوم)."""
    if j >= v.n or not v.joined(j) or not has(v.words[j], "others"):
        return False
    last = next((d for d in reversed(v.drafts) if d.subset_of is None), None)
    return last is not None and last.scope == "cumulative" and last.claim_type != claim_type


@rule({
    "وارتفع عدد القتلى بانفجار الألغام منذ مطلع العام إلى 137 مدنيا، بالإضافة إلى إصابة 180 شخصا": "killed 137 civilians cumulative; injured 180 people cumulative",
    "وارتفعت حصيلة القصف على الحي إلى 25 قتيلا وإصابة أكثر من 90 شخصا بجروح": "killed 25 cumulative; injured 91+ people cumulative",
})
def added_to_total(v: Sentence, first: int, claim_type: str) -> bool:
    """A count whose trigger at ``first`` follows "in addition to" (بالإضافة إلى إصابة 180
    شخصا), or is joined by و right after the total (إلى 25 قتيلا وإصابة 90 شخصا; round 62),
    after a running total of another type in the sentence: that total's companion,
    cumulative too, as "others" are (``others_of_total``; round 34: the Observatory's
    yearly tolls of mines, the wounded added to the dead)."""
    w = v.words[first]  # a noun of the event joined by و: إلى 30 قتيلا وإصابة 140 شخصا (round 62)
    joined = w[:1] == "و" and v.joined(first) and has(w[1:], "event_nouns")
    if not joined and (first < 2 or v.words[first - 1] != TO or not has(v.words[first - 2], "addition_words")):
        return False
    last = next((d for d in reversed(v.drafts) if d.subset_of is None), None)
    return last is not None and last.scope == "cumulative" and last.claim_type != claim_type and (not joined or last.last == first)


@rule({
    "وحصد الوباء حتى الآن 456 شخصا من أصل 13 ألف مصاب في شمال شرق سوريا": "deaths 456 people cumulative; cases 13000 cumulative",
    "وقالت المجموعة إنها وثقت حتى اليوم 3200 ضحية من اللاجئين قضوا بسبب الحرب": "killed 3200 cumulative",
})
def so_far(v: Sentence, i: int) -> bool:
    """"So far" (حتى الآن, لغاية اليوم) ending up to five words before the count at i, in its
    clause: a bulletin's running total, cumulative (حصد الوباء حتى الآن 456 شخصا). Not for a
    toll of violence (the caller's test: راح ضحيتها حتى اللحظة 11 شهيدا is one strike's
    initial toll, new) but in a documenting report (`documenting`: وثقت حتى اليوم 3542 ضحية,
    a group's running record; round 33), nor after the count (لم تعرف هوياتهم حتى الآن)."""
    return any(q >= 1 and v.words[q] in SO_FAR_ENDS and has(v.words[q - 1], "until") for q in v.back_in_clause(i, 5, v.consumed))


UNTIL_YEAR_REACH = 4  # words from a count's end to "until" and the year (مدنيا حتى عام 2020)


@rule({
    "ووثق المرصد مقتل أكثر من 300 مدني حتى عام 2021 برصاص حرس الحدود": "killed 301+ civilians cumulative",
    "ووثقت المجموعة مقتل 120 لاجئا تحت التعذيب حتى نهاية عام 2019": "killed 120 cumulative",
})
def until_year(v: Sentence, i: int, end: int) -> bool:
    """A count "until" a year (`so_far_until` then a year after the war's first, or the end
    of one: حتى عام 2020, حتى نهاية 2019) after it in its clause, with no start of a span
    before it there (منذ, من, بين, خلال): a record so far, cumulative as ``so_far``'s, and
    under the same test of its caller (round 55: a monitor's toll of refugees shot at the
    border until a year)."""
    if any(v.words[q] in SPAN_STARTS for q in v.back_in_clause(i, PERIOD_REACH)):
        return False
    for q in range(end, min(end + UNTIL_YEAR_REACH, v.n - 1)):
        if not v.joined(q) and q > end or v.toks.barrier(q + 1):
            return False
        if has(v.words[q], "until"):
            after = [w for w in v.words[q + 1 : q + 4] if w not in YEAR_WORDS and not has(w, "year_parts")]
            return bool(after) and _dated_year(after[0])
    return False


@rule({
    "وسجلت الشبكة 8 حالات شفاء جديدة، ليبلغ إجمالي حالات الشفاء 20 ألفا و618 حالة": "recoveries 8; recoveries 20618 cumulative",
    "وسجلت المديرية 3 وفيات جديدة بالكوليرا، ليبلغ عدد حالات الوفاة 95 حالة": "deaths 3; deaths 95 cumulative",
})
def totalled_event(v: Sentence, t: int, i: int) -> bool:
    """The event noun at t (الشفاء, الوفاة), read as the trigger of the count at i, names what
    a running total before it counts: it follows حالات or a word of number (عدد, إجمالي), and
    a total's cue stands before (ليبلغ إجمالي حالات الشفاء 618 حالة): cumulative, as any
    total (round 49: a bulletin's total of recoveries read as new ones)."""
    if t < 1 or not v.joined(t) or not has(v.words[t], "event_nouns"):
        return False
    before = v.words[t - 1]
    head = (form := v.noun(t - 1)) is not None and form.noun.container or has(before, "number_heads") or has(before, "total_words")
    return head and cumulative_before(v, i) is not None


# Rule `latest_toll`: an update verb stands at most this many words before the toll word.
UPDATED_REACH = 4


def _updated(v: Sentence, q: int) -> bool:
    """The toll word at q follows an update verb (`toll_update_verbs`) in its clause:
    وحدّث الدفاع المدني حصيلة ضحايا الزلزال."""
    for k in range(q - 1, max(-1, q - 1 - UPDATED_REACH), -1):
        if not v.joined(k + 1):
            return False
        if has(v.words[k], "toll_update_verbs"):
            return True
    return False


@rule({
    "لقي 40 مدنيا حتفهم في أعمال العنف في ريف حماة، بحسب ما أفاد المرصد في حصيلة جديدة": "killed 40 civilians cumulative SY05",
    "وأعلنت الوزارة مقتل 120 شخصا وإصابة 300 آخرين في آخر حصيلة جراء الزلزال": "deaths 120 people cumulative; injured 300 cumulative",
    "وأعلنت الوزارة مقتل 120 شخصا في آخر حصيلة، بينما أفادت فرق الإنقاذ بمقتل 40 جراء الزلزال": "deaths 120 people cumulative; deaths 40",
    "وقتل 70 شخصا في المدينة خلال الاشتباكات، وفق الإحصائية الأخيرة للمرصد": "killed 70 people cumulative",
    "وحدّثت مديرية الصحة حصيلة ضحايا الانهيار، حيث أفادت بوفاة 14 شخصا وإصابة 30 آخرين": "deaths 14 people cumulative; injured 30 cumulative",
})
def latest_toll(v: Sentence, i: int) -> bool:
    """The count at i is given as a toll updated (`toll_updates`, `toll_latest`: في حصيلة جديدة, آخر حصيلة,
    الحصيلة الأخيرة, الإحصائية الأخيرة) in its part of the sentence, between clause openers (فيما, بينما, في
    حين ... start another account): a running total, cumulative (rounds 47-48). Not حصيلة
    أولية nor حصيلة غير نهائية: an event's first count, which may rise (round 49: two such
    tolls of one blast each, annotated new). A toll "updated" (`toll_update_verbs`: وحدّث الدفاع
    المدني حصيلة ضحايا الزلزال، حيث أفاد بمقتل ...) is one too, over the "where" clause that
    tells it (round 69). The parts are looked up once per sentence."""
    if v.latest_toll is None and not (v.mentions("tolls") and any(map(v.mentions, ("toll_updates", "toll_latest", "toll_update_verbs")))):
        v.latest_toll = []  # the common case, asked of the words' lists the sentence has gathered already
    if v.latest_toll is None:
        words, parts, start, hit, updated = v.words, [], 0, False, False
        for q, w in enumerate(words):
            if has(w, "clause_openers") and not (updated and w in WHERE_OPENERS):  # حدّث الحصيلة، حيث أفاد بمقتل ...
                if hit:
                    parts.append((start, q))
                start, hit, updated = q, False, False
            elif has(w, "tolls"):
                after = words[q + 1] if q + 1 < v.n and v.joined(q + 1) else ""
                updated = updated or _updated(v, q)
                hit = hit or updated or after in TOLL_UPDATES or q >= 1 and words[q - 1] in TOLL_LATEST and v.joined(q)
        if hit:
            parts.append((start, v.n))
        v.latest_toll = parts
    return any(first <= i < last for first, last in v.latest_toll)


@rule({
    "وقالت المفوضية إن أكثر من نصف مليون لاجئ سوري مسجلون في دول الجوار": "displaced 500001+ cumulative",
    "ويقيم في مخيمات الشمال السوري أكثر من مليون نازح": "displaced 1000001+ cumulative",
    "ويعيش في المخيم أكثر من 40 ألف نازح، يعانون نقصا في الغذاء نتيجة الحصار": "displaced 40001+ cumulative",
    "وتوفي طفلان في المخيم خلال الشهر الماضي، ويوجد في المخيم نحو 30 ألف نازح": "deaths 2 children; displaced ~30000 cumulative",
})
def displaced_stock(v: Sentence, i: int) -> bool:
    """A count of the displaced or of refugees at i that only its noun types (no trigger or
    cue before it, no verb after it: the caller's test), in a clause with no time of its
    own (`own_time_words`, a month or a year; a report's words are no time), in a sentence
    of no movement (`movement_words`) or convoy,
    is a stock of people who live displaced: cumulative (مليون نازح في المخيمات, 154 ألف
    لاجئ في لبنان). A trigger, a verb, a movement (وصول 1,250 نازحا) or a time makes it an
    event or a period's tally: new (نزوح 5000 مدني, 1500 نازح يخرجون, 6200 نازح في شهر
    أيلول), and so does a cause after it (40 ألف نازح نتيجة تقدم قوات النظام). Round 18's
    annotators coded every stock so; rounds 15 and 17's coded some new."""
    if any(has(w, "convoys") or has(w, "movement") for w in v.words):
        return False  # a convoy is on the move (القافلة تضم نحو ألف نازح), a town took them in (استقبلت ... تلتها X بألف نازح)
    start, end = _clause_bounds(v, i, i + 1)
    if any(has(w, "own_time") or _names_period(w) for w in v.words[start:end]):
        return False
    if any(has(w, "displacement_causes") for w in v.words[i + 1 : end]):
        return False  # 40 ألف نازح نتيجة تقدم قوات النظام: they fled something, news (round 27)
    return not any(has(w, "cues") or has(w, "counted_cues") for w in v.words[max(0, i - 3) : i])


# A million displaced or more: the war's refugees and displaced (millions_displaced).
WAR_SCALE = 1_000_000
CAMPAIGN_REACH = 8  # words back from such a count to a word of result or forcing in its clause


@rule({
    "فيما نزح أكثر من ستة ملايين سوري داخل البلاد بحسب المفوضية": "displaced 6000001+ cumulative",
    "وقالت المنظمة إن 2.5 مليون طفل سوري فروا إلى دول الجوار": "displaced 2500000 children cumulative",
})
def millions_displaced(v: Sentence, first: int, i: int, best: int) -> bool:
    """A count of a million displaced or refugees or more (``WAR_SCALE``) at i, its claim
    starting at first: the war's displaced, a stock or its running total, cumulative (`نزح
    أكثر من ستة ملايين سوري`, `5.8 مليون لاجئ`), whatever verb tells it. Not a campaign's
    toll: a word of result or forcing up to ``CAMPAIGN_REACH`` words before it in its clause
    (`أدت الحملة إلى نزوح نحو مليون مدني`, `أجبرت نحو 1.4 مليون شخص على النزوح`), or a
    cause after it (`displacement_causes`: `مليون نزحوا جراء الحملة`): new. Rounds 25-42: 92
    such counts annotated cumulative, 9 new (a campaign's, but one headline)."""
    if best < WAR_SCALE:
        return False
    _, end = _clause_bounds(v, i, i + 1)
    return not any(has(w, "displacement_causes") for w in v.words[i + 1 : end]) and not any(
        has(v.words[q], "result_words") or has(v.words[q], "forcing") for q in v.back_in_clause(first, CAMPAIGN_REACH)
    )


# A hundred thousand killed, held or missing or more: the war's toll (war_scale_toll).
WAR_SCALE_TOLL = 100_000


@rule({
    "المرصد: الحرب في سوريا أوقعت أكثر من 380 ألف قتيل": "killed 380001+ cumulative",
    "ووثقت الشبكة اعتقال أكثر من 150 ألف شخص على يد قوات النظام": "arrested 150001+ people cumulative",
})
def war_scale_toll(v: Sentence, i: int, j: int, claim_type: str, best: int) -> bool:
    """A toll of violence of ``WAR_SCALE_TOLL`` people or more at i..j: the war's running
    total or stock, cumulative (`أوقع النزاع أكثر من 300 ألف قتيل`, `تجاوزت الحصيلة 388 ألف
    قتيل`), unless its clause names a period of its own (`own_period`), or the sentence a
    year after the war's first with no start (`سجل عام 2014 أعلى حصيلة، إذ وثق المرصد مقتل
    نحو 111 ألف شخص`: that year's tally). Rounds 25-44: 73 such counts annotated cumulative,
    that one new."""
    if claim_type not in VIOLENCE_TYPES or best < WAR_SCALE_TOLL or own_period(v, i, j):
        return False
    words = v.words  # سجل عام 2014 أعلى حصيلة، إذ وثق المرصد مقتل 111 ألف شخص: the year's, past a comma
    return _names_since(words) or not any(w in YEAR_WORDS and _dated_year(n) for w, n in zip(words, words[1:]))


@rule({
    "وقالت المجموعة إن 1600 معتقل فلسطيني يتواجدون في فروع الأمن بينهم 90 امرأة": "arrested 1600 cumulative; arrested 90 women cumulative part of 1",
    "وتطالب العائلات بكشف مصير آلاف المفقودين في سجون النظام": "missing 2000 (2000-9999) cumulative",
    "وأكد التقرير أن لدى قوات النظام أكثر من 130 ألف معتقل": "arrested 130001+ cumulative",
})
def held_stock(v: Sentence, i: int, form: NounForm | None, claim_type: str) -> bool:
    """A count of detainees or of the missing at i by their own noun (1600 معتقل, آلاف
    المفقودين; not "حالة اعتقال", an event) in a clause naming no event of their type (73
    معتقلا احتجزهم النظام): people who are held or missing, a stock, as for the displaced
    (displaced_stock then judges the clause's time). Rounds 25-37: some 40 such counts
    annotated cumulative, read new; 12 annotated new (a report's month in another clause).
    Detainees held by someone (`held_by`: لدى النظام 131 ألف معتقل) are a stock in a report's
    sentence too (round 41). An event noun of their type in a clause before theirs (حالات
    الاعتقال في شهر أيار، حيث سجل 240 معتقلا) says they are the events the sentence counts,
    new, unless their fate stands right before them (مصير 1678 معتقلا); round 43: the
    monthly detention reports, every such count annotated new."""
    if form is None or form.noun.claim_type != claim_type or form.noun.container:
        return False
    start, end = _clause_bounds(v, i, i + 1)
    held = any(has(w, "held_by") for w in v.words[max(start, i - HELD_BY_REACH) : i])
    if not held and any(has(w, "documenting") for w in v.words[start:i]):
        return False  # وثقت الشبكة 50 مختفيا قسريا: a report's new record (but لدى النظام 131 ألف معتقل)
    if any(has(w, "event_nouns") and _event_of(w) == claim_type for w in v.words[:start]) \
            and not (i >= 1 and has(v.words[i - 1], "fate")):  # fmt: skip
        return False  # حالات الاعتقال في شهر حزيران، حيث سجل 589 معتقلا: the events the sentence counts
    # في سجون النظام (where they are held) and مصير (their fate) are no events
    return not any(_event_of(w) == claim_type and not has(w, "detention") and not has(w, "fate") for w in v.words[start:end])


HELD_BY_REACH = 5  # words from لدى to the count of detainees it holds (لدى نظام الأسد أكثر من 131 ألف معتقل)


# The smallest count a camp's population is read from: fewer people in a camp's sentence are
# an arrival, a return or a family (35 شخصا وصلوا, 40 فردا), not the people it houses.
CAMP_POPULATION = 1000


@rule({
    "وقالت المنظمة إن نحو 40 ألف شخص يعيشون في المخيم بظروف صعبة": "displaced ~40000 people cumulative",
    "ويؤوي المخيم قرابة 55 ألف شخص معظمهم من النساء والأطفال": "displaced ~55000 people cumulative",
})
def camp_residents(v: Sentence, i: int, best: int) -> bool:
    """``best`` people (``CAMP_POPULATION`` or more) counted at i by a noun of no claim type (شخص, طفل) in a sentence where they live in a
    camp (`residing_words` and `camp_words`: يعيشون في المخيم, يؤوي المخيم, قاطني المخيمات) and
    nothing moves or befalls them (no movement, convoy, time of their own or violence: the
    test of displaced_stock, then no violence): people who live displaced, a stock. Rounds
    25-39: some 40 camp populations annotated displaced and cumulative, a few read so by
    their noun (نازح), the rest unread."""
    return best >= CAMP_POPULATION and v.mentions("residing") and v.mentions("camps") and not violence(v) and displaced_stock(v, i)


def _event_of(word: str) -> str | None:
    """The claim type of a trigger word, with a pronoun or not (اعتقال, اعتقلتهم), else None."""
    for stem in (word, *(word[: -len(s)] for s in THIRD_PERSON if word.endswith(s) and len(word) > len(s) + 2)):
        if (hit := trigger_word(stem)) is not None:
            return hit[0].claim_type
    return None


def _clause_bounds(v: Sentence, i: int, j: int, reach: int | None = None) -> tuple[int, int]:
    """The clause of the words [i, j): from the clause break at or before i to the one at or
    after j, at most ``reach`` words either way (none: the sentence's ends)."""
    reach = v.n if reach is None else reach
    i, j = min(i, v.n), min(j, v.n)  # past the last word: a word such as منذ ends the sentence
    start = next((q for q in range(i, max(0, i - reach), -1) if v.toks.barrier(q)), max(0, i - reach))
    end = next((q for q in range(j, min(v.n, j + reach)) if v.toks.barrier(q)), min(v.n, j + reach))
    return start, end


def _names_period(w: str) -> bool:
    """A word of a month or a year (شهر, عام, أيلول), not a report's (التقرير, وثق)."""
    return has(w, "period") and not has(w, "documenting") or has(w, "months") or w in YEAR_WORDS
