"""The check cache: a second command on unchanged files reads no data row, any change to what
the checks depend on is seen, and a cache that cannot be used is skipped without a word."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal
from typer.testing import CliRunner

from dxgap import cache
from dxgap.cli import app
from dxgap.data import check as checking
from dxgap.errors import InputError
from dxgap.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled workspace, with the cache on."""
    monkeypatch.delenv(cache.ENV_OFF)
    shutil.copytree(REPO / "targets", tmp_path / "targets")
    shutil.copytree(REPO / "data", tmp_path / "data")
    return tmp_path


def _forbid_checking(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("the data files were checked again")

    monkeypatch.setattr(checking, "_grouped", fail)


def test_a_second_workspace_reuses_the_check(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Workspace(workspace, use_cache=True).checked()
    assert (workspace / ".dxgap_cache" / ".gitignore").read_text().strip().endswith("*")
    _forbid_checking(monkeypatch)
    second = Workspace(workspace, use_cache=True).checked()
    assert_frame_equal(second.totals, first.totals)
    key = ["_file", "_row"]
    assert_frame_equal(second.details.collect().sort(key), first.details.collect().sort(key))


def test_the_cli_gives_the_same_table_from_the_cache(workspace: Path) -> None:
    runner = CliRunner()
    args = ["export", "--all", "--format", "csv", "--workspace", str(workspace)]
    cold = runner.invoke(app, args)
    warm = runner.invoke(app, args)
    assert cold.exit_code == 0, cold.output
    assert warm.stdout == cold.stdout


def test_a_changed_data_file_is_checked_again(workspace: Path) -> None:
    Workspace(workspace, use_cache=True).checked()
    data = sorted((workspace / "data").glob("*.csv"))[0]
    with data.open("a", encoding="utf-8") as fh:
        fh.write("nowhere,online_dossier_rate,2024,50\n")
    with pytest.raises(InputError) as info:
        Workspace(workspace, use_cache=True).checked()
    assert any("unknown province 'nowhere'" in p.message() for p in info.value.problems)


def test_a_changed_catalogue_bound_is_seen(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(workspace, use_cache=True)
    ws.checked()
    indicators = dict(ws.targets().indicators)
    paths = ws.data_paths()
    provinces = set(ws.targets().files)
    before = cache.key(paths, indicators, provinces, "point")
    first = next(iter(indicators.values()))
    indicators[first.id] = first.model_copy(update={"max": 1.0})
    assert cache.key(paths, indicators, provinces, "point") != before
    assert cache.key(paths, ws.targets().indicators, provinces, "comma") != before


def test_the_cache_can_be_turned_off(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_OFF, "1")
    Workspace(workspace, use_cache=True).checked()
    assert not (workspace / ".dxgap_cache").exists()


def test_a_cache_that_cannot_be_written_is_skipped(workspace: Path) -> None:
    """As in a read-only workspace: the folder cannot be made (here a file has its name)."""
    (workspace / ".dxgap_cache").write_text("not a folder")
    assert Workspace(workspace, use_cache=True).checked().totals.height > 0
    assert Workspace(workspace, use_cache=True).checked().totals.height > 0
    assert (workspace / ".dxgap_cache").read_text() == "not a folder"


def test_a_damaged_cache_is_ignored(workspace: Path) -> None:
    expected = Workspace(workspace, use_cache=True).checked().totals
    for f in (workspace / ".dxgap_cache").glob("*.parquet"):
        f.write_bytes(b"not parquet")
    assert_frame_equal(Workspace(workspace, use_cache=True).checked().totals, expected)


def test_only_the_newest_entries_are_kept(workspace: Path) -> None:
    for i in range(cache.KEEP + 2):
        data = sorted((workspace / "data").glob("*.csv"))[0]
        os.utime(data, ns=(10**18 + i, 10**18 + i))  # another key each time
        Workspace(workspace, use_cache=True).checked()
    assert len(list((workspace / ".dxgap_cache").glob("data-*.json"))) == cache.KEEP
    assert len(list((workspace / ".dxgap_cache").glob("*.parquet"))) == cache.KEEP


def test_validate_never_uses_the_cache(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Workspace(workspace, use_cache=True).checked()
    calls = []
    real = checking._grouped

    def counted(*args: object, **kwargs: object) -> pl.DataFrame:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(checking, "_grouped", counted)
    result = CliRunner().invoke(app, ["validate", "--workspace", str(workspace)])
    assert result.exit_code == 0, result.output
    assert calls


def test_targets_are_remembered_and_equal(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = Workspace(workspace, use_cache=True).targets()
    monkeypatch.setattr(
        "dxgap.targets.load.yamlio.parse", lambda *a: pytest.fail("a target file was parsed again")
    )
    second = Workspace(workspace, use_cache=True).targets()
    assert second.files == first.files
    assert second.catalogue == first.catalogue
    assert second.warnings == first.warnings


def test_an_edited_target_file_is_validated_again(workspace: Path) -> None:
    Workspace(workspace, use_cache=True).targets()
    plan = workspace / "targets" / "binh-duong.yaml"
    plan.write_text(plan.read_text("utf-8") + "\nunexpected_key: 1\n", "utf-8")
    with pytest.raises(InputError) as info:
        Workspace(workspace, use_cache=True).targets()
    assert any("unexpected_key" in str(p) for p in info.value.problems)


def test_a_damaged_targets_entry_is_ignored(workspace: Path) -> None:
    expected = Workspace(workspace, use_cache=True).targets()
    for f in (workspace / ".dxgap_cache").glob("targets-*.json"):
        f.write_text('{"catalogue": "{}", "files": {}, "warnings": []}', "utf-8")
    assert Workspace(workspace, use_cache=True).targets().files == expected.files


def test_a_failed_write_leaves_no_temporary_file(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(self: pl.DataFrame, *args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", full_disk)
    assert Workspace(workspace, use_cache=True).checked().totals.height > 0
    assert not list((workspace / ".dxgap_cache").glob(".*.tmp"))
    assert not list((workspace / ".dxgap_cache").glob("data-*"))


@pytest.mark.parametrize("package", ["data", "targets"])
def test_a_key_covers_every_module_that_reads_the_files(package: str) -> None:
    """An upgrade or an edit of any module of the layer that checks the files gives another
    key: a cache of an older dxgap is never taken for a check of this one."""
    modules = sorted((REPO / "src" / "dxgap" / package).glob("*.py"))
    assert len(modules) > 3
    covered = {Path(str(entry[0])) for entry in cache._code(package)}
    assert {m.resolve() for m in modules} <= covered


def test_the_cache_holds_json_and_parquet_only(workspace: Path) -> None:
    """No pickles: a cache folder shipped inside a repository cannot run code."""
    Workspace(workspace, use_cache=True).targets()
    Workspace(workspace, use_cache=True).checked()
    names = sorted(p.name for p in (workspace / ".dxgap_cache").iterdir())
    assert names[0] == ".gitignore"
    assert {Path(n).suffix for n in names[1:]} == {".json", ".parquet"}


# --- a cache edited by hand (../shared/cases/hostile-c-tamper) --------------------------------


def _entry(workspace: Path, kind: str) -> tuple[Path, Path]:
    """(meta, body) of the one cache entry of `kind` ("data" or "targets")."""
    folder = workspace / ".dxgap_cache"
    (meta,) = [p for p in folder.glob(f"{kind}-*.json") if p.suffixes == [".json"]]
    body = folder / meta.name.replace(
        ".json", ".groups.parquet" if kind == "data" else ".targets.json"
    )
    return meta, body


def _check_json(workspace: Path) -> list[tuple[object, ...]]:
    result = CliRunner().invoke(app, ["check", "binh-duong", "-f", "json", "-w", str(workspace)])
    assert result.exit_code == 0, result.output
    import json

    return [(r["target_id"], r["latest_value"], r["status"]) for r in json.loads(result.stdout)]


def _tamper_groups(body: Path, value: float) -> None:
    groups = pl.read_parquet(body).with_columns(
        value=pl.lit(value), _min=pl.lit(value), _max=pl.lit(value)
    )
    groups.write_parquet(body)


@pytest.mark.parametrize(
    "edit",
    [
        lambda meta, body: meta.write_text("[]"),
        lambda meta, body: meta.write_text("null"),
        lambda meta, body: meta.write_text('{"exact": ["a"]}'),
        lambda meta, body: pl.read_parquet(body).drop("value").write_parquet(body),
        lambda meta, body: _tamper_groups(body, float("nan")),
        lambda meta, body: _tamper_groups(body, 1e9),
        lambda meta, body: body.write_bytes(body.read_bytes()[:100]),
    ],
    ids=["meta-list", "meta-null", "meta-exact-text", "groups-column-dropped", "groups-nan",
         "groups-1e9", "groups-cut-short"],
)  # fmt: skip
def test_an_edited_data_entry_is_ignored(workspace: Path, edit: object) -> None:
    expected = _check_json(workspace)
    meta, body = _entry(workspace, "data")
    edit(meta, body)  # type: ignore[operator]
    assert _check_json(workspace) == expected


@pytest.mark.parametrize("cut", [False, True], ids=["value-500", "cut-short"])
def test_an_edited_targets_entry_is_ignored(workspace: Path, cut: bool) -> None:
    import json

    expected = _check_json(workspace)
    _, body = _entry(workspace, "targets")
    if cut:
        body.write_bytes(body.read_bytes()[:1000])
    else:
        saved = json.loads(body.read_text("utf-8"))
        plan = json.loads(saved["files"]["binh-duong"])
        plan["targets"][0]["value"] = 500.0
        saved["files"]["binh-duong"] = json.dumps(plan, ensure_ascii=False)
        body.write_text(json.dumps(saved, ensure_ascii=False), "utf-8")
    assert _check_json(workspace) == expected
