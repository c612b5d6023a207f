"""The ``syria-news`` command: build | eval | validate | cite | hub | publish."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Sequence
from fractions import Fraction
from pathlib import Path

from syria_news import __version__


def _build(args: argparse.Namespace) -> int:
    from pandera.errors import SchemaError, SchemaErrors

    from syria_news.package import OutputError, write_package
    from syria_news.pipeline import DEFAULT_MAX_BYTES, BuildError, build
    from syria_news.versions import drift_warning

    started = time.perf_counter()
    try:
        result = build(
            args.raw, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, jobs=args.jobs, progress=not args.quiet, out=args.out,
            cache=not args.no_cache, engine="dask" if args.scheduler else args.engine, scheduler=args.scheduler,
        )
    except BuildError as error:
        print(f"syria-news build: error: {error}", file=sys.stderr)
        return 2
    except (SchemaError, SchemaErrors) as error:
        print(f"syria-news build: the tables failed validation; nothing was written, the previous outputs are untouched:\n{error}", file=sys.stderr)
        return 1
    rejected = result.report["counts"]["rejected"]
    if args.strict and rejected:
        # Checked before writing: a strict build that fails leaves the previous release whole.
        print(f"syria-news build: --strict: {rejected:,} file(s) rejected; nothing was written, the previous outputs are untouched", file=sys.stderr)
        for entry in [f for f in result.report["files"] if f["status"] == "rejected"][:STRICT_LISTED]:
            print(f"  {entry['path']}: {entry['reason']}", file=sys.stderr)
        if rejected > STRICT_LISTED:
            print(f"  ... and {rejected - STRICT_LISTED:,} more", file=sys.stderr)
        return 1
    try:
        package = write_package(result.tables, result.report, args.out)
    except OutputError as error:
        print(f"syria-news build: error: {error}", file=sys.stderr)
        return 1
    if warning := drift_warning(result.report["built_with"]):
        print(f"syria-news build: warning: {warning}", file=sys.stderr)
    for note in result.notes:
        print(f"syria-news build: warning: {note}", file=sys.stderr)
    if not args.quiet:
        print(summary(result.report, result.claims, time.perf_counter() - started, package, cached=result.cached))
    return 0


# Rejected files a failed --strict build lists before "... and N more".
STRICT_LISTED = 20


def summary(report: dict, claims, seconds: float, package, cached: int | None = None) -> str:  # noqa: ANN001
    """The five-second read at the end of a build; ``seconds`` from start to written;
    ``cached``: files whose results came from the cache (None: built without it)."""
    counts = report["counts"]
    rate = counts["total"] / seconds if seconds else 0.0
    lines = [
        f"{counts['total']:,} {'file' if counts['total'] == 1 else 'files'} in {seconds:.1f} s ({rate:,.0f} files/s): "
        f"{counts['parsed']:,} parsed, {counts['duplicate']:,} duplicate, {counts['rejected']:,} rejected",
    ]
    lines += [f"  rejected, {reason}: {n:,}" for reason, n in report["rejected_by_reason"].items()]
    if cached is not None:
        lines.append(f"cache: {cached:,} of {counts['total'] - counts['manifest']:,} files reused, {counts['total'] - counts['manifest'] - cached:,} read and parsed")
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
    from syria_news.messages import one_line

    try:
        report = evaluate(args.gold)
    except (OSError, ValueError) as error:
        print(f"syria-news eval: error: {one_line(str(error))}", file=sys.stderr)
        return 2
    print(report.format(verbose=args.verbose))
    return 0


def _eval_articles(args: argparse.Namespace) -> int:
    from syria_news.evaluate_articles import evaluate_articles
    from syria_news.messages import one_line

    try:
        report = evaluate_articles(args.gold)
    except (OSError, ValueError, KeyError) as error:
        print(f"syria-news eval-articles: error: {one_line(str(error))}", file=sys.stderr)
        return 2
    print(report.format(verbose=args.verbose))
    return 0


# Problems `validate` prints before "... and N more".
PROBLEMS_LISTED = 20


def _validate(args: argparse.Namespace) -> int:
    from syria_news.package import validate_package
    from syria_news.messages import one_line

    try:
        problems = validate_package(args.folder)
    except Exception as error:  # a descriptor it could not use (Frictionless raises on many): one problem, not a traceback
        if args.debug:
            raise
        problems = [f"cannot read datapackage.json: {type(error).__name__}: {one_line(str(error))}"]
    if problems:
        print(f"{args.folder}: INVALID, {len(problems)} problem(s)")
        print("\n".join(f"  {one_line(p)}" for p in problems[:PROBLEMS_LISTED]))
        if len(problems) > PROBLEMS_LISTED:
            print(f"  ... and {len(problems) - PROBLEMS_LISTED:,} more")
        return 1
    print(f"{args.folder}: valid (Frictionless: CSV, schemas, keys; SHA256SUMS; Pandera: Parquet tables)")
    return 0


def _cite(args: argparse.Namespace) -> int:
    from syria_news.citation import citation

    print(citation(args.style))
    return 0


def _hub(args: argparse.Namespace) -> int:
    from syria_news.hub import DEFAULT_OUT, HubError, write_hub_folder
    from syria_news.release import DEFAULT_REPO_ID
    from syria_news.messages import one_line

    try:
        out = write_hub_folder(args.out, source=args.source, repo_id=args.repo_id, gold=args.gold)
    except (HubError, OSError, ValueError) as error:
        print(f"syria-news hub: error: {one_line(str(error))}", file=sys.stderr)
        return 2
    repo_id = args.repo_id or DEFAULT_REPO_ID
    folder = "" if Path(out) == DEFAULT_OUT else f" --folder {out}"
    print(f"wrote {out}: README.md (the dataset card, for {repo_id}) and data/<table>/*.parquet")
    print(f"upload with: syria-news publish --repo-id {repo_id}{folder}")
    if args.repo_id is None:
        print(f"  (to publish to a repository of your own, first: syria-news hub --repo-id ORG/NAME{'' if not folder else ' --out ' + str(out)})")
    return 0


TOKEN_ON_COMMAND_LINE = (
    "syria-news publish: warning: a token given with --token can be read by other users of this machine (ps) "
    "and stays in the shell history; prefer HF_TOKEN, `hf auth login` (`huggingface-cli login` before "
    "huggingface_hub 1.0) or --token-file FILE"
)


def read_token_file(path: str | Path) -> str:
    """The Hub token kept in ``path``: its text without surrounding whitespace.

    ValueError, naming the file but never its content, when it cannot be read, is empty, or
    holds more than one word (a token has no spaces; two lines are a mistake).
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ValueError(f"cannot read --token-file {path}: {error.strerror or type(error).__name__}") from None
    except UnicodeDecodeError:
        raise ValueError(f"cannot read --token-file {path}: not UTF-8 text") from None
    token = text.strip()
    if not token:
        raise ValueError(f"--token-file {path} is empty")
    if len(token.split()) > 1:
        raise ValueError(f"--token-file {path} holds more than the token (spaces or several lines)")
    return token


def _publish(args: argparse.Namespace) -> int:
    from syria_news.hub import HubError, describe_hub_error, is_hub_client_error, publish
    from syria_news.messages import one_line

    # None lets huggingface_hub find one: HF_TOKEN, else the token `hf auth login` saved.
    token = args.token
    if token is not None:
        print(TOKEN_ON_COMMAND_LINE, file=sys.stderr)
        if not token.strip():
            print("syria-news publish: error: --token is empty", file=sys.stderr)
            return 2
    if args.token_file is not None:
        try:
            token = read_token_file(args.token_file)
        except ValueError as error:
            print(f"syria-news publish: error: {error}", file=sys.stderr)
            return 2
    try:
        done = publish(args.folder, repo_id=args.repo_id, token=token, endpoint=args.endpoint)
    except HubError as error:
        print(f"syria-news publish: error: {one_line(str(error))}", file=sys.stderr)
        return 1
    except Exception as error:
        if not is_hub_client_error(error):
            raise
        print(f"syria-news publish: error: {describe_hub_error(error)}", file=sys.stderr)
        return 1
    print(f"published {args.folder} to {done.repo_url}: commit {done.commit[:12]}, tag {done.tag}")
    return 0


def positive_int(text: str) -> int:
    """An argparse type: a whole number >= 1 (``--jobs``).

    >>> positive_int("4")
    4
    >>> positive_int("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: must be a whole number >= 1, not '0'
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, not {text!r}")
    return value


# Bytes per unit, by the unit's lowercase spelling. KB/MB/GB are powers of 1000 (SI), and
# so are a bare K/M/G, as in "500k"; KiB/MiB/GiB are powers of 1024 (IEC).
SIZE_UNITS = {
    "": 1, "b": 1,
    "k": 1000, "kb": 1000, "kib": 1024,
    "m": 1000**2, "mb": 1000**2, "mib": 1024**2,
    "g": 1000**3, "gb": 1000**3, "gib": 1024**3,
}  # fmt: skip
_SIZE = re.compile(r"\s*(?P<number>[0-9]+(?:\.[0-9]+)?)\s*(?P<unit>[a-z]*)\s*", re.IGNORECASE | re.ASCII)


def parse_size(text: str) -> int:
    """A size as people write it, in bytes: a number of bytes, or a number and a unit.

    Units, in any case: B; KB, MB, GB and a bare K, M, G (1000, 1000², 1000³); KiB, MiB,
    GiB (1024, 1024², 1024³). A space may separate number and unit; a decimal point is
    fine when the result is a whole number of bytes. ValueError for anything else, and
    for a size below one byte.

    >>> parse_size("5000000"), parse_size("5MB"), parse_size("5 MiB"), parse_size("500k")
    (5000000, 5000000, 5242880, 500000)
    >>> parse_size("1.5MB"), parse_size("500 KB"), parse_size("2gib")
    (1500000, 500000, 2147483648)
    >>> parse_size("5 XB")
    Traceback (most recent call last):
    ...
    ValueError: unknown unit 'XB' in '5 XB': use B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (of 1024)
    >>> parse_size("0.1KiB")
    Traceback (most recent call last):
    ...
    ValueError: '0.1KiB' is 102.4 bytes, not a whole number
    """
    match = _SIZE.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a size: give bytes (5000000) or a number and a unit (5MB, 5 MiB, 500k)")
    factor = SIZE_UNITS.get(match["unit"].lower())
    if factor is None:
        raise ValueError(f"unknown unit {match['unit']!r} in {text!r}: use B, KB, MB, GB (powers of 1000) or KiB, MiB, GiB (of 1024)")
    size = Fraction(match["number"]) * factor  # exact: 1.5MB is 1500000, not 1499999.99...
    if size.denominator != 1:
        raise ValueError(f"{text!r} is {float(size):,} bytes, not a whole number")
    if size < 1:
        raise ValueError(f"{text!r} is less than one byte")
    return int(size)


def size_argument(text: str) -> int:
    """``parse_size`` as an argparse type (``--max-bytes``): its ValueError becomes argparse's message."""
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="syria-news", description="Build and check the syria-news dataset.")
    top.add_argument("--version", action="version", version=f"syria-news {__version__}")
    top.add_argument("--debug", action="store_true", help="on an unexpected error, show the Python traceback instead of one line")
    # Also accepted after the command, where people add it to a command that just failed;
    # SUPPRESS keeps the subcommand from resetting a --debug given before it.
    debug = argparse.ArgumentParser(add_help=False)
    debug.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="same as syria-news --debug")
    commands = top.add_subparsers(dest="command", required=True)

    build = commands.add_parser(
        "build", parents=[debug], help="parse a folder of raw pages into validated tables",
        description="Parse every file under the raw folder into the five tables (articles, ticker_items, claims, "
        "article_tallies, governorates), validate them and write them to OUT as Parquet, CSV and a Frictionless "
        "data package, with a report accounting for every input file.",
    )
    build.add_argument("raw_pos", nargs="?", metavar="RAW_DIR", help="same as --raw")
    build.add_argument("--raw", default=None, help="folder of raw page files, read recursively: a path, a file:// URL, or an fsspec URL such as s3://bucket/pages where its filesystem package is installed (default: data/raw)")
    build.add_argument("--out", default=".", help="output folder; tables go to OUT/data/processed (default: .)")
    build.add_argument(
        "--max-bytes", type=size_argument, default=None, metavar="SIZE",
        help="reject files larger than this: bytes (5000000) or a size such as 500k, 500 KB, 1.5MB, 5MiB; "
        "KB, MB, GB and a bare k, m, g are powers of 1000, KiB, MiB, GiB of 1024 (default: 5 MiB, 5242880 bytes)",
    )
    build.add_argument("--jobs", type=positive_int, default=None, metavar="N", help="worker processes, 1 or more (default: all cores)")
    build.add_argument("--no-cache", action="store_true", help="parse every file again, neither reading nor writing the cache of results in OUT/.cache")
    build.add_argument(
        "--engine", choices=("local", "dask"), default="local",
        help="local: worker processes on this machine; dask: a Dask cluster, local (--jobs workers) unless --scheduler "
        "(needs pip install \"syria-news[dask]\") (default: local)",
    )
    build.add_argument("--scheduler", default=None, metavar="ADDRESS", help="use the running Dask cluster at this address, e.g. tcp://HOST:8786 (implies --engine dask)")
    build.add_argument("--strict", action="store_true", help="exit non-zero if any file is rejected")
    build.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    build.set_defaults(func=_build)

    evaluate = commands.add_parser(
        "eval", parents=[debug], help="score claim extraction against annotated sentences (JSONL)",
        description="Run the claim extractor on annotated sentences and print precision, recall and F1: a predicted "
        "claim matches a gold one on claim type, scope and best count.",
    )
    evaluate.add_argument("gold", help="JSONL file: one {'text': ..., 'claims': [...]} per line (and 'outlet' or 'url')")
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list each sentence's missed and extra claims")
    evaluate.set_defaults(func=_eval)
    articles = commands.add_parser(
        "eval-articles", parents=[debug], help="score restatements, parts, background and article tallies against annotated articles (JSONL)",
        description="Score how each article's figures are counted once (restatements, parts, background) and its "
        "tallies against annotated whole articles.",
    )
    articles.add_argument("gold", help="JSONL file: one article per line: title, body, mentions (with restates, subset_of, background) and tallies")
    articles.add_argument("-v", "--verbose", action="store_true", help="list each article's differences")
    articles.set_defaults(func=_eval_articles)

    check = commands.add_parser(
        "validate", parents=[debug], help="validate a built package with Frictionless, its checksums and Pandera",
        description="Check a folder written by `syria-news build`: the CSV files against datapackage.json "
        "(Frictionless), every file against SHA256SUMS, the Parquet tables against the Pandera schemas. "
        "Problems are listed one line each, rows of the same problem counted together.",
    )
    check.add_argument("folder", nargs="?", default=".", help="folder holding datapackage.json (default: .)")
    check.set_defaults(func=_validate)

    cite = commands.add_parser("cite", parents=[debug], help="print how to cite the dataset", description="Print the dataset's citation: BibTeX, APA or CFF.")
    cite.add_argument("--style", choices=("bibtex", "cff", "apa"), default="bibtex")
    cite.set_defaults(func=_cite)

    hub = commands.add_parser(
        "hub", parents=[debug], help="write the Hugging Face dataset folder: Parquet per table and the dataset card",
        description="Write a Hugging Face dataset folder from any build output (`syria-news build --out DIR`, then "
        "--source DIR): one Parquet file per table and the dataset card, whose loading examples name --repo-id. "
        "Then `syria-news publish --repo-id` the same id.",
    )
    hub.add_argument("--out", default="dist/huggingface", help="folder to write (default: dist/huggingface)")
    hub.add_argument("--source", default=".", help="a build's output folder, the --out of `syria-news build`, holding data/processed (default: .)")
    hub.add_argument("--repo-id", default=None, help="Hub dataset the card's examples name and `publish` will upload to, ORG/NAME (default: syria-news/syria-news)")
    hub.add_argument("--gold", default=None, help="measure extraction on this JSONL for the card (default: the recorded figures)")
    hub.set_defaults(func=_hub)

    push = commands.add_parser(
        "publish", parents=[debug], help="upload the dataset folder to the Hugging Face Hub in one commit and tag it v<version>",
        description="Upload the folder `syria-news hub` wrote to a Hub dataset repository (created if missing) in one "
        "commit, and tag it v<version>. The repository id is checked before anything is sent; the card must name "
        "the same repository (`syria-news hub --repo-id`); an existing tag is never moved.",
    )
    push.add_argument("--repo-id", required=True, help="dataset repository, ORG/NAME (created if missing)")
    push.add_argument("--folder", default="dist/huggingface", help="folder written by `syria-news hub` (default: dist/huggingface)")
    token = push.add_mutually_exclusive_group()
    token.add_argument("--token-file", default=None, metavar="FILE", help="read the Hub token (write access) from this file")
    token.add_argument(
        "--token", default=None,
        help="Hub token with write access; visible to other users in `ps`, prefer --token-file or HF_TOKEN "
        "(default: HF_TOKEN, else the token `hf auth login` saved)",
    )
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
    except KeyboardInterrupt:
        if args.debug:
            raise
        print(f"syria-news {args.command}: interrupted", file=sys.stderr)
        return 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C
    except Exception as error:
        # A bug or an unforeseen failure: one line for the user; --debug for whoever fixes it.
        # Nothing is imported here, so this works even when an import was what failed.
        if args.debug:
            raise
        message = " ".join(str(error).split())
        print(f"syria-news {args.command}: error: {type(error).__name__}{': ' + message if message else ''} (run with --debug for the traceback)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
