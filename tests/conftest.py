"""Shared fixtures: the bundled workspace, small synthetic workspaces, a clean terminal."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden output must not depend on the developer's terminal or environment; no test leaves
    a check cache in the repository (tests/test_cache.py turns it on in temporary folders)."""
    for var in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS", "DXGAP_WORKSPACE", "DXGAP_DEBUG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("DXGAP_NO_CACHE", "1")


@pytest.fixture
def repo_workspace() -> Path:
    """The bundled workspace (the repository's own targets/ and data/)."""
    return REPO


@pytest.fixture
def fixtures_dir() -> Path:
    """Hand-written test inputs under tests/fixtures/."""
    return FIXTURES
