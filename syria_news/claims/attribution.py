"""The cited source of a sentence: a trailing parenthesis, else "قال مصدر ...", as written."""

from __future__ import annotations

import re
from functools import lru_cache

from syria_news.claims.words import (
    MEDIA,
    SOURCE_ADDRESSEES,
    SOURCE_BODIES,
    SPEECH,
    Tokens,
    has,
    strip_clitics,
    trigger_word,
)
from syria_news.text import Folded

_SOURCE_LENGTH = 80  # the most characters a source in parentheses has, spaces around it left out
_SENTENCE_TAIL = " .!?"  # what may follow the closing parenthesis (and any other space)


def trailing_parenthesis(text: str, fs: int, fe: int) -> tuple[int, int, int] | None:
    """(opening parenthesis, start, end) of the words of a parenthesis that ends
    ``text[fs:fe]`` (only spaces and . ! ? after it), its words 1 to 80 characters without
    the spaces around them and no parenthesis inside; None when there is none.

    A scan back from the end, not a regex: a regex for it backtracks over every space in
    the sentence and turns quadratic on a long one.

    >>> trailing_parenthesis("مقتل طفل ( مصدر طبي ). ", 0, 23)
    (9, 11, 19)
    >>> trailing_parenthesis("مقتل (طفل) في حلب", 0, 17) is None
    True
    """
    close = fe
    while close > fs and (text[close - 1] in _SENTENCE_TAIL or text[close - 1].isspace()):
        close -= 1
    close -= 1
    if close < fs or text[close] != ")":
        return None
    opening = max(text.rfind("(", fs, close), text.rfind(")", fs, close))
    if opening < 0 or text[opening] != "(":
        return None
    start, end = opening + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (opening, start, end) if 0 < end - start <= _SOURCE_LENGTH else None


def sentence_attribution(original: str, folded: Folded, fs: int, fe: int, toks: Tokens, claimed_to: int = 0) -> str | None:
    """The cited source of a sentence: a trailing parenthesis, else "قال مصدر ...".
    ``claimed_to`` is where the sentence's last claim ends (folded offset): a parenthesis
    that a claim reaches into is a breakdown, not a source (مقتل 8 مدنيين (5 أطفال و3 نساء))."""
    paren = trailing_parenthesis(folded.text, fs, fe)
    inside = folded.text[paren[1] : paren[2]] if paren is not None else ""
    # a source has words: not a media label (فيديو), not a number (ارتفع العدد إلى (350))
    if paren is not None and paren[0] >= claimed_to and re.sub(r"\s+", "", inside) not in MEDIA \
            and any(ch.isalpha() for ch in inside):  # fmt: skip
        s, e = folded.span(paren[1], paren[2])
        return original[s:e].strip() or None
    words = toks.words
    colon = folded.text.find(":", fs, fe)
    if colon > 0 and words and has(words[0], "source_heads"):  # الدفاع المدني: مقتل ...
        head = [q for q, (_, e) in enumerate(toks.spans) if e <= colon]
        if 0 < len(head) <= 4 and folded.text[toks.spans[head[-1]][1] : colon].strip() == "":
            s, e = folded.span(toks.spans[0][0], toks.spans[head[-1]][1])
            return original[s:e]
    for i in range(len(words)):
        if not has(words[i], "speech_first"):
            continue
        said = _speech_words(words[i])
        for phrase in SPEECH:
            if words[i : i + len(phrase)] != list(phrase) and not (len(phrase) == 1 and phrase[0] in said):
                continue
            j = i + len(phrase)
            if j < len(words) and words[j] == "ما":  # بحسب ما أفاد ناشطون
                continue
            if j >= len(words) or toks.barrier(j) or not has(words[j], "source_heads"):
                break
            body = words[j] in SOURCE_BODIES
            end = j + 1
            while end < len(words) and end - j < (7 if body else 5) and not toks.barrier(end) \
                    and _source_goes_on(words[end], body) and not _quote_closed(toks.gaps, j, end):  # fmt: skip
                end += 1
            s, e = folded.span(toks.spans[j][0], toks.spans[end - 1][1])
            if original.count('"', s, e) % 2 and original[e : e + 1] == '"':
                e += 1  # مراسل "سمارت": close the quote
            return original[s:e]
    return None


@lru_cache(maxsize=1 << 12)
def _speech_words(word: str) -> frozenset[str]:
    """The one-word speech phrases (قال, أفاد ...) that a folded word is, clitics stripped
    (وقال, فأفاد): looked up once per word, not once per phrase each time it recurs."""
    return frozenset(p[0] for p in SPEECH if len(p) == 1 and strip_clitics(word, {p[0]}) is not None)


def _quote_closed(gaps: list[str], j: int, k: int) -> bool:
    """A quoted name opened at or after token j closes right before token k: أعلنت "هيئة
    الصحة" تسجيل ... (the source is the quoted name)."""
    return '"' in gaps[k] and sum(g.count('"') for g in gaps[j : k + 1]) % 2 == 0


def _source_goes_on(word: str, body: bool) -> bool:
    """A word that may continue a source phrase: no stop word, number or trigger, and no
    ل-word unless it continues a body's name (لحقوق, لتنسيق, للتوثيق), rather than naming
    the addressee (لسمارت, لـ) or a pronoun (لها)."""
    if has(word, "source_stops") or word[0].isdigit() or trigger_word(word):
        return False
    if not word.startswith("ل"):
        return True
    stem = word[2:] if word.startswith("لل") else word[1:]
    return body and len(stem) >= 3 and stem not in SOURCE_ADDRESSEES
