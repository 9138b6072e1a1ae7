"""dxgap as a library: typed results, names resolved as the command line resolves them, and no
side effects a caller did not ask for."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dxgap import Workspace, api
from dxgap.engine import Options
from dxgap.errors import NotFoundError, UsageError
from dxgap.results import GapRow

OPTIONS = Options(as_of=2024)


@pytest.fixture
def ws(repo_workspace: Path) -> Workspace:
    return Workspace(repo_workspace)


def test_a_workspace_from_a_string(repo_workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo_workspace)
    result = api.check(Workspace("."), "binh-phuoc", OPTIONS)  # type: ignore[arg-type]
    assert result.province.id == "binh-phuoc"


def test_check_returns_typed_rows_and_the_machine_table(ws: Workspace) -> None:
    result = api.check(ws, "Bình Phước", OPTIONS)
    assert result.province.name == "Bình Phước"
    assert all(isinstance(r, GapRow) for r in result.rows)
    row = next(r for r in result.rows if r.target_id == "dti-top10-2030")
    assert (row.latest_value, row.status, row.unit) == (12.0, "pending", "rank")
    assert (row.from_year, row.out_of, row.series_from) == (2025, 63, 2022)
    assert row.goal("vi") == "≤ hạng 10/63 hằng năm giai đoạn 2025–2030"
    assert result.table["target_id"].to_list() == [r.target_id for r in result.rows]
    assert result.summary.targets == len(result.rows)
    assert result.merger is not None
    assert result.merger.successor.id == "dong-nai"


def test_the_as_of_year_is_always_explicit() -> None:
    with pytest.raises(TypeError):
        Options()  # type: ignore[call-arg]


def test_the_library_writes_no_cache_unless_asked(
    repo_workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws_dir = tmp_path / "ws"
    shutil.copytree(repo_workspace / "targets", ws_dir / "targets")
    shutil.copytree(repo_workspace / "data", ws_dir / "data")
    monkeypatch.delenv("DXGAP_NO_CACHE")
    api.check(Workspace(ws_dir), "binh-duong", OPTIONS)
    assert sorted(p.name for p in ws_dir.iterdir()) == ["data", "targets"]
    api.check(Workspace(ws_dir, use_cache=True), "binh-duong", OPTIONS)
    assert (ws_dir / ".dxgap_cache").is_dir()


def test_unknown_names_and_bad_filters(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        api.check(ws, "hanoi", OPTIONS)
    with pytest.raises(UsageError):
        api.check(ws, "binh-duong", OPTIONS, statuses=["great"])
    with pytest.raises(NotFoundError):
        api.trajectory(ws, "binh-phuoc", OPTIONS, "no-such-target")


def test_trajectory_pairs_each_target_with_its_points(ws: Workspace) -> None:
    result = api.trajectory(ws, "binh-phuoc", OPTIONS, "dti-top10-2030")
    (path,) = result.paths
    assert path.row.target_id == "dti-top10-2030"
    assert [p.year for p in path.points] == list(range(2020, 2031))


def test_compare_and_status_summary(ws: Workspace) -> None:
    ranked = api.compare(ws, "Xếp hạng chỉ số chuyển đổi số cấp tỉnh (DTI)", OPTIONS)
    assert ranked.indicator.id == "dti_rank"
    planned = {"binh-duong", "binh-phuoc", "bac-lieu"}  # provinces with no plan too (issue 21)
    assert [r.province for r in ranked.rows if r.province in planned] == [
        "binh-duong",
        "binh-phuoc",
        "bac-lieu",
    ]
    counts = api.status_summary(ws, OPTIONS)
    assert {r.province for r in counts.rows} == {"bac-lieu", "binh-duong", "binh-phuoc", "vietnam"}


def test_provinces_with_their_lineage(ws: Workspace) -> None:
    listings = {item.province.id: item for item in api.provinces(ws)}
    lineage = listings["binh-duong"].lineage
    assert (lineage.kind, lineage.code, lineage.date) == ("merged", "79", "2025-07-01")
    assert "Tỉnh Bình Dương" not in lineage.others


def test_the_report_content_is_typed(ws: Workspace) -> None:
    report = api.report(ws, ["binh-duong", "vietnam"], OPTIONS)
    bd, vn = report.sections
    assert bd.file.province.id == "binh-duong"
    assert bd.merger is not None
    assert bd.merger.successor.id == "ho-chi-minh-city"
    assert vn.merger is None
    assert bd.summary.targets == len(bd.rows) == 76
    assert {p.row.province for p in bd.paths} == {"binh-duong"}


def test_every_function_takes_names_as_people_type_them(ws: Workspace) -> None:
    report = api.report(ws, ["Bình Dương"], OPTIONS)
    assert report.sections[0].file.province.id == "binh-duong"
    table = api.export_table(ws, ["binh phuoc", "74"], "gaps", OPTIONS)
    assert set(table["province"]) == {"binh-phuoc", "binh-duong"}
    with pytest.raises(NotFoundError):
        api.export_table(ws, ["hanoi"], "targets", OPTIONS)


class _WithStates(Workspace):
    """A workspace whose data files report two task states of Bình Dương (as `Workspace.states`
    will once the data files carry them)."""

    def states(self) -> object:
        import polars as pl

        from dxgap.frames import STATE_SCHEMA

        tasks = [t.id for t in self.targets().files["binh-duong"].targets if t.qualitative]
        rows = [
            {"province": "binh-duong", "target_id": tasks[0], "year": 2023, "date": None,
             "state": "done", "source": "kh-1906", "note": "Quyết định số 1/QĐ-UBND"},
            {"province": "binh-duong", "target_id": tasks[1], "year": 2024, "date": None,
             "state": "dropped", "source": None, "note": None},
        ]  # fmt: skip
        return pl.LazyFrame(rows, schema=STATE_SCHEMA)


def test_tasks_take_their_state_and_the_tally_counts_them(repo_workspace: Path) -> None:
    ws = _WithStates(repo_workspace)
    qualitative = [t.id for t in ws.targets().files["binh-duong"].targets if t.qualitative]
    result = api.check(ws, "binh-duong", OPTIONS)
    first = next(r for r in result.rows if r.target_id == qualitative[0])
    assert (first.task_state, first.status, first.evidence) == (
        "done",
        "achieved",
        "Quyết định số 1/QĐ-UBND",
    )
    assert first.is_task
    assert not first.quantified
    assert "not_quantified" not in result.table["status"].to_list()
    tally = api.tally(ws, "Bình Dương", "state", OPTIONS)
    # every qualitative target is a task: one done, one dropped, the rest without information
    (row,) = tally.rows
    assert (row.tasks, row.done, row.dropped) == (len(qualitative), 1, 1)
    assert row.no_information == len(qualitative) - 2
    assert tally.table.columns[:2] == ["province", "tasks"]
    by_pillar = api.tally(ws, None, "pillar", OPTIONS)
    assert sum(r.tasks for r in by_pillar.rows if r.province == "binh-duong") == len(qualitative)
