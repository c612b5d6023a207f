"""CITATION.cff, the three citation styles, the CHANGELOG and the one version source.

YAML is read with PyYAML, which `datasets` (a test dependency) installs; the package
itself writes its YAML without it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from syria_news.citation import STYLES, _yaml_block, _yaml_scalar, cff_mapping, citation

ROOT = Path(__file__).resolve().parents[1]
CFF_SCHEMA = json.loads((ROOT / "tests/data/cff-1.2.0.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(CFF_SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def _dates_as_text(value):
    """YAML reads an unquoted 2026-11-24 as a date; the CFF schema wants the string."""
    if isinstance(value, dict):
        return {key: _dates_as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(item) for item in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def load_cff(text: str) -> dict:
    return _dates_as_text(yaml.safe_load(text))


def committed_cff() -> dict:
    return load_cff((ROOT / "CITATION.cff").read_text(encoding="utf-8"))


# --- CITATION.cff against the CFF 1.2.0 schema ---------------------------------------


def test_committed_citation_cff_is_valid_cff_1_2_0():
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(committed_cff())]
    assert errors == []


def _drop(key):
    return lambda cff: cff.pop(key)


def _set(key, value):
    return lambda cff: cff.__setitem__(key, value)


def _set_reference(key, value):
    return lambda cff: cff["references"][0].__setitem__(key, value)


BROKEN_CFF_CASES = [
    pytest.param(_drop("cff-version"), id="missing-cff-version"),
    pytest.param(_drop("authors"), id="missing-authors"),
    pytest.param(_set("date-released", "2026-13-01"), id="month-13"),
    pytest.param(_set("date-released", "24/11/2026"), id="date-not-iso"),
    pytest.param(_set("license", "MIT-ish"), id="license-not-spdx"),
    pytest.param(_set("repository-code", "github.com/syria-news"), id="url-without-scheme"),
    pytest.param(_set("unknown-key", "x"), id="key-outside-schema"),
    pytest.param(_set_reference("type", "news-site"), id="reference-type-not-in-schema"),
    pytest.param(_set_reference("languages", ["arabic"]), id="language-not-iso-639"),
]


@pytest.mark.parametrize("breakage", BROKEN_CFF_CASES)
def test_broken_copy_of_citation_cff_fails_the_schema(breakage):
    broken = copy.deepcopy(committed_cff())
    breakage(broken)
    assert not VALIDATOR.is_valid(broken)


# --- generated "cff" style versus the committed file ---------------------------------


def test_committed_citation_cff_is_what_citation_generates():
    assert committed_cff() == load_cff(citation("cff")), (
        "CITATION.cff drifted from syria_news.citation; regenerate it with\n"
        "python -c \"from syria_news.citation import citation; print(citation('cff'))\" > CITATION.cff"
    )


def test_generated_cff_yaml_reads_back_as_the_mapping():
    assert load_cff(citation("cff")) == cff_mapping()


def test_citation_cff_names_smart_news_agency_as_source_of_the_texts():
    (reference,) = committed_cff()["references"]
    assert reference["title"] == "SMART News Agency"
    assert reference["url"] == "https://smartnews-agency.com"


# Text YAML cannot hold plainly: specials, look-alikes of other types, breaks, BOM.
YAML_SCALAR_CASES = [
    pytest.param("yes", id="yaml-bool-word"),
    pytest.param("Null", id="yaml-null-word"),
    pytest.param("1.2.0", id="version-like"),
    pytest.param("2026-11-24", id="date-like"),
    pytest.param("0x1F", id="hex-like"),
    pytest.param("a: b # c", id="colon-and-comment"),
    pytest.param("line\u2028break\x85next", id="unicode-line-breaks"),
    pytest.param("\ufeffbom", id="byte-order-mark"),
    pytest.param("سمارت - درعا", id="arabic"),
    pytest.param("trailing space ", id="trailing-space"),
]


@pytest.mark.parametrize("text", YAML_SCALAR_CASES)
def test_yaml_scalar_reads_back_as_the_same_string(text):
    assert yaml.safe_load(f"k: {_yaml_scalar(text)}") == {"k": text}


@given(st.text())
def test_any_text_survives_the_yaml_writer(text):
    assert yaml.safe_load(f"k: {_yaml_scalar(text)}") == {"k": text}


_keys = st.text("abcdefghijklmnopqrstuvwxyz-", min_size=1, max_size=8).filter(lambda k: k[0] != "-")
_scalars = st.text() | st.integers()
_blocks = st.recursive(
    st.dictionaries(_keys, _scalars, min_size=1) | st.lists(_scalars, min_size=1),
    lambda inner: st.dictionaries(_keys, inner | _scalars, min_size=1) | st.lists(inner | _scalars, min_size=1),
    max_leaves=12,
)


@given(_blocks)
def test_any_nesting_survives_the_yaml_writer(value):
    assert yaml.safe_load("\n".join(_yaml_block(value))) == value


# --- BibTeX and APA --------------------------------------------------------------------


def _braces_balance(text: str) -> bool:
    depth = 0
    for char in re.sub(r"\\[{}]", "", text):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _bibtex_entries(text: str) -> dict[str, dict[str, str]]:
    """Entry key -> {field: value} for the flat `name = {value},` layout we write."""
    entries = {}
    for match in re.finditer(r"@misc\{(?P<key>[^,\s]+),\n(?P<body>.*?)\n\}", text, re.S):
        fields = re.findall(r"^\s+(\w+)\s*=\s*\{(.*)\},$", match["body"], re.M)
        entries[match["key"]] = dict(fields)
    return entries


def test_bibtex_braces_balance():
    assert _braces_balance(citation("bibtex"))


def test_bibtex_package_entry_has_required_fields_and_version():
    cff = committed_cff()
    year = cff["date-released"][:4]
    entry = _bibtex_entries(citation("bibtex"))[f"syria_news_{year}"]
    assert {"author", "title", "year", "version", "url"} <= entry.keys()
    assert entry["version"] == version("syria-news")
    assert entry["year"] == year
    assert entry["url"] == cff["repository-code"]


def test_bibtex_cites_the_source_of_the_texts():
    entry = _bibtex_entries(citation("bibtex"))["smart_news_agency"]
    assert entry["url"] == "https://smartnews-agency.com"


def test_apa_names_authors_year_version_and_url():
    cff = committed_cff()
    first_line = citation("apa").splitlines()[0]
    assert first_line.startswith(f"{cff['authors'][0]['name']}. ({cff['date-released'][:4]}).")
    assert f"(Version {version('syria-news')})" in first_line
    assert first_line.endswith(cff["repository-code"])


@pytest.mark.parametrize("style", ["mla", "BibTeX", ""])
def test_unknown_style_raises_a_clear_value_error(style):
    with pytest.raises(ValueError, match=rf"unknown citation style {re.escape(repr(style))}: choose one of bibtex, cff, apa"):
        citation(style)


@pytest.mark.parametrize("style", STYLES)
def test_every_style_carries_the_installed_version(style):
    assert version("syria-news") in citation(style)


# --- one version source, a dated CHANGELOG -------------------------------------------

_RELEASE_HEADING = re.compile(r"^## \[(?P<version>\d+\.\d+\.\d+)\] - (?P<date>\d{4}-\d{2}-\d{2})$", re.M)


def test_pyproject_is_the_version_the_package_reports():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == version("syria-news"), "reinstall the package after a version bump"


def test_citation_cff_carries_the_installed_version():
    assert committed_cff()["version"] == version("syria-news")


def test_changelog_newest_release_is_this_version_on_its_release_date():
    newest = _RELEASE_HEADING.search((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
    assert newest, "CHANGELOG.md has no heading like '## [0.1.0] - 2026-11-24'"
    assert newest["version"] == version("syria-news")
    assert dt.date.fromisoformat(newest["date"]).isoformat() == committed_cff()["date-released"]


# --- data statement ----------------------------------------------------------------------

# Gebru et al., "Datasheets for Datasets", plus what the issue asks the statement to cover.
DATASHEET_HEADINGS = [
    "Motivation", "Composition", "Collection", "Preprocessing", "Uses",
    "Known biases", "Sensitive content", "License", "Maintenance",
]


@pytest.mark.parametrize("heading", DATASHEET_HEADINGS)
def test_datasheet_has_section(heading):
    text = (ROOT / "DATASHEET.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {heading}\b", text, re.M)


# --- the public name ---------------------------------------------------------------------


def test_package_level_citation_is_callable_after_the_submodule_is_imported():
    import syria_news
    import syria_news.citation  # noqa: F401  (what `syria-news cite` does)

    assert callable(syria_news.citation)
    assert syria_news.citation("apa") == citation("apa")
