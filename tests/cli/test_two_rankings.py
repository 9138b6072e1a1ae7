"""A year ranked twice (DTI 2024 on the 63 former provinces and on the 34 units) and a "top 10"
target that states no out_of: `check` reads the ranking of the province's map, or, for a unit
of both maps, refuses to choose and says why — whatever the order of the data rows
(docs/methodology.md §12). Real files in a temporary workspace, run as a user runs dxgap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.cli.test_comparable import _flat
from tests.conftest import FIXTURES, Cli

CATALOGUE = (FIXTURES / "tasks-ws" / "targets" / "indicators.yaml").read_text("utf-8")

PLAN = """\
province: {{id: {pid}, name: "{name}", name_en: "{name}"}}
sources: [{{id: plan, title: "Kế hoạch chuyển đổi số"}}]
targets:
  - {{id: dti-top10-2025, indicator: dti_rank, comparator: "<=", value: 10, year: 2025,
     source: plan, quote: "nằm trong nhóm 10 tỉnh, thành phố dẫn đầu"}}
"""

OF_63 = "{pid},dti_rank,2022,12,2023-07-01,63\n{pid},dti_rank,2024,11,2025-10-21,63\n"
OF_34 = "{pid},dti_rank,2024,5,2025-10-21,34\n"


def _workspace(root: Path, pid: str, name: str, first: str) -> Path:
    (root / "targets").mkdir()
    (root / "data").mkdir()
    (root / "targets" / "indicators.yaml").write_text(CATALOGUE, encoding="utf-8")
    plan = PLAN.format(pid=pid, name=name)
    (root / "targets" / f"{pid}.yaml").write_text(plan, encoding="utf-8")
    rows = OF_63 + OF_34 if first == "63" else OF_34 + OF_63
    header = "province,indicator,year,value,date,out_of\n"
    (root / "data" / "dti.csv").write_text(header + rows.format(pid=pid), encoding="utf-8")
    return root


@pytest.mark.parametrize("first", ["63", "34"])
def test_a_former_province_is_judged_on_the_ranking_of_63(
    cli: Cli, tmp_path: Path, first: str
) -> None:
    """Bình Phước is not among the 34: its 2024 rank is 11th of 63, not 5th of 34."""
    ws = _workspace(tmp_path, "binh-phuoc", "Tỉnh Bình Phước", first)
    code, out, err = cli("check", "binh-phuoc", "--as-of", "2024", "--format", "json", "-w", ws)
    assert code == 0, err
    row = json.loads(out)[0]
    assert (row["latest_value"], row["latest_out_of"], row["latest_year"]) == (11, 63, 2024)
    assert row["gap"] == 1  # -1·(10 - 11)
    assert row["status"] == "acceleration_needed"  # pace 0.5 a year of the 2/3 planned: 0.75


@pytest.mark.parametrize("first", ["63", "34"])
def test_a_unit_of_both_maps_is_not_comparable_and_check_says_why(
    cli: Cli, tmp_path: Path, first: str
) -> None:
    """Đà Nẵng: 11th of 63 (the former city) or 5th of 34 (with Quảng Nam)? The plan must say."""
    ws = _workspace(tmp_path, "da-nang", "Thành phố Đà Nẵng", first)
    args = ("check", "da-nang", "--as-of", "2024", "-w", ws)
    code, out, err = cli(*args, "--format", "json")
    assert code == 0, err
    row = json.loads(out)[0]
    assert (row["status"], row["latest_value"], row["gap"]) == ("not_comparable", None, None)
    _, out, _ = cli(*args)
    assert (
        "dti-top10-2025: Not comparable: the ranks of 2024 are out of 34 and 63 units, and the "
        "target states no out_of: its province is a unit both of the 63 and of the 34, so either "
        "ranking could be meant; add out_of to the target (the number of units of the ranking it "
        "refers to)." in _flat(out)
    )
    _, out, _ = cli(*args, "--lang", "vi")
    assert "Không so sánh được: thứ hạng năm 2024 có cả bảng xếp hạng 34 và 63 đơn vị" in _flat(out)
    assert "hãy ghi 'out_of' cho chỉ tiêu" in _flat(out)
    # as of 2023 there was one ranking: 12th of 63 in 2022
    _, out, _ = cli("check", "da-nang", "--as-of", "2023", "--format", "json", "-w", ws)
    assert json.loads(out)[0]["latest_value"] == 12
