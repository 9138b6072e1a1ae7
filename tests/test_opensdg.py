"""Open SDG in and out (issue 19): the vendored extract of Statistics Canada's real
indicator_17-6-1.csv imports with its map, and `check` on it gives the values computed by hand in
../shared/cases/realdata-opensdg-canada-17-6-1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dxgap import Workspace, api
from dxgap.engine import Options
from dxgap.errors import InputError
from dxgap.opensdg import import_opensdg, load_map, read_opensdg

HERE = Path(__file__).resolve().parent / "fixtures" / "opensdg"
SOURCE = HERE / "indicator_17-6-1.csv"
MAP = HERE / "map.yaml"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """The case's targets with the extract imported into data/ca-17-6-1.csv."""
    ws = tmp_path / "ws"
    shutil.copytree(HERE / "ws", ws)
    (ws / "data").mkdir()
    import_opensdg(str(SOURCE), str(MAP), str(ws / "data" / "ca-17-6-1.csv"))  # str paths too
    return ws


def test_the_extract_imports_as_the_hand_conversion_did() -> None:
    imported = read_opensdg(SOURCE, load_map(MAP))
    # by hand, from the 55 rows (see fixtures/opensdg/SOURCE.md): 9 national headline rows of
    # each series (2 of the subscriptions empty), 9 of Canada's rural areas, 7 + 7 of Ontario's
    # total and urban centres, 5 of Ontario's rural reserves (3 empty), 7 of Nunavut (not mapped)
    assert len(imported.rows) == 9 + 9 + 9 + 7 + 7 + 2
    assert dict(imported.skipped) == {"empty": 3 + 2, "province": 7}
    assert imported.causes["province"] == {"Nunavut": 7}
    first = imported.rows[0]
    assert {k: first[k] for k in ("province", "indicator", "year", "value", "breakdown")} == {
        "province": "canada",
        "indicator": "household_broadband_50_10_rate",
        "year": "2016",
        "value": "84.3",
        "breakdown": "",
    }
    ontario_total = [
        r for r in imported.rows if r["province"] == "ontario" and r["breakdown"] == ""
    ]
    assert [r["value"] for r in ontario_total] == [
        "87.2",
        "87.7",
        "89.8",
        "92.4",
        "94",
        "96",
        "96.3",
    ]
    rural = {r["breakdown"] for r in imported.rows if r["province"] == "canada"}
    assert rural == {"", "Rural areas"}
    counts = [r for r in imported.rows if r["indicator"] == "fixed_broadband_subscriptions"]
    assert [r["value"] for r in counts][-1] == "12245000"  # as written, never re-formatted


def test_check_on_the_import_gives_the_values_computed_by_hand(workspace: Path) -> None:
    ws = Workspace(workspace)
    (row, _) = sorted(
        api.check(ws, "canada", Options(as_of=2024)).rows, key=lambda r: r.target_year
    )
    # the case, by hand: base 84.3 (2016), latest 96.4 (2024), ≥ 98 by 2026: gap 1.6; progress
    # 12.1/13.7 = 88.32%; pace 12.1/8 = 1.5125 against planned 13.7/10 = 1.37: ratio 1.104;
    # projection 96.4 + 2 × 1.5125 = 99.425; on track
    assert row.target_id == "broadband-98-2026"
    assert row.gap == pytest.approx(1.6)
    assert row.progress_pct == pytest.approx(88.32, abs=0.005)
    assert row.pace_ratio == pytest.approx(1.104, abs=0.0005)
    assert row.projected_value == pytest.approx(99.425)
    assert row.status == "on_track"
    cagr = api.check(ws, "canada", Options(as_of=2024, method="cagr")).rows[0]
    # sdg-build's ratio: ((96.4/84.3)^(1/8) − 1) / ((98/84.3)^(1/10) − 1) = 1.114
    assert cagr.pace_ratio == pytest.approx(1.114, abs=0.0005)
    ontario = api.check(ws, "Ontario", Options(as_of=2024)).rows[0]
    # by hand: base 87.2 (2018), latest 96.3: gap 1.7; progress 9.1/10.8 = 84.26%; pace 9.1/6
    # against planned 10.8/8 = 1.35: ratio 1.1235; projection 96.3 + 2 × 9.1/6 = 99.333
    assert ontario.gap == pytest.approx(1.7)
    assert ontario.progress_pct == pytest.approx(84.26, abs=0.005)
    assert ontario.pace_ratio == pytest.approx(1.1235, abs=0.0001)
    assert ontario.projected_value == pytest.approx(99.333, abs=0.001)


def test_a_folder_of_files_imports_every_csv(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(SOURCE, folder / "indicator_17-6-1.csv")
    assert len(read_opensdg(folder, load_map(MAP)).rows) == 43
    with pytest.raises(InputError) as exc:
        read_opensdg(tmp_path / "empty", load_map(MAP))
    assert exc.value.problems[0].code == "file.not_found"


def test_a_year_or_value_that_is_no_number_is_located(tmp_path: Path) -> None:
    bad = tmp_path / "indicator_x.csv"
    bad.write_text(
        "Year,Geography,Value\n2016,,84.3\n2017-18,,85\n2019,Canada,n/a\n", encoding="utf-8"
    )
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "series: [{indicator: household_broadband_50_10_rate}]\n"
        "province: {column: Geography, values: {'': canada, Canada: canada}}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as exc:
        read_opensdg(bad, load_map(mapping))
    assert [(p.line, p.column, p.code) for p in exc.value.problems] == [
        (3, 1, "opensdg.year"),
        (4, 13, "opensdg.value"),
    ]


def test_rows_disaggregated_by_a_column_the_map_leaves_out_are_skipped(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "series: [{indicator: household_broadband_50_10_rate, units: 'Percentage (%)'}]\n"
        "province: canada\n",
        encoding="utf-8",
    )
    imported = read_opensdg(SOURCE, load_map(mapping))
    # only the national headline: the other percentage rows name a Geography (a column this
    # map does not place); the subscriptions are another unit
    assert [r["year"] for r in imported.rows] == [str(y) for y in range(2016, 2025)]
    assert imported.skipped["disaggregated"] == 5 + 9 + 7 + 7 + 7
    assert imported.skipped["series"] == 11
    lines = [m.render("en") for m in imported.summary("out.csv")]
    assert lines[0] == "wrote 9 rows from 1 file to out.csv"
    assert lines[1] == (
        "skipped 11 rows of series or units the map does not name: "
        "'Number of fixed Internet broadband subscriptions / Number'"
    )


def test_two_rows_for_one_figure_are_refused(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        MAP.read_text("utf-8").replace(
            'breakdown: ["Population centres"]\n', 'ignore: ["Population centres"]\n'
        ),
        "utf-8",
    )
    with pytest.raises(InputError) as exc:
        read_opensdg(SOURCE, load_map(mapping))
    first = exc.value.problems[0]
    assert first.code == "opensdg.duplicate"
    assert (first.line, first.msg.params["other"]) == (16, f"{SOURCE}:2")


def test_a_bad_map_is_located_like_a_target_file(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "series:\n  - indicator: Household-Rate\n    serie: x\nprovince: canada\nbreakdwn: []\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as exc:
        load_map(mapping)
    found = sorted((p.line, p.column, p.code) for p in exc.value.problems)
    assert [(line, code) for line, _, code in found] == [
        (2, "schema.pattern"),
        (3, "schema.unknown_key"),
        (5, "schema.unknown_key"),
    ]
    assert "did you mean 'breakdown'" in str(exc.value.problems[-1].message())


def test_export_writes_open_sdg_files_with_progress_statuses(
    workspace: Path, tmp_path: Path
) -> None:
    import yaml

    from dxgap.opensdg.writer import export_site

    out = tmp_path / "site"
    export_site(Workspace(workspace), ["canada"], Options(as_of=2024), out)
    data = (out / "data" / "indicator_household-broadband-50-10-rate.csv").read_text("utf-8")
    lines = data.splitlines()
    assert lines[0] == "Year,Breakdown,Value"  # one province: its figures are the headline
    assert lines[1:3] == ["2016,,84.3", "2017,,84.1"]
    assert "2024,Rural areas,83" in lines
    counts = (out / "data" / "indicator_fixed-broadband-subscriptions.csv").read_text("utf-8")
    assert counts.splitlines()[1] == "2014,9917750"
    meta = yaml.safe_load(
        (out / "meta" / "indicator_household-broadband-50-10-rate.yml").read_text("utf-8")
    )
    # the current target is broadband-98-2026 (the first deadline from 2024 on): on track, which
    # is Open SDG's substantial progress (sdg-build's threshold 0.95, as dxgap's)
    assert meta["progress_status"] == "substantial_progress"
    assert meta["auto_progress_calculation"] is False
    # the 2030 target, by hand: planned (100 − 84.3)/(2030 − 2016) = 1.121 a year, observed
    # 1.5125: ratio 1.349, on track too
    assert [(t["target_id"], t["status"], t["progress_status"]) for t in meta["dxgap_targets"]] == [
        ("broadband-98-2026", "on_track", "substantial_progress"),
        ("broadband-100-2030", "on_track", "substantial_progress"),
    ]
    assert meta["dxgap_targets"][1]["pace_ratio"] == pytest.approx(1.5125 / (15.7 / 14))


def test_export_then_import_round_trips(workspace: Path, tmp_path: Path) -> None:
    from dxgap.opensdg.writer import export_site

    out = tmp_path / "site"
    export_site(Workspace(workspace), ["canada", "ontario"], Options(as_of=2024), out)
    header = (out / "data" / "indicator_household-broadband-50-10-rate.csv").read_text("utf-8")
    assert header.splitlines()[0] == "Year,Geography,Breakdown,GeoCode,Value"
    again = read_opensdg(out / "data", load_map(out / "dxgap-map.yaml"))
    assert dict(again.skipped) == {}
    original = read_opensdg(SOURCE, load_map(MAP))

    def key(r: dict[str, str]) -> tuple[str, str, int, float, str, str]:
        return (
            r["province"],
            r["indicator"],
            int(r["year"]),
            float(r["value"]),
            r["area"],
            r["breakdown"],
        )

    assert sorted(map(key, again.rows)) == sorted(map(key, original.rows))


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("achieved", "target_achieved"),
        ("on_track", "substantial_progress"),
        ("acceleration_needed", "moderate_progress"),
        ("limited_progress", "limited_progress"),
        ("deterioration", "deterioration"),
        ("overdue", "not_available"),
        ("no_data", "not_available"),
        ("missed", "not_available"),
    ],
)
def test_progress_statuses_are_open_sdgs(status: str, expected: str) -> None:
    from dxgap.opensdg.writer import progress_status

    assert progress_status(status) == expected


def test_the_documented_map_is_valid_and_is_the_tests_map(tmp_path: Path) -> None:
    import re

    page = (Path(__file__).resolve().parents[1] / "docs" / "formats.md").read_text("utf-8")
    section = page.split("### `dxgap import opensdg", 1)[1].split("\n### ", 1)[0]
    (block,) = re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)
    documented = tmp_path / "map.yaml"
    documented.write_text(block, "utf-8")
    mapping = load_map(documented)
    assert mapping.series == load_map(MAP).series
    assert len(read_opensdg(SOURCE, mapping).rows) == 43


def test_a_geocode_written_as_a_number_is_located_at_its_key(tmp_path: Path) -> None:
    mapping = tmp_path / "map.yaml"
    mapping.write_text(
        "series: [{indicator: household_broadband_50_10_rate}]\n"
        "province: {column: GeoCode, values: {35: ontario}}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as exc:
        load_map(mapping)
    (problem,) = exc.value.problems
    assert (problem.line, problem.column, problem.location) == (2, 38, "province.values[35]")
    mapping.write_text(
        "series: [{indicator: x_rate}]\nprovince: {values: {'': canada}}\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as exc:
        load_map(mapping)
    assert [p.code for p in exc.value.problems] == ["opensdg.province_form"]
