"""The versions a build runs with, beside the ones its outputs' bytes are pinned to.

At run time syria-news accepts a range of Polars versions (``pyproject.toml``
``dependencies``), so it installs into an analysis environment without a clash. The
bytes of a build depend on two of its dependencies, though: the Parquet writer
(``polars``, whose version is in every file) and the time-zone rules (``tzdata``). The
``build`` extra pins both exactly; the committed outputs were made with those pins. A
build records the versions it ran with (``build_report.json`` ``built_with``) and
``syria-news build`` warns when they are not the pinned ones.
"""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, requires, version

# The dependencies whose version changes output bytes.
OUTPUT_DEPENDENCIES = ("polars", "tzdata")
# 'polars==2.1.0; extra == "build"', as the installed package's metadata lists it.
_BUILD_PIN = re.compile(r"""^(?P<name>[A-Za-z0-9_.-]+)\s*==\s*(?P<version>[^\s;]+)\s*;\s*extra\s*==\s*["']build["']\s*$""")


def installed_versions() -> dict[str, str | None]:
    """The installed version of each output dependency (None when it is not installed)."""
    found: dict[str, str | None] = {}
    for name in OUTPUT_DEPENDENCIES:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def build_pins(requirements: list[str] | None = None) -> dict[str, str]:
    """The exact versions the ``build`` extra pins, from the installed package's metadata.

    >>> build_pins(['polars>=1.33.1,<3', 'polars==2.1.0; extra == "build"', 'tzdata==2026.6; extra == "build"'])
    {'polars': '2.1.0', 'tzdata': '2026.6'}
    """
    if requirements is None:
        try:
            requirements = requires("syria-news") or []
        except PackageNotFoundError:  # a source tree that was never installed: nothing to compare with
            requirements = []
    pins = {m["name"].lower(): m["version"] for m in map(_BUILD_PIN.match, requirements) if m}
    return {name: pins[name] for name in OUTPUT_DEPENDENCIES if name in pins}


def drift(installed: dict[str, str | None], pinned: dict[str, str]) -> list[str]:
    """``name installed (pinned X)`` for each output dependency that differs from its pin.

    >>> drift({"polars": "2.2.0", "tzdata": "2026.6"}, {"polars": "2.1.0", "tzdata": "2026.6"})
    ['polars 2.2.0 (pinned 2.1.0)']
    >>> drift({"polars": "2.1.0", "tzdata": None}, {"polars": "2.1.0", "tzdata": "2026.6"})
    ['tzdata not installed (pinned 2026.6)']
    """
    return [
        f"{name} {installed.get(name) or 'not installed'} (pinned {pin})"
        for name, pin in pinned.items()
        if installed.get(name) != pin
    ]


def drift_warning(installed: dict[str, str | None] | None = None, pinned: dict[str, str] | None = None) -> str | None:
    """One line for ``syria-news build`` when the versions it ran with are not the pinned ones, else None."""
    differing = drift(installed_versions() if installed is None else installed, build_pins() if pinned is None else pinned)
    if not differing:
        return None
    return (
        f"built with {', '.join(differing)}: the outputs are valid, but their bytes differ from a build "
        "with the pinned versions (the committed outputs'); for byte-identical outputs install "
        "\"syria-news[build]\" (from a checkout: pip install -e \".[build]\")"
    )
