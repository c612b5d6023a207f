"""The cited source of a sentence: a trailing parenthesis, else "قال مصدر ...", as written."""

from __future__ import annotations

import re

from syria_news.claim_words import MEDIA, SOURCE_ADDRESSEES, SOURCE_BODIES, SPEECH, Tokens, has, strip_clitics, trigger_word
from syria_news.text import Folded

_TRAILING_PAREN = re.compile(r"\(\s*([^()]{1,80}?)\s*\)[\s.!?]*$")


def sentence_attribution(original: str, folded: Folded, fs: int, fe: int, toks: Tokens, claimed_to: int = 0) -> str | None:
    """The cited source of a sentence: a trailing parenthesis, else "قال مصدر ...".
    ``claimed_to`` is where the sentence's last claim ends (folded offset): a parenthesis
    that a claim reaches into is a breakdown, not a source (مقتل 8 مدنيين (5 أطفال و3 نساء))."""
    m = _TRAILING_PAREN.search(folded.text, fs, fe)
    # a source has words: not a media label (فيديو), not a number (ارتفع العدد إلى (350))
    if m is not None and m.start() >= claimed_to and re.sub(r"\s+", "", m.group(1)) not in MEDIA \
            and any(ch.isalpha() for ch in m.group(1)):  # fmt: skip
        s, e = folded.span(m.start(1), m.end(1))
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
        for phrase in SPEECH:
            if words[i : i + len(phrase)] != list(phrase) and not (
                len(phrase) == 1 and strip_clitics(words[i], {phrase[0]}) is not None
            ):
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
