"""Build integrity: every path under --raw accounted for, nothing read that can block, outputs
replaced as one set whatever happens (a failure, a full disk, a SIGKILL at any moment)."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import polars as pl
import pytest

from syria_news import atomic
from syria_news.cli import main
from syria_news.pipeline import build
from test_build import SEED_TEXT, read_outputs, variant, write

ROOT = Path(__file__).parents[1]
CLI = [sys.executable, "-m", "syria_news.cli"]


def statuses(result_or_report) -> dict[str, tuple[str, str | None]]:  # noqa: ANN001
    report = getattr(result_or_report, "report", result_or_report)
    return {f["path"]: (f["status"], f["reason"]) for f in report["files"]}


def run_cli(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout, **kwargs)


# --- every path accounted for, none read in a way that can block ---------------------


def test_special_files_and_links_are_rejected_with_a_reason_and_never_block(tmp_path: Path) -> None:
    raw = write(tmp_path / "raw", {"page.txt": SEED_TEXT, "sub/other.txt": variant("عنوان آخر")})
    os.mkfifo(raw / "pipe.txt")
    os.symlink(raw / "pipe.txt", raw / "to-pipe.txt")
    os.symlink("/dev/zero", raw / "zero.txt")
    os.symlink(tmp_path / "nowhere.txt", raw / "dangling.txt")
    os.symlink(raw / "loop-b.txt", raw / "loop-a.txt")
    os.symlink(raw / "loop-a.txt", raw / "loop-b.txt")
    os.symlink(raw / "sub", raw / "to-folder")
    os.symlink(raw / "page.txt", raw / "to-page.txt")
    outside = write(tmp_path / "outside", {"x.txt": variant("عنوان من خارج")})
    os.symlink(outside / "x.txt", raw / "leaves.txt")
    # In a child process with a deadline: a FIFO read by mistake would block forever.
    run = run_cli("build", str(raw), "--out", str(tmp_path / "out"), "--quiet", timeout=60)
    assert run.returncode == 0, run.stderr
    got = statuses(json.loads((tmp_path / "out/data/processed/build_report.json").read_text(encoding="utf-8")))
    assert got["page.txt"][0] == "parsed" and got["sub/other.txt"][0] == "parsed"
    assert got["to-page.txt"][0] == "duplicate"
    assert got["pipe.txt"] == ("rejected", "not a regular file: FIFO")
    assert got["to-pipe.txt"] == ("rejected", "symbolic link to a FIFO")
    assert got["zero.txt"] == ("rejected", "symbolic link that leaves the raw folder")
    assert got["leaves.txt"] == ("rejected", "symbolic link that leaves the raw folder")
    assert got["dangling.txt"] == ("rejected", "dangling symbolic link")
    assert got["loop-a.txt"] == got["loop-b.txt"] == ("rejected", "symbolic link loop")
    assert got["to-folder"] == ("rejected", "symbolic link to a folder (not followed)")
    assert len(got) == 11
    strict = run_cli("build", str(raw), "--out", str(tmp_path / "strict"), "--quiet", "--strict", timeout=60)
    assert strict.returncode == 1 and "pipe.txt: not a regular file: FIFO" in strict.stderr
    assert not (tmp_path / "strict" / "datapackage.json").exists()


def test_a_file_over_the_limit_is_refused_even_when_stat_understates_it(tmp_path: Path) -> None:
    from syria_news.raw_files import TooLarge, read_bounded

    with pytest.raises(TooLarge, match="more than 100 bytes"):
        read_bounded(Path("/proc/self/status"), 100)  # stat says 0 bytes
    assert read_bounded(Path("/proc/self/status"), 1_000_000).startswith(b"Name:")


@pytest.mark.skipif(os.geteuid() != 0, reason="drops privileges to a user who cannot read a folder; needs root to do so")
def test_an_unreadable_folder_is_reported_not_skipped(tmp_path: Path) -> None:
    """Scan and read as 'nobody' in a forked child, for whom a 0700 folder of root's is
    unreadable (root reads anything). Forked, not run anew: the interpreter may lie where
    'nobody' cannot read it."""
    import encodings.utf_8_sig  # noqa: F401 - imported before the child loses the right to read it

    from syria_news.pipeline import read_page
    from syria_news.raw_files import LocalFolder

    base = Path(os.environ.get("TMPDIR", "/tmp")) / f"syria-news-perm-{os.getpid()}"
    raw = write(base / "raw", {"ok.txt": SEED_TEXT, "closed/hidden.txt": variant("عنوان مخفي"), "locked.txt": SEED_TEXT})
    try:
        for path, mode in ((base, 0o755), (raw, 0o755), (raw / "ok.txt", 0o644), (raw / "closed", 0o700), (raw / "locked.txt", 0o600)):
            path.chmod(mode)
        read_end, write_end = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - the child's work is checked through the pipe
            try:
                os.setgid(65534)
                os.setuid(65534)
                folder = LocalFolder(raw)
                rows = [(e.shown, read_page(folder, e).reason) for e in folder.scan().entries]
                os.write(write_end, json.dumps(rows).encode("utf-8"))
            except BaseException as error:  # noqa: BLE001 - reported to the parent
                os.write(write_end, json.dumps(repr(error)).encode("utf-8"))
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            rows = json.loads(pipe.read() or b"null")
        os.waitpid(child, 0)
        assert dict(rows) == {"closed/": "unreadable folder: Permission denied", "locked.txt": "unreadable: Permission denied", "ok.txt": None}
    finally:
        shutil.rmtree(base, ignore_errors=True)


def test_a_file_name_that_is_not_utf8_is_reported_escaped(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    with open(os.path.join(os.fsencode(raw), b"bad\xff.txt"), "wb") as handle:
        handle.write(SEED_TEXT.encode("utf-8"))
    run = run_cli("build", str(raw), "--out", str(tmp_path / "out"), "--quiet")
    assert run.returncode == 0, run.stderr
    assert statuses(json.loads((tmp_path / "out/data/processed/build_report.json").read_text(encoding="utf-8"))) == {"bad\\xff.txt": ("parsed", None)}
    articles = pl.read_csv(tmp_path / "out/data/processed/articles.csv")
    assert articles["source_file"].to_list() == ["bad\\xff.txt"]


def test_outputs_inside_the_raw_folder_are_not_read_as_pages(tmp_path: Path) -> None:
    raw = write(tmp_path / "raw", {"page.txt": SEED_TEXT})
    for _ in range(2):
        assert main(["build", str(raw), "--out", str(raw / "release"), "--quiet", "--strict"]) == 0
    report = json.loads((raw / "release/data/processed/build_report.json").read_text(encoding="utf-8"))
    assert report["counts"]["total"] == 1
    assert report["excluded_outputs"] == ["release/data/processed", "release/datapackage.json", "release/schemas"]
    # An output folder that is the raw folder itself.
    same = write(tmp_path / "same", {"page.txt": SEED_TEXT})
    for _ in range(2):
        assert main(["build", str(same), "--out", str(same), "--quiet", "--strict"]) == 0
    assert json.loads((same / "data/processed/build_report.json").read_text(encoding="utf-8"))["counts"]["total"] == 1


# --- one-line errors for what cannot be built -----------------------------------------


def test_an_empty_raw_folder_and_a_file_as_raw_are_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["build", str(tmp_path / "empty"), "--out", str(tmp_path / "out")]) == 2
    assert "no files under" in capsys.readouterr().err
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    assert main(["build", str(tmp_path / "file.txt"), "--out", str(tmp_path / "out")]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("out", ["a-file", "/proc/syria-news-out"])
def test_an_output_path_that_cannot_be_written_is_a_one_line_error(tmp_path: Path, out: str) -> None:
    raw = write(tmp_path / "raw", {"page.txt": SEED_TEXT})
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    run = run_cli("build", str(raw), "--out", out if out.startswith("/") else str(tmp_path / out), "--quiet", cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.count("\n") == 1 and "cannot write the outputs" in run.stderr and "Traceback" not in run.stderr


# --- the previous outputs stay whole ---------------------------------------------------


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    raw = write(tmp_path / "raw", {"page.txt": SEED_TEXT, "other.txt": variant("عنوان آخر")})
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet"]) == 0
    return raw, out, read_outputs(out)


def test_a_failed_strict_build_leaves_the_previous_outputs_untouched(built: tuple[Path, Path, dict[str, bytes]], capsys: pytest.CaptureFixture[str]) -> None:
    raw, out, before = built
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--strict", "--max-bytes", "10"]) == 1
    assert "nothing was written, the previous outputs are untouched" in capsys.readouterr().err
    assert read_outputs(out) == before


def _limit_file_size(limit: int):  # noqa: ANN202
    def limit_in_child() -> None:
        # A file-size limit makes writes past it fail with EFBIG, as a full disk fails with ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_in_child


@pytest.mark.pinned  # the writer's own words for a failed write ("File too large") vary with the polars version
def test_a_write_that_fails_midway_leaves_the_previous_outputs_untouched(built: tuple[Path, Path, dict[str, bytes]]) -> None:
    raw, out, before = built
    write(raw, {"third.txt": variant("عنوان ثالث")})
    run = subprocess.run([*CLI, "build", str(raw), "--out", str(out), "--quiet"], capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size(6000))
    assert run.returncode == 1, run.stderr
    assert run.stderr.count("\n") == 1 and "File too large" in run.stderr and "previous outputs are untouched" in run.stderr
    assert read_outputs(out) == before
    assert sorted(p.name for p in out.iterdir() if p.name != ".cache") == ["data", "datapackage.json", "schemas"]  # no staging left (the cache of results stays)


def test_a_second_writer_of_the_same_folder_is_refused(built: tuple[Path, Path, dict[str, bytes]]) -> None:
    raw, out, before = built
    with atomic.locked(out):
        run = run_cli("build", str(raw), "--out", str(out), "--quiet")
    assert run.returncode == 1 and "another syria-news process is writing" in run.stderr
    assert read_outputs(out) == before


# --- a SIGKILL at any moment -------------------------------------------------------------


def _corpus(folder: Path, pages: int) -> Path:
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--pages", str(pages), "--seed", "3", "--out", str(folder)], check=True, capture_output=True)
    return folder / "raw"


def _state(out: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """'old' or 'new', after the recovery that any syria-news command on the folder runs."""
    atomic.recover(out)
    now = read_outputs(out)
    assert now in (old, new), "a mix of two builds' outputs"
    assert not any(p.name.startswith(".syria-news-") for p in out.iterdir())
    return "old" if now == old else "new"


def test_a_build_killed_at_any_moment_leaves_the_old_set_or_the_new(tmp_path: Path) -> None:
    raw = _corpus(tmp_path / "corpus", 2000)
    out = tmp_path / "out"
    assert main(["build", str(raw), "--out", str(out), "--quiet", "--jobs", "2"]) == 0
    old = read_outputs(out)
    shutil.rmtree(raw / "000")  # the next build differs: fewer pages
    assert main(["build", str(raw), "--out", str(tmp_path / "expected"), "--quiet", "--jobs", "2"]) == 0
    new = read_outputs(tmp_path / "expected")
    started = time.perf_counter()
    assert run_cli("build", str(raw), "--out", str(tmp_path / "timing"), "--quiet", "--jobs", "2").returncode == 0
    whole = time.perf_counter() - started
    pristine = tmp_path / "pristine"
    shutil.copytree(out, pristine)
    seen = []
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 1.0, 1.05, 1.2):
        process = subprocess.Popen([*CLI, "build", str(raw), "--out", str(out), "--quiet", "--jobs", "2"], start_new_session=True)
        time.sleep(whole * fraction)
        os.killpg(process.pid, signal.SIGKILL)  # the build and its workers, with no chance to clean up
        process.wait()
        seen.append(_state(out, old, new))
        if seen[-1] == "new":  # start the next kill from the old set again
            shutil.rmtree(out)
            shutil.copytree(pristine, out)
    assert "old" in seen, seen


KILL_AT_RENAME = """
import os, signal, sys
from syria_news import atomic, cli
calls, limit = [0], int(sys.argv[1])
real = os.replace
def replace(a, b):
    if calls[0] == limit:
        os.kill(os.getpid(), signal.SIGKILL)
    calls[0] += 1
    real(a, b)
atomic.os.replace = replace
sys.exit(cli.main(sys.argv[2:]))
"""


def test_a_kill_at_every_step_of_the_swap_leaves_the_old_set_or_the_new(built: tuple[Path, Path, dict[str, bytes]], tmp_path: Path) -> None:
    """A real SIGKILL just before each rename of the commit, then the recovery any command runs."""
    raw, out, old = built
    write(raw, {"third.txt": variant("عنوان ثالث")})
    assert main(["build", str(raw), "--out", str(tmp_path / "expected"), "--quiet"]) == 0
    new = read_outputs(tmp_path / "expected")
    pristine = tmp_path / "pristine"
    shutil.copytree(out, pristine)
    seen = []
    for step in range(8):
        shutil.rmtree(out)
        shutil.copytree(pristine, out)
        run = subprocess.run([sys.executable, "-c", KILL_AT_RENAME, str(step), "build", str(raw), "--out", str(out), "--quiet"], capture_output=True, text=True, timeout=120)
        seen.append((run.returncode, _state(out, old, new)))
    assert seen[0] == (-signal.SIGKILL, "old")  # killed before the journal: nothing changed
    assert all(state == "new" for _, state in seen[1:])  # after the commit point: rolled forward
    assert seen[-1][0] == 0  # the last step is past every rename: the build finished
