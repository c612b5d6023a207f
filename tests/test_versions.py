"""Run-time ranges and build pins: a build records the versions that shape its bytes and
warns when they are not the ``build`` extra's pins, which the committed outputs were made with."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syria_news import pipeline
from syria_news.cli import main
from syria_news.versions import OUTPUT_DEPENDENCIES, build_pins, drift, drift_warning, installed_versions

ROOT = Path(__file__).parents[1]
SEED = ROOT / "data" / "raw" / "000_0168099232d9e71c.txt"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_build_extra_pins_exactly_what_the_run_time_ranges_leave_open() -> None:
    extra = PYPROJECT["project"]["optional-dependencies"]["build"]
    assert sorted(extra) == sorted(f"{name}=={pin}" for name, pin in build_pins().items())
    assert set(build_pins()) == set(OUTPUT_DEPENDENCIES)
    run_time = {d.split(">")[0].split("=")[0] for d in PYPROJECT["project"]["dependencies"]}
    assert not [d for d in PYPROJECT["project"]["dependencies"] if "==" in d and d.split("==")[0] in OUTPUT_DEPENDENCIES]
    assert set(OUTPUT_DEPENDENCIES) <= run_time


def test_the_committed_outputs_were_made_with_the_pins() -> None:
    report = json.loads((ROOT / "data" / "processed" / "build_report.json").read_text(encoding="utf-8"))
    assert report["built_with"] == build_pins()


def test_a_build_records_the_versions_it_ran_with() -> None:
    assert pipeline.build(SEED.parent, jobs=1).report["built_with"] == installed_versions()


@given(st.dictionaries(st.sampled_from(OUTPUT_DEPENDENCIES), st.sampled_from(["1.0", "2.1.0", "2026.6"])), st.dictionaries(st.sampled_from(OUTPUT_DEPENDENCIES), st.sampled_from(["1.0", "2.1.0", "2026.6", None])))
def test_drift_names_exactly_the_dependencies_off_their_pin(pinned: dict[str, str], installed: dict[str, str | None]) -> None:
    named = {line.split(" ")[0] for line in drift(installed, pinned)}
    assert named == {name for name, pin in pinned.items() if installed.get(name) != pin}
    assert (drift_warning(installed, pinned) is None) == (not named)


@pytest.mark.pinned
def test_build_warns_in_one_line_when_not_on_the_pins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--raw", str(SEED.parent), "--out", str(tmp_path / "pinned"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""  # this environment has the build extra
    off = installed_versions() | {"polars": "1.33.1"}
    monkeypatch.setattr(pipeline, "installed_versions", lambda: off)  # as if another polars were installed
    assert main(["build", "--raw", str(SEED.parent), "--out", str(tmp_path / "other"), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("syria-news build: warning: built with polars 1.33.1 (pinned 2.1.0)")
    assert 'syria-news[build]' in err
    report = json.loads((tmp_path / "other" / "data" / "processed" / "build_report.json").read_text(encoding="utf-8"))
    assert report["built_with"]["polars"] == "1.33.1"
