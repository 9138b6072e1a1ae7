"""A workbook's two sheets: the human sheet an official opens (their language, names, labels,
goals in words, numbers still numbers) and the machine sheet scripts read (stable keys)."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import polars as pl
import pytest
from tests.conftest import REPO, Cli

from dxgap.output.sheets import human_sheet
from dxgap.results import Export, Labels, Place
from dxgap.text import en, vi


def _workbook(cli: Cli, ws: Path, out: Path, *args: str) -> openpyxl.Workbook:
    code, _, err = cli("export", "binh-duong", "--as-of", "2024", "-o", out, "-w", ws, *args)
    assert code == 0, err
    return openpyxl.load_workbook(out)


def _rows(sheet: object) -> list[dict[str, object]]:
    cells = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    header = cells[0]
    return [dict(zip(header, row, strict=True)) for row in cells[1:]]


def test_a_vietnamese_workbook_opens_on_a_sheet_an_official_reads(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    book = _workbook(cli, repo_workspace, tmp_path / "bd.xlsx", "--lang", "vi")
    assert book.sheetnames == ["Đánh giá chỉ tiêu", "gaps"]
    rows = _rows(book.worksheets[0])
    first = rows[0]
    assert list(first)[:6] == [
        "Tỉnh, thành phố", "Chỉ số", "Mã chỉ tiêu", "Trụ cột", "Mục tiêu", "Trạng thái"
    ]  # fmt: skip
    by_id = {r["Mã chỉ tiêu"]: r for r in rows}
    records = by_id["work-records-online-2025"]
    assert records["Tỉnh, thành phố"] == "Bình Dương"
    assert records["Chỉ số"] == ("Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (các cấp)")
    assert records["Mục tiêu"] == "≥ 100% đến năm 2025"
    assert records["Trạng thái"] == "Đã đạt"
    assert records["Trụ cột"] == "Chính quyền số"
    assert records["Đơn vị tính"] == "phần trăm (%)"
    # numbers stay numbers, for sums and charts; the spreadsheet writes them in its locale
    assert records["Số liệu mới nhất"] == 100
    assert records["Năm mục tiêu"] == 2025
    labels = {v for k, v in vi.CATALOGUE.items() if k.startswith("status.")}
    assert {r["Trạng thái"] for r in rows} <= labels
    # a qualitative target reads as its promise, not as an empty goal
    assert by_id["smart-tools-direction-2025"]["Mục tiêu"].startswith("Chỉ đạo, điều hành")


def test_the_machine_sheet_keeps_the_stable_keys_and_codes(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bd.xlsx"
    _workbook(cli, repo_workspace, out, "--lang", "vi")
    machine = pl.read_excel(out, sheet_name="gaps", engine="openpyxl")
    _, csv, _ = cli("export", "binh-duong", "--as-of", "2024", "-f", "csv", "-w", repo_workspace)
    assert machine.columns == csv.splitlines()[0].split(",")
    assert "achieved" in machine["status"].to_list()
    assert "binh-duong" in machine["province"].to_list()


def test_an_english_workbook_speaks_english(cli: Cli, repo_workspace: Path, tmp_path: Path) -> None:
    book = _workbook(cli, repo_workspace, tmp_path / "bd.xlsx", "--lang", "en")
    assert book.sheetnames == ["Gap analysis", "gaps"]
    row = {r["Target id"]: r for r in _rows(book.worksheets[0])}["work-records-online-2025"]
    assert row["Province"] == "Binh Duong"
    assert row["Goal"] == "≥ 100% by 2025"
    assert row["Status"] == "achieved"


@pytest.mark.parametrize("table", ["trajectory", "targets", "observations"])
def test_every_table_gets_a_human_sheet(
    cli: Cli, repo_workspace: Path, tmp_path: Path, table: str
) -> None:
    book = _workbook(cli, repo_workspace, tmp_path / f"{table}.xlsx", "-t", table, "--lang", "vi")
    assert book.sheetnames == [vi.CATALOGUE[f"sheet.{table}"], table]
    rows = _rows(book.worksheets[0])
    assert rows
    assert all(r["Tỉnh, thành phố"] == "Bình Dương" for r in rows)
    assert all(not str(r.get("Chỉ số") or "").startswith("Share of") for r in rows)


def test_split_workbooks_each_hold_both_sheets_of_their_province(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "split"
    code, _, err = cli(
        "export", "--all", "--split", "-f", "xlsx", "--lang", "vi", "-o", out, "-w", repo_workspace
    )
    assert code == 0, err
    book = openpyxl.load_workbook(out / "bac-lieu.xlsx")
    assert {r["Tỉnh, thành phố"] for r in _rows(book.worksheets[0])} == {"Bạc Liêu"}
    assert {r["province"] for r in _rows(book["gaps"])} == {"bac-lieu"}


def test_human_sheet_names_never_clash_with_the_machine_sheet() -> None:
    # Excel compares sheet names ignoring case: "Gaps" next to "gaps" cannot be written
    for catalogue in (en.CATALOGUE, vi.CATALOGUE):
        for table in ("gaps", "trajectory", "targets", "observations"):
            name = catalogue[f"sheet.{table}"]
            assert name.casefold() != table.casefold()
            assert len(name) <= 31
            assert not set(name) & set("[]:*?/\\")


def test_an_indicator_missing_from_the_catalogue_shows_its_id() -> None:
    frame = pl.DataFrame(
        {"province": ["p"], "indicator": ["new_thing"], "year": [2024], "value": [1.5],
         "date": ["2024-03-05"], "source": ["s"], "note": [None]}
    )  # fmt: skip
    labels = Labels(provinces={"p": Place("p", "Tỉnh P", "P Province")})
    sheet = human_sheet(Export("observations", frame, labels), "vi")
    row = sheet.frame.row(0, named=True)
    assert row["Chỉ số"] == "new_thing"
    assert row["Tỉnh, thành phố"] == "Tỉnh P"
    assert row["Ngày"] == "05/3/2024"
    assert sheet.number_format(sheet.frame.columns.index("Năm"), 0) == "0"  # never 2.024


def _noted(folder: Path) -> Path:
    """A workspace of the bundled targets and one data file: a row with its note in both
    languages, and one with an English note only."""
    shutil.copytree(REPO / "targets", folder / "targets")
    (folder / "data").mkdir()
    (folder / "data" / "d.csv").write_text(
        "province,indicator,year,value,note,note_vi\n"
        "binh-duong,work_records_online_rate,2023,92,grade A: read from the report,"
        "hạng A: đọc từ báo cáo\n"
        "binh-duong,work_records_online_rate,2024,95,grade B: an estimate,\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    ("lang", "header", "notes"),
    [
        # Vietnamese: the Vietnamese note, and nothing where the file gives none (never English)
        ("vi", "Ghi chú", ["hạng A: đọc từ báo cáo", None]),
        ("en", "Note", ["grade A: read from the report", "grade B: an estimate"]),
    ],
)
def test_the_human_sheet_shows_the_note_in_its_language(
    cli: Cli, tmp_path: Path, lang: str, header: str, notes: list[str | None]
) -> None:
    ws, out = _noted(tmp_path / "ws"), tmp_path / "o.xlsx"
    args = ("export", "binh-duong", "-t", "observations", "--lang", lang, "-o", out, "-w", ws)
    code, _, err = cli(*args)
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    assert [r[header] for r in _rows(book.worksheets[0])] == notes
    assert "note_vi" not in [c.value for c in book.worksheets[0][1]]  # one note column
    # the machine sheet keeps both, under their stable keys, whatever the language
    machine = _rows(book["observations"])
    assert [(r["note"], r["note_vi"]) for r in machine] == [
        ("grade A: read from the report", "hạng A: đọc từ báo cáo"),
        ("grade B: an estimate", None),
    ]


def test_a_goal_reads_as_the_plan_wrote_it(cli: Cli, repo_workspace: Path, tmp_path: Path) -> None:
    # approximate ("khoảng 30%") and annual ("mỗi năm") targets keep their form on the sheet
    out = tmp_path / "bp.xlsx"
    code, _, err = cli("export", "binh-phuoc", "--lang", "vi", "-o", out, "-w", repo_workspace)
    assert code == 0, err
    rows = {r["Mã chỉ tiêu"]: r for r in _rows(openpyxl.load_workbook(out).worksheets[0])}
    assert rows["digital-economy-about-30-2030"]["Mục tiêu"] == "khoảng 30% đến năm 2030"


def test_numbers_are_shown_as_their_unit_is_read(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    # ../shared/cases/xlsx-year-thousands-format: years showed as 2,025 and ranks as 10.000
    out = tmp_path / "bp-bd.xlsx"
    args = ["binh-phuoc", "binh-duong", "--as-of", "2024", "-o", out, "-w", repo_workspace]
    code, _, err = cli("export", *args)
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    years = 0
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"  # the header stays in view
        assert sheet.auto_filter.ref is not None
        assert sheet.auto_filter.ref.startswith("A1:")
        header = [c.value for c in sheet[1]]
        rows = list(sheet.iter_rows(min_row=2))
        for name in header:
            if str(name) not in ("year", "Year") and not str(name).endswith(("_year", " year")):
                continue
            cells = [r[header.index(name)] for r in rows if r[header.index(name)].value]
            assert {c.number_format for c in cells} <= {"0"}, name
            years += len(cells)
    assert years > 0
    machine = book["gaps"]
    header = [c.value for c in machine[1]]
    by_id = {r[header.index("target_id")].value: r for r in machine.iter_rows(min_row=2)}
    dti = by_id["dti-top10-2030"]
    assert dti[header.index("latest_value")].number_format == "0"  # rank 12, not 12.000
    assert dti[header.index("gap")].number_format == "0"  # 2 places (no progress: one rank
    # since the DTI's 2022 break, and no bundled target has two figures in one series)
    share = by_id["digital-economy-share-2025"]  # Bình Dương's digital economy, 11.34% of GRDP
    assert share[header.index("latest_value")].value == 11.34
    assert share[header.index("latest_value")].number_format == "0.0"  # 11.3%: scripts' sheet


def test_a_person_s_sheet_shows_each_figure_as_the_tables_do(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    # issue 15: a fixed "0.0" showed 100% as "100,0", Bình Dương's measured 11.34% as "11,3"
    # (check prints 11,34%), a range's end 7 as "7,0", and a series' first year 2022 as "2.022"
    out = tmp_path / "bd.xlsx"
    args = ["binh-duong", "binh-phuoc", "--lang", "vi", "-o", out, "-w", repo_workspace]
    code, _, err = cli("export", *args)
    assert code == 0, err
    human = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in human[1]]
    rows = {r[header.index("Mã chỉ tiêu")].value: r for r in human.iter_rows(min_row=2)}

    def cell(target: str, column: str) -> tuple[object, str]:
        found = rows[target][header.index(column)]
        return found.value, found.number_format

    assert cell("digital-economy-share-2025", "Số liệu mới nhất") == (11.34, "0.00")  # 11,34
    assert cell("digital-economy-share-2025", "Giá trị mục tiêu") == (20, "0")  # 20, not 20,0
    assert cell("digital-economy-share-2025", "Còn thiếu") == (pytest.approx(8.66), "0.0")  # 8,7
    assert cell("work-records-online-2025", "Số liệu mới nhất") == (100, "0")  # 100
    assert cell("labour-productivity-2025", "Cận dưới của khoảng mục tiêu") == (7, "0")
    assert cell("labour-productivity-2025", "Cận trên của khoảng mục tiêu") == (7.5, "0.0")
    assert cell("smedx-2022", "Giá trị mục tiêu") == (7000, "#,##0")  # 7.000 in Vietnamese
    series = [r[header.index("Chuỗi số liệu tính từ năm")] for r in rows.values()]
    assert {c.number_format for c in series if c.value} == {"0"}  # 2022, never 2.022


def test_a_rank_pace_reads_up_or_down_in_places(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    # issue 15: a pace of -0.667 read as a number; Bình Phước's DTI rank 12 (2022) must reach
    # the top 10 by 2025: two places in three years, up 0.7 places a year
    out = tmp_path / "bp.xlsx"
    args = ["binh-phuoc", "--as-of", "2024", "-o", out, "-w", repo_workspace, "--lang", "vi"]
    code, _, err = cli("export", *args)
    assert code == 0, err
    book = openpyxl.load_workbook(out)
    human, machine = book.worksheets
    header = [c.value for c in human[1]]
    row = next(r for r in human.iter_rows(min_row=2) if r[header.index("Mã chỉ tiêu")].value
               == "dti-top10-2030")  # fmt: skip
    needed = row[header.index("Tốc độ cần đạt (mỗi năm)")]
    assert needed.value == pytest.approx(-2 / 3)  # still a number
    assert needed.number_format == '"tăng "0.0" bậc";"tăng "0.0" bậc"'  # shown "tăng 0,7 bậc"
    gap = row[header.index("Còn thiếu")]
    assert (gap.value, gap.number_format) == (2, '"+"0" bậc";"+"0" bậc"')  # "+2 bậc"
    keys = [c.value for c in machine[1]]
    raw = next(r for r in machine.iter_rows(min_row=2) if r[keys.index("target_id")].value
               == "dti-top10-2030")  # fmt: skip
    assert raw[keys.index("needed_pace")].number_format == "#,##0.0##"  # scripts: no words


def test_a_task_s_reported_state_reads_in_the_observations_sheet(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    # issue 15: a task's report (Bình Dương's IT park, in progress on 20/3/2024) was a row with
    # no indicator, no value and nothing saying which task or what state
    out = tmp_path / "obs.xlsx"
    args = ["binh-duong", "-t", "observations", "--lang", "vi", "-o", out, "-w", repo_workspace]
    code, _, err = cli("export", *args)
    assert code == 0, err
    human = openpyxl.load_workbook(out).worksheets[0]
    header = [c.value for c in human[1]]
    rows = [dict(zip(header, r, strict=True)) for r in human.iter_rows(min_row=2, values_only=True)]
    task = next(r for r in rows if r["Mã chỉ tiêu (nhiệm vụ)"] == "it-park-ict-industry")
    assert task["Tình trạng thực hiện"] == "Đang thực hiện"
    assert task["Ngày"] == "20/3/2024"
    # columns no row of the bundled data fills are left to the machine sheet
    assert not {"Địa bàn", "Phân tổ", "Tử số", "Mẫu số"} & set(header)
