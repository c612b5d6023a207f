"""Claims: the counts of people (or of disease cases) that a text asserts.

``find_claims(text)`` splits the text into sentences, reads each sentence as folded
tokens and applies a small grammar (CONTRACT "claims" and "From Arabic to numbers"):

1. **A count phrase** (:func:`syria_news.numbers.match_count`) is a claim when something
   says what it counts: a claim noun after it (``5 قتلى``, ``65 إصابة``, ``خمس حالات شفاء``),
   a trigger right before it (``مقتل 9 مدنيين``, ``قضى 5``, ``وجرح تسعة آخرين``; time
   words may stand between), a verb right after its noun (``3 مدنيين قتلوا``), a
   "بينهم" before it (a part of the claim before), or a running-total cue
   (``ليرتفع العدد إلى 12``) whose type comes from a claim noun between cue and number
   or else from the previous claim. A count before a thing that is never people
   (families, vehicles, days, money ... ``nouns.toml`` [excluded]) is no claim.
2. **A trigger with a noun but no number** counts by the noun's grammatical number:
   ``مقتل طفل`` 1, ``جرح طفلين`` 2, ``مقتل مقاتلين`` 2 (dual or plural: read as dual),
   ``وجرح آخرون`` (indefinite plural) 2 vague.
3. **A bare claim noun** counts by its number too: ``قتيل`` 1, ``وجريحان`` 2,
   ``قتلى وجرحى`` one killed_or_injured claim, 2 vague. Event nouns (إصابة, حالة, وفاة,
   شفاء) count alone only when dual (``إصابتين``), after a recording word, before
   "جديدة" (``تسجيل إصابة جديدة``) or joined by و to a case, death or recovery count
   (``أربع حالات وفاة وحالة شفاء``); a definite plural (``الجرحى``) is a category.

Decisions the contract left open (also in the module's tests):

* ``quote`` runs from the trigger (or the qualifier/number, or the running-total cue)
  to the counted noun and the words that belong to it (``قائد عسكري``, ``جديدة``,
  ``حتفهما``); clitics glued in front of the first word (و ف ب ل) are left out:
  ``وجرح سبعة مدنيين`` gives the quote ``جرح سبعة مدنيين``.
* ``ضحايا`` is killed_or_injured. ``وفاة``/``توفي`` is always ``deaths``.
* ``إصابة``/``أصيب``/``مصاب`` is ``cases`` when the sentence names a disease, ``injured``
  when it names violence (قصف, انفجار ...), else ``cases`` if the text names a disease.
  ``حالة`` alone is a case only in a disease context. ``disease`` is set on cases,
  deaths and recoveries in a disease context (``covid-19``, ``cholera`` ...).
* Persons with no contract group (شاب, رجل, مواطن, ناشط, آخرين) give victim_group null;
  "N من قوات/الفصائل/تنظيم..." counts fighters; a possessed plural (عناصرها) is its noun.
* A phrase joined by و to the claim before it in the same clause (``مقتل طفل وامرأة``,
  ``مقتل 8 عناصر من قوات النظام و3 من الفصائل``) is a claim of the same type; the doer of
  an active verb (``قتلت قوات النظام 4``, ``اختطف مسلحون مجهولون طبيبا``) is skipped.
* A running total goes on over a comma: ``ليرتفع عدد الوفيات إلى 9، وعدد الإصابات إلى 200``.
* ``عدد من`` and ``العديد من`` are 2 vague (no upper bound); ``بضعة``/``عدة`` 3-9.
* A "بينهم" claim takes the type and scope of the claim before it in the sentence; its
  ``subset_of`` is left null when that claim's best count is smaller.
* attribution: a trailing parenthesis of the sentence (not a media label like
  ``(فيديو)``), else the source after قال/أفاد/بحسب/وفق/نقلا عن... when it starts with a
  source word (مصدر, ناشطون, الدفاع المدني ...), as written.
* A count past ``numbers.MAX_COUNT`` (2**63 - 1, the Int64 maximum), itself or after a
  scale word, "أكثر من" or an "exceeds" cue, is read whole and its claim dropped: no
  claim, no overflow, and no claim from a part of it (``numbers`` module docstring).
* Any ``str`` is read; lone surrogates are no text (``text`` module docstring) and give
  the claims the text gives without them. In :func:`extract_claims`' frame each one in a
  quote, place or attribution is U+FFFD (UTF-8 cannot hold it): offsets still index the
  text given.
* **Linear time.** A scraped page can be one "sentence" of hundreds of KB with no full
  stop. Over-long sentences are not cut (a cut would move clause ends and change claims);
  instead every rule reads a bounded window around its token. Walks back over a clause
  that words could make unbounded (a negation over a list of nouns, a running total
  going on) stop after ``CLAUSE_REACH`` tokens, more than any news clause needs; what
  would be sought again for each claim is looked up once per sentence (a breakdown verb
  and بين/على before each token, "new" cases); a claim's clause for its place is walked
  back only to the claim before it, and forward only to the next one. So the time grows
  linearly with the text, which ``benchmarks/long_text.py`` checks on pathological
  shapes (long runs of claims, numbers, commas, places, parentheses, sources ...).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, fields

import polars as pl

from syria_news.attribution import sentence_attribution
from syria_news.claim_words import (
    ACTORS,
    AMONG_WORDS,
    ARABIC_WORD,
    ARMED_BODIES,
    CLAIM_WORDS,
    COMPRISING,
    COUNT_START,
    DISEASE_WORDS,
    DISEASES,
    IRRELEVANT,
    MEDICAL_BODIES,
    MEDICAL_FIRSTS,
    MEMBER_NOUNS,
    NEUTRAL_DEATHS,
    NEW_WORDS,
    NONE_WORDS,
    OF_THEM,
    ONE_OF_THEM,
    ORDINALS,
    PHRASE_ENDS,
    PHRASE_HEADS,
    PHRASE_TRIGGERS,
    POST_TRIGGERS,
    RANKS_WORDS,
    REACH,
    RELATIVE_PRONOUNS,
    RELATIVES,
    SUBSET,
    TOTAL_CUES,
    UNKNOWN_DOERS,
    Tokens,
    Trigger,
    cached_noun_form,
    claim_type_of,
    has,
    strip_clitics,
    tags,
    token_role,
    trigger_word,
)
from syria_news.numbers import (
    Count,
    NounForm,
    at_least_suffix,
    by_number,
    change_start,
    count_clitic,
    in_range,
    match_count,
    may_start_count,
    noun_count,
    read_count,
)
from syria_news.places import PlaceMention, clause_governorate, folded_sentence_place
from syria_news.text import Folded, fold, fold_word, has_surrogates, storable


@dataclass(frozen=True, slots=True)
class Claim:
    """One count stated in a text (CONTRACT table ``claims``, without ids)."""

    span_start: int
    span_end: int
    quote: str
    claim_type: str
    scope: str
    count_low: int | None
    count_best: int
    count_high: int | None
    precision: str
    victim_group: str | None
    disease: str | None
    place: str | None
    governorate_pcode: str | None
    attribution: str | None
    subset_of: int | None  # index in the returned list of the claim this one is part of


CLAIM_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
_INT_COLUMNS = {"span_start", "span_end", "count_low", "count_best", "count_high", "subset_of"}
CLAIM_SCHEMA = {c: (pl.Int64 if c in _INT_COLUMNS else pl.String) for c in CLAIM_COLUMNS}

_CASE_TYPES = {"cases", "deaths", "recoveries"}
_OR = fold_word("أو")  # "or", joining the nouns a negation covers
_IN = fold_word("في")  # "in", before the place of a part of a breakdown
_BETWEEN_ON = frozenset({fold_word("بين"), fold_word("على")})  # "between", "over": before its places
_STATE_TYPES = {"killed", "injured", "missing"}  # nouns that say the state people ended in (قتلى, مفقودا)
# The most tokens a rule walks over, back or ahead, from the token it reads, where the words
# between may otherwise run on to the sentence's ends (module docstring, "linear time").
CLAUSE_REACH = 64


# Sentence ends: . ! ? and newlines, and the " - HH:MM" that closes a ticker item; a dot
# between digits (92.924) is a separator. One character class finds the candidates.
_END_CANDIDATE = re.compile(r"[-.!?\n]")
_TICKER_TIME = re.compile(r"\s\d{1,2}:\d{2}")
# Marks that fold away but belong to the word before them (tanwin of قتيلاً, tatweel).
_WORD_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]*")


# --- the sentence grammar ------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    first: int  # token indices, inclusive / exclusive
    last: int
    clitic: str  # clitics to leave out of the quote's first token
    claim_type: str
    scope: str
    count: Count
    group: str | None
    subset_of: int | None = None  # index among the sentence's drafts
    share: bool = False  # read as "<trigger> of them N" (توفي منهم 200)


class _Sentence:
    """Claims of one sentence, from its folded tokens."""

    def __init__(self, toks: Tokens, ftext: str, disease: str | None, text_disease: _TextDisease,
                 previous_type: str | None) -> None:  # fmt: skip
        self.toks = toks
        self.ftext = ftext
        self.words = toks.words
        self.n = len(toks)
        self.disease = disease
        self._recoveries: bool | None = None
        self._new_cases: bool | None = None
        self._breakdown_marks: tuple[list[int], list[int]] | None = None
        self._mentions: frozenset[str] | None = None
        self._text_disease = text_disease
        self.previous_type = previous_type
        self.drafts: list[_Draft] = []
        # each draft's last, increasing: a rule at token i adds a draft ending after i, and the
        # run goes on from its end (bisected by breakdown_part)
        self.lasts: list[int] = []
        self.consumed = 0  # tokens before this index belong to a claim already
        # (trigger, end) of the last count of things (families...) that had a trigger: a
        # count of people right after it is the trigger's too (نزوح 400 عائلة تضم 2000 شخص)
        self.carried: tuple[tuple[str, int, str], int] | None = None

    # --- helpers ---
    @property
    def violence(self) -> bool:
        """The sentence names violence (قصف, انفجار ...): an إصابة in it is an injury."""
        return self.mentions("violence")

    @property
    def recoveries(self) -> bool:
        """The sentence counts recoveries: only disease bulletins do, so its إصابة are cases."""
        if self._recoveries is None:
            self._recoveries = any(claim_type_of(w) == "recoveries" for w in self.words)
        return self._recoveries

    @property
    def new_cases(self) -> bool:
        """The sentence counts "new" إصابات (ثماني إصابات جديدة): a bulletin's word for cases."""
        if self._new_cases is None:  # looked up once: every إصابة of the sentence asks
            words = self.words
            self._new_cases = any(has(words[q + 1], "new_cases") and has(words[q], "case_words") for q in range(self.n - 1))
        return self._new_cases

    def mentions(self, tag: str) -> bool:
        """Some word of the sentence is in the word list ``tag`` (accident, health ...)."""
        if self._mentions is None:  # every list any word is in, gathered once
            self._mentions = frozenset().union(*map(tags, self.words))
        return tag in self._mentions

    def noun(self, k: int) -> NounForm | None:
        return cached_noun_form(self.words[k]) if k < self.n else None

    def joined(self, k: int) -> bool:
        """Token k follows the one before it within the clause."""
        return k < self.n and not self.toks.barrier(k)

    def trigger_at(self, k: int) -> tuple[Trigger, str] | None:
        hit = trigger_word(self.words[k])
        if hit is not None:
            return hit
        if not has(self.words[k], "phrase_firsts"):
            return None
        for phrase, trig in PHRASE_TRIGGERS.items():
            if self.words[k + 1 : k + len(phrase)] == list(phrase[1:]):
                first = strip_clitics(self.words[k], {phrase[0]})
                if first is not None:
                    return trig, first[0]
        return None

    def needs_met(self, trig: Trigger, k: int) -> int | None:
        """For idioms (لقي ... حتفه): the index of the needed word, else None."""
        for j in range(k, min(k + 5, self.n)):
            if self.words[j] in trig.needs:
                return j
        return None

    def trigger_before(self, i: int) -> tuple[str, int, str] | None:
        """(type, first token, clitic) of a trigger governing a count starting at i."""
        p = i - 1
        while p >= 0 and self.joined(p + 1) and has(self.words[p], "skip") and i - p <= 2:
            p -= 1
        actors = p  # قتلت قوات النظام 4 مدنيين: the doer between verb and count
        while actors >= 0 and self.joined(actors + 1) and self.words[actors] in ACTORS and p - actors < 3:
            actors -= 1
        if actors < p and actors >= self.consumed and self.joined(actors + 1):
            hit = self.word_trigger(actors)
            if hit is not None and hit[2] in ("", "و", "ف"):
                return hit
        if p < 0 or not self.joined(p + 1) or p < self.consumed:
            return None
        if self.words[p] in REACH and p >= 1 + self.consumed and self.joined(p):  # اعتقالات طالت 20
            return self.word_trigger(p - 1)
        start = p
        if self.words[p] in PHRASE_ENDS:  # ألقت القبض على
            for phrase, trig in PHRASE_TRIGGERS.items():
                s = p - len(phrase) + 1
                if s >= self.consumed and self.words[s + 1 : p + 1] == list(phrase[1:]):
                    first = strip_clitics(self.words[s], {phrase[0]})
                    if first is not None:  # يودي بحياة: killed, or a death in an accident
                        return self.case_type(trig.claim_type, s), s, first[0]
        found = self.trigger_at(start)
        if found is None or found[0].length != 1:
            return None
        trig, clitic = found
        if trig.needs and self.needs_met(trig, i) is None:
            return None
        claim_type = trig.claim_type
        # مقتل وجرح: a killed trigger joined to an injured one is not separable
        if claim_type == "injured" and clitic.startswith("و") and start >= 1 + self.consumed and self.joined(start):
            before = self.trigger_at(start - 1)
            if before is not None and before[0].claim_type == "killed":
                return "killed_or_injured", start - 1, before[1]
        return self.case_type(claim_type, start), start, clitic

    def trigger_across_phrase(self, i: int) -> tuple[str, int, str] | None:
        """(type, first token, clitic) of a trigger that reaches a count of people at i over
        what may stand between a verb and its object: the doer (actor words), time words and
        short prepositional phrases, each a head and at most three more words (قتل في الهجوم 4
        عناصر, اعتقلت قوات النظام خلال الأسبوع الماضي 12 شابا, ألقت القبض خلال الأسبوع على 12).
        Commas may set off a time or a source (اعتقلت الشرطة، بحسب ناشطين، 5 أشخاص). Nothing
        between may be a count, a trigger, a person, a relative or another clause break."""
        loose = 0  # words seen (walking back) that still wait for their phrase head
        h = i - 1
        while h >= max(self.consumed, i - 14):
            if not self.joined(h + 1):
                if not self.comma_before(h + 1) or loose:
                    return None
                if (aside := self.aside_before(h)) is not None:
                    h = aside  # ، بحسب ناشطين ،: a source set off by commas
                    continue
            w = self.words[h]
            if (hit := self.split_phrase(h, i)) is not None:
                return hit
            if loose > 3:
                return None
            if h < i - 1 and (hit := self.word_trigger(h)) is not None:
                return hit if self.reaches_on(hit) and not loose else None
            person = cached_noun_form(w)
            if w == "ال":
                pass  # الـ48: the article cut off by a tatweel
            elif w in PHRASE_HEADS or (w.startswith("ب") and len(w) > 3 and not person and not may_start_count(w)):
                loose = 0  # في, خلال ... or a word with ب glued (بقصف, بريف, بمدينة)
            elif loose and may_start_count(w) and (things := self.noun(h + 1)) is not None and things.noun.excluded:
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

    def percent_after(self, j: int) -> bool:
        """A percent sign or word follows the number ending before token j: 18%, 18 في المئة,
        18 بالمئة."""
        if self.ftext[self.toks.spans[j - 1][1] : self.toks.spans[j - 1][1] + 2].strip()[:1] in ("%", "٪"):
            return True
        if j < self.n and self.words[j] == "في":
            j += 1
        return j < self.n and has(self.words[j], "percent")

    def verb_across_doer(self, i: int) -> tuple[str, int, str] | None:
        """(type, first token, clitic) of a verb whose doer, a phrase of up to eight words,
        stands between it and a count of people at i: اعتقل فرع الأمن العسكري في مدينة درعا
        ستة أشخاص, اعتقلت الجندرما التركية عدة شبان. The doer holds no count, trigger, person
        (but actor words), relative, negation or clause break; a noun trigger (مقتل) has its
        object right after it, so it takes no doer."""
        if not self.joined(i):
            return None
        for h in range(i - 2, max(self.consumed, i - 10) - 1, -1):
            if not self.joined(h + 1):
                return None
            w = self.words[h]
            if (hit := self.word_trigger(h)) is not None:
                return hit if self.reaches_on(hit) and not has(w, "event_nouns") else None
            person = cached_noun_form(w)
            if w in RELATIVES or may_start_count(w) or trigger_word(w) or has(w, "negations") \
                    or has(w, "clause_openers") or (person and not person.noun.excluded and w not in ACTORS):  # fmt: skip
                return None
        return None

    def reaches_on(self, hit: tuple[str, int, str]) -> bool:
        """A trigger (type, index, clitic) may reach a count past the words after it: no clitic
        but و or ف, and not in a relative clause (عدد الذين قتلوا ... إلى 47)."""
        h = hit[1]
        return hit[2] in ("", "و", "ف") and not (h >= 1 and self.words[h - 1] in RELATIVE_PRONOUNS)

    def comma_before(self, k: int) -> bool:
        """Only a comma stands between token k-1 and token k."""
        return k > 0 and self.toks.gaps[k].strip() in (",", "،")

    def aside_before(self, h: int) -> int | None:
        """Walking back over a comma after token h: the token before a source set off by
        commas (، بحسب ناشطين ،), else None."""
        for q in range(h, max(self.consumed, h - 5) - 1, -1):
            if q < h and not self.joined(q + 1):
                return None
            if has(self.words[q], "speech_first") and q >= 1 and self.comma_before(q):
                return q - 1
        return None

    def suspected_after(self, k: int) -> bool:
        """A word of suspicion follows a counted noun ending before k, past at most the
        words of a disease name: 10 حالات مشتبه, 13 ألف حالة إسهال مائي حاد مشتبه بإصابتها
        (not past a clause break, و or another count)."""
        for q in range(k, min(k + 4, self.n)):
            w = self.words[q]
            if has(w, "suspected"):
                return True
            if not self.joined(q) or w.startswith("و") or may_start_count(w):
                return False
        return False

    def split_phrase(self, h: int, i: int) -> tuple[str, int, str] | None:
        """A phrase trigger at h whose last word stands right before the count at i, with
        the walk's words between: ألقت القبض خلال الأسبوع على 12."""
        for phrase, trig in PHRASE_TRIGGERS.items():
            s = h - len(phrase) + 2
            if h < i - 1 and self.words[i - 1] == phrase[-1] and s >= self.consumed \
                    and self.words[s + 1 : h + 1] == list(phrase[1:-1]):  # fmt: skip
                first = strip_clitics(self.words[s], {phrase[0]})
                if first is not None:
                    return self.case_type(trig.claim_type, s), s, first[0]
        return None

    def share_trigger(self, i: int) -> tuple[str, int, str] | None:
        """(type, first token, clitic) of a trigger before "of them" and a count at i:
        توفي منهم 200 (of the cases before, 200 died) is a count of deaths."""
        if i < 2 or self.words[i - 1] not in SUBSET or i - 2 < self.consumed or not (self.joined(i) and self.joined(i - 1)):
            return None
        return self.word_trigger(i - 2)

    def word_trigger(self, k: int) -> tuple[str, int, str] | None:
        """(type, k, clitic) when token k is a one-word trigger that needs no idiom word."""
        found = self.trigger_at(k)
        if found is None or found[0].length != 1 or found[0].needs:
            return None
        return self.case_type(found[0].claim_type, k), k, found[1]

    def case_type(self, claim_type: str, k: int) -> str:
        if claim_type == "deaths":
            return self.death_type()
        if claim_type == "killed" and strip_clitics(self.words[k], NEUTRAL_DEATHS) and not self.violence \
                and (self.disease or self.mentions("accident")):  # fmt: skip
            return "deaths"  # قضى شابان غرقا, لقي طفلان حتفهما بحريق: an accident
        return self.case_or_injury(self.words[k]) if claim_type == "injured" else claim_type

    def death_type(self) -> str:
        """وفاة/توفي: a death by disease or accident, but killed when the sentence names
        violence and no disease (توفي متأثرا بجراحه جراء القصف, وفاة معتقل تحت التعذيب)."""
        return "killed" if self.violence and not self.disease else "deaths"

    def case_or_injury(self, word: str) -> str:
        """إصابة / أصيب / مصاب (``word`` folded, or a noun's lemma): a disease case or an injury."""
        if not has(word, "case_words"):
            return "injured"
        if self.disease:
            return "cases"
        if self.violence:
            return "injured"
        if self.recoveries or self.mentions("health") or self.new_cases:
            return "cases"  # a bulletin: recoveries, or a health body, tests, the pandemic, "new" cases
        return "cases" if self._text_disease() else "injured"

    def resolve_noun_type(self, form: NounForm, k: int) -> tuple[str | None, int]:
        """Claim type a claim noun at k gives, and the index after it (حالة وفاة: 2 words)."""
        noun = form.noun
        if noun.container:
            nxt = self.noun(k + 1) if self.joined(k + 1) else None
            if k + 1 < self.n and has(self.words[k + 1], "suspected"):
                return None, k + 2
            if nxt is not None and nxt.noun.claim_type and not nxt.noun.container and nxt.prefix[:1] not in ("و", "ف"):
                return self.resolve_noun_type(nxt, k + 1)[0], k + 2
            event = self.word_trigger(k + 1) if nxt is None and self.joined(k + 1) else None
            if event is not None and event[2] == "":
                return event[0], k + 2  # 1,125 حالة اعتقال
            return ("cases" if (self.disease or self._text_disease()) else None), k + 1
        if noun.claim_type == "injured":
            return self.case_or_injury(fold_word(noun.lemma)), k + 1
        if noun.claim_type == "deaths":
            return self.death_type(), k + 1
        return noun.claim_type, k + 1

    def case_trigger_before(self, i: int) -> str | None:
        """The type of a trigger right before a count of cases (حالة) that says what they
        are: recoveries, deaths or cases (شفيت 57 حالة, توفيت ثلاث حالات)."""
        trig = self.trigger_before(i)
        return trig[0] if trig is not None and trig[0] in _CASE_TYPES else None

    def cases_of(self, trig: Trigger, form: NounForm, k: int) -> bool:
        """A singular or dual حالة right after a trigger of cases, recoveries or deaths counts
        what the trigger says (شفاء حالتين), unless a noun after it says (حالة وفاة) or it
        is suspected."""
        return (form.noun.container and trig.claim_type in _CASE_TYPES and form.number != "plural"
                and not (k + 1 < self.n and self.joined(k + 1)
                         and (self.noun(k + 1) is not None or has(self.words[k + 1], "suspected"))))  # fmt: skip

    def extend(self, k: int, noun: NounForm | None) -> int:
        """Index after the words that belong to a counted noun ending before k."""
        while k < self.n and self.joined(k):
            w = self.words[k]
            if (noun is not None and w in noun.noun.compound) or self.new_word(k, noun):
                k += 1
            else:
                break
        return k

    def and_injured(self, k: int, counted: bool = False) -> bool:
        """Token k is "وجرحى" joined to the killed noun before it: ``قتلى وجرحى`` is one
        killed_or_injured claim. A dual or singular (``وجريحان``, ``6 قتلى وجريح``) counts by
        itself, except after a count and a singular killed noun (``60 قتيلا وجريحا``: ``counted``)."""
        if k >= self.n or not self.joined(k):
            return False
        form = self.noun(k)
        return (form is not None and form.prefix.startswith("و") and form.noun.claim_type == "injured"
                and (form.number == "plural" or counted and form.number == "singular"))  # fmt: skip

    def state_noun(self, k: int) -> tuple[str, int] | None:
        """(type, index after) when token k says in what state the people before it ended:
        سقط 3 مدنيين قتلى, سقط طفل قتيلا (an indefinite killed or injured noun, no clitic)."""
        form = self.noun(k) if self.joined(k) else None
        if form is None or form.prefix or form.noun.claim_type not in _STATE_TYPES or not form.noun.bare:
            return None
        claim_type, end = self.resolve_noun_type(form, k)
        if claim_type == "killed" and self.and_injured(end):
            return "killed_or_injured", end + 1
        return (claim_type, end) if claim_type else None

    def new_word(self, k: int, noun: NounForm | None) -> bool:
        """Token k is "جديدة", "أخرى" or a number agreeing with the noun (``حالتين اثنتين``),
        not a count of its own (``إصابة اثنين`` is 2 injured, ``إصابة اثنين وعشرين`` 22)."""
        if self.words[k] not in NEW_WORDS:
            return False
        hit = match_count(self.words, k) if may_start_count(self.words[k]) else None
        if hit is None:
            return True
        own = noun_count(noun) if noun is not None else None
        return hit[1] == k + 1 and own is not None and own.best == hit[0].best

    def listed_before(self, i: int, tag: str) -> bool:
        """A word of the list ``tag`` stands up to five words before i, in the clause: a
        release (أفرج عن 20 معتقلا) or a return (عودة 1,850 نازحا) undoes the count after it."""
        for p in range(i - 1, max(-1, i - 6), -1):
            if has(self.words[p], tag):
                return True
            if self.toks.barrier(p):
                break
        return False

    def cumulative_before(self, i: int) -> tuple[int, str | None] | None:
        """(first cue index, claim type of a noun in the window) when a running total precedes i."""
        low = max(self.consumed, i - 16)
        for p in range(i - 1, low - 1, -1):
            if p + 1 < i and self.toks.barrier(p + 1):
                low = p + 1
                break
        if self.recorded_at(i):
            return None
        # وصل and تجاوز only with عدد in the clause; تجاوز may be the count's own qualifier
        # (عدد الإصابات تجاوز 50 ألفا)
        cue = next((p for p in range(low, i + 1) if (p < i and has(self.words[p], "cues"))
                    or (has(self.words[p], "counted_cues") and any(has(w, "number_heads") for w in self.words[low:i]))),
                   None)  # fmt: skip
        if cue is None and self.drafts and self.drafts[-1].scope == "cumulative" and i - self.drafts[-1].last <= 8 \
                and self.total_goes_on(self.drafts[-1].last, i):  # fmt: skip
            cue = self.drafts[-1].last  # ليرتفع عدد الوفيات إلى 9، وعدد الإصابات إلى 200: the total goes on
        if cue is None:
            return None
        # What is totalled: a claim noun after the cue, else "عدد X" before it in the clause
        # (عدد المتعافين ارتفع إلى 412), where X may be a verb after الذين (عدد الذين قتلوا).
        window_type = before_cue = None
        for p in range(min(low, cue), i):
            found = self.totalled_at(p, low, after_cue=p >= cue)
            if found is not None and p >= cue:
                window_type = found
            elif found is not None:
                before_cue = found
        return cue, window_type or before_cue

    def recorded_at(self, i: int) -> bool:
        """A recording word stands right before a count at i: the count is new, even after a
        running total (ارتفع العدد إلى 1,593 بعد تسجيل 77 إصابة)."""
        return i >= 1 and self.joined(i) and has(self.words[i - 1], "recording")

    def total_goes_on(self, last: int, i: int) -> bool:
        """A running total ending at ``last`` goes on to a count at i: not past a new clause
        (فيما لا يزال ...), unless that clause names a number again (فيما وصل عدد حالات الشفاء إلى)."""
        opener = next((q for q in range(i - 1, last - 1, -1) if has(self.words[q], "clause_openers")), None)
        return opener is None or any(has(w, "number_heads") for w in self.words[opener:i])

    def negated_before(self, k: int) -> bool:
        """A negation stands up to three words before token k (دون تسجيل, لم يتم تسجيل)."""
        return any(self.words[q] in NONE_WORDS for q in range(max(0, k - 3), k))

    def denied(self, k: int) -> bool:
        """Reports of what stands at k are denied: a word of reports, and a denial before it,
        up to twelve words back in the clause (نفى مصدر الأنباء التي تحدثت عن اعتقال 15 شابا)."""
        reports = False
        for q in range(k - 1, max(-1, k - 13), -1):
            if self.toks.barrier(q + 1):
                return False
            reports = reports or has(self.words[q], "reports")
            if reports and has(self.words[q], "denials"):
                return True
        return False

    def negated_clause(self, k: int) -> bool:
        """The clause negates the event before token k: لم, دون, عدم or لا (not لا يزال)
        up to six words before it, or twelve before a verb of outcome (لم يسفر القصف الذي
        استهدف المدينة عن ...), with no clause break between. Claim nouns and أو joined to
        them do not count as words: a list of what did not happen is negated as a whole
        (لم يسفر الانفجار عن وقوع قتلى أو جرحى), up to CLAUSE_REACH tokens back."""
        words = 0
        for q in range(k - 1, max(-1, k - 1 - CLAUSE_REACH), -1):
            if self.toks.barrier(q + 1):
                return False
            w = self.words[q]
            if has(w, "negations") and not (q + 1 < self.n and has(self.words[q + 1], "still")):
                return words < 6 or (q + 1 < self.n and has(self.words[q + 1], "outcome_verbs"))
            if not (w == _OR or self.noun(q) is not None):
                words += 1
                if words == 12:
                    return False
        return False

    def totalled_at(self, p: int, low: int, after_cue: bool) -> str | None:
        """The type that token p gives a running total whose clause starts at ``low``: any
        claim noun after the cue; before it only "عدد X" or "عدد الذين <verb>"."""
        form = cached_noun_form(self.words[p])
        if form is not None and form.noun.claim_type:
            return self.totalled_type(form, p) if after_cue or (p > low and has(self.words[p - 1], "number_heads")) else None
        if p > low + 1 and self.words[p - 1] in RELATIVES and has(self.words[p - 2], "number_heads"):
            hit = self.word_trigger(p)
            return hit[0] if hit is not None else None
        return None

    def totalled_type(self, form: NounForm, p: int) -> str | None:
        """The type of a claim noun naming a total: القتلى والجرحى together are killed_or_injured."""
        if p >= 1 and self.words[p - 1] != "و" and form.noun.claim_type == "injured" and form.prefix.startswith("و"):
            before = self.noun(p - 1)
            if before is not None and before.noun.claim_type == "killed" and self.joined(p):
                return "killed_or_injured"  # عدد القتلى والجرحى
        return self.resolve_noun_type(form, p)[0]

    def carried_trigger(self, i: int) -> tuple[str, int, str] | None:
        """The trigger of a count of things that a count of people at i goes on from:
        نزوح 300 عائلة و80 ألف مدني, نزوح 400 عائلة تضم 2000 شخص, نزوح 12,450 عائلة (76,320
        نسمة) (the quote starts at i)."""
        if self.carried is None:
            return None
        (claim_type, _, _), end = self.carried
        if end < self.consumed or i - end > 7:
            return None  # (at most seven words between, tested before they are sliced)
        between = self.words[end:i]
        if not between:  # و80 ألف مدني; (76,320 نسمة) in parentheses after the things
            if not ("(" in self.toks.gaps[i] or self.words[i].startswith("و") and self.joined(i)):
                return None
        elif not (between == ["و"] or between[-1] in COMPRISING and len(between) <= 7) \
                or any(self.toks.barrier(q) for q in range(end, i + 1)) or any(map(may_start_count, between)):  # fmt: skip
            return None  # but عائلة من مدينة التل بريف دمشق تضم 53 شخصا
        return claim_type, i, count_clitic(self.words[i])

    def number_of(self, i: int) -> str | None:
        """The type of "عدد <claim noun>" standing up to three words before a count at i
        in the same clause (قدر ناشطون عدد النازحين بأكثر من 100 ألف)."""
        for p in range(i - 1, max(self.consumed, i - 4) - 1, -1):
            if not self.joined(p + 1):
                return None
            form = cached_noun_form(self.words[p])
            if form is not None and form.noun.claim_type and form.definite and p >= 1 and self.joined(p) \
                    and has(self.words[p - 1], "number_heads"):  # fmt: skip
                return self.resolve_noun_type(form, p)[0]
        return None

    def parent_for(self, i: int) -> int | None:
        """The claim a count after "بينهم" (or in a parenthesis right after it) belongs to."""
        if i >= 1 and self.drafts and (self.words[i - 1] in SUBSET or self.opens_breakdown(i) or (
                self.words[i - 1] in ONE_OF_THEM and (form := self.noun(i)) is not None and form.number == "singular")):
            return len(self.drafts) - 1
        last = self.and_after_last(i)  # بينهم امرأتان وطفل, بينها 20 في الحسكة و14 في الرقة
        return last.subset_of if last is not None else None

    def whole_before(self, n: int) -> int | None:
        """The claim that parts counted after the first n drafts belong to: the last of
        them, or its own whole when it is a part."""
        if not n:
            return None
        sub = self.drafts[n - 1].subset_of
        return n - 1 if sub is None else sub

    def breakdown_part(self, i: int, end: int) -> tuple[str, int | None, int] | None:
        """(type, whole, first token) when the count at i, its phrase ending at ``end``, is a
        part after a breakdown verb (توزعت) of its sentence: a count before في (ستة في
        كفرنبل), or a number after a place, in parentheses or not (دمشق (19), دمشق 20،: the
        part starts at the place). The whole is the claim before the verb; with none, the
        type is that of the claim noun beside the verb."""
        if not self.mentions("breakdown"):
            return None
        place_before = "(" in self.toks.gaps[i] or (
            end == i + 1 and (end >= self.n or not self.joined(end) or self.words[end].startswith("و"))
            and self.joined(i) and self.noun(i - 1) is None and not may_start_count(self.words[i - 1]))  # fmt: skip
        if not place_before and not (end < self.n and self.words[end] == _IN and self.joined(end)):
            return None
        verbs, betweens = self.breakdown_marks()
        b = verbs[i - 1] if i >= 1 else -1  # the verb before, with no clause opener after it
        if b < 0:
            return None
        first = i
        if place_before:  # after the last part, or after بين/على
            first = max(b + 1, self.drafts[-1].last if self.drafts else 0)
            between = betweens[i - 2] if i >= 2 else -1
            first = between + 1 if between >= first else first
            if first == i:
                return None  # no place: توزعت على 3 ...
        whole = self.whole_before(bisect_right(self.lasts, b))  # the drafts ending by the verb
        if whole is not None:
            return self.drafts[whole].claim_type, whole, first
        for k in (b + 1, b - 1, b - 2):  # توزع القتلى, الإصابات الجديدة توزعت
            form = self.noun(k) if k >= 0 else None
            if form is not None and form.noun.claim_type and (claim_type := self.resolve_noun_type(form, k)[0]):
                return claim_type, None, first
        return None

    def breakdown_marks(self) -> tuple[list[int], list[int]]:
        """For each token q, looked up once per sentence (a breakdown lists many parts): the
        breakdown verb nearest at or before q when no clause opener stands after it (else
        -1), and the nearest بين/على at or before q (else -1)."""
        if self._breakdown_marks is None:
            verbs, betweens, verb, between = [], [], -1, -1
            for q, w in enumerate(self.words):
                if has(w, "clause_openers"):
                    verb = -1
                elif has(w, "breakdown"):
                    verb = q
                if w in _BETWEEN_ON:
                    between = q
                verbs.append(verb)
                betweens.append(between)
            self._breakdown_marks = verbs, betweens
        return self._breakdown_marks

    def opens_breakdown(self, i: int) -> bool:
        """A parenthesis opens right after the last claim with people counted in it: its
        parts (مقتل ثمانية مدنيين (خمسة أطفال وثلاث نساء))."""
        if self.drafts[-1].last != i or "(" not in self.toks.gaps[i]:
            return False
        hit = match_count(self.words, i)
        form = self.noun(hit[1] if hit is not None else i)
        return form is not None and form.noun.group is not None and not form.noun.excluded

    def coordinated_with(self, k: int) -> _Draft | None:
        """The claim that a phrase at k is joined to by و (مقتل طفل وامرأة, مقتل 5 مدنيين و3 عناصر)."""
        last = self.and_after_last(k)
        return last if last is not None and last.subset_of is None else None

    def and_after_last(self, k: int) -> _Draft | None:
        """The last claim, when a phrase at k is joined to it by و in the same clause."""
        if not self.drafts or not self.joined(k):
            return None
        last = self.drafts[-1]
        if self.words[k - 1] == "و":
            k -= 1  # و3 is tokenized و + 3
        elif not self.words[k].startswith("و"):
            return None
        if not last.last <= k <= last.last + 6:
            return None
        # a modifier may stand between (مقتل قيادي في "هيئة تحرير الشام" وعنصرين): no clause
        # break, number, trigger or counted noun of its own
        for q in range(last.last, k):
            w = self.words[q]
            if self.toks.barrier(q + 1) or may_start_count(w) or trigger_word(w) or cached_noun_form(w):
                return None
        return last

    def listed_after(self, i: int, end: int, form: NounForm | None) -> _Draft | None:
        """The claim a bare count at i goes on from in a list by place: 18 إصابة في دمشق، و11 في
        ريف دمشق، و4 في درعا (a comma, و, the count, then في or the clause's end)."""
        if form is not None or not self.drafts or not self.toks.barrier(i - (self.words[i - 1] == "و")):
            return None
        if not (self.words[i].startswith("و") or self.words[i - 1] == "و"):
            return None
        last = self.drafts[-1]
        start = i - 1 if self.words[i - 1] == "و" else i
        if start - last.last > 6:
            return None  # (tested before the words between are sliced)
        between = self.words[last.last : start]
        if "في" not in between or len(between) > 6 or any(self.toks.barrier(q) for q in range(last.last + 1, start)):
            return None  # the claim before ends in a place phrase, which the comma closes
        return last if end >= self.n or self.words[end] == "في" or not self.joined(end) else None

    def coordinated_noun_claim(self, k: int) -> int | None:
        """A singular or dual person noun joined by و to the claim before (مقتل طفل وامرأة),
        or a plural with a pronoun and its number (مقتل رجل وأطفاله الثلاثة)."""
        last = self.coordinated_with(k)
        form = self.noun(k)
        if last is None or form is None or form.noun.excluded or form.noun.claim_type:
            return None
        if not form.prefix.startswith("و") and self.words[k - 1] != "و":
            return None
        if form.number == "plural" and form.definite and "ال" not in form.prefix:
            count, end = self.number_after(k + 1), k + 2
        elif form.number == "plural" or form.definite:
            return None
        else:
            count, end = noun_count(form), self.extend(k + 1, form)
        if count is None:
            return None
        self.add(_Draft(k, end, form.prefix, last.claim_type, last.scope, count, form.noun.group))
        return end

    def number_after(self, j: int) -> Count | None:
        """The exact count of a definite number word at j (الثلاثة, الأربعة), else None."""
        if not self.joined(j) or not self.words[j].startswith("ال"):
            return None
        hit = match_count([self.words[j][2:]], 0)
        return hit[0] if hit is not None and hit[1] == 1 and hit[0].precision == "exact" else None

    def post_at(self, k: int) -> str | None:
        """The type of a verb at k that says what happened to the people before it
        (قتلوا; أصيبوا is a case in a disease context)."""
        post = POST_TRIGGERS.get(self.words[k])
        return self.case_type(post, k) if post is not None else None

    def post_after_body(self, k: int) -> tuple[str, int] | None:
        """(type, index) of a verb after "من <armed body>" at k, at most three words on:
        7 عناصر من قوات النظام قتلوا."""
        if not (k + 1 < self.n and self.words[k] == "من" and self.joined(k) and self.joined(k + 1)
                and strip_clitics(self.words[k + 1], ARMED_BODIES) is not None):  # fmt: skip
            return None
        for q in range(k + 2, min(k + 5, self.n)):
            if not self.joined(q):
                return None
            if (post := self.post_at(q)) is not None:
                return post, q
        return None

    def describing_group(self, k: int, number: str | None = None) -> tuple[str, int] | None:
        """(group, index after) of a person noun at k that describes the counted one: قتلى
        مدنيين, ناشط إعلامي; of the same grammatical ``number`` when one is given (جريح مدني)."""
        adj = self.noun(k) if self.joined(k) else None
        if adj is None or not adj.noun.group or adj.prefix or adj.noun.claim_type or number not in (None, adj.number):
            return None
        return adj.noun.group, k + 1

    def of_group(self, k: int) -> tuple[str, int] | None:
        """(group, index after) of "من X" at k after a claim noun: من المدنيين (the quote
        takes it), من قوات النظام / من الطرفين (fighters; the quote stops before the name)."""
        if k + 1 >= self.n or self.words[k] != "من" or not (self.joined(k) and self.joined(k + 1)):
            return None
        of = self.noun(k + 1)
        if of is not None and of.noun.group and of.definite and of.number != "singular":
            return of.noun.group, k + 2
        return ("fighters", k) if strip_clitics(self.words[k + 1], ARMED_BODIES) is not None else None

    def in_phrase(self, k: int, heads: frozenset[str]) -> bool:
        """Tokens k, k+1, k+2 are "في <one of heads> X" within the clause."""
        return (k + 2 < self.n and self.words[k] == "في" and self.words[k + 1] in heads
                and self.joined(k) and self.joined(k + 1) and self.joined(k + 2))  # fmt: skip

    def among_the(self, k: int) -> tuple[str, int] | None:
        """(type, index after) of "في عداد <claim noun>" at k: counted among the missing, the dead."""
        if not self.in_phrase(k, AMONG_WORDS):
            return None
        form = self.noun(k + 2)
        if form is None or not form.noun.claim_type or not form.definite:
            return None
        claim_type = self.resolve_noun_type(form, k + 2)[0]
        return (claim_type, k + 3) if claim_type else None

    def ranks_group(self, k: int) -> str | None:
        """The group of "في صفوف X" at k: the people counted were among X (fighters of an
        armed body, or a group noun: في صفوف المدنيين)."""
        if not self.in_phrase(k, RANKS_WORDS):
            return None
        form = self.noun(k + 2)
        if form is not None and form.noun.group and not form.noun.excluded:
            return form.noun.group
        return "fighters" if strip_clitics(self.words[k + 2], ARMED_BODIES) is not None else None

    def medical_body_after(self, k: int) -> bool:
        """The people counted before k are members of a rescue or health service: "من|في|لدى|بين"
        and a member noun may stand before its name (من عناصر الدفاع المدني, من العاملين في
        القطاع الصحي, متطوع في الدفاع المدني)."""
        q = k
        for optional in (("من", "في", "لدي", "بين"), MEMBER_NOUNS, ("في",)):
            if q < self.n and self.joined(q) and self.words[q] in optional:
                q += 1
        if q >= self.n or self.words[q] not in MEDICAL_FIRSTS or not (q > k or self.words[k - 1] in MEMBER_NOUNS):
            return False  # the common case: no service's name here
        return any(tuple(self.words[q : q + len(name)]) == name and all(self.joined(x) for x in range(q, q + len(name)))
                   for name in MEDICAL_BODIES)  # fmt: skip

    def among_group(self, first: int, last: int) -> str | None:
        """The group of "بين X" (X a plural or dual person noun, or a health service) inside a
        claim's words or up to three words after them in the clause: عدد الوفيات بين الكوادر
        الطبية إلى 12, عدة إصابات بالجرب بين أطفال المخيم."""
        if "بين" not in self.words[first : last + 3]:
            return None
        for q in range(first, min(last + 3, self.n - 1)):
            if q >= last and not self.joined(q):
                return None
            if self.words[q] == "بين" and self.joined(q + 1):
                if self.medical_body_after(q):
                    return "medical_workers"  # بين العاملين في القطاع الصحي, بين الكوادر الطبية
                form = self.noun(q + 1)
                if form is not None and form.noun.group and form.number != "singular" \
                        and not form.noun.claim_type and not form.noun.excluded and form.prefix in ("", "ال"):  # fmt: skip
                    return form.noun.group
        return None

    def add(self, draft: _Draft) -> None:
        if not in_range(draft.count):
            self.consumed = draft.last
            return  # a count past MAX_COUNT (99999999999999999999 مدنيا): no claim, never an overflow
        if draft.group is None:
            draft.group = self.ranks_group(draft.last) or self.among_group(draft.first, draft.last)
        if draft.group in (None, "people", "fighters") and self.medical_body_after(draft.last):
            draft.group = "medical_workers"
        if draft.claim_type == "displaced" and self.listed_before(draft.first, "returns"):
            self.consumed = draft.last
            return  # عودة 1,850 نازحا إلى قراهم: going home is no displacement
        if (self.mentions("hypothetical") and self.listed_before(draft.first, "hypothetical")
                or self.mentions("denials") and self.denied(draft.first)):  # fmt: skip
            self.consumed = draft.last
            return  # في حال تجاوز عدد الإصابات 500, تحذيرات من نزوح مئات الآلاف: not a fact
        for word in (self.words[draft.first], self.words[draft.last - 1]):  # its trigger, or a verb after
            hit = trigger_word(word)
            if hit is not None and hit[0].groups and draft.group not in hit[0].groups and not (
                    draft.group is None and self.drafts and self.drafts[-1].group in hit[0].groups):  # وأسر اثنين آخرين
                self.consumed = draft.last
                return  # فرار 5 عناصر: fighters flee, they are not displaced
        self.drafts.append(draft)
        self.lasts.append(draft.last)
        self.consumed = draft.last

    # --- rules ---
    def count_claim(self, i: int, j: int, count: Count) -> int:
        """Rule 1: a count phrase at tokens [i, j). Returns the index to go on from."""
        if i >= 1 and has(self.words[i - 1], "number_blockers") or self.listed_before(i, "releases"):
            return j
        if self.percent_after(j):
            return j
        from_trigger = self.trigger_before(i - 1) if i >= 2 and self.words[i - 1] == "من" and self.joined(i) else None
        if from_trigger is not None:  # أصيب من 10 إلى 15 مدنيا: after a trigger, من opens a range
            ranged = match_count(self.words, i, after_from=True)
            if ranged is None or ranged[0].high is None:
                from_trigger = None
            else:
                count, j = ranged
        elif change_start(self.words, i, j):
            return j  # ارتفع عدد القتلى من 10 إلى 15: 10 is no longer the count
        k = j
        marked = k < self.n and self.words[k] in OF_THEM and self.joined(k) and bool(self.drafts)
        if marked:
            if i >= 1 and (holder := self.noun(i - 1)) is not None and holder.noun.container:
                return k + 1  # حالة اثنين منهم خطرة: a state, not a count
            k += 1  # أربعة منهم أطفال, أربع منها في إدلب: a part of the claim before
        armed = (k + 1 < self.n and self.words[k] == "من" and self.joined(k) and self.joined(k + 1)
                 and strip_clitics(self.words[k + 1], ARMED_BODIES) is not None)  # fmt: skip
        if k + 1 < self.n and self.words[k] == "من" and self.joined(k):
            after = self.noun(k + 1)
            if after is not None and not after.noun.excluded and after.noun.claim_type is None:
                k += 1  # ثلاثة من عناصر, عدد من المدنيين
        form = self.noun(k) if self.joined(k) else None
        if form is not None and form.prefix[:1] in ("و", "ف", "ب", "ل", "ك"):
            form = None  # مقتل 2 وإصابة 6, مقتل 3 بهجوم: a conjunction or preposition opens another phrase
        if by_number(self.words[i]) is not None and (form is None or form.noun.excluded):
            return j  # بخمس رصاصات: a number with ب counts people only when a person noun follows
        head_type, group, end, part = None, None, k if marked else j, None
        if form is not None:
            if form.noun.excluded:
                if (trig := self.trigger_before(i)) is not None:
                    self.carried = (trig, k + 1)
                elif k + 1 < self.n and self.joined(k + 1) and has(self.words[k + 1], "displaced_adjectives"):
                    self.carried = (("displaced", i, ""), k + 2)  # 80 عائلة نازحة تضم نحو 400 شخص
                return k + 1
            if form.noun.claim_type:
                head_type, end = self.resolve_noun_type(form, k)
                if head_type is None and end == k + 1 and (cue := self.cumulative_before(i)) is not None:
                    head_type = cue[1]  # بلغ عدد الوفيات 19 حالة: the total says what the cases are
                if head_type is None and end == k + 1 and form.noun.container:
                    head_type = self.case_trigger_before(i)  # شفيت 57 حالة: the verb says what they are
                if head_type is None and form.noun.container and (part := self.breakdown_part(i, end)) is not None:
                    head_type = part[0]  # توزعت بين 12 حالة في مدينة إدلب و... (read once: part)
                if head_type is None:
                    return end  # حالات اشتباه, or حالات with no disease
            end = max(end, k + 1)
            group = form.noun.group
            if head_type == "killed" and self.and_injured(end, counted=form.number == "singular"):
                head_type, end = "killed_or_injured", end + 1
            if head_type or group is None:  # قتلى مدنيين, 5 ناشطين إعلاميين, 3 قتلى من المدنيين
                found = self.describing_group(end) or (self.of_group(end) if group is None else None)
                if found is not None:
                    group, end = found
            end = self.extend(end, form)
            if head_type is None and (state := self.state_noun(end)) is not None:
                head_type, end = state
        if armed and form is None and end == j:
            group, end = "fighters", j + 2  # 3 من الفصائل
        if self.suspected_after(end):
            return end
        if count.precision == "exact" and (suffix := at_least_suffix(self.words, end)):
            count, end = Count(count.best, count.best, None, "at_least"), end + suffix  # 10 أشخاص على الأقل
        first, clitic, scope = i, count_clitic(self.words[i]), "new"
        parent = self.parent_for(i)
        if parent is None and (part := part or self.breakdown_part(i, end)) is not None:
            head_type, parent, first = head_type or part[0], part[1], part[2]
            if first < i:  # وريف دمشق (12): the quote starts at the place, without its و
                clitic = "و" if self.drafts and self.drafts[-1].last == first and self.words[first].startswith("و") else ""
        share = self.share_trigger(i)  # توفي منهم 200: of the people before, 200 died
        trig = share or from_trigger or self.trigger_before(i)
        if marked and parent is None and trig is None:
            parent = self.whole_before(len(self.drafts))
        if share is not None:
            scope, parent = (self.drafts[parent].scope if parent is not None else scope), None
        elif trig is not None and trig[2].startswith("و") and self.drafts and self.drafts[-1].share \
                and self.drafts[-1].last == trig[1]:  # fmt: skip
            scope = self.drafts[-1].scope  # شفي منها 584 وتوفي 98: the shares go on
        if trig is None and form is not None and parent is None and form.noun.claim_type is None:
            trig = self.trigger_across_phrase(i) or self.carried_trigger(i) or self.verb_across_doer(i)
        cue = self.cumulative_before(i) if trig is None else None
        if cue is not None and cue[1] and form is not None and form.noun.container and end == k + 1:
            head_type = cue[1]  # ليرتفع عدد الوفيات إلى 35 حالة
        alone = form is None and end == j  # a number with no noun: ثلاثة في عداد المفقودين
        post = self.post_at(end) if end < self.n and self.joined(end) else None
        if post is None and (among := self.among_the(end)) is not None:
            post, end = among[0], among[1] - 1  # 12 شخصا في عداد المفقودين
        if post is None and form is not None and (past_body := self.post_after_body(end)) is not None:
            post, end = past_body  # 7 عناصر من قوات النظام قتلوا
        if parent is not None:
            base = self.drafts[parent]
            claim_type, scope = head_type or base.claim_type, base.scope
            if base.count.best < count.best or claim_type != base.claim_type:
                parent = None  # a part has the type of its whole: بينها 21 وفاة is no part of cases
        elif trig is not None:
            claim_type, first, clitic = trig
        elif head_type in STATUS_TYPES and post in ("killed", "deaths"):
            claim_type, end = post, end + 1  # 92 معتقلا قضوا تحت التعذيب: the detainees died
        elif head_type in ("arrested", "kidnapped") and end < self.n and self.joined(end) \
                and has(self.words[end], "releases"):  # fmt: skip
            return end  # 5 معتقلين أفرج عنهم: a release, as أفرج عن 5 معتقلين
        elif head_type is not None:
            claim_type = head_type
        elif post is not None and (form is not None or alone):
            claim_type, end = post, end + 1  # 3 مدنيين قتلوا, مئات الآلاف نزحوا
        elif cue is not None and (cue[1] or self.drafts or self.previous_type):
            previous = self.drafts[-1].claim_type if self.drafts else self.previous_type
            claim_type = cue[1] or previous  # type: ignore[assignment]
        elif (named := self.number_of(i)) is not None:
            claim_type = named  # قدرت مصادر عدد القتلى بنحو 70 شخصا
        elif (last := self.coordinated_with(i) or self.listed_after(i, end, form)) is not None:
            claim_type, scope = last.claim_type, last.scope
        else:
            return end if form is not None else j
        if cue is not None:
            scope = "cumulative"
            if count.precision == "exact" and any(has(w, "exceed_cues") for w in self.words[cue[0] : i]):
                count = Count(count.best + 1, count.best + 1, None, "at_least")  # تجاوز عدد الإصابات ... 50 ألفا
            if trig is None and head_type is None and parent is None \
                    and not any(self.toks.barrier(q) for q in range(cue[0] + 1, i + 1)):  # fmt: skip
                first = cue[0]  # the quote starts at the cue, without its clitic (وبلغ: بلغ)
                word, cue_word = self.words[first], strip_clitics(self.words[first], TOTAL_CUES)
                # a continued total may start at وعدد: the و is left out too
                clitic = cue_word[0] if cue_word else "و" if word[:1] == "و" and has(word[1:], "number_heads") else ""
        elif parent is None and self.drafts and self.drafts[-1].scope == "cumulative" and trig is None \
                and not self.recorded_at(i):  # fmt: skip
            last = self.drafts[-1]  # ... إلى 500 والوفيات إلى 20: the total goes on, in its clause
            if i - last.last <= CLAUSE_REACH and not any(self.toks.barrier(q) for q in range(last.last, i + 1)):
                scope = "cumulative"
        if claim_type == "injured" and (self.disease or self._text_disease()) and head_type is None:
            claim_type = self.case_or_injury(self.words[first])
        if first < self.consumed:
            first, clitic = i, count_clitic(self.words[i])
        self.add(_Draft(first, end, clitic, claim_type, scope, count, group, parent, share is not None))
        return end

    def trigger_noun_claim(self, t: int) -> int | None:
        """Rule 2: a trigger at t followed by a counted noun without a number."""
        found = self.trigger_at(t)
        if found is None:
            return None
        trig, clitic = found
        k = t + trig.length
        claim_type = trig.claim_type
        if claim_type == "killed" and k < self.n and self.joined(k):
            nxt = self.trigger_at(k)  # مقتل وجرح مدنيين
            if nxt and nxt[1].startswith("و") and nxt[0].claim_type == "injured":
                claim_type, k = "killed_or_injured", k + 1
        while k < self.n and self.joined(k) and has(self.words[k], "skip") and k - t <= 3:
            k += 1
        doer = k  # اختطف مسلحون مجهولون طبيبا: skip the doer when a victim follows
        while doer < self.n and self.words[doer] in ACTORS and doer - k < 3:
            doer += 1
        if doer > k and any(self.words[q] in UNKNOWN_DOERS for q in range(k, doer)):
            while doer < self.n and self.joined(doer) and has(self.words[doer], "skip") and doer - k < 6:
                doer += 1  # اختطف مسلحون مجهولون صباح اليوم الطبيب
            if doer >= self.n or not self.joined(doer):
                return None  # "unknown gunmen" did it; no victim is counted here
        if k < self.n and self.joined(k) and self.words[k] in ONE_OF_THEM and self.drafts:
            return self.one_of_them_claim(t, k, clitic, claim_type)
        victim = self.words[doer] if k < doer < self.n and self.joined(doer) else ""
        if victim and (cached_noun_form(victim) or may_start_count(victim)):
            if may_start_count(victim):
                return None  # the count rule reads it
            k = doer
        if k >= self.n or not self.joined(k) or match_count(self.words, k) is not None:
            return None
        form = self.noun(k)
        if form is None or form.noun.excluded:
            return None
        if (form.noun.bare == "recorded" or form.noun.container) and not self.cases_of(trig, form, k):
            return None
        count, end = noun_count(form), k + 1
        if form.number == "plural" and form.definite and "ال" not in form.prefix:
            count, end = self.number_after(k + 1), k + 2  # وأصيب أطفالهما الثلاثة
        if count is None:
            return None
        if form.number == "plural" and any(match_count(self.words, q) for q in range(k + 1, min(k + 4, self.n))):
            return None  # قتل مسلحون مجهولون ثلاثة مدنيين: the plural is the doer
        group = form.noun.group
        if group is None and (described := self.describing_group(end, form.number)) is not None:
            group, end = described  # اعتقال ناشط إعلامي
        end = self.extend(end, form)
        if trig.needs:
            need = self.needs_met(trig, k)
            if need is None:
                return None
            end = max(end, need + 1)
        claim_type = self.case_type(claim_type, t)
        self.add(_Draft(t, end, clitic, claim_type, "new", count, group))
        return end

    def one_of_them_claim(self, t: int, k: int, clitic: str, claim_type: str) -> int:
        """A trigger at t with "one of them" at k: one person of the claim before, with its
        group (أصيب ثلاثة عناصر، وتوفي أحدهم متأثرا بجراحه: one fighter killed); a part of
        that claim when the type is the same."""
        before = len(self.drafts) - 1
        whole = self.drafts[before]
        claim_type = self.case_type(claim_type, t)
        parent = before if whole.claim_type == claim_type and whole.subset_of is None else None
        self.add(_Draft(t, k + 1, clitic, claim_type, "new", Count(1, 1, 1, "exact"), whole.group, parent))
        return k + 1

    def bare_noun_claim(self, k: int) -> int | None:
        """Rule 3: a claim noun standing alone (قتيل, وجريحان, قتلى وجرحى, إصابتين)."""
        form = self.noun(k)
        if form is None or not form.noun.claim_type or form.definite or not form.noun.bare:
            return None
        if k >= 1 and self.joined(k) and (has(self.words[k - 1], "totals_blockers") or has(self.words[k - 1], "cues")):
            return None  # عدد القتلى, العدد الكلي لقتلى القصف: a category
        bare = form.noun.bare
        if form.number == "plural" and bare != "always" and not (bare == "recorded" and self.recorded_at(k)
                                                                 and not self.negated_before(k - 1)):  # fmt: skip
            return None  # but تسجيل وفيات: some deaths (not دون تسجيل إصابات)
        if form.number == "singular" and bare == "counted":
            return None
        if form.number == "dual_or_plural" and bare != "always":
            return None
        claim_type, end = self.resolve_noun_type(form, k)
        if claim_type is None:
            return None
        if k >= 1 and self.words[k - 1] in NONE_WORDS:
            return end  # لم تسجل أي حالة وفاة: the words are taken, nobody is counted
        if form.number != "singular" and self.negated_clause(k):
            return end  # لم يسفر القصف عن سقوط ضحايا, دون ورود أنباء عن إصابات
        if k >= 1 and self.words[k - 1] == "بين" and form.number == "singular":
            return end + 1 if self.noun(end) is not None and self.joined(end) else end  # 11 ضحية بين قتيل وجريح
        if (form.number == "singular" and self.joined(end) and self.words[end][0] not in "وف"
                and match_count(self.words, end) is not None):  # fmt: skip
            return None  # ووفاة 4 أشخاص: the noun is the trigger of the count after it
        if form.number == "singular" and bare == "recorded":
            p = k - 1
            while p >= 0 and self.words[p] in ORDINALS:
                p -= 1
            recorded = p >= 0 and self.joined(p + 1) and has(self.words[p], "recording") \
                and not (p >= 1 and has(self.words[p - 1], "number_blockers"))  # منذ تسجيل أول إصابة: a time
            if not recorded and not (end < self.n and self.new_word(end, form)) and not self.listed_event(k, form):
                return None
        count = noun_count(form)
        if count is None:
            return None
        group = None
        if claim_type == "killed" and form.number == "plural" and self.and_injured(end):
            claim_type, end = "killed_or_injured", end + 1
        if (found := self.describing_group(end, form.number) or self.of_group(end)) is not None:
            group, end = found  # جريح مدني, قتيل وجريحان من الجنود الأتراك
        end = self.extend(end, form)
        if self.suspected_after(end):
            return end
        parent = self.parent_for(k)
        scope = self.drafts[parent].scope if parent is not None else "new"
        if parent is not None and self.drafts[parent].claim_type != claim_type:
            parent = None
        self.add(_Draft(k, end, form.prefix, claim_type, scope, count, group, parent))
        return end

    def definite_count_claim(self, k: int) -> int | None:
        """Rule 3b: a definite claim noun then "الـ" and a number names its count: الإصابات
        الـ22, المتوفين الـ12 (the ال and the number are two tokens)."""
        form = self.noun(k)
        if form is None or not form.definite or not form.noun.claim_type:
            return None
        if k + 2 >= self.n or self.words[k + 1] != "ال" or not (self.joined(k + 1) and self.joined(k + 2)):
            return None
        hit = match_count(self.words, k + 2)
        claim_type = self.resolve_noun_type(form, k)[0] if hit is not None else None
        if hit is None or claim_type is None:
            return None
        clitic = form.prefix[:-2] if form.prefix.endswith(("ال", "لل")) else form.prefix  # the quote keeps the article
        self.add(_Draft(k, hit[1], clitic, claim_type, "new", hit[0], form.noun.group))
        return hit[1]

    def listed_event(self, k: int, form: NounForm) -> bool:
        """An event noun joined by و right after a case, death or recovery count takes the
        same recording: تسجيل ثلاث حالات وفاة وحالة شفاء."""
        last = self.drafts[-1] if self.drafts else None
        return (last is not None and last.last == k and last.claim_type in _CASE_TYPES
                and form.prefix.startswith("و") and self.joined(k))  # fmt: skip

    def subset_noun_claim(self, k: int) -> int | None:
        """بينهم طفلان: a singular or dual group noun after "بينهم" is a part of the claim before."""
        parent = self.parent_for(k)
        form = self.noun(k)
        if parent is None or form is None or form.noun.excluded or form.number == "plural":
            return None
        if form.noun.claim_type and form.noun.group is None and form.noun.bare != "always":
            return None
        count = noun_count(form)
        base = self.drafts[parent]
        if count is None:
            return None
        end = self.extend(k + 1, form)
        sub = parent if base.count.best >= count.best else None
        self.add(_Draft(k, end, form.prefix, base.claim_type, base.scope, count, form.noun.group, sub))
        return end

    def post_noun_claim(self, k: int) -> int | None:
        """طفلان قتلا: a singular/dual person noun followed by a verb saying what happened,
        also across "من <armed body>" (عنصران من قوات النظام قتلا)."""
        form = self.noun(k)
        if form is None or form.noun.excluded or form.definite or form.noun.claim_type or form.number == "plural":
            return None
        end = self.extend(k + 1, form)
        post = self.post_at(end) if end < self.n and self.joined(end) else None
        if post is None and (past_body := self.post_after_body(end)) is not None:
            post, end = past_body
        state = self.state_noun(end) if post is None else (post, end + 1)  # طفل قتيلا
        count = noun_count(form)
        if state is None or count is None:
            return None
        self.add(_Draft(k, state[1], form.prefix, state[0], "new", count, form.noun.group))
        return state[1]

    def run(self) -> list[_Draft]:
        i = 0
        while i < self.n:
            role = token_role(self.words[i])
            if role == IRRELEVANT:
                i += 1  # the common case: a word that plays no part in the grammar
                continue
            # a count out of range is read whole too: its claim is dropped (add), none of its words is read again
            if role == COUNT_START and (hit := read_count(self.words, i)) is not None:
                i = max(self.count_claim(i, hit[1], hit[0]), i + 1)
                continue
            for rule in _NOUN_RULES:
                end = rule(self, i)
                if end is not None:
                    i = max(end, i + 1)
                    break
            else:
                i += 1
        return self.drafts



# Rules 2 and 3 (and 3b), in the order they are tried at a token where no count phrase starts.
_NOUN_RULES = (_Sentence.trigger_noun_claim, _Sentence.subset_noun_claim, _Sentence.coordinated_noun_claim,
               _Sentence.definite_count_claim, _Sentence.bare_noun_claim, _Sentence.post_noun_claim)  # fmt: skip


# A noun of these types names a state people are in (معتقل, مخطوف, نازح, مفقود), so a death
# verb after it says what happened to them.
STATUS_TYPES = frozenset({"arrested", "kidnapped", "displaced", "missing"})


# --- public API ----------------------------------------------------------------------


def _sentences(ftext: str) -> list[tuple[int, int]]:
    """Sentence spans of a folded text."""
    spans, start = [], 0
    for m in _END_CANDIDATE.finditer(ftext):
        at, ch = m.start(), m.group()
        if ch == "." and 0 < at < len(ftext) - 1 and ftext[at - 1].isdigit() and ftext[at + 1].isdigit():
            continue  # 92.924
        if ch == "-" and not (at and ftext[at - 1].isspace() and _TICKER_TIME.match(ftext, at + 1)):
            continue
        if at > start:
            spans.append((start, at))
        start = at + 1
    if start < len(ftext):
        spans.append((start, len(ftext)))
    return spans


def _disease(ftext: str) -> str | None:
    """The disease a (folded) text names, if any: a few substring tests, no regex."""
    lowered = None
    for word in DISEASE_WORDS:
        if word in ftext:
            return DISEASES[word]
        if word.isascii():
            lowered = ftext.lower() if lowered is None else lowered
            if word in lowered:
                return DISEASES[word]
    return None


class _TextDisease:
    """The disease the whole text names, looked up once and only when a rule asks."""

    __slots__ = ("ftext", "value", "done")

    def __init__(self, ftext: str) -> None:
        self.ftext = ftext
        self.value: str | None = None
        self.done = False

    def __call__(self) -> str | None:
        if not self.done:
            self.value, self.done = _disease(self.ftext), True
        return self.value


def find_claims(text: str) -> list[Claim]:
    """Every count of people or cases the text asserts, ordered by span_start.

    >>> [(c.quote, c.claim_type, c.count_best, c.victim_group) for c in find_claims("مقتل طفل وجرح سبعة مدنيين")]
    [('مقتل طفل', 'killed', 1, 'children'), ('جرح سبعة مدنيين', 'injured', 7, 'civilians')]
    """
    if not isinstance(text, str) or not text:
        return []
    folded = fold(text)
    ftext = folded.text
    text_disease = _TextDisease(ftext)
    claims: list[Claim] = []
    previous_type: str | None = None
    for fs, fe in _sentences(ftext):
        if CLAIM_WORDS.isdisjoint(ARABIC_WORD.findall(ftext, fs, fe)):
            continue
        toks = Tokens(ftext, fs, fe)
        disease = _disease(ftext[fs:fe])
        drafts = _Sentence(toks, ftext, disease, text_disease, previous_type).run()
        if not drafts:
            continue
        place = folded_sentence_place(folded.sub(fs, fe))  # = sentence_place(the sentence as written)
        places = [place] * len(drafts) if place and place.pcode else _clause_places(toks, folded, drafts, place)
        claimed_to = max(toks.spans[d.last - 1][1] for d in drafts)
        attribution = sentence_attribution(text, folded, fs, fe, toks, claimed_to)
        offset = len(claims)
        for d, place in zip(drafts, places):
            fs_quote, fe_quote = toks.quote_span(d.first, d.last - 1)
            s, e = folded.span(fs_quote + len(d.clitic), fe_quote)
            marks = _WORD_MARKS.match(text, e)
            e = marks.end() if marks else e
            c = d.count
            claims.append(
                Claim(
                    span_start=s,
                    span_end=e,
                    quote=text[s:e],
                    claim_type=d.claim_type,
                    scope=d.scope,
                    count_low=c.low,
                    count_best=c.best,
                    count_high=c.high,
                    precision=c.precision,
                    victim_group=d.group,
                    disease=(disease or text_disease()) if d.claim_type in _CASE_TYPES else None,
                    place=place.place if place else None,
                    governorate_pcode=place.pcode if place else None,
                    attribution=attribution,
                    subset_of=None if d.subset_of is None else offset + d.subset_of,
                )
            )
        previous_type = drafts[-1].claim_type
    return claims


def _clause_places(toks: Tokens, folded: Folded, drafts: list[_Draft],
                   place: PlaceMention | None) -> list[PlaceMention | None]:  # fmt: skip
    """Each claim's place where the sentence gives no governorate, or several: the one
    governorate its own clause names (سجلت 18 إصابة في دمشق، و11 في ريف دمشق: SY01, SY03),
    else the sentence's place. A claim's clause runs from its first word (or from the
    break before it, when no claim stands between) to the next claim or break, past its
    own parts; a part (بينهم, منها) whose clause names no governorate has the place of its
    whole (توزعت بين دمشق (19) وحلب (10): SY01, SY02)."""
    out: list[PlaceMention | None] = []
    for n, d in enumerate(drafts):
        # Back to the break before it, but not past the claim before: each token is walked
        # over once for the whole sentence.
        floor = drafts[n - 1].last if n else 0
        start = d.first
        while start > 0 and start >= floor and not _place_break(toks, start):
            start -= 1
        if n and floor > start:
            start = d.first  # another claim stands before it in the clause
        later = n + 1  # the next claim that is not a part of this one
        while later < len(drafts) and drafts[later].subset_of == n:
            later += 1
        end = drafts[later].first if later < len(drafts) else len(toks)
        end = next((k for k in range(d.first + 1, end) if _place_break(toks, k)), end)
        own = clause_governorate(folded.sub(toks.spans[start][0], toks.spans[end - 1][1]))
        out.append(own or (place if d.subset_of is None else out[d.subset_of]))
    return out


def _place_break(toks: Tokens, k: int) -> bool:
    """A comma, a semicolon or an opening parenthesis stands before token k: the breaks that
    part the places of a list, or end the words before a source (مديرية صحة إدلب). Not the
    dash of a road (طريق دمشق - درعا), which names two."""
    return k > 0 and any(c in toks.gaps[k] for c in ",;(")


def extract_claims(text: str) -> pl.DataFrame:
    """:func:`find_claims` as a polars frame with the columns of :data:`CLAIM_COLUMNS`.

    A lone surrogate in a quote, place or attribution is written U+FFFD: a Polars string
    is UTF-8, which cannot hold one (:func:`syria_news.text.storable`).

    >>> extract_claims("لا شيء هنا").shape
    (0, 15)
    """
    rows = [[getattr(c, col) for col in CLAIM_COLUMNS] for c in find_claims(text)]
    if isinstance(text, str) and has_surrogates(text):
        rows = [[storable(v) if isinstance(v, str) else v for v in row] for row in rows]
    return pl.DataFrame(rows, schema=CLAIM_SCHEMA, orient="row")
