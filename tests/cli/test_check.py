"""`dxgap check`, `dxgap trajectory`, `dxgap list` on the bundled workspace, as users run them."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import polars as pl
import pytest
from tests.conftest import Cli

from dxgap.frames import GAP_KEYS, TASK_REPORT_KEYS, TRAJECTORY_KEYS


@pytest.mark.parametrize("province", ["binh-duong", "binh-phuoc", "bac-lieu", "vietnam"])
def test_check_prints_a_gap_table_for_every_bundled_province(
    cli: Cli, repo_workspace: Path, province: str
) -> None:
    code, out, err = cli("check", province, "-w", repo_workspace)
    assert code == 0, err
    assert "as of" in out
    assert "data coverage" in out
    assert "targets:" in out


def test_check_json_has_exactly_the_documented_keys(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("check", "binh-duong", "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = json.loads(out)
    assert rows
    assert all(list(r) == list(GAP_KEYS) for r in rows)
    assert {r["province"] for r in rows} == {"binh-duong"}


def test_check_json_values_match_hand_computed_formulas(cli: Cli, repo_workspace: Path) -> None:
    # Bình Phước, "trong giai đoạn 2025-2030 … nằm trong nhóm 10" of the 63: a standing target
    # (every year 2025-2030). Ranks 25 (2020), 9 (2021), 12 (2022), each out of 63, in
    # data/binh-phuoc.csv. The DTI's method changed in 2021 and 2022 (breaks in
    # targets/indicators.yaml), so the series starts again in 2022: base = latest = (2022, 12).
    # No rank lies in the window yet, so the level is due by its first year, 2025.
    code, out, _ = cli("check", "binh-phuoc", "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    assert code == 0
    row = next(r for r in json.loads(out) if r["target_id"] == "dti-top10-2030")
    assert (row["comparator"], row["target_value"], row["target_year"]) == ("<=", 10.0, 2030)
    assert (row["from_year"], row["out_of"], row["latest_out_of"]) == (2025, 63, 63)
    assert (row["latest_year"], row["latest_value"], row["series_from"]) == (2022, 12.0, 2022)
    assert row["gap"] == pytest.approx(2.0)  # −1·(10 − 12)
    assert row["progress_pct"] is None  # one observation since the break: t = t0
    assert row["observed_pace"] is None
    assert row["planned_pace"] == pytest.approx(-2 / 3)  # (10 − 12)/(2025 − 2022)
    assert row["needed_pace"] == pytest.approx(-2 / 3)  # the same: the latest is the base
    assert row["pace_ratio"] is None
    assert row["projected_value"] is None
    assert (row["years_met"], row["years_assessed"]) == (0, 0)
    assert row["status"] == "pending"  # the 2025–2030 window has not begun: not yet due (§11)


def test_as_of_changes_the_picture(cli: Cli, repo_workspace: Path) -> None:
    # Bình Dương adults with a smartphone: > 95% by 2025; over 92% measured in 2024 (seed 003).
    def status(as_of: str) -> dict[str, object]:
        _, out, _ = cli("check", "binh-duong", "--as-of", as_of, "-f", "json", "-w", repo_workspace)
        return next(r for r in json.loads(out) if r["target_id"] == "adult-smartphones-2025")

    in_2024 = status("2024")
    assert in_2024["latest_value"] == 92
    assert in_2024["gap"] == pytest.approx(3.0)
    assert in_2024["status"] == "insufficient_data"  # one observation, no baseline
    assert status("2026")["status"] == "overdue"  # deadline passed, nothing measured for 2025
    assert status("2023")["status"] == "no_data"


def test_check_csv_matches_json(cli: Cli, repo_workspace: Path) -> None:
    _, as_json, _ = cli(
        "check", "binh-phuoc", "--as-of", "2024", "-f", "json", "-w", repo_workspace
    )
    _, as_csv, _ = cli("check", "binh-phuoc", "--as-of", "2024", "-f", "csv", "-w", repo_workspace)
    from_csv = pl.read_csv(as_csv.encode(), infer_schema_length=None)
    from_json = pl.DataFrame(json.loads(as_json), infer_schema_length=None)
    assert from_csv.columns == list(GAP_KEYS)
    assert from_csv["target_id"].to_list() == from_json["target_id"].to_list()
    assert from_csv["gap"].to_list() == from_json["gap"].to_list()


def test_check_markdown_is_for_people(cli: Cli, repo_workspace: Path) -> None:
    # Markdown is pasted into a report: names, goals, figures and statuses in the language;
    # 52,000 people by 2025 (youth digital skills), never "5.2e+04"
    args = ["check", "binh-duong", "--as-of", "2024", "-f", "markdown", "-w", repo_workspace]
    # under the merger notice and the title, as in the terminal; the summary line after it
    _, out, _ = cli(*args)
    blocks = out.split("\n\n")
    assert blocks[0].startswith("*Note: Under the National Assembly's resolution on the 2025")
    assert blocks[1] == "**Bình Dương (binh-duong) · as of 2024 · method linear**"
    assert blocks[2].startswith("| Indicator | Target id | Goal | Latest | Gap | Progress |")
    assert blocks[3].startswith("76 targets: 1 achieved, ")
    assert "≥ 52,000 by 2025" in out
    assert "e+0" not in out
    _, out, _ = cli(*args, "--lang", "vi")
    blocks = out.split("\n\n")
    assert blocks[0].startswith("*Lưu ý: Theo Nghị quyết của Quốc hội về việc sắp xếp đơn vị")
    assert blocks[1] == "**Bình Dương · tính đến năm 2024 · phương pháp tuyến tính**"
    assert blocks[2].startswith("| Chỉ số | Mã chỉ tiêu | Mục tiêu | Mới nhất | Còn thiếu |")
    assert blocks[3].startswith("76 chỉ tiêu: 1 đã đạt; ")
    assert "≥ 52.000 đến năm 2025" in out
    assert "| 92% (2024) | +3 điểm phần trăm | – | Chưa đủ số liệu |" in out
    # every row of a Markdown table is one line: the header "Mức độ hoàn thành", stacked on two
    # lines in the terminal, is one cell here (a line break split the table in two)
    header, rule = blocks[2].splitlines()[:2]
    assert "| Mức độ hoàn thành |" in header
    assert rule.count("---|") == header.count(" | ") + 1


def test_trajectory_markdown_has_the_title_of_the_terminal(cli: Cli, repo_workspace: Path) -> None:
    args = ["trajectory", "binh-phuoc", "dti-top10-2030", "--as-of", "2024", "-f", "markdown"]
    _, out, _ = cli(*args, "--lang", "vi", "-w", repo_workspace)
    title, table = out.split("\n\n")
    assert title == "**Bình Phước · tính đến năm 2024 · phương pháp tuyến tính**"
    assert table.startswith("| Chỉ số | Mã chỉ tiêu | Năm | Kế hoạch | Thực tế |")


def test_check_filters_by_status_and_pillar(cli: Cli, repo_workspace: Path) -> None:
    # Bình Phước's two DTI targets (digital government) have one rank since the 2022 break: the
    # top 5 by 2030 lacks a pace; the top 10 of 2025–2030 is not yet due (its window is ahead)
    args = ["-s", "insufficient_data", "-s", "pending", "-p", "digital_government", "-f", "json"]
    _, out, _ = cli("check", "binh-phuoc", "--as-of", "2024", *args, "-w", repo_workspace)
    rows = json.loads(out)
    assert {(r["target_id"], r["status"], r["pillar"]) for r in rows} == {
        ("dti-top10-2030", "pending", "digital_government"),
        ("nq57-dti-top5-2030", "insufficient_data", "digital_government"),
    }


def test_unknown_status_is_a_usage_error(cli: Cli, repo_workspace: Path) -> None:
    code, _, err = cli("check", "binh-phuoc", "-s", "great", "-w", repo_workspace)
    assert code == 2
    assert "unknown status 'great'" in err


@pytest.mark.parametrize("name", ["Bình Dương", "binh_duong", "binh duong", "BINH DUONG", "74"])
def test_provinces_resolve_as_people_type_them(cli: Cli, repo_workspace: Path, name: str) -> None:
    code, out, _ = cli("check", name, "-f", "json", "-w", repo_workspace)
    assert code == 0
    assert json.loads(out)[0]["province"] == "binh-duong"


def test_unknown_province_is_one_line_with_suggestions(cli: Cli, repo_workspace: Path) -> None:
    """The closest ids of every province of both maps, with a plan or not (issue 21): 'binh-dong'
    is one letter from binh-duong, and as close to vinh-long as to binh-dinh (difflib ratio
    14/18 each; ties go to the later name)."""
    code, out, err = cli("check", "binh-dong", "-w", repo_workspace)
    assert code == 1
    assert out == ""
    assert err.strip() == (
        "error: unknown province 'binh-dong'; did you mean binh-duong, vinh-long, binh-dinh?"
    )
    _, _, err = cli("check", "binh-dong", "--lang", "vi", "-w", repo_workspace)
    assert err.strip() == (
        "lỗi: không có tỉnh, thành phố 'binh-dong'; có phải là binh-duong, vinh-long, binh-dinh?"
    )


def test_an_unknown_id_is_matched_against_both_maps(cli: Cli, repo_workspace: Path) -> None:
    """'da-nag' is no province: Đà Nẵng has no plan here, yet it is the first suggestion (12/13),
    before Đắk Nông (10/14) and Hà Nam (8/12), a former province."""
    code, _, err = cli("check", "da-nag", "-w", repo_workspace)
    assert code == 1
    assert (
        err.strip() == "error: unknown province 'da-nag'; did you mean da-nang, dak-nong, ha-nam?"
    )
    code, _, err = cli("check", "zzz", "--lang", "vi", "-w", repo_workspace)
    assert code == 1
    assert " ".join(err.split()) == (
        "lỗi: không có tỉnh, thành phố 'zzz'; các mã đã có: bac-lieu, binh-duong, binh-phuoc, "
        "vietnam (có kế hoạch trong thư mục làm việc) và mã của 63 tỉnh, thành phố trước khi "
        "sắp xếp và 34 tỉnh, thành phố sau sắp xếp"
    )


def test_check_names_the_successor(cli: Cli, repo_workspace: Path) -> None:
    _, out, _ = cli("check", "binh-duong", "-w", repo_workspace)
    assert (
        "(in force from 2025-06-12), Bình Dương, Bà Rịa - Vũng Tàu and Hồ Chí Minh became Thành "
        "phố Hồ Chí Minh (ho-chi-minh-city), whose authorities began on 2025-07-01. Shown here: "
        "the targets of Bình Dương and the recommendations made to it, as adopted before the "
        "reorganisation." in " ".join(out.split())
    )
    _, out, _ = cli("check", "binh-duong", "--lang", "vi", "-w", repo_workspace)
    # the resolution took effect on 12/6/2025; the new authorities began on 01/7/2025
    assert (
        "Lưu ý: Theo Nghị quyết của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh (có "
        "hiệu lực từ ngày 12/6/2025), tỉnh Bình Dương, tỉnh Bà Rịa - Vũng Tàu và Thành phố Hồ "
        "Chí Minh được sắp xếp thành Thành phố Hồ Chí Minh; chính quyền địa phương mới hoạt "
        "động từ ngày 01/7/2025. Dưới đây là các chỉ tiêu tỉnh Bình Dương đã đề ra và các "
        "khuyến nghị đối với địa phương trước khi sắp xếp." in " ".join(out.split())
    )
    assert "ho-chi-minh-city" not in out  # no slug where a name exists


def test_successor_with_predecessors(cli: Cli, repo_workspace: Path) -> None:
    args = ["--with-predecessors", "-w", repo_workspace]
    code, out, _ = cli("check", "ho-chi-minh-city", "-f", "json", *args)
    assert code == 0
    rows = json.loads(out)
    assert {r["province"] for r in rows} == {"binh-duong"}  # its own file is not in the workspace
    _, table, _ = cli("check", "Thành phố Hồ Chí Minh", *args)
    assert "[Bình Dương]" in table
    assert "with its predecessors: Bình Dương" in table
    code, _, err = cli("check", "ho-chi-minh-city", "-w", repo_workspace)
    assert code == 1  # without the flag the unit has no targets here
    assert "ho-chi-minh-city --with-predecessors" in err  # and says how to see them (issue 19)


def test_check_in_vietnamese_and_english(cli: Cli, repo_workspace: Path) -> None:
    _, vi, _ = cli("check", "binh-duong", "--lang", "vi", "--as-of", "2024", "-w", repo_workspace)
    for word in ("Chỉ tiêu", "Mục tiêu", "Đã đạt", "11,34%", "Chính quyền số", "tuyến tính"):
        assert word in vi, word
    for english in ("Target", "Goal", "achieved", "as of", "targets:", "pp", "linear"):
        assert english not in vi, english
    _, en, _ = cli("check", "binh-duong", "--lang", "en", "--as-of", "2024", "-w", repo_workspace)
    assert "11.34%" in en
    assert "achieved" in en
    assert "Đã đạt" not in en


def test_machine_formats_are_the_same_in_both_languages(cli: Cli, repo_workspace: Path) -> None:
    for fmt in ("json", "csv"):
        outputs = [
            cli("check", "binh-duong", "--lang", lang, "-f", fmt, "-w", repo_workspace)[1]
            for lang in ("vi", "en")
        ]
        assert outputs[0] == outputs[1]


def test_trajectory_json(cli: Cli, repo_workspace: Path) -> None:
    args = ["binh-phuoc", "dti-top10-2030", "--as-of", "2024", "-f", "json", "-w", repo_workspace]
    code, out, _ = cli("trajectory", *args)
    assert code == 0
    rows = json.loads(out)
    assert all(list(r) == [*TRAJECTORY_KEYS, *TASK_REPORT_KEYS] for r in rows)
    assert [r["year"] for r in rows] == list(range(2020, 2031))
    by_year = {r["year"]: r for r in rows}
    # the series starts again in 2022 (DTI breaks 2021, 2022, 2024, 2025): the plan runs from
    # the 2022 rank, 12, to 10 by the window's first year (2025), then holds 10 every year
    assert by_year[2021]["actual"] == 9.0
    assert by_year[2021]["planned"] is None
    assert (by_year[2022]["planned"], by_year[2022]["ahead_by"]) == (12.0, 0.0)
    assert by_year[2023]["planned"] == pytest.approx(12 - 2 / 3)
    assert by_year[2023]["projected"] is None  # one rank since the break: no pace
    assert [by_year[y]["planned"] for y in range(2025, 2031)] == [10.0] * 6
    assert [r["year"] for r in rows if r["series_break"]] == [2021, 2022, 2024, 2025]


def test_trajectory_unknown_target_suggests(cli: Cli, repo_workspace: Path) -> None:
    code, _, err = cli("trajectory", "binh-phuoc", "dti-top-10-2030", "-w", repo_workspace)
    assert code == 1
    assert "unknown target of Bình Phước 'dti-top-10-2030'; did you mean dti-top10-2030," in err


def test_terminal_chart_and_table_fallback(cli: Cli, repo_workspace: Path) -> None:
    args = ["binh-phuoc", "dti-top10-2030", "--as-of", "2024", "-w", repo_workspace]
    code, out, _ = cli("trajectory", *args, "--chart")
    assert code == 0
    assert "●" in out
    assert "★" in out
    assert "· plan" in out
    code, out, _ = cli("trajectory", *args)
    assert code == 0
    assert "Planned" in out  # not a terminal: the table
    assert "Projected" in out
    assert "★" not in out


def test_trajectory_in_vietnamese(cli: Cli, repo_workspace: Path) -> None:
    args = ["binh-phuoc", "dti-top10-2030", "--lang", "vi", "--as-of", "2024"]
    _, out, _ = cli("trajectory", *args, "-w", repo_workspace)
    assert "Kế hoạch" in out
    assert "hạng 25" in out
    assert "trạng thái chưa đến hạn" in " ".join(out.split())  # mid-line, lower case


def test_list_shows_provinces_with_counts_and_lineage(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("list", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = {r["province"]: r for r in json.loads(out)}
    assert set(rows) >= {"binh-duong", "binh-phuoc", "bac-lieu", "vietnam"}
    assert rows["binh-duong"]["merged_into"] == "ho-chi-minh-city"
    assert all(r["observations"] > 0 for r in rows.values())
    assert all(r["targets"] > 0 for r in rows.values() if r["planned"])  # others: issue 21
    assert "Thành phố Hồ Chí Minh (79)" in rows["binh-duong"]["lineage"]
    assert "Bà Rịa - Vũng Tàu" in rows["binh-duong"]["lineage"]
    assert "Tỉnh Đồng Nai (75)" in rows["binh-phuoc"]["lineage"]
    assert "Tỉnh Cà Mau (96)" in rows["bac-lieu"]["lineage"]
    _, out, _ = cli("list", "--lang", "vi", "-w", repo_workspace)
    assert "Sắp xếp năm 2025" in out
    assert "01/7/2025" in out


def test_malformed_data_file_gives_located_error(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    (ws / "data").mkdir()
    (ws / "data" / "bad.csv").write_text(
        "province,indicator,year,value\nbinh-duong,online_dossier_rate,2024,bảy mươi\n",
        encoding="utf-8",
    )
    code, out, err = cli("check", "binh-duong", "-w", ws)
    assert code == 1
    assert out == ""
    assert err.strip() == "data/bad.csv:2:37: value: 'bảy mươi' is not a number"


def test_invalid_targets_stop_check_with_located_errors(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    ws = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws / "targets")
    bad = ws / "targets" / "binh-duong.yaml"
    text = bad.read_text(encoding="utf-8").replace("value: 80\n", "value: 180\n", 1)
    bad.write_text(text, encoding="utf-8")
    code, _, err = cli("check", "binh-duong", "-w", ws)
    assert code == 1
    assert "targets/binh-duong.yaml:" in err
    assert "180 is above 100" in err


CASES = Path(__file__).resolve().parents[1] / "fixtures" / "cases"


def test_one_observation_shows_no_progress_rather_than_zero(cli: Cli) -> None:
    # ../shared/cases/progress-zero-single-obs: Thanh Hóa, one figure (35% in 2023), no baseline
    ws = CASES / "progress-zero-single-obs"
    _, out, _ = cli("check", "thanh-hoa", "-w", ws, "--as-of", "2024", "-f", "json")
    (row,) = [r for r in json.loads(out) if r["latest_value"] is not None]
    assert (row["latest_value"], row["progress_pct"], row["observed_pace"]) == (35.0, None, None)
    assert row["status"] == "insufficient_data"
    _, table, _ = cli("check", "thanh-hoa", "-w", ws, "--as-of", "2024")
    assert " 0%" not in table


@pytest.mark.parametrize("method", ["linear", "cagr"])
def test_no_output_ever_shows_minus_zero(cli: Cli, method: str) -> None:
    # ../shared/cases/cagr-equal-negative-sameyear: a flat rank (20 → 20), a base equal to the
    # target, a baseline in the year of the only observation
    ws = CASES / "cagr-equal-negative-sameyear"
    args = ["test-province", "-w", ws, "--as-of", "2024", "-m", method]
    for command, fmt in (("check", "json"), ("trajectory", "json"), ("check", "markdown")):
        _, out, _ = cli(command, *args, "-f", fmt)
        assert not re.search(r"-0(\.0+)?\b(?![.,]?\d)", out), (command, fmt)
    _, out, _ = cli("check", *args)
    assert "-0%" not in out
    assert "-0 " not in out
    _, out, _ = cli("check", *args, "-f", "json")
    rows = {r["target_id"]: r for r in json.loads(out)}
    assert rows["flat-count"]["progress_pct"] == 0.0
    assert rows["baseline-same-year-as-only-obs"]["progress_pct"] is None  # t = t0


_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize(
    "args",
    [["check", "tinh-a", "--qualitative"], ["list"], ["trajectory", "tinh-a"], ["validate"]],
)
def test_nothing_from_a_file_reaches_the_terminal_as_a_control_character(
    cli: Cli, args: list[str]
) -> None:
    # ../shared/cases/hostile-y-ansi: YAML escapes put ESC, C1, NUL and RLO into names and quotes
    for ws in ("ws", "ws2"):
        _, out, err = cli(*args, "-w", CASES / "hostile-y-ansi" / ws)
        assert _CONTROL.findall(out + err) == [], (ws, out + err)


@pytest.mark.parametrize("columns", ["100", "120", "160", "200"])
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_gap_table_fits_the_terminal(
    cli: Cli, repo_workspace: Path, monkeypatch: pytest.MonkeyPatch, columns: str, lang: str
) -> None:
    # a table wider than the terminal loses its right-hand columns: the status among them
    monkeypatch.setenv("COLUMNS", columns)
    for province in ("binh-duong", "binh-phuoc", "bac-lieu", "vietnam"):
        _, out, _ = cli("check", province, "--as-of", "2024", "--lang", lang, "-w", repo_workspace)
        rows = [line.rstrip() for line in out.splitlines() if line.startswith(("│", "┃"))]
        assert rows
        assert all(len(r) <= int(columns) and r[-1] in "│┃" for r in rows), province


def test_filters_that_leave_nothing_say_so(cli: Cli, repo_workspace: Path) -> None:
    args = ["check", "binh-phuoc", "--as-of", "2024", "--status", "missed", "-w", repo_workspace]
    code, out, _ = cli(*args, "--lang", "vi")
    assert code == 0
    assert "Không có chỉ tiêu nào thỏa mãn điều kiện lọc" in " ".join(out.split())
    assert "0 chỉ tiêu" not in out


def test_filtering_on_a_status_lists_the_tasks_that_have_it(cli: Cli, repo_workspace: Path) -> None:
    # a qualitative target is a task since issue 16: with no reported state it has no data
    args = ["check", "binh-phuoc", "-s", "Chưa có số liệu", "-q", "--lang", "vi"]
    _, out, _ = cli(*args, "-w", repo_workspace)
    assert "Chưa hiển thị" not in out
    assert "Nội dung" in out  # the table of what was promised
    assert "Chưa có thông tin" in out
    assert "Đang thực hiện" not in out.split("Nhiệm vụ")[-1]  # only the status asked for


def test_an_unknown_status_suggests_the_label_in_the_language(
    cli: Cli, repo_workspace: Path
) -> None:
    code, _, err = cli(
        "check", "binh-phuoc", "-s", "dung tien", "--lang", "vi", "-w", repo_workspace
    )
    assert code == 2
    assert "không có trạng thái 'dung tien' (có phải là 'Đúng tiến độ'?)" in err
    assert "'Đã đến hạn, chờ số liệu'" in err  # the labels, not the keys
    _, _, err = cli("check", "binh-phuoc", "-s", "ontrack", "-w", repo_workspace)
    assert "(did you mean 'on track'?)" in err


def test_a_province_with_no_targets_yet_says_so_not_that_filters_matched_nothing(
    cli: Cli, tmp_path: Path
) -> None:
    # a workspace fresh from dxgap init: no --status or --pillar was given
    from dxgap import scaffold

    scaffold.init_workspace(tmp_path, "thanh-hoa", "en")
    code, out, _ = cli("check", "thanh-hoa", "-w", tmp_path)
    assert code == 0
    assert "No targets yet: add the plan's targets to targets/thanh-hoa.yaml." in out
    assert "filters" not in out
    _, out, _ = cli("check", "thanh-hoa", "--lang", "vi", "-w", tmp_path)
    assert "Chưa có chỉ tiêu nào: hãy thêm các chỉ tiêu của kế hoạch vào tệp" in " ".join(
        out.split()
    )
    _, out, _ = cli("check", "thanh-hoa", "-s", "achieved", "-w", tmp_path)
    assert "No target matches the filters (--status, --pillar, --state)." in out
