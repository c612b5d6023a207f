"""How to cite syria-news, in three styles built from one record.

The record takes what the installed package already knows (name, version, summary,
author, repository, keywords, code license) from its metadata, so ``pyproject.toml``
stays the one version source and ``citation()`` works from a wheel. What the metadata
cannot say (release date, the license of the derived tables, the source of the texts)
is written once below. ``CITATION.cff`` at the repository root is ``citation("cff")``
written to a file; a test fails when the two drift. To regenerate it::

    python -c "from syria_news.citation import citation; print(citation('cff'))" > CITATION.cff
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib.metadata import metadata

@dataclass(frozen=True)
class Source:
    """Where the texts come from: cited beside the package, never instead of it."""

    name: str
    url: str
    cff_type: str  # a CFF 1.2.0 reference type
    languages: tuple[str, ...]  # ISO 639 codes
    copyright: str
    notes: str


@dataclass(frozen=True)
class CitationRecord:
    """Everything the three styles need; each style is a pure function of this."""

    name: str
    summary: str
    version: str
    date_released: str  # ISO date of this version's release, as in CHANGELOG.md
    cff_type: str  # "dataset" or "software"
    authors: tuple[str, ...]  # entity names
    licenses: tuple[str, ...]  # SPDX ids: the code's, then the derived tables'
    repository: str
    keywords: tuple[str, ...]
    message: str
    source: Source

    @property
    def title(self) -> str:
        return f"{self.name}: {self.summary}"

    @property
    def year(self) -> str:
        return self.date_released[:4]


def _project_url(meta, label: str) -> str:
    """The URL that ``[project.urls]`` lists under ``label``."""
    for entry in meta.get_all("Project-URL") or ():
        key, _, url = entry.partition(",")
        if key.strip() == label:
            return url.strip()
    raise LookupError(f"package metadata has no Project-URL {label!r}")


@functools.cache
def package_record() -> CitationRecord:
    """The installed package's citation record (read once, on first use)."""
    meta = metadata("syria-news")
    return CitationRecord(
        name=meta["Name"],
        summary=meta["Summary"],
        version=meta["Version"],
        date_released="2026-11-25",
        cff_type="dataset",
        authors=(meta["Author"],),
        licenses=(meta["License-Expression"], "CC-BY-4.0"),
        repository=_project_url(meta, "Source"),
        keywords=tuple(k.strip() for k in meta["Keywords"].split(",")),
        message=(
            "If you use these tables or this software, please cite them as below, "
            "and name SMART News Agency as the source of the texts."
        ),
        source=Source(
            name="SMART News Agency",
            url="https://smartnews-agency.com",
            cff_type="website",
            languages=("ar",),
            copyright="© SMART News Agency",
            notes=(
                "Source of the Arabic news texts (titles, bodies and breaking-news ticker) "
                "from which the tables are derived; the texts remain the agency's."
            ),
        ),
    )


# --- CFF (YAML written by hand: no YAML library at runtime) ------------------------

# A string may stand unquoted in YAML when it starts with a letter and holds no
# character with a YAML meaning (":", "#", quotes, brackets...); anything else,
# including every number-, date- or version-like string, is written double-quoted.
_PLAIN_SCALAR = re.compile(r"[^\W\d_][\w .,()/-]*(?<! )")
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
# What YAML reads as a line break, a byte-order mark or not printable: escaped inside
# quotes (JSON has already escaped the C0 controls).
_YAML_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")


def _yaml_scalar(value: str | int) -> str:
    """One YAML scalar that reads back as exactly ``value``, a string or an int.

    >>> _yaml_scalar("syria-news developers")
    'syria-news developers'
    >>> _yaml_scalar("0.1.0"), _yaml_scalar("No"), _yaml_scalar("a: b")
    ('"0.1.0"', '"No"', '"a: b"')
    >>> _yaml_scalar(3)
    '3'
    """
    if isinstance(value, int):
        return str(value)
    if _PLAIN_SCALAR.fullmatch(value) and value.lower() not in _YAML_WORDS:
        return value
    # A JSON string is a YAML double-quoted one once YAML's own breaks are escaped too.
    quoted = json.dumps(value, ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", quoted)


def _yaml_block(value: dict | list, indent: int = 0) -> list[str]:
    """Block-style YAML lines for nested dicts and lists of scalars.

    >>> print("\\n".join(_yaml_block({"authors": [{"name": "A", "x": ["b"]}]})))
    authors:
      - name: A
        x:
          - b
    """
    pad = " " * indent
    lines: list[str] = []
    items = value.items() if isinstance(value, dict) else ((None, item) for item in value)
    for key, item in items:
        head = f"{pad}{_yaml_scalar(key)}:" if key is not None else f"{pad}-"
        if not isinstance(item, (dict, list)):
            lines.append(f"{head} {_yaml_scalar(item)}")
        elif key is not None:
            lines.append(head)
            lines.extend(_yaml_block(item, indent + 2))
        else:  # a collection inside a list starts on the dash's line
            inner = _yaml_block(item, indent + 2)
            lines.append(f"{head} {inner[0].lstrip()}")
            lines.extend(inner[1:])
    return lines


def cff_mapping(record: CitationRecord | None = None) -> dict:
    """A record (by default this package's) as a CFF 1.2.0 mapping, what ``CITATION.cff`` holds."""
    record = record or package_record()
    source = record.source
    return {
        "cff-version": "1.2.0",
        "message": record.message,
        "type": record.cff_type,
        "title": record.title,
        "authors": [{"name": name} for name in record.authors],
        "version": record.version,
        "date-released": record.date_released,
        "license": list(record.licenses),
        "repository-code": record.repository,
        "keywords": list(record.keywords),
        "references": [
            {
                "type": source.cff_type,
                "title": source.name,
                "authors": [{"name": source.name}],
                "url": source.url,
                "languages": list(source.languages),
                "copyright": source.copyright,
                "notes": source.notes,
            }
        ],
    }


def _cff(record: CitationRecord) -> str:
    header = "# Generated by syria_news.citation: edit the record there, then regenerate this file."
    return "\n".join([header, *_yaml_block(cff_mapping(record))])


# --- BibTeX ------------------------------------------------------------------------

_BIBTEX_SPECIAL = re.compile(r"([&%$#_])")


def _bibtex_text(text: str) -> str:
    r"""Escape the characters that BibTeX/LaTeX would read as markup.

    >>> _bibtex_text("R&D 50%")
    'R\\&D 50\\%'
    """
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def _bibtex_key(*parts: str) -> str:
    """A citation key from words: lower case, non-word characters as ``_``.

    >>> _bibtex_key("syria-news", "2026"), _bibtex_key("SMART News Agency")
    ('syria_news_2026', 'smart_news_agency')
    """
    return re.sub(r"\W+", "_", "_".join(parts).lower())


def _bibtex_entry(kind: str, key: str, fields: dict[str, str]) -> str:
    width = max(map(len, fields))
    body = "".join(f"  {name:<{width}} = {{{value}}},\n" for name, value in fields.items())
    return f"@{kind}{{{key},\n{body}}}"


def _bibtex(record: CitationRecord) -> str:
    source = record.source
    key = _bibtex_key(record.name, record.year)
    source_key = _bibtex_key(source.name)
    # Double braces keep corporate authors whole and the package name's case.
    package = {
        "author": " and ".join(f"{{{_bibtex_text(a)}}}" for a in record.authors),
        "title": f"{{{_bibtex_text(record.name)}}}: {_bibtex_text(record.summary)}",
        "year": record.year,
        "version": record.version,
        "url": record.repository,
        "note": f"Version {record.version}; texts from {_bibtex_text(source.name)}, {source.url}",
    }
    texts = {
        "author": f"{{{_bibtex_text(source.name)}}}",
        "title": f"{{{_bibtex_text(source.name)}}}",
        "url": source.url,
        "note": _bibtex_text(source.notes),
    }
    return _bibtex_entry("misc", key, package) + "\n\n" + _bibtex_entry("misc", source_key, texts)


# --- APA 7 -------------------------------------------------------------------------

_APA_KIND = {"dataset": "Data set", "software": "Computer software"}


def _apa(record: CitationRecord) -> str:
    source = record.source
    authors = ", ".join(record.authors)
    return (
        f"{authors}. ({record.year}). {record.title} (Version {record.version}) "
        f"[{_APA_KIND[record.cff_type]}]. {record.repository}\n"
        f"Source of the texts: {source.name}. (n.d.). {source.name} [Website]. {source.url}"
    )


_FORMATTERS = {"bibtex": _bibtex, "cff": _cff, "apa": _apa}
STYLES = tuple(_FORMATTERS)


def citation(style: str = "bibtex") -> str:
    """How to cite this package and its source, in ``style``: "bibtex", "cff" or "apa".

    >>> citation("apa").splitlines()[0].endswith("https://github.com/syria-news/syria-news")
    True
    >>> citation("mla")
    Traceback (most recent call last):
    ...
    ValueError: unknown citation style 'mla': choose one of bibtex, cff, apa
    """
    try:
        formatter = _FORMATTERS[style]
    except KeyError:
        raise ValueError(f"unknown citation style {style!r}: choose one of {', '.join(STYLES)}") from None
    return formatter(package_record())
