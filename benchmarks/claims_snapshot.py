"""Save, then check, every claim the grammar finds: a change that should not change claims proves it.

    python benchmarks/claims_snapshot.py save  --dir /tmp/snap            # before the change
    python benchmarks/claims_snapshot.py check --dir /tmp/snap            # after: exit 1 on any difference

What is snapshotted, row for row:

* ``extract_claims`` on every Arabic string literal of ``tests/*.py`` (the test sentences
  and pages), on every text of the dev gold (``../shared/gold/claims_dev.jsonl``) and on
  every text of the JSONL files given with ``--extra`` (probe or evaluation sets, which
  stay outside the repository);
* the ``claims`` table of a build of ``data/raw`` and of a synthetic corpus
  (``benchmarks/make_corpus.py --pages 3000 --seed 1``, made in the snapshot folder once).

The snapshot is Parquet under ``--dir``; ``check`` prints the first differing rows of each
source.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "claims_dev.jsonl"
ARABIC = re.compile(r"[\u0600-\u06ff]")
CORPUS_PAGES, CORPUS_SEED = 3000, 1


def test_strings() -> list[str]:
    """Every string constant with an Arabic letter in the test modules, in file order."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and ARABIC.search(node.value):
                texts.append(node.value)
    return list(dict.fromkeys(texts))


def jsonl_texts(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def sentence_claims(texts: list[str]) -> pl.DataFrame:
    """``extract_claims`` of each text, stacked, with the text (lone surrogates escaped)."""
    from syria_news.claims import extract_claims

    frames = [
        extract_claims(text).with_columns(pl.lit(text.encode("utf-8", "backslashreplace").decode("utf-8"), dtype=pl.String).alias("text"))
        for text in texts
    ]
    return pl.concat(frames, how="vertical") if frames else pl.DataFrame()


def built_claims(raw: Path) -> pl.DataFrame:
    from syria_news.pipeline import build

    return build(raw, jobs=2).claims


def corpus_raw(folder: Path) -> Path:
    corpus = folder / "corpus"
    if not (corpus / "raw").is_dir():
        subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--pages", str(CORPUS_PAGES), "--seed", str(CORPUS_SEED), "--out", str(corpus)],
            check=True,
        )
    return corpus / "raw"


def sources(folder: Path, extra: list[Path]) -> dict[str, pl.DataFrame]:
    out = {"tests": sentence_claims(test_strings())}
    if GOLD.is_file():
        out["dev_gold"] = sentence_claims(jsonl_texts(GOLD))
    for path in extra:
        out[f"extra_{path.stem}"] = sentence_claims(jsonl_texts(path))
    out["data_raw"] = built_claims(ROOT / "data" / "raw")
    out["corpus"] = built_claims(corpus_raw(folder))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("--dir", required=True, type=Path, help="folder of the snapshot (and of the synthetic corpus)")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="JSONL files with a 'text' per line")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    different = 0
    for name, frame in sources(args.dir, args.extra).items():
        path = args.dir / f"{name}.parquet"
        if args.mode == "save":
            frame.write_parquet(path)
            print(f"{name}: {frame.height:,} claims saved")
            continue
        if not path.is_file():
            print(f"{name}: no snapshot at {path}")
            different += 1
            continue
        saved = pl.read_parquet(path)
        if "subset_of" in saved.columns and "subset_of_row" in frame.columns:
            saved = saved.rename({"subset_of": "subset_of_row"})  # a snapshot of extract_claims before the column said it is a row
        if "text" in frame.columns:  # texts added since the snapshot (new tests) are not compared
            new = frame.filter(~pl.col("text").is_in(saved["text"].implode()))
            frame = frame.filter(pl.col("text").is_in(saved["text"].implode()))
            if new.height:
                print(f"{name}: {new.height:,} claims of texts the snapshot does not hold, not compared")
        if saved.equals(frame):
            print(f"{name}: {frame.height:,} claims, identical")
            continue
        different += 1
        print(f"{name}: DIFFERENT ({saved.height:,} saved, {frame.height:,} now)")
        print("  only in the snapshot:", saved.join(frame, on=saved.columns, how="anti", nulls_equal=True).head(5))
        print("  only now:", frame.join(saved, on=frame.columns, how="anti", nulls_equal=True).head(5))
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
