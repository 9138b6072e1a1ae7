"""Properties: loaders fed arbitrary text or bytes report problems; they never crash.

The YAML loaders return problems and raise nothing; the CSV reader raises `InputError` and
nothing else. Examples are bounded so the whole file runs in a few seconds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dxgap.data import check as measurements
from dxgap.targets import load as loaders
from dxgap.targets import yamlio
from dxgap.errors import InputError, Problem
from dxgap.targets.models import Indicator

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# 200 examples per property keeps CI fast; DXGAP_FUZZ_EXAMPLES=3000 digs deeper (found 2 crashes once)
BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Characters that steer the YAML scanner into its interesting states.
YAML_ALPHABET = st.sampled_from(
    [
        *":-?[]{},&*!|>#'\"%@`<=.~\\",
        *(" ", "  ", "\n", "\t", "\r\n", "\ufeff", "\x00", "\x85"),
        *("a", "id", "1", "2025", "true", "null", "Bình", "i\u0300", "<<", "!!python/", "!!map"),
        *("province", "targets", "sources", "value", "indicator", "online_rate"),
    ]
)
yaml_like = st.lists(YAML_ALPHABET, max_size=60).map("".join)
any_text = st.text(max_size=300)
any_bytes = st.binary(max_size=300)

CSV_HEADERS = [
    b"province,indicator,year,value\n",
    b"province,indicator,year,value,date,source,note\n",
    b"province,indicator,year,value,value\n",
    b"\xef\xbb\xbfprovince,indicator,year,value\r\n",
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


def assert_problems(problems: list[Problem], name: str) -> None:
    for p in problems:
        assert isinstance(p, Problem)
        assert p.path == name
        assert p.message()
        assert p.line is None or p.line >= 1
        assert p.column is None or p.column >= 1
        assert p.severity in ("error", "warning")


@BOUNDED
@given(text=st.one_of(any_text, yaml_like))
@example(text="a: &a [*a]")
@example(text="!!python/object/apply:os.system ['true']")
@example(text="? - a\n: b")
def test_yamlio_parse_never_raises(text: str) -> None:
    data, marks, problems = yamlio.parse(text, "f.yaml")

    assert_problems(problems, "f.yaml")
    assert isinstance(marks, yamlio.Marks)
    if problems and any(p.message().startswith("YAML syntax error") for p in problems):
        assert data is None


@BOUNDED
@given(text=st.one_of(any_text, yaml_like))
def test_parse_yaml_on_text_never_raises(scratch: Path, text: str) -> None:
    path = scratch / "text.yaml"
    path.write_text(text, encoding="utf-8", newline="")

    parsed = loaders.parse_yaml(path, "text.yaml")

    assert_problems(parsed.at.problems, "text.yaml")
    assert parsed.data is None or isinstance(parsed.data, dict)
    if parsed.data is None:
        assert parsed.at.problems


@BOUNDED
@given(raw=st.one_of(any_bytes, yaml_like.map(str.encode)))
@example(raw=b"\xff\xfea\x00")
@example(raw=b"a: \xe1")
def test_parse_yaml_on_bytes_never_raises(scratch: Path, raw: bytes) -> None:
    path = scratch / "bytes.yaml"
    path.write_bytes(raw)

    parsed = loaders.parse_yaml(path, "bytes.yaml")

    assert_problems(parsed.at.problems, "bytes.yaml")
    if parsed.data is None:
        assert parsed.at.problems


@BOUNDED
@given(text=st.one_of(any_text, yaml_like))
@example(text="province: {id: fuzz, name: x, name_en: x}\ntargets: [{id: a}]\n")
@example(text="province: {id: fuzz, name: x, name_en: x}\ntargets: [1, {}, []]\nsources: {}\n")
@example(text="province: {id: fuzz, name: x, name_en: x}\ntargets:\n- {id: a, milestones: [1]}\n")
def test_load_target_file_on_text_never_raises(
    scratch: Path, catalogue: dict[str, Indicator], text: str
) -> None:
    path = scratch / "fuzz.yaml"
    path.write_text(text, encoding="utf-8", newline="")

    model, problems = loaders.load_target_file(path, catalogue, "fuzz.yaml")

    assert_problems(problems, "fuzz.yaml")
    if model is None:
        assert any(p.severity == "error" for p in problems)


@BOUNDED
@given(raw=any_bytes)
def test_load_target_file_on_bytes_never_raises(
    scratch: Path, catalogue: dict[str, Indicator], raw: bytes
) -> None:
    path = scratch / "fuzz.yaml"
    path.write_bytes(raw)

    model, problems = loaders.load_target_file(path, catalogue, "fuzz.yaml")

    assert_problems(problems, "fuzz.yaml")
    assert model is None or not any(p.severity == "error" for p in problems)


@BOUNDED
@given(raw=st.one_of(any_bytes, csv_like))
@example(raw=b"province,indicator,year,value\ndemo,online_rate,2022,45,extra\n")
@example(raw=b'province,indicator,year,value\ndemo,online_rate,2022,"45\n')
@example(raw=b"province,indicator,year,value\ndemo,online_rate,2022,\xe1\n")
@example(raw=b"province,indicator,year,value\n\n\n")
def test_checking_a_data_file_raises_only_input_error(
    scratch: Path, catalogue: dict[str, Indicator], raw: bytes
) -> None:
    path = scratch / "fuzz.csv"
    path.write_bytes(raw)

    problems: list[Problem] | None = None
    try:
        measurements.check_files([path], catalogue, {"demo"}, {path: "fuzz.csv"}).details.collect()
    except InputError as e:
        problems = e.problems
    if problems is not None:
        assert problems
        assert_problems(problems, "fuzz.csv")


@pytest.mark.parametrize(
    "raw",
    [
        b"province,indicator,year,value\rdemo,online_rate,2022,45\r",
        b"\r\xc2\x80",
    ],
)
def test_checking_a_bare_cr_file_raises_input_error(
    scratch: Path, catalogue: dict[str, Indicator], raw: bytes
) -> None:
    path = scratch / "cr.csv"
    path.write_bytes(raw)

    try:
        measurements.check_files([path], catalogue, {"demo"}, {path: "cr.csv"}).details.collect()
    except InputError:
        pass
    except Exception as e:
        raise AssertionError(f"raised {type(e).__name__}: {e}") from e


# Plain data shaped roughly like a target file, so pydantic and the rules see odd shapes.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        ["", "x", "online_rate", "dti_rank", "iod_launched", "plan", ">=", "<", "2025"]
    ),
)
plain = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.one_of(st.sampled_from(["id", "value", "year"]), st.integers(1990, 2110)),
            inner,
            max_size=3,
        ),
    ),
    max_leaves=8,
)
target = st.fixed_dictionaries(
    {},
    optional={
        "id": st.sampled_from(["a", "b", "A B"]),
        "indicator": st.sampled_from(
            ["online_rate", "dti_rank", "data_centres", "iod_launched", "nope"]
        ),
        "comparator": st.sampled_from([">=", ">", "<=", "<", "=="]),
        "value": scalars,
        "year": scalars,
        "baseline": st.one_of(
            plain,
            st.fixed_dictionaries(
                {"year": scalars, "value": scalars}, optional={"source": scalars}
            ),
        ),
        "milestones": st.one_of(
            plain, st.dictionaries(st.integers(1990, 2110), scalars, max_size=3)
        ),
        "qualitative": scalars,
        "source": st.sampled_from(["plan", "other", 5]),
        "quote": scalars,
        "extra": plain,
    },
)
target_file = st.fixed_dictionaries(
    {},
    optional={
        "province": st.one_of(
            plain,
            st.fixed_dictionaries(
                {
                    "id": st.sampled_from(["fuzz", "other", "X"]),
                    "name": scalars,
                    "name_en": scalars,
                },
                optional={
                    "merged_into": scalars,
                    "merged_on": scalars,
                    "code": scalars,
                },
            ),
        ),
        "sources": st.one_of(
            plain,
            st.lists(
                st.fixed_dictionaries(
                    {"id": st.sampled_from(["plan", "plan", "x"]), "title": scalars},
                    optional={"reliability": st.sampled_from(["A", "C", "E"]), "date": scalars},
                ),
                max_size=3,
            ),
        ),
        "targets": st.one_of(plain, st.lists(st.one_of(target, plain), max_size=3)),
        "extra": plain,
    },
)


@BOUNDED
@given(data=target_file)
def test_load_target_file_on_odd_shapes_never_raises(
    scratch: Path, catalogue: dict[str, Indicator], data: dict[str, object]
) -> None:
    path = scratch / "fuzz.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")

    model, problems = loaders.load_target_file(path, catalogue, "fuzz.yaml")

    assert_problems(problems, "fuzz.yaml")
    errors = [p for p in problems if p.severity == "error"]
    assert (model is None) == bool(errors)
    for p in errors:
        assert p.line is not None, p
