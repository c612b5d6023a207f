"""The claim finder's cost per page: find_claims over the title and body of each page of a corpus.

    python benchmarks/claim_speed.py --raw /tmp/corpus/raw [--repeat 5]
    python benchmarks/claim_speed.py --texts SET.jsonl [--repeat 5]

Prints the median µs per page of ``repeat`` passes in this one process (pages parsed
once, before timing). With ``--texts``, each line's ``text`` (an annotated set of real
paragraphs, kept out of the repository) is one "page": real text next to the synthetic
corpus, whose filler sentences repeat a small vocabulary.
"""

from __future__ import annotations

import argparse
import json
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
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--raw", type=Path, help="folder of raw pages (e.g. made by make_corpus.py)")
    source.add_argument("--texts", type=Path, help="JSON Lines file with a 'text' per line (real paragraphs)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = pages(args.raw) if args.raw else [("", json.loads(line)["text"]) for line in args.texts.open(encoding="utf-8") if line.strip()]
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
