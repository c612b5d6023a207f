"""The Hugging Face dataset: the folder and its card (``syria-news hub``), and publishing it
(``syria-news publish``) to a stand-in of the Hub on loopback (``tests/hub_standin.py``:
a small in-memory server speaking the Hub's HTTP API to the real ``huggingface_hub``
client; it is not the Hub, see its docstring)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import polars as pl
import pytest
import yaml
from polars.testing import assert_frame_equal

from hub_standin import HubStandIn
from release_checkout import make_checkout
from syria_news import __version__
from syria_news.cli import main
from syria_news.card import HF_DTYPE, contents, data_file, example_value, holdings
from syria_news.figures import ARTICLE_FIGURES, blind_scores, measure_figures, read_figures, record_figures, recorded_figures
from syria_news.hub import CARD, HubError, publish, release_files, write_hub_folder
from syria_news.schemas import TABLES

ROOT = Path(__file__).parents[1]
GOLD = ROOT.parent / "shared" / "gold" / "claims_dev.jsonl"
REPO_ID = "syria-news-test/syria-news"
TOKEN = "hf_standin_write_token"
TAG = f"v{__version__}"

# Polars dtype of a Parquet column -> the Arrow type name the card must declare for it.
PARQUET_TO_CARD = {pl.String: "string", pl.Int64: "int64", pl.Boolean: "bool", pl.Datetime("us", "UTC"): "timestamp[us, tz=UTC]"}


def front_matter(card: str) -> dict:
    match = re.match(r"\A---\n(.*?)\n---\n", card, re.DOTALL)
    assert match, "the card does not start with a YAML block"
    return yaml.safe_load(match[1])


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def section(card: str, heading: str) -> str:
    """The text under a Markdown heading, up to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    start = card.index(f"\n{heading}\n")
    following = re.compile(rf"^#{{1,{len(level)}}} ", re.MULTILINE)
    end = following.search(card, start + len(heading) + 2)
    return card[start : end.start() if end else len(card)]


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_checkout(tmp_path_factory.mktemp("checkout"))


@pytest.fixture(scope="module")
def processed(checkout: Path) -> Path:
    return checkout / "data" / "processed"


@pytest.fixture(scope="module")
def folder(checkout: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_hub_folder(tmp_path_factory.mktemp("hub") / "huggingface", source=checkout, repo_id=REPO_ID)


@pytest.fixture(scope="module")
def card(folder: Path) -> str:
    return (folder / CARD).read_text(encoding="utf-8")


def copy_checkout(checkout: Path, tmp_path: Path) -> Path:
    """A copy of the scratch checkout, to damage."""
    return Path(shutil.copytree(checkout, tmp_path / "checkout"))


# --- the folder and the card ------------------------------------------------------------


def test_card_yaml_names_one_config_per_table_and_its_file(folder: Path, card: str) -> None:
    meta = front_matter(card)
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert list(configs) == list(TABLES)
    assert [c["config_name"] for c in meta["configs"] if c.get("default")] == ["articles"]
    for name, config in configs.items():
        assert config["data_files"] == [{"split": "train", "path": data_file(name)}]
        assert (folder / data_file(name)).is_file()
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == sorted(release_files())


def test_card_yaml_has_the_hub_metadata(card: str) -> None:
    meta = front_matter(card)
    assert meta["language"] == ["ar"]
    assert meta["license"] == "other" and meta["license_name"] and meta["license_link"].endswith("DATASHEET.md#license-and-distribution")
    assert meta["pretty_name"].startswith("syria-news")
    assert meta["task_categories"] == ["other"] and "information-extraction" in meta["tags"] and meta["size_categories"]


@pytest.mark.parametrize("table", list(TABLES))
def test_parquet_files_are_the_builds_bytes(folder: Path, processed: Path, table: str) -> None:
    assert sha256(folder / data_file(table)) == sha256(processed / f"{table}.parquet")


@pytest.mark.parametrize("table", list(TABLES))
def test_card_declares_the_parquet_types_and_sizes(card: str, processed: Path, table: str) -> None:
    info = {i["config_name"]: i for i in front_matter(card)["dataset_info"]}[table]
    parquet = processed / f"{table}.parquet"
    frame = pl.read_parquet(parquet)
    assert [(f["name"], f["dtype"]) for f in info["features"]] == [(name, PARQUET_TO_CARD[dtype]) for name, dtype in frame.schema.items()]
    assert info["splits"] == [{"name": "train", "num_bytes": frame.estimated_size(), "num_examples": frame.height}]
    assert info["download_size"] == parquet.stat().st_size and info["dataset_size"] == frame.estimated_size()


@pytest.mark.parametrize("table", list(TABLES))
def test_card_explains_every_column_with_the_first_row_as_example(card: str, processed: Path, table: str) -> None:
    frame = pl.read_parquet(processed / f"{table}.parquet")
    text = section(card, f"### `{table}` ({frame.height:,} row{'' if frame.height == 1 else 's'})")
    first = frame.row(0, named=True)
    for col in TABLES[table].columns:
        row = next(line for line in text.splitlines() if line.startswith(f"| `{col.name}` |"))
        cells = row.split(" | ")
        assert cells[1] == HF_DTYPE[col.dtype] and cells[2] == ("no" if col.required else "yes")
        assert cells[3] == example_value(first[col.name]).replace("|", r"\|").replace("\n", " ")
        assert col.description.replace("|", r"\|") in row
        for value in col.enum or ():
            assert f"`{value}`" in row


# The sections of huggingface_hub's datasetcard_template.md that apply, in its order, and ours.
CARD_SECTIONS = (
    "# Dataset Card for syria-news", "## Dataset Details", "### Dataset Description", "### Dataset Sources", "## Uses",
    "### Direct Use", "### Out-of-Scope Use", "## Dataset Structure", "## Dataset Creation", "### Curation Rationale",
    "### Source Data", "#### Data Collection and Processing", "#### Who are the source data producers?", "### Annotations",
    "#### Annotation process", "#### Who are the annotators?", "#### Personal and Sensitive Information",
    "## Extraction quality", "## Bias, Risks, and Limitations", "### Recommendations", "### Social Impact", "## Citation",
    "## Glossary", "## More Information", "### Build and publish your own", "## Dataset Card Authors", "## Dataset Card Contact",
)


def test_card_has_the_hub_templates_sections_in_order(card: str) -> None:
    from importlib.resources import files

    template = (files("huggingface_hub") / "templates" / "datasetcard_template.md").read_text(encoding="utf-8")
    hub_headings = [h.removesuffix(" [optional]") for h in re.findall(r"^#{2,4} [^\n]+", template, re.MULTILINE)]
    ours = [h for h in CARD_SECTIONS if h in hub_headings]
    assert len(ours) >= 20  # all but Funded by, Paper and Demo (no such thing) are there
    positions = [card.index(f"\n{heading}\n") for heading in CARD_SECTIONS]
    assert positions == sorted(positions)


def test_card_says_what_the_release_holds(card: str, processed: Path) -> None:
    tables = {name: pl.read_parquet(processed / f"{name}.parquet") for name in TABLES}
    report = json.loads((processed / "build_report.json").read_text(encoding="utf-8"))
    text = holdings(tables, report)
    assert text in card
    for name, n in (("article", tables["articles"].height), ("claim", tables["claims"].height), ("governorate", 14)):
        assert f"{n:,} {name}" in text
    first = tables["articles"]["published_at"].min().date()
    assert str(first) in text and "SMART News Agency" in text
    assert f"`data/raw/` of the code repository at tag `{TAG}`" in section(card, "#### Data Collection and Processing")


def test_readme_says_what_the_bundled_release_holds() -> None:
    """The README quotes contents() of the committed build word for word: fresh with it."""
    processed = ROOT / "data" / "processed"
    tables = {name: pl.read_parquet(processed / f"{name}.parquet") for name in TABLES}
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert contents(tables) in readme
    assert set(re.findall(r'revision="(v[^"]+)"', readme)) == {TAG}  # the examples name this version


def test_readme_quotes_the_latest_blind_figures() -> None:
    """The README's figures on unseen text are the figure files' (the card reads the same files)."""
    from syria_news.figures import blind_scores, read_figures

    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    record, overall, outlets = blind_scores()
    assert f"**F1 {overall.f1:.3f}** on {record['gold']} hand-annotated claims of {record['items']} real" in readme
    smart = f"SMART {outlets['smart'].f1:.3f}, " if "smart" in outlets else "no SMART claim; "
    assert f"{smart}other Syrian outlets {outlets['other'].f1:.3f}; round {record['round']}" in readme
    articles = read_figures("article_figures.toml")
    assert f"set {articles['set']}: {articles['articles']} real articles" in readme
    assert f"links F1 **{articles['links_f1']:.3f}**" in readme
    assert f"({articles['tallies_exact']} of {articles['tallies']})" in readme


def test_card_is_short_links_the_changelog_and_speaks_plainly(card: str) -> None:
    from syria_news import citation

    assert f"**Version {__version__}**" in card
    assert citation("bibtex") in section(card, "## Citation") and citation("apa") in section(card, "## Citation")
    assert f'revision="{TAG}"' in section(card, "### Direct Use")
    assert f"/blob/{TAG}/CHANGELOG.md)" in card and "### [" not in card  # linked, not pasted
    assert len(card.splitlines()) < 540 and len(card.split("\n---\n", 1)[1].splitlines()) < 420
    for jargon in ("helper", "probe", "blind annotator", "session", "round-", "b032b10"):
        assert jargon not in card.lower(), jargon
    assert "full text" in section(card, "### Dataset Description") and "excerpt" not in card


def test_card_leads_with_the_blind_figures_from_their_files(card: str) -> None:
    b, blind, outlets = blind_scores()
    articles = read_figures(ARTICLE_FIGURES)
    dev = recorded_figures()
    quality = section(card, "## Extraction quality")
    assert "| F1 | " + " | ".join(f"**{s.f1:.3f}**" for s in (blind, *outlets.values())) + " |" in quality
    assert ("SMART and other Syrian outlets" in quality) == ("smart" in outlets)
    assert f"| restatement and part links, F1 | **{articles['links_f1']:.3f}** |" in quality
    assert f"**{articles['tallies_exact']} / {articles['tallies']} (" in quality
    dev_part = section(card, "### On the development sentences: not a measure")
    assert f"F1 {dev.f1:.3f}" in dev_part and dev.gold_set in dev_part
    assert card.index(f"F1 {blind.f1:.3f}") < card.index("## Extraction quality") < card.index(dev_part)  # at a glance, then first
    assert f"F1 {blind.f1:.3f}" in section(card, "## Bias, Risks, and Limitations")


def test_card_is_reproducible(checkout: Path, card: str, tmp_path: Path) -> None:
    """Written again from the same build, the card is the same bytes: no clock, no path."""
    again = write_hub_folder(tmp_path / "again", source=checkout, repo_id=REPO_ID)
    assert (again / CARD).read_text(encoding="utf-8") == card
    assert str(tmp_path) not in card and str(checkout) not in card


@pytest.mark.skipif(not GOLD.is_file(), reason=f"no annotated sentences at {GOLD}")
def test_recorded_figures_are_what_the_extractor_scores_now() -> None:
    assert measure_figures(GOLD) == recorded_figures(), "regenerate syria_news/extraction_figures.toml (see its header)"


@pytest.mark.skipif(not GOLD.is_file(), reason=f"no annotated sentences at {GOLD}")
def test_record_figures_writes_the_figures_file_with_its_header() -> None:
    import tomllib

    from syria_news.figures import Figures

    text = record_figures(GOLD)
    assert Figures(**tomllib.loads(text)) == measure_figures(GOLD)
    recorded = (ROOT / "syria_news" / "extraction_figures.toml").read_text(encoding="utf-8")
    assert text.split("\n\n")[:2] == recorded.split("\n\n")[:2]  # the same header comment


@pytest.mark.skipif(not GOLD.is_file(), reason=f"no annotated sentences at {GOLD}")
def test_hub_measures_figures_when_given_gold(checkout: Path, tmp_path: Path) -> None:
    card = (write_hub_folder(tmp_path / "hf", source=checkout, gold=GOLD) / CARD).read_text(encoding="utf-8")
    figures = measure_figures(GOLD)
    assert "when this card was written" in card
    assert f"{figures.sentences} sentences ({GOLD.name})" in card


def test_hub_refuses_a_damaged_build(checkout: Path, tmp_path: Path) -> None:
    source = copy_checkout(checkout, tmp_path)
    claims = source / "data" / "processed" / "claims.parquet"
    claims.write_bytes(claims.read_bytes() + b"\0")
    with pytest.raises(HubError, match=r"claims\.parquet do\(es\) not match SHA256SUMS"):
        write_hub_folder(tmp_path / "out", source=source)
    assert not (tmp_path / "out").exists()


def test_hub_refuses_a_build_of_another_version(checkout: Path, tmp_path: Path) -> None:
    source = copy_checkout(checkout, tmp_path)
    processed = source / "data" / "processed"
    report = processed / "build_report.json"
    report.write_text(json.dumps(json.loads(report.read_text(encoding="utf-8")) | {"syria_news_version": "0.0.9"}), encoding="utf-8")
    sums = processed / "SHA256SUMS"
    sums.write_text(re.sub(r"\S+(  build_report\.json)", lambda m: sha256(report) + m[1], sums.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(HubError, match="built by syria-news 0.0.9"):
        write_hub_folder(tmp_path / "out", source=source)


def test_hub_refuses_an_empty_table(checkout: Path, tmp_path: Path) -> None:
    from syria_news.package import write_package
    from syria_news.schemas import empty_frame

    source = copy_checkout(checkout, tmp_path)
    report = json.loads((source / "data" / "processed" / "build_report.json").read_text(encoding="utf-8"))
    tables = {name: pl.read_parquet(source / "data" / "processed" / f"{name}.parquet") for name in TABLES}
    write_package(tables | {"claims": empty_frame("claims")}, report, source)
    with pytest.raises(HubError, match="claims has no rows"):
        write_hub_folder(tmp_path / "out", source=source)


def test_hub_replaces_stale_shards(checkout: Path, tmp_path: Path) -> None:
    out = tmp_path / "hf"
    stale = out / "data" / "claims" / "train-00000-of-00002.parquet"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    write_hub_folder(out, source=checkout)
    assert not stale.exists()


def test_cli_hub_writes_the_folder_and_reports_errors(checkout: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hub", "--out", str(tmp_path / "hf"), "--source", str(checkout), "--repo-id", REPO_ID]) == 0
    assert f"wrote {tmp_path / 'hf'}" in capsys.readouterr().out
    assert f'load_dataset("{REPO_ID}"' in (tmp_path / "hf" / CARD).read_text(encoding="utf-8")
    assert main(["hub", "--out", str(tmp_path / "x"), "--source", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "lacks" in err and "syria-news build --out" in err


# --- loading the folder with datasets ---------------------------------------------------


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Local folders only: nothing may try the network."""
    import datasets
    import huggingface_hub

    for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE"):
        monkeypatch.setenv(name, "1")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)


@pytest.mark.parametrize("table", list(TABLES))
def test_load_dataset_gives_the_builds_rows_with_the_declared_types(folder: Path, card: str, processed: Path, table: str, tmp_path: Path, offline: None) -> None:
    import datasets

    # A fresh cache_dir: with `configs:` datasets does not notice changed local files.
    ds = datasets.load_dataset(str(folder), table, split="train", cache_dir=str(tmp_path / "cache"))
    declared = {i["config_name"]: i["features"] for i in front_matter(card)["dataset_info"]}[table]
    assert ds.features == datasets.Features({f["name"]: datasets.Value(f["dtype"]) for f in declared})
    assert_frame_equal(pl.from_arrow(ds.data.table), pl.read_parquet(processed / f"{table}.parquet"))


# --- publishing to the Hub stand-in -----------------------------------------------------


def hub_env(hub: HubStandIn, home: Path) -> dict[str, str]:
    """The environment of a fresh process that talks to the stand-in, with its own caches."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE_")) and k != "PYTHONPATH"}
    return env | {"HF_ENDPOINT": hub.endpoint, "HF_HOME": str(home), "HF_HUB_DISABLE_TELEMETRY": "1", "NO_PROXY": "127.0.0.1,localhost"}


def test_publish_creates_the_repo_and_tags_one_commit(folder: Path) -> None:
    with HubStandIn(token=TOKEN) as hub:
        done = publish(folder, repo_id=REPO_ID, token=TOKEN, endpoint=hub.endpoint)
        repo = hub.repos[REPO_ID]
        assert done.tag == TAG and repo.tags == {TAG: done.commit}
        assert repo.branches["main"] == done.commit
        assert len(repo.commits) == 2  # the repository's initial commit, then the release in one commit
        assert {path: hashlib.sha256(data).hexdigest() for path, data in repo.commits[done.commit].items()} == {p: sha256(folder / p) for p in release_files()}
        assert repo.messages[done.commit] == f"syria-news {__version__}"
        assert hub.unknown == []


def test_publish_refuses_to_overwrite_a_tag_and_says_so(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with HubStandIn(token=TOKEN) as hub:
        first = publish(folder, repo_id=REPO_ID, token=TOKEN, endpoint=hub.endpoint)
        args = ["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--token", TOKEN, "--endpoint", hub.endpoint]
        assert main(args) == 1
        err = capsys.readouterr().err
        assert f"already has tag {TAG}" in err and "Nothing was uploaded" in err
        repo = hub.repos[REPO_ID]
        assert len(repo.commits) == 2 and repo.tags == {TAG: first.commit}


def test_publish_refuses_a_card_for_another_repository_and_says_what_to_run(folder: Path) -> None:
    with HubStandIn(token=TOKEN) as hub, pytest.raises(HubError, match=re.escape(f"Run `syria-news hub --repo-id other/name --out {folder}`")):
        publish(folder, repo_id="other/name", token=TOKEN, endpoint=hub.endpoint)
    assert hub.repos == {}


def test_own_corpus_end_to_end_build_hub_publish_load(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As the README shows it for one's own pages: build into a folder of one's own (no
    docs, no checkout), `hub` with its defaults, `publish` to one's own id (refused, with
    the command to run), that command, `publish` again, then load what the Hub holds."""
    import datasets

    raw = tmp_path / "pages"
    raw.mkdir()
    shutil.copy(ROOT / "data" / "raw" / "000_0168099232d9e71c.txt", raw / "page.txt")
    build_dir, folder = tmp_path / "my-build", tmp_path / "hf"
    assert main(["build", "--raw", str(raw), "--out", str(build_dir), "--quiet"]) == 0
    assert not (build_dir / "CHANGELOG.md").exists() and not (build_dir / "DATASHEET.md").exists()
    assert main(["hub", "--source", str(build_dir), "--out", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "syria-news hub --repo-id ORG/NAME" in out
    with HubStandIn(token=TOKEN) as hub:
        publish_args = ["publish", "--repo-id", "me/my-corpus", "--folder", str(folder), "--endpoint", hub.endpoint, "--token", TOKEN]
        assert main(publish_args) == 1
        err = capsys.readouterr().err
        command = re.search(r"Run `([^`]+)`", err)[1]
        assert command == f"syria-news hub --repo-id me/my-corpus --out {folder}" and hub.repos == {}
        assert main([*command.split()[1:], "--source", str(build_dir)]) == 0
        assert main(publish_args) == 0
        assert hub.repos["me/my-corpus"].tags.keys() == {TAG}
        card = hub.repos["me/my-corpus"].commits[hub.repos["me/my-corpus"].tags[TAG]]["README.md"].decode("utf-8")
        assert 'load_dataset("me/my-corpus", "claims"' in card and "This release holds 1 article," in card
        assert "They are not part of this dataset" in card  # the pages are the user's, not in this repository


def test_publish_refuses_a_folder_without_the_tables(tmp_path: Path) -> None:
    (tmp_path / CARD).write_text("# not a release\n", encoding="utf-8")
    with pytest.raises(HubError, match="lacks data/articles/"):
        publish(tmp_path, repo_id=REPO_ID, endpoint="http://127.0.0.1:9")


def test_cli_publish_passes_the_token(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with HubStandIn(token=TOKEN) as hub:
        base = ["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", hub.endpoint]
        assert main([*base, "--token", "hf_wrong"]) == 1
        assert "401" in capsys.readouterr().err and hub.repos == {}
        assert main([*base, "--token", TOKEN]) == 0
        assert f"tag {TAG}" in capsys.readouterr().out


def test_cli_publish_says_when_the_hub_is_unreachable(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with HubStandIn() as hub:
        closed = hub.endpoint  # a loopback port nothing listens on once the stand-in stops
    assert main(["publish", "--repo-id", REPO_ID, "--folder", str(folder), "--endpoint", closed, "--token", TOKEN]) == 1
    assert "syria-news publish: error:" in capsys.readouterr().err


LOAD_FROM_HUB = textwrap.dedent(
    """
    import sys
    import datasets, polars as pl
    from polars.testing import assert_frame_equal
    repo_id, tag, processed, cache = sys.argv[1:5]
    for table in ("articles", "ticker_items", "claims", "article_tallies", "governorates"):
        ds = datasets.load_dataset(repo_id, table, split="train", revision=tag, cache_dir=cache)
        expected = pl.read_parquet(f"{processed}/{table}.parquet")
        assert_frame_equal(pl.from_arrow(ds.data.table), expected)
        print(table, ds.num_rows, dict((k, v.dtype) for k, v in ds.features.items()))
    """
)


def test_load_dataset_by_repo_id_and_tag_from_what_the_hub_received(folder: Path, processed: Path, tmp_path: Path) -> None:
    """Publish to the stand-in, then ``load_dataset(REPO_ID, config, revision=TAG)`` in a fresh
    process whose HF_ENDPOINT is the stand-in: the whole download path of `datasets`
    (card, revision, tree, paths-info, resolve) against what publish uploaded."""
    with HubStandIn(token=TOKEN) as hub:
        publish(folder, repo_id=REPO_ID, token=TOKEN, endpoint=hub.endpoint)
        run = subprocess.run(
            [sys.executable, "-c", LOAD_FROM_HUB, REPO_ID, TAG, str(processed), str(tmp_path / "cache")],
            env=hub_env(hub, tmp_path / "hf_home"), cwd=tmp_path, capture_output=True, text=True, timeout=300,
        )
        assert run.returncode == 0, run.stderr[-3000:]
        assert hub.unknown == []
    declared = {i["config_name"]: {f["name"]: f["dtype"] for f in i["features"]} for i in front_matter((folder / CARD).read_text(encoding="utf-8"))["dataset_info"]}
    for line, table in zip(run.stdout.splitlines(), TABLES, strict=True):
        assert line.startswith(f"{table} ") and repr(declared[table]) in line
