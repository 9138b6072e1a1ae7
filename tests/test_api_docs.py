"""The library's public surface (issue 19): documented in docs/api.md, typed (py.typed), paths as
str or Path, provinces named as the command line names them (case api-str-path)."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import dxgap
from dxgap import api, opensdg, scaffold

REPO = Path(__file__).resolve().parent.parent
DOC = (REPO / "docs" / "api.md").read_text("utf-8")


def _public_functions(module: object) -> list[str]:
    return [
        name
        for name, f in inspect.getmembers(module, inspect.isfunction)
        if f.__module__ == module.__name__ and not name.startswith("_")  # type: ignore[attr-defined]
    ]


@pytest.mark.parametrize("name", dxgap.__all__)
def test_every_name_of_dxgap_is_documented(name: str) -> None:
    assert f"`{name}`" in DOC


@pytest.mark.parametrize("name", _public_functions(api))
def test_every_function_of_the_api_is_documented(name: str) -> None:
    assert f"`{name}(" in DOC, f"api.{name} is not in docs/api.md"


@pytest.mark.parametrize("name", [*scaffold.__all__, *opensdg.__all__])
def test_every_name_of_scaffold_and_opensdg_is_documented(name: str) -> None:
    assert f"`{name}" in DOC


def test_the_package_says_it_is_typed() -> None:
    assert (REPO / "src" / "dxgap" / "py.typed").is_file()


def test_paths_may_be_str_or_path(repo_workspace: Path) -> None:
    # ../shared/cases/api-str-path: Workspace(".") failed deep inside with a TypeError
    from dxgap.validation import validate

    for root in (str(repo_workspace), repo_workspace):
        ws = dxgap.Workspace(root)
        assert "binh-duong" in ws.targets().files
        report = validate([str(repo_workspace / "targets" / "binh-duong.yaml")], ws)
        assert report.valid


@pytest.mark.parametrize(
    "name", ["Bình Phước", "binh phuoc", "binh-phuoc", "70", "tỉnh Bình Phước"]
)
def test_targets_frame_takes_provinces_as_the_cli_does(repo_workspace: Path, name: str) -> None:
    # ../shared/cases/api-str-path: a name raised a bare KeyError
    from dxgap import frames

    ws = dxgap.Workspace(repo_workspace)
    frame = frames.targets_frame(ws.targets(), [name]).collect()
    assert set(frame["province"]) == {"binh-phuoc"}


def test_an_unknown_province_in_targets_frame_names_the_closest(repo_workspace: Path) -> None:
    from dxgap import frames

    ws = dxgap.Workspace(repo_workspace)
    with pytest.raises(dxgap.NotFoundError) as exc:
        frames.targets_frame(ws.targets(), ["Binh Phuc"])
    assert "binh-phuoc" in str(exc.value)


def test_the_changelog_keeps_unreleased_changes_and_this_version() -> None:
    text = (REPO / "CHANGELOG.md").read_text("utf-8")
    assert "## [Unreleased]" in text
    assert f"## [{dxgap.__version__}]" in text
