"""Reading measured data: typed frames from well-formed CSV in its real-world variants."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import polars as pl
import pytest

from dxgap.errors import InputError
from dxgap.frames import MEASUREMENT_SCHEMA
from dxgap.data.check import read_measurements
from dxgap.targets.models import Indicator, Names, Pillar, Unit

INDICATORS = {
    i.id: i
    for i in [
        Indicator(
            id="rate",
            name=Names(vi="Tỷ lệ", en="Rate"),
            unit=Unit.PERCENT,
            pillar=Pillar.digital_government,
        ),
        Indicator(
            id="done",
            name=Names(vi="Xong", en="Done"),
            unit=Unit.BOOLEAN,
            pillar=Pillar.digital_government,
        ),
        Indicator(
            id="score",
            name=Names(vi="Điểm", en="Score"),
            unit=Unit.INDEX,
            pillar=Pillar.digital_government,
            min=0,
            max=1,
        ),
    ]
}
PROVINCES = {"binh-duong", "bac-lieu"}
HEADER = "province,indicator,year,value,date,source,note"


def write(tmp_path: Path, text: str | bytes, name: str = "d.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def read(*paths: Path) -> pl.DataFrame:
    return read_measurements(list(paths), INDICATORS, PROVINCES).collect()


def problems(*paths: Path) -> list[str]:
    with pytest.raises(InputError) as info:
        read(*paths)
    return [str(p) for p in info.value.problems]


def test_rows_are_typed(tmp_path: Path) -> None:
    df = read(write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024, 76 ,2024-03-20,seed 003,\n"))
    assert df.schema == MEASUREMENT_SCHEMA
    assert df.row(0) == ("binh-duong", "rate", 2024, 76.0, "2024-03-20", "seed 003", None)


def test_optional_columns_may_be_absent_and_in_any_order(tmp_path: Path) -> None:
    df = read(write(tmp_path, "value,year,indicator,province\n0.74,2023,score,bac-lieu\n"))
    assert df.row(0) == ("bac-lieu", "score", 2023, 0.74, None, None, None)


def test_bom_crlf_quoted_fields_and_trailing_blank_lines(tmp_path: Path) -> None:
    text = (
        "\ufeff" + HEADER + "\r\n"
        'binh-duong,rate,2023,61.54,2024-01-23,"Cổng TTĐT, tuần 3","dòng 1\r\ndòng 2"\r\n'
        "binh-duong,rate,2024,76,2024-03-20,,\r\n\r\n"
    )
    df = read(write(tmp_path, text))
    assert df["value"].to_list() == [61.54, 76.0]
    assert df["source"][0] == "Cổng TTĐT, tuần 3"


def test_decomposed_vietnamese_is_normalised_to_nfc(tmp_path: Path) -> None:
    note = unicodedata.normalize("NFD", "Bình Dương")
    df = read(write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,,,{note}\n"))
    assert df["note"][0] == "Bình Dương"
    assert unicodedata.is_normalized("NFC", df["note"][0])


@pytest.mark.parametrize(("cell", "value"), [("true", 1.0), ("false", 0.0), ("1", 1.0), ("0", 0.0)])
def test_boolean_values(tmp_path: Path, cell: str, value: float) -> None:
    df = read(write(tmp_path, f"{HEADER}\nbac-lieu,done,2024,{cell},,,\n"))
    assert df["value"][0] == value


def test_index_bounds_come_from_the_catalogue(tmp_path: Path) -> None:
    path = write(tmp_path, f"{HEADER}\nbac-lieu,score,2023,52.08,,,\n")
    assert problems(path) == [
        f"{path}:2:21: value: 52.08 is above 1, the maximum for indicator 'score'"
    ]


def test_line_numbers_count_multiline_quoted_fields(tmp_path: Path) -> None:
    text = f'{HEADER}\nbinh-duong,rate,2023,50,,,"a\nb\nc"\nbinh-duong,rate,2024,abc,,,\n'
    path = write(tmp_path, text)
    assert problems(path) == [f"{path}:5:22: value: 'abc' is not a number"]


def test_all_problems_of_all_files_are_reported(tmp_path: Path) -> None:
    a = write(tmp_path, f"{HEADER}\nhanoi,rate,2024,50,,,\nbinh-duong,rate,20x4,50,,,\n", "a.csv")
    b = write(tmp_path, f"{HEADER}\nbinh-duong,rates,2024,50,,,\n", "b.csv")
    found = problems(a, b)
    assert found == [
        f"{a}:2:1: province: unknown province 'hanoi'; known: bac-lieu, binh-duong",
        f"{a}:3:17: year: '20x4' is not a whole number",
        f"{b}:2:12: indicator: unknown indicator 'rates' (not in targets/indicators.yaml)",
    ]


def test_duplicates_across_files_name_both_places(tmp_path: Path) -> None:
    a = write(tmp_path, f"{HEADER}\nbinh-duong,rate,2024,76,2024-03-20,,\n", "a.csv")
    b = write(
        tmp_path,
        f"{HEADER}\nbac-lieu,rate,2024,1,,,\nbinh-duong,rate,2024,77,2024-03-20,,\n",
        "b.csv",
    )
    assert problems(a, b) == [
        f"{b}:3:1: row: duplicate row: same province, indicator and date as line 2 of {a}; "
        "keep one, or give each row the date of its report"
    ]


def test_two_dates_in_one_year_are_not_duplicates(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"{HEADER}\nbinh-duong,rate,2024,61.54,2024-01-23,,\nbinh-duong,rate,2024,76,2024-03-20,,\n",
    )
    assert read(path).height == 2
