"""`dxgap plot` and `dxgap report` as users run them."""

from __future__ import annotations

import builtins
import re
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Cli


def test_plot_png_and_svg(cli: Cli, repo_workspace: Path, tmp_path: Path) -> None:
    png = tmp_path / "bp.png"
    code, _, err = cli("plot", "binh-phuoc", "--as-of", "2024", "-o", png, "-w", repo_workspace)
    assert code == 0, err
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

    svg = tmp_path / "bp.svg"
    code, _, _ = cli(
        "plot",
        "binh-phuoc",
        "dti-top10-2030",
        "--lang",
        "vi",
        "--as-of",
        "2024",
        "-o",
        svg,
        "-w",
        repo_workspace,
    )
    assert code == 0
    text = svg.read_text(encoding="utf-8")
    # text stays text (svg.fonttype none), so the Vietnamese labels are there verbatim
    assert "Xếp hạng chỉ số chuyển đổi số cấp tỉnh" in text
    assert "Chưa đến hạn" in text  # the status, in Vietnamese: the 2025–2030 window is ahead
    assert "tính đến năm 2024" in text  # the as-of line
    assert "Bình Phước · tính đến năm 2024" in text  # the figure's heading (a name, no slug)


def test_plot_refuses_other_formats_and_unknown_targets(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    code, _, err = cli("plot", "binh-phuoc", "-o", tmp_path / "x.jpg", "-w", repo_workspace)
    assert code == 2
    assert ".svg or .png" in err
    code, _, err = cli(
        "plot", "binh-phuoc", "dti-top-11", "-o", tmp_path / "x.png", "-w", repo_workspace
    )
    assert code == 1
    assert "did you mean dti-top10-2030" in err


def test_a_named_target_with_nothing_to_draw_is_refused_as_when_unnamed(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    # ../shared/cases/chart-no-data-axis: named, it was a lone star on an axis "cut to the data"
    out = tmp_path / "x.png"
    args = ["-o", out, "-w", repo_workspace, "--as-of", "2026"]
    code, _, err = cli("plot", "binh-duong", "party-orgs-interlinked-2025", *args)
    assert code == 2
    assert err.startswith("error: Bình Dương: nothing to draw for party-orgs-interlinked-2025: ")
    assert not out.exists()
    # with one that has data: still refused, the one without named
    code, _, err = cli(
        "plot", "binh-duong", "work-records-online-2025", "party-orgs-interlinked-2025", *args
    )
    assert code == 2
    assert "nothing to draw for party-orgs-interlinked-2025:" in err
    code, _, err = cli("plot", "binh-duong", "party-orgs-interlinked-2025", *args, "--lang", "vi")
    assert code == 2
    assert "không có gì để vẽ cho party-orgs-interlinked-2025" in err
    # unnamed, the same target is left out of the picture
    svg = tmp_path / "all.svg"
    code, _, err = cli("plot", "binh-duong", "-o", svg, "-w", repo_workspace, "--as-of", "2026")
    assert code == 0, err
    text = svg.read_text("utf-8")
    assert "work-records-online-2025" in text
    assert "party-orgs-interlinked-2025" not in text


def test_a_yes_no_chart_keeps_the_as_of_line(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    # the databases were reported not done in 2024; the chart as of 2026 shows 2026 too
    (tmp_path / "targets").mkdir()
    (tmp_path / "data").mkdir()
    indicators = repo_workspace / "targets" / "indicators.yaml"
    (tmp_path / "targets" / "indicators.yaml").write_bytes(indicators.read_bytes())
    (tmp_path / "targets" / "tinh-a.yaml").write_text(
        'province: {id: tinh-a, name: "Tỉnh A", name_en: "Tinh A"}\n'
        'sources:\n  - {id: s1, title: "Nghị quyết", date: 2021-11-10}\n'
        "targets:\n  - id: provincial-databases-2024\n"
        "    indicator: provincial_databases_completed\n    value: true\n    year: 2024\n"
        '    source: s1\n    quote: "Đến năm 2024, hoàn thiện CSDL của tỉnh"\n',
        encoding="utf-8",
    )
    (tmp_path / "data" / "d.csv").write_text(
        "province,indicator,year,value\ntinh-a,provincial_databases_completed,2024,false\n",
        encoding="utf-8",
    )
    svg = tmp_path / "c.svg"
    args = ["-o", svg, "-w", tmp_path, "--as-of", "2026", "--lang", "vi"]
    code, _, err = cli("plot", "tinh-a", "provincial-databases-2024", *args)
    assert code == 0, err
    text = svg.read_text("utf-8")
    assert "tính đến năm 2026" in text  # the as-of line's label, on the yes/no chart
    assert "2026" in re.findall(r"<text[^>]*>(\d{4})</text>", text)  # the year on the axis


def test_missing_charts_extra_is_a_clear_message(
    cli: Cli, repo_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    code, _, err = cli("plot", "binh-phuoc", "-o", tmp_path / "x.png", "-w", repo_workspace)
    assert code == 1
    assert (
        err.strip()
        == 'error: charts need matplotlib: pip install "dxgap[charts]" (or pip install matplotlib)'
    )
    assert not (tmp_path / "x.png").exists()


def test_report_writes_the_file_and_says_so(cli: Cli, repo_workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "bp.html"
    code, _, err = cli("report", "binh-phuoc", "--lang", "vi", "-o", out, "-w", repo_workspace)
    assert code == 0
    assert "đã ghi báo cáo" in err
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_needs_provinces_or_all(cli: Cli, repo_workspace: Path, tmp_path: Path) -> None:
    code, _, err = cli("report", "-o", tmp_path / "r.html", "-w", repo_workspace)
    assert code == 2
    assert "--all" in err
