"""`note_vi`, a data row's note in Vietnamese (issue 15): an optional column of every format — CSV,
workbook, Parquet, a database's query — read as free text like `note` (spaces stripped, NFC,
control characters refused where they are) and carried to the rows, the province totals and
the task states, beside `note`."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from tests.data.helpers import check, problems_of, totals, write

NOTE = "Báo cáo số 12/BC-UBND: số liệu ước tính"
NFD = unicodedata.normalize("NFD", NOTE)


def _csv(folder: Path) -> Path:
    return write(
        folder,
        "province,indicator,year,value,note,note_vi\n"
        f"binh-duong,rate,2023,70.5,report 12: an estimate, {NFD} \n"
        "binh-duong,rate,2024,76,report 40,\n",
    )


def test_a_csv_file_gives_its_vietnamese_notes_cleaned_as_notes_are(tmp_path: Path) -> None:
    found = totals(_csv(tmp_path)).select("year", "note", "note_vi").rows()
    # NFC and without the spaces around it; an empty cell is no note
    assert found == [(2023, "report 12: an estimate", NOTE), (2024, "report 40", None)]
    rows = check(_csv(tmp_path)).details.select("note_vi").collect()
    assert rows["note_vi"].to_list() == [NOTE, None]


def test_a_workbook_and_a_parquet_file_give_theirs(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["province", "indicator", "year", "value", "note", "note_vi"])
    wb.active.append(["binh-duong", "rate", 2024, 76, "report 40", NOTE])
    wb.save(tmp_path / "d.xlsx")
    pl.DataFrame(
        {
            "province": ["bac-lieu"],
            "indicator": ["count"],
            "year": [2024],
            "value": [1200.0],
            "note_vi": [NFD],
        }
    ).write_parquet(tmp_path / "d.parquet")
    assert totals(tmp_path / "d.xlsx").select("note", "note_vi").row(0) == ("report 40", NOTE)
    assert totals(tmp_path / "d.parquet").select("note", "note_vi").row(0) == (None, NOTE)


def test_a_file_without_the_column_has_none(tmp_path: Path) -> None:
    path = write(tmp_path, "province,indicator,year,value,note\nbinh-duong,rate,2024,76,n\n")
    assert totals(path)["note_vi"].to_list() == [None]


def test_a_task_state_carries_its_vietnamese_note(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "province,target,year,state,note,note_vi\n"
        "binh-duong,egov-platform,2024,done,platform in use,Nền tảng đã đưa vào sử dụng\n",
    )
    states = check(path).states
    assert states.select("target_id", "note", "note_vi").rows() == [
        ("egov-platform", "platform in use", "Nền tảng đã đưa vào sử dụng")
    ]


@pytest.mark.parametrize(
    ("char", "code"), [("\x1b", "U+001B"), ("\u202e", "U+202E"), ("\x00", "U+0000")]
)
def test_a_control_character_in_a_vietnamese_note_is_refused_where_it_is(
    tmp_path: Path, char: str, code: str
) -> None:
    path = write(
        tmp_path,
        "province,indicator,year,value,note_vi\n"
        "binh-duong,rate,2023,70,Ghi chú\n"
        f"binh-duong,rate,2024,76,Ghi{char} chú\n",
    )
    (problem,) = problems_of(path)
    # line 3, column 25: where the cell starts ("binh-duong,rate,2024,76," is 24 characters)
    assert (problem.code, problem.where, problem.location) == (
        "data.control_character",
        "d.csv:3:25",
        "note_vi",
    )
    assert problem.msg.params["code"] == code


def test_in_a_workbook_and_a_parquet_file_too(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["province", "indicator", "year", "value", "note_vi"])
    wb.active.append(["binh-duong", "rate", 2024, 5, "a\u202eb"])
    wb.save(tmp_path / "d.xlsx")
    pl.DataFrame(
        {"province": ["binh-duong"], "indicator": ["rate"], "year": [2024], "note_vi": ["\x07"]}
    ).with_columns(value=pl.lit(5.0)).write_parquet(tmp_path / "d.parquet")
    assert [(p.code, p.where) for p in problems_of(tmp_path / "d.xlsx")] == [
        ("data.control_character", "d.xlsx:Sheet!E2")
    ]
    assert [(p.code, p.where) for p in problems_of(tmp_path / "d.parquet")] == [
        ("data.control_character", "d.parquet:1:4")
    ]


def test_a_database_query_may_give_the_column(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    con = sqlite3.connect(tmp_path / "w.db")
    con.execute("CREATE TABLE m (province, indicator, year, value, note, note_vi)")
    con.execute(
        "INSERT INTO m VALUES (?, ?, ?, ?, ?, ?)",
        ("binh-duong", "rate", 2024, 76, "report 40", NOTE),
    )
    con.commit()
    con.close()
    monkeypatch.setenv("DXGAP_DB_URI", f"sqlite:///{tmp_path / 'w.db'}")
    yaml = write(tmp_path, "uri_env: DXGAP_DB_URI\nquery: SELECT * FROM m\n", "w.source.yaml")
    assert totals(yaml).select("note", "note_vi").row(0) == ("report 40", NOTE)
