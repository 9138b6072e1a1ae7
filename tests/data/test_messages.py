"""Data problems in both languages: every problem the data checks make has a code, and reads in
Vietnamese without a word of English; every code of the data catalogue is made by some file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from tests.conftest import english_words
from tests.data.helpers import FIXTURES, REPO, problems_of, write
from tests.data.test_hostile import bomb, every_sheet_hidden
from tests.data.test_rules import CASES
from tests.data.test_rules import HEADER as RULES_HEADER

from dxgap import text
from dxgap.data import xlsx_reader
from dxgap.errors import Problem, UsageError
from dxgap.text import Msg
from dxgap.text.en import data as en
from dxgap.text.vi import data as vi
from dxgap.validation import validate
from dxgap.workspace import Workspace

DATA_WS = FIXTURES / "data-ws"


def test_both_catalogues_hold_the_same_codes_and_placeholders() -> None:
    assert set(en.TEXT) == set(vi.TEXT)
    for code, english in en.TEXT.items():
        assert text.placeholders(english) == text.placeholders(vi.TEXT[code]), code


def test_vietnamese_is_spelt_hoa_and_khoa() -> None:
    for template in vi.TEXT.values():
        assert "hoá" not in template
        assert "khoá" not in template


def fixture_problems() -> list[Problem]:
    ws = Workspace(DATA_WS)
    found = []
    for path in sorted((FIXTURES / "invalid-data").glob("*.csv")):
        found.extend(validate([path], ws).problems)
    return found


def test_every_fixture_problem_speaks_vietnamese() -> None:
    found = fixture_problems()
    assert len(found) >= 24
    for problem in found:
        assert problem.code != "legacy.text", problem
        assert problem.message("vi") != problem.message("en"), problem
        assert english_words(problem.msg) == [], (problem, problem.message("vi"))


def workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def broken_files(folder: Path) -> list[Problem]:
    """The problems of files broken in every way a reader refuses."""
    files: list[tuple[str, bytes | str]] = [
        ("binary.csv", b"province,\x00\x00indicator\n"),
        ("utf16.csv", "province,indicator,year,value\n".encode("utf-16-le")),
        ("broken16.csv", b"\xff\xfep\x00r\x00o"),
        ("long.csv", b"a" * 70_000),
        ("cr.csv", b"province,year\rdemo,2022\r"),
        ("tab.csv", "province\tindicator\tyear\tvalue\nbinh-duong\trate\t2024\t5\t6\n"),
        ("after.csv", 'province,indicator,year,value\nbinh-duong,rate,2024,"5" \n'),
        ("stray.csv", 'province,indicator,year,value\nbinh-duong,rate,2024,5"\n1,2,3,4\n'),
        ("twice.csv", "province,indicator,year,year,value\n"),
        ("comma.csv", 'province,indicator,year,value\nbinh-duong,rate,2024,"1,586"\n'),
        ("comma.csv.yaml", "decimal: comma\n"),
        ("vn.csv", "province,indicator,year,value\nbinh-duong,rate,2024,86.3\n"),
        ("vn.csv.yaml", "decimal: comma\n"),
        ("hint.csv", 'province,indicator,year,value\nbinh-duong,rate,2024,"86,3"\n'),
        ("point.csv", 'province,indicator,year,value\nbinh-duong,rate,2024,"1,586"\n'),
        ("grouped.csv", 'province,indicator,year,value\nbinh-duong,count,2024,"12,345.6"\n'),
        ("pct.csv", "province,indicator,year,value\nbinh-duong,count,2024,5%\n"),
        ("inf.csv", "province,indicator,year,value\nbinh-duong,rate,2024,1e400\n"),
        ("sheet.csv", "province,indicator,year,value\n"),
        ("sheet.csv.yaml", "sheet: Data\n"),
        ("bad.xlsx", b"not a workbook"),
        ("bad.parquet", b"not parquet"),
        ("areas-a.csv", "province,indicator,year,date,area,value\nbinh-duong,rate,2024,,a,5\n"),
        ("areas-b.csv", "province,indicator,year,date,area,value\nbinh-duong,rate,2024,,a,6\n"),
        ("semi.csv", "province;indicator;year;value\nbinh-duong;rate;2024;5\n"),
        ("semi.csv.yaml", 'separator: ","\n'),
        ("sep.parquet", b"not parquet"),
        ("sep.parquet.yaml", 'separator: ";"\n'),
        ("sepline.csv", "sep=:\nprovince:indicator:year:value\n"),
        ("sepboth.csv", "sep=;\nprovince;indicator;year;value\n"),
        ("sepboth.csv.yaml", 'separator: ","\n'),
        ("septab.csv", "province\tindicator\tyear\tvalue\n"),
        ("septab.csv.yaml", "separator: tab\n"),
        ("opened.csv", 'province,indicator,year,value,note\nbinh-duong,rate,2024,5,"a\nb" c\n'),
    ]
    for name, content in files:
        write(folder, content, name)
    workbook(folder / "empty.xlsx", [])
    workbook(folder / "nosheet.xlsx", [["province"]])
    write(folder, "sheet: Số liệu\n", "nosheet.xlsx.yaml")
    header = ["province", "indicator", "year", "value"]
    cells = workbook(
        folder / "cells.xlsx",
        [header, ["binh-duong", "count", 2024, 0.2], ["binh-duong", "rate", 2023, "=1+1"]],
    )
    wb = openpyxl.load_workbook(cells)
    wb.active["D2"].number_format = "0%"
    wb.active.append(["binh-duong", "rate", dt.date(2024, 1, 1), 5])
    wb.save(cells)
    period = workbook(
        folder / "period.xlsx",
        [[*header, "period"], ["binh-duong", "rate", 2024, 5, dt.date(2024, 1, 1)]],
    )
    wb = openpyxl.load_workbook(period)
    wb.active["E2"].number_format = "mmm-yy"  # as Excel shows a typed 2024-01
    wb.save(period)
    row = ["bac-lieu", "rate", 2024, None, None, 5]
    area = ["binh-duong", "rate", 2024, None, "a", 7]  # repeated by areas-a.csv
    columns = ["province", "indicator", "year", "date", "area", "value"]
    workbook(folder / "areas-dup.xlsx", [columns, row, row, area])
    pl.DataFrame(
        {"province": ["p"], "indicator": ["i"], "year": [1], "value": [[1]]}
    ).write_parquet(folder / "list.parquet")
    hostile_files(folder)
    found = []
    paths = sorted(p for p in folder.iterdir() if not p.name.endswith(".yaml"))
    for path in paths:
        if path.name == "large.xlsx":
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(xlsx_reader, "MAX_INFLATED", 1_000)
                found.extend(problems_of(path))
        elif not path.name.startswith("areas-"):
            found.extend(problems_of(path))
    found.extend(problems_of(folder / "areas-a.csv", folder / "areas-b.csv"))
    found.extend(problems_of(folder / "areas-dup.xlsx", folder / "areas-a.csv"))
    return found


def hostile_files(folder: Path) -> None:
    """Files of issue 14: too wide, too many bad rows, workbooks hidden, damaged or too large."""
    write(
        folder, "province,indicator,year,value," + ",".join(f"x{i}" for i in range(12)), "wide.csv"
    )
    rows = "".join(f"binh-duong,rate,{2000 + i % 100},x{i}\n" for i in range(201))
    write(folder, f"province,indicator,year,value\n{rows}", "many.csv")
    far = b'<row r="1000000000"><c r="A1000000000" t="inlineStr"><is><t>x</t></is></c></row>'
    bomb(folder / "rows.xlsx", far)
    every_sheet_hidden(folder / "hidden.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "draft"
    wb.active.sheet_state = "hidden"
    wb.create_sheet("data").append(["province", "year"])
    wb.save(folder / "skipped.xlsx")
    wb = openpyxl.Workbook()
    wb.create_chartsheet("chart")
    wb.remove(wb["Sheet"])
    wb.save(folder / "chart.xlsx")
    for name in ("missingsheet", "badxml", "xxe"):
        shutil.copy(FIXTURES / "cases" / "hostile-x-corrupt" / f"{name}.xlsx", folder)
    workbook(folder / "large.xlsx", [["province", "indicator", "year", "value"]])


def rule_problems(folder: Path) -> list[Problem]:
    path = write(folder, RULES_HEADER + "\n" + "\n".join(row for _, _, row in CASES) + "\n")
    mixed = write(
        folder,
        "province,indicator,year,area,value,numerator,denominator\n"
        "binh-duong,rate,2024,a,,1,2\nbinh-duong,rate,2024,b,50,,\n",
        "mixed.csv",
    )
    return problems_of(path) + problems_of(mixed)


def state_duplicates(folder: Path) -> list[Problem]:
    """Two states of one task on the same date, and two undated in the same year."""
    path = write(
        folder,
        "province,target,year,state,date\n"
        "binh-duong,egov-platform,2024,done,2024-03\nbinh-duong,egov-platform,2024,done,2024-03\n"
        "bac-lieu,smart-city,2023,hoàn thành,\nbac-lieu,smart-city,2023,đang thực hiện,\n",
        "states.csv",
    )
    return problems_of(path)


def merger_problems(folder: Path) -> list[Problem]:
    shutil.copytree(REPO / "targets", folder / "targets")
    (folder / "data").mkdir()
    write(
        folder / "data",
        "province,indicator,year,value\nbinh-duong,household_fibre_rate,2026,90\n",
        "x.csv",
    )
    return validate([], Workspace(folder)).problems


def two_rankings_problems(folder: Path) -> list[Problem]:
    """A top-10 target with no out_of, and ranks of 2024 out of 63 and out of 34."""
    (folder / "targets").mkdir()
    shutil.copy(REPO / "targets" / "indicators.yaml", folder / "targets")
    (folder / "targets" / "demo.yaml").write_text(
        'province: {id: demo, name: "Tỉnh mẫu", name_en: "Demo"}\n'
        'sources: [{id: plan, title: "Kế hoạch"}]\n'
        "targets:\n"
        '  - {id: top10, indicator: dti_rank, comparator: "<=", value: 10, year: 2030,\n'
        '     source: plan, quote: "nhóm 10 tỉnh dẫn đầu"}\n',
        encoding="utf-8",
    )
    (folder / "data").mkdir()
    write(
        folder / "data",
        "province,indicator,year,value,out_of\ndemo,dti_rank,2024,20,63\ndemo,dti_rank,2024,5,34\n",
        "r.csv",
    )
    return validate([], Workspace(folder)).problems


def test_every_data_code_is_made_and_speaks_vietnamese(tmp_path: Path) -> None:
    (tmp_path / "files").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "ws").mkdir()
    (tmp_path / "ranks").mkdir()
    found = (
        fixture_problems()
        + broken_files(tmp_path / "files")
        + rule_problems(tmp_path / "rules")
        + state_duplicates(tmp_path / "rules")
        + merger_problems(tmp_path / "ws")
        + two_rankings_problems(tmp_path / "ranks")
    )
    with pytest.raises(UsageError) as info:
        validate([tmp_path / "nope.csv"], Workspace(DATA_WS))
    msgs = [p.msg for p in found] + [info.value.msg]
    made = set()
    for msg in msgs:
        assert english_words(msg) == [], (msg, msg.render("vi"))
        stack = [msg]
        while stack:
            m = stack.pop()
            made.add(m.code)
            stack.extend(v for v in m.params.values() if isinstance(v, Msg))
    never = {"csv.unparsable"}  # Polars errors the scanner cannot explain: none known
    assert set(en.TEXT) - made == never
