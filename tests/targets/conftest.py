"""Helpers for the target-file tests: the fixture folders and a detector of English words."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

INVALID = Path(__file__).resolve().parent.parent / "fixtures" / "invalid"

_WORDS = """
    expected missing unknown must got the should allowed value values key keys found while
    scanning parsing cannot could not is are error file number string mapping list line column
    character nothing text target source indicator year duplicate before between and or of with
    here but for empty invalid scalar tag alias anchor document stream token node block flow
    sequence indentation escape unit province catalogue baseline milestone comparator quantified
    qualitative requires address date month day integer valid name please give drop write
"""
ENGLISH = frozenset(_WORDS.split())
"""Words that give away an English message (Vietnamese shares none of them)."""


def english_words(text: str) -> list[str]:
    """The English words of a message once quoted text ('…', user input and YAML keys, which
    are never translated) is taken out."""
    unquoted = re.sub(r"'[^']*'", " ", text)
    return [w for w in re.findall(r"\w+", unquoted) if w.lower() in ENGLISH]


@pytest.fixture
def invalid_dir() -> Path:
    """tests/fixtures/invalid: one broken target file per rule, and their catalogue."""
    return INVALID


@pytest.fixture
def english_in() -> Callable[[str], list[str]]:
    """`english_words`, as a fixture."""
    return english_words
