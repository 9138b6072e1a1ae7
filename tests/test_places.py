"""The 2025 map: 63 units before, 34 after, GSO codes stored with their scheme, and lineage."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dxgap import places
from dxgap.cli import app

runner = CliRunner()


def test_both_schemes_are_complete() -> None:
    old = [u for u in places.units() if u.scheme == "63"]
    new = [u for u in places.units() if u.scheme == "34"]
    assert len(old) == 63
    assert len(new) == 34
    assert len({u.code for u in old}) == 63
    assert len({u.code for u in new}) == 34


def test_codes_are_ambiguous_across_schemes_so_the_scheme_decides() -> None:
    assert places.by_code("15", "63").short == "Yên Bái"
    assert places.by_code("15", "34").short == "Lào Cai"


def test_every_old_unit_has_exactly_one_successor_and_the_new_units_partition_the_old() -> None:
    old = {u.code for u in places.units() if u.scheme == "63"}
    absorbed = [c for u in places.units() if u.scheme == "34" for c in u.predecessors]
    assert sorted(absorbed) == sorted(old)
    for u in places.units():
        if u.scheme == "63":
            assert places.by_code(u.successor or "", "34") is not None, u
    unchanged = [u for u in places.units() if u.scheme == "34" and len(u.predecessors) == 1]
    assert len(unchanged) == 11  # "11 tỉnh, thành phố không thực hiện sắp xếp"


def test_the_three_focus_provinces() -> None:
    assert places.successor("binh-duong").name == "Thành phố Hồ Chí Minh"
    assert places.successor("binh-phuoc").name == "Tỉnh Đồng Nai"
    assert places.successor("bac-lieu").name == "Tỉnh Cà Mau"
    assert [u.short for u in places.predecessors("ho-chi-minh-city")] == [
        "Bình Dương",
        "Bà Rịa - Vũng Tàu",
        "Hồ Chí Minh",
    ]


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_check_names_the_successor(repo_workspace: Path) -> None:
    _, out, _ = invoke("check", "binh-duong", "-w", repo_workspace)
    assert "merged into Thành phố Hồ Chí Minh (ho-chi-minh-city) on 2025-07-01" in out


def test_list_shows_the_lineage_of_all_three(repo_workspace: Path) -> None:
    _, out, _ = invoke("list", "-f", "json", "-w", repo_workspace)
    rows = {r["province"]: r for r in json.loads(out)}
    assert "Thành phố Hồ Chí Minh (79)" in rows["binh-duong"]["lineage"]
    assert "Bà Rịa - Vũng Tàu" in rows["binh-duong"]["lineage"]
    assert "Tỉnh Đồng Nai (75)" in rows["binh-phuoc"]["lineage"]
    assert "Tỉnh Cà Mau (96)" in rows["bac-lieu"]["lineage"]


def test_successor_with_predecessors(repo_workspace: Path) -> None:
    code, out, _ = invoke(
        "check", "ho-chi-minh-city", "--with-predecessors", "-f", "json", "-w", repo_workspace
    )
    assert code == 0
    rows = json.loads(out)
    assert {r["province"] for r in rows} == {"binh-duong"}  # its own file is not in the workspace
    _, table, _ = invoke(
        "check", "Thành phố Hồ Chí Minh", "--with-predecessors", "-w", repo_workspace
    )
    assert "[Bình Dương]" in table
    assert "with its predecessors: Bình Dương" in table
    code, _, err = invoke("check", "ho-chi-minh-city", "-w", repo_workspace)
    assert code == 1  # without the flag the unit has no targets here
    assert "unknown province" in err


def test_validate_knows_the_units(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "invalid"
    (tmp_path / "indicators.yaml").write_text(
        (fixtures / "indicators.yaml").read_text("utf-8"), "utf-8"
    )
    path = tmp_path / "x.yaml"
    path.write_text(
        'province: {id: x, name: "X", name_en: "X", merged_into: ho-chi-min-city, merged_on: 2025-07-01}\n',
        encoding="utf-8",
    )
    code, out, _ = invoke("validate", path, "-w", tmp_path)
    assert code == 1
    assert "x.yaml:1:57: province.merged_into: merged_into 'ho-chi-min-city' is not a known" in out
    assert "did you mean 'ho-chi-minh-city'" in out


def test_figures_dated_after_a_merger_are_a_warning(repo_workspace: Path, tmp_path: Path) -> None:
    import shutil

    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    (ws / "data").mkdir()
    (ws / "data" / "x.csv").write_text(
        "province,indicator,year,value,date\n"
        "binh-duong,household_fibre_rate,2025,90,2025-09-30\n"  # after 2025-07-01
        "binh-duong,household_fibre_rate,2024,86.3,2024-03-20\n"
        "binh-duong,adult_smartphone_rate,2026,93,\n",  # undated, a later year
        encoding="utf-8",
    )
    code, out, _ = invoke("validate", "-w", ws)
    assert code == 0  # reports can be late: a warning, not an error
    lines = [line for line in out.splitlines() if line.startswith("data/")]
    assert len(lines) == 2
    assert lines[0].startswith(
        "data/x.csv:2:1: row: warning: binh-duong was merged into ho-chi-minh-city on 2025-07-01, "
        "but this figure is dated 2025-09-30"
    )
    assert lines[1].startswith("data/x.csv:4:1: row: warning:")
    code, out, _ = invoke("validate", "--strict", "-w", ws)
    assert code == 1
    _, out, _ = invoke("validate", "--lang", "vi", "-w", ws)
    assert "cảnh báo: binh-duong đã sáp nhập vào ho-chi-minh-city" in out
