"""Shared by the data-file tests: a small catalogue, writing files, checking them as users do,
and a detector of English words in messages that should be Vietnamese."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import polars as pl
import pytest

from dxgap.data.check import Checked, check_files
from dxgap.data.numbers import Decimal
from dxgap.errors import InputError, Problem
from dxgap.targets.models import Indicator, Names, Pillar, Unit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REPO = FIXTURES.parent.parent


def indicator(id: str, unit: Unit, **bounds: float) -> Indicator:
    """A catalogue entry with only what the data checks read."""
    return Indicator(
        id=id, name=Names(vi=id, en=id), unit=unit, pillar=Pillar.digital_government, **bounds
    )


INDICATORS = {
    i.id: i
    for i in [
        indicator("rate", Unit.PERCENT),
        indicator("count", Unit.COUNT),
        indicator("done", Unit.BOOLEAN),
        indicator("score", Unit.INDEX, min=0, max=1),
        indicator("rank", Unit.RANK),
    ]
}
PROVINCES = {"binh-duong", "bac-lieu"}
TARGETS = {
    "binh-duong": {"egov-platform": True, "fibre-everywhere": True, "rate-2025": False},
    "bac-lieu": {"smart-city": True},
}
"""Each province's target ids, each with whether it takes a task state (`tasks.task_targets`)."""
HEADER = "province,indicator,year,value,date,source,note"


def write(folder: Path, text: str | bytes, name: str = "d.csv") -> Path:
    """A file of `text` (UTF-8) or bytes in `folder`."""
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def check(*paths: Path, decimal: Decimal = "point") -> Checked:
    """`check_files` as the workspace calls it, files shown by their names."""
    display = {p: p.name for p in paths}
    return check_files(list(paths), INDICATORS, PROVINCES, display, decimal, TARGETS)


def totals(*paths: Path, decimal: Decimal = "point") -> pl.DataFrame:
    """The province totals of clean files."""
    return check(*paths, decimal=decimal).totals


def problems_of(*paths: Path, decimal: Decimal = "point") -> list[Problem]:
    """The problems `check_files` raises (the test fails when it raises none)."""
    with pytest.raises(InputError) as info:
        check(*paths, decimal=decimal)
    return info.value.problems


def problems(*paths: Path, decimal: Decimal = "point") -> list[str]:
    """The problems as `dxgap validate` prints them, in English."""
    return [str(p) for p in problems_of(*paths, decimal=decimal)]


def codes(found: Iterable[Problem]) -> list[str]:
    """The codes of some problems, in order."""
    return [p.code for p in found]
