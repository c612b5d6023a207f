"""Every ``syria-news`` command ends in a one-line error and a non-zero exit, never a Python
traceback (``--debug`` shows it); inputs are checked before any work: ``--jobs``,
``--max-bytes``, repository ids, tokens. The Hub is the loopback stand-in of
``tests/hub_standin.py`` or a closed loopback port, never the internet."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hub_standin
from hub_standin import HubStandIn
from release_checkout import make_checkout
from syria_news import __version__, cli
from syria_news.cli import SIZE_UNITS, main, parse_size, read_token_file
from syria_news.hub import HubError, check_repo_id, write_hub_folder
from syria_news.release import ReleaseError, load

ROOT = Path(__file__).parents[1]
SEED = ROOT / "data" / "raw" / "000_0168099232d9e71c.txt"
REPO_ID = "syria-news-test/syria-news"
TOKEN = "hf_standin_write_token"
TAG = f"v{__version__}"

BAD_REPO_IDS = [
    "justname",
    "/x",
    "x/",
    "a//b",
    "a/b/c",
    "org/../x",
    "datasets/org/name",
    "org/my name",
    "org/na..me",
    "org/na--me",
    "org/name.git",
    "org/-name",
    "org/name.",
    ".org/name",
    "org/" + "n" * 97,
    "org/café",
    "",
]


def lines(text: str) -> list[str]:
    return text.splitlines()


def assert_one_line_error(err: str, command: str) -> None:
    """stderr is exactly one line, from syria-news, and no traceback."""
    assert len(lines(err)) == 1, err
    assert err.startswith(f"syria-news {command}: error: ") and "Traceback" not in err


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Hub-ready folder for REPO_ID, written from a fresh build of data/raw."""
    checkout = make_checkout(tmp_path_factory.mktemp("checkout"))
    return write_hub_folder(tmp_path_factory.mktemp("hub") / "huggingface", source=checkout, repo_id=REPO_ID)


@pytest.fixture
def requests_seen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every request line any stand-in receives while the test runs (the stand-in itself
    keeps only the requests it does not know)."""
    seen: list[str] = []
    original = hub_standin._Handler.parse_request

    def parse_request(self: http.server.BaseHTTPRequestHandler) -> bool:
        ok = original(self)
        seen.append(self.requestline)
        return ok

    monkeypatch.setattr(hub_standin._Handler, "parse_request", parse_request)
    return seen


@pytest.fixture
def no_saved_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No HF_TOKEN and an empty login cache: huggingface_hub finds no token of its own.
    Returns where its login cache would be."""
    from huggingface_hub import constants

    for name in ("HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_OIDC_RESOURCE"):
        monkeypatch.delenv(name, raising=False)
    saved = tmp_path / "hf_home" / "token"
    monkeypatch.setattr(constants, "HF_TOKEN_PATH", str(saved))
    return saved


@pytest.fixture
def closed_endpoint() -> str:
    """A loopback URL nothing listens on: the Hub unreachable."""
    with HubStandIn() as hub:
        endpoint = hub.endpoint
    return endpoint


@pytest.fixture
def isolated_hub_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty Hub cache for this test, so nothing cached elsewhere can answer."""
    from huggingface_hub import constants

    cache = tmp_path / "hf_cache"
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    return cache


# --- --max-bytes: sizes as people write them ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("5000000", 5_000_000),
        ("5MB", 5_000_000),
        ("5 MB", 5_000_000),
        ("5mb", 5_000_000),
        ("5MiB", 5 * 1024**2),
        ("5 mib", 5 * 1024**2),
        ("500k", 500_000),
        ("500 KB", 500_000),
        ("500KiB", 512_000),
        ("1.5MB", 1_500_000),
        ("1.5 GiB", 3 * 1024**3 // 2),
        ("2G", 2_000_000_000),
        ("1", 1),
        ("12B", 12),
        (" 7 kb ", 7000),
    ],
)
def test_parse_size_reads_the_usual_spellings(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "is not a size"),
        ("MB", "is not a size"),
        ("-5", "is not a size"),
        ("5e6", "is not a size"),
        ("1,000", "is not a size"),
        ("5 XB", "unknown unit 'XB'"),
        ("5 TB", "unknown unit 'TB'"),
        ("5 M B", "is not a size"),
        ("0", "less than one byte"),
        ("0 MB", "less than one byte"),
        ("1.5", "not a whole number"),
        ("0.1KiB", "102.4 bytes, not a whole number"),
        ("inf", "is not a size"),
        ("٥MB", "is not a size"),
    ],
)
def test_parse_size_refuses_anything_else(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_size(text)


@given(n=st.integers(min_value=1, max_value=10**9), unit=st.sampled_from(sorted(SIZE_UNITS)), space=st.sampled_from(["", " "]), upper=st.booleans())
def test_parse_size_round_trips_every_unit(n: int, unit: str, space: str, upper: bool) -> None:
    spelled = unit.upper().replace("I", "i") if upper else unit  # KiB, MB, K; or kib, mb, k
    assert parse_size(f"{n}{space}{spelled}") == n * SIZE_UNITS[unit]


@given(thousandths=st.integers(min_value=1, max_value=10**9), unit=st.sampled_from(["KB", "MB", "GB"]))
def test_parse_size_takes_decimal_fractions_of_decimal_units(thousandths: int, unit: str) -> None:
    text = f"{thousandths // 1000}.{thousandths % 1000:03d}{unit}"
    assert parse_size(text) == thousandths * SIZE_UNITS[unit.lower()] // 1000


def test_max_bytes_with_a_unit_reaches_the_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / SEED.name).write_bytes(SEED.read_bytes())  # 4 KB or so
    for size, parsed in (("5 MB", 1), ("1 KB", 0)):
        out = tmp_path / size.replace(" ", "")
        assert main(["build", str(raw), "--out", str(out), "--quiet", "--jobs", "1", "--max-bytes", size]) == 0
        report = json.loads((out / "data" / "processed" / "build_report.json").read_text(encoding="utf-8"))
        assert report["counts"]["parsed"] == parsed, size
    assert "over the 1,000-byte limit" in report["files"][0]["reason"]


@pytest.mark.parametrize("size", ["0", "5 XB", "-1", "five"])
def test_cli_refuses_a_bad_max_bytes(size: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", str(tmp_path), "--max-bytes", size])
    assert stop.value.code == 2
    assert "syria-news build: error: argument --max-bytes:" in capsys.readouterr().err


def test_max_bytes_help_names_the_true_default(capsys: pytest.CaptureFixture[str]) -> None:
    from syria_news.pipeline import DEFAULT_MAX_BYTES

    with pytest.raises(SystemExit):
        main(["build", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert DEFAULT_MAX_BYTES == parse_size("5 MiB")
    assert f"(default: 5 MiB, {DEFAULT_MAX_BYTES} bytes)" in text


# --- --jobs ------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["0", "-2", "x", "1.5", ""])
def test_cli_refuses_jobs_below_one(jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["build", str(tmp_path), "--jobs", jobs])
    assert stop.value.code == 2
    assert f"argument --jobs: must be a whole number >= 1, not {jobs!r}" in capsys.readouterr().err


def test_cli_takes_jobs_of_one_or_more() -> None:
    assert cli.parser().parse_args(["build", "--jobs", "3"]).jobs == 3


# --- any unexpected error: one line, or the traceback with --debug ------------------------


def boom(args: object) -> int:
    raise RuntimeError("forced\nfailure")


def test_an_unexpected_error_is_one_line_and_exit_1(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "_cite", boom)
    assert main(["cite"]) == 1
    captured = capsys.readouterr()
    assert captured.err == "syria-news cite: error: RuntimeError: forced failure (run with --debug for the traceback)\n"
    assert captured.out == ""


@pytest.mark.parametrize("argv", [["--debug", "cite"], ["cite", "--debug"]])
def test_debug_lets_the_traceback_through(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_cite", boom)
    with pytest.raises(RuntimeError, match="forced"):
        main(argv)


def test_ctrl_c_is_one_line_and_exit_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cite", interrupted)
    assert main(["cite"]) == 130
    assert capsys.readouterr().err == "syria-news cite: interrupted\n"


FORCED = textwrap.dedent(
    """
    import sys
    from syria_news import cli
    def boom(args):
        raise RuntimeError("forced failure")
    cli._cite = boom
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE_"))} | {"HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_a_process_shows_one_line_or_with_debug_the_traceback(tmp_path: Path) -> None:
    plain = run(["-c", FORCED, "cite"], tmp_path)
    assert plain.returncode == 1 and plain.stdout == ""
    assert plain.stderr == "syria-news cite: error: RuntimeError: forced failure (run with --debug for the traceback)\n"
    debug = run(["-c", FORCED, "--debug", "cite"], tmp_path)
    assert debug.returncode == 1
    assert debug.stderr.startswith("Traceback (most recent call last):") and debug.stderr.endswith("RuntimeError: forced failure\n")


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["build", "--jobs", "0"], 2, "argument --jobs: must be a whole number >= 1"),
        (["build", "--max-bytes", "5 XB"], 2, "unknown unit 'XB'"),
        (["validate", "garbage"], 1, "garbage: INVALID, 1 problem(s)"),
        (["publish", "--repo-id", "org/../x", "--folder", "nowhere"], 1, "repository id 'org/../x' is not ORG/NAME"),
        (["hub", "--repo-id", "a/b/c", "--out", "out"], 2, "repository id 'a/b/c' is not ORG/NAME"),
    ],
)
def test_python_m_syria_news_cli_prints_no_traceback(args: list[str], code: int, says: str, tmp_path: Path) -> None:
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / "datapackage.json").write_text("{not json", encoding="utf-8")
    done = run(["-m", "syria_news.cli", *args], tmp_path)
    assert done.returncode == code
    assert says in done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    assert not (tmp_path / "out").exists()


# --- validate on a broken datapackage.json -----------------------------------------------


@pytest.mark.parametrize(
    "descriptor",
    [
        "{not json",
        "\xff garbage",
        "[1, 2]",
        '"a string"',
        "{}",
        '{"resources": "x"}',
        '{"resources": [{"name": "x", "path": "../../etc/passwd", "format": "csv"}]}',
        '{"resources": [{"name": "x", "path": "/etc/passwd", "format": "csv"}]}',
    ],
)
def test_validate_a_broken_descriptor_is_one_problem(descriptor: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "datapackage.json").write_text(descriptor, encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    out = lines(captured.out)
    assert out[0] == f"{tmp_path}: INVALID, 1 problem(s)" and len(out) == 2 and out[1].startswith("  "), captured.out
    assert "datapackage.json" in out[1]
    assert "Traceback" not in captured.err


def test_validate_turns_any_exception_into_one_problem(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from syria_news import package

    def fails(folder: object) -> list[str]:
        raise RuntimeError("descriptor\nunusable")

    monkeypatch.setattr(package, "validate_package", fails)
    assert main(["validate", str(tmp_path)]) == 1
    assert capsys.readouterr().out == f"{tmp_path}: INVALID, 1 problem(s)\n  cannot read datapackage.json: RuntimeError: descriptor unusable\n"
    with pytest.raises(RuntimeError):
        main(["--debug", "validate", str(tmp_path)])


def test_validate_lists_twenty_problems_then_a_count(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from syria_news import package

    monkeypatch.setattr(package, "validate_package", lambda folder: [f"problem {i}" for i in range(25)])
    assert main(["validate", str(tmp_path)]) == 1
    out = lines(capsys.readouterr().out)
    assert out[0] == f"{tmp_path}: INVALID, 25 problem(s)"
    assert out[1:] == [f"  problem {i}" for i in range(20)] + ["  ... and 5 more"]


# --- repository ids: refused before the Hub hears anything -------------------------------


@pytest.mark.parametrize("repo_id", BAD_REPO_IDS)
def test_check_repo_id_refuses(repo_id: str) -> None:
    with pytest.raises(HubError, match="^repository id .* (is not ORG/NAME|is not one the Hub accepts)") as refused:
        check_repo_id(repo_id)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize("repo_id", [REPO_ID, "a/b", "Org_1/name.v2", "o/" + "n" * 96])
def test_check_repo_id_accepts(repo_id: str) -> None:
    assert check_repo_id(repo_id) == repo_id


@pytest.mark.parametrize("repo_id", BAD_REPO_IDS)
def test_publish_refuses_a_bad_repo_id_before_any_request(repo_id: str, folder: Path, requests_seen: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", repo_id, "--folder", str(folder), "--endpoint", hub.endpoint, "--token", TOKEN]) == 1
        assert hub.repos == {} and hub.unknown == []
    assert requests_seen == []
    err = lines(capsys.readouterr().err)
    assert len(err) == 2 and err[0].startswith("syria-news publish: warning: ")  # the --token warning, then the error
    assert err[1].startswith("syria-news publish: error: repository id ")


def test_requests_seen_records_what_the_stand_in_receives(folder: Path, requests_seen: list[str]) -> None:
    """The check above is not vacuous: a good id is seen arriving."""
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint, "--token", TOKEN]) == 0
    assert any(line.startswith("POST /api/repos/create ") for line in requests_seen)


@pytest.mark.parametrize("repo_id", ["a/b/c", "justname", "org/name.git"])
def test_hub_refuses_a_bad_repo_id_before_writing(repo_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "--repo-id", repo_id, "--out", str(tmp_path / "hf"), "--source", str(tmp_path)]) == 2
    assert_one_line_error(capsys.readouterr().err, "hub")
    assert not (tmp_path / "hf").exists()


def test_load_refuses_a_bad_repo_id_before_any_request(requests_seen: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with HubStandIn() as hub:
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
        for repo_id in ("a/b/c", "justname", "org/na..me"):
            with pytest.raises(ValueError, match=f"repository id '{repo_id}'"):
                load("claims", repo_id=repo_id)
    assert requests_seen == []


# --- tokens ------------------------------------------------------------------------------


def test_token_on_the_command_line_warns_and_is_never_printed(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint, "--token", TOKEN]) == 0
    captured = capsys.readouterr()
    warning = lines(captured.err)
    assert len(warning) == 1 and warning[0].startswith("syria-news publish: warning: ")
    for advice in ("ps", "HF_TOKEN", "hf auth login", "--token-file"):
        assert advice in warning[0]
    assert TOKEN not in captured.err + captured.out
    assert f"tag {TAG}" in captured.out


def test_token_file_is_read_stripped_and_not_warned_about(folder: Path, tmp_path: Path, no_saved_token: Path, capsys: pytest.CaptureFixture[str]) -> None:
    token_file = tmp_path / "token"
    token_file.write_text(f"  {TOKEN}\n\n", encoding="utf-8")
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint, "--token-file", str(token_file)]) == 0
        assert hub.repos[REPO_ID].tags.keys() == {TAG}
    captured = capsys.readouterr()
    assert captured.err == "" and TOKEN not in captured.out


def test_a_wrong_token_is_one_line(folder: Path, tmp_path: Path, no_saved_token: Path, capsys: pytest.CaptureFixture[str]) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("hf_wrong\n", encoding="utf-8")
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint, "--token-file", str(token_file)]) == 1
        assert hub.repos == {}
    err = capsys.readouterr().err
    assert_one_line_error(err, "publish")
    assert "HTTP 401" in err and "writes need the stand-in's token" in err and "hf_wrong" not in err


@pytest.mark.parametrize(
    ("content", "says"),
    [(None, "cannot read --token-file"), ("", "is empty"), (" \n\t", "is empty"), ("hf_a\nhf_b", "holds more than the token"), (b"\xff\xfe", "not UTF-8 text")],
)
def test_an_unusable_token_file_is_one_line_and_nothing_is_sent(
    content: str | bytes | None, says: str, folder: Path, tmp_path: Path, requests_seen: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    token_file = tmp_path / "token"
    if isinstance(content, str):
        token_file.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        token_file.write_bytes(content)
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint, "--token-file", str(token_file)]) == 2
    err = capsys.readouterr().err
    assert_one_line_error(err, "publish")
    assert says in err and "hf_a" not in err
    assert requests_seen == []


def test_read_token_file_names_the_file_not_its_content(tmp_path: Path) -> None:
    (tmp_path / "t").write_text("secret one\n", encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        read_token_file(tmp_path / "t")
    assert str(tmp_path / "t") in str(refused.value) and "secret" not in str(refused.value)
    with pytest.raises(ValueError, match="Is a directory"):
        read_token_file(tmp_path)


def test_token_and_token_file_are_one_or_the_other(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["publish", "--repo-id", REPO_ID, "--token", "x", "--token-file", str(tmp_path / "t")])
    assert stop.value.code == 2 and "not allowed with argument" in capsys.readouterr().err


def test_without_a_token_option_huggingface_hub_reads_hf_token(folder: Path, no_saved_token: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HF_TOKEN", TOKEN)
    with HubStandIn(token=TOKEN) as hub:
        assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint]) == 0
        assert TAG in hub.repos[REPO_ID].tags
    assert capsys.readouterr().err == ""


def test_without_a_token_option_huggingface_hub_reads_its_login_cache(folder: Path, no_saved_token: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with HubStandIn(token=TOKEN) as hub:
        base = ["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint]
        assert main(base) == 1  # no token anywhere: the stand-in refuses the write
        assert "HTTP 401" in capsys.readouterr().err and hub.repos == {}
        no_saved_token.parent.mkdir(parents=True)
        no_saved_token.write_text(TOKEN, encoding="utf-8")  # what `hf auth login` saves
        assert main(base) == 0
        assert TAG in hub.repos[REPO_ID].tags


# --- the Hub unreachable -----------------------------------------------------------------


def test_publish_to_an_unreachable_hub_is_one_line(folder: Path, closed_endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", closed_endpoint]) == 1
    err = capsys.readouterr().err
    assert_one_line_error(err, "publish")
    assert "cannot reach the Hub: ConnectError" in err


def test_publish_to_a_malformed_endpoint_is_one_line(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", "not-a-url"]) == 1
    assert_one_line_error(capsys.readouterr().err, "publish")


def test_load_from_an_unreachable_hub_is_one_release_error(closed_endpoint: str, isolated_hub_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", closed_endpoint)
    with pytest.raises(ReleaseError) as failed:
        load("claims", repo_id=REPO_ID, revision=TAG)
    message = str(failed.value)
    assert "\n" not in message
    assert message.startswith(f"cannot load claims of {REPO_ID} at revision {TAG} from {closed_endpoint}: cannot reach the Hub")
    assert "not in the local Hugging Face cache" in message
    assert failed.value.__cause__ is not None  # the client's own error, for a developer


@pytest.mark.parametrize(
    ("repo_id", "revision", "says"),
    [
        ("nobody/nothing", None, "no such dataset repository"),
        (REPO_ID, "v9.9.9", "the repository has no revision 'v9.9.9'"),
    ],
)
def test_load_of_an_unknown_repo_or_revision_is_one_release_error(
    repo_id: str, revision: str | None, says: str, isolated_hub_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import HfApi

    with HubStandIn(token=TOKEN) as hub:
        HfApi(endpoint=hub.endpoint, token=TOKEN).create_repo(REPO_ID, repo_type="dataset")
        monkeypatch.setenv("HF_ENDPOINT", hub.endpoint)
        with pytest.raises(ReleaseError) as failed:
            load("claims", repo_id=repo_id, revision=revision)
    message = str(failed.value)
    assert "\n" not in message
    assert message.startswith(f"cannot load claims of {repo_id} at revision {revision or 'main'} from {hub.endpoint}: ")
    assert says in message and failed.value.__cause__ is not None


def test_load_with_hf_hub_offline_says_so(closed_endpoint: str, isolated_hub_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from huggingface_hub import constants

    monkeypatch.setenv("HF_ENDPOINT", closed_endpoint)  # were the client to go out anyway, it would find nothing
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(ReleaseError, match=f"^cannot load articles of {REPO_ID} at revision main from .*: HF_HUB_OFFLINE is set and this revision is not in the local"):
        load("articles", repo_id=REPO_ID)
