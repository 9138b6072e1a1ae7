"""Properties: the data reader fed arbitrary bytes reports located problems, in both languages;
it never crashes. Examples are bounded so the whole file runs in a few seconds;
DXGAP_FUZZ_EXAMPLES=3000 digs deeper."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.data.helpers import FIXTURES

from dxgap.data.check import check_files
from dxgap.errors import InputError, Problem
from dxgap.targets import load as loaders
from dxgap.targets.models import Indicator

BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

any_bytes = st.binary(max_size=300)

CSV_HEADERS = [
    b"province,indicator,year,value\n",
    b"province,indicator,year,value,date,source,note\n",
    b"province,indicator,year,value,value\n",
    b"\xef\xbb\xbfprovince,indicator,year,value\r\n",
    b"province\tindicator\tyear\tvalue\tnote\n",
]
CSV_ALPHABET = st.sampled_from(
    [
        *(b",", b'"', b"\n", b"\r\n", b"\r", b" ", b";", b"\t"),
        *(b"demo", b"nowhere", b"online_rate", b"dti_rank", b"iod_launched"),
        *(b"2022", b"1999", b"-1", b"45.5", b"nan", b"inf", b"true", b"0.5"),
        *(b"2022-12-31", b"2022-13", b"\xe1", b"\xc3\xac", b"\x00", b"\xff\xfe"),
    ]
)
csv_like = st.builds(
    lambda header, body: header + body,
    st.sampled_from(CSV_HEADERS),
    st.lists(CSV_ALPHABET, max_size=40).map(b"".join),
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the whole module: hypothesis reruns a test body, not its fixtures."""
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def catalogue() -> dict[str, Indicator]:
    model, problems = loaders.load_catalogue_file(FIXTURES / "invalid" / "indicators.yaml")
    assert model is not None, problems
    return model.by_id()


def checked_or_problems(path: Path, catalogue: dict[str, Indicator]) -> list[Problem]:
    """The problems of a file (none when it is valid, its rows then read in full)."""
    try:
        check_files([path], catalogue, {"demo"}, {path: path.name}).details.collect()
    except InputError as e:
        problems = e.problems
    else:
        return []
    assert problems, "an InputError lists its problems"
    return problems


def assert_located(problems: list[Problem], name: str) -> None:
    for p in problems:
        assert p.path in (name, name + ".yaml")
        assert p.line is None or p.line >= 1
        assert p.column is None or p.column >= 1
        assert p.code != "legacy.text", p
        assert p.message("en")
        assert p.message("vi") != p.message("en"), p


@BOUNDED
@given(raw=st.one_of(any_bytes, csv_like))
@example(raw=b"province,indicator,year,value\ndemo,online_rate,2022,45,extra\n")
@example(raw=b'province,indicator,year,value\ndemo,online_rate,2022,"45\n')
@example(raw=b"province,indicator,year,value\ndemo,online_rate,2022,\xe1\n")
@example(raw=b"province,indicator,year,value\n\n\n")
def test_checking_a_csv_file_raises_only_input_error(
    scratch: Path, catalogue: dict[str, Indicator], raw: bytes
) -> None:
    path = scratch / "fuzz.csv"
    path.write_bytes(raw)
    assert_located(checked_or_problems(path, catalogue), "fuzz.csv")


@BOUNDED
@given(raw=any_bytes, suffix=st.sampled_from([".xlsx", ".parquet"]))
@example(raw=b"PK\x03\x04", suffix=".xlsx")
@example(raw=b"PAR1\x00\x00PAR1", suffix=".parquet")
def test_checking_other_formats_raises_only_input_error(
    scratch: Path, catalogue: dict[str, Indicator], raw: bytes, suffix: str
) -> None:
    path = scratch / f"fuzz{suffix}"
    path.write_bytes(raw)
    problems = checked_or_problems(path, catalogue)
    assert [p.code for p in problems] in ([f"{suffix[1:]}.unreadable"], [])
    assert_located(problems, path.name)


@pytest.mark.parametrize(
    ("raw", "column"),
    [
        (b"province,indicator,year,value\rdemo,online_rate,2022,45\r", 30),
        (b"\r\xc2\x80", 1),
    ],
)
def test_a_bare_cr_file_is_refused_and_located(
    scratch: Path, catalogue: dict[str, Indicator], raw: bytes, column: int
) -> None:
    path = scratch / "cr.csv"
    path.write_bytes(raw)
    (problem,) = checked_or_problems(path, catalogue)
    assert (problem.code, problem.line, problem.column) == ("data.bare_cr", 1, column)
