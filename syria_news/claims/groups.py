"""Stage: the victim group of a claim beyond its own noun (من المدنيين, في صفوف, بين الكوادر الطبية)."""

from __future__ import annotations

from syria_news.claims.heads import PARTS_REACH, resolve_noun_type
from syria_news.claims.registry import rule
from syria_news.claims.view import (
    FROM,
    STATUS_TYPES,
    Sentence,
)
from syria_news.claims.words import (
    AMONG_WORDS,
    ARMED_BODIES,
    COPULAS,
    HELD_WORDS,
    MEDICAL_BODIES,
    MEDICAL_FIRSTS,
    MEMBER_NOUNS,
    OF_THEM,
    RANKS_WORDS,
    STATE_WORDS,
    STILL_PARTICLES,
    SUBSET,
    armed_body_at,
    has,
    strip_clitics,
    trigger_word,
)
from syria_news.numbers import may_start_count


@rule({
    "سقط خمسة قتلى مدنيين بقصف جوي على مدينة معرة النعمان جنوب إدلب": "killed 5 civilians SY07",
    "جرح ناشط إعلامي بقصف مدفعي على مدينة دوما في ريف دمشق": "injured 1 journalists SY03",
    "سقط جريح مدني برصاص قناص في حي الحميدية بمدينة دير الزور": "injured 1 civilians SY09",
})
def describing_group(v: Sentence, k: int, number: str | None = None) -> tuple[str, int] | None:
    """The group a person noun right after the counted one gives it: (group, index after).

    The noun at k describes the counted one: قتلى مدنيين, ناشط إعلامي; of the same
    grammatical ``number`` when one is given (جريح مدني)."""
    adj = v.noun(k) if v.joined(k) else None
    if adj is None or not adj.noun.group or adj.prefix or adj.noun.claim_type or number not in (None, adj.number):
        return None
    return adj.noun.group, k + 1


@rule({
    "سقط 3 قتلى من المدنيين بغارة جوية على قرية في ريف حماة الشمالي": "killed 3 civilians SY05",
    "سقط قتيلان من الطرفين باشتباكات بين فصيلين في مدينة الباب شرق حلب": "killed 2 fighters SY02",
})
def of_group(v: Sentence, k: int) -> tuple[str, int] | None:
    """The group "من X" at k gives the claim noun before it: (group, index after).

    من المدنيين (the quote takes it), من قوات النظام / من الطرفين (fighters; the quote
    stops before the name)."""
    if k + 1 >= v.n or v.words[k] != "من" or not (v.joined(k) and v.joined(k + 1)):
        return None
    of = v.noun(k + 1)
    if of is not None and of.noun.group and of.definite and of.number != "singular":
        return of.noun.group, k + 2
    return ("fighters", k) if armed_body_at(v.words, k) is not None else None


@rule({
    "لا يزال 12 شخصا في عداد المفقودين بعد انهيار مبنى في مدينة حلب": "missing 12 people SY02",
    "قتل ثلاثة أشخاص وبات اثنان آخران في عداد المفقودين بعد غرق قارب في ريف دير الزور": "deaths 3 people SY09; missing 2 SY09",
    "لا يزال نحو ستة ملايين سوري في حالة نزوح داخل البلاد": "displaced ~6000000 cumulative",
    "وأشارت الشبكة إلى أن 112 ألف مواطن هم في عداد المختفين قسريا": "missing 112000 cumulative",
    "وما زال 130 ألف شخص في حالة اختفاء قسري لدى أطراف النزاع": "missing 130000 people cumulative",
})
def among_the(v: Sentence, k: int) -> tuple[str, int] | None:
    """The type "في عداد <claim noun>" at k gives the count before it: (type, index after).

    Counted among the missing, the dead: 12 شخصا في عداد المفقودين (also after a copula: هم
    في عداد المختفين قسريا). Likewise a state the people are in, "في حالة <event noun>" of
    displacement, detention or disappearance: 7 ملايين سوري في حالة نزوح (a stock of people,
    new: no cue says it grew)."""
    if k < v.n and v.words[k] in COPULAS and v.joined(k) and v.in_phrase(k + 1, AMONG_WORDS):
        k += 1  # 112 ألف مواطن هم في عداد المختفين قسريا
    if v.in_phrase(k, STATE_WORDS):
        event = trigger_word(v.words[k + 2])
        return (event[0].claim_type, k + 3) if event is not None and event[0].claim_type in STATUS_TYPES else None
    if not v.in_phrase(k, AMONG_WORDS):
        return None
    form = v.noun(k + 2)
    if form is None or not form.noun.claim_type or not form.definite:
        return None
    claim_type = resolve_noun_type(v, form, k + 2)[0]
    return (claim_type, k + 3) if claim_type else None


@rule({
    "وقالت الشبكة إن 181,312 شخصا ما زالوا رهن الاعتقال التعسفي أو الاختفاء القسري": "arrested 181312 people cumulative",
    "وأكدت أن 422 منهم لا يزالون قيد الاحتجاز لدى قوات النظام": "arrested 422 cumulative",
    "وأكدت المجموعة أن 330 لاجئا ما زالوا مختفين قسريا": "missing 330 cumulative",
    "وأضاف أن أكثر من 100 ألف شخص ما زالوا في عداد المفقودين": "missing 100001+ people cumulative",
    "وقالت الرابطة إن 85 شخصا من أبناء بلدة داريا لا يزالون مغيبين في السجون": "missing 85 people cumulative",
})
def still_held(v: Sentence, k: int) -> tuple[str, int] | None:
    """(type, index after) of "still held" after a count at k (ما زالوا قيد الاعتقال, لا
    يزالون رهن الاحتجاز, ما زالوا مختفين قسريا): the people counted are a stock of the held
    or the missing, whatever the sentence's time (a record since 2011 until a month), so
    cumulative (the caller). Round 34: SNHR's records of detainees, all so annotated. Who
    they are may stand between, after من (85 شخصا من أبناء داريا لا يزالون; round 59)."""
    k += k < v.n and v.words[k] in OF_THEM and v.joined(k)  # 422 منهم لا يزالون
    if k < v.n and v.words[k] == FROM and v.joined(k):
        still = next((q for q in range(k + 1, min(k + 7, v.n)) if v.words[q] in STILL_PARTICLES or has(v.words[q], "still")), None)
        if still is None or any(not v.joined(q) or may_start_count(v.words[q]) or trigger_word(v.words[q]) for q in range(k + 1, still)) or not v.joined(still):
            return None
        k = still
    q = k + (k < v.n and v.words[k] in STILL_PARTICLES)
    if q + 1 >= v.n or not has(v.words[q], "still") or not v.joined(q) or not v.joined(q + 1):
        return None
    q += 1
    if v.in_phrase(q, AMONG_WORDS):
        return among_the(v, q)  # ما زالوا في عداد المفقودين (round 52)
    if v.words[q] in HELD_WORDS and q + 1 < v.n and v.joined(q + 1):
        q += 1
    event = trigger_word(v.words[q])
    if event is not None and event[0].claim_type in STATUS_TYPES - {"displaced"}:
        return event[0].claim_type, q + 1
    state = v.noun(q)
    if state is not None and state.noun.claim_type in ("arrested", "missing", "kidnapped"):
        return state.noun.claim_type, q + 1
    return None


@rule({
    "وقالت الشبكة إن 181 ألف شخص، بينهم 5 آلاف طفل و9 آلاف سيدة، لا يزالون قيد الاعتقال": "arrested 181000 people cumulative; arrested 5000 children cumulative part of 1; arrested 9000 women cumulative part of 1",
})
def held_after_parts(v: Sentence, k: int) -> str | None:
    """The type of "still held" after the parts of a count (181 ألف شخص، بينهم 5 آلاف طفل و9
    آلاف سيدة، لا يزالون قيد الاعتقال): بينهم at k, then counts, persons, و and commas up to
    ``PARTS_REACH`` tokens, then ``still_held``: the count and its parts are that stock, as
    when the verb follows the count (round 52: SNHR's record of detainees)."""
    if k >= v.n or v.words[k] not in SUBSET or not (v.joined(k) or v.comma_before(k)):
        return None
    for q in v.outside_asides(k + 1, min(k + 1 + PARTS_REACH, v.n)):
        if not v.may_pass(q):
            return None
        if (held := still_held(v, q)) is not None:
            return held[0]
    return None


@rule({
    "قتل 7 في صفوف قوات النظام بهجوم لفصائل المعارضة في ريف حماة": "killed 7 fighters SY05",
    "قتل ثلاثة في صفوف المدنيين بقصف على مدينة سراقب شرق إدلب": "killed 3 civilians SY07",
})
def ranks_group(v: Sentence, k: int) -> str | None:
    """The group of "في صفوف X" at k: the people counted were among X.

    X is an armed body (fighters) or a group noun (في صفوف المدنيين)."""
    if not v.in_phrase(k, RANKS_WORDS):
        return None
    form = v.noun(k + 2)
    if form is not None and form.noun.group and not form.noun.excluded:
        return form.noun.group
    return "fighters" if strip_clitics(v.words[k + 2], ARMED_BODIES) is not None else None


@rule({
    "جرح اثنان من عناصر الدفاع المدني بقصف استهدف مركزهم في مدينة أريحا جنوب إدلب": "injured 2 medical_workers SY07",
    "جرح شخصان من العاملين في القطاع الصحي بقصف على مشفى في ريف إدلب": "injured 2 medical_workers SY07",
    "قتل متطوع في الدفاع المدني بغارة جوية على بلدة كفرنبل جنوب إدلب": "killed 1 medical_workers SY07",
})
def medical_body_after(v: Sentence, k: int) -> bool:
    """The people counted before k are members of a rescue or health service (medical workers).

    "من|في|لدى|بين" and a member noun may stand before its name (من عناصر الدفاع المدني,
    من العاملين في القطاع الصحي, متطوع في الدفاع المدني)."""
    q = k
    for optional in (("من", "في", "لدي", "بين"), MEMBER_NOUNS, ("في",)):
        if q < v.n and v.joined(q) and v.words[q] in optional:
            q += 1
    if q >= v.n or v.words[q] not in MEDICAL_FIRSTS or not (q > k or v.words[k - 1] in MEMBER_NOUNS):
        return False  # the common case: no service's name here
    return any(tuple(v.words[q : q + len(name)]) == name and all(v.joined(x) for x in range(q, q + len(name)))
               for name in MEDICAL_BODIES)  # fmt: skip


@rule({
    "ارتفع عدد الوفيات بفيروس كورونا بين الكوادر الطبية إلى 12 في محافظة إدلب": "deaths 12 medical_workers cumulative SY07",
    "سجلت عدة إصابات بالجرب بين أطفال المخيم في ريف إدلب الشمالي": "cases 3 (3-9) children SY07",
})
def among_group(v: Sentence, first: int, last: int) -> str | None:
    """The group "بين X" gives a claim: X a plural or dual person noun, or a health service.

    "بين" stands inside the claim's words or up to three words after them in the clause:
    عدد الوفيات بين الكوادر الطبية إلى 12, عدة إصابات بالجرب بين أطفال المخيم."""
    if "بين" not in v.words[first : last + 3]:
        return None
    for q in range(first, min(last + 3, v.n - 1)):
        if q >= last and not v.joined(q):
            return None
        if v.words[q] == "بين" and v.joined(q + 1):
            if medical_body_after(v, q):
                return "medical_workers"  # بين العاملين في القطاع الصحي, بين الكوادر الطبية
            form = v.noun(q + 1)
            if form is not None and form.noun.group and form.number != "singular" \
                    and not form.noun.claim_type and not form.noun.excluded and form.prefix in ("", "ال"):  # fmt: skip
                return form.noun.group
    return None

