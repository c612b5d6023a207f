"""The ``syria-news`` command: build | eval | validate | cite."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from syria_news import __version__


def _build(args: argparse.Namespace) -> int:
    from pandera.errors import SchemaError, SchemaErrors

    from syria_news.pipeline import BuildError, build
    from syria_news.package import write_package

    try:
        result = build(args.raw, max_bytes=args.max_bytes, jobs=args.jobs, progress=not args.quiet)
    except BuildError as error:
        print(f"syria-news build: error: {error}", file=sys.stderr)
        return 2
    except (SchemaError, SchemaErrors) as error:
        print(f"syria-news build: the tables failed validation, nothing was written:\n{error}", file=sys.stderr)
        return 1
    package = write_package(result.tables, result.report, args.out)
    if not args.quiet:
        print(summary(result.report, result.claims, result.seconds, package))
    rejected = result.report["counts"]["rejected"]
    if args.strict and rejected:
        print(f"syria-news build: --strict: {rejected} file(s) rejected (see build_report.json)", file=sys.stderr)
        return 1
    return 0


def summary(report: dict, claims, seconds: float, package) -> str:  # noqa: ANN001
    """The five-second read at the end of a build."""
    counts = report["counts"]
    rate = counts["total"] / seconds if seconds else 0.0
    lines = [
        f"{counts['total']:,} files in {seconds:.1f} s ({rate:,.0f} files/s): "
        f"{counts['parsed']:,} parsed, {counts['duplicate']:,} duplicate, {counts['rejected']:,} rejected",
    ]
    lines += [f"  rejected, {reason}: {n:,}" for reason, n in report["rejected_by_reason"].items()]
    lines.append("rows: " + ", ".join(f"{name} {n:,}" for name, n in report["rows"].items()))
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


def _cite(args: argparse.Namespace) -> int:
    from syria_news.citation import citation

    print(citation(args.style))
    return 0


def parser() -> argparse.ArgumentParser:
    from syria_news.pipeline import DEFAULT_MAX_BYTES

    top = argparse.ArgumentParser(prog="syria-news", description="Build and check the syria-news dataset.")
    top.add_argument("--version", action="version", version=f"syria-news {__version__}")
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="parse a folder of raw pages into validated tables")
    build.add_argument("raw_pos", nargs="?", metavar="RAW_DIR", help="same as --raw")
    build.add_argument("--raw", default=None, help="folder of raw page files, read recursively (default: data/raw)")
    build.add_argument("--out", default=".", help="output folder; tables go to OUT/data/processed (default: .)")
    build.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="reject files larger than this (default: 5 MB)")
    build.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    build.add_argument("--strict", action="store_true", help="exit non-zero if any file is rejected")
    build.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    build.set_defaults(func=_build)

    evaluate = commands.add_parser("eval", help="score claim extraction against annotated sentences (JSONL)")
    evaluate.add_argument("gold", help="JSONL file: one {'text': ..., 'claims': [...]} per line")
    evaluate.set_defaults(func=_eval)

    cite = commands.add_parser("cite", help="print how to cite the dataset")
    cite.add_argument("--style", choices=("bibtex", "cff", "apa"), default="bibtex")
    cite.set_defaults(func=_cite)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command == "build":
        if args.raw and args.raw_pos and args.raw != args.raw_pos:
            parser().error("give the raw folder once, either as RAW_DIR or as --raw")
        args.raw = args.raw or args.raw_pos or "data/raw"
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
