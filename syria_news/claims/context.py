"""Stage: the type a trigger or noun takes from its sentence (violence, disease, accident)."""

from __future__ import annotations

from syria_news.claims.registry import rule
from syria_news.claims.view import (
    AMONG,
    DEATH_TYPES,
    TO,
    Sentence,
)
from syria_news.claims.words import (
    ARMED_BODIES,
    MEMBER_NOUNS,
    NEUTRAL_DEATHS,
    claim_type_of,
    has,
    strip_clitics,
    trigger_word,
)
from syria_news.numbers import THIRD_PERSON


@rule({
    "أصيب أربعة مدنيين بجروح جراء قصف مدفعي لقوات النظام على مدينة خان شيخون جنوب إدلب": "injured 4 civilians SY07",
    "سجلت مديرية الصحة إصابة ممرض بجروح جراء قصف على مشفى في ريف إدلب": "injured 1 medical_workers SY07",
    "وثقت الشبكة مقتل 7 مدنيين في حادث إطلاق نار بمحافظة السويداء خلال الشهر الماضي": "killed 7 civilians SY13",
    "توفي شاب متأثرا بجروح أصيب بها قبل أسبوعين خلال عملية سطو على متجره في مدينة دير الزور": "killed 1 SY09",
})
def violence(v: Sentence) -> bool:
    """The sentence names violence (قصف, انفجار, حوادث عنف ...): an إصابة in it is an injury. Dying of
    one's wounds (متأثرا بجراحه) is violence, unless the sentence names an accident."""
    return v.mentions("violence") and not household_blast(v) or v.mentions("wounds") and not v.mentions("accident")


@rule({
    "وفاة طفل وإصابة آخر بانفجار اسطوانة غاز في مدينة منبج شرق حلب": "deaths 1 children SY02; injured 1 SY02",
    "توفي عامل بانفجار مولدة كهرباء في ورشة بمدينة إدلب": "deaths 1 SY07",
})
def household_blast(v: Sentence) -> bool:
    """Every word of violence in the sentence is an explosion of a thing of the household or
    the workshop right after it (`blast_accidents`: انفجار اسطوانة غاز, انفجار مدفأة): an accident."""
    if not v.mentions("blast_accidents"):
        return False
    hits = [k for k, w in enumerate(v.words) if has(w, "violence")]
    return all(k + 1 < v.n and has(v.words[k + 1], "blast_accidents") for k in hits)


@rule({
    "أعلنت الإدارة الذاتية تسجيل 14 إصابة و6 حالات شفاء في مدينة القامشلي شمال الحسكة": "cases 14 SY08; recoveries 6 SY08",
    "أعلنت هيئة الصحة في الإدارة الذاتية تعافي 22 شخصا وتسجيل 9 إصابات في مدينة الحسكة": "recoveries 22 people SY08; cases 9 SY08",
})
def recoveries(v: Sentence) -> bool:
    """The sentence counts recoveries: only disease bulletins do, so its إصابة are cases."""
    if v._recoveries is None:
        v._recoveries = any(claim_type_of(w) == "recoveries" for w in v.words)
    return v._recoveries


@rule({
    "أعلن فريق الاستجابة الطارئة عن ثماني إصابات جديدة في مخيمات أطمة شمال إدلب": "cases 8 SY07",
    "أعلنت منظمة طبية عن ثلاث إصابات جديدة في مدينة الباب شرق حلب": "cases 3 SY02",
})
def new_cases(v: Sentence) -> bool:
    """The sentence counts "new" إصابات (ثماني إصابات جديدة): a bulletin's word for cases."""
    if v._new_cases is None:  # looked up once: every إصابة of the sentence asks
        words = v.words
        v._new_cases = any(has(words[q + 1], "new_cases") and has(words[q], "case_words") for q in range(v.n - 1))
    return v._new_cases


@rule({
    "قضى شابان غرقا في نهر الفرات قرب مدينة الميادين بريف دير الزور الشرقي": "deaths 2 SY09",
    "لقي طفلان حتفهما بحريق نشب في منزلهما بمدينة الباب شرق حلب": "deaths 2 children SY02",
    "قتل شاب برصاص قناص في حي جوبر بدمشق": "killed 1 SY01",
})
def case_type(v: Sentence, claim_type: str, k: int) -> str:
    """The type the trigger at k takes from its sentence: a death, a case, an injury or its own.

    A plain death word (قضى, لقي حتفه) counts deaths in an accident where no violence is
    named; وفاة/توفي go by :func:`death_type`, إصابة by :func:`case_or_injury`."""
    if claim_type == "deaths":
        return "deaths" if want(v, k) else death_type(v)
    if claim_type == "missing" and lost_lives(v, k):
        return "deaths" if (v.disease or v.mentions("accident")) and not violence(v) or want(v, k) else "killed"
    if claim_type == "killed" and (accident(v) or (v.disease and not violence(v) or want(v, k) or camp_death(v)) and strip_clitics(v.words[k], NEUTRAL_DEATHS)):
        return "deaths"  # قضى شابان غرقا, مقتل طفلين بحريق: an accident
    if claim_type == "killed" and killing_cause(v, k):
        return "deaths"  # الجوع يقتل 5 أشخاص: hunger killed them
    if claim_type == "missing" and force_lost(v, k):
        return "killed"  # فقدت قوات النظام سبعة عناصر: its dead
    if claim_type == "missing" and (lost_kin(v, k) or family_bereaved(v, k)):
        return death_type(v)  # فقد خلال الزلزال أخاه وزوجته, فقدت عائلة 3 من أطفالها: their dead
    return case_or_injury(v, v.words[k]) if claim_type == "injured" else claim_type


@rule({
    "وفقدت قوات النظام سبعة عناصر في اشتباكات مع التنظيم في بادية حمص": "killed 7 fighters SY04",
    "كما فقد الجيش 12 من جنوده خلال المعارك": "killed 12 fighters",
    "وأضاف المرصد أن قوات النظام فقدت كذلك تسعة عناصر في الاشتباكات": "killed 9 fighters",
})
def force_lost(v: Sentence, k: int) -> bool:
    """The verb "lost" at k (`lost_verbs`: فقد, فقدت) with an armed body for its subject, right
    after it or ending up to two words before it (قوات النظام فقدت): the force's dead, as
    خسرت قوات النظام 20 عنصرا (round 59: a daily toll of the Observatory)."""
    if not has(v.words[k], "lost_verbs") or any(has(v.words[q], "contact") for q in range(k + 1, min(k + 5, v.n))):
        return False  # فقد الجيش الاتصال بخمسة جنود: the missing
    after = k + 1 < v.n and v.joined(k + 1) and strip_clitics(v.words[k + 1], ARMED_BODIES) is not None
    return after or any(q >= 0 and v.joined(q + 1) and strip_clitics(v.words[q], ARMED_BODIES) is not None for q in (k - 1, k - 2))


@rule({
    "وقالت المنظمة إن المرض ينتشر في المخيمات، وإنه تم تسجيل 300 حالة في ريف الرقة": "cases 300 SY11",
})
def health_cases(v: Sentence) -> bool:
    """The sentence speaks of health (`health_cues`: المرض, مديرية الصحة, الفحص ...) and names no
    violence, no accident and no suspicion: a number of حالات nothing else types counts cases
    (round 62: a disease's cases recorded, typed by "the disease" earlier in the sentence;
    round 63: not the suspected cases a sentence counts, الحالات المشتبه بها ... بلغت 245 حالة)."""
    return v.mentions("health") and not v.mentions("violence") and not v.mentions("accident") and not v.mentions("suspected")


# Words between "lost" and the kin it lost: the event or time it happened in (فقد خلاله, فقد فيه).
LOST_KIN_REACH = 2


@rule({
    "انهار المنزل في الزلزال وفقد فيه ابنه وزوجته": "deaths 2",
    "وقال إنه فقد أخاه في القصف على مدينة إدلب": "killed 1 SY07",
})
def lost_kin(v: Sentence, k: int) -> bool:
    """The verb "lost" at k (`lost_verbs`) with a relative of the subject for its object, right
    after it or past the event it names (فقد أخاه, فقد خلاله أخاه), in a sentence naming
    violence or an accident: a bereavement, the relative's death (by :func:`death_type`), not a
    missing person (round 62: an earthquake's dead read as three missing)."""
    if not has(v.words[k], "lost_verbs") or not (violence(v) or v.mentions("accident")):
        return False
    for q in range(k + 1, min(k + 2 + LOST_KIN_REACH, v.n)):
        form = v.noun(q)
        if form is not None:
            return form.noun.kin and v.joined(q)
    return False


@rule({
    "فقدت عائلة ثلاثة من أطفالها بحريق في خيمتها شمال إدلب": "deaths 3 children SY07",
    "وفقدت عائلة نازحة 4 من أطفالها في القصف على المخيم": "killed 4 children",
})
def family_bereaved(v: Sentence, k: int) -> bool:
    """The verb "lost" at k (`lost_verbs`) with a family for its subject right after it
    (`family_words`: فقدت عائلة 3 من أطفالها): the family's dead (by :func:`death_type`), not
    missing people, whatever the sentence names (round 70: a camp family's children dead of
    the want of a stove's fumes, read as three missing)."""
    return has(v.words[k], "lost_verbs") and k + 1 < v.n and v.joined(k + 1) and has(v.words[k + 1], "families")


@rule({
    "الجوع يقتل خمسة لاجئين في مخيم محاصر جنوب دمشق": "deaths 5 SY01",
    "الحصار يقتل طفلين في بلدة مضايا بريف دمشق": "deaths 2 children SY03",
})
def killing_cause(v: Sentence, k: int) -> bool:
    """The killing word at k has for its subject, right before it, a want or an accident
    (`want_cues`, `accident_cues`: الجوع يقتل, الحصار يقتل): the dead are deaths, as of any
    want (round 55: a headline of people starved in a besieged camp)."""
    if k < 1 or not v.joined(k):
        return False
    before = v.words[k - 1]
    return has(before, "want") or has(before, "accident")


@rule({
    "قتل 3 أشخاص بحادث سير على طريق حلب دمشق": "deaths 3 people",
    "ارتفعت حصيلة ضحايا الزلزال في ريف حلب إلى 212 قتيلا": "deaths 212 cumulative SY02",
    "قضى رضيع نتيجة البرد الشديد في مخيم عشوائي قرب بلدة أطمة": "deaths 1 children",
})
def accident(v: Sentence) -> bool:
    """The sentence names an accident (drowning, a fire, a traffic accident, the earthquake)
    and no violence: its dead are deaths, not killed."""
    return v.mentions("accident") and not violence(v)


@rule({
    "وقال الهلال الأحمر إن 300 شخص على الأقل لقوا حتفهم خلال العام في مخيم الهول": "deaths 300+ people",
    "الأمم المتحدة تكشف عن مصرع عشرات الأطفال في مخيم للنازحين شرق سوريا": "deaths 20 (20-99) children",
})
def camp_death(v: Sentence) -> bool:
    """A word that only says someone died (لقوا حتفهم, مصرع, قضوا) in a sentence naming a camp
    of the displaced (`displaced_camps`: مخيم الهول, مخيم للنازحين) and no violence: a death of
    the camp's want, cold or illness, as the reports mean it (rounds 36-37 and earlier: every
    such count annotated deaths). Not a camp that is a district (مخيم اليرموك, where the
    war's dead are counted), and a killing word (مقتل) stays killed."""
    return v.mentions("displaced_camps") and not violence(v)


@rule({
    "غادرت 40 حافلة حي الوعر تقل نحو 2100 شخص بينهم 600 مقاتل باتجاه ريف حلب الشمالي": "displaced ~2100 people SY02; displaced 600 fighters SY02 part of 1",
    "وخرجت الدفعة الثانية من البلدة، وتتألف من 1500 مدني وعدد من المقاتلين تقلهم 35 حافلة": "displaced 1500 civilians; displaced 2 (2-?) fighters",
})
def evacuation(v: Sentence) -> bool:
    """The sentence tells a convoy of evacuation (`convoy_words`: الدفعة, قافلة, حافلات) on
    the move, carrying or made up of people (`movement_words`: خرجت, غادرت, وصلت; `carrying`;
    `comprising`: تضم الدفعة 724 رجلا), and names no violence (but the armed men and the
    detainees it carries, `armed_men`, `detention_cues`), accident or aid (`aid_words`): the people it counts were
    displaced (annotators of rounds 20-21 coded every such count so)."""
    return (v.mentions("convoys")
            and (v.mentions("movement") or v.mentions("carrying") or v.mentions("comprising")
                 or any(claim_type_of(w) == "displaced" for w in v.words))  # عدد المهجرين ضمن هذه الدفعة
            and not (v.mentions("accident") or v.mentions("aid"))
            and not any(has(w, "violence") and not has(w, "armed_men") and not has(w, "detention") for w in v.words))  # fmt: skip


# How far after a death word its own cause of want may stand: ووفاة عدد من المدنيين بسبب نقص
# الدواء (the people counted, then the cause).
WANT_REACH = 8


@rule({
    "قتل 12 مدنيا بقصف على البلدة المحاصرة، وتوفي ثلاثة أطفال بسبب نقص الدواء": "killed 12 civilians; deaths 3 children",
    "قضى طفلان جوعا في مخيم اليرموك المحاصر بعد أيام من القصف": "deaths 2 children",
    "توفي رجل مسن جوعا في بلدة مضايا المحاصرة": "deaths 1",
    "استشهد لاجئ فلسطيني مساء أمس جراء الحصار المفروض على مخيم اليرموك": "deaths 1",
    "فقد طفل رضيع حياته بسبب نفاد الأدوية في مخيم الركبان": "deaths 1 children",
})
def want(v: Sentence, k: int) -> bool:
    """The death word at k (وفاة, or a word that only says someone died: قضى, لقي حتفه) is a
    death of want (`want_cues`: hunger, cold, a want of food or medicine): the sentence names
    want and no violence, or the word has its own cause of want in its clause, at most
    ``WANT_REACH`` words on, where the sentence names violence elsewhere. A killing word
    (مقتل) stays killed."""
    return v.mentions("want") and not violence(v) or own_want(v, k)


@rule({
    "وقضى 30 لاجئا تحت التعذيب، و12 آخرون بسبب نقص الغذاء والدواء في المخيم": "killed 30; deaths 12",
})
def own_want(v: Sentence, k: int) -> bool:
    """A cause of want (`want_cues`) follows token k in its clause, at most ``WANT_REACH``
    words on: the death word or the listed count at k died of want (و12 آخرون بسبب نقص
    الغذاء, in a list of the dead under torture)."""
    for q in range(k + 1, min(k + WANT_REACH, v.n)):
        if not v.joined(q):
            return False
        if has(v.words[q], "want"):
            return True
    return False


VIOLENT_DISEASES = frozenset({"poisoning"})  # an attack can cause them: with violence named, its hurt are injured


@rule({
    "توفي معتقل تحت التعذيب في أحد سجون النظام بعد ثلاث سنوات من اعتقاله في مدينة حمص": "killed 1 SY04",
    "توفي شاب متأثرا بجراحه التي أصيب بها جراء قصف جوي على بلدة كفرنبل في ريف إدلب": "killed 1 SY07",
    "سجلت مديرية صحة إدلب وفاة رجل مسن بفيروس كورونا في مدينة سلقين": "deaths 1 SY07",
})
def death_type(v: Sentence) -> str:
    """وفاة/توفي: a death by disease or accident, but killed where violence and no disease is named.

    توفي متأثرا بجراحه جراء القصف, وفاة معتقل تحت التعذيب: killed."""
    return "killed" if violence(v) and (not v.disease or v.disease in VIOLENT_DISEASES) else "deaths"


@rule({
    "أصيب ثلاثة عناصر من الفصائل باشتباكات مع قوات النظام على جبهة كبانة في ريف اللاذقية": "injured 3 fighters SY06",
    "سجلت مديرية الصحة في الحسكة إصابتين بفيروس كورونا لممرضين في المشفى الوطني": "cases 2 SY08",
    "وتتوزع الإصابات الجديدة على: 4 في الحسكة، 9 في القامشلي": "cases 4 SY08; cases 9 SY08",
    "ارتفع عدد ضحايا الزلزال إلى 90 قتيلا و340 إصابة توزعت على حلب وحماة": "deaths 90 cumulative; injured 340 cumulative",
    "وفي تقرير شهري، أحصت المديرية مقتل 21 شخصا وإصابة 71 آخرين في المحافظة": "killed 21 people; injured 71",
    "تسمم 12 طفلا بعد تناول وجبة فاسدة في مخيم بريف إدلب": "cases 12 children SY07",
})
def case_or_injury(v: Sentence, word: str) -> str:
    """إصابة / أصيب / مصاب / تسمم (``word`` folded, or a noun's lemma): a disease case or an injury."""
    if not has(word, "case_words"):
        return "injured"
    if v.disease and not (v.disease in VIOLENT_DISEASES and violence(v)):
        return "cases"  # but a poisoning by a gas attack injures (أصيب 50 بحالات تسمم جراء قصف بغاز الكلور)
    if violence(v) or v.mentions("accident") or any(d.claim_type == "killed" for d in v.drafts):
        return "injured"  # the wounded of a raid, of a fire or of the earthquake; beside the killed (مقتل 21 وإصابة 71)
    if recoveries(v) or v.mentions("health") or new_cases(v) or v.mentions("breakdown"):
        return "cases"  # a bulletin: recoveries, a health body, tests, the pandemic, "new" cases, a breakdown by place
    return "cases" if v._text_disease() else "injured"


# How far after a word of loss its life word may stand: فقد سبعة عاملين في الإدارة الذاتية،
# حياتهم (a count, its noun and a short phrase between).
LIFE_REACH = 14
# What a life word may stand past: commas, the quotation marks a name comes in, an age in parentheses.
QUOTES_AND_COMMAS = " \t,،\"'“”«»()"  # and the parentheses of an age: فقد الطفل يوسف (16 عاما) حياته
RESULT_LINKS = frozenset({"عن", TO})  # أسفر عن, أدى إلى


@rule({
    "فقد شخصان حياتهما وأصيب ثلاثة آخرون بقصف مدفعي على قرية شمال الحسكة": "killed 2 people SY08; injured 3 SY08",
    "فقدان عنصرين من قوات الأمن الداخلي لحياتهما برصاص مسلحين في ريف دير الزور": "killed 2 fighters SY09",
    "فقد طفل حياته غرقا في نهر الفرات قرب مدينة الرقة": "deaths 1 children SY11",
    "فقد عنصر في “الشرطة العسكرية”، الأحد، حياته بانفجار عبوة في ريف حلب": "killed 1 fighters SY02",
    "وأسفر القصف المدفعي عن فقدان ثلاثة مدنيين في قرية شمال الحسكة": "killed 3 civilians SY08",
    "وقال الدفاع المدني إنه فقد 4 متطوعين من كوادره بغارة جوية على مركزه في ريف إدلب": "killed 4 medical_workers SY07",
    "وفي قرية العامرية، فقد الشاب سامر الحسن (22 عاما) حياته بانفجار لغم أرضي": "killed 1",
    "وفقد 40 مدنيا، بينهم 5 نساء و12 طفلا، أرواحهم بانفجار ألغام منذ بداية العام": "killed 40 civilians; killed 5 women part of 1; killed 12 children part of 1",
})
def lost_lives(v: Sentence, k: int) -> bool:
    """A word of loss at k (فقد, فقدان) loses lives: a life word (حياته, لحياتهم) follows it,
    or its body's own members (فقد 4 متطوعين من كوادره: a body lost them), or it is what an
    attack resulted in (أسفر القصف عن فقدان ثلاثة مدنيين: عن or إلى right before it and a
    word of `result_words` up to four words before that, in a sentence of violence).

    Within ``LIFE_REACH`` tokens, in the verb's own clause: over commas, but not past
    another clause break, a negation or another trigger (فقد الاتصال بهم، ولم يعرف مصير
    حياتهم: missing). Then the people counted died (killed, or deaths in an accident or of
    want: فقد طفل حياته بسبب نفاد الأدوية)."""
    if k >= 2 and v.words[k - 1] in RESULT_LINKS and violence(v) \
            and any(has(w, "result_words") for w in v.words[max(v.consumed, k - 5) : k - 1]):  # fmt: skip
        return True  # أسفر القصف المدفعي عن فقدان ثلاثة مدنيين
    for q in range(k + 1, min(k + 1 + LIFE_REACH, v.n)):
        w = v.words[q]
        if v.toks.barrier(q) and v.toks.gaps[q].strip(QUOTES_AND_COMMAS) or has(w, "negations") or trigger_word(w) is not None:
            return False  # a clause break other than commas (and the quotes of a name: “قسد”، السبت،)
        if has(w, "life_words") or w == "من" and q + 1 < v.n and _own_members(v.words[q + 1]):
            return True
    return False


def _own_members(word: str) -> bool:
    """The word is a member noun with a pronoun (كوادره, عناصرها, متطوعيه): the body's own people."""
    return any(word.endswith(suffix) and word[: -len(suffix)] in MEMBER_NOUNS for suffix in THIRD_PERSON)



AMONG_REACH = 8  # words from ضحايا to "between dead and wounded" after its count


@rule({
    "ووثق التقرير سقوط سبعة ضحايا بسبب التعذيب في مراكز الاحتجاز خلال الشهر الماضي": "killed 7",
    "وبلغت حصيلة الضحايا منهم نحو تسعة آلاف بين قتيل وجريح": "killed_or_injured ~9000 cumulative",
    "وخلف الزلزال أكثر من 900 ضحية في مناطق شمال غرب سوريا": "deaths 901+",
    "ضحيتان وعشرات الإصابات بحوادث سير متفرقة في ريف حلب الشمالي": "deaths 2 SY02; injured 20 (20-99) SY02",
    "سقط 11 ضحية بين قتيل وجريح بقصف على سوق شعبي في مدينة إدلب": "killed_or_injured 11 SY07",
    "ووثقت الشبكة مقتل 14 مدنيا في ريف إدلب، ليرتفع عدد الضحايا منذ مطلع الشهر إلى 160": "killed 14 civilians SY07; killed 160 cumulative SY07",
    "قضى 12 شخصا بانهيار مبنى في مدينة حلب. وقال الدفاع المدني إن الضحايا هم 7 أطفال و5 نساء": "deaths 12 people SY02; deaths 7 children; deaths 5 women",
    "وبوفاة الطفل يرتفع عدد الضحايا في المخيم بسبب نقص الدواء إلى 31 شخصا": "deaths 1 children; deaths 31 people cumulative",
    "وتصدرت محافظة إدلب المحافظات بعدد الضحايا حيث بلغ 120 شخصا، تلتها حلب بـ 45 شخصا": "killed 120 people SY07; killed 45 people SY02",
})
def victims_type(v: Sentence, k: int) -> str:
    """ضحايا at k: the dead and the wounded together, but the dead where the sentence says so.

    Where it names a cause that only kills (التعذيب, الغرق, الإعدام), counts the wounded
    apart (ضحيتان وعشرات الإصابات), counts only the dead (مقتل ... ليرتفع عدد الضحايا) or is
    a report documenting its victims (وثقت الشبكة 311 ضحية: ``documenting``) or ranking places
    by them (`ranking_words`: تلتها حلب بـ 45; round 56), the victims are
    the dead: killed, or deaths in an accident, illness or want. Not where the wounded
    are among them (11 ضحية بين قتيل وجريح, or after its count: الضحايا نحو تسعة آلاف بين قتيل
    وجريح). With no word of either in its sentence, the
    victims are those of the sentence before when it counted the dead (round 25: a war's toll,
    then من بين الضحايا 30 ألف مدني)."""
    if k + 1 < v.n and v.words[k + 1] == AMONG:
        return "killed_or_injured"  # 11 ضحية بين قتيل وجريح
    if any(v.words[q] == AMONG and claim_type_of(v.words[q + 1]) == "killed" and claim_type_of(v.words[q + 2]) == "injured"
           for q in range(k + 1, min(k + AMONG_REACH, v.n - 2))):  # fmt: skip
        return "killed_or_injured"  # حصيلة الضحايا نحو تسعة آلاف بين قتيل وجريح (round 56)
    types = {claim_type_of(w) for w in v.words}
    apart = "injured" in types
    dead = "killed" in types or "deaths" in types  # 923 قتيلا قضوا ... ليرتفع عدد الضحايا إلى 9 آلاف
    if not (apart or dead or any(has(w, "dead_only") for w in v.words) or v.mentions("documenting") or v.mentions("ranking")):
        # the victims of the toll of the dead just told (round 25): مقتل 50 ألف شخص. ومن بين الضحايا 30 ألف مدني
        return v.previous_type if v.previous_type in DEATH_TYPES else "killed_or_injured"
    return "deaths" if (v.disease or v.mentions("accident") or v.mentions("want")) and not violence(v) else "killed"
