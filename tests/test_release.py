"""``syria_news.load``: the release bundled with the package (from a checkout, and from a
wheel installed in a fresh virtual environment), and published releases fetched from a
stand-in of the Hugging Face Hub (``tests/hub_standin.py``, an in-memory server on
loopback speaking the Hub's HTTP API; not the Hub)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import syria_news
from hub_standin import HubStandIn
from release_checkout import make_checkout
from syria_news import release
from syria_news.hub import publish, write_hub_folder
from syria_news.release import ReleaseError, load
from syria_news.schemas import TABLES

ROOT = Path(__file__).parents[1]
PROCESSED = ROOT / "data" / "processed"
REPO_ID = "syria-news-test/syria-news"
TOKEN = "hf_standin_write_token"
TAG = f"v{syria_news.__version__}"


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without anything that could put the checkout or a Hub setting in play."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE_", "PYTHON"))}
    return env | {"NO_PROXY": "127.0.0.1,localhost", "HF_HUB_DISABLE_TELEMETRY": "1"} | extra


# --- the bundled release, in this checkout ----------------------------------------------


@pytest.mark.parametrize("table", list(TABLES))
def test_load_returns_the_bundled_table(table: str) -> None:
    assert_frame_equal(load(table), pl.read_parquet(PROCESSED / f"{table}.parquet"))
    assert syria_news.load is load


def test_load_names_the_tables_on_an_unknown_one() -> None:
    with pytest.raises(ValueError, match="unknown table 'claim': choose one of articles, ticker_items, claims"):
        load("claim")


def test_load_refuses_a_damaged_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(PROCESSED, tmp_path, dirs_exist_ok=True)
    (tmp_path / "ticker_items.parquet").write_bytes((PROCESSED / "ticker_items.parquet").read_bytes()[:-1] + b"\0")
    monkeypatch.setattr(release, "bundled_release", lambda: tmp_path)
    with pytest.raises(ReleaseError, match="ticker_items.parquet does not match its SHA-256"):
        load("ticker_items")
    assert_frame_equal(load("articles"), pl.read_parquet(PROCESSED / "articles.parquet"))  # the others still load


# --- the bundled release, from an installed wheel ---------------------------------------


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this checkout, built by pip (hatchling from this environment if it has it)."""
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        command.insert(4, "--no-build-isolation")  # else pip fetches hatchling from the package index
    run = subprocess.run(command, capture_output=True, text=True, timeout=300, env=clean_env())
    assert run.returncode == 0, run.stderr[-3000:]
    (built,) = out.glob("syria_news-*.whl")
    return built


LOAD_FROM_WHEEL = textwrap.dedent(
    """
    import sys
    import polars as pl
    from polars.testing import assert_frame_equal
    import syria_news
    print(syria_news.__file__)
    for table in ("articles", "ticker_items", "claims", "article_tallies", "governorates"):
        assert_frame_equal(syria_news.load(table), pl.read_parquet(f"{sys.argv[1]}/{table}.parquet"))
    """
)


def test_an_installed_wheel_loads_its_bundled_release(wheel: Path, tmp_path: Path) -> None:
    """A fresh venv with only the wheel's syria_news; its dependencies are this environment's,
    reached through a .pth file (which does not run this environment's own .pth files, so
    the editable install of the checkout is not on the path)."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True).stdout.strip())
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        capture_output=True, text=True, timeout=300, env=clean_env(),
    )
    assert install.returncode == 0, install.stderr[-3000:]
    run = subprocess.run([python, "-c", LOAD_FROM_WHEEL, str(PROCESSED)], cwd=tmp_path, capture_output=True, text=True, timeout=300, env=clean_env())
    assert run.returncode == 0, run.stderr[-3000:]
    assert Path(run.stdout.splitlines()[0]).is_relative_to(site / "syria_news")


# --- published releases on the Hub (stand-in) -------------------------------------------


LOAD_FROM_HUB = textwrap.dedent(
    """
    import sys
    import polars as pl
    from huggingface_hub.errors import RevisionNotFoundError
    from polars.testing import assert_frame_equal
    import syria_news
    from syria_news.release import ReleaseError
    repo_id, tag, processed = sys.argv[1:4]
    for table in ("articles", "ticker_items", "claims", "article_tallies", "governorates"):
        expected = pl.read_parquet(f"{processed}/{table}.parquet")
        assert_frame_equal(syria_news.load(table, revision=tag, repo_id=repo_id), expected)
        assert_frame_equal(syria_news.load(table, repo_id=repo_id), expected)  # main
    try:
        syria_news.load("claims", revision="v9.9.9", repo_id=repo_id)
    except ReleaseError as error:
        assert isinstance(error.__cause__, RevisionNotFoundError), error
        print("no v9.9.9")
    """
)


def test_load_fetches_a_published_release_by_revision(tmp_path: Path) -> None:
    """Publish a fresh build to the stand-in, then ``syria_news.load(table, revision=TAG,
    repo_id=...)`` in a fresh process whose HF_ENDPOINT is the stand-in and whose Hub cache
    is empty."""
    checkout = make_checkout(tmp_path / "checkout")
    folder = write_hub_folder(tmp_path / "hf", source=checkout, repo_id=REPO_ID)
    with HubStandIn(token=TOKEN) as hub:
        publish(folder, repo_id=REPO_ID, token=TOKEN, endpoint=hub.endpoint)
        run = subprocess.run(
            [sys.executable, "-c", LOAD_FROM_HUB, REPO_ID, TAG, str(checkout / "data" / "processed")],
            cwd=tmp_path, capture_output=True, text=True, timeout=300,
            env=clean_env(HF_ENDPOINT=hub.endpoint, HF_HOME=str(tmp_path / "hf_home")),
        )
        assert run.returncode == 0, run.stderr[-3000:]
        assert run.stdout.splitlines() == ["no v9.9.9"]
        assert hub.unknown == []
    cached = sorted(p.name for p in (tmp_path / "hf_home").rglob("*.parquet"))
    assert cached == sorted(["train-00000-of-00001.parquet"] * len(TABLES))  # each table once: main and the tag are one commit



# --- pandas -----------------------------------------------------------------------------


def test_as_pandas_keeps_counts_integer_and_times_utc() -> None:
    import pandas as pd

    from syria_news.release import to_pandas

    claims = load("claims", as_pandas=True)
    assert isinstance(claims, pd.DataFrame) and len(claims) == load("claims").height
    assert str(claims["count_best"].dtype) == "int64[pyarrow]" and str(claims["background"].dtype) == "bool[pyarrow]"
    # A count without an upper bound is null: the column stays integer, not float64.
    unbounded = to_pandas(load("claims").with_columns(count_high=pl.when(pl.col("precision") == "exact").then("count_high")))
    assert str(unbounded["count_high"].dtype) == "int64[pyarrow]" and unbounded["count_high"].isna().any()
    assert unbounded["count_high"].dropna().tolist() == load("claims").filter(precision="exact")["count_high"].to_list()
    assert str(load("articles", as_pandas=True)["published_at"].dtype) == "timestamp[us, tz=UTC][pyarrow]"


def test_as_pandas_without_pyarrow_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util as util

    real = util.find_spec
    monkeypatch.setattr(util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    with pytest.raises(ModuleNotFoundError, match=r'^as_pandas=True needs pyarrow: pip install "syria-news\[pandas\]"$'):
        load("claims", as_pandas=True)
