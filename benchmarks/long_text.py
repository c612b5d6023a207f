"""The claim finder's time on pathological long texts: it must grow linearly with length.

    python benchmarks/long_text.py                        # every shape at 10 KB, 100 KB, 1 MB
    python benchmarks/long_text.py --sizes 10 100 --shapes claims numbers

A scraped page can hold one huge paragraph with no full stop, so that the whole page is
one "sentence" of the grammar. Each shape below builds such a text of a given UTF-8
size in KB by repeating one pattern: claims, bare numbers, commas, place names, words
with no claim, one very long token, parentheses, sources... ("sentences", many short
ones, and "random", words of every kind drawn at random, are the controls).
For each shape and size the script times ``find_claims`` (median of ``--repeat`` runs)
and prints the cost in µs per KB and the ratio of the per-KB cost at the largest size to
that at the smallest. Linear time keeps that ratio near 1; a quadratic rule makes it
grow with the size (x100 from 10 KB to 1 MB).

Exit status 1 when any text of the largest size takes more than ``--budget`` seconds, or
when its per-KB cost is more than ``--max-ratio`` times that at the smallest size. The
machine may be shared: the ratio allows for noise, and unit tests assert no timings
(``tests/test_limits.py`` runs the shapes at a small size for exceptions only).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable

from syria_news.claims import find_claims

DEFAULT_SIZES_KB = (10, 100, 1000)
# The most a text of the largest size may take. Time is linear in the claims found too:
# the densest shape ("numbers", a claim every 4 bytes: 250,000 claims in 1 MB, ~50 µs
# each) takes ~13 s on the reference machine, every other shape under 8 s; before the
# linear rewrite a 200 KB text took 83 s and 1 MB minutes.
BUDGET_S = 20.0
MAX_RATIO = 3.0  # the most the per-KB cost may grow from the smallest to the largest size
KB = 1000

# A claim first, so that the sentence passes the claim-word prefilter and the grammar runs.
_CLAIM = "مقتل 3 مدنيين "

# shape -> (text before the repeats, the repeated unit[, text after]): one sentence with no
# full stop, but for the control "sentences".
REPEATED: dict[str, tuple[str, ...]] = {
    "claims": ("", "مقتل 3 مدنيين "),
    "numbers": ("قتل 3 ", "و3 "),
    "number_words": ("قتل ", "ثلاثة و"),
    "number_words_apart": ("قتل ", "ثلاثة "),
    "number_list": ("سجلت 18 إصابة في دمشق", "، و11 في حلب"),
    "ands": (_CLAIM, "و "),
    "claims_commas": ("", "مقتل 3 مدنيين، "),
    "commas": (_CLAIM, "، "),
    "comma_run": (_CLAIM, "،"),
    "places": ("مقتل 3 مدنيين في ", "ريف حلب وإدلب ودرعا و"),
    "claims_places": ("", "مقتل 3 مدنيين في حلب، وجرح طفل في إدلب، "),
    "claims_two_places": ("", "مقتل 3 مدنيين في حلب وإدلب "),
    "place_nouns": ("مقتل 3 مدنيين في منطقة", " ومنطقة"),
    "quoted_places": ("", 'مقتل 3 مدنيين في "حلب" وإدلب '),
    "known_places": ("مقتل 3 مدنيين في ", "جرابلس وحلب و\"هيئة تحرير الشام\" و"),
    "words": (_CLAIM, "ذهب الرجل إلى السوق "),
    "long_word": (_CLAIM, "ب"),
    "long_latin": (_CLAIM, "a"),
    "tatweel": (_CLAIM + "قتيـ", "ـ", "ـل"),
    "long_digits": ("مقتل ", "9"),
    "long_grouped": ("مقتل 1", ",000"),
    "parentheses": ("", "مقتل 3 مدنيين (مصدر طبي) "),
    "open_parens": (_CLAIM, "( "),
    "spaces": (_CLAIM + "(", " "),
    "spaces_in_parens": (_CLAIM + "(", " ", "(قتيل)"),
    "breakdowns": ("", "مقتل 8 مدنيين (5 أطفال و3 نساء) "),
    "sources": ("", "وقال مصدر طبي إن 3 مدنيين قتلوا "),
    "speech_words": (_CLAIM, "قال "),
    "triggers": ("", "مقتل وجرح "),
    "claim_nouns": ("", "قتلى "),
    "nouns_or": ("لم يسفر القصف عن ", "قتلى أو "),
    "negations": ("", "لم يسفر القصف عن قتلى "),
    "totals": ("قتل 3 مدنيين ", "ليرتفع العدد إلى 3 "),
    "returns_after_total": ("ليرتفع عدد النازحين إلى 300 ", "عودة 5 نازحين "),
    "denials": ("", "نفى مصدر الأنباء عن اعتقال 15 شابا "),
    "ordinals": (_CLAIM, "الأولى ", "إصابة"),
    "subsets": ("", "مقتل 3 مدنيين بينهم طفل "),
    # a total's parts on lines of their own after a colon (claims/lists.py), and lists opened again and again
    "list_lines": ("مقتل 900000000 شخص، بينهم:\n", "– حمص: 3\n"),
    "lists_reopened": ("مقتل 900000000 شخص، بينهم:\n", "3 مدنيين\nوتوزعوا كالتالي:\n"),
    "shares": ("تسجيل 500 إصابة ", "توفي منهم 2 "),
    "distribution": ("توزعت الإصابات ", "بين دمشق (19) وحلب (10) "),
    "cases": ("", "تسجيل 3 إصابات بفيروس كورونا "),
    "people": ("مقتل ", "طفل وامرأة ورجل "),
    "dashes": ("", "مقتل 3 مدنيين - "),
    "quotes": ("", 'مقتل 3 مدنيين "في" '),
    "marks": ("", "مقتـــلٌ 3 مدنيينَ "),
    "presentation": ("", "مقتل 3 مدنيين ﻻ "),
    "sentences": ("", "مقتل 3 مدنيين. "),
}

# Words the "random" shape draws from: triggers, counted nouns, numbers, places, sources,
# cues and punctuation, so that rules meet in orders no fixed pattern gives.
_VOCABULARY = (
    "مقتل", "وجرح", "قتل", "أصيب", "اعتقال", "نزوح", "قتلى", "جرحى", "إصابة", "حالة", "وفاة", "مدنيين",
    "طفل", "امرأة", "عناصر", "من", "قوات", "النظام", "3", "و3", "12", "ثلاثة", "عشرات", "آلاف", "أكثر",
    "نحو", "بينهم", "منهم", "في", "حلب", "إدلب", "ريف", "دمشق", "مدينة", "قال", "مصدر", "طبي", "بحسب",
    "ناشطين", "ليرتفع", "العدد", "إلى", "لم", "دون", "عائلة", "،", "(", ")", "-", '"', "و", "الذين",
)  # fmt: skip


def _repeated(prefix: str, unit: str, suffix: str = "") -> Callable[[int], str]:
    """A builder of ``prefix + unit * n + suffix`` with n such that the text has at least
    ``size`` bytes of UTF-8."""

    def build(size: int) -> str:
        n = max(1, (size - len(prefix.encode()) - len(suffix.encode())) // len(unit.encode()) + 1)
        return prefix + unit * n + suffix

    return build


def _random_words(size: int) -> str:
    """Words of the vocabulary drawn at random, ``size`` bytes of UTF-8 or a word more."""
    rng = random.Random(size)  # the same text for the same size
    words, total = [], 0
    while total < size:
        words.append(rng.choice(_VOCABULARY))
        total += len(words[-1].encode()) + 1
    return " ".join(words)


SHAPES: dict[str, Callable[[int], str]] = {name: _repeated(*parts) for name, parts in REPEATED.items()}
SHAPES["random"] = _random_words


def build_text(shape: str, size: int) -> str:
    """The text of ``shape`` with about ``size`` bytes of UTF-8."""
    return SHAPES[shape](size)


def timed(text: str, repeat: int) -> tuple[float, int]:
    """Median wall time of ``find_claims(text)`` over ``repeat`` runs, and its claims."""
    times, claims = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        claims = len(find_claims(text))
        times.append(time.perf_counter() - started)
    return statistics.median(times), claims


def measure(shape: str, sizes: list[int], repeat: int) -> tuple[list[float], float, int]:
    """For one shape: the µs per KB at each size (KB), then the seconds and the claims of
    the text of the largest size."""
    costs, largest, claims = [], 0.0, 0
    for size in sizes:
        largest, claims = timed(build_text(shape, size * KB), repeat)
        costs.append(largest * 1e6 / size)
    return costs, largest, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES_KB), help="text sizes in KB")
    parser.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--budget", type=float, default=BUDGET_S, help="seconds a text of the largest size may take")
    parser.add_argument("--max-ratio", type=float, default=MAX_RATIO)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    print(f"{'shape':20s}" + "".join(f"{f'{s} KB µs/KB':>16s}" for s in sizes) + f"{'ratio':>9s}{'claims':>9s}")
    failed = []
    for shape in args.shapes:
        costs, largest, claims = measure(shape, sizes, args.repeat)
        ratio = costs[-1] / costs[0]
        print(f"{shape:20s}" + "".join(f"{c:16,.0f}" for c in costs) + f"{ratio:9.2f}{claims:9,}", flush=True)
        if largest > args.budget or ratio > args.max_ratio:
            failed.append(f"{shape}: {largest:.2f} s at {sizes[-1]} KB, per-KB cost x{ratio:.2f}")
    for line in failed:
        print("TOO SLOW", line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
