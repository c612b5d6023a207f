"""Write a synthetic scrape in the SMART layout, and the counts a build of it must report.

    python benchmarks/make_corpus.py --pages 10000 --seed 1 --out /tmp/corpus

writes the pages to ``OUT/raw/<shard>/<name>.txt`` and the expected counts to
``OUT/expected.json``, outside the raw folder so that the build never sees it.

Shaped like a real scrape (CONTRACT "Input: raw pages"):

* ~4 KB pages: a ticker line, a title, the header, a dateline and a body of paragraphs;
* a few hundred ticker snapshots, sliding windows over a pool of items (the last item
  sometimes cut off), each shared by many pages;
* articles whose title and lead state counts in the contract's forms (number words of
  either gender, digits, Arabic-Indic digits, glued digits, singular and dual nouns,
  qualifiers, vague words, ``بينهم`` sub-counts, cumulative totals, COVID bulletins),
  places in varied spellings, filler paragraphs with numbers that are not claims;
* layout variants (no ticker, no date, no editors, update stamps, media marker, the
  dateline's dashes and its reversed form) and debris (ads, NBSP, invisible marks,
  tatweel, CRLF, BOM, a truncated last line);
* ~1% duplicates (the same article with another ticker snapshot, file name and debris)
  and ~0.5% broken files (empty, binary, latin-1, unknown layout, no title, no body).

Deterministic per (pages, seed): one ``random.Random(seed)``, no set iteration order,
no clock. The vocabulary lives in ``corpus_vocab.toml`` beside this file.

``expected.json`` holds what the build must find (files, parsed, duplicate, rejected by
reason, articles, distinct ticker items and their page count) and, for information
only, the claims planted per type: the synthetic sentences are not a gold standard.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Bump when the output for a given (pages, seed) changes: cached corpora are rebuilt.
GENERATOR_VERSION = 1
VOCAB = tomllib.loads((Path(__file__).with_name("corpus_vocab.toml")).read_text(encoding="utf-8"))

DUPLICATE_SHARE = 0.01
BROKEN_SHARE = 0.005
# Broken kinds, and the start of the reason the build reports for them.
BROKEN_REASONS = {
    "empty": "empty",
    "binary": "binary",
    "latin1": "not UTF-8",
    "unknown_layout": "unknown layout",
    "no_title": "no title",
    "no_body": "no body",
}
MAX_SNAPSHOTS = 300
PAGES_PER_SNAPSHOT = 30  # small corpora still get several snapshots
SNAPSHOT_STEP = 3  # consecutive snapshots share most of their items, as a live ticker does
PAGE_BYTES = (3300, 4800)  # target size of a page, drawn uniformly

TICKER_HEADER = "الأخبار العاجلة"
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# --- the matching form, to know when two generated texts are one item or one article --
# A small copy of syria_news.text.fold's letter rules, so that the generator stays
# independent of the code it checks.

_FOLD = str.maketrans({**{c: "ا" for c in "أإآٱ"}, "ى": "ي", "ة": "ه", **{d: str(i) for i, d in enumerate("٠١٢٣٤٥٦٧٨٩")}})
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]")
_SPACE = re.compile(r"[\s\u00a0]+")


def match_key(text: str) -> str:
    """The text as the build compares it: letters folded, marks dropped, spaces collapsed.

    >>> match_key("لــ  إدلب") == match_key("ل ادلب")
    True
    """
    return _SPACE.sub(" ", _DROP.sub("", text.translate(_FOLD))).strip()


# --- counts in words ------------------------------------------------------------------

NUM = VOCAB["numbers"]


def number_words(n: int, gender: str) -> str:
    """Arabic number words for ``n`` before a noun of ``gender`` (genitive/accusative).

    Numbers 3-10 take the gender opposite to the noun's: ``ثلاثة مدنيين``, ``ثلاث نساء``.

    >>> number_words(16, "m"), number_words(25, "f"), number_words(300, "m"), number_words(5000, "m")
    ('ستة عشر', 'خمس وعشرين', 'ثلاثمئة', 'خمسة آلاف')
    """
    units = NUM["units_m"] if gender == "m" else NUM["units_f"]
    if 3 <= n <= 10:
        return units[n - 3]
    if n == 11:
        return NUM["eleven"][gender]
    if n == 12:
        return NUM["twelve"][gender]
    if 13 <= n <= 19:
        return f"{units[n - 13]} {NUM['teen'][gender]}"
    if 20 <= n <= 99:
        tens, unit = NUM["tens"][n // 10 - 2], n % 10
        if unit == 0:
            return tens
        first = NUM["one_compound"][gender] if unit == 1 else NUM["two_compound"][gender] if unit == 2 else units[unit - 3]
        return f"{first} و{tens}"
    if n == 100:
        return NUM["hundred"][0]
    if n == 200:
        return NUM["two_hundred"][0]
    if n < 1000 and n % 100 == 0:
        return NUM["hundreds_joined"][n // 100 - 3]
    if n == 1000:
        return NUM["thousand"]
    if n == 2000:
        return NUM["two_thousand"]
    if n <= 10000 and n % 1000 == 0:
        return f"{NUM['units_m'][n // 1000 - 3]} {NUM['thousands']}"
    raise ValueError(f"no number words for {n}")


WORD_NUMBERS = [*range(3, 100), 100, 200, 300, 400, 500, 1000, 2000, 3000, 5000, 10000]


@dataclass(frozen=True, slots=True)
class Noun:
    """A counted noun and the forms numbers call for (see corpus_vocab.toml)."""

    gender: str
    one: str
    two: str
    few: str
    many: str
    the: str
    group: str = ""
    type: str = ""
    two_start: str = ""

    def after(self, n: int) -> str:
        """The noun's form after the number ``n`` (3-10 plural, 11-99 singular, then genitive)."""
        return self.few if n <= 10 else self.many if n < 100 else self.one


PEOPLE = [Noun(**n) for n in VOCAB["noun"]]
CLAIM_NOUNS = {n["type"]: Noun(**n) for n in VOCAB["claim_noun"]}
BY_GROUP: dict[str, list[Noun]] = {}
for _noun in PEOPLE:
    BY_GROUP.setdefault(_noun.group, []).append(_noun)


def digits(rng: random.Random, n: int) -> str:
    """``n`` in digits as scrapes write it: Western or Arabic-Indic, thousands separated or not."""
    text = f"{n:,}" if n >= 1000 and rng.random() < 0.6 else str(n)
    if "," in text and rng.random() < 0.3:
        text = text.replace(",", ".")
    return text.translate(INDIC) if rng.random() < 0.12 else text


def some_number(rng: random.Random, small: bool = False) -> int:
    if small or rng.random() < 0.7:
        return rng.randint(3, 30)
    return rng.choice([rng.randint(31, 200), rng.randint(200, 2000), rng.randint(1000, 90000)])


@dataclass
class Count:
    text: str
    best: int


def count_phrase(rng: random.Random, noun: Noun, *, max_best: int | None = None, exact: bool = False) -> Count:
    """A count of ``noun`` in one of the contract's forms, and the best value it states."""
    kinds = ["digits", "words", "one", "two"] if exact else ["digits", "digits", "words", "words", "one", "two", "qualifier", "vague"]
    while True:
        kind = rng.choice(kinds)
        if kind == "digits":
            n = some_number(rng)
            count = Count(f"{digits(rng, n)} {noun.after(n)}", n)
        elif kind == "words":
            n = rng.choice(WORD_NUMBERS) if rng.random() < 0.2 else rng.randint(3, 40)
            count = Count(f"{number_words(n, noun.gender)} {noun.after(n)}", n)
        elif kind == "one":
            count = Count(noun.one, 1)
        elif kind == "two":
            count = Count(noun.two, 2)
        elif kind == "qualifier":
            n = some_number(rng)
            if rng.random() < 0.15:
                count = Count(f"{digits(rng, n)} {noun.after(n)} {VOCAB['qualifiers']['after'][0]['text']}", n)
            else:
                q = rng.choice(VOCAB["qualifiers"]["before"])
                count = Count(f"{q['text'].format(n=digits(rng, n))} {noun.after(n)}", n + 1 if q["best"] == "plus_one" else n)
        else:
            v = rng.choice(VOCAB["vague"]["words"])
            count = Count(v["text"].format(the=noun.the, few=noun.few), v["best"])
        if max_best is None or count.best <= max_best:
            return count


# --- places and sentences ------------------------------------------------------------

PH = VOCAB["phrases"]
GOVERNORATES = VOCAB["governorate"]
TICKER_ACTORS = [a for a in PH["actors"] if "(" not in a]  # a "(...)" would read as an attribution


def place_phrase(rng: random.Random) -> str:
    gov = rng.choice(GOVERNORATES)
    name, town = rng.choice(gov["spellings"]), rng.choice(gov["towns"])
    form = rng.randrange(5)
    if form == 0:
        return f"مدينة {town} {rng.choice(PH['directions'])} {name}"
    if form == 1 and "ريف" not in name:
        return f"بلدة {town} في ريف {name}"
    if form == 2 and "ريف" not in name:
        return f"ريف {name} {rng.choice(PH['rural_sides'])}"
    if form == 3:
        return f"{town} {rng.choice(PH['directions'])} {name}"
    return name


def fill(rng: random.Random, template: str, *, ticker: bool = False) -> str:
    actors = TICKER_ACTORS if ticker else PH["actors"]
    actor, actor2 = rng.sample(actors, 2)
    gov = rng.choice(GOVERNORATES)
    return template.format(
        actor=actor,
        actor2=actor2,
        place=place_phrase(rng),
        place2=rng.choice(rng.choice(GOVERNORATES)["spellings"]),
        town=rng.choice(gov["towns"]),
        source=rng.choice(PH["sources"]),
        day=rng.choice(PH["days"]),
        days=rng.randint(2, 40),
        n=rng.randint(3, 900),
        n2=rng.randint(20, 400),
    )


Planted = list[tuple[str, str, int]]  # (claim type, scope, best)


def event(rng: random.Random) -> tuple[str, Planted]:
    """One event stated with counts: a headline-like sentence and the claims it plants."""
    kind = rng.choices(
        ["killed_injured", "killed", "subset", "claim_nouns", "killed_or_injured", "arrested", "kidnapped", "displaced", "covid", "toll", "qada"],
        weights=[14, 12, 6, 8, 5, 8, 4, 7, 10, 4, 4],
    )[0]
    where = f"{rng.choice(PH['causes'])} {place_phrase(rng)}"
    people = lambda: rng.choice(PEOPLE)  # noqa: E731
    if kind == "killed_injured":
        a, b = count_phrase(rng, people()), count_phrase(rng, people())
        verb_a, verb_b = rng.choice([("مقتل", "وجرح"), ("مقتل", "وإصابة"), ("استشهاد", "وإصابة")])
        if rng.random() < 0.15:
            return f"{verb_a} {a.text} {verb_b} آخرين {where}", [("killed", "new", a.best), ("injured", "new", 2)]
        return f"{verb_a} {a.text} {verb_b} {b.text} {where}", [("killed", "new", a.best), ("injured", "new", b.best)]
    if kind == "killed":
        a = count_phrase(rng, people())
        return f"{rng.choice(['مقتل', 'استشهاد', 'مقتل'])} {a.text} {where}", [("killed", "new", a.best)]
    if kind == "subset":
        n = rng.randint(4, 40)
        whole = Count(f"{digits(rng, n) if rng.random() < 0.5 else number_words(n, 'm')} {BY_GROUP['civilians'][0].after(n)}", n)
        part = count_phrase(rng, rng.choice(BY_GROUP["children"] + BY_GROUP["women"]), max_best=n - 1, exact=True)
        return f"مقتل {whole.text} بينهم {part.text} {where}", [("killed", "new", n), ("killed", "new", part.best)]
    if kind == "claim_nouns":
        killed, injured = CLAIM_NOUNS["killed"], CLAIM_NOUNS["injured"]
        k, i = rng.randint(1, 10), rng.randint(1, 30)

        def stated(noun: Noun, n: int) -> str:
            if n == 1:
                return noun.one
            if n == 2:
                return noun.two_start
            if n <= 10 and rng.random() < 0.4:
                return f"{n}{noun.few}"  # glued at a link edge: 3قتلى
            return f"{digits(rng, n)} {noun.after(n)}"

        return f"{stated(killed, k)} و{stated(injured, i)} {where}", [("killed", "new", k), ("injured", "new", i)]
    if kind == "killed_or_injured":
        a = count_phrase(rng, rng.choice(BY_GROUP["civilians"] + BY_GROUP["fighters"]))
        return f"مقتل وجرح {a.text} {where}", [("killed_or_injured", "new", a.best)]
    if kind == "arrested":
        a = count_phrase(rng, rng.choice(BY_GROUP[""] + BY_GROUP["civilians"] + BY_GROUP["people"]))
        if rng.random() < 0.5:
            return f"اعتقال {a.text} في حملة دهم في {place_phrase(rng)}", [("arrested", "new", a.best)]
        return f"{rng.choice(PH['arresting_actors'])} تعتقل {a.text} في {place_phrase(rng)}", [("arrested", "new", a.best)]
    if kind == "kidnapped":
        a = count_phrase(rng, rng.choice(BY_GROUP["civilians"] + BY_GROUP["people"]))
        g1, g2 = rng.sample(GOVERNORATES, 2)
        return f"{rng.choice(['اختطاف', 'خطف'])} {a.text} على طريق {g1['spellings'][0]} {g2['spellings'][0]}", [("kidnapped", "new", a.best)]
    if kind == "displaced":
        if rng.random() < 0.3:
            n = rng.randint(11, 900)
            return f"وصول {digits(rng, n)} {CLAIM_NOUNS['displaced'].after(n)} إلى مخيمات {place_phrase(rng)}", [("displaced", "new", n)]
        a = count_phrase(rng, BY_GROUP["civilians"][0])
        return f"{rng.choice(['نزوح', 'تهجير'])} {a.text} من {place_phrase(rng)}", [("displaced", "new", a.best)]
    if kind == "covid":
        region = rng.choice(PH["covid_regions"])
        if rng.random() < 0.35:
            d = count_phrase(rng, CLAIM_NOUNS["deaths"], exact=True)
            r = count_phrase(rng, CLAIM_NOUNS["recoveries"], exact=True)
            return f"تسجيل {d.text} و{r.text} بفيروس كورونا في {region}", [("deaths", "new", d.best), ("recoveries", "new", r.best)]
        c = count_phrase(rng, CLAIM_NOUNS["cases"], exact=True)
        new = "جديدتين" if c.best == 2 else "جديدة"
        text, planted = f"تسجيل {c.text} {new} بفيروس \"كورونا\" في {region}", [("cases", "new", c.best)]
        if rng.random() < 0.6:
            total = c.best + rng.randint(10, 5000)
            text += rng.choice([f" ليرتفع العدد الإجمالي إلى {digits(rng, total)}", f" ما يرفع العدد الكلي إلى {digits(rng, total)} إصابة"])
            planted.append(("cases", "cumulative", total))
        return text, planted
    if kind == "toll":
        n = rng.randint(11, 300)
        return f"ارتفاع حصيلة ضحايا القصف على {place_phrase(rng)} إلى {digits(rng, n)} قتيلا", [("killed", "cumulative", n)]
    a = count_phrase(rng, people(), exact=True)
    return f"قضى {a.text} {where}", [("killed", "new", a.best)]


def filler_paragraph(rng: random.Random) -> str:
    """A paragraph with no count of people (numbers of days, shells, money at most)."""
    clause = fill(rng, rng.choice(PH["filler_clauses"]))
    if rng.random() < 0.6:
        text = f"{fill(rng, rng.choice(PH['filler_openers']))} {clause}"
    else:
        text = f"و{clause}"
    if rng.random() < 0.5:
        text += f"، {rng.choice(PH['filler_closers'])}"
    else:
        text += f"، فيما {fill(rng, rng.choice(PH['filler_clauses']))}."
    return text


# --- the ticker -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TickerEntry:
    text: str
    rendered: str  # as it stands in the ticker line, attribution and time included
    key: tuple[str, str | None]  # what makes it one ticker_items row: folded text, HH:MM
    planted: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Snapshot:
    line: str
    keys: tuple[tuple[str, str | None], ...]  # distinct items on it


def ticker_pool(rng: random.Random, size: int) -> list[TickerEntry]:
    pool: list[TickerEntry] = []
    seen: set[tuple[str, str | None]] = set()
    while len(pool) < size:
        if rng.random() < 0.6:
            text, planted = event(rng)
        else:
            text, planted = fill(rng, rng.choice(PH["headlines"]), ticker=True), []
        if rng.random() < 0.1:
            text = text.replace("لـ", "لــ", 1)
        hour, minute = rng.randrange(24), rng.randrange(60)
        key = (match_key(text), f"{hour:02d}:{minute:02d}")
        if key in seen or "(" in text:
            continue
        seen.add(key)
        time = f"{hour}:{minute:02d}" if hour < 10 and rng.random() < 0.3 else f"{hour:02d}:{minute:02d}"
        if rng.random() < 0.03:
            time = time.translate(INDIC)
        attribution = ""
        if rng.random() < 0.85:
            glue = "" if rng.random() < 0.1 else " "
            attribution = f"{glue}({rng.choice(PH['attributions'])})"
        pool.append(TickerEntry(text, f"{text}{attribution} - {time}", key, tuple(planted)))
    return pool


def snapshots(rng: random.Random, pool: list[TickerEntry], count: int) -> list[Snapshot]:
    """Sliding windows over the pool; the item after a window is often cut off mid-way."""
    shots = []
    for k in range(count):
        start = k * SNAPSHOT_STEP
        window = pool[start : start + rng.randint(8, 11)]
        parts = [entry.rendered for entry in window]
        keys = [entry.key for entry in window]
        following = pool[start + len(window)]
        if rng.random() < 0.6:
            # Cut before the closing parenthesis and the time: inside the attribution the
            # text stays whole, inside the text a prefix of it is the item.
            before_time = following.rendered.rsplit(" - ", 1)[0]
            cut = before_time[: rng.randint(8, len(before_time) - 1)]
            text = cut.split("(")[0]
            if match_key(text):
                parts.append(cut)
                keys.append((match_key(text), None))
        shots.append(Snapshot(" ".join(parts), tuple(dict.fromkeys(keys))))
    return shots


# --- articles and pages -----------------------------------------------------------------


@dataclass
class Article:
    """What makes an article one row: title, publication time, body (and what decorates it)."""

    title: str
    media: str | None
    editors: list[str]
    published: str | None
    dateline: str | None
    paragraphs: list[str]
    planted: Planted = field(default_factory=list)
    with_access_time: bool = True
    with_avatar: bool = True


def random_stamp(rng: random.Random) -> tuple[int, int, int, int, int]:
    return rng.randint(2015, 2021), rng.randint(1, 12), rng.randint(1, 28), rng.randrange(24), rng.randrange(60)


def new_article(rng: random.Random, target_bytes: int) -> Article:
    planted: Planted = []
    if rng.random() < 0.75:
        title, title_claims = event(rng)
        planted += title_claims
        lead_event, lead_claims = event(rng) if rng.random() < 0.3 else (title, title_claims)
        planted += lead_claims
        lead = rng.choice(
            [
                f"{lead_event}، {rng.choice(PH['days'])}، بحسب ما أفاد {rng.choice(PH['sources'])} لـ\"سمارت\".",
                f"أفاد {rng.choice(PH['sources'])} {rng.choice(PH['days'])} بـ{lead_event}.",
            ]
        )
    else:
        title = fill(rng, rng.choice(PH["headlines"]))
        lead = f"{fill(rng, rng.choice(PH['filler_clauses']))}، {rng.choice(PH['filler_closers'])}"
    media = "فيديو" if rng.random() < 0.06 else None
    paragraphs = [lead]
    size = len((title + lead).encode("utf-8")) + 1500
    while size < target_bytes:
        if rng.random() < 0.12:
            more, claims = event(rng)
            paragraphs.append(f"وفي سياق متصل، شهد اليوم ذاته {more}.")
            planted += claims
        else:
            paragraphs.append(filler_paragraph(rng))
        size += len(paragraphs[-1].encode("utf-8")) + 2
    if rng.random() < 0.05 and len(paragraphs) > 2:  # a truncated last line (filler only)
        last = paragraphs[-1]
        paragraphs[-1] = last[: rng.randint(len(last) // 3, len(last) - 2)].rstrip()
    if rng.random() < 0.08:  # Arabic-Indic digits in one paragraph
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = paragraphs[i].translate(INDIC)
    if rng.random() < 0.3:
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = paragraphs[i].replace("لـ", "لــ")
    published = None
    if rng.random() < 0.93:
        y, mo, d, h, mi = random_stamp(rng)
        published = f"{y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}"
        if rng.random() < 0.03:
            published = published.translate(INDIC)
    dateline = None
    if rng.random() < 0.95:
        r = rng.random()
        place = "تركيا" if r < 0.05 else rng.choice(rng.choice(GOVERNORATES)["spellings"])
        if r > 0.97:
            dateline = "سوريا - سمارت"
        else:
            dateline = f"سمارت{rng.choice(['-', ' - ', ' – ', ' ــ ', '- ', '-'])}{place}"
    editors = rng.sample(PH["editors"], rng.choices([0, 1, 2], weights=[10, 75, 15])[0])
    return Article(
        title=title,
        media=media,
        editors=editors,
        published=published,
        dateline=dateline,
        paragraphs=paragraphs,
        planted=planted,
        with_access_time=rng.random() < 0.95,
        with_avatar=rng.random() < 0.97,
    )


def update_stamps(rng: random.Random) -> list[str]:
    stamps = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        y, mo, d, h, mi = random_stamp(rng)
        glue = "" if rng.random() < 0.7 else " "
        stamps.append(f"تحديث بتاريخ {y}/{mo:02d}/{d:02d} {h:02d}:{mi:02d}:{rng.randrange(60):02d}{glue}بتوقيت دمشق (+٢ توقيت غرينتش)")
    return stamps


def render(rng: random.Random, article: Article, snapshot: Snapshot | None) -> bytes:
    """One raw file of ``article``; the debris drawn here never changes the article's id."""
    lines: list[str] = []
    if snapshot is not None:
        lines += [TICKER_HEADER, snapshot.line, ""]
    lines += [article.title + (f" ({article.media})" if article.media else ""), ""]
    header = []
    if article.with_avatar:
        header.append("pictogram-avatar")
    if article.editors or rng.random() < 0.5:
        header.append("Editing: " + "".join(f"{name} | " for name in article.editors).rstrip())
    if article.with_access_time:
        header.append("access_time")
    if article.published:
        header.append(f"تاريخ النشر: {article.published}")
    if rng.random() < 0.1:
        header += update_stamps(rng)
    if not article.dateline and not any(h in ("pictogram-avatar", "access_time") or h.startswith("Editing:") for h in header):
        header.insert(0, "pictogram-avatar")  # a page keeps one of SMART's own markers (a date alone is not one)
    if header:
        lines += [*header, ""]
    if article.dateline:
        lines += [article.dateline, ""]
    for i, paragraph in enumerate(article.paragraphs):
        if i and rng.random() < 0.06:
            lines += [f"[ad_{rng.randint(1, 3)}]", ""]
        lines += [paragraph, ""]
    text = "\n".join(lines)
    if rng.random() < 0.1:  # non-breaking spaces where the scraper kept the HTML's &nbsp;
        words = text.split(" ")
        text = "".join(w + ("\u00a0" if rng.random() < 0.05 else " ") for w in words[:-1]) + words[-1]
    if rng.random() < 0.05:
        at = text.find(" ", len(text) // 2)
        text = text[:at] + "\u200f" + text[at:] if at > 0 else text
    if rng.random() < 0.02:
        text = text.replace("\n", "\r\n")
    if rng.random() < 0.02:
        text = "\ufeff" + text
    return text.encode("utf-8")


def broken_page(rng: random.Random, kind: str) -> tuple[bytes, str]:
    """A file the build must reject with the reason of ``kind``; returns bytes and an extension."""
    if kind == "empty":
        return rng.choice([b"", b"\n", b"  \n\n \n"]), ".txt"
    if kind == "binary":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(rng.randint(200, 3000)), ".png"
    if kind == "latin1":
        return "Communiqué de presse: la réunion à Genève est reportée.\n\nDéclaration du délégué.\n".encode("latin-1"), ".txt"
    if kind == "unknown_layout":
        outlet, body = rng.choice(PH["other_outlet_names"]), filler_paragraph(rng)
        head = fill(rng, rng.choice(PH["headlines"]))
        if rng.random() < 0.5:
            return f"<!DOCTYPE html>\n<html lang=\"ar\">\n<head><title>{outlet}</title></head>\n<body>\n<h1>{head}</h1>\n<p>{body}</p>\n</body>\n</html>\n".encode(), ".html"
        return f"{outlet}\n\n{head}\n\n{body}\n".encode(), ".txt"
    header = "pictogram-avatar\nEditing: حسن برهان |\naccess_time\nتاريخ النشر: 2019/05/01 10:00\n\nسمارت-درعا\n"
    if kind == "no_title":
        return f"{header}\n{filler_paragraph(rng)}\n".encode(), ".txt"
    return f"{fill(rng, rng.choice(PH['headlines']))}\n\n{header}".encode(), ".txt"  # no_body


# --- the corpus -------------------------------------------------------------------------


def article_key(article: Article) -> str:
    content = "\x1f".join([match_key(article.title), article.published or "", *(match_key(p) for p in article.paragraphs)])
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def make_corpus(out: str | Path, pages: int, seed: int) -> dict[str, Any]:
    """Write ``pages`` raw files to ``out/raw`` and ``out/expected.json``; return the expectations."""
    if pages < 1:
        raise ValueError("pages must be at least 1")
    rng = random.Random(seed)
    out = Path(out)
    raw = out / "raw"
    raw.mkdir(parents=True, exist_ok=False)
    n_duplicates = round(pages * DUPLICATE_SHARE)
    n_broken = round(pages * BROKEN_SHARE)
    n_articles = pages - n_duplicates - n_broken
    if n_articles < 1:
        n_duplicates, n_broken, n_articles = 0, 0, pages

    n_snapshots = max(2, min(MAX_SNAPSHOTS, pages // PAGES_PER_SNAPSHOT))
    pool = ticker_pool(rng, n_snapshots * SNAPSHOT_STEP + 13)
    shots = snapshots(rng, pool, n_snapshots)
    planted_by_key = {entry.key: entry.planted for entry in pool}

    shards = max(1, pages // 1000)
    names: set[str] = set()

    def write(data: bytes, ext: str) -> None:
        while True:
            name = f"{rng.randrange(shards):03d}/{rng.randbytes(8).hex()}{ext}"
            if name not in names:
                break
        names.add(name)
        path = raw / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        stats["raw_bytes"] += len(data)

    stats: Counter[str] = Counter()
    ticker_keys: dict[tuple[str, str | None], None] = {}
    ticker_item_pages = 0
    planted: Counter[str] = Counter()

    def page_of(article: Article) -> bytes:
        nonlocal ticker_item_pages
        shot = rng.choice(shots) if rng.random() < 0.93 else None
        if shot is not None:
            ticker_keys.update(dict.fromkeys(shot.keys))
            ticker_item_pages += len(shot.keys)
        return render(rng, article, shot)

    to_copy = set(rng.sample(range(n_articles), n_duplicates))
    originals: list[Article] = []
    seen: set[str] = set()
    for i in range(n_articles):
        while True:
            article = new_article(rng, rng.randint(*PAGE_BYTES))
            key = article_key(article)
            if key not in seen:
                break
        seen.add(key)
        planted.update(f"{kind}/{scope}" for kind, scope, _ in article.planted)
        if i in to_copy:
            originals.append(article)
        write(page_of(article), ".txt")
    for article in originals:
        write(page_of(article), ".txt")
    broken = Counter()
    kinds = list(BROKEN_REASONS)
    for i in range(n_broken):
        kind = kinds[i % len(kinds)] if i < len(kinds) else rng.choice(kinds)
        broken[BROKEN_REASONS[kind]] += 1
        write(*broken_page(rng, kind))

    for key in ticker_keys:
        planted.update(f"{kind}/{scope}" for kind, scope, _ in planted_by_key.get(key, ()))
    expected = {
        "generator": "benchmarks/make_corpus.py",
        "generator_version": GENERATOR_VERSION,
        "pages": pages,
        "seed": seed,
        "counts": {"parsed": n_articles, "duplicate": n_duplicates, "rejected": n_broken, "manifest": 0, "total": pages},
        "rejected_by_reason_prefix": dict(sorted(broken.items())),
        "rows": {"articles": n_articles, "ticker_items": len(ticker_keys)},
        "ticker_item_pages": ticker_item_pages,
        "ticker_snapshots": n_snapshots,
        "raw_bytes": stats["raw_bytes"],
        "planted_claims_info": dict(sorted(planted.items())),
    }
    (out / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return expected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True, help="number of raw files to write")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1): same seed, same bytes")
    parser.add_argument("--out", required=True, help="new folder: pages go to OUT/raw, counts to OUT/expected.json")
    args = parser.parse_args(argv)
    try:
        expected = make_corpus(args.out, args.pages, args.seed)
    except FileExistsError:
        print(f"make_corpus: {args.out}/raw exists already; choose a new --out", file=sys.stderr)
        return 2
    counts = expected["counts"]
    print(
        f"wrote {counts['total']:,} files ({expected['raw_bytes'] / 1e6:,.1f} MB) to {args.out}/raw: "
        f"{counts['parsed']:,} articles, {counts['duplicate']:,} duplicates, {counts['rejected']:,} broken; "
        f"{expected['rows']['ticker_items']:,} ticker items in {expected['ticker_snapshots']} snapshots"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
