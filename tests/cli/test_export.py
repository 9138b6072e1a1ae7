"""`dxgap export` on the bundled workspace: round trips, formats, split files, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal
from typer.testing import CliRunner

from dxgap.cli import app
from dxgap.frames import GAP_KEYS

runner = CliRunner()
PROVINCES = ["bac-lieu", "binh-duong", "binh-phuoc", "vietnam"]


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


def check_json(ws: Path, province: str) -> pl.DataFrame:
    code, out, _ = invoke("check", province, "--as-of", "2024", "-f", "json", "-w", ws)
    assert code == 0
    return pl.DataFrame(json.loads(out), schema_overrides=SCHEMA, infer_schema_length=None)


SCHEMA = {
    "baseline_year": pl.Int32,
    "target_year": pl.Int32,
    "latest_year": pl.Int32,
    **dict.fromkeys(
        (
            "baseline_value",
            "target_value",
            "latest_value",
            "gap",
            "progress_pct",
            "observed_pace",
            "planned_pace",
            "needed_pace",
            "pace_ratio",
            "projected_value",
        ),
        pl.Float64,
    ),
}


def read_back(path: Path, fmt: str) -> pl.DataFrame:
    if fmt == "csv":
        df = pl.read_csv(path, infer_schema_length=None)
    elif fmt == "json":
        df = pl.DataFrame(json.loads(path.read_text(encoding="utf-8")), infer_schema_length=None)
    elif fmt == "ndjson":  # line by line: polars' reader reorders keys null in every row
        lines = path.read_text(encoding="utf-8").splitlines()
        df = pl.DataFrame([json.loads(line) for line in lines], infer_schema_length=None)
    elif fmt == "parquet":
        df = pl.read_parquet(path)
    else:
        # the machine sheet, named for the table; the first sheet is for people
        df = pl.read_excel(path, sheet_name="gaps", engine="openpyxl", infer_schema_length=None)
    return df.with_columns([pl.col(k).cast(t) for k, t in SCHEMA.items()])


@pytest.mark.parametrize("fmt", ["csv", "json", "ndjson", "parquet", "xlsx"])
def test_export_all_round_trips_to_the_same_values_as_check(
    repo_workspace: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"gaps.{fmt}"
    code, _, err = invoke(
        "export", "--all", "--as-of", "2024", "--output", out, "-w", repo_workspace
    )
    assert code == 0, err
    exported = read_back(out, fmt)
    assert exported.columns == list(GAP_KEYS)
    assert sorted(set(exported["province"])) == PROVINCES
    for province in PROVINCES:
        assert_frame_equal(
            exported.filter(pl.col("province") == province),
            check_json(repo_workspace, province),
            check_dtypes=False,
        )


def test_parquet_keeps_types(repo_workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "gaps.parquet"
    invoke("export", "--all", "-o", out, "-w", repo_workspace)
    schema = pl.read_parquet_schema(out)
    assert schema["target_year"] == pl.Int32
    assert schema["gap"] == pl.Float64


def test_xlsx_keeps_vietnamese_text(repo_workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "targets.xlsx"
    code, _, _ = invoke(
        "export", "binh-duong", "--table", "targets", "-o", out, "-w", repo_workspace
    )
    assert code == 0
    quotes = pl.read_excel(out, sheet_name="targets", engine="openpyxl")["quote"].to_list()
    assert any("thủ tục hành chính" in q for q in quotes if q)


def test_stdout_and_split(repo_workspace: Path, tmp_path: Path) -> None:
    code, out, _ = invoke("export", "Bình Phước", "-f", "ndjson", "-w", repo_workspace)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["province"] for r in rows} == {"binh-phuoc"}

    folder = tmp_path / "by-province"
    code, _, _ = invoke(
        "export", "--all", "--split", "-o", folder, "-f", "csv", "-w", repo_workspace
    )
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == [f"{p}.csv" for p in PROVINCES]


@pytest.mark.parametrize("table", ["trajectory", "targets", "observations"])
def test_other_tables(repo_workspace: Path, table: str) -> None:
    code, out, _ = invoke(
        "export", "binh-phuoc", "--table", table, "-f", "json", "-w", repo_workspace
    )
    assert code == 0
    rows = json.loads(out)
    assert rows
    assert {r["province"] for r in rows} == {"binh-phuoc"}


def test_bad_province_leaves_existing_file_untouched(repo_workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "gaps.csv"
    out.write_bytes(b"precious\n")
    code, _, err = invoke("export", "binh-duong", "atlantis", "-o", out, "-w", repo_workspace)
    assert code == 1
    assert "unknown province 'atlantis'" in err
    assert out.read_bytes() == b"precious\n"
    assert list(tmp_path.iterdir()) == [out]


def test_missing_folder_and_binary_to_stdout_are_refused(
    repo_workspace: Path, tmp_path: Path
) -> None:
    code, _, err = invoke(
        "export", "--all", "-o", tmp_path / "nope" / "gaps.csv", "-w", repo_workspace
    )
    assert code == 1
    assert "does not exist" in err
    code, _, err = invoke("export", "--all", "-f", "parquet", "-w", repo_workspace)
    assert code == 2
    assert "binary" in err
    code, _, _ = invoke("export", "-o", tmp_path / "x.csv", "-w", repo_workspace)
    assert code == 2


def test_split_into_a_file_name_is_a_usage_error(repo_workspace: Path, tmp_path: Path) -> None:
    # ../shared/cases/split-output-file-name: out/file.csv silently became a folder
    out = tmp_path / "out" / "file.csv"
    code, _, err = invoke("export", "binh-duong", "--split", "-o", out, "-w", repo_workspace)
    assert code == 2
    assert f"but '{out}' names a file; give a folder (e.g. --output {out.with_suffix('')})" in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["check", "binh-duong", "--as-of", "2024"],
        ["check", "binh-duong", "--tally"],
        ["trajectory", "binh-phuoc", "--as-of", "2024"],
        ["compare", "dti_rank"],
        ["validate"],
    ],
    ids=lambda a: " ".join(a),
)
def test_machine_formats_do_not_change_with_the_language(
    repo_workspace: Path, args: list[str]
) -> None:
    # scripts read the same keys and values whatever --lang a user's config or alias adds
    # (list's lineage was written in Vietnamese under --lang vi: 'từ 01/7/2025')
    outs = []
    for lang in ("en", "vi"):
        code, out, _ = invoke(*args, "-f", "json", "--lang", lang, "-w", repo_workspace)
        assert code == 0
        outs.append(out)
    assert outs[0] == outs[1]


def _readme_keys(command: str) -> list[str]:
    """The keys the README says `command --format json` carries (its 'Output' paragraph)."""
    import re

    text = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    para = text[text.index("JSON and CSV output of `check` carry exactly these keys") :]
    lists = re.findall(r"`([a-z_]+(?:, [a-z_]+)+)`", para)
    return lists[0 if command == "check" else 1].split(", ")


@pytest.mark.parametrize("command", ["check", "trajectory"])
def test_the_readme_names_every_key_of_the_json_in_order(
    repo_workspace: Path, command: str
) -> None:
    for province in ("binh-duong", "vietnam"):  # with tasks and without
        code, out, _ = invoke(command, province, "-f", "json", "-w", repo_workspace)
        assert code == 0
        assert {tuple(row) for row in json.loads(out)} == {tuple(_readme_keys(command))}


def test_a_task_in_json_carries_its_own_words(repo_workspace: Path) -> None:
    # a task has no indicator, so no `name`: a script would see only its id
    code, out, _ = invoke("check", "binh-duong", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = {r["target_id"]: r for r in json.loads(out)}
    task = rows["smart-tools-direction-2025"]
    assert task["name"] is None
    assert task["qualitative"] == (
        "Chỉ đạo, điều hành của lãnh đạo các cấp được hỗ trợ bởi các công cụ thông minh dựa "
        "trên dữ liệu"
    )  # targets/binh-duong.yaml, as written
    assert rows["work-records-online-2025"]["qualitative"] is None  # a figure's target
