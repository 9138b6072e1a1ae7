"""`dxgap.scaffold`: the files of a new workspace, the shipped catalogue, the province entry."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml

from dxgap import scaffold
from dxgap.errors import NotFoundError, OutputError
from dxgap.targets.load import load_targets
from dxgap.validation import validate
from dxgap.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent


def test_the_shipped_catalogue_is_the_repository_one() -> None:
    # one copy: the wheel force-includes targets/indicators.yaml, a clone reads it in place
    assert scaffold.catalogue_text() == (REPO / "targets" / "indicators.yaml").read_text("utf-8")
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
    include = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include == {"targets/indicators.yaml": "dxgap/resources/indicators.yaml"}


@pytest.mark.parametrize(
    ("query", "unit_id", "code", "scheme"),
    [
        ("Thanh Hóa", "thanh-hoa", "38", "34"),
        ("thanh hoa", "thanh-hoa", "38", "34"),
        ("tỉnh Thanh Hóa", "thanh-hoa", "38", "34"),
        ("38", "thanh-hoa", "38", "34"),
        ("Hồ Chí Minh", "ho-chi-minh-city", "79", "34"),
        ("Bình Dương", "binh-duong", "74", "63"),  # a former unit, merged in 2025
    ],
)
def test_a_province_is_found_as_people_name_it(
    query: str, unit_id: str, code: str, scheme: str
) -> None:
    unit = scaffold.find_unit(query)
    assert (unit.id, unit.code, unit.scheme) == (unit_id, code, scheme)


def test_an_unknown_province_suggests_the_closest() -> None:
    with pytest.raises(NotFoundError) as exc:
        scaffold.find_unit("Thanh Hao")
    assert "thanh-hoa" in str(exc.value)


def test_the_target_file_holds_the_place_reference(tmp_path: Path) -> None:
    made = scaffold.init_workspace(str(tmp_path / "w"), "Thanh Hóa")  # a str path is fine
    assert made.root == tmp_path / "w"
    data = yaml.safe_load((tmp_path / "w" / "targets" / "thanh-hoa.yaml").read_text("utf-8"))
    assert data == {
        "province": {"id": "thanh-hoa", "name": "Thanh Hóa", "name_en": "Thanh Hoa", "code": "38"},
        "sources": [],
        "targets": [],
    }


def test_a_former_province_says_what_it_merged_into(tmp_path: Path) -> None:
    scaffold.init_workspace(tmp_path, "binh-duong")
    data = yaml.safe_load((tmp_path / "targets" / "binh-duong.yaml").read_text("utf-8"))
    assert data["province"]["merged_into"] == "ho-chi-minh-city"
    assert str(data["province"]["merged_on"]) == "2025-07-01"


def test_the_new_workspace_is_valid_and_empty(tmp_path: Path) -> None:
    made = scaffold.init_workspace(tmp_path, "thanh-hoa")
    report = validate([], Workspace(tmp_path))
    assert report.valid, [p.format("en") for p in report.problems]
    assert report.problems == []
    targets = load_targets(tmp_path / "targets")
    assert list(targets.files) == ["thanh-hoa"]
    assert Workspace(tmp_path).measurements().collect().height == 0  # no row read as data
    assert [str(p) for p in made.files] == [
        "targets/indicators.yaml",
        "schema/targets.schema.json",
        "schema/indicators.schema.json",
        "targets/thanh-hoa.yaml",
        "data/thanh-hoa.csv",
        "data/thanh-hoa-comma.csv",
        "data/thanh-hoa-comma.csv.yaml",
        "data/README.md",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".github/workflows/dxgap.yml",
    ]


def test_without_a_province_there_is_no_target_file(tmp_path: Path) -> None:
    made = scaffold.init_workspace(tmp_path)
    assert made.province is None
    assert sorted(p.name for p in (tmp_path / "targets").iterdir()) == ["indicators.yaml"]
    assert (tmp_path / "data" / "measured.csv").is_file()
    readme = (tmp_path / "data" / "README.md").read_text("utf-8")
    assert "<province-id>,online_dossier_rate,2024,86.3," in readme  # a placeholder, no id
    assert validate([], Workspace(tmp_path)).valid


def test_ci_and_pre_commit_run_validate_on_every_file_dxgap_reads(tmp_path: Path) -> None:
    import re

    scaffold.init_workspace(tmp_path, "thanh-hoa")
    hooks = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text("utf-8"))
    (hook,) = hooks["repos"][0]["hooks"]
    assert hook["entry"] == "dxgap validate"
    assert hook["pass_filenames"] is False  # the whole workspace: target errors are never hidden
    pattern = re.compile(hook["files"])
    read = ["targets/x.yaml", "data/a.csv", "data/b.xlsx", "data/c.parquet", "data/a.csv.yaml"]
    assert all(pattern.match(p) for p in read)
    assert not pattern.match("README.md")
    workflow = yaml.safe_load((tmp_path / ".github/workflows/dxgap.yml").read_text("utf-8"))
    steps = [s.get("run") for s in workflow["jobs"]["validate"]["steps"]]
    assert "dxgap validate" in steps
    assert (tmp_path / ".gitignore").read_text("utf-8").splitlines()[-1] == ".dxgap_cache/"


def test_the_comma_file_reads_vietnamese_numbers(tmp_path: Path) -> None:
    scaffold.init_workspace(tmp_path, "thanh-hoa")
    extra = "thanh-hoa;online_dossier_rate;2024;86,3;;Báo cáo;\n"
    with (tmp_path / "data" / "thanh-hoa-comma.csv").open("a", encoding="utf-8") as f:
        f.write(extra)
    rows = Workspace(tmp_path).measurements().collect()
    assert rows["value"].to_list() == [86.3]


def test_nothing_is_overwritten_and_nothing_written(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("mine\n", "utf-8")
    with pytest.raises(OutputError) as exc:
        scaffold.init_workspace(tmp_path, "thanh-hoa")
    assert exc.value.msg.params["files"] == [".gitignore"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".gitignore"]
    file = tmp_path / "f"
    file.write_text("", "utf-8")
    with pytest.raises(OutputError):
        scaffold.init_workspace(file)


def test_the_published_hook_covers_every_file_dxgap_reads() -> None:
    # ../shared/cases/precommit-hook-pattern: sidecars, workbooks and Parquet files were skipped
    import re

    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    pattern = re.compile(hook["files"])
    for name in ["data/bd-2024.csv.yaml", "data/so-lieu.xlsx", "data/big.parquet", "data/t.csv"]:
        assert pattern.match(name), name
    for name in ["data/SO-LIEU.XLSX", "data/t.CSV", "data/t.CSV.yaml", "data/x.Parquet"]:
        assert pattern.match(name), name  # dxgap reads these: the hook must see them
    assert not pattern.match("data/notes.txt")
    assert not pattern.match("README.md")
    assert pattern.match("targets/thanh-hoa.yml")
    assert hook["files"] == scaffold.PRE_COMMIT_FILES  # the hook init writes reads the same files


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("which", [0, 1])
def test_the_example_rows_of_the_readme_are_rows_dxgap_reads(
    tmp_path: Path, lang: str, which: int
) -> None:
    import re

    scaffold.init_workspace(tmp_path, "thanh-hoa", lang)
    readme = (tmp_path / "data" / "README.md").read_text("utf-8")
    rows = re.findall(r"```csv\n(.*?)\n```", readme, re.DOTALL)
    name = ["thanh-hoa.csv", "thanh-hoa-comma.csv"][which]  # point style, then comma style
    with (tmp_path / "data" / name).open("a", encoding="utf-8") as f:
        f.write(rows[which] + "\n")
    assert validate([], Workspace(tmp_path)).problems == []
    assert Workspace(tmp_path).measurements().collect()["value"].to_list() == [86.3]
