"""Helpers for the target-file tests: the fixture folders and a detector of English words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import english_words

INVALID = Path(__file__).resolve().parent.parent / "fixtures" / "invalid"


@pytest.fixture
def invalid_dir() -> Path:
    """tests/fixtures/invalid: one broken target file per rule, and their catalogue."""
    return INVALID


@pytest.fixture
def english_in() -> Callable[[str], list[str]]:
    """`english_words`, as a fixture."""
    return english_words
