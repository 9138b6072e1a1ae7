"""The HTML report: every target, a chart per quantified target, sources and quotes, offline,
and in Vietnamese throughout when asked (numbers, dates, words)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.conftest import Cli


def test_every_target_a_chart_per_quantified_target_and_sources(
    cli: Cli, repo_workspace: Path, bundled_report: dict[str, Path]
) -> None:
    page = bundled_report["en"].read_text(encoding="utf-8")
    _, out, _ = cli("check", "binh-duong", "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    rows = json.loads(out)
    for row in rows:
        assert f'data-target="{row["target_id"]}"' in page
    # a chart where there is a path to draw (a plan base, data or reported states), never a
    # lone star
    _, out, _ = cli(
        "trajectory", "binh-duong", "--as-of", "2024", "-f", "json", "-w", repo_workspace
    )
    with_path = {p["target_id"] for p in json.loads(out)}
    assert with_path
    # and a task's chart, its state timeline, where a state is reported (issue 16)
    with_path |= {row["target_id"] for row in rows if row["task_state"] is not None}
    for row in rows:
        drawn = f'id="chart-{row["target_id"]}"' in page
        assert drawn == (row["target_id"] in with_path), row["target_id"]
    assert page.count("<svg") == len(with_path)
    assert "Nghị quyết về chuyển đổi số tỉnh Bình Dương đến năm 2025" in page  # sources are cited
    assert "80% thủ tục hành chính" in page  # with their quotes


def test_the_report_is_self_contained(bundled_report: dict[str, Path]) -> None:
    page = bundled_report["en"].read_text(encoding="utf-8")
    assert "<script" not in page
    assert not re.search(r"<(link|img|iframe)\b", page)
    assert not re.search(r"url\((?!#)", page)  # only references inside the page
    assert not re.search(r'\bsrc="', page)


def _cells(page: str) -> list[str]:
    """The text of every table cell and paragraph of the page, without the charts."""
    page = re.sub(r"<svg.*?</svg>", "", page, flags=re.S)
    page = re.sub(r"<blockquote>.*?</blockquote>", "", page, flags=re.S)  # quotes are verbatim
    return [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<(?:td|p|h\d|span)[^>]*>(.*?)</", page)]


def test_the_vietnamese_report_writes_numbers_and_words_the_vietnamese_way(
    bundled_report: dict[str, Path],
) -> None:
    page = bundled_report["vi"].read_text(encoding="utf-8")
    assert '<html lang="vi">' in page
    assert "Báo cáo tiến độ các chỉ tiêu chuyển đổi số" in page
    assert "≥ 52.000 đến năm 2025" in page  # 52,000 would read as 52 in Vietnamese
    assert "&gt; 7.000 đến năm 2022" in page
    assert "+3 điểm phần trăm" in page  # no needless ",0"
    assert "phương pháp tuyến tính" in page
    text = " ".join(_cells(page))
    for english in (" by 20", " pp", "rank ", "places", "done", "linear", "52,000", "7,000"):
        assert english not in text, english
    assert not re.search(r"\b\d+\.\d%", text)  # no English decimals in percentages
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # no ISO dates


def test_the_english_report_keeps_english_numbers(bundled_report: dict[str, Path]) -> None:
    page = bundled_report["en"].read_text(encoding="utf-8")
    assert "≥ 52,000 by 2025" in page
    assert "+3 pp" in page


def test_a_report_draws_a_bounded_number_of_charts(
    repo_workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ../shared/cases/hostile-l-plot-big: 1,700 charts took minutes
    from dxgap import Workspace, api
    from dxgap.engine import Options
    from dxgap.output import report

    monkeypatch.setattr(report, "MAX_CHARTS", 1)
    content = api.report(Workspace(repo_workspace), ["binh-duong"], Options(as_of=2024))
    drawn: list[None] = []
    page = report.render_report(content, "en", progress=lambda: drawn.append(None))
    assert page.count("<svg") == len(drawn) == report.chart_count(content) == 1
    from dxgap.output import charts

    total = sum(charts.drawable(p) for s in content.sections for p in s.paths)
    assert total > 2
    assert f"{total - 1} more targets have a chart to draw" in page


def test_every_chart_has_its_text_alternative(bundled_report: dict[str, Path]) -> None:
    page = bundled_report["vi"].read_text(encoding="utf-8")
    figures = re.findall(r'<figure class="chart"[^>]*>', page)
    assert figures
    for figure in figures:
        label = re.search(r'role="img" aria-label="([^"]+)"', figure)
        assert label is not None, figure
        assert "mục tiêu" in label.group(1)  # what the chart shows, in words
    assert page.count("<title>") == len(figures) + 1  # each chart's, and the page's
