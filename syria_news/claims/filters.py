"""Stage: what undoes a count: negation, denial, suspicion, release, return, condition."""

from __future__ import annotations

from syria_news.claims.context import evacuation
from syria_news.claims.groups import among_group, medical_body_after, ranks_group
from syria_news.claims.registry import rule
from syria_news.claims.view import CLAUSE_REACH, OR, Draft, Sentence
from syria_news.claims.words import (
    NONE_WORDS,
    cached_noun_form,
    claim_type_of,
    has,
    trigger_word,
)
from syria_news.numbers import in_range, may_start_count


@rule({
    "رصدت منظمة طبية 1300 حالة إسهال مائي حاد مشتبه بها في مخيمات ريف إدلب الشمالي": "",
    "سجلت مديرية الصحة 12 إصابة بالكوليرا و40 إصابة مشتبه بها في مدينة الرقة": "cases 12 SY11",
})
def suspected_after(v: Sentence, k: int) -> bool:
    """A word of suspicion follows the counted noun ending before k: suspected cases are no claim.

    It may stand past the words of a disease name: 10 حالات مشتبه, 13 ألف حالة إسهال مائي
    حاد مشتبه بإصابتها (not past a clause break, و or another count)."""
    if not v.mentions("suspected"):
        return False  # the common case, from the sentence's word lists gathered once
    for q in range(k, min(k + 4, v.n)):
        w = v.words[q]
        if has(w, "suspected"):
            return True
        if not v.joined(q) or w.startswith("و") or may_start_count(w):
            return False
    return False


@rule({
    "اعتقلت قوات النظام 15 شابا وأفرجت عن 20 معتقلا في مدينة حماة": "arrested 15 SY05",
    "نزح 400 شخص من مدينة سراقب شرق إدلب، في حين شهدت مدينة أريحا عودة 1,850 نازحا إلى منازلهم": "displaced 400 people SY07",
    "أعلنت مديرية الصحة أنها ستفرض حظر التجول في حال تجاوز عدد الإصابات 500 في محافظة إدلب": "",
})
def listed_before(v: Sentence, i: int, tag: str) -> bool:
    """A word of the list ``tag`` stands up to five words before i, in the clause, and undoes the count.

    A release (أفرج عن 20 معتقلا), a return (عودة 1,850 نازحا) or a condition (في حال
    تجاوز عدد الإصابات 500) undoes the count after it."""
    if not v.mentions(tag):
        return False
    for p in range(i - 1, max(-1, i - 6), -1):
        if has(v.words[p], tag):
            return True
        if v.toks.barrier(p):
            break
    return False


# How far back in its clause a deportation may stand from the people it sent back: عدد
# اللاجئين السوريين الذين رحلتهم السلطات التركية خلال الشهر الماضي بلغ 1504 أشخاص.
DEPORTED_REACH = 16


@rule({
    "رحلت السلطات التركية 200 لاجئ سوري عبر معبر باب الهوى": "",
    "وبلغ عدد اللاجئين الذين رحلتهم السلطات التركية خلال الشهر 1504 أشخاص، فيما نزح 300 شخص من ريف إدلب": "displaced 300 people SY07",
})
def deported(v: Sentence, last: int) -> bool:
    """A deportation (`deportations`: ترحيل, رحلتهم) stands before the end of a count of
    displaced people, at most ``DEPORTED_REACH`` words back, past no displacement of its own
    (نزح): refugees sent back are a forced return, no displacement (decisions 12 and 15 of
    the annotators' brief; rounds 52 and 53: both annotators who met one coded no claim)."""
    if not v.mentions("deportations"):
        return False
    for q in range(last - 1, max(-1, last - 1 - DEPORTED_REACH), -1):  # past commas: الذين رحلتهم ...، بلغ 1504
        if has(v.words[q], "deportations"):
            return True
        if (hit := trigger_word(v.words[q])) is not None and hit[0].claim_type == "displaced":
            return False  # رحلت ... 20 لاجئا، فيما نزح 300 شخص: a displacement of its own
    return False


@rule({
    "قصفت قوات النظام مدينة جسر الشغور دون تسجيل إصابات في صفوف المدنيين": "",
    "قتل مدني بقصف مدفعي على بلدة كنصفرة جنوب إدلب دون تسجيل إصابات أخرى": "killed 1 civilians SY07",
})
def negated_before(v: Sentence, k: int) -> bool:
    """A negation stands up to three words before token k (دون تسجيل, لم يتم تسجيل)."""
    return any(v.words[q] in NONE_WORDS for q in range(max(0, k - 3), k))


@rule({
    "نفى مصدر محلي الأنباء التي تحدثت عن اعتقال 15 شابا في مدينة الرستن شمال حمص": "",
    "اعتقلت قوات النظام ثلاثة شبان في مدينة الرستن شمال حمص، ونفى مصدر محلي الأنباء التي تحدثت عن اعتقال 15 آخرين": "arrested 3 SY04",
})
def denied(v: Sentence, k: int) -> bool:
    """Reports of what stands at k are denied: no claim.

    A word of reports, and a denial before it, up to twelve words back in the clause (نفى
    مصدر الأنباء التي تحدثت عن اعتقال 15 شابا)."""
    reports = False
    for q in range(k - 1, max(-1, k - 13), -1):
        if v.toks.barrier(q + 1):
            return False
        reports = reports or has(v.words[q], "reports")
        if reports and has(v.words[q], "denials"):
            return True
    return False


@rule({
    "لم يسفر القصف الذي استهدف مدينة بنش شمال إدلب عن وقوع قتلى أو جرحى في صفوف المدنيين": "",
    "ولم يسفر قصف جوي على مدينة الطبقة (55 كم غرب الرقة) عن قتلى وجرحى": "",
    "قتل مدني بقصف مدفعي على بلدة كنصفرة، بينما لم يسفر القصف على بلدة البارة عن سقوط قتلى أو جرحى": "killed 1 civilians",
})
def negated_clause(v: Sentence, k: int) -> bool:
    """The clause negates the event before token k: what did not happen is no claim.

    لم, دون, عدم or لا (not لا يزال) up to six words before it, or twelve before a verb of
    outcome (لم يسفر القصف الذي استهدف المدينة عن ...), with no clause break between. Claim
    nouns and أو joined to them do not count as words: a list of what did not happen is
    negated as a whole (لم يسفر الانفجار عن وقوع قتلى أو جرحى), up to CLAUSE_REACH tokens back;
    an aside in parentheses is passed whole."""
    words = depth = 0
    for q in range(k - 1, max(-1, k - 1 - CLAUSE_REACH), -1):
        gap = v.toks.gaps[q + 1]
        inside = depth > 0  # read backwards: ")" opens an aside, "(" closes it
        depth = max(0, depth + gap.count(")") - gap.count("("))
        if inside or depth:
            continue  # على مدينة الطبقة (55 كم غرب الرقة) عن قتلى: the aside is passed
        if v.toks.barrier(q + 1) and "(" not in gap:
            return False
        w = v.words[q]
        if has(w, "negations") and not (q + 1 < v.n and has(v.words[q + 1], "still")):
            return words < 6 or (q + 1 < v.n and has(v.words[q + 1], "outcome_verbs"))
        if not (w == OR or v.noun(q) is not None):
            words += 1
            if words == 12:
                return False
    return False


@rule({
    "أحبطت الشرطة محاولة اختطاف طفل في مدينة السويداء": "",
    "وحاول مسلحون مجهولون اختطاف طبيب في مدينة السويداء، وقتل مدني برصاصهم": "killed 1 civilians SY13",
    "وأحبط الأهالي محاولة اغتيال قيادي، فيما سجلت المحافظة 20 عملية ومحاولة اغتيال أدت لمقتل 14 شخصا": "killed 14 people",
})
def attempted(v: Sentence, first: int) -> bool:
    """The event at ``first`` was only attempted: a word of `attempts` up to three words
    before its trigger, in its clause (محاولة اغتيال, حاول مسلحون اختطاف). What was tried
    and failed is no claim. A word of result between says the event came of it (20 عملية
    ومحاولة اغتيال أدت لمقتل 14 شخصا: the 14 were killed; round 52)."""
    if trigger_word(v.words[first]) is None:
        return False
    for p in v.back_in_clause(first, 3):
        if has(v.words[p], "result_words"):
            return False
        if has(v.words[p], "attempts"):
            return True
    return False


@rule({
    "أعدم التنظيم 5 مدنيين في ريف دير الزور بعد توجيه تهم لهم بقتل عدد من الأشخاص": "killed 5 civilians SY09",
    "واعتقلت الشرطة شابا بتهمة خطف طفلين في مدينة السويداء": "arrested 1 SY13",
})
def charged(v: Sentence, first: int) -> bool:
    """The event at ``first`` is what someone is charged with: a word of `charges` up to three
    words before its trigger, in its clause (بتهمة قتل, تهم لهم بقتل): an accusation, no
    claim of its own (round 63: the killings an execution's victims were charged with)."""
    if trigger_word(v.words[first]) is None:
        return False
    return any(has(v.words[p], "charges") for p in v.back_in_clause(first, 3))


@rule({
    "غرق مركب يقل 40 لاجئا قبالة السواحل اليونانية": "",
    "انقلب قارب يقل 12 لاجئا سوريا قرب جزيرة ليسبوس اليونانية": "",
})
def carried_people(v: Sentence, draft: Draft) -> bool:
    """People counted right after "carrying" (مركب يقل 40 لاجئا) are passengers: no
    displacement of their own, unless another word of the sentence names one (الدفعة
    الثالثة من المهجرين ... تقل 2700 شخص: the evacuees), or the sentence tells an evacuation
    (context.evacuation)."""
    if draft.first < 1 or not has(v.words[draft.first - 1], "carrying") or evacuation(v):
        return False
    return not any(claim_type_of(w) == "displaced" for q, w in enumerate(v.words) if not draft.first <= q < draft.last)


def _nationals(v: Sentence, draft: Draft) -> bool:
    """The draft counts people by their nationality (200 سوري, 98 سورياً, آلاف السوريين); not
    one (طالب لجوء سوري: an asylum seeker, no one fled here)."""
    return draft.count.best > 1 and any((form := cached_noun_form(w[:-1] if w.endswith("ا") else w)) is not None and form.noun.nationality
               for w in v.words[draft.first : draft.last])  # fmt: skip


@rule({
    "وفاة طفلين كل أسبوع في مخيم الهول شرق الحسكة": "",
    "ويموت طفل كل يوم في المخيمات بسبب البرد": "",
})
def rate_after(v: Sentence, last: int) -> bool:
    """"Every" and a span right after a claim's words (`every_words`, `rate_units`: كل أسبوع,
    كل يوم): a rate, an average over time, no people counted (round 56: a headline of two
    children dying every week in a camp, annotated no claim by decision of the brief)."""
    return last + 1 < v.n and v.joined(last) and has(v.words[last], "every") and has(v.words[last + 1], "rate_units")


@rule({
    "قتل طفل وجرح سبعة مدنيين بقصف مدفعي على بلدة التمانعة جنوب إدلب": "killed 1 children SY07; injured 7 civilians SY07",
    "شهدت الجبهة فرار 5 عناصر من قوات النظام في ريف حماة الشمالي": "",
    "قتل 99999999999999999999 مدنيا بقصف على مدينة إدلب": "",
    "تنعى الكتيبة 4 عناصر من مقاتليها قضوا في المعارك": "killed 4 fighters",
    "وقالت المفوضية إن 200 سوري فروا إلى لبنان خلال الأسبوع": "displaced 200",
})
def add(v: Sentence, draft: Draft) -> None:
    """Add a draft claim to the sentence, unless what surrounds it undoes it.

    A count past MAX_COUNT, a return home counted as displaced (عودة 1,850 نازحا), a
    condition, a denial, an attempt or a charge, a trigger whose groups are not the claim's (فرار 5 عناصر),
    people right after a verb whose doer comes first (ونعى صحفيون) give no claim. A claim with no group takes that of في صفوف, بين or a health service."""
    if not in_range(draft.count):
        v.consumed = draft.last
        return  # a count past MAX_COUNT (99999999999999999999 مدنيا): no claim, never an overflow
    if draft.group is None:
        draft.group = ranks_group(v, draft.last) or among_group(v, draft.first, draft.last)
    if draft.group in (None, "people", "fighters") and medical_body_after(v, draft.last):
        draft.group = "medical_workers"
    if draft.claim_type == "displaced" and (listed_before(v, draft.first, "returns") or carried_people(v, draft) or deported(v, draft.last)):
        v.consumed = draft.last
        return  # عودة 1,850 نازحا إلى قراهم: going home is no displacement; مركب يقل 40 لاجئا: passengers
    if (v.mentions("hypothetical") and listed_before(v, draft.first, "hypothetical")
            or v.mentions("denials") and denied(v, draft.first) or attempted(v, draft.first) or charged(v, draft.first)
            or v.mentions("every") and rate_after(v, draft.last)):  # fmt: skip
        v.consumed = draft.last
        return  # في حال تجاوز عدد الإصابات 500, تحذيرات من نزوح مئات الآلاف, وفاة طفلين كل أسبوع: not a fact
    for at in (draft.first, draft.last - 1):  # its trigger, or a verb after
        hit = trigger_word(v.words[at])
        if hit is not None and hit[0].groups and draft.group not in hit[0].groups and not (
                draft.group is None and v.drafts and v.drafts[-1].group in hit[0].groups  # وأسر اثنين آخرين
                or draft.group is None and _nationals(v, draft)):  # 200 سوري فروا: people of a country
            v.consumed = draft.last
            return  # فرار 5 عناصر: fighters flee, they are not displaced
        if hit is not None and hit[0].doer_first and at == draft.first and draft.last - draft.first <= 2:
            v.consumed = draft.last
            return  # ونعى صحفيون زميلهم: the mourners, not the mourned
    v.drafts.append(draft)
    v.lasts.append(draft.last)
    v.consumed = draft.last
