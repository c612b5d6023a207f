"""syria-news: validated, linked tables from Syrian Arabic news pages.

The small public surface::

    parse_page(text)       one raw page -> Page (or Rejection with a reason)
    extract_claims(text)   any Arabic text -> polars DataFrame of the counts it asserts
    build(raw_dir)         a folder of raw pages -> validated frames and a build report
    load(table)            a table of the release bundled with this package, as polars
    tally(claims, by=[...])  people per claim type and group, each figure counted once
    citation(style)        how to cite the dataset: "bibtex", "cff" or "apa"

Names are imported on first use, so ``import syria_news`` stays cheap.
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("syria-news")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

_PUBLIC = {
    "parse_page": "syria_news.page",
    "Page": "syria_news.page",
    "Rejection": "syria_news.page",
    "extract_claims": "syria_news.claims",
    "build": "syria_news.pipeline",
    "load": "syria_news.release",
    "tally": "syria_news.tallies",
}
__all__ = ["__version__", "citation", *_PUBLIC]

# Imported eagerly (it is light): a lazy name would be shadowed by the submodule of the
# same name as soon as anything imports ``syria_news.citation``.
from syria_news.citation import citation  # noqa: E402


def __getattr__(name: str):  # noqa: ANN202 - PEP 562 lazy attributes
    if name in _PUBLIC:
        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'syria_news' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
