"""Like with like (issue 16): what a not-comparable target's trajectory says, a rank target's
"of N" in `compare`, a week's snapshot left out of a comparison of whole years unless asked
for, and figures on another definition marked — each on real files in a temporary workspace,
run as a user runs dxgap."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.conftest import FIXTURES, Cli

CATALOGUE = (FIXTURES / "tasks-ws" / "targets" / "indicators.yaml").read_text("utf-8")

DEMO = """\
province: {id: demo, name: "Tỉnh mẫu", name_en: "Demo province"}
sources: [{id: plan, title: "Kế hoạch chuyển đổi số"}]
targets:
  - id: dti-top10-2030
    indicator: dti_rank
    comparator: "<="
    value: 10
    out_of: 63
    frequency: annual
    from_year: 2025
    year: 2030
    source: plan
    quote: "nằm trong nhóm 10 tỉnh, thành phố dẫn đầu"
"""

OTHER = """\
province: {id: other, name: "Tỉnh khác", name_en: "Other province"}
sources: [{id: s, title: "Báo cáo"}]
targets:
  - {id: online-80-2025, indicator: online_rate, comparator: ">=", value: 80, year: 2025,
     source: s, quote: "80% hồ sơ"}
"""


def _workspace(root: Path, rows: str) -> Path:
    (root / "targets").mkdir()
    (root / "data").mkdir()
    (root / "targets" / "indicators.yaml").write_text(CATALOGUE, encoding="utf-8")
    (root / "targets" / "demo.yaml").write_text(DEMO, encoding="utf-8")
    (root / "targets" / "other.yaml").write_text(OTHER, encoding="utf-8")
    header = "province,indicator,year,value,date,out_of,period,definition,source\n"
    (root / "data" / "figures.csv").write_text(header + rows, encoding="utf-8")
    return root


def _flat(text: str) -> str:
    """Text without the tables' borders and line breaks."""
    return " ".join(re.sub(r"[│┃┏┓┗┛┡┩└┘━─┳┻╇┼┬┴]", " ", text).split())


# --- 1. the trajectory of a target whose figures are of another ranking -----------------------

RANKS_OF_34 = "demo,dti_rank,2024,5,2025-10-21,34,,,DTI 2024 of 34 units\n"


def test_trajectory_of_a_not_comparable_target_says_why(cli: Cli, tmp_path: Path) -> None:
    # top 10 of 63, and the only figure is 5th of 34 (2024): there are data, of another ranking
    ws = _workspace(tmp_path, RANKS_OF_34)
    code, out, err = cli("trajectory", "demo", "dti-top10-2030", "--as-of", "2025", "-w", ws)
    assert code == 0, err
    flat = _flat(out)
    assert "neither a baseline nor data" not in flat
    assert "status not comparable" in flat
    assert (
        "Not comparable: the figures are ranks out of 34 units (latest: rank 5 of 34, 2024); "
        "the target is a rank out of 63." in flat
    )
    code, out, _ = cli(
        "trajectory", "demo", "dti-top10-2030", "--as-of", "2025", "--lang", "vi", "-w", ws
    )
    flat = _flat(out)
    assert "chưa có kỳ gốc hoặc số liệu" not in flat
    assert (
        "Không so sánh được: số liệu là thứ hạng trên 34 đơn vị (mới nhất: hạng 5/34, 2024); "
        "chỉ tiêu là thứ hạng trên 63 đơn vị." in flat
    )


def test_trajectory_of_a_target_whose_only_figure_is_a_week(cli: Cli, tmp_path: Path) -> None:
    # online_rate declares no snapshots: a week's 64% does not stand for 2024
    ws = _workspace(tmp_path, "other,online_rate,2024,64,2024-01-23,,2024-W03,,portal\n")
    code, out, err = cli("trajectory", "other", "--as-of", "2024", "-w", ws)
    assert code == 0, err
    assert (
        "Not comparable: the only figures are of part of a year (latest: 64%, week 3, 2024), "
        "which does not stand for the year." in _flat(out)
    )
    _, out, _ = cli("trajectory", "other", "--as-of", "2024", "--lang", "vi", "-w", ws)
    assert (
        "Không so sánh được: số liệu chỉ có của một phần năm (mới nhất: 64%, tuần 3/2024), "
        "không đại diện cho cả năm." in _flat(out)
    )


def test_plot_of_a_not_comparable_target_says_why(cli: Cli, tmp_path: Path) -> None:
    ws = _workspace(tmp_path, RANKS_OF_34)
    out_file = tmp_path / "chart.svg"
    code, _, err = cli(
        "plot", "demo", "dti-top10-2030", "--as-of", "2025", "-o", out_file, "-w", ws
    )
    assert code == 2
    assert "neither a baseline nor data" not in err
    assert (
        "Tỉnh mẫu: nothing to draw for dti-top10-2030: not comparable (its figures are ranks out "
        "of 34 units, the target a rank out of 63)" in " ".join(err.split())
    )


# --- 2. a rank target's "of N" in compare ------------------------------------------------------


def test_compare_shows_the_rank_targets_number_of_units(cli: Cli, tmp_path: Path) -> None:
    ws = _workspace(tmp_path, "demo,dti_rank,2022,12,,63,,,dti-2022\n")
    code, out, err = cli("compare", "dti_rank", "--as-of", "2024", "--lang", "vi", "-w", ws)
    assert code == 0, err
    flat = _flat(out)
    assert "hạng 12/63 (2022)" in flat
    # the own target as check writes it: of 63, every year of its window
    assert "≤ hạng 10/63 hằng năm giai đoạn 2025–2030" in flat
    _, out, _ = cli("compare", "dti_rank", "--as-of", "2024", "-w", ws)
    assert "≤ rank 10 of 63 every year 2025–2030" in _flat(out)
    _, out, _ = cli("compare", "dti_rank", "--as-of", "2024", "-f", "json", "-w", ws)
    (row,) = json.loads(out)
    assert (row["out_of"], row["target_out_of"], row["from_year"]) == (63, 63, 2025)


# --- 3. a week's snapshot and whole years --------------------------------------------------------

SNAPSHOT = (
    "demo,online_rate,2024,64,2024-01-23,,2024-W03,,portal week 3\n"
    "other,online_rate,2024,70,2024-12-31,,,,report\n"
)


def test_compare_leaves_a_weeks_figure_out_of_whole_years(cli: Cli, tmp_path: Path) -> None:
    ws = _workspace(tmp_path, SNAPSHOT)
    code, out, err = cli("compare", "online_rate", "--as-of", "2024", "-w", ws)
    assert code == 0, err
    flat = _flat(out)
    assert "1 Tỉnh khác 70% (2024)" in flat  # the province's name as its file writes it
    assert "64%" not in flat.split("Left out")[0]  # not ranked
    assert (
        "Left out: Tỉnh mẫu 64% (week 3, 2024): a figure of part of a year is not ranked with "
        "whole years; --snapshots ranks it too." in flat
    )
    _, out, _ = cli("compare", "online_rate", "--as-of", "2024", "--lang", "vi", "-w", ws)
    assert (
        "Không xếp hạng: Tỉnh mẫu 64% (tuần 3/2024): số liệu của một phần năm không được xếp "
        "hạng cùng số liệu cả năm; thêm --snapshots để xếp hạng cả số liệu này." in _flat(out)
    )
    _, out, _ = cli("compare", "online_rate", "--as-of", "2024", "-f", "json", "-w", ws)
    assert [(r["province"], r["latest_value"]) for r in json.loads(out)] == [("other", 70.0)]


def test_compare_ranks_a_snapshot_when_asked(cli: Cli, tmp_path: Path) -> None:
    ws = _workspace(tmp_path, SNAPSHOT)
    code, out, err = cli("compare", "online_rate", "--as-of", "2024", "--snapshots", "-w", ws)
    assert code == 0, err
    flat = _flat(out)
    assert "64% (week 3, 2024)" in flat
    assert "70% (2024)" in flat
    assert "Left out" not in flat
    assert "Note: The latest figures are of different periods" in flat


def test_a_snapshot_gives_way_to_the_provinces_last_whole_year(cli: Cli, tmp_path: Path) -> None:
    rows = SNAPSHOT + "demo,online_rate,2023,58,2023-12-31,,,,report 2023\n"
    ws = _workspace(tmp_path, rows)
    _, out, _ = cli("compare", "online_rate", "--as-of", "2024", "-f", "json", "-w", ws)
    assert [(r["province"], r["latest_value"], r["period"]) for r in json.loads(out)] == [
        ("other", 70.0, "2024"),
        ("demo", 58.0, "2023"),
    ]


# --- 4. definitions ----------------------------------------------------------------------------

DEFINITIONS = (
    "demo,online_rate,2022,66,,,,received online / all dossiers,report 2022\n"
    "other,online_rate,2022,62,,,,received online / all dossiers,report 2022\n"
    "ha-giang,online_rate,2024,82,,,,QĐ 766,report 2024\n"
    "nam-dinh,online_rate,2024,50,,,,,report 2024\n"
)


def test_compare_marks_a_figure_on_another_definition(cli: Cli, tmp_path: Path) -> None:
    ws = _workspace(tmp_path, DEFINITIONS)
    code, out, err = cli("compare", "online_rate", "--as-of", "2024", "-w", ws)
    assert code == 0, err
    flat = _flat(out)
    assert "1 Hà Giang 82% (2024) †" in flat  # marked beside its figure
    assert "66% (2022) †" not in flat
    assert "50% (2024) †" not in flat
    assert (
        "† On another definition (QĐ 766) than the other figures that state one (received "
        "online / all dossiers): not directly comparable." in flat
    )
    _, out, _ = cli("compare", "online_rate", "--as-of", "2024", "--lang", "vi", "-w", ws)
    assert (
        "† Số liệu theo định nghĩa khác (QĐ 766), không theo định nghĩa mà các số liệu khác "
        "nêu (received online / all dossiers): không so sánh trực tiếp được." in _flat(out)
    )
    _, out, _ = cli("compare", "online_rate", "--as-of", "2024", "-f", "json", "-w", ws)
    marks = {r["province"]: (r["definition"], r["other_definition"]) for r in json.loads(out)}
    assert marks == {
        "ha-giang": ("QĐ 766", True),
        "demo": ("received online / all dossiers", False),
        "other": ("received online / all dossiers", False),
        "nam-dinh": (None, False),
    }


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_one_definition_marks_nothing(cli: Cli, tmp_path: Path, lang: str) -> None:
    ws = _workspace(tmp_path, DEFINITIONS.replace("QĐ 766", "received online / all dossiers"))
    _, out, _ = cli("compare", "online_rate", "--as-of", "2024", "--lang", lang, "-w", ws)
    assert "†" not in out


def test_compare_of_snapshots_only_names_them(cli: Cli, tmp_path: Path) -> None:
    # every figure is a week's: nothing is ranked, and the note says what there is and how
    ws = _workspace(tmp_path, SNAPSHOT.splitlines()[0] + "\n")
    code, out, err = cli("compare", "online_rate", "--as-of", "2024", "-w", ws)
    assert code == 0, err
    flat = _flat(out)
    assert "no province reports or targets this indicator" not in flat
    assert "Left out: Tỉnh mẫu 64% (week 3, 2024)" in flat


def test_check_says_why_a_target_is_not_comparable(cli: Cli, tmp_path: Path) -> None:
    ws = _workspace(tmp_path, RANKS_OF_34)
    code, out, err = cli("check", "demo", "--as-of", "2025", "-w", ws)
    assert code == 0, err
    assert (
        "dti-top10-2030: Not comparable: the figures are ranks out of 34 units (latest: rank 5 "
        "of 34, 2024); the target is a rank out of 63." in _flat(out)
    )
    _, out, _ = cli("check", "demo", "--as-of", "2025", "--lang", "vi", "-w", ws)
    assert (
        "dti-top10-2030: Không so sánh được: số liệu là thứ hạng trên 34 đơn vị (mới nhất: hạng "
        "5/34, 2024); chỉ tiêu là thứ hạng trên 63 đơn vị." in _flat(out)
    )


RANKS_OF_63 = "demo,dti_rank,2022,12,2023-07-01,63,,,DTI 2022\n"


def test_check_says_a_rank_of_63_after_2024_cannot_be_measured(cli: Cli, tmp_path: Path) -> None:
    """The bundled Bình Phước's kind: "top 10 of 63 every year 2025–2030", read after the
    reorganisation of 2025, is not overdue: no ranking of 63 will ever be published for it."""
    ws = _workspace(tmp_path, RANKS_OF_63)
    code, out, err = cli("check", "demo", "--as-of", "2026", "-w", ws)
    assert code == 0, err
    assert "overdue" not in out
    assert (
        "dti-top10-2030: Not comparable: a rank out of 63 in 2025 cannot be measured: the "
        "rankings of the 63 provinces ended with 2024 (the 2025 reorganisation), those since "
        "rank the 34 units (latest: rank 12 of 63, 2022)." in _flat(out)
    )
    _, out, _ = cli("check", "demo", "--as-of", "2026", "--lang", "vi", "-w", ws)
    assert (
        "dti-top10-2030: Không so sánh được: không thể đo thứ hạng trên 63 đơn vị của năm 2025: "
        "bảng xếp hạng 63 tỉnh, thành phố chỉ có đến năm 2024; sau khi sắp xếp đơn vị hành "
        "chính năm 2025, các bảng xếp hạng chỉ còn 34 đơn vị (mới nhất: hạng 12/63, 2022)."
        in _flat(out)
    )
    code, out, _ = cli("check", "demo", "--as-of", "2024", "-w", ws)
    assert "Not comparable" not in _flat(out)  # as it stood in 2024, judged as usual
