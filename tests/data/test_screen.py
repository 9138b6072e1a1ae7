"""The screen against the exact checks: checking a file with the screen gives exactly what the
exact checks alone give — the same problems, or the same rows and totals — whatever the file;
and the screen vouches for the clean files it exists for, so that they cost one pass."""

from __future__ import annotations

import csv
import io
import os
import unicodedata
from pathlib import Path

import polars as pl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal
from tests.data.helpers import indicator

from dxgap.data import screen
from dxgap.data.check import _Context, _open_file, check_files
from dxgap.data.table import COLUMNS
from dxgap.errors import InputError
from dxgap.targets.models import Unit

EXAMPLES = int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200"))
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
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
PROVINCES = {"demo", "other"}
TARGETS = {"demo": {"egov": True, "rate-2025": False}, "other": {"egov": True}}

NFD = unicodedata.normalize("NFD", "Bình Dương")
SWALLOWED = "a\ndemo,rate,2021,5,,,,,,,\nb"  # a quoted cell holding a row of the file
CELLS = {
    "province": ["demo", "other", " demo", "demo\u00a0", "", "Demo", "nowhere", "demo\x1b[2J"],
    "indicator": ["rate", "count", "done", "score", "nope", " rate", "", "ra\u202ete"],
    "year": [
        *("2020", "2021", " 2021", "2020.0", "2021,00", "2020.5", "1999", "2101", "+2020"),
        *("02020", "x", "", "٢٠٢٠", "２０２１", "2\u00a0020", "2020\x00", "\x0b2021"),
    ],
    "date": [
        *("", "2020", "2020-06", "2020-13", "2020-6", " 2020", "2021-02-30", "٢٠٢٠"),
        *("2020-02-29", "2021-02-29", "2020-04-31", "２０２０", "2020\x7f", "\u200e2020"),
    ],
    "area": ["", "a", "b", " a", NFD, "Bình Dương", "\u2003", "a\nb", SWALLOWED, "a\x85b", "\x85a"],
    "breakdown": ["", "women", "men ", "\u2066women\u2069"],
    "source": ["", "report", NFD, " x", SWALLOWED, "x\x1b]0;t\x07", "x\ry", "x\r\ny"],
    "note": ["", "n", "Ghi chú", "dòng một\ndòng hai", SWALLOWED, "n\x00", "n\t", "\u202en"],
    "target": ["", "egov", "rate-2025", "nope", " egov", "egov\x1b[2J"],
    "state": [
        *("", "done", "Hoàn Thành", "đang  thực hiện", "chưa hoàn thành", "finished", " done"),
        *(unicodedata.normalize("NFD", "không thực hiện"), "done\x07"),
    ],
    "out_of": [
        *("", "63", "34", "1", "63.0", "63,00", "63.5", "0", "-1", "+63", " 63", "٦٣", "x"),
        *("99999999999", "6\x003"),
    ],
    "period": [
        *("", "2020", "2021", "2020-Q1", "2020-Q5", "2020-W53", "2021-W53", "2020-02-29"),
        *("2021-02-29", "2020-13", "2021-06", " 2020", "2020-w03", "2021-12-31", "2020\u202e"),
    ],
    "definition": ["", "QĐ 766", NFD, " DTI", "x\x1bq", SWALLOWED],
    "note_vi": ["", "Ghi chú", NFD, " n", "dòng một\ndòng hai", SWALLOWED, "n\u202e", "n\x1b[2J"],
}
"""Cells of each text column, control and bidi characters among them (`table.CONTROL`)."""
NUMBER_CELLS = [
    *("", "0", "1", "0.5", "50", "76.0", "100", "101", "-1", "1e2", "1E-1", ".5", "5.", "+3"),
    *("1,5", "1.586", "1,586", "50%", " 50", "nan", "inf", "-inf", "1e400", "0x10", "١٢"),
    *("true", "yes", "có", "x", "✓", "0.0", "1.0", "3/4", "1_000", "abc"),
    *("1 586", "1\u00a0586", "1\u202f586", "8 6.3", "12 34 5", "\u22125", "\u221250 %"),
    *("２０", "50\u00a0%", "1 5", "- 5", "–5", "5\x00", "\x0c5", "5\u200f", "\x9b5"),
]
CLEAN = {
    "province": ["demo", "other"],
    "year": ["2020", "2021"],
    "date": ["", "2020", "2020-06"],
    "area": ["", "a", "Bình Dương"],
    "breakdown": ["", "women"],
    "source": ["", "report", "Bình Dương"],
    "note": ["", "n"],
    "target": [""],  # a task row is never vouched for
    "state": [""],
    "definition": ["", "QĐ 766", "DTI 2024"],
    "note_vi": ["", "Ghi chú"],
}


VALUES = ["0", "0.5", "1", ".5", "+1", "1.", "1e-1"]
RANKS = ["1", "12", "34"]  # within every out_of drawn


@st.composite
def clean_row(draw: st.DrawFn, columns: list[str]) -> list[str]:
    """A row the exact checks accept (duplicates aside): known names, values in bounds, counts
    paired and only for the percent indicator."""
    both = {"numerator", "denominator"} <= set(columns)
    counted = both and ("value" not in columns or draw(st.booleans()))
    indicator_id = "rate" if counted else draw(st.sampled_from(["rate", "count", "score", "rank"]))
    year = draw(st.sampled_from(CLEAN["year"]))
    cell = {
        "indicator": indicator_id,
        "value": ""
        if counted
        else draw(st.sampled_from(RANKS if indicator_id == "rank" else VALUES)),
        "numerator": draw(st.sampled_from(["0", "1", "3"])) if counted else "",
        "denominator": draw(st.sampled_from(["4", "10"])) if counted else "",
        "year": year,
        "period": draw(st.sampled_from(["", year, f"{year}-Q2", f"{year}-W03", f"{year}-06-15"])),
        "out_of": draw(st.sampled_from(["", "63", "34"])) if indicator_id == "rank" else "",
    }
    return [cell[c] if c in cell else draw(st.sampled_from(CLEAN[c])) for c in columns]


@st.composite
def csv_files(draw: st.DrawFn, clean: bool = False) -> str:
    optional = draw(st.lists(st.sampled_from(COLUMNS[3:]), unique=True, max_size=8))
    columns = [*COLUMNS[:3], *optional]
    if ("target" in columns) != ("state" in columns):  # a header needs both (or neither)
        columns.append("state" if "target" in columns else "target")
    if "value" not in columns and not {"numerator", "denominator"} <= set(columns):
        columns.append("value")
    anything = st.tuples(*[st.sampled_from(CELLS.get(c, NUMBER_CELLS)) for c in columns])
    rows_of = clean_row(columns) if clean else st.one_of(clean_row(columns), anything.map(list))
    rows = draw(st.lists(rows_of, min_size=1, max_size=6))
    out = io.StringIO()
    separator = "," if clean else draw(st.sampled_from([",", ",", ";", "\t"]))
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def outcome(path: Path) -> tuple[list[str], pl.DataFrame, pl.DataFrame]:
    """(problems, rows, totals) of checking one file as users run it."""
    try:
        checked = check_files([path], INDICATORS, PROVINCES, {path: path.name}, "point", TARGETS)
    except InputError as e:
        return [str(p) for p in e.problems], pl.DataFrame(), pl.DataFrame()
    return (
        [],
        checked.details.collect().sort("_row"),
        pl.concat([checked.totals, checked.states], how="diagonal"),
    )


def same_as_the_exact_checks(path: Path) -> list[str]:
    """Checking `path` with the screen gives what checking it with the exact checks alone
    gives; the problems found."""
    screened = outcome(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(screen, "typed", lambda *args: None)  # every file to the exact checks
        exact = outcome(path)
    assert screened[0] == exact[0]
    assert_frame_equal(screened[1], exact[1])
    assert_frame_equal(screened[2], exact[2])
    return screened[0]


def vouched(path: Path) -> bool:
    """Whether the screen vouches for a file: it types it, no distinct text value of a columnar
    file is doubtful, and no group is."""
    ctx = _Context(INDICATORS, PROVINCES, TARGETS)
    f = _open_file(path, path.name, ctx, "point", screened=True)
    if f.exact:
        return False
    if f.values is not None and f.values.collect().item():
        return False
    groups = screen.grouped(f.details(0, flag=True)).collect()
    return screen.doubtful_groups(groups, INDICATORS, PROVINCES).height == 0


@BOUNDED
@given(text=csv_files())
@example(text="province,indicator,year,value\ndemo,rate,2020,1.0\n")
@example(text="province,indicator,year,value\ndemo,done,2020,1.0\n")
@example(text="province,indicator,year,value,area\ndemo,rate,2020,5, a\n")
@example(text=f"province,indicator,year,value,source\ndemo,rate,2020,5,{NFD}\n")
@example(text="province,indicator,year,value,numerator,denominator\ndemo,rate,2020,50,1,2\n")
@example(text="province,indicator,year,value\ndemo,rate,2020.0,1 586\n")
@example(text="province,indicator,year,value,date\ndemo,rate,2020,5,2021-02-29\n")
@example(text=f'province,indicator,year,value,note\ndemo,rate,2020,5,"{SWALLOWED}"\n')
@example(text="province;indicator;year;value\ndemo;rate;2020;1.586\n")
@example(text="province,indicator,year,value,note\ndemo,rate,2020,5,n\x00\n")
@example(text="province,indicator,year,value,source\ndemo,rate,2020,5,x\ry\n")
@example(text="province,indicator,year,value\ndemo,rate,2020\x00,5\n")
def test_the_screen_changes_nothing_but_the_time(tmp_path: Path, text: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    same_as_the_exact_checks(path)


@BOUNDED
@given(text=csv_files(clean=True))
@example(text="province,indicator,year,value,source\ndemo,rate,2020,+1,Bình Dương\n")
def test_the_screen_vouches_for_clean_files(tmp_path: Path, text: str) -> None:
    """Clean machine exports, Vietnamese text included, take the fast path (else the screen
    would be a slow no-op)."""
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    assert vouched(path)


@settings(BOUNDED, max_examples=max(1, EXAMPLES // 2))  # a small space of inputs
@given(
    years=st.lists(st.sampled_from([2020, 2021, 1999, 2101, None]), min_size=1, max_size=8),
    values=st.lists(
        st.sampled_from([0.0, 0.5, 50.0, 100.0, 101.0, -1.0, float("nan"), float("inf"), None]),
        min_size=8,
        max_size=8,
    ),
    indicator_id=st.sampled_from(list(INDICATORS)),
)
def test_the_screen_changes_nothing_in_parquet_files(
    tmp_path: Path, years: list[int | None], values: list[float | None], indicator_id: str
) -> None:
    n = len(years)
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "province": ["demo"] * n,
            "indicator": [indicator_id] * n,
            "year": pl.Series(years, dtype=pl.Int64),
            "value": pl.Series(values[:n], dtype=pl.Float64),
            "date": [f"2020-{m:02d}" for m in range(1, n + 1)],
        }
    ).write_parquet(path)
    problems = same_as_the_exact_checks(path)
    assert vouched(path) == (not problems and indicator_id != "done")  # boolean: always doubted


@settings(BOUNDED, max_examples=max(1, EXAMPLES // 2))
@given(
    rows=st.lists(
        st.tuples(
            *(st.sampled_from(CELLS[c]) for c in ("area", "breakdown", "source", "note")),
            st.sampled_from(CELLS["definition"]),
        ),
        min_size=1,
        max_size=6,
    )
)
@example(rows=[("a", "", "", "", "")] * 5 + [(" a", "", "", "", "")])
@example(rows=[("a", "", "report", "n", "")] * 5 + [("a", "", "report", "n\x00", "")])
def test_parquet_text_tested_once_per_distinct_value_passes_no_bad_cell(
    tmp_path: Path, rows: list[tuple[str, ...]]
) -> None:
    """A columnar file's free text is tested once per distinct value, not per row: one bad
    cell among many good rows repeating a clean value still keeps the file from the fast
    path, and the problems are those of the exact checks."""
    columns = ("area", "breakdown", "source", "note", "definition")
    n = len(rows)
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "province": ["demo"] * n,
            "indicator": ["rate"] * n,
            "year": pl.Series([2020] * n, dtype=pl.Int64),
            "value": pl.Series([5.0] * n, dtype=pl.Float64),
            "date": [f"2020-{m:02d}" for m in range(1, n + 1)],
            **{c: [r[i] or None for r in rows] for i, c in enumerate(columns)},
        }
    ).write_parquet(path)
    problems = same_as_the_exact_checks(path)
    if problems:
        assert not vouched(path)


@settings(BOUNDED, max_examples=max(1, EXAMPLES // 4))
@given(
    cells=st.lists(
        st.tuples(st.sampled_from(CELLS["province"]), st.sampled_from(CELLS["note"])),
        min_size=1,
        max_size=4,
    )
)
@example(cells=[("demo", "n\x00")])
@example(cells=[("demo\x1b[2J", "")])
def test_the_screen_never_vouches_for_a_parquet_cell_holding_a_control_character(
    tmp_path: Path, cells: list[tuple[str, str]]
) -> None:
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "province": [p for p, _ in cells],
            "indicator": ["rate"] * len(cells),
            "year": pl.Series(range(2020, 2020 + len(cells)), dtype=pl.Int64),
            "value": [5.0] * len(cells),
            "note": [n for _, n in cells],
        }
    ).write_parquet(path)
    problems = same_as_the_exact_checks(path)
    if any("control_character" in p or "U+" in p for p in problems):
        assert not vouched(path)


def test_a_large_clean_file_with_counts_and_areas_is_vouched_for(tmp_path: Path) -> None:
    path = tmp_path / "clean.csv"
    path.write_text(
        "province,indicator,year,date,area,numerator,denominator,source\n"
        + "".join(
            f"demo,rate,2020,2020-{m:02d},{a},{m},{m + 10},{'Bình Dương' if a == 'b' else 'x'}\n"
            for m in range(1, 13)
            for a in "ab"
        ),
        encoding="utf-8",
    )
    assert vouched(path)
    same_as_the_exact_checks(path)


GROUP = {
    "_fileno": 0,
    "province": "demo",
    "indicator": "rate",
    "year": 2020,
    "date": "2020-06",
    "_flagged": 0,
    "_counted": 0,
    "_min": 10.0,
    "_max": 20.0,
    "target": None,
    "out_of": None,
}


@pytest.mark.parametrize(
    "change",
    [
        {"_flagged": 1},
        {"province": None},
        {"province": "nowhere"},
        {"indicator": None},
        {"indicator": "nope"},
        {"year": 1999},
        {"date": "2020-13"},
        {"_min": -1.0},
        {"_max": 101.0},
        {"indicator": "count", "_counted": 2},
        {"indicator": "done", "_min": 1.0, "_max": 1.0},
        {"out_of": 63},  # a rank's out_of on a percent indicator
    ],
    ids=str,
)
def test_each_group_test_of_the_rules_doubts_its_groups(change: dict[str, object]) -> None:
    groups = pl.DataFrame([GROUP, {**GROUP, **change}])
    doubtful = screen.doubtful_groups(groups, INDICATORS, PROVINCES)
    assert doubtful.select(list(GROUP)).rows(named=True) == [{**GROUP, **change}]


@settings(BOUNDED, max_examples=max(1, EXAMPLES // 2))
@given(
    dtype=st.sampled_from([pl.Int64, pl.Int8, pl.Float64, pl.Float32, pl.String]),
    out_of=st.lists(
        st.sampled_from([None, 1, 34, 63, 0, -5, 63.5, 1e12, float("nan")]), min_size=1, max_size=4
    ),
    periods=st.lists(st.sampled_from(CELLS["period"]), min_size=4, max_size=4),
    definition=st.sampled_from(CELLS["definition"]),
)
def test_the_screen_changes_nothing_in_parquet_ranks_and_periods(
    tmp_path: Path,
    dtype: pl.DataType,
    out_of: list[object],
    periods: list[str],
    definition: str,
) -> None:
    n = len(out_of)
    if dtype.is_integer():
        cells: list[object] = [v if isinstance(v, int) and abs(v) < 100 else None for v in out_of]
    elif dtype == pl.String:
        cells = [None if v is None else str(v) for v in out_of]
    else:
        cells = [None if v is None else float(v) for v in out_of]  # type: ignore[arg-type]
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "province": ["demo"] * n,
            "indicator": ["rank"] * n,
            "year": pl.Series([2020] * n, dtype=pl.Int64),
            "value": [1.0 + i for i in range(n)],
            "date": [f"2020-{m:02d}" for m in range(1, n + 1)],
            "out_of": pl.Series(cells, dtype=dtype),
            "period": [p or None for p in periods[:n]],
            "definition": [definition or None] * n,
        }
    ).write_parquet(path)
    same_as_the_exact_checks(path)


@settings(BOUNDED, max_examples=max(1, EXAMPLES // 4))
@given(texts=st.lists(csv_files(), min_size=1, max_size=3))
@example(
    texts=[
        "province,indicator,year,value,area,source\ndemo,rate,2020,5,a,s\ndemo,rate,2020,6,b,t\n",
        "province,indicator,year,value,breakdown,note_vi\ndemo,rate,2020,5,women,ghi chú\n",
    ]
)
def test_the_grouped_pass_gives_the_same_groups_when_it_leaves_out_what_rows_share(
    tmp_path: Path, texts: list[str]
) -> None:
    """What no file has, and the file number of the rows of one file, are added to the groups
    after the pass instead of being grouped on and aggregated: the groups are the same."""
    ctx = _Context(INDICATORS, PROVINCES, TARGETS)
    files = []
    for i, text in enumerate(texts):
        path = tmp_path / f"f{i}.csv"
        path.write_text(text, encoding="utf-8")
        files.append(_open_file(path, path.name, ctx, "point", screened=True))
    details = pl.concat([f.details(i, flag=True) for i, f in enumerate(files)])
    present = {c for f in files for c in f.table.columns}
    fileno = 0 if len(files) == 1 else None
    keys = ["_fileno", "province", "indicator", "target", "out_of", "year", "date"]
    keys += ["_area", "_breakdown"]
    for optional in (True, False):
        full = screen.grouped(details, optional).collect().sort(keys, nulls_last=True)
        lean = screen.grouped(details, optional, (), present, fileno).collect()
        assert_frame_equal(lean.sort(keys, nulls_last=True), full)
