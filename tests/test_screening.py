"""The screen against the exact checks: it may doubt a good file, never pass a bad one, and a
file it passes is typed exactly as the exact checks type it. Also: the one grouped pass gives
the same province totals as totalling the rows, and finds repeated area rows.
"""

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

from dxgap.data import check as measurements
from dxgap.data import screen as screening
from dxgap.errors import InputError
from dxgap.targets.models import Indicator, Names, Pillar, Unit
from dxgap.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]

BOUNDED = settings(
    max_examples=int(os.environ.get("DXGAP_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def _indicator(id: str, unit: Unit, **bounds: float) -> Indicator:
    return Indicator(
        id=id, name=Names(vi=id, en=id), unit=unit, pillar=Pillar.digital_government, **bounds
    )


INDICATORS = {
    i.id: i
    for i in [
        _indicator("rate", Unit.PERCENT),
        _indicator("count", Unit.COUNT),
        _indicator("done", Unit.BOOLEAN),
        _indicator("score", Unit.INDEX, min=0, max=1),
    ]
}
PROVINCES = {"demo", "other"}
COLUMNS = measurements.COLUMNS

NFD = unicodedata.normalize("NFD", "Bình Dương")
CELLS = {
    "province": ["demo", "other", " demo", "demo\u00a0", "", "Demo", "nowhere"],
    "indicator": ["rate", "count", "done", "score", "nope", " rate", ""],
    "year": ["2020", "2021", " 2021", "2020.0", "1999", "2101", "+2020", "02020", "x", "", "٢٠٢٠"],
    "date": ["", "2020", "2020-06", "2020-13", "2020-6", " 2020", "2021-02-30", "٢٠٢٠"],
    "area": ["", "a", "b", " a", NFD, "Bình Dương", "\u2003"],
    "breakdown": ["", "women", "men "],
    "source": ["", "report", NFD, " x"],
    "note": ["", "n", "Ghi chú"],
}
NUMBER_CELLS = [
    *("", "0", "1", "0.5", "50", "76.0", "100", "101", "-1", "1e2", "1E-1", ".5", "5.", "+3"),
    *("1,5", "1.586", "1,586", "50%", " 50", "nan", "inf", "-inf", "1e400", "0x10", "١٢"),
    *("true", "yes", "có", "0.0", "1.0", "3/4", "1_000", "abc"),
]


CLEAN = {
    "province": ["demo", "other"],
    "year": ["2020", "2021"],
    "date": ["", "2020", "2020-06"],
    "area": ["", "a", "Bình Dương"],
    "breakdown": ["", "women"],
    "source": ["", "report", "Bình Dương"],
    "note": ["", "n"],
}


@st.composite
def clean_row(draw: st.DrawFn, columns: list[str]) -> list[str]:
    """A row the exact checks accept (duplicates aside): known names, values in bounds, counts
    paired and only for the percent indicator."""
    counted = "value" not in columns or ("numerator" in columns and draw(st.booleans()))
    indicator = "rate" if counted else draw(st.sampled_from(["rate", "count", "score"]))
    cell = {
        "indicator": indicator,
        "value": ""
        if counted
        else draw(st.sampled_from(["0", "0.5", "1", ".5", "+1", "1.", "1e-1"])),
        "numerator": draw(st.sampled_from(["0", "1", "3"])) if counted else "",
        "denominator": draw(st.sampled_from(["4", "10"])) if counted else "",
    }
    return [cell[c] if c in cell else draw(st.sampled_from(CLEAN[c])) for c in columns]


def row_strategy(columns: list[str]) -> st.SearchStrategy[list[str]]:
    """Rows mostly clean (so the screen passes often enough to be compared), some of any
    cells."""
    anything = st.tuples(*[st.sampled_from(CELLS.get(c, NUMBER_CELLS)) for c in columns])
    return st.one_of(clean_row(columns), clean_row(columns), anything.map(list))


@st.composite
def csv_files(draw: st.DrawFn) -> str:
    optional = draw(st.lists(st.sampled_from(COLUMNS[3:]), unique=True, max_size=8))
    columns = [*COLUMNS[:3], *optional]
    if "value" not in columns and not {"numerator", "denominator"} <= set(columns):
        columns.append("value")
    rows = draw(st.lists(row_strategy(columns), min_size=1, max_size=6))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def _typed_both(path: Path) -> tuple[pl.DataFrame | None, pl.DataFrame | None]:
    """(rows as the exact checks type them or None if they refuse the file, rows as the
    screen types them or None if it doubts the file)."""
    exact = measurements._open_file(path, "f.csv", INDICATORS, PROVINCES, "point")
    try:
        (failing,) = measurements._collect([exact], [exact.failing_rows()])
        exact_rows = None if failing.height else exact.details(0).collect()
    except InputError:
        exact_rows = None
    screened = measurements._open_file(path, "f.csv", INDICATORS, PROVINCES, "point", True)
    assert not screened.exact, "a point-style CSV file is always screened"
    try:
        groups = screening.grouped(screened.details(0, flag=True)).collect()
    except pl.exceptions.PolarsError:
        return exact_rows, None  # a parse error: the exact checks locate it
    doubtful = screening.doubtful_groups(groups, INDICATORS, PROVINCES)
    return exact_rows, None if doubtful.height else screened.details(0).collect()


@BOUNDED
@given(text=csv_files())
@example(text="province,indicator,year,value\ndemo,rate,2020,1.0\n")
@example(text="province,indicator,year,value\ndemo,done,2020,1.0\n")
@example(text="province,indicator,year,value,area\ndemo,rate,2020,5, a\n")
@example(text=f"province,indicator,year,value,source\ndemo,rate,2020,5,{NFD}\n")
@example(text="province,indicator,year,value,numerator,denominator\ndemo,rate,2020,50,1,2\n")
def test_a_file_the_screen_passes_is_read_as_the_exact_checks_read_it(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_text(text, encoding="utf-8")
    exact, screened = _typed_both(path)
    if os.environ.get("DXGAP_SCREEN_STATS"):
        print("screen", "passed" if screened is not None else "doubted", "exact", exact is not None)
    if screened is not None:
        assert exact is not None, "the screen passed a file the exact checks refuse"
        assert_frame_equal(screened.sort("_row"), exact.sort("_row"))


@BOUNDED
@given(
    years=st.lists(st.sampled_from([2020, 2021, 1999, 2101, None]), min_size=1, max_size=8),
    values=st.lists(
        st.sampled_from([0.0, 0.5, 50.0, 100.0, 101.0, -1.0, float("nan"), float("inf"), None]),
        min_size=8,
        max_size=8,
    ),
    indicator=st.sampled_from(list(INDICATORS)),
)
def test_a_parquet_file_the_screen_passes_is_read_as_the_exact_checks_read_it(
    tmp_path: Path, years: list[int | None], values: list[float | None], indicator: str
) -> None:
    n = len(years)
    path = tmp_path / "f.parquet"
    pl.DataFrame(
        {
            "province": ["demo"] * n,
            "indicator": [indicator] * n,
            "year": pl.Series(years, dtype=pl.Int64),
            "value": pl.Series(values[:n], dtype=pl.Float64),
            "date": [f"2020-{m:02d}" for m in range(1, n + 1)],
        }
    ).write_parquet(path)
    exact, screened = _typed_both(path)
    if screened is not None:
        assert exact is not None, "the screen passed a file the exact checks refuse"
        assert_frame_equal(screened.sort("_row"), exact.sort("_row"))


def test_the_screen_vouches_for_clean_files(tmp_path: Path) -> None:
    """Clean machine exports, Vietnamese text included, take the fast path (else the screen
    would be a slow no-op)."""
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
    exact, screened = _typed_both(path)
    assert exact is not None
    assert screened is not None
    assert_frame_equal(screened.sort("_row"), exact.sort("_row"))


def _totals_from_rows(ws: Workspace) -> pl.DataFrame:
    """The province totals computed the plain way, row by row (the reference for the grouped
    pass): given totals, plus weighted rates of area counts where no total was given."""
    rows = ws.details()
    given = rows.filter(pl.col("area").is_null(), pl.col("breakdown").is_null())
    key = ["province", "indicator", "year", "date"]
    areas = rows.filter(pl.col("area").is_not_null(), pl.col("breakdown").is_null())
    weighted = (
        areas.group_by(key)
        .agg(pl.col("numerator").sum(), pl.col("denominator").sum(), pl.len().alias("n"))
        .join(given.select(key), on=key, how="anti", nulls_equal=True)
        .select(
            *key,
            value=100.0 * pl.col("numerator") / pl.col("denominator"),
            source=pl.lit(None, pl.String),
            note=pl.format(
                "weighted rate of {} areas: sum of numerators / sum of denominators", "n"
            ),
        )
    )
    columns = ["province", "indicator", "year", "value", "date", "source", "note"]
    return pl.concat([given.select(columns), weighted.select(columns)])


def _same_totals(a: pl.DataFrame, b: pl.DataFrame) -> None:
    key = ["province", "indicator", "year", "date"]
    assert_frame_equal(a.sort(key, nulls_last=False), b.sort(key, nulls_last=False))


def test_bundled_totals_equal_the_totals_of_the_rows() -> None:
    ws = Workspace(ROOT)
    _same_totals(ws.checked().totals, _totals_from_rows(ws))


def _area_workspace(tmp_path: Path, body: str) -> Workspace:
    originals = (ROOT / "targets").glob("*.yaml")
    (tmp_path / "targets").mkdir()
    for f in originals:
        (tmp_path / "targets" / f.name).write_bytes(f.read_bytes())
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "areas.csv").write_text(
        "province,indicator,year,date,area,numerator,denominator\n" + body, encoding="utf-8"
    )
    return Workspace(tmp_path)


def test_area_counts_total_as_a_weighted_rate(tmp_path: Path) -> None:
    ws = _area_workspace(
        tmp_path,
        "binh-duong,online_dossier_rate,2024,2024-06,Thủ Dầu Một,30,40\n"
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,10,60\n"
        "binh-duong,online_dossier_rate,2024,2024-12,Thủ Dầu Một,35,40\n",
    )
    totals = ws.checked().totals.filter(pl.col("indicator") == "online_dossier_rate")
    june = totals.filter(pl.col("date") == "2024-06")
    assert june["value"].to_list() == [pytest.approx(100 * 40 / 100)]
    assert june["note"].to_list() == [
        "weighted rate of 2 areas: sum of numerators / sum of denominators"
    ]
    _same_totals(ws.checked().totals, _totals_from_rows(ws))


def test_a_repeated_area_row_is_located(tmp_path: Path) -> None:
    ws = _area_workspace(
        tmp_path,
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,online_dossier_rate,2024,2024-06,Thủ Dầu Một,10,60\n"
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,31,40\n",
    )
    with pytest.raises(InputError) as info:
        ws.checked()
    (problem,) = info.value.problems
    assert (problem.path, problem.line) == ("data/areas.csv", 4)
    assert "duplicate row" in problem.message()
    assert "line 2" in problem.message()


def test_a_dated_area_row_repeated_under_another_year_is_located(tmp_path: Path) -> None:
    """A date names its time whatever the year column says, so these two rows collide."""
    ws = _area_workspace(
        tmp_path,
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,online_dossier_rate,2025,2024-06,Dĩ An,31,40\n",
    )
    with pytest.raises(InputError) as info:
        ws.checked()
    (problem,) = info.value.problems
    assert problem.line == 3
    assert "duplicate row" in problem.message()


def test_the_same_area_at_other_dates_is_no_repeat(tmp_path: Path) -> None:
    ws = _area_workspace(
        tmp_path,
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-duong,online_dossier_rate,2024,2024-12,Dĩ An,31,40\n"
        "binh-duong,online_dossier_rate,2025,2025-06,Dĩ An,32,40\n",
    )
    assert ws.checked().totals.filter(pl.col("indicator") == "online_dossier_rate").height == 3


def test_provinces_are_batched_within_the_key_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(measurements, "KEY_BUDGET", 10)
    counts = pl.DataFrame({"province": ["c", "a", "b", "d"], "_rows": [4, 6, 4, 30]})
    assert measurements._province_batches(counts) == [["a", "b"], ["c"], ["d"]]


@pytest.mark.parametrize("repeat", [False, True])
def test_the_repeat_check_in_batches_of_provinces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, repeat: bool
) -> None:
    """Beyond `KEY_BUDGET` rows, repeats are looked for one batch of provinces at a time."""
    monkeypatch.setattr(measurements, "KEY_BUDGET", 2)
    last = "Dĩ An" if repeat else "Bến Cát"
    ws = _area_workspace(
        tmp_path,
        "binh-duong,online_dossier_rate,2024,2024-06,Dĩ An,30,40\n"
        "binh-phuoc,online_dossier_rate,2024,2024-06,Dĩ An,30,40\n"  # same name, other province
        "bac-lieu,online_dossier_rate,2024,2024-06,Giá Rai,30,40\n"
        f"binh-duong,online_dossier_rate,2024,2024-06,{last},31,40\n",
    )
    if not repeat:
        assert ws.checked().totals.filter(pl.col("indicator") == "online_dossier_rate").height == 3
        return
    with pytest.raises(InputError) as info:
        ws.checked()
    (problem,) = info.value.problems
    assert problem.line == 5
