"""Place mentions in Arabic news text -> OCHA governorate P-codes (SY01..SY14).

Three entry points, all matching on folded text (:func:`syria_news.text.fold`) and
reporting offsets into the text they were given:

* :func:`governorate_mentions` finds every governorate named in a text;
* :func:`sentence_place` gives the place a sentence reports and its P-code;
* :func:`governorate_pcode` maps one governorate name, Arabic or Latin, to its P-code.

Rules (the contract leaves these open; the project docs copy this list):

1. **Governorate mentions.** A mention is a governorate spelling from
   ``lexicon/governorates.toml`` as a whole word, with a glued clitic (و ب ل ف وب
   في: بدرعا، وإدلب، لحلب، للرقة) or none. "ريف X", "ريفي X", "أرياف X", "غوطة X",
   "الريف الغربي لـX" and "الريف الحلبي" are the countryside of X: the same P-code as
   X, except ريف دمشق, which is SY03 (Rural Damascus), not SY01. In "ريفي X ... وY"
   the dual ريفي covers Y too. "X وريفها" names X and its countryside: two P-codes for
   دمشق (SY01, SY03), one for the others. A mention's span leaves out the clitic (except in the
   merged forms للرقة، للاذقية, where it cannot be cut out). "الشام" is not mapped
   (too ambiguous: Damascus, Syria, the Levant), so "بصرى الشام" and "هيئة تحرير الشام"
   give nothing; other proper names that contain a governorate (groups, anthems,
   channels: "جيش إدلب الحر", "حماة الديار") are listed in the lexicon and ignored.
2. **The place phrase** (``place``, as written) is the first location phrase of the
   sentence that names a governorate, else its first location phrase. A phrase opens on
   a place noun (مدينة، بلدة، قرية، حي، مخيم، ريف، منطقة، طريق ...), a governorate, a
   known region, country or town, or a compass/position word before a place (شرق
   ديرالزور، وسط مدينة ...). It runs on through a place name of one or two words (a
   second word only when it carries ال or the first is a toponym head like كفر، تل،
   باب), suffixes (الشمالي، البلد), and chained places: a direction (غرب إدلب), a
   clitic or في before a place (بريف حلب، في ريف درعا، والسويداء), or "التابعة لـ".
   It stops at punctuation, parentheses, digits and other words. The preposition
   before the phrase (في، ب، على، من، قرب ...) is not part of it; positional nouns
   (وسط، محيط، أطراف) are. Quote marks inside the phrase stay as written.
3. **The P-code** of a sentence's place is the one governorate the sentence names; none
   when it names none (a town or region alone: "مدينة جرابلس"، "الغوطة الشرقية") and
   none when it names two or more different ones ("طريق السويداء دمشق"، "ريفي درعا
   الشرقي والسويداء الغربي"), since the event cannot then be put in one. Not counted:
   a governorate inside a quoted proper name ("جيش إدلب الحر" in quotes or listed), in
   the trailing ticker attribution ("(مصدر عسكري من حلب)") or in a dateline
   ("سمارت - درعا", "سوريا - سمارت"): the dateline is never a claim's place.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate
from typing import NamedTuple

from syria_news.text import Folded, fold, fold_word


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place phrase found in a text, with the governorate it lies in."""

    start: int  # offsets into the text passed in (Python str indices)
    end: int
    place: str  # text[start:end], the place phrase as written
    pcode: str | None  # OCHA governorate P-code SY01..SY14, None when none or ambiguous


# --- lexicon ----------------------------------------------------------------------

_LEXICON = tomllib.loads(files("syria_news.lexicon").joinpath("governorates.toml").read_text("utf-8"))


def _folded(words: list[str]) -> list[str]:
    """Fold lexicon entries and normalize their spaces."""
    return [" ".join(fold_word(w).split()) for w in words]


def _squash(folded: str) -> str:
    """A spelling without spaces: the key that makes "دير الزور" equal "ديرالزور"."""
    return "".join(folded.split())


def _english_key(name: str) -> str:
    """Latin name -> lookup key, blind to case, accents and punctuation.

    >>> _english_key("Deir-ez-Zor") == _english_key("deir ez zor")
    True
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", plain)


# squashed Arabic spelling -> (pcode, rural pcode); nisba adjective -> same
_SPELLING: dict[str, tuple[str, str]] = {}
_NISBA: dict[str, tuple[str, str]] = {}
_ENGLISH: dict[str, str] = {}
for _gov in _LEXICON["governorate"]:
    _codes = (_gov["pcode"], _gov.get("rural_pcode", _gov["pcode"]))
    for _form in _folded(_gov["arabic"]):
        _SPELLING[_squash(_form)] = _codes
    for _form in _folded(_gov.get("nisba", [])):
        _NISBA[_form] = _codes
    for _form in [_gov["name_en"], *_gov["english"]]:
        _ENGLISH[_english_key(_form)] = _gov["pcode"]

_PHRASE = _LEXICON["phrase"]
_KNOWN = _folded([w for kind in _LEXICON["known_places"].values() for w in kind])
_NOT_PLACES = _folded(_LEXICON["not_places"]["phrases"])

# Word classes of the place-phrase grammar (see _unit and _link below).
HEAD, DIRECTION, POSITION, SUFFIX, LINK, STOP, NAME, GOV, KNOWN = (
    "head", "direction", "position", "suffix", "link", "stop", "name", "gov", "known")
_WORD_CLASS: dict[str, str] = {}
for _cls, _key in [(STOP, "stop_words"), (LINK, "links"), (SUFFIX, "suffixes"),
                   (HEAD, "place_nouns"), (POSITION, "positions"), (DIRECTION, "directions")]:
    _WORD_CLASS.update(dict.fromkeys(_folded(_PHRASE[_key]), _cls))  # later classes win
_TOPONYM_FIRST = frozenset(_folded(_PHRASE["toponym_first_words"]))
del _gov, _codes, _form, _cls, _key

# Glued clitics, longest first: وب، فب، وفي، في، ول، فل، و، ف، ب، ل.
_CLITICS = ("وب", "فب", "وفي", "في", "ول", "فل", "و", "ف", "ب", "ل")
# Clitics that may join a further place onto a phrase ("بريف حلب", "والسويداء").
_JOINING_CLITICS = frozenset({"و", "ب", "في", "وب", "وفي", "ل"})


# --- patterns, built once from the lexicon ------------------------------------------

def _alternation(forms: list[str]) -> str:
    """A regex alternation of folded forms, longest first; a space also matches none.

    >>> re.fullmatch(_alternation(["دير الزور"]), "ديرالزور") is not None
    True
    """
    unique = sorted(set(forms), key=lambda f: (-len(f), f))
    return "|".join(r"\s*".join(re.escape(w) for w in form.split()) for form in unique)


def _trie(words: list[str]) -> str:
    """A regex matching any of ``words``, factored by shared prefixes so that the
    engine reads each character once instead of trying every word at every position.

    >>> _trie(["حلب", "حماه", "حمص"])
    '(?:ح(?:لب|م(?:اه|ص)))'
    >>> re.fullmatch(_trie(["ريف", "ريفي"]), "ريفي") is not None
    True
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # end of a word

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return "(?:" + walk(tree) + ")"


def _lam_forms(form: str) -> list[str]:
    """How a spelling is written after the preposition ل, which eats the article's alef.

    >>> _lam_forms("الرقه"), _lam_forms("اللاذقيه"), _lam_forms("حلب")
    (['للرقه'], ['لللاذقيه', 'للاذقيه'], ['لحلب'])
    """
    if not form.startswith("ال"):
        return ["ل" + form]
    rest = form[2:]
    return ["لل" + rest] + (["ل" + rest] if rest.startswith("ل") else [])


_NAMES = _folded([w for gov in _LEXICON["governorate"] for w in gov["arabic"]])
_AL_NAMES = [n for n in _NAMES if n.startswith("ال")]
_LAM_NAMES = [lam for n in _NAMES for lam in _lam_forms(n)]
# Not-places that hide a governorate ("جيش إدلب الحر") are skipped by the mention finder.
_PROPER_NAMES = [p for p in _NOT_PLACES if any(re.search(rf"(?<!\w){n}(?!\w)", p) for n in _NAMES)]
_LAM_SPELLING = {_squash(lam): _SPELLING[_squash(n)] for n in _NAMES for lam in _lam_forms(n)}
_CLITIC_RE = "|".join(_CLITICS)
_RURAL = _alternation(_folded(_PHRASE["rural_heads"]))
_SUFFIXES = _alternation(_folded(_PHRASE["suffixes"]))

_MENTION = re.compile(
    rf"""
    (?<!\w)
    (?:
        (?:{_CLITIC_RE})? (?P<proper>{_alternation(_PROPER_NAMES)})   # not a place: skipped
      | (?P<c1>{_CLITIC_RE})? (?P<rural>{_RURAL}) \s+ (?P<rname>{_alternation(_NAMES)})  # ريف حلب
      | (?P<c2>{_CLITIC_RE})? (?P<rural2>الريف (?:\s+(?:{_SUFFIXES}))* \s+)          # الريف الغربي لحلب
            (?P<lname2>{_alternation(_LAM_NAMES)})
      | (?P<c3>{_CLITIC_RE})? (?P<rural3>الريف) \s+ (?P<nisba>{_alternation(list(_NISBA))})  # الريف الحلبي
      | (?P<c4>{_CLITIC_RE})? (?P<name>{_alternation(_NAMES)})                       # حلب، بدرعا
      | (?P<c5>[وف])? (?P<lname>{_alternation([lam for n in _AL_NAMES for lam in _lam_forms(n)])})  # للرقة
    )
    (?!\w)
    """,
    re.VERBOSE,
)

# Where a mention can start: the first word of any form above. Searching these literals
# and trying _MENTION only there is ~5x faster than letting _MENTION scan the text.
_MENTION_HINT = re.compile(_trie(sorted({f.split()[0] for f in (
    *_NAMES, *_LAM_NAMES, *_PROPER_NAMES, *_folded(_PHRASE["rural_heads"]), "الريف")})))
_NOT_PLACE = re.compile(rf"(?<!\w)(?:{_CLITIC_RE})?(?:{_alternation(_NOT_PLACES)})(?!\w)")

_KNOWN_PLACE = re.compile(
    rf"(?<!\w)(?P<clitic>{_CLITIC_RE})?(?P<name>{_alternation(_KNOWN)})(?!\w)"
)
_KNOWN_HINT = re.compile(_trie(sorted({f.split()[0] for f in _KNOWN})))

# Between two words of one phrase: spaces, quote marks, dashes ("طريق حلب - دمشق").
_JOINER = re.compile(r"""[\s"'“”«»\-–—]*""")
_QUOTED = re.compile(r"""["“”«»]([^"“”«»\n]{1,80})["“”«»]""")
# The ticker attribution "(مصدر عسكري)" at the end, possibly cut off: not a place.
_DATELINE_HEAD = re.compile(r"^\s*سمارت\s*[-–—]+\s*")
_DATELINE_TAIL = re.compile(r"\s*[-–—]+\s*سمارت")
_WORD = re.compile(r"\w+")
# Cheap prefilter: a sentence with none of these substrings has no place.
_TRIGGER = re.compile(_trie(sorted({form.split()[0] for form in (
    *(w for w, cls in _WORD_CLASS.items() if cls in (HEAD, DIRECTION, POSITION)),
    *_NAMES, *_LAM_NAMES, *_KNOWN)})))


# --- governorate mentions ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Mention:
    """A governorate mention in folded text."""

    match_start: int  # incl. the glued clitic
    start: int  # the mention proper
    end: int
    clitic: str
    pcode: str


def _matches(pattern: re.Pattern[str], hints: re.Pattern[str], ftext: str) -> Iterator[re.Match[str]]:
    """The matches of a word-bounded ``pattern``, in order, tried only where ``hints`` hit."""
    covered = 0
    for hint in hints.finditer(ftext):
        start = hint.start()
        if start < covered:
            continue
        while start > covered and (ftext[start - 1].isalnum() or ftext[start - 1] == "_"):
            start -= 1  # back to the start of the word (a glued clitic)
        m = pattern.match(ftext, start)
        if m:
            covered = m.end()
            yield m


def _mentions(ftext: str) -> list[_Mention]:
    """Governorate mentions in folded text, in order (proper names listed as not places skipped)."""
    found: list[_Mention] = []
    previous_dual: _Mention | None = None  # the last "ريفي X", whose dual may cover "وY"
    for m in _matches(_MENTION, _MENTION_HINT, ftext):
        if m["proper"]:
            previous_dual = None
            continue
        if m["rname"]:
            codes, start, clitic = _SPELLING[_squash(m["rname"])], m.start("rural"), m["c1"]
        elif m["lname2"]:
            codes, start, clitic = _LAM_SPELLING[_squash(m["lname2"])], m.start("rural2"), m["c2"]
        elif m["nisba"]:
            codes, start, clitic = _NISBA[m["nisba"]], m.start("rural3"), m["c3"]
        elif m["name"]:
            codes, start, clitic = _SPELLING[_squash(m["name"])], m.start("name"), m["c4"]
        else:
            codes, start, clitic = _LAM_SPELLING[_squash(m["lname"])], m.start("lname"), m["c5"]
        rural = bool(m["rural"] or m["rural2"] or m["rural3"])
        if not rural and clitic == "و" and previous_dual is not None:
            # "ريفي درعا الشرقي ودمشق": the dual countryside covers the second name too.
            rural = _is_suffix_run(ftext[previous_dual.end:m.start()])
        mention = _Mention(m.start(), start, m.end(), clitic or "", codes[1] if rural else codes[0])
        found.append(mention)
        if not rural and (its := _ITS_COUNTRYSIDE.match(ftext, m.end())):
            # "دمشق وريفها": the city and its countryside, two P-codes for Damascus
            found.append(_Mention(its.start(1), its.start(1) + 1, its.end(), "و", codes[1]))
        previous_dual = mention if m["rural"] in ("ريفي", "ارياف") or (rural and previous_dual) else None
    return found


_ITS_COUNTRYSIDE = re.compile(rf"\s+({_alternation(_folded(_PHRASE['its_countryside']))})(?!\w)")
_SUFFIX_RUN = re.compile(rf"(?:\s+(?:{_SUFFIXES}))*\s+")


def _is_suffix_run(gap: str) -> bool:
    """True when ``gap`` holds only spaces and suffix words (" الشرقي ")."""
    return _SUFFIX_RUN.fullmatch(gap) is not None


def governorate_mentions(text: str) -> list[PlaceMention]:
    """Every governorate mention in ``text``, in order; each carries its P-code.

    >>> [(m.place, m.pcode) for m in governorate_mentions("قصف على ريف دمشق وبدرعا")]
    [('ريف دمشق', 'SY03'), ('درعا', 'SY12')]
    """
    folded = fold(text)
    out = []
    for m in _mentions(folded.text):
        start, end = folded.span(m.start, m.end)
        out.append(PlaceMention(start, end, text[start:end], m.pcode))
    return out


def governorate_pcode(name: str) -> str | None:
    """A governorate name in any spelling (Arabic or Latin) -> its P-code, else None.

    The whole name must be one governorate, optionally after محافظة/مدينة and before
    suffixes such as الغربي or البلد; a town, a region or two governorates give None.

    >>> governorate_pcode("ريف حلب الغربي"), governorate_pcode("Deir-ez-Zor")
    ('SY02', 'SY09')
    >>> governorate_pcode("بصرى الشام") is None
    True
    """
    english = _ENGLISH.get(_english_key(name))
    if english:
        return english
    ftext = " ".join(fold(name).text.split())
    mentions = _mentions(ftext)
    if len(mentions) != 1:
        return None
    (m,) = mentions
    head = ftext[: m.match_start].strip()
    tail = ftext[m.end:]
    if head not in ("", "محافظه", "مدينه") or not (tail == "" or _is_suffix_run(tail + " ")):
        return None
    return m.pcode


# --- the place phrase of a sentence -------------------------------------------------

class _Item(NamedTuple):
    """A word (or a multi-word governorate/known place) of folded text, classified.

    A named tuple, not a dataclass: one is made per word, and tuples are made fastest.
    """

    kind: str
    start: int  # incl. the glued clitic
    body: int  # after the clitic
    end: int
    word: str  # the word without its clitic
    clitic: str
    pcode: str | None = None


@lru_cache(maxsize=1 << 16)  # news vocabulary repeats: classify each word once
def _classify(word: str) -> tuple[str, str, str]:
    """(class, clitic, stem) of a folded word; the clitic is only cut for phrase words.

    >>> _classify("بمدينه"), _classify("بلده"), _classify("بانفجار")
    (('head', 'ب', 'مدينه'), ('head', '', 'بلده'), ('name', '', 'بانفجار'))
    """
    cls = _WORD_CLASS.get(word)
    if cls:
        return cls, "", word
    if word.isdigit():
        return STOP, "", word
    for clitic in _CLITICS:
        if word.startswith(clitic):
            cls = _WORD_CLASS.get(word[len(clitic):])
            if cls in (HEAD, DIRECTION, POSITION, SUFFIX):
                return cls, clitic, word[len(clitic):]
    return NAME, "", word


def is_place_noun(word: str) -> bool:
    """A folded word is a noun that opens a place phrase, clitics aside (مدينه, وبلده).

    >>> is_place_noun("وبلده"), is_place_noun("ثم")
    (True, False)
    """
    return _classify(word)[0] == HEAD


def is_relative_place(place: str | None) -> bool:
    """A place phrase that opens with a direction names a landmark the place lies near
    (مسرابا "12 كم شرق دمشق": the town is in Rural Damascus, the phrase names Damascus).

    >>> is_relative_place("شرق دمشق"), is_relative_place("بلدة كفرنبل جنوب إدلب")
    (True, False)
    """
    words = _WORD.findall(fold(place or "").text)
    return bool(words) and _classify(words[0])[0] == DIRECTION


# _Item(...) runs a Python-level __new__; tuple.__new__ makes the same tuple in C.
_new_tuple = tuple.__new__


def _items(ftext: str, entities: list[_Item], pos: int = 0) -> list[_Item]:
    """The words of ``ftext`` from ``pos`` on as items, multi-word entities kept whole."""
    items: list[_Item] = []
    pending = iter(entities)
    entity = next(pending, None)
    for w in _WORD.finditer(ftext, pos):
        start, end = w.span()
        while entity is not None and entity.end <= start:
            entity = next(pending, None)
        if entity is not None and entity.start < end:
            if not items or items[-1] is not entity:
                items.append(entity)
            continue
        cls, clitic, stem = _classify(w.group())
        items.append(_new_tuple(_Item, (cls, start, start + len(clitic), end, stem, clitic, None)))
    return items


# The kinds a unit can start at (see _unit); at a name, a stop word... it returns None.
_OPENERS = frozenset({DIRECTION, POSITION, HEAD, GOV, KNOWN})


class _Grammar:
    """Location phrases over a list of items (rule 2 of the module docstring)."""

    def __init__(self, ftext: str, items: list[_Item]):
        self.items = items
        # joined[k]: item k follows item k-1 with only spaces, quotes or dashes between.
        self.joined = [k > 0 and _JOINER.fullmatch(ftext, items[k - 1].end, items[k].start) is not None
                       for k in range(len(items))]

    def _next(self, k: int, *kinds: str, clitics: frozenset[str] | tuple[str, ...] = ("",)) -> bool:
        """Is item k joined to its predecessor, of one of ``kinds``, with an allowed clitic?"""
        return (k < len(self.items) and self.joined[k] and self.items[k].kind in kinds
                and self.items[k].clitic in clitics)

    def phrases(self) -> Iterator[tuple[int, int]]:
        """(first item, item after last) of every location phrase, in order."""
        i = 0
        while i < len(self.items):
            if self.items[i].kind not in _OPENERS:
                i += 1  # the common case, decided without calling _unit
                continue
            end = self._unit(i)
            if end is None:
                i += 1
                continue
            while (k := self._link(end)) is not None and (more := self._unit(k)) is not None:
                end = more
            if not any(it.kind in (NAME, GOV, KNOWN) for it in self.items[i:end]):
                # A place noun naming nothing ("من ناحية", "في المنطقة") is no place. Nor is a
                # phrase from a later word of it: that word's unit ends where its own unit in
                # this phrase ends (the runs of place nouns and directions are the same runs),
                # so its phrase is the rest of this one. Go on after it, in linear time.
                i = end
                continue
            yield i, end
            i = end

    def _unit(self, i: int) -> int | None:
        """One place: [directions/positions] (place noun [name] | governorate | known | name) [suffixes]."""
        items, k = self.items, i
        saw_direction = False
        while items[k].kind in (DIRECTION, POSITION) and (k == i or self._next(k, DIRECTION, POSITION)):
            saw_direction |= items[k].kind == DIRECTION
            k += 1
            if k == len(items):
                return None
        if k > i and not self._next(k, HEAD, GOV, KNOWN, NAME):
            return None
        kind = items[k].kind
        if kind == HEAD:
            k += 1
            while self._next(k, HEAD):
                k += 1
            if self._next(k, GOV, KNOWN):
                k = self._entities(k)
            elif self._next(k, NAME):
                k = self._name(k)
        elif kind in (GOV, KNOWN):
            k = self._entities(k)
        elif kind == NAME and saw_direction:
            k = self._name(k)
        else:
            return None
        while self._next(k, SUFFIX, clitics=("", "و")):
            k += 1
        return k

    def _entities(self, k: int) -> int:
        """Governorates or known places side by side: "طريق السويداء دمشق"."""
        k += 1
        while self._next(k, GOV, KNOWN):
            k += 1
        return k

    def _name(self, k: int) -> int:
        """A place name: one word, or two when the second has ال or the first is كفر، تل ..."""
        first = self.items[k].word
        k += 1
        if self._next(k, NAME) and (self.items[k].word.startswith("ال") or first in _TOPONYM_FIRST):
            k += 1
        return k

    def _link(self, j: int) -> int | None:
        """Where a further place chained onto the phrase starts, if any."""
        items = self.items
        if self._next(j, DIRECTION, POSITION, clitics=("", "و")):
            return j  # "غرب إدلب"
        if self._next(j, GOV, KNOWN, HEAD, clitics=_JOINING_CLITICS - {"ل"}) or self._next(j, GOV, clitics=("ل",)):
            return j  # "بريف حلب", "والسويداء"
        if self._next(j, LINK):
            if items[j].word == "في" and self._next(j + 1, GOV, KNOWN, HEAD):
                return j + 1  # "بلدة في ريف درعا"
            if items[j].word != "في" and self._next(j + 1, GOV, HEAD, clitics=("ل",)):
                return j + 1  # "التابعة لمحافظة إدلب"
        return None


def _trailing_attribution(ftext: str) -> int | None:
    """Where the ticker attribution "(مصدر عسكري)" that ends a text starts, possibly cut off
    (no closing parenthesis): the last "(", when no parenthesis but one ")" follows it and
    only spaces follow that. None when the text ends otherwise.

    >>> _trailing_attribution("قصف على حلب (مصدر عسكري) "), _trailing_attribution("قصف (مصدر"), _trailing_attribution("(حلب) قصف")
    (12, 4, None)
    """
    opening = ftext.rfind("(")
    if opening < 0:
        return None
    closing = ftext.find(")", opening + 1)
    return opening if closing < 0 or ftext[closing + 1 :].isspace() or closing + 1 == len(ftext) else None


def _counted_mentions(ftext: str, mentions: list[_Mention]) -> list[_Mention]:
    """The governorate mentions that place the sentence's event (rule 3)."""
    if not mentions:
        return mentions
    proper = _proper_names(ftext, mentions)
    proper_starts = [qs for qs, _ in proper]  # the quotes do not overlap: at most one holds a mention
    dateline = _DATELINE_HEAD.match(ftext)
    kept = []
    for m in mentions:
        q = bisect_right(proper_starts, m.start) - 1 if proper else -1
        if q >= 0 and m.end <= proper[q][1]:
            continue
        if dateline and m.match_start == dateline.end() or _DATELINE_TAIL.match(ftext, m.end):
            continue
        kept.append(m)
    return kept


def _proper_names(ftext: str, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """The spans inside quote marks that are proper names holding a governorate, in order."""
    quotes = [q.span(1) for q in _QUOTED.finditer(ftext)]
    if not quotes:
        return quotes  # the common case: no quote marks
    by_start = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    return [(qs, qe) for qs, qe in quotes if _is_proper_name(ftext, qs, qe, by_start, starts)]


def _is_proper_name(ftext: str, qs: int, qe: int, by_start: list[_Mention], starts: list[int]) -> bool:
    """A quoted span holding a governorate plus words that are not place words ("جيش إدلب الحر").
    ``by_start`` are the sentence's mentions sorted by start, ``starts`` their starts: only
    those that start in the quote are looked at."""
    candidates = by_start[bisect_left(starts, qs) : bisect_left(starts, qe)]
    inside = [m for m in candidates if m.end <= qe]
    if not inside:
        return False
    for w in _WORD.finditer(ftext, qs, qe):
        if any(m.match_start <= w.start() < m.end for m in inside):
            continue
        if _classify(w.group())[0] not in (HEAD, DIRECTION, POSITION, SUFFIX):
            return True
    return False


class _Spans:
    """Spans of text, asked whether any overlaps a given one in logarithmic time (a long
    sentence has many, and a known place is checked against all of them)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` has ``s < end and start < e``.

        >>> _Spans([(0, 3), (10, 20)]).overlaps(2, 5), _Spans([(0, 3), (10, 20)]).overlaps(3, 10)
        (True, False)
        """
        before = bisect_left(self.starts, end)  # the spans that start before ``end``
        return before > 0 and self.reach[before - 1] > start


def sentence_place(sentence: str) -> PlaceMention | None:
    """The place a sentence gives, as written, with its governorate P-code (or None).

    >>> p = sentence_place("مقتل طفل بانفجار وسط مدينة جسرالشغور غرب إدلب (مصادر محلية)")
    >>> p.place, p.pcode
    ('وسط مدينة جسرالشغور غرب إدلب', 'SY07')
    >>> sentence_place("اختطاف ثلاثة مدنيين على طريق السويداء دمشق").pcode is None
    True
    >>> sentence_place("قتل نحو 30 عنصرا من تنظيم الدولة بغارات للتحالف") is None
    True
    """
    return folded_sentence_place(fold(sentence))


def folded_sentence_place(folded: Folded) -> PlaceMention | None:
    """:func:`sentence_place` of ``folded.original``, already folded (the claim finder
    has the sentence's fold from its text's and need not fold it again)."""
    sentence = folded.original
    trigger = _TRIGGER.search(folded.text)
    if not trigger:
        return None
    attribution = _trailing_attribution(folded.text)
    ftext = folded.text[:attribution] if attribution is not None else folded.text

    not_places = [m.span() for m in _NOT_PLACE.finditer(ftext)]
    every = _mentions(ftext)
    mentions = _counted_mentions(ftext, every)
    entities = [_Item(GOV, m.match_start, m.start, m.end, ftext[m.start:m.end], m.clitic, m.pcode)
                for m in mentions]
    # words of proper names are no place words ("عن طريق", "جيش إدلب الحر")
    entities += [_Item(STOP, s, s, e, ftext[s:e], "") for s, e in not_places]
    taken: _Spans | None = None  # made at the first known place: most sentences name none
    dateline = _DATELINE_HEAD.match(ftext)
    for k in _matches(_KNOWN_PLACE, _KNOWN_HINT, ftext):
        taken = taken or _Spans([(m.match_start, m.end) for m in every] + not_places)
        overlaps = taken.overlaps(k.start(), k.end())
        in_dateline = (dateline and k.start() == dateline.end()) or _DATELINE_TAIL.match(ftext, k.end())
        if not overlaps and not in_dateline:
            entities.append(_Item(KNOWN, k.start(), k.start("name"), k.end(), k["name"], k["clitic"] or ""))
    entities.sort(key=lambda e: e.start)

    # No phrase opens before the word of the first trigger: start the words there.
    first_word = min(trigger.start(), len(ftext))  # the trigger may lie in the attribution
    while first_word > 0 and (ftext[first_word - 1].isalnum() or ftext[first_word - 1] == "_"):
        first_word -= 1
    grammar = _Grammar(ftext, _items(ftext, entities, first_word))
    items = grammar.items
    # The first phrase that names a governorate, else the first phrase: phrases are
    # generated lazily, so the words after a governorate's phrase are not parsed.
    chosen = None
    for a, b in grammar.phrases():
        if any(it.kind == GOV for it in items[a:b]):
            chosen = a, b
            break
        chosen = chosen or (a, b)
    if chosen is None:
        return None
    pcodes = {m.pcode for m in mentions}
    start, end = folded.span(items[chosen[0]].body, items[chosen[1] - 1].end)
    start, end = _balance_quotes(sentence, start, end)
    return PlaceMention(start, end, sentence[start:end], pcodes.pop() if len(pcodes) == 1 else None)


def clause_governorate(folded: Folded) -> PlaceMention | None:
    """The one governorate a clause names, as written, counted as for a sentence (not in a
    proper name or a dateline); None when it names none or several.

    >>> clause_governorate(fold("و11 في ريف دمشق")).place, clause_governorate(fold("و4 في درعا")).pcode
    ('ريف دمشق', 'SY12')
    >>> clause_governorate(fold("نزوح 500 شخص من إدلب إلى حلب")) is None
    True
    """
    mentions = _counted_mentions(folded.text, _mentions(folded.text))
    if len({m.pcode for m in mentions}) != 1:
        return None
    start, end = folded.span(mentions[0].start, mentions[0].end)
    return PlaceMention(start, end, folded.original[start:end], mentions[0].pcode)


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span by one quote mark when it holds an odd number of them.

    >>> text = 'في "مخيم" باب السلامة'
    >>> s, e = _balance_quotes(text, 4, len(text))
    >>> text[s:e]
    '"مخيم" باب السلامة'
    """
    if text.count('"', start, end) % 2 == 1:
        if start > 0 and text[start - 1] == '"':
            return start - 1, end
        if end < len(text) and text[end] == '"':
            return start, end + 1
    return start, end


# Words of a place phrase that name no particular place: place nouns, directions, links,
# governorates word by word ("دير الزور"), and a few more (lexicon: [phrase] unnamed_words).
_UNNAMING = frozenset(
    w
    for words in (
        *(_PHRASE[k] for k in ("rural_heads", "place_nouns", "directions", "positions", "suffixes", "links", "stop_words", "unnamed_words")),
        *(g["arabic"] for g in _LEXICON["governorate"]),
    )
    for phrase in _folded(words)
    for w in phrase.split()
)
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


@lru_cache(maxsize=1 << 12)  # an article's places are compared pair by pair
def place_names(place: str | None) -> frozenset[str]:
    """The words of a place phrase that name a particular place (folded, a clitic
    و/ب/ل/ف off): no place noun, direction or governorate. Two phrases that each name
    places and share none are two places (events: rule ``restatement``).

    >>> sorted(place_names("قرية في ريف حماة الشرقي")), sorted(place_names("بلدة كفرنبل جنوب إدلب"))
    ([], ['كفرنبل'])
    """
    names = set()
    for word in _ARABIC_WORD.findall(fold(place or "").text):
        bare = word[1:] if word[:1] in "وبلف" and len(word) > 3 else word
        if word not in _UNNAMING and bare not in _UNNAMING and len(bare) > 2:
            names.add(bare)
    return frozenset(names)
