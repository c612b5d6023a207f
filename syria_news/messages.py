"""One-line messages: every error the commands print, and every rejection a report lists, is
one line (nothing is lost silently, and nothing is a traceback)."""

from __future__ import annotations


def one_line(text: str) -> str:
    """``text`` with its line breaks and runs of spaces made single spaces.

    >>> one_line("404 Client Error.\\n\\nRepository Not Found")
    '404 Client Error. Repository Not Found'
    """
    return " ".join(text.split())


def error_line(error: BaseException) -> str:
    """An error's message on one line, at most 300 characters; its class's name when it has none.

    >>> error_line(OSError())
    'OSError'
    """
    return one_line(str(error))[:300] or type(error).__name__
