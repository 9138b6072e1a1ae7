"""`check` on a 2025 unit with no target file of its own (../shared/cases/merged-successor-unknown):
the answer names --with-predecessors and the provinces it would show."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli


def test_a_successor_without_targets_points_to_its_predecessors(
    cli: Cli, repo_workspace: Path
) -> None:
    code, _, err = cli("check", "ho-chi-minh-city", "-w", repo_workspace)
    assert code == 1
    assert err.strip() == (
        "error: Thành phố Hồ Chí Minh (ho-chi-minh-city) has no target file of its own in this "
        "workspace; it was formed in 2025 from Bình Dương, Bà Rịa - Vũng Tàu and TP. Hồ Chí Minh; "
        "the targets of Bình Dương are shown by dxgap check ho-chi-minh-city --with-predecessors"
    )
    code, _, err = cli("check", "Đồng Nai", "-w", repo_workspace, "--lang", "vi")
    assert code == 1
    # every unit it was formed from (verification of issue 19: "từ Bình Phước" alone was wrong)
    assert (
        "được hình thành năm 2025 trên cơ sở sắp xếp Bình Phước và Đồng Nai: xem các chỉ tiêu "
        "của Bình Phước bằng lệnh" in " ".join(err.split())
    )
    assert "dxgap check dong-nai --with-predecessors" in " ".join(err.split())


def test_the_hint_is_right(cli: Cli, repo_workspace: Path) -> None:
    code, out, _ = cli("check", "ho-chi-minh-city", "--with-predecessors", "-w", repo_workspace)
    assert code == 0
    assert "binh-duong" in out or "Bình Dương" in out


def test_a_province_with_no_plan_is_named_and_told_where_its_figures_are(
    cli: Cli, repo_workspace: Path
) -> None:
    # issue 21: provinces measured with no plan are first-class; "unknown province" was wrong
    code, _, err = cli("check", "Hà Nội", "-w", repo_workspace)  # no predecessor here either
    assert code == 1
    assert err.strip() == (
        "error: Thành phố Hà Nội (ha-noi) has no target file in this workspace, so there is no "
        "plan to check; its measured figures, if any, are in dxgap compare INDICATOR and dxgap "
        "list; to check its plan, add targets/ha-noi.yaml (dxgap init makes a commented one)"
    )
    code, _, err = cli("check", "yen bai", "--lang", "vi", "-w", repo_workspace)
    assert code == 1
    assert "Yên Bái (yen-bai) chưa có tệp chỉ tiêu trong thư mục làm việc này" in " ".join(
        err.split()
    )


def test_an_unknown_name_is_still_unknown(cli: Cli, repo_workspace: Path) -> None:
    code, _, err = cli("check", "Atlantis", "-w", repo_workspace)
    assert code == 1
    assert "unknown province 'Atlantis'" in err
