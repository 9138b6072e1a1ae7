"""`dxgap extract --province ID`: another province's figures quoted in a province's text are not
its targets (issue 18)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.extract.helpers import triples
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.extract import Matcher, extract

REPO = Path(__file__).resolve().parents[2]

VISIT = (
    "Sáng 12/5/2025, đoàn công tác tỉnh Sóc Trăng đã làm việc với Sở Khoa học và Công nghệ "
    "tỉnh Quảng Ninh.\n"
    "Lãnh đạo Sở cho biết Quảng Ninh đặt mục tiêu đến năm 2025 kinh tế số đạt 25% GRDP.\n"
    "Chủ tịch UBND tỉnh Sóc Trăng cho biết sẽ học tập mô hình của Quảng Ninh, phấn đấu đến năm "
    "2025 tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh đạt 70%.\n"
)


def test_another_provinces_target_is_left_out(matcher: Matcher) -> None:
    found = extract(VISIT, matcher, province="soc-trang")
    assert triples(found) == [(70.0, ">=", 2025)]


def test_without_province_every_target_stays(matcher: Matcher) -> None:
    """Which province a text is about is not guessed: without --province both stay."""
    assert triples(extract(VISIT, matcher)) == [(25.0, ">=", 2025), (70.0, ">=", 2025)]


def test_the_other_province_read_for_itself_keeps_its_own(matcher: Matcher) -> None:
    # Quảng Ninh's file: its 25% stays. (Sóc Trăng's 70% stays too: the last name before it is
    # Quảng Ninh's, named as a model; the rule reads the nearest name only.)
    found = extract(VISIT, matcher, province="quang-ninh")
    assert (25.0, ">=", 2025) in triples(found)


def test_a_name_written_with_the_old_tone_mark(matcher: Matcher) -> None:
    text = "Khánh Hoà phấn đấu đến năm 2025 có 80% hộ gia đình dùng cáp quang.\n"
    assert triples(extract(text, matcher, province="khanh-hoa")) == [(80.0, ">=", 2025)]
    assert extract(text, matcher, province="ninh-thuan") == []


def test_a_merged_units_former_names_are_its_own(matcher: Matcher) -> None:
    # Bình Dương became part of Thành phố Hồ Chí Minh on 1/7/2025: read for the new city, its
    # figures are the city's own; TP.HCM is written so too.
    text = (
        "Bình Dương phấn đấu đến năm 2025 kinh tế số đạt 25% GRDP.\n"
        "TP.HCM đặt mục tiêu đến năm 2030 kinh tế số đạt 40% GRDP.\n"
    )
    found = extract(text, matcher, province="ho-chi-minh-city")
    assert triples(found) == [(25.0, ">=", 2025), (40.0, ">=", 2030)]
    assert triples(extract(text, matcher, province="binh-duong")) == [(25.0, ">=", 2025)]


def test_a_new_subject_past_a_semicolon_takes_the_figure_back(matcher: Matcher) -> None:
    text = (
        "Năm 2025, Đà Nẵng đặt mục tiêu 100% hồ sơ được số hóa; tỉnh phấn đấu đạt 60% hồ sơ "
        "được số hóa.\n"
    )
    assert triples(extract(text, matcher, province="quang-tri")) == [(60.0, ">=", 2025)]


def test_another_provinces_task_is_left_out(matcher: Matcher) -> None:
    text = (
        "Đà Nẵng phấn đấu hoàn thành nền tảng dữ liệu dùng chung trước ngày 31/12/2025.\n"
        "Tỉnh phấn đấu hoàn thành Trung tâm điều hành thông minh trước ngày 30/6/2026.\n"
    )
    found = extract(text, matcher, province="quang-ngai")
    assert [(p.value, p.year) for p in found] == [(True, 2026)]
    assert len(extract(text, matcher)) == 2


def test_the_nation_and_an_unknown_id_keep_every_figure(matcher: Matcher) -> None:
    text = "Đà Nẵng phấn đấu đến năm 2025 có 98% hồ sơ trực tuyến toàn trình.\n"
    assert triples(extract(text, matcher, national=True, province="vietnam")) == [
        (98.0, ">=", 2025)
    ]
    assert triples(extract(text, matcher, province="atlantis")) == [(98.0, ">=", 2025)]


def test_the_command_passes_its_province(tmp_path: Path) -> None:
    ws = tmp_path / "ws"
    (ws / "targets").mkdir(parents=True)
    shutil.copy(REPO / "targets" / "indicators.yaml", ws / "targets" / "indicators.yaml")
    doc = tmp_path / "visit.txt"
    doc.write_text(VISIT, encoding="utf-8")
    runner = CliRunner()
    base = ["extract", str(doc), "-f", "json", "-w", str(ws)]
    done = runner.invoke(app, [*base, "--province", "Sóc Trăng"])
    assert done.exit_code == 0, done.output
    assert [r["value"] for r in json.loads(done.stdout)] == [70]
    done = runner.invoke(app, base)
    assert [r["value"] for r in json.loads(done.stdout)] == [25, 70]
