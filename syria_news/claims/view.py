"""Stage: the shared view of one sentence: its folded tokens, the facts each token has
(computed once and memoized), and the claims (drafts) the rules have added so far."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from syria_news.claims.words import (
    DISEASE_WORDS,
    DISEASES,
    PHRASE_HEADS,
    Tokens,
    cached_noun_form,
    has,
    tags,
)
from syria_news.numbers import (
    Count,
    NounForm,
    is_digits,
    is_year,
    may_start_count,
)
from syria_news.text import fold_word

CASE_TYPES = {"cases", "deaths", "recoveries"}
OR = fold_word("أو")  # "or", joining the nouns a negation covers
QUOTE_MARKS = " \"'“”«»„‘’"  # around a name before a comma: "قسد"،
TO = fold_word("إلى")  # "to" (folded: الى too), before a state people came to be in (إلى مختفين)
IN = fold_word("في")  # "in", before the place of a part of a breakdown
FROM = fold_word("من")  # "of, from": 400 شخص من مقاتلي الفصائل, who the counted were
ABOUT = fold_word("عن")  # "about, for": فضلا عن, مسؤولة عن 60 حالة
AMONG = fold_word("بين")  # "between": 45 مدنيا بين قتيل وجريح, 11 ضحية بين قتيل وجريح
WITH = fold_word("مع")  # "with": توفيت مع طفليها, her children with her
ON = fold_word("على")  # "on": على يد, by the hand of
DURING = fold_word("خلال")  # "during": خلال الشهر الماضي, a period
BETWEEN_ON = frozenset({AMONG, ON})  # "between", "over": before its places
HANDS = frozenset({fold_word("يد"), fold_word("أيدي")})  # على يد X: a doer
DEATH_TYPES = frozenset({"killed", "deaths"})  # the types of the dead, by violence or not
STATE_TYPES = {"killed", "injured", "missing", "arrested"}  # nouns that say the state people ended in (قتلى, مفقودا, معتقلا)
# The most tokens a rule walks over, back or ahead, from the token it reads, where the words
# between may otherwise run on to the sentence's ends (module docstring, "linear time").
CLAUSE_REACH = 64
YESTERDAY = fold_word("أمس")  # أمس الأول: the day before yesterday, no month

# A noun of these types names a state people are in (معتقل, مخطوف, نازح, مفقود), so a death
# verb after it says what happened to them.
STATUS_TYPES = frozenset({"arrested", "kidnapped", "displaced", "missing"})
# what violence does to people: a toll of these, unlike a stock of the displaced or a bulletin's cases
VIOLENCE_TYPES = frozenset({"killed", "injured", "killed_or_injured", "arrested", "kidnapped", "missing"})



@dataclass(slots=True)
class Draft:
    first: int  # token indices, inclusive / exclusive
    last: int
    clitic: str  # clitics to leave out of the quote's first token
    claim_type: str
    scope: str
    count: Count
    group: str | None
    subset_of: int | None = None  # index among the sentence's drafts
    share: bool = False  # read as "<trigger> of them N" (توفي منهم 200)


# each disease word with whether it is ASCII (then it is sought in the lowered text too),
# told once here rather than at each of the words' tests of each text
_DISEASE_SCAN = tuple((word, word.isascii()) for word in DISEASE_WORDS)


def text_disease_of(ftext: str) -> str | None:
    """The disease a (folded) text names, if any: a few substring tests, no regex."""
    lowered = None
    for word, ascii_word in _DISEASE_SCAN:
        if word in ftext:
            return DISEASES[word]
        if ascii_word:
            lowered = ftext.lower() if lowered is None else lowered
            if word in lowered:
                return DISEASES[word]
    return None


class TextDisease:
    """The disease the whole text names, looked up once and only when a rule asks."""

    __slots__ = ("ftext", "value", "done")

    def __init__(self, ftext: str) -> None:
        self.ftext = ftext
        self.value: str | None = None
        self.done = False

    def __call__(self) -> str | None:
        if not self.done:
            self.value, self.done = text_disease_of(self.ftext), True
        return self.value


class Sentence:
    """One sentence as every rule sees it."""

    def __init__(self, toks: Tokens, ftext: str, text_disease: TextDisease,
                 previous_type: str | None, war_before: bool = False, previous_scope: str = "new") -> None:  # fmt: skip
        self.toks = toks
        self.ftext = ftext
        self.words = toks.words
        self.gaps = toks.gaps  # the text before each token (joined reads it for the common case)
        self.n = len(toks)
        self._disease: str | None | bool = False  # not looked up yet (most sentences never ask)
        self._recoveries: bool | None = None
        self._new_cases: bool | None = None
        self._breakdown_marks: tuple[list[int], list[int]] | None = None
        self._mentions: frozenset[str] | None = None
        self.last_verb: int | None = None  # the last word that may say what befell people (heads.last_verb, once)
        self.latest_toll: list[tuple[int, int]] | None = None  # parts giving an updated toll (scope.latest_toll, once)
        self._text_disease = text_disease
        self.previous_type = previous_type
        self.previous_scope = previous_scope  # the scope of the sentence before's last claim: its parts here keep it
        self.war_before = war_before  # a sentence before, in the paragraph, counted from the war's start
        self.war_start: bool | None = None  # this sentence counts from the war's start (scope.counts_from_war_start, once)
        self.drafts: list[Draft] = []
        # each draft's last, increasing: a rule at token i adds a draft ending after i, and the
        # run goes on from its end (bisected by breakdown_part)
        self.lasts: list[int] = []
        self.consumed = 0  # tokens before this index belong to a claim already
        # (trigger, end) of the last count of things (families...) that had a trigger: a
        # count of people right after it is the trigger's too (نزوح 400 عائلة تضم 2000 شخص)
        self.carried: tuple[tuple[str, int, str], int] | None = None


    @property
    def disease(self) -> str | None:
        """The disease the sentence names, if any (looked up once, when a rule asks)."""
        if self._disease is False:  # a text that names no disease has no sentence that does
            self._disease = self._text_disease() and text_disease_of(self.ftext[self.toks.start : self.toks.end])
        return self._disease  # type: ignore[return-value]


    def names_disease(self) -> bool:
        """The sentence names a disease, or its text does (looked up once, when asked)."""
        return bool(self.disease or self._text_disease())


    def stretch(self, draft: Draft, last: int) -> None:
        """Let a draft run on to ``last`` (a relative joined to it), keeping ``lasts`` in step."""
        draft.last = last
        if self.drafts and self.drafts[-1] is draft:
            self.lasts[-1] = last

    def mentions(self, tag: str) -> bool:
        """Some word of the sentence is in the word list ``tag`` (accident, health ...)."""
        if self._mentions is None:  # every list any word is in, gathered once
            self._mentions = frozenset().union(*map(tags, self.words))
        return tag in self._mentions


    def noun(self, k: int) -> NounForm | None:
        return cached_noun_form(self.words[k]) if k < self.n else None


    def joined(self, k: int) -> bool:
        """Token k follows the one before it within the clause."""
        if 0 < k < self.n and self.gaps[k] == " ":
            return True  # the common case (Tokens.barrier's own first test), asked without calling it
        return k < self.n and not self.toks.barrier(k)


    def opens_phrase(self, k: int) -> bool:
        """Token k opens a prepositional phrase: a phrase head (في, خلال, جراء ...) or a word
        with ب glued that is no person and no number (بقصف, بريف, برصاص)."""
        w = self.words[k]
        return w in PHRASE_HEADS or (w.startswith("ب") and len(w) > 3 and self.noun(k) is None and not may_start_count(w))

    def comma_before(self, k: int) -> bool:
        """Only a comma stands between token k-1 and token k (and quote marks: "قسد"،)."""
        return k > 0 and self.toks.gaps[k].strip(QUOTE_MARKS) in (",", "،")


    def outside_asides(self, start: int, stop: int) -> Iterator[int]:
        """The tokens from start to stop (exclusive) outside parentheses: in طفل (7 سنوات)
        قتلوا the age is an aside a rule walks past."""
        depth = 0
        for q in range(start, stop):
            gap = self.toks.gaps[q]
            depth = max(0, depth + gap.count("(") - gap.count(")"))
            if not depth:
                yield q


    def in_date(self, q: int) -> bool:
        """Token q is a word of a date or a time a verb reaches past: a time word (`skip_words`),
        a month, its day's number before it, its year after it, الأول/الثاني after كانون or
        تشرين, or أمس الأول (أعدم التنظيم، الأحد 10 تموز، خمسة مدنيين). A month that is also a
        person noun (آب, folded as أب, a father) is one only next to its day or year."""
        w = self.words[q]
        lists = tags(w)  # has(w, name) is name in tags(w): the lists looked up once, not once a list
        before = self.words[q - 1] if q >= 1 else ""
        if "months" in lists and (form := self.noun(q)) is not None and not form.noun.excluded:  # آب folds to أب (a father): a month only by its day or year
            return is_digits(before) or q + 1 < self.n and is_digits(self.words[q + 1])
        if "skip" in lists or "months" in lists:
            return True
        if "month_seconds" in lists:
            return has(before, "months") or before == YESTERDAY
        if not is_digits(w):
            return False
        if len(w) <= 2:
            return q + 1 < self.n and has(self.words[q + 1], "months")  # 10 تموز
        return is_year(w) and (has(before, "months") or has(before, "month_seconds") and q >= 2 and has(self.words[q - 2], "months"))

    def back_in_clause(self, i: int, reach: int, low: int = 0) -> Iterator[int]:
        """The tokens before i, nearest first, at most ``reach`` of them and none before
        ``low``, while no clause break stands between them and i."""
        for q in range(i - 1, max(low, i - reach) - 1, -1):
            if not self.joined(q + 1):
                return
            yield q


    def may_pass(self, k: int) -> bool:
        """Token k follows the one before it within the clause, or after only a comma or
        the end of an aside: 5 أشخاص بينهم طفل (7 سنوات)، قتلوا."""
        return not self.toks.barrier(k) or self.comma_before(k) or self.toks.gaps[k].strip(QUOTE_MARKS + ",،") == ")"


    def in_phrase(self, k: int, heads: frozenset[str]) -> bool:
        """Tokens k, k+1, k+2 are "في <one of heads> X" within the clause."""
        return (k + 2 < self.n and self.words[k] == "في" and self.words[k + 1] in heads
                and self.joined(k) and self.joined(k + 1) and self.joined(k + 2))  # fmt: skip


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
                if w in BETWEEN_ON:
                    between = q
                verbs.append(verb)
                betweens.append(between)
            self._breakdown_marks = verbs, betweens
        return self._breakdown_marks

