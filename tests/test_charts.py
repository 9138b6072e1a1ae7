"""Charts and the HTML report: files people paste into slides and send to steering committees."""

from __future__ import annotations

import builtins
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dxgap.output import charts
from dxgap.cli import app
from dxgap.frames import STATUSES
from dxgap.text import status_label

runner = CliRunner()


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def test_the_chart_font_has_every_vietnamese_letter_dxgap_prints(repo_workspace: Path) -> None:
    import yaml
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    font = FT2Font(font_manager.findfont(charts.FONT, fallback_to_default=False))
    catalogue = yaml.safe_load((repo_workspace / "targets" / "indicators.yaml").read_text("utf-8"))
    text = "".join(i["name"]["vi"] for i in catalogue["indicators"])
    text += "".join(status_label(s, "vi") for s in STATUSES) + "".join(charts.chart_words("vi").values())
    text += "Bình Dương Bình Phước Bạc Liêu Việt Nam ĐđƯưƠơ"
    missing = sorted({c for c in text if c.strip() and font.get_char_index(ord(c)) == 0})
    assert missing == []


def test_plot_png_and_svg(repo_workspace: Path, tmp_path: Path) -> None:
    png = tmp_path / "bp.png"
    code, _, err = invoke("plot", "binh-phuoc", "--as-of", "2024", "-o", png, "-w", repo_workspace)
    assert code == 0, err
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

    svg = tmp_path / "bp.svg"
    code, _, _ = invoke(
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
    assert "Đúng tiến độ" in text  # the status, in Vietnamese
    assert "tính đến 2024" in text  # the as-of line
    assert "Bình Phước (binh-phuoc) · tính đến năm 2024" in text  # the figure's heading


def test_plot_refuses_other_formats_and_unknown_targets(
    repo_workspace: Path, tmp_path: Path
) -> None:
    code, _, err = invoke("plot", "binh-phuoc", "-o", tmp_path / "x.jpg", "-w", repo_workspace)
    assert code == 2
    assert ".svg or .png" in err
    code, _, err = invoke(
        "plot", "binh-phuoc", "dti-top-11", "-o", tmp_path / "x.png", "-w", repo_workspace
    )
    assert code == 1
    assert "did you mean dti-top10-2030" in err


def test_missing_charts_extra_is_a_clear_message(
    repo_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_matplotlib(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    code, _, err = invoke("plot", "binh-phuoc", "-o", tmp_path / "x.png", "-w", repo_workspace)
    assert code == 1
    assert (
        err.strip()
        == 'error: charts need matplotlib: pip install "dxgap[charts]" (or pip install matplotlib)'
    )
    assert not (tmp_path / "x.png").exists()


def report(repo: Path, out: Path, *extra: str) -> str:
    code, _, err = invoke("report", "binh-duong", "--as-of", "2024", "-o", out, *extra, "-w", repo)
    assert code == 0, err
    return out.read_text(encoding="utf-8")


def test_report_has_every_target_a_chart_per_quantified_target_and_sources(
    repo_workspace: Path, tmp_path: Path
) -> None:
    page = report(repo_workspace, tmp_path / "bd.html")
    _, out, _ = invoke("check", "binh-duong", "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    rows = json.loads(out)
    for row in rows:
        assert f'data-target="{row["target_id"]}"' in page
    quantified = [r for r in rows if r["status"] != "not_quantified"]
    for row in quantified:
        assert f'id="chart-{row["target_id"]}"' in page
    assert page.count("<svg") == len(quantified)
    assert "Nghị quyết 05-NQ/TU" in page  # sources are cited
    assert "80% thủ tục hành chính" in page  # with their quotes


def test_report_is_self_contained(repo_workspace: Path, tmp_path: Path) -> None:
    page = report(repo_workspace, tmp_path / "bd.html")
    assert "<script" not in page
    assert not re.search(r"<(link|img|iframe)\b", page)
    assert not re.search(r"url\((?!#)", page)  # only references inside the page
    assert not re.search(r'\bsrc="', page)


def test_report_in_vietnamese(repo_workspace: Path, tmp_path: Path) -> None:
    page = report(repo_workspace, tmp_path / "bd.html", "--lang", "vi")
    assert '<html lang="vi">' in page
    assert "Báo cáo tiến độ các chỉ tiêu chuyển đổi số" in page
    assert "Chưa có số liệu" in page


def test_terminal_chart_and_table_fallback(repo_workspace: Path) -> None:
    code, out, _ = invoke(
        "trajectory",
        "binh-phuoc",
        "dti-top10-2030",
        "--as-of",
        "2024",
        "--chart",
        "-w",
        repo_workspace,
    )
    assert code == 0
    assert "●" in out
    assert "★" in out
    assert "· plan" in out
    code, out, _ = invoke(
        "trajectory", "binh-phuoc", "dti-top10-2030", "--as-of", "2024", "-w", repo_workspace
    )
    assert code == 0
    assert "Planned" in out  # not a terminal: the table
    assert "★" not in out


def test_check_shows_a_progress_bar_when_wide(repo_workspace: Path) -> None:
    code, out, _ = invoke("check", "binh-phuoc", "--as-of", "2024", "-w", repo_workspace)
    assert code == 0
    assert "▇ 87%" in out
