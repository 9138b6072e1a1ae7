"""`load`: target files read, validated and checked; every problem collected, by code."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from dxgap.errors import InputError
from dxgap.targets import load
from dxgap.targets.models import Catalogue, TargetFile
from dxgap.text import Msg

REPO = Path(__file__).resolve().parent.parent.parent

PLAN = """\
province: {id: demo, name: "Tỉnh thử", name_en: "Demo"}
sources:
  - {id: plan, title: "Kế hoạch"}
targets:
  - {id: online, indicator: online_rate, comparator: ">=", value: 80, year: 2025,
     source: plan, quote: "80%"}
"""


@pytest.fixture
def folder(tmp_path: Path, invalid_dir: Path) -> Path:
    """A targets folder with the fixture catalogue and one valid plan."""
    targets = tmp_path / "targets"
    targets.mkdir()
    shutil.copy(invalid_dir / "indicators.yaml", targets / "indicators.yaml")
    (targets / "demo.yaml").write_text(PLAN, encoding="utf-8")
    return targets


# --- parse_yaml --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "msg", "position"),
    [
        ("", Msg("yaml.empty"), (1, 1)),
        ("# only a comment\n", Msg("yaml.empty"), (1, 1)),
        ("\n- a\n- b\n", Msg("yaml.top_not_mapping", got=Msg("kind.list")), (2, 1)),
        ("42\n", Msg("yaml.top_not_mapping", got=Msg("kind.number", number=42)), (1, 1)),
    ],
)
def test_a_file_that_is_not_a_mapping(
    tmp_path: Path, text: str, msg: Msg, position: tuple[int, int]
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")

    parsed = load.parse_yaml(path, "x.yaml")

    assert parsed.data is None
    [p] = parsed.at.problems
    assert (p.path, p.msg, (p.line, p.column)) == ("x.yaml", msg, position)


def test_parse_yaml_names_the_file_as_given(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("a: 1\n", encoding="utf-8")

    assert load.parse_yaml(path).at.filename == str(path)
    assert load.parse_yaml(path, "shown.yaml").data == {"a": 1}


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"a: \xe1\n", "file.not_utf8"),
        ("a: 1\n".encode("utf-16"), "file.utf16"),
        (b"a: 1\n" + b"#" * load.MAX_YAML_BYTES, "file.too_big"),
    ],
)
def test_unreadable_bytes_are_problems(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(content)

    parsed = load.parse_yaml(path, "x.yaml")

    assert parsed.data is None
    assert [p.code for p in parsed.at.problems] == [code]


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    parsed = load.parse_yaml(tmp_path, "here")

    assert [p.code for p in parsed.at.problems] == ["file.is_folder"]


# --- one file ----------------------------------------------------------------------------------


def test_a_valid_plan_loads(folder: Path) -> None:
    catalogue, problems = load.load_catalogue_file(folder / "indicators.yaml")
    assert isinstance(catalogue, Catalogue)
    assert problems == []

    plan, problems = load.load_target_file(folder / "demo.yaml", catalogue.by_id(), "demo.yaml")

    assert isinstance(plan, TargetFile)
    assert problems == []
    assert plan.targets[0].value == 80


def test_a_plan_with_warnings_only_loads(folder: Path, invalid_dir: Path) -> None:
    catalogue, _ = load.load_catalogue_file(folder / "indicators.yaml")
    assert catalogue is not None
    path = invalid_dir / "baseline-meets-target.yaml"

    plan, problems = load.load_target_file(path, catalogue.by_id(), path.name)

    assert plan is not None
    assert [(p.code, p.severity) for p in problems] == [("target.baseline_meets", "warning")]


def test_a_plan_with_errors_gives_no_model(folder: Path, invalid_dir: Path) -> None:
    path = invalid_dir / "two-problems-one-target.yaml"

    plan, problems = load.load_target_file(path, None, path.name)

    assert plan is None
    # without a catalogue the bounds are not known: only the unknown key is found
    assert [p.code for p in problems] == ["schema.unknown_key"]


def test_an_invalid_catalogue_gives_no_model(tmp_path: Path) -> None:
    path = tmp_path / "indicators.yaml"
    path.write_text(
        "indicators:\n"
        "  - {id: a, name: {vi: a, en: a}, unit: percent, pillar: digital_economy, min: 5, max: 1}\n",
        encoding="utf-8",
    )

    catalogue, problems = load.load_catalogue_file(path, "indicators.yaml")

    assert catalogue is None
    assert [(p.code, p.line, p.column) for p in problems] == [("catalogue.bounds_order", 2, 88)]


# --- a folder ----------------------------------------------------------------------------------


def test_load_targets(folder: Path) -> None:
    targets = load.load_targets(folder, display_root=folder.parent)

    assert set(targets.files) == {"demo"}
    assert "online_rate" in targets.indicators
    assert targets.warnings == []


def test_every_error_of_every_file_at_once(folder: Path, invalid_dir: Path) -> None:
    for name in ("percent-above-100.yaml", "unknown-key.yaml"):
        shutil.copy(invalid_dir / name, folder / name)

    with pytest.raises(InputError) as exc:
        load.load_targets(folder, display_root=folder.parent)

    found = sorted((p.path, p.code) for p in exc.value.problems)
    assert found == [
        ("targets/percent-above-100.yaml", "bounds.above"),
        ("targets/unknown-key.yaml", "schema.unknown_key"),
    ]


def test_no_targets_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        load.load_targets(tmp_path / "targets", display_root=tmp_path)

    [p] = exc.value.problems
    assert (p.path, p.msg) == (
        "targets",
        Msg("targets.no_folder", folder=str(tmp_path.resolve())),
    )
    assert p.message("vi").startswith("không có thư mục 'targets' trong ")


def test_no_catalogue(folder: Path) -> None:
    (folder / "indicators.yaml").unlink()

    with pytest.raises(InputError) as exc:
        load.load_targets(folder, display_root=folder.parent)

    [p] = exc.value.problems
    assert (p.path, p.code) == ("targets/indicators.yaml", "targets.no_catalogue")
    assert p.message() == (
        "the indicator catalogue is missing; every workspace needs one: dxgap init DIR starts a "
        "workspace with the catalogue dxgap ships"
    )


def test_target_paths_skip_the_catalogue_and_other_files(folder: Path) -> None:
    (folder / "notes.txt").write_text("x", encoding="utf-8")
    (folder / "other.yml").write_text("x: 1\n", encoding="utf-8")
    (folder / "sub.yaml").mkdir()

    assert [p.name for p in load.target_paths(folder)] == ["demo.yaml", "other.yml"]


# --- no process-wide side effects --------------------------------------------------------------


def test_loading_leaves_the_garbage_collector_alone(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library must not switch the cyclic garbage collector off for the whole process
    (another thread could be allocating); it used to, around every file."""

    def forbidden() -> None:
        raise AssertionError("the garbage collector was switched")

    monkeypatch.setattr(gc, "disable", forbidden)
    monkeypatch.setattr(gc, "enable", forbidden)

    load.load_targets(folder)
    load.load_target_file(folder / "demo.yaml", None)
    load.load_catalogue_file(folder / "indicators.yaml")


def test_the_bundled_workspace_loads_without_problems() -> None:
    targets = load.load_targets(REPO / "targets", display_root=REPO)

    assert targets.files
    assert all(w.code != "legacy.text" for w in targets.warnings)


def test_two_files_for_one_province_are_an_error_naming_both(tmp_path: Path) -> None:
    # ../shared/cases/hostile-y-dupprov: tinh-a.yaml and tinh-a.yml; the .yml silently won
    import shutil

    from dxgap.errors import InputError
    from dxgap.targets.load import load_targets

    case = Path(__file__).resolve().parents[1] / "fixtures" / "cases" / "hostile-y-dupprov" / "ws"
    shutil.copytree(case, tmp_path / "ws")
    with pytest.raises(InputError) as info:
        load_targets(tmp_path / "ws" / "targets", tmp_path / "ws")
    (problem,) = info.value.problems
    assert problem.format("en") == (
        "targets/tinh-a.yml: province.id: province 'tinh-a' is declared by targets/tinh-a.yaml "
        "too: keep one file per province"
    )
