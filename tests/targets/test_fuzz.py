"""Properties: the target-file loaders fed arbitrary text, bytes or odd shapes report
problems by code, in both languages; they never crash.

The YAML loaders return problems and raise nothing. Examples are bounded so the whole file runs
in a few seconds.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dxgap.errors import Problem
from dxgap.targets import load as loaders
from dxgap.targets import yamlio
from dxgap.targets.models import Indicator

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

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
        *("!!bool ", "!!timestamp ", "!!int ", "!!float ", "2020-02-30", "0b", "_"),
        *("province", "targets", "sources", "value", "indicator", "online_rate"),
    ]
)
yaml_like = st.lists(YAML_ALPHABET, max_size=60).map("".join)
any_text = st.text(max_size=300)
any_bytes = st.binary(max_size=300)

any_text = st.text(max_size=300)
any_bytes = st.binary(max_size=300)


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
    """Each problem is located in the file, by a code of its own (never English text, never the
    catch-all for an unexpected pydantic error), and reads in both languages."""
    for p in problems:
        assert isinstance(p, Problem)
        assert p.path == name
        assert p.code not in ("legacy.text", "schema.other"), p
        assert p.message("en")
        assert p.message("vi")
        assert p.line is None or p.line >= 1
        assert p.column is None or p.column >= 1
        assert p.severity in ("error", "warning")


@BOUNDED
@given(text=st.one_of(any_text, yaml_like))
@example(text="a: &a [*a]")
@example(text="!!python/object/apply:os.system ['true']")
@example(text="? - a\n: b")
@example(text="a: !!bool maybe")
@example(text="a: !!timestamp someday")
@example(text="a: 0b_")
def test_yamlio_parse_never_raises(text: str) -> None:
    data, marks, problems = yamlio.parse(text, "f.yaml")

    assert_problems(problems, "f.yaml")
    assert isinstance(marks, yamlio.Marks)
    if any(p.code == "yaml.syntax" for p in problems):
        assert data is None
        assert len(problems) == 1


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
