"""The claim finder's cost per page: find_claims over the title and body of each page of a corpus.

    python benchmarks/claim_speed.py --raw /tmp/corpus/raw [--repeat 5]

Prints the median µs per page of ``repeat`` passes in this one process (pages parsed
once, before timing).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from syria_news.claims import find_claims
from syria_news.page import Page, parse_page


def pages(raw: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(raw.rglob("*")):
        if not path.is_file():
            continue
        try:
            page = parse_page(path.read_text(encoding="utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            continue
        if isinstance(page, Page):
            out.append((page.title, page.body))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", type=Path, required=True, help="folder of raw pages (e.g. made by make_corpus.py)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = pages(args.raw)
    runs = []
    for _ in range(args.repeat):
        started = time.process_time()
        for title, body in texts:
            find_claims(title)
            find_claims(body)
        runs.append((time.process_time() - started) / len(texts) * 1e6)
    print(f"{len(texts):,} pages, {args.repeat} passes: median {statistics.median(runs):.0f} µs/page (runs: {', '.join(f'{r:.0f}' for r in runs)})")


if __name__ == "__main__":
    main()
