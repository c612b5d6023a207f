"""The words of the claim grammar and the lookups it makes per token.

The lists of ``lexicon/claims.toml``, folded; the tokens of a sentence with their spans and
clause breaks; and, memoized per folded token, which lists a token belongs to (clitics
stripped), the trigger it is and whether a rule of :mod:`syria_news.claims` can start at it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate

from syria_news.numbers import (
    CLAIM_NOUN_FORMS,
    CLITICS,
    THIRD_PERSON,
    TOKEN,
    is_digits,
    may_start_count,
    noun_form,
    read_count,
)
from syria_news.text import fold_word

_LEX = tomllib.loads(files("syria_news.lexicon").joinpath("claims.toml").read_text(encoding="utf-8"))
_W = _LEX["words"]


def _folded_set(key: str) -> frozenset[str]:
    return frozenset(fold_word(w) for w in _W[key])


# Outlets whose names end in a number (السويداء 24), as folded words: the number is the name's.
NAMED_OUTLETS = frozenset(tuple(fold_word(w) for w in name.split()) for name in _W["named_outlets"])


@dataclass(frozen=True, slots=True)
class Trigger:
    claim_type: str
    length: int  # tokens
    needs: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()  # when set, the only victim groups it counts
    doer_first: bool = False  # the people right after it are its doer (ونعى صحفيون زميلهم)


TRIGGERS: dict[str, Trigger] = {}  # single folded words
PHRASE_TRIGGERS: dict[tuple[str, ...], Trigger] = {}  # multi-word, by folded tokens
for _name, _entry in _LEX["triggers"].items():
    _type = _entry.get("type", _name)
    _needs = frozenset(fold_word(w) for w in _entry.get("needs", []))
    _groups = frozenset(_entry.get("groups", []))
    _doer_first = bool(_entry.get("doer_first", False))
    for _w in _entry["words"]:
        _tokens = tuple(fold_word(_w).split())
        if len(_tokens) == 1:
            TRIGGERS.setdefault(_tokens[0], Trigger(_type, 1, _needs, _groups, _doer_first))
        else:
            PHRASE_TRIGGERS[_tokens] = Trigger(_type, len(_tokens), _needs, _groups, _doer_first)
# The phrase triggers by their last word, each list in PHRASE_TRIGGERS' order: a phrase that
# ends at a token is one of those (some last words are common: على, ب).
PHRASES_BY_END: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
for _phrase, _trigger in PHRASE_TRIGGERS.items():
    PHRASES_BY_END.setdefault(_phrase[-1], []).append((_phrase, _trigger))
PHRASE_FIRSTS = frozenset(p[0] for p in PHRASE_TRIGGERS)

# post trigger -> claim type: a verb's own type; حتفه/مصرعه (the idiom's end) and قتلهم are killed
POST_TRIGGERS = {fold_word(w): TRIGGERS[fold_word(w)].claim_type if fold_word(w) in TRIGGERS else "killed"
                  for w in _W["post_triggers"]} | {fold_word(w): "killed" for w in _W["post_killed_objects"]}  # fmt: skip
# post trigger in the singular -> its claim type (a singular verb may be active: see heads.intransitive_post_at)
SINGULAR_POSTS = {fold_word(w): TRIGGERS[fold_word(w)].claim_type for w in _W["post_singular_triggers"]}
LIST_HEADS = _folded_set("list_heads")
RELEASES = _folded_set("releases")
SUSPECTED = _folded_set("suspected")
RECORDING = _folded_set("recording")
NEW_WORDS = _folded_set("new_words")
WHOSE_NUMBER = _folded_set("whose_number")
REACHING = _folded_set("reaching")
IN_ALL = _folded_set("in_all")
AS_HOSTAGES = _folded_set("as_hostages")
SUBSET = _folded_set("subset_markers")
MADE_UP_OF = _folded_set("made_up_of")
WAR_START = _folded_set("war_start")
AGO_WORDS = _folded_set("ago_words")
NAME_STOPS = _folded_set("name_stops")
BODY_NAMES = _folded_set("body_names")
DESCRIPTORS = _folded_set("descriptors")
SO_FAR_ENDS = _folded_set("so_far_ends")
TOLL_UPDATES = _folded_set("toll_updates")
TOLL_LATEST = _folded_set("toll_latest")
WHERE_OPENERS = _folded_set("where_openers")
SHARE_GOES_ON = _folded_set("share_goes_on")
KNOWN_OF_THEM = _folded_set("known_of_them")
INCIDENTS = _folded_set("incident_words")
BARE_REACHED = _folded_set("bare_reached")
BARE_EXCEEDED = _folded_set("exceed_cues") - {w for w in _folded_set("exceed_cues") if w[:1] == "ل"}  # (not ليتجاوز: resultative)
EVENT_PRONOUNS = _folded_set("event_pronouns")
KIN_OF_PERSON = _folded_set("kin_of_person")
LIVES_OF = _folded_set("lives_of")
FELL_PLURAL = _folded_set("fell_plural")
FORCIBLY = _folded_set("forcibly")
GIVEN_NAMES = _folded_set("given_names")
TAKING_VERBS = frozenset(fold_word(w) for w in _LEX["triggers"]["killed_taken"]["words"])
FAMILY_MEMBERS = _folded_set("family_members")
SINCE = fold_word("منذ")
PERIOD_FROM = _folded_set("period_from")
WAR_YEARS = _folded_set("war_years")
YEARS_OF = _folded_set("years_of")
WAR_SPAN_WORDS = _folded_set("war_span_words")
WAR_ONGOING = _folded_set("war_ongoing")
EVENT_NOUNS = _folded_set("event_nouns")
SUPERLATIVES = _folded_set("superlatives")
WAR_WORDS = _folded_set("war_words")
WAR_AGE = _folded_set("war_age")
WAR_AGE_UNITS = _folded_set("war_age_units")
WAR_RESULTS = _folded_set("war_results")
WAR_WHOLE_STOPS = _folded_set("war_whole_stops") | _folded_set("own_time_words")
SPAN_STARTS = _folded_set("span_starts")
DEFINITE_VAGUE = _folded_set("definite_vague")
WAR_TARGETS = _folded_set("war_targets")
COUNT_PREPOSITIONS = _folded_set("count_prepositions")
YEAR_STARTS = _folded_set("year_starts")
YEAR_WORDS = _folded_set("year_words")
MONTH_NOUNS = _folded_set("month_nouns")
PAST_WORDS = _folded_set("past_words")
OF_THEM = _folded_set("of_them")
ONE_OF_THEM = _folded_set("one_of_them")
THE_OTHER = _folded_set("the_other")
UNKNOWN_DOERS = _folded_set("unknown_doers")
COMPRISING = _folded_set("comprising")
EQUIVALENT = _folded_set("equivalent")
RANKS_WORDS = _folded_set("ranks_words")
AMONG_WORDS = _folded_set("among_words")
STATE_WORDS = _folded_set("state_words")
HELD_WORDS = _folded_set("held_words")
STILL_PARTICLES = _folded_set("still_particles")
EACH_WORDS = _folded_set("each_words")
MEDICAL_BODIES = frozenset(tuple(fold_word(w).split()) for w in _W["medical_bodies"])
MEDICAL_FIRSTS = frozenset(name[0] for name in MEDICAL_BODIES)
MEMBER_NOUNS = _folded_set("member_nouns")
CUES = _folded_set("cumulative_cues")
EXCEED_CUES = _folded_set("exceed_cues")
# every word a running total's quote may start at
TOTAL_CUES = CUES | _folded_set("arrival_cues") | _folded_set("state_cues") | EXCEED_CUES
TOTALS_BLOCKERS = _folded_set("totals_blockers")
NUMBER_BLOCKERS = _folded_set("number_blockers")
CASE_WORDS = _folded_set("case_words")
BLAST_ACCIDENTS = _folded_set("blast_accidents")  # accident cues too
SKIP = _folded_set("skip_words")
PHRASE_HEADS = _folded_set("phrase_heads")
RELATIVES = _folded_set("relatives")
RELATIVE_PRONOUNS = frozenset(w for w in RELATIVES if w.startswith("ال"))  # الذي, التي, الذين ...
RELATIVES_PLURAL = _folded_set("relatives_plural")
ADJECTIVE_ONES = _folded_set("adjective_ones")
COPULAS = _folded_set("copulas")
LIST_THEN = _folded_set("list_then")
# the one-letter clitics (و ف ب ل ك): a word starting with one may be a phrase, not a noun
CLITIC_LETTERS = frozenset(c for c in CLITICS if len(c) == 1)
REACH = _folded_set("reach_verbs")
NONE_WORDS = _folded_set("none_words")
ACTORS = _folded_set("actor_words")
ARMED_BODIES = _folded_set("armed_bodies")
ORDINALS = _folded_set("ordinals")
VIOLENCE = _folded_set("violence_cues") | _folded_set("detention_cues")
# Plain death words: the list, and the bodies and the idiom (لقي ... حتفه) with its words.
NEUTRAL_DEATHS = _folded_set("neutral_deaths") | frozenset(
    fold_word(w) for key in ("killed_bodies", "killed_idiom") for field in ("words", "needs")
    for w in _LEX["triggers"][key].get(field, [])
)  # fmt: skip
SOURCE_HEADS = _folded_set("source_heads")
SOURCE_STOPS = _folded_set("source_stops")
SOURCE_BODIES = _folded_set("source_bodies")
SOURCE_ADDRESSEES = _folded_set("source_addressees")
MEDIA = frozenset(re.sub(r"\s+", "", fold_word(w)) for w in _W["media_markers"])
SPEECH = sorted({tuple(fold_word(w).split()) for w in _W["speech_words"]}, key=lambda p: -len(p))
DISEASES = {fold_word(w).lower(): label for label, ws in _LEX["diseases"].items() for w in ws}
DISEASE_WORDS = sorted(DISEASES, key=len, reverse=True)


# Cheap prefilter: a sentence with no trigger and no claim noun (as a whole word, bare or
# with clitics) holds no claim, so the grammar does not run on it. One set lookup a word.
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
CLAIM_WORDS = frozenset(
    clitic + form
    for form in set(TRIGGERS) | {p[0] for p in PHRASE_TRIGGERS} | CLAIM_NOUN_FORMS
    # an event noun with its pronoun, after تم (تم اعتقالهم)
    | {e + pronoun for e in _folded_set("event_nouns") for pronoun in THIRD_PERSON}
    # words that make a count of people a claim without being triggers (مجزرة بحق, سقط, حافلات تقل)
    | _folded_set("massacre_words") | _folded_set("fallen_words") | _folded_set("convoy_words") | _folded_set("family_words")
    | _folded_set("rubble_words")  # خمسة أطباء تحت الأنقاض: missing
    | _folded_set("forcing_words")  # أجبر القصف 300 شخص على ترك منازلهم: displaced
    | _folded_set("forced_plural")  # 300 شخص أجبروا على ترك منازلهم: displaced
    for clitic in ("", *CLITICS)
)
# A camp word lets a sentence in only with a count in it: its one rule (camp_residents) reads
# a thousand or more people living in a camp (47 ألف شخص يعيشون في المخيم); the many
# sentences that only name a camp skip the grammar.
CAMP_WORDS = frozenset(clitic + w for w in _folded_set("camp_words") for clitic in ("", *CLITICS))


_GLUE = _folded_set("glue_words") | SKIP | SUBSET
_WHOLE = _folded_set("whole_words")


_SUBSET_FORMS = frozenset(clitic + w for w in SUBSET for clitic in ("", *CLITICS))


def opens_among(words: list[str]) -> bool:
    """A sentence opens on "among them" (كان من بينهم 12 امرأة): its counts are parts of the
    sentence before's people, though it holds no claim word of its own."""
    return not _SUBSET_FORMS.isdisjoint(words[:3])


def _claim_word(word: str) -> bool:
    """A trigger, a counted noun (a person or a claim noun) or a count by itself (a number word,
    عشرات; not a qualifier's first word, which is also a common word: لا, ما)."""
    if word in CLAIM_WORDS or read_count([word], 0) is not None:
        return True
    if len(word) >= 4 and word[0] not in "لب" and may_start_count(word):
        return True  # أكثر, حوالي: a qualifier of four letters or more
    form = noun_form(word)
    return form is not None and not form.noun.excluded


def _known(word: str) -> bool:
    return _claim_word(word) or strip_clitics(word, _GLUE) is not None


# The longest token read as words glued together: a few words at a link's edge
# (طفلقتلوجرح). A longer run (a scraped line with no spaces) is no word: reading it would
# recurse once per word (a session-25 fuzz run drew 3,000 glued جرح).
GLUED_MAX = 40


@lru_cache(maxsize=1 << 16)
def glued(token: str) -> int | None:
    """Where the second word starts, when a token is two known words glued at a scraped link's
    edge (طفلقتل, أكثرمن, بينهمامرأة, مدنيالخميس); else None.

    One half is a claim word or a count, the other any known word; the token itself is no
    known word nor one of `whole_words`, and at most ``GLUED_MAX`` letters, and each half has two letters or more, a half of two
    a glue word (من, في: أبواب is no أب + واب).

    >>> glued("طفلقتل"), glued("عناصرمن"), glued("مدنيالخميس"), glued("مدرسة"), glued("منهم"), glued("ابواب")
    (3, 5, 4, None, None, None)
    """
    if len(token) < 5 or len(token) > GLUED_MAX or _known(token) or noun_form(token) is not None or strip_clitics(token, _WHOLE) is not None:
        return None
    for cut in range(2, len(token) - 1):
        left, right = token[:cut], token[cut:]
        if len(left) == 2 and left not in _GLUE or len(right) == 2 and right not in _GLUE:
            continue
        if _claim_word(left) and (_known(right) or glued(right)) or _known(left) and _claim_word(right):
            return cut
    return None


# Tokens found to be no two glued words. A sentence whose words are all in it (most: news
# repeats its words) is answered by one set test in C instead of a memo lookup a word; a
# sentence holding a glued token is never added. Bounded like glued's own memo.
_NOT_GLUED: set[str] = set()


def any_glued(words: list[str]) -> bool:
    """``any(map(glued, words))``: some token is two known words glued together."""
    if _NOT_GLUED.issuperset(words):
        return False
    if any(map(glued, words)):
        return True
    if len(_NOT_GLUED) > 1 << 16:
        _NOT_GLUED.clear()
    _NOT_GLUED.update(words)
    return False


_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})", TOKEN.flags)
# Punctuation that closes a clause: a trigger does not reach over it.
_BARRIER = re.compile(r"[,;:()\[\]]|\s-\s")


# --- tokens --------------------------------------------------------------------------


class Tokens:
    """The tokens of one sentence of a folded text: words, spans, and clause breaks
    (computed on demand: most tokens are never asked)."""

    __slots__ = ("start", "end", "words", "gaps", "_parts", "_spans", "_barriers")

    def __init__(self, ftext: str, start: int, end: int) -> None:
        self.start, self.end = start, end  # the sentence's span in the folded text
        # One split gives the words and the gaps between them; the spans follow from
        # their lengths. All in C: a match object per token costs twice as much.
        self._parts = _TOKEN_SPLIT.split(ftext[start:end])
        self.words = self._parts[1::2]
        self.gaps = self._parts[0::2]  # gaps[k]: the text before token k
        self._spans: list[tuple[int, int]] | None = None
        self._barriers: dict[int, bool] = {}
        if any_glued(self.words):
            self._split_glued()

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Each token's (start, end) in the folded text, computed when first asked: a sentence
        the grammar reads and finds no claim in cuts no quote."""
        if self._spans is None:
            offsets = list(accumulate(map(len, self._parts), initial=self.start))
            self._spans = list(zip(offsets[1::2], offsets[2::2]))
        return self._spans

    def _split_glued(self) -> None:
        """Split each token that is two words glued together into two tokens with no gap."""
        words, gaps, spans = [], [], []
        for word, gap, (s, e) in zip(self.words, self.gaps, self.spans, strict=False):
            while (cut := glued(word)) is not None:  # طفلقتلوجرح: three words
                words.append(word[:cut])
                gaps.append(gap)
                spans.append((s, s + cut))
                word, gap, s = word[cut:], "", s + cut
            words.append(word)
            gaps.append(gap)
            spans.append((s, e))
        self.words, self._spans, self.gaps = words, spans, gaps + self.gaps[-1:]  # and the gap after the last

    def __len__(self) -> int:
        return len(self.words)

    def barrier(self, k: int) -> bool:
        """A clause break (comma, parenthesis...) lies between token k-1 and token k; the
        parentheses around a lone number are none: سجلت (342) إصابة reads as سجلت 342 إصابة."""
        if k <= 0 or self.gaps[k] == " ":
            return False  # the common case, answered before the memo: one space is no break
        hit = self._barriers.get(k)
        if hit is None:
            gap = self.gaps[k]
            hit = bool(_BARRIER.search(gap))
            if hit and self._bracketed_number(k, alone=False):  # التالي: (6) لاجئين: the colon still breaks
                hit = not self._bracketed_number(k) and bool(_BARRIER.search(gap[: gap.rindex("(")]))
            if hit and self._bracketed_number(k - 1, alone=False):
                hit = not self._bracketed_number(k - 1) and bool(_BARRIER.search(gap[gap.index(")") + 1 :]))
            self._barriers[k] = hit
        return hit

    def quote_span(self, first: int, last: int) -> tuple[int, int]:
        """The folded span from token ``first`` to token ``last``, with the parentheses of a
        bracketed number at either end."""
        start, end = self.spans[first][0], self.spans[last][1]
        if self._bracketed_number(first, alone=False):
            start -= len(self.gaps[first]) - self.gaps[first].rindex("(")
        if self._bracketed_number(last, alone=False):
            end += self.gaps[last + 1].index(")") + 1
        return start, end

    def _bracketed_number(self, k: int, alone: bool = True) -> bool:
        """Token k is digits between "(" and ")", with no other mark around them when
        ``alone`` (حلب (10)، : not alone)."""
        if not (0 < k < len(self.words) and is_digits(self.words[k])):
            return False  # (342), (2,147), (11.812)
        before, after = self.gaps[k].strip(), self.gaps[k + 1].strip()
        return before == "(" and after == ")" if alone else before.endswith("(") and after.startswith(")")


# CLITICS is longest first, so the first clitic that fits a token is its longest prefix that is
# a clitic and leaves a word of the table: strip_clitics tries the token's prefix of each
# length (4) by set lookup, not each clitic (18) by startswith.
_CLITIC_SET = frozenset(CLITICS)
_CLITIC_LENGTHS = sorted({len(c) for c in CLITICS}, reverse=True)
assert [len(c) for c in CLITICS] == sorted(map(len, CLITICS), reverse=True), "strip_clitics needs CLITICS longest first"


def strip_clitics(token: str, table: Collection[str]) -> tuple[str, str] | None:
    """(clitic, word) when ``token`` is in ``table`` as is or after clitics."""
    if token in table:
        return "", token
    for n in _CLITIC_LENGTHS:
        if len(token) - n >= 2 and token[:n] in _CLITIC_SET and token[n:] in table:
            return token[:n], token[n:]
    return None


def armed_body_at(words: list[str], k: int) -> int | None:
    """The index after an armed body named at k, "من" and its name (من قوات النظام: k + 2) or
    its name with ل (لقوات النظام, للنظام: k + 1); None when none stands there."""
    if k + 1 < len(words) and words[k] == "من" and strip_clitics(words[k + 1], ARMED_BODIES) is not None:
        return k + 2
    body = strip_clitics(words[k], ARMED_BODIES) if k < len(words) else None
    return k + 1 if body is not None and body[0] in ("ل", "لل") else None


_LISTS = {
    "skip": SKIP, "rates": _folded_set("rate_words"), "responsible": _folded_set("responsible_words"), "families": _folded_set("family_words"), "total_words": _folded_set("total_words"), "grown_after": _folded_set("grown_after"), "some": _folded_set("some_words"), "most": _folded_set("most_words"), "convoys": _folded_set("convoy_words"), "aid": _folded_set("aid_words"), "armed_men": _folded_set("armed_men"), "detention": _folded_set("detention_cues"), "fate": _folded_set("fate_words"), "held_by": _folded_set("held_by"), "comprising": COMPRISING,
    "want": _folded_set("want_cues"), "displaced_camps": _folded_set("displaced_camps"), "residing": _folded_set("residing_words"), "camps": _folded_set("camp_words"),
    "known_of": _folded_set("known_of"), "lost_things": _folded_set("lost_things"), "tolls": _folded_set("toll_words"), "toll_updates": TOLL_UPDATES, "toll_latest": TOLL_LATEST, "toll_update_verbs": _folded_set("toll_update_verbs"), "day_words": _folded_set("day_words"),
    "particle_verbs": _folded_set("particle_verbs"), "fallen": _folded_set("fallen_words"), "massacres": _folded_set("massacre_words"),
    "months": _folded_set("month_words"), "month_seconds": _folded_set("month_seconds"), "violence": VIOLENCE, "suspected": SUSPECTED, "releases": RELEASES, "cues": CUES,
    "accident": _folded_set("accident_cues") | BLAST_ACCIDENTS, "blast_accidents": BLAST_ACCIDENTS, "health": _folded_set("health_cues"), "wounds": _folded_set("wound_cues"),
    "number_blockers": NUMBER_BLOCKERS, "totals_blockers": TOTALS_BLOCKERS, "recording": RECORDING,
    "source_heads": SOURCE_HEADS, "source_stops": SOURCE_STOPS, "case_words": CASE_WORDS,
    "speech_first": frozenset(p[0] for p in SPEECH),
    "phrase_firsts": PHRASE_FIRSTS,
    "subset": SUBSET, "returns": _folded_set("returns"), "deportations": _folded_set("deportations"), "members": _folded_set("members"), "causes": _folded_set("cause_words"), "displacement_causes": _folded_set("cause_words") | _folded_set("displacement_causes"), "member_links": _folded_set("member_links"),
    "number_heads": _folded_set("number_heads"), "counted_cues": _folded_set("arrival_cues") | _folded_set("state_cues") | EXCEED_CUES,
    "exceed_cues": EXCEED_CUES, "event_nouns": _folded_set("event_nouns"), "percent": _folded_set("percent_words"),
    "reached_cues": _folded_set("reached_cues"), "period": _folded_set("period_words"), "since": _folded_set("since_words"),
    "clause_openers": _folded_set("clause_openers"),
    "initial": _folded_set("initial_words"), "rise_cues": _folded_set("rise_cues"), "change_words": _folded_set("change_words"), "lost_verbs": _folded_set("lost_verbs"), "contact": _folded_set("contact_words"),
    "negations": _folded_set("negations"), "still": _folded_set("still_words"),
    "outcome_verbs": _folded_set("outcome_verbs"), "denials": _folded_set("denials"), "reports": _folded_set("reports"),
    "hypothetical": _folded_set("hypothetical"), "breakdown": _folded_set("breakdown_verbs"),
    "new_cases": _folded_set("new_case_words"), "displaced_adjectives": _folded_set("displaced_adjectives"),
    "life_words": _folded_set("life_words"), "event_adjectives": _folded_set("event_adjectives"),
    "exposure": _folded_set("exposure_verbs"), "ranking": _folded_set("ranking_words"), "forcing": _folded_set("forcing_words"), "flight": _folded_set("flight_words"), "exposure_plural": _folded_set("exposure_plural"), "forced_plural": _folded_set("forced_plural"), "lives_of": LIVES_OF, "group_nouns": _folded_set("group_nouns"),
    "dead_only": _folded_set("dead_only_cues"), "cause_heads": _folded_set("cause_heads"), "made_of": _folded_set("made_of"),
    # session 16: appositions, additions, attempts, stocks and the war's toll
    "movement": _folded_set("movement_words"), "carrying": _folded_set("carrying"), "until": _folded_set("so_far_until"), "year_parts": _folded_set("year_parts"),
    "every": _folded_set("every_words"), "rate_units": _folded_set("rate_units"), "ordinals": _folded_set("ordinal_words"),
    "own_time": _folded_set("own_time_words"), "attempts": _folded_set("attempts"), "charges": _folded_set("charges"), "others": _folded_set("others"),
    "addition_words": _folded_set("addition_words"), "result_words": _folded_set("result_words"),
    "wound_states": _folded_set("wound_states"), "documenting": _folded_set("documenting"), "outlet_heads": _folded_set("outlet_heads"), "rubble": _folded_set("rubble_words"),
    "turned": _folded_set("turned_verbs"), "turned_plural": _folded_set("turned_plural"), "disappeared": _folded_set("disappeared"),
    # session 20
    "companion_events": _folded_set("companion_events"), "age_under": _folded_set("age_under"), "manner": _folded_set("manner_words"), "age_words": _folded_set("age_words"), "died_one": _folded_set("died_one"), "died_two": _folded_set("died_two"),
}  # fmt: skip


# word -> the lists it is in: one lookup per clitic reading of a token, not one per list
_LIST_INDEX: dict[str, frozenset[str]] = {}
for _name, _table in _LISTS.items():
    for _word in _table:
        _LIST_INDEX[_word] = _LIST_INDEX.get(_word, frozenset()) | {_name}


@lru_cache(maxsize=1 << 16)
def tags(token: str) -> frozenset[str]:
    """The word lists a folded token belongs to, clitics stripped (memoized: a page
    repeats its words, and the vocabulary of news is small): what
    ``strip_clitics(token, table)`` finds in each list, read from one index."""
    found = _LIST_INDEX.get(token, frozenset())
    for clitic in CLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= 2:
            found = found | _LIST_INDEX.get(token[len(clitic) :], frozenset())
    return found


def has(token: str, name: str) -> bool:
    return name in tags(token)


@lru_cache(maxsize=1 << 16)
def trigger_word(token: str) -> tuple[Trigger, str] | None:
    hit = strip_clitics(token, TRIGGERS)
    return (TRIGGERS[hit[1]], hit[0]) if hit is not None else None


cached_noun_form = lru_cache(maxsize=1 << 16)(noun_form)


@lru_cache(maxsize=1 << 16)
def claim_type_of(token: str) -> str | None:
    """The claim type a trigger or a claim noun says by itself (حالة: none)."""
    trig = trigger_word(token)
    if trig is not None:
        return trig[0].claim_type
    form = noun_form(token)
    return form.noun.claim_type if form is not None and not form.noun.container else None


IRRELEVANT, COUNT_START, RULE_START, THING = 0, 1, 2, 3


@lru_cache(maxsize=1 << 16)
def pronoun_event(token: str) -> tuple[Trigger, str, int] | None:
    """(trigger, clitic, persons) of an event noun with a pronoun of one or two persons
    glued to it (لمقتله, بإصابتها, عن مقتلهما); None for any other token."""
    for suffix, persons in (("هما", 2), ("ها", 1), ("ه", 1)):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            stem = token[: -len(suffix)]
            for noun in (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,):  # إصابته: إصابة + ه
                hit = strip_clitics(noun, TRIGGERS)
                if hit is not None and hit[1] in _LISTS["event_nouns"]:
                    return TRIGGERS[hit[1]], hit[0], persons
            return None
    return None


@lru_cache(maxsize=1 << 16)
def token_role(token: str) -> int:
    """Whether a rule can start at this token: a count phrase may (``COUNT_START``, tried
    first), another rule may (trigger, counted noun: ``RULE_START``), none can though the
    noun names things (``THING``: الغارات, منازل; a rule reads it only from another token,
    and it is no word of a name), or none can (``IRRELEVANT``)."""
    return COUNT_START if may_start_count(token) else rule_role(token)


@lru_cache(maxsize=1 << 16)
def rule_role(token: str) -> int:
    """The token's role where no count phrase starts (may_start_count is true of words
    that start no count read: عدد alone, ما, نحو): ``RULE_START``, ``THING`` or ``IRRELEVANT``."""
    if trigger_word(token) is not None or has(token, "phrase_firsts") or pronoun_event(token) or has(token, "known_of"):
        return RULE_START
    form = noun_form(token)
    if form is None:
        return IRRELEVANT
    return THING if form.noun.excluded else RULE_START
