"""`dxgap export` and `dxgap compare` on the bundled workspace: round trips, atomic writes, ranks."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal
from typer.testing import CliRunner

from dxgap.output import export
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
    elif fmt == "ndjson":
        df = pl.read_ndjson(path, infer_schema_length=None)
    elif fmt == "parquet":
        df = pl.read_parquet(path)
    else:
        df = pl.read_excel(path, engine="openpyxl", infer_schema_length=None)
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
    quotes = pl.read_excel(out, engine="openpyxl")["quote"].to_list()
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
    code, _, err = invoke("export", "binh-duong", "hanoi", "-o", out, "-w", repo_workspace)
    assert code == 1
    assert "unknown province 'hanoi'" in err
    assert out.read_bytes() == b"precious\n"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("failure", [KeyboardInterrupt, OSError(28, "No space left on device")])
def test_failure_mid_write_leaves_existing_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    out = tmp_path / "gaps.parquet"
    out.write_bytes(b"precious")

    def half_then_fail(df: pl.DataFrame, path: Path, *args: object, **kwargs: object) -> None:
        Path(path).write_bytes(b"half a file")
        raise failure

    monkeypatch.setattr(pl.DataFrame, "write_parquet", half_then_fail)
    with pytest.raises((KeyboardInterrupt, export.OutputError)):
        export.write_frame(pl.DataFrame({"a": [1]}), out, "parquet")
    assert out.read_bytes() == b"precious"
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


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


def test_excel_compatible_csv_has_bom_and_defuses_formulas() -> None:
    df = pl.DataFrame(
        {"note": ["=cmd|' /C calc'!A0", "Bình Dương", "-5 pp", None], "v": [1.0, -2.0, 3.0, None]}
    )
    text = export.to_csv(df, excel_compatible=True)
    assert text.startswith("\ufeffnote,v\n")
    lines = text[1:].splitlines()
    assert lines[1] == "'=cmd|' /C calc'!A0,1.0"
    assert lines[2] == "Bình Dương,-2.0"  # numbers stay numbers
    assert lines[3] == "'-5 pp,3.0"
    assert (
        export.to_csv(df).splitlines()[1].startswith("=cmd")
    )  # plain CSV is for machines: verbatim


def test_compare_ranks_in_the_good_direction(repo_workspace: Path) -> None:
    code, out, _ = invoke(
        "compare", "dti_rank", "--as-of", "2024", "-f", "json", "-w", repo_workspace
    )
    assert code == 0
    rows = json.loads(out)
    # lower rank numbers are better: BD 7 (2023), BP 12 (2022), BL 63 (2023)
    assert [(r["rank"], r["province"], r["latest_value"]) for r in rows] == [
        (1, "binh-duong", 7.0),
        (2, "binh-phuoc", 12.0),
        (3, "bac-lieu", 63.0),
    ]


def test_compare_against_the_national_target(repo_workspace: Path) -> None:
    code, out, _ = invoke(
        "compare",
        "digital_economy_share",
        "--against",
        "vietnam",
        "--as-of",
        "2024",
        "-f",
        "json",
        "-w",
        repo_workspace,
    )
    assert code == 0
    rows = {r["province"]: r for r in json.loads(out)}
    assert "vietnam" not in rows
    bd = rows["binh-duong"]
    assert bd["latest_value"] == 11.34
    assert bd["benchmark_target_value"] == 20.0
    assert bd["gap_to_benchmark"] == pytest.approx(8.66)


def test_compare_online_dossier_rate_against_vietnam(repo_workspace: Path) -> None:
    code, out, _ = invoke(
        "compare", "online_dossier_rate", "--against", "vietnam", "-w", repo_workspace
    )
    assert code == 0
    assert out.index("binh-duong") < out.index("binh-phuoc")  # 76% ranks above 57.6%


def test_compare_summary_counts_every_target(repo_workspace: Path) -> None:
    code, out, _ = invoke("compare", "--summary", "-f", "json", "-w", repo_workspace)
    assert code == 0
    rows = {r["province"]: r for r in json.loads(out)}
    assert set(rows) == set(PROVINCES)
    _, check_out, _ = invoke("check", "binh-phuoc", "-f", "json", "-w", repo_workspace)
    assert rows["binh-phuoc"]["targets"] == len(json.loads(check_out))


def test_compare_unknown_indicator_suggests(repo_workspace: Path) -> None:
    code, _, err = invoke("compare", "online_dossier", "-w", repo_workspace)
    assert code == 1
    assert "did you mean online_dossier_rate" in err
