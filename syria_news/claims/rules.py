"""Stage: the productions. Each rule reads one kind of phrase at a token and adds a claim (a draft) to the sentence; ``run`` tries them left to right."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache
from itertools import compress

from syria_news.claims.context import case_type
from syria_news.claims.count_rule import count_claim
from syria_news.claims.filters import (
    add,
    negated_before,
    negated_clause,
    suspected_after,
)
from syria_news.claims.groups import (
    describing_group,
    of_group,
)
from syria_news.claims.heads import (
    PLURALS,
    THAT,
    given_name,
    quoted_name,
    ALREADY,
    OPENING_QUOTES,
    and_injured,
    cases_of,
    exposed_to,
    extend,
    intransitive_post_at,
    last_verb,
    new_word,
    number_after,
    persons_before_verb,
    post_after_body,
    post_at,
    quoted_name,
    resolve_noun_type,
    singular_post_at,
    singular_verb_across_phrase,
    state_noun,
)
from syria_news.claims.parts import (
    among_counted,
    and_after_last,
    breakdown_part,
    coordinated_with,
    dead_in_breakdown,
    gather_family,
    gather_ranks,
    parent_for,
)
from syria_news.claims.registry import rule
from syria_news.claims.scope import recorded_at
from syria_news.claims.triggers import (
    may_be_doer,
    needs_met,
    trigger_at,
)
from syria_news.claims.view import (
    ABOUT,
    AMONG,
    DURING,
    FROM,
    IN,
    ON,
    CASE_TYPES,
    DEATH_TYPES,
    STATUS_TYPES,
    TO,
    VIOLENCE_TYPES,
    WITH,
    Draft,
    Sentence,
)
from syria_news.claims.words import (
    RELATIVE_PRONOUNS,
    COPULAS,
    ACTORS,
    COUNT_PREPOSITIONS,
    COUNT_START,
    DESCRIPTORS,
    EACH_WORDS,
    EVENT_PRONOUNS,
    FELL_PLURAL,
    IRRELEVANT,
    KNOWN_OF_THEM,
    LIVES_OF,
    NAME_STOPS,
    NONE_WORDS,
    ONE_OF_THEM,
    ORDINALS,
    RELATIVES,
    RULE_START,
    SUBSET,
    TAKING_VERBS,
    THE_OTHER,
    UNKNOWN_DOERS,
    armed_body_at,
    cached_noun_form,
    has,
    pronoun_event,
    rule_role,
    strip_clitics,
    token_role,
    trigger_word,
)
from syria_news.numbers import (
    Count,
    NounForm,
    at_least_suffix,
    is_digits,
    match_count,
    may_start_count,
    noun_count,
    read_count,
)
from syria_news.text import fold_word


SEVERAL = fold_word("عدة")  # a vague count that may follow its plural (إصابات عدة)
DASHES = ("-", "–")  # between the two days of a night (ليل السبت - الأحد)
# The most words of a doer between a verb and its victim (قتلت قوات حرس الحدود التركية شابا).
DOER_REACH = 5
# The most words of a date right after a verb or its doer (قضى أمس الأربعاء 3 آذار، مدنيان).
TIME_REACH = 5
# The most words of "unknown gunmen" and the time after them (اغتال مجهولون مساء أمس الثلاثاء 29 حزيران، مدنيا).
UNKNOWN_DOER_TIME_REACH = 9


DOER_PLACE_REACH = 3  # words of the place after a doer (في مدينة درعا)


def _doer_place(v: Sentence, q: int) -> int | None:
    """A place phrase (في/من and up to ``DOER_PLACE_REACH`` words a doer's phrase may hold) at q
    after a doer, then an indefinite person noun with no number: the index of that noun, the
    victim (اعتقل فرع الأمن العسكري في مدينة درعا شابين)."""
    if q >= v.n or v.words[q] not in (IN, FROM) or not v.joined(q):
        return None
    for p in range(q + 1, min(q + 2 + DOER_PLACE_REACH, v.n)):
        if not v.joined(p):
            return None
        form = v.noun(p)
        if form is not None and not form.noun.excluded and p > q + 1:
            victim = not form.definite and not form.noun.claim_type and form.number in ("singular", "dual")
            return p if victim and not (p + 1 < v.n and v.joined(p + 1) and match_count(v.words, p + 1) is not None) else None
        if not may_be_doer(v, v.words[p]) or form is not None and not form.noun.excluded:
            return None  # (a thing of the place passes: مدينة)
    return None


def _weapon(v: Sentence, q: int) -> bool:
    """Token q is the weapon after "unknown gunmen" (اغتال مجهولون بالأسلحة الرشاشة المدعو ...): a
    phrase opened by ب, or its adjective with ال right after it (round 47)."""
    w = v.words[q]
    return w.startswith("ب") and v.opens_phrase(q) or w.startswith("ال") and v.noun(q) is None and q >= 1 and v.words[q - 1].startswith("بال")


@rule({
    "اختطف مسلحون مجهولون طبيبا في مدينة الباب شرق حلب": "kidnapped 1 medical_workers SY02",
    "قتلت قوات حرس الحدود التركية (الجندرما) شابا قرب الحدود في ريف إدلب": "killed 1 SY07",
    "اغتال مسلحون مجهولون، مساء أمس الأحد، قياديا سابقا في فصائل المعارضة بريف درعا الغربي": "killed 1 fighters SY12",
    "اغتال مجهولون مساء أمس الثلاثاء 29 حزيران/يونيو، مدنيا في ريف درعا الغربي": "killed 1 civilians SY12",
    "واغتال مسلحون مجهولون بالأسلحة الرشاشة المدعو ماهر السالم في مدينة الصنمين شمالي درعا": "killed 1 SY12",
    "قتل وجرح مدنيون بقصف مدفعي على قرية في ريف حلب الغربي": "killed_or_injured 2 (2-?) civilians SY02",
    "قتل رجل وزوجته وأصيب أطفالهما الثلاثة بقصف مدفعي على قرية في ريف حلب الغربي": "killed 2 SY02; injured 3 children SY02",
    "قتل ستة مدنيين وجرح آخرون يوم 8 آذار الفائت بانفجار لغم في ريف حماة": "killed 6 civilians SY05; injured 2 (2-?) SY05",
    "اعتقل، صباح الخميس، طبيبان على حاجز في ريف حمص الشمالي": "arrested 2 medical_workers SY04",
    "واعتقلت قوات النظام، أمس الأحد، شابين على حاجز في ريف حمص الشمالي": "arrested 2 SY04",
    "واعتقلت قوات الأمن مساء الجمعة، طبيبا في مدينة حمص": "arrested 1 medical_workers SY04",
    "وخطف مسلحون مساء الأحد معلما في قرية بريف حلب الشمالي": "kidnapped 1 SY02",
    "واعتقل فرع الأمن العسكري في مدينة درعا شابين من أبناء البلدة": "arrested 2 SY12",
    "وقتل خلال اليومين الماضيين شابان برصاص مجهولين في مدينة الرقة": "killed 2 SY11",
    "وقضى أمس الأربعاء، مدنيان بانفجار لغم في ريف حماة الشرقي": "killed 2 civilians SY05",
    "وكانت الشرطة العسكرية اعتقلت، في 14 تشرين الأول 2016، طبيبا في ريف حلب الشمالي": "arrested 1 medical_workers SY02",
    "وجرح مدنيون في عدد من القرى بقصف مدفعي لقوات النظام على ريف إدلب الجنوبي": "injured 2 (2-?) civilians SY07",
    "وقالت الشبكة إن عدد المدنيين الذين قضوا شهداء في حلب خلال شهر آذار بلغ 310 مدنيين": "killed 310 civilians SY02",
    "وقال المراسل إن أربعة مدنيين بينهم طفلان قتلوا وجرح آخرون بغارة على بلدة في ريف إدلب": "killed 4 civilians SY07; killed 2 children SY07 part of 1; injured 2 (2-?) SY07",
    "ولقي رجل وامرأة وطفلاها حتفهم بقصف على قرية في ريف إدلب": "killed 1 SY07; killed 1 women SY07; killed 2 children SY07",
})
def trigger_noun_claim(v: Sentence, t: int) -> int | None:
    """Rule 2: a trigger at t followed by a counted noun without a number."""
    found = trigger_at(v, t)
    if found is None:
        return None
    trig, clitic = found
    k = t + trig.length
    claim_type = trig.claim_type
    if claim_type == "killed" and k < v.n and v.joined(k) and not _plural_verb(v.words[t]):
        nxt = trigger_at(v, k)  # مقتل وجرح مدنيين (but ... أطفال قتلوا وجرح آخرون: the killed are counted before)
        if nxt and nxt[1].startswith("و") and nxt[0].claim_type == "injured":
            claim_type, k = "killed_or_injured", k + 1
    k = event_pronoun_after(v, k) or lives_taken(v, t, k) or k  # أصيب فيها مدنيان; أودى الانفجار بحياة طفل
    k, aside = _past_time(v, k, t + TIME_REACH)  # غرق، أمس السبت، شابان; قضى أمس الأربعاء، مدنيان
    doer = k  # اختطف مسلحون مجهولون طبيبا: skip the doer when a victim follows
    while doer < v.n and v.words[doer] in ACTORS and doer - k < DOER_REACH:
        doer += 1
    after_doer = False  # the doer ends before a victim, maybe past a time set off by commas
    if doer > k and (past_place := _doer_place(v, doer)) is not None:
        doer = past_place  # خطفت عصابة في لبنان طفلين: the doer's place, then the victims (round 67)
    if doer > k and any(v.words[q] in UNKNOWN_DOERS for q in range(k, doer)):
        while doer < v.n and (v.joined(doer) or v.comma_before(doer)) and (v.in_date(doer) or _weapon(v, doer)) and doer - k < UNKNOWN_DOER_TIME_REACH:
            doer += 1  # اختطف مسلحون مجهولون صباح اليوم الطبيب; اغتال مسلحون مجهولون، أمس الجمعة 7 أيلول، مقاتلا
        after_doer = doer < v.n and (v.joined(doer) or v.comma_before(doer) and v.in_date(doer - 1))
        if not after_doer:
            return None  # "unknown gunmen" did it; no victim is counted here
    elif doer > k and ((past_time := _past_time(v, doer, doer + TIME_REACH))[1] is not None
                       or doer < past_time[0] < v.n and cached_noun_form(v.words[past_time[0]])):
        doer, after_doer = past_time[0], True  # اعتقلت قوات النظام، أمس الأحد، شابين; اختطف مسلحون أمس أستاذا
    if k < v.n and v.joined(k) and v.words[k] in ONE_OF_THEM | THE_OTHER:
        return one_of_them_claim(v, t, k, clitic, claim_type)
    if (doer == k or v.joined(doer)) and (listed := each_of_claim(v, t, doer, clitic, claim_type, trig.needs)) is not None:
        return listed
    named = k < doer < v.n and not v.toks.gaps[doer].strip(" ()")  # قوات حرس الحدود (الجندرما) شابا
    if not trig.needs and (doer == k or after_doer or v.joined(doer)) and (name_end := quoted_name(v, doer)) is not None:
        add(v, Draft(t, name_end, clitic, case_type(v, claim_type, t), "new", Count(1, 1, 1, "exact"), None))
        return name_end  # اغتيال "إياد الحسن": a person named in quotes (round 47)
    if not trig.needs and (doer == k or after_doer or v.joined(doer)) and (name_end := given_name(v, doer)) is not None:
        names = 1  # قتل أيمن سليمان الجهيم; بمقتل خالد العلي ومحمود الحسن (round 53)
        while (more := given_name(v, name_end)) is not None and v.words[name_end].startswith("و"):
            names, name_end = names + 1, more
        add(v, Draft(t, name_end, clitic, case_type(v, claim_type, t), "new", Count(names, names, names, "exact"), None))
        return name_end
    victim = v.words[doer] if k < doer < v.n and (v.joined(doer) or after_doer or named) else ""
    if victim and (cached_noun_form(victim) or may_start_count(victim)):
        if may_start_count(victim):
            return None  # the count rule reads it
        k = doer
    elif after_doer:
        return None  # اختطف مسلحون مجهولون في ريف حمص، 15 شخصا: the doer, then no victim here (round 63)
    if k >= v.n or not (v.joined(k) or k == doer and (after_doer or named) or k == aside) or match_count(v.words, k) is not None:
        return None
    form = v.noun(k)
    if form is None or form.noun.excluded:
        return None
    if (form.noun.bare == "recorded" or form.noun.container) and not cases_of(v, trig, form, k):
        return None
    if t >= 1 and v.words[t - 1] in RELATIVES and form.noun.claim_type:
        return k + 1  # عدد الأطفال الذين قضوا شهداء: a state describing people counted elsewhere (round 25)
    count, end = noun_count(form), k + 1
    if claim_type == "killed" and form.noun.claim_type == "killed" and form.number == "plural" and and_injured(v, end):
        claim_type, end = "killed_or_injured", end + 1  # راح ضحيتها قتلى وجرحى: one claim (decision 4)
    if form.number in PLURALS and form.definite:
        if (numbered := number_after(v, k + 1)) is None:
            return None
        count, end = numbered  # وأصيب أطفالهما الثلاثة; مقتل العناصر السبعة
    if count is None:
        return None
    if form.number in PLURALS and not form.definite and (told := number_word_after(v, k + 1)) is not None:
        count, end = told, k + 2  # اعتقال سوريين اثنين: the number word after the plural is its count
    elif form.number == "plural" and any(match_count(v.words, q) and not _dated(v, q) and v.words[q - 1] not in COUNT_PREPOSITIONS
                                         for q in range(k + 1, min(k + 4, v.n))):  # fmt: skip
        return None  # قتل مسلحون مجهولون ثلاثة مدنيين: the plural is the doer (but وجرح آخرون يوم 8 آذار, في عدد من القرى)
    group = form.noun.group
    if group is None and (described := describing_group(v, end, form.number)) is not None:
        group, end = described  # اعتقال ناشط إعلامي
    end = extend(v, end, form)
    if trig.needs:
        need = needs_met(v, trig, k)
        if need is None:
            return None
        if not _and_person(v, end):  # لقي رجل وامرأة وطفلاها حتفهم: the persons joined are claims of their own
            end = max(end, need + 1)
    claim_type = case_type(v, claim_type, t)
    add(v, Draft(t, end, clitic, claim_type, "new", count, group))
    return end


def _and_person(v: Sentence, q: int) -> bool:
    """A person noun joined by و at q (وامرأة, وطفلاها): the next of a list of persons."""
    form = v.noun(q) if q < v.n and v.joined(q) else None
    return form is not None and not form.noun.excluded and form.prefix.startswith("و") and not form.noun.claim_type


@rule({
    "قتل مدني وجرح آخر بانفجار عبوة ناسفة في ريف حماة، ليتوفى لاحقا متأثرا بجراحه": "killed 1 civilians SY05; injured 1 SY05; killed 1 SY05",
    "أصيب شابان برصاص مجهولين في مدينة درعا، وتوفيا مساء اليوم متأثرين بجراحهما": "injured 2 SY12; killed 2 SY12",
})
def died_of_wounds_claim(v: Sentence, t: int) -> int | None:
    """A verb of the death of one person (`died_one`), or of two (`died_two`), whose next
    words, past time words, are "of his wounds" (ليتوفى لاحقا متأثرا بجراحه): the wounded
    person the sentence named before died, 1 (or 2), killed as any death of wounds of
    violence (``case_type``). A subject after the verb is read by rule 2 (توفيت الطفلة
    متأثرة بجراحها: no claim of its own here, as the noun is definite and counted before).
    Round 32: three such deaths in SMART's set, one in its articles."""
    word = v.words[t]
    persons = 1 if has(word, "died_one") else 2 if has(word, "died_two") else 0
    if not persons or (found := trigger_at(v, t)) is None:
        return None
    k = t + 1
    while k < v.n and v.joined(k) and has(v.words[k], "skip") and k - t <= 4:
        k += 1
    if k >= v.n or not v.joined(k) or not has(v.words[k], "wounds"):
        return None
    add(v, Draft(t, k + 1, found[1], case_type(v, found[0].claim_type, t), "new", Count(persons, persons, persons, "exact"), None))
    return k + 1


# The most words a list of names after "each of" may run to.
EACH_OF_REACH = 40


@rule({
    "واعتقلت قوات النظام كلا من محمد العلي، وأحمد الحسن، وخالد العمر في بلدة الصنمين بريف درعا": "arrested 3 SY12",
    "واعتقلت الدورية كلاً من: أحمد الخالد، ومحمود العلي، وخالد الحسن، في مدينة الرقة": "arrested 3 SY11",
    "وقتل كل من الشاب محمد العلي والطفل أحمد الحسن بقصف مدفعي على بلدة كفرنبل جنوب إدلب": "killed 2 SY07",
    "وأفادت شبكة محلية بمقتل كل من “سامر الحمد” و “خالد اليوسف” و “ماهر الناصر” قرب مدينة نوى": "killed 3",
    "واعتقلت الدورية كلا من ياسر العمر ومحمود الخلف وسعيد الحسين في ريف الرقة": "arrested 3 SY11",
    "ما أدى لمقتل كل من العنصرين، سامي الخلف، وعمر البكور، في ريف درعا": "killed 2 SY12",
})
def each_of_claim(v: Sentence, t: int, k: int, clitic: str, claim_type: str, needs: Collection[str] = ()) -> int | None:
    """The trigger at t, then "each of" (كلا من, كل من) at k and a list of names: one
    person per item (items set off by commas, or a person noun with و: والطفل أحمد; or a
    lone و: “أ” و “ب”; or a name with و after a name of two words: جاسم العليوي وأحمد
    العيادة, round 40), to the end of the clause or a phrase after it (في بلدة, بتهمة), or to
    the word an idiom ``needs`` (لقي كل من ... مصرعهما), which must come. Two items at least.
    Round 32: arrests reported by name, read as no claim."""
    if k + 2 >= v.n or v.words[k] not in EACH_WORDS or v.words[k + 1] != FROM or not v.joined(k + 1):
        return None
    items, end, needed = _name_list(v, k + 2, needs)
    if (form := v.noun(k + 2)) is not None and form.number != "singular" and v.comma_before(k + 3):
        items -= 1  # كل من المقاتلين، محمد ...، وهزاع: the plural names who the people listed are
    if items < 2 or not needed:
        return None
    add(v, Draft(t, end, clitic, case_type(v, claim_type, t), "new", Count(items, items, items, "exact"), None))
    return end


def _plural_verb(word: str) -> bool:
    """A verb of "they" by its shape, as no name is (وينحدرون, وقضوا): ending in وا, or an
    imperfect (ي, ت) ending in ون, its و aside."""
    bare = word.removeprefix("و")
    return len(bare) >= 4 and (bare.endswith("وا") or bare[:1] in ("ي", "ت") and bare.endswith("ون"))


def _name_list(v: Sentence, start: int, needs: Collection[str] = ()) -> tuple[int, int, bool]:
    """The names listed from token ``start`` on: how many, the index after the list, and
    whether the word an idiom ``needs`` closed it (always true when it needs none). Items
    are set off by commas, or a person noun with و (والطفل أحمد), or a lone و (“أ” و “ب”),
    or a name with و after a name of two words (جاسم العليوي وأحمد العيادة); the list ends
    at a clause break, a phrase (في بلدة, بتهمة), a count or a trigger, at most
    ``EACH_OF_REACH`` words on."""
    items, end, words, needed = 1, start, 0, not needs  # words: of the item being read
    for q in range(start, min(v.n, start + EACH_OF_REACH)):
        w = v.words[q]
        if w in needs:
            end, needed = q + 1, True
            break  # لقي كل من ... مصرعهما: the idiom's word closes the list
        if q > start and v.comma_before(q):
            if v.opens_phrase(q) or has(w, "clause_openers") or has(w, "skip") or _plural_verb(w):
                break  # ، في بلدة درنج; ، مؤخرا; ، وينحدرون من: the list ended at the comma
            items, words = items + 1, 0
        elif q > start and not v.joined(q):
            break
        elif q > start and (v.opens_phrase(q) or may_start_count(w) or trigger_word(w) is not None):
            break
        elif q > start + 1 and w[:1] == "و" and (form := v.noun(q)) is not None and not form.noun.excluded \
                and form.prefix.startswith("و"):  # fmt: skip
            items, words = items + 1, 0  # والطفل أحمد الحسن: another person
        elif words and (w == "و" or words >= 2 and _and_name(v, q)):
            items, words = items + 1, 0 if w == "و" else 1  # “أ” و “ب”; جاسم العليوي وأحمد العيادة
            end = q + 1
            continue
        words += 1
        end = q + 1
    return items, end, needed


@rule({
    "وأضافت المصادر أن القتلى هم سامر الخليل، ومازن العبد الله، وفراس الحمود": "killed 3",
    "وقال الدفاع المدني إن الضحايا هم هند الأحمد وسعاد الأحمد ومحمود الأحمد": "killed 3",
    "وأوضح المصدر أن المصابين هم خالد العمر وأحمد الجاسم": "injured 2",
})
def named_victims_claim(v: Sentence, k: int) -> int | None:
    """A definite plural (or dual) claim noun, then "they are" (`copulas`: هم) and a list of
    names (القتلى هم سامر الخليل، ومازن العبد الله، وفراس الحمود): one person a name, of the
    noun's type (victims, ضحايا, are the dead: killed, or deaths in an accident). Read as no
    claim before (a category); rounds 55 and 56: two such lists of the dead, three and five
    names. Names only: a count after هم is ``copula_subject``'s (الضحايا هم 7 أطفال)."""
    form = v.noun(k)
    if form is None or not form.definite or form.number == "singular" or form.noun.claim_type is None \
            or k + 2 >= v.n or v.words[k + 1] not in COPULAS or not v.joined(k + 1) or not v.joined(k + 2):  # fmt: skip
        return None
    first = v.words[k + 2]
    if token_role(first) != IRRELEVANT or (after := v.noun(k + 2)) is not None and not after.noun.kin \
            or first in NAME_STOPS or v.opens_phrase(k + 2):  # fmt: skip
        return None  # a count, a trigger or a noun after هم: another rule's; الضحايا هم من الأطباء: no name
    items, end, _ = _name_list(v, k + 2)
    if items < 2:
        return None
    claim_type = form.noun.claim_type
    if claim_type == "killed_or_injured":
        claim_type = case_type(v, "killed", k)  # الضحايا هم ...: the dead, named
    add(v, Draft(k, end, form.proclitics, claim_type, "new", Count(items, items, items, "exact"), None))
    return end


def _and_name(v: Sentence, q: int) -> bool:
    """Token q opens another name with و: a word no rule reads (وأحمد, وصالح), after a name of
    two words or more (a name's own second word may start with و: هزاع وائل)."""
    w = v.words[q]
    return w[:1] == "و" and len(w) >= 4 and w[1:3] != "ال" and token_role(w) == IRRELEVANT and v.noun(q) is None


@rule({
    "أصيب ثلاثة عناصر من قوات النظام وتوفي أحدهم متأثرا بجراحه بانفجار لغم في ريف درعا": "injured 3 fighters SY12; killed 1 fighters SY12",
    "أطلق مسلحون النار على عنصرين من الشرطة ما أدى لمقتل أحدهما وإصابة الآخر في ريف درعا": "killed 1 SY12; injured 1 SY12",
    "قتل مقاتل وجرح الآخر بقصف على جبهة الكبينة في ريف اللاذقية": "killed 1 fighters SY06; injured 1 fighters SY06",
})
def one_of_them_claim(v: Sentence, t: int, k: int, clitic: str, claim_type: str) -> int:
    """A trigger with "one of them" (أحدهم) or "the other" (الآخر) counts one person.

    The trigger at t, the word at k: the person has the group of the claim before in the
    sentence (أصيب ثلاثة عناصر، وتوفي أحدهم متأثرا بجراحه: one fighter killed), and "one of
    them" is a part of that claim when the type is the same. With no claim before, the
    pair or group was named earlier (مقتل أحدهما وإصابة الآخر): one person."""
    whole = v.drafts[-1] if v.drafts else None
    claim_type = case_type(v, claim_type, t)
    one_of = whole is not None and v.words[k] in ONE_OF_THEM and whole.claim_type == claim_type and whole.subset_of is None
    group = whole.group if whole is not None else None
    add(v, Draft(t, k + 1, clitic, claim_type, "new", Count(1, 1, 1, "exact"), group, len(v.drafts) - 1 if one_of else None))
    return k + 1


@rule({
    "سقط قتيل وجريحان بانفجار عبوة ناسفة في مدينة جرابلس شرق حلب": "killed 1 SY02; injured 2 SY02",
    "سقط 11 ضحية بين قتيل وجريح بقصف على سوق شعبي في مدينة إدلب": "killed_or_injured 11 SY07",
    "أعلنت مديرية الصحة تسجيل وفيات جديدة بفيروس كورونا في محافظة إدلب": "deaths 2 (2-?) SY07",
    "قتل 3 مدنيين بقصف على مدينة إدلب، وقالت الشبكة إن جميع ضحايا القصف من المدنيين": "killed 3 civilians SY07",
    "وأشارت المجموعة إلى أن ضحايا الشهر توزعوا: 5 لاجئين قضوا في دمشق، و3 في درعا، ولاجئان قضيا في حماة": "killed 2 (2-?); killed 5 SY01; killed 3 SY12; killed 2 SY05",
    "وأكدت هيئة الصحة أنه لا يوجد حالات وفاة جديدة بفيروس كورونا اليوم": "",
    "وأشار المراسل إلى أن العظام المبعثرة في الموقع تعود لضحايا من النساء والأطفال": "",
    "ووثقت الشبكة مقتل 300 مدني، نصفهم سقطوا ضحايا للقصف الجوي": "killed 300 civilians",
    "سجلت مديرية الصحة 30 إصابة بفيروس كورونا، بينها حالة وفاة": "cases 30; deaths 1",
})
def bare_noun_claim(v: Sentence, k: int) -> int | None:
    """Rule 3: a claim noun standing alone (قتيل, وجريحان, قتلى وجرحى, إصابتين); not a plural
    in construct with a definite word (ضحايا الحرب, جميع ضحايا القصف: what they are of).
    A noun of a state (لاجئان, معتقل) that a death verb follows, or that is joined to a
    claim of the dead, counts the dead (ولاجئان قضيا في حماة). A plural, or the kind of a
    plural of cases (حالات وفاة), after a negation counts nobody (round 40: لا يوجد حالات
    شفاء جديدة read as one recovery). Victims (ضحايا) in the plural after ل, "of victims",
    are spoken of, not counted (تعود لضحايا من النساء; round 48); as the
    subject of their sentence they count (ضحايا مدنيون بينهم ثلاثة أطفال; round 50). A
    singular of cases counts one when recorded, new, listed, what an event resulted in (أسفر
    عن حالة وفاة) or "among" a count (بينها حالة وفاة; round 62); a plural with عدة after
    it is that many (وإصابات عدة)."""
    form = v.noun(k)
    if form is None or not form.noun.claim_type or form.definite or not form.noun.bare:
        return None
    if k >= 1 and v.joined(k) and (has(v.words[k - 1], "totals_blockers") or has(v.words[k - 1], "cues")):
        return None  # عدد القتلى, العدد الكلي لقتلى القصف: a category
    bare = form.noun.bare
    told = number_word_after(v, k + 1) if form.number == "plural" else None  # وإصابات عدة: counted
    if form.number == "plural" and bare != "always" and told is None and not (bare == "recorded" and recorded_at(v, k)
                                                             and not negated_before(v, k - 1)):  # fmt: skip
        return None  # but تسجيل وفيات: some deaths (not دون تسجيل إصابات)
    if form.number == "singular" and bare == "counted":
        return None
    if form.number == "dual_or_plural" and bare != "always":
        return None
    if form.number != "singular" and k + 1 < v.n and v.joined(k + 1) and v.words[k + 1].startswith("ال") \
            and not has(v.words[k + 1], "skip") and v.noun(k + 1) is None:  # fmt: skip
        return k + 1  # ضحايا الحرب, جميع ضحايا العنف: a category named by what it is of, nobody counted
    claim_type, end = resolve_noun_type(v, form, k)
    if claim_type is None:
        return None
    if form.noun.claim_type == "killed_or_injured" and form.number == "plural" and "ل" in form.prefix:
        return end  # تعود لضحايا من النساء: victims spoken of, "of victims", no count (round 48)
    if k >= 1 and v.words[k - 1] in NONE_WORDS:
        return end  # لم تسجل أي حالة وفاة: the words are taken, nobody is counted
    if form.number == "plural" and k >= 1 and v.words[k - 1] in FELL_PLURAL and v.joined(k):
        return end  # 68% منهم سقطوا ضحايا: what the people counted before became
    if (form.number != "singular" or _of_cases(v, k)) and negated_clause(v, k):
        return end  # لم يسفر القصف عن سقوط ضحايا, دون ورود أنباء عن إصابات, لا يوجد حالات وفاة
    if k >= 1 and v.words[k - 1] == AMONG and form.number == "singular":
        return end + 1 if v.noun(end) is not None and v.joined(end) else end  # 11 ضحية بين قتيل وجريح
    if (form.number == "singular" and v.joined(end) and v.words[end][0] not in "وف"
            and match_count(v.words, end) is not None):  # fmt: skip
        return None  # ووفاة 4 أشخاص: the noun is the trigger of the count after it
    if form.number == "singular" and bare == "recorded":
        p = k - 1
        while p >= 0 and v.words[p] in ORDINALS:
            p -= 1
        recorded = p >= 0 and v.joined(p + 1) and has(v.words[p], "recording") \
            and not (p >= 1 and has(v.words[p - 1], "number_blockers"))  # منذ تسجيل أول إصابة: a time
        # أسفر عن حالة وفاة; بينها حالة وفاة (what the count before, or the title's news, holds)
        recorded = recorded or p == k - 1 and (resulted_in_case(v, k, form) or v.words[p] in SUBSET)
        if not recorded and not (end < v.n and new_word(v, end, form)) and not listed_event(v, k, form):
            return None
    count = noun_count(form)
    if count is None:
        return None
    if told is not None:
        count, end = told, end + 1
    group = None
    if form.noun.claim_type == "killed" and form.number == "plural" and and_injured(v, end):
        claim_type, end = "killed_or_injured", end + 1  # of an accident too: قتلى وجرحى بانفجار اسطوانة غاز (round 52)
    if (found := describing_group(v, end, form.number) or of_group(v, end)) is not None:
        group, end = found  # جريح مدني, قتيل وجريحان من الجنود الأتراك
    end = extend(v, end, form)
    if suspected_after(v, end):
        return end
    joined = and_after_last(v, k)  # the claim it is joined to by و, if any
    if claim_type in STATUS_TYPES:  # refugees, detainees: a state, unless they died
        if end < v.n and v.joined(end) and (post := post_at(v, end)) in DEATH_TYPES:
            claim_type, end = post, end + 1  # ولاجئان قضيا في حماة
        elif joined is not None and joined.claim_type in DEATH_TYPES:
            claim_type = joined.claim_type  # (4) لاجئين في درعا، ولاجئان في الغوطة: a list of the dead
        elif (part := breakdown_part(v, k, end)) is not None and (dead := dead_in_breakdown(v, part[0])) is not None:
            claim_type = dead  # توزع الضحايا: ...، ولاجئان في درعا
    parent = parent_for(v, k)
    scope = v.drafts[parent].scope if parent is not None else "new"
    if parent is None and joined is not None and joined.scope == "cumulative" and joined.claim_type != claim_type:
        scope = "cumulative"  # ليبقى إجمالي عدد الإصابات عند 44 إصابة ووفاتين: the total's companion
    if parent is not None and v.drafts[parent].claim_type != claim_type:
        parent = None
    add(v, Draft(k, end, form.prefix, claim_type, scope, count, group, parent))
    return end


@rule({
    "نقل جثامين المتوفين الـ12 إلى مدينة القامشلي بعد حادث سير على طريق الحسكة": "deaths 12 SY08",
    "سجلت مديرية الصحة 22 إصابة جديدة بفيروس كورونا، وتوزعت الإصابات الـ22 بين مدينتي إدلب وسرمدا": "cases 22 SY07; cases 22 SY07",
})
def definite_count_claim(v: Sentence, k: int) -> int | None:
    """Rule 3b: a definite claim noun then "الـ" and a number names its count.

    الإصابات الـ22, المتوفين الـ12 (the ال and the number are two tokens)."""
    form = v.noun(k)
    if form is None or not form.definite or not form.noun.claim_type:
        return None
    if k + 2 >= v.n or v.words[k + 1] != "ال" or not (v.joined(k + 1) and v.joined(k + 2)):
        return None
    hit = match_count(v.words, k + 2)
    claim_type = resolve_noun_type(v, form, k)[0] if hit is not None else None
    if hit is None or claim_type is None:
        return None
    clitic = form.prefix[:-2] if form.prefix.endswith(("ال", "لل")) else form.prefix  # the quote keeps the article
    add(v, Draft(k, hit[1], clitic, claim_type, "new", hit[0], form.noun.group))
    return hit[1]


@rule({
    "سجلت مديرية الصحة ثلاث حالات وفاة وحالة شفاء من فيروس كورونا في محافظة إدلب": "deaths 3 SY07; recoveries 1 SY07",
})
def listed_event(v: Sentence, k: int, form: NounForm) -> bool:
    """An event noun joined by و right after a case, death or recovery count takes the same recording.

    تسجيل ثلاث حالات وفاة وحالة شفاء."""
    last = v.drafts[-1] if v.drafts else None
    return (last is not None and last.last == k and last.claim_type in CASE_TYPES
            and form.prefix.startswith("و") and v.joined(k))  # fmt: skip


def _wound_case(v: Sentence, k: int, form: NounForm) -> int | None:
    """حالة and a word of a grave wound among the injured counted before (بينهم حالة حرجة,
    وحالة بتر after a list of them): that many of them, a part; None elsewhere. Not بحالة
    حرجة, the state of people already counted (أحدهم بحالة حرجة): that prefix never gets here."""
    parent = parent_for(v, k)
    if parent is None and v.drafts and v.drafts[-1].claim_type == "injured" and and_after_last(v, k) is not None:
        parent = v.drafts[-1].subset_of  # بينهم طفل وحالة بتر: the list of parts goes on
    if parent is None or v.drafts[parent].claim_type != "injured" or (count := noun_count(form)) is None:
        return None
    add(v, Draft(k, k + 2, form.prefix, "injured", v.drafts[parent].scope, count, None, parent))
    return k + 2


@rule({
    "قتل 4 مدنيين بينهم طفلان بقصف مدفعي على قرية في ريف حماة الغربي": "killed 4 civilians SY05; killed 2 children SY05 part of 1",
    "قتل ستة مدنيين بينهم امرأتان وطفل بغارة جوية على بلدة في ريف حماة الشمالي": "killed 6 civilians SY05; killed 2 women SY05 part of 1; killed 1 children SY05 part of 1",
    "ارتفعت حصيلة الغارات على البلدة إلى 23 قتيلا. ومن بين القتلى امرأتان": "killed 23 cumulative; killed 2 women cumulative",
    "قتل ستة مدنيين بينهم رجل وشقيقه بغارة جوية على بلدة في ريف حماة الشمالي": "killed 6 civilians SY05; killed 2 SY05 part of 1",
    "وأصيب خمسة مدنيين بينهم حالتان حرجتان بقصف مدفعي على بلدة في ريف إدلب": "injured 5 civilians SY07; injured 2 SY07 part of 1",
    "قتل 11 مدنيا بينهم أطفال وامرأة بقصف جوي على بلدة كفرنبل جنوب إدلب": "killed 11 civilians SY07; killed 1 women SY07 part of 1",
    "ومن بين القتلى قيادي في فصيل محلي": "killed 1 fighters",
})
def subset_noun_claim(v: Sentence, k: int) -> int | None:
    """بينهم طفلان: a singular or dual group noun after "بينهم" is a part of the claim before;
    opening a sentence "among the dead" (ومن بين القتلى امرأتان), it is a part of the sentence
    before's people, with their type and scope, or with no such people before, a claim of the
    type it names (round 66: a paragraph naming a leader among the dead). حالة with a grave wound among the injured
    (بينهم حالة حرجة, حالة بتر) is one of them (rounds 27-28). After a bare plural, which is
    no claim (decision 3), the list goes on: بينهم أطفال وامرأة, the woman is a part (rounds 32-33)."""
    form = v.noun(k)
    if form is None or form.noun.excluded or form.number == "plural":
        return None
    if form.noun.container and "ب" not in form.prefix and k + 1 < v.n and v.joined(k + 1) and has(v.words[k + 1], "wound_states"):
        return _wound_case(v, k, form)  # بينهم حالة حرجة: one of the injured
    if form.noun.claim_type and form.noun.group is None and form.noun.bare != "always":
        return None
    parent = parent_for(v, k)
    if parent is None and form.prefix.startswith("و") and k >= 1 and v.joined(k) and (bare := v.noun(k - 1)) is not None \
            and bare.number == "plural" and not bare.noun.excluded and not bare.definite:  # fmt: skip
        parent = parent_for(v, k - 1)  # بينهم أطفال وامرأة: the bare plural is no claim (decision 3), the woman a part
    if parent is None and not v.drafts and (among := among_counted(v, k)) is not None:
        scope = v.previous_scope if among == v.previous_type else "new"  # (ومن بين القتلى قيادي: alone, the news)
        claim_type, sub, best = among, None, None
    elif parent is None:
        return None
    else:
        base = v.drafts[parent]
        claim_type, scope, sub, best = base.claim_type, base.scope, parent, base.count.best
    count = noun_count(form)
    if count is None:
        return None
    end = extend(v, k + 1, form)
    if best is not None and best < count.best:
        sub = None
    last = v.drafts[-1] if v.drafts else None
    if sub is not None and last is not None and last.subset_of == sub and last.last == k and form.prefix.startswith("و") \
            and gather_family(v, last, form, end, count):  # fmt: skip
        return end  # بينهم أب وابنه: one family among them
    add(v, Draft(k, end, form.prefix, claim_type, scope, count, form.noun.group, sub))
    return end


RESULT_DOER_REACH = 2  # words of the doer between "resulted" and "in" (أسفر الحريق عن)


@rule({
    "وقال الدفاع المدني إن الحريق أسفر عن حالة وفاة في مخيم قرب سرمدا": "deaths 1",
    "اندلع حريق في منزل بمدينة الباب، ما أدى إلى حالة وفاة وثلاث إصابات": "deaths 1; injured 3",
})
def resulted_in_case(v: Sentence, k: int, form: NounForm) -> bool:
    """What an event resulted in comes right before the singular noun of cases at k (أسفر عن
    حالة وفاة, أسفر الحريق عن حالة وفاة, تسبب بحالة وفاة): it is recorded, one death (round 62)."""
    if k < 1 or not v.joined(k):
        return False
    if "ب" in form.prefix:
        return has(v.words[k - 1], "result_words")
    if v.words[k - 1] not in (ABOUT, TO):
        return False
    for q in range(k - 2, max(k - 2 - RESULT_DOER_REACH, -1), -1):  # past its doer: أسفر الحريق عن
        if has(v.words[q], "result_words"):
            return True
        if not v.joined(q + 1):
            return False
    return False


@rule({
    "طفلان قتلا بقصف مدفعي على قرية في ريف حلب الغربي": "killed 2 children SY02",
    "عنصران من قوات النظام قتلا بهجوم لتنظيم الدولة في بادية حمص": "killed 2 fighters SY04",
    "عثر على طفل قتيلا بعد قصف على مدينة أريحا جنوب إدلب": "killed 1 children SY07",
    "وقالت الإدارة إن طفلا واحدا على الأقل قتل بالقصف على قرية في ريف الرقة": "killed 1+ children SY11",
    "وأكد الدفاع المدني أن الطفل توفي غرقا في قناة للري شمال حلب": "deaths 1 children SY02",
})
def post_noun_claim(v: Sentence, k: int) -> int | None:
    """A singular or dual person noun followed by a verb saying what happened (طفلان قتلا).

    Also across "من <armed body>" (عنصران من قوات النظام قتلا), or before a state noun
    (طفل قتيلا). With the article only as the subject of "that" (rule `told_person`: وبينت
    أن الفتى توفي غرقا; set E57, round 70): people the article tells of again, each
    statement a claim."""
    form = v.noun(k)
    if form is None or form.noun.excluded or form.noun.claim_type or form.number == "plural":
        return None
    told = form.definite and k >= 1 and v.words[k - 1] in THAT and v.joined(k)
    if form.definite and not told:
        return None
    end = extend(v, k + 1, form)
    if told and end < v.n and v.joined(end) and v.words[end] in RELATIVE_PRONOUNS:
        end += 1  # أن الفتاتين اللتين اختطفتا: who were kidnapped
    hedge = at_least_suffix(v.words, end)  # طفلا واحدا على الأقل لقي حتفه
    end += hedge
    post = post_at(v, end) if end < v.n and v.joined(end) else None
    if post is None and form.number == "singular" and end < v.n and v.joined(end):
        post = intransitive_post_at(v, end)  # امرأة قتلت وجرح آخرون
    if post is None and (past_body := post_after_body(v, end)) is not None:
        post, end = past_body
    if post is None and form.number == "singular" and (across := singular_verb_across_phrase(v, k, end)) is not None:
        post, end = across  # أن قياديا في "الفرقة الرابعة" (التابعة للنظام) قتل
    if post is None and (exposed := exposed_to(v, k, end)) is not None:
        post = exposed  # تعرض مدني لإصابة بليغة
    if post is None and (joined := persons_before_verb(v, k, end)) is not None:
        return _persons_claims(v, k, end, form, *joined)  # طفلتان ورجل قتلوا
    state = state_noun(v, end) if post is None else (post, end + 1)  # طفل قتيلا
    if state is not None and state[0] == "arrested" and post is None:
        return None  # شابا معتقلا: a detainee's description, counted only after a number (780 طفلا معتقلا)
    count = noun_count(form)
    if state is None or count is None:
        return None
    if post is not None and _object_after(v, state[1]):
        return None  # إن مسلحين اختطفوا شابين: the gunmen did it (round 63)
    if hedge:
        count = Count(count.best, count.best, None, "at_least")
    add(v, Draft(k, state[1], form.proclitics if told else form.prefix, state[0], "new", count, form.noun.group))
    return state[1]


def _of_cases(v: Sentence, k: int) -> bool:
    """The noun at k names the kind of a plural of cases right before it (حالات وفاة)."""
    before = v.noun(k - 1) if k >= 1 and v.joined(k) else None
    return before is not None and before.noun.container and before.number != "singular"


NAME_REACH = 8  # words from a person noun to its verb, over a name, quotes and an age in parentheses
# words of an apposition after the name, to the verb (، النازح من مدينة تلمنس، والبالغ من العمر 25 عاما،)
APPOSITION_REACH = 14


@rule({
    "وأفاد مصدر محلي أن الطفل عمر العلي (12 عاما) قتل برصاص قناص في حي المنشية بمدينة درعا": "killed 1 children SY12",
    "وقالت مصادر إن شابا يدعى \"مازن الخلف\" قتل بانفجار لغم في ريف دير الزور": "killed 1 SY09",
    "وقال مراسلنا إن الشاب سامر العبدو، المنحدر من بلدة كفرنبل، والبالغ من العمر 30 عاما، قضى بقصف مدفعي في ريف إدلب": "killed 1 SY07",
    "وذكر المصدر أن الطفل \"ماهر الحسين\" نازح من قرية في ريف حماة، توفي غرقا في نهر العاصي": "deaths 1 children SY05",
    "وقال ناشطون إن “الشاب خالد الأحمد” النازح من مدينة سراقب شرق إدلب، قضى اليوم بانفجار عبوة ناسفة": "killed 1 SY07",
    "وقالت مصادر إن اللاجئة السورية “سلمى العلي” توفيت بحريق في خيمتها بمخيم الركبان": "deaths 1",
    "وقال مصدر محلي إن المواطن سامر خالد العلي تعرض للخطف في مدينة السويداء": "kidnapped 1 SY13",
    "وذكرت شبكة محلية أن الشقيقين سامي وخالد العمر من بلدة المزيريب قتلا برصاص مجهولين": "killed 2",
})
def named_person_claim(v: Sentence, k: int) -> int | None:
    """A singular or dual person noun, then a name (or two), then a verb saying what happened
    to them (الطفل عمر العلي (12 عاما) قتل, شابا يدعى "مازن الخلف" قتل, الشقيقين سامي وخالد
    العمر قتلا): one person, or two.

    The name is words no rule reads and no function word, or anything in quotes or
    parentheses, at most ``NAME_REACH`` words; an apposition may follow it, opened by a word
    of `descriptors` (، المنحدر من ..., والبالغ من العمر ...،). The verb's object, a count or
    a person, would make the person its doer (المقاتل أحمد قتل 3 عناصر), so then no claim."""
    form = v.noun(k)
    if form is None or form.noun.excluded or form.number not in ("singular", "dual") \
            or form.noun.claim_type and form.noun.claim_type not in STATUS_TYPES or last_verb(v) <= k:  # fmt: skip
        return None  # (a detainee, a refugee is a person too: اللاجئة ... توفيت)
    if form.definite and k >= 1 and v.joined(k) and v.words[k - 1][:2] in ("ال", "لل") and v.noun(k - 1) is None:
        return None  # للدفاع المدني: an adjective of the word before, no person (round 25)
    q, named, enclosed = extend(v, k + 1, form), False, False
    while q < v.n and q - k <= NAME_REACH:
        gap = v.toks.gaps[q]
        opens, closes = any(m in gap for m in "(“«"), any(m in gap for m in ")”»")
        plain = v.joined(q) or enclosed or opens or closes or '"' in gap  # no comma or full stop before it
        enclosed = (enclosed or opens) and not closes
        if '"' in gap:
            enclosed = not enclosed
        if plain and not enclosed and (post := post_at(v, q) or form.number == "singular" and singular_post_at(v, q)):
            return _named_person(v, k, form, q, post) if named else None
        if not (plain and (enclosed or (token_role(v.words[q]) == IRRELEVANT and v.words[q] not in NAME_STOPS))):
            verb = _past_apposition(v, q) if named and not enclosed else None
            return _named_person(v, k, form, *verb) if verb is not None else None
        named, q = True, q + 1
    return None


def _named_person(v: Sentence, k: int, form: NounForm, q: int, post: str) -> int | None:
    """The claim of the named person at k whose verb stands at q, unless an object follows the verb."""
    if _object_after(v, q + 1 + (v.words[q] == ALREADY)):
        return None  # قتل 3 عناصر, قتل مدنيا: the person did it (but قضى اليوم)
    count = noun_count(form)  # الطفل سامي 1, الشقيقان سامي وخالد 2
    if count is None:
        return None
    add(v, Draft(k, q + 1, form.proclitics, post, "new", count, form.noun.group))
    return q + 1


def _object_after(v: Sentence, q: int) -> bool:
    """A count or a person at q, right after a verb: its object, so the people before the
    verb did it (مسلحين اختطفوا شابين, المقاتل أحمد قتل 3 عناصر)."""
    if q >= v.n or not v.joined(q) or has(v.words[q], "skip") or v.words[q] == ON or v.opens_phrase(q):
        return False  # (على folds to the name علي)
    form = v.noun(q)
    return may_start_count(v.words[q]) or form is not None and not form.noun.excluded and form.prefix in ("", "ال")


def _past_apposition(v: Sentence, q: int) -> tuple[int, str] | None:
    """(index, type) of the verb past an apposition opened at q by a word of `descriptors`,
    after the name or a comma: no other verb, event or clause opener in it, a comma at most
    before the verb."""
    if strip_clitics(v.words[q], DESCRIPTORS) is None or not v.may_pass(q):
        return None
    for p in v.outside_asides(q + 1, min(q + APPOSITION_REACH, v.n)):
        w = v.words[p]
        if (post := post_at(v, p) or singular_post_at(v, p)) is not None:
            return (p, post) if v.may_pass(p) else None
        if v.toks.barrier(p) and not (v.may_pass(p) and strip_clitics(w, DESCRIPTORS) is not None):
            return None  # a comma goes on only to another description (، والبالغ من العمر)
        if trigger_word(w) is not None or has(w, "clause_openers"):
            return None
    return None


# How far before an event noun with a pronoun the word of result may stand (ما أسفر عن مقتله).
RESULT_REACH = 3


@rule({
    "وأطلق مسلحون مجهولون النار على رئيس المجلس المحلي في بلدة المسيفرة، ما أسفر عن مقتله": "killed 1",
    "واستهدف قناص مقاتلا من الفصائل غرب مدينة تلبيسة، ما أدى لمقتله على الفور": "killed 1",
    "وأطلق مجهولون النار على الشابين في مدينة الصنمين بريف درعا، ما أسفر عن مقتلهما": "killed 2 SY12",
    "وأطلق مجهولون النار على قيادي سابق في الفصائل قرب مدينة طفس، ما أدى لإصابته بجروح": "injured 1",
    "وأضاف أن القذيفة أدت لمقتل طفل، حيث أصابته شظية في رأسه، ما أدى لوفاته": "killed 1 children",
})
def pronoun_victim_claim(v: Sentence, k: int) -> int | None:
    """An event noun with the pronoun of one or two persons (لمقتله, عن إصابتها, مقتلهما)
    after a word of result (`result_words`: أسفر, أدى, تسبب) up to ``RESULT_REACH`` words
    before it: what the attack did to the person the sentence named before, 1 (or 2), unless
    the sentence counted that person so already (أدت لمقتل طفل ... ما أدى لوفاته). Its
    place is its own clause's, as for any claim: the person's, named before the comma, is not
    read (docs/rules.md, "places")."""
    hit = pronoun_event(v.words[k])
    if hit is None or k < 1 or not v.joined(k):
        return None
    trig, clitic, persons = hit
    if not any(has(v.words[p], "result_words") for p in range(max(v.consumed, k - RESULT_REACH), k)):
        return None
    if k + 1 < v.n and v.joined(k + 1) and v.words[k + 1][:1] == "و" and v.noun(k + 1) is not None:
        return None  # إصابته ومرافقيه: a count of its own, read by another rule
    claim_type = case_type(v, trig.claim_type, k)
    if any(d.claim_type == claim_type and d.count.best == persons for d in v.drafts):
        return k + 1  # أدت لمقتل ابنه ... ما أدى لوفاته: the person is counted already
    add(v, Draft(k, k + 1, clitic, claim_type, "new", Count(persons, persons, persons, "exact"), None))
    return k + 1


@rule({
    "وأعلن الأمن العام اعتقال سوريين اثنين بتهمة الانتماء إلى خلية": "arrested 2",
    "وقتل مدنيون ثلاثة بقصف مدفعي على بلدة في ريف إدلب": "killed 3 civilians SY07",
    "وأصيب مدنيون عدة بقصف مدفعي على بلدة في ريف إدلب": "injured 3 (3-9) civilians SY07",
    "أسفر الحادث عن حالتي وفاة وإصابات عدة على طريق حلب": "deaths 2 SY02; injured 3 (3-9) SY02",
})
def number_word_after(v: Sentence, k: int) -> Count | None:
    """The count of a number word at k right after an indefinite plural, with no noun of its
    own after it (سوريين اثنين, مدنيون ثلاثة, and the vague عدة: إصابات عدة, round 62): the
    plural's own number, not the count of another noun the plural would be the doer of
    (round 53)."""
    if k >= v.n or not v.joined(k) or is_digits(v.words[k]) or not may_start_count(v.words[k]):
        return None
    hit = match_count(v.words, k)
    if hit is None or hit[1] != k + 1 or (hit[0].precision != "exact" or hit[0].best < 2) and v.words[k] != SEVERAL:
        return None
    return hit[0] if hit[1] >= v.n or not v.joined(hit[1]) or v.noun(hit[1]) is None else None


# Rule `lives_taken`: the subject between أودى and بحياة may be an event and where it struck
# (أودى تصاعد القصف على مناطق سكنية جنوبي سوريا بحياة ...; round 70): at most this many words.
LIVES_REACH = 9


@rule({
    "وأودى انفجار لغم أرضي بحياة طفل في ريف إدلب الجنوبي": "killed 1 children SY07",
    "وأودى تجدد القصف المدفعي على أحياء سكنية شرقي المدينة بحياة طفلين": "killed 2 children",
})
def lives_taken(v: Sentence, t: int, k: int) -> int | None:
    """The index after "the lives of" (`lives_of`: بحياة) when it follows a verb of taking
    at t (أودى, أودت) past its subject, at most ``LIVES_REACH`` words, in its clause: the
    victim stands after it (أودى الانفجار بحياة طفل; round 52). The phrase أودى بحياة is a
    trigger of its own."""
    if not v.mentions("lives_of") or strip_clitics(v.words[t], TAKING_VERBS) is None:
        return None
    for q in range(k, min(k + LIVES_REACH, v.n - 1)):
        if not v.joined(q) or trigger_word(v.words[q]) is not None or may_start_count(v.words[q]) and match_count(v.words, q) is not None:
            return None  # (على may open a count, على الأقل; here it says where the event struck)
        if v.words[q] in LIVES_OF:
            return q + 1 if v.joined(q + 1) else None
    return None


@rule({
    "استجابت الفرق لـ 30 حريقا في المخيمات أصيب فيها مدنيان بحروق": "injured 2 civilians",
    "انفجرت عبوة ناسفة في سوق المدينة، قتل على إثرها طفل": "killed 1 children",
})
def event_pronoun_after(v: Sentence, k: int) -> int | None:
    """The index after a phrase pointing back at the event (`event_pronouns`: فيها, خلالها,
    جراءها, على إثرها) at token k, right after a verb: its victim stands after it (round 52:
    fires in which two civilians were hurt, a blast after which a child was killed)."""
    if k < v.n and v.words[k] == ON and k + 1 < v.n and v.joined(k + 1):
        k += 1  # على إثرها
    return k + 1 if k + 1 < v.n and v.joined(k) and v.joined(k + 1) and v.words[k] in EVENT_PRONOUNS else None


def _past_time(v: Sentence, k: int, last: int) -> tuple[int, int | None]:
    """From token k, past a time after a verb or its doer: words of a date joined to it (up
    to token ``last``), then a time set off by commas (، أمس السبت،) or the comma that closes
    the date (قضى أمس الأربعاء، مدنيان). The token after the time, and that token again when
    a comma set the time off (the victim may stand past the comma), else None."""
    dated = k
    if k + 1 < v.n and v.words[k] == DURING and v.joined(k) and v.joined(k + 1) and v.in_date(k + 1):
        k += 1  # قتل خلال اليومين الماضيين لاجئان: "during" opens the time
    while k < v.n and v.joined(k) and v.in_date(k) and k <= last:
        k += 1
    aside = _time_aside_after(v, k)
    if aside is None and k > dated and k < v.n and v.comma_before(k):
        aside = k
    return aside or k, aside


def _time_aside_after(v: Sentence, k: int) -> int | None:
    """A time set off by commas from token k on (، أمس السبت،; ، في 14 تشرين الأول 2016،): the
    index after it, else None."""
    if not (k < v.n and v.comma_before(k)):
        return None
    if v.words[k] == IN and k + 1 < v.n and v.joined(k + 1):
        k += 1  # ، في 14 تشرين الأول،
    if not v.in_date(k):
        return None
    for q in range(k + 1, min(k + 7, v.n)):
        if v.comma_before(q):
            return q
        if not ((v.joined(q) or v.toks.gaps[q].strip() in DASHES) and v.in_date(q)):
            return None  # a night between two days goes on past its dash: ليل الاثنين - الثلاثاء
    return None


def _dated(v: Sentence, q: int) -> bool:
    """The number at q is a date's or a time's: a word of `number_blockers` or a time word before it (يوم 8)."""
    return q >= 1 and (has(v.words[q - 1], "number_blockers") or has(v.words[q - 1], "skip"))


def _persons_claims(v: Sentence, k: int, end: int, form: NounForm, chain: list[tuple[int, int, Count, str | None]], post: str, verb: int) -> int:
    """A claim for the person at k and for each person joined to it, all of the verb's type;
    the index after the verb."""
    count = noun_count(form)
    head = Draft(k, end, form.prefix, post, "new", count, form.noun.group) if count is not None else None
    for first, last, joined_count, group in chain:
        if head is not None and (joined := v.noun(first)) is not None \
                and (gather_family(v, head, joined, last, joined_count) or gather_ranks(v, head, joined, last, joined_count)):  # fmt: skip
            continue  # رجلا وابنه قتلا, قائدا ومقاتلا قتلا: one claim
        if head is not None:
            add(v, head)
        head = Draft(first, last, "و", post, "new", joined_count, group)
    if head is not None:
        add(v, head)
    v.consumed = verb + 1  # the verb is theirs: وجرح after it starts another claim
    return v.consumed


@rule({
    "قتل طفل وامرأة بقصف مدفعي على قرية في ريف حلب الغربي": "killed 1 children SY02; killed 1 women SY02",
    "قتل رجل وأطفاله الثلاثة بغارة جوية على بلدة في ريف إدلب الجنوبي": "killed 1 SY07; killed 3 children SY07",
    "قتل عدد من المسعفين وآخرون مدنيون بغارة على مشفى في ريف إدلب": "killed 2 (2-?) medical_workers SY07; killed 2 (2-?) civilians SY07",
    "وأصيبت امرأة وأطفالها بقصف مدفعي على قرية في ريف حماة": "injured 1 women SY05; injured 2 (2-?) children SY05",
    "قتل عدد من المدنيين وعناصر من الشرطة بانفجار سيارة مفخخة في مدينة الرقة": "killed 2 (2-?) civilians SY11; killed 2 (2-?) fighters SY11",
    "انفجرت عبوة ناسفة في مدينة درعا وخلفت قتيلا من قوات النظام وآخر أصيب بجروح": "killed 1 fighters SY12; injured 1 SY12",
    'قتل الشاب "سامر الحلبي" والسيدة "هند الخطيب" بقصف على مدينة تلبيسة': "killed 1; killed 1 women",
})
def coordinated_noun_claim(v: Sentence, k: int) -> int | None:
    """A person noun joined by و to the claim before is a claim of the same type, unless a verb
    right after it says another thing befell it (خلفت قتيلا وآخر أصيب بجروح; round 53).

    A singular or dual noun (مقتل طفل وامرأة), a plural with a pronoun and its number
    (مقتل رجل وأطفاله الثلاثة; without one, two or more: وأطفالها), or "others" with their group (قتل عدد من الممرضين وآخرون
    مدنيون: two or more; not after "some of them": بعضهم مطلوبون وآخرون, the same people),
    or a plural of an armed body (قتل عدد من المدنيين وعناصر من الشرطة:
    two or more fighters; round 32, three in SMART's set)."""
    last = coordinated_with(v, k)
    form = v.noun(k)
    if last is None or form is None or form.noun.excluded or form.noun.claim_type:
        return None
    if not form.prefix.startswith("و") and v.words[k - 1] not in ("و", WITH):
        return None
    if form.number == "dual_or_plural" and k >= 2 and v.words[k - 2] == FROM and (kind := v.noun(k - 1)) is not None and kind.number != "singular":
        return None  # بمئات الأشخاص من مدنيين ومقاتلين: what the count is made of, plurals (round 59)
    group, prefix = form.noun.group, form.prefix
    count: Count | None
    if form.number == "plural" and form.definite and "ال" not in form.prefix:
        # سيدة وأطفالها: her children, how many unsaid, two or more (round 25)
        count, end = number_after(v, k + 1) or (Count(2, 2, None, "vague"), k + 1)
    elif form.number == "plural" and not form.definite and has(v.words[k], "others") \
            and not any(has(v.words[q], "some") for q in range(last.last, k)):  # fmt: skip
        count, end = noun_count(form), k + 1  # وآخرون مدنيون: more people, two or more
        if (found := describing_group(v, end, form.number) or of_group(v, end)) is not None:
            group, end = found
    elif form.number == "plural" and not form.definite and last.claim_type in VIOLENCE_TYPES and armed_body_at(v.words, k + 1) is not None:
        count, group, end = noun_count(form), "fighters", k + 1  # قتل عدد من المدنيين وعناصر من الشرطة: two or more fighters
    elif form.number == "singular" and form.definite and (named := quoted_name(v, k + 1) or given_name(v, k + 1)) is not None:
        count, end = noun_count(form), named  # مقتل الطفلة "ريم العلي" والسيدة "هند الخالد": a named person (round 55)
        prefix = form.proclitics  # the quote keeps the article: السيدة "هند الخالد"
    elif form.number == "plural" or form.definite:
        return None
    else:
        count, end = noun_count(form), extend(v, k + 1, form)
    if count is None:
        return None
    own = (singular_post_at(v, end) if form.number == "singular" else post_at(v, end)) if end < v.n and v.joined(end) else None
    if own is not None and own != last.claim_type:  # قتيلا وآخر أصيب بجروح: the verb after it says what befell it
        add(v, Draft(k, end + 1, prefix, own, last.scope, count, group))
        return end + 1
    if gather_family(v, last, form, end, count) or gather_ranks(v, last, form, end, count):
        return end  # مقتل رجل وزوجته, مقتل قيادي وعنصر: one claim
    add(v, Draft(k, end, prefix, last.claim_type, last.scope, count, group))
    return end


@rule({
    "قتل طفل وجرح سبعة مدنيين بقصف مدفعي على بلدة التمانعة جنوب إدلب": "killed 1 children SY07; injured 7 civilians SY07",
    "قصفت قوات النظام مدينة جسر الشغور دون تسجيل إصابات في صفوف المدنيين": "",
})
def run(v: Sentence) -> list[Draft]:
    """Read the sentence left to right, a rule at each token: the claims it holds, as drafts.

    At a count phrase rule 1 (:func:`count_claim`), elsewhere the rules of ``NOUN_RULES``
    in turn (the first that reads a phrase wins); words no rule needs are skipped."""
    roles = list(map(token_role, v.words))
    i = 0  # the first token no rule has read yet
    # IRRELEVANT is 0: compress skips the words no rule starts at in C (most words); the
    # tokens a rule has read (before i) are passed over
    for k in compress(range(v.n), roles):
        if k < i:
            continue
        role = roles[k]
        # a count out of range is read whole too: its claim is dropped (add), none of its words is read again
        if role == COUNT_START:
            if (hit := read_count(v.words, k)) is not None:
                i = count_claim(v, k, hit[1], hit[0])
                continue
            role = rule_role(v.words[k])  # no count read here (نحو, عدد alone): maybe a noun rule's word
        if role != RULE_START:
            continue  # a word that names things, or a count word that starts no count and no rule
        for rule in _rules_at(v.words[k]):  # noqa: F402 (a local name; the @rule decorator is used at import)
            if (end := rule(v, k)) is not None:
                i = end
                break
    return v.drafts


KNOWN_REACH = 24  # words of the names after "of whom are known" (عرف منهم الشاب X والشاب Y ومحمد Z)
MOST_NAMED = 10  # more names than this are a list the rule does not count


@rule({
    "واعتقلت الدورية خلال الحملة عدة شبان، عرف منهم “سامر العلي”، و“خالد العمر”": "arrested 3 (3-9); arrested 2",
    "وشنت قوات الأمن حملة اعتقالات طالت عشرة أشخاص عرف منهم الشاب سامر العلي والشاب خالد العمر ومازن الحسن": "arrested 10 people; arrested 3 part of 1",
})
def known_names_claim(v: Sentence, t: int) -> int | None:
    """"Of whom are known" (`known_of` + منهم: عرف منهم) then names, after a claim: the named
    people are a claim of its type and scope, and its part when it counts at least as many
    and not vaguely (rounds 47-48: every such list annotated so). A name begins the list or
    after و (a name of two words is one person: سامر العلي, والشاب خالد العمر), or is quoted
    after a comma. The list ends at a clause break, a number, a trigger or a word a rule
    reads (a name that is also a word, ياسر or علي, before its surname, is read as a name)."""
    if not v.drafts or v.lasts[-1] > t or t + 2 >= v.n or not v.joined(t + 1):
        return None
    q = t + 1
    if v.words[q] == FROM and v.joined(q + 1) and v.words[q + 1] in KNOWN_OF_THEM:
        q += 1  # عرف من بينهم
    if v.words[q] not in KNOWN_OF_THEM:
        return None
    q += 1
    names, first = 0, q
    while q < v.n and q - t <= KNOWN_REACH:
        w, gap = v.words[q], v.toks.gaps[q]
        quoted = any(m in gap for m in OPENING_QUOTES)
        if q > first and not v.joined(q) and not (v.comma_before(q) and (w[:1] == "و" or quoted)):
            break  # a clause ends the list, but ، و“Y” goes on
        person = (form := v.noun(q)) is not None and form.number == "singular" and not form.noun.excluded and not form.noun.claim_type
        role = token_role(w)
        if role == COUNT_START and read_count(v.words, q) is None:
            role = rule_role(w)  # (علي, a name, folds as على, which may start a count)
        if role == RULE_START and not person and v.noun(q) is None and q + 1 < v.n and v.joined(q + 1) \
                and token_role(v.words[q + 1]) == IRRELEVANT:  # fmt: skip
            role = IRRELEVANT  # a name that is also a verb (ياسر, folded يأسر), its surname after it
        if role != IRRELEVANT and not person or has(w, "clause_openers") or w in NAME_STOPS and w not in (ON, "و"):
            break
        if q == first or w[:1] == "و" and w[:2] != "وو" or quoted and not v.joined(q):
            names += 1  # a name starts: first, after و (ومحمد, والشاب, و “Y”), or quoted after a comma
        q += 1
    if not 0 < names <= MOST_NAMED:
        return None
    last = v.drafts[-1]
    part = len(v.drafts) - 1 if last.count.best is not None and last.count.best >= names and last.count.precision != "vague" else None
    add(v, Draft(t, q, "", last.claim_type, last.scope, Count(names, names, names, "exact"), None, part))
    return q


# Rules 2 and 3 (and 3b), in the order they are tried at a token where no count phrase starts.
NOUN_RULES = (trigger_noun_claim, died_of_wounds_claim, subset_noun_claim, coordinated_noun_claim,
               named_victims_claim, definite_count_claim, bare_noun_claim, post_noun_claim, named_person_claim,
               pronoun_victim_claim, known_names_claim)  # fmt: skip


@lru_cache(maxsize=1 << 16)
def _rules_at(token: str) -> tuple[Callable[[Sentence, int], int | None], ...]:
    """The rules of ``NOUN_RULES`` that can read a phrase starting at this token, in order:
    a trigger's rule at a trigger (or a phrase trigger's first word), the pronoun rule at an
    event noun with its pronoun, the named victims' rule at a definite plural claim noun
    (القتلى هم), the others at a noun; each other rule answers None there at once (memoized:
    the vocabulary is small)."""
    form = cached_noun_form(token)
    is_noun = form is not None
    starts = {trigger_noun_claim: trigger_word(token) is not None or has(token, "phrase_firsts"),
              died_of_wounds_claim: has(token, "died_one") or has(token, "died_two"),
              pronoun_victim_claim: pronoun_event(token) is not None,
              known_names_claim: has(token, "known_of"),
              named_victims_claim: form is not None and form.definite and form.noun.claim_type is not None and form.number != "singular"}
    return tuple(r for r in NOUN_RULES if starts.get(r, is_noun))
