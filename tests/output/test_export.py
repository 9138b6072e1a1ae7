"""Machine and spreadsheet formats: CSV (plain and for Excel), JSON, NDJSON, Markdown."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from dxgap.output import export


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
