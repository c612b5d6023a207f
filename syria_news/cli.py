"""The ``syria-news`` command: build | eval | validate | cite | hub | publish."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from syria_news import __version__


def _build(args: argparse.Namespace) -> int:
    from pandera.errors import SchemaError, SchemaErrors

    from syria_news.package import write_package
    from syria_news.pipeline import DEFAULT_MAX_BYTES, BuildError, build

    started = time.perf_counter()
    try:
        result = build(args.raw, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, jobs=args.jobs, progress=not args.quiet)
    except BuildError as error:
        print(f"syria-news build: error: {error}", file=sys.stderr)
        return 2
    except (SchemaError, SchemaErrors) as error:
        print(f"syria-news build: the tables failed validation, nothing was written:\n{error}", file=sys.stderr)
        return 1
    package = write_package(result.tables, result.report, args.out)
    if not args.quiet:
        print(summary(result.report, result.claims, time.perf_counter() - started, package))
    rejected = result.report["counts"]["rejected"]
    if args.strict and rejected:
        print(f"syria-news build: --strict: {rejected} file(s) rejected (see build_report.json)", file=sys.stderr)
        return 1
    return 0


def summary(report: dict, claims, seconds: float, package) -> str:  # noqa: ANN001
    """The five-second read at the end of a build; ``seconds`` from start to written."""
    counts = report["counts"]
    rate = counts["total"] / seconds if seconds else 0.0
    lines = [
        f"{counts['total']:,} files in {seconds:.1f} s ({rate:,.0f} files/s): "
        f"{counts['parsed']:,} parsed, {counts['duplicate']:,} duplicate, {counts['rejected']:,} rejected",
    ]
    lines += [f"  rejected, {reason}: {n:,}" for reason, n in report["rejected_by_reason"].items()]
    lines.append("rows: " + ", ".join(f"{name} {n:,}" for name, n in report["rows"].items()))
    if errors := report.get("ticker_claim_errors"):
        lines.append(f"  ticker items whose claims failed (see build_report.json): {len(errors):,}")
    if claims.height:
        by_type = claims.group_by("claim_type").len().sort(["len", "claim_type"], descending=[True, False])
        lines.append("claims: " + ", ".join(f"{t} {n:,}" for t, n in by_type.iter_rows()))
    lines.append(f"wrote {package}")
    return "\n".join(lines)


def _eval(args: argparse.Namespace) -> int:
    from syria_news.evaluate import evaluate

    try:
        report = evaluate(args.gold)
    except (OSError, ValueError) as error:
        print(f"syria-news eval: error: {error}", file=sys.stderr)
        return 2
    print(report.format())
    return 0


def _validate(args: argparse.Namespace) -> int:
    from syria_news.package import validate_package

    problems = validate_package(args.folder)
    if problems:
        print(f"{args.folder}: INVALID, {len(problems)} problem(s)")
        print("\n".join(f"  {p}" for p in problems))
        return 1
    print(f"{args.folder}: valid (Frictionless: CSV, schemas, keys; SHA256SUMS; Pandera: Parquet tables)")
    return 0


def _cite(args: argparse.Namespace) -> int:
    from syria_news.citation import citation

    print(citation(args.style))
    return 0


def _hub(args: argparse.Namespace) -> int:
    from syria_news.hub import HubError, write_hub_folder

    try:
        out = write_hub_folder(args.out, source=args.source, repo_id=args.repo_id, gold=args.gold)
    except (HubError, OSError, ValueError) as error:
        print(f"syria-news hub: error: {error}", file=sys.stderr)
        return 2
    print(f"wrote {out}: README.md (dataset card) and data/<table>/*.parquet; upload with `syria-news publish --repo-id ORG/NAME`")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from huggingface_hub.errors import HfHubHTTPError

    try:  # the HTTP client's base error (the Hub unreachable): httpx2 under huggingface_hub 2, httpx under 1
        from httpx2 import HTTPError
    except ImportError:
        from httpx import HTTPError  # type: ignore[no-redef]

    from syria_news.hub import HubError, publish

    try:
        done = publish(args.folder, repo_id=args.repo_id, token=args.token, endpoint=args.endpoint)
    except (HubError, HfHubHTTPError, HTTPError, OSError) as error:
        print(f"syria-news publish: error: {error}", file=sys.stderr)
        return 1
    print(f"published {args.folder} to {done.repo_url}: commit {done.commit[:12]}, tag {done.tag}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="syria-news", description="Build and check the syria-news dataset.")
    top.add_argument("--version", action="version", version=f"syria-news {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="parse a folder of raw pages into validated tables")
    build.add_argument("raw_pos", nargs="?", metavar="RAW_DIR", help="same as --raw")
    build.add_argument("--raw", default=None, help="folder of raw page files, read recursively (default: data/raw)")
    build.add_argument("--out", default=".", help="output folder; tables go to OUT/data/processed (default: .)")
    build.add_argument("--max-bytes", type=int, default=None, help="reject files larger than this many bytes (default: 5 MB)")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    build.add_argument("--strict", action="store_true", help="exit non-zero if any file is rejected")
    build.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    build.set_defaults(func=_build)

    evaluate = commands.add_parser("eval", help="score claim extraction against annotated sentences (JSONL)")
    evaluate.add_argument("gold", help="JSONL file: one {'text': ..., 'claims': [...]} per line")
    evaluate.set_defaults(func=_eval)

    check = commands.add_parser("validate", help="validate a built package with Frictionless, its checksums and Pandera")
    check.add_argument("folder", nargs="?", default=".", help="folder holding datapackage.json (default: .)")
    check.set_defaults(func=_validate)

    cite = commands.add_parser("cite", help="print how to cite the dataset")
    cite.add_argument("--style", choices=("bibtex", "cff", "apa"), default="bibtex")
    cite.set_defaults(func=_cite)

    hub = commands.add_parser("hub", help="write the Hugging Face dataset folder: Parquet per table and the dataset card")
    hub.add_argument("--out", default="dist/huggingface", help="folder to write (default: dist/huggingface)")
    hub.add_argument("--source", default=".", help="checkout holding data/processed, CHANGELOG.md, DATASHEET.md (default: .)")
    hub.add_argument("--repo-id", default=None, help="Hub dataset the card's examples name (default: syria-news/syria-news)")
    hub.add_argument("--gold", default=None, help="measure extraction on this JSONL for the card (default: the recorded figures)")
    hub.set_defaults(func=_hub)

    push = commands.add_parser("publish", help="upload the dataset folder to the Hugging Face Hub in one commit and tag it v<version>")
    push.add_argument("--repo-id", required=True, help="dataset repository, ORG/NAME (created if missing)")
    push.add_argument("--folder", default="dist/huggingface", help="folder written by `syria-news hub` (default: dist/huggingface)")
    push.add_argument("--token", default=None, help="Hub token with write access (default: HF_TOKEN or the saved login)")
    push.add_argument("--endpoint", default=None, help="Hub URL (default: HF_ENDPOINT or https://huggingface.co)")
    push.set_defaults(func=_publish)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "build":
        if args.raw and args.raw_pos and args.raw != args.raw_pos:
            parser().error("give the raw folder once, either as RAW_DIR or as --raw")
        args.raw = args.raw or args.raw_pos or "data/raw"
    try:
        return args.func(args)
    except BrokenPipeError:  # `syria-news eval gold.jsonl | head`: the reader left, not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
