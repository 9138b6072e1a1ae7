"""Fixtures shared by the extract tests: the indicator matcher over the bundled catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxgap.extract import Matcher
from dxgap.targets.load import load_catalogue_file

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def matcher() -> Matcher:
    """A `Matcher` over the catalogue dxgap ships (`targets/indicators.yaml`)."""
    catalogue, _ = load_catalogue_file(REPO / "targets" / "indicators.yaml")
    assert catalogue is not None
    return Matcher(catalogue.indicators)
