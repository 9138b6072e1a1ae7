"""Measured data as it reaches analysts: Vietnamese number style, spreadsheets, UTF-16, communes.

The commune rows here are synthetic (generated below, labelled so); the Vietnamese-style and xlsx
files are the bundled data/binh-duong.csv rewritten by code, so every figure is a real one.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polars as pl
import pytest
import xlsxwriter
from tests.conftest import Cli
from typer.testing import CliRunner

from dxgap.cli import app

runner = CliRunner()


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def workspace(repo: Path, tmp_path: Path) -> Path:
    ws = tmp_path / "ws"
    shutil.copytree(repo / "targets", ws / "targets")
    (ws / "data").mkdir()
    return ws


def vietnamese(value: float, percent: bool) -> str:
    """86.3 → '86,3'; 1586 → '1.586'; 1586.5 → '1.586,5'; percentages get a '%' sign."""
    whole, _, frac = f"{value:.10g}".partition(".")
    groups = f"{int(whole):,}".replace(",", ".")
    text = groups + ("," + frac if frac else "")
    return text + (" %" if percent else "")


def bundled(repo: Path) -> pl.DataFrame:
    return pl.read_csv(repo / "data" / "binh-duong.csv", infer_schema=False)


def percent_indicators(repo: Path) -> set[str]:
    import yaml

    catalogue = yaml.safe_load((repo / "targets" / "indicators.yaml").read_text(encoding="utf-8"))
    return {i["id"] for i in catalogue["indicators"] if i["unit"] == "percent"}


def check_json(ws: Path) -> list[dict[str, object]]:
    code, out, err = invoke("check", "binh-duong", "--as-of", "2024", "-f", "json", "-w", ws)
    assert code == 0, err
    return json.loads(out)


def test_vietnamese_style_csv_and_xlsx_match_the_plain_csv(
    repo_workspace: Path, tmp_path: Path
) -> None:
    plain = workspace(repo_workspace, tmp_path / "plain")
    shutil.copy(repo_workspace / "data" / "binh-duong.csv", plain / "data")
    expected = check_json(plain)
    assert any(r["latest_value"] == 11.34 for r in expected)  # a decimal figure is in play

    rates = percent_indicators(repo_workspace)
    df = bundled(repo_workspace).with_columns(
        pl.struct("indicator", "value")
        .map_elements(
            lambda r: (
                r["value"]  # true/false is written alike in both styles
                if r["value"] in ("true", "false")
                else vietnamese(float(r["value"]), r["indicator"] in rates)
            ),
            return_dtype=pl.String,
        )
        .alias("value")
    )
    assert "86,3 %" in df["value"].to_list()
    assert "1.586" in df["value"].to_list()

    vn = workspace(repo_workspace, tmp_path / "vn")
    df.write_csv(vn / "data" / "binh-duong.csv")
    (vn / "data" / "binh-duong.csv.yaml").write_text("decimal: comma\n", encoding="utf-8")
    assert check_json(vn) == expected

    xl = workspace(repo_workspace, tmp_path / "xlsx")
    with xlsxwriter.Workbook(str(xl / "data" / "binh-duong.xlsx")) as wb:
        sheet = wb.add_worksheet("Số liệu")
        for c, name in enumerate(df.columns):
            sheet.write_string(0, c, name)
        for r, row in enumerate(df.iter_rows(), start=1):
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                if df.columns[c] == "year":
                    sheet.write_number(r, c, int(cell))  # a number cell, as Excel stores it
                else:
                    sheet.write_string(r, c, cell)  # typed text, Vietnamese style
    (xl / "data" / "binh-duong.xlsx.yaml").write_text(
        'decimal: comma\nsheet: "Số liệu"\n', encoding="utf-8"
    )
    assert check_json(xl) == expected

    # the same file without its sidecar is refused with a precise hint, not misread
    (vn / "data" / "binh-duong.csv.yaml").unlink()
    code, out, _ = invoke("validate", vn / "data", "-w", vn)
    assert code == 1
    assert "declare decimal: comma" in out


def test_decimal_option_applies_to_files_without_a_sidecar(
    repo_workspace: Path, tmp_path: Path
) -> None:
    ws = workspace(repo_workspace, tmp_path)
    (ws / "data" / "bd.csv").write_text(
        'province,indicator,year,value,date\nbinh-duong,household_fibre_rate,2024,"86,3%",2024-03-20\n',
        encoding="utf-8",
    )
    code, out, _ = invoke(
        "check", "binh-duong", "--decimal", "comma", "--as-of", "2024", "-f", "json", "-w", ws
    )
    assert code == 0
    assert (
        next(r for r in json.loads(out) if r["target_id"] == "household-fibre-2025")["latest_value"]
        == 86.3
    )
    code, _, err = invoke("check", "binh-duong", "-w", ws)
    assert code == 1
    assert err.strip() == (
        "data/bd.csv:2:38: value: '86,3%' is not a number; if the file writes Vietnamese style "
        "(86,3 and 1.586), declare decimal: comma (see docs/formats.md)"
    )


def test_ambiguous_cells_are_reported_not_guessed(repo_workspace: Path, tmp_path: Path) -> None:
    ws = workspace(repo_workspace, tmp_path)
    (ws / "data" / "bd.csv").write_text(
        'province,indicator,year,value\nbinh-duong,procedures_online_count,2024,"1,586"\n',
        encoding="utf-8",
    )
    (ws / "data" / "bd.csv.yaml").write_text("decimal: comma\n", encoding="utf-8")
    code, out, _ = invoke("validate", "-w", ws)
    assert code == 1
    assert "data/bd.csv:2:41: value: '1,586' is ambiguous" in out


def test_utf16_csv_with_bom_is_read(repo_workspace: Path, tmp_path: Path) -> None:
    ws = workspace(repo_workspace, tmp_path)
    text = "province\tindicator\tyear\tvalue\r\nbinh-duong\thousehold_fibre_rate\t2024\t86.3\r\n"
    (ws / "data" / "bd.csv").write_bytes(text.encode("utf-16"))  # Excel's "Unicode text"
    rows = check_json(ws)
    assert next(r for r in rows if r["target_id"] == "household-fibre-2025")["latest_value"] == 86.3


def communes(tmp: Path) -> tuple[Path, float]:
    """SYNTHETIC commune-level dossier counts for Bình Phước (generated for this test only)."""
    rows = [
        # area, year, numerator (dossiers processed fully online), denominator (all dossiers)
        ("Xã A (synthetic)", 2023, 300, 1000),
        ("Xã B (synthetic)", 2023, 50, 500),
        ("Xã A (synthetic)", 2024, 700, 1000),
        ("Xã B (synthetic)", 2024, 100, 500),
        ("Xã C (synthetic)", 2024, 90, 100),
    ]
    lines = ["province,indicator,year,area,numerator,denominator,source"]
    lines += [
        f"binh-phuoc,full_process_online_dossier_rate,{y},{a},{n},{d},synthetic"
        for a, y, n, d in rows
    ]
    path = tmp / "data" / "communes.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    weighted_2024 = 100 * (700 + 100 + 90) / (1000 + 500 + 100)  # 55.625, not mean(70, 20, 90) = 60
    return path, weighted_2024


def test_commune_counts_give_the_weighted_province_rate(
    repo_workspace: Path, tmp_path: Path
) -> None:
    ws = workspace(repo_workspace, tmp_path)
    _, weighted = communes(ws)
    code, out, _ = invoke("check", "binh-phuoc", "--as-of", "2024", "-f", "json", "-w", ws)
    assert code == 0
    row = next(r for r in json.loads(out) if r["target_id"] == "online-dossiers-90-2030")
    assert row["latest_value"] == pytest.approx(weighted)
    assert row["latest_value"] == pytest.approx(55.625)
    assert row["observed_pace"] == pytest.approx(55.625 - 100 * 350 / 1500)


def test_check_by_area_lists_communes_behind_first(repo_workspace: Path, tmp_path: Path) -> None:
    ws = workspace(repo_workspace, tmp_path)
    communes(ws)
    code, out, _ = invoke(
        "check", "binh-phuoc", "--by", "area", "--as-of", "2024", "-f", "json", "-w", ws
    )
    assert code == 0
    rows = [r for r in json.loads(out) if r["target_id"] == "online-dossiers-90-2030"]
    assert [(r["area"], r["latest_value"]) for r in rows] == [
        ("Xã B (synthetic)", 20.0),
        ("Xã A (synthetic)", 70.0),
        ("Xã C (synthetic)", 90.0),
    ]
    assert rows[0]["gap"] == pytest.approx(70.0)
    code, table, _ = invoke("check", "binh-phuoc", "--by", "area", "--as-of", "2024", "-w", ws)
    assert code == 0
    assert table.index("Xã B") < table.index("Xã A")


def test_value_and_counts_must_agree(repo_workspace: Path, tmp_path: Path) -> None:
    ws = workspace(repo_workspace, tmp_path)
    (ws / "data" / "bd.csv").write_text(
        "province,indicator,year,value,numerator,denominator\n"
        "binh-duong,procedures_online_rate,2024,84.05,1586,1887\n"  # 84.049…: agrees
        "binh-duong,procedures_online_rate,2023,80,1586,1887\n",  # disagrees
        encoding="utf-8",
    )
    code, out, _ = invoke("validate", "-w", ws)
    assert code == 1
    assert out.strip().splitlines()[:-1] == [
        "data/bd.csv:3:40: value: 80 disagrees with numerator/denominator: 1586/1887 = 84.05%"
    ]


def test_area_rows_without_counts_cannot_hide_in_a_total(
    repo_workspace: Path, tmp_path: Path
) -> None:
    ws = workspace(repo_workspace, tmp_path)
    (ws / "data" / "c.csv").write_text(
        "province,indicator,year,area,value,numerator,denominator\n"
        "binh-phuoc,online_dossier_rate,2024,A,,70,100\n"
        "binh-phuoc,online_dossier_rate,2024,B,20,,\n",
        encoding="utf-8",
    )
    code, out, _ = invoke("validate", "-w", ws)
    assert code == 1
    assert "data/c.csv:3:1: row: this area row has a value but no numerator/denominator" in out


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("garbage.csv", bytes(range(256)) * 4, "binary data (NUL bytes)"),
        ("long-line.csv", b"province," + b"x" * 10_000_000, "the first line is longer than"),
        (
            "long-cell.csv",
            b"province,indicator,year,value\nbinh-duong,household_fibre_rate,2024,"
            + b"9" * 10_000_000
            + b"x\n",
            "is not a number",
        ),
        (
            "formula.csv",
            b"province,indicator,year,value\n=cmd|' /C calc'!A0,household_fibre_rate,2024,1\n",
            "unknown province '=cmd|' /C calc'!A0'",
        ),
        ("not-a-workbook.xlsx", b"PK\x03\x04 this is not a zip", "not a readable .xlsx workbook"),
    ],
)
def test_hostile_data_files_give_one_short_error(
    repo_workspace: Path, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    ws = workspace(repo_workspace, tmp_path)
    (ws / "data" / name).write_bytes(content)
    code, out, _err = invoke("validate", "-w", ws)
    assert code == 1
    lines = [line for line in out.splitlines() if line.startswith("data/")]
    assert len(lines) == 1, out
    assert expected in lines[0]
    assert len(lines[0]) < 400  # a 10 MB cell is quoted, not echoed


def test_a_file_polars_cannot_parse_does_not_hide_the_other_files_problems(
    repo_workspace: Path, tmp_path: Path
) -> None:
    ws = workspace(repo_workspace, tmp_path)
    (ws / "data" / "a-ragged.csv").write_text(
        "province,indicator,year,value\nbinh-duong,household_fibre_rate,2024,1,extra\n", "utf-8"
    )
    (ws / "data" / "b-bad.csv").write_text(
        "province,indicator,year,value\nbinh-duong,household_fibre_rate,2024,abc\n", "utf-8"
    )
    code, out, _ = invoke("validate", "-w", ws)
    assert code == 1
    assert "data/a-ragged.csv:2:1: row has 5 fields, the header has 4" in out
    assert "data/b-bad.csv:2:38: value: 'abc' is not a number" in out


# --- the cases behind issue 13 ("No silent wrong numbers"), as users hit them ------------------

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "cases"


def case(name: str, tmp_path: Path) -> Path:
    """A copy of the case's workspace (its targets/ and data/), to mend or extend."""
    ws = tmp_path / name
    shutil.copytree(CASES / name, ws)
    return ws


def test_excel_percentage_cells_are_the_percentages_shown(cli: Cli, tmp_path: Path) -> None:
    """Excel shows 20% and 50% and stores 0.2 and 0.5: latest 50, not 0.5."""
    ws = CASES / "xlsx-percent-format"
    code, out, err = cli("check", "test-province", "--as-of", "2024", "-f", "json", "-w", ws)
    assert code == 0, err
    (row,) = json.loads(out)
    assert (row["latest_year"], row["latest_value"], row["gap"]) == (2023, 50.0, 30.0)
    assert row["progress_pct"] == pytest.approx(50.0)
    assert row["pace_ratio"] == pytest.approx(1.0)
    assert row["status"] == "on_track"
    code, out, _ = cli("validate", "-w", ws)
    assert code == 0, out


def test_excel_percentage_cells_of_a_count_are_refused_at_the_cell(
    cli: Cli, tmp_path: Path
) -> None:
    import openpyxl

    ws = case("xlsx-percent-format", tmp_path)
    path = ws / "data" / "report.xlsx"
    workbook = openpyxl.load_workbook(path)
    workbook.active["B3"] = "digital_enterprises_count"
    workbook.save(path)
    code, out, _ = cli("validate", "-w", ws)
    assert code == 1
    assert out.splitlines()[0].startswith(
        "data/report.xlsx:'Số liệu'!D3: value: '50%' is a percentage-formatted cell"
    )
    _, out, _ = cli("validate", "-w", ws, "--lang", "vi")
    assert "data/report.xlsx:'Số liệu'!D3: value: '50%' là ô định dạng phần trăm" in out


def test_a_stray_quote_in_a_note_is_located_at_its_opening_quote(cli: Cli, tmp_path: Path) -> None:
    """Polars reads the file as 2 rows (the rows between the quotes joined into one note)."""
    ws = CASES / "csv-stray-quote"
    code, out, _ = cli("validate", "-w", ws)
    assert code == 1
    assert out.splitlines() == [
        "data/report.csv:3:43: note: a quoted cell starts here and runs over lines that look "
        "like data rows: a quote is left open, or a stray one opened the cell; close the quote "
        'where the cell ends, or write a quote inside a quoted cell as two ("")',
        "✗ 1 error, 0 warnings in 3 files",
    ]
    code, _, err = cli("check", "test-province", "-w", ws)
    assert code == 1
    assert err.startswith("data/report.csv:3:43: note: ")
    # mended as its message says, the file gives its 4 observations, the latest 65 (2024)
    mended = case("csv-stray-quote", tmp_path)
    report = mended / "data" / "report.csv"
    report.write_text(
        report.read_text("utf-8").replace("12/BC-STTTT\n", '12/BC-STTTT"\n').replace('24"', "24"),
        "utf-8",
    )
    code, out, err = cli(
        "export", "test-province", "-t", "observations", "-f", "json", "-w", mended
    )
    assert code == 0, err
    rows = json.loads(out)
    assert [(r["year"], r["value"]) for r in rows] == [
        (2020, 10.0),
        (2022, 35.0),
        (2023, 50.0),
        (2024, 65.0),
    ]


def test_a_semicolon_csv_as_excel_writes_it_is_read(cli: Cli, tmp_path: Path) -> None:
    """';' between cells and ',' as the decimal mark, a BOM and CRLF: Excel under comma-decimal
    regional settings. No sidecar is needed; the values read are the values written."""
    ws = CASES / "csv-semicolon-excel-locale"
    code, out, err = cli("validate", "-w", ws)
    assert code == 0, out + err
    code, out, err = cli("export", "test-province", "-t", "observations", "-f", "json", "-w", ws)
    assert code == 0, err
    assert [(r["year"], r["value"]) for r in json.loads(out)] == [(2021, 20.5), (2023, 50.0)]
    # a cell the two styles read differently is refused, and the sidecar settles it
    mine = case("csv-semicolon-excel-locale", tmp_path)
    report = mine / "data" / "report.csv"
    report.write_text(report.read_text("utf-8-sig").replace("20,5", "20.500"), "utf-8")
    code, out, _ = cli("validate", "-w", mine)
    assert code == 1
    assert out.startswith("data/report.csv:2:40: value: '20.500' is one number in Vietnamese")
    (mine / "data" / "report.csv.yaml").write_text('separator: ";"\ndecimal: point\n', "utf-8")
    code, out, err = cli("export", "test-province", "-t", "observations", "-f", "json", "-w", mine)
    assert code == 0, err
    assert [r["value"] for r in json.loads(out)] == [20.5, 50.0]
