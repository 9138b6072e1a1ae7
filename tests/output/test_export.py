"""Machine and spreadsheet formats: CSV (plain and for Excel), JSON, NDJSON, Markdown."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from dxgap.errors import OutputError
from dxgap.output import export
from dxgap.output.sheets import Sheet, machine_sheet


def test_excel_compatible_csv_has_bom_and_defuses_formulas() -> None:
    df = pl.DataFrame(
        {"note": ["=cmd|' /C calc'!A0", "Bình Dương", "-5 pp", None], "v": [1.0, -2.0, 3.0, None]}
    )
    text = export.to_csv(df, excel_compatible=True)
    assert text.startswith("\ufeffnote,v\n")
    lines = text[1:].splitlines()
    assert lines[1] == "'=cmd|' /C calc'!A0,1.0"
    assert lines[2] == "Bình Dương,-2.0"  # numbers stay numbers
    assert lines[3] == "'-5 pp,3.0"
    assert (
        export.to_csv(df).splitlines()[1].startswith("=cmd")
    )  # plain CSV is for machines: verbatim


def test_text_formats_write_a_gap_without_binary_noise() -> None:
    # the national fully-online rate 2024: 45.8 % against 50 %; 50 - 45.8 in floating point is
    # 4.200000000000003, which a user opening the CSV in Excel or reading the JSON should not see
    gap = 50 - 45.8
    assert gap != 4.2
    df = pl.DataFrame(
        {"gap": [gap, 70 - 63.47, 2 / 3, None], "target_year": [2025, 2025, 2030, 2030]}
    )
    assert export.to_csv(df).splitlines()[1:3] == ["4.2,2025", "6.53,2025"]
    rows = json.loads(export.to_json(df))
    assert [r["gap"] for r in rows[:2]] == [4.2, 6.53]
    assert rows[2]["gap"] == pytest.approx(2 / 3, rel=1e-11)  # a computed figure: 12 digits
    assert rows[3]["gap"] is None
    assert json.loads(export.to_ndjson(df).splitlines()[0])["gap"] == 4.2


def test_a_gap_near_100_is_written_without_noise_and_a_figure_as_read_keeps_its_digits() -> None:
    # ../shared/cases/realdata-opensdg-canada-17-6-1: 100 - 98.4 is 1.5999999999999943, which
    # 15 significant digits write 1.59999999999999; a user's own figure keeps all 15 digits
    df = pl.DataFrame(
        {"latest_value": [98.4, 123456789012.345], "gap": [100 - 98.4, 1e-13 + 1 / 3]}
    )
    rows = json.loads(export.to_json(df))
    assert [r["gap"] for r in rows] == [1.6, 0.333333333333]
    assert rows[1]["latest_value"] == 123456789012.345
    assert export.to_csv(df).splitlines()[1] == "98.4,1.6"


def test_markdown_writes_numbers_for_people() -> None:
    df = pl.DataFrame({"target_value": [52000.0, 86.3], "target_year": [2025, 2030]})
    assert export.to_markdown(df, "en").splitlines()[2:] == ["| 52,000 | 2025 |", "| 86.3 | 2030 |"]
    assert export.to_markdown(df, "vi").splitlines()[2:] == ["| 52.000 | 2025 |", "| 86,3 | 2030 |"]


def test_workbook_years_are_not_grouped_and_values_keep_their_decimals(tmp_path: Path) -> None:
    import openpyxl

    df = pl.DataFrame(
        {"target_year": pl.Series([2025], dtype=pl.Int32), "n": [1586], "value": [86.25]}
    )
    export.write_frame(df, tmp_path / "x.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert sheet is not None
    year, n, value = (sheet.cell(2, c) for c in (1, 2, 3))
    assert (year.value, year.number_format) == (2025, "0")
    assert (n.value, n.number_format) == (1586, "#,##0")
    assert (value.value, value.number_format) == (86.25, "#,##0.0##")


def test_a_workbook_keeps_text_as_written(tmp_path: Path) -> None:
    import openpyxl

    df = pl.DataFrame({"note": ["- không có số liệu năm 2024", "=1+1", "@x", "+84"]})
    export.write_frame(df, tmp_path / "x.xlsx", "xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert sheet is not None
    cells = [sheet.cell(r, 1) for r in range(2, 6)]
    assert [c.value for c in cells] == df["note"].to_list()  # no apostrophe added
    assert all(c.data_type == "s" for c in cells)  # text, never a formula


def test_too_many_rows_for_a_worksheet_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", 3)
    out = tmp_path / "x.xlsx"
    with pytest.raises(export.OutputError) as info:
        export.write_frame(pl.DataFrame({"a": [1, 2, 3, 4]}), out, "xlsx")
    assert "4 rows do not fit a worksheet (3 at most)" in str(info.value)
    assert not out.exists()


def test_too_many_rows_are_refused_before_the_sheets_are_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/hostile-o-xlsx-rows: 1,992,000 observations were refused only after the
    # sheets of every row were made (L workload at 0.1x: 24-25 s CPU and 3.2 GB before, 4-6 s
    # CPU and 1.1 GB now, the table's own computing)
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", 3)
    made: list[int] = []

    def sheets(part: pl.DataFrame) -> list[Sheet]:
        made.append(part.height)
        return [machine_sheet(part, "data")]

    out = tmp_path / "x.xlsx"
    with pytest.raises(OutputError) as info:
        export.write_frame(pl.DataFrame({"a": [1, 2, 3, 4]}), out, "xlsx", sheets=sheets)
    assert "4 rows do not fit a worksheet (3 at most)" in str(info.value)
    assert made == []
    assert not out.exists()
    export.write_frame(pl.DataFrame({"a": [1, 2, 3]}), out, "xlsx", sheets=sheets)
    assert made == [3]  # as many rows as a sheet holds are written


def test_split_into_a_file_is_refused(tmp_path: Path) -> None:
    existing = tmp_path / "precious.txt"
    existing.write_text("keep")
    with pytest.raises(export.OutputError) as info:
        list(export.write_split(pl.DataFrame({"province": ["a"]}), ["a"], existing, "csv"))
    assert "is a file" in str(info.value)
    assert existing.read_text() == "keep"


def test_ctrl_c_while_writing_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/hostile-o-sigint: Parquet used to be written by Polars' own thread into
    # the temporary file; now the bytes are made in memory and written in one Python call
    out = tmp_path / "out.parquet"
    out.write_text("precious")

    def interrupted(self: Path, data: bytes) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(Path, "write_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.write_frame(pl.DataFrame({"a": list(range(1000))}), out, "parquet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.parquet"]
