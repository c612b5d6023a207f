"""``docs/rules.md`` carries the rule catalogue as the registry makes it: a rule added, renamed
or given new examples without ``python -m syria_news.claims.docs`` fails here."""

from __future__ import annotations

from syria_news.claims import docs
from syria_news.claims.registry import RULES

DOCUMENT = docs.DOC.read_text(encoding="utf-8")


def test_the_catalogue_is_fresh() -> None:
    assert docs.catalogue(DOCUMENT) == docs.render(), "docs/rules.md is stale: run python -m syria_news.claims.docs"


def test_every_rule_is_named_in_the_document() -> None:
    missing = [name for name in RULES if f"`{name}`" not in DOCUMENT]
    assert not missing, f"rules not in docs/rules.md: {missing}"


def test_check_mode_says_whether_the_file_is_stale(capsys) -> None:  # noqa: ANN001
    assert docs.main(["--check"]) == 0
    assert capsys.readouterr().err == ""
