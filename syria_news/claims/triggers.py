"""Stage: what a count counts, read from the words before it (a trigger, a verb across its doer or a phrase)."""

from __future__ import annotations

from syria_news.claims.context import case_type
from syria_news.claims.registry import rule
from syria_news.text import fold_word
from syria_news.claims.view import (
    CASE_TYPES,
    DEATH_TYPES,
    DURING,
    IN,
    OR,
    QUOTE_MARKS,
    Draft,
    Sentence,
)
from syria_news.claims.words import (
    IN_ALL,
    ACTORS,
    COMPRISING,
    EQUIVALENT,
    EVENT_NOUNS,
    EVENT_PRONOUNS,
    INCIDENTS,
    PHRASE_TRIGGERS,
    PHRASES_BY_END,
    POST_TRIGGERS,
    REACH,
    RELATIVE_PRONOUNS,
    RELATIVES,
    RELATIVES_PLURAL,
    SUBSET,
    MONTH_NOUNS,
    Trigger,
    YEAR_WORDS,
    _folded_set,
    cached_noun_form,
    has,
    pronoun_event,
    strip_clitics,
    trigger_word,
)
from syria_news.numbers import (
    count_clitic,
    is_year,
    may_start_count,
)


@rule({
    "قتل طفل وجرح سبعة مدنيين بقصف صاروخي على مدينة أريحا جنوب إدلب": "killed 1 children SY07; injured 7 civilians SY07",
    "ألقت الشرطة العسكرية القبض على ثلاثة أشخاص بتهمة السرقة في مدينة عفرين شمال حلب": "arrested 3 people SY02",
    "فقد سقط خلال الأسبوع 40 مدنيا وأصيب 12 آخرون في محافظة إدلب": "killed 40 civilians SY07; injured 12 SY07",
    "وتسببت الأمطار بنزوح 816 شخصا، وبلغ عدد النازحين الذين فقدوا المأوى 2,843 نسمة": "displaced 816 people; displaced 2843 people cumulative",
})
def trigger_at(v: Sentence, k: int) -> tuple[Trigger, str] | None:
    """The trigger at token k and its clitic: a trigger word, or a phrase starting there (ألقت القبض على).

    A phrase is read before the word it starts with (أودت بحياة: the phrase, not أودت). Not
    the particle فقد before a verb (فقد سقط خلال الشهر 1135 مدنيا: "indeed", not "lost"), nor a
    loss of a thing (`lost_things`: فقدوا المأوى, فقدوا ذويهم: its people are not missing)."""
    if has(v.words[k], "phrase_firsts"):
        for phrase, trig in PHRASE_TRIGGERS.items():
            if v.words[k + 1 : k + len(phrase)] == list(phrase[1:]):
                first = strip_clitics(v.words[k], {phrase[0]})
                if first is not None:
                    return trig, first[0]
    hit = trigger_word(v.words[k])
    if hit is not None and hit[0].claim_type == "missing" and k + 1 < v.n and v.joined(k + 1) and has(v.words[k + 1], "lost_things"):
        return None  # النازحين الذين فقدوا المأوى: they lost their shelter, they are not missing
    if hit is not None:
        return None if v.words[k] == PARTICLE_QAD and _particle_before(v, k + 1) else hit
    return None


CASE_UNIT_TYPES = CASE_TYPES | {"arrested", "kidnapped", "missing"}  # what a trigger's حالة may count
PARTICLE_QAD = fold_word("فقد")  # ف + قد "indeed", or the verb "lost"
AGAINST = fold_word("بحق")  # "against": مجزرة بحق 13 مدنيا
MASSACRES = _folded_set("massacre_words")


def _particle_before(v: Sentence, q: int) -> bool:
    """Token q is a past verb the particle فقد may stand before: a trigger, a cue, a speech
    word or one of `particle_verbs`."""
    if q >= v.n or not v.joined(q):
        return False
    w = v.words[q]
    return trigger_word(w) is not None or has(w, "particle_verbs") or has(w, "cues") or has(w, "speech_first")


# How far an idiom's needed word may stand from its verb (لقي ... مصرعهما), over the people's description.
IDIOM_REACH = 15


@rule({
    "لقي ثلاثة أطفال حتفهم جراء انفجار لغم أرضي في ريف حماة الشرقي": "killed 3 children SY05",
    "فارق شاب الحياة بعد إصابته برصاص مجهولين في مدينة جاسم بريف درعا": "killed 1 SY12",
    "لقيت طفلة في العاشرة من عمرها مصرعها بانفجار قنبلة عنقودية في ريف إدلب": "killed 1 children SY07",
    "لقي عنصران من قوات الأمن الداخلي التابعة للحكومة مصرعهما برصاص مجهولين في ريف درعا": "killed 2 fighters SY12",
    "لقي الشاب سامر العلي، المنحدر من ريف حلب، اليوم حتفه برصاص حرس الحدود": "killed 1 SY02",
})
def needs_met(v: Sentence, trig: Trigger, k: int) -> int | None:
    """For idioms (لقي ... حتفه): the index of the needed word, else None.

    It may stand up to seven words on, past the person's age (لقيت طفلة في العاشرة من عمرها
    مصرعها); further, up to ``IDIOM_REACH``, past the people's description and commas only,
    no other trigger (لقي عنصران من قوات الأمن التابعة للنظام مصرعهما, لقي الشاب
    سامر، المنحدر من ريف حلب، حتفه)."""
    for j in range(k, min(k + IDIOM_REACH, v.n)):
        if v.words[j] in trig.needs:
            return j
        if j >= k + 7 and j + 1 < v.n and v.toks.barrier(j + 1) and not v.comma_before(j + 1):
            return None
        if j > k and trigger_word(v.words[j]) is not None and j + 1 < v.n and v.words[j + 1] not in trig.needs:
            return None
    return None


@rule({
    "اعتقلت قوات النظام خلال الأسبوع الماضي 12 شابا في مدينة دوما بريف دمشق": "arrested 12 SY03",
    "وثقت الشبكة السورية لحقوق الإنسان 1,125 حالة اعتقال تعسفي في سوريا خلال شهر آذار": "arrested 1125",
})
def word_trigger(v: Sentence, k: int) -> tuple[str, int, str] | None:
    """(type, k, clitic) when token k is a one-word trigger that needs no idiom word."""
    found = trigger_at(v, k)
    if found is None or found[0].length != 1 or found[0].needs:
        return None
    return case_type(v, found[0].claim_type, k), k, found[1]


# The most words of a date a comma closes between a verb and its count (توفي في 2019، نحو 517 شخصا).
DATED_REACH = 5
PERIOD_NOUNS = YEAR_WORDS | MONTH_NOUNS  # عام 2020, شهر أيار


@rule({
    "وفي المخيم، توفي في 2019، نحو 517 شخصا على الأقل": "deaths ~517 people",
    "وقتل في آذار 2014، ثلاثة مدنيين بقصف على بلدة في ريف حماة": "killed 3 civilians SY05",
})
def past_dated_phrase(v: Sentence, i: int) -> int | None:
    """The token before a date phrase opened by في or خلال and closed by a comma right before
    the count at i (توفي في 2019، نحو 517; قتل في آذار 2014، ثلاثة), at most ``DATED_REACH``
    words: the verb that may govern the count past it (round 52), else None."""
    p = i - 1
    if p < 2 or not v.comma_before(i) or not (v.in_date(p) or is_year(v.words[p])):
        return None
    while p > 1 and i - p < DATED_REACH and v.joined(p) and (v.in_date(p - 1) or v.words[p - 1] in PERIOD_NOUNS):
        p -= 1  # في آذار 2014, خلال عام 2020, في شهر أيار
    p -= 1
    return p - 1 if v.words[p] in (IN, DURING) and v.joined(p) and v.joined(p + 1) and p >= 1 else None


@rule({
    "قتل ثلاثة مدنيين بغارة جوية على قرية في جبل الزاوية جنوب إدلب": "killed 3 civilians SY07",
    "اعتقلت قوات النظام 4 مدنيين على حاجز قرب مدينة السلمية شرق حماة": "arrested 4 civilians SY05",
    "قتل وجرح 12 شخصا بانفجار سيارة مفخخة في مدينة أعزاز شمال حلب": "killed_or_injured 12 people SY02",
    "وفاة وإصابة 9 أشخاص بحادث سير على طريق حلب اللاذقية": "killed_or_injured 9 people",
    "وقالت المنظمة إن 40 طفلا على الأقل قتلوا أو أصيبوا، وقتل أو أصيب 25 آخرون في ريف إدلب": "killed_or_injured 40+ children SY07; killed_or_injured 25 SY07",
    "شنت قوات النظام حملة اعتقالات واسعة طالت نحو 30 شابا في بلدة الكسوة بريف دمشق": "arrested ~30 SY03",
    "شهدت المنطقة عمليات تهجير قسري طالت نحو 500 مدني من أحياء حمص القديمة": "displaced ~500 civilians SY04",
    "وأكد مصدر محلي تصفية قوات النظام لثلاثة شبان في مدينة دير الزور": "killed 3 SY09",
    "ارتكبت الطائرات الحربية مجزرة بحق 11 مدنيا في بلدة كفرنبل جنوب إدلب": "killed 11 civilians SY07",
    "نفذ التنظيم إعدامات ميدانية بحق ستة شبان في مدينة الميادين شرق دير الزور": "killed 6 SY09",
    "وقالت الشبكة إن النظام تصدر القائمة باعتقاله 412 شخصا، بينهم 19 طفلا": "arrested 412 people; arrested 19 children part of 1",
    "ووثقت الشبكة مقتل 12 من الكوادر الطبية واعتقال وإخفاء 300 آخرين خلال العام": "killed 12 medical_workers; arrested 300",
    "ووثقت الشبكة مقتل 50 مدنيا، قتلت قوات النظام 30 منهم، وقتلت القوات الروسية 5": "killed 50 civilians; killed 30; killed 5",
    "ووثق التقرير موت 300 مهاجر غرقا قبالة السواحل الليبية خلال العام": "deaths 300",
    "وتسببت الحرب منذ عام 2011 بالتشريد لـ 14 مليون سوري": "displaced 14000000 cumulative",
})
def trigger_before(v: Sentence, i: int) -> tuple[str, int, str] | None:
    """(type, first token, clitic) of a trigger governing a count starting at i."""
    if (dated := past_dated_phrase(v, i)) is not None and dated >= v.consumed \
            and (hit := word_trigger(v, dated)) is not None and hit[2] in ("", "و", "ف"):  # fmt: skip
        return hit  # توفي في 2019، نحو 517 شخصا
    p = i - 1
    while p >= 0 and v.joined(p + 1) and v.in_date(p) and i - p <= 4:
        p -= 1
    actors = p  # قتلت قوات النظام 4 مدنيين: the doer between verb and count
    while actors >= 0 and v.joined(actors + 1) and v.words[actors] in ACTORS and p - actors < 3:
        actors -= 1
    if actors < p and actors >= v.consumed and v.joined(actors + 1):
        hit = word_trigger(v, actors)
        if hit is not None and hit[2] in ("", "و", "ف"):
            return hit
    if p < 0 or not v.joined(p + 1) or p < v.consumed:
        return None
    if v.words[p] == "ل" and p - 1 >= v.consumed and v.joined(p) and has(v.words[p - 1], "event_nouns"):
        p -= 1  # والتشريد لـ قرابة 14 مليون سوري: the lam of the event's people (set E44)
    reach = v.words[p] in REACH
    if reach:  # اعتقالات طالت 20
        p -= 1
    if p > v.consumed and has(v.words[p], "event_adjectives") and v.joined(p) and v.joined(p + 1) \
            and has(v.words[p - 1], "event_nouns"):  # fmt: skip
        p -= 1  # النزوح الجماعي لعشرات الآلاف, اعتقالات واسعة طالت
    if p > v.consumed and v.words[p][:1] == "و" and v.words[p][1:3] != "ال" and has(v.words[p], "companion_events") and v.joined(p) \
            and trigger_word(v.words[p - 1]) is not None:  # fmt: skip
        p -= 1  # اعتقال وإخفاء 3353: the arrest's count, the disappearance its companion
    if reach:
        if p < v.consumed or not v.joined(p + 1):
            return event_before_reach(v, p + 1)  # حملة اعتقالات، طالت 12 شابا
        massacre = strip_clitics(v.words[p], MASSACRES) if v.words[p + 1] == AGAINST else None
        if massacre is not None:
            return "killed", p, massacre[0]  # مجزرة بحق 13 مدنيا
        return word_trigger(v, p) or event_before_reach(v, p + 1)
    start = p
    for phrase, trig in PHRASES_BY_END.get(v.words[p], ()):  # ألقت القبض على: a phrase ending at p
        s = p - len(phrase) + 1
        if s >= v.consumed and v.words[s + 1 : p + 1] == list(phrase[1:]):
            first = strip_clitics(v.words[s], {phrase[0]})
            if first is not None:  # يودي بحياة: killed, or a death in an accident
                return case_type(v, trig.claim_type, s), s, first[0]
    found = trigger_at(v, start)
    if found is None and (event := pronoun_event(v.words[start])) is not None and v.joined(i):
        return case_type(v, event[0].claim_type, start), start, event[1]  # باعتقاله 3237 شخصا: its arrest of them
    if found is None or found[0].length != 1:
        return None
    trig, clitic = found
    if trig.needs and needs_met(v, trig, i) is None or counted_by_relative(v, start):
        return None
    claim_type = trig.claim_type
    # مقتل وجرح: a killed trigger joined to an injured one is not separable
    if claim_type == "injured" and clitic.startswith("و") and start >= 1 + v.consumed and v.joined(start):
        before = trigger_at(v, start - 1)
        # (but 4 أشخاص قتلوا وأصيب 10: قتلوا has its own people, before it)
        if before is not None and before[0].claim_type in DEATH_TYPES and not before[0].needs \
                and v.words[start - 1] not in POST_TRIGGERS:  # fmt: skip
            return "killed_or_injured", start - 1, before[1]  # وفاة وإصابة 15 شخصا: not separable either
    if claim_type == "injured" and start >= 2 + v.consumed and v.words[start - 1] == OR and v.joined(start) and v.joined(start - 1):
        before = trigger_at(v, start - 2)
        if before is not None and before[0].claim_type == "killed" and not before[0].needs:
            return "killed_or_injured", start - 2, before[1]  # قتل أو أصيب 80 طفلا: either, not told apart
    return case_type(v, claim_type, start), start, clitic


# How far before a reach verb (طالت) its event noun may stand, past a comma or a phrase
# (حملة إعدامات جديدة في مدينة البوكمال في ريف دير الزور الشرقي طالت: ten; round 56).
REACH_BACK = 11


@rule({
    "شنت قوات النظام حملة اعتقالات، طالت 12 شابا في ريف درعا الغربي": "arrested 12 SY12",
    "وقالت المنظمة إن عمليات الاعتقال التي جرت في المدينة طالت 40 شخصا": "arrested 40 people",
    "شنت قوات النظام حملة دهم واعتقالات، طالت أربعة أشخاص في قرية بريف درعا": "arrested 4 people SY12",
    "وشهدت المحافظة خلال الأسبوع عمليات خطف متبادلة، إذ طالت أكثر من 12 مدنيا": "kidnapped 13+ civilians",
})
def event_before_reach(v: Sentence, r: int) -> tuple[str, int, str] | None:
    """(type, first token, clitic) of the event noun a reach verb at r (طالت, شملت) goes back
    to, at most ``REACH_BACK`` words before it, past a comma, a relative phrase or another
    event noun joined by و (حملة اعتقالات، طالت; عمليات الاعتقال التي جرت في المدينة طالت; حملة
    دهم واعتقالات، طالت): rounds 25-38 held seven such counts, none read. No count, clause
    opener or other trigger may stand between. Right after a count of incidents, the verb
    reaches back to it (:func:`incidents_reached`)."""
    if (incidents := incidents_reached(v, r)) is not None:
        return incidents.claim_type, r, ""
    for q in range(r - 1, max(v.consumed, r - 1 - REACH_BACK) - 1, -1):
        w = v.words[q]
        if may_start_count(w) or has(w, "clause_openers"):
            return None
        if (hit := word_trigger(v, q)) is not None:
            # an event noun, with a clitic or not (واعتقالات, الاعتقال), or any trigger after a
            # word of incidents (عمليات خطف، إذ طالت; round 49); a verb has its own object
            return hit if strip_clitics(w, EVENT_NOUNS) is not None or q >= 1 and v.words[q - 1] in INCIDENTS else None
    return None


@rule({
    "شهدت مدينة السويداء خلال الأسبوع أربع حالات خطف طالت سبعة مدنيين": "kidnapped 7 civilians SY13",
    "ووثقت اللجنة 40 حالة اعتقال طالت 12 طفلا في ريف حلب": "arrested 40 SY02; arrested 12 children SY02",
})
def incidents_reached(v: Sentence, r: int) -> Draft | None:
    """The claim a reach verb at r (طالت, شملت) follows right after when it counts
    incidents (`container` nouns: حالات خطف, عمليات اعتقال): the people the incidents
    reached are a claim of its type (round 47). :func:`count_rule.count_claim` drops the
    incidents' count when it is the smaller (4 حالات طالت 7 مدنيين: 4 are no people)."""
    if not v.drafts or v.lasts[-1] != r or r >= v.n or not v.joined(r):
        return None
    return v.drafts[-1] if counts_incidents(v, v.drafts[-1]) else None


@rule({
    "شهدت مدينة السويداء خلال الأسبوع أربع حالات خطف طالت سبعة مدنيين": "kidnapped 7 civilians SY13",
})
def counts_incidents(v: Sentence, draft: Draft) -> bool:
    """The draft's words hold a noun of incidents (a `container`: حالة, عملية)."""
    return any((form := v.noun(q)) is not None and form.noun.container for q in range(draft.first, draft.last))


@rule({
    "قتل في الهجوم أربعة عناصر من قوات النظام على أطراف بلدة اللطامنة شمال حماة": "killed 4 fighters SY05",
    "اعتقلت قوات النظام خلال الأسبوع الماضي 12 شابا في مدينة دوما بريف دمشق": "arrested 12 SY03",
    "أصيب بالقصف ثلاثة مدنيين في بلدة الهبيط جنوب إدلب": "injured 3 civilians SY07",
    "وفي قرية كفرسجنة التي قتل فيها خمسة مدنيين دمر القصف عشرة منازل": "killed 5 civilians",
})
def trigger_across_phrase(v: Sentence, i: int) -> tuple[str, int, str] | None:
    """(type, first token, clitic) of a trigger that reaches a count of people at i over a phrase.

    What may stand between a verb and its object: the doer (actor words), time words and
    short prepositional phrases, each a head and at most three more words (قتل في الهجوم 4
    عناصر, اعتقلت قوات النظام خلال الأسبوع الماضي 12 شابا, ألقت القبض خلال الأسبوع على 12).
    Commas may set off a time or a source (اعتقلت الشرطة، بحسب ناشطين، 5 أشخاص). Nothing
    between may be a count, a trigger, a person, a relative or another clause break."""
    loose = 0  # words seen (walking back) that still wait for their phrase head
    h = i - 1
    while h >= max(v.consumed, i - 14):
        if not v.joined(h + 1):
            if not v.comma_before(h + 1) or loose:
                return None
            if (aside := aside_before(v, h)) is not None:
                h = aside  # ، بحسب ناشطين ،: a source set off by commas
                continue
        w = v.words[h]
        if (hit := split_phrase(v, h, i)) is not None:
            return hit
        if loose > 3:
            return None
        if h < i - 1 and (hit := word_trigger(v, h)) is not None:
            return hit if reaches_on(v, hit) and not loose else None
        person = cached_noun_form(w)
        if w == "ال":
            pass  # الـ48: the article cut off by a tatweel
        elif v.opens_phrase(h):
            loose = 0  # في, خلال ... or a word with ب glued (بقصف, بريف, بمدينة)
        elif loose and may_start_count(w) and (things := v.noun(h + 1)) is not None and things.noun.excluded:
            loose += 1  # خلال 48 ساعة, خلال ثلاثة أيام: a count of things inside the phrase
        elif w in RELATIVES or may_start_count(w) or trigger_word(w) or (person and not person.noun.excluded):
            return None
        elif w in ACTORS or has(w, "skip"):
            if loose:
                return None  # a doer or a time word inside a phrase: not a phrase
        else:
            loose += 1
        h -= 1
    return None


@rule({
    "ألقت الشرطة القبض خلال الأسبوع على 12 شخصا في مدينة جرابلس شرق حلب": "arrested 12 people SY02",
    "ألقت قوات الأمن القبض صباح اليوم على ثلاثة شبان في حي الشيخ مقصود بمدينة حلب": "arrested 3 SY02",
})
def split_phrase(v: Sentence, h: int, i: int) -> tuple[str, int, str] | None:
    """A phrase trigger split by words between: its first words end at h, its last stands before i.

    The words between are the walk's (trigger_across_phrase): ألقت القبض خلال الأسبوع على 12."""
    for phrase, trig in PHRASE_TRIGGERS.items():
        s = h - len(phrase) + 2
        if h < i - 1 and v.words[i - 1] == phrase[-1] and s >= v.consumed \
                and v.words[s + 1 : h + 1] == list(phrase[1:-1]):  # fmt: skip
            first = strip_clitics(v.words[s], {phrase[0]})
            if first is not None:
                return case_type(v, trig.claim_type, s), s, first[0]
    return None


@rule({
    "اعتقل فرع الأمن العسكري في مدينة درعا ستة أشخاص بينهم امرأة": "arrested 6 people SY12; arrested 1 women SY12 part of 1",
    "اعتقلت مفرزة الأمن العسكري في مدينة حماة عدة شبان حاولوا عبور الحدود": "arrested 3 (3-9) SY05",
    "اعتقل نظام الأسد، أكثر من 20 شابا من أبناء ريف دمشق": "arrested 21+ SY03",
    "اعتقلت قوات الأمن اليوم الاثنين 4 آذار 2024 أكثر من 30 شابا في ريف درعا": "arrested 31+ SY12",
    # a vague count with ب glued (numbers.by_number), then what it is made of (round 59)
    "وأودى القصف خلال أسبوع بعشرات الأشخاص من مدنيين ومقاتلين في ريف إدلب": "killed 20 (20-99) people SY07",
})
def verb_across_doer(v: Sentence, i: int) -> tuple[str, int, str] | None:
    """(type, first token, clitic) of a verb whose doer stands between it and a count of people at i.

    The doer is a phrase of up to eight words: اعتقل فرع الأمن العسكري في مدينة درعا
    ستة أشخاص, اعتقلت مفرزة الأمن العسكري في مدينة حماة عدة شبان. The doer holds no count, trigger, person
    (but actor words), relative, negation or clause break; a noun trigger (مقتل) has its
    object right after it, so it takes no doer. Commas may set off a time between the doer
    and the count (اغتال مسلحون مجهولون، أمس الجمعة، مقاتلا), or the doer alone (اعتقل نظام
    الأسد، أكثر من 20 شابا)."""
    if not v.joined(i) and (short := parenthesis_before(v, i)) is not None:
        i = short  # اعتقلت قوات سوريا الديمقراطية (قسد) عشرات المدنيين: the doer's short name aside
    elif not v.joined(i):
        aside = time_aside_before(v, i)
        if aside is None and not (v.comma_before(i) and i >= 2 and may_be_doer(v, v.words[i - 1])):
            return None
        if aside is not None and (hit := word_trigger(v, aside - 1)) is not None:
            return hit if reaches_on(v, hit) and not has(v.words[aside - 1], "event_nouns") else None  # غرق، أمس السبت، شابان
        i = aside or i
        if not v.joined(i) and (short := parenthesis_before(v, i)) is not None:
            i = short  # (قسد)، اليوم الأحد، سبع سيدات
    for h in range(i - 2, max(v.consumed, i - 10) - 1, -1):
        if not v.joined(h + 1):
            return None
        w = v.words[h]
        if (hit := word_trigger(v, h)) is not None:
            return hit if reaches_on(v, hit) and not has(w, "event_nouns") else None
        if not (may_be_doer(v, w) or v.in_date(h)):
            return None  # (a date may follow the doer: اعتقلت قسد اليوم الاثنين 11 أيلول 2023 أكثر من 70 مدنيا)
    return None


@rule({
    "اعتقل فرع الأمن العسكري في مدينة درعا ستة أشخاص بينهم امرأة": "arrested 6 people SY12; arrested 1 women SY12 part of 1",
    "واعتقل فرع الأمن العسكري في مدينة درعا شابين من أبناء البلدة": "arrested 2 SY12",
})
def may_be_doer(v: Sentence, w: str) -> bool:
    """A word may stand in a doer's phrase (its name and place, between a verb and the people
    it befell: ``verb_across_doer``, and before a person noun, ``trigger_noun_claim``): no
    relative, count, trigger, negation, clause opener, running total's cue (فقد بلغ عددهم 260:
    the particle فقد, not "lost"), nor a person but the actor words."""
    person = cached_noun_form(w)
    return not (w in RELATIVES or may_start_count(w) or trigger_word(w) or has(w, "negations") or has(w, "cues")
                or has(w, "clause_openers") or (person and not person.noun.excluded and w not in ACTORS))  # fmt: skip


@rule({
    "ووثق المكتب خلال الشهر الماضي اعتقال قوات النظام لـ 17 شخصا في محافظة درعا": "arrested 17 people SY12",
    "وسجل التقرير مقتل حرس الحدود التركي ل 4 لاجئين قرب بلدة خربة الجوز": "killed 4",
    "وأفاد ناشطون باعتقال قوات النظام ثلاثة شبان من أبناء البلدة": "arrested 3",
})
def event_by_doer(v: Sentence, i: int) -> tuple[str, int, str] | None:
    """(type, first token, clitic) of an event noun, its doer, then لـ and the count at i.

    اعتقال قوات النظام لـ 17 شخصا: the doer is up to four actor words (قوات النظام, حرس
    الحدود التركي), none a count, trigger or person; لـ may be left out (باعتقال قوات
    النظام ثلاثة شبان)."""
    lam = i >= 1 and v.words[i - 1] == "ل"
    if i < 3 or not v.joined(i) or lam and not v.joined(i - 1):
        return None
    last_doer = i - 1 - lam
    for h in range(last_doer, max(v.consumed, i - 6) - 1, -1):
        if not v.joined(h + 1):
            return None
        if (hit := word_trigger(v, h)) is not None:
            return hit if h < last_doer and has(v.words[h], "event_nouns") and hit[2] in ("", "و", "ب") else None
        if v.words[h] not in ACTORS:
            return None
    return None


# Words a parenthesis may hold and still be a name set aside (قوات سوريا الديمقراطية (قسد)).
PARENTHESIS_WORDS = 3


@rule({
    "اعتقلت قوات سوريا الديمقراطية (قسد) عشرات الشبان في ريف دير الزور": "arrested 20 (20-99) SY09",
    'اعتقلت دورية تابعة لـ"هيئة تحرير الشام" (الهيئة)، اليوم الخميس، خمسة شبان في مدينة سرمدا': "arrested 5",
})
def parenthesis_before(v: Sentence, i: int) -> int | None:
    """A short parenthesis closing right before token i (الديمقراطية (قسد) عشرات; ")، " when
    a comma follows it): the index of its first word, where the phrase before it goes on; else
    None. It holds up to ``PARENTHESIS_WORDS`` words and no count (round 59: a doer's short
    name, twice)."""
    gaps = v.toks.gaps
    if not gaps[i].strip(QUOTE_MARKS).startswith(")") or gaps[i].strip(QUOTE_MARKS + "),،"):
        return None
    for q in range(i - 1, max(v.consumed, i - PARENTHESIS_WORDS) - 1, -1):
        if may_start_count(v.words[q]):
            return None
        if gaps[q].strip(QUOTE_MARKS) == "(":
            return q if q - 1 >= v.consumed else None
        if gaps[q].strip(QUOTE_MARKS):
            return None
    return None


@rule({
    "اختطفت مجموعة مسلحة، اليوم السبت، ثلاثة شبان على طريق دمشق السويداء": "kidnapped 3",
    "اعتقلت دورية للأمن العسكري، فجر اليوم، خمسة شبان في بلدة اليادودة غرب درعا": "arrested 5 SY12",
    "أعدمت الخلية، الاثنين 14 آب، ثلاثة شبان في بلدة الصور شرق دير الزور": "killed 3 SY09",
})
def time_aside_before(v: Sentence, i: int) -> int | None:
    """A time set off by commas right before the count at i (، أمس الجمعة،): the index of its
    first word, where the doer before it ends; else None."""
    if not v.comma_before(i):
        return None
    for q in range(i - 1, max(v.consumed, i - 7) - 1, -1):
        if not v.in_date(q):
            return None
        if not v.joined(q):
            return q if q >= 1 and (v.comma_before(q) or parenthesis_before(v, q) is not None) else None
    return None


@rule({
    "قتل في الهجوم أربعة عناصر من قوات النظام على أطراف بلدة اللطامنة شمال حماة": "killed 4 fighters SY05",
    "اعتقل فرع الأمن العسكري في مدينة درعا ستة أشخاص بينهم امرأة": "arrested 6 people SY12; arrested 1 women SY12 part of 1",
})
def reaches_on(v: Sentence, hit: tuple[str, int, str]) -> bool:
    """A trigger (type, index, clitic) may reach a count past the words after it.

    It has no clitic but و or ف, and stands in no relative clause (عدد الذين قتلوا ... إلى 47),
    but one whose verb points back at the place or event (`event_pronouns`: البلدة التي قتل
    فيها أربعة مدنيين: its subject is counted there; round 59)."""
    h = hit[1]
    return hit[2] in ("", "و", "ف") and not (h >= 1 and v.words[h - 1] in RELATIVE_PRONOUNS
                                             and not (h + 1 < v.n and v.words[h + 1] in EVENT_PRONOUNS))  # fmt: skip


@rule({
    "اعتقلت الشرطة، بحسب ناشطين، خمسة أشخاص في مدينة عفرين شمال حلب": "arrested 5 people SY02",
    "اعتقلت قوات النظام، وفق ناشطين، سبعة شبان في مدينة داريا بريف دمشق": "arrested 7 SY03",
})
def aside_before(v: Sentence, h: int) -> int | None:
    """Walking back over a comma after token h: the token before a source set off by commas, else None.

    ، بحسب ناشطين ،: اعتقلت الشرطة، بحسب ناشطين، 5 أشخاص."""
    for q in range(h, max(v.consumed, h - 5) - 1, -1):
        if q < h and not v.joined(q + 1):
            return None
        if has(v.words[q], "speech_first") and q >= 1 and v.comma_before(q):
            return q - 1
    return None


@rule({
    "سجلت الإدارة الذاتية 300 إصابة بفيروس كورونا توفي منهم 12 في محافظة الحسكة": "cases 300 SY08; deaths 12 SY08",
    "أعلنت مديرية الصحة تسجيل 700 إصابة بفيروس كورونا، شفي منها 584 وتوفي 98": "cases 700; recoveries 584; deaths 98",
})
def share_trigger(v: Sentence, i: int) -> tuple[str, int, str] | None:
    """(type, first token, clitic) of a trigger before "of them" and a count at i.

    توفي منهم 200 (of the cases before, 200 died) is a count of deaths."""
    if i < 2 or v.words[i - 1] not in SUBSET or i - 2 < v.consumed or not (v.joined(i) and v.joined(i - 1)):
        return None
    return word_trigger(v, i - 2)


THAT_IS = fold_word("أي")  # "that is": نزوح 6244 عائلة، أي ما يقارب 40661 نسمة
PHRASE_OF_THINGS = 8  # words of the things' phrase before "، أي" (من مناطق ريف إدلب الجنوبي ...)


# How far back from a count of people its family words may stand: بمجموع أفراد يصل إلى N.
MEMBERS_REACH = 5


def _members(v: Sentence, end: int, i: int) -> bool:
    """Right before the count at i, in its clause after the things ending at ``end`` (and at most
    two words of theirs), a phrase naming their members (`members`, `member_links`: يبلغ عدد
    أفرادها, بمجموع أفراد يصل إلى), or "in all" alone, maybe after a comma (، بمجموع 3410 نسمة;
    round 66): the people the families are made of (round 26)."""
    start = i
    while start > end and i - start < MEMBERS_REACH and (has(v.words[start - 1], "members") or has(v.words[start - 1], "member_links")):
        start -= 1
    in_all = start == i - 1 and v.words[start] in IN_ALL  # ، بمجموع 4131 نسمة (round 66)
    return ((in_all or any(has(w, "members") for w in v.words[start:i])) and start - end <= 2  # an adjective or two between: عائلة عراقية
            and not any(v.toks.barrier(q) for q in range(end + 1, i + 1) if not (in_all and q == start)))  # fmt: skip


def _that_is(v: Sentence, end: int, i: int) -> bool:
    """Between the things ending at ``end`` and the count at i: up to ``PHRASE_OF_THINGS`` words of their
    phrase (من ريف إدلب), a comma, then أي and words of `equivalent` only."""
    that = next((q for q in range(i - 1, end - 1, -1) if v.words[q] == THAT_IS), None)
    if that is None or that - end > PHRASE_OF_THINGS or not all(w in EQUIVALENT for w in v.words[that:i]):
        return False
    breaks = [q for q in range(end, i + 1) if v.toks.barrier(q)]
    return breaks in ([that], []) and (not breaks or v.comma_before(that)) and not any(
        may_start_count(w) or trigger_word(w) for w in v.words[end:that])


@rule({
    "أدى القصف إلى نزوح 300 عائلة و80 ألف مدني من ريف إدلب الجنوبي": "displaced 80000 civilians SY07",
    "شهدت المنطقة نزوح 400 عائلة تضم 2000 شخص نحو الحدود التركية": "displaced 2000 people",
    "وثق فريق منسقو الاستجابة نزوح 12,450 عائلة (76,320 نسمة) من ريف حلب الغربي": "displaced 76320 people SY02",
    "وشهدت الساعات الماضية نزوح 5120 عائلة من ريف إدلب، أي ما يقارب 30 ألف نسمة": "displaced ~30000 people SY07",
    "ووثق الفريق نزوح 1230 عائلة بمجموع أفراد يصل إلى 7 آلاف و415 شخصا خلال يومين": "displaced 7415 people",
    "ووصل إلى المخيم 42 عائلة عدد أفرادها 190 شخصا قادمة من ريف دير الزور": "displaced 190 people SY09",
    "واستقبل المخيم 23 عائلة عراقية يبلغ عدد أفرادها 104، و9 عائلات سورية": "displaced 104",
    "ووثق الفريق نزوح 620 عائلة، بمجموع 3410 نسمة من ريف حلب الغربي": "displaced 3410 people SY02",
})
def carried_trigger(v: Sentence, i: int, *, bare: bool = False) -> tuple[str, int, str] | None:
    """The trigger of a count of things that a count of people at i goes on from.

    نزوح 300 عائلة و80 ألف مدني, نزوح 400 عائلة تضم 2000 شخص, نزوح 12,450 عائلة (76,320
    نسمة), نزوح 6244 عائلة، أي ما يقارب 40661 نسمة (after a comma, words of `equivalent`
    only), 42 عائلة عدد أفرادها 190 (``bare``: with no noun after the count, only so) (the
    quote starts at i)."""
    if v.carried is None:
        return None
    (claim_type, _, _), end = v.carried
    if end < v.consumed or i - end > PHRASE_OF_THINGS + 4:
        return None  # (at most the things' phrase and "، أي ما يقارب" between, tested before they are sliced)
    between = v.words[end:i]
    if bare:  # a count with no noun goes on from the things only after their members: عائلة يبلغ عدد أفرادها 104
        return (claim_type, i, count_clitic(v.words[i])) if between and _members(v, end, i) else None
    if not between:  # و80 ألف مدني; (76,320 نسمة) in parentheses after the things
        if not ("(" in v.toks.gaps[i] or v.words[i].startswith("و") and v.joined(i)):
            return None
    elif _that_is(v, end, i) or _members(v, end, i):
        pass  # نزوح 6244 عائلة، أي ما يقارب 40661 نسمة; 42 عائلة عدد أفرادها 190: the same people, counted as persons
    elif i - end > 7 or not (between == ["و"] or (between[-1] in COMPRISING or between[-1] == "من" and len(between) >= 2
                                    and (between[-2] in COMPRISING or has(between[-2], "made_of"))) and len(between) <= 7) \
            or any(v.toks.barrier(q) for q in range(end, i + 1)) or any(map(may_start_count, between)):  # fmt: skip
        return None  # but عائلة من مدينة التل بريف دمشق تضم 53 شخصا
    return claim_type, i, count_clitic(v.words[i])


@rule({
    "ألقت الشرطة القبض على مجموعة تابعة لتنظيم الدولة مكونة من 19 عنصرا في ريف السويداء": "arrested 19 fighters SY13",
    "أعلنت قوى الأمن القبض على خلية تتبع لتنظيم “داعش”، مؤلفة من ستة عناصر، في ريف الحسكة": "arrested 6 fighters SY08",
    "أعلنت قوى الأمن اعتقال خلية تضم خمسة أشخاص في مدينة الباب شرق حلب": "arrested 5 people SY02",
    "ما أدى لمقتل عائلة مكونة من ستة أفراد في بلدة كفرنبل جنوب إدلب": "killed 6 SY07",
    "وأسفر القصف عن مقتل عائلة من أربعة أشخاص في مدينة دوما": "killed 4 people",
})
def made_of(v: Sentence, i: int) -> tuple[str, int, str] | None:
    """The trigger of a group (مجموعة, خلية) or a family that the count of people at i makes up
    (round 25: مقتل عائلة مكونة من ستة أفراد, عائلة من أربعة أشخاص).

    ألقت القبض على مجموعة ... مكونة من 19 عنصرا: the trigger before the group noun, at most
    six words before "made of", is the count's (its quote starts at i). Commas may set off
    the group's description (خلية تابعة لـ“داعش”، مكونة من أربعة عناصر; round 69)."""
    if i >= 2 and v.words[i - 1] == "من" and has(v.words[i - 2], "made_of"):
        c = i - 2
    elif i >= 1 and v.words[i - 1] in COMPRISING:
        c = i - 1
    elif i >= 2 and v.words[i - 1] == "من" and has(v.words[i - 2], "families") and v.joined(i) and v.joined(i - 1):
        c = i - 1  # مقتل عائلة من خمسة أشخاص
    else:
        return None
    for h in range(c - 1, max(v.consumed, c - 7) - 1, -1):
        if not (v.joined(h + 1) or v.comma_before(h + 1)) or may_start_count(v.words[h]):
            return None  # (a comma may set off the group's description: خلية تابعة لـ“داعش”، مكونة من)
        if has(v.words[h], "group_nouns") or has(v.words[h], "families"):
            trig = trigger_before(v, h)
            return (trig[0], i, count_clitic(v.words[i])) if trig is not None else None
    return None


@rule({
    "شفيت 57 حالة في مناطق ريف حلب الشمالي خلال الأسبوع الماضي بحسب مديرية الصحة": "recoveries 57 SY02",
    "توفيت ثلاث حالات في مشفى مدينة الرقة خلال الأسبوع الماضي": "deaths 3 SY11",
    "وثقت الشبكة اعتقال ما لا يقل عن 140 حالة بينها 9 أطفال خلال الشهر": "arrested 140+; arrested 9 children part of 1",
})
def case_trigger_before(v: Sentence, i: int) -> str | None:
    """The type of a trigger right before a count of cases (حالة) that says what they are.

    Recoveries, deaths or cases: شفيت 57 حالة, توفيت ثلاث حالات; arrests, kidnappings and
    disappearances, which reports count in cases (اعتقال ما لا يقل عن 167 حالة)."""
    trig = trigger_before(v, i)
    return trig[0] if trig is not None and trig[0] in CASE_UNIT_TYPES else None


@rule({
    "ارتفع عدد المدنيين الذين أصيبوا بالقصف خلال الأسبوع إلى 64 مدنيا": "injured 64 civilians cumulative",
})
def counted_by_relative(v: Sentence, p: int, low: int = 0) -> bool:
    """Token p is the verb of "عدد [X] الذين <verb>": it says what a number counts (عدد
    المدنيين الذين قتلوا ... 147), it governs no count of its own."""
    if p < 2 or v.words[p - 1] not in RELATIVES_PLURAL:
        return False
    return any(has(v.words[q], "number_heads") for q in range(max(low, p - 3), p - 1))
