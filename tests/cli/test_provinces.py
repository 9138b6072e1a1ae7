"""Every province on the map (issue 21): the bundled province-level measurements of provinces
with and without a plan — DTI 2022 of all 63 provinces (dti.gov.vn), the national 2024
full-process rates against their targets — and data rows of any province of the place
reference. Expected values are read from the sources (data/SOURCES.md), not from dxgap."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.conftest import Cli

from dxgap import places

OLD_63 = {u.id for u in places.units() if u.scheme == places.PREVIOUS}


@pytest.fixture(scope="module")
def dti_2022() -> list[dict[str, object]]:
    from tests.conftest import REPO, run_cli

    code, out, err = run_cli("compare", "dti_rank", "--as-of", "2022", "-f", "json", "-w", REPO)
    assert code == 0, err
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_validate_passes_on_the_bundled_workspace(cli: Cli, repo_workspace: Path) -> None:
    code, out, err = cli("validate", "-w", repo_workspace)
    assert code == 0, out + err


def test_compare_dti_2022_ranks_all_63_provinces(dti_2022: list[dict[str, object]]) -> None:
    assert len(dti_2022) == 63
    assert {r["province"] for r in dti_2022} == OLD_63
    assert all(r["latest_year"] == 2022 and r["out_of"] == 63 for r in dti_2022)
    # dti.gov.vn/xep-hang-2022: '1 TP. Đà Nẵng', '24 TP. Hà Nội', '48 Tuyên Quang', '63 Bắc Kạn'
    rank = {r["province"]: r["rank"] for r in dti_2022}
    assert (rank["da-nang"], rank["ha-noi"], rank["tuyen-quang"], rank["bac-kan"]) == (
        1,
        24,
        48,
        63,
    )
    # lower is better, and the rank shown is the published one wherever there is no tie
    assert all(r["rank"] == r["latest_value"] for r in dti_2022)


def test_the_tie_at_15_is_shown_as_a_tie(dti_2022: list[dict[str, object]]) -> None:
    at = {}
    for r in dti_2022:
        at.setdefault(r["rank"], []).append(r["province"])
    assert sorted(at[15]) == ["thanh-hoa", "yen-bai"]  # '15 Thanh Hóa', '15 Yên Bái'
    assert 16 not in at
    assert at[17] == ["hau-giang"]
    assert sorted(at) == [*range(1, 16), *range(17, 64)]


def test_every_compared_row_names_its_source(dti_2022: list[dict[str, object]]) -> None:
    assert all(r["source"] == "https://dti.gov.vn/xep-hang-2022" for r in dti_2022)


def test_compare_in_vietnamese_reads_as_a_ministry_table(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli(
        "compare", "dti_rank", "--as-of", "2022", "--lang", "vi", "-w", repo_workspace
    )
    assert code == 0
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert any(line.startswith("│ 15 │ Thanh Hóa │ hạng 15") for line in lines)
    assert any(line.startswith("│ 15 │ Yên Bái │ hạng 15") for line in lines)
    assert any(line.startswith("│ 63 │ Bắc Kạn │ hạng 63") for line in lines)
    assert "Tỉnh, thành phố" in out


def test_check_vietnam_2024_shows_the_three_full_process_rates(
    cli: Cli, repo_workspace: Path
) -> None:
    code, out, _ = cli("check", "vietnam", "--as-of", "2024", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = {r["target_id"]: r for r in json.loads(out)}
    # kinhtedothi.vn: 45,8% (mục tiêu 50%); bộ, ngành 63,47% (70%); tỉnh, thành 18,54% (30%)
    expected = {
        "emc-full-process-dossiers-50-2024": (45.8, 50.0, 4.2),
        "emc-full-process-dossiers-ministries-70-2024": (63.47, 70.0, 6.53),
        "emc-full-process-dossiers-provinces-30-2024": (18.54, 30.0, 11.46),
    }
    for target_id, (latest, target, gap) in expected.items():
        row = rows[target_id]
        assert row["latest_value"] == pytest.approx(latest)
        assert row["latest_year"] == 2024
        assert row["target_value"] == target
        assert row["gap"] == pytest.approx(gap)
        assert row["status"] == "missed"  # the deadline, 2024, has passed without it


def test_a_successor_shows_its_predecessors_targets_labelled(
    cli: Cli, repo_workspace: Path
) -> None:
    code, out, _ = cli(
        "check", "ca-mau", "--with-predecessors", "--as-of", "2024", "-w", repo_workspace
    )
    assert code == 0
    assert "Bạc Liêu" in out  # Bạc Liêu (95) merged into Cà Mau on 1/7/2025


def _workspace(tmp_path: Path, repo: Path, rows: str) -> Path:
    (tmp_path / "targets").mkdir()
    (tmp_path / "data").mkdir()
    shutil.copy(repo / "targets" / "indicators.yaml", tmp_path / "targets")
    shutil.copy(repo / "targets" / "bac-lieu.yaml", tmp_path / "targets")
    header = "province,indicator,year,value,date,source,note,out_of\n"
    (tmp_path / "data" / "figures.csv").write_text(header + rows, encoding="utf-8")
    return tmp_path


def test_rows_of_any_province_of_the_place_reference_are_data(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    rows = (
        "yen-bai,dti_rank,2022,15,2023-07-12,https://dti.gov.vn/xep-hang-2022,,63\n"  # old only
        "ho-chi-minh-city,dti_rank,2022,2,2023-07-12,https://dti.gov.vn/xep-hang-2022,,63\n"
        "bac-lieu,dti_rank,2022,60,2023-07-12,https://dti.gov.vn/xep-hang-2022,,63\n"
    )
    ws = _workspace(tmp_path, repo_workspace, rows)
    code, out, err = cli("validate", "-w", ws)
    assert code == 0, out + err
    code, out, _ = cli("compare", "dti_rank", "--as-of", "2022", "-f", "json", "-w", ws)
    assert code == 0
    assert [(r["rank"], r["province"]) for r in json.loads(out)] == [
        (1, "ho-chi-minh-city"),
        (2, "yen-bai"),
        (3, "bac-lieu"),
    ]


def test_a_province_outside_the_place_reference_is_still_refused(
    cli: Cli, repo_workspace: Path, tmp_path: Path
) -> None:
    rows = "tinh-moi,dti_rank,2022,15,2023-07-12,https://dti.gov.vn/xep-hang-2022,,63\n"
    ws = _workspace(tmp_path, repo_workspace, rows)
    code, out, err = cli("validate", "-w", ws, "-f", "json")
    assert code == 1
    assert "data.unknown_province" in out + err


def test_list_shows_provinces_without_a_plan_apart(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("list", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = json.loads(out)
    planned = [r["province"] for r in rows if r["planned"]]
    assert planned == ["bac-lieu", "binh-duong", "binh-phuoc", "vietnam"]  # the target files
    unplanned = {r["province"]: r for r in rows if not r["planned"]}
    assert set(unplanned) == OLD_63 - {"bac-lieu", "binh-duong", "binh-phuoc"}
    yen_bai = unplanned["yen-bai"]  # one figure: '15 Yên Bái' in DTI 2022
    assert (yen_bai["name"], yen_bai["targets"], yen_bai["observations"]) == ("Yên Bái", 0, 1)
    assert yen_bai["merged_into"] == "lao-cai"  # Yên Bái (15) became part of Lào Cai (15)
    assert yen_bai["years"] == "2022"  # one year, not 2022–2022
    assert unplanned["da-nang"]["years"] == "2020–2024"
    code, out, _ = cli("list", "--lang", "vi", "-w", repo_workspace)
    assert code == 0
    text = " ".join(out.split())
    first, second = (
        "Các tỉnh, thành phố trong thư mục làm việc",
        "có số liệu nhưng chưa có kế hoạch",
    )
    assert text.index(first) < text.index("binh-phuoc") < text.index(second) < text.index("yen-bai")


def test_compare_dti_2024_keeps_the_63_and_the_34_apart(cli: Cli, repo_workspace: Path) -> None:
    """DTI 2024 on two lists: the former Đà Nẵng 2nd of 63 (0.8335) and the new Đà Nẵng, with
    Quảng Nam, 17th of 34 (hasontech, C); the former TP.HCM 1st of 63 (VnEconomy) and the new
    one 4th of 34 (Dân trí's order). Each in its list, ranked only against its own list."""
    code, out, err = cli(
        "compare", "dti_rank", "--as-of", "2024", "-f", "json", "-w", repo_workspace
    )
    assert code == 0, err
    rows = json.loads(out)
    figures = {(r["province"], r["out_of"]): (r["latest_year"], r["latest_value"]) for r in rows}
    assert figures[("da-nang", 63)] == (2024, 2.0)
    assert figures[("da-nang", 34)] == (2024, 17.0)
    assert figures[("ho-chi-minh-city", 63)] == (2024, 1.0)
    assert figures[("ho-chi-minh-city", 34)] == (2024, 4.0)
    of_34 = [(r["rank"], r["province"], r["latest_value"]) for r in rows if r["out_of"] == 34]
    # Dân trí, VTC News, Gia Lai's Kế hoạch 18: 1 Hà Nội … 7 Hà Tĩnh; hasontech: Đà Nẵng 17
    assert of_34 == [
        (1, "ha-noi", 1.0),
        (2, "hue", 2.0),
        (3, "hai-phong", 3.0),
        (4, "ho-chi-minh-city", 4.0),
        (5, "thanh-hoa", 5.0),
        (6, "dien-bien", 6.0),
        (7, "ha-tinh", 7.0),
        (8, "da-nang", 17.0),
        (9, "gia-lai", 31.0),
    ]
    assert [r["out_of"] for r in rows] == sorted((r["out_of"] for r in rows), reverse=True)


@pytest.mark.parametrize(
    ("lang", "of_63", "of_34", "da_nang_63", "da_nang_34"),
    [
        (
            "en",
            "ranking of the 63 provinces before the 2025 reorganisation",
            "ranking of the 34 provincial units after the 2025 reorganisation",
            "│ 2 │ Đà Nẵng │ rank 2 of 63 (2024) │",
            "│ 8 │ Đà Nẵng ← Quảng Nam │ rank 17 of 34 (2024) │",
        ),
        (
            "vi",
            "bảng xếp hạng 63 tỉnh, thành phố trước khi sắp xếp",
            "bảng xếp hạng 34 tỉnh, thành phố sau sắp xếp",
            "│ 2 │ Đà Nẵng │ hạng 2/63 (2024) │",
            "│ 8 │ Đà Nẵng ← Quảng Nam │ hạng 17/34 (2024) │",
        ),
    ],
)
def test_compare_dti_2024_labels_each_list_and_the_merged_units(
    cli: Cli,
    repo_workspace: Path,
    lang: str,
    of_63: str,
    of_34: str,
    da_nang_63: str,
    da_nang_34: str,
) -> None:
    code, out, _ = cli(
        "compare", "dti_rank", "--as-of", "2024", "--lang", lang, "-w", repo_workspace
    )
    assert code == 0
    text = " ".join(out.split())
    # one table per list, each under its title; a unit formed in 2025 named with what it took in
    assert text.index(of_63) < text.index(da_nang_63) < text.index(of_34) < text.index(da_nang_34)
    joined = "và" if lang == "vi" else "and"  # a list as a sentence writes it
    assert f"Hồ Chí Minh ← Bình Dương {joined} Bà Rịa - Vũng Tàu" in text


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "en",
            "Note: the latest ranks are of different years (2022–2024): a rank is a place in its "
            "own year's ranking, so their order (#) across years is only indicative.",
        ),
        (
            "vi",
            "Lưu ý: các thứ hạng mới nhất thuộc các năm khác nhau (2022–2024): mỗi thứ hạng là vị "
            "trí trong bảng xếp hạng của năm đó, nên thứ tự (#) giữa các năm chỉ có tính tham khảo.",
        ),
    ],
)
def test_ranks_of_different_years_are_said_to_be_so(
    cli: Cli, repo_workspace: Path, lang: str, note: str
) -> None:
    """As of 2024 the list of 63 holds TP.HCM's 2024 rank beside Bắc Kạn's of 2022 (its only
    one, dti.gov.vn): an order across editions, said so; DTI 2022 alone is one year."""
    _, out, _ = cli("compare", "dti_rank", "--as-of", "2024", "--lang", lang, "-w", repo_workspace)
    assert note in " ".join(out.split())
    _, out, _ = cli("compare", "dti_rank", "--as-of", "2022", "--lang", lang, "-w", repo_workspace)
    assert note.split(":")[0] + ":" not in out  # no note: every rank is of 2022


@pytest.mark.parametrize(
    ("lang", "note"),
    [
        (
            "en",
            "Note: the latest figures are of different years (2022–2024): the order (#) sets one "
            "year's figure against another year's, so it is only indicative.",
        ),
        (
            "vi",
            "Lưu ý: số liệu mới nhất của các tỉnh, thành phố thuộc các năm khác nhau (2022–2024): "
            "thứ tự (#) đặt số liệu của năm này cạnh số liệu của năm khác, nên chỉ có tính tham "
            "khảo.",
        ),
    ],
)
def test_figures_of_different_years_are_said_to_be_so(
    cli: Cli, repo_workspace: Path, lang: str, note: str
) -> None:
    """The share of dossiers filed online: Bình Dương's latest is of 2024 (76%), Hòa Bình's of
    2022 (86.5%) — ranked one above the other, an order across years, said so; as of 2022 every
    figure is of 2022 and nothing is said."""
    _, out, _ = cli("compare", "online_dossier_rate", "--lang", lang, "-w", repo_workspace)
    assert note in " ".join(out.split())
    _, out, _ = cli(
        "compare", "online_dossier_rate", "--as-of", "2022", "--lang", lang, "-w", repo_workspace
    )
    assert note.split(":")[0] + ":" not in out


TOP10 = """\
province: {id: demo, name: "Tỉnh mẫu", name_en: "Demo province"}
sources: [{id: plan, title: "Kế hoạch chuyển đổi số"}]
targets:
  - {id: dti-top10-2030, indicator: dti_rank, comparator: "<=", value: 10, year: 2030,
     source: plan, quote: "nằm trong nhóm 10 tỉnh dẫn đầu"}
"""


@pytest.mark.parametrize("second", ["34", "none"])
def test_a_rank_target_without_its_units_warns_of_two_rankings_in_a_year(
    cli: Cli, repo_workspace: Path, tmp_path: Path, second: str
) -> None:
    """Two ranks of 2024 (of 63 and of 34) and a top-10 target with no out_of: either could be
    the year's value, so validate warns at the year's last rank row; one ranking does not."""
    (tmp_path / "targets").mkdir()
    (tmp_path / "data").mkdir()
    shutil.copy(repo_workspace / "targets" / "indicators.yaml", tmp_path / "targets")
    (tmp_path / "targets" / "demo.yaml").write_text(TOP10, encoding="utf-8")
    rows = "demo,dti_rank,2023,12,2025-02,63\ndemo,dti_rank,2024,20,2025-10-21,63\n"
    if second == "34":  # the same year's rank among the 34 units
        rows += "demo,dti_rank,2024,5,2025-10-21,34\n"
    header = "province,indicator,year,value,date,out_of\n"
    (tmp_path / "data" / "dti.csv").write_text(header + rows, encoding="utf-8")
    code, out, err = cli("validate", "-w", tmp_path)
    assert code == 0, out + err
    text = " ".join((out + err).split())
    if second == "none":
        assert "warning" not in text
        return
    assert (
        "data/dti.csv:4:1: row: warning: the ranks of 2024 are out of 34 and 63 units, and target "
        "'dti-top10-2030' states no out_of: check cannot tell which ranking it refers to and "
        "leaves it not comparable; add out_of to the target (the number of units of the ranking "
        "it refers to)" in text
    )
    _, out, err = cli("validate", "--lang", "vi", "-w", tmp_path)
    assert (
        "thứ hạng năm 2024 có cả bảng xếp hạng 34 và 63 đơn vị, còn chỉ tiêu 'dti-top10-2030' "
        "không ghi 'out_of'" in " ".join((out + err).split())
    )
