"""Stage: what a count counts, read from the words after it (the counted noun, its words, a verb after it)."""

from __future__ import annotations

from functools import lru_cache

from syria_news.claims.context import (
    accident,
    case_or_injury,
    case_type,
    death_type,
    victims_type,
)
from syria_news.claims.registry import rule
from syria_news.claims.triggers import word_trigger
from syria_news.claims.view import (
    AMONG,
    CASE_TYPES,
    FROM,
    IN,
    ON,
    OR,
    STATE_TYPES,
    TO,
    WITH,
    Sentence,
)
from syria_news.claims.words import (
    REACHING,
    WHOSE_NUMBER,
    ACTORS,
    ADJECTIVE_ONES,
    ARMED_BODIES,
    BODY_NAMES,
    GIVEN_NAMES,
    IRRELEVANT,
    NAME_STOPS,
    NEW_WORDS,
    OF_THEM,
    POST_TRIGGERS,
    SINGULAR_POSTS,
    SUBSET,
    TOTAL_CUES,
    Trigger,
    armed_body_at,
    cached_noun_form,
    claim_type_of,
    has,
    strip_clitics,
    token_role,
    trigger_word,
)
from syria_news.numbers import (
    THIRD_PERSON,
    Count,
    NounForm,
    count_clitic,
    is_digits,
    match_count,
    may_start_count,
    noun_count,
)
from syria_news.text import fold_word

ARTICLE = fold_word("ال")  # the article set apart by a tatweel (الـ 18)
DONE = fold_word("تم")  # "was done": تم اعتقالهم, they were arrested
ALREADY = fold_word("قد")  # before a past verb: 7 أشخاص قد لقوا حتفهم
THAT = frozenset(map(fold_word, ("أن", "إن", "بأن")))  # "that", opening a clause whose subject comes next
PHRASE_HEADS = frozenset({fold_word("من"), IN})  # heads of a phrase describing a person: عنصرا من ..., قياديا في ...


@rule({
    "وثقت الشبكة السورية لحقوق الإنسان 1,125 حالة اعتقال تعسفي في سوريا خلال شهر آذار": "arrested 1125",
    "سجلت مديرية صحة إدلب حالتي وفاة بفيروس كورونا في مدينة حارم": "deaths 2 SY07",
    "وقال التقرير إن 250 حالة من حالات الاعتقال التعسفي في أيار كانت على يد قوات النظام": "arrested 250",
})
def resolve_noun_type(v: Sentence, form: NounForm, k: int) -> tuple[str | None, int]:
    """Claim type a claim noun at k gives, and the index after it (حالة وفاة: 2 words; حالة
    من حالات الاعتقال: what the cases it is one of are, 4 words)."""
    noun = form.noun
    if noun.container:
        if k + 2 < v.n and v.words[k + 1] == FROM and v.joined(k + 1) and v.joined(k + 2) \
                and (outer := v.noun(k + 2)) is not None and outer.noun.container and outer.number == "plural":  # fmt: skip
            return resolve_noun_type(v, outer, k + 2)
        nxt = v.noun(k + 1) if v.joined(k + 1) else None
        if k + 1 < v.n and has(v.words[k + 1], "suspected"):
            return None, k + 2
        if nxt is not None and nxt.noun.claim_type and not nxt.noun.container and nxt.prefix[:1] not in ("و", "ف"):
            return resolve_noun_type(v, nxt, k + 1)[0], k + 2
        event = word_trigger(v, k + 1) if nxt is None and v.joined(k + 1) else None
        # 1,125 حالة اعتقال, حالتي الغرق; a verb after حالة with منها after it is the share's
        # own (182 حالة شفيت منها 17: cases, 17 of which recovered)
        verb_of_share = k + 2 < v.n and v.words[k + 2] in SUBSET and not has(v.words[k + 1], "event_nouns")
        if event is not None and event[2] in ("", "ال") and not verb_of_share:
            return event[0], k + 2
        # "الحالات" in a health body's sentence, with no violence or accident named: its cases
        health = form.definite and v.mentions("health") and not v.mentions("violence") and not v.mentions("accident")
        return ("cases" if (v.names_disease() or health) else None), k + 1
    if noun.claim_type == "injured":
        return case_or_injury(v, fold_word(noun.lemma)), k + 1
    if noun.claim_type == "deaths":
        return death_type(v), k + 1
    if noun.claim_type == "killed_or_injured":
        return victims_type(v, k), k + 1  # ستة ضحايا بسبب التعذيب: the dead
    if noun.claim_type == "killed" and accident(v):
        return "deaths", k + 1  # حصيلة ضحايا الزلزال 147 قتيلا
    return noun.claim_type, k + 1


@rule({
    "أعلنت مديرية صحة إدلب شفاء حالتين من فيروس كورونا في مدينة الدانا": "recoveries 2 SY07",
    "أعلن مشفى مدينة أعزاز شمال حلب شفاء حالة من فيروس كورونا بعد أسبوعين في العزل": "recoveries 1 SY02",
})
def cases_of(v: Sentence, trig: Trigger, form: NounForm, k: int) -> bool:
    """A singular or dual حالة right after a trigger of cases, recoveries or deaths counts what it says.

    شفاء حالتين: 2 recoveries; not where a noun after it says what it is (حالة وفاة) or it is
    suspected."""
    return (form.noun.container and trig.claim_type in CASE_TYPES and form.number != "plural"
            and not (k + 1 < v.n and v.joined(k + 1)
                     and (v.noun(k + 1) is not None or has(v.words[k + 1], "suspected"))))  # fmt: skip


@rule({
    "سجلت مديرية صحة إدلب 12 إصابة جديدة بفيروس كورونا في مخيمات الشمال": "cases 12 SY07",
    "أصيب خمسة مدنيين آخرين بقصف مدفعي على مدينة دارة عزة غرب حلب": "injured 5 civilians SY02",
})
def extend(v: Sentence, k: int, noun: NounForm | None) -> int:
    """Index after the words that belong to a counted noun ending before k: its compound
    words, "new" words, a nationality agreeing with it (``nationality_after``), "one" after
    a singular (طفلا واحدا), and for people an age limit (``age_limit``)."""
    while k < v.n and v.joined(k):
        w = v.words[k]
        if (noun is not None and w in noun.noun.compound) or new_word(v, k, noun) or nationality_after(v, k, noun):
            k += 1
        elif w in ADJECTIVE_ONES and noun is not None and noun.number == "singular" and not noun.noun.excluded:
            k += 1  # طفلا واحدا: its adjective, no count of its own
        elif noun is not None and not noun.noun.excluded and (after := age_limit(v, k)) is not None:
            k = after
        else:
            break
    return k


@rule({
    "غرق أربعة أطفال سوريين وامرأتان في نهر الفرات بمدينة الرقة": "deaths 4 children SY11; deaths 2 women SY11",
    "قتل ثلاثة جنود عراقيين وعنصران من الفصائل بقصف على ريف حلب": "killed 3 fighters SY02; killed 2 fighters SY02",
})
def nationality_after(v: Sentence, k: int, noun: NounForm | None) -> bool:
    """Token k is a nationality agreeing with the counted person noun before it (أطفال سوريين,
    جنود عراقيين, مقاتلان عراقيان): the noun's adjective, not a count of its own, and no end of
    a list of persons going on after it (round 46: two such lists)."""
    if noun is None or noun.noun.excluded or noun.noun.container:
        return False
    nat = v.noun(k)
    return (nat is not None and nat.noun.nationality and not nat.prefix
            and (nat.number == noun.number or "singular" not in (nat.number, noun.number)))


# Words an age limit may run to after its "under" (دون سن الثامنة عشرة من العمر).
AGE_REACH = 5


@rule({
    "قتل 50 مدنيا بينهم 10 أطفال دون سن الثامنة عشرة وثلاث سيدات في ريف إدلب": "killed 50 civilians SY07; killed 10 children SY07 part of 1; killed 3 women SY07 part of 1",
    "وقال المرصد إن بين القتلى 298 طفلا دون السادسة عشرة من العمر": "killed 298 children",
    "اعتقلت قوات النظام 12 شابا تحت سن الـ18 في مدينة دوما بريف دمشق": "arrested 12 SY03",
    "قتل طفل بعمر 12 عاما بانفجار لغم أرضي في ريف درعا الغربي": "killed 1 children SY12",
})
def age_limit(v: Sentence, k: int) -> int | None:
    """An age limit or age at k after a person noun (`age_under` and `age_words`, digits: دون
    سن الثامنة عشرة, تحت سن الـ18, بعمر 12 عاما): the index after it. It is the noun's, no
    count (عشرة is no ten people) and no break in a list of parts (round 32)."""
    if not has(v.words[k], "age_under"):
        return None
    q = k + 1
    while q < v.n and q - k <= AGE_REACH and v.joined(q) and (has(v.words[q], "age_words") or is_digits(v.words[q])):
        q += 1
    return q if q > k + 1 else None


@rule({
    "قتل مدنيان اثنان بقصف مدفعي على قرية في ريف حماة الشمالي": "killed 2 civilians SY05",
    "سجلت مديرية الصحة حالتين اثنتين بفيروس كورونا في مدينة سرمدا شمال إدلب": "cases 2 SY07",
})
def new_word(v: Sentence, k: int, noun: NounForm | None) -> bool:
    """Token k is "جديدة", "أخرى" or a number agreeing with the noun (``حالتين اثنتين``), not a count of its own.

    A number that does not agree is a count: ``إصابة اثنين`` is 2 injured, ``إصابة اثنين
    وعشرين`` 22."""
    if v.words[k] not in NEW_WORDS:
        return False
    hit = match_count(v.words, k) if may_start_count(v.words[k]) else None
    if hit is None:
        return True
    own = noun_count(noun) if noun is not None else None
    return hit[1] == k + 1 and own is not None and own.best == hit[0].best


PLURALS = ("plural", "dual_or_plural")


@rule({
    "واعتقلت قوات النظام 16 طفلا وطفلة في مدينة دوما بريف دمشق": "arrested 16 children SY03",
    "وقال التقرير إن 120 طبيبا وممرضا قتلوا في سجون النظام": "killed 120 medical_workers",
    "وخرجت من البلدة 30 حافلة تقل نحو 1500 مقاتل ومدني باتجاه الشمال": "displaced ~1500",
    "ووثق المرصد مقتل 7 رجال وشبان و3 أطفال في ريف حمص": "killed 7 SY04; killed 3 children SY04",
})
def shared_count(v: Sentence, count: Count, form: NounForm, end: int) -> tuple[int, str | None] | None:
    """(index after, group) when a singular person noun joined by و right after the singular
    noun of a count of 11 or more shares that count: 16 طفلا وطفلة, 120 طبيبا وممرضا are one
    count of both (the noun after 11 is singular, so the second is counted with it), where
    after a plural noun it is one more person (5 مدنيين وطفل); so does a plural after a
    plural of the same group (304 رجال وشباب: a bare plural there counts no one apart; round
    66; not 5 عناصر ومدنيون, two sides). The group is
    the nouns' own when they agree, else none."""
    if end >= v.n or not v.joined(end) or (other := v.noun(end)) is None:
        return None
    plurals = form.number in PLURALS and other.number in PLURALS and not other.definite and other.noun.group == form.noun.group
    if not (count.best >= 11 and form.number == "singular" and other.number == "singular" or plurals):
        return None
    if other.prefix != "و" or other.noun.excluded or other.noun.claim_type:
        return None
    if end + 1 < v.n and v.joined(end + 1) and (match_count(v.words, end + 1) is not None or v.words[end + 1] in NEW_WORDS):
        return None  # وطفل واحد: a count of its own
    return end + 1, form.noun.group if other.noun.group == form.noun.group else None


@rule({
    "قتلت امرأة وأصيب أطفالها الثلاثة بقصف جوي على بلدة معرة حرمة في ريف إدلب": "killed 1 women SY07; injured 3 children SY07",
    "قتل رجل وزوجته وأصيب أطفالهما الثلاثة بقصف مدفعي على بلدة كفرعويد جنوب إدلب": "killed 2 SY07; injured 3 children SY07",
    "قتلت امرأة وأطفالها الـ 5 بغارة جوية على بلدة في ريف إدلب": "killed 1 women SY07; killed 5 children SY07",
})
def number_after(v: Sentence, j: int) -> tuple[Count, int] | None:
    """The exact count of a definite number at j (الثلاثة, الأربعة, الـ 6: the article set apart
    by a tatweel, round 63) and the index after it, else None."""
    if not v.joined(j) or not v.words[j].startswith("ال"):
        return None
    if v.words[j] == ARTICLE and j + 1 < v.n and v.joined(j + 1) and is_digits(v.words[j + 1]):
        hit, end = match_count(v.words, j + 1), j + 2  # الـ 6
        whole = hit is not None and hit[1] == end
    else:
        hit, end = match_count([v.words[j][2:]], 0), j + 1  # الثلاثة
        whole = hit is not None and hit[1] == 1
    return (hit[0], end) if whole and hit is not None and hit[0].precision == "exact" else None


@rule({
    "سقط 60 قتيلا وجريحا في انفجار سيارة مفخخة بمدينة الباب شرق حلب": "killed_or_injured 60 SY02",
    "سقط عشرات القتلى والجرحى بقصف جوي على سوق شعبي في مدينة أريحا جنوب إدلب": "killed_or_injured 20 (20-99) SY07",
})
def and_injured(v: Sentence, k: int, counted: bool = False) -> bool:
    """Token k is "وجرحى" joined to the killed noun before it: ``قتلى وجرحى`` is one killed_or_injured claim.

    A dual or singular (``وجريحان``, ``6 قتلى وجريح``) counts by itself, except after a
    count and a singular killed noun (``60 قتيلا وجريحا``: ``counted``); so does one with a
    count after it (``18 قتيلا وإصابة 70``)."""
    if k >= v.n or not v.joined(k):
        return False
    form = v.noun(k)
    return (form is not None and form.prefix.startswith("و") and form.noun.claim_type == "injured"
            and (form.number == "plural" or counted and form.number == "singular")
            and not (k + 1 < v.n and v.joined(k + 1) and match_count(v.words, k + 1) is not None))  # وإصابة 70: a count of its own


@rule({
    "سقط 3 مدنيين قتلى بقصف مدفعي على بلدة تفتناز شرق إدلب": "killed 3 civilians SY07",
    "سقط طفل قتيلا برصاص قناص في حي الوعر بمدينة حمص": "killed 1 children SY04",
    "سقط مدنيان جرحى بقصف مدفعي على قرية في ريف حلب الغربي": "injured 2 civilians SY02",
    "30 مدنيا بين قتيل وجريح بانفجار سيارة مفخخة في مدينة أعزاز": "killed_or_injured 30 civilians",
    "ووثق المركز وجود نحو 640 طفلا معتقلا في سجون النظام": "arrested ~640 children",
    "أصيب 14 شخصا بين قتلى وجرحى بقصف صاروخي على بلدة في ريف إدلب": "killed_or_injured 14 people SY07",
})
def state_noun(v: Sentence, k: int) -> tuple[str, int] | None:
    """(type, index after) when token k says in what state the people before it ended.

    سقط 3 مدنيين قتلى, سقط طفل قتيلا, 640 طفلا معتقلا, سقوط خمسة مدنيين ضحايا: an indefinite
    noun of a state, no clitic.
    "بين قتيل وجريح" (between killed and wounded): killed_or_injured, whatever verb stood
    before the count (أصيب 14 شخصا بين قتلى وجرحى)."""
    if k + 2 < v.n and v.words[k] == AMONG and v.joined(k) and v.joined(k + 1) and v.joined(k + 2) \
            and claim_type_of(v.words[k + 1]) == "killed" and v.words[k + 2][:1] == "و" \
            and claim_type_of(v.words[k + 2][1:]) == "injured":  # fmt: skip
        return "killed_or_injured", k + 3  # 45 مدنيا بين قتيل وجريح
    form = v.noun(k) if v.joined(k) else None
    if form is None or form.prefix or form.noun.claim_type not in STATE_TYPES and form.noun.claim_type != "killed_or_injured" \
            or not form.noun.bare:  # fmt: skip
        return None  # (ضحايا too: سقوط خمسة مدنيين ضحايا, the dead and the wounded)
    if form.noun.claim_type == "killed_or_injured" and k + 1 < v.n and v.joined(k + 1) and v.words[k + 1].startswith("ال"):
        return None  # 3000 مدني ضحايا الحرب: victims of what, read by the noun's own rule
    claim_type, end = resolve_noun_type(v, form, k)
    if claim_type == "killed" and and_injured(v, end):
        return "killed_or_injured", end + 1
    return (claim_type, end) if claim_type else None


@rule({
    "وقال الدفاع المدني إن 12 شخصا من الكوادر الطبية في ريف إدلب قتلوا بغارة جوية": "killed 12 people SY07",
})
def last_verb(v: Sentence) -> int:
    """The index of the sentence's last word that may say what happened to people named before
    it (a word :func:`post_at` or :func:`singular_post_at` may read: a verb after its people,
    تم, قد, تعرضوا, a trigger), or -1; looked up once per sentence. Rules that seek such a verb
    after a noun stop at once past it."""
    if v.last_verb is None:
        v.last_verb = next((q for q in range(v.n - 1, -1, -1) if _may_say_what_happened(v.words[q])), -1)
    return v.last_verb


@lru_cache(maxsize=1 << 16)
def _may_say_what_happened(word: str) -> bool:
    """A word :func:`last_verb` stops at; asked of every word of a sentence, so kept per word."""
    return (word in POST_TRIGGERS or word in SINGULAR_POSTS or word == DONE or word == ALREADY
            or has(word, "exposure_plural") or has(word, "exposure") or trigger_word(word) is not None)  # fmt: skip


@rule({
    "عثر الأهالي على جثث 5 مدنيين قتلوا برصاص مجهولين في ريف دير الزور": "killed 5 civilians SY09",
    "أفادت مصادر محلية بأن 5 مدنيين قتلوا بقصف جوي على قرية في ريف إدلب": "killed 5 civilians SY07",
    "أفاد ناشطون أن عددا من المدنيين قتلوا وجرحوا بقصف صاروخي على مدينة درعا": "killed_or_injured 2 (2-?) civilians SY12",
    "قال الدفاع المدني إن ثلاثة عمال لقوا حتفهم بانفجار لغم في ريف حلب الشرقي": "killed 3 SY02",
    "وذكر التقرير أن 45 شخصا تم اعتقالهم على يد قوات النظام في محافظة درعا": "arrested 45 people SY12",
    "أربعة شبان يلقون حتفهم غرقا في نهر الفرات بريف الرقة": "deaths 4 SY11",
    "ووثقت الشبكة مقتل 19 مدنيا، 5 قتلتهم قوات النظام و8 قتلهم تنظيم الدولة": "killed 19 civilians; killed 5; killed 8",
    "وأعلنت المجموعة أن 19 لاجئا فلسطينيا أعدموا ميدانيا في مخيم اليرموك": "killed 19",
})
def post_at(v: Sentence, k: int) -> str | None:
    """The type of a verb at k that says what happened to the people before it (5 مدنيين قتلوا).

    "تم" and an event noun with their pronoun is a passive verb (تم اعتقالهم).
    An idiom counts with its word right after (لقوا حتفهم, يلقون مصرعهم, فارقوا الحياة).
    قتلوا وجرحوا and قتلوا أو أصيبوا are killed_or_injured. أصيبوا is a case in a disease context."""
    if k + 1 < v.n and v.joined(k + 1) and v.words[k + 1] in SUBSET and v.words[k] not in POST_TRIGGERS:
        return None  # 182 حالة شفيت منها 17: the verb is the share's, not the total's (but 3 مدنيين قتلوا بينهم امرأة)
    if v.words[k] == ALREADY and k + 1 < v.n and v.joined(k + 1):
        k += 1  # سبعة أشخاص قد لقوا حتفهم
    post = POST_TRIGGERS.get(v.words[k])
    if post is None and v.words[k] == DONE and k + 1 < v.n and v.joined(k + 1):
        post = _done_to(v.words[k + 1])  # 197 حالة تم اعتقالهم
        if post is None and has(v.words[k + 1], "documenting") and k + 2 < v.n and v.joined(k + 2):
            post = _done_to(v.words[k + 2])  # 90 مدنيا تم توثيق مقتلهم
    if post is None and has(v.words[k], "exposure_plural") and k + 1 < v.n and v.joined(k + 1):
        return suffered(v, k + 1)  # ثلاثة مدنيين تعرضوا للخطف
    if (lost := lost_life_at(v, k)) is not None:
        return lost  # شخصين فقدا حياتهما
    if post is None and (idiom := trigger_word(v.words[k])) is not None and idiom[0].needs and idiom[1] in ("", "و"):
        if k + 1 < v.n and v.joined(k + 1) and v.words[k + 1] in idiom[0].needs:
            post = idiom[0].claim_type
    if post == "killed" and k + 1 < v.n and v.joined(k + 1) and v.words[k + 1][:1] == "و" \
            and POST_TRIGGERS.get(v.words[k + 1][1:]) == "injured":  # fmt: skip
        return "killed_or_injured"  # قتلوا وجرحوا: not separable
    if post == "killed" and k + 2 < v.n and v.words[k + 1] == OR and v.joined(k + 1) and v.joined(k + 2) \
            and POST_TRIGGERS.get(v.words[k + 2]) == "injured":  # fmt: skip
        return "killed_or_injured"  # قتلوا أو أصيبوا: either, not told apart
    return case_type(v, post, k) if post is not None else None




def _done_to(word: str) -> str | None:
    """The type of an event noun with a pronoun after تم (اعتقالهم, قتله, اختطافها)."""
    for suffix in THIRD_PERSON:
        if word.endswith(suffix) and (event := trigger_word(word[: -len(suffix)])) is not None:
            return event[0].claim_type if event[1] == "" and has(word[: -len(suffix)], "event_nouns") else None
    return None


@rule({
    "تعرض ثلاثة أطفال لإصابات بالغة بانفجار لغم في ريف درعا الشرقي": "injured 3 children SY12",
    "تعرض شاب للاختطاف على يد مسلحين مجهولين قرب مدينة شهبا في ريف السويداء": "kidnapped 1 SY13",
})
def exposed_to(v: Sentence, first: int, end: int) -> str | None:
    """The type of the ل-noun at end when "تعرض" stands before the people counted from first.

    تعرض ثلاثة أطفال لإصابات: what they were subjected to says what happened to them; time
    words may stand between the verb and the people."""
    if end >= v.n or not v.joined(end):
        return None
    p = first - 1
    while p >= v.consumed and has(v.words[p], "skip") and v.joined(p + 1) and first - p <= 3:
        p -= 1
    if p < v.consumed or not v.joined(p + 1) or not has(v.words[p], "exposure"):
        return None
    return suffered(v, end)


# How far back from the people forced to flee the verb of forcing may stand, past its doer
# (أجبرت المعارك الدائرة في المنطقة نحو 40 ألف شخص على النزوح).
FORCED_REACH = 7


@rule({
    "وأجبرت المعارك نحو 40 ألف شخص على النزوح من منازلهم في ريف حماة": "displaced ~40000 people SY05",
    "واضطر أكثر من 700 مدني للفرار باتجاه الحدود التركية": "displaced 701+ civilians",
    "ما أجبر 12 ألف شخص على مغادرة منازلهم في مدينة دوما بريف دمشق": "displaced 12000 people SY03",
    "وقالت المنظمة إن 130 ألف شخص اضطروا للنزوح من منازلهم في ريف الحسكة": "displaced 130000 people SY08",
})
def forced_to_flee(v: Sentence, first: int, end: int) -> tuple[str, int] | None:
    """("displaced", the flight word's token) when people counted from first to end were
    forced to flee: a verb of forcing (`forcing_words`: أجبر, اضطر, دفع) up to
    ``FORCED_REACH`` words before them in their clause, or right after them in the plural
    (`forced_plural`: اضطروا, أجبروا; round 52), and then على/إلى or a glued ل before a word
    of flight (`flight_words`: النزوح, الفرار, ترك, مغادرة). Round 42's dev rounds: seven
    such counts annotated displaced, none read. Families are no people
    (the count's noun decides, as everywhere)."""
    if end >= v.n or not v.joined(end):
        return None
    forced_after = has(v.words[end], "forced_plural") and end + 1 < v.n and v.joined(end + 1)  # 130 ألف شخص اضطروا للنزوح
    at = end + 1 if forced_after else end
    flight = at + 1 if v.words[at] in (ON, TO) and at + 1 < v.n and v.joined(at + 1) else at
    if flight >= v.n or not has(v.words[flight], "flight") or flight == at and not v.words[at].startswith("ل"):
        return None
    if not forced_after and not any(has(v.words[q], "forcing") for q in v.back_in_clause(first, FORCED_REACH, v.consumed)):
        return None
    return "displaced", flight


@rule({
    "وقال المركز إن ثلاثة مدنيين تعرضوا للخطف في قرية بريف حلب الشمالي": "kidnapped 3 civilians SY02",
    "وأفاد ناشطون أن أربعة عمال تعرضوا لإصابات بانفجار لغم في ريف حماة": "injured 4 SY05",
})
def suffered(v: Sentence, k: int) -> str | None:
    """The type of what the ل-noun at k says people were subjected to (للخطف, لإصابات), after
    "تعرض" before them (exposed_to) or "تعرضوا" after them (rounds 36 and 37: three reports
    of "N مدنيين تعرضوا للخطف", none read)."""
    word = v.words[k]
    if (trig := trigger_word(word)) is not None and trig[1] in ("ل", "لل") and not trig[0].needs:
        return case_type(v, trig[0].claim_type, k)
    form = cached_noun_form(word)
    if form is not None and form.prefix in ("ل", "لل") and form.noun.claim_type and not form.noun.container:
        return case_type(v, form.noun.claim_type, k)
    return None


@rule({
    "أكد مصدر عسكري أن 7 عناصر من قوات النظام قتلوا بهجوم على حاجز في ريف حماة": "killed 7 fighters SY05",
    "أكد قيادي أن 3 عناصر من الفصائل قتلوا خلال التصدي للهجوم في ريف اللاذقية": "killed 3 fighters SY06",
    "وقال مصدر عسكري إن 14 عنصرا لقوات النظام قتلوا بكمين في بادية حمص": "killed 14 fighters SY04",
    "وقالت مصادر محلية إن خمسة من قوات النظام قتلوا بهجوم في ريف درعا الغربي": "killed 5 fighters SY12",
    "وقال مصدر إن عنصرين من قوى الأمن الداخلي لقيا مصرعهما بهجوم في ريف حمص": "killed 2 fighters SY04",
})
def post_after_body(v: Sentence, k: int) -> tuple[str, int] | None:
    """(type, index) of a verb after "من <armed body>" or "ل<armed body>" at k, at most three words on.

    7 عناصر من قوات النظام قتلوا, 21 عنصرا للنظام قتلوا; a count with no noun too (خمسة من
    قوات النظام قتلوا; round 61)."""
    start = armed_body_at(v.words, k) if k < v.n and v.joined(k) else None
    if start is None or start == k + 2 and not v.joined(k + 1):
        return None  # (عنصرا للنظام: "of" glued to the body; 7 عناصر من قوات النظام)
    for q in range(start, min(start + 3, v.n)):
        if not v.joined(q):
            return None
        if (post := post_at(v, q)) is not None:
            return post, q
    return None


# How far past a counted noun the verb saying what happened to its people may stand, over
# the phrase that describes them (من الكوادر الطبية, في محافظة حماة, "قسد").
PHRASE_REACH = 8


@rule({
    "وقال الدفاع المدني إن 12 شخصا من الكوادر الطبية في ريف إدلب قتلوا بغارة جوية": "killed 12 people SY07",
    "وذكرت الأمم المتحدة أن نحو 60 ألف مدني في محافظة حماة نزحوا جراء المعارك": "displaced ~60000 civilians SY05",
    "وقالت مصادر إن 3 عناصر من قوات سوريا الديمقراطية \"قسد\" قتلوا بانفجار لغم في ريف دير الزور": "killed 3 fighters SY09",
    "وقال المكتب إن 23 مدنيا، معظمهم من الأطفال والمسنين، توفوا جوعا في البلدة": "deaths 23 civilians",
    "وقالت المنظمة إن نحو 40 ألف شخص معظمهم من النساء والأطفال نزحوا من ريف حماة": "displaced ~40000 people SY05",
})
def verb_across_phrase(v: Sentence, k: int) -> tuple[str, int] | None:
    """(type, index) of a plural or dual verb saying what happened to the people counted
    before k, past the phrase that describes them, at most ``PHRASE_REACH`` words on.

    12 شخصا من الكوادر الطبية قتلوا, 60 ألف مدني في محافظة حماة نزحوا. The phrase holds no
    other verb or event, no count, no noun joined by و (a list of its own: persons_before_verb)
    and no clause opener; an aside in parentheses is passed whole ("قسد" (شرق الفرات)), and
    one that says who most or all of them are, to its comma (`most_words`: 22 شخصا،
    معظمهم مدنيون، قتلوا; rounds 40-41) or, with no comma, over its persons to the verb
    (معظمهم من النساء والأطفال فروا; round 66)."""
    if last_verb(v) < k:
        return None  # no verb after the people (the common case)
    if k < v.n and v.may_pass(k) and has(v.words[k], "most"):
        e = k + 1  # معظمهم من النساء والأطفال فروا: who most are, then the verb (round 66)
        while e < min(k + PHRASE_REACH, v.n) and v.joined(e) and (v.words[e] == FROM or _plain_person(v, e)):
            e += 1
        k = e if e < v.n and v.joined(e) and post_at(v, e) is not None else \
            next((e for e in range(k + 1, min(k + PHRASE_REACH, v.n)) if v.comma_before(e)), k)
    for q in v.outside_asides(k, min(k + PHRASE_REACH, v.n)):
        if not v.may_pass(q):
            return None
        if (post := post_at(v, q)) is not None:
            return post, q
        if not v.joined(q) or v.words[q] in SINGULAR_POSTS or _ends_phrase(v, q):
            return None
    return None


def _plain_person(v: Sentence, q: int) -> bool:
    """Token q is a person noun (والأطفال), no claim noun and not excluded."""
    form = v.noun(q)
    return form is not None and not form.noun.excluded and not form.noun.claim_type


@rule({
    "ارتفع عدد القتلى في المدينة إلى 12 خلال أسبوع واحد": "killed 12 cumulative",
    "ارتفع عدد ضحايا الغرق في نهر الفرات إلى خمسة أشخاص خلال يوم واحد": "deaths 5 people cumulative",
    "بلغ عدد المصابين بالكوليرا 40 في مخيم واحد شرق دير الزور": "cases 40 cumulative SY09",
})
def adjective_one(v: Sentence, i: int) -> bool:
    """"One" right after a noun of things or a time word is its adjective, no count (خلال يوم واحد).

    Not after a person noun (مدني واحد), a trigger (قتل واحد), a cue, بينهم or a short
    function word (من، في، إلى)."""
    if v.words[i] not in ADJECTIVE_ONES or i < 1 or not v.joined(i):
        return False
    before = v.words[i - 1]
    if has(before, "skip") or has(before, "period"):
        return True  # خلال يوم واحد, في شهر واحد: a time
    if len(before) <= 3 or before in SUBSET or before in OF_THEM or trigger_word(before) is not None:
        return False
    noun = cached_noun_form(before)
    return (noun is None or noun.noun.excluded) and strip_clitics(before, TOTAL_CUES) is None


@rule({
    "وقال المرصد إن 12 عنصرا على الأقل من قوات النظام و20 مقاتلا من التنظيم قتلوا في الاشتباكات": "killed 12+ fighters; killed 20 fighters",
    "وقالت مصادر إن ثلاثة مدنيين وخمسة عناصر من الفصائل أصيبوا بالقصف": "injured 3 civilians; injured 5 fighters",
})
def verb_after_list(v: Sentence, k: int) -> str | None:
    """The type of a plural verb after the next count of a list that the people counted before
    k open, past their own phrase (من قوات النظام) and و: 12 عنصرا من قوات النظام و20 مقاتلا
    من التنظيم قتلوا, both killed (round 64). The next count is read on its own; this one
    takes its verb."""
    for q in range(k, min(k + 1 + OF_PHRASE, v.n)):
        if not v.joined(q):
            return None
        if (start := _and_count(v, q)) is not None:
            break
        if trigger_word(v.words[q]) is not None or may_start_count(v.words[q]) or has(v.words[q], "clause_openers"):
            return None
    else:
        return None
    if (hit := match_count(v.words, start)) is None:
        return None
    form = v.noun(hit[1]) if hit[1] < v.n and v.joined(hit[1]) else None
    if form is None or form.noun.excluded or form.noun.claim_type:
        return None
    end = extend(v, hit[1] + 1, form)
    if end < v.n and v.joined(end) and (post := post_at(v, end)) is not None:
        return post
    across = verb_across_phrase(v, end)
    return across[0] if across is not None else None


def _and_count(v: Sentence, q: int) -> int | None:
    """Where a count joined by و at q starts: the count after a lone و (و 20), or a number word
    with و glued (وخمسة); else None."""
    w = v.words[q]
    if w == "و":
        return q + 1 if q + 1 < v.n and v.joined(q + 1) and may_start_count(v.words[q + 1]) else None
    return q if w[:1] == "و" and may_start_count(w) else None


def _ends_phrase(v: Sentence, q: int) -> bool:
    """Token q cannot be part of a phrase describing people counted before it: another
    trigger, a count, a clause opener, "of them", or a person noun joined by و (a list)."""
    w = v.words[q]
    return (trigger_word(w) is not None or may_start_count(w) and not adjective_one(v, q) or has(w, "clause_openers")
            or w in SUBSET or (w[:1] == "و" and v.noun(q) is not None))  # fmt: skip


@rule({
    "وأكدت مصادر أن قياديا في \"الفرقة الرابعة\" (التابعة للنظام) قتل بكمين في ريف درعا الغربي": "killed 1 fighters SY12",
    "وقال ناشطون إن عنصرا من ميليشيا الدفاع الوطني التابعة للنظام قتل بانفجار لغم قرب مدينة السلمية": "killed 1 fighters",
})
def singular_verb_across_phrase(v: Sentence, k: int, end: int) -> tuple[str, int] | None:
    """(type, index) of a singular verb saying what happened to the one person at k, the
    subject of a clause after "that" (أن, إن), past the phrase from ``end`` that describes
    him, headed by من or في (at most ``PHRASE_REACH`` + 1 words, asides in parentheses passed
    whole): أن قياديا في "الفرقة الرابعة" (التابعة للنظام) قتل بكمين. The verb takes no
    object (:func:`intransitive_post_at`: مسلحا من العصابة قتل مدنيا makes him the doer);
    the phrase holds no other verb, count or clause opener (round 24). A name after the
    noun is :func:`named_person_claim`'s."""
    if k < 1 or v.words[k - 1] not in THAT or not v.joined(k) or end >= v.n or v.words[end] not in PHRASE_HEADS:
        return None
    for q in v.outside_asides(end, min(end + PHRASE_REACH + 1, v.n)):
        if not v.may_pass(q):
            return None
        if v.words[q] in SINGULAR_POSTS:
            post = intransitive_post_at(v, q)
            return None if post is None else (post, q)
        if _ends_phrase(v, q):
            return None
    return None


@rule({
    "ارتفعت نسبة الإصابات بين الأطفال إلى 18 في المئة في مخيمات إدلب": "",
    "أفاد تقرير أممي بأن 18% من النازحين في مخيمات الشمال السوري أطفال": "",
    "قتل 12 مدنيا بقصف جوي على مدينة معرة النعمان جنوب إدلب، 40 في المئة منهم أطفال": "killed 12 civilians SY07",
})
def percent_after(v: Sentence, j: int) -> bool:
    """A percent sign or word follows the number ending before token j: it counts no one.

    18%, 18 في المئة, 18 بالمئة."""
    if v.toks.gaps[j][:2].strip()[:1] in ("%", "٪"):  # the gap after the number (no token holds %)
        return True
    if j < v.n and v.words[j] == "في":
        j += 1
    return j < v.n and has(v.words[j], "percent")


# How far before a count its "number of <claim noun>" may stand: عدد المعتقلين على يد قوات النظام 73.
NUMBER_OF_REACH = 6


@rule({
    "قدر ناشطون عدد النازحين بأكثر من 100 ألف من ريف إدلب الجنوبي": "displaced 100001+ SY07",
    "قدرت مصادر محلية عدد القتلى بنحو 70 في بلدة كفرنبل جنوب إدلب": "killed ~70 SY07",
    "وكان عدد المعتقلين على يد قوات النظام 73 شخصا بينهم طفلان": "arrested 73 people; arrested 2 children part of 1",
    "ووزع التقرير القتلى المدنيين البالغ عددهم 150 على المحافظات": "killed 150",
})
def number_of(v: Sentence, i: int) -> str | None:
    """The type of "عدد <claim noun>" standing up to ``NUMBER_OF_REACH`` words before a count at
    i, same clause, past no other count or trigger.

    قدر ناشطون عدد النازحين بأكثر من 100 ألف: displaced; وكان عدد المعتقلين على يد قوات
    النظام 73 شخصا: a report's tally by perpetrator (round 53). Also "the X whose number
    reached" right before the count (الضحايا المدنيون البالغ عددهم 200; round 66)."""
    if (whose := _whose_number(v, i)) is not None:
        return whose
    for p in range(i - 1, max(v.consumed, i - NUMBER_OF_REACH - 1) - 1, -1):
        if not v.joined(p + 1) or p < i - 1 and (match_count(v.words, p) is not None or trigger_word(v.words[p]) is not None):
            return None
        form = cached_noun_form(v.words[p])
        if form is not None and form.noun.claim_type and form.definite and p >= 1 and v.joined(p) \
                and has(v.words[p - 1], "number_heads"):  # fmt: skip
            return resolve_noun_type(v, form, p)[0]
    return None


def _whose_number(v: Sentence, i: int) -> str | None:
    """The type of a definite claim noun, maybe with its group after it, then "whose number
    reached" (البالغ عددهم) right before the count at i."""
    if i < 3 or v.words[i - 1] not in WHOSE_NUMBER or v.words[i - 2] not in REACHING or not all(v.joined(q) for q in (i - 2, i - 1, i)):
        return None
    for p in (i - 3, i - 4):
        form = v.noun(p) if p >= 0 and v.joined(p + 1) else None
        if form is not None and form.noun.claim_type and form.definite:
            return resolve_noun_type(v, form, p)[0]
        if form is None or form.noun.group is None or not form.definite:
            return None  # (only a group's adjective may stand between: المدنيون)
    return None


# How far after a risen count its "number of <claim noun>" may stand, past its parts (بينهم ...).
NUMBER_AFTER_REACH = 12


@rule({
    "وبذلك يرتفع إلى 137 بينهم 22 امرأة و48 طفلا تعداد الضحايا المدنيين الذين وثقهم المرصد منذ مطلع العام": "killed 137 cumulative; killed 22 women cumulative part of 1; killed 48 children cumulative part of 1",
})
def number_of_after(v: Sentence, i: int, end: int) -> str | None:
    """The type of "تعداد/عدد <claim noun>" after a count at i with no noun of its own that a
    rise cue and إلى stand before (يرتفع إلى 137 بينهم 22 امرأة ... تعداد الضحايا المدنيين: the
    Observatory puts the total first, then its parts, then what it counts), up to
    ``NUMBER_AFTER_REACH`` words on, over commas, in the clause (round 34: two such tolls)."""
    if i < 2 or v.words[i - 1] != TO or not has(v.words[i - 2], "rise_cues"):
        return None
    for p in range(end, min(v.n - 1, end + NUMBER_AFTER_REACH)):
        if v.toks.barrier(p) and not v.comma_before(p):
            return None
        if has(v.words[p], "number_heads") and v.joined(p + 1):
            form = cached_noun_form(v.words[p + 1])
            if form is not None and form.noun.claim_type and form.definite:
                return resolve_noun_type(v, form, p + 1)[0]
    return None


@rule({
    "وأكدت المصادر أن المدني سامر الحسن توفي متأثرا بجراحه في مشفى بمدينة إدلب": "killed 1 civilians SY07",
})
def singular_post_at(v: Sentence, k: int) -> str | None:
    """The type of a singular verb at k saying what happened to a person (قتل, توفيت, أصيب,
    تعرض للخطف), whatever follows it."""
    post = SINGULAR_POSTS.get(v.words[k])
    if post is None and has(v.words[k], "exposure") and k + 1 < v.n and v.joined(k + 1):
        return suffered(v, k + 1)  # المواطن محمد الحريري تعرض للخطف (round 49)
    return case_type(v, post, k) if post is not None else lost_life_at(v, k)


@rule({
    "وقالت الأسايش إن شخصين فقدا حياتهما في قصف بطائرة مسيرة بريف الحسكة": "killed 2 people SY08",
    "وأفادت مصادر أن مدنيا فقد حياته وأصيب 12 آخرون بانفجار لغم قرب القرية": "killed 1 civilians; injured 12",
    "وقال الدفاع المدني إن طفلا فقد حياته غرقا في نهر العاصي": "deaths 1 children",
})
def lost_life_at(v: Sentence, k: int) -> str | None:
    """A word of loss at k right before a life word (فقدا حياتهما), after the people counted:
    they died, as when the verb comes first (context.lost_lives: killed, or deaths in an
    accident). Rounds 25-37: such subjects before the verb went unread five times."""
    if k + 1 >= v.n or not v.joined(k + 1) or not has(v.words[k + 1], "life_words"):
        return None
    loss = trigger_word(v.words[k])
    return case_type(v, "missing", k) if loss is not None and loss[0].claim_type == "missing" and loss[1] == "" else None


@rule({
    "قال ناشطون إن طفلا قتل وجرح آخران بقصف جوي على بلدة غرب مدينة دير الزور": "killed 1 children SY09; injured 2 SY09",
    "قالت مصادر محلية إن امرأة قتلت وجرح عدد من المدنيين بقصف مدفعي على بلدة في ريف حماة": "killed 1 women SY05; injured 2 (2-?) civilians SY05",
    "أفاد ناشطون أن شابا اعتقل على حاجز لقوات النظام في مدينة درعا": "arrested 1 SY12",
    "وقالت مصادر محلية إن طفلا بعمر 12 عاما توفي غرقا في نهر الفرات بمدينة الرقة": "deaths 1 children SY11",
    "وأضاف المراسل أن مدنيا استشهد وهو نازح من ريف حماة جراء قصف مدفعي": "killed 1 civilians SY05",
})
def intransitive_post_at(v: Sentence, k: int) -> str | None:
    """The type of a singular verb at k after a singular person noun, when the verb takes no object.

    امرأة قتلت وجرح آخرون, طفل أصيب برصاص قناص: the noun is who it happened to. When a person
    or a count follows the verb (مسلح قتل مدنيا), the noun is the doer and nothing is read:
    the verb must be followed by the clause's end, a trigger with و, a phrase head, a word
    with ب (برصاص), a time word, مع (امرأة قتلت مع أطفالها) or a word of manner (`manner_words`:
    طفل توفي غرقا, مدني استشهد وهو نازح)."""
    q = k + 1
    if q < v.n and v.joined(q):
        w = v.words[q]
        verb = trigger_word(w)
        if not ((verb is not None and verb[1] in ("و", "ف")) or v.opens_phrase(q) or has(w, "skip") or w == WITH or has(w, "manner")):
            return None
    return singular_post_at(v, k)


@rule({
    "وثقت الشبكة اعتقال 40 شخصا بينهم طفلان، وتحول 25 منهم إلى مختفين قسريا، في محافظة حلب": "arrested 40 people SY02; arrested 2 children SY02 part of 1; missing 25 SY02",
    "اعتقلت الأجهزة الأمنية 12 شابا في ريف دمشق، تحول سبعة منهم إلى مختفين قسريا": "arrested 12 SY03; missing 7 SY03",
})
def became_state(v: Sentence, k: int) -> tuple[str, int] | None:
    """(type, index after) of "إلى" and a state noun at k, after a count with no noun of its own.

    تحول 52 منهم إلى مختفين قسريا: the people counted became missing, a claim of that type
    (not a part of the arrests before it)."""
    if k + 1 >= v.n or v.words[k] != TO or not (v.joined(k) and v.joined(k + 1)):
        return None
    form = v.noun(k + 1)
    if form is None or form.prefix or form.noun.claim_type not in STATE_TYPES:
        return None
    claim_type, end = resolve_noun_type(v, form, k + 1)
    return (claim_type, end) if claim_type else None


# How far past "بينهم" a verb may say what happened to the whole and its parts.
PARTS_REACH = 12


@rule({
    "وثقت الشبكة أن 19 مدنيا بينهم ستة أطفال وامرأتان قتلوا بقصف على ريف إدلب الجنوبي": "killed 19 civilians SY07; killed 6 children SY07 part of 1; killed 2 women SY07 part of 1",
    "وأفاد التقرير أن 30 شخصا، بينهم 4 أطفال، قضوا تحت التعذيب في سجون النظام": "killed 30 people; killed 4 children part of 1",
    "وكان 12 شخصا بينهم ثلاثة أطفال قتلوا وجرحوا بقصف مدفعي على مدينة معرة النعمان": "killed_or_injured 12 people; killed_or_injured 3 children part of 1",
    "وأكد المصدر أن 9 من عناصر الفصائل بينهم قائد ميداني لقوا مصرعهم في المعارك": "killed 9 fighters; killed 1 fighters part of 1",
    "وأفاد ناشطون أن 5 أشخاص بينهم طفل (7 سنوات)، قتلوا بقصف مدفعي على بلدة في ريف حلب": "killed 5 people SY02; killed 1 children SY02 part of 1",
    "وقال ناشطون إن ستة مدنيين من عائلة واحدة بينهم أربعة أطفال قتلوا بغارة جوية": "killed 6 civilians; killed 4 children part of 1",
    "وذكر التقرير أن 500 مدني، من بينهم 40 طفلا، و20 بسبب التعذيب، قتلوا على يد قوات النظام": "killed 500 civilians; killed 40 children part of 1; killed 20 part of 1",
    "سبعة مدنيين خمسة منهم أطفال قتلوا بغارة جوية على بلدة في ريف إدلب": "killed 7 civilians SY07; killed 5 children SY07 part of 1",
})
def post_after_parts(v: Sentence, k: int) -> str | None:
    """The type of a verb after the parts of a count: 19 مدنيا بينهم ستة أطفال وامرأتان قتلوا,
    or after a share of them (عشرة مدنيين ثمانية منهم أطفال استشهدوا; round 66).

    "بينهم" (after a comma or not, or "، من بينهم") stands at k, or past the rest of the counted noun's phrase
    (13 من قوات النظام بينهم ..., سبعة مدنيين من عائلة واحدة بينهم ...); the verb follows the parts within ``PARTS_REACH`` tokens,
    past counts, person nouns, و and commas only, and asides in parentheses (طفل (7 سنوات))."""
    marker = next((q for q in range(k, min(k + 2 + OF_PHRASE, v.n)) if v.words[q] in SUBSET), None)
    if marker is not None and marker - 1 >= k and v.words[marker - 1] == "من" and v.comma_before(marker - 1) and v.joined(marker):
        k = marker  # ، من بينهم: "of whom", as بينهم
    share = marker is not None and marker > k and v.words[marker] in OF_THEM and may_start_count(v.words[marker - 1])
    if marker is None or not (v.joined(marker) or v.comma_before(marker)) \
            or any(not v.joined(q) or may_start_count(v.words[q]) and v.words[q] not in ADJECTIVE_ONES and not (share and q == marker - 1)
                   or trigger_word(v.words[q]) for q in range(k, marker)):  # fmt: skip
        return None
    for q in v.outside_asides(marker + 1, min(marker + 1 + PARTS_REACH, v.n)):
        if not v.may_pass(q):
            return None
        w = v.words[q]
        if (post := post_at(v, q)) is not None:
            return post
        if (verb := trigger_word(w)) is not None:  # لقوا مصرعهم: an idiom whose word follows
            needed = verb[0].needs and q + 1 < v.n and v.words[q + 1] in verb[0].needs
            return case_type(v, verb[0].claim_type, q) if needed and not verb[1] else None
        if has(w, "clause_openers"):
            return None
    return None


# The most persons a list before one verb may join: طفلان وامرأة ورجل قتلوا; and the most
# words of a "من" phrase between the last of them and the verb (من عائلة واحدة).
CHAIN_LENGTH = 5
OF_PHRASE = 3


@rule({
    "وقال مصدر طبي إن طفلتين ورجلا قتلوا وجرح ستة مدنيين بقصف جوي على بلدة في ريف إدلب": "killed 2 children SY07; killed 1 SY07; injured 6 civilians SY07",
    "وأفاد ناشطون أن امرأة وطفلها قتلا بقصف مدفعي على مدينة في ريف حماة": "killed 1 women SY05; killed 1 children SY05",
    "وقال مصدر محلي إن امرأة وثلاثة أطفال قتلوا بانفجار لغم شمال مدينة الرقة": "killed 1 women SY11; killed 3 children SY11",
    "وأضاف الناشطون أن خمسة أطفال وامرأة ورجلا من عائلة واحدة قتلوا بقصف جوي": "killed 5 children; killed 1 women; killed 1",
    "وقال مصدر إن تسعة مدنيين وعنصرين لتنظيم \"الدولة\" (داعش)، قتلوا وجرحوا بقصف جوي على بلدة": "killed_or_injured 9 civilians; killed_or_injured 2 fighters",
})
def persons_before_verb(v: Sentence, k: int, end: int) -> tuple[list[tuple[int, int, Count, str | None]], str, int] | None:
    """Persons joined by و after the one at k (its words ending at ``end``), then one verb for
    all: طفلتان ورجل قتلوا, امرأة وثلاثة أطفال قتلوا. Returns each later person's (first,
    end, count, group), the verb's type and its index.

    Each joined person is a singular or dual person noun, or a count and a person noun (not
    a claim noun); the verb is a plural or dual one (``post_triggers``) after the last of
    them, past a short "من" phrase (من عائلة واحدة), or past the phrase that describes them
    (:func:`verb_across_phrase`: لتنظيم "الدولة" (داعش)،; round 25)."""
    chain: list[tuple[int, int, Count, str | None]] = []
    q = end
    while len(chain) < CHAIN_LENGTH and q < v.n and v.joined(q) and v.words[q].startswith("و"):
        person = _joined_person(v, q)
        if person is None:
            return None
        chain.append(person)
        q = person[1]
    if not chain or q >= v.n:
        return None
    if q + 1 < v.n and v.words[q] == "من" and v.joined(q):
        past = next((p for p in range(q + 1, min(q + 1 + OF_PHRASE, v.n)) if post_at(v, p) is not None), None)
        if past is not None and all(v.joined(p) and trigger_word(v.words[p]) is None for p in range(q + 1, past)):
            q = past  # امرأة وطفلان من عائلة واحدة قتلوا
    if v.joined(q) and (post := post_at(v, q)) is not None:
        return chain, post, q
    if (across := verb_across_phrase(v, q)) is not None:
        return chain, across[0], across[1]  # وعنصرين لتنظيم "الدولة" (داعش)، قتلوا
    return None


def _joined_person(v: Sentence, q: int) -> tuple[int, int, Count, str | None] | None:
    """(first, end, count, group) of a person joined by و at q: وامرأة, وطفلاها, وثلاثة أطفال."""
    form = v.noun(q)
    if form is not None:
        if form.noun.excluded or form.noun.claim_type or form.number == "plural" or not form.prefix.startswith("و"):
            return None
        count = noun_count(form)
        return (q, extend(v, q + 1, form), count, form.noun.group) if count is not None else None
    if count_clitic(v.words[q]) != "و" or (hit := match_count(v.words, q)) is None or hit[1] >= v.n:
        return None
    counted = v.noun(hit[1])
    if counted is None or counted.noun.excluded or counted.noun.claim_type or not v.joined(hit[1]):
        return None
    return q, extend(v, hit[1] + 1, counted), hit[0], counted.noun.group


# How far from a count its "turned into" verb may stand, and its disappearance word after إلى.
TURNED_REACH = 4
# How far past the count a verb that agrees with it may stand, over the count's own phrase
# (77 من حالات الاعتقال خلال شهر أيار تحولت).
TURNED_PHRASE_REACH = 8


@rule({
    "وشهد الشهر 184 حالة اعتقال تعسفي، فيما تحول 163 منهم إلى مختفين قسريا": "arrested 184; missing 163",
    "وقالت الشبكة إن 183 شخصا من المعتقلين تحولوا إلى حالات اختفاء قسري": "missing 183 people",
    "وأضافت الشبكة أن 95 من العدد الإجمالي تحول إلى حالات اختفاء قسري": "missing 95",
    "وبلغ عدد المعتقلين خلال الشهر 310 أشخاص، تحول منهم 120 شخصا إلى الاختفاء القسري": "arrested 310 people; missing 120 people",
    "وأشار التقرير إلى أن 77 من حالات الاعتقال خلال شهر أيار الماضي تحولت إلى حالات اختفاء قسري": "missing 77",
})
def turned_missing(v: Sentence, i: int, end: int) -> bool:
    """The people counted at i (to ``end``) were arrested and then disappeared: a verb of
    `turned_verbs` stands right before the count (or before منهم and the count), or one that
    agrees with it (تحولوا) within ``TURNED_PHRASE_REACH`` words after it, in its clause and
    past no other count; then
    إلى and a disappearance word (تحول 163 منهم إلى مختفين قسريا, 183 شخصا من المعتقلين
    تحولوا إلى حالات اختفاء قسري): missing, not arrested."""
    if not v.mentions("disappeared"):
        return False  # no disappearance word in the sentence (the common case)
    verb = i - 1 if i >= 1 and v.joined(i) and has(v.words[i - 1], "turned") else None
    if verb is None and i >= 2 and v.joined(i) and v.joined(i - 1) and v.words[i - 1] in OF_THEM and has(v.words[i - 2], "turned"):
        verb = i - 2  # تحول منهم 120 شخصا إلى الاختفاء القسري
    for q in range(end, min(end + TURNED_PHRASE_REACH, v.n)) if verb is None else ():
        if v.toks.barrier(q) or may_start_count(v.words[q]):
            break
        if has(v.words[q], "turned_plural") or q > end and v.words[end] == "من" and has(v.words[q], "turned") and v.words[q][0] != "و":
            verb = q  # (a singular past the count's own phrase agrees with it: 157 من العدد الإجمالي تحوّل)
            break
    if verb is None:
        return False
    to = next((q for q in range(verb + 1, min(verb + 1 + TURNED_REACH, v.n)) if v.words[q] == TO), None)
    return to is not None and any(has(w, "disappeared") for w in v.words[to + 1 : to + 4])


OPENING_QUOTES = "“«\""
CLOSING_QUOTES = "”»\""
GIVEN_NAME_REACH = 4  # words of a person's name from a given name on (أيمن سليمان الجهيم, محمد أحمد الحسن العلي)


@rule({
    "وقتل أيمن سليمان الجهيم برصاص مجهولين في بلدة محجة شمالي درعا": "killed 1 SY12",
    "وقضى محمد، فيما نجا شقيقه من الانفجار": "killed 1",
    "وأفاد التجمع بمقتل خالد العلي ومحمود الحسن برصاص مجهولين في ريف درعا": "killed 2 SY12",
})
def given_name(v: Sentence, q: int) -> int | None:
    """The index after a person's name opening at token q with a given name (`given_names`:
    محمد, أيمن, فاطمة; its و aside when ``q`` is not the first), then up to
    ``GIVEN_NAME_REACH`` words no rule reads, no function word and no number; a given name
    alone when a clause break follows it (قضى محمد،). None when the name is followed by a
    count or a person (قتل محمد العلي ثلاثة مدنيين: the person did it)."""
    if q >= v.n or not v.joined(q) or strip_clitics(v.words[q], GIVEN_NAMES) is None:
        return None
    end = q + 1
    while end < v.n and end - q < GIVEN_NAME_REACH and v.joined(end) and (w := v.words[end]) not in NAME_STOPS \
            and not w.startswith("و") and token_role(w) == IRRELEVANT and not v.opens_phrase(end):  # fmt: skip
        end += 1
    if end == q + 1 and end < v.n and v.joined(end) and not v.words[end].startswith("و") and not v.opens_phrase(end):
        return None  # a lone given name before more words: not told apart from a word
    if end < v.n and v.joined(end) and (may_start_count(v.words[end]) or v.noun(end) is not None):
        return None  # قتل محمد العلي ثلاثة مدنيين: the doer, not the victim
    return end


QUOTED_NAME_REACH = 5  # words of a name in quotes ("أبو محمد الحوراني", “محمد جمال الجلم”)


@rule({
    'اغتال مجهولون "سامر الخليل" في مدينة نوى غربي درعا': "killed 1 SY12",
    "اعتقلت قوات الأمن “ياسر الحمود” على حاجز في مدينة حمص": "arrested 1 SY04",
    "وأعلنت الفصائل مقتل \"أبو خالد الديري\" في ريف حلب الشمالي": "killed 1 SY02",
})
def quoted_name(v: Sentence, q: int) -> int | None:
    """The index after a person's name in quotes opening at token q, or None: two to
    ``QUOTED_NAME_REACH`` words, none a number or a counted noun; the first no word of a
    group's name (`body_names`: "لواء الشمال", "خلية نائمة"), without ال ("الشبيحة"), no
    armed body or doer (`actor_words`: "قسد"). Words that are also triggers or prepositions
    are names here (ياسر, علي: على folded)."""
    if q >= v.n or not any(m in v.toks.gaps[q] for m in OPENING_QUOTES) or v.toks.gaps[q].strip(" " + OPENING_QUOTES):
        return None
    for p in range(q, min(q + QUOTED_NAME_REACH, v.n)):
        w = v.words[p]
        if p > q and not v.joined(p) or is_digits(w) or cached_noun_form(w) is not None \
                or p == q and (w in ACTORS or strip_clitics(w, ARMED_BODIES) is not None):  # fmt: skip
            return None  # (a later word may be one: "سامر العبد الله")
        if any(m in v.toks.gaps[p + 1] for m in CLOSING_QUOTES):
            first = v.words[q]
            return p + 1 if p > q and not first.startswith("ال") and strip_clitics(first, BODY_NAMES) is None else None
    return None
