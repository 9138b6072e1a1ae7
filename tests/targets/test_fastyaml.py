"""The fast path (plain data from libyaml's events, no positions) against the located path.

A file the fast path vouches for must give, read with positions, the same data, typed the same,
and no problem at all; a file it does not vouch for is read with positions only. So the
loaders give the same models and the same problems, at the same positions, whichever way they
read a file: checked on every YAML file of the tests and of the bundled targets, on a
generated national plan (benchmarks/generate.py, the S workload's plans), and on plans whose
scalars hypothesis draws from the forms the located path refuses or warns about.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from yaml.nodes import ScalarNode

from dxgap.targets import fastyaml, yamlio
from dxgap.targets.load import CATALOGUE_NAME, load_catalogue_file, load_target_file
from dxgap.targets.models import Indicator

REPO = Path(__file__).resolve().parents[2]
YAML_FILES = sorted(
    p for top in ("tests", "targets") for p in (REPO / top).rglob("*.y*ml") if p.is_file()
)
BUNDLED_PLANS = sorted(p for p in (REPO / "targets").glob("*.yaml") if p.name != CATALOGUE_NAME)

BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def typed(value: Any) -> Any:
    """`value` with the type of every part spelled out: 1, 1.0 and True differ."""
    if isinstance(value, dict):
        return ("dict", [(typed(k), typed(v)) for k, v in value.items()])
    if isinstance(value, list | tuple):
        return (type(value).__name__, [typed(v) for v in value])
    if hasattr(value, "model_dump"):
        return (type(value).__name__, typed(dict(value)))
    return (type(value).__name__, value)


def assert_fast_agrees(text: str) -> Any:
    """The fast path either declines `text` or reads what the located path reads, finding
    nothing to report; returns what it read (None: declined)."""
    fast = fastyaml.plain_data(text)
    if fast is not None:
        data, _, problems = yamlio.parse(text, "f.yaml")
        assert problems == []
        assert typed(fast) == typed(data)
    return fast


def catalogue_beside(path: Path) -> dict[str, Indicator] | None:
    """The catalogue of the folder holding `path`, if there is a valid one."""
    cat = path.parent / CATALOGUE_NAME
    if not cat.is_file():
        return None
    model, _ = load_catalogue_file(cat, fast=False)
    return model.by_id() if model else None


def assert_loaders_agree(path: Path, catalogue: dict[str, Indicator] | None) -> None:
    """Both loaders give the same model and the same problems, read fast or with positions."""
    fast_model, fast_problems = load_target_file(path, catalogue, "f.yaml")
    model, problems = load_target_file(path, catalogue, "f.yaml", fast=False)
    assert fast_problems == problems
    assert typed(fast_model) == typed(model)
    fast_cat, fast_cat_problems = load_catalogue_file(path, "f.yaml")
    cat, cat_problems = load_catalogue_file(path, "f.yaml", fast=False)
    assert fast_cat_problems == cat_problems
    assert typed(fast_cat) == typed(cat)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_every_yaml_file_of_the_repository_reads_the_same_both_ways(path: Path) -> None:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        assert_fast_agrees(text)
    assert_loaders_agree(path, catalogue_beside(path))


def test_the_fast_path_vouches_for_the_bundled_plans() -> None:
    # a fast path that declined everything would pass every test above
    assert len(BUNDLED_PLANS) >= 3
    for path in [REPO / "targets" / CATALOGUE_NAME, *BUNDLED_PLANS]:
        text = path.read_text(encoding="utf-8")
        assert assert_fast_agrees(text) is not None, path.name


def _benchmark_generator() -> Any:
    spec = importlib.util.spec_from_file_location("generate", REPO / "benchmarks" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_national_plan_of_the_s_workload_reads_the_same_both_ways(tmp_path: Path) -> None:
    gen = _benchmark_generator()
    indicators = gen._indicator_ids(200)
    units = [gen.UNITS[i % len(gen.UNITS)] for i in range(len(indicators))]
    provinces = gen._province_ids(63)[:3]
    targets = gen._targets(np.random.default_rng(2025), provinces, indicators, units)
    (tmp_path / CATALOGUE_NAME).write_text(gen._catalogue(indicators, units), "utf-8")
    for (province,), rows in targets.group_by("province", maintain_order=True):
        (tmp_path / f"{province}.yaml").write_text(gen._target_file(str(province), rows), "utf-8")
    catalogue = catalogue_beside(tmp_path / CATALOGUE_NAME)
    assert catalogue is not None
    assert len(catalogue) == 200
    plans = sorted(tmp_path.glob("synthetic-*.yaml"))
    assert len(plans) == 3
    for path in [tmp_path / CATALOGUE_NAME, *plans]:
        assert assert_fast_agrees(path.read_text(encoding="utf-8")) is not None
        assert_loaders_agree(path, catalogue)
    # the same plan with one value written like Vietnamese thousands: declined, and reported
    text = plans[0].read_text(encoding="utf-8")
    first_value = text.index("value: ") + len("value: ")
    end = text.index("\n", first_value)
    broken = tmp_path / "thousands" / plans[0].name
    broken.parent.mkdir()
    broken.write_text(text[:first_value] + "2.000" + text[end:], "utf-8")
    assert fastyaml.plain_data(broken.read_text(encoding="utf-8")) is None
    assert_loaders_agree(broken, catalogue)


# --- hypothesis: plans written with every scalar the located path refuses or warns about ------

RISKY = [
    *("010", "080", "-09", "0x1F", "0b11", "0o17", "1_000", "1:30", "+5", "5.", ".5", "1.0e+3"),
    *(".inf", "-.inf", ".nan", "-0.0", "-0", "2.000", "1.586", "12.500.000", "1,5", "86,3"),
    *("yes", "No", "on", "OFF", "y", "n", "~", "null", "Null", "", "true", "False"),
    *("2021", "2021-02", "2021-02-30", "2021-13-01", "2021-01-01", "2021-01-01 10:00:00"),
    *("<<", "=", '"080"', "'010'", "'x'", '""', '"a\\u202Eb"', '"\\e"', '"\\t"', "'\\t'"),
    *("Bình Dương", "i\u0300", "Tỉnh", '"Tỉnh\u0301"', "|", ">", "|\n      two lines", ">-\n  x"),
    *("&a x", "*a", "!!str 5", "!!int x", "!!bool maybe", "!!float 1", "!x y", "[25, 30]"),
    *("80", "80.5", "-3", "2025", "2030", "2.5", "0", "0.0", "1e3", '"80"', "ninety", "{}"),
    *(">=", '">="', '"<"', "a: b", "x #c", "'it''s'", '"q\\"q"', "x\ty", "\u00a0x", "[a, a]"),
]
scalar = st.one_of(st.sampled_from(RISKY), st.text(max_size=8))

PLAN = """\
province: {{id: {pid}, name: {name}, name_en: Tinh A}}
sources:
  - id: plan
    title: {title}
    date: {date}
    reliability: {grade}
targets:
  - id: t-one
    indicator: {indicator}
    comparator: {comparator}
    value: {value}
    year: {year}
    baseline: {{year: {base_year}, value: {base}}}
    milestones: {{{milestone}: {milestone_value}}}
    source: plan
    quote: {quote}
    approx: {approx}
  - {{id: t-two, indicator: data_centres, comparator: ">=", value: {count}, year: 2030,
      source: {source}, quote: "{quote_text}", {key}: {extra}}}
"""
SLOTS = [
    *("pid", "name", "title", "date", "grade", "indicator", "comparator", "value", "year"),
    *("base_year", "base", "milestone", "milestone_value", "quote", "approx", "count", "source"),
    *("quote_text", "key", "extra"),
]
PLAIN = {
    "pid": "f",
    "name": '"Tỉnh A"',
    "title": "Kế hoạch",
    "date": "2021-03-04",
    "grade": "B",
    "indicator": "online_rate",
    "comparator": '">="',
    "value": "80",
    "year": "2030",
    "base_year": "2020",
    "base": "40.5",
    "milestone": "2025",
    "milestone_value": "60",
    "quote": '"đạt 80%"',
    "approx": "false",
    "count": "3",
    "source": "plan",
    "quote_text": "3 trung tâm",
    "key": "note",
    "extra": "x",
}


@pytest.fixture(scope="module")
def fixture_catalogue() -> dict[str, Indicator]:
    found = catalogue_beside(REPO / "tests" / "fixtures" / "invalid" / CATALOGUE_NAME)
    assert found is not None
    return found


def test_the_plan_template_as_written_is_clean_and_read_fast(
    tmp_path: Path, fixture_catalogue: dict[str, Indicator]
) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(PLAN.format(**PLAIN), "utf-8")
    assert fastyaml.plain_data(path.read_text("utf-8")) is not None
    model, problems = load_target_file(path, fixture_catalogue, "f.yaml")
    assert problems == []
    assert model is not None
    assert model.targets[0].value == 80.0


@BOUNDED
@given(changes=st.dictionaries(st.sampled_from(SLOTS), scalar, min_size=1, max_size=4))
@example(changes={"count": "2.000"})
@example(changes={"value": "010"})
@example(changes={"approx": "yes", "grade": "C"})
@example(changes={"value": "120"})
@example(changes={"name": "No"})
@example(changes={"extra": "x", "key": "year"})
@example(changes={"pid": "'010'"})
def test_plans_with_risky_scalars_read_the_same_both_ways(
    tmp_path: Path, fixture_catalogue: dict[str, Indicator], changes: dict[str, str]
) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(PLAN.format(**{**PLAIN, **changes}), "utf-8")
    assert_fast_agrees(path.read_text("utf-8"))
    assert_loaders_agree(path, fixture_catalogue)


YAML_ALPHABET = st.sampled_from(
    [
        *":-?[]{},&*!|>#'\"%@`<=.~\\",
        *(" ", "  ", "\n", "\n  ", "\n- ", "\t", "\r\n", "\ufeff", "\x00", "\x85", "---\n"),
        *("a", "id", "1", "2025", "true", "null", "Bình", "i\u0300", "<<", "!!map", "!!str"),
        *("010", "2.000", "0x1", "yes", "2020-02-30", "1_0", ".5", "a: ", "- ", "%YAML 1.1\n"),
    ]
)


@BOUNDED
@given(text=st.one_of(st.lists(YAML_ALPHABET, max_size=40).map("".join), st.text(max_size=80)))
@example(text="a: 1\na: 2\n")
@example(text="a: &x 1\nb: *x\n")
@example(text="? [a]\n: b\n")
@example(text="[" * 201 + "]" * 201)
@example(text="a: 1\n---\nb: 2\n")
@example(text="- 1\n- 2\n")
@example(text="1: a\n1.0: b\n")
@example(text="true: a\n1: b\n")
def test_any_text_reads_the_same_or_is_declined(text: str) -> None:
    assert_fast_agrees(text)


@BOUNDED
@given(
    text=st.one_of(
        st.from_regex(yamlio.PLAIN_DECIMAL, fullmatch=True),
        st.text(alphabet="0123456789-+._:eEyYnNoOtTfFxb~", max_size=8),
        st.text(max_size=6),
    )
)
def test_the_tag_shortcuts_agree_with_yaml(text: str) -> None:
    resolver = yaml.SafeLoader("")
    assert fastyaml._plain_tag(text) == resolver.resolve(ScalarNode, text, (True, False))


def test_a_file_of_too_many_nodes_is_declined() -> None:
    text = "a: [" + "1, " * yamlio.MAX_NODES + "1]\n"
    assert yamlio.parse(text, "f.yaml")[2][0].code == "yaml.too_many_nodes"
    assert fastyaml.plain_data(text) is None
    assert fastyaml.plain_data("a: [" + "1, " * 1000 + "1]\n") == {"a": [1] * 1001}


def test_a_file_nested_deeper_than_the_fast_path_goes_is_declined() -> None:
    deep = "a:\n" + "".join("  " * i + "- \n" for i in range(1, fastyaml.MAX_NESTING + 2))
    assert fastyaml.plain_data(deep) is None
    assert fastyaml.plain_data("a:\n  - [1, {b: 2021-01-01}]\n") == {
        "a": [[1, {"b": dt.date(2021, 1, 1)}]]
    }
