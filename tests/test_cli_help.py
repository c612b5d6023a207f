"""Every subcommand's help page says what the command does, not only its options."""

from __future__ import annotations

import argparse

import pytest

from syria_news.cli import main, parser


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", list(_subcommands()))
def test_each_subcommand_help_has_a_description(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    sub = _subcommands()[name]
    assert sub.description and len(sub.description.split()) >= 6
    with pytest.raises(SystemExit) as done:
        main([name, "--help"])
    assert done.value.code == 0
    assert " ".join(sub.description.split()[:4]) in " ".join(capsys.readouterr().out.split())
