"""Shared by the data-file tests: a small catalogue, writing files, checking them as users do,
and a detector of English words in messages that should be Vietnamese."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import polars as pl
import pytest

from dxgap.data.check import Checked, check_files
from dxgap.data.numbers import Decimal
from dxgap.errors import InputError, Msg, Problem
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
HEADER = "province,indicator,year,value,date,source,note"


def write(folder: Path, text: str | bytes, name: str = "d.csv") -> Path:
    """A file of `text` (UTF-8) or bytes in `folder`."""
    path = folder / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def check(*paths: Path, decimal: Decimal = "point") -> Checked:
    """`check_files` as the workspace calls it, files shown by their names."""
    return check_files(list(paths), INDICATORS, PROVINCES, {p: p.name for p in paths}, decimal)


def totals(*paths: Path) -> pl.DataFrame:
    """The province totals of clean files."""
    return check(*paths).totals


def problems_of(*paths: Path, decimal: Decimal = "point") -> list[Problem]:
    """The problems `check_files` raises (the test fails when it raises none)."""
    with pytest.raises(InputError) as info:
        check(*paths, decimal=decimal)
    return info.value.problems


def problems(*paths: Path, decimal: Decimal = "point") -> list[str]:
    """The problems as `dxgap validate` prints them, in English."""
    return [str(p) for p in problems_of(*paths, decimal=decimal)]


_WORDS = """
    the is are not file row rows line lines column columns header value values empty number
    numbers year date province indicator duplicate keep give write quote quoted fields field
    has have than below above minimum maximum for unit record malformed cannot parse readable
    workbook holds binary looks broken longer first same as of and or but this figure dated
    merged into new measurements belong successor late report fine warning area areas counts
    weighted rate needs every whole true false ambiguous separator thousands group uses text
    dates appears twice allowed known required expected missing unknown such folder end data
    inside unquoted double tabs commas contain mark style often
"""
ENGLISH = frozenset(_WORDS.split())
"""Words that give away an English message (Vietnamese messages use none of them; `decimal:
comma` is the sidecar option as written, not a word to translate)."""


def skeleton(msg: Msg) -> Msg:
    """`msg` with every text parameter (user text, names of files, columns, provinces) made
    "X": what is left is the catalogue's own words."""

    def blank(value: object) -> object:
        if isinstance(value, Msg):
            return skeleton(value)
        if isinstance(value, str):
            return "X"
        if isinstance(value, list | tuple):
            return [blank(v) for v in value]
        return value

    return Msg(msg.code, **{k: blank(v) for k, v in msg.params.items()})


def english_words(msg: Msg) -> list[str]:
    """English words in the Vietnamese text of `msg`, its parameters and quoted names aside."""
    text = re.sub(r"'[^']*'", " ", skeleton(msg).render("vi"))
    return [w for w in re.findall(r"\w+", text) if w.lower() in ENGLISH]


def codes(found: Iterable[Problem]) -> list[str]:
    """The codes of some problems, in order."""
    return [p.code for p in found]
